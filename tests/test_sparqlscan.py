"""SERVICE is refused unless allowed: checked against a local HTTP server that records every hit."""
from __future__ import annotations

import http.server
import threading

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import QueryError
from graph.write.graphio import generate_graph_json
from graph.sparql.query import run_query
from graph.sparql.sparqlscan import ServiceRefused, query_form, uses_service, variables, where_brace
from graph.sparql.store import RemoteStore, sync_store


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.server.hits.append(self.path)
        body = b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recorder():
    """A SPARQL endpoint on 127.0.0.1 that answers one empty solution and records each request."""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    srv.hits = []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}/sparql"
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    from tests.conftest import _actors, _articles, _triples
    from graph.assemble.assemble import make_graph

    out = tmp_path_factory.mktemp("out")
    G = make_graph(_articles(), _actors(), _triples())
    (out / "graph.json").write_text(generate_graph_json(G), encoding="utf-8")
    sync_store(G, out / "store")
    return out


def _service_queries(url: str) -> dict[str, str]:
    """Every way found to make Oxigraph call a SERVICE (each checked to call it, below)."""
    base = url.rsplit("/", 1)[0]
    return {
        "plain": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "silent, lower case, nested": f"select * where {{ {{ service silent <{url}> {{ ?s ?p ?o }} }} }}",
        "no spaces": f"SELECT * WHERE{{SERVICE<{url}>{{?s ?p ?o}}}}",
        "glued prefixed name": f"PREFIX e: <{base}/> SELECT * WHERE {{ SERVICEe:sparql {{ ?s ?p ?o }} }}",
        "glued SILENT": f"SELECT * WHERE {{ SERVICESILENT<{url}> {{ ?s ?p ?o }} }}",
        "glued to a boolean": f"SELECT * WHERE {{ ?s ?p true . ?s ?p trueSERVICE <{url}> {{ }} }}",
        "empty prefix": f"PREFIX : <{base}/> SELECT * WHERE {{ SERVICE:sparql {{ ?s ?p ?o }} }}",
        "after a name with an escaped #": f"SELECT * WHERE {{ ?s ag:a\\# ?o . SERVICE <{url}> {{ }} }}",
        "after a name with an escaped quote":
            f"SELECT * WHERE {{ ?s ag:a\\' ?o . SERVICE <{url}> {{ }} FILTER(?o != 'x') }}",
        "after a < that looks like an IRI": f"SELECT * WHERE {{ FILTER(1<2&&2>1) SERVICE <{url}> {{ }} }}",
        "in FILTER EXISTS": f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{url}> {{ }} }} }}",
        "in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ }} }} }} }}",
        "in MINUS": f"SELECT * WHERE {{ BIND(1 AS ?x) MINUS {{ SERVICE <{url}> {{ }} }} }}",
        "ASK": f"ASK {{ SERVICE <{url}> {{ }} }}",
        "CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ }} }}",
    }


