"""The SPARQL store: an embedded on-disk Oxigraph store, or any SPARQL 1.1 endpoint.

The store holds the named graphs of ``graph.trig``: one per article (graph IRI =
article IRI) and ``agr:graph/actors`` -- except that article graphs do not repeat
the type and label of their actors (those are in the actors graph), because
Oxigraph's union default graph returns a triple once per graph holding it.  A
direct triple read in three articles is still seen three times: use DISTINCT.  Each graph also carries one bookkeeping
triple, ``<graph> agstore:contentHash "sha256..."``, so :func:`sync_store` can tell
which graphs changed: it replaces only those, drops the graphs of articles no
longer in the hub and leaves the rest untouched.  Changes go in batches of whole graphs,
each graph's content hash last (see :func:`sync_store`).

Queries see the union of all graphs as their default graph.

Remote stores are reached over the SPARQL 1.1 Protocol.  The URL given may be a
dataset base (``http://host:7878``, ``http://host/ds``: queries go to ``BASE/query``
and updates to ``BASE/update``, the layout of Oxigraph and Fuseki), or a full
``.../query``, ``.../update`` or ``.../sparql`` endpoint.
"""
from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef

from ..errors import StoreError
from ..write.rdf import iter_graph_blocks
from .sparqlscan import refuse_service

__all__ = [
    "STORE_DIR",
    "CONTENT_HASH",
    "StoreReport",
    "RemoteStore",
    "sync_store",
    "open_store",
    "check_store",
    "StoreDamaged",
    "damaged_store",
    "is_damage",
    "memory_store",
    "is_remote",
    "to_ox",
    "article_quads",
    "iter_article_quads",
    "SYNC_BATCH_QUADS",
    "SYNC_BULK_QUADS",
    "article_hashes",
]

STORE_DIR = "store"
#: Bookkeeping property (not part of the ontology): hash of an article graph's content.
CONTENT_HASH = "https://w3id.org/actorgraph/store#contentHash"
_CONTENT_HASH = ox.NamedNode(CONTENT_HASH)
_HTTP_TIMEOUT = 60


@dataclass(frozen=True)
class StoreReport:
    """What a sync did, by graph name (article id, or "actors" for the actors graph)."""

    target: str
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    quads: int = 0  # quads written

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)

    def __str__(self) -> str:
        return (f"{self.target}: {len(self.added)} added, {len(self.replaced)} replaced, "
                f"{len(self.removed)} removed, {len(self.unchanged)} unchanged")


def is_remote(target: str | Path) -> bool:
    return isinstance(target, str) and target.lower().startswith(("http://", "https://"))


# ---------------------------------------------------------------- rdflib -> pyoxigraph


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to a pyoxigraph term")


def _name(graph_iri: str) -> str:
    """A graph's short name for reports: the article id, or "actors"."""
    return urllib.parse.unquote(graph_iri.rstrip("/").rsplit("/", 1)[-1])


class _Terms:
    """rdflib terms as pyoxigraph terms; IRIs recur in every graph (predicates, actors), so each
    is converted once, and so is each literal datatype.  IRIs are looked up by their plain string:
    rdflib hashes a URIRef in Python, with its type's name (~1 us a look-up)."""

    def __init__(self) -> None:
        self.iris: dict[str, ox.NamedNode] = {}

    def __call__(self, t):
        kind = type(t)
        if kind is URIRef:
            iri = str(t)
            got = self.iris.get(iri)
            if got is None:
                got = self.iris[iri] = ox.NamedNode(iri)
            return got
        if kind is Literal and not t.language:
            return ox.Literal(str(t), datatype=self(t.datatype)) if t.datatype else ox.Literal(str(t))
        return to_ox(t)


def _quad_blocks(g: ox.NamedNode, blocks: Iterable[list[tuple]], term: _Terms) -> Iterator[tuple[list[str], list[ox.Quad]]]:
    """Each block's distinct quads sorted by their N-Quads text, with those texts."""
    for block in blocks:
        quads = {}
        for s, p, o in block:
            q = ox.Quad(term(s), term(p), term(o), g)
            quads[str(q)] = q
        rows = sorted(quads)
        yield rows, [quads[r] for r in rows]


