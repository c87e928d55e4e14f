"""Issue 16's input probes through a whole `actorgraph build`: one bad file never stops it.

Each probe is an article whose front matter, sidecar or file name is hostile; the build must
exit 0, build every article, list a warning naming the file and the field, print names escaped,
and write outputs that read back as UTF-8.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.run.pipeline import BuildOptions, build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BODY = ("Russia said on Monday that it had moved troops to its border with Afghanistan after the Taliban "
        "took several districts in the north of the country.\n\nThe Afghan government accused Moscow of "
        "holding talks with the militants, which the Russian Foreign Ministry denied in a statement.")

# file name -> (front matter, sidecar JSON, field named by the warning)
PROBES = {
    "date-9999.md": ("date: 9999-99-99", None, "date"),
    "date-feb30.md": ("date: 2017-02-30", None, "date"),
    "date-hour.md": ("date: 2017-04-26T25:00:00", None, "date"),
    "date-offset.md": ("date: 2017-04-26T10:00:00+25:00", None, "date"),
    "big-number.md": ("title: 1" + "0" * 5000, None, "title"),
    "deep-list.md": ("title: " + "[" * 5000, None, "title"),
    "aliases.md": ("a: &a [" + ", ".join(["x"] * 9) + "]\nb: &b [" + ", ".join(["*a"] * 9) + "]\ntitle: *b",
                   None, "title"),
    "surrogate.md": ('title: "\\ud800"', None, "title"),
    "unclosed.md": ("title: [unclosed", None, "title"),
    "side-surrogate.txt": (None, '{"title": "\\ud800"}', "title"),
    "side-number.txt": (None, '{"title": 1' + "0" * 5000 + "}", "title"),
    "side-deep.txt": (None, '{"title": ' + "[" * 5000 + "}", "sidecar"),
    "side-broken.txt": (None, "{not json", "sidecar"),
}
ESCAPED_NAME = "esc\x1b[31mred\x1b[0m [bold]x.md"  # with a bad date, so the summary names it


def _probe_folder(folder: Path) -> None:
    folder.mkdir()
    for i, (name, (front, sidecar, _)) in enumerate(PROBES.items()):
        text = BODY + f"\n\nOfficials counted {i + 2} convoys crossing the border on Tuesday."
        (folder / name).write_text(f"---\n{front}\n---\n{text}" if front else text, encoding="utf-8")
        if sidecar:
            (folder / (name + ".json")).write_text(sidecar, encoding="utf-8")
    (folder / ESCAPED_NAME).write_text("---\ndate: 2017-02-30\n---\n" + BODY + "\n\nOfficials counted one convoy.",
                                       encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 300 + paragraphs + "<p>No convoys.</p>"
                                      + "</div>" * 300 + "</body></html>", encoding="utf-8")


def test_reader_build_probes_are_warnings_and_every_article_is_built(tmp_path):
    _probe_folder(tmp_path / "in")
    env = {**os.environ, "COLUMNS": "1000", "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                        "--no-store", "--workers", "1"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "\x1b[31m" not in r.stderr
    warnings = [line for line in r.stderr.splitlines() if line.startswith("warning ")]
    for name, (_, _, field) in PROBES.items():
        assert any(name in w and (f"'{field}'" in w or field == "sidecar" and "sidecar" in w) for w in warnings), name
    assert any("esc\\x1b[31mred\\x1b[0m [bold]x.md: front matter 'date'" in w for w in warnings)  # not markup
    with open(tmp_path / "out" / "triples.csv", encoding="utf-8", newline="") as fh:
        built = {Path(row["article_path"]).name for row in csv.DictReader(fh)}
    assert set(PROBES) | {"deep.html", "esc\\x1b[31mred\\x1b[0m [bold]x.md"} <= built
    for name in ("graph.ttl", "graph.nt", "entities.csv", "graph.json"):
        (tmp_path / "out" / name).read_text(encoding="utf-8")


def test_reader_build_summary_lists_each_warning(tmp_path):
    _probe_folder(tmp_path / "in")
    summary = build([tmp_path / "in"], tmp_path / "out", BuildOptions(workers=1, use_store=False))
    assert summary.articles == len(PROBES) + 2 and not summary.skipped
    named = {Path(w.path).name for w in summary.warnings}
    assert named == set(PROBES) | {"esc\\x1b[31mred\\x1b[0m [bold]x.md"}
    assert all(w.reason.startswith(("front matter", "sidecar")) for w in summary.warnings)
