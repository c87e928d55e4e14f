"""PolNeAR frames the finder used to reject: a participle or conjunct of a passive clause speaks for the
clause's surface subject ("Silverman was booed after telling ..."), and a double quotation closing after a
nested single one and a space ('... \'Clinton,\' " said Maxwell') ends there."""
from __future__ import annotations

import pytest

from graph.extract.attribution import find_attributions


def _found(nlp, text) -> list[tuple[str | None, str, str]]:
    doc = nlp(text)
    out = []
    for a in find_attributions(doc, nested=False):
        src = doc.text[a.source_start:a.source_end] if a.has_source else None
        out.append((src, doc.text[a.cue_start:a.cue_end], doc.text[a.content_start:a.content_end]))
    return out


# a participle or a conjunct sharing a passive clause's subject: the surface subject speaks, not the agent
@pytest.mark.parametrize("text, source, cue", [
    ("Silverman was booed after telling the holdouts that they were being ridiculous.", "Silverman", "telling"),
    ("By the end of the day, Mr. Trump was forced into a rare moment of damage control and said that his "
     "words had been misconstrued.", "Mr. Trump", "said"),
    ("Silverman was joined on stage by Al Franken and joked that the crowd was being ridiculous.",
     "Silverman", "joked"),
])
def test_attribution_passive_controller(nlp, text, source, cue):
    assert any(s == source and c == cue for s, c, _ in _found(nlp, text)), _found(nlp, text)


def test_attribution_passive_participle_does_not_speak(nlp):
    # "after being accused of ...": the one accused is no source of the accusation
    text = ("Last year, Yoshiaki Tsutsumi was forced to resign from all his posts, after being accused of falsifying "
            "the accounts of Seibu Railways.")
    assert not any(s == "Yoshiaki Tsutsumi" for s, _, _ in _found(nlp, text)), _found(nlp, text)


# the agent still speaks for its own verb, and an infinitive of purpose is no report of the subject
@pytest.mark.parametrize("text, cue, not_source", [
    ("The plan was criticized by the mayor, who said it would cost too much.", "criticized", "The plan"),
    ("Trump University was started in 2004 to offer courses in entrepreneurship.", "to offer",
     "Trump University"),
    ("The police were alerted and called to the premises.", "called", "The police"),
])
def test_attribution_passive_controller_not(nlp, text, cue, not_source):
    assert not any(s == not_source and c == cue for s, c, _ in _found(nlp, text)), _found(nlp, text)


# a double quotation closing after a nested single quotation and a space: the cue after it is outside
@pytest.mark.parametrize("text, source, cue", [
    ('"They search for something he said years ago and treat it like, \'Oh, this is important,\' " Magel '
     "said at Monday's rally.", "Magel", "said"),
    ('"She went so far as to say she\'ll be \'above the president,\' " said Khin Zaw Win, an activist.',
     "Khin Zaw Win, an activist", "said"),
])
def test_attribution_quote_after_nested_quote(nlp, text, source, cue):
    assert any(s == source and c == cue for s, c, _ in _found(nlp, text)), _found(nlp, text)


# a single quotation mark and a space before a double one that opens a quotation: no closing there
def test_attribution_nested_quote_opening(nlp):
    text = "He called it 'a disgrace.' \"We will fight on,\" the mayor said."
    assert any(s == "the mayor" and c == "said" and "We will fight on" in k for s, c, k in _found(nlp, text)), \
        _found(nlp, text)
