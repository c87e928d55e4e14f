"""Relations stated inside reported speech: the inner triple is the content's own, attributed to the speaker
(modality reported, hypothetical under "would"), negated under a denial; a content without a relation between
two actors gives no inner triple."""
from __future__ import annotations

import pytest

from graph import extract_text
from graph.vocab import CLAIM_RELATION

pytestmark = pytest.mark.slow


def _inner(text: str) -> set[tuple]:
    """(subject, relation, object, polarity, modality, attributed_to) of every non-claim triple, by label."""
    kg = extract_text(text)
    label = {a.id: a.label for a in kg.actors}
    return {(label[t.subject], t.relation, label[t.object], t.polarity.value, t.modality.value,
             label.get(t.attributed_to)) for t in kg.triples if t.relation != CLAIM_RELATION and t.attributed_to}


# sentence, an inner triple it must give
CASES = [
    ("Mr Howard said Mr Blair had misled Parliament and had attacked the Liberal Democrats.",
     ("Blair", "accuses", "Liberal Democrats", "positive", "reported", "Howard")),
    ("Michael Howard said Tony Blair, who met Jacques Chirac on Monday, had backed the French.",
     ("Tony Blair", "supports", "France", "positive", "reported", "Michael Howard")),
    ("Michael Howard denied that the Conservatives had attacked Labour.",
     ("Conservative Party", "accuses", "Labour Party", "negative", "reported", "Michael Howard")),
    ("Mr Blair said he would meet Jacques Chirac.",
     ("Blair", "consults", "Jacques Chirac", "positive", "hypothetical", "Blair")),
    ("Mr Howard said he would sack Tim Collins.",
     ("Howard", "sanctions", "Tim Collins", "positive", "hypothetical", "Howard")),
    ("Mr Howard said Labour wanted to attack the Tories.",
     ("Labour Party", "accuses", "Conservative Party", "positive", "hypothetical", "Howard")),
]


@pytest.mark.parametrize("text,triple", CASES, ids=[c[0][:40] for c in CASES])
def test_content16_inner_triple_attributed_to_speaker(text, triple):
    assert triple in _inner(text)


# contents with no relation between two actors of theirs
NEGATIVES = [
    "Mr Howard said the weather in Britain was bad.",
    "Mr Kennedy said Labour had betrayed pensioners.",
    "Mr Brown said the Tories were wrong about the economy.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_content16_no_inner_triple_without_two_actors(text):
    assert _inner(text) == set()
