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
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from ..assemble.assemble import articles_of, iter_triples
from ..fsutil import atomic_write_chunks, atomic_writer
from . import Terms
from .graphio import indented_json
from .jsonld import JsonldNodes
from ..model import Modality, Polarity, Triple
from ..namespace import AG, AGR
from ..ontology import ontology_of
from .outputs import FORMATS
from .quotes_out import quote_actors, quote_triples, quotes_by_article, short_literal

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

# rdflib's namespaces, each term looked up once (see Terms)
_AG, _RDF, _RDFS, _PROV, _DCTERMS, _XSD = map(Terms, (AG, RDF, RDFS, PROV, DCTERMS, XSD))

_DIRECT_MODALITIES = frozenset({Modality.ASSERTED, Modality.REPORTED})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _slug(value: str) -> str:
    # Keep RFC 3986 unreserved characters; percent-encode everything else (UTF-8).
    return quote(value, safe="-._~") if value else "_"


@lru_cache(maxsize=1 << 16)  # an actor's IRI is asked for in every statement, graph and file that names it
def actor_iri(actor_id: str) -> URIRef:
    return AGR["actor/" + _slug(actor_id)]


@lru_cache(maxsize=1 << 14)
def article_iri(article_id: str) -> URIRef:
    return AGR["article/" + _slug(article_id)]


def statement_iri(statement_id: str) -> URIRef:
    return AGR["statement/" + _slug(statement_id)]


def is_direct(t: Triple) -> bool:
    """Whether a statement also becomes a plain ``actor ag:relation actor`` triple."""
    return t.polarity is Polarity.POSITIVE and t.modality in _DIRECT_MODALITIES


@lru_cache(maxsize=4096)
def _decimal(x: float) -> Literal:
    text = f"{x:.6f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=_XSD.decimal)


def _date(value: str) -> Literal:
    if _ISO_DATE.match(value):
        try:
            _dt.date.fromisoformat(value)
            return Literal(value, datatype=_XSD.date)
        except ValueError:
            pass
    return Literal(value)


def _any_uri(value: str) -> Literal:
    return Literal(value, datatype=_XSD.anyURI)


def _present(s: URIRef, fields: Iterable[tuple]) -> Iterator[tuple]:
    """``(s, predicate, make(value))`` for each ``(predicate, value, make)`` whose value is set, in order:
    the optional properties of a node, one table row each."""
    for predicate, value, make in fields:
        if value:
            yield s, predicate, make(value)


