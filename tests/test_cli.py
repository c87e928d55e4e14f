"""Every command has help text and is documented in the README (sqlite-utils style)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
runner = CliRunner()


def test_cli_has_the_commands_of_the_issues():
    assert {"build", "query", "serve", "validate", "map", "export", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    cmd = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    assert (cmd.help or cmd.callback.__doc__ or "").strip(), f"{command} has no help text"


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_is_in_the_readme(command):
    assert re.search(rf"actorgraph {command}\b", README), f"README does not document `actorgraph {command}`"


def test_cli_python_dash_m_graph_runs():
    r = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "build" in r.stdout


def test_cli_version_prints_the_package_version():
    from graph import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output == f"actorgraph {__version__}\n"
    r = subprocess.run([sys.executable, "-m", "graph", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == f"actorgraph {__version__}\n"


@pytest.fixture
def build_calls(monkeypatch):
    """Each call of the library's build by `actorgraph build` (none is really made)."""
    import graph.cli.build as command
    from graph.run.pipeline import BuildSummary

    calls = []

    def build(paths, out, options, progress):
        calls.append(options)
        return BuildSummary(outdir=out, files_seen=0, articles_built=0, articles_cached=0, skipped=(), actors=0,
                            triples=0)

    monkeypatch.setattr(command, "build", build)
    return calls


@pytest.mark.parametrize("args, option", [
    (["--workers", "0"], "--workers"),
    (["--workers", "-1"], "--workers"),
    (["--workers", "1000"], "--workers"),
    (["--batch-size", "0"], "--batch-size"),
    (["--batch-size", "-3"], "--batch-size"),
    (["--max-bytes", "0"], "--max-bytes"),
    (["--engine", "spark"], "--engine"),
    (["--ontology", "README.md"], "--ontology"),
    (["--ontology", "no-such-folder"], "--ontology"),
    (["--out", "README.md"], "--out"),
])
def test_cli_build_bad_arguments_exit_1_before_any_work(args, option, build_calls):
    root = Path(__file__).resolve().parents[1]
    result = runner.invoke(app, ["build", str(root / "seeds"), *args], catch_exceptions=False,
                           env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output
    assert option in result.output and "Traceback" not in result.output
    assert build_calls == []  # nothing started: no process, no output directory


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workers=st.one_of(st.integers(min_value=-4, max_value=40), st.integers(min_value=-10**6, max_value=10**6)))
def test_cli_build_workers_range_is_one_to_four_per_core(workers, build_calls):
    from graph.run.pipeline import default_workers

    build_calls.clear()
    result = runner.invoke(app, ["build", "seeds", "--workers", str(workers), "-q"])
    if 1 <= workers <= 4 * default_workers():
        assert result.exit_code == 0, result.output
        assert [o.workers for o in build_calls] == [workers]
    else:
        assert result.exit_code == 1 and "--workers" in result.output and build_calls == []