def _hash_quad(g: ox.NamedNode, digest: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(g.value), _CONTENT_HASH, ox.Literal(digest), g)


def iter_article_quads(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, Iterable[list[ox.Quad]]]]:
    """``(graph IRI, content hash, quad blocks)`` of each named graph in turn; the blocks end with
    the hash triple and can be iterated again.  A graph of one block (an article) is converted once;
    the actors graph is converted block by block, once for its hash and again when it is written,
    so its quads are never all in memory.  The hash is the SHA-256 of the graph's quads, one per
    line, sorted within each block."""
    term = _Terms()
    for iri, blocks in iter_graph_blocks(G, actor_copies=False):
        g = ox.NamedNode(str(iri))
        h, kept, n = hashlib.sha256(), None, 0
        for n, (rows, quads) in enumerate(_quad_blocks(g, blocks, term), 1):
            h.update((("\n" if n > 1 else "") + "\n".join(rows)).encode("utf-8"))
            kept = quads if n == 1 else None
        digest = h.hexdigest()
        if kept is not None:
            yield str(iri), digest, [kept + [_hash_quad(g, digest)]]
        else:
            yield str(iri), digest, _QuadBlocks(g, blocks, term, digest)


class _QuadBlocks:
    """A big graph's quad blocks, converted anew each time they are iterated, hash triple last."""

    def __init__(self, g: ox.NamedNode, blocks: Iterable[list[tuple]], term: _Terms, digest: str) -> None:
        self.g, self.blocks, self.term, self.digest = g, blocks, term, digest

    def __iter__(self) -> Iterator[list[ox.Quad]]:
        for _, quads in _quad_blocks(self.g, self.blocks, self.term):
            yield quads
        yield [_hash_quad(self.g, self.digest)]


def article_quads(G: nx.MultiDiGraph) -> dict[str, tuple[str, list[ox.Quad]]]:
    """``{graph IRI: (content hash, quads)}`` of every named graph at once (see :func:`iter_article_quads`)."""
    return {iri: (digest, [q for block in blocks for q in block]) for iri, digest, blocks in iter_article_quads(G)}


_HASH_QUERY = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{CONTENT_HASH}> ?h }} }}"
_GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def _graph_data(quads: Iterable[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(lines)} }}" for g, lines in by_graph.items())


def _sync_update(drop: Iterable[str], insert: list[ox.Quad]) -> str:
    """One SPARQL Update: drop the given graph IRIs, then insert the quads.

    Terms are written by pyoxigraph's N-Triples serialisation, so text in literals is escaped.
    """
    ops = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in drop]
    if insert:
        ops.append(f"INSERT DATA {{ {_graph_data(insert)} }}")
    return " ;\n".join(ops)


def _apply(store, drop: list[str], insert: list[ox.Quad]) -> None:
    """One batch of a sync: drop the graphs, then add the quads.  A remote store gets one SPARQL
    Update (:func:`_sync_update`, one transaction).  The embedded store drops the graphs in one
    update, loads the graphs' quads with its bulk loader (``Store.bulk_extend``: no transaction,
    a sixth of the time of parsing them from an update's text) and only then adds their content
    hashes, in one transaction: stopped in between, a graph is left without its hash and the
    next sync writes it again."""
    if isinstance(store, RemoteStore):
        store.update(_sync_update(drop, insert))
        return
    if drop:
        store.update(_sync_update(drop, []))
    hashes = [q for q in insert if q.predicate == _CONTENT_HASH]
    store.bulk_extend(q for q in insert if q.predicate != _CONTENT_HASH)
    store.extend(hashes)


# ---------------------------------------------------------------- remote stores


