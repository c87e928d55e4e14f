"""Coreference of a speaking "it" ("..., the TUC has said. It said ..."): the one body that spoke before it."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.actors import resolve_actors
from graph.extract.coref import speaking_it
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _at(nlp, text, word="It", nth=0):
    doc = nlp(text)
    actors = resolve_actors(doc, Article("a1", "t.txt", text), EXTRACTOR.gazetteer)
    hits = [t for t in doc if t.lower_ == word.lower()]
    assert len(hits) > nth, f"{word!r} not a token of {text!r}"
    return actors.at(hits[nth])


RESOLVED = [
    # the body that is the subject of the sentence before ("the TUC has said. It said ...")
    ("The government should change the law to protect workers, the TUC has said. It said 1,500 whistleblowers had "
     "lost their jobs.", "trades-union-congress"),
    ("The Electoral Commission says a cap on spending is worth debating. It also says there should be more state "
     "funding for parties.", "electoral-commission"),
    ("The Countryside Alliance failed in its attempt to have the act ruled invalid. It says the ban is "
     "unenforceable.", "countryside-alliance"),
    # a government read as its country still speaks ("The US government denied the claims. ... it said")
    ("The US government denied the claims of torture. In a statement, it said the detention "
     "was lawful.", "united-states"),
]


@pytest.mark.parametrize("text,expected", RESOLVED)
def test_coref16_speaking_it_resolves(nlp, text, expected):
    ref = _at(nlp, text)
    assert ref is not None and ref.actor.id == expected and ref.how == "coref"


REFUSED = [
    # a report, no actor, is what speaks
    "A report by the National Audit Office says costs have risen. It says the Ministry of Defence failed to act.",
    # the body only modifies a thing
    "The Sunday Telegraph journalist wrote a book about the government. It claims Tony Blair was tired.",
    # two bodies in view
    "The TUC met the CBI on Monday. It said the talks had gone well.",
    # the body is an object, not a speaker
    "Mr Hale wrote a letter to the TUC on Monday. It said the talks had gone well.",
    # a name a person owns is a book's title, not the country
    "Brown's Britain, by Robert Peston, says Gordon Brown was angry. It claims Tony Blair promised to stand down.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_coref16_speaking_it_refused(nlp, text):
    assert _at(nlp, text) is None


def test_coref16_speaking_it_is_the_quotation_source(nlp):
    text = ("The government should change the law to protect workers, the TUC has said. It said 1,500 whistleblowers "
            "had lost their jobs.")
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    sources = {q.source_id for q in ex.quotes if q.content.startswith("1,500")}
    assert sources == {"trades-union-congress"}


def test_coref16_unresolved_it_has_no_source(nlp):
    text = "A report by the National Audit Office says costs have risen. It says the ministry failed to act."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    assert {q.source_id for q in ex.quotes if q.content.startswith("the ministry")} == {None}


@pytest.mark.parametrize("text,speaking", [
    ("The TUC met ministers. It said the talks went well.", True),
    ("It is thought that the talks went well.", False),  # passive
    ("Mr Saunders of the CMF said it believed the refusals should be advisory.", False),  # inside another's report
])
def test_coref16_speaking_it(nlp, text, speaking):
    tok = next(t for t in nlp(text) if t.lower_ == "it")
    assert speaking_it(tok) is speaking


def _sources(nlp, text, start):
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    return {q.source_id for q in ex.quotes if q.content.startswith(start)}


@pytest.mark.parametrize("text,expected", [
    # a body's spokeswoman going on: the body she speaks for
    ('A spokeswoman for Human Rights Watch said it was a basic principle. She added: "Having a judge impose those '
     'punishments does not sanitise them."', {"human-rights-watch"}),
    ('A spokesman for the Electoral Commission said letters were being sent. "We are satisfied the papers will '
     'arrive in time," he said.', {"electoral-commission"}),
    # the pronoun does not fit the spokesman
    ('A spokesman for Human Rights Watch said it was a basic principle. She added: "Having a judge impose those '
     'punishments does not sanitise them."', {None}),
    # a spokesman of no body named
    ('A spokesman said it was a basic principle. He added: "Having a judge impose those punishments does not '
     'sanitise them."', {None}),
])
def test_coref16_spokesperson_going_on(nlp, text, expected):
    assert _sources(nlp, text, "Having" if "Having" in text else "We are") == expected


def test_coref16_spokesperson_not_past_a_person(nlp):
    text = ('A spokesman for Human Rights Watch said it was a basic principle. Mr Blunkett disagreed with the group. '
            'He added: "Having a judge impose those punishments does not sanitise them."')
    assert "human-rights-watch" not in _sources(nlp, text, "Having")


@pytest.mark.parametrize("text,expected", [
    # "the spokesman" going on from a body's spokesman
    ('A UKIP spokesman said Mr Betts-Green had resigned. "He did once attend a BNP meeting," the spokesman added.',
     {"uk-independence-party"}),
    # the report before is no spokesman's
    ('Nigel Farage said Mr Betts-Green had resigned. "He did once attend a BNP meeting," the spokesman added.',
     {None}),
])
def test_coref16_the_spokesperson_going_on(nlp, text, expected):
    assert _sources(nlp, text, "He did once") == expected


def test_coref16_the_spokesperson_of_a_person_is_left(nlp):
    # a person's spokesman speaks his own views, not always the person's
    text = ('A spokesman for Michael Howard said Mr Jackson had left. "He believes students should pay fees," the '
            'spokesman said.')
    assert _sources(nlp, text, "He believes") == {None}
