"""A date range for undated articles (``--period``): parsing, the figures' roles and offices' holders
through the range, the cache key and the build's meta.

The sentences with the pipeline are marked slow (they load it)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.app import app
from graph.errors import OptionError
from graph.extract.cameo import make_role
from graph.extract.figures import figure_attributes, figure_roles, period_roles
from graph.extract.gazetteer import Gazetteer
from graph.extract.refs import ActorRef
from graph.model import Actor, ActorType, Article, Period, parse_period
from graph.run.cache import ExtractionCache
from graph.run.pipeline import BuildOptions, build_meta, check_options, extraction_fingerprint
from graph.vocab import ONTOLOGY_DIR

runner = CliRunner()


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_dir(ONTOLOGY_DIR)


# -- parsing ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, start, end", [
    ("2005", "2005-01-01", "2005-12-31"),
    ("2004..2005", "2004-01-01", "2005-12-31"),
    ("2005-03-01", "2005-03-01", "2005-03-01"),
    ("2004-02", "2004-02-01", "2004-02-29"),  # a month, to its last day (a leap year)
    ("2004-06-01..2005-05-31", "2004-06-01", "2005-05-31"),
    ("2004..2005-03", "2004-01-01", "2005-03-31"),
    (" 2004 .. 2005 ", "2004-01-01", "2005-12-31"),
])
def test_period_parses_years_months_days_and_ranges(value, start, end):
    period = parse_period(value)
    assert period == Period(start, end) and str(period) == f"{start}..{end}"
    assert parse_period(period) is period and parse_period(str(period)) == period


@pytest.mark.parametrize("value", [None, ""])
def test_period_none_is_no_period(value):
    assert parse_period(value) is None


@pytest.mark.parametrize("value, problem", [
    ("05", "not a year"), ("yesterday", "not a year"), ("2005..", "not a year"), ("..2005", "not a year"),
    ("2004..2005..2006", "not a year"), ("2005-02-30", "not a year"), ("2005-13", "not a year"),
    ("2005/03/01", "not a year"), ("2006..2005", "ends before it starts"),
    ("2005-03-02..2005-03-01", "ends before it starts"),
])
def test_period_bad_values_say_how_to_write_one(value, problem):
    with pytest.raises(OptionError) as err:
        parse_period(value)
    assert problem in str(err.value) and "use YYYY, YYYY-MM-DD or START..END" in str(err.value)
    assert f"--period {value!r}" in str(err.value)
    with pytest.raises(OptionError, match="--period"):
        check_options(BuildOptions(period=value))  # before any work


def test_period_cli_bad_value_exits_1_before_any_work(monkeypatch):
    from graph.cli import build as command

    calls = []
    monkeypatch.setattr(command, "build", lambda *a, **k: calls.append(a))
    root = Path(__file__).resolve().parents[1]
    result = runner.invoke(app, ["build", str(root / "seeds"), "--period", "2005-99"], env={"COLUMNS": "200"})
    assert result.exit_code == 1 and "--period '2005-99'" in result.output and "START..END" in result.output
    assert calls == []


# -- CAMEO figures' roles through a period ------------------------------------------------------------------

def test_period_roles_cover_the_whole_period_else_those_of_some_day():
    old, new = make_role("GBRGOV", "1997-05-02", "2004-06-30"), make_role("GBRGOVMIL", "2004-07-01", "2007-06-27")
    default = make_role("GBRELI")
    roles = (old, new, default)
    assert period_roles(roles, Period("2005-01-01", "2005-12-31")) == (new,)  # the one role of the whole year
    # a change of role inside the period: both, and the default is no longer needed (no day is uncovered)
    assert set(period_roles(roles, Period("2004-01-01", "2005-12-31"))) == {old, new}
    # a day after the last dated role: the undated default may hold then
    assert set(period_roles(roles, Period("2007-01-01", "2008-12-31"))) == {new, default}
    assert period_roles(roles, Period("2010-01-01", "2010-12-31")) == (default,)  # as on a day of 2010


def _figure_attrs(gazetteer, label, day, period):
    ref = ActorRef(Actor(label.lower().replace(" ", "-"), label, ActorType.PERSON, (label,)), 0, 2, "ner", 0.5, label)
    return dict(figure_attributes([ref], day, gazetteer, parse_period(period))[0].actor.attributes)


def test_period_dates_an_undated_figure_and_the_day_wins(gazetteer):
    gov = {"affiliation": "united-kingdom", "role": "government", "agentCode": "GBRGOV"}
    assert {r.code for r in figure_roles("Tony Blair", None, parse_period("2004..2005"))} == {"GBRGOV"}
    assert _figure_attrs(gazetteer, "Tony Blair", None, "2004..2005") == gov
    assert _figure_attrs(gazetteer, "Tony Blair", None, None) == {"affiliation": "united-kingdom"}  # undated
    assert _figure_attrs(gazetteer, "Tony Blair", "2010-01-01", "2004..2005")["role"] == "elite"  # its own day
    # in office for part of the period only: the country, not the role
    assert _figure_attrs(gazetteer, "Tony Blair", None, "2006..2008") == {"affiliation": "united-kingdom"}
    assert _figure_attrs(gazetteer, "Alan Milburn", None, "2004..2005") == {"affiliation": "united-kingdom"}
    # no role at all in the period (CAMEO: Harriet Harman from 2007): the country all its roles agree on
    assert _figure_attrs(gazetteer, "Harriet Harman", None, "2004..2005") == {"affiliation": "united-kingdom"}
    assert _figure_attrs(gazetteer, "John Major", None, "2004..2005")["role"] == "elite"  # the undated default


# -- the cache key and the build's meta ---------------------------------------------------------------------

def test_period_keys_the_extraction_cache(tmp_path):
    p2005, p0405 = parse_period("2005"), parse_period("2004..2005")
    assert extraction_fingerprint("parse", "rules") == "parse|rules"  # no period: the key builds always had
    assert extraction_fingerprint("parse", "rules", p2005) == extraction_fingerprint("parse", "rules", Period(
        "2005-01-01", "2005-12-31"))
    assert len({extraction_fingerprint("parse", "rules", p) for p in (None, p2005, p0405)}) == 3

    from graph.extract import Extraction

    path = tmp_path / "cache.sqlite"
    cache = ExtractionCache(path, extraction_fingerprint("parse", "rules", p2005))
    cache.put(Extraction("a1", (), (), (), ()))
    cache.close()
    same = ExtractionCache(path, extraction_fingerprint("parse", "rules", parse_period("2005")))
    other = ExtractionCache(path, extraction_fingerprint("parse", "rules", p0405))
    none = ExtractionCache(path, extraction_fingerprint("parse", "rules"))
    assert same.get("a1") is not None and other.get("a1") is None and none.get("a1") is None
    for c in (same, other, none):
        c.close()


def test_period_is_recorded_in_the_build_meta():
    assert build_meta("m", "0.1", "o") == {"model": "m", "extractor": "0.1", "ontology": "o"}
    assert build_meta("m", "0.1", "o", parse_period("2004..2005"))["period"] == "2004-01-01..2005-12-31"


# -- sentences (the pipeline) ---------------------------------------------------------------------------

def _resolve(nlp, gazetteer, text, day=None, period=None):
    from graph.extract.actors import resolve_actors

    doc = nlp(text)
    return doc, resolve_actors(doc, Article("a1", "t.txt", text, date=day), gazetteer, parse_period(period))


def _actor_at(doc, actors, word):
    ref = actors.at(next(t for t in doc if t.text == word))
    return ref.actor.id if ref is not None and ref.actor.type is ActorType.PERSON else None


@pytest.mark.parametrize("text, day, period, word, expected", [
    # undated: nobody without a period, the holder throughout it with one
    ("Britain's economy grew. The prime minister said the chancellor was right.", None, None, "minister", None),
    ("Britain's economy grew. The prime minister said the chancellor was right.", None, "2004..2005", "minister",
     "tony-blair"),
    ("Britain's economy grew. The prime minister said the chancellor was right.", None, "2004..2005", "chancellor",
     "gordon-brown"),
    ("Labour attacked the Tory leader on Tuesday.", None, "2004", "leader", "michael-howard"),
    # the office changed hands inside the period: nobody
    ("Britain's economy grew. The prime minister said the chancellor was right.", None, "2007", "minister", None),
    ("Labour attacked the Tory leader on Tuesday.", None, "2005", "leader", None),  # Howard, then Cameron
    # the article's own date wins
    ("Britain's economy grew. The prime minister said the chancellor was right.", "2008-03-01", "2004..2005",
     "minister", "gordon-brown"),
    # the period and a titled person's tenure together: Darling was chancellor from 2007-06-28, when
    # Brown had followed Blair
    ("Chancellor Alistair Darling met the prime minister.", None, "2007", "minister", "gordon-brown"),
    ("Chancellor Alistair Darling met the prime minister.", None, "2004..2005", "minister", None),  # no common day
])
def test_period_dates_the_office_holder_of_an_undated_article(nlp, gazetteer, text, day, period, word, expected):
    doc, actors = _resolve(nlp, gazetteer, text, day, period)
    assert _actor_at(doc, actors, word) == expected


def test_period_office_as_an_organisations_name_is_no_person(nlp, gazetteer):
    from graph.extract.persons import _names_organisation

    doc = nlp("MPs on the Office of the Deputy Prime Minister and Home Affairs select committees questioned Mr "
              "Younger.")
    assert _names_organisation(next(t for t in doc if t.text == "Minister"))
    doc = nlp("Britain's economy grew. The deputy prime minister of Britain spoke.")
    assert not _names_organisation(next(t for t in doc if t.text == "minister"))


@pytest.mark.slow
def test_period_extract_text_records_the_period():
    from graph.api import extract_text

    text = "Britain's economy grew. The prime minister said the chancellor was right."
    kg = extract_text(text, period="2004..2005")
    assert kg.hub.graph["meta"]["period"] == "2004-01-01..2005-12-31"
    assert "tony-blair" in {a.id for a in kg.actors}
    assert "period" not in extract_text(text).hub.graph["meta"]
    with pytest.raises(OptionError):
        extract_text(text, period="2005-2006")
