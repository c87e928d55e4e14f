"""The wheel: an installed (not editable) actorgraph finds its ontology and canned queries.

The wheel goes into a venv of its own, which sees the packages of the environment running the
tests (spaCy, the model ...) through a ``.pth`` file listing that environment's ``sys.path``.
This works whether pytest runs in a venv or not (a venv made with ``system_site_packages`` inside
another venv would see the base interpreter's packages, not the outer venv's).
"""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path) -> str:
    """Run ``cmd`` without PYTHONPATH (which could name the checkout); its stdout, or a failure that
    shows what it printed (stderr included)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, env=env)
    if r.returncode != 0:
        pytest.fail(f"{' '.join(map(str, cmd))} exited {r.returncode}\n--- stdout\n{r.stdout}\n--- stderr\n{r.stderr}",
                    pytrace=False)
    return r.stdout


def _running_environment() -> list[str]:
    """This interpreter's import folders, except those that would put the checkout's own ``graph``
    (an editable install, the current folder) ahead of nothing: the wheel's copy must be the one found."""
    folders = []
    for entry in sys.path:
        p = Path(entry or ".").resolve()
        if p.is_dir() and not (p / "graph" / "__init__.py").is_file() and str(p) not in folders:
            folders.append(str(p))
    return folders


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A venv that sees this environment's packages (spaCy, the model) but holds actorgraph from a wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--no-build-isolation", "-w", tmp / "dist", "-q"],
         cwd=tmp)
    from graph import __version__

    wheel = next((tmp / "dist").glob(f"actorgraph-{__version__}-*.whl"))  # the version of graph/__init__.py
    venv.create(tmp / "venv", with_pip=False)
    python = tmp / "venv" / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel], cwd=tmp)
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp).strip())
    (site / "_running_environment.pth").write_text("\n".join(_running_environment()) + "\n", encoding="utf-8")
    return python, tmp


def test_wheel_carries_the_ontology_and_queries_inside_the_package(installed):
    python, tmp = installed
    out = _run([python, "-c", "import graph.vocab as v; print(v.ONTOLOGY_DIR); print(v.QUERY_DIR)"], cwd=tmp).split()
    onto, queries = map(Path, out)
    assert tmp / "venv" in onto.parents and onto.name == "_ontology"
    assert (onto / "lexicon.yaml").is_file() and (queries / "top-actors.rq").is_file()


def test_installed_wheel_builds_and_answers_a_canned_query(installed):
    from graph import __version__

    python, tmp = installed
    assert _run([python, "-m", "graph", "--version"], cwd=tmp) == f"actorgraph {__version__}\n"
    (tmp / "news.txt").write_text("Ukraine accused Russia of shelling Kharkiv on Monday.\n", encoding="utf-8")
    _run([python, "-m", "graph", "build", "news.txt", "--out", "out", "--no-store", "--workers", "1", "-q"], cwd=tmp)
    rows = (tmp / "out" / "triples.csv").read_text(encoding="utf-8")
    assert "Ukraine,accuses,Russia" in rows
    answer = _run([python, "-m", "graph", "query", "out", "top-actors", "--format", "csv"], cwd=tmp)
    assert "Russia" in answer
