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


def test_one_worker_extracts_the_same_on_its_thread_and_restores_the_switch_interval():
    import sys

    spec = WorkerSpec(DEFAULT_MODEL, Ontology.shipped(), batch_size=2, keep_parses=True)
    texts = ["The mayor of Lyon accused the regional council of hiding the budget.",
             "Norway agreed to supply Estonia with gas, the minister said.",
             "Ms Varga denied that her party had taken money from a Hungarian bank."]
    articles = [Article(id=f"b{i}", path=f"{i}.txt", text=t) for i, t in enumerate(texts * 3)]
    before = sys.getswitchinterval()
    threaded = list(LocalEngine(spec, overlap=True).run(iter(articles)))
    assert sys.getswitchinterval() == before
    alone = list(LocalEngine(spec, overlap=False).run(iter(articles)))
    assert [o.extraction for o in threaded] == [o.extraction for o in alone]
    assert [o.parse for o in threaded] == [o.parse for o in alone]
    assert [o.article for o in threaded] == [a.id for a in articles]  # in input order


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
