"""Two names NER joined by "and" into one (``actors._joined_names``): when each half is named on its own elsewhere in
the article ("Anthony Elgindy ... Royer and Elgindy"), each is its own actor, so the joined name is no actor and
each half reaches its full name; one name with an "and" in it ("Marks & Spencer") stays one.  A half NER never
tags alone elsewhere (a company the gazetteer knows) is not seen: the joined name stays."""
from __future__ import annotations

import pytest

from graph.model import Article, content_id
from tests.test_stance16 import EXTRACTOR


def _extract(nlp, text: str):
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {a.label for a in ex.actors}, {(label[t.subject], t.relation, label[t.object]) for t in ex.triples}


@pytest.mark.parametrize("text, joined, halves", [
    ("Anthony Elgindy and Jeffrey Royer were convicted. Royer and Elgindy used the FBI's tools, said the prosecutor.",
     "Royer and Elgindy", {"Anthony Elgindy", "Jeffrey Royer"}),
])
def test_joined26_two_joined_names_are_two_actors(nlp, text, joined, halves):
    labels, _edges = _extract(nlp, text)
    assert joined not in labels
    assert halves <= labels


def test_joined26_one_name_with_an_and_stays_one(nlp):
    labels, edges = _extract(nlp, "Marks & Spencer said sales rose. Spencer was pleased. Marks & Spencer praised Tesco.")
    assert "Marks & Spencer" in labels
    assert ("Marks & Spencer", "supports", "Tesco") in edges
