"""Event arguments that are a pronoun or a role noun (pronoun23): an object "him/her" is never the subject of its
own clause (binding), and an undated article's "the prime minister ... the chancellor" are the two people it names
who held those offices together (``offices.joint_window``)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import resolve_actors
from graph.extract.offices import Office, Term, joint_window
from graph.model import Article

EXTRACTOR = Extractor()


def _at(nlp, text, word, nth=0):
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text), EXTRACTOR.gazetteer)
    hits = [t for t in doc if t.lower_ == word.lower()]
    assert len(hits) > nth, f"{word!r} not a token of {text!r}"
    ref = actors.at(hits[nth])
    return ref.actor.id if ref is not None else None


BOUND = [
    # the subject of the pronoun's own clause is out; the other person of the sentence is meant
    ("Mr Blair recalls how Bill Clinton once advised him to watch the news.", "him", "mr-blair"),
    ("Gordon Brown said Tony Blair had met him on Monday.", "him", "gordon-brown"),
    ("Tony Blair changed his mind amid suspicion that Gordon Brown was manoeuvring against him.", "him",
     "tony-blair"),
    # a passive subject controls no infinitive of purpose: "him" may still be the one detained
    ("Martin Mubanga was arrested in Zambia. He was detained to prevent him from fighting.", "him",
     "martin-mubanga"),
]


@pytest.mark.parametrize("text,word,expected", BOUND)
def test_pronoun23_object_pronoun_skips_its_own_subject(nlp, text, word, expected):
    assert _at(nlp, text, word) == expected


NOT_THE_SUBJECT = [
    ("Charles Clarke accused him of trying to score cheap political points.", "him", "charles-clarke"),
    ("Gordon Brown told him the news on Monday.", "him", "gordon-brown"),
    ("Gordon Brown arrived and thanked him for the support.", "him", "gordon-brown"),
    ("Tony Blair wants to meet him next week.", "him", "tony-blair"),
]


@pytest.mark.parametrize("text,word,subject", NOT_THE_SUBJECT)
def test_pronoun23_object_pronoun_is_never_its_clause_subject(nlp, text, word, subject):
    assert _at(nlp, text, word) != subject


def test_pronoun23_reflexive_and_owner_keep_their_subject(nlp):
    assert _at(nlp, "Gordon Brown praised himself on Monday.", "himself") in ("gordon-brown", None)
    assert _at(nlp, "Gordon Brown praised his staff on Monday.", "his") == "gordon-brown"


JOINT = [
    # both roles, two people named who held them together (1997-2007): no title, no date, no period
    ("Tony Blair and Gordon Brown spoke on Monday. The prime minister said the chancellor had met Jack Straw.",
     [("minister", "tony-blair"), ("chancellor", "gordon-brown")]),
    ("Tony Blair and Gordon Brown spoke on Monday. The chancellor praised the prime minister.",
     [("chancellor", "gordon-brown"), ("minister", "tony-blair")]),
]


@pytest.mark.parametrize("text,expected", JOINT)
def test_pronoun23_roles_held_together_name_their_holders(nlp, text, expected):
    for word, actor in expected:
        assert _at(nlp, text, word) == actor


NO_JOINT = [
    # one role alone dates nothing: Mr Brown was later prime minister, so "the chancellor" stays open
    ("Gordon Brown spoke on Monday. The chancellor said the economy was strong.", "chancellor"),
    # Michael Howard was home secretary before Tony Blair was prime minister: the tenures do not meet
    ("Michael Howard and Tony Blair spoke on Monday. The home secretary said crime had fallen.", "secretary"),
]


@pytest.mark.parametrize("text,word", NO_JOINT)
def test_pronoun23_no_joint_tenure_no_holder(nlp, text, word):
    assert _at(nlp, text, word) is None


def _office(name, country, *terms):
    return Office(name, country, "", frozenset({name.lower()}), tuple(Term(*t) for t in terms))


PM = _office("PM", "uk", ("A", "1997-05-02", "2007-06-27"), ("B", "2007-06-27", "2010-05-11"))
CH = _office("Chancellor", "uk", ("B", "1997-05-02", "2007-06-27"), ("C", "2007-06-28", "2010-05-11"))
HS = _office("Home", "uk", ("H", "1993-05-27", "1997-05-02"))
FR = _office("President", "fr", ("F", "1995-05-17", "2007-05-16"))


def _spells(office, *people):
    return [(p, office, office.tenure(p)) for p in people]


def test_pronoun23_joint_window_of_two_people_in_two_offices():
    window, country = joint_window({"pm": _spells(PM, "a", "b"), "ch": _spells(CH, "b")})
    assert window == (("1997-05-02", "2007-06-27"),) and country == "uk"


@pytest.mark.parametrize("held", [
    {"ch": _spells(CH, "b")},  # one role
    {"pm": _spells(PM, "b"), "ch": _spells(CH, "b")},  # one person in both
    {"pm": _spells(PM, "a"), "hs": _spells(HS, "h")},  # tenures meet on a handover day only
    {"pm": _spells(PM, "a"), "fr": _spells(FR, "f")},  # two countries
])
def test_pronoun23_joint_window_refused(held):
    assert joint_window(held) is None
