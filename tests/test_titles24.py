"""titles24: a country in an "of" phrase right after a titled name is the office's ("President Musharraf of
Pakistan"), so "the Pakistani president" later in the article is that person, not the state."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


def test_titles24_country_after_a_titled_name_places_the_role(nlp):
    text = ("President Musharraf of Pakistan has said Islam needs reform. "
            "On Monday the Pakistani president met Prime Minister Tony Blair in London.")
    met = _pairs(nlp, text, "consults")
    assert ("Musharraf", "Tony Blair") in met and ("Pakistan", "Tony Blair") not in met, met


@pytest.mark.parametrize("text", [
    # an organisation after "of" is no country's office: the president stays unplaced, the state codes as before
    "President John Smith of Acme Holdings spoke. On Monday the Pakistani president met Prime Minister Tony Blair.",
])
def test_titles24_only_a_country_places_the_role(nlp, text):
    met = _pairs(nlp, text, "consults")
    assert ("John Smith", "Tony Blair") not in met, met


# a pronoun chain through an unresolved subject pronoun does not jump to a person the sentence only mentions
def test_titles24_pronoun_chain_through_an_unresolved_subject(nlp):
    text = ("Two years later he played a journalist in Terry Gilliam's adaptation of the novel. "
            "He worked again with Tim Burton in the 1999 film Sleepy Hollow.")
    assert ("Terry Gilliam", "Tim Burton") not in _pairs(nlp, text, "cooperatesWith")


def test_titles24_pronoun_after_a_named_subject_still_resolves(nlp):
    text = ("Terry Gilliam made an adaptation of the novel in 1998. "
            "He worked again with Tim Burton in the 1999 film Sleepy Hollow.")
    assert ("Terry Gilliam", "Tim Burton") in _pairs(nlp, text, "cooperatesWith")
