"""The hub -> RDF: an rdflib Dataset with one named graph per article.

Model (documented in docs/rdf-sparql.md):

* Every actor is ``agr:actor/<id>`` with ``rdf:type ag:<Type>``, ``rdfs:label``,
  ``ag:alias``, ``ag:role``, ``ag:affiliation``, ``ag:party``, ``ag:wikidata`` and ``ag:mentionCount``.
* Every article is ``agr:article/<id>`` (``ag:Article``) with Dublin Core metadata;
  its IRI also names its graph in TriG; actor descriptions live in ``agr:graph/actors``
  (see :func:`graph_triples`).
* Every statement (one hub edge, one row of ``triples.csv``) is
  ``agr:statement/<triple.id>``, an ``ag:Statement`` reifying the relation with
  ``rdf:subject/predicate/object`` plus the evidence (article, sentence, spans,
  confidence, polarity, modality, rule, claimant, attributes) and PROV-O links.
* Every quote is ``agr:quote/<quote id>``, an ``ag:Quote`` in its article's graph
  (:mod:`graph.write.quotes_out`), linked to its source, the actors it is about and the
  statements it reports.
* A statement also yields the plain direct triple ``actor ag:<relation> actor``
  when -- and only when -- it is *positive* and *asserted* or *reported*
  (:func:`is_direct`).  Negated, hedged and hypothetical statements exist only as
  ``ag:Statement`` nodes, so ``?s ag:supplies ?o`` never returns something the
  source denied or only speculated about.  Every direct triple therefore has at
  least one row in ``triples.csv`` (the statement it came from).

Instance IRIs percent-encode the id (UTF-8, RFC 3986 unreserved characters kept),
so any Unicode actor id gives a valid IRI.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from ..assemble.assemble import articles_of, iter_triples
from ..fsutil import atomic_write_chunks, atomic_writer
from .graphio import indented_json
from ..model import Modality, Polarity, Triple
from ..namespace import AG, AGR
from ..ontology import ontology_of
from .outputs import FORMATS
from .quotes_out import quote_actors, quote_triples, quotes_by_article

__all__ = [
    "PREFIXES",
    "actor_iri",
    "article_iri",
    "statement_iri",
    "is_direct",
    "make_dataset",
    "make_union_graph",
    "graph_triples",
    "iter_graph_triples",
    "iter_graph_blocks",
    "iter_union_blocks",
    "iter_turtle",
    "iter_trig",
    "iter_jsonld",
    "iter_ntriples",
    "ACTORS_GRAPH",
    "generate_turtle",
    "generate_trig",
    "generate_jsonld",
    "generate_ntriples",
    "write_turtle",
    "write_trig",
    "write_jsonld",
    "write_ntriples",
    "write_rdf",
    "RDF_FILES",
]

#: Prefixes bound in every serialisation and predeclared in every query.  ``actor:``,
#: ``article:`` and ``statement:`` abbreviate the instance IRIs (``actor:russia`` is
#: ``agr:actor/russia``): the files are a fifth smaller and rdflib writes them faster.
PREFIXES: dict[str, str] = {
    "ag": str(AG._NS),
    "agr": str(AGR),
    "actor": str(AGR) + "actor/",
    "article": str(AGR) + "article/",
    "statement": str(AGR) + "statement/",
    "quote": str(AGR) + "quote/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}

#: File names written by :func:`write_rdf` (the ``rdf`` group of :data:`graph.write.outputs.FORMATS`).
RDF_FILES = tuple(f.file for f in FORMATS if f.group == "rdf")

#: The named graph holding every actor's full description.
ACTORS_GRAPH = AGR["graph/actors"]

_DIRECT_MODALITIES = frozenset({Modality.ASSERTED, Modality.REPORTED})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _slug(value: str) -> str:
    # Keep RFC 3986 unreserved characters; percent-encode everything else (UTF-8).
    return quote(value, safe="-._~") if value else "_"


def actor_iri(actor_id: str) -> URIRef:
    return AGR["actor/" + _slug(actor_id)]


def article_iri(article_id: str) -> URIRef:
    return AGR["article/" + _slug(article_id)]


def statement_iri(statement_id: str) -> URIRef:
    return AGR["statement/" + _slug(statement_id)]


def is_direct(t: Triple) -> bool:
    """Whether a statement also becomes a plain ``actor ag:relation actor`` triple."""
    return t.polarity is Polarity.POSITIVE and t.modality in _DIRECT_MODALITIES


def _decimal(x: float) -> Literal:
    text = f"{x:.6f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def _date(value: str) -> Literal:
    if _ISO_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return Literal(value)


def _any_uri(value: str) -> Literal:
    return Literal(value, datatype=XSD.anyURI)


def _present(s: URIRef, fields: Iterable[tuple]) -> Iterator[tuple]:
    """``(s, predicate, make(value))`` for each ``(predicate, value, make)`` whose value is set, in order:
    the optional properties of a node, one table row each."""
    for predicate, value, make in fields:
        if value:
            yield s, predicate, make(value)


def _actor_core(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    a = G.nodes[actor_id]["actor"]
    s = actor_iri(a.id)
    yield s, RDF.type, URIRef(ontology_of(G).type_iri(a.type))  # a type of the user's folder too
    yield s, RDFS.label, Literal(a.label)


def _actor_triples(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    node = G.nodes[actor_id]
    a = node["actor"]
    s = actor_iri(a.id)
    yield from _actor_core(G, actor_id)
    for alias in sorted(set(a.aliases)):
        yield s, AG.alias, Literal(alias)
    attrs = dict(a.attributes)
    yield from _present(s, ((AG.role, attrs.get("role"), Literal),
                            (AG.affiliation, attrs.get("affiliation"), actor_iri),
                            (AG.party, attrs.get("party"), actor_iri),
                            (AG.agentCode, attrs.get("agentCode"), Literal),
                            (AG.wikidata, a.wikidata, Literal)))
    yield s, AG.mentionCount, Literal(int(node.get("mentions", 0)))


def _article_triples(article) -> Iterable[tuple]:
    s = article_iri(article.id)
    yield s, RDF.type, AG.Article
    yield s, DCTERMS.identifier, Literal(article.id)
    yield from _present(s, ((DCTERMS.title, article.title, Literal),
                            (DCTERMS.date, article.date, _date),
                            (DCTERMS.creator, article.author, Literal),
                            (DCTERMS.publisher, article.source, Literal),
                            (DCTERMS.source, article.url, _any_uri),
                            (PROV.atLocation, article.path, Literal),
                            (DCTERMS.language, article.language, Literal)))


def _direct_triple(t: Triple, ontology) -> tuple:
    return actor_iri(t.subject), URIRef(ontology.relation_iri(t.relation)), actor_iri(t.object)


def _statement_triples(t: Triple, ontology, *, direct: bool = True) -> Iterable[tuple]:
    """A statement's reification and evidence, preceded by its direct triple when it has one
    (and ``direct`` is set).  The relation's IRI is the one ``ontology`` declares."""
    s = statement_iri(t.id)
    subj, obj, pred = actor_iri(t.subject), actor_iri(t.object), URIRef(ontology.relation_iri(t.relation))
    art = article_iri(t.article)
    if direct and is_direct(t):
        yield subj, pred, obj
    yield s, RDF.type, AG.Statement
    yield s, RDF.subject, subj
    yield s, RDF.predicate, pred
    yield s, RDF.object, obj
    yield s, AG.article, art
    yield s, PROV.wasDerivedFrom, art
    yield s, AG.sentence, Literal(t.sentence)
    yield s, AG.start, Literal(int(t.start))
    yield s, AG.end, Literal(int(t.end))
    if t.pred_start >= 0:
        yield s, AG.predicateStart, Literal(int(t.pred_start))
    if t.pred_end >= 0:
        yield s, AG.predicateEnd, Literal(int(t.pred_end))
    yield s, AG.predicateText, Literal(t.predicate)
    yield s, AG.confidence, _decimal(t.confidence)
    yield s, AG.polarity, Literal(str(t.polarity))
    yield s, AG.modality, Literal(str(t.modality))
    yield from _present(s, ((AG.rule, t.rule, Literal), (AG.cameoEvent, t.cameo, Literal),
                            (AG.ploverEvent, t.plover, Literal)))
    if t.attributed_to:
        claimant = actor_iri(t.attributed_to)
        yield s, AG.attributedTo, claimant
        yield s, PROV.wasAttributedTo, claimant
    for k, v in t.attributes:
        yield s, AG.attribute, Literal(f"{k}={v}")