def _actor_core(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    a = G.nodes[actor_id]["actor"]
    s = actor_iri(a.id)
    yield s, _RDF.type, URIRef(ontology_of(G).type_iri(a.type))  # a type of the user's folder too
    yield s, _RDFS.label, short_literal(a.label)


def _actor_triples(G: nx.MultiDiGraph, actor_id: str) -> Iterable[tuple]:
    node = G.nodes[actor_id]
    a = node["actor"]
    s = actor_iri(a.id)
    yield from _actor_core(G, actor_id)
    for alias in sorted(set(a.aliases)):
        yield s, _AG.alias, short_literal(alias)
    attrs = dict(a.attributes)
    yield from _present(s, ((_AG.role, attrs.get("role"), short_literal),
                            (_AG.affiliation, attrs.get("affiliation"), actor_iri),
                            (_AG.party, attrs.get("party"), actor_iri),
                            (_AG.agentCode, attrs.get("agentCode"), short_literal),
                            (_AG.wikidata, a.wikidata, Literal)))
    yield s, _AG.mentionCount, short_literal(int(node.get("mentions", 0)))
    if node.get("named"):
        yield s, _AG.namedCount, short_literal(int(node["named"]))
    for article_id in node.get("named_in", ()):
        yield s, _AG.namedIn, article_iri(article_id)


def _article_triples(article) -> Iterable[tuple]:
    s = article_iri(article.id)
    yield s, _RDF.type, _AG.Article
    yield s, _DCTERMS.identifier, Literal(article.id)
    yield from _present(s, ((_DCTERMS.title, article.title, Literal),
                            (_DCTERMS.date, article.date, _date),
                            (_DCTERMS.creator, article.author, Literal),
                            (_DCTERMS.publisher, article.source, Literal),
                            (_DCTERMS.source, article.url, _any_uri),
                            (_PROV.atLocation, article.path, Literal),
                            (_DCTERMS.language, article.language, Literal)))


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
    yield s, _RDF.type, _AG.Statement
    yield s, _RDF.subject, subj
    yield s, _RDF.predicate, pred
    yield s, _RDF.object, obj
    yield s, _AG.article, art
    yield s, _PROV.wasDerivedFrom, art
    yield s, _AG.sentence, Literal(t.sentence)
    yield s, _AG.start, short_literal(int(t.start))
    yield s, _AG.end, short_literal(int(t.end))
    if t.pred_start >= 0:
        yield s, _AG.predicateStart, short_literal(int(t.pred_start))
    if t.pred_end >= 0:
        yield s, _AG.predicateEnd, short_literal(int(t.pred_end))
    yield s, _AG.predicateText, short_literal(t.predicate)
    yield s, _AG.confidence, _decimal(t.confidence)
    yield s, _AG.polarity, short_literal(str(t.polarity))
    yield s, _AG.modality, short_literal(str(t.modality))
    yield from _present(s, ((_AG.rule, t.rule, short_literal), (_AG.cameoEvent, t.cameo, short_literal),
                            (_AG.ploverEvent, t.plover, short_literal)))
    if t.attributed_to:
        claimant = actor_iri(t.attributed_to)
        yield s, _AG.attributedTo, claimant
        yield s, _PROV.wasAttributedTo, claimant
    for k, v in t.attributes:
        yield s, _AG.attribute, short_literal(f"{k}={v}")


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
    return _article_graph_and_actors(G, article, statements, actor_copies, quotes)[0]


def _article_graph_and_actors(G: nx.MultiDiGraph, article, statements: list[Triple], actor_copies: bool,
                              quotes=()) -> tuple[list[tuple], set[str]]:
    """An article graph's triples and the ids of the actors it names."""
    triples: list[tuple] = []
    if article is not None:
        triples.extend(_article_triples(article))
    actors: set[str] = quote_actors(quotes)
    ontology = ontology_of(G)
    for t in statements:
        triples.extend(_statement_triples(t, ontology))
        actors.update(filter(None, (t.subject, t.object, t.attributed_to)))
    triples.extend(_quote_triples(quotes))
    if actor_copies:
        for actor_id in sorted(actors):
            triples.extend(_actor_core(G, actor_id))
    return triples, actors


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
    for iri, blocks, _ in _named_graphs(G, actor_copies):
        yield iri, blocks


def _named_graphs(G: nx.MultiDiGraph, actor_copies: bool = True) -> Iterator[tuple[URIRef, Iterable[list[tuple]], set]]:
    """:func:`iter_graph_blocks` with, for an article graph, the IRIs of the actors it names (the
    subjects of its actors' copies and direct triples); None for the actors graph."""
    arts, by_article = _by_article(G)
    quotes = quotes_by_article(G)
    names = {str(article_iri(aid)): aid for aid in by_article}
    names[str(ACTORS_GRAPH)] = None
    for name in sorted(names):
        aid = names[name]
        if aid is None:
            yield ACTORS_GRAPH, _ActorBlocks(G), None
        else:
            triples, actors = _article_graph_and_actors(G, arts.get(aid), by_article[aid], actor_copies,
                                                        quotes.get(aid, ()))
            yield URIRef(name), [triples], {actor_iri(a) for a in actors}


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
    yield from _union_actor_blocks(G)
    arts, by_article = _by_article(G)
    quotes = quotes_by_article(G)
    ontology = ontology_of(G)
    for aid in sorted(by_article, key=lambda a: str(article_iri(a))):
        block = list(_article_triples(arts[aid])) if aid in arts else []
        for t in by_article[aid]:
            block.extend(_statement_triples(t, ontology, direct=False))
        block.extend(_quote_triples(quotes.get(aid, ())))
        yield block


def _union_actor_blocks(G: nx.MultiDiGraph) -> Iterator[list[tuple]]:
    """The first blocks of :func:`iter_union_blocks`: the actors, each with its direct triples."""
    direct: dict[str, set[tuple]] = {}
    ontology = ontology_of(G)
    for t in iter_triples(G):
        if is_direct(t):
            direct.setdefault(t.subject, set()).add(_direct_triple(t, ontology))
    return _actor_blocks(G, direct)


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
from rdflib.plugins.serializers.nt import _quoteLiteral as _nt_quote_literal  # noqa: E402
from rdflib.plugins.serializers.turtle import TurtleSerializer as _TurtleSerializer  # noqa: E402
from rdflib.plugins.shared.jsonld.context import Context as _JsonldContext  # noqa: E402
from rdflib.plugins.stores.memory import SimpleMemory  # noqa: E402


def _namespaces() -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns, override=True, replace=True)
    return nm


