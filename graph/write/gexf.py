"""The hub as GEXF 1.3 for Gephi: typed attributes, colours, sizes and a timeline.

Written with lxml rather than networkx's writer (which gets the 1.3 ``xsi``
namespace wrong, cannot write edge ``kind`` and fails on None and lists).  The
output validates against the official RelaxNG schema (``tests/data/gexf-1.3``).

* Nodes are actors: label, type, aliases (``liststring``, Gephi's ``["a", "b"]``
  form), mentions, article count, first and last seen, wikidata, extra facts
  (``key=value`` list), times named; ``viz:color`` by actor type and ``viz:size`` by mentions.  An actor
  the articles name in no relation is an isolated node (mentions 0).
* Edges are relations, by default one weighted edge per (subject, relation,
  object) with every statement as evidence (``aggregate=False``: one edge per
  statement).  ``kind`` is the relation name so Gephi keeps parallel relations
  between the same pair apart; ``weight`` is the number of statements (denials
  included: ``negative_evidence`` counts them, ``polarity`` says ``mixed``).
* ``mode="dynamic"`` with ``timeformat="date"``: nodes and edges carry one
  ``<spell start=d end=d>`` per article date they were seen on, so Gephi's
  timeline animates.  Elements with no dated article carry no spells.

The same hub always gives the same bytes: no clock, stable order.  The document is
made piece by piece (:func:`iter_gexf`: one element built, serialised and dropped at a
time), so :func:`write_gexf` never holds the whole tree or text; the pieces join to the
bytes lxml would give for the whole tree.  :func:`make_node_rows`, :func:`make_edge_rows`
and :func:`iter_xml` are shared with the GraphML writer.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from lxml import etree

from ..assemble.assemble import iter_relations, iter_triples
from ..errors import OutputError
from ..fsutil import atomic_write_chunks
from ..model import Polarity, Triple
from ..ontology import ontology_of

__all__ = [
    "XML_DECLARATION",
    "GEXF_NS",
    "VIZ_NS",
    "Column",
    "NODE_COLUMNS",
    "EDGE_COLUMNS",
    "NodeRow",
    "EdgeRow",
    "clean_text",
    "iso_date",
    "to_liststring",
    "make_node_rows",
    "make_edge_rows",
    "iter_xml",
    "write_xml",
    "iter_gexf",
    "generate_gexf",
    "write_gexf",
]

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

# Node and edge colours come from the ontology's palette (``ontology/palette.yaml``), shared with the map.
_MIN_SIZE, _MAX_SIZE = 10.0, 40.0


@dataclass(frozen=True)
class Column:
    """One declared attribute: GEXF ``id``/``title`` and type (``string``, ``integer``,
    ``double``, ``liststring``)."""

    id: str
    type: str
    title: str = ""

    @property
    def name(self) -> str:
        return self.title or self.id


NODE_COLUMNS: tuple[Column, ...] = (
    Column("actor_type", "string"),
    Column("aliases", "liststring"),
    Column("mentions", "integer"),
    Column("article_count", "integer"),
    Column("first_seen", "string"),
    Column("last_seen", "string"),
    Column("wikidata", "string"),
    Column("attributes", "liststring"),
    Column("named", "integer"),
)
EDGE_COLUMNS: tuple[Column, ...] = (
    Column("relation", "string"),
    Column("relation_label", "string"),
    Column("family", "string"),
    Column("predicates", "liststring"),
    Column("evidence", "integer"),
    Column("negative_evidence", "integer"),
    Column("polarity", "string"),
    Column("modality", "string"),
    Column("claimants", "liststring"),
    Column("articles", "liststring"),
    Column("statements", "liststring"),
    Column("confidence", "double"),
    Column("first_seen", "string"),
    Column("last_seen", "string"),
    Column("sentence", "string"),
    Column("attributes", "liststring"),
)


@dataclass(frozen=True)
class NodeRow:
    """An actor ready to write: every string cleaned, no None in ``attrs``."""

    id: str
    label: str
    color: str  # "#rrggbb"
    size: float
    dates: tuple[str, ...]  # ISO dates of the articles it was seen in
    attrs: dict = field(default_factory=dict)  # column id -> str | int | float | tuple[str, ...]


@dataclass(frozen=True)
class EdgeRow:
    """A relation (or one statement) ready to write."""

    id: str
    source: str
    target: str
    kind: str  # relation name
    label: str
    weight: int  # number of statements
    color: str
    dates: tuple[str, ...]
    attrs: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- cleaning

# Characters XML 1.0 forbids (C0 controls but tab, LF, CR; surrogates; U+FFFE, U+FFFF).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def clean_text(value: object) -> str:
    """``value`` as a string XML 1.0 can hold: forbidden characters removed."""
    return _FORBIDDEN.sub("", str(value))


def _clean_label(value: object) -> str:
    # labels are xsd:token in the schema: one line, single spaces
    return " ".join(clean_text(value).split())


def iso_date(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO date or datetime, or None if it is not a real date."""
    if not value:
        return None
    m = _DATE.match(str(value).strip())
    if not m:
        return None
    try:
        return _dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


