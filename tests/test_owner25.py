"""Sentence tests of owner25: "the scheme" said or acted on refers back to the owner of "the plans" (lexicon
``owned_thing_kin``, graph/extract/owners.py ``kin_owner``, graph/extract/statements.py ``_kin_owned``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import OntologyError
from graph.extract import Extractor
from graph.extract.lexicon import make_lexicon
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _triples(nlp, text) -> set:
    """{(subject id, relation, object id)} extracted from ``text``."""
    art = Article(content_id(text), "test.txt", text)
    return {(t.subject, t.relation, t.object) for t in EXTRACTOR.extract(art, nlp(text)).triples}


@pytest.mark.parametrize("text, row", [
    # reported content about the kin of an owned thing
    ("The Conservatives unveiled plans to elect police commissioners. Mark Oaten said the scheme was dangerous.",
     ("mark-oaten", "claims", "conservative-party")),
    ("Labour's new posters were published on Monday. Louise Ellman said the ads were insensitive.",
     ("louise-ellman", "claims", "labour-party")),
    ("Labour unveiled two new adverts on Monday. Michael Howard said the posters were offensive.",
     ("michael-howard", "claims", "labour-party")),
    # the kin as the object of a judging verb
    ("The Liberal Democrats unveiled plans for a local income tax. Michael Howard condemned the scheme.",
     ("michael-howard", "accuses", "liberal-democrats")),
    ("Labour's proposals for longer opening hours came out last week. Charles Kennedy backed the plan.",
     ("charles-kennedy", "supports", "labour-party")),
])
def test_owner25_kin_of_an_owned_thing_takes_its_owner(nlp, text, row):
    assert row in _triples(nlp, text)


@pytest.mark.parametrize("text, speaker", [
    # two owners of the kin: nothing
    ("The Conservatives unveiled plans for the railways. Labour published proposals for buses too. "
     "Charles Kennedy said the scheme was a waste of money.", "charles-kennedy"),
    # a pronoun owner of the kin leaves it open
    ("Labour set out its tax plans. Mr Smith revealed his proposals too. Michael Howard said the scheme "
     "was a disgrace.", "michael-howard"),
    # another group of words: posters are no plan
    ("The Conservatives unveiled posters on Monday. Charles Kennedy said the plan was a disgrace.",
     "charles-kennedy"),
    # an indefinite thing is a new one
    ("The Conservatives unveiled plans to scrap the road tax. Gordon Brown said a scheme for new roads was "
     "needed.", "gordon-brown"),
])
def test_owner25_no_owner_when_the_kin_does_not_give_one(nlp, text, speaker):
    got = _triples(nlp, text)
    assert not [g for g in got if g[0] == speaker and g[2] != speaker], got


def test_owner25_a_chain_of_bare_mentions_carries_the_owner(nlp):
    text = ("Police commissioners would be elected under plans unveiled by the Conservatives. The Lib Dems said the "
            "plan could let extreme groups run policing. The weather was cold. Trains ran late. Responding to the "
            "plans, the chairman of the Police Federation spoke. Shops were shut. Many people stayed at home. "
            "Buses were full. Mark Oaten said the plan was dangerous.")
    assert ("mark-oaten", "claims", "conservative-party") in _triples(nlp, text)


def test_owner25_a_chain_breaks_after_a_long_gap(nlp):
    text = ("Police commissioners would be elected under plans unveiled by the Conservatives. The weather was cold. "
            "Trains ran late. Shops were shut. Many people stayed at home. Buses were full. Taxis were scarce. "
            "Snow fell. Responding to the plans, the chairman of the Police Federation spoke. Mark Oaten said the "
            "plan was dangerous.")
    assert not [g for g in _triples(nlp, text) if g[0] == "mark-oaten"]


def test_owner25_never_the_speakers_own_thing(nlp):
    got = _triples(nlp, "Labour's plans for new hospitals were published on Monday. Tony Blair said the scheme "
                        "was a triumph.")
    assert not [g for g in got if g[0] == "tony-blair" and g[2] == "labour-party"], got


def test_owner25_lexicon_kin_maps_each_word_to_its_group():
    lex = make_lexicon({"owned_thing_kin": [["plan", "Proposal", "scheme"], ["poster", "ad"]]}, Path("x.yaml"), [])
    assert lex.owned_thing_kin == {"plan": "plan", "proposal": "plan", "scheme": "plan", "poster": "poster",
                                   "ad": "poster"}


@pytest.mark.parametrize("value", [["plan", "scheme"], [["plan", "scheme"], ["scheme", "bill"]], {"plan": "x"}])
def test_owner25_lexicon_kin_refuses_bad_groups(value):
    with pytest.raises(OntologyError):
        make_lexicon({"owned_thing_kin": value}, Path("x.yaml"), [])
