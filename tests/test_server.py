"""The read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from graph.graphio import generate_graph_json
from graph.server import ServerOptions, make_server, negotiate
from graph.store import sync_store

Q = "SELECT ?s WHERE { ?s ag:supplies ?o }"


@pytest.fixture
def outdir(sample_graph, tmp_path):
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    (tmp_path / "map.html").write_text("<!doctype html><title>map</title>", encoding="utf-8")
    sync_store(sample_graph, tmp_path / "store")
    return tmp_path


@pytest.fixture
def server(outdir):
    srv = make_server(outdir, ServerOptions(port=0, max_body=10_000, max_rows=50)).start()
    yield srv
    srv.stop()


def call(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8")


def get(server, query, accept=None):
    headers = {"Accept": accept} if accept else {}
    return call(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": query}), headers=headers)


def test_server_listens_on_loopback_by_default(server):
    assert server.server_address[0] == "127.0.0.1"
    assert server.server_address[1] > 0


def test_server_get_json_by_default(server):
    status, ctype, body = get(server, Q)
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert [b["s"]["value"] for b in doc["results"]["bindings"]] == ["https://w3id.org/actorgraph/id/actor/russia"]


def test_server_post_query_body_and_form(server):
    status, _, body = call(f"{server.url}/sparql", Q.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and "actor/russia" in body
    form = urllib.parse.urlencode({"query": Q}).encode()
    status, _, body = call(f"{server.url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and "actor/russia" in body


@pytest.mark.parametrize("accept,ctype", [
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_server_content_negotiation(server, accept, ctype):
    status, got, body = get(server, Q, accept)
    assert status == 200 and got.startswith(ctype)
    if ctype == "text/csv":
        assert list(csv.reader(io.StringIO(body)))[1] == ["https://w3id.org/actorgraph/id/actor/russia"]


def test_server_construct_as_turtle_or_ntriples(server):
    q = "CONSTRUCT WHERE { ?s ag:supplies ?o }"
    status, ctype, body = get(server, q)
    assert status == 200 and ctype.startswith("text/turtle") and "supplies" in body
    status, ctype, body = get(server, q, "application/n-triples")
    assert status == 200 and body.strip().endswith("<https://w3id.org/actorgraph/id/actor/taliban> .")


def test_server_unacceptable_type_is_406(server):
    assert get(server, Q, "image/png")[0] == 406


def test_server_refuses_updates(server):
    upd = "INSERT DATA { <http://a> <http://b> <http://c> }"
    assert call(f"{server.url}/sparql", upd.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    form = urllib.parse.urlencode({"update": upd}).encode()
    assert call(f"{server.url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert get(server, upd)[0] == 403
    # and nothing was written
    assert json.loads(get(server, "ASK { <http://a> <http://b> <http://c> }")[2])["boolean"] is False


def test_server_syntax_error_is_400_with_position(server):
    status, _, body = get(server, "SELECT * WHERE { ?s")
    assert status == 400 and "line 1" in body


def test_server_rejects_oversized_body(server):
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 20_000).encode()
    assert call(f"{server.url}/sparql", big, {"Content-Type": "application/sparql-query"})[0] == 413


def test_server_result_size_limit(server):
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 400 and "LIMIT" in body
    assert get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200


def test_server_serves_the_map(server):
    status, ctype, body = call(server.url + "/")
    assert status == 200 and ctype.startswith("text/html") and "<title>map</title>" in body
    assert call(server.url + "/nothing")[0] == 404


def test_server_query_time_limit(outdir):
    srv = make_server(outdir, ServerOptions(port=0, timeout=0.05)).start()
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, _, body = get(srv, slow)
        assert status == 503 and "time limit" in body
    finally:
        srv.stop()


def test_server_negotiate():
    assert negotiate(None, "SELECT") == "json"
    assert negotiate("application/sparql-results+json;q=0.1, text/csv", "SELECT") == "csv"
    assert negotiate("text/csv;q=0", "SELECT") is None
    assert negotiate("application/n-triples", "CONSTRUCT") == "ntriples"


def test_server_cli_serves_the_outdir_over_http_and_refuses_updates(outdir):
    """`actorgraph serve` itself, as a user starts it: a process on a free loopback port."""
    import re
    import subprocess
    import sys
    import time
    from pathlib import Path

    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", str(outdir), "--port", "0",
                             "--max-rows", "1"], cwd=Path(__file__).resolve().parents[1],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            match = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", line or "")
            url = match.group(1) if match else None
            if proc.poll() is not None:
                break
        assert url, "actorgraph serve did not announce its endpoint"
        status, ctype, body = call(f"{url}/sparql?" + urllib.parse.urlencode({"query": Q}),
                                   headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and "json" in ctype
        assert json.loads(body)["results"]["bindings"][0]["s"]["value"].endswith("/russia")
        many = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # --max-rows 1 from the command line
        assert call(f"{url}/sparql?" + urllib.parse.urlencode({"query": many}))[0] >= 400
        status, _, _ = call(f"{url}/sparql", data=b"update=DROP ALL", method="POST",
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert 400 <= status < 500
        assert call(f"{url}/sparql?" + urllib.parse.urlencode({"query": Q}))[0] == 200  # nothing dropped
    finally:
        proc.terminate()
        proc.wait(10)
