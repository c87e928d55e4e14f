"""The hub -> RDF: an rdflib Dataset with one named graph per article.

Model (documented in the README):

* Every actor is ``agr:actor/<id>`` with ``rdf:type ag:<Type>``, ``rdfs:label``,
  ``ag:alias``, ``ag:role``, ``ag:affiliation``, ``ag:wikidata`` and ``ag:mentionCount``.
* Every article is ``agr:article/<id>`` (``ag:Article``) with Dublin Core metadata;
  its IRI also names its graph in TriG; actor descriptions live in ``agr:graph/actors``
  (see :func:`graph_triples`).
* Every statement (one hub edge, one row of ``triples.csv``) is
  ``agr:statement/<triple.id>``, an ``ag:Statement`` reifying the relation with
  ``rdf:subject/predicate/object`` plus the evidence (article, sentence, spans,
  confidence, polarity, modality, rule, claimant, attributes) and PROV-O links.
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
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from .assemble import articles_of, iter_triples
from .fsutil import atomic_write_text
from .model import Modality, Polarity, Triple
from .namespace import AG, AGR

__all__ = [
    "PREFIXES",
    "actor_iri",
    "article_iri",
    "statement_iri",
    "is_direct",
    "make_dataset",
    "make_union_graph",
    "graph_triples",
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
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}

#: File names written by :func:`write_rdf`.
RDF_FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nt")

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


def _actor_core(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    a = G.nodes[actor_id]["actor"]
    s = actor_iri(a.id)
    yield s, RDF.type, AG[str(a.type)]
    yield s, RDFS.label, Literal(a.label)


def _actor_triples(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    node = G.nodes[actor_id]
    a = node["actor"]
    s = actor_iri(a.id)
    yield from _actor_core(G, actor_id)
    for alias in sorted(set(a.aliases)):
        yield s, AG.alias, Literal(alias)
    attrs = dict(a.attributes)
    if attrs.get("role"):
        yield s, AG.role, Literal(attrs["role"])
    if attrs.get("affiliation"):
        yield s, AG.affiliation, actor_iri(attrs["affiliation"])
    if a.wikidata:
        yield s, AG.wikidata, Literal(a.wikidata)
    yield s, AG.mentionCount, Literal(int(node.get("mentions", 0)))


def _article_triples(article) -> Iterable[tuple]:
    s = article_iri(article.id)
    yield s, RDF.type, AG.Article
    yield s, DCTERMS.identifier, Literal(article.id)
    if article.title:
        yield s, DCTERMS.title, Literal(article.title)
    if article.date:
        yield s, DCTERMS.date, _date(article.date)
    if article.author:
        yield s, DCTERMS.creator, Literal(article.author)
    if article.source:
        yield s, DCTERMS.publisher, Literal(article.source)
    if article.url:
        yield s, DCTERMS.source, Literal(article.url, datatype=XSD.anyURI)
    if article.path:
        yield s, PROV.atLocation, Literal(article.path)
    if article.language:
        yield s, DCTERMS.language, Literal(article.language)


def _statement_triples(t: Triple) -> Iterable[tuple]:
    s = statement_iri(t.id)
    subj, obj, pred = actor_iri(t.subject), actor_iri(t.object), AG[t.relation]
    art = article_iri(t.article)
    if is_direct(t):
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
    if t.rule:
        yield s, AG.rule, Literal(t.rule)
    if t.attributed_to:
        claimant = actor_iri(t.attributed_to)
        yield s, AG.attributedTo, claimant
        yield s, PROV.wasAttributedTo, claimant
    for k, v in t.attributes:
        yield s, AG.attribute, Literal(f"{k}={v}")


def graph_triples(G: nx.MultiDiGraph, *, actor_copies: bool = True) -> dict[URIRef, list[tuple]]:
    """``{graph IRI: triples}``: the named graphs of the dataset, actors graph first.

    ``agr:graph/actors`` holds every actor's full description (aliases, role,
    affiliation, Wikidata id, mention count: facts that depend on the whole
    build).  Each article graph (IRI = article IRI) holds the article's metadata,
    its statements, their direct triples and the type and label of every actor
    they name -- only facts of that article, so adding an article leaves the
    other article graphs byte-for-byte unchanged (see :mod:`graph.store`).

    With ``actor_copies=False`` article graphs leave out the actors' type and label
    (the store does this: its union default graph would otherwise repeat them once
    per article).
    """
    arts = articles_of(G)
    by_article: dict[str, list[Triple]] = {aid: [] for aid in arts}
    for t in iter_triples(G):
        by_article.setdefault(t.article, []).append(t)
    out: dict[URIRef, list[tuple]] = {ACTORS_GRAPH: []}
    for actor_id in sorted(G.nodes):
        out[ACTORS_GRAPH].extend(_actor_triples(G, actor_id))
    for aid in sorted(by_article):
        triples: list[tuple] = []
        if aid in arts:
            triples.extend(_article_triples(arts[aid]))
        actors: set[str] = set()
        for t in by_article[aid]:
            triples.extend(_statement_triples(t))
            actors.update(filter(None, (t.subject, t.object, t.attributed_to)))
        if actor_copies:
            for actor_id in sorted(actors):
                triples.extend(_actor_core(G, actor_id))
        out[article_iri(aid)] = triples
    return out


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


# rdflib's Turtle and TriG serialisers, remembering each IRI's prefixed name: they work it out
# again for every occurrence (a third of their time).  Bytes are the same as rdflib's own
# (tests/test_rdf.py compares them).
from rdflib.plugin import Serializer as _SerializerKind, register as _register  # noqa: E402
from rdflib.plugins.serializers.trig import TrigSerializer as _TrigSerializer  # noqa: E402
from rdflib.plugins.serializers.turtle import TurtleSerializer as _TurtleSerializer  # noqa: E402


class _PrefixedNameMemo:
    def get_pname(self, uri, gen_prefix: bool = True):
        memo = self.__dict__.setdefault("_pname_memo", {})
        key = (uri, gen_prefix)
        if key not in memo:  # the first call registers the prefix for the header, as rdflib does
            memo[key] = super().get_pname(uri, gen_prefix)
        return memo[key]


class TurtleMemoSerializer(_PrefixedNameMemo, _TurtleSerializer):
    """rdflib's Turtle serialiser with prefixed names remembered."""


