"""Cue coverage as PolNeAR marks it: verbs of knowledge with a subject of their own ("we now know ...",
"POLITICO has learned ..."), "deny", "rebut", "dispute" with an object of their own."""
from __future__ import annotations

import pytest

from graph.extract.attribution import find_attributions


def _found(nlp, text) -> list[tuple[str | None, str, str]]:
    doc = nlp(text)
    out = []
    for a in find_attributions(doc):
        src = doc.text[a.source_start:a.source_end] if a.has_source else None
        out.append((src, doc.text[a.cue_start:a.cue_end], doc.text[a.content_start:a.content_end]))
    return out


def _cues(nlp, text) -> list[str]:
    return [cue for _, cue, _ in _found(nlp, text)]


# knowledge reported: the verb active, with a subject of its own
@pytest.mark.parametrize("text, source, cue", [
    ("We now know the bureau is also investigating the foundation.", "We", "now know"),
    ("POLITICO has learned that the campaign assembled a data team.", "POLITICO", "has learned"),
    ("Gillian Shepherd remembered how a colleague called all women Betty.", "Gillian Shepherd", "remembered"),
    ("The minister could not remember how the application reached his office.", "The minister",
     "could not remember"),
])
def test_attribution_knowledge_cue(nlp, text, source, cue):
    assert any(s == source and c == cue for s, c, _ in _found(nlp, text))


# what someone needs, has or is to know, what is not known, and an aside joined to another clause: no report
@pytest.mark.parametrize("text, word", [
    ("Parents need to know what they might be buying for their children.", "know"),
    ("One has got to remember what the purpose of the dossier was.", "remember"),
    ("It is not known whether the two men ever clashed.", "known"),
    ("Young people are to be encouraged to learn about the nation's heritage.", "learn"),
    ("I want all children to know: \"I will value their opinion.\"", "know"),
    ("The prizes, as we all know, are the most difficult part of all.", "know"),
    ("Band Aid's Do They Know It's Christmas is set to be number one on Sunday.", "Know"),
])
def test_attribution_knowledge_not_reported(nlp, text, word):
    assert not any(word in cue for cue in _cues(nlp, text))


# an aside of knowledge inside what someone says leaves the saying whole
def test_attribution_knowledge_aside_keeps_content(nlp):
    text = 'Mr Blair refused to name a date, saying Britain would hold a poll "some time in 2006 but when, I don\'t know".'
    found = _found(nlp, text)
    assert not any("know" in cue for _, cue, _ in found)
    assert any(cue == "saying" and content.startswith("Britain would hold a poll") for _, cue, content in found)


# the denial verbs with an object of their own: the object is the content
@pytest.mark.parametrize("text, source, cue, content", [
    ("Gordon Brown has denied suggestions of a Budget giveaway.", "Gordon Brown", "has denied",
     "suggestions of a Budget giveaway"),
    ("The United States denied the claims.", "The United States", "denied", "the claims"),
    ("The campaign disputed the figures.", "The campaign", "disputed", "the figures"),
])
def test_attribution_object_cue_deny(nlp, text, source, cue, content):
    assert (source, cue, content) in _found(nlp, text)


# no object of its own to report: a pronoun alone
@pytest.mark.parametrize("text", [
    "He denied them.",
    "She denied it.",
    "The board disputed them.",
    "A hamstring injury denied Josh Lewsey.",
    "Murphy made a superb tackle, denying Percy Montgomery a certain try.",
])
def test_attribution_object_cue_deny_nothing(nlp, text):
    assert _found(nlp, text) == []
