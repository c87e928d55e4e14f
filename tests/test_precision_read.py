"""scripts/precision_read.py: a reproducible draw, a sheet to fill in, and the count of its verdicts."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from graph.write.tables import TRIPLE_COLUMNS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pr():
    spec = importlib.util.spec_from_file_location("precision_read", REPO / "scripts" / "precision_read.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["precision_read"] = mod
    spec.loader.exec_module(mod)
    return mod


def rows(n):
    return [dict.fromkeys(TRIPLE_COLUMNS, "") | {"subject": f"S{i}", "relation": "accuses", "object": f"O{i}",
                                                  "sentence": f"S{i} accused O{i}.", "rule": "active_svo"}
            for i in range(n)]


def test_the_draw_is_reproducible_and_without_repeats(pr):
    a, b = pr.draw(rows(100), 50, 14), pr.draw(rows(100), 50, 14)
    assert a == b and len({r["subject"] for r in a}) == 50
    assert pr.draw(rows(100), 50, 15) != a
    assert len(pr.draw(rows(3), 50, 14)) == 3


def test_a_filled_sheet_is_scored_with_the_wrong_ones_and_their_reasons(pr):
    text = pr.sheet(rows(3), "out")
    assert text.count("verdict:") == 3 and "> S1 accused O1." in text
    filled = text.replace("verdict:", "verdict: right", 1).replace("verdict:\n", "verdict: wrong - the venue\n", 1)
    got = pr.score(filled)
    assert (got["right"], got["wrong"], got["unjudged"]) == (1, 1, 1)
    assert got["wrong_entries"] == [("2. S1 -accuses-> O1", "the venue")]
    assert got["precision"] == 0.5


def test_the_command_draws_from_a_build_and_scores_a_sheet(pr, tmp_path, capsys):
    with (tmp_path / "triples.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, TRIPLE_COLUMNS)
        w.writeheader()
        w.writerows(rows(5))
    sheet = tmp_path / "sheet.md"
    assert pr.main([str(tmp_path), "--n", "2", "--out", str(sheet)]) == 0
    sheet.write_text(sheet.read_text().replace("verdict:", "verdict: right"))
    assert pr.main(["--score", str(sheet)]) == 0
    assert "2 right, 0 wrong, 0 unjudged: 100.0% right" in capsys.readouterr().out
    assert pr.main([str(tmp_path / "nowhere")]) == 1


def test_the_sheet_shows_a_non_asserted_modality(pr):
    # precision13: "whether X would support a bid" is a hypothetical row, judged as one
    drawn = rows(2)
    drawn[0] |= {"modality": "hypothetical", "polarity": "positive"}
    drawn[1] |= {"modality": "asserted", "polarity": "negative"}
    text = pr.sheet(drawn)
    assert "## 1. S0 -accuses-> O0 [hypothetical]" in text
    assert "## 2. S1 -accuses-> O1 [negative]\n" in text
