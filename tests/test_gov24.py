"""The government as an actor in domestic politics (gov24): an undated article's office days
(``persons.ArticleDays``: its day, else the period, else its titled people's tenures or two role phrases held
together) are worked out once and decide whether a speaker's party governs (``triples.party_governs``), so an
opposition figure's "the government" is the state he accuses, not his own."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import resolve_actors
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _pairs(nlp, text: str, period=None) -> set:
    """(subject label, relation, object label) of the text's triples, read undated (or of ``period``)."""
    ex = Extractor(period=period) if period else EXTRACTOR
    out = ex.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in out.actors}
    return {(label[t.subject], t.relation, label[t.object]) for t in out.triples}


def _window(nlp, text: str):
    doc = nlp(text)
    return resolve_actors(doc, Article(content_id(text), "t.txt", text), EXTRACTOR.gazetteer).window


@pytest.mark.parametrize("text, inside", [
    # a titled office holder bounds the undated article's days by his tenure
    ("Prime Minister Tony Blair launched the campaign.", "2005-03-01"),
    ("Tory leader Michael Howard spoke on Monday.", "2004-06-01"),
])
def test_gov24_titled_people_date_an_undated_article(nlp, text, inside):
    window = _window(nlp, text)
    assert window and any(first <= inside <= last for first, last in window)


@pytest.mark.parametrize("text", [
    "The minister spoke on Monday.",  # no one titled, no role phrase pair: nothing bounds the days
    "Tony Blair spoke on Monday.",  # a name without a title dates nothing
])
def test_gov24_nothing_dates_an_untitled_article(nlp, text):
    assert _window(nlp, text) is None


@pytest.mark.parametrize("text, triple", [
    # an opposition figure's "the government" in an article its titled prime minister dates: the state he speaks of
    ("Prime Minister Tony Blair launched the campaign. Tory co-chairman Liam Fox said the government had lied.",
     ("Liam Fox", "claims", "United Kingdom")),
    ("Tory leader Michael Howard spoke in Bristol. Tory co-chairman Liam Fox said the government had failed.",
     ("Liam Fox", "claims", "United Kingdom")),
])
def test_gov24_opposition_speaker_claims_the_government(nlp, text, triple):
    assert triple in _pairs(nlp, text)


@pytest.mark.parametrize("text, pair", [
    # a minister of the state, his party governing on the days his title dates: "the government" is his own
    ("Prime Minister Tony Blair launched the campaign. Home Secretary Charles Clarke said the government had "
     "delivered.", ("Charles Clarke", "United Kingdom")),
    # nothing dates the article: a party figure's "the government" stays his own state, as before
    ("Tory co-chairman Liam Fox said the government had lied.", ("Liam Fox", "United Kingdom")),
])
def test_gov24_own_government_claims_nothing(nlp, text, pair):
    assert not {(s, o) for s, _r, o in _pairs(nlp, text)} & {pair}


@pytest.mark.parametrize("text, triple", [
    # the government as the owner of what the opposition speaker's content is about: the state, not his own side
    ("Prime Minister Tony Blair launched the campaign. Tory co-chairman Liam Fox said the government's plan was "
     "dangerous.", ("Liam Fox", "claims", "United Kingdom")),
    ("Tory leader Michael Howard spoke in Bristol. Shadow chancellor Oliver Letwin said the government's figures "
     "were wrong.", ("Oliver Letwin", "claims", "United Kingdom")),
])
def test_gov24_opposition_speaker_claims_the_governments_plans(nlp, text, triple):
    assert triple in _pairs(nlp, text)


@pytest.mark.parametrize("text, pair", [
    # the governing party's minister on his own government's plans: his side, nothing
    ("Prime Minister Tony Blair launched the campaign. Home Secretary Charles Clarke said the government's plan "
     "was working.", ("Charles Clarke", "United Kingdom")),
    # undated and no title dates it: unknown, the affiliation decides as before
    ("Tory co-chairman Liam Fox said the government's plan was dangerous.", ("Liam Fox", "United Kingdom")),
])
def test_gov24_own_governments_plans_claim_nothing(nlp, text, pair):
    assert not {(s, o) for s, _r, o in _pairs(nlp, text)} & {pair}


@pytest.mark.parametrize("text, inside", [
    # no title bounds it: "the prime minister" read as the one named person who last held the office dates it
    ("Tony Blair spoke on Monday. The prime minister was in Bristol.", "2005-03-01"),
])
def test_gov24_named_holder_of_a_role_phrase_dates_the_article(nlp, text, inside):
    window = _window(nlp, text)
    assert window and any(first <= inside <= last for first, last in window)


def test_gov24_named_holder_dates_the_oppositions_government(nlp):
    text = "Tony Blair spoke. The prime minister was in Bristol. Tory co-chairman Liam Fox said the government had lied."
    assert ("Liam Fox", "claims", "United Kingdom") in _pairs(nlp, text)


@pytest.mark.parametrize("text, triple", [
    # a person placed only in a group the article names places no one: "the government" is the one country named
    ("Stop Stansted Expansion opposes the plans, which UK airport operator BAA backs. Stop Stansted Expansion "
     "chairman Peter Sanders said the government had ignored the residents.",
     ("Peter Sanders", "claims", "United Kingdom")),
])
def test_gov24_group_members_place_no_one(nlp, text, triple):
    assert triple in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    # no country named: "the government" is no one
    "Stop Stansted Expansion opposes the plans. Stop Stansted Expansion chairman Peter Sanders said the government "
    "had ignored the residents.",
])
def test_gov24_group_members_without_a_country_claim_no_state(nlp, text):
    assert not {t for t in _pairs(nlp, text) if t[2] in ("United Kingdom", "France")}