def _dates(values: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(sorted({d for d in map(iso_date, values) if d}))


def to_liststring(values: Iterable[str]) -> str:
    """Gephi's list syntax: ``["a", "b \\"c\\""]`` (backslash escapes quote and backslash)."""
    quoted = ('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    return "[" + ", ".join(quoted) + "]"


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    """Cleaned, non-empty values in order of first appearance."""
    return tuple(dict.fromkeys(v for v in (clean_text(x) for x in values) if v))


def _pairs(pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """Extra facts as sorted, distinct ``key=value`` strings."""
    return tuple(sorted(_distinct(f"{_clean_label(k)}={_clean_label(v)}" for k, v in pairs)))


def _one_or_mixed(values: Iterable[object]) -> str:
    seen = sorted({str(v) for v in values})
    return seen[0] if len(seen) == 1 else "mixed"


def _number(x: float) -> str:
    return repr(round(float(x), 4))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


# --------------------------------------------------------------------------- rows


def make_node_rows(G: nx.MultiDiGraph) -> list[NodeRow]:
    """One row per actor, sorted by id."""
    articles = G.graph.get("articles", {})
    peak = max((int(d.get("mentions", 0)) for _, d in G.nodes(data=True)), default=0) or 1
    rows = []
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        actor = d["actor"]
        type_name = str(actor.type)
        arts = tuple(d.get("articles", ()))
        dates = _dates(d.get("dates") or (articles[a].date for a in arts if a in articles))
        mentions = int(d.get("mentions", 0))
        attrs: dict = {
            "actor_type": type_name,
            "aliases": _distinct(_clean_label(a) for a in actor.aliases),
            "mentions": mentions,
            "article_count": len(arts),
            "named": int(d.get("named", 0)),
        }
        if dates:
            attrs["first_seen"], attrs["last_seen"] = dates[0], dates[-1]
        if actor.wikidata and clean_text(actor.wikidata):
            attrs["wikidata"] = clean_text(actor.wikidata)
        if actor.attributes:
            attrs["attributes"] = _pairs(actor.attributes)
        size = _MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(max(mentions, 0) / peak)
        rows.append(NodeRow(
            id=clean_text(n), label=_clean_label(actor.label) or clean_text(n),
            color=ontology_of(G).type_style(type_name)[2], size=round(size, 2),
            dates=dates, attrs=attrs))
    return rows


def _edge_row(G: nx.MultiDiGraph, evidence: list[Triple], edge_id: str) -> EdgeRow:
    articles = G.graph.get("articles", {})
    first = evidence[0]
    ontology = ontology_of(G)
    family = ontology.family(first.relation)
    label = _clean_label(ontology.relation_label(first.relation))
    dates = _dates(articles[t.article].date for t in evidence if t.article in articles)
    attrs: dict = {
        "relation": clean_text(first.relation),
        "relation_label": label,
        "family": family,
        "predicates": _distinct(_clean_label(t.predicate) for t in evidence),
        "evidence": len(evidence),
        "negative_evidence": sum(1 for t in evidence if t.polarity is Polarity.NEGATIVE),
        "polarity": _one_or_mixed(t.polarity for t in evidence),
        "modality": _one_or_mixed(t.modality for t in evidence),
        "claimants": tuple(sorted(_distinct(t.attributed_to for t in evidence if t.attributed_to))),
        "articles": tuple(sorted(_distinct(t.article for t in evidence))),
        "statements": _distinct(t.id for t in evidence),
        "confidence": round(max(float(t.confidence) for t in evidence), 4),
    }
    if dates:
        attrs["first_seen"], attrs["last_seen"] = dates[0], dates[-1]
    sentence = clean_text(first.sentence).strip()
    if sentence:
        attrs["sentence"] = sentence
    pairs = _pairs(p for t in evidence for p in t.attributes)
    if pairs:
        attrs["attributes"] = pairs
    return EdgeRow(id=clean_text(edge_id), source=clean_text(first.subject), target=clean_text(first.object),
                   kind=clean_text(first.relation), label=label or clean_text(first.relation),
                   weight=len(evidence), color=ontology.palette.families[family], dates=dates, attrs=attrs)


def make_edge_rows(G: nx.MultiDiGraph, *, aggregate: bool = True) -> list[EdgeRow]:
    """Aggregated: one row per (subject, relation, object), sorted, id ``s|relation|o``.
    Per statement: one row per statement in stable order, id ``s|relation|o|statement-id``."""
    if aggregate:
        return [_edge_row(G, ev, f"{s}|{r}|{o}") for s, r, o, ev in iter_relations(G)]
    groups: dict[tuple[str, str, str], list[Triple]] = defaultdict(list)
    for t in iter_triples(G):
        groups[(t.subject, t.relation, t.object)].append(t)
    return [_edge_row(G, [t], f"{t.subject}|{t.relation}|{t.object}|{t.id}")
            for key in sorted(groups) for t in groups[key]]


# --------------------------------------------------------------------------- XML


def _q(tag: str, ns: str = GEXF_NS) -> str:
    return f"{{{ns}}}{tag}"


def _attr_value(value) -> str:
    if isinstance(value, tuple):
        return to_liststring(value)
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _declare(graph: etree._Element, klass: str, columns: tuple[Column, ...]) -> None:
    el = etree.SubElement(graph, _q("attributes"), {"class": klass, "mode": "static"})
    for c in columns:
        etree.SubElement(el, _q("attribute"), {"id": c.id, "title": c.name, "type": c.type})


def _spells(parent: etree._Element, dates: tuple[str, ...]) -> None:
    if dates:
        spells = etree.SubElement(parent, _q("spells"))
        for d in dates:
            etree.SubElement(spells, _q("spell"), {"start": d, "end": d})


def _attvalues(parent: etree._Element, columns: tuple[Column, ...], attrs: dict) -> None:
    present = [c for c in columns if c.id in attrs]
    if present:
        el = etree.SubElement(parent, _q("attvalues"))
        for c in present:
            etree.SubElement(el, _q("attvalue"), {"for": c.id, "value": _attr_value(attrs[c.id])})


def _color(parent: etree._Element, hex_colour: str) -> None:
    r, g, b = _rgb(hex_colour)
    etree.SubElement(parent, _q("color", VIZ_NS), {"r": str(r), "g": str(g), "b": str(b)})


def _meta(root: etree._Element, G: nx.MultiDiGraph, nodes: int, statements: int) -> None:
    arts = G.graph.get("articles", {})
    dates = _dates(a.date for a in arts.values())
    meta = etree.SubElement(root, _q("meta"), {"lastmodifieddate": dates[-1]} if dates else {})
    etree.SubElement(meta, _q("creator")).text = "actorgraph"
    etree.SubElement(meta, _q("description")).text = (
        f"Actors and relations extracted from news: {nodes} actors, {statements} statements, "
        f"{len(arts)} articles")


# inside <node>/<edge> the order the 1.3 XSD lists: spells, viz, attvalues


def _node(parent: etree._Element, row: NodeRow) -> etree._Element:
    el = etree.SubElement(parent, _q("node"), {"id": row.id, "label": row.label})
    _spells(el, row.dates)
    _color(el, row.color)
    etree.SubElement(el, _q("size", VIZ_NS), {"value": _number(row.size)})
    _attvalues(el, NODE_COLUMNS, row.attrs)
    return el


def _edge(parent: etree._Element, row: EdgeRow) -> etree._Element:
    el = etree.SubElement(parent, _q("edge"), {
        "id": row.id, "source": row.source, "target": row.target, "label": row.label,
        "kind": row.kind, "weight": str(row.weight)})
    _spells(el, row.dates)
    _color(el, row.color)
    _attvalues(el, EDGE_COLUMNS, row.attrs)
    return el


# --------------------------------------------------------------------------- streaming

_SLOT = "slot"  # placeholder element where streamed children go; never in the output


def _serialise(el: etree._Element) -> str:
    return etree.tostring(el, encoding="unicode", pretty_print=True)


def _slot_cut(slot: etree._Element) -> tuple[etree._Element, etree._Element, int, int]:
    """A bare copy of the slot's ancestors (root with its namespaces, then tags only) to
    serialise one element at a time at the slot's depth, and how many characters to cut off
    the front and back of such a serialisation to keep just that element (with its indent)."""
    chain = list(slot.iterancestors())[::-1]
    top = inner = etree.Element(chain[0].tag, nsmap=chain[0].nsmap)
    for el in chain[1:]:
        inner = etree.SubElement(inner, el.tag)
    marker = etree.SubElement(inner, slot.tag)
    before, after = _serialise(top).split(f"<{_SLOT}/>")
    inner.remove(marker)
    # the marker line is "<indent><slot/>\n": the indent and newline belong to the element
    return top, inner, len(before.rstrip(" ")), len(after) - 1


def _iter_children(cut: tuple, rows: Iterable, build: Callable) -> Iterator[str]:
    top, inner, front, back = cut
    for row in rows:
        el = build(inner, row)
        text = _serialise(top)
        inner.remove(el)
        yield text[front:len(text) - back]


def iter_xml(root: etree._Element,
             streams: Iterable[tuple[etree._Element, Sequence, Callable]]) -> Iterator[str]:
    """``XML_DECLARATION`` and ``root`` pretty-printed by lxml, in pieces: for each
    ``(container, rows, build)`` of ``streams`` (in document order), ``build(container, row)``
    makes one child element per row, which is serialised on its own and dropped, so only one
    streamed element exists at a time.  The pieces join to exactly the bytes the whole tree
    would give (same indentation, escaping and namespace prefixes).  Shared with the GraphML
    writer."""
    slots, jobs = [], []
    for container, rows, build in streams:
        if rows:  # an empty container stays a self-closing tag, as in the whole tree
            slot = etree.SubElement(container, f"{{{etree.QName(container).namespace}}}{_SLOT}")
            slots.append(slot)
            jobs.append((_slot_cut(slot), rows, build))
    pieces = _serialise(root).split(f"<{_SLOT}/>")
    for slot in slots:
        slot.getparent().remove(slot)
    yield XML_DECLARATION + pieces[0].rstrip(" ")
    for (cut, rows, build), piece in zip(jobs, pieces[1:]):
        yield from _iter_children(cut, rows, build)
        between = piece[1:].rstrip(" ")  # the newline after the slot belongs to the last element
        if between:
            yield between


def write_xml(path: str | Path, pieces: Iterable[str]) -> Path:
    """Write the pieces of an XML document (:func:`iter_xml`) to ``path`` atomically; OutputError naming
    the path when it cannot be written.  Shared with the GraphML writer."""
    try:
        return atomic_write_chunks(path, pieces)
    except OSError as err:
        raise OutputError(f"cannot write {path} ({err.strerror or err}); choose a writable path") from err


def _skeleton(G: nx.MultiDiGraph, nodes: int, edges: int,
              dynamic: bool) -> tuple[etree._Element, etree._Element, etree._Element]:
    """The document without nodes and edges: root, ``<nodes>`` and ``<edges>``."""
    root = etree.Element(_q("gexf"), nsmap={None: GEXF_NS, "viz": VIZ_NS})
    root.set("version", "1.3")
    _meta(root, G, nodes, G.number_of_edges())
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        graph_attrs.update(timeformat="date", timerepresentation="interval")
    graph = etree.SubElement(root, _q("graph"), graph_attrs)
    _declare(graph, "node", NODE_COLUMNS)
    _declare(graph, "edge", EDGE_COLUMNS)
    node_list = etree.SubElement(graph, _q("nodes"), {"count": str(nodes)})
    edge_list = etree.SubElement(graph, _q("edges"), {"count": str(edges)})
    return root, node_list, edge_list


def iter_gexf(G: nx.MultiDiGraph, *, aggregate: bool = True) -> Iterator[str]:
    """The GEXF 1.3 document in pieces: the header up to ``<nodes>``, one piece per node and
    per edge, the closing tags.  Only the row lists and one element are held in memory."""
    nodes = make_node_rows(G)
    edges = make_edge_rows(G, aggregate=aggregate)
    dynamic = any(r.dates for r in nodes) or any(r.dates for r in edges)
    root, node_list, edge_list = _skeleton(G, len(nodes), len(edges), dynamic)
    yield from iter_xml(root, [(node_list, nodes, _node), (edge_list, edges, _edge)])


def generate_gexf(G: nx.MultiDiGraph, *, aggregate: bool = True) -> str:
    """The hub as a GEXF 1.3 document (a str starting with the XML declaration)."""
    return "".join(iter_gexf(G, aggregate=aggregate))


def write_gexf(G: nx.MultiDiGraph, path: str | Path, *, aggregate: bool = True) -> Path:
    """Write :func:`iter_gexf` to ``path`` atomically (UTF-8), piece by piece."""
    return write_xml(path, iter_gexf(G, aggregate=aggregate))
