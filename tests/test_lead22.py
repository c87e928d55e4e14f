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
