"""The one-worker engine extracts on a helper thread only when a core looks free for it."""
from __future__ import annotations

import os

import pytest

from graph.run import engines


@pytest.mark.parametrize("cores, load, free", [
    (2, 0.1, True),    # a quiet 2-core machine
    (2, 1.1, True),    # the build itself has been running a while (bench rounds): one core still free
    (2, 1.3, False),   # something else runs beside it
    (2, 6.5, False),   # every core busy
    (1, 0.0, False),   # one core: no second core for the thread to run on beside parsing
    (8, 6.0, True),
])
def test_core_free_reads_the_load_average_against_the_usable_cores(monkeypatch, cores, load, free):
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(engines, "_idle_cores", lambda: None)  # no /proc/stat to check a busy load against
    assert engines._core_free() is free


@pytest.mark.parametrize("idle, free", [
    (2.0, True),    # the load average still counts a build that has just ended: the cores are idle now
    (1.8, True),
    (1.2, False),   # another process is busy now: no core beside the caller's
    (None, False),  # no /proc/stat
])
def test_core_free_checks_a_busy_load_average_against_the_cores_idle_now(monkeypatch, idle, free):
    monkeypatch.setattr(os, "getloadavg", lambda: (2.0, 1.5, 0.9))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(engines, "_idle_cores", lambda: idle)
    assert engines._core_free() is free


def test_idle_cores_reads_proc_stat_over_a_short_while():
    idle = engines._idle_cores(0.05)
    if not os.path.exists("/proc/stat"):
        assert idle is None
    else:
        assert 0.0 <= idle <= os.cpu_count()


def test_core_free_without_a_load_average_uses_the_thread(monkeypatch):
    def no_load():
        raise OSError("no load average")

    monkeypatch.setattr(os, "getloadavg", no_load)
    assert engines._core_free() is True


@pytest.mark.slow
def test_the_default_pipeline_is_loaded_once_however_it_is_named():
    from graph.parse.nlp import DEFAULT_MODEL, load_pipeline

    assert load_pipeline() is load_pipeline(DEFAULT_MODEL)
