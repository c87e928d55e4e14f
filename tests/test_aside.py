"""A function run in a forked child (the build's RDF files beside its other outputs)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.errors import OutputError
from graph.run.aside import Aside

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_aside_returns_the_childs_result_and_sees_the_parents_data():
    data = {"n": 41}
    assert Aside(lambda: data["n"] + 1, "a sum").result() == 42


def test_aside_raises_the_childs_error_in_the_parent():
    def fails():
        raise FileNotFoundError(2, "No such file or directory", "/nowhere/graph.ttl")

    with pytest.raises(FileNotFoundError, match="/nowhere/graph.ttl"):
        Aside(fails, "the RDF files").result()


def test_aside_names_what_it_wrote_when_the_child_dies():
    with pytest.raises(OutputError, match=r"writing the RDF files stopped .* code 7"):
        Aside(lambda: os._exit(7), "the RDF files").result()


def test_aside_wait_swallows_the_childs_error():
    Aside(lambda: 1 / 0, "a division").wait()


@pytest.mark.slow
def test_build_writes_the_same_rdf_files_in_a_forked_child(tmp_path, monkeypatch):
    import graph.run.engines as engines
    import graph.run.pipeline as P

    files = sorted(SEEDS.iterdir())
    monkeypatch.setattr(engines, "_core_free", lambda: False)
    P.build(files, tmp_path / "one", P.BuildOptions(workers=1, use_store=False))
    monkeypatch.setattr(engines, "_core_free", lambda: True)
    monkeypatch.setattr(P, "RDF_ASIDE_ARTICLES", 1)
    forked = []
    real = P._rdf_aside
    monkeypatch.setattr(P, "_rdf_aside", lambda G, outdir: forked.append(real(G, outdir)) or forked[-1])
    summary = P.build(files, tmp_path / "two", P.BuildOptions(workers=1, use_store=False))
    assert forked and forked[0] is not None  # the RDF files were written by a forked child
    assert [p.name for p in summary.outputs] == [f for f in P.OUTPUT_FILES]
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nt", "triples.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
