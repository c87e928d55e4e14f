"""coref26: a first name's gender read from the news's own country's name list first (``name_country`` in
``ontology/titles.yaml``): "Jan" and "Jo" are women's names in Britain though men's in most other lists, so
"she" reaches "Jan Hollins"; a name that list gives as only mostly one gender against the overall answer
("Jean", "Alex") has none.  A two-word name NER took for an organisation is a person when that list gives its first
name one sex ("looks_personal") or when the politicians' data lists it ("Nicola Sturgeon" tagged ORG), so "she"
reaches her.  A group's name of two words or more NER found once is the group where written the same and
missed ("An Operation Fair Vote spokesman", ``actors.repeated_names``)."""
from __future__ import annotations

import pytest

from graph.extract.persons import first_name_gender, looks_personal
from tests.test_speaker26 import _sources


@pytest.mark.parametrize("first, gender", [
    ("Jan", "female"), ("Jo", "female"), ("Tony", "male"), ("Ken", "male"), ("Margaret", "female"),
    ("Jean", None), ("Alex", None), ("Kim", None), ("Gordon", "male"),
])
def test_coref26_first_name_gender_by_the_news_country(first, gender):
    assert first_name_gender(first) == gender


@pytest.mark.parametrize("text, source", [
    ('Police union leader Jan Hollins attacked the plans. "These plans are dangerous," she warned.',
     ("she", "Jan Hollins")),
    ('Jo Pelham, who chairs the residents group, criticised the council. She said the decision was wrong.',
     ("She", "Jo Pelham")),
])
def test_coref26_she_reaches_a_british_woman_s_name(nlp, text, source):
    assert source in _sources(nlp, text)


@pytest.mark.parametrize("label, personal", [
    ("Nicola Sturgeon", True), ("Jan Berry", True), ("Graeme Souness", True), ("Morgan Stanley", False),
    ("Jean Dupont", False),
])
def test_coref26_looks_personal_by_the_news_country(label, personal):
    assert looks_personal(label) is personal


def test_coref26_a_listed_politician_tagged_as_an_organisation_is_a_person(nlp):
    text = 'Nicola Sturgeon welcomed the move. She said: "The time has come for a ban."'
    assert ("She", "Nicola Sturgeon") in _sources(nlp, text)


@pytest.mark.parametrize("text, source", [
    # the group's name NER finds only in a later sentence: the earlier mention is the group too
    ("An Operation Fair Vote spokesman said the plans were unfair. Sunil Patel, director of Operation Fair Vote, "
     "said the party had failed.", ("An Operation Fair Vote spokesman", "Operation Fair Vote")),
])
def test_coref26_a_group_name_repeated_where_ner_missed_it(nlp, text, source):
    assert source in _sources(nlp, text)
