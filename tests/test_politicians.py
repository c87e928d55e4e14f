"""Party memberships (ontology/politicians.yaml, the `party` of offices.yaml holders; graph/extract/politicians.py):
the data, the loader and the party a person named in full gets."""
from __future__ import annotations

import shutil

import pytest

from graph.errors import OntologyError
from graph.extract.actors import resolve_actors
from graph.extract.gazetteer import Gazetteer
from graph.extract.offices import OFFICES_FILE, read_offices
from graph.extract.politicians import (NO_PARTY, POLITICIANS_FILE, Membership, Memberships, make_politicians,
                                       member_parties)
from graph.extract.refs import ActorRef
from graph.model import Actor, ActorType, Article, Period
from graph.ontology import Ontology
from graph.vocab import ONTOLOGY_DIR, read_ontology_yaml

PERIOD = Period("2004-01-01", "2005-12-31")


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_dir(ONTOLOGY_DIR)


@pytest.fixture(scope="module")
def members(gazetteer):
    return gazetteer.offices.memberships


# -- the data ------------------------------------------------------------------------------------

def test_politicians_every_spell_is_dated_a_party_and_never_overlaps(gazetteer):
    """Checked on the raw YAML, so a loader bug cannot hide a bad entry."""
    data = read_ontology_yaml(ONTOLOGY_DIR / POLITICIANS_FILE)
    assert len(data["politicians"]) >= 15
    labels = set()
    for entry in data["politicians"]:
        assert entry["label"] not in labels, f"{entry['label']} twice"
        labels.add(entry["label"])
        spells = sorted((str(s["from"]), str(s.get("to") or "9999-12-31"), s["party"]) for s in entry["parties"])
        for start, end, party in spells:
            assert start <= end, f"{entry['label']}: a spell ends before it starts"
            assert party == NO_PARTY or party in gazetteer.parties, f"{entry['label']}: {party} is no party"
        for (_, e1, _), (s2, _, _) in zip(spells, spells[1:]):
            assert s2 > e1, f"{entry['label']}: spells overlap"


def test_offices_uk_cabinet_holders_of_1997_to_2010_are_labour(gazetteer):
    for office in gazetteer.offices.offices:  # a party office: one whose holders the data gives a party
        if (office.country == "united-kingdom" and not office.of and not office.name.startswith("Shadow")
                and any(t.party for t in office.terms)):  # not the Lord Chief Justice, the Archbishop ...
            for t in office.terms:
                if "1997-05-02" <= t.start and t.end <= "2010-05-11" and t.label != "Ron Davies":
                    assert t.party == "labour-party", f"{office.name}: {t.label}"


def test_politicians_party_on_a_day_in_a_period_and_undated(members):
    assert members.party("Tony Blair") == "labour-party"  # one party throughout the data
    assert members.party("tony blair", PERIOD.window) == "labour-party"
    assert members.party("Michael Howard") == "conservative-party"
    assert members.party("Ken Livingstone") is None  # expelled, an independent mayor, readmitted
    assert members.party("Ken Livingstone", PERIOD.window) == "labour-party"
    assert members.party("Ken Livingstone", (("2002-01-01", "2002-01-01"),)) is None  # an independent then
    assert members.party("Robert Kilroy-Silk", PERIOD.window) is None  # UKIP, then Veritas
    assert members.party("Robert Kilroy-Silk", (("2005-04-01", "2005-04-01"),)) == "veritas"
    assert members.party("Shaun Woodward", (("1998-06-01", "1998-06-01"),)) == "conservative-party"
    assert members.party("Tony Blair", (("2012-01-01", "2012-01-01"),)) is None  # the data says nothing then
    assert members.party("Blair") is None and members.party("Ron Davies") is None


@pytest.mark.parametrize("label, party", [
    ("Jacques Chirac", "union-for-a-popular-movement"), ("Gerhard Schroeder", "social-democratic-party-of-germany"),
    ("Joschka Fischer", "alliance-90-the-greens"), ("Condoleezza Rice", "republican-party"),
    ("John Kerry", "democratic-party"), ("Michel Barnier", "union-for-a-popular-movement"),
])
def test_politicians_heads_and_ministers_outside_the_uk_in_2005(members, label, party):
    assert members.party(label, (("2005-02-01", "2005-02-01"),)) == party


def test_politicians_shadow_cabinet_is_the_opposition(gazetteer):
    shadows = [o for o in gazetteer.offices.offices if o.name.startswith("Shadow")]
    assert shadows and all(t.party == "conservative-party" for o in shadows for t in o.terms)