class RemoteStore:
    """A SPARQL 1.1 Protocol endpoint (query + update), spoken with urllib."""

    def __init__(self, url: str, timeout: float = _HTTP_TIMEOUT) -> None:
        url = url.rstrip("/")
        base, _, last = url.rpartition("/")
        if last == "query":
            self.query_url, self.update_url = url, base + "/update"
        elif last == "update":
            self.query_url, self.update_url = base + "/query", url
        elif last == "sparql":
            self.query_url = self.update_url = url
        else:
            self.query_url, self.update_url = url + "/query", url + "/update"
        self.url = url
        self.timeout = timeout

    def _post(self, endpoint: str, body: str, content_type: str, accept: str | None = None,
              params: dict[str, str] | None = None) -> bytes:
        if params:
            endpoint += ("&" if "?" in endpoint else "?") + urllib.parse.urlencode(params)
        req = urllib.request.Request(endpoint, data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": f"{content_type}; charset=utf-8"})
        if accept:
            req.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:500]
            raise StoreError(f"{endpoint} answered HTTP {err.code}: {detail.strip()}; "
                             "check the URL and that the store accepts SPARQL 1.1 requests") from err
        except (urllib.error.URLError, OSError) as err:
            raise StoreError(f"cannot reach the SPARQL store at {endpoint} ({err}); "
                             "is the server running?") from err

    def query_raw(self, query: str, accept: str, *, union: bool = True, allow_service: bool = False) -> bytes:
        """POST a query; ``union`` asks Oxigraph-style servers for the union default graph.

        A query calling a SERVICE is refused unless ``allow_service`` (the store would make the call)."""
        refuse_service(query, allow_service)
        params = {"union-default-graph": ""} if union else None
        return self._post(self.query_url, query, "application/sparql-query", accept, params)

    def select(self, query: str, *, union: bool = True) -> list[dict]:
        data = self.query_raw(query, "application/sparql-results+json", union=union)
        try:
            return json.loads(data)["results"]["bindings"]
        except (ValueError, KeyError) as err:
            raise StoreError(f"{self.query_url} did not answer with SPARQL JSON results") from err

    def update(self, update: str) -> None:
        self._post(self.update_url, update, "application/sparql-update")


# ---------------------------------------------------------------- local stores


