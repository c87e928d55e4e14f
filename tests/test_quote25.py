"""quote25: quotations with no quote record -- a quoted sentence left open where the next one opens (BBC style:
'said: "We won. "Now we rest."'), the report a sentence ends with, and a quotation after a cue over a content the
parser read before it (graph/extract/attribution.py)."""
from __future__ import annotations

import pytest

from graph.extract.attribution import find_attributions
from tests.test_attribution import _texts


def _found(nlp, text):
    doc = nlp(text)
    return [(_texts(doc, a), a.shape) for a in find_attributions(doc)]


@pytest.mark.parametrize("text, expected", [
    # a chain of quoted sentences, each left open where the next opens: every one goes on with the speaker
    ('But Ms Brankin told BBC Radio Scotland: "We don\'t think we got our sums wrong. "Obviously we will examine '
     'the findings of this new report. "And we are absolutely committed to doing that."',
     [("Ms Brankin", "told", "Obviously we will examine the findings of this new report"),
      ("Ms Brankin", "told", "And we are absolutely committed to doing")]),
    # after a report in indirect speech
    ('Anne Weyman said teaching pupils about contraception was key. "Young people must be informed about all '
     'the issues. "I think it is very important that the government keeps its strategy."',
     [("Anne Weyman", "said", "Young people must be informed about all the issues"),
      ("Anne Weyman", "said", "I think it is very important that the government keeps its strategy")]),
    # after a closed quotation with its cue after it
    ('"Any fraud in other member states is fraud against the UK taxpayer," he said. "Departments need to weed out '
     'improper spending. "The government must take the opportunity to press the Commission."',
     [("he", "said", "Departments need to weed out improper spending"),
      ("he", "said", "The government must take the opportunity to press the Commission")]),
])
def test_quote25_open_quoted_sentences_continue_the_speaker(nlp, text, expected):
    found = _found(nlp, text)
    for texts in expected:
        assert (texts, "continuation") in found, found


def test_quote25_the_report_the_sentence_ends_with_goes_on(nlp):
    text = ('Lib Dem spokesman Ed Davey meanwhile said instead of the "bonfire of quangos" New Labour had promised, '
            'there had been an "explosion" of them. "For over two decades these unaccountable agencies have '
            'mushroomed. "Liberal Democrats would abolish many."')
    sources = {t[0] for t, shape in _found(nlp, text) if shape == "continuation"}
    assert sources == {"Lib Dem spokesman Ed Davey"}


@pytest.mark.parametrize("text, expected", [
    ('Mr Blair denied Mr Brown made that quote, and before he left for Africa the chancellor told reporters: '
     '"Of course I trust the prime minister."', ("the chancellor", "told", "Of course I trust the prime minister")),
    ('Asked if he would stand for the leadership again, Mr Hague replied: "No. Definitely not."',
     ("Mr Hague", "replied:", "No. Definitely not")),
])
def test_quote25_quotation_after_the_cue_beats_words_before_it(nlp, text, expected):
    assert expected in [t for t, _ in _found(nlp, text)]


@pytest.mark.parametrize("text", [
    # an open quotation after a narrator's sentence continues no one
    'Mr Reid said the seat was safe. The party has held it since 1997. "It was a close race last time. '
    '"We will see."',
    # nor after a belief or a denial
    'The mayor thinks the bridge is safe. "It has passed every test. "Engineers agree."',
    'The mayor denied the bridge was unsafe. "It has passed every test. "Engineers agree."',
    # a quoted phrase inside a sentence is no quoted sentence of its own
    'The mayor said the bridge was safe. Critics called it "a danger to every driver. "It must close," they said.',
])
def test_quote25_no_continuation(nlp, text):
    conts = [t for t, shape in _found(nlp, text) if shape == "continuation"]
    assert conts == [], conts


def test_quote25_a_quotation_before_the_cue_keeps_its_reading(nlp):
    text = ('"Tony Meo and me used to spend all of our spare time there," Mr White said, "We loved the game and the '
            'atmosphere."')
    assert ("Mr White", "said", "Tony Meo and me used to spend all of our spare time there") in [
        t for t, _ in _found(nlp, text)]


def test_quote25_no_cue_from_inside_the_next_open_quotation(nlp):
    # "was mentioned" lies in the next quoted sentence: no cue of the one before it
    text = ('He told BBC News: "He appears to have said these things. We have suspended him as a member. "By all '
            'accounts none of this was mentioned at his selection meeting."')
    found = _found(nlp, text)
    assert (("He", "told", "He appears to have said these things. We have suspended him as a member"),
            "quotation") in found, found
    assert (("He", "told", "By all accounts none of this was mentioned at his selection meeting"),
            "continuation") in found, found


@pytest.mark.parametrize("text, kept", [
    # a quotation no one is found to say: whom its "he" means is unknown
    ('Mr Howard said Mr Blunkett had complained. The Tory leader went on: "He doesn\'t stop there: he thinks the '
     'culture secretary\'s weak. "He says the prime minister doesn\'t like being told the truth."', False),
    # the speaker's own quotation: the "he" he speaks of stays
    ('Mr Howard said: "This is a disgrace. He says the prime minister is weak."', True),
])
def test_quote25_he_reporting_inside_a_quotation_needs_its_speaker(nlp, text, kept):
    found = [t for t, _ in _found(nlp, text) if t[0] in ("He", "he")]
    assert bool(found) is kept, found
