"""Sentence tests of prec26: a country's name or demonym before a noun that is no agent or thing of the state's
says where the thing is or comes from, not who owns it (lexicon ``state_things``, graph/extract/owners.py
``place_modifier``)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import EXTRACTOR
from graph.model import Article, content_id


def _edges(nlp, text: str) -> set:
    """(subject, relation, object) labels of the text's triples."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(label[t.subject], t.relation, label[t.object]) for t in ex.triples}


@pytest.mark.parametrize("text, country", [
    # a crisis, a rating, a train: where they are, not the state's
    ("The Pensions Commission said a higher retirement age was needed to solve the UK pension crisis.",
     "United Kingdom"),
    ("George Lucas predicted the film would get a US rating.", "United States"),
    ("Ravi Shankar said an Indian train would play a big role in the movie.", "India"),
    # praise of a country's films is no support of the state
    ("Film director Alan Parker praised French films at the ceremony.", "France"),
])
def test_prec26_place_modifier_owns_nothing(nlp, text, country):
    assert not {e for e in _edges(nlp, text) if e[2] == country}


@pytest.mark.parametrize("text, edge", [
    # the state's own things and acts
    ("Labour MP Ann Cole said UK aid would reach the victims within days.", ("Ann Cole", "claims", "United Kingdom")),
    ("Labour MP Ann Cole said the US emphasis on terror was misplaced.", ("Ann Cole", "claims", "United States")),
    ("Labour MP Ann Cole criticised the US strategy.", ("Ann Cole", "accuses", "United States")),
    ("Labour MP Ann Cole said the Israeli attack was a mistake.", ("Ann Cole", "claims", "Israel")),
    ("Labour MP Ann Cole has been the staunchest backer of Turkish accession.", ("Ann Cole", "supports", "Turkey")),
])
def test_prec26_state_things_stay_the_states(nlp, text, edge):
    assert edge in _edges(nlp, text)


@pytest.mark.parametrize("text", [
    # "both" or "each": each of the co-subjects does it apart, no agreement between them
    "Ben Stiller and Samuel L Jackson have signed up. He said they had both seen the scripts and had agreed to "
    "appear in an episode each.",
    # a sport story's "round" is a stage of a tournament, no round of talks
    "Former Wimbledon champion Conchita Martinez and India's Sania Mirza also reached the second round of the "
    "Australian Open tennis tournament, after the seeded players lost their matches.",
])
def test_prec26_co_subjects_apart(nlp, text):
    assert not {e for e in _edges(nlp, text) if e[1] in ("agrees", "consults")}


@pytest.mark.parametrize("text, edge", [
    ("Nokia and Sierra Wireless agreed to work together on the project.", ("Nokia", "agrees", "Sierra Wireless")),
    ("Russia and China held talks on Monday.", ("Russia", "consults", "China")),
])
def test_prec26_co_subjects_together(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_prec26_officers_company_is_their_own(nlp):
    text = "Reuters made a profit. Chief executive Tom Glocer said the company was beginning to grow."
    assert not {e for e in _edges(nlp, text) if e[1] == "claims"}


def test_prec26_analysts_company_stays(nlp):
    text = "Reuters made a profit. Analyst Ann Lee said the company was beginning to grow."
    assert ("Ann Lee", "claims", "Reuters") in _edges(nlp, text)


@pytest.mark.parametrize("text, edge", [
    # the player sold gets nothing; the club he is sold to does
    ("Birmingham manager Steve Bruce insists he does not want to sell Robbie Savage.",
     ("Steve Bruce", "supplies", "Robbie Savage")),
    ("Everton sold Wayne Rooney to Manchester United.", ("Everton", "supplies", "Wayne Rooney")),
])
def test_prec26_goods_are_no_recipients(nlp, text, edge):
    assert edge not in _edges(nlp, text)


def test_prec26_buyer_is_a_recipient(nlp):
    assert ("Everton", "supplies", "Manchester United") in _edges(nlp, "Everton sold Wayne Rooney to Manchester United.")


def test_prec26_a_title_with_the_is_no_person(nlp):
    # NER took the book for a person; "The" opens no one's name
    text = "The Da Vinci Code claims Jesus was not crucified, but married Mary Magdalene."
    assert not {e for e in _edges(nlp, text) if e[0] == "The Da Vinci Code"}


def test_prec26_bare_bishop_is_no_actor(nlp):
    text = ("The Bishop of Durham described the novel as a great thriller. Writing in the Northern Echo, the Bishop "
            "said: \"Dan Brown is the best writer I've come across in the genre.\"")
    assert not {e for e in _edges(nlp, text) if "Bishop" in e[0]}


def test_prec26_reflexive_object_says_nothing(nlp):
    text = "The veteran Conchita Martinez found herself in trouble early on against Roberta Vinci."
    assert not {e for e in _edges(nlp, text) if e[1] == "claims"}


def test_prec26_finding_still_claims(nlp):
    assert ("Ann Lee", "claims", "Reuters") in _edges(nlp, "Analyst Ann Lee found that Reuters had grown.")


def test_prec26_a_square_is_a_place(nlp):
    text = ("Mr Saumarez Smith added that the pedestrianisation of Trafalgar Square, where the gallery is located, "
            "had led to the strong performance.")
    assert not {e for e in _edges(nlp, text) if "Trafalgar Square" in e}


def test_prec26_a_surname_like_a_street_stays_a_person(nlp):
    text = "Chelsea defender Wayne Bridge said Jose Mourinho had been brilliant."
    assert ("Wayne Bridge", "claims", "Jose Mourinho") in _edges(nlp, text)


def test_prec26_denial_answers_the_claim_its_sentence_names(nlp):
    text = ("Dick Pound said Marion Jones should be stripped of her medals. Jones denies using drugs and says she will "
            "take legal action over Victor Conte's allegations.")
    edges = _edges(nlp, text)
    assert ("Marion Jones", "denies", "Victor Conte") in edges
    assert ("Marion Jones", "denies", "Dick Pound") not in edges


def test_prec26_denial_without_a_named_claim_looks_back(nlp):
    text = "Dick Pound said Marion Jones had used drugs. Jones denies using drugs."
    assert ("Marion Jones", "denies", "Dick Pound") in _edges(nlp, text)


def test_prec26_denial_answers_an_unnamed_critic_of_its_sentence(nlp):
    text = ("Chris Weitz said he had visited Philip Pullman, who had told him the film would be faithful. There are a "
            "number of Christian websites which attack the trilogy for their depiction of the church, but Pullman has "
            "denied his books are anti-religious.")
    assert not {e for e in _edges(nlp, text) if e[1] == "denies"}
