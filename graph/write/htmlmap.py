"""The hub -> ``map.html``: one self-contained, offline, explorable relationship map.

The network is plain vis-network node and edge dicts (:class:`_Network`, the shape pyvis gives them,
without importing pyvis and the IPython it pulls in); the page itself comes from our own template in
``graph/write/templates/`` with vis-network inlined from pyvis's bundled copy, so the file references
no external URL.  Every piece of article text
travels as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and
``&`` escaped, and the page script builds panels from DOM text nodes only.

The page is produced piece by piece (:func:`iter_map`): the template's literal
text, the inlined assets and the data block a batch of records at a time, so
:func:`write_map` never holds the whole page, its JSON or its UTF-8 bytes in memory.

One map edge = one (subject, relation, object, polarity) group of statements; its
width follows the number of statements and it is dashed unless at least one of them
is a positive statement the article itself asserts.  Filters in the page (actor
type, relation family, polarity, article, time) work on the statements, so an edge
disappears when none of its statements passes.
"""
from __future__ import annotations

import difflib
import html
import json
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx

from ..errors import ActorgraphError
from ..fsutil import atomic_write_chunks
from ..model import Modality, Polarity, Triple
from ..ontology import ontology_of
from .maplayout import PRECOMPUTED_ABOVE, layout_positions
from .mapquotes import quote_counts, quote_records

__all__ = [
    "MapOptionError",
    "generate_map",
    "MAX_ACTORS",
    "iter_map",
    "write_map",
    "map_data",
    "resolve_actor",
]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

# Shapes and colours come from the ontology's palette (``ontology/palette.yaml``), shared with GEXF.

# Above this many nodes the layout is computed in Python (graph.write.maplayout) and the page's physics is off.
_LARGE = PRECOMPUTED_ABOVE
#: Wall-clock cap on the in-browser layout; physics is switched off when it runs out.
LAYOUT_BUDGET_MS = 5000
#: Most actors a map shows by default (the most mentioned ones): a browser lays out a couple of
#: thousand nodes at most, and a year of news names tens of thousands of actors.
MAX_ACTORS = 1000
#: An actor in no relation is on the map when it is the source of at least this many quotes (and of
#: ``--min-evidence`` many), so its panel can list what it said without a ring of lone dots.
SPEAKER_MIN_QUOTES = 3
#: The most connected actors, labelled at every zoom (the others' labels show when zoomed in or on hover).
LANDMARKS = 30
#: Above this many relations the ``claim`` family is drawn faint until the legend's toggle draws it in full.
FAINT_CLAIMS_ABOVE = 300


class MapOptionError(ActorgraphError):
    """A map option names an unknown actor or type, or is out of range."""


# --------------------------------------------------------------------------- filters


