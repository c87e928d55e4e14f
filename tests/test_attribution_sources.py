"""Named sources: the source of an attribution reaches the actor the article names (PolNeAR --named)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _sources(nlp, text) -> list[tuple[str, str | None]]:
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    return [(q.source, q.source_id) for q in ex.quotes]


# the tagger takes "Sanders" for a plural noun (lemma "sander"): the name is matched on its text
@pytest.mark.parametrize("text, source, actor", [
    ("Sen. Bernie Sanders spoke in Iowa on Monday. Sanders says the economy is rigged.", "Sanders", "bernie-sanders"),
    ("Bernie Sanders won in Vermont. Sanders said that the race was not over.", "Sanders", "bernie-sanders"),
])
def test_attribution_source_surname_tagged_as_noun(nlp, text, source, actor):
    assert (source, actor) in _sources(nlp, text)


def test_attribution_source_capitalised_noun_is_no_name_without_the_article_naming_it(nlp):
    # a capitalised common noun NER takes for a person is still no actor when no name in the article has it
    text = "Remarks said to be from the governor were read out. Officials said the plan was dead."
    assert all(actor is None or "remark" not in actor for _, actor in _sources(nlp, text))


# a first name that is also a plain word ("Will", "Norm") is still a first name: the person stays
@pytest.mark.parametrize("text, source, actor", [
    ('"It is a good model," said Will Doyle, a professor at Vanderbilt University. Doyle said each year the debt grows.',
     "Doyle", "will-doyle"),
    ('"It is a good thing," said Norm Coleman, the former senator. In an interview, Mr. Coleman said Mr. Kasich would win.',
     "Mr. Coleman", "norm-coleman"),
])
def test_attribution_source_first_name_that_is_a_plain_word(nlp, text, source, actor):
    assert (source, actor) in _sources(nlp, text)


def test_attribution_source_first_name_given_as_the_only_name(nlp):
    text = ("The CIA base chief, known as Bob, spoke publicly for the first time. "
            "Bob said he was never told to stand down.")
    assert ("Bob", "bob") in _sources(nlp, text)


# a country or demonym modifying an organisation's name is part of that name, not the state
@pytest.mark.parametrize("text, source, actor", [
    ("The American Legion wrote that the candidates had ignored veterans.", "The American Legion",
     "american-legion"),
    ("The U.S. Geological Survey said the earthquake was small.", "The U.S. Geological Survey",
     "u-s-geological-survey"),
    ("The Russian Foreign Ministry said that the talks had failed.", "The Russian Foreign Ministry", "russia"),
    ("Air India said the jets had arrived.", "Air India", "air-india"),  # the country ends the name (precision6)
    ("India said the jets had arrived.", "India", "india"),
])
def test_attribution_source_organisation_named_after_a_country(nlp, text, source, actor):
    assert (source, actor) in _sources(nlp, text)


def test_attribution_source_it_reaches_no_actor(nlp):
    # "It" is the book, which coreference does not find; the quote stays, with no actor behind it
    text = "Britain faces an election. Robert Peston wrote a new book. It claims Mr Blair said he would stand down."
    assert ("It", None) in _sources(nlp, text)


# a pronoun coreference leaves open reaches the speaker of the report just before it
@pytest.mark.parametrize("text, expected", [
    ('Acme chief executive Dean Boyd spoke at the launch. "Sales are strong," Mr Boyd said. The firm also opened '
     'a shop in Leeds. "We expect Germany to buy more," he added.', ("he", "dean-boyd")),
    ('Writer Anne Bell spoke at the launch. "Sales are strong," Ms Bell said. "We expect Germany to buy more," '
     'he added.', ("he", None)),  # "he" is no Anne
])
def test_attribution_source_pronoun_is_the_speaker_going_on(nlp, text, expected):
    assert _sources(nlp, text)[-1] == expected


def test_attribution_request_is_a_quote_without_claim(nlp):
    text = "The mayor Tom Reed urged Germany to lift the tariffs."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    assert [q.cue for q in ex.quotes] == ["urged"]
    assert not [t for t in ex.triples if t.relation == "claims"]