#: Literals whose Turtle text a serialiser keeps (it forgets them all when it has this many)
_LITERAL_LABELS = 1 << 16


class _BlockSerializer(_TurtleSerializer):
    """rdflib's Turtle serialiser for the blocks of a document written piece by piece.

    ``block`` writes the subjects of one small graph (a list of triples) as rdflib writes them in a
    whole document (sorted, ``;``/``,`` lists, literals), at the given depth, without the prefix
    header: :func:`_prefix_header` declares every prefix once.  rdflib's own ``statement`` writes
    each subject; what it would look up in an rdflib Graph (each subject's predicates and objects,
    how often a node is an object) is read once from the block's triples instead, and nothing
    is written while preprocessing (the prefixes are all declared already).  Prefixed names and
    the labels of IRIs are worked out once per IRI for the whole document (rdflib does it for every
    occurrence) and never invented: an IRI outside :data:`PREFIXES` is written in full.  A block
    with a blank node goes through an rdflib Graph, as rdflib alone knows how to nest those.
    """

    def __init__(self, nm: NamespaceManager) -> None:
        self._empty = Graph(store=SimpleMemory(), namespace_manager=nm)
        super().__init__(self._empty)
        self._pnames: dict = {}
        self._labels: tuple[dict, dict] = ({}, {})  # IRI (plain string) -> its label as a subject or object, as a verb
        self._literals: dict = {}  # Literal -> its label, at most _LITERAL_LABELS at a time
        self._props: dict | None = None
        self._parts: list[str] = []
        #: the block last written by :meth:`subject_texts` as rdflib's JSON-LD converter reads it
        #: (None if it went through an rdflib Graph)
        self.last_block: _BlockView | None = None

    def get_pname(self, uri, gen_prefix: bool = True):
        got = self._pnames.get(uri, self)
        if got is self:
            got = self._pnames[uri] = super().get_pname(uri, False)
        return got

    def label(self, node, position: int) -> str:
        if type(node) is Literal and not node.language:  # a recurring literal (short_literal) written once;
            # equal literals have one lexical form, but languages compare regardless of case
            got = self._literals.get(node)
            if got is None:
                if len(self._literals) >= _LITERAL_LABELS:
                    self._literals.clear()
                got = self._literals[node] = super().label(node, position)
            return got
        if type(node) is not URIRef:
            return super().label(node, position)
        labels, iri = self._labels[position == _VERB], str(node)  # a plain string hashes in C, a URIRef in Python
        got = labels.get(iri)
        if got is None:
            got = labels[iri] = super().label(node, position)
        return got

    def write(self, text: str) -> None:
        self._parts.append(text)

    def _load(self, triples: Iterable[tuple]) -> None:
        """Index a block's distinct triples as rdflib's preprocessing and Graph would."""
        self.reset()
        props: dict = {}
        refs = self._references
        for s, p, o in dict.fromkeys(triples):
            refs[o] += 1
            props.setdefault(s, {}).setdefault(p, []).append(o)
        self._subjects = dict.fromkeys(props, True)
        self._props = props

    def buildPredicateHash(self, subject):
        if self._props is None:
            return super().buildPredicateHash(subject)
        return {p: list(objects) for p, objects in self._props.get(subject, {}).items()}

    def statement(self, subject) -> bool:
        """rdflib's ``statement`` of a subject of an indexed block (no blank nodes), its text made at once:
        rdflib writes it a token at a time, asking of each node whether it is a blank node to nest."""
        if self._props is None:
            return super().statement(subject)
        self.subjectDone(subject)
        props = self.buildPredicateHash(subject)
        label, deeper, deepest = self.label, ";\n" + self.indent(1), ",\n" + self.indent(2)
        parts = ["\n", self.indent(), label(subject, _SUBJECT)]
        for i, p in enumerate(self.sortProperties(props)):  # as predicateList, objectList and p_default
            objects = props[p]
            parts.append((" " if i == 0 else " " + deeper) + label(p, _VERB) + " " + label(objects[0], _OBJECT))
            parts.extend(deepest + label(o, _OBJECT) for o in objects[1:])
        parts.append(" .")
        self.write("".join(parts))
        return True

    def orderSubjects(self):
        if self._props is None:
            return super().orderSubjects()
        subjects = []
        for cls in self.topClasses:  # what rdflib's orderSubjects reads from the Graph
            members = sorted(s for s, props in self._props.items() if cls in props.get(_RDF.type, ()))
            subjects.extend(members)
            for member in members:
                self._topLevels[member] = True
        refs = self._references
        rest = [(isinstance(s, BNode), refs[s], s) for s in self._subjects if s not in self._topLevels]
        rest.sort()
        subjects.extend(s for _, _, s in rest)
        return subjects

    def subject_texts(self, triples: Iterable[tuple], depth: int = 0) -> list[tuple]:
        """``(subject, text)`` of each subject of a block, in rdflib's order: the block's text is
        their concatenation."""
        triples = list(triples)
        if any(isinstance(x, BNode) for triple in triples for x in triple):
            self.last_block = None
            return [(None, self._graph_block(triples, depth))]
        self._load(triples)
        self.depth = depth
        out = []
        for subject in self.orderSubjects():
            if self.isDone(subject):
                continue
            self._parts = []
            if self.statement(subject):
                self.write("\n")
            out.append((subject, _as_written("".join(self._parts))))
        self.last_block, self._props, self._parts = _BlockView(self._props), None, []
        return out

    def _graph_block(self, triples: list[tuple], depth: int) -> str:
        """rdflib's whole serialiser over an rdflib Graph of the block."""
        g = Graph(store=SimpleMemory(), namespace_manager=self._empty.namespace_manager)
        for triple in triples:
            g.add(triple)
        self.store, self._props = g, None
        self.reset()
        self._parts = []
        self.preprocess()
        self.depth = depth
        for subject in self.orderSubjects():
            if not self.isDone(subject) and self.statement(subject):
                self.write("\n")
        self.store = self._empty
        text, self._parts = "".join(self._parts), []
        return _as_written(text)

    def block(self, triples: Iterable[tuple], depth: int = 0) -> str:
        return "".join(text for _, text in self.subject_texts(triples, depth))

    def graph_name(self, iri: URIRef) -> str:
        return self.get_pname(iri) or iri.n3()