def resolve_actor(G: nx.MultiDiGraph, name: str) -> str:
    """The node id an actor name refers to: its id, label or an alias (case-insensitive)."""
    if name in G:
        return name
    key = name.casefold().strip()
    by_label = sorted(n for n in G if G.nodes[n]["actor"].label.casefold() == key)
    if len(by_label) == 1:
        return by_label[0]
    by_alias = sorted(n for n in G if key in {a.casefold() for a in G.nodes[n]["actor"].aliases})
    found = by_label or by_alias
    if len(found) == 1:
        return found[0]
    if found:
        raise MapOptionError(f"--focus {name!r} is ambiguous: it names {', '.join(found)}; give the actor id")
    names = sorted(set(G.nodes) | {G.nodes[n]["actor"].label for n in G})
    close = difflib.get_close_matches(name, names, n=5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see the actors in entities.csv"
    raise MapOptionError(f"--focus {name!r}: no actor with that id, name or alias{hint}")


def _check_types(types: Iterable[str] | None, ontology) -> set[str] | None:
    if types is None:
        return None
    known = {t.casefold(): t for t in ontology.actor_types}
    chosen = set()
    for t in types:
        if t.casefold() not in known:
            raise MapOptionError(f"unknown actor type {t!r}; use one of: {', '.join(sorted(known.values()))}")
        chosen.add(known[t.casefold()])
    return chosen


def _groups(G: nx.MultiDiGraph) -> dict[tuple[str, str, str, str], list[Triple]]:
    """Statements grouped by (subject, relation, object, polarity), evidence in hub order."""
    groups: dict[tuple[str, str, str, str], list[Triple]] = defaultdict(list)
    for _, _, d in G.edges(data=True):
        t = d["triple"]
        groups[(t.subject, t.relation, t.object, str(t.polarity))].append(t)
    return dict(sorted(groups.items()))


def _select(G, min_evidence, types, focus, radius, max_actors=None):
    """(kept node ids, kept edge groups, number of actors before the ``max_actors`` cap) after the
    min_evidence, types and focus filters, then the cap: the most mentioned actors (the focus
    always among them) and the relations between them."""
    if min_evidence < 1:
        raise MapOptionError(f"--min-evidence must be at least 1, got {min_evidence}")
    if max_actors is not None and max_actors < 1:
        raise MapOptionError(f"--max-actors must be at least 1, got {max_actors}")
    if radius < 0:
        raise MapOptionError(f"--radius must be 0 or more, got {radius}")
    allowed = _check_types(types, ontology_of(G))
    centre = resolve_actor(G, focus) if focus is not None else None

    def type_ok(n: str) -> bool:
        return allowed is None or n == centre or str(G.nodes[n]["actor"].type) in allowed

    groups = {k: ev for k, ev in _groups(G).items()
              if len(ev) >= min_evidence and type_ok(k[0]) and type_ok(k[2])}
    ends = {n for k in groups for n in (k[0], k[2])}
    # actors who only ever appear as claimants or speakers have no edge: keep them on their own merit
    said = quote_counts(G)
    lonely = {n for n in G if G.degree(n) == 0 and type_ok(n) and (
        G.nodes[n]["mentions"] >= min_evidence or said[n] >= max(min_evidence, SPEAKER_MIN_QUOTES))}
    nodes = ends | lonely
    if centre is not None:
        adj: dict[str, set[str]] = defaultdict(set)
        for s, _, o, _ in groups:
            adj[s].add(o)
            adj[o].add(s)
        seen, queue = {centre: 0}, deque([centre])
        while queue:
            n = queue.popleft()
            if seen[n] < radius:
                for m in sorted(adj[n]):
                    if m not in seen:
                        seen[m] = seen[n] + 1
                        queue.append(m)
        nodes = set(seen)
    total = len(nodes)
    if max_actors is not None and total > max_actors:
        ranked = sorted(nodes, key=lambda n: (n != centre, -G.nodes[n]["mentions"], -said[n], n))
        nodes = set(ranked[:max_actors])
    groups = {k: ev for k, ev in groups.items() if k[0] in nodes and k[2] in nodes}
    return sorted(nodes), groups, total


# --------------------------------------------------------------------------- data


def _is_firm(t: Triple) -> bool:
    return t.polarity == Polarity.POSITIVE and t.modality == Modality.ASSERTED and not t.attributed_to


def _pred_span(t: Triple) -> tuple[int, int]:
    """The predicate's span inside the sentence, or (-1, -1) when it cannot be trusted."""
    ps, pe = t.pred_start - t.start, t.pred_end - t.start
    if t.pred_start >= 0 and 0 <= ps < pe <= len(t.sentence):
        return ps, pe
    i = t.sentence.find(t.predicate) if t.predicate else -1
    return (i, i + len(t.predicate)) if i >= 0 else (-1, -1)


def _roundness(groups) -> dict[tuple, float]:
    """Distinct curvature for parallel edges so each label stays readable.

    Edges between the same two actors get curvedCW with growing roundness; as
    curvedCW bends relative to the edge's direction, opposite directions part ways.
    A lone edge between two actors stays straight (roundness 0).
    """
    pairs: dict[frozenset, list[tuple]] = defaultdict(list)
    for k in groups:
        pairs[frozenset((k[0], k[2]))].append(k)
    out = {}
    for keys in pairs.values():
        if len(keys) == 1:
            out[keys[0]] = 0.0
            continue
        per_dir: dict[tuple[str, str], int] = defaultdict(int)
        for k in sorted(keys):
            i = per_dir[(k[0], k[2])]
            per_dir[(k[0], k[2])] += 1
            out[k] = round(0.18 + 0.16 * i, 2)
    return out


class _Network:
    """vis-network nodes and edges as dicts, as pyvis 0.3's ``Network(directed=True)`` makes them
    (``add_node``: the options plus id, label, shape and colour, a node id added once; ``add_edge``: the
    options plus from, to and ``arrows: "to"``), without importing pyvis (whose import pulls in IPython,
    ~0.3 s) and without its list look-ups per node and edge."""

    def __init__(self) -> None:
        self.nodes: list[dict] = []
        self.edges: list[dict] = []
        self.options: dict = {}
        self._ids: set = set()

    def add_node(self, n_id, *, label, shape: str, color: str, **options) -> None:
        if n_id not in self._ids:
            self._ids.add(n_id)
            self.nodes.append({**options, "color": color, "id": n_id, "label": label or n_id, "shape": shape})

    def add_edge(self, source, to, **options) -> None:
        if source not in self._ids or to not in self._ids:
            raise ValueError(f"map edge between unknown nodes {source!r} and {to!r}")
        self.edges.append({"arrows": "to", **options, "from": source, "to": to})


def _add_nodes(net, G: nx.MultiDiGraph, nodes, ontology, art_index: dict[str, int]) -> None:
    """One vis node per actor, shaped and coloured by its type (a type of the user's ontology takes
    its nearest listed superclass's style)."""
    for n in nodes:
        d = G.nodes[n]
        actor = d["actor"]
        kind = str(actor.type) if str(actor.type) in ontology.actor_types else "Actor"
        _, shape, colour = ontology.type_style(kind)
        net.add_node(n, label=actor.label, shape=shape, color=colour, value=d["mentions"],
                     title=f"{actor.label} ({kind}): {d['mentions']} statement(s)",
                     kind=kind, mentions=d["mentions"], aliases=list(actor.aliases),
                     attributes=[list(p) for p in actor.attributes], wikidata=actor.wikidata,
                     articles=[art_index[a] for a in d["articles"] if a in art_index], ev=[])


def _evidence_row(t: Triple, art_index: dict[str, int]) -> dict:
    ps, pe = _pred_span(t)
    return {
        "id": t.id, "subject": t.subject, "relation": t.relation, "object": t.object,
        "predicate": t.predicate, "article": art_index[t.article], "sentence": t.sentence,
        "ps": ps, "pe": pe, "polarity": str(t.polarity), "modality": str(t.modality),
        "claimant": t.attributed_to, "confidence": round(float(t.confidence), 3),
        "rule": t.rule, "attributes": [list(p) for p in t.attributes],
    }


def _add_edges(net, G: nx.MultiDiGraph, groups, ontology, art_index: dict[str, int]) -> list[dict]:
    """One vis edge per (subject, relation, object, polarity), coloured by the relation's family;
    returns the evidence rows the edges and nodes point into."""
    evidence, ev_of_node = [], defaultdict(list)
    round_of = _roundness(groups)
    for key, ev in groups.items():
        s, rel, o, pol = key
        family, rlabel = ontology.family(rel), ontology.relation_label(rel)
        negative = pol == str(Polarity.NEGATIVE)
        idx = list(range(len(evidence), len(evidence) + len(ev)))
        for i, t in zip(idx, ev):
            evidence.append(_evidence_row(t, art_index))
            for a in {t.subject, t.object, t.attributed_to}:
                if a is not None:
                    ev_of_node[a].append(i)
        r = round_of[key]
        smooth = {"enabled": True, "type": "curvedCW", "roundness": r} if r else {"enabled": False}
        net.add_edge(s, o, id=f"e{len(net.edges)}", label=f"{rlabel} (negated)" if negative else rlabel,
                     relation=rel, family=family, polarity=pol, firm=any(_is_firm(t) for t in ev),
                     value=len(ev), dashes=not any(_is_firm(t) for t in ev),
                     color=ontology.palette.families[family], smooth=smooth, ev=idx,
                     title=f"{G.nodes[s]['actor'].label} {rlabel} {G.nodes[o]['actor'].label}"
                           + (" (negative: the source says it did not happen)" if negative else "")
                           + f": {len(ev)} sentence(s); click for the evidence")
    for node in net.nodes:
        node["ev"] = sorted(set(ev_of_node.get(node["id"], ())))
    return evidence


def _lay_out(net, big: bool) -> None:
    """The page's options; a big map's positions too (the page's physics stays off for it)."""
    net.options = _options(big)
    if big:
        xy = layout_positions([n["id"] for n in net.nodes], [(e["from"], e["to"]) for e in net.edges])
        for node in net.nodes:
            node["x"], node["y"] = xy[node["id"]]


def _mark_landmarks(nodes: list[dict], edges: list[dict], n: int | None = None) -> None:
    """``landmark`` is true for the ``n`` actors in the most relations (then the most mentioned):
    the page labels them at every zoom, so a corpus-scale map names its centres at first sight."""
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    ranked = sorted(nodes, key=lambda d: (-degree[d["id"]], -d["mentions"], d["id"]))
    top = {d["id"] for d in ranked[:LANDMARKS if n is None else n] if degree[d["id"]]}
    for d in nodes:
        d["landmark"] = d["id"] in top


def _options(big: bool) -> dict:
    """vis-network options; a big graph comes laid out (physics off) and hides edges while moving."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "nodes": {"scaling": {"min": 8, "max": 32, "label": {"enabled": True, "min": 12, "max": 22,
                                                              "drawThreshold": 9 if big else 6}},
                  "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "scaling": {"min": 1, "max": 9, "label": {"enabled": False, "drawThreshold": 9 if big else 5}},
                  "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "selectionWidth": 2, "hoverWidth": 1.5},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                         "springConstant": 0.06, "avoidOverlap": 0.3},
                    "minVelocity": 0.75, "enabled": not big,
                    "stabilization": {"enabled": not big, "iterations": 1000, "updateInterval": 25, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False,
                        "multiselect": False},
    }


def _article_row(aid: str, art) -> dict:
    return {"id": aid, "title": (art.title if art else "") or (art.path if art else aid),
            "date": art.date if art else None, "source": art.source if art else None,
            "author": art.author if art else None, "path": art.path if art else None,
            "url": art.url if art else None}


def _legend(ontology, kinds: dict[str, int], families: dict[str, int]) -> dict:
    """The legend's actor types (the palette's order, then types of the user's ontology it does not
    list) and relation families, each with its shape or colour and how many it shows."""
    order = [*ontology.palette.types, *sorted(set(kinds) - set(ontology.palette.types))]
    styles = {k: ontology.type_style(k) for k in order if kinds.get(k)}
    return {
        "types": [{"name": k, "shape": shape, "color": colour, "count": kinds[k]}
                  for k, (_, shape, colour) in styles.items()],
        "families": [{"name": f, "color": c, "count": families[f]}
                     for f, c in ontology.palette.families.items() if families.get(f)],
    }


def map_data(G: nx.MultiDiGraph, *, min_evidence: int = 1, types: Iterable[str] | None = None,
             focus: str | None = None, radius: int = 1, title: str = "actorgraph",
             max_actors: int | None = MAX_ACTORS) -> dict:
    """Everything the page needs, as plain JSON-ready data (vis-network nodes and edges).
    ``max_actors`` keeps the most mentioned actors after the other filters (None: all)."""
    nodes, groups, total = _select(G, min_evidence, list(types) if types is not None else None, focus, radius,
                                   max_actors)
    ontology = ontology_of(G)
    arts = G.graph.get("articles", {})
    art_ids = sorted({t.article for ev in groups.values() for t in ev}
                     | {a for n in nodes for a in G.nodes[n]["articles"]})
    art_index = {a: i for i, a in enumerate(art_ids)}

    net = _Network()
    _add_nodes(net, G, nodes, ontology, art_index)
    evidence = _add_edges(net, G, groups, ontology, art_index)
    _lay_out(net, big=len(nodes) > _LARGE)
    quotes, per_node = quote_records(G, nodes, art_index)
    for node in net.nodes:
        node.update(per_node[node["id"]])
    _mark_landmarks(net.nodes, net.edges)

    kinds = defaultdict(int)
    for node in net.nodes:
        kinds[node["kind"]] += 1
    fams = defaultdict(int)
    for e in net.edges:
        fams[e["family"]] += 1
    articles = [_article_row(a, arts.get(a)) for a in art_ids]
    # claimants and quoted actors filtered out of the nodes still need a readable name in the panel
    named = {n["id"] for n in net.nodes}
    others = {e["claimant"] for e in evidence if e["claimant"]} | {
        a for q in quotes for a in (q["source"], *q["about"]) if a}
    labels = {a: G.nodes[a]["actor"].label for a in sorted(others - named)}
    return {
        "title": title,
        "labels": labels,
        "nodes": net.nodes,
        "edges": net.edges,
        "evidence": evidence,
        "quotes": quotes,
        # a big map draws claims faint (the legend toggles them): they would hide everything else
        "faint_family": "claim" if len(net.edges) > FAINT_CLAIMS_ABOVE else None,
        "articles": articles,
        "dates": sorted({a["date"] for a in articles if a["date"]}),
        **_legend(ontology, kinds, fams),
        "filters": {"min_evidence": min_evidence, "types": sorted(_check_types(types, ontology) or []),
                    "focus": resolve_actor(G, focus) if focus is not None else None,
                    "radius": radius if focus is not None else None,
                    "max_actors": max_actors if total > len(nodes) else None, "actors_total": total},
        "options": net.options,
        # the page stops the layout after this long even if it has not settled
        "layout_budget_ms": LAYOUT_BUDGET_MS,
    }


# --------------------------------------------------------------------------- page


_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: Records per piece of a long list in the data block (a few hundred kB of JSON).
_BATCH = 256


def _escape_json(text: str) -> str:
    """No '<', '>' or '&' survive, so '</script>' cannot close the element (each is one character,
    so escaping piece by piece gives the same text as escaping the whole)."""
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _iter_json(obj) -> Iterator[str]:
    """``json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` in pieces:
    a top-level dict key by key, and a long list a batch of items at a time."""
    if isinstance(obj, dict) and all(isinstance(k, str) for k in obj):
        yield "{"
        for i, key in enumerate(sorted(obj)):
            yield ("," if i else "") + _JSON.encode(key) + ":"
            yield from _iter_json(obj[key])
        yield "}"
    elif isinstance(obj, list) and len(obj) > _BATCH:
        yield "["
        for i in range(0, len(obj), _BATCH):
            yield ("," if i else "") + _JSON.encode(obj[i:i + _BATCH])[1:-1]
        yield "]"
    else:
        yield _JSON.encode(obj)


def _iter_script_json(obj) -> Iterator[str]:
    """JSON safe inside a <script> element, in pieces."""
    for piece in _iter_json(obj):
        yield _escape_json(piece)


@lru_cache(maxsize=None)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS from pyvis's bundled copy (newest version it ships)."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")  # found, not imported: its package imports IPython
    if spec is None or not spec.submodule_search_locations:
        raise MapOptionError("pyvis is not installed; install it for its vis-network copy "
                             "(pip install 'pyvis>=0.3.2,<0.4')")
    lib = Path(spec.submodule_search_locations[0]).resolve() / "templates" / "lib"
    dirs = sorted((d for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file()),
                  key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    if not dirs:
        raise MapOptionError(f"vis-network not found under {lib}; reinstall pyvis (pip install 'pyvis>=0.3.2,<0.4')")
    js = (dirs[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    css = (dirs[-1] / "vis-network.css").read_text(encoding="utf-8")
    for text, closer in ((js, "</script"), (js, "<!--"), (css, "</style")):
        if closer in text.lower():  # would end (or confuse the end of) the inline element
            raise MapOptionError(f"the bundled vis-network in {dirs[-1]} contains {closer!r}; cannot inline it")
    return js, css


@lru_cache(maxsize=None)
def _template(name: str) -> str:
    return (TEMPLATE_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _template_pieces(name: str) -> tuple[str, ...]:
    """The template split at its ``@@NAME@@`` placeholders: literal, name, literal, ..., literal."""
    return tuple(re.split(r"@@([A-Z_]+)@@", _template(name)))


def _iter_page(data: dict, title: str, vis_js: str, vis_css: str) -> Iterator[str]:
    """The template's literal text with each placeholder's text in between, the data block in batches."""
    parts = {
        "TITLE": lambda: [html.escape(title)],
        "VIS_CSS": lambda: [vis_css],
        "MAP_CSS": lambda: [_template("map.css")],
        "VIS_JS": lambda: [vis_js],
        "DATA": lambda: _iter_script_json(data),
        "MAP_JS": lambda: [_template("map.js")],
    }
    # literals at even positions, placeholder names at odd ones: nothing inserted is scanned again
    for i, piece in enumerate(_template_pieces("map.html")):
        if i % 2:
            yield from parts[piece]()
        elif piece:
            yield piece


def iter_map(G: nx.MultiDiGraph, *, min_evidence: int = 1, types: Iterable[str] | None = None,
             focus: str | None = None, radius: int = 1, title: str = "actorgraph",
             max_actors: int | None = MAX_ACTORS) -> Iterator[str]:
    """The pieces of :func:`generate_map`'s page, in order; the data block comes a batch at a time.
    Bad options raise here, before the first piece is asked for."""
    data = map_data(G, min_evidence=min_evidence, types=types, focus=focus, radius=radius, title=title,
                    max_actors=max_actors)
    vis_js, vis_css = _vis_assets()
    return _iter_page(data, title, vis_js, vis_css)


def generate_map(G: nx.MultiDiGraph, *, min_evidence: int = 1, types: Iterable[str] | None = None,
                 focus: str | None = None, radius: int = 1, title: str = "actorgraph",
                 max_actors: int | None = MAX_ACTORS) -> str:
    """The map of the hub as one self-contained HTML page (byte-identical for the same hub)."""
    return "".join(iter_map(G, min_evidence=min_evidence, types=types, focus=focus, radius=radius, title=title,
                            max_actors=max_actors))


def write_map(G: nx.MultiDiGraph, path: str | Path, *, min_evidence: int = 1,
              types: Iterable[str] | None = None, focus: str | None = None, radius: int = 1,
              title: str = "actorgraph", max_actors: int | None = MAX_ACTORS) -> Path:
    """Write :func:`generate_map`'s page to ``path`` as UTF-8, atomically, a piece at a time."""
    return atomic_write_chunks(path, iter_map(G, min_evidence=min_evidence, types=types, focus=focus,
                                              radius=radius, title=title, max_actors=max_actors))
