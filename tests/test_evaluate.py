"""Tests for graph/evaluate.py, the `eval` command, the gold file and the PolNeAR scorer (no spaCy)."""
from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import GoldError, OutputError
from graph.evaluate import (
    Score,
    evaluate,
    evaluate_rows,
    generate_report_json,
    generate_report_text,
    is_pronoun_or_common,
    parse_gold,
    read_gold,
)

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "seeds.yaml"
RELATIONS = ("supplies", "accuses", "claims", "consults", "attacks", "cooperatesWith")

GOLD_TEXT = """
version: 1
alias_clusters:
  - [Russia, Moscow, the Kremlin]
  - [ISIS, ISIL, Daesh]
distinct:
  - [Russia, Vladimir Putin]
  - [ISIS, ISIS-K]
articles:
  - file: one.md
    source: 000_x.txt
    relations:
      - {subject: Russia, relation: supplies, object: Taliban, evidence: "Moscow supplies the Taliban"}
      - {subject: Rex Tillerson, relation: claims, object: Russia, evidence: "Tillerson said"}
      - {subject: Russia, relation: supplies, object: Taliban, attributed_to: Tillerson, evidence: "x"}
      - {subject: Russia, relation: consults, object: Pakistan, mutual: true, evidence: "talks"}
  - file: two.txt
    title: Second Article
    relations:
      - {subject: ISIS, relation: attacks, object: Afghanistan, polarity: negative, evidence: "did not attack"}
"""

ENTITIES = [
    ("russia", "Russia", "Country", "Moscow|Russia|the Kremlin"),
    ("russian-federation", "Russian Federation", "Country", "Russia|Russian Federation"),
    ("taliban", "Taliban", "ArmedGroup", "Taliban|the Taliban"),
    ("rex-tillerson", "Rex Tillerson", "Person", "Tillerson"),
    ("pakistan", "Pakistan", "Country", "Islamabad"),
    ("isis", "ISIS", "ArmedGroup", "ISIL"),
    ("daesh", "Daesh", "ArmedGroup", "Daesh"),  # a split cluster
    ("putin", "Vladimir Putin", "Person", "Putin|Russia"),  # wrongly carries Russia
    ("afghanistan", "Afghanistan", "Country", "Kabul"),
    ("they", "they", "Actor", "they"),
]


def _row(s, r, o, article, polarity="positive", attributed=""):
    return {"subject": s, "relation": r, "object": o, "predicate": r, "polarity": polarity,
            "attributed_to": attributed, "article": article, "sentence": "", "start": "0", "end": "1",
            "confidence": "0.5"}


TRIPLES = [
    _row("Russian Federation", "supplies", "Taliban", "a1"),  # gold "Russia" is an alias: correct
    _row("Rex Tillerson", "claims", "Russia", "a1"),  # correct
    _row("Russia", "supplies", "Taliban", "a1", attributed="Rex Tillerson"),  # same relation tuple
    _row("Pakistan", "consults", "Russia", "a1"),  # mutual gold: reversed direction counts
    _row("Russia", "accuses", "Taliban", "a1"),  # spurious
    _row("they", "attacks", "Taliban", "a1"),  # spurious, pronoun actor
    _row("ISIS", "attacks", "Afghanistan", "a2"),  # right tuple, wrong polarity
    _row("Russia", "supplies", "Taliban", "a3"),  # article without gold: not scored
]
ARTICLES = {"a1": ("seeds/one.md", "One"), "a2": ("elsewhere/other-name.txt", "Second article"),
            "a3": ("seeds/three.txt", "Three")}


def _entities():
    return [{"id": i, "label": lbl, "type": t, "aliases": al} for i, lbl, t, al in ENTITIES]


def _report():
    gold = parse_gold(GOLD_TEXT, "gold.yaml", RELATIONS)
    return evaluate_rows(gold, TRIPLES, _entities(), ARTICLES, "out")


