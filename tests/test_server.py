"""The read-only SPARQL 1.1 Protocol endpoint."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.write.graphio import generate_graph_json
from graph.sparql.server import ServerOptions, make_server, negotiate
from graph.sparql.store import sync_store
from tests.test_sparqlscan import recorder  # noqa: F401 - the recording HTTP server fixture

Q = "SELECT ?s WHERE { ?s ag:supplies ?o }"


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    from graph.assemble.assemble import make_graph
    from tests.conftest import _actors, _articles, _triples

    out = tmp_path_factory.mktemp("out")
    G = make_graph(_articles(), _actors(), _triples(), meta={"model": "test"})
    (out / "graph.json").write_text(generate_graph_json(G), encoding="utf-8")
    (out / "map.html").write_text("<!doctype html><title>map</title>", encoding="utf-8")
    sync_store(G, out / "store")
    return out


@pytest.fixture(scope="module")
def server(outdir):
    srv = make_server(outdir, ServerOptions(port=0, max_body=10_000, max_rows=50, max_running=2)).start()
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
    srv = make_server(outdir, ServerOptions(port=0, timeout=0.05, max_running=1)).start()
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
    # a range gets a format of that range: text/* is text (CSV; Turtle), never JSON
    assert negotiate("text/*", "SELECT") == "csv"
    assert negotiate("text/*", "CONSTRUCT") == "turtle"
    assert negotiate("*/*", "SELECT") == "json" and negotiate("application/*", "SELECT") == "json"
    assert negotiate("text/html", "SELECT") is None and negotiate("not a type", "SELECT") is None


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


# ---------------------------------------------------------------- hardening


def raw(server, data: bytes, timeout: float = 20) -> bytes:
    """Send ``data`` on a fresh connection; everything the server answers before closing it."""
    import socket

    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(answer: bytes) -> int | None:
    import re

    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", answer)
    return int(m.group(1)) if m else None


def post_raw(server, headers: str, body: bytes = b"ASK {}", host: str | None = None) -> bytes:
    host = host or f"127.0.0.1:{server.server_address[1]}"
    head = (f"POST /sparql HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
            f"{headers}Connection: close\r\n\r\n")
    return raw(server, head.encode("latin-1") + body)


@pytest.mark.parametrize("headers,status", [
    ("Content-Length: -5\r\n", 400),
    ("Content-Length: abc\r\n", 400),
    ("Content-Length: 1e3\r\n", 400),
    ("Content-Length: +6\r\n", 400),
    ("Content-Length: ٦\r\n", 400),  # an Arabic-Indic six: int() would take it
    ("Content-Length: 99999999999999999999999999999999\r\n", 400),
    ("Content-Length: 6\r\nContent-Length: 7\r\n", 400),
    ("Content-Length: 999999\r\n", 413),
    ("Transfer-Encoding: chunked\r\n", 501),
    ("", 411),
    ("Content-Length: 6\r\n", 200),
])
def test_server_malformed_content_length_is_answered_not_a_traceback(server, caplog, headers, status):
    import logging

    with caplog.at_level(logging.WARNING, logger="graph.sparql.server"):
        answer = post_raw(server, headers.encode("utf-8").decode("latin-1"))
    assert status_of(answer) == status, answer[:200]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert get(server, "ASK {}")[0] == 200  # and the server goes on


@pytest.mark.parametrize("host,status", [
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("LOCALHOST:{port}", 200), ("[::1]:{port}", 200),
    ("evil.example:{port}", 403), ("127.0.0.1", 403), ("127.0.0.1:1{port}", 403), ("localhost.evil:{port}", 403),
    ("", 403),
])
def test_server_host_header_must_name_the_server(server, host, status):
    """DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 is refused."""
    port = server.server_address[1]
    answer = raw(server, (f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host.format(port=port)}\r\n"
                          "Connection: close\r\n\r\n").encode())
    assert status_of(answer) == status
    if status == 403:
        assert b"--allowed-host" in answer
    missing = raw(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nConnection: close\r\n\r\n")
    assert status_of(missing) == 403


def test_server_host_allowed():
    from graph.sparql.server import host_allowed

    allowed = frozenset({"127.0.0.1", "localhost", "[::1]", "graph.lan"})
    assert host_allowed("graph.lan:8080", allowed, 8080)
    assert host_allowed("Graph.Lan.:8080", allowed, 8080)
    assert host_allowed("localhost", allowed, 80) and not host_allowed("localhost", allowed, 8080)
    assert not host_allowed("localhost:80", allowed, 8080) and not host_allowed(None, allowed, 8080)
    assert host_allowed("anything:1", frozenset({"*"}), 8080)


@settings(max_examples=300, deadline=None)
@given(header=st.text(max_size=40))
def test_server_host_allowed_accepts_only_an_allowed_name_and_the_port(header):
    from graph.sparql.server import host_allowed

    allowed = frozenset({"127.0.0.1", "localhost", "[::1]"})
    if host_allowed(header, allowed, 7878):
        assert header.strip().lower().rstrip(".").replace(".:", ":") in {
            "127.0.0.1:7878", "localhost:7878", "[::1]:7878"}


def test_server_allowed_host_option_and_bound_address(outdir):
    srv = make_server(outdir, ServerOptions(port=0, allowed_hosts=("graph.lan",), max_running=1)).start()
    try:
        port = srv.server_address[1]
        for host, status in (("graph.lan", 200), ("other.lan", 403), ("127.0.0.1", 200)):
            answer = raw(srv, (f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}:{port}\r\n"
                               "Connection: close\r\n\r\n").encode())
            assert status_of(answer) == status, host
    finally:
        srv.stop()


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f"), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(length=HEADER_TEXT, accept=HEADER_TEXT, ctype=HEADER_TEXT)
def test_server_fuzzed_headers_get_an_http_answer(fast_server, length, accept, ctype):
    """Any Content-Length, Accept and Content-Type: an HTTP status from the expected set, or (a
    length longer than the body) the connection dropped at the read timeout; never a traceback."""
    port = fast_server.server_address[1]
    head = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {length}\r\nAccept: {accept}\r\nConnection: close\r\n\r\n")
    answer = raw(fast_server, head.encode("latin-1") + b"ASK {}")
    status = status_of(answer)
    digits = length.strip()
    if digits.isascii() and digits.isdigit() and len(digits) <= 18 and int(digits) > 6 and int(digits) <= 10_000:
        assert status in (408, None)  # waited for the rest of the body
    else:
        assert status in (200, 400, 403, 406, 411, 413, 415), answer[:300]


@pytest.fixture(scope="module")
def fast_server(outdir):
    """A server with short limits: 0.5 s to send a request, two handler threads, two waiting."""
    srv = make_server(outdir, ServerOptions(port=0, read_timeout=0.5, threads=2, backlog=2, max_body=10_000,
                                            max_running=1)).start()
    yield srv
    srv.stop()


def test_server_half_sent_request_is_dropped(fast_server):
    import socket
    import time

    host, port = fast_server.server_address[:2]
    with socket.create_connection((host, port), timeout=20) as sock:
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1")  # and nothing more
        assert sock.recv(100) == b""  # closed by the server
    with socket.create_connection((host, port), timeout=20) as sock:  # one byte at a time, never done
        closed = False
        for byte in b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nX-Slow: " + b"a" * 200:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.05)
        assert closed or sock.recv(100) in (b"", None)
    answer = post_raw(fast_server, "Content-Length: 100\r\n")  # a body that never comes whole
    assert status_of(answer) == 408


def test_server_connections_wait_in_a_bounded_queue(outdir):
    """Two handler threads, two waiting: the fifth idle connection is answered 503 at once, and
    once the idle ones are dropped the server answers again."""
    import socket
    import time

    srv = make_server(outdir, ServerOptions(port=0, read_timeout=5, threads=2, backlog=2, max_running=1)).start()
    idle = []
    try:
        host, port = srv.server_address[:2]
        for _ in range(4):
            idle.append(socket.create_connection((host, port), timeout=20))
            time.sleep(0.05)
        answer = raw(srv, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        assert status_of(answer) == 503 and b"retry" in answer
        for sock in idle:
            sock.close()
        statuses = [get(srv, "ASK {}")[0] for _ in range(3)]  # the closed ones leave the queue
        assert statuses[-1] == 200 and set(statuses) <= {200, 503}
    finally:
        for sock in idle:
            sock.close()
        srv.stop()


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_server_slow_queries_are_stopped_and_the_endpoint_recovers(outdir):
    """Four cross joins at once on two workers: each is answered 503 (over the limit, or no worker
    free in time) and its worker process is killed; then an ordinary query is answered."""
    import os
    import time
    from concurrent.futures import ThreadPoolExecutor

    srv = make_server(outdir, ServerOptions(port=0, timeout=2, max_running=2)).start()
    try:
        first = {w.pid for w in srv.pool._all}
        with ThreadPoolExecutor(4) as ex:
            answers = list(ex.map(lambda _: get(srv, SLOW), range(4)))
        assert [a[0] for a in answers] == [503] * 4
        assert any("stopped" in a[2] for a in answers)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and get(srv, "ASK {}")[0] != 200:
            time.sleep(0.2)
        assert get(srv, "ASK {}")[0] == 200
        for pid in first:  # the workers that ran the cross joins are gone, not running on
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        srv.stop()


def test_server_service_refused_unless_allowed(outdir, recorder):
    q = f"SELECT * WHERE {{ SERVICE <{recorder.url}> {{ }} }}"
    before = len(recorder.hits)
    srv = make_server(outdir, ServerOptions(port=0, max_running=1)).start()
    try:
        status, _, body = get(srv, q)
        assert status == 403 and "--allow-service" in body
        form = urllib.parse.urlencode({"query": q.lower()}).encode()
        assert call(f"{srv.url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
        assert len(recorder.hits) == before
    finally:
        srv.stop()
    srv = make_server(outdir, ServerOptions(port=0, max_running=1, allow_service=True)).start()
    try:
        assert get(srv, q)[0] == 200 and len(recorder.hits) == before + 1
    finally:
        srv.stop()


def test_server_damaged_store_is_reported_at_start(outdir, tmp_path):
    import shutil

    from graph.errors import StoreError

    copy = tmp_path / "out"
    shutil.copytree(outdir, copy)
    sst = max((copy / "store").glob("*.sst"), key=lambda p: p.stat().st_size)
    with open(sst, "r+b") as f:
        f.truncate(100)
    with pytest.raises(StoreError, match=f"the store at {copy / 'store'} is damaged"):
        make_server(copy, ServerOptions(port=0, max_running=1))


@pytest.mark.parametrize("args,option", [
    (["--port", "99999"], "--port"), (["--port", "-1"], "--port"), (["--timeout", "0"], "--timeout"),
    (["--max-rows", "0"], "--max-rows"), (["--port", "x"], "--port"),
])
def test_server_cli_bad_arguments_are_refused_cleanly(outdir, args, option):
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["serve", str(outdir), *args])
    assert result.exit_code != 0 and option in result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_server_without_a_store_serves_graph_json_loaded_once(outdir, tmp_path):
    import shutil

    from graph.errors import OutputError

    copy = tmp_path / "json-only"
    copy.mkdir()
    shutil.copy(outdir / "graph.json", copy / "graph.json")
    srv = make_server(copy, ServerOptions(port=0, max_running=2)).start()
    try:
        status, _, body = get(srv, Q)
        assert status == 200 and "actor/russia" in body
    finally:
        srv.stop()
    with pytest.raises(OutputError, match="graph.json"):
        make_server(tmp_path / "missing", ServerOptions(port=0, max_running=1))


def _processes_mentioning(text: str) -> list[int]:
    from pathlib import Path

    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and text.encode() in (proc / "cmdline").read_bytes():
                found.append(int(proc.name))
        except OSError:
            pass
    return found


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
def test_server_killed_server_leaves_no_query_running(outdir, tmp_path):
    """`actorgraph serve` killed with SIGKILL while a cross join runs: its starter and workers go too."""
    import re
    import shutil
    import subprocess
    import sys
    import threading
    import time
    from pathlib import Path

    mine = tmp_path / "only-this-test"
    shutil.copytree(outdir, mine)
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", str(mine), "--port", "0", "--timeout", "600"],
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while proc.poll() is None and "/sparql" not in line:
            line = proc.stderr.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", line).group(1)
        def slow_query() -> None:
            try:
                call(f"{url}/sparql?" + urllib.parse.urlencode({"query": SLOW}))
            except OSError:  # the server is killed under it
                pass

        threading.Thread(target=slow_query, daemon=True).start()
        time.sleep(1)
        assert len(_processes_mentioning(str(mine))) >= 3  # the server, the starter, its workers
    finally:
        proc.kill()
        proc.wait(10)
    deadline = time.monotonic() + 30
    while _processes_mentioning(str(mine)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_mentioning(str(mine)) == []
