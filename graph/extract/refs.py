"""An actor mention in a Doc: the record actor recognition, coreference and the rules share.

It sits in a module of its own so that ``actors`` (which runs coreference) and ``coref``
(which makes mentions) both import it without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor
from .scoring import UNSCORED_MENTION

__all__ = ["ActorRef"]


@dataclass(frozen=True)
class ActorRef:
    """A mention of an actor: tokens [start, end) of the doc, resolved to ``actor``."""

    actor: Actor
    start: int  # token index
    end: int  # token index, exclusive
    how: str  # gazetteer | ner | demonym | title | metonymy | coref | prefixed | place-head (NER's name after "the town of")
    confidence: float = UNSCORED_MENTION
    surface: str = ""  # the name as written ("Kabulov", "Moscow"); "" for pronouns and descriptions
