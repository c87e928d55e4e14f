"""SPARQL queries over a built graph: inline text, a ``.rq`` file, or a canned query by name.

Ontology prefixes (:data:`graph.write.rdf.PREFIXES`) are predeclared.  Parameters are
bound as RDF terms in a ``VALUES`` block placed at the start of the query's WHERE
group -- the value is serialised as an N-Triples term by pyoxigraph, never spliced
into the query text as raw SPARQL -- so ``target=Taliban`` binds ``?target`` to
the literal ``"Taliban"`` everywhere in that group, FILTERs included.

Results come back as an aligned text table, CSV, TSV or JSON (the SPARQL 1.1
results formats; XML too), or, for CONSTRUCT/DESCRIBE, N-Triples or Turtle.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from ..errors import QueryError
from ..write.rdf import PREFIXES
from .sparqlscan import ServiceRefused, UpdateRefused, query_form, refuse_service, uses_service, variables, where_brace
from .store import STORE_DIR, RemoteStore, StoreDamaged, damaged_store, is_damage, is_remote, memory_store, open_store
from ..vocab import QUERY_DIR

__all__ = [
    "QUERY_DIR",
    "FORMATS",
    "QueryResult",
    "CannedQuery",
    "canned_queries",
    "load_query",
    "parse_param",
    "parse_params",
    "bind_params",
    "query_form",
    "open_target",
    "store_dir",
    "execute",
    "run_query",
    "format_result",
    "ResultTooLarge",
    "UpdateRefused",
    "ServiceRefused",
    "execute_sparql",
]

FORMATS = ("table", "csv", "tsv", "json", "xml", "ntriples", "turtle")
_TABLE_CELL = 100  # longest cell shown in a table before it is cut with an ellipsis

# ---------------------------------------------------------------- parameters


def parse_param(value: str) -> ox.NamedNode | ox.Literal:
    """A ``--param`` value as an RDF term: ``<iri>``, ``prefix:name`` (known prefixes),
    an integer, a decimal, or else a plain string literal."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        m = re.fullmatch(r"([A-Za-z][\w-]*):(\S*)", value)
        if m and m.group(1) in PREFIXES:
            return ox.NamedNode(PREFIXES[m.group(1)] + m.group(2))
    except ValueError as err:
        raise QueryError(f"parameter value {value!r} is not a valid IRI ({err})") from err
    if re.fullmatch(r"[+-]?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
    if re.fullmatch(r"[+-]?\d*\.\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode(PREFIXES["xsd"] + "decimal"))
    return ox.Literal(value)


def parse_params(pairs: list[str] | None) -> dict[str, str]:
    """``["target=Taliban", ...]`` -> ``{"target": "Taliban"}``."""
    out: dict[str, str] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"parameter {pair!r} is not NAME=VALUE, e.g. --param target=Taliban")
        out[name] = value
    return out


def bind_params(text: str, params: dict[str, str | ox.NamedNode | ox.Literal],
                allowed: tuple[str, ...] | None = None) -> str:
    """The query with a VALUES block binding each parameter, at the start of its WHERE group."""
    if not params:
        return text
    allowed = tuple(sorted(variables(text))) if allowed is None else allowed
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(unknown)}; this query takes: "
                         f"{', '.join(allowed) or 'no parameters'}")
    brace = where_brace(text)
    if brace is None:
        raise QueryError("this query has no WHERE group to bind parameters in")
    names = sorted(params)
    terms = [v if isinstance(v, (ox.NamedNode, ox.Literal)) else parse_param(v) for v in
             (params[n] for n in names)]
    block = (f" VALUES ({' '.join('?' + n for n in names)}) "
             f"{{ ({' '.join(str(t) for t in terms)}) }} ")
    return text[: brace + 1] + block + text[brace + 1:]


# ---------------------------------------------------------------- canned queries


@dataclass(frozen=True)
class CannedQuery:
    name: str
    path: Path
    text: str
    description: str
    params: tuple[str, ...]  # declared with "# @param name: meaning"
    param_help: dict[str, str] = field(default_factory=dict, compare=False)


