"""Engines stream: an article is pulled from the input only shortly before its outcome comes back."""
from __future__ import annotations

import pytest

from graph.run.engines import Extracted, LocalEngine, PoolEngine, WorkerSpec, make_engine
from graph.model import Article
from graph.parse.nlp import DEFAULT_MODEL
from graph.ontology import Ontology

pytestmark = pytest.mark.slow

N = 40


@pytest.mark.parametrize("workers", [1, 2])
def test_engines_pull_the_input_lazily_and_return_every_article(workers):
    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2)
    engine = make_engine("local", spec, workers)
    assert isinstance(engine, LocalEngine if workers == 1 else PoolEngine)
    # at most this many articles are read ahead of the outcomes handed back
    # (one worker: a chunk being parsed and the parsed articles still waiting for extraction)
    ahead = (spec.batch_size * LocalEngine.CHUNK + LocalEngine.AHEAD if workers == 1
             else spec.batch_size * (2 * workers + 1))
    pulled = 0

    def articles():
        nonlocal pulled
        for i in range(N):
            pulled += 1
            yield Article(id=f"a{i:04d}", path=f"{i}.txt", text=f"Russia attacked Ukraine on day {i} of the war.")

    done, most_ahead = [], 0
    try:
        for outcome in engine.run(articles()):
            assert isinstance(outcome, Extracted)
            done.append(outcome.article)
            most_ahead = max(most_ahead, pulled - len(done))
    finally:
        engine.close()
    assert sorted(done) == [f"a{i:04d}" for i in range(N)]
    assert 0 < most_ahead <= ahead  # never the whole input: memory stays flat however long it is


TEXTS = ["The mayor of Lyon accused the regional council of hiding the budget.",
         "Norway agreed to supply Estonia with gas, the minister said.",
         "Ms Varga denied that her party had taken money from a Hungarian bank."]


def _articles(prefix="b"):
    return [Article(id=f"{prefix}{i}", path=f"{i}.txt", text=t) for i, t in enumerate(TEXTS * 3)]


def test_one_worker_extracts_the_same_beside_a_forked_parser_and_stops_it():
    import multiprocessing

    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2, keep_parses=True)
    articles = _articles()
    forked = list(LocalEngine(spec, overlap=True).run(iter(articles)))
    assert not multiprocessing.active_children()  # the parsing process has ended
    alone = list(LocalEngine(spec, overlap=False).run(iter(articles)))
    assert [o.extraction for o in forked] == [o.extraction for o in alone]
    assert [o.parse for o in forked] == [o.parse for o in alone]
    assert [o.article for o in forked] == [a.id for a in articles]  # in input order
    assert all(o.parsed for o in forked)


def test_one_worker_without_fork_extracts_the_same_on_its_thread_and_restores_the_switch_interval(monkeypatch):
    import multiprocessing
    import sys

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2, keep_parses=True)
    articles = _articles()
    before = sys.getswitchinterval()
    threaded = list(LocalEngine(spec, overlap=True).run(iter(articles)))
    assert sys.getswitchinterval() == before
    alone = list(LocalEngine(spec, overlap=False).run(iter(articles)))
    assert [o.extraction for o in threaded] == [o.extraction for o in alone]
    assert [o.parse for o in threaded] == [o.parse for o in alone]
    assert [o.article for o in threaded] == [a.id for a in articles]  # in input order


def test_one_worker_beside_a_forked_parser_keeps_cached_parses_in_input_order():
    from graph.run.engines import Reparse

    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2, keep_parses=True)
    first = list(LocalEngine(spec, overlap=False).run(iter(_articles())))
    # every other article comes with its cached parse; the rest are parsed in the forked process
    items = [Reparse(a, o.parse) if i % 2 else a for i, (a, o) in enumerate(zip(_articles(), first))]
    mixed = list(LocalEngine(spec, overlap=True).run(iter(items)))
    assert [o.article for o in mixed] == [a.id for a in _articles()]
    assert [o.parsed for o in mixed] == [i % 2 == 0 for i in range(len(items))]
    assert [o.extraction for o in mixed] == [o.extraction for o in first]


def test_one_worker_names_a_parsing_process_that_died(monkeypatch):
    import os

    import graph.run.engines as engines
    from graph.errors import EngineError

    monkeypatch.setattr(engines, "_parse_loop", lambda *args: os._exit(3))
    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2)
    with pytest.raises(EngineError, match=r"parsing process stopped \(exit code 3\)"):
        list(LocalEngine(spec, overlap=True).run(iter(_articles())))


def test_one_worker_extracts_in_the_parsing_thread_when_no_core_is_free(monkeypatch):
    import threading

    import graph.run.engines as engines

    monkeypatch.setattr(engines, "_core_free", lambda: False)
    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2)
    articles = [Article(id=f"c{i}", path=f"{i}.txt", text="Norway agreed to supply Estonia with gas.") for i in range(3)]
    seen = []
    for outcome in LocalEngine(spec).run(iter(articles)):
        seen.append(outcome.article)
        assert not any(t.name.startswith("actorgraph-extract") for t in threading.enumerate())
    assert seen == ["c0", "c1", "c2"]
