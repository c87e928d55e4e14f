"""Triples and actors -> the in-memory hub: a networkx MultiDiGraph.

Schema (every exporter reads only this):

* ``G.graph["articles"]``: ``{article_id: Article}`` for every article built;
  ``G.graph["skipped"]``: list of :class:`Skipped`; ``G.graph["meta"]``: build facts
  (model name and version, extractor version, ontology fingerprint) as a dict of strings;
  ``G.graph["ontology"]``: the :class:`~graph.ontology.Ontology` it was built with, when known
  (never written to ``graph.json``; :func:`graph.ontology.ontology_of` falls back to the shipped one).
* node id = actor id; data: ``actor`` (:class:`Actor`), ``mentions`` (number of
  statements the actor takes part in, as subject, object or claimant),
  ``articles`` (sorted tuple of article ids), ``dates`` (sorted tuple of ISO
  dates of those articles, may be empty); ``named`` (how many times the articles name the actor) and
  ``named_in`` (sorted tuple of the ids of those articles).  An actor the articles name that takes part in no
  statement or quote is a node too (``mentions`` 0, ``articles`` empty, ``dates`` those of ``named_in``);
  ``G.graph["named"]`` keeps what it was given: ``{actor id: {article id: times named}}``.
* edge ``(subject, object, key=triple.id)``; data: ``triple`` (:class:`Triple`)
  and ``relation`` (its relation name).  One edge per piece of evidence;
  :func:`iter_relations` groups them by (subject, relation, object).
* ``G.graph["quotes"]``: every :class:`Quote`, sorted by article and position
  (:func:`iter_quotes`); the actors quotes name are nodes too (``mentions`` counts statements only).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

import networkx as nx

from ..model import Actor, Article, Quote, Skipped, Triple

__all__ = ["make_graph", "iter_triples", "iter_actors", "iter_relations", "iter_quotes", "articles_of", "named_of"]


def make_graph(
    articles: Iterable[Article],
    actors: Iterable[Actor],
    triples: Iterable[Triple],
    skipped: Iterable[Skipped] = (),
    meta: dict[str, str] | None = None,
    ontology=None,
    quotes: Iterable[Quote] = (),
    named: Mapping[str, Mapping[str, int]] | None = None,
) -> nx.MultiDiGraph:
    """Assemble the hub, recording the ``ontology`` (an :class:`~graph.ontology.Ontology`) it was built
    with; ``named``: actor id -> article id -> times the article names it, every actor of it a node.
    Actors named by a triple, quote or ``named`` but missing from ``actors`` raise ValueError."""
    arts = {a.id: a for a in sorted(articles, key=lambda a: a.id)}
    known: dict[str, Actor] = {}
    for actor in actors:
        known[actor.id] = known[actor.id].merged(actor) if actor.id in known else actor
    quotes = sorted(set(quotes), key=lambda q: (q.article, q.cue_start, q.id))
    named = {aid: dict(sorted(by_art.items())) for aid, by_art in sorted((named or {}).items()) if by_art}
    G = nx.MultiDiGraph(articles=arts, skipped=list(skipped), meta=dict(meta or {}), quotes=quotes, named=named)
    if ontology is not None:
        G.graph["ontology"] = ontology

    involved: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    ordered = sorted(set(triples), key=lambda t: (t.article, t.start, t.pred_start, t.id))
    for t in ordered:
        for aid in filter(None, {t.subject, t.object, t.attributed_to}):
            if aid not in known:
                raise ValueError(f"triple {t.id} names actor {aid!r} that is not in the actor list")
            involved[aid].add(t.article)
            counts[aid] += 1
    for q in quotes:
        for aid in filter(None, (q.source_id, *q.about)):
            if aid not in known:
                raise ValueError(f"quote {q.id} names actor {aid!r} that is not in the actor list")
            involved[aid].add(q.article)
    for aid in named:
        if aid not in known:
            raise ValueError(f"actor {aid!r} is named but not in the actor list")
    for aid in sorted(set(involved) | set(named)):
        arts_of = tuple(sorted(involved.get(aid, ())))
        named_in = tuple(named.get(aid, ()))
        dates = tuple(sorted({arts[a].date for a in arts_of or named_in if a in arts and arts[a].date}))
        G.add_node(aid, actor=known[aid], mentions=counts[aid], articles=arts_of, dates=dates,
                   named=sum(named.get(aid, {}).values()), named_in=named_in)
    for t in ordered:
        G.add_edge(t.subject, t.object, key=t.id, triple=t, relation=t.relation)
    return G


def iter_triples(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """Every statement, in stable order (article, sentence start, predicate start, id)."""
    yield from (d["triple"] for _, _, d in G.edges(data=True))


def iter_actors(G: nx.MultiDiGraph) -> Iterator[Actor]:
    """Every actor node, sorted by id."""
    for n in sorted(G.nodes):
        yield G.nodes[n]["actor"]


def iter_relations(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, list[Triple]]]:
    """(subject, relation, object, evidence) groups, sorted; evidence in stable order."""
    groups: dict[tuple[str, str, str], list[Triple]] = defaultdict(list)
    for t in iter_triples(G):
        groups[(t.subject, t.relation, t.object)].append(t)
    for key in sorted(groups):
        yield (*key, groups[key])


def iter_quotes(G: nx.MultiDiGraph) -> Iterator[Quote]:
    """Every quote, in stable order (article, cue start, id)."""
    yield from G.graph.get("quotes", ())


def articles_of(G: nx.MultiDiGraph) -> dict[str, Article]:
    return G.graph.get("articles", {})


def named_of(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Actor id -> article id -> times the article names the actor (``make_graph``'s ``named``)."""
    return G.graph.get("named", {})
