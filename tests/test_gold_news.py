"""The general-news gold (tests/gold/bbc-*.yaml), its selection rule and scripts/eval_news.py (no spaCy)."""
from __future__ import annotations

import hashlib
import json
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.evaluate import evaluate_rows, parse_gold, read_gold
from graph.fsutil import shared_dir
from graph.vocab import relation_types

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "gold"
DEV, HELDOUT = GOLD_DIR / "bbc-dev.yaml", GOLD_DIR / "bbc-heldout.yaml"
DEV2 = GOLD_DIR / "bbc-dev2.yaml"  # the second dev batch: the next dev articles after DEV's
DEV3 = GOLD_DIR / "bbc-dev3.yaml"  # the third dev batch: the next dev articles after DEV2's
DEV4 = GOLD_DIR / "bbc-dev4.yaml"  # the fourth dev batch: all the fresh dev articles after DEV3's
HELDOUT2 = GOLD_DIR / "bbc-heldout2.yaml"  # the second held-out batch: fresh held-out articles after HELDOUT's
POLITICS = shared_dir(REPO) / "corpus" / "bbc" / "politics"

# The selection rule of tests/gold/README.md ("General news (BBC politics)").
FIRST_NUMBER, PER_HALF, MAX_WORDS = 250, 22, 2000
DEV2_SIZE = DEV3_SIZE = 20
DEV4_SIZE = 18  # all that remain: the corpus ends at 417
HELDOUT2_SIZE = 20
# the second held-out batch as tests/gold/README.md states it (two halves of ten)
HELDOUT2_ARTICLES = [f"{n}.txt" for n in (302, 304, 308, 309, 313, 314, 316, 317, 320, 324,
                                          325, 326, 328, 329, 330, 334, 336, 337, 344, 345)]

needs_corpus = pytest.mark.skipif(not POLITICS.is_dir(), reason=f"BBC corpus not found at {POLITICS}")


def _gold_files() -> list[Path]:
    return [p for p in (DEV, DEV2, DEV3, DEV4, HELDOUT, HELDOUT2) if p.exists()]


def _number(name: str) -> int:
    m = re.fullmatch(r"(\d+)\.txt", name)
    assert m, f"gold article file {name!r} is not NNN.txt"
    return int(m.group(1))


def _half(name: str) -> str:
    """odd first hex digit of sha256("politics/NNN.txt") -> held-out, even -> dev."""
    digit = int(hashlib.sha256(f"politics/{name}".encode()).hexdigest()[0], 16)
    return "heldout" if digit % 2 else "dev"


