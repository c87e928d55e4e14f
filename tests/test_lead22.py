"""lead22: a build-up is a deployment only of forces or troops ("built up forces in Georgia"), never of a stake or
anything else built up somewhere (lexicon phrases.deploys: "build force", "build troop"; every "build up" deploys
row of the whole BBC corpus was a stake or the like)."""
from __future__ import annotations

import pytest

from tests.test_rules import extract


@pytest.mark.parametrize("text, subject, obj", [
    ("Russia has built up forces in Georgia.", "Russia", "Georgia"),
    ("The US built up troops in Kuwait.", "US", "Kuwait"),
])
def test_build_up_of_forces_deploys(nlp, text, subject, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), "deploys", aid(obj)) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text", [
    "Malcolm Glazer started to build up his stake in Manchester United in late 2003.",
    "The firm has built up a network of shops in Poland.",
])
def test_build_up_of_anything_else_deploys_nothing(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] == "deploys"}, got


def test_a_winger_makes_a_sport_story_where_a_country_is_its_team(nlp):
    # "winger" is a sport cue (lexicon sport_senses.cues): a transfer story with few other cues is a sport story, so
    # "the Danish international" (a player) is no claim about Denmark (BBC sport 265: the whole corpus's only change)
    text = ("Gronkjaer has been targeted by fans after playing for Denmark at Euro 2004. The 27-year-old winger is "
            "set to move to Madrid. Tom Reed had said that he would be happy to let the Danish international go if "
            "the price was right.")
    got, aid, _ = extract(nlp, text)
    assert not {g for g in got if aid("Denmark") in g[:3]}, got
