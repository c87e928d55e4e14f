"""claimprec26: what a claim is not (graph/extract/statements.py).

A negated cue over a question ("did not say whether ...") leaves the question open: no claim
(``statements._left_open``).  A minister's "the government" is their own state (``statements._own_government``)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


@pytest.mark.parametrize("text, pair", [
    ("Mr Jones did not say whether Microsoft would sue the firm.", ("Jones", "Microsoft")),
    ("Mr Hollis could not say whether Jane Fenwick had broken the rules.", ("Hollis", "Jane Fenwick")),
    ("Mr Hollis would not say why Jane Fenwick had left the party.", ("Hollis", "Jane Fenwick")),
])
def test_claimprec26_negated_question_claims_nothing(nlp, text, pair):
    assert not any(s.endswith(pair[0]) and o == pair[1] for s, o in _pairs(nlp, text, "claims"))


@pytest.mark.parametrize("text, pair", [
    # a negated belief still says something of its subject, and so does a negated cue over a "that" clause
    ("Mr Hollis did not believe Jane Fenwick had broken the rules.", ("Hollis", "Jane Fenwick")),
    ("Mr Hollis did not deny that Jane Fenwick had broken the rules, but said she would stay.",
     ("Hollis", "Jane Fenwick")),
])
def test_claimprec26_other_negations_still_claim(nlp, text, pair):
    assert any(s.endswith(pair[0]) and o == pair[1] for s, o in _pairs(nlp, text, "claims"))


@pytest.mark.parametrize("text, pair", [
    # a member of the government in office speaks of "the government": their own state
    ("Labour has promised to cut crime in Britain. Housing Minister Ann Lee said the government was tackling the "
     "causes of the problem.", ("Ann Lee", "United Kingdom")),
    ("Ukraine is selling firms. Prime Minister Yulia Tymoshenko said the government would sell 3,000 firms.",
     ("Yulia Tymoshenko", "Ukraine")),
])
def test_claimprec26_own_government_is_not_claimed(nlp, text, pair):
    assert pair not in _pairs(nlp, text, "claims")


@pytest.mark.parametrize("text, pair", [
    # a shadow minister's "the government" is the other side's; a minister may speak of another state's government
    ("Labour has promised to cut crime in Britain. Shadow Housing Minister Ann Lee said the government was failing.",
     ("Ann Lee", "United Kingdom")),
    ("Foreign Secretary Jack Straw said the US government was suspicious of France.", ("Jack Straw", "United States")),
])
def test_claimprec26_other_government_is_claimed(nlp, text, pair):
    assert pair in _pairs(nlp, text, "claims")
