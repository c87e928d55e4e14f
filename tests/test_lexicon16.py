"""lexicon16: relation nouns counted on general news: a trip somewhere is a visit (consults), a named rival is a
rivalry (relatesTo)."""
from __future__ import annotations

import pytest

from tests.test_rules import extract


@pytest.mark.parametrize("text, subject, relation, obj", [
    # "trip" reads as "visit" (lexicon nouns.consults)
    ("Mr Blair also made a surprise trip to Iraq this week.", "Blair", "consults", "Iraq"),
    ("Mr Straw's China trip is part of regular high-level meetings.", "Straw", "consults", "China"),
    # "rival" reads as "rivalry" (lexicon nouns.relatesTo)
    ("Ceplak has been a great rival of Holmes during the Briton's career.", "Ceplak", "relatesTo", "Holmes"),
])
def test_lexicon16_noun_gives_relation(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text", [
    # no actor at the other end
    "Mr Blair made a trip to the shops on Saturday.",
    "Tony Blair will not take part in a TV debate with his political rivals.",
    # a trip made by no one named
    "The trip to Iraq was cancelled.",
])
def test_lexicon16_no_relation(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] in ("consults", "relatesTo")}, got
