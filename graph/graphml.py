"""The hub as GraphML: the same actors, relations and attributes as the GEXF export.

Every key is typed (``attr.type`` string, int or double); lists are joined with
``"; "`` because GraphML has no list type; absent values are left out (never
``None`` or an empty string).  Nodes also carry ``r``/``g``/``b`` and ``size``,
and edges ``weight``, ``label`` and ``r``/``g``/``b``: the names Gephi's GraphML
importer maps to colour, size, weight and label, and ``dates`` (the article dates
the element was seen on: GraphML has no timeline).  Key ids are ``n_<name>`` and
``e_<name>`` so node and edge keys of the same name stay distinct.  The same
hub always gives the same bytes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from lxml import etree

from .errors import OutputError
from .fsutil import atomic_write_text
from .gexf import EDGE_COLUMNS, NODE_COLUMNS, XML_DECLARATION, Column, make_edge_rows, make_node_rows

__all__ = ["GRAPHML_NS", "LIST_SEPARATOR", "generate_graphml", "write_graphml"]

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


def generate_graphml(G: nx.MultiDiGraph, *, aggregate: bool = True) -> str:
    """The hub as a GraphML document; ``aggregate=False`` writes one edge per statement."""
    root = etree.Element(_q("graphml"), nsmap={None: GRAPHML_NS, "xsi": _XSI})
    root.set(f"{{{_XSI}}}schemaLocation", _SCHEMA)
    for prefix, scope, keys in (("n", "node", _NODE_KEYS), ("e", "edge", _EDGE_KEYS)):
        for c in keys:
            etree.SubElement(root, _q("key"), {"id": f"{prefix}_{c.id}", "for": scope,
                                               "attr.name": c.name, "attr.type": _TYPES[c.type]})
    graph = etree.SubElement(root, _q("graph"), {"id": "actorgraph", "edgedefault": "directed"})
    for row in make_node_rows(G):
        el = etree.SubElement(graph, _q("node"), {"id": row.id})
        _data(el, "n", _NODE_KEYS, {"label": row.label, **row.attrs, "dates": row.dates, "size": row.size,
                                    **_rgb(row.color)})
    for row in make_edge_rows(G, aggregate=aggregate):
        el = etree.SubElement(graph, _q("edge"), {"id": row.id, "source": row.source, "target": row.target})
        _data(el, "e", _EDGE_KEYS, {"label": row.label, "weight": float(row.weight), **row.attrs,
                                    "dates": row.dates, **_rgb(row.color)})
    return XML_DECLARATION + etree.tostring(root, encoding="unicode", pretty_print=True)


def write_graphml(G: nx.MultiDiGraph, path: str | Path, *, aggregate: bool = True) -> Path:
    """Write :func:`generate_graphml` to ``path`` atomically (UTF-8)."""
    text = generate_graphml(G, aggregate=aggregate)
    try:
        return atomic_write_text(path, text)
    except OSError as err:
        raise OutputError(f"cannot write {path} ({err.strerror or err}); choose a writable path") from err
