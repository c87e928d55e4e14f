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
