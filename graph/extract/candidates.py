"""The proposal every relation rule makes: two tokens and a predicate, before actors and lexicon are applied.

Its own module so that rule modules besides ``graph.extract.rules`` (``graph.extract.conflict``) make candidates
without importing the rules they are run with.
"""
from __future__ import annotations

from dataclasses import dataclass

from .scoring import RULE_BASE

__all__ = ["Candidate"]


@dataclass(frozen=True)
class Candidate:
    """A proposed relation between two tokens, before actors and lexicon are applied."""

    subj: int  # token index of the subject's head
    obj: int  # token index of the object's head
    verb: int  # predicate head: the verb, or the noun of a nominalisation
    pred: tuple[int, ...]  # token indices of the predicate words
    rule: str  # the name of the function that proposed it (graph.extract.registry)
    relation: str | None = None  # fixed by the rule (nominal rules), else from the lexicon
    hops: int = 0  # how many links were climbed to find the subject
    symmetric: bool = False  # a pairwise proposal between co-participants
    prep: int = -1  # token index of the preposition introducing the object, if any
    base: float | None = None  # confidence before scoring; None: the rule's ``scoring.RULE_BASE``

    @property
    def base_confidence(self) -> float:
        return RULE_BASE[self.rule] if self.base is None else self.base
