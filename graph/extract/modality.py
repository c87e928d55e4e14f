"""Polarity and modality of a predicate: is it negated, hedged or hypothetical?

``stance_of(verb, lexicon)`` looks at the predicate's own dependents and at the
chain of verbs and adjectives that govern it through open complements
("refused to supply", "is unwilling to back", "plans to deploy", "seems to arm").
All cue words come from ``ontology/lexicon.yaml``.

Decisions:
* Polarity is negative when an odd number of negation cues govern the predicate
  ("did not", "never", "no longer", "refused to", "is unwilling to", "denied supplying").
* Modality precedence is hypothetical > hedged > asserted: "may attack if ..." is
  hypothetical.  Whether the statement is *reported* is decided by the caller from
  attributions (see ``graph.extract.attribution``); a reported statement keeps a
  hedged or hypothetical modality, and its source is in ``attributed_to``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Modality, Polarity
from .lexicon import Lexicon

__all__ = ["Stance", "stance_of", "governing_chain", "broken_agreements"]

_MAX_CHAIN = 4  # how many governing words to climb
_GERUND_PREPS = {"of", "for", "from"}  # a gerund after these on a verb is governed by it


@dataclass(frozen=True)
class Stance:
    polarity: Polarity
    modality: Modality
    cues: tuple[str, ...] = ()  # the words that decided it, for explanations


def governing_chain(verb) -> list:
    """The predicate and the words governing it through open complements, innermost first.

    "refused to supply": [supply, refused]; "is unwilling to back": [back, unwilling, is].
    Also climbs from a gerund object ("denied supplying") and from ``acomp`` adjectives.
    """
    chain = [verb]
    tok = verb
    for _ in range(_MAX_CHAIN):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in ("xcomp", "acomp") or (tok.dep_ in ("dobj", "pcomp") and tok.tag_ == "VBG"):
            chain.append(head)
            tok = head
            if head.dep_ == "prep" and head.lower_ in _GERUND_PREPS and head.head.pos_ == "VERB":
                chain.append(head.head)  # "was accused of arming", "abstained from voting"
                tok = head.head
            continue
        if tok.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            chain.append(head)  # "Labour's plan to ban X": the intention noun governs its infinitive
        break
    return chain


def _no_longer(tok, lex: Lexicon) -> bool:
    """A negation phrase of the lexicon ("no longer", "no more") attached to tok."""
    for c in tok.children:
        for first, second in lex.negation_phrases:
            if c.lower_ == second and (any(g.lower_ == first for g in c.children)
                                       or (c.i > 0 and c.doc[c.i - 1].lower_ == first)):
                return True
    return False


def _in_conditional(tok, lex: Lexicon) -> bool:
    """The clause of tok is an if-clause, or has one ("if X fails, Russia would ...")."""
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in lex.hypothetical_marks:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.hypothetical_marks
                                     for m in c.children):
            return True
    return False


def broken_agreements(verb, lex: Lexicon) -> list:
    """The agreement nouns ``verb`` breaks: its object or "on"/"of" object when it is one of the lexicon's
    ``breaking_verbs`` or its particle makes a ``breaking_phrases`` ("went back on a pledge"); else []."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    if lemma not in lex.breaking_verbs and not any(f"{lemma} {p}" in lex.breaking_phrases for p in particles):
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "of", "from")
              for g in p.children if g.dep_ == "pobj"]
    return [n for n in nouns if lex.noun_relation(n.lemma_) == "agrees"]


def stance_of(verb, lex: Lexicon) -> Stance:
    """Polarity and modality of the predicate headed by ``verb`` (a spaCy Token)."""
    negations = 0
    hedged = hypothetical = False
    cues: list[str] = []
    chain = governing_chain(verb)
    if broken_agreements(verb, lex):  # "went back on a pledge to X": the agreement is undone
        negations += 1
        cues.append(verb.text)
    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        if depth > 0:  # a governing word: "refused (to)", "unwilling (to)", "plans (to)", "seems (to)"
            if lemma in lex.negation_verbs or (tok.pos_ == "ADJ" and lemma in lex.negation_adjectives):
                negations += 1
                cues.append(tok.text)
            if lemma in lex.hedge_verbs or (tok.pos_ == "ADJ" and lemma in lex.hedge_adjectives) or (
                    lemma in lex.reporting_verbs and any(c.dep_ == "auxpass" for c in tok.children)):
                hedged = True  # "seems to", and a sourceless report: "are said to have declared war"
                cues.append(tok.text)
            if lemma in lex.hypothetical_verbs or (tok.pos_ == "ADJ" and lemma in lex.hypothetical_adjectives) or (
                    tok.pos_ == "NOUN" and lemma in lex.hypothetical_nouns):
                hypothetical = True
                cues.append(tok.text)
        for c in tok.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in ("never", "not", "n't")):
                if low in lex.negation_words or c.dep_ == "neg":
                    negations += 1
                    cues.append(c.text)
            elif c.dep_ == "advmod" and low in lex.hedge_adverbs:
                hedged = True
                cues.append(c.text)
            elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
                if low in lex.hedge_modals:
                    hedged = True
                    cues.append(c.text)
                elif low in lex.hypothetical_modals:
                    hypothetical = True
                    cues.append(c.text)
            elif c.dep_ == "aux" and low == "going" and any(g.lower_ == "to" for g in tok.children):
                hypothetical = True
                cues.append(c.text)
        if _no_longer(tok, lex):
            negations += 1
            cues.append("no longer")
        if _in_conditional(tok, lex):
            hypothetical = True
            cues.append("if")
    # a clause under a hedging matrix: "it seems (true) that ...", "it is likely that ..."
    top = chain[-1]
    if top.dep_ in ("ccomp", "csubj") and top.head.i != top.i:
        matrix = top.head
        words = [matrix] + [c for c in matrix.children if c.dep_ in ("acomp", "oprd")]
        if any(w.lemma_.lower() in lex.hedge_verbs | lex.hedge_adjectives for w in words) and \
                matrix.lemma_.lower() not in lex.reporting_verbs - lex.hedge_verbs:
            hedged = True
            cues.append(matrix.text)
    polarity = Polarity.NEGATIVE if negations % 2 else Polarity.POSITIVE
    modality = (Modality.HYPOTHETICAL if hypothetical else Modality.HEDGED if hedged else Modality.ASSERTED)
    return Stance(polarity, modality, tuple(cues))
