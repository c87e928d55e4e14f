"""Sentence tests of prec26b: an opening "Speaking to X" before a statement is no meeting (graph/extract/rules.py
``_speech_setting``); a passive on an owned thing reaches its owner only when the thing is one put forward
(graph/extract/rules.py ``passive_agent_owner``, ``_put_forward``), and a build drops the dealings of an official with
the state he serves (graph/extract/quotes.py ``without_own_state_dealings``)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_stance16 import EXTRACTOR
from graph.extract.quotes import without_own_state_dealings
from graph.extract import Extraction
from graph.model import Actor, ActorType, Article, Triple, content_id


def _edges(nlp, text: str, merged: bool = False) -> set:
    """(subject, relation, object) labels of the text's triples (after a build's merge when ``merged``)."""
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    triples = EXTRACTOR.merge_all([ex])[1] if merged else ex.triples
    return {(label.get(t.subject, t.subject), t.relation, label.get(t.object, t.object)) for t in triples}


@pytest.mark.parametrize("text", [
    # a deed or a move of play, no thing put forward: nothing to back or reject
    "Dawson's late dash for the line was halted by Keith Wood.",
    "Wales's opening try was charged down by Brian O'Driscoll.",
    # an interview given is no meeting with the country it was the first of
    "France's first television interview was given by the comedian Arne Weise.",
])
def test_prec26b_passive_on_a_deed_reaches_no_owner(nlp, text):
    assert not {e for e in _edges(nlp, text) if e[1] != "claims"}


@pytest.mark.parametrize("text, edge", [
    # a thing put forward stays its owner's
    ("Labour's demands have been backed by union leader Ann Cole.", ("Ann Cole", "supports", "Labour Party")),
    ("Mr Kemp's case has been backed by historian Ann Cole.", ("Ann Cole", "supports", "Mr Kemp")),
])
def test_prec26b_passive_on_a_thing_put_forward_reaches_its_owner(nlp, text, edge):
    assert edge in _edges(nlp, text)


def _triple(subject, relation, obj, start=0) -> Triple:
    return Triple(subject, relation, obj, "p", "a1", "S.", start, start + 2, rule="active_svo", pred_start=start)


def test_prec26b_own_state_dealings_go_either_way_round_but_sanctions_and_parties_stay():
    groups = {"charles-clarke": {"united-kingdom", "labour-party"}, "george-bush": {"united-states"}}
    asks = _triple("charles-clarke", "requests", "united-kingdom")
    backs = _triple("united-states", "supports", "george-bush", 3)  # praise of one's own stays
    party = _triple("labour-party", "requests", "charles-clarke", 5)
    expels = _triple("united-kingdom", "sanctions", "charles-clarke", 9)
    criticises = _triple("charles-clarke", "accuses", "united-kingdom", 12)
    other = _triple("charles-clarke", "requests", "france", 15)
    claim = replace(_triple("charles-clarke", "claims", "united-kingdom", 18), rule="claim")
    ousts = _triple("united-states", "attacks", "george-bush", 21)
    states = {"united-kingdom", "united-states", "france"}
    got = without_own_state_dealings([asks, backs, party, expels, criticises, other, claim, ousts], groups, states)
    assert got == [backs, party, expels, criticises, other, claim]


def test_prec26b_a_minister_asking_parliament_is_the_states_own_business(nlp):
    text = "Home Secretary Charles Clarke said he would ask Parliament to renew the law next year."
    assert not {e for e in _edges(nlp, text, merged=True) if e[1] == "requests"}


@pytest.mark.parametrize("text", [
    # an opening "Speaking to X" before a statement: whom it was said to, no meeting
    "Talking to the BBC, Tony Blair said Michael Howard was wrong.",
    "Speaking to the Danish parliament on Monday, Anders Lund said the inquiry was over.",
])
def test_prec26b_speech_setting_is_no_meeting(nlp, text):
    assert not {e for e in _edges(nlp, text) if e[1] == "consults"}


def test_prec26b_wanting_to_speak_to_a_body_is_a_meeting(nlp):
    assert ("Andy Robinson", "consults", "IRB") in _edges(nlp, "I want to speak to the IRB about it, said Andy Robinson.")


@pytest.mark.parametrize("text, edge", [
    # a tax bill or a fine is a penalty, no attack (lexicon phrases: "hit bill", "hit fine")
    ("The Kremlin sold the unit after hitting Yukos with a bill for back taxes.", ("Russia", "sanctions", "Yukos")),
    # an armed hit stays an attack
    ("Russian troops hit Georgia with missiles.", ("Russia", "attacks", "Georgia")),
])
def test_prec26b_hit_with_a_penalty_sanctions(nlp, text, edge):
    got = _edges(nlp, text)
    assert edge in got and not {e for e in got if e[1] == "attacks" and edge[1] != "attacks"}


@pytest.mark.parametrize("text", [
    # a win at the polls is an election contest (lexicon no_relation_phrases "defeat at")
    "Mr Kowalski recently defeated Prime Minister Jan Nowak at the polls.",
    # a coach calling a player up picks him, no meeting ("call up")
    "Scotland coach Matt Williams has called up Glasgow prop Euan Murray.",
])
def test_prec26b_contests_and_selections_are_no_relation(nlp, text):
    assert not {e for e in _edges(nlp, text) if e[1] != "claims"}


def test_prec26b_a_build_drops_relations_of_an_actor_its_vote_types_a_place():
    george = Actor("george-michael", "George Michael", ActorType.PERSON)
    wham = Actor("wham", "Wham", ActorType.ORGANIZATION)
    placed = replace(wham, type=ActorType.PLACE)
    partner = _triple("george-michael", "cooperatesWith", "wham")
    withdrew = _triple("george-michael", "retreatsFrom", "wham", 5)  # a place relation stays
    first = Extraction("a1", (george, wham), (partner, withdrew))
    others = [Extraction(f"a{n}", (placed,), ()) for n in (2, 3)]
    assert [t.relation for t in EXTRACTOR.merge_all([first])[1]] == ["cooperatesWith", "retreatsFrom"]
    assert [t.relation for t in EXTRACTOR.merge_all([first, *others])[1]] == ["retreatsFrom"]


def test_prec26b_whom_one_sends_is_no_recipient(nlp):
    """lexicon ``goods_verbs``: "send"'s direct object is who or what is sent."""
    text = 'Prince Harry should join the army. Lord Gold added: "I would send him in the army as fast as possible."'
    assert not {e for e in _edges(nlp, text) if e[1] in ("deploys", "supplies")}


def test_prec26b_a_dative_of_send_stays_a_recipient(nlp):
    text = "Tory leader Michael Howard sent Mr Bush his warmest congratulations."
    assert ("Michael Howard", "supports", "Mr Bush") in _edges(nlp, text)


def test_prec26b_co_hosts_meet_no_one(nlp):
    """lexicon ``host_verbs``: co-subjects hosting an event host others together."""
    text = "On Friday, Prince Edward and Lady Jane Grey hosted a dinner at Windsor Castle."
    assert not {e for e in _edges(nlp, text) if e[1] == "consults"}


@pytest.mark.parametrize("text, edge", [
    # pressure is coercion, no plain request (guideline: "pressures, presses ... coerces")
    ("Prosecutors say Kim Lacey pressured Tom Wade to falsify the accounts.", ("Kim Lacey", "coerces", "Tom Wade")),
    ("Russia is trying to pressurise the United States.", ("Russia", "coerces", "United States")),
])
def test_prec26b_pressure_coerces(nlp, text, edge):
    assert edge in _edges(nlp, text)
