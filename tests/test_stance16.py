"""Reported criticism through an omission owned by the actor ("Labour's failure to ensure ...") and through a noun of
token ("a sign of abusive politics"): graph/extract/stance.py ``_failure_to`` and ``_sort_of``."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _pairs(nlp, text: str, relation: str) -> set:
    """The (subject, object) labels of the text's triples of ``relation``."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(label[t.subject], label[t.object]) for t in ex.triples if t.relation == relation}


@pytest.mark.parametrize("text, accused", [
    # an omission the actor owns, with the act it omits: a charge (lexicon ``stance.charges`` "failure to")
    ('Tory spokesman Tim Collins said: "This is the third report to highlight Labour\'s failure to ensure young '
     'people can read."', ("Tim Collins", "Labour Party")),
    ("Tory MP Ann Cole said Tony Blair's refusal to accept the facts had cost lives.", ("Ann Cole", "Tony Blair")),
    # a noun of token passes its "of" phrase: "a sign of abusive politics" is abusive politics
    ('Liam Fox, Tory co-chairman, said Mr Campbell\'s return was a sign of "abusive politics".',
     ("Liam Fox", "Mr Campbell")),
])
def test_stance16_omission_and_token_noun_accuse(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    # a failure nobody owns, or one "of" a thing: no charge
    "Tory MP Ann Cole said the failure of the talks had surprised Labour.",
    # an omission named in a circumstance of the clause, no charge of its owner
    "Labour MP Ann Cole said the US will act despite George Bush's refusal to sign the treaty.",
    # a sign of something neutral judges nobody
    "Tory MP Ann Cole said Mr Campbell's return was a sign of change.",
    # an omission under a negation or a report of the speaker's own side
    "Tory MP Ann Cole said there had been no failure to act by Labour.",
])
def test_stance16_no_accusation_without_a_charge(nlp, text):
    assert not _pairs(nlp, text, "accuses")


_TORY_SUMS = 'The Tories on Monday highlighted £35bn in "wasteful" spending they would stop. '


@pytest.mark.parametrize("text, accused", [
    # a claimed actor named before the content stands for its first word, past a definite determiner:
    # "[the] party's sums" is owned by "party", the Tories (``_first_word``)
    (_TORY_SUMS + "Labour and the Liberal Democrats say the party's sums do not add up.",
     ("Liberal Democrats", "Conservative Party")),
    (_TORY_SUMS + "Labour and the Liberal Democrats say the party's sums are a shambles.",
     ("Labour Party", "Conservative Party")),
])
def test_stance16_definite_description_of_claimed_actor(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text", [
    # the same description, with nothing bad said of it
    _TORY_SUMS + "Labour and the Liberal Democrats say the party's sums add up.",
])
def test_stance16_definite_description_without_criticism(nlp, text):
    assert ("Labour Party", "Conservative Party") in _pairs(nlp, text, "claims")
    assert not _pairs(nlp, text, "accuses")


@pytest.mark.parametrize("text, pair, accused", [
    # losing trust or confidence (lexicon ``stance.words`` "lose trust": VADER counts "trust" as praise)
    ("Lib Dem leader Charles Kennedy said Mr Blair had lost the trust of the British people.",
     ("Charles Kennedy", "Mr Blair"), True),
    ("Lib Dem MP Mark Oaten said the government had lost the confidence of all sides of the House.",
     ("Mark Oaten", "United Kingdom"), True),
    # won, not lost; or a lost vote (a misfortune): no accusation
    ("Lib Dem MP Mark Oaten said the government had won the confidence of all sides of the House.",
     ("Mark Oaten", "United Kingdom"), False),
    ("Lib Dem MP Mark Oaten said the government had lost the vote.", ("Mark Oaten", "United Kingdom"), False),
])
def test_stance16_lost_trust(nlp, text, pair, accused):
    assert pair in _pairs(nlp, text, "claims")
    assert (pair in _pairs(nlp, text, "accuses")) is accused


@pytest.mark.parametrize("text, pair, accused", [
    # criticism VADER lacks or scores too mildly (lexicon ``stance.words``: "late too", "naive", "irrelevant")
    ("Tory MP Ann Cole said Labour is acting too late.", ("Ann Cole", "Labour Party"), True),
    ("Labour MP Ann Cole said the Tories were an irrelevant party.", ("Ann Cole", "Conservative Party"), True),
    ("Tory MP Ann Cole said Labour arrived late.", ("Ann Cole", "Labour Party"), False),
    # a modal perfect of reproach, active, with the actor itself as subject (``_reproach``)
    ("Tory MP Ann Cole said Labour should have acted sooner.", ("Ann Cole", "Labour Party"), True),
    ("Tory MP Ann Cole said Tony Blair should not have sent troops to Iraq.", ("Ann Cole", "Tony Blair"), True),
    ("Tory MP Ann Cole said Tony Blair should have been told.", ("Ann Cole", "Tony Blair"), False),
    ("Tory MP Ann Cole said Labour should act sooner.", ("Ann Cole", "Labour Party"), False),
    ("Tory MP Ann Cole said if Labour had acted sooner, it should have won.", ("Ann Cole", "Labour Party"), False),
])
def test_stance16_words_and_reproach(nlp, text, pair, accused):
    assert pair in _pairs(nlp, text, "claims")
    assert (pair in _pairs(nlp, text, "accuses")) is accused