_SUBJECT, _VERB, _OBJECT = 0, 1, 2  # rdflib's positions of a node (turtle.SUBJECT, VERB, OBJECT)


class _BlockView:
    """A block's distinct triples (``{subject: {predicate: [objects]}}``, in the order an rdflib
    Graph holds them) as rdflib's JSON-LD converter reads a Graph: its subjects, each subject's
    predicates and objects, a node's first value of a property.  Blocks without blank nodes."""

    context_aware = False
    identifier = None

    def __init__(self, props: dict) -> None:
        self.props = props

    def subjects(self, predicate=None, obj=None):
        if predicate is None and obj is None:
            return iter(self.props)
        return (s for s, props in self.props.items() for p, objects in props.items()
                if predicate in (None, p) and (obj is None or obj in objects))

    @classmethod
    def of(cls, triples: Iterable[tuple]) -> "_BlockView":
        """The view of a block's distinct triples, indexed as :meth:`_BlockSerializer._load` does."""
        props: dict = {}
        for s, p, o in dict.fromkeys(triples):
            props.setdefault(s, {}).setdefault(p, []).append(o)
        return cls(props)

    def triples(self) -> Iterator[tuple]:
        return ((s, p, o) for s, props in self.props.items() for p, objects in props.items() for o in objects)

    def predicate_objects(self, subject):
        return ((p, o) for p, objects in self.props.get(subject, {}).items() for o in objects)

    def value(self, subject, predicate):
        objects = self.props.get(subject, {}).get(predicate)
        return objects[0] if objects else None


