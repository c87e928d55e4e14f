"""The quotes of the map: what each actor on it said, and what was said about them.

An actor's evidence panel lists the quotes it is the source of (``said``) and the quotes whose
content is about it (``said_about``), newest first, at most :data:`QUOTES_PER_ACTOR` of each:
the page stays bounded whatever the corpus, and ``quotes.csv`` holds every quote.  Each quote
is one record of the data block's ``quotes`` list, which the nodes point into by index; spans are
relative to the quote's sentence (``[-1, -1]`` when one does not lie inside it).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from ..assemble.assemble import iter_quotes
from ..model import Quote

__all__ = ["QUOTES_PER_ACTOR", "quote_counts", "quote_records"]

#: Quotes of each kind (said, said about) an actor's panel lists, the newest; the panel says when it cut.
QUOTES_PER_ACTOR = 50


def quote_counts(G: nx.MultiDiGraph) -> Counter:
    """How many quotes each actor is the source of."""
    return Counter(q.source_id for q in iter_quotes(G) if q.source_id)


def _newest_first(G: nx.MultiDiGraph, quotes: Iterable[Quote]) -> list[Quote]:
    """By article date, newest first (undated last), then article and position in it."""
    arts = G.graph.get("articles", {})

    def date(q: Quote) -> str:
        art = arts.get(q.article)
        return (art.date or "") if art else ""

    in_text_order = sorted(quotes, key=lambda q: (q.article, q.cue_start, q.id))
    return sorted(in_text_order, key=date, reverse=True)  # a stable sort keeps the text order of ties


def _span(q: Quote, start: int, end: int) -> list[int]:
    s, e = start - q.start, end - q.start
    return [s, e] if start >= 0 and 0 <= s < e <= len(q.sentence) else [-1, -1]


def _record(q: Quote, art_index: dict[str, int]) -> dict:
    return {
        "id": q.id, "source": q.source_id, "source_text": q.source, "cue": q.cue, "content": q.content,
        "kind": q.kind, "about": list(q.about), "polarity": str(q.polarity), "modality": str(q.modality),
        "article": art_index[q.article], "sentence": q.sentence,
        "source_span": _span(q, q.source_start, q.source_end), "cue_span": _span(q, q.cue_start, q.cue_end),
        "content_span": _span(q, q.content_start, q.content_end),
    }


def quote_records(G: nx.MultiDiGraph, nodes: Iterable[str], art_index: dict[str, int],
                  per_actor: int | None = None) -> tuple[list[dict], dict[str, dict]]:
    """(quote records, ``{node: {"said", "said_n", "said_about", "said_about_n"}}``): each node's
    newest ``per_actor`` (default :data:`QUOTES_PER_ACTOR`) quotes of each kind as indices into the records, and how many there are."""
    cap = QUOTES_PER_ACTOR if per_actor is None else per_actor
    wanted = set(nodes)
    said: dict[str, list[Quote]] = defaultdict(list)
    about: dict[str, list[Quote]] = defaultdict(list)
    for q in iter_quotes(G):
        if q.source_id in wanted:
            said[q.source_id].append(q)
        for a in set(q.about) & wanted:
            about[a].append(q)
    chosen = {n: (_newest_first(G, said[n])[:cap], _newest_first(G, about[n])[:cap])
              for n in sorted(wanted)}
    kept = sorted({q for pair in chosen.values() for qs in pair for q in qs},
                  key=lambda q: (q.article, q.cue_start, q.id))
    index = {q.id: i for i, q in enumerate(kept)}
    per_node = {n: {"said": [index[q.id] for q in s], "said_n": len(said[n]),
                    "said_about": [index[q.id] for q in a], "said_about_n": len(about[n])}
                for n, (s, a) in chosen.items()}
    return [_record(q, art_index) for q in kept], per_node
