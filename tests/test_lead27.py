"""A title before a surname the article knows is no first name (graph/extract/persons.py ``missed_full_names``):
"said General Musharraf" after "President Musharraf" is the one person, where "General" is also a first name."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract.actors import Gazetteer
from graph.extract.persons import missed_full_names
from graph.extract.refs import ActorRef
from graph.model import Actor, ActorType
from graph.vocab import ONTOLOGY_DIR

_VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def lex():
    return Gazetteer.from_dir(ONTOLOGY_DIR).titles


def _doc(words: list[str]) -> Doc:
    """Capitalised words are proper nouns, the rest plain words (no model)."""
    return Doc(_VOCAB, words=words, pos=["PROPN" if w[:1].isupper() else "X" for w in words])


def _known(surname: str, i: int) -> ActorRef:
    return ActorRef(Actor(surname.lower(), surname, ActorType.PERSON, (surname,)), i, i + 1, "ner", 0.9, surname)


def _spans(doc, refs) -> set[str]:
    return {doc[r.start:r.end].text for r in refs}


@pytest.mark.parametrize("title", ["General", "Gen"])
def test_title_before_a_known_surname_is_no_first_name(lex, title):
    doc = _doc(["President", "Musharraf", "spoke", ".", "then", "said", title, "Musharraf", "."])
    out = missed_full_names(doc, [_known("Musharraf", 1)], lex)
    assert _spans(doc, out) == {"Musharraf"}  # no "General Musharraf" person beside him


def test_first_name_before_a_known_surname_is_a_full_name(lex):
    doc = _doc(["Gatlin", "won", ".", "then", "said", "Justin", "Gatlin", "."])
    out = missed_full_names(doc, [_known("Gatlin", 0)], lex)
    assert "Justin Gatlin" in _spans(doc, out)


# A state named by a name or demonym before an agent noun ("the Labour government", "the US government") is an
# organ that can be judged (graph/extract/stance.py ``_state_organ``); a wariness it feels judges it not.
from tests.test_stance16 import _pairs  # noqa: E402


@pytest.mark.parametrize("text, accused", [
    ("Tory MP Ann Cole said the Labour government was intensely authoritarian.", ("Ann Cole", "United Kingdom")),
    ("Tory MP Ann Cole said the US government had been incompetent and dishonest.", ("Ann Cole", "United States")),
])
def test_state_organ_named_before_its_agent_noun_is_judged(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    "Mr Straw said the US government was suspicious of the motives of some other countries.",
    "Mr Straw said the US government was wary of the plan.",
])
def test_a_wariness_judges_no_state(nlp, text):
    assert not _pairs(nlp, text, "accuses")


# A question about something asks nothing of the one asked (lexicon no_relation_phrases "ask about").
def test_asked_about_is_no_request(nlp):
    assert not _pairs(nlp, "Walter Smith asked Craig Brown about the job.", "requests")
    assert ("Walter Smith", "Craig Brown") in _pairs(nlp, "Walter Smith asked Craig Brown to take the job.", "requests")