def _as_written(text: str) -> str:
    """The text as rdflib's serialiser writes it into its UTF-8 stream (``errors="replace"``)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _indented(text: str) -> str:
    """A subject's text at depth 0 as rdflib writes it one level deeper (inside a TriG graph):
    every line break but the last gains an indent.  Only for text whose literals hold no line
    break (rdflib writes those raw, inside triple quotes)."""
    return text[:-1].replace("\n", "\n    ") + "\n"


def _prefix_header() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items()))


class _Serialisers:
    """Every RDF format, one block at a time, over one set of prefixes.

    A block is a list of triples: of a named graph of the dataset (TriG, JSON-LD) or a
    block of the union graph (Turtle, N-Triples).  Each method returns the block's text;
    ``head``/``tail`` frame a whole file.
    """

    def __init__(self) -> None:
        self.nm = _namespaces()
        self.turtle_ser = _BlockSerializer(self.nm)
        self.trig_ser = _BlockSerializer(self.nm)
        self.context = dict(sorted(PREFIXES.items()))
        self._jsonld_context = _JsonldContext(self.context)
        self._jsonld_nodes = JsonldNodes(self._jsonld_context)
        self._jsonld_first = True
        self._nt_terms: dict = {}  # node -> its N-Triples text (see _nt_term)
        self._nt_iris: dict[str, str] = {}  # an IRI's plain string -> its N-Triples text

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

    def turtle(self, block: Iterable[tuple]) -> str:
        return self.turtle_ser.block(block)

    def nt(self, block: Iterable[tuple]) -> str:
        """rdflib's N-Triples lines of the block, sorted."""
        term = self._nt_term
        rows = "".join([f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in dict.fromkeys(block)])
        # "\n" ends a row; str.splitlines would also split at the separators a literal may hold
        lines = sorted({line for line in rows.split("\n") if line})
        return "\n".join(lines) + "\n" if lines else ""

    def _nt_term(self, node) -> str:
        """A node as rdflib's ``_nt_row`` writes it; each recurring one worked out once."""
        if type(node) is URIRef:  # by its plain string: a URIRef hashes in Python
            iri = str(node)
            got = self._nt_iris.get(iri)
            if got is None:
                if len(self._nt_iris) >= _LITERAL_LABELS:
                    self._nt_iris.clear()
                got = self._nt_iris[iri] = node.n3()
            return got
        if type(node) is Literal and node.language:  # languages compare regardless of case
            return _nt_quote_literal(node)
        got = self._nt_terms.get(node)
        if got is None:
            if len(self._nt_terms) >= _LITERAL_LABELS:
                self._nt_terms.clear()
            got = self._nt_terms[node] = _nt_quote_literal(node) if isinstance(node, Literal) else node.n3()
        return got

    def trig(self, iri: URIRef, block: list[tuple], first: bool) -> str:
        """A block of one named graph's subjects, opening the graph's ``name {`` if ``first``."""
        return self._trig_open(iri, first) + self.trig_ser.block(block, depth=1)

    def _trig_open(self, iri: URIRef, first: bool) -> str:
        return f"\n{self.trig_ser.graph_name(iri)} {{" if first else ""

    def trig_end(self, iri: URIRef) -> str:
        return "}\n"

    def jsonld(self, iri: URIRef, g: Graph | _BlockView, first: bool) -> str:
        """A block of nodes of one ``{"@graph": nodes, "@id": graph}`` entry of the top-level
        ``@graph``, laid out as ``json.dumps(indent=1, sort_keys=True)`` lays them out there.
        Nodes are rdflib's JSON-LD (made from a block's index by :class:`JsonldNodes`), sorted by
        ``@id`` (blocks come in subject order)."""
        nodes = self._jsonld_nodes.nodes(g.props) if isinstance(g, _BlockView) else None
        if nodes is None:  # what only rdflib's converter does (blank nodes ...): over an rdflib Graph
            nodes = _jsonld_from_rdf(g if isinstance(g, Graph) else self.graph(g.triples()), self.context,
                                     use_native_types=True, use_rdf_type=False, auto_compact=False)
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
        """Like :meth:`named_graph` for several formats at once: JSON-LD's rdflib graph is made once a
        block.  Yields the text of each format in turn (one string per format per step)."""
        first = True
        for block in blocks:
            if not block:
                continue
            if fmts == ("trig", "jsonld"):  # JSON-LD reads the block as TriG's serialiser indexed it
                yield self.trig(iri, block, first)
                yield self.jsonld(iri, self.trig_ser.last_block or _BlockView.of(block), first)
            else:
                yield from (self.trig(iri, block, first) if fmt == "trig" else self.jsonld(iri, _BlockView.of(block), first)
                            for fmt in fmts)
            first = False
        if not first:
            yield from (getattr(self, fmt + "_end")(iri) for fmt in fmts)

    def article_files(self, iri: URIRef, triples: list[tuple], actor_subjects: set) -> tuple[str, str, str, str]:
        """An article's Turtle and N-Triples block of the union graph and its TriG and JSON-LD named
        graph, from the triples of its named graph (:func:`_article_graph`): the union block is the
        same but for the subjects in ``actor_subjects`` (the actors' copies and direct triples are in
        the actors' blocks).  Each subject is written once, at depth 0: its text in TriG is the same
        indented (unless a literal holds a line break)."""
        if not triples:
            return "", "", "", ""
        union = [t for t in triples if t[0] not in actor_subjects]
        texts = self.turtle_ser.subject_texts(triples)
        view = self.turtle_ser.last_block or _BlockView.of(triples)  # the graph's index, for JSON-LD
        flat = texts[0][0] is not None and not any(type(o) is Literal and "\n" in o for _, _, o in triples)
        if flat:
            turtle = "".join(text for s, text in texts if s not in actor_subjects)
            body = "".join(_indented(text) for _, text in texts)
        else:
            turtle, body = self.turtle(union), self.trig_ser.block(triples, depth=1)
        trig = self._trig_open(iri, True) + body + self.trig_end(iri)
        jsonld = self.jsonld(iri, view, True) + self.jsonld_end(iri)
        return turtle, self.nt(union), trig, jsonld


