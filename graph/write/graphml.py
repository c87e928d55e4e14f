"""The hub as GraphML: the same actors, relations and attributes as the GEXF export.

Every key is typed (``attr.type`` string, int or double); lists are joined with
``"; "`` because GraphML has no list type; absent values are left out (never
``None`` or an empty string).  Nodes also carry ``r``/``g``/``b`` and ``size``,
and edges ``weight``, ``label`` and ``r``/``g``/``b``: the names Gephi's GraphML
importer maps to colour, size, weight and label, and ``dates`` (the article dates
the element was seen on: GraphML has no timeline).  Key ids are ``n_<name>`` and
``e_<name>`` so node and edge keys of the same name stay distinct.  The same
hub always gives the same bytes, streamed one element at a time (:func:`iter_graphml`).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
from lxml import etree

from .gexf import (EDGE_COLUMNS, NODE_COLUMNS, Column, EdgeRow, NodeRow, iter_xml, make_edge_rows,
                   make_node_rows, write_xml)

__all__ = ["GRAPHML_NS", "LIST_SEPARATOR", "iter_graphml", "generate_graphml", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
LIST_SEPARATOR = "; "

# GEXF attribute type -> GraphML attr.type
_TYPES = {"string": "string", "liststring": "string", "integer": "int", "double": "double"}

_RGB = (Column("r", "integer"), Column("g", "integer"), Column("b", "integer"))
_NODE_KEYS: tuple[Column, ...] = (Column("label", "string"), *NODE_COLUMNS, Column("dates", "liststring"),
                                  Column("size", "double"), *_RGB)
_EDGE_KEYS: tuple[Column, ...] = (Column("label", "string"), Column("weight", "double"), *EDGE_COLUMNS,
                                  Column("dates", "liststring"), *_RGB)


def _q(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


def _text(value) -> str:
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, float):
        return repr(round(value, 4))
    return str(value)


def _rgb(hex_colour: str) -> dict[str, int]:
    h = hex_colour.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16)}


def _data(parent: etree._Element, prefix: str, keys: tuple[Column, ...], values: dict) -> None:
    for c in keys:
        if c.id not in values:
            continue
        text = _text(values[c.id])
        if text:
            etree.SubElement(parent, _q("data"), {"key": f"{prefix}_{c.id}"}).text = text


def _node(parent: etree._Element, row: NodeRow) -> etree._Element:
    el = etree.SubElement(parent, _q("node"), {"id": row.id})
    _data(el, "n", _NODE_KEYS, {"label": row.label, **row.attrs, "dates": row.dates, "size": row.size,
                                **_rgb(row.color)})
    return el


def _edge(parent: etree._Element, row: EdgeRow) -> etree._Element:
    el = etree.SubElement(parent, _q("edge"), {"id": row.id, "source": row.source, "target": row.target})
    _data(el, "e", _EDGE_KEYS, {"label": row.label, "weight": float(row.weight), **row.attrs,
                                "dates": row.dates, **_rgb(row.color)})
    return el


def _skeleton() -> tuple[etree._Element, etree._Element]:
    """The document without nodes and edges: root and ``<graph>``."""
    root = etree.Element(_q("graphml"), nsmap={None: GRAPHML_NS, "xsi": _XSI})
    root.set(f"{{{_XSI}}}schemaLocation", _SCHEMA)
    for prefix, scope, keys in (("n", "node", _NODE_KEYS), ("e", "edge", _EDGE_KEYS)):
        for c in keys:
            etree.SubElement(root, _q("key"), {"id": f"{prefix}_{c.id}", "for": scope,
                                               "attr.name": c.name, "attr.type": _TYPES[c.type]})
    return root, etree.SubElement(root, _q("graph"), {"id": "actorgraph", "edgedefault": "directed"})


def iter_graphml(G: nx.MultiDiGraph, *, aggregate: bool = True) -> Iterator[str]:
    """The GraphML document in pieces: the header up to ``<graph>``, one piece per node and per
    edge, the closing tags.  Only the row lists and one element are held in memory."""
    nodes = make_node_rows(G)
    edges = make_edge_rows(G, aggregate=aggregate)
    root, graph = _skeleton()
    yield from iter_xml(root, [(graph, nodes, _node), (graph, edges, _edge)])


def generate_graphml(G: nx.MultiDiGraph, *, aggregate: bool = True) -> str:
    """The hub as a GraphML document; ``aggregate=False`` writes one edge per statement."""
    return "".join(iter_graphml(G, aggregate=aggregate))


def write_graphml(G: nx.MultiDiGraph, path: str | Path, *, aggregate: bool = True) -> Path:
    """Write :func:`iter_graphml` to ``path`` atomically (UTF-8), piece by piece."""
    return write_xml(path, iter_graphml(G, aggregate=aggregate))
