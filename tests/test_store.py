"""The SPARQL store: incremental sync into an embedded Oxigraph store and a remote one."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request

import pyoxigraph as ox
import pytest

from graph.assemble.assemble import make_graph
from graph.errors import StoreError
from graph.model import Article, Triple
from graph.sparql.query import run_query
from graph.write.rdf import ACTORS_GRAPH, article_iri
from graph.sparql.store import RemoteStore, article_hashes, open_store, sync_store
from tests.conftest import _actors, _articles, _triples

A1, A2 = "a000000000001", "a000000000002"


def _graph(articles=None, triples=None):
    return make_graph(articles or _articles(), _actors(), triples or _triples())


def _count(path, query):
    store = open_store(path, read_only=True)
    return len(list(store.query(query, use_default_graph_as_union=True)))


def test_store_first_sync_adds_every_article(tmp_path):
    report = sync_store(_graph(), tmp_path / "store")
    assert sorted(report.added) == [A1, A2, "actors"]
    assert report.replaced == report.removed == report.unchanged == ()
    store = open_store(tmp_path / "store", read_only=True)
    assert {g.value for g in store.named_graphs()} == {str(article_iri(A1)), str(article_iri(A2)),
                                                       str(ACTORS_GRAPH)}
    q = "SELECT ?s WHERE { ?s <https://w3id.org/actorgraph/ontology#supplies> ?o }"
    assert [s["s"].value for s in store.query(q, use_default_graph_as_union=True)] == [
        "https://w3id.org/actorgraph/id/actor/russia"]


def test_store_second_sync_changes_nothing(tmp_path):
    sync_store(_graph(), tmp_path / "store")
    report = sync_store(_graph(), tmp_path / "store")
    assert sorted(report.unchanged) == [A1, A2, "actors"]
    assert not report.changed and report.quads == 0


def test_store_replaces_only_changed_articles_and_drops_removed_ones(tmp_path):
    sync_store(_graph(), tmp_path / "store")
    before = article_hashes(open_store(tmp_path / "store", read_only=True))
    a1, a2 = _articles()
    extra = Triple("taliban", "attacks", "afghanistan", "attacked", A2, a2.text, 0, len(a2.text),
                   confidence=0.9, rule="svo")
    report = sync_store(_graph(triples=_triples() + [extra]), tmp_path / "store")
    # A2 changed, and so did the actors graph (the Taliban's mention count); A1 did not
    assert set(report.replaced) == {"actors", A2} and report.unchanged == (A1,)
    after = article_hashes(open_store(tmp_path / "store", read_only=True))
    assert after[str(article_iri(A1))] == before[str(article_iri(A1))]
    assert after[str(article_iri(A2))] != before[str(article_iri(A2))]
    # the old content of the replaced graph is gone, not duplicated
    assert _count(tmp_path / "store", "SELECT ?st WHERE { ?st a <https://w3id.org/actorgraph/ontology#Statement> }") == 6

    only_a1 = [t for t in _triples() if t.article == A1]
    report = sync_store(make_graph([a1], _actors(), only_a1), tmp_path / "store")
    assert report.removed == (A2,) and report.unchanged == (A1,) and report.replaced == ("actors",)
    store = open_store(tmp_path / "store", read_only=True)
    assert {g.value for g in store.named_graphs()} == {str(article_iri(A1)), str(ACTORS_GRAPH)}
    assert _count(tmp_path / "store", "SELECT ?a WHERE { ?a <https://w3id.org/actorgraph/ontology#alias> 'Daesh' }") == 0


def _quads(path):
    store = open_store(path, read_only=True)
    return sorted(map(str, store.quads_for_pattern(None, None, None, None)))


def test_store_sync_in_small_batches_gives_the_same_store(tmp_path):
    whole = sync_store(_graph(), tmp_path / "one")
    batched = sync_store(_graph(), tmp_path / "many", batch_quads=1)  # one request per graph
    assert _quads(tmp_path / "one") == _quads(tmp_path / "many")
    assert (batched.added, batched.quads) == (whole.added, whole.quads) and whole.quads > 0


def test_store_sync_stopped_between_batches_leaves_whole_graphs_and_the_next_sync_finishes(tmp_path, monkeypatch):
    import graph.sparql.store as store_module

    real, calls = store_module._apply, []

    def fail_second(store, drop, insert):
        calls.append(len(insert))
        if len(calls) == 2:
            raise ValueError("connection lost")
        return real(store, drop, insert)

    monkeypatch.setattr(store_module, "_apply", fail_second)
    with pytest.raises(StoreError, match="connection lost"):
        sync_store(_graph(), tmp_path / "store", batch_quads=1)
    monkeypatch.setattr(store_module, "_apply", real)
    first = article_hashes(open_store(tmp_path / "store", read_only=True))
    assert len(first) == 1  # the first batch's graph, with its content hash: whole
    report = sync_store(_graph(), tmp_path / "store")
    assert len(report.unchanged) == 1 and len(report.added) == 2
    sync_store(_graph(), tmp_path / "fresh")
    assert _quads(tmp_path / "store") == _quads(tmp_path / "fresh")


def test_store_locked_store_gives_store_error(tmp_path):
    held = open_store(tmp_path / "store")
    try:
        with pytest.raises(StoreError, match="another process"):
            sync_store(_graph(), tmp_path / "store")
    finally:
        del held


def test_store_unreachable_remote_gives_store_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="cannot reach"):
        sync_store(_graph(), f"http://127.0.0.1:{port}")


def test_store_remote_endpoint_names():
    r = RemoteStore("http://h:1/ds/")
    assert (r.query_url, r.update_url) == ("http://h:1/ds/query", "http://h:1/ds/update")
    r = RemoteStore("http://h:1/query")
    assert r.update_url == "http://h:1/update"
    r = RemoteStore("http://h:1/sparql")
    assert r.query_url == r.update_url == "http://h:1/sparql"


@pytest.fixture
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph CLI is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_store_remote_sync_and_query(oxigraph_server, tmp_path):
    url = oxigraph_server
    report = sync_store(_graph(), url)
    assert sorted(report.added) == [A1, A2, "actors"]
    assert not sync_store(_graph(), url).changed
    out = run_query(url, "who-supplies", params={"target": "Taliban"}, fmt="csv").replace("\r\n", "\n")
    lines = out.splitlines()
    assert lines[0].startswith("supplier,relation,recipient")
    assert lines[1].startswith("Russia,supplies,Taliban,reported,Rex Tillerson")
    a1 = _articles()[0]
    report = sync_store(make_graph([a1], _actors(), [t for t in _triples() if t.article == A1]), url)
    assert report.removed == (A2,)
    out = run_query(url, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", fmt="csv")
    assert out.splitlines()[1] == "2"  # A1 and the actors graph


@pytest.mark.slow  # builds: loads the spaCy pipeline
def test_store_build_with_store_url_writes_the_remote_store(oxigraph_server, tmp_path):
    from pathlib import Path

    from graph.run.pipeline import BuildOptions, build

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    summary = build([seeds], tmp_path / "out", BuildOptions(workers=1, store=oxigraph_server))
    assert len(summary.store_sync.added) == 6 and not (tmp_path / "out" / "store").exists()
    out = run_query(oxigraph_server, "who-supplies", params={"target": "Taliban"}, fmt="csv")
    assert "Russia" in out
    again = build([seeds], tmp_path / "out", BuildOptions(workers=1, store=oxigraph_server))
    assert again.store_sync is not None and not again.store_sync.changed  # a remote store is always checked


# ---------------------------------------------------------------- damaged and busy stores


def _truncate_one_sst(store_dir):
    sst = sorted(store_dir.glob("*.sst"), key=lambda p: p.stat().st_size)[-1]
    with open(sst, "r+b") as f:
        f.truncate(100)
    return sst


@pytest.fixture
def damaged_outdir(tmp_path):
    from graph.write.graphio import generate_graph_json

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text(generate_graph_json(_graph()), encoding="utf-8")
    sync_store(_graph(), out / "store")
    _truncate_one_sst(out / "store")
    return out


def test_store_damaged_store_is_named_with_the_fix(damaged_outdir):
    from graph.sparql.store import StoreDamaged, check_store

    store = damaged_outdir / "store"
    for attempt in (lambda: open_store(store, read_only=True), lambda: open_store(store),
                    lambda: check_store(store), lambda: sync_store(_graph(), store),
                    lambda: run_query(damaged_outdir, "ASK {}")):
        with pytest.raises(StoreDamaged) as err:
            attempt()
        message = str(err.value)
        assert f"the store at {store} is damaged" in message
        assert "--no-store" in message and f"delete {store}" in message


def test_store_query_cli_reports_a_damaged_store_without_traceback(damaged_outdir):
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["query", str(damaged_outdir), "ASK {}"])
    assert result.exit_code == 1
    assert "is damaged" in result.output and "Traceback" not in result.output
    assert "Corruption" in result.output  # RocksDB's own words, as the detail


def test_store_check_store_accepts_a_missing_store_and_refuses_a_held_one(tmp_path):
    from graph.sparql.store import check_store

    check_store(tmp_path / "nothing-yet")
    assert not (tmp_path / "nothing-yet").exists()  # a check writes nothing
    sync_store(_graph(), tmp_path / "store")
    check_store(tmp_path / "store")
    held = open_store(tmp_path / "store")
    try:
        with pytest.raises(StoreError, match="another process"):
            check_store(tmp_path / "store")
    finally:
        del held


def test_store_check_store_reaches_a_remote_store():
    from graph.sparql.store import check_store

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="cannot reach"):
        check_store(f"http://127.0.0.1:{port}")


@pytest.mark.slow
def test_store_build_with_a_damaged_store_stops_before_any_output_is_replaced(tmp_path):
    """The seeds built once; the store damaged; the next build (of other text) stops with the fix
    and leaves every output as it was."""
    from graph.errors import StoreError as Err
    from graph.run.pipeline import BuildOptions, build

    src = tmp_path / "in"
    src.mkdir()
    (src / "one.txt").write_text("Ukraine accused Russia of shelling Kharkiv on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, BuildOptions(workers=1, cache=False))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    _truncate_one_sst(out / "store")
    (src / "two.txt").write_text("Turkey signed a trade agreement with Azerbaijan.\n", encoding="utf-8")
    with pytest.raises(Err, match="is damaged.*--no-store"):
        build([src], out, BuildOptions(workers=1, cache=False))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    # the fix the message gives works
    shutil.rmtree(out / "store")
    summary = build([src], out, BuildOptions(workers=1, cache=False))
    assert summary.articles_built == 2 and len(summary.store_sync.added) == 3


def test_store_graph_left_without_its_content_hash_is_written_again(tmp_path):
    """The embedded store's bulk loader writes a batch's quads before their content hashes: a sync
    stopped in between leaves graphs without a hash, and the next sync writes them again, to the
    same store a fresh sync makes."""
    sync_store(_graph(), tmp_path / "store")
    store = open_store(tmp_path / "store")
    g = str(article_iri(A1))
    store.update(f"DELETE WHERE {{ GRAPH <{g}> {{ <{g}> <https://w3id.org/actorgraph/store#contentHash> ?h }} }}")
    del store
    report = sync_store(_graph(), tmp_path / "store")
    assert report.replaced == (A1,) and len(report.unchanged) == 2
    sync_store(_graph(), tmp_path / "fresh")
    assert _quads(tmp_path / "store") == _quads(tmp_path / "fresh")
