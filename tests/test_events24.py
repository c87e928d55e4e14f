"""events24: events the build saw but did not read.  British newspapers and broadcasters are media actors, so an
interview with one is a meeting with it (``event_adjunct``, ``nominal_pairwise``); a medium named only as the
modifier of one of its people's nouns ("a Daily Telegraph journalist") is no party to a relation; "overrule"
rejects."""
from __future__ import annotations

import pytest

from tests.test_rules import extract


@pytest.mark.parametrize("text, subject, relation, obj", [
    # an interview with a British medium (ontology/actors.yaml, Media)
    ("Mr Blair said in an interview with the Daily Telegraph that he would stay.", "Blair", "consults", "Telegraph"),
    ("Lord Butler said in an interview with The Spectator magazine that he had doubts.", "Butler", "consults",
     "Spectator"),
    ("During an interview on ITV1's This Morning, Cherie Blair said she would stay.", "ITV1", "consults", "Blair"),
    # a rejection (lexicon verbs.denies)
    ("Mr Blair overruled Gordon Brown on tuition fees.", "Blair", "denies", "Brown"),
])
def test_events24_gives_relation(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text", [
    # the addressee of a statement is no party to it
    "Mr Blair told the Daily Telegraph that he would stay.",
    "Ms Hewitt told GMTV's Sunday programme that paid leave would be increased.",
    # a medium's journalist is a person, not the paper (titles club_roles)
    "Labour's Mr Livingstone had accused a Daily Telegraph journalist of being like a guard.",
    # no medium: "the Independent", "the Sun" are left out of the gazetteer
    "Independent MP Richard Taylor said in an interview that he would stand again.",
])
def test_events24_no_relation(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] != "claims"}, got
