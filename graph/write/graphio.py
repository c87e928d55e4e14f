"""Save and reload the built hub (``OUTDIR/graph.json``), so map, export and
query commands work on a built graph without re-running extraction."""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _json_string  # ensure_ascii=False's
from collections.abc import Iterator
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

import networkx as nx

from ..assemble.assemble import iter_actors, iter_quotes, iter_triples, make_graph, named_of
from ..errors import OutputError
from ..fsutil import atomic_write_chunks
from ..model import Actor, Article, Modality, Polarity, Quote, Skipped, Triple, to_actor_type

__all__ = ["GRAPH_FILE", "FORMAT_VERSION", "iter_graph_json", "indented_json", "generate_graph_json", "write_graph_json", "parse_graph_json", "read_graph"]

GRAPH_FILE = "graph.json"
FORMAT_VERSION = 1
_INF = float("inf")


@lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(obj) -> dict:
    # what dataclasses.asdict gives for these flat records (fields of strings, numbers, enums and
    # tuples), without its deep copy of every value
    d = {name: getattr(obj, name) for name in _field_names(type(obj))}
    for k, v in d.items():
        if isinstance(v, tuple):
            d[k] = [list(x) if isinstance(x, tuple) else x for x in v]
        elif hasattr(v, "value"):
            d[k] = v.value
    return d


def indented_json(value, depth: int) -> str:
    """``value`` as it appears at ``depth`` inside ``json.dumps(doc, indent=1, sort_keys=True)``."""
    try:
        text = _indented(value, "\n")
    except _Unusual:
        text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return text.replace("\n", "\n" + " " * depth)


class _Unusual(Exception):
    """A value :func:`_indented` leaves to ``json.dumps`` (NaN, a key that is no string, no JSON type)."""


def _indented(o, nl: str) -> str:
    """``json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True)`` for plain JSON values, the same
    text: json writes indented documents with its pure-Python encoder, one generator per level,
    and the hub's records and JSON-LD nodes are many and small.  ``nl`` is the newline and
    indentation of this level."""
    if isinstance(o, str):
        return _json_string(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        if o != o or o in (_INF, -_INF):
            raise _Unusual
        return float.__repr__(o)
    inner = nl + " "
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        return "[" + inner + ("," + inner).join([_indented(v, inner) for v in o]) + nl + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        if not all(isinstance(k, str) for k in o):
            raise _Unusual
        return "{" + inner + ("," + inner).join([_json_string(k) + ": " + _indented(v, inner)
                                                  for k, v in sorted(o.items())]) + nl + "}"
    raise _Unusual


def iter_graph_json(G: nx.MultiDiGraph) -> Iterator[str]:
    """The hub as a stable, sorted JSON document, a record at a time: the same text as one
    ``json.dumps(doc, indent=1, sort_keys=True)`` of the whole document, never held whole."""
    lists = {
        "actors": lambda: (_plain(a) for a in iter_actors(G)),
        "articles": lambda: (_plain(a) for _, a in sorted(G.graph.get("articles", {}).items())),
        "skipped": lambda: (_plain(s) for s in G.graph.get("skipped", [])),
        "triples": lambda: (_plain(t) for t in iter_triples(G)),
        "quotes": lambda: (_plain(q) for q in iter_quotes(G)),
        "named": lambda: ({"actor": aid, "article": art, "count": n}
                          for aid, by_art in sorted(named_of(G).items()) for art, n in sorted(by_art.items())),
    }
    scalars = {
        "format": "actorgraph-graph",
        "version": FORMAT_VERSION,
        "meta": dict(sorted(G.graph.get("meta", {}).items())),
    }
    yield "{"
    for i, key in enumerate(sorted([*lists, *scalars])):
        yield ("," if i else "") + "\n " + json.dumps(key) + ": "
        if key in scalars:
            yield indented_json(scalars[key], 1)
            continue
        n = 0
        for n, item in enumerate(lists[key](), 1):
            yield ("[\n  " if n == 1 else ",\n  ") + indented_json(item, 2)
        yield "\n ]" if n else "[]"
    yield "\n}\n"


def generate_graph_json(G: nx.MultiDiGraph) -> str:
    """The hub as a stable, sorted JSON document."""
    return "".join(iter_graph_json(G))


def write_graph_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write :func:`generate_graph_json` to ``path`` atomically, a record at a time."""
    return atomic_write_chunks(path, iter_graph_json(G))


def _pairs(v) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(x) for x in v)


def _only(cls, d: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


def parse_graph_json(text: str, source: str = "<string>", ontology=None) -> nx.MultiDiGraph:
    """The hub of a ``graph.json`` text; ``ontology`` (default: the shipped one) is what the writers
    read relations, actor types and colours from."""
    try:
        doc = json.loads(text)
        if doc.get("format") != "actorgraph-graph":
            raise ValueError("not an actorgraph graph file")
        articles = [Article(**_only(Article, a)) for a in doc["articles"]]
        actors = []
        for a in doc["actors"]:
            a = _only(Actor, a)
            a.update(type=to_actor_type(a["type"]), aliases=tuple(a.get("aliases", ())),
                     attributes=_pairs(a.get("attributes", ())))
            actors.append(Actor(**a))
        triples = []
        for t in doc["triples"]:
            t = _only(Triple, t)
            t.update(polarity=Polarity(t["polarity"]), modality=Modality(t["modality"]),
                     attributes=_pairs(t.get("attributes", ())))
            triples.append(Triple(**t))
        skipped = [Skipped(**s) for s in doc.get("skipped", [])]
        quotes = [Quote(**{**q, "polarity": Polarity(q["polarity"]), "modality": Modality(q["modality"]),
                           "about": tuple(q["about"])}) for q in doc.get("quotes", [])]
        named: dict[str, dict[str, int]] = {}
        for n in doc.get("named", []):  # absent from a graph.json of before 0.21
            named.setdefault(n["actor"], {})[n["article"]] = int(n["count"])
    except (ValueError, KeyError, TypeError) as err:
        raise OutputError(f"{source}: not a readable actorgraph graph ({err}); rebuild with `actorgraph build`") from err
    return make_graph(articles, actors, triples, skipped, doc.get("meta"), ontology, quotes, named)


def read_graph(outdir: str | Path, ontology=None) -> nx.MultiDiGraph:
    """Reload the hub written by ``actorgraph build`` into ``outdir``; give the build's ``ontology``
    (a :class:`~graph.ontology.Ontology`) when it was not the shipped one."""
    path = Path(outdir) / GRAPH_FILE
    if not path.is_file():
        raise OutputError(f"{path} not found: run `actorgraph build ... --out {outdir}` first")
    return parse_graph_json(path.read_text(encoding="utf-8"), str(path), ontology)
