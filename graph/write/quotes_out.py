"""Quotes out of the hub: ``quotes.csv`` and the RDF of each quote.

``quotes.csv`` has one row per quote (:data:`QUOTE_COLUMNS`, a public contract like
``triples.csv``): ``source`` is the source actor's canonical label, or the source phrase as
written when it names no actor; ``about`` the labels of the actors the content is about,
``|``-separated.

In RDF a quote is ``agr:quote/<quote id>``, an ``ag:Quote`` with its source actor
(``ag:source``) or, when it names none, its source phrase (``ag:sourceText``), cue, content, kind,
the actors it is about (``ag:about``), its article, the span of its sentence, polarity and modality,
and ``ag:reports``
for every statement read inside it or made from it (those carrying its id in the attribute
``quote_id``, ``|``-separated ids when one claim sums up several quotes).
It lives in its article's named graph.  The RDF is kept lean (quotes outnumber statements several
times over; each triple costs serialisation time in four formats and the store): the sentence text,
the source, cue and content spans and the PROV duplicates are in ``quotes.csv`` only.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import RDF, Literal, URIRef

from ..assemble.assemble import iter_quotes, iter_triples
from ..fsutil import atomic_write_text
from ..model import QUOTE_ATTRIBUTE, Quote
from ..namespace import AG, AGR
from . import Terms

__all__ = ["QUOTE_COLUMNS", "generate_quotes_csv", "write_quotes_csv", "quote_iri", "quotes_by_article",
           "quote_triples", "quote_actors", "short_literal"]

QUOTE_COLUMNS = ("source", "cue", "content", "kind", "about", "polarity", "article", "sentence", "start", "end",
                 "source_start", "source_end", "cue_start", "cue_end", "content_start", "content_end",
                 "source_id", "quote_id")


def generate_quotes_csv(G: nx.MultiDiGraph) -> str:
    """One row per quote, in stable order (article, cue start, id)."""
    label = {n: d["actor"].label for n, d in G.nodes(data=True)}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(QUOTE_COLUMNS)
    for q in iter_quotes(G):
        w.writerow([label[q.source_id] if q.source_id else q.source, q.cue, q.content, q.kind,
                    "|".join(label[a] for a in q.about), str(q.polarity), q.article, q.sentence, q.start, q.end,
                    q.source_start, q.source_end, q.cue_start, q.cue_end, q.content_start, q.content_end,
                    q.source_id or "", q.id])
    return buf.getvalue()


def write_quotes_csv(G: nx.MultiDiGraph, path: str | Path) -> Path:
    return atomic_write_text(path, generate_quotes_csv(G))


# rdflib's namespaces, each term looked up once (see Terms)
_AG, _RDF = map(Terms, (AG, RDF))

#: ``Literal(value)`` of a short value that recurs (a number, a polarity, a rule's name, an actor's
#: label), made once: rdflib's ``Literal`` checks and converts its value each time (5 to 20 µs), and
#: the RDF files and the store make a dozen a statement.  Not for sentences, which rarely recur.
short_literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


def quote_iri(quote_id: str) -> URIRef:
    return AGR["quote/" + quote_id]  # ids are "q" + hex digits: nothing to escape


def quotes_by_article(G: nx.MultiDiGraph) -> dict[str, list[tuple[Quote, list[str]]]]:
    """``{article id: [(quote, ids of the statements it reports)]}``."""
    reports: dict[str, list[str]] = {}
    for t in iter_triples(G):
        for qid in filter(None, dict(t.attributes).get(QUOTE_ATTRIBUTE, "").split("|")):
            reports.setdefault(qid, []).append(t.id)
    out: dict[str, list[tuple[Quote, list[str]]]] = {}
    for q in iter_quotes(G):
        out.setdefault(q.article, []).append((q, sorted(reports.get(q.id, ()))))
    return out


def quote_actors(quotes: Iterable[tuple[Quote, list[str]]]) -> set[str]:
    """Ids of every actor the quotes name (sources and what they are about)."""
    return {a for q, _ in quotes for a in filter(None, (q.source_id, *q.about))}


def quote_triples(q: Quote, statements: Iterable[str], actor_iri, article_iri, statement_iri) -> Iterator[tuple]:
    """The RDF of one quote (IRIs made by the given functions of :mod:`graph.write.rdf`)."""
    s = quote_iri(q.id)
    yield s, _RDF.type, _AG.Quote
    if q.source_id:
        yield s, _AG.source, actor_iri(q.source_id)
    elif q.source:
        yield s, _AG.sourceText, Literal(q.source)
    yield s, _AG.cue, short_literal(q.cue)
    yield s, _AG.content, Literal(q.content)
    yield s, _AG.kind, short_literal(q.kind)
    for a in q.about:
        yield s, _AG.about, actor_iri(a)
    yield s, _AG.article, article_iri(q.article)
    yield s, _AG.start, short_literal(int(q.start))
    yield s, _AG.end, short_literal(int(q.end))
    yield s, _AG.polarity, short_literal(str(q.polarity))
    yield s, _AG.modality, short_literal(str(q.modality))
    for sid in statements:
        yield s, _AG.reports, statement_iri(sid)
