"""precision23: wrong-triple classes of the precision reads (issue 14): a relative clause set off inside a list,
and a country's name opening a body's name NER missed."""
from __future__ import annotations

import pytest

from tests.test_rules import extract


def _ids(got) -> set:
    return {g[:3] for g in got}


# a relative clause set off by a comma or dash ends at the mark closing it: the list goes on past it
@pytest.mark.parametrize("text, subject, relation, obj, outside", [
    ("The other main shareholders of EADS are the French government (15%) , who also support Mr Forgeard, "
     "and Germany's DaimlerChrysler (30%).", "French", "supports", "Forgeard", "DaimlerChrysler"),
    ("The guests were Sienna Miller, Claudia Schiffer - who was supporting Matthew Vaughn - and Diane Kruger.",
     "Schiffer", "supports", "Vaughn", "Kruger"),
])
def test_precision23_relative_clause_stops_at_its_closing_mark(nlp, text, subject, relation, obj, outside):
    got, aid, _ = extract(nlp, text)
    ids = _ids(got)
    assert (aid(subject), relation, aid(obj)) in ids, got
    assert not {g for g in ids if g[2] == aid(outside)}, got


# a clause after a listed name is that name's, not the name the parser hung the list on
def test_precision23_relative_clause_of_the_nearest_listed_name(nlp):
    text = "The guests were Sienna Miller, Claudia Schiffer - who was supporting Matthew Vaughn - and Diane Kruger."
    got, aid, _ = extract(nlp, text)
    assert not {g for g in _ids(got) if g[0] == aid("Miller")}, got


# a list inside the clause is the clause's: no comma-and right after the first object, so no close
@pytest.mark.parametrize("text, subject, relation, objects", [
    ("Russia, which arms the Taliban, Hamas and Hezbollah, was criticised.", "Russia", "supplies",
     ("Taliban", "Hamas", "Hezbollah")),
    ("Mr Chavez, who is visiting China, said his country would help.", "Chavez", "consults", ("China",)),
])
def test_precision23_a_list_inside_the_clause_stays(nlp, text, subject, relation, objects):
    got, aid, _ = extract(nlp, text)
    ids = _ids(got)
    for obj in objects:
        assert (aid(subject), relation, aid(obj)) in ids, got


# a country's name opening a body's name NER missed is the body, never the state
def test_precision23_country_opening_a_body_name_is_the_body(nlp):
    text = 'Committee chairman Barry Sheerman said: "UK e-University was a terrible waste of public money."'
    got, aid, ex = extract(nlp, text)
    labels = {a.id: a.label for a in ex.actors}
    assert "united-kingdom" not in labels, labels
    assert any(labels.get(g[2]) == "UK e-University" for g in got), got


# the state's own organs stay the state: "British Government", "US Congress", a party name the gazetteer knows
@pytest.mark.parametrize("text, subject, relation, obj", [
    ("The British Government criticised Russia.", "British", "accuses", "Russia"),
    ("The US Congress criticised Russia.", "US", "accuses", "Russia"),
    ("The UK Labour Party criticised Russia.", "Labour", "accuses", "Russia"),
])
def test_precision23_state_organs_stay_the_state(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in _ids(got), got


# a preposition past a dash belongs to the phrase the dash goes back to; a pair of dashes is an aside, a hyphen none
@pytest.mark.parametrize("text, pair", [
    ("There is thought to be widespread support for the plan - tabled by France and Germany following the recent "
     "G7 meeting of the world's richest nations - from EU ministers.", ("G7", "EU")),
    ('He said: "I give you this promise - with Labour, Britain will never return to the mistakes of ERM."',
     (None, "Labour")),
])
def test_precision23_no_object_past_a_dash(nlp, text, pair):
    got, aid, _ = extract(nlp, text)
    subject, obj = pair
    assert not {g for g in _ids(got) if g[2] == aid(obj) and (subject is None or g[0] == aid(subject))}, got


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("Putin intends to press on, using long-standing and close relations with the Taliban.", "Putin",
     "cooperatesWith", "Taliban"),
    ("Tony Blair met with Jacques Chirac - for the first time.", "Blair", "consults", "Chirac"),
    ("Russia, which arms the al-Qaeda network and Hamas, was criticised.", "Russia", "supplies", "Hamas"),
])
def test_precision23_hyphens_and_asides_keep_the_object(nlp, text, subject, relation, obj):
    got, aid, _ = extract(nlp, text)
    assert (aid(subject), relation, aid(obj)) in _ids(got), got