def _write_build(out: Path, with_graph_json: bool = True) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    cols = ["subject", "relation", "object", "predicate", "polarity", "attributed_to", "article", "sentence",
            "start", "end", "confidence", "article_path", "article_title"]
    with (out / "triples.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, cols)
        w.writeheader()
        for t in TRIPLES:
            path, title = ARTICLES[t["article"]]
            w.writerow({**t, "article_path": "" if with_graph_json else path,
                        "article_title": "" if with_graph_json else title})
    with (out / "entities.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "label", "type", "aliases"])
        w.writerows(ENTITIES)
    if with_graph_json:
        doc = {"format": "actorgraph-graph", "version": 1,
               "articles": [{"id": k, "path": p, "title": t, "text": ""} for k, (p, t) in ARTICLES.items()]}
        (out / "graph.json").write_text(json.dumps(doc), encoding="utf-8")
    return out


# ---------------------------------------------------------------- scoring

def test_evaluate_score_arithmetic():
    s = Score(gold=4, system=5, found=3, correct=2)
    assert s.precision == pytest.approx(0.4)
    assert s.recall == pytest.approx(0.75)
    assert s.f1 == pytest.approx(2 * 0.4 * 0.75 / 1.15)
    assert Score().f1 == 0.0 and Score().precision == 0.0
    assert (s + Score(1, 1, 1, 1)) == Score(5, 6, 4, 3)


def test_evaluate_relations_match_by_alias_and_mutual():
    a1 = _report().articles[0]
    assert a1.article == "a1"
    rel = a1.score("relations")
    # gold tuples: Russia supplies Taliban, Tillerson claims Russia, Russia~Pakistan consults (3 distinct)
    # system tuples: Russian Federation/supplies, Russia/supplies, Tillerson/claims, Pakistan/consults, accuses, they/attacks
    assert (rel.gold, rel.system, rel.found, rel.correct) == (3, 6, 3, 4)
    assert a1.missed == ()
    assert set(a1.spurious) == {"Russia accuses Taliban", "they attacks Taliban"}


def test_evaluate_polarity_and_unlabelled():
    report = _report()
    a2 = report.articles[1]
    assert a2.article == "a2"  # found by title although the file name differs
    assert a2.score("relations").found == 1
    assert a2.score("polarity").found == 0  # gold says negative, system positive
    unl = report.articles[0].score("unlabelled")
    # ignoring the label, "Russia accuses Taliban" and "Russia supplies Taliban" are one (correct) pair
    assert (unl.system, unl.found, unl.correct) == (5, 3, 4)


def test_evaluate_attributions():
    att = _report().articles[0].score("attributions")
    assert (att.gold, att.system, att.found, att.correct) == (1, 1, 1, 1)
    gold = parse_gold(GOLD_TEXT.replace("attributed_to: Tillerson", "attributed_to: Sergey Lavrov"),
                      "g", RELATIONS)
    att = evaluate_rows(gold, TRIPLES, _entities(), ARTICLES).articles[0].score("attributions")
    assert att.found == 0 and att.correct == 0


def test_evaluate_overall_is_micro_sum_and_skips_ungolded_articles():
    report = _report()
    overall = report.overall("relations")
    assert overall == report.articles[0].score("relations") + report.articles[1].score("relations")
    assert report.unscored_articles == 1


def test_evaluate_missing_article_counts_as_recall_zero():
    gold = parse_gold(GOLD_TEXT.replace("file: two.txt\n    title: Second Article", "file: absent.txt"),
                      "g", RELATIONS)
    report = evaluate_rows(gold, TRIPLES, _entities(), ARTICLES)
    a2 = report.articles[1]
    assert a2.article is None and a2.score("relations").gold == 1 and a2.score("relations").found == 0
    assert "not in build" in generate_report_text(report)


def test_evaluate_actor_checks():
    report = _report()
    assert report.bad_actors == ("they",)
    assert report.articles[0].bad_actors == ("they",)
    clusters = {c.names[0]: c for c in report.clusters}
    assert clusters["Russia"].status == "split"  # Putin's node carries "Russia" too
    assert clusters["ISIS"].status == "split" and set(clusters["ISIS"].nodes) == {"ISIS", "Daesh"}
    distinct = {d.pair: d for d in report.distinct}
    assert distinct[("Russia", "Vladimir Putin")].merged_into == ("Vladimir Putin",)
    assert distinct[("ISIS", "ISIS-K")].ok


@pytest.mark.parametrize("label,bad", [("he", True), ("They", True), ("the government", True),
                                       ("Russia", False), ("al-Qaeda", False), ("ISIS-K", False)])
def test_evaluate_pronoun_or_common(label, bad):
    assert is_pronoun_or_common(label) is bad


def test_evaluate_reads_build_directory(tmp_path):
    for with_json in (True, False):
        out = _write_build(tmp_path / f"out{with_json}", with_graph_json=with_json)
        gold = tmp_path / "gold.yaml"
        gold.write_text(GOLD_TEXT.replace("attacks", "attacks"), encoding="utf-8")
        report = evaluate(out, gold)
        assert report.articles[0].score("relations").found == 3
        assert report.articles[1].article == "a2"


def test_evaluate_missing_build_files(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD_TEXT, encoding="utf-8")
    with pytest.raises(OutputError, match="triples.csv"):
        evaluate(tmp_path, gold)


def test_evaluate_json_round_trip():
    doc = json.loads(generate_report_json(_report()))
    assert doc["overall"]["relations"]["gold"] == 4
    assert doc["articles"][0]["relations"]["precision"] == pytest.approx(4 / 6, abs=1e-4)
    assert {c["status"] for c in doc["alias_clusters"]} == {"split"}


# ---------------------------------------------------------------- gold files

@pytest.mark.parametrize("text,problem", [
    ("articles: [", "not valid YAML"),
    ("version: 1\n", "non-empty `articles`"),
    ("articles:\n  - relations: []\n", "file must be a non-empty string"),
    ("articles:\n  - file: a\n", "needs a `relations` list"),
    ("articles:\n  - file: a\n    relations:\n      - {subject: A, relation: loves, object: B}\n", "unknown relation 'loves'"),
    ("articles:\n  - file: a\n    relations:\n      - {subject: A, relation: claims}\n", "object must be"),
    ("articles:\n  - file: a\n    relations:\n      - {subject: A, relation: claims, object: B, polarity: maybe}\n", "polarity"),
    ("articles:\n  - file: a\n    relations:\n      - {subject: A, relation: claims, object: B, modality: sure}\n", "modality"),
    ("articles:\n  - file: a\n    relations:\n      - {subject: A, relation: claims, object: B, subj: C}\n", "unknown key"),
    ("articles:\n  - file: a\n    relations: []\n  - file: a\n    relations: []\n", "appears twice"),
    ("distinct: [[A, B, C]]\narticles:\n  - file: a\n    relations: []\n", "exactly 2"),
])
def test_evaluate_bad_gold_raises_gold_error(tmp_path, text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        read_gold(path, RELATIONS)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_evaluate_gold_file_missing(tmp_path):
    with pytest.raises(GoldError, match="cannot read"):
        read_gold(tmp_path / "nope.yaml")


def test_evaluate_gold_defaults():
    gold = parse_gold(GOLD_TEXT, "g", RELATIONS)
    first, _, attributed, _ = gold.articles[0].relations
    assert (first.polarity, first.modality, first.attributed_to, first.mutual) == ("positive", "asserted", None, False)
    assert attributed.modality == "reported"


def test_evaluate_seed_gold_is_valid_and_verbatim():
    gold = read_gold(GOLD)  # checks relation names against the ontology
    assert len(gold.articles) == 5
    assert sum(len(a.relations) for a in gold.articles) >= 80
    norm = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    for art in gold.articles:
        text = norm((REPO / "seeds" / art.file).read_text(encoding="utf-8"))
        for r in art.relations:
            assert r.evidence and norm(r.evidence) in text, (art.file, r.evidence)
            assert r.subject != r.object


# ---------------------------------------------------------------- CLI

def test_evaluate_cli_table_and_json(tmp_path):
    out = _write_build(tmp_path / "out")
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD_TEXT.replace("loves", "claims"), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(out), "--gold", str(gold), "--details"])
    assert res.exit_code == 0, res.output
    assert "overall" in res.output and "relations" in res.output and "spurious  Russia accuses Taliban" in res.output
    res = runner.invoke(app, ["eval", str(out), "--gold", str(gold), "--json"])
    assert res.exit_code == 0
    assert json.loads(res.output)["overall"]["attributions"]["found"] == 1


def test_evaluate_cli_bad_gold_exits_1(tmp_path):
    out = _write_build(tmp_path / "out")
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles: [", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(out), "--gold", str(gold)])
    assert res.exit_code == 1
    assert "not valid YAML" in res.output


# ---------------------------------------------------------------- PolNeAR scorer

def _polnear():
    """scripts/eval_attribution.py as a module (scripts/ is not a package)."""
    if "eval_attribution" not in sys.modules:
        spec = importlib.util.spec_from_file_location("eval_attribution", REPO / "scripts" / "eval_attribution.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["eval_attribution"] = mod  # dataclasses look their module up by name
        spec.loader.exec_module(mod)
    return sys.modules["eval_attribution"]


@dataclass(frozen=True)
class FakeAttribution:
    source_start: int
    source_end: int
    cue_start: int
    cue_end: int
    content_start: int = 0
    content_end: int = 0


TEXT = "The minister said the plan failed. Officials told reporters that talks would resume."
#       0123456789012345678901234567890123456789012345678901234567890


def _span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def test_evaluate_polnear_split_is_stable_and_balanced():
    pn = _polnear()
    ids = [f"doc{i}" for i in range(400)]
    splits = [pn.split_of(i) for i in ids]
    assert splits == [pn.split_of(i) for i in ids]
    assert set(splits) == {"dev", "heldout"}
    assert 150 < splits.count("dev") < 250


def test_evaluate_polnear_span_scores():
    pn = _polnear()
    gold = [_span("The minister"), _span("Officials")]
    system = [_span("minister"), _span("Officials "), _span("reporters")]
    exact = pn.score_spans(TEXT, gold, system, "exact")  # "Officials " trims to "Officials"
    assert (exact.gold, exact.system, exact.found, exact.correct) == (2, 3, 1, 1)
    overlap = pn.score_spans(TEXT, gold, system, "overlap")
    assert (overlap.found, overlap.correct) == (2, 2)
    tokens = pn.score_tokens(TEXT, gold, system)
    assert (tokens.gold, tokens.system, tokens.found) == (3, 3, 2)
    with pytest.raises(ValueError):
        pn.score_spans(TEXT, gold, system, "fuzzy")


def test_evaluate_polnear_fake_finder():
    pn = _polnear()
    doc = pn.PolnearDoc("d1", TEXT, (
        pn.GoldAttribution(_span("The minister"), _span("said")),
        pn.GoldAttribution(_span("Officials"), _span("told")),
        pn.GoldAttribution(None, _span("would")),
    ))

    def finder(parsed):
        assert parsed == TEXT.upper()  # the finder sees the parse of the document text
        s, e = _span("The minister")
        cs, ce = _span("said")
        return [FakeAttribution(s, e, cs, ce), FakeAttribution(5, 5, *_span("told"))]  # second: no source

    scores = pn.evaluate_finder([doc, doc], finder, lambda texts: [t.upper() for t in texts])
    src = scores["source exact"]
    assert (src.gold, src.system, src.found) == (4, 2, 2)
    assert src.precision == 1.0 and src.recall == 0.5
    cue = scores["cue exact"]
    assert (cue.gold, cue.system, cue.found) == (6, 4, 4)
    table = pn.generate_table(scores, "t")
    assert "source exact" in table and "100.0" in table


@dataclass(frozen=True)
class FakeQuote:
    source_start: int
    source_end: int
    cue_start: int
    cue_end: int
    source_id: str | None


def test_evaluate_polnear_named_sources_need_an_actor_source_and_cue():
    pn = _polnear()
    doc = pn.PolnearDoc("d1", TEXT, (
        pn.GoldAttribution(_span("The minister"), _span("said")),
        pn.GoldAttribution(_span("Officials"), _span("told")),
    ))
    named = {_span("The minister"), _span("Officials")}
    quotes = [FakeQuote(*_span("minister"), *_span("said"), "minister"),  # overlapping source and cue
              FakeQuote(*_span("Officials"), *_span("told"), None),  # no actor: not found
              FakeQuote(*_span("reporters"), *_span("would"), "press")]  # no gold there: not correct
    score = pn.score_named(doc, quotes, lambda span: span in named)
    assert (score.gold, score.system, score.found, score.correct) == (2, 2, 1, 1)
    only_minister = pn.score_named(doc, quotes, lambda span: span == _span("The minister"))
    assert (only_minister.gold, only_minister.found) == (1, 1)
    wrong_cue = [FakeQuote(*_span("The minister"), *_span("plan"), "minister")]
    assert pn.score_named(doc, wrong_cue, lambda span: True).found == 0


def test_evaluate_symmetric_system_rows_match_either_direction():
    from graph.evaluate import evaluate_rows, parse_gold

    gold = parse_gold("""
version: 1
articles:
  - file: one.txt
    relations:
      - {subject: Russia, relation: consults, object: Taliban, evidence: "contacts"}
      - {subject: Russia, relation: supplies, object: Taliban, evidence: "arms"}
""")
    rows = [dict(_row("Taliban", "consults", "Russia", "a1"), attributes="symmetric=true"),
            dict(_row("Taliban", "supplies", "Russia", "a1"), attributes="")]  # directed: wrong way round
    report = evaluate_rows(gold, rows, [{"id": "r", "label": "Russia", "type": "Country", "aliases": ""},
                                        {"id": "t", "label": "Taliban", "type": "ArmedGroup", "aliases": ""}],
                           {"a1": ("seeds/one.txt", "")})
    rel = report.articles[0].score("relations")
    assert (rel.found, rel.correct) == (1, 1)
    assert report.articles[0].spurious == ("Taliban supplies Russia",)
