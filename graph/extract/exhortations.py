"""Exhortations: a source who says what another actor should do asks it to.

"Ann Cole said the regulator should look into the market" gives Ann Cole ``requests`` the regulator, besides
the claim (CAMEO 02, appeal or demand: a demand is often worded as what someone else must do).

* :func:`claim_request`: the source of an attribution that states (a claim cue, not a question or a
  request of its own) ``requests`` each claimed actor that is the subject of an active clause of the content
  governed by an obligation modal (``should``, ``must``, ``ought to``): no perfect ("should have told",
  a reproach), no copula ("should be ashamed", a judgement), no passive ("should be told"), no negation
  ("must not" forbids, which CAMEO codes elsewhere), no clause of a condition or a question.  Never the
  source's own side (a minister saying "the government must act" pledges, a party member exhorts his party),
  a pronoun (whom the resolver may have mistaken), nor when the source only reports (the media).
"""
from __future__ import annotations

from .scoring import RULE_BASE
from .stance import own_side, unsaid
from .triples import make_triple

__all__ = ["claim_request"]

#: Children that make the obligation something other than a request: a negation, a perfect, a passive.
_NOT_ASKED = frozenset({"neg", "auxpass", "nsubjpass"})
#: Words that negate the clause, also as the parser's "preconj" of "not only".
_NOT = frozenset({"not", "n't", "never"})
#: Clause links under which a modal clause is a condition, a question or a description, not the content's point.
_EMBEDDED = frozenset({"advcl", "relcl", "acl", "csubj", "pcomp"})


def claim_request(reading, att, src, cue, outer, stance, targets) -> None:
    """``src`` requests each claimed actor (``targets``) its content says should or must act (module doc)."""
    lex = reading.lex
    if att.shape in ("request", "noun_cue") or (cue.pos_ in ("VERB", "AUX") and cue.lemma_.lower() not in lex.claim_cues):
        return
    if unsaid(reading, src, stance):
        return
    own = None
    for ref in targets:
        verb = _obliged_clause(reading, att, ref)
        if verb is None:
            continue
        own = own_side(reading, src) if own is None else own
        if ref.actor.id in own:
            continue
        t = make_triple(reading, src, ref, "requests", cue.i, range(*att.cue_tokens), "claim_request",
                        RULE_BASE["claim_request"], stance=stance, att=outer, attributes=(("event", verb.lemma_),))
        if t:
            reading.triples.append(t)


def _state(lemma: str, lex) -> bool:
    """A verb of a state of mind or being, whose obligation is a guess ("ministers should expect it to be
    re-written", "he must know"): the copula and the lexicon's ``belief_cues`` and ``sourceless_cues``."""
    return lemma == "be" or lemma in lex.belief_cues or lemma in lex.sourceless_cues


def _guess(verb) -> bool:
    """ "must" before a progressive ("they must be wondering", "he must be joking") guesses at what is going on:
    an inference, no obligation."""
    auxes = [c.lemma_.lower() for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and "must" in auxes and "be" in auxes


def _obliged_clause(reading, att, ref):
    """The verb of the content's clause whose subject ``ref`` names, when a modal of obligation governs it
    (lexicon ``obligation_modals``) and it asks for an act (module doc); else None."""
    doc = reading.doc
    tok = doc[ref.start]
    while ref.start <= tok.head.i < ref.end and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ == "PRON":
        return None
    while tok.dep_ == "conj":  # "the Tories and the Liberal Democrats should ..."
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or not att.in_content(verb.i) or verb.dep_ in _EMBEDDED:
        return None
    if verb.lemma_.lower() == "ought":  # "ought to act": the parser heads the clause with the modal
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return None
    elif not any(c.dep_ == "aux" and c.lemma_.lower() in reading.lex.obligation_modals for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if _state(lemma, reading.lex) or lemma in reading.lex.outcome_verbs or _guess(verb) or any(
            c.dep_ in _NOT_ASKED or c.lower_ in _NOT or (c.dep_ == "aux" and c.lemma_.lower() == "have")
            for c in verb.children):
        return None  # "should be ashamed", "should expect", "must not", "should have told", "should be told"
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children) or verb.tag_ == "VBN":
        return None  # "if the government should fall", "whether he should resign"
    return verb
