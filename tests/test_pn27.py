"""PolNeAR cues of session 27 (issue 15): sayings of a manner or a correction ("yelled", "chanted",
"clarified", "interjected") are cues and, being sayings, claim; verbs judging through their object ("hailed",
"rebuked", "bemoaned", "credited", "deemed") are cues that make no claim."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.attribution import find_attributions
from graph.model import Article, content_id

EXTRACTOR = Extractor()


def _found(nlp, text) -> list[tuple[str | None, str]]:
    doc = nlp(text)
    return [(doc.text[a.source_start:a.source_end] if a.has_source else None, doc.text[a.cue_start:a.cue_end])
            for a in find_attributions(doc, nested=False)]


def _claims(nlp, text) -> set[tuple[str, str]]:
    art = Article(content_id(text), "t.txt", text)
    ex = EXTRACTOR.extract(art, nlp(text))
    return {(t.subject, t.object) for t in ex.triples if t.relation == "claims"}


# sayings of a manner or a correction, with a quotation or a clause
@pytest.mark.parametrize("text, source, cue", [
    ('"Out, out, out!" Mr. Trump yelled.', "Mr. Trump", "yelled"),
    ('"Stop the cover-up!" the protesters shouted.', "the protesters", "shouted"),
    ('The protesters chanted "Bernie or bust" outside the hall.', "The protesters", "chanted"),
    ("A campaign aide later clarified that Clinton had misspoken.", "A campaign aide", "later clarified"),
    ('Hannity interjected: "So there will be some flexibility?"', "Hannity", "interjected"),
])
def test_pn27_saying_manner_cues(nlp, text, source, cue):
    assert any(s == source and c.startswith(cue) for s, c in _found(nlp, text)), _found(nlp, text)


# verbs of judging through their object
@pytest.mark.parametrize("text, source, cue", [
    ("Muslim advocates hailed the nomination of the judge.", "Muslim advocates", "hailed"),
    ("Ms. Khan rebuked Mr. Trump for his remarks.", "Ms. Khan", "rebuked"),
    ("Kasich bemoaned the tone of the campaign.", "Kasich", "bemoaned"),
    ("Tester credits the Democrats' prospects to the quality of their candidates.", "Tester", "credits"),
    ("The bar association deemed him well qualified.", "The bar association", "deemed"),
])
def test_pn27_judging_object_cues(nlp, text, source, cue):
    assert (source, cue) in _found(nlp, text), _found(nlp, text)


# no content, no cue: a shout with nothing said, a clarification of nothing named
@pytest.mark.parametrize("text, cue", [
    ("The crowd shouted and cheered.", "shouted"),
    ("She clarified.", "clarified"),
])
def test_pn27_no_content_no_cue(nlp, text, cue):
    assert not any(c.startswith(cue) for _, c in _found(nlp, text)), _found(nlp, text)


# a saying claims the actors of what it says; a judging verb makes no claim
def test_pn27_yelled_claims(nlp):
    claims = _claims(nlp, '"Russia must leave Ukraine," Tony Blair yelled.')
    assert any("russia" in o for _, o in claims), claims


def test_pn27_hailed_makes_no_claim(nlp):
    claims = _claims(nlp, "Tony Blair hailed the French plan for Russia.")
    assert not claims, claims