def iter_turtle(G: nx.MultiDiGraph) -> Iterator[str]:
    """Turtle of the union graph, block by block (:func:`iter_union_blocks`): every subject once."""
    ser = _Serialisers()
    yield ser.head("turtle")
    for block in iter_union_blocks(G):
        yield ser.turtle(block)
    yield ser.tail("turtle")


def iter_ntriples(G: nx.MultiDiGraph) -> Iterator[str]:
    """N-Triples of the union graph: rdflib's lines, sorted within each block of :func:`iter_union_blocks`."""
    ser = _Serialisers()
    for block in iter_union_blocks(G):
        yield ser.nt(block)


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
    pass: the union graph's actor blocks (Turtle, N-Triples), then each named graph in IRI order,
    whose triples are made once and serialised into every file they belong to
    (:meth:`_Serialisers.article_files`) and dropped, so memory holds one block, never a whole
    file.  The same bytes as the ``generate_*`` functions; each file is replaced atomically once
    all four are written."""
    outdir = Path(outdir)
    paths = [outdir / name for name in RDF_FILES]
    ser = _Serialisers()
    with ExitStack() as stack:
        ttl, trig, jsonld, nt = (stack.enter_context(atomic_writer(p)) for p in paths)
        for f, fmt in ((ttl, "turtle"), (trig, "trig"), (jsonld, "jsonld")):
            f.write(ser.head(fmt))
        for block in _union_actor_blocks(G):  # the union graph's actors come first
            ttl.write(ser.turtle(block))
            nt.write(ser.nt(block))
        for iri, blocks, actor_subjects in _named_graphs(G):  # then graph after graph, in IRI order
            if actor_subjects is None:  # the actors graph: in TriG and JSON-LD only
                texts = ser.named_graph_files(iri, blocks, ("trig", "jsonld"))
                for trig_text in texts:  # the two formats' texts alternate
                    trig.write(trig_text)
                    jsonld.write(next(texts))
                continue
            # an article graph; the union graph's article blocks come in the same order
            texts = ser.article_files(iri, blocks[0], actor_subjects)
            for f, text in zip((ttl, nt, trig, jsonld), texts):
                f.write(text)
        for f, fmt in ((ttl, "turtle"), (trig, "trig"), (jsonld, "jsonld")):
            f.write(ser.tail(fmt))
    return paths
