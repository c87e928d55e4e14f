"""Sentence tests of rel26: relations stated between two actors the sentence names.

The state's bill or plans (graph/extract/owners.py ``state_owner``, lexicon ``state_measures``): "the bill" or "the
plans" that no one in the article is said to own but the government is the state's, so opposing it denies the
state and backing it supports it.  An advocate of a cause supports its actor (lexicon ``nouns.supports``).
"""

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
    # an organ before the thing
    ("Ministers want new powers to tag offenders. The Liberal Democrats will oppose the bill next week.",
     ("liberal-democrats", "denies", "united-kingdom")),
    # an organ only after it
    ("A bill to ban smoking in bars goes to the Commons on Monday. The Conservatives will vote against the bill. "
     "The government expects to win the vote.", ("conservative-party", "denies", "united-kingdom")),
    # a plan of the state's official and of the state: still the state's
    ("The government set out plans for a new drugs agency. Home Secretary Charles Clarke's proposals were "
     "welcomed by police. The Scottish National Party backed the plans on Tuesday.",
     ("scottish-national-party", "supports", "united-kingdom")),
    # the passive: an attack in words on the state's plans
    ("Ministers want new powers for the police. The plans were attacked by Charles Kennedy on Monday.",
     ("charles-kennedy", "accuses", "united-kingdom")),
    # a bill named by its kind only
    ("Ministers want new powers to detain suspects. The Tories will oppose the controversial bill.",
     ("conservative-party", "denies", "united-kingdom")),
    # a plan named by its topic only
    ("Ministers unveiled new rules on Monday. The Tories dismissed the maternity pay plan as desperate.",
     ("conservative-party", "denies", "united-kingdom")),
])
def test_rel26_a_bare_bill_or_plan_is_the_states(nlp, text, row):
    assert row in _triples(nlp, text)


@pytest.mark.parametrize("text, subject", [
    # someone else's plans
    ("The Liberal Democrats unveiled plans for a local income tax last year. Ministers said nothing. The weather "
     "was cold. Trains ran late. Shops were shut. Michael Howard attacked the plans.", "michael-howard"),
    # a pronoun owner leaves it open
    ("Ministers are said to be divided. Mr Smith unveiled his plans for the railways. Charles Kennedy opposed "
     "the plans.", "charles-kennedy"),
    # no organ of a state in the article
    ("Tesco has a new bill for its suppliers. The Federation of Small Businesses opposed the bill.",
     "federation-of-small-businesses"),
])
def test_rel26_no_state_owner_when_another_owns_it(nlp, text, subject):
    got = _triples(nlp, text)
    assert not [g for g in got if g[0] == subject and g[2] == "united-kingdom"], got


def test_rel26_never_the_states_own_official(nlp):
    got = _triples(nlp, "The government will publish the bill on Monday. Home Secretary Charles Clarke backed "
                        "the bill in a speech.")
    assert not [g for g in got if g[0] == "charles-clarke" and g[2] == "united-kingdom"], got


def test_rel26_an_advocate_of_a_cause_supports_its_actor(nlp):
    """Lexicon ``nouns.supports`` "advocate": "a leading advocate of Turkish membership" backs Turkey."""
    got = _triples(nlp, "Tony Blair has been a leading advocate of Turkish membership despite the controversy.")
    assert ("tony-blair", "supports", "turkey") in got


def test_rel26_a_passive_attack_by_troops_on_owned_positions_stays_armed(nlp):
    """graph/extract/relations.py ``_OWNED_OBJECT``: only a person's or organisation's attack on a thing is words."""
    assert ("united-states", "attacks", "taliban") in _triples(nlp, "The Taliban's positions were attacked by US "
                                                                     "troops on Sunday.")
