"""The wheel: an installed (not editable) actorgraph finds its ontology and canned queries."""
from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A venv that sees this machine's packages (spaCy, the model) but holds actorgraph from a wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-w", str(tmp / "dist"), "-q"], check=True, capture_output=True, cwd=tmp)
    wheel = next((tmp / "dist").glob("actorgraph-*.whl"))
    venv.create(tmp / "venv", system_site_packages=True, with_pip=False)
    python = tmp / "venv" / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "-q", str(wheel)], check=True, capture_output=True, cwd=tmp)
    return python, tmp


def test_wheel_carries_the_ontology_and_queries_inside_the_package(installed):
    python, tmp = installed
    out = subprocess.run([str(python), "-c", "import graph.vocab as v; print(v.ONTOLOGY_DIR); print(v.QUERY_DIR)"],
                         check=True, capture_output=True, text=True, cwd=tmp).stdout.split()
    onto, queries = map(Path, out)
    assert tmp / "venv" in onto.parents and onto.name == "_ontology"
    assert (onto / "lexicon.yaml").is_file() and (queries / "top-actors.rq").is_file()


def test_installed_wheel_builds_and_answers_a_canned_query(installed):
    python, tmp = installed
    (tmp / "news.txt").write_text("Ukraine accused Russia of shelling Kharkiv on Monday.\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "graph", "build", "news.txt", "--out", "out", "--no-store", "--workers", "1",
                    "-q"], check=True, capture_output=True, cwd=tmp)
    rows = (tmp / "out" / "triples.csv").read_text(encoding="utf-8")
    assert "Ukraine,accuses,Russia" in rows
    answer = subprocess.run([str(python), "-m", "graph", "query", "out", "top-actors", "--format", "csv"],
                            check=True, capture_output=True, text=True, cwd=tmp).stdout
    assert "Russia" in answer
