"""Sentence tests of graph/extract/owners.py: whose is "the plans" an earlier sentence gave an owner?"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _triples(nlp, text) -> set:
    """{(subject id, relation, object id)} extracted from ``text``."""
    art = Article(content_id(text), "test.txt", text)
    return {(t.subject, t.relation, t.object) for t in EXTRACTOR.extract(art, nlp(text)).triples}


@pytest.mark.parametrize("text, row", [
    ("The Conservatives unveiled plans to scrap the road tax on Friday. Gordon Brown attacked the plans as a sham.",
     ("gordon-brown", "accuses", "conservative-party")),
    ("Labour's proposals for longer opening hours came out last week. Charles Kennedy backed the proposals.",
     ("charles-kennedy", "supports", "labour-party")),
    ("The new scheme was launched by the Liberal Democrats in March. Michael Howard condemned the scheme.",
     ("michael-howard", "accuses", "liberal-democrats")),
])
def test_owners_a_bare_thing_is_the_one_an_earlier_sentence_gave_an_owner(nlp, text, row):
    assert row in _triples(nlp, text)


def test_owners_two_owners_of_the_noun_leave_the_thing_open(nlp):
    got = _triples(nlp, "The Conservatives unveiled plans for the railways. Labour published plans for buses too. "
                        "Charles Kennedy attacked the plans.")
    assert not [g for g in got if g[0] == "charles-kennedy"], got


def test_owners_a_pronoun_owner_leaves_the_thing_open(nlp):
    got = _triples(nlp, "Labour set out its tax plans. Mr Smith revealed his plans too. Michael Howard attacked "
                        "the plans.")
    assert ("michael-howard", "accuses", "labour-party") not in got, got


def test_owners_never_the_subjects_own_thing(nlp):
    got = _triples(nlp, "Labour's plans for new hospitals were published on Monday. Tony Blair defended the plans.")
    assert ("tony-blair", "supports", "labour-party") not in got, got


def test_owners_an_owner_named_too_long_before_is_not_looked_for(nlp):
    got = _triples(nlp, "The Conservatives unveiled plans to scrap the road tax on Friday. The weather was cold. "
                        "Trains ran late. Shops were shut. Many people stayed at home. "
                        "Gordon Brown attacked the plans.")
    assert ("gordon-brown", "accuses", "conservative-party") not in got, got


def test_owners_an_indefinite_thing_has_no_earlier_owner(nlp):
    got = _triples(nlp, "The Conservatives unveiled plans to scrap the road tax on Friday. Gordon Brown attacked "
                        "a plan for new roads.")
    assert ("gordon-brown", "accuses", "conservative-party") not in got, got


def test_owners_the_agent_of_a_passive_judges_the_earlier_owner(nlp):
    got = _triples(nlp, "The Liberal Democrats unveiled plans for a local income tax. The plans were condemned by "
                        "Michael Howard.")
    assert ("michael-howard", "accuses", "liberal-democrats") in got, got


def test_owners_an_adjective_of_stance_on_the_thing_judges_the_earlier_owner(nlp):
    got = _triples(nlp, "The Liberal Democrats unveiled plans for a local income tax. Michael Howard was scathing "
                        "about the plans.")
    assert ("michael-howard", "accuses", "liberal-democrats") in got, got
