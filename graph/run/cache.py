"""Incremental builds: an on-disk cache of per-article parses and extractions.

Two levels, so each change invalidates exactly what it must:

* **parses**: the spaCy Doc of an article, keyed by the article's content hash and
  the pipeline (model name/version, spaCy version, our paragraph component).  Only
  a changed text or a different pipeline re-parses an article.
* **extractions**: keyed by content hash + pipeline + extractor version + the ontology
  folder's fingerprint (:attr:`graph.ontology.Ontology.fingerprint`, every file of the
  folder) + the build's ``--period`` when one is given.  A new rule version, any edited
  ontology file or another period re-runs extraction on the cached parses -- no article
  is parsed again.

Backed by SQLite, so a killed build leaves a consistent cache (each article is
committed in its own transaction).
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from ..errors import OutputError
from ..model import Actor, Mention, Modality, Polarity, Quote, Triple, to_actor_type

__all__ = ["ExtractionCache", "SCHEMA", "schema_problem", "extraction_to_json", "extraction_from_json",
           "doc_to_bytes", "doc_from_bytes"]

log = logging.getLogger(__name__)


def doc_to_bytes(doc) -> bytes:
    """A parsed Doc as compact bytes: every annotation extraction reads, not the tensor (~13 kB per article).
    The bytes of ``Doc.to_bytes``, packed with srsly's msgpack hooks looked up once (:func:`_msgpack_hooks`)."""
    import zlib

    from srsly.msgpack import _Packer

    return zlib.compress(_Packer(use_bin_type=True, default=_msgpack_hooks()[0]).pack(_doc_dict(doc)), 1)


#: the token attributes whose strings ``Doc.to_dict`` keeps (``tag_``, ``lemma_``, ``morph``, ``dep_``,
#: ``ent_type_``, ``ent_kb_id_``, ``ent_id_``, ``norm_``), after each token's text and space
_DICT_ATTRS = ("ORTH", "SPACY", "MORPH", "TAG", "LEMMA", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "NORM")


def _doc_dict(doc) -> dict:
    """``doc.to_dict(exclude=["tensor", "user_data"])``, its text and strings read with one ``Doc.to_array``
    (spaCy reads nine attributes of every token, one Token at a time: ~1 ms an article).  A Doc with spans
    or user hooks is left to spaCy."""
    import numpy
    from spacy.tokens import Doc

    if doc.spans or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks or not len(doc):
        return doc.to_dict(exclude=["tensor", "user_data"])
    vocab, morphology = doc.vocab, doc.vocab.morphology
    ids = doc.to_array(list(_DICT_ATTRS))
    name = vocab.strings.__getitem__
    text = "".join([name(o) + " " if space else name(o) for o, space in ids[:, :2].tolist()])  # Doc.text
    strings = set(map(name, numpy.unique(ids[:, 3:]).tolist()))
    morphs = map(morphology.get, numpy.unique(ids[:, 2]).tolist())
    strings |= {"" if m == morphology.EMPTY_MORPH else m for m in morphs}  # str(token.morph)
    array_head = Doc._get_array_attrs()
    return {"text": text, "array_head": array_head, "array_body": doc.to_array(array_head),
            "sentiment": doc.sentiment, "cats": doc.cats, "spans": doc.spans.to_bytes(),
            "strings": list(strings), "has_unknown_spaces": doc.has_unknown_spaces}


def doc_from_bytes(vocab, data: bytes):
    """The Doc of :func:`doc_to_bytes` over the pipeline's vocab; ValueError if the bytes are damaged."""
    import zlib

    from spacy.tokens import Doc
    from srsly.msgpack import _unpackb

    try:
        msg = _unpackb(zlib.decompress(data), raw=False, use_list=True, object_hook=_msgpack_hooks()[1])
        return Doc(vocab).from_dict(msg)
    except (zlib.error, ValueError, KeyError, TypeError) as err:
        raise ValueError(f"damaged cached parse ({err})") from err