# -- the loader ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("politicians: 5", r"`politicians` must be a list"),
    ("politician: [x]", r"unknown key `politician`"),
    ("politicians:\n  - {label: A}", r"politicians\[0\] \(A\) needs `parties`"),
    ("politicians:\n  - {label: A, parties: [{party: labour-party, from: 2005}]}", r"\(A\) `from` must be an ISO date"),
    ("politicians:\n  - {label: A, parties: [{party: labour-party, from: 2005-01-01, to: 2004-01-01}]}",
     r"ends \(2004-01-01\) before it starts"),
    ("politicians:\n  - {label: A, parties: [{party: labour-party, from: 2001-01-01, to: 2005-01-01},"
     " {party: veritas, from: 2004-01-01}]}", r"labour-party .* and veritas .* overlap"),
    ("politicians:\n  - {label: A, parties: [{from: 2001-01-01}]}", r"needs `party`"),
    ("politicians:\n  - {label: A, parties: [{party: x, from: 2001-01-01, until: 2002-01-01}]}", r"unknown key"),
])
def test_politicians_malformed_file_is_named(tmp_path, text, message):
    path = tmp_path / POLITICIANS_FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match=message) as err:
        make_politicians(read_ontology_yaml(path), path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("file, old, new, message", [
    (POLITICIANS_FILE, "party: veritas", "party: veritaz", r"politicians\.yaml: Robert Kilroy-Silk: `party: veritaz`"),
    (POLITICIANS_FILE, "party: veritas", "party: united-kingdom", r"`party: united-kingdom` is no party"),
    (OFFICES_FILE, "party: labour-party", "party: labour", r"offices\.yaml: Prime Minister of the United Kingdom: "
                                                         r"Tony Blair: `party: labour` is no party"),
])
def test_politicians_unknown_party_is_named_at_load(tmp_path, file, old, new, message):
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    path = folder / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        Ontology.load(folder)


def test_politicians_read_with_the_offices(tmp_path):
    text = "politicians:\n  - {label: A B, aliases: [Ab], parties: [{party: veritas, from: 2005-01-01}]}"
    (tmp_path / POLITICIANS_FILE).write_text(text, encoding="utf-8")
    offices = read_offices(tmp_path)
    assert offices.offices == () and offices.memberships.party("ab") == "veritas"
    assert read_offices(tmp_path / "none").memberships.members == ()


# -- the party a person gets -----------------------------------------------------------------------

def _person(label, **attrs):
    return Actor(label.lower().replace(" ", "-"), label, ActorType.PERSON, attributes=tuple(sorted(attrs.items())))


def test_politicians_the_text_and_private_roles_win():
    members = Memberships((Membership("Andrew Smith", frozenset({"andrew smith"}), "labour-party", "2002-05-29",
                                      "2004-09-08"),))
    refs = [ActorRef(_person("Andrew Smith"), 0, 2, "ner", 0.8, ""),
            ActorRef(_person("Andrew Smith", party="conservative-party"), 3, 5, "ner", 0.8, ""),
            ActorRef(_person("Andrew Smith", role="chief executive"), 6, 8, "title", 0.8, ""),
            ActorRef(_person("Smith"), 9, 10, "ner", 0.8, "")]
    out = member_parties(refs, members, "2003-01-01T10:00", None, frozenset({"chief executive"}))
    assert [dict(r.actor.attributes).get("party") for r in out] == [
        "labour-party", "conservative-party", None, None]
    assert out[1] is refs[1]
    assert dict(member_parties(refs, members, "2005-01-01")[0].actor.attributes).get("party") is None  # not then


def _party(nlp, gazetteer, text, word, day=None, period=None):
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text, date=day), gazetteer, period)
    return {dict(actors.at(t).actor.attributes).get("party") for t in doc if t.text == word}


@pytest.mark.parametrize("text, word, day, period, party", [
    ("Tony Blair said the election would be close.", "Blair", None, None, "labour-party"),
    ("Chancellor Gordon Brown said the economy was strong. Mr Brown denied a rift.", "Brown", None, None,
     "labour-party"),
    ("Ken Livingstone said fares would rise.", "Livingstone", None, None, None),  # changed party
    ("Ken Livingstone said fares would rise.", "Livingstone", None, PERIOD, "labour-party"),
    ("Robert Kilroy-Silk said the party was finished.", "Kilroy", "2005-04-01", None, "veritas"),
    ("Mr Blair said the election would be close.", "Blair", None, None, None),  # no full name
    ("Lib Dem Andrew Smith said the plan was flawed.", "Smith", None, None, "liberal-democrats"),  # the text wins
])
def test_politicians_party_of_a_person_named_in_full(nlp, gazetteer, text, word, day, period, party):
    assert _party(nlp, gazetteer, text, word, day, period) == {party}


def test_politicians_an_other_name_without_the_first_name_is_the_person(members):
    assert members.full_name("Lord Kinnock") == "Neil Kinnock" and members.full_name("lord kinnock") == "Neil Kinnock"
    assert members.full_name("Neil Kinnock") is None  # the label itself
    assert members.full_name("Sir Menzies Campbell") is None  # a fuller form: the persons pass decides
    assert members.full_name("Lord Nobody") is None
