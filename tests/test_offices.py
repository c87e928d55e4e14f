"""Offices and their dated holders (ontology/offices.yaml, graph/extract/offices.py): the data and the loader.

The sentences that resolve "the prime minister" to the holder are in test_persons.py."""
from __future__ import annotations

import shutil

import pytest

from graph.errors import OntologyError
from graph.extract.gazetteer import Gazetteer
from graph.extract.offices import OFFICES_FILE, make_offices, read_offices
from graph.ontology import Ontology
from graph.vocab import ONTOLOGY_DIR, read_ontology_yaml


@pytest.fixture(scope="module")
def offices():
    return read_offices(ONTOLOGY_DIR)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_dir(ONTOLOGY_DIR)


# -- the data ------------------------------------------------------------------------------------

def test_offices_every_entry_is_dated_labelled_and_never_overlaps():
    """Checked on the raw YAML, so a loader bug cannot hide a bad entry."""
    data = read_ontology_yaml(ONTOLOGY_DIR / OFFICES_FILE)
    assert len(data["offices"]) >= 40
    names = set()
    for office in data["offices"]:
        assert office["office"] not in names, f"{office['office']} twice"
        names.add(office["office"])
        assert office["titles"] and (office.get("country") or office.get("of"))
        spells = []
        for h in office["holders"]:
            assert isinstance(h["label"], str) and h["label"].strip(), h
            start, end = str(h["from"]), str(h.get("to") or "9999-12-31")
            assert start <= end, f"{office['office']}: {h['label']} ends before it starts"
            spells.append((start, end, h["label"]))
        spells.sort()
        for (s1, e1, a), (s2, e2, b) in zip(spells, spells[1:]):
            assert s2 >= e1, f"{office['office']}: {a} and {b} overlap"


def test_offices_cover_the_uk_and_us_offices_from_1997_to_2010(offices):
    wanted = ["Prime Minister of the United Kingdom", "Chancellor of the Exchequer", "Home Secretary",
              "Foreign Secretary", "Defence Secretary", "Leader of the Conservative Party",
              "Leader of the Liberal Democrats", "President of the United States",
              "Vice President of the United States", "United States Secretary of State",
              "United States Secretary of Defense"]
    by_name = {o.name: o for o in offices.offices}
    for name in wanted:
        office = by_name[name]
        for year in range(1997, 2011):
            day = f"{year}-07-01"
            assert any(t.start <= day <= t.end for t in office.terms), f"{name}: nobody on {day}"


def test_offices_titles_are_roles_and_owners_are_actors(offices, gazetteer):
    roles = {r.lower() for r in gazetteer.titles.roles}
    for office in offices.offices:
        assert office.titles <= roles, f"{office.name}: {office.titles - roles} not in titles.yaml roles"
        assert not office.country or office.country in gazetteer.actors
        assert not office.of or office.of in gazetteer.actors


@pytest.mark.parametrize("day, role, affs, home, expected", [
    ("2005-03-01", "prime minister", set(), "united-kingdom", "Tony Blair"),
    ("2008-03-01", "prime minister", set(), "united-kingdom", "Gordon Brown"),
    ("2005-03-01", "chancellor", set(), "united-kingdom", "Gordon Brown"),
    ("2005-03-01", "chancellor", {"germany"}, None, "Gerhard Schroeder"),
    ("2006-03-01", "chancellor", {"germany"}, None, "Angela Merkel"),
    ("2005-03-01", "leader", {"conservative-party"}, None, "Michael Howard"),
    ("2006-03-01", "leader", {"conservative-party"}, None, "David Cameron"),
    ("2005-03-01", "president", {"united-states"}, None, "George W Bush"),
    ("2005-03-01", "secretary-general", {"united-nations"}, None, "Kofi Annan"),
    ("2005-03-01", "leader", set(), "united-kingdom", None),  # which party's?
    ("2005-03-01", "president", set(), "united-kingdom", None),  # the UK has none
    ("2005-03-01", "prime minister", set(), None, None),  # whose?
    ("2004-12-15", "home secretary", set(), "united-kingdom", None),  # the handover day
    ("2005-03-01", "shadow chancellor", set(), "united-kingdom", "Oliver Letwin"),
    ("2005-11-01", "shadow chancellor", set(), "united-kingdom", "George Osborne"),
])
def test_offices_holder_on_a_day(offices, day, role, affs, home, expected):
    found = offices.find(role, affs, home)
    term = found[0].holder(((day, day),)) if len(found) == 1 else None
    assert (term.label if term else None) == expected


def test_offices_holder_of_a_window_held_throughout(offices):
    (home_secretary,) = offices.find("home secretary", set(), "united-kingdom")
    assert home_secretary.holder((("2002-01-01", "2004-06-01"),)).label == "David Blunkett"
    assert home_secretary.holder((("2004-06-01", "2005-06-01"),)) is None  # Blunkett, then Clarke
    assert home_secretary.holder(()) is None
    (leader,) = offices.find("leader", {"scottish-national-party"}, None)
    assert leader.tenure("Alex Salmond") == (("1990-09-22", "2000-09-26"), ("2004-09-03", "2014-11-14"))


# -- the loader ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("offices: 5", r"`offices` must be a list"),
    ("office: [x]", r"unknown key `office`"),
    ("offices:\n  - {office: X, country: france, titles: [President], holders: [{label: A, from: March 2005}]}",
     r"\(A\) `from` must be an ISO date"),
    ("offices:\n  - {office: X, country: france, titles: [President], holders: [{label: A, from: 2005-13-01}]}",
     r"cannot read the YAML"),
    ("offices:\n  - {office: X, country: france, titles: [President],"
     " holders: [{label: A, from: 2005-01-01, to: 2004-01-01}]}", r"ends \(2004-01-01\) before it starts"),
    ("offices:\n  - {office: X, country: france, titles: [President],"
     " holders: [{label: A, from: 2001-01-01, to: 2005-01-01}, {label: B, from: 2004-01-01}]}",
     r"A .* and B .* overlap"),
    ("offices:\n  - {office: X, titles: [President], holders: [{label: A, from: 2001-01-01}]}",
     r"needs a `country` or an `of`"),
    ("offices:\n  - {office: X, country: france, titles: [President], holders: [{label: A, from: 2001-01-01,"
     " side: y}]}", r"unknown key `offices\[0\] \(X\)\.holders\[0\]\.side`"),
    ("offices:\n  - {office: X, country: france, titles: [President], holders: [{label: A, from: 2001-01-01,"
     " party: []}]}", r"\(A\) needs `party` as a non-empty text"),
])
def test_offices_malformed_file_is_named(tmp_path, text, message):
    path = tmp_path / OFFICES_FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match=message) as err:
        make_offices(read_ontology_yaml(path), path)
    assert str(path) in str(err.value)


def test_offices_unknown_country_is_named_at_load(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    path = folder / OFFICES_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("country: france", "country: frankreich", 1),
                    encoding="utf-8")
    with pytest.raises(OntologyError, match=r"offices\.yaml: President of France: `country: frankreich`"):
        Ontology.load(folder)


def test_offices_are_read_once_per_content(tmp_path):
    path = tmp_path / OFFICES_FILE
    path.write_text("offices:\n  - {office: X, country: france, titles: [President],"
                    " holders: [{label: A, from: 2001-01-01}]}", encoding="utf-8")
    first = read_offices(tmp_path)
    assert read_offices(tmp_path) is first and first.offices[0].terms[0].end == "9999-12-31"
    path.write_text("offices: []", encoding="utf-8")
    assert read_offices(tmp_path).offices == ()
    assert read_offices(tmp_path / "none").offices == ()
