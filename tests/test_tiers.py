"""The test tiers set up in ``tests/conftest.py``: model tests marked, the fast tier kept honest."""
from __future__ import annotations

import pytest

import graph.parse.nlp


def test_tiers_every_test_using_the_nlp_fixture_is_model_and_slow(request):
    using = [item for item in request.session.items if "nlp" in getattr(item, "fixturenames", ())]
    for item in using:
        assert item.get_closest_marker("model") and item.get_closest_marker("slow"), item.nodeid


def test_tiers_a_fast_test_cannot_load_the_pipeline(request):
    with pytest.raises(AssertionError, match=r"test_tiers_a_fast_test_cannot_load_the_pipeline .*not marked slow"):
        graph.parse.nlp.load_pipeline()


@pytest.mark.slow
def test_tiers_a_slow_test_gets_the_real_loader():
    assert graph.parse.nlp.load_pipeline.__name__ == "load_pipeline"
    assert hasattr(graph.parse.nlp.load_pipeline, "cache_info")  # the lru_cache'd function itself, not loaded here
