"""A subject the parser took into the clause before as a conjunct of its object ("sold arms to Iran and China
supplied missiles to Syria") is the next clause's subject, not a second object (graph/extract/rules.py
``_opens_clause``, ``_stolen_subject``)."""
from __future__ import annotations

import pytest

from tests.test_stance16 import _pairs


@pytest.mark.parametrize("text, relation, present, absent", [
    ("Russia has sold arms to Iran and China supplied missiles to Syria.", "supplies",
     [("Russia", "Iran"), ("China", "Syria")], [("Russia", "China"), ("Russia", "Syria")]),
    # coordinated objects followed by no finite verb stay objects
    ("Tony Blair met Jacques Chirac and Gerhard Schroeder on Monday.", "consults",
     [("Tony Blair", "Jacques Chirac"), ("Tony Blair", "Gerhard Schroeder")], []),
    # a verb that has its own subject leaves the conjunct alone
    ("Russia has sold arms to Iran and Syria, and China supplied missiles to Sudan.", "supplies",
     [("Russia", "Iran"), ("Russia", "Syria"), ("China", "Sudan")], [("Russia", "Sudan")]),
])
def test_stolen25_conjunct_that_opens_the_next_clause(nlp, text, relation, present, absent):
    pairs = _pairs(nlp, text, relation)
    assert all(p in pairs for p in present), pairs
    assert not any(p in pairs for p in absent), pairs