class StoreDamaged(StoreError):
    """The on-disk store is corrupt (RocksDB reports ``Corruption``, or files are missing)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


_DAMAGE = ("corruption", "no such file or directory", "does not exist", "invalid argument")


def is_damage(err: BaseException) -> bool:
    """Whether an error raised by pyoxigraph on a local store means its files are damaged."""
    return isinstance(err, (OSError, RuntimeError)) and any(w in str(err).lower() for w in _DAMAGE)


def damaged_store(path: str | Path | None, err: BaseException | str) -> StoreDamaged:
    """The error for a damaged store at ``path`` (None: the store being queried)."""
    detail = str(err).strip().splitlines()[0][:300] if str(err).strip() else type(err).__name__
    where = f"the store at {path}" if path is not None else "the store"
    fix = f"delete {path}" if path is not None else "delete OUTDIR/store"
    return StoreDamaged(f"{where} is damaged ({detail}); {fix} and run `actorgraph build` again to "
                        "rewrite it, or build with --no-store", detail)


def open_store(path: str | Path, *, read_only: bool = False) -> ox.Store:
    """Open (or create) the embedded store at ``path``."""
    path = Path(path)
    if read_only and not path.is_dir():
        raise StoreError(f"{path}: no SPARQL store here; run `actorgraph build` without --no-store")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as err:
        if "lock" in str(err).lower():
            raise StoreError(f"cannot open the store at {path} ({err}); another process "
                             "(e.g. `actorgraph build` or `serve`) holds it open: stop it and retry") from err
        if is_damage(err):
            raise damaged_store(path, err) from err
        raise StoreError(f"cannot open the store at {path} ({err})") from err


def check_store(target: str | Path) -> None:
    """Open the store a build will sync and read its content hashes, so a damaged, locked or
    unreachable store stops the build before any output is replaced.  A missing local store is
    fine (the sync creates it)."""
    if is_remote(target):
        article_hashes(RemoteStore(str(target)))
        return
    if not Path(target).exists():
        return
    store = open_store(target)
    try:
        with _store_errors(target, "read"):
            article_hashes(store)
    finally:
        del store  # closes it: the sync opens it again


def memory_store(G: nx.MultiDiGraph) -> ox.Store:
    """An in-memory store loaded with the hub (used when no on-disk store was built)."""
    store = ox.Store()
    store.extend(q for _, _, blocks in iter_article_quads(G) for block in blocks for q in block)
    return store


def article_hashes(target: ox.Store | RemoteStore) -> dict[str, str]:
    """``{graph IRI: content hash}`` of the article graphs in a store."""
    if isinstance(target, RemoteStore):
        rows = target.select(_HASH_QUERY, union=False)
        return {r["g"]["value"]: r["h"]["value"] for r in rows if "g" in r and "h" in r}
    return {s["g"].value: s["h"].value for s in target.query(_HASH_QUERY)}


def _graphs(target: ox.Store | RemoteStore) -> set[str]:
    if isinstance(target, RemoteStore):
        return {r["g"]["value"] for r in target.select(_GRAPHS_QUERY, union=False) if "g" in r}
    return {g.value for g in target.named_graphs() if isinstance(g, ox.NamedNode)}


#: Quads per SPARQL Update request of a sync with a remote store: Oxigraph holds a request and its
#: transaction in memory (~8 kB a quad: 20,000 quads a request took +87 MB on the BBC build, 5,000 +41 MB).
SYNC_BATCH_QUADS = 5_000
#: Quads per batch of a sync with the embedded store, which takes the quads themselves (no update
#: text) through its bulk loader: each batch writes new files, so batches are bigger.
SYNC_BULK_QUADS = 50_000


def sync_store(G: nx.MultiDiGraph, target: str | Path, *, batch_quads: int | None = None) -> StoreReport:
    """Bring the store at ``target`` (directory or http(s) URL) in line with the hub.

    Only article graphs whose content hash differs are rewritten; graphs that are
    not article graphs of the hub are dropped.  Changes go in batches of about ``batch_quads``
    quads (default: :data:`SYNC_BATCH_QUADS` a SPARQL Update request to a remote store,
    :data:`SYNC_BULK_QUADS` for the embedded store's bulk loader, see :func:`_apply`), each of
    whole graphs (a graph's drop, new quads and content hash travel together; a graph bigger
    than a batch, like the actors graph of a large build, spans several, its hash last), so
    memory holds one batch, and a sync that stops halfway leaves graphs old, new or without a
    hash: the next sync finds those by their hashes.
    """
    remote = is_remote(target)
    store: ox.Store | RemoteStore = RemoteStore(str(target)) if remote else open_store(target)
    if batch_quads is None:
        batch_quads = SYNC_BATCH_QUADS if remote else SYNC_BULK_QUADS
    with _store_errors(target, "write"):
        return _sync(G, store, str(target), batch_quads)


@contextmanager
def _store_errors(target: str | Path, action: str):
    """pyoxigraph's errors on a local store as StoreErrors that name it (a damaged one says so)."""
    try:
        yield
    except (OSError, RuntimeError, SyntaxError, ValueError) as err:
        if is_damage(err) and not is_remote(target):
            raise damaged_store(target, err) from err
        raise StoreError(f"cannot {action} the store at {target} ({err})") from err


def _sync(G: nx.MultiDiGraph, store, target: str, batch_quads: int) -> StoreReport:
    remote = isinstance(store, RemoteStore)
    have = article_hashes(store)
    present = _graphs(store) | set(have)
    added, replaced, unchanged, wanted = [], [], [], set()
    drop: list[str] = []
    insert: list[ox.Quad] = []
    written = 0

    def send() -> None:
        nonlocal written
        if not (drop or insert):
            return
        _apply(store, drop, insert)
        written += len(insert)
        drop.clear()
        insert.clear()

    for g, digest, blocks in iter_article_quads(G):
        wanted.add(g)
        if have.get(g) == digest:
            unchanged.append(g)
            continue
        if g in present:
            replaced.append(g)
            drop.append(g)
        else:
            added.append(g)
        for quads in blocks:  # a graph bigger than a batch spans requests, its hash triple last
            insert.extend(quads)
            if len(insert) >= batch_quads:
                send()
    stale = sorted(present - wanted)
    drop.extend(stale)
    send()
    if not remote:
        store.flush()
    names = lambda iris: tuple(_name(i) for i in iris)  # noqa: E731
    return StoreReport(target, names(added), names(replaced), names(stale), names(unchanged), written)
