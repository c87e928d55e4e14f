"""Reported criticism and praise read by stance23: political criticism VADER lacks (the lexicon's ``stance.words``:
"authoritarian", "demonise", "scurrilous"), a partitive "one of the great advocates" that predicates, a finite
conjunct the parser hung on an infinitive ("had the chance to tackle ... and has failed"), a speaker's feeling about
another's clause ("I am glad Y has been shamed into ...") and "shamed" as a judging state (graph/extract/stance.py
``_partitive``, ``_stray_conjuncts``, ``_feeling_about``; the lexicon's ``stance.judging_states``)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.stance import word_valence
from tests.test_stance16 import _pairs

EXTRACTOR = Extractor()
LEX = EXTRACTOR.lexicon


@pytest.mark.parametrize("word", ["authoritarian", "illiberal", "draconian", "bossy", "interfering", "demonise",
                                  "alienate", "scurrilous", "underhand", "dross", "inept"])
def test_stance23_lexicon_words_are_criticism(word):
    assert LEX.stance_words[word] < 0


@pytest.mark.parametrize("text, accused", [
    # criticism VADER lacks, predicated of the party: the lexicon's ``stance.words``
    # "the Labour government" in office is the state (event27), an organ that can be judged
    ("Tory MP Ann Cole said the Labour government was intensely authoritarian.", ("Ann Cole", "United Kingdom")),
    ("Tory MP Ann Cole said Labour was intensely authoritarian.", ("Ann Cole", "Labour Party")),
    ("Tory co-chairman Liam Fox said Labour was demonising the Liberal Democrats.", ("Liam Fox", "Labour Party")),
    ("Labour MP Ann Cole said the Tories' tactics were underhand.", ("Ann Cole", "Conservative Party")),
    # a partitive "one of" predicates: its "of" names what the actor is
    ("Tory leader Michael Howard said Tony Blair was one of the worst prime ministers.",
     ("Michael Howard", "Tony Blair")),
])
def test_stance23_criticism_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")
    assert accused in _pairs(nlp, text, "claims")  # the claims triple stays beside it


@pytest.mark.parametrize("text, supported", [
    ('Labour minister Lord Falconer said Tom Reed was one of the "great advocates of our generation".',
     ("Lord Falconer", "Tom Reed")),
    ("Tory leader Michael Howard said Ann Cole was one of the greatest ministers of her time.",
     ("Michael Howard", "Ann Cole")),
])
def test_stance23_partitive_praise_supports(nlp, text, supported):
    assert supported in _pairs(nlp, text, "supports")


@pytest.mark.parametrize("text", [
    # a partitive that only counts the actor among others, with no judgement
    "Tory leader Michael Howard said Tony Blair was one of the ministers at the meeting.",
    # "one of" in a circumstance, not the actor's complement
    "Tory leader Michael Howard said Tony Blair met one of the great advocates of reform.",
    # the speaker's own party is not accused by his own words (its government in office is the state: the gold
    # codes a Labour MP's criticism of the government as accusing the United Kingdom)
    "Labour MP Ann Cole said Labour was intensely authoritarian.",
    # a negated judgement is no criticism of that kind
    "Tory MP Ann Cole said the Labour government was not authoritarian.",
])
def test_stance23_no_stance_without_judgement(nlp, text):
    assert not _pairs(nlp, text, "accuses") and not _pairs(nlp, text, "supports")


@pytest.mark.parametrize("text, accused", [
    # a finite conjunct hung on the infinitive is the subject's own verb: "has failed" is Tony Blair's
    ("Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael Howard has said.",
     ("Michael Howard", "Tony Blair")),
    # the speaker's feeling about another's clause is no report of the speaker's own acts; "shamed" judges its subject
    ('Shadow foreign secretary Michael Ancram said: "I am glad Jack Straw has finally been shamed into going to the '
     'ceremony."', ("Michael Ancram", "Jack Straw")),
    ('Tory leader Michael Howard said: "I am glad Labour has been shamed into a U-turn."',
     ("Michael Howard", "Labour Party")),
])
def test_stance23_conjunct_and_feeling_accuse(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    # a conjunct hung on the infinitive that praises accuses nobody
    "Tory leader Michael Howard said Tony Blair had the chance to tackle crime and has succeeded.",
    # the speaker's own acts stay the speaker's: no accusation of anyone
    'Tory leader Michael Howard said: "We will cut the number of Whitehall departments."',
    # a feeling about a clause that says nothing bad
    'Tory leader Michael Howard said: "I am glad Labour has agreed to a debate."',
    # shamed by someone: a harm done, with its agent
    "Tory leader Michael Howard said Tony Blair had been shamed by the protesters.",
])
def test_stance23_no_accusation_from_conjunct_or_feeling(nlp, text):
    assert not _pairs(nlp, text, "accuses")