def test_sparqlscan_every_service_form_calls_out_in_oxigraph_itself(recorder):
    """The cases are real: plain pyoxigraph sends a request for each one."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://s"), ox.NamedNode("http://p"), ox.Literal(True)))
    for name, query in _service_queries(recorder.url).items():
        before = len(recorder.hits)
        try:
            res = store.query(query, prefixes={"ag": "http://a/"})
            list(res) if not isinstance(res, ox.QueryBoolean) else bool(res)
        except OSError:
            pass
        assert len(recorder.hits) > before, name


@pytest.mark.parametrize("name", list(_service_queries("http://h/sparql")))
def test_sparqlscan_service_is_refused_and_nothing_is_sent(recorder, outdir, name):
    query = _service_queries(recorder.url)[name]
    assert uses_service(query)
    before = len(recorder.hits)
    with pytest.raises(ServiceRefused, match="--allow-service"):
        run_query(outdir, query)
    with pytest.raises(ServiceRefused, match="--allow-service"):
        run_query(recorder.url, query)  # a remote store would make the call itself
    assert len(recorder.hits) == before


def test_sparqlscan_allow_service_lets_the_call_through(recorder, outdir):
    before = len(recorder.hits)
    text = run_query(outdir, f"SELECT * WHERE {{ SERVICE <{recorder.url}> {{ }} }}", allow_service=True)
    assert len(recorder.hits) == before + 1 and "(1 row)" in text


NOT_SERVICE = [
    "SELECT * WHERE { ?s ?p 'SERVICE <http://x> { }' }",
    'SELECT * WHERE { ?s ?p """a\nservice""" }',
    "SELECT * WHERE { ?s <http://service.example/SERVICE> ?o }",
    "SELECT * WHERE { ?s ?p <http://x/\\u0053ERVICE> }",
    "SELECT ?service WHERE { ?service ?p ?o }",
    "SELECT * WHERE { ?s ag:service ?o . ?s ag:hasService ?x }",
    "PREFIX : <http://e/> SELECT * WHERE { ?s :service ?o }",
    "SELECT * WHERE { _:service ?p ?o }",
    "SELECT * WHERE { BIND('x'@service AS ?l) }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x> { }",
]


@pytest.mark.parametrize("query", NOT_SERVICE)
def test_sparqlscan_service_in_strings_iris_names_and_comments_is_not_a_call(outdir, query):
    assert not uses_service(query)
    run_query(outdir, query)  # runs (no refusal, valid SPARQL)


def test_sparqlscan_a_prefix_named_service_is_refused_with_a_hint(outdir):
    with pytest.raises(ServiceRefused, match="rename it"):
        run_query(outdir, "PREFIX service: <http://e/> SELECT * WHERE { service:a ?p ?o }")


def test_sparqlscan_cli_refuses_service_and_names_the_flag(recorder, outdir):
    from typer.testing import CliRunner

    from graph.cli import app

    query = f"SELECT * WHERE {{ SERVICE SILENT <{recorder.url}> {{ }} }}"
    before = len(recorder.hits)
    result = CliRunner().invoke(app, ["query", str(outdir), query])
    assert result.exit_code == 1 and "--allow-service" in result.output
    assert "Traceback" not in result.output and len(recorder.hits) == before
    result = CliRunner().invoke(app, ["query", str(outdir), query, "--allow-service"])
    assert result.exit_code == 0 and len(recorder.hits) == before + 1


def test_sparqlscan_remote_store_helper_refuses_service(recorder):
    before = len(recorder.hits)
    with pytest.raises(ServiceRefused):
        RemoteStore(recorder.url).select(f"SELECT * WHERE {{ SERVICE <{recorder.url}> {{ }} }}")
    assert len(recorder.hits) == before


def test_sparqlscan_forms_variables_and_where_brace_skip_strings_and_escaped_names():
    q = "PREFIX x: <http://select/> SELECT ?a WHERE { ?a ag:p\\# ?b . ?a ag:q '{?c}' } # ?d {"
    assert query_form(q) == "SELECT"
    assert variables(q) == {"a", "b"}
    assert q[where_brace(q)] == "{" and where_brace(q) == q.index("{")
    with pytest.raises(QueryError):
        query_form("INSERT DATA { <http://a> <http://b> 'SELECT' }")


# ---------------------------------------------------------------- property test

_FILLERS = [  # pattern elements that hold 'service' where Oxigraph reads no SERVICE call
    "OPTIONAL { ?s ex:a\\# ?o }",
    "OPTIONAL { ?s ex:it\\'s ?o }",
    "OPTIONAL { ?s <http://service.example/SERVICE> ?o }",
    "BIND('SERVICE <http://x> { }' AS ?v1)",
    'BIND("""two\nSERVICE lines""" AS ?v2)',
    "BIND('x'@service AS ?v3)",
    "OPTIONAL { ?service ?p ?o }",
    "OPTIONAL { ?s ex:service ?o }",
    "OPTIONAL { ?s :SERVICE ?o }",
    "OPTIONAL { _:service ?p ?o }",
    "OPTIONAL { ?c ?d ?e } # SERVICE <http://x> { }\n",
    "FILTER(1<2&&3>2)",
    "OPTIONAL { ?s ?p true }",
    "VALUES ?w { UNDEF }",
    "OPTIONAL { ?s <http://p\\u0053ERVICE> ?o }",
    "OPTIONAL { ?s ex:p? ?o }",
]
_CALLS = [  # SERVICE calls, in the forms Oxigraph accepts
    "SERVICE <{u}> {{ }}",
    "service silent <{u}> {{ }}",
    "SERVICE<{u}>{{ }}",
    "SeRvIcE ex2:sparql {{ }}",
    "SERVICEex2:sparql {{ }}",
    "{{ SERVICE <{u}> {{ }} }}",
    "FILTER EXISTS {{ SERVICE <{u}> {{ }} }}",
    "OPTIONAL {{ ?s ?p trueSERVICE <{u}> {{ }} }}",
    "MINUS {{ SERVICE SILENT <{u}> {{ }} }}",
]
_SEPARATORS = [" ", "\n", " . ", " #c\n", "\t"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(_FILLERS), max_size=6, unique=True),
       seps=st.lists(st.sampled_from(_SEPARATORS), min_size=8, max_size=8),
       call=st.one_of(st.none(), st.sampled_from(_CALLS)), at=st.integers(0, 6))
def test_sparqlscan_detection_matches_oxigraph_on_mixed_queries(recorder, parts, seps, call, at):
    """Random mixes of tricky elements, with or without one SERVICE call: found exactly when one
    is there; every mix is valid SPARQL for Oxigraph, and one without a call sends nothing."""
    base = recorder.url.rsplit("/", 1)[0]
    if call is not None:
        parts = parts[:at] + [call.format(u=recorder.url)] + parts[at:]
    body = "".join(p + seps[i % len(seps)] for i, p in enumerate(parts))
    query = (f"PREFIX ex: <http://e/> PREFIX : <http://e2/> PREFIX ex2: <{base}/>\n"
             f"SELECT * WHERE {{ {body} }}")
    assert uses_service(query) == (call is not None), query
    before = len(recorder.hits)
    try:
        list(ox.Store().query(query))
    except SyntaxError as err:
        pytest.fail(f"not valid SPARQL ({err}): {query}")
    except OSError:
        pass
    if call is None:
        assert len(recorder.hits) == before