class TrigMemoSerializer(_PrefixedNameMemo, _TrigSerializer):
    """rdflib's TriG serialiser with prefixed names remembered and the graphs in IRI order
    (rdflib takes them in hash order, so the bytes changed from one process to the next)."""

    def __init__(self, store) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda g: str(g.identifier))


_register("actorgraph-turtle", _SerializerKind, __name__, "TurtleMemoSerializer")
_register("actorgraph-trig", _SerializerKind, __name__, "TrigMemoSerializer")


def _turtle(union: Graph) -> str:
    return union.serialize(format="actorgraph-turtle")


def _trig(ds: Dataset) -> str:
    return ds.serialize(format="actorgraph-trig")


def _jsonld(ds: Dataset) -> str:
    """JSON-LD with graphs and nodes in ``@id`` order: rdflib lists them in hash order."""
    import json

    doc = json.loads(ds.serialize(format="json-ld", context=dict(PREFIXES), indent=None))

    def by_id(items):
        return sorted(items, key=lambda n: str(n.get("@id", ""))) if isinstance(items, list) else items

    if isinstance(doc, dict) and "@graph" in doc:
        doc["@graph"] = by_id(doc["@graph"])
        for g in doc["@graph"]:
            if isinstance(g, dict) and "@graph" in g:
                g["@graph"] = by_id(g["@graph"])
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _ntriples(union: Graph) -> str:
    text = union.serialize(format="nt")
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return "\n".join(lines) + ("\n" if lines else "")


def generate_turtle(G: nx.MultiDiGraph) -> str:
    """Turtle of the union graph; rdflib sorts subjects and predicates, so output is stable."""
    return _turtle(make_union_graph(G))


def generate_trig(G: nx.MultiDiGraph) -> str:
    return _trig(make_dataset(G))


def generate_jsonld(G: nx.MultiDiGraph) -> str:
    """JSON-LD of the dataset: one ``@graph`` entry per article graph."""
    return _jsonld(make_dataset(G))


def generate_ntriples(G: nx.MultiDiGraph) -> str:
    """N-Triples of the union graph, lines sorted (byte-identical for the same hub)."""
    return _ntriples(make_union_graph(G))


def write_turtle(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_turtle(G))


def write_trig(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_trig(G))


def write_jsonld(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_jsonld(G))


def write_ntriples(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_ntriples(G))


def write_rdf(G: nx.MultiDiGraph, outdir: str | Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.trig``, ``graph.jsonld`` and ``graph.nt`` into ``outdir``."""
    outdir = Path(outdir)
    graphs = graph_triples(G)  # built once, serialised four ways
    ds = make_dataset(G, graphs)
    union = Dataset(store=ds.store, default_union=True)  # the same store seen as one graph: same bytes as
    _bind(union)  # make_union_graph, without copying every triple into a second store
    return [
        atomic_write_text(outdir / "graph.ttl", _turtle(union)),
        atomic_write_text(outdir / "graph.trig", _trig(ds)),
        atomic_write_text(outdir / "graph.jsonld", _jsonld(ds)),
        atomic_write_text(outdir / "graph.nt", _ntriples(union)),
    ]