def _read_rq(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    desc, params, helps = [], [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        m = re.match(r"@param\s+(\w+)\s*:?\s*(.*)", body)
        if m:
            params.append(m.group(1))
            helps[m.group(1)] = m.group(2)
        elif body:
            desc.append(body)
    return CannedQuery(path.stem, path, text, " ".join(desc), tuple(params), helps)


def canned_queries(directory: str | Path | None = None) -> dict[str, CannedQuery]:
    """Every ``*.rq`` in ``scripts/queries/``, by name."""
    d = Path(directory) if directory else QUERY_DIR
    return {p.stem: _read_rq(p) for p in sorted(d.glob("*.rq"))}


def load_query(query: str) -> tuple[str, tuple[str, ...] | None]:
    """(query text, declared parameters or None) for inline text, a .rq path or a canned name."""
    q = query.strip()
    if re.fullmatch(r"[\w.-]+", q) and (QUERY_DIR / f"{q}.rq").is_file():
        c = _read_rq(QUERY_DIR / f"{q}.rq")
        return c.text, c.params
    if q.endswith(".rq") and "\n" not in q:
        path = Path(q)
        if not path.is_file():
            raise QueryError(f"query file {path} not found")
        c = _read_rq(path)
        return c.text, (c.params or None)
    if re.fullmatch(r"[\w.-]+", q):
        names = ", ".join(canned_queries()) or "none"
        raise QueryError(f"{q!r} is neither SPARQL nor a canned query; canned queries: {names}")
    return query, None


# ---------------------------------------------------------------- running


class ResultTooLarge(QueryError):
    """A query returned more rows than the limit allows."""


@dataclass
class QueryResult:
    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list = field(default_factory=list)


def _syntax_error(err: Exception) -> QueryError:
    msg = str(err).split("\n", 1)[0]
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if m:
        line, col, what = m.groups()
        what = re.sub(r", \[.*$", ", ...", what)[:200]
        return QueryError(f"SPARQL syntax error at line {line}, column {col}: {what}")
    return QueryError(f"SPARQL syntax error: {msg[:300]}")


_EMPTY = None


def _check_syntax(text: str) -> None:
    """Parse ``text`` (against an empty store) so errors show the user's own positions."""
    global _EMPTY
    if _EMPTY is None:
        _EMPTY = ox.Store()
    try:
        res = _EMPTY.query(text, prefixes=PREFIXES)
        if isinstance(res, ox.QuerySolutions):
            next(iter(res), None)
    except SyntaxError as err:
        raise _syntax_error(err) from err
    except (ValueError, RuntimeError, OSError):
        pass  # not a syntax problem; the real run reports it


def store_dir(target: str | Path) -> Path | None:
    """The on-disk store behind ``target`` (an OUTDIR or the store itself), or None (a URL, or an
    OUTDIR without a store, whose graph.json is queried)."""
    if is_remote(target):
        return None
    path = Path(target)
    if (path / STORE_DIR).is_dir():
        return path / STORE_DIR
    if (path / "CURRENT").is_file():  # the store directory itself
        return path
    return None


def open_target(target: str | Path):
    """The queryable behind ``target``: a RemoteStore, the on-disk store, or an in-memory one."""
    if is_remote(target):
        return RemoteStore(str(target))
    directory = store_dir(target)
    if directory is not None:
        return open_store(directory, read_only=True)
    from ..write.graphio import read_graph

    return memory_store(read_graph(Path(target)))


def _collect(form: str, res, max_rows: int | None) -> QueryResult:
    out = QueryResult(form)
    if isinstance(res, ox.QueryBoolean):
        out.boolean = bool(res)
        return out
    if isinstance(res, ox.QuerySolutions):
        out.variables = [v.value for v in res.variables]
        for sol in res:
            if max_rows is not None and len(out.rows) >= max_rows:
                raise ResultTooLarge(f"the query returned more than {max_rows} rows; add a LIMIT")
            out.rows.append([sol[v] for v in out.variables])
        return out
    for t in res:
        if max_rows is not None and len(out.triples) >= max_rows:
            raise ResultTooLarge(f"the query returned more than {max_rows} triples; add a LIMIT")
        out.triples.append(t)
    return out


def execute(target, query: str, *, params: dict[str, str] | None = None,
            max_rows: int | None = None, allow_service: bool = False) -> QueryResult:
    """Run ``query`` (text, .rq path or canned name) on an open target (see :func:`open_target`)."""
    text, declared = load_query(query)
    return execute_sparql(target, text, params=params, declared=declared, max_rows=max_rows,
                          allow_service=allow_service)


def execute_sparql(target, text: str, *, params: dict[str, str] | None = None,
                   declared: tuple[str, ...] | None = None,
                   max_rows: int | None = None, allow_service: bool = False) -> QueryResult:
    """Run SPARQL ``text`` (never read from a file) on an open target.

    A query that calls a SERVICE is refused (:class:`ServiceRefused`) unless ``allow_service``.
    """
    form = query_form(text)
    refuse_service(text, allow_service)
    if not uses_service(text):  # the check runs the query on an empty store: no second call out
        _check_syntax(text)
    text = bind_params(text, dict(params or {}), declared)
    try:
        if isinstance(target, RemoteStore):
            prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
            graph_form = form in ("CONSTRUCT", "DESCRIBE")
            accept = (ox.RdfFormat.N_TRIPLES if graph_form else ox.QueryResultsFormat.JSON).media_type
            data = target.query_raw(prologue + text, accept, allow_service=allow_service)
            res = (ox.parse(data, format=ox.RdfFormat.N_TRIPLES) if graph_form
                   else ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
        else:
            res = target.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        return _collect(form, res, max_rows)
    except SyntaxError as err:
        raise _syntax_error(err) from err
    except (OSError, RuntimeError, ValueError) as err:
        if is_damage(err):
            raise damaged_store(None, err) from err
        raise QueryError(f"the query failed: {err}") from err


# ---------------------------------------------------------------- formatting


_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _short(term) -> str:
    """A term for people: prefixed IRIs, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for p, iri in _LONGEST_FIRST:  # actor:russia, not agr:actor/russia
            if term.value.startswith(iri):
                return f"{p}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(res: QueryResult) -> str:
    cells = [[_short(t).replace("\n", " ") for t in row] for row in res.rows]
    cells = [[c if len(c) <= _TABLE_CELL else c[: _TABLE_CELL - 1] + "…" for c in row] for row in cells]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(res.variables)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(res.variables), line("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != PREFIXES["xsd"] + "string":
        d["datatype"] = t.datatype.value
    return d


def _json(res: QueryResult) -> str:
    if res.boolean is not None:
        return json.dumps({"head": {}, "boolean": res.boolean}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(res.variables, row) if t is not None}
                for row in res.rows]
    return json.dumps({"head": {"vars": res.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{_xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{_xml_escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{_xml_escape(t.value)}</literal>"
    if t.datatype.value != PREFIXES["xsd"] + "string":
        return f"<literal datatype={quoteattr(t.datatype.value)}>{_xml_escape(t.value)}</literal>"
    return f"<literal>{_xml_escape(t.value)}</literal>"


def _xml(res: QueryResult) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in res.variables]
    out.append("</head>")
    if res.boolean is not None:
        out.append(f"<boolean>{'true' if res.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in res.rows:
            out.append("<result>" + "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(res.variables, row) if t is not None) + "</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out) + "\n"


def _csv(res: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if res.boolean is not None:
        w.writerow(["boolean"])
        w.writerow(["true" if res.boolean else "false"])
    else:
        w.writerow(res.variables)
        w.writerows([["" if t is None else t.value for t in row] for row in res.rows])
    return buf.getvalue()


def _tsv(res: QueryResult) -> str:
    if res.boolean is not None:
        return f"?boolean\n{'true' if res.boolean else 'false'}\n"
    lines = ["\t".join("?" + v for v in res.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in res.rows]
    return "\n".join(lines) + "\n"


def _rdf(res: QueryResult, fmt: str) -> str:
    rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
    prefixes = PREFIXES if fmt == "turtle" else None
    data = ox.serialize(res.triples, format=rdf_format, prefixes=prefixes) if prefixes \
        else ox.serialize(res.triples, format=rdf_format)
    return (data or b"").decode("utf-8")


def format_result(res: QueryResult, fmt: str = "table") -> str:
    """``res`` as text in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if res.form in ("CONSTRUCT", "DESCRIBE"):
        return _rdf(res, fmt)
    if fmt in ("ntriples", "turtle"):
        raise QueryError(f"{fmt} is for CONSTRUCT/DESCRIBE results; use table, csv, tsv, json or xml")
    if fmt == "table":
        return _table(res) if res.boolean is None else ("yes\n" if res.boolean else "no\n")
    return {"csv": _csv, "tsv": _tsv, "json": _json, "xml": _xml}[fmt](res)


def run_query(outdir_or_store: str | Path, query: str, *, params: dict[str, str] | None = None,
              fmt: str = "table", max_rows: int | None = None, allow_service: bool = False) -> str:
    """Run ``query`` on a built OUTDIR (its store, else its graph.json) or a store URL.

    A query calling a SERVICE is refused unless ``allow_service``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    target = open_target(outdir_or_store)
    try:
        res = execute(target, query, params=params, max_rows=max_rows, allow_service=allow_service)
    except StoreDamaged as err:  # found while reading: name the store
        raise damaged_store(store_dir(outdir_or_store), err.detail) from err
    return format_result(res, fmt)
