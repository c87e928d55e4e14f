"""The Python API: what the ``actorgraph`` commands do, as functions a notebook can call.

* :func:`build` -- article files in, every output file (and the SPARQL store) in a folder out;
  returns the :class:`~graph.run.pipeline.BuildSummary` the CLI prints.
* :func:`load_graph` -- a built folder's ``graph.json`` back as a :class:`KnowledgeGraph`
  (actors, triples, articles), without re-running extraction.
* :func:`extract_text` -- one string in, its :class:`KnowledgeGraph` out; nothing is written.
* :func:`query_graph` -- SPARQL, a ``.rq`` file or a canned query name over a built folder, a store URL
  or a :class:`KnowledgeGraph`; rows come back as dicts of plain Python values.

``query_graph`` is not called ``query``, the name of the SPARQL module it calls
(:mod:`graph.sparql.query`).

Everything raises the project's errors (:mod:`graph.errors`), never prints and never exits.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx

from .assemble.assemble import articles_of, iter_actors, iter_triples, make_graph
from .errors import InputError
from .model import Actor, Article, Skipped, Triple, content_id, parse_period
from .parse.nlp import DEFAULT_MODEL
from .run.pipeline import BuildOptions, BuildSummary, Progress, build_meta
from .vocab import ONTOLOGY_DIR

__all__ = ["KnowledgeGraph", "Rows", "build", "load_graph", "extract_text", "query_graph"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
             "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
             "unsignedByte"}
_FLOATS = {"double", "float"}


class KnowledgeGraph:
    """A built graph: actors (nodes) and triples (statements with their evidence).

    ``hub`` is the networkx ``MultiDiGraph`` every writer reads (see :mod:`graph.assemble.assemble`), so
    ``graph.write.htmlmap.write_map(kg.hub, "map.html")`` and the other ``write_*`` functions take it.
    """

    def __init__(self, hub: nx.MultiDiGraph) -> None:
        self.hub = hub

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every actor, sorted by id."""
        return tuple(iter_actors(self.hub))

    @property
    def triples(self) -> tuple[Triple, ...]:
        """Every statement: ``subject``/``object``/``attributed_to`` are actor ids."""
        return tuple(iter_triples(self.hub))

    @property
    def articles(self) -> dict[str, Article]:
        """The articles built, by id (metadata only: their texts are not kept)."""
        return dict(articles_of(self.hub))

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Input files the build skipped, each with its reason."""
        return tuple(self.hub.graph.get("skipped", ()))

    @property
    def meta(self) -> dict[str, str]:
        """Build facts: the spaCy pipeline, extractor version, ontology fingerprint."""
        return dict(self.hub.graph.get("meta", {}))

    def actor(self, name: str) -> Actor:
        """The actor whose id, else label, else alias is ``name`` (case-insensitive; of two actors
        with that alias, the first by id).  KeyError when no actor has it."""
        if name in self.hub:
            return self.hub.nodes[name]["actor"]
        wanted = name.casefold()
        for names in (lambda a: (a.label,), lambda a: a.aliases):
            for a in iter_actors(self.hub):
                if any(wanted == x.casefold() for x in names(a)):
                    return a
        raise KeyError(f"no actor has the id, label or alias {name!r}")

    def __repr__(self) -> str:
        return (f"KnowledgeGraph({len(articles_of(self.hub))} articles, {self.hub.number_of_nodes()} actors, "
                f"{self.hub.number_of_edges()} triples)")


@dataclass(frozen=True, repr=False)
class Rows(Sequence):
    """A query's answer as a table: ``variables`` name the columns, each row is a dict.

    SELECT gives its variables; ASK one row ``{"answer": True or False}``; CONSTRUCT and DESCRIBE
    one row per triple with ``subject``, ``predicate``, ``object``.  Values are plain Python:
    an IRI or a string as ``str``, integers as ``int``, ``xsd:decimal`` as ``Decimal``,
    ``xsd:double``/``float`` as ``float``, booleans as ``bool``, dates as their ISO text, an
    unbound variable as ``None``.  ``pandas.DataFrame(list(rows))`` makes a data frame.
    """

    variables: tuple[str, ...]
    records: tuple[dict[str, Any], ...]

    def __getitem__(self, i):
        return self.records[i]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records)

    def __repr__(self) -> str:  # short: a result can hold thousands of rows
        n = len(self.records)
        return f"Rows({n} row{'' if n == 1 else 's'} of {', '.join(self.variables) or 'no columns'})"


def build(paths: str | os.PathLike | Sequence[str | os.PathLike], out: str | os.PathLike, *,
          progress: Progress | None = None, **options: Any) -> BuildSummary:
    """Build the graph of the articles under ``paths`` (files or folders) into the folder ``out``.

    Does what ``actorgraph build PATHS --out OUT`` does and writes the same files.  ``options`` are
    the fields of :class:`~graph.run.pipeline.BuildOptions`: ``model``, ``workers`` (default 1),
    ``batch_size``, ``engine``, ``scheduler``, ``store``, ``use_store``, ``cache``,
    ``keep_parses``, ``strict``, ``max_bytes``, ``ontology_dir``, ``period`` (``"2004..2005"``: an
    article with no date of its own is taken to be from those days).  ``progress(event, info)``
    is called as articles are read, built, taken from the cache or skipped.

    Returns the :class:`~graph.run.pipeline.BuildSummary` (counts, skipped files, files written).
    Raises TypeError for an unknown option; :class:`~graph.errors.OptionError` for a value out of
    range or a ``period`` that is not one; :class:`~graph.errors.InputError` when no article
    file is found or, with ``strict``, any is skipped; :class:`~graph.errors.NothingBuiltError`
    when not one article could be built; :class:`~graph.errors.ModelNotFoundError` when the spaCy
    pipeline is not installed; :class:`~graph.errors.OutputError` when ``out`` cannot be written.
    """
    from .run.pipeline import build as run_build

    return run_build(_as_paths(paths), out, _options(options), progress)


def _as_paths(paths) -> list:
    """One path or many: a bare string is a path, not a sequence of characters."""
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def _options(options: dict[str, Any]) -> BuildOptions:
    known = [f.name for f in fields(BuildOptions)]
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise TypeError(f"build() got unknown option(s) {', '.join(unknown)}; the options are: {', '.join(known)}")
    if "ontology_dir" in options:
        options = {**options, "ontology_dir": Path(options["ontology_dir"])}
    return BuildOptions(**options)


def load_graph(outdir: str | os.PathLike, *, ontology_dir: str | os.PathLike | None = None) -> KnowledgeGraph:
    """The graph built into ``outdir`` (its ``graph.json``), as a :class:`KnowledgeGraph`.

    ``ontology_dir`` is the folder the build used, when not the shipped one (as ``--ontology`` for
    ``actorgraph map`` and ``export``): writers given ``kg.hub`` then use its relations and colours.
    Raises :class:`~graph.errors.OutputError` when ``outdir`` holds no ``graph.json`` or an
    unreadable one (the message says to build first), :class:`~graph.errors.OntologyError` for a
    bad ontology folder.
    """
    from .write.graphio import read_graph
    from .ontology import load_ontology

    return KnowledgeGraph(read_graph(outdir, load_ontology(ontology_dir) if ontology_dir else None))


def extract_text(text: str, *, title: str = "", date: str | None = None, model: str = DEFAULT_MODEL,
                 ontology_dir: str | os.PathLike = ONTOLOGY_DIR, period: str | None = None) -> KnowledgeGraph:
    """The graph of one article's ``text``, parsed and extracted in this process; nothing is written.

    ``text`` is taken as it is (no markup or site chrome is removed: see
    :func:`graph.read.clean.clean_text`), and every character offset of the triples points into it.
    The article's id is a hash of the text, as in a build; ``title`` and ``date`` (yyyy-mm-dd)
    become its metadata.  Without a ``date``, ``period`` (``"2005"``, ``"2004..2005"``, as for
    ``build``) gives the days the text is taken to be from ("the prime minister" then names the
    office's holder throughout them).  The spaCy pipeline is loaded once per process and kept.  The graph
    records the ontology of ``ontology_dir``, so writers given ``kg.hub`` use it.

    Raises :class:`~graph.errors.InputError` for an empty text, :class:`~graph.errors.OptionError`
    for a ``period`` that is not one,
    :class:`~graph.errors.ModelNotFoundError` when the pipeline is not installed and
    :class:`~graph.errors.OntologyError` for a bad ontology folder.
    """
    from .extract import EXTRACTOR_VERSION, Extractor
    from .parse.nlp import load_pipeline, model_fingerprint, parse_articles
    from .ontology import load_ontology

    if not text.strip():
        raise InputError("extract_text() was given an empty text; pass an article's text")
    when = parse_period(period)
    ontology = load_ontology(ontology_dir)  # checked before the pipeline is loaded
    article = Article(id=content_id(text), path="<text>", text=text, title=title, date=date)
    nlp = load_pipeline(model)
    doc = next(parse_articles(nlp, [(title, text)]))
    extractor = Extractor(ontology, when)
    merged = extractor.merge_hub([extractor.extract(article, doc)])
    meta = build_meta(model_fingerprint(nlp), EXTRACTOR_VERSION, ontology.fingerprint, when)
    return KnowledgeGraph(make_graph([article], merged.actors, merged.triples, meta=meta, ontology=ontology,
                                     quotes=merged.quotes, named=merged.named))


def query_graph(target: str | os.PathLike | KnowledgeGraph, sparql: str, *, params: dict[str, Any] | None = None,
                max_rows: int | None = None, allow_service: bool = False) -> Rows:
    """Run ``sparql`` on ``target`` and return its :class:`Rows`.

    ``target`` is a built folder (its store, else its ``graph.json``), a SPARQL 1.1 endpoint URL,
    or a :class:`KnowledgeGraph` (loaded into an in-memory store).  ``sparql`` is query text, a
    ``.rq`` file or a canned query name (``who-supplies``, ``claims``, ... as for
    ``actorgraph query``); the ontology prefixes are predeclared.  ``params`` bind query variables
    as RDF terms, never as query text: a ``str`` is read as on the command line (``"Taliban"``,
    ``"actor:russia"``, ``"<iri>"``), an ``int``/``float``/``bool`` as a typed literal.

    Raises :class:`~graph.errors.QueryError` for a syntax error, an update, a ``SERVICE`` call
    (unless ``allow_service``), an unknown canned query or parameter, or more than ``max_rows``
    rows; :class:`~graph.errors.OutputError` when a folder holds no built graph;
    :class:`~graph.sparql.store.StoreDamaged` naming the store when it cannot be read.
    """
    from .sparql.query import execute, open_target, store_dir
    from .sparql.store import StoreDamaged, damaged_store, memory_store

    store = memory_store(target.hub) if isinstance(target, KnowledgeGraph) else open_target(target)
    terms = {name: _term(value) for name, value in (params or {}).items()}
    try:
        return _rows(execute(store, sparql, params=terms, max_rows=max_rows, allow_service=allow_service))
    except StoreDamaged as err:  # found while reading: name the store, as `actorgraph query` does
        raise damaged_store(store_dir(target), err.detail) from err


def _term(value):
    """A parameter value as an RDF term (strings as ``actorgraph query --param`` reads them)."""
    import pyoxigraph as ox

    from .sparql.query import parse_param

    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    return parse_param(str(value))


def _rows(res) -> Rows:
    if res.form == "ASK":
        return Rows(("answer",), ({"answer": bool(res.boolean)},))
    if res.form in ("CONSTRUCT", "DESCRIBE"):
        names = ("subject", "predicate", "object")
        return Rows(names, tuple({n: _value(getattr(t, n)) for n in names} for t in res.triples))
    names = tuple(res.variables)
    return Rows(names, tuple(dict(zip(names, map(_value, row))) for row in res.rows))


def _value(term) -> Any:
    """A pyoxigraph term as a plain Python value (see :class:`Rows`)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return term.value if isinstance(term, ox.NamedNode) else str(term)
    kind = term.datatype.value.removeprefix(_XSD)
    try:
        if kind in _INTEGERS:
            return int(term.value)
        if kind == "decimal":
            return Decimal(term.value)
        if kind in _FLOATS:
            return float(term.value)
    except (ValueError, ArithmeticError):  # decimal.InvalidOperation is an ArithmeticError
        return term.value  # an ill-typed literal keeps its text
    if kind == "boolean":
        return term.value in ("true", "1")
    return term.value
