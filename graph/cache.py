"""Incremental builds: an on-disk cache of per-article extractions.

Key = article content hash + pipeline fingerprint (model name/version) +
extractor version + a hash of the ontology data files.  An unchanged article
is never re-parsed; a changed rule version or lexicon invalidates exactly the
entries built with the old one.  Backed by SQLite, so a killed build leaves a
consistent cache (each article is committed in its own transaction).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .errors import OutputError
from .model import Actor, ActorType, Mention, Modality, Polarity, Triple

__all__ = ["ExtractionCache", "ontology_fingerprint", "extraction_to_json", "extraction_from_json"]


def ontology_fingerprint(ontology_dir: Path) -> str:
    """Hash of every data file under ontology/ (names and bytes)."""
    h = hashlib.sha256()
    for p in sorted(Path(ontology_dir).rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            h.update(p.relative_to(ontology_dir).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _enc(v):
    if isinstance(v, tuple):
        return [_enc(x) for x in v]
    return v.value if hasattr(v, "value") else v


def extraction_to_json(ex) -> str:
    doc = {
        "article": ex.article,
        "actors": [{k: _enc(v) for k, v in asdict(a).items()} for a in ex.actors],
        "triples": [{k: _enc(v) for k, v in asdict(t).items()} for t in ex.triples],
        "mentions": [asdict(m) for m in ex.mentions],
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def extraction_from_json(text: str):
    from .extract import Extraction

    d = json.loads(text)
    actors = tuple(Actor(a["id"], a["label"], ActorType(a["type"]), tuple(a["aliases"]), a.get("wikidata"),
                         tuple(tuple(x) for x in a["attributes"])) for a in d["actors"])
    triples = []
    for t in d["triples"]:
        t = dict(t)
        t.update(polarity=Polarity(t["polarity"]), modality=Modality(t["modality"]),
                 attributes=tuple(tuple(x) for x in t["attributes"]))
        triples.append(Triple(**t))
    mentions = tuple(Mention(**m) for m in d["mentions"])
    return Extraction(d["article"], actors, tuple(triples), mentions)


class ExtractionCache:
    """``get(article_id)`` / ``put(extraction)`` under one build fingerprint."""

    def __init__(self, path: str | Path, fingerprint: str) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, article TEXT, body TEXT)"
            )
            self.db.commit()
        except sqlite3.Error as err:
            raise OutputError(f"{self.path}: cannot open the build cache ({err}); delete it to start afresh") from err

    def _key(self, article_id: str) -> str:
        return hashlib.sha256(f"{article_id}\x1f{self.fingerprint}".encode()).hexdigest()

    def get(self, article_id: str):
        row = self.db.execute("SELECT body FROM extraction WHERE key=?", (self._key(article_id),)).fetchone()
        if row is None:
            return None
        try:
            return extraction_from_json(row[0])
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable entry is rebuilt

    def put(self, ex) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO extraction VALUES (?,?,?)",
                            (self._key(ex.article), ex.article, extraction_to_json(ex)))

    def prune(self, keep_article_ids) -> int:
        """Drop entries of other fingerprints or articles no longer present."""
        keep = {self._key(a) for a in keep_article_ids}
        rows = [k for (k,) in self.db.execute("SELECT key FROM extraction")]
        stale = [k for k in rows if k not in keep]
        with self.db:
            self.db.executemany("DELETE FROM extraction WHERE key=?", [(k,) for k in stale])
        return len(stale)

    def close(self) -> None:
        self.db.close()
