"""Actor recognition and normalisation over a spaCy Doc.

CONTRACT (used by the relation rules; keep these names and signatures):

* ``Gazetteer.from_dir(ontology_dir)`` loads the actor gazetteer from ``ontology/``.
* ``resolve_actors(doc, article, gazetteer) -> DocActors``.
* ``DocActors.at(token) -> ActorRef | None``: the actor a token refers to.  Works
  for any token inside a mention ("Sergey" or "Lavrov" in "Sergey Lavrov") and for
  heads that stand for an actor ("officials" in "Russian officials", "he" when
  coreference is sure).  Never returns an actor for pronouns it cannot resolve,
  common nouns, dates or quantities.
* ``DocActors.mentions``: every ActorRef in document order; ``DocActors.actors()``:
  the distinct Actor records (with the aliases seen in this doc).
* ``merge_variants(actors) -> dict[str, str]``: across articles, maps an actor id to
  the id it should be merged into (spelling variants such as Kabolov -> Kabulov).

This first version is deliberately simple (NER spans and exact names);
the extraction issue replaces its internals behind the same contract.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..model import Actor, ActorType, Article

__all__ = ["Gazetteer", "ActorRef", "DocActors", "resolve_actors", "merge_variants", "slugify"]

NER_TYPES = {
    "GPE": ActorType.COUNTRY,
    "NORP": ActorType.COUNTRY,
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION,
}


def slugify(name: str) -> str:
    """Stable actor id from a canonical name: ASCII, lower case, hyphens ("Zamir Kabulov" -> "zamir-kabulov")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "actor"


@dataclass(frozen=True)
class ActorRef:
    """A mention of an actor: tokens [start, end) of the doc, resolved to ``actor``."""

    actor: Actor
    start: int  # token index
    end: int  # token index, exclusive
    how: str  # gazetteer | ner | demonym | title | metonymy | coref
    confidence: float = 0.8


class Gazetteer:
    """Known actors by surface form (stub: empty; the extraction issue fills ontology/actors.yaml)."""

    def __init__(self, entries: dict[str, Actor] | None = None) -> None:
        self.by_alias = {k.lower(): v for k, v in (entries or {}).items()}

    @classmethod
    def from_dir(cls, ontology_dir: Path) -> "Gazetteer":
        return cls()

    def lookup(self, surface: str) -> Actor | None:
        return self.by_alias.get(surface.lower())


class DocActors:
    def __init__(self, refs: list[ActorRef]) -> None:
        self.mentions = sorted(refs, key=lambda r: r.start)
        self._by_token = {i: r for r in self.mentions for i in range(r.start, r.end)}

    def at(self, token) -> ActorRef | None:
        return self._by_token.get(token.i)

    def actors(self) -> list[Actor]:
        out: dict[str, Actor] = {}
        for r in self.mentions:
            out[r.actor.id] = out[r.actor.id].merged(r.actor) if r.actor.id in out else r.actor
        return [out[k] for k in sorted(out)]


def resolve_actors(doc, article: Article, gazetteer: Gazetteer) -> DocActors:
    refs = []
    for ent in doc.ents:
        if ent.label_ not in NER_TYPES:
            continue
        text = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        known = gazetteer.lookup(text)
        actor = known or Actor(slugify(text), text, NER_TYPES[ent.label_])
        actor = Actor(actor.id, actor.label, actor.type, (ent.text,), actor.wikidata, actor.attributes)
        refs.append(ActorRef(actor, ent.start, ent.end, "gazetteer" if known else "ner"))
    return DocActors(refs)


def merge_variants(actors) -> dict[str, str]:
    return {}
