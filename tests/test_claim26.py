"""claim26: what a claim is about (graph/extract/statements.py).

A statement that accuses someone (``stance.critical_claim``) also claims them, when the claim rules left them out
(``_claim_accused``)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


@pytest.mark.parametrize("text, pair", [
    # the accused sits in a clause the claim rules do not read: an infinitive on a noun
    ('Tory spokesman Tim Collins said his party would take every chance to show how "arrogant" Tony Blair and '
     'Gordon Brown were.', ("Tim Collins", "Tony Blair")),
    ('Lib Dem leader Charles Kennedy said his party would use the campaign to expose how "dishonest" Michael Howard '
     'had been.', ("Charles Kennedy", "Michael Howard")),
])
def test_claim26_accused_is_claimed(nlp, text, pair):
    assert pair in _pairs(nlp, text, "accuses")
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # the speaker of another report inside the content is not what the first speaker is about
    ('The Liberal Democrats said the scheme could let extreme groups run schools, while Labour criticised '
     '"reckless" Tory promises on tax.', ("Liberal Democrats", "Labour Party")),
])
def test_claim26_no_claim(nlp, text, pair):
    assert pair not in _pairs(nlp, text, "claims")
