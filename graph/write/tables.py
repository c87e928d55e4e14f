"""``triples.csv`` and ``entities.csv``: the public tabular contract.

The first columns of each file are fixed by the contract and never renamed;
extra columns may follow.  Actor columns hold canonical labels; ``*_id``
columns hold the stable actor ids.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from ..assemble.assemble import articles_of, iter_actors, iter_triples
from ..fsutil import atomic_write_text

__all__ = [
    "TRIPLE_COLUMNS",
    "ENTITY_COLUMNS",
    "generate_triples_csv",
    "generate_entities_csv",
    "write_triples_csv",
    "write_entities_csv",
]

#: Contract columns first (DEVELOPERS.md), then extras.
TRIPLE_COLUMNS = (
    "subject", "relation", "object", "predicate", "polarity", "attributed_to", "article",
    "sentence", "start", "end", "confidence",
    "modality", "rule", "pred_start", "pred_end", "attributes", "subject_id", "object_id",
    "attributed_to_id", "statement_id", "article_title", "article_date", "article_path", "cameo", "plover",
)
ENTITY_COLUMNS = ("id", "label", "type", "aliases", "mentions", "articles", "wikidata", "role",
                  "affiliation", "party", "named", "named_in")


def _csv(rows, columns) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    return buf.getvalue()


def generate_triples_csv(G: nx.MultiDiGraph) -> str:
    """One row per statement (one per edge of the hub), in stable order."""
    label = {n: d["actor"].label for n, d in G.nodes(data=True)}
    arts = articles_of(G)
    rows = []
    for t in iter_triples(G):
        art = arts.get(t.article)
        rows.append([
            label[t.subject], t.relation, label[t.object], t.predicate, str(t.polarity),
            label.get(t.attributed_to, "") if t.attributed_to else "", t.article, t.sentence,
            t.start, t.end, f"{t.confidence:.3f}",
            str(t.modality), t.rule, t.pred_start, t.pred_end,
            ";".join(f"{k}={v}" for k, v in t.attributes), t.subject, t.object,
            t.attributed_to or "", t.id,
            art.title if art else "", (art.date or "") if art else "", art.path if art else "",
            t.cameo, t.plover,
        ])
    return _csv(rows, TRIPLE_COLUMNS)


def generate_entities_csv(G: nx.MultiDiGraph) -> str:
    """One row per actor node; aliases are the surface forms seen, ``|``-separated; ``mentions`` and
    ``articles`` count the statements the actor takes part in, ``named`` and ``named_in`` the times and
    articles the text names it (an actor of no statement has a row too, with ``mentions`` 0)."""
    rows = []
    for a in iter_actors(G):
        node = G.nodes[a.id]
        attrs = dict(a.attributes)
        rows.append([a.id, a.label, str(a.type), "|".join(sorted(set(a.aliases))), node["mentions"],
                     "|".join(node["articles"]), a.wikidata or "", attrs.get("role", ""),
                     attrs.get("affiliation", ""), attrs.get("party", ""), node.get("named", 0),
                     "|".join(node.get("named_in", ()))])
    return _csv(rows, ENTITY_COLUMNS)


def write_triples_csv(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_triples_csv(G))


def write_entities_csv(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_entities_csv(G))
