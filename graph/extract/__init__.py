"""Extraction: (Article, spaCy Doc) -> actors, mentions and triples.

CONTRACT (the pipeline relies on these names and signatures):

* ``EXTRACTOR_VERSION``: bump whenever a rule changes output; part of the cache key.
* ``Extractor(ontology_dir)``: loads gazetteer and lexicon once; must be picklable
  (it is sent to worker processes).
* ``Extractor.extract(article, doc) -> Extraction`` for one article; pure.
* ``Extractor.merge(extractions) -> (actors, triples)``: cross-article
  normalisation (spelling variants), remapping actor ids in the triples.

This first version is a plain subject-verb-object pass over named actors;
the extraction issue replaces the rules behind the same contract.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Actor, Article, Mention, Modality, Polarity, Triple
from ..vocab import GENERIC_RELATION, ONTOLOGY_DIR
from .actors import Gazetteer, resolve_actors, merge_variants

__all__ = ["EXTRACTOR_VERSION", "Extraction", "Extractor"]

EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class Extraction:
    article: str
    actors: tuple[Actor, ...]
    triples: tuple[Triple, ...]
    mentions: tuple[Mention, ...] = ()


class Extractor:
    def __init__(self, ontology_dir: Path | str = ONTOLOGY_DIR) -> None:
        self.ontology_dir = Path(ontology_dir)
        self.gazetteer = Gazetteer.from_dir(self.ontology_dir)

    def extract(self, article: Article, doc) -> Extraction:
        actors = resolve_actors(doc, article, self.gazetteer)
        triples = []
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            objs = [c for c in tok.children if c.dep_ in ("dobj",)]
            for p in (c for c in tok.children if c.dep_ == "prep"):
                objs += [g for g in p.children if g.dep_ == "pobj"]
            for s in subj:
                sref = actors.at(s)
                for o in objs:
                    oref = actors.at(o)
                    if not sref or not oref or sref.actor.id == oref.actor.id:
                        continue
                    sent = tok.sent
                    neg = any(c.dep_ == "neg" for c in tok.children)
                    triples.append(Triple(
                        sref.actor.id, GENERIC_RELATION, oref.actor.id, tok.text, article.id,
                        sent.text, sent.start_char, sent.end_char,
                        polarity=Polarity.NEGATIVE if neg else Polarity.POSITIVE,
                        modality=Modality.ASSERTED, confidence=0.4, rule="svo_baseline",
                        pred_start=tok.idx, pred_end=tok.idx + len(tok.text)))
        mentions = tuple(Mention(r.actor.id, article.id, doc[r.start].idx,
                                 doc[r.end - 1].idx + len(doc[r.end - 1].text),
                                 doc[r.start:r.end].text) for r in actors.mentions)
        return Extraction(article.id, tuple(actors.actors()), tuple(triples), mentions)

    def merge(self, extractions: Iterable[Extraction]) -> tuple[list[Actor], list[Triple]]:
        extractions = list(extractions)
        actors: dict[str, Actor] = {}
        for ex in extractions:
            for a in ex.actors:
                actors[a.id] = actors[a.id].merged(a) if a.id in actors else a
        remap = merge_variants(actors.values())

        def canon(aid):
            while aid in remap and remap[aid] != aid:
                aid = remap[aid]
            return aid

        merged: dict[str, Actor] = {}
        for a in actors.values():
            c = canon(a.id)
            target = actors[c]
            merged[c] = merged[c].merged(a) if c in merged else target.merged(a) if c != a.id else a
        triples = [replace(t, subject=canon(t.subject), object=canon(t.object),
                           attributed_to=canon(t.attributed_to) if t.attributed_to else None)
                   for ex in extractions for t in ex.triples]
        triples = [t for t in triples if t.subject != t.object]
        return sorted(merged.values(), key=lambda a: a.id), triples
