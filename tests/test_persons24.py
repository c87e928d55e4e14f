"""persons24: a name NER calls an organisation is a person's after a noun for a person ("SNP Holyrood leader
Nicola Sturgeon", "analyst Helena Hessel"), when it opens with a first name (ontology/titles.yaml
``person_nouns``, ``roles``, ``club_roles``); never after a noun also said of firms."""
from __future__ import annotations

import pytest

from graph.model import ActorType, Article, content_id
from graph.extract.actors import resolve_actors
from tests.test_rules import EXTRACTOR


def _types(nlp, text) -> dict[str, ActorType]:
    doc = nlp(text)
    refs = resolve_actors(doc, Article(content_id(text), "test.txt", text), EXTRACTOR.gazetteer)
    return {r.actor.label: r.actor.type for r in refs.mentions}


@pytest.mark.parametrize("text, name", [
    ("Scottish National Party leader Nicola Sturgeon attacked the plan.", "Nicola Sturgeon"),
    ("The bank's rating is stable, said S&P credit analyst Helena Hessel.", "Helena Hessel"),
    ("The rise of anti-immigration politician Pim Fortuyn changed Dutch politics.", "Pim Fortuyn"),
    # the party's spokesman is no unnamed spokesman (the party) when a name NER calls an ORG follows
    ("Conservative local government spokesman Glyn Davies said the minister was wrong.", "Glyn Davies"),
])
def test_persons24_name_after_a_person_noun_is_a_person(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name) is ActorType.PERSON, types


@pytest.mark.parametrize("text, name", [
    ("The deal was struck between public broadcaster France Televisions and a cable firm.", "France Televisions"),
    ("Shares rose, according to analysts Jupiter Research.", "Jupiter Research"),
    ("The oil firm Burren Energy said profits rose.", "Burren Energy"),
])
def test_persons24_names_after_other_nouns_stay_organisations(nlp, text, name):
    types = _types(nlp, text)
    assert types.get(name, ActorType.ORGANIZATION) is not ActorType.PERSON, types
