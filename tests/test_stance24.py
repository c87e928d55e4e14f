"""Reported criticism read by stance24: every mention of a claimed actor in the content is judged, not only
the first ("This is Tony Blair's cheap gesture ... while he runs scared"); a displaying verb with a plain object names
its subject's conduct ("has shown crass insensitivity"; the lexicon's ``stance.displaying_verbs``); a negative
modifier of a negative word intensifies it ("crass insensitivity"); criticism words VADER lacks ("crass", "rubbish",
"dodge"); a feeling is no judgement of its subject ("the chancellor is not a happy eater") (graph/extract/stance.py ``_mentions_of``, ``_displays``, ``_intensifies``)."""
from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.test_stance16 import _pairs

EXTRACTOR = Extractor()
LEX = EXTRACTOR.lexicon


@pytest.mark.parametrize("word", ["crass", "rubbish", "dodge"])
def test_stance24_lexicon_words_are_criticism(word):
    assert LEX.stance_words[word] < 0


@pytest.mark.parametrize("word", ["happy", "unhappy", "glad", "sad", "angry", "upset", "furious"])
def test_stance24_feelings_judge_nobody(word):
    assert LEX.stance_words[word] == 0


@pytest.mark.parametrize("text, accused", [
    # a later mention of the claimed actor is the subject of the negative clause
    ('Tory Michael Ancram said: "This is Tony Blair\'s cheap gesture to the pro-constitution lobby while he runs '
     'scared of a debate on Europe he knows he cannot win."', ("Michael Ancram", "Tony Blair")),
    # a displaying verb with a plain object: the subject's conduct; a negative modifier adds to a negative noun
    ('Tory Michael Ancram said: "Once again this government has shown crass insensitivity."',
     ("Michael Ancram", "United Kingdom")),
    # a relative clause whose subject is the actor, with a word VADER lacks
    ('Lib Dem Mark Oaten said: "The critical issue that the home secretary Charles Clarke is dodging at this stage is '
     'to deal with the very principle."', ("Mark Oaten", "Charles Clarke")),
])
def test_stance24_criticism_accuses(nlp, text, accused):
    assert accused in _pairs(nlp, text, "accuses")
    assert accused in _pairs(nlp, text, "claims")  # the claims triple stays beside it


@pytest.mark.parametrize("text", [
    # the figures show: a report, not the government's conduct
    'Tory Michael Ancram said: "The figures show that the government has spent more."',
    # a feeling of the actor is no judgement of it, negated or not (the lexicon's ``stance.words``: "happy: 0")
    'Tory leader Michael Howard said: "No wonder Gordon Brown is not a happy eater."',
    "Tory leader Michael Howard said Gordon Brown was angry.",
    # the same actor named again in a neutral clause gives nothing
    'Tory Michael Ancram said: "Tony Blair made a speech in London and he then went to Paris."',
])
def test_stance24_no_verdict(nlp, text):
    assert not _pairs(nlp, text, "accuses") and not _pairs(nlp, text, "supports")
