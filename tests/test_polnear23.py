"""Span conventions as PolNeAR marks them: a setting told at length stays out of the cue; a focus adverb
before the source and a floating quantifier after it stay out of the source."""
from __future__ import annotations

import pytest

from graph.extract.attribution import find_attributions


def _spans(nlp, text, kind: str) -> list[str | None]:
    doc = nlp(text)
    out = []
    for a in find_attributions(doc):
        s, e = getattr(a, f"{kind}_start"), getattr(a, f"{kind}_end")
        out.append(doc.text[s:e] if s >= 0 else None)
    return out


# "said in an interview with CNBC": the setting has a modifier after its noun, the cue is the verb
@pytest.mark.parametrize("text, cue", [
    ("Trump said in an interview with CNBC that the deal was bad.", "said"),
    ("The governor wrote in a letter to the court that the law was unfair.", "wrote"),
    ("The senator said in a statement obtained by the newspaper that she would resign.", "said"),
])
def test_attribution_cue_setting_told_at_length_left_out(nlp, text, cue):
    assert cue in _spans(nlp, text, "cue")


# a short setting still joins the cue
@pytest.mark.parametrize("text, cue", [
    ("Trump said in an interview that the deal was bad.", "said in an interview"),
    ("The senator said in a statement that she would resign.", "said in a statement"),
    ("Clinton wrote on Facebook that the vote mattered.", "wrote on Facebook"),
])
def test_attribution_cue_short_setting_kept(nlp, text, cue):
    assert cue in _spans(nlp, text, "cue")


@pytest.mark.parametrize("text, source", [
    ("Even Republicans who praised his candidacy said the plan was a mistake.",
     "Republicans who praised his candidacy"),
    ("Even the organizer of the rally said the crowd was small.", "the organizer of the rally"),
    ("Richards and Menendez both said the bill would pass.", "Richards and Menendez"),
])
def test_attribution_source_focus_adverb_and_floating_quantifier_left_out(nlp, text, source):
    assert source in _spans(nlp, text, "source")


# no focus adverb or floating quantifier: the source is as before ("all" inside the phrase stays)
@pytest.mark.parametrize("text, source", [
    ("All the senators said the bill would pass.", "All the senators"),
    ("Only one of the delegates said the vote was fair.", "Only one of the delegates"),
    ("The senator said it was over.", "The senator"),
])
def test_attribution_source_without_focus_words_unchanged(nlp, text, source):
    assert _spans(nlp, text, "source") == [source]


# a verb of finding with a particle or a reflexive object, and no content, reports nothing
@pytest.mark.parametrize("text", [
    "Sanders won the primary. Then Obama showed up.",
    "The vote was close. Obama found himself in an awkward position.",
    "The bank had a bad year. The bank has found itself at the center of the crisis.",
])
def test_attribution_finding_verb_turning_up_reports_nothing(nlp, text):
    assert not [a for a in find_attributions(nlp(text)) if a.shape == "bare_verb"]


# a bare finding or saying verb after its content still reports it
@pytest.mark.parametrize("text, cue", [
    ("Most voters dislike the plan, the poll found.", "found"),
    ("The plan will fail, Weaver said.", "said"),
])
def test_attribution_bare_verb_still_reports(nlp, text, cue):
    assert cue in _spans(nlp, text, "cue")