def _quote_triples(quotes) -> list[tuple]:
    return [x for q, reports in quotes for x in quote_triples(q, reports, actor_iri, article_iri, statement_iri)]


def _by_article(G: nx.MultiDiGraph) -> tuple[dict, dict[str, list[Triple]]]:
    arts = articles_of(G)
    by_article: dict[str, list[Triple]] = {aid: [] for aid in arts}
    for t in iter_triples(G):
        by_article.setdefault(t.article, []).append(t)
    return arts, by_article


def _article_graph(G: nx.MultiDiGraph, article, statements: list[Triple], actor_copies: bool,
                   quotes=()) -> list[tuple]:
    triples: list[tuple] = []
    if article is not None:
        triples.extend(_article_triples(article))
    actors: set[str] = quote_actors(quotes)
    for t in statements:
        triples.extend(_statement_triples(t, ontology_of(G)))
        actors.update(filter(None, (t.subject, t.object, t.attributed_to)))
    triples.extend(_quote_triples(quotes))
    if actor_copies:
        for actor_id in sorted(actors):
            triples.extend(_actor_core(G, actor_id))
    return triples


#: Actors per block: the actors graph (and the actors of the union graph) is built, serialised
#: and synced a block at a time, so no step holds every actor's description at once.
_ACTORS_PER_BLOCK = 200


