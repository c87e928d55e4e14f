"""The lead's fixes of the 0.24 session: an outlet told a statement is never what it is about, also when the parser
takes it into the content's first phrase ("He told The Observer government life was ...")."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


@pytest.mark.parametrize("text", [
    'Tony Blair has said he will serve a full term. He told The Observer government life was a "constant barrage of '
    'attack" but said he would not stay in charge.',
    "Tony Blair told The Observer that the BBC had lied about the war.",
])
def test_lead24_outlet_told_is_no_claim_target(nlp, text):
    assert not {o for s, o in _pairs(nlp, text, "claims") if o == "The Observer"}


def test_lead24_what_the_outlet_is_told_about_stays(nlp):
    assert ("Tony Blair", "BBC") in _pairs(nlp, "Tony Blair told The Observer that the BBC had lied about the war.",
                                            "claims")