@lru_cache(maxsize=1)
def _msgpack_hooks() -> tuple:
    """srsly's msgpack (encoder, decoder) hooks, chained as ``srsly.msgpack_dumps``/``msgpack_loads`` chain
    them.  srsly looks them up on every call (its registries scan the installed packages' entry points,
    ~1 ms); a build packs or unpacks a Doc per article, so they are looked up once a process."""
    from functools import partial

    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    encode = decode = None
    for encoder in msgpack_encoders.get_all().values():
        encode = partial(encoder, chain=encode)
    for decoder in msgpack_decoders.get_all().values():
        decode = partial(decoder, chain=decode)
    return encode, decode


def _enc(v):
    if isinstance(v, tuple):
        return [_enc(x) for x in v]
    return v.value if hasattr(v, "value") else v


@lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _record(obj) -> dict:
    """``{field: _enc(value)}`` of a flat record: what ``dataclasses.asdict`` gives, without its deep copy."""
    return {name: _enc(getattr(obj, name)) for name in _field_names(type(obj))}


def extraction_to_json(ex) -> str:
    doc = {
        "article": ex.article,
        "actors": [_record(a) for a in ex.actors],
        "triples": [_record(t) for t in ex.triples],
        "mentions": [_record(m) for m in ex.mentions],
        "quotes": [_record(q) for q in ex.quotes],
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def extraction_from_json(text: str):
    from ..extract import Extraction

    d = json.loads(text)
    actors = tuple(Actor(a["id"], a["label"], to_actor_type(a["type"]), tuple(a["aliases"]), a.get("wikidata"),
                         tuple(tuple(x) for x in a["attributes"])) for a in d["actors"])
    triples = []
    for t in d["triples"]:
        t = dict(t)
        t.update(polarity=Polarity(t["polarity"]), modality=Modality(t["modality"]),
                 attributes=tuple(tuple(x) for x in t["attributes"]))
        triples.append(Triple(**t))
    mentions = tuple(Mention(**m) for m in d["mentions"])
    return Extraction(d["article"], actors, tuple(triples), mentions, tuple(map(_quote, d["quotes"])))


def _quote(q: dict) -> Quote:
    return Quote(**{**q, "polarity": Polarity(q["polarity"]), "modality": Modality(q["modality"]),
                    "about": tuple(q["about"])})


#: The cache's tables, each with its columns (name, part of the primary key).
SCHEMA = {
    "extraction": (("key", 1), ("article", 0), ("body", 0)),
    "parse": (("key", 1), ("article", 0), ("body", 0)),
}
_CREATE = ("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, article TEXT, body TEXT)",
           "CREATE TABLE IF NOT EXISTS parse (key TEXT PRIMARY KEY, article TEXT, body BLOB)")
#: What SQLite says of a file that is no database or a damaged one: the cache is then started anew.
_UNUSABLE = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
        with db:
            for statement in _CREATE:
                db.execute(statement)
    except BaseException:
        db.close()
        raise
    return db


def _layout(columns) -> str:
    return ", ".join(name + (" PRIMARY KEY" if key else "") for name, key in columns)


def schema_problem(db: sqlite3.Connection) -> str | None:
    """What makes ``db`` no actorgraph cache (another program's database, a table of another
    layout), or None when it has exactly the tables and columns of :data:`SCHEMA`."""
    tables = {name: kind for name, kind in db.execute(
        "SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'view')")}
    extra = sorted(set(tables) - set(SCHEMA))
    if extra:
        return f"it holds tables that are not the cache's ({', '.join(extra)})"
    for table, columns in SCHEMA.items():
        if tables.get(table) != "table":
            return f"its {table} is a {tables.get(table)}, not a table"
        found = tuple((row[1], min(row[5], 1)) for row in db.execute(f"PRAGMA table_info({table})"))
        if found != columns:
            return f"its table {table} has columns ({_layout(found)}), not ({_layout(columns)})"
    return None


class ExtractionCache:
    """``get(article_id)`` / ``put(extraction)`` under one extraction fingerprint, and
    ``get_parse`` / ``put_parse`` under the pipeline's fingerprint (``parse_fingerprint``).

    A file at ``path`` that is not such a cache (another database, a damaged file, tables of
    another layout) is removed with a warning and a new cache started: everything in it can be
    made again.  Any other SQLite failure is an OutputError naming the file."""

    def __init__(self, path: str | Path, fingerprint: str, parse_fingerprint: str | None = None) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint
        self.parse_fingerprint = parse_fingerprint
        with self._failures("cannot open the build cache"):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = None
        try:
            db = _connect(self.path)
            problem = schema_problem(db)
        except sqlite3.DatabaseError as err:
            if db is not None:
                db.close()
            if getattr(err, "sqlite_errorname", None) not in _UNUSABLE:
                raise
            problem = f"it is not a readable SQLite database ({err})"
        if problem is None:
            return db
        if db is not None:
            db.close()
        log.warning("%s is not an actorgraph build cache: %s; starting a new cache in its place", self.path, problem)
        for suffix in ("", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        return _connect(self.path)

    @contextmanager
    def _failures(self, doing: str) -> Iterator[None]:
        """SQLite and file errors as one OutputError naming the cache and the fix."""
        try:
            yield
        except (sqlite3.Error, OSError) as err:
            raise OutputError(f"{self.path}: {doing} ({err}); delete it to start afresh") from err

    def _key(self, article_id: str) -> str:
        return hashlib.sha256(f"{article_id}\x1f{self.fingerprint}".encode()).hexdigest()

    def _parse_key(self, article_id: str) -> str:
        return hashlib.sha256(f"{article_id}\x1f{self.parse_fingerprint}".encode()).hexdigest()

    def get(self, article_id: str):
        with self._failures("cannot read the build cache"):
            row = self.db.execute("SELECT body FROM extraction WHERE key=?", (self._key(article_id),)).fetchone()
        if row is None:
            return None
        try:
            return extraction_from_json(row[0])
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable entry is rebuilt

    def put(self, ex, parse: bytes | None = None) -> None:
        """Store an extraction and, when given, the article's parse (one transaction)."""
        with self._failures("cannot write the build cache"), self.db:
            self.db.execute("INSERT OR REPLACE INTO extraction VALUES (?,?,?)",
                            (self._key(ex.article), ex.article, extraction_to_json(ex)))
            if parse is not None and self.parse_fingerprint is not None:
                self.db.execute("INSERT OR REPLACE INTO parse VALUES (?,?,?)",
                                (self._parse_key(ex.article), ex.article, parse))

    def get_parse(self, article_id: str) -> bytes | None:
        """The serialised Doc of an article under this pipeline, or None."""
        if self.parse_fingerprint is None:
            return None
        with self._failures("cannot read the build cache"):
            row = self.db.execute("SELECT body FROM parse WHERE key=?", (self._parse_key(article_id),)).fetchone()
        return None if row is None else bytes(row[0])

    def prune(self, keep_article_ids) -> int:
        """Drop entries of other fingerprints or of articles no longer present; returns how many."""
        keep_ids = set(keep_article_ids)
        keep = {self._key(a) for a in keep_ids}
        keep_parses = {self._parse_key(a) for a in keep_ids} if self.parse_fingerprint is not None else set()
        with self._failures("cannot prune the build cache"), self.db:
            stale = [k for (k,) in self.db.execute("SELECT key FROM extraction") if k not in keep]
            stale_parses = [k for (k,) in self.db.execute("SELECT key FROM parse") if k not in keep_parses]
            self.db.executemany("DELETE FROM extraction WHERE key=?", [(k,) for k in stale])
            self.db.executemany("DELETE FROM parse WHERE key=?", [(k,) for k in stale_parses])
        return len(stale) + len(stale_parses)

    def close(self) -> None:
        self.db.close()
