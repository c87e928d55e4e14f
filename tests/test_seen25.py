"""seen25: binding (principle C) for the sayer: a "he/she" subject of a verb of saying is never a person named
in the clause it reports ("Tony Blair would be in the very front line of that campaign, he said": the speaker
is someone else, here the one named before), so the claim about that person is no longer lost as a
self-relation."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs

_BEFORE = "Alan Milburn spoke to reporters on Monday about the campaign. "


@pytest.mark.parametrize("text, pair", [
    (_BEFORE + "And Tony Blair would be in the very front line of that campaign, he said.",
     ("Alan Milburn", "Tony Blair")),
    (_BEFORE + "Gordon Brown would lead the campaign, he added.", ("Alan Milburn", "Gordon Brown")),
    ("Ann Cole was asked about the vote on Tuesday. Michael Howard had made a grave mistake, she said.",
     ("Ann Cole", "Michael Howard")),
])
def test_seen25_sayer_is_not_named_in_the_report(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # the person named after the pronoun, and the sayer named in a quotation, are as before
    (_BEFORE + "He said Gordon Brown would lead the campaign.", ("Alan Milburn", "Gordon Brown")),
    ("Ann Cole was asked about the vote on Tuesday. She said Michael Howard had made a grave mistake.",
     ("Ann Cole", "Michael Howard")),
])
def test_seen25_pronoun_before_the_report_unchanged(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text", [
    # no one else in view: the pronoun stays unresolved, no claim is made up
    "Gordon Brown would lead the campaign, he said.",
    "Tony Blair would be in the very front line of that campaign, he said.",
])
def test_seen25_no_other_sayer_gives_nothing(nlp, text):
    assert _pairs(nlp, text, "claims") == set()
