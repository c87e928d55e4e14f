"""stance_of: polarity and modality of a predicate from negation, hedge and hypothetical cues."""
from __future__ import annotations

import pytest

from graph.extract.lexicon import load_lexicon
from graph.extract.modality import governing_chain, stance_of
from graph.model import Modality, Polarity

LEX = load_lexicon()

# sentence, predicate word, polarity, modality
CASES = [
    ("Russia arms the Taliban.", "arms", Polarity.POSITIVE, Modality.ASSERTED),
    ("Russia did not arm the Taliban.", "arm", Polarity.NEGATIVE, Modality.ASSERTED),
    ("Russia never armed the Taliban.", "armed", Polarity.NEGATIVE, Modality.ASSERTED),
    ("Russia no longer arms the Taliban.", "arms", Polarity.NEGATIVE, Modality.ASSERTED),
    ("Russia refused to arm the Taliban.", "arm", Polarity.NEGATIVE, Modality.ASSERTED),
    ("Russia is strongly unwilling to arm the Taliban.", "arm", Polarity.NEGATIVE, Modality.ASSERTED),
    ("Russia allegedly arms the Taliban.", "arms", Polarity.POSITIVE, Modality.HEDGED),
    ("Russia reportedly arms the Taliban.", "arms", Polarity.POSITIVE, Modality.HEDGED),
    ("Russia may arm the Taliban.", "arm", Polarity.POSITIVE, Modality.HEDGED),
    ("Russia seems to arm the Taliban.", "arm", Polarity.POSITIVE, Modality.HEDGED),
    ("It is likely that Russia arms the Taliban.", "arms", Polarity.POSITIVE, Modality.HEDGED),
    ("Russia would attack ISIS.", "attack", Polarity.POSITIVE, Modality.HYPOTHETICAL),
    ("Russia will try to contain ISIS.", "contain", Polarity.POSITIVE, Modality.HYPOTHETICAL),
    ("Russia plans to deploy troops.", "deploy", Polarity.POSITIVE, Modality.HYPOTHETICAL),
    ("If the Afghan government failed, Russia would undertake military action.", "undertake",
     Polarity.POSITIVE, Modality.HYPOTHETICAL),
    ("If Russia attacks ISIS, the Taliban will be glad.", "attacks", Polarity.POSITIVE, Modality.HYPOTHETICAL),
    ("Russia would never attack India.", "attack", Polarity.NEGATIVE, Modality.HYPOTHETICAL),
]


@pytest.mark.parametrize("text,word,polarity,modality", CASES, ids=[c[0][:35] for c in CASES])
def test_modality_stance(nlp, text, word, polarity, modality):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    stance = stance_of(verb, LEX)
    assert (stance.polarity, stance.modality) == (polarity, modality), stance.cues


def test_modality_cues_explain_the_decision(nlp):
    doc = nlp("Russia refused to arm the Taliban.")
    stance = stance_of(doc[3], LEX)
    assert "refused" in stance.cues


def test_modality_governing_chain_climbs_open_complements(nlp):
    doc = nlp("Russia refused to arm the Taliban.")
    assert [t.text for t in governing_chain(doc[3])] == ["arm", "refused"]
