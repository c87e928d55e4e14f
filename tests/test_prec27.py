"""Sentence tests of prec27: precision classes of the session-27 reads (issue 14).

* a home nation's name NER makes in a sport story ("England", "Wales") is its team, as a country's name is there
  (graph/extract/triples.py ``_land_name``, ``_national_team``).
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract.refs import ActorRef
from graph.extract.triples import _land_name, _national_team
from graph.model import Actor, ActorType


def _ref(label: str, typ: ActorType, how: str = "ner", start: int = 0) -> ActorRef:
    return ActorRef(Actor(label.lower(), label, typ, (label,)), start, start + 1, how)


@pytest.mark.parametrize("label, typ, how, land", [
    ("England", ActorType.ORGANIZATION, "ner", True),  # NER's team of a match report
    ("Wales", ActorType.PLACE, "ner", True),
    ("France", ActorType.COUNTRY, "gazetteer", True),
    ("Manchester", ActorType.ORGANIZATION, "ner", False),  # a city (its club), no land
    ("Chelsea", ActorType.ORGANIZATION, "ner", False),
    ("England", ActorType.PERSON, "ner", False),
    ("England", ActorType.ORGANIZATION, "coref", False),
])
def test_prec27_land_name(label, typ, how, land):
    assert _land_name(_ref(label, typ, how)) is land


def _reading(words: list[str], sport: bool):
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    lex = SimpleNamespace(sport_state_words=frozenset({"government", "minister"}))
    return SimpleNamespace(doc=doc, sport=sport, lex=lex)


def test_prec27_home_nation_is_its_team_in_a_sport_story():
    words = "things did n't go England 's way".split()
    england = _ref("England", ActorType.ORGANIZATION, start=4)
    assert _national_team(_reading(words, True), england)
    assert not _national_team(_reading(words, False), england)  # outside sport: the land, as before


def test_prec27_home_nation_with_a_word_of_the_state_stays():
    words = "the England government minister said".split()
    assert not _national_team(_reading(words, True), _ref("England", ActorType.ORGANIZATION, start=1))
