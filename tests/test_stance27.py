"""Reported criticism read by stance27: a "when", "while", "if" or "since" clause naming an actor's time in office
sets the clause it hangs on as that actor's rule ("if Labour is elected there will be a substantial tax increase";
the lexicon's ``stance.terms_of_office``); a "should" clause naming what its subject owes ("should have the
courage to", "should apologise"; ``stance.owed``); a relative clause on the complement of a copula tells what the
subject did ("Labour is a party that has broken its promises"); "never forget that ..." asserts, no denial
(``stance.affirmed_when_negated``); what befalls a subject ("Britain suffered mass unemployment") is no harm undone
and no judgement of that subject (``stance.undergoing_verbs``) (graph/extract/stance.py ``_term_clauses``,
``_owes``, ``_complement_clauses``)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.test_stance16 import _pairs

LEX = Extractor().lexicon


def test_stance27_lexicon_lists():
    assert {"elect", "government", "power"} <= LEX.stance_terms
    assert {"apologise", "courage"} <= LEX.stance_owed
    assert "forget" in LEX.stance_affirmed
    assert "suffer" in LEX.stance_undergoing


@pytest.mark.parametrize("text, accused", [
    # a condition naming the actor's election: the clause it hangs on tells of its rule
    ('Shadow chancellor George Osborne said: "If Labour is elected there will be a very substantial tax increase."',
     ("George Osborne", "Labour Party")),
    # a time in office; "never forget" asserts; "suffered" does not turn the harm
    ('Labour MP Fraser Kemp said: "Let us never forget that when Michael Howard was in government Britain suffered '
     'mass unemployment and record home repossessions."', ("Fraser Kemp", "Michael Howard")),
    # "since" a party came to power: what happened under its rule (the time clause of an act claims nothing)
    ("Charles Kennedy said crime had risen since Labour came to power.", ("Charles Kennedy", "Labour Party")),
    # what the subject owes
    ('Lib Dem home affairs spokesman Mark Oaten said: "The Tories should have the courage to try and change public '
     'opinion."', ("Mark Oaten", "Conservative Party")),
    ("Tory leader Michael Howard said Tony Blair should apologise for the war.", ("Michael Howard", "Tony Blair")),
    # a relative clause on the complement of a copula
    ("Tory leader Michael Howard said Labour was a party that had broken its promises.",
     ("Michael Howard", "Labour Party")),
])
def test_stance27_criticism_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")
    assert accused in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text", [
    # a condition that is no time in office, negated, or a clause about another party
    'Shadow chancellor George Osborne said: "If Labour is not elected there will be a very substantial tax increase."',
    "Labour MP Fraser Kemp said that if the Tories were elected, Mr Howard would be a disaster.",
    # what the subject owes, negated
    "Tory leader Michael Howard said Tony Blair should not apologise for the war.",
    # a negated copula: no description of the subject
    "Tory leader Michael Howard said Labour was not a party that had broken its promises.",
    # a misfortune of the subject
    "Labour MP Fraser Kemp said the Tories suffered a humiliating split.",
    # a plain denial stays one
    'Labour MP Fraser Kemp said: "I do not believe that Michael Howard misled anyone."',
])
def test_stance27_no_accusation(nlp, text):
    assert not _pairs(nlp, text, "accuses")


def test_stance27_speaker_of_no_known_party_accuses_a_party(nlp):
    text = "Housing Minister Keith Hill said the Lib Dems' proposals were completely uncosted."
    assert ("Keith Hill", "Liberal Democrats") in _pairs(nlp, text, "accuses")


def test_stance27_own_party_still_spared(nlp):
    text = "Labour MP Kate Hoey said Labour's proposals were completely uncosted."
    assert not _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("word", ["inappropriate", "sleazy", "debacle", "bogus", "mishandle", "patronising", "dither",
                                  "unfunded", "shabby", "overreact", "react over", "surrender"])
def test_stance27_criticism_words(word):
    assert LEX.stance_words[word] < 0


@pytest.mark.parametrize("text, accused", [
    # an omission charged: the phrase holds its negation, and "learn" with a plain object is no report
    ("Tony Blair said the Conservatives have learned nothing from their two election defeats.",
     ("Tony Blair", "Conservative Party")),
    ("Tory leader Michael Howard said Labour had done nothing to help pensioners.", ("Michael Howard", "Labour Party")),
])
def test_stance27_omission_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    # "nothing" with an adjective or an act of harm after it clears
    "Tory leader Michael Howard said Tony Blair had done nothing wrong.",
    "Tory leader Michael Howard said Labour would do nothing to harm pensioners.",
    # "learned that ..." is a report; "learned from" no omission
    "Tory leader Michael Howard said Labour had learned that voters want lower taxes.",
    "Labour MP Fraser Kemp said the Tories had learned from their mistakes.",
])
def test_stance27_no_omission(nlp, text):
    assert not _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text, accused", [
    # the owner of a negative complement of a copula whose subject is no actor
    ('Home Secretary Charles Clarke said: "This is simply a scurrilous attempt by the Tories to score cheap political '
     'points."', ("Charles Clarke", "Conservative Party")),
    # a plan said not to work: the phrase holds its negation
    ("Tory proposals to cap the number of asylum seekers would not work, argued Mr Blair.",
     ("Mr Blair", "Conservative Party")),
])
def test_stance27_owner_accused(nlp, text, accused):
    pairs = {(s.split()[-1], o) for s, o in _pairs(nlp, text, "accuses")}
    assert (accused[0].split()[-1], accused[1]) in pairs


@pytest.mark.parametrize("text", [
    # the complement's owner is not judged when the subject is an actor, nor when the complement is positive
    'Tory leader Michael Howard said: "Mr Blair is the Tories\' worst enemy."',
    'Tory leader Michael Howard said: "This is not a scurrilous attempt by Labour."',
    "Tony Blair said the Tory plans would work.",
])
def test_stance27_owner_not_accused(nlp, text):
    assert not any(o in ("Conservative Party", "Labour Party") for _s, o in _pairs(nlp, text, "accuses"))


def test_stance27_prepositional_object_judges(nlp):
    text = "Tory leader Michael Howard said Labour had resorted to smears."
    assert ("Michael Howard", "Labour Party") in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    "Tory leader Michael Howard said Labour had turned to the voters.",
    "Lib Dem leader Charles Kennedy said Labour had engaged in talks with the unions.",
])
def test_stance27_prepositional_object_neutral(nlp, text):
    assert not _pairs(nlp, text, "accuses")


def test_stance27_hyphenated_overreaction(nlp):
    assert _pairs(nlp, 'Mr Houston said: "I feel UKIP have over-reacted."', "accuses") == {
        ("Mr Houston", "UK Independence Party")}
    assert not _pairs(nlp, 'Mr Houston said: "I feel UKIP have reacted."', "accuses")


@pytest.mark.parametrize("text, accused", [
    # an "in" or "out of" phrase that is a copula's predicate, no circumstance
    ("Labour MP Fraser Kemp said the Tories were in disarray.", ("Fraser Kemp", "Conservative Party")),
    ("Tory leader Michael Howard said Labour was in denial about crime.", ("Michael Howard", "Labour Party")),
    ("Tory leader Michael Howard said Labour was out of touch.", ("Michael Howard", "Labour Party")),
    # verdicts of failure as phrases
    ("Tory leader Michael Howard said Labour's plan was a recipe for disaster.", ("Michael Howard", "Labour Party")),
    ("Tory leader Michael Howard said Labour had no credibility.", ("Michael Howard", "Labour Party")),
    ("Tory leader Michael Howard said Labour had lost the plot.", ("Michael Howard", "Labour Party")),
])
def test_stance27_state_of_failure_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    "Tory leader Michael Howard said Labour was in Manchester for the funeral.",
    "Tory leader Michael Howard said Labour issued a denial.",
    "Tory leader Michael Howard said Labour was in touch with the unions.",
])
def test_stance27_place_or_act_is_no_state(nlp, text):
    assert not _pairs(nlp, text, "accuses")


def test_stance27_causative_result_accuses(nlp):
    text = ('"By cutting the number of front-line immigration staff, the Tories will actually make the problem worse," '
            'said Mr Blair.')
    assert ("Mr Blair", "Conservative Party") in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    "Tony Blair said the Tories would make Britain safer.",
    "Tony Blair said that by cutting taxes the Tories would help families.",
])
def test_stance27_good_result_or_means_no_accusation(nlp, text):
    assert not _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text, accused", [
    # what the speaker's own side resents (the guideline's "voiced concern over X")
    ("Tory leader Michael Howard said he was appalled by Labour's decision.", ("Michael Howard", "Labour Party")),
    ("Tory leader Michael Howard said he was furious with the Labour Party.", ("Michael Howard", "Labour Party")),
])
def test_stance27_resentment_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")
    assert accused in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text", [
    "Tory leader Michael Howard said he was delighted by Labour's decision.",
    "Tory leader Michael Howard said he was not surprised by Labour's decision.",
    "Tory leader Michael Howard said he was not appalled by Labour's decision.",
    # a misfortune of the actor, and an "of" owner, are no conduct resented
    "Tory leader Michael Howard said he was horrified by Mr Blair's illness.",
    "Tory leader Michael Howard said he was appalled by the death of Mr Blair's father.",
])
def test_stance27_no_resentment(nlp, text):
    assert not _pairs(nlp, text, "accuses")