def _actor_blocks(G: nx.MultiDiGraph, direct: dict[str, set[tuple]] | None = None) -> Iterator[list[tuple]]:
    """Actors' full descriptions (plus, for the union graph, the ``direct`` triples each is the
    subject of), a few hundred actors a block, in IRI order."""
    ids = sorted(set(G.nodes) | set(direct or ()), key=lambda a: str(actor_iri(a)))
    for i in range(0, len(ids), _ACTORS_PER_BLOCK):
        block: list[tuple] = []
        for actor_id in ids[i:i + _ACTORS_PER_BLOCK]:
            if actor_id in G:
                block.extend(_actor_triples(G, actor_id))
            if direct:
                block.extend(sorted(direct.get(actor_id, ())))
        yield block


class _ActorBlocks:
    """The actors graph as blocks (:func:`_actor_blocks`), built anew each time it is iterated."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G

    def __iter__(self) -> Iterator[list[tuple]]:
        return _actor_blocks(self.G)


def iter_graph_blocks(G: nx.MultiDiGraph, *, actor_copies: bool = True
                      ) -> Iterator[tuple[URIRef, Iterable[list[tuple]]]]:
    """The named graphs of the dataset one at a time, in IRI order: ``(graph IRI, blocks)``, where
    the blocks are lists of triples with disjoint subjects.  ``blocks`` can be iterated more than
    once; the actors graph's blocks are built again each time, never held all at once.

    ``agr:graph/actors`` holds every actor's full description (aliases, role,
    affiliation, Wikidata id, mention count: facts that depend on the whole
    build), a few hundred actors a block.  Each article graph (IRI = article IRI), one
    block, holds the article's metadata, its statements, their direct triples and the type
    and label of every actor they name -- only facts of that article, so adding an article
    leaves the other article graphs byte-for-byte unchanged (see :mod:`graph.sparql.store`).

    With ``actor_copies=False`` article graphs leave out the actors' type and label
    (the store does this: its union default graph would otherwise repeat them once
    per article).
    """
    arts, by_article = _by_article(G)
    quotes = quotes_by_article(G)
    names = {str(article_iri(aid)): aid for aid in by_article}
    names[str(ACTORS_GRAPH)] = None
    for name in sorted(names):
        aid = names[name]
        if aid is None:
            yield ACTORS_GRAPH, _ActorBlocks(G)
        else:
            yield URIRef(name), [_article_graph(G, arts.get(aid), by_article[aid], actor_copies, quotes.get(aid, ()))]


def iter_graph_triples(G: nx.MultiDiGraph, *, actor_copies: bool = True) -> Iterator[tuple[URIRef, list[tuple]]]:
    """``(graph IRI, triples)`` of each named graph of :func:`iter_graph_blocks`, whole."""
    for iri, blocks in iter_graph_blocks(G, actor_copies=actor_copies):
        yield iri, [triple for block in blocks for triple in block]


def graph_triples(G: nx.MultiDiGraph, *, actor_copies: bool = True) -> dict[URIRef, list[tuple]]:
    """``{graph IRI: triples}``: every graph of :func:`iter_graph_triples` at once."""
    return dict(iter_graph_triples(G, actor_copies=actor_copies))


def iter_union_blocks(G: nx.MultiDiGraph) -> Iterator[list[tuple]]:
    """The union graph (what Turtle and N-Triples hold) as blocks of triples with disjoint subjects.

    First the actors, a few hundred a block: each one's description and every direct triple it
    is the subject of; then one block per article: its metadata and its statements.  Together
    they are exactly the union of the named graphs (the type and label an article graph copies
    are in the actor's own block), each triple once, and no subject is split across blocks.
    """
    arts, by_article = _by_article(G)
    quotes = quotes_by_article(G)
    direct: dict[str, set[tuple]] = {}
    for t in iter_triples(G):
        if is_direct(t):
            direct.setdefault(t.subject, set()).add(_direct_triple(t, ontology_of(G)))
    yield from _actor_blocks(G, direct)
    for aid in sorted(by_article, key=lambda a: str(article_iri(a))):
        block = list(_article_triples(arts[aid])) if aid in arts else []
        for t in by_article[aid]:
            block.extend(_statement_triples(t, ontology_of(G), direct=False))
        block.extend(_quote_triples(quotes.get(aid, ())))
        yield block


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def make_dataset(G: nx.MultiDiGraph, graphs: dict | None = None) -> Dataset:
    """The hub as an rdflib Dataset: the actors graph and one named graph per article."""
    ds = Dataset()
    _bind(ds)
    for iri, triples in (graphs if graphs is not None else graph_triples(G)).items():
        g = ds.graph(iri)
        for triple in triples:
            g.add(triple)
    return ds


def make_union_graph(G: nx.MultiDiGraph, graphs: dict | None = None) -> Graph:
    """Every triple of every article graph in one plain Graph (what Turtle and N-Triples hold)."""
    g = Graph()
    _bind(g)
    for triples in (graphs if graphs is not None else graph_triples(G)).values():
        for triple in triples:
            g.add(triple)
    return g


# The files are written one block at a time by rdflib's own serialisers: a whole-build Dataset
# and each file as one string took ~280 MB on the BBC corpus; one block takes a few.
import json  # noqa: E402
from contextlib import ExitStack  # noqa: E402
from io import BytesIO  # noqa: E402

from rdflib.namespace import NamespaceManager  # noqa: E402
from rdflib.plugins.serializers.jsonld import from_rdf as _jsonld_from_rdf  # noqa: E402
from rdflib.plugins.serializers.nt import NTSerializer as _NTSerializer  # noqa: E402
from rdflib.plugins.serializers.turtle import TurtleSerializer as _TurtleSerializer  # noqa: E402
from rdflib.plugins.shared.jsonld.context import Context as _JsonldContext  # noqa: E402
from rdflib.plugins.stores.memory import SimpleMemory  # noqa: E402


def _namespaces() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, override=True, replace=True)
    return nm


class _BlockSerializer(_TurtleSerializer):
    """rdflib's Turtle serialiser for the blocks of a document written piece by piece.

    ``block`` writes the subjects of one small graph as rdflib writes them in a whole
    document (sorted, ``;``/``,`` lists, literals), at the given depth, without the prefix
    header: :func:`_prefix_header` declares every prefix once.  Prefixed names are worked
    out once per IRI for the whole document (rdflib does it for every occurrence) and never
    invented: an IRI outside :data:`PREFIXES` is written in full.
    """

    def __init__(self, nm: NamespaceManager) -> None:
        self._empty = Graph(store=SimpleMemory(), namespace_manager=nm)
        super().__init__(self._empty)
        self._pnames: dict = {}

    def get_pname(self, uri, gen_prefix: bool = True):
        got = self._pnames.get(uri, self)
        if got is self:
            got = self._pnames[uri] = super().get_pname(uri, False)
        return got

    def block(self, g: Graph, depth: int = 0) -> str:
        self.store = g
        self.reset()
        self.stream = out = BytesIO()
        self.preprocess()
        self.depth = depth
        for subject in self.orderSubjects():
            if not self.isDone(subject) and self.statement(subject):
                self.write("\n")
        self.stream, self.store = None, self._empty
        return out.getvalue().decode("utf-8")

    def graph_name(self, iri: URIRef) -> str:
        return self.get_pname(iri) or iri.n3()


def _prefix_header() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items()))


class _Serialisers:
    """Every RDF format, one block at a time, over one set of prefixes.

    A block is a small rdflib Graph: a named graph of the dataset (TriG, JSON-LD) or a
    block of the union graph (Turtle, N-Triples).  Each method returns the block's text;
    ``head``/``tail`` frame a whole file.
    """

    def __init__(self) -> None:
        self.nm = _namespaces()
        self.turtle_ser = _BlockSerializer(self.nm)
        self.trig_ser = _BlockSerializer(self.nm)
        self.context = dict(sorted(PREFIXES.items()))
        self._jsonld_context = _JsonldContext(self.context)
        self._jsonld_first = True

    def graph(self, triples: Iterable[tuple]) -> Graph:
        g = Graph(store=SimpleMemory(), namespace_manager=self.nm)
        for triple in triples:
            g.add(triple)
        return g

    def head(self, fmt: str) -> str:
        if fmt == "jsonld":
            self._jsonld_first = True
            text = json.dumps({"@context": self.context}, ensure_ascii=False, indent=1, sort_keys=True)
            return text[:-2] + ',\n "@graph": ['
        return _prefix_header() if fmt in ("turtle", "trig") else ""

    def tail(self, fmt: str) -> str:
        if fmt == "jsonld":
            return "]\n}\n" if self._jsonld_first else "\n ]\n}\n"
        return "\n" if fmt in ("turtle", "trig") else ""

    def turtle(self, g: Graph) -> str:
        return self.turtle_ser.block(g)

    def nt(self, g: Graph) -> str:
        """rdflib's N-Triples lines of the block, sorted."""
        buf = BytesIO()
        _NTSerializer(g).serialize(buf)
        # "\n" ends a row; str.splitlines would also split at the separators a literal may hold
        lines = sorted({line for line in buf.getvalue().decode("utf-8").split("\n") if line})
        return "\n".join(lines) + "\n" if lines else ""

    def trig(self, iri: URIRef, g: Graph, first: bool) -> str:
        """A block of one named graph's subjects, opening the graph's ``name {`` if ``first``."""
        return (f"\n{self.trig_ser.graph_name(iri)} {{" if first else "") + self.trig_ser.block(g, depth=1)

    def trig_end(self, iri: URIRef) -> str:
        return "}\n"

    def jsonld(self, iri: URIRef, g: Graph, first: bool) -> str:
        """A block of nodes of one ``{"@graph": nodes, "@id": graph}`` entry of the top-level
        ``@graph``, laid out as ``json.dumps(indent=1, sort_keys=True)`` lays them out there.
        Nodes are rdflib's JSON-LD, sorted by ``@id`` (blocks come in subject order)."""
        nodes = _jsonld_from_rdf(g, self.context, use_native_types=True, use_rdf_type=False, auto_compact=False)
        nodes = nodes.get("@graph", nodes) if isinstance(nodes, dict) else nodes
        nodes = nodes if isinstance(nodes, list) else [nodes]
        out = []
        for node in sorted(nodes, key=lambda n: str(n.get("@id", ""))):
            if isinstance(node, dict):
                node.pop("@context", None)
            text = indented_json(node, 4)
            if first:
                out.append(("\n" if self._jsonld_first else ",\n") + '  {\n   "@graph": [\n    ' + text)
                self._jsonld_first, first = False, False
            else:
                out.append(",\n    " + text)
        return "".join(out)

    def jsonld_end(self, iri: URIRef) -> str:
        graph_id = json.dumps(self._jsonld_context.shrink_iri(str(iri)), ensure_ascii=False)
        return f'\n   ],\n   "@id": {graph_id}\n  }}'

    def named_graph(self, iri: URIRef, blocks: Iterable[list[tuple]], fmt: str) -> Iterator[str]:
        """One named graph in ``fmt`` ("trig" or "jsonld"), a block at a time; nothing if it is empty."""
        return self.named_graph_files(iri, blocks, (fmt,))

    def named_graph_files(self, iri: URIRef, blocks: Iterable[list[tuple]], fmts: tuple[str, ...]) -> Iterator:
        """Like :meth:`named_graph` for several formats at once: each block is made into an rdflib
        graph once.  Yields the text of each format in turn (one string per format per step)."""
        first = True
        for block in blocks:
            g = self.graph(block)
            if len(g):
                yield from (getattr(self, fmt)(iri, g, first) for fmt in fmts)
                first = False
        if not first:
            yield from (getattr(self, fmt + "_end")(iri) for fmt in fmts)


def iter_turtle(G: nx.MultiDiGraph) -> Iterator[str]:
    """Turtle of the union graph, block by block (:func:`iter_union_blocks`): every subject once."""
    ser = _Serialisers()
    yield ser.head("turtle")
    for block in iter_union_blocks(G):
        yield ser.turtle(ser.graph(block))
    yield ser.tail("turtle")


def iter_ntriples(G: nx.MultiDiGraph) -> Iterator[str]:
    """N-Triples of the union graph: rdflib's lines, sorted within each block of :func:`iter_union_blocks`."""
    ser = _Serialisers()
    for block in iter_union_blocks(G):
        yield ser.nt(ser.graph(block))


def iter_trig(G: nx.MultiDiGraph) -> Iterator[str]:
    """TriG of the dataset, one named graph at a time in IRI order (rdflib's own layout)."""
    ser = _Serialisers()
    yield ser.head("trig")
    for iri, blocks in iter_graph_blocks(G):
        yield from ser.named_graph(iri, blocks, "trig")
    yield ser.tail("trig")


def iter_jsonld(G: nx.MultiDiGraph) -> Iterator[str]:
    """JSON-LD of the dataset: one ``@graph`` entry per named graph, in ``@id`` order, written one
    graph at a time and laid out as one indented JSON document."""
    ser = _Serialisers()
    yield ser.head("jsonld")
    for iri, blocks in iter_graph_blocks(G):
        yield from ser.named_graph(iri, blocks, "jsonld")
    yield ser.tail("jsonld")


def generate_turtle(G: nx.MultiDiGraph) -> str:
    return "".join(iter_turtle(G))


def generate_trig(G: nx.MultiDiGraph) -> str:
    return "".join(iter_trig(G))


def generate_jsonld(G: nx.MultiDiGraph) -> str:
    return "".join(iter_jsonld(G))


def generate_ntriples(G: nx.MultiDiGraph) -> str:
    return "".join(iter_ntriples(G))


def write_turtle(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_chunks(path, iter_turtle(G))


def write_trig(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_chunks(path, iter_trig(G))


def write_jsonld(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_chunks(path, iter_jsonld(G))


def write_ntriples(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_chunks(path, iter_ntriples(G))


def write_rdf(G: nx.MultiDiGraph, outdir: str | Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and ``graph.nt`` into ``outdir`` in one
    pass: each block of triples is made into one small rdflib graph, serialised into the files it
    belongs to and dropped, so memory holds one block, never a whole file.  The same bytes as the
    ``generate_*`` functions; each file is replaced atomically once all four are written."""
    outdir = Path(outdir)
    paths = [outdir / name for name in RDF_FILES]
    ser = _Serialisers()
    with ExitStack() as stack:
        ttl, trig, jsonld, nt = (stack.enter_context(atomic_writer(p)) for p in paths)
        ttl.write(ser.head("turtle"))
        for block in iter_union_blocks(G):
            g = ser.graph(block)
            ttl.write(ser.turtle(g))
            nt.write(ser.nt(g))
        ttl.write(ser.tail("turtle"))
        trig.write(ser.head("trig"))
        jsonld.write(ser.head("jsonld"))
        for iri, blocks in iter_graph_blocks(G):
            texts = ser.named_graph_files(iri, blocks, ("trig", "jsonld"))
            for trig_text in texts:  # the two formats' texts alternate
                trig.write(trig_text)
                jsonld.write(next(texts))
        trig.write(ser.tail("trig"))
        jsonld.write(ser.tail("jsonld"))
    return paths
