"""precision16: a pairwise noun that is only the topic of talk gives no relation (issue 14's precision read)."""
from __future__ import annotations

import pytest

from tests.test_rules import extract


@pytest.mark.parametrize("text", [
    # a tie talked of is none made (lexicon topic_verbs)
    "The site was supposed to be a forum to discuss relations between India and Pakistan.",
    "Ministers will debate relations between France and Germany.",
    # the subjects of a clause about a war or a row are no parties to it
    "Cardinal Cormac Murphy-O'Connor and Rowan Williams have both spoken out about the war.",
    "Tony Blair and Jacques Chirac talked about the rivalry.",
])
def test_precision16_a_topic_of_talk_gives_no_pair(nlp, text):
    got, _, _ = extract(nlp, text)
    assert not {g for g in got if g[1] in ("cooperatesWith", "relatesTo", "attacks")}, got


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Jack Straw said relations between India and Pakistan had improved.", "India", "cooperatesWith", "Pakistan"),
    ("The meeting between Tony Blair and Jacques Chirac was discussed.", "Blair", "consults", "Chirac"),
])
def test_precision16_a_tie_stated_stays(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in {g[:3] for g in got}, got