def test_cli_build_workers_on_a_remote_cluster_are_not_bounded_by_this_machine(build_calls):
    """With --scheduler, --workers only sets the batches in flight: no process starts here."""
    args = ["build", "seeds", "--engine", "dask", "--scheduler", "tcp://cluster:8786", "--workers", "512", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    assert [o.workers for o in build_calls] == [512]
    local_cluster = ["build", "seeds", "--engine", "dask", "--workers", "512"]
    assert runner.invoke(app, local_cluster).exit_code == 1


@pytest.mark.parametrize("args", [["--min-evidence", "0"], ["--radius", "-1"], ["--max-actors", "-1"]])
def test_cli_map_bad_arguments_exit_1(args, tmp_path):
    result = runner.invoke(app, ["map", str(tmp_path), *args])
    assert result.exit_code == 1 and args[0] in result.output, result.output


@pytest.mark.parametrize("args", [["no-such-command"], ["build", "seeds", "--no-such-option"], ["build"]])
def test_cli_usage_errors_exit_1(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "Usage" in result.output


@pytest.mark.parametrize("model, says", [
    ("../../x", "no spaCy pipeline folder"),
    ("/", "no spaCy pipeline folder"),
    ("os.path", "not the name of a spaCy pipeline package"),
    ("no_such_pipeline_xyz", "pip install no-such-pipeline-xyz"),
])
def test_cli_build_model_that_is_no_installed_pipeline_is_a_clean_error(model, says, tmp_path):
    (tmp_path / "a.txt").write_text("Ukraine accused Russia of shelling Kharkiv.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                        "--model", model, "-q"], capture_output=True, text=True)
    assert r.returncode == 1 and says in r.stderr and "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize("change, says", [
    ({"workers": 0}, "--workers 0"),
    ({"workers": 10**6}, "--workers 1000000"),
    ({"batch_size": -3}, "--batch-size -3"),
    ({"max_bytes": 0}, "--max-bytes 0"),
    ({"ontology_dir": Path(__file__)}, "--ontology"),
])
def test_cli_library_build_refuses_options_out_of_range_before_any_work(change, says, tmp_path):
    from graph.errors import OptionError
    from graph.run.pipeline import BuildOptions, build

    with pytest.raises(OptionError, match=re.escape(says)):
        build([tmp_path], tmp_path / "out", BuildOptions(**change))
    assert not (tmp_path / "out").exists()


# A build that holds its OUTDIR: it stops once it has started (the lock is taken by then) until
# told to go on, or is killed.
_HOLDING_BUILD = """
import sys
from graph.run.pipeline import BuildOptions, build

def progress(event, info):
    if event == "start":
        print("started", flush=True)
        sys.stdin.readline()

build([sys.argv[1]], sys.argv[2], BuildOptions(workers=1, use_store=False), progress)
"""


def _holding_build(src: Path, out: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _HOLDING_BUILD, str(src), str(out)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    line = proc.stdout.readline()
    assert line == "started\n", proc.stderr.read()
    return proc


def test_cli_second_build_into_the_same_outdir_stops_and_a_killed_build_leaves_no_lock(tmp_path):
    import signal

    from graph.run.pipeline import LOCK_FILE

    src, out = tmp_path / "news.txt", tmp_path / "out"
    src.write_text("Ukraine accused Russia of shelling Kharkiv on Monday.\n", encoding="utf-8")
    first = _holding_build(src, out)
    try:
        second = subprocess.run([sys.executable, "-m", "graph", "build", str(src), "--out", str(out), "-q"],
                                capture_output=True, text=True)
        assert second.returncode == 1 and "Traceback" not in second.stderr
        assert f"being built by another actorgraph process (pid {first.pid})" in second.stderr
        assert not (out / "triples.csv").exists()
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    assert (out / LOCK_FILE).exists()  # left behind by the killed build, and no obstacle:
    third = _holding_build(src, out)
    third.send_signal(signal.SIGKILL)
    third.communicate()


def test_cli_outdir_lock_is_not_held_by_forked_workers(tmp_path):
    """Parsing workers are forked while the build holds the lock; they close their copy, so a
    worker that outlives its build (its parent killed) never keeps OUTDIR locked."""
    import multiprocessing
    import os

    from graph.errors import OutputLockedError
    from graph.run.pipeline import _outdir_lock

    with _outdir_lock(tmp_path):
        with pytest.raises(OutputLockedError):
            with _outdir_lock(tmp_path):
                pass
        pool = multiprocessing.get_context("fork").Pool(1)
        pool.apply(os.getpid)  # the worker is running
    try:
        with _outdir_lock(tmp_path):  # the live worker holds nothing
            pass
    finally:
        pool.terminate()


def test_cli_model_check_accepts_installed_pipelines_by_name_or_folder(tmp_path):
    import importlib.util

    from graph.errors import ModelNotFoundError
    from graph.parse.nlp import DEFAULT_MODEL, check_model

    folder = next(iter(importlib.util.find_spec(DEFAULT_MODEL).submodule_search_locations))
    check_model(DEFAULT_MODEL)
    check_model(folder)  # a pipeline folder, by path
    with pytest.raises(ModelNotFoundError, match="no spaCy pipeline folder"):
        check_model(str(tmp_path))
