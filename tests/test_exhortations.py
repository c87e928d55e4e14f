"""Exhortations (graph/extract/exhortations.py): "X said Y should act" -> X requests Y."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _requests(nlp, text) -> set[tuple[str, str]]:
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    return {(t.subject, t.object) for t in ex.triples if t.relation == "requests" and t.rule == "claim_request"}


@pytest.mark.parametrize("text,pair", [
    ("Ann Cole said the Electoral Commission should look into the donations.", ("ann-cole", "electoral-commission")),
    ("Tom Reed should publish his tax plans, Ann Cole has said.", ("ann-cole", "tom-reed")),
    ("Ann Cole added that Tom Reed must now set out a timetable.", ("ann-cole", "tom-reed")),
    ("Ann Cole said Tom Reed ought to resign.", ("ann-cole", "tom-reed")),
    ('"Tom Reed should be doing far more for pensioners," said Ann Cole.', ("ann-cole", "tom-reed")),
])
def test_exhortations_what_another_should_do_is_asked(nlp, text, pair):
    assert pair in _requests(nlp, text)


@pytest.mark.parametrize("text", [
    "Ann Cole said Tom Reed should have resigned.",  # a reproach of the past
    "Ann Cole said Tom Reed should be ashamed.",  # a judgement
    "Ann Cole said Tom Reed should expect a hard campaign.",  # a guess
    "Ann Cole said Tom Reed must be told.",  # a passive: someone else acts
    "Ann Cole said Tom Reed must not resign.",  # a prohibition
    "Ann Cole asked whether Tom Reed should resign.",  # a question
    "Ann Cole said that if Tom Reed should fall, the party would suffer.",  # a condition
    "Labour MP Ann Cole said Labour must win the next election.",  # the speaker's own party
    "Ann Cole said Tom Reed would win.",  # no obligation
    '"Tom Reed and Jim Pike must be wondering what happened," said Ann Cole.',  # a guess: "must" + progressive
    '"Tom Reed will and should win the seat," said Ann Cole.',  # an outcome hoped for, no act asked
    "Ann Cole said Tom Reed should get a fair hearing.",  # an outcome: whoever hears him acts
])
def test_exhortations_near_misses_ask_nothing(nlp, text):
    assert not _requests(nlp, text)