def _selection(folder: Path) -> dict[str, list[str]]:
    """Recompute the gold files' articles from the corpus: numbers >= 250, duplicates and long
    articles dropped; each half its first PER_HALF, "dev2" the DEV2_SIZE dev articles after those,
    "dev3" the DEV3_SIZE dev articles after dev2's that duplicate no earlier politics file at all,
    "dev4" all such fresh dev articles after dev3's, "heldout2" the HELDOUT2_SIZE held-out articles
    after the held-out half's that duplicate no earlier politics file at all."""
    seen: set[bytes] = set()  # the kept files numbered FIRST_NUMBER and above
    earlier: set[bytes] = set()  # every numbered politics file read so far, below FIRST_NUMBER too
    halves: dict[str, list[str]] = {"dev": [], "heldout": []}
    fresh_dev: list[str] = []  # dev articles that repeat no earlier politics file
    fresh_heldout: list[str] = []  # held-out articles that repeat no earlier politics file
    for path in sorted(folder.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
        if not path.stem.isdigit():
            continue
        data = path.read_bytes()
        fresh = data not in earlier
        earlier.add(data)
        if int(path.stem) < FIRST_NUMBER or data in seen:  # exact duplicate: the first file is kept
            continue
        seen.add(data)
        if len(data.decode("utf-8").split()) > MAX_WORDS:
            continue
        halves[_half(path.name)].append(path.name)
        if fresh:
            (fresh_dev if _half(path.name) == "dev" else fresh_heldout).append(path.name)
    selected = {k: v[:PER_HALF] for k, v in halves.items()}
    selected["dev2"] = halves["dev"][PER_HALF:PER_HALF + DEV2_SIZE]
    last = _number(selected["dev2"][-1])
    selected["dev3"] = [f for f in fresh_dev if _number(f) > last][:DEV3_SIZE]
    last = _number(selected["dev3"][-1])
    selected["dev4"] = [f for f in fresh_dev if _number(f) > last]
    last = _number(selected["heldout"][-1])
    selected["heldout2"] = [f for f in fresh_heldout if _number(f) > last][:HELDOUT2_SIZE]
    return selected


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_news_parses_with_ontology_relations(path):
    gold = read_gold(path)  # raises on an unknown relation name
    known = set(relation_types())
    assert gold.articles
    for art in gold.articles:
        assert {r.relation for r in art.relations} <= known
        assert art.source == f"politics/{art.file}", art.file
        for r in art.relations:
            assert r.subject != r.object, (art.file, r)


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_news_articles_are_numbered_250_and_above(path):
    for art in read_gold(path).articles:
        assert _number(art.file) >= FIRST_NUMBER, art.file


@needs_corpus
@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_news_evidence_is_verbatim_and_titles_are_headlines(path):
    norm = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    for art in read_gold(path).articles:
        text = (POLITICS / art.file).read_text(encoding="utf-8")
        assert art.title == text.splitlines()[0].strip(), art.file
        flat = norm(text)
        for r in art.relations:
            assert r.evidence and norm(r.evidence) in flat, (art.file, r.evidence)


def test_gold_news_halves_follow_the_hash_split():
    names = {"dev": [a.file for a in read_gold(DEV).articles]}
    dev2 = [a.file for a in read_gold(DEV2).articles]
    dev3 = [a.file for a in read_gold(DEV3).articles]
    assert all(_half(f) == "dev" for f in dev2 + dev3)
    assert not set(names["dev"]) & set(dev2)
    assert not (set(names["dev"]) | set(dev2)) & set(dev3)
    # each batch comes after the one before in numeric order
    assert min(map(_number, dev2)) > max(_number(f) for f in names["dev"])
    assert min(map(_number, dev3)) > max(map(_number, dev2))
    assert dev3 == sorted(dev3, key=_number) and len(set(dev3)) == len(dev3)
    if HELDOUT.exists():
        names["heldout"] = [a.file for a in read_gold(HELDOUT).articles]
        assert not set(names["dev"]) & set(names["heldout"])
        assert not (set(dev2) | set(dev3)) & set(names["heldout"])
    for half, files in names.items():
        assert all(_half(f) == half for f in files), half


@needs_corpus
def test_gold_news_halves_equal_the_selection():
    expected = _selection(POLITICS)
    assert sorted(a.file for a in read_gold(DEV).articles) == sorted(expected["dev"])
    assert sorted(a.file for a in read_gold(DEV2).articles) == sorted(expected["dev2"])
    # the third batch is annotated in two halves merged one after the other: every article of the
    # file is in the selection, in its order (the file may hold only the first half so far)
    dev3 = [a.file for a in read_gold(DEV3).articles]
    assert len(expected["dev3"]) == DEV3_SIZE and dev3
    assert dev3 == [f for f in expected["dev3"] if f in dev3]
    if HELDOUT.exists():
        assert sorted(a.file for a in read_gold(HELDOUT).articles) == sorted(expected["heldout"])


@pytest.mark.skipif(not DEV4.exists(), reason="no fourth dev batch")
def test_gold_news_fourth_batch_follows_the_third_and_is_dev():
    earlier = {a.file for path in (DEV, DEV2, DEV3) for a in read_gold(path).articles}
    dev4 = [a.file for a in read_gold(DEV4).articles]
    assert dev4 and all(_half(f) == "dev" for f in dev4)
    assert not earlier & set(dev4)
    assert min(map(_number, dev4)) > max(_number(a.file) for a in read_gold(DEV3).articles)
    assert dev4 == sorted(dev4, key=_number) and len(set(dev4)) == len(dev4)
    if HELDOUT.exists():
        assert not set(dev4) & {a.file for a in read_gold(HELDOUT).articles}


@needs_corpus
@pytest.mark.skipif(not DEV4.exists(), reason="no fourth dev batch")
def test_gold_news_fourth_batch_is_in_the_selection():
    expected = _selection(POLITICS)["dev4"]
    # annotated in two halves merged one after the other: every article of the file is in the
    # selection, in its order (the file may hold only the first half so far)
    dev4 = [a.file for a in read_gold(DEV4).articles]
    assert len(expected) == DEV4_SIZE and dev4
    assert dev4 == [f for f in expected if f in dev4]


@pytest.mark.skipif(not HELDOUT2.exists(), reason="no second held-out batch")
def test_gold_news_second_heldout_batch_is_heldout_and_in_no_other_gold_file():
    heldout2 = [a.file for a in read_gold(HELDOUT2).articles]
    assert heldout2 and all(_half(f) == "heldout" for f in heldout2)
    assert heldout2 == sorted(heldout2, key=_number) and len(set(heldout2)) == len(heldout2)
    for path in (DEV, DEV2, DEV3, DEV4, HELDOUT):
        if path.exists():
            assert not set(heldout2) & {a.file for a in read_gold(path).articles}, path.name
    if HELDOUT.exists():
        assert min(map(_number, heldout2)) > max(_number(a.file) for a in read_gold(HELDOUT).articles)


@needs_corpus
@pytest.mark.skipif(not HELDOUT2.exists(), reason="no second held-out batch")
def test_gold_news_second_heldout_batch_is_in_the_selection():
    expected = _selection(POLITICS)["heldout2"]
    assert expected == HELDOUT2_ARTICLES  # the list tests/gold/README.md gives
    # annotated in two halves merged one after the other: every article of the file is in the
    # selection, in its order (the file may hold only the first half so far)
    heldout2 = [a.file for a in read_gold(HELDOUT2).articles]
    assert heldout2 and heldout2 == [f for f in expected if f in heldout2]


# ---------------------------------------------------------------- article keys

GOLD_ONE = """
version: 1
articles:
  - file: {file}
    source: {source}
    relations:
      - {{subject: Labour Party, relation: accuses, object: Conservative Party}}
"""


def _row(article: str) -> dict:
    return {"subject": "Labour Party", "relation": "accuses", "object": "Conservative Party",
            "polarity": "positive", "attributed_to": "", "article": article}


@given(st.lists(st.sampled_from(["business", "entertainment", "sport", "tech"]), unique=True),
       st.integers(min_value=1, max_value=999))
def test_gold_news_source_path_wins_over_a_shared_base_name(others, number):
    name = f"{number:03d}.txt"
    gold = parse_gold(GOLD_ONE.format(file=name, source=f"politics/{name}"), relations=("accuses",))
    articles = {f"a-{folder}": (f"/corpus/bbc/{folder}/{name}", "") for folder in others}
    articles["z-politics"] = (f"/corpus/bbc/politics/{name}", "")
    report = evaluate_rows(gold, [_row("z-politics")], [], articles)
    assert report.articles[0].article == "z-politics"
    assert report.overall("relations").f1 == 1.0


def test_gold_news_base_name_still_matches_without_folders():
    gold = parse_gold(GOLD_ONE.format(file="250.txt", source="orig-250.txt"), relations=("accuses",))
    report = evaluate_rows(gold, [_row("a1")], [], {"a1": ("some/where/250.txt", "")})
    assert report.articles[0].article == "a1"
    gold = parse_gold(GOLD_ONE.format(file="x.txt", source="politics/250.txt"), relations=("accuses",))
    report = evaluate_rows(gold, [_row("a1")], [], {"a1": ("elsewhere/250.txt", "")})
    assert report.articles[0].article is None  # a folder in `source` must match


# ---------------------------------------------------------------- scripts/eval_news.py

def _eval_news():
    if "eval_news" not in sys.modules:
        spec = importlib.util.spec_from_file_location("eval_news", REPO / "scripts" / "eval_news.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["eval_news"] = mod
        spec.loader.exec_module(mod)
    return sys.modules["eval_news"]


def test_gold_news_eval_script_finds_articles_by_source(tmp_path):
    en = _eval_news()
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "250.txt").write_text("Headline\n\nText.\n", encoding="utf-8")
    gold = parse_gold(GOLD_ONE.format(file="250.txt", source="politics/250.txt"), relations=("accuses",))
    assert en.article_paths(gold, tmp_path) == [tmp_path / "politics" / "250.txt"]
    (tmp_path / "politics" / "250.txt").unlink()
    with pytest.raises(FileNotFoundError, match=r"politics/250\.txt"):
        en.article_paths(gold, tmp_path)


@needs_corpus
@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_news_eval_script_takes_every_gold_file(path):
    paths = _eval_news().article_paths(read_gold(path), POLITICS.parent)
    assert [p.name for p in paths] == [a.file for a in read_gold(path).articles]
    assert all(p.parent == POLITICS and p.is_file() for p in paths)


def test_gold_news_eval_script_missing_corpus_exits_1(tmp_path, capsys):
    en = _eval_news()
    assert en.main([str(DEV), "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "corpus not found" in err and "--corpus" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
@needs_corpus
def test_gold_news_eval_script_builds_and_scores_real_articles(tmp_path, capsys):
    en = _eval_news()
    gold = read_gold(DEV)
    subset = tmp_path / "two.yaml"  # the first two dev articles, to keep the build short
    keep = {a.file for a in gold.articles[:2]}
    lines, inside = [], True
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.startswith("  - file: "):
            inside = line.split(": ", 1)[1].strip() in keep
        if inside:
            lines.append(line)
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert en.main([str(subset), "--out", str(out), "--json", "--corpus", str(POLITICS.parent)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [a["file"] for a in report["articles"]] == [a.file for a in gold.articles[:2]]
    assert all(a["found"] for a in report["articles"])
    assert set(report["overall"]) == {"relations", "unlabelled", "polarity", "attributions"}
    assert report["unscored_articles"] == 0
    assert not (out / "store").exists()
