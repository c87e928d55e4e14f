"""Confidence: every number that says how sure extraction is, named, in one place.

A triple's confidence (:func:`triple_confidence`) is

    the base of the rule that read it (``RULE_BASE``)
    x ``UNMAPPED`` for ``relatesTo`` (a rivalry or feud: the lexicon names no act)
    x the factor of its modality (``MODALITY``: reported, hedged, hypothetical)
    x ``PER_HOP`` for each link climbed to find the subject ("began criticizing")
    x ``COORDINATED`` when an end was reached through coordination ("NATO and the US")
    x (``RESOLUTION_FLOOR`` + the rest x the weaker of its two actor mentions' confidences),

capped at 1 and rounded to ``DIGITS`` places.  A mention's confidence says how its actor was
found: a gazetteer name, NER, a title, coreference (``MENTION``, ``COREF``, ``SPEAKER_PRONOUN``).
A relation denied by someone else keeps the weaker of its own and the denial's confidence
(:func:`weaker`).  Tuning one of these changes output: bump ``EXTRACTOR_VERSION``.
"""
from __future__ import annotations

from ..model import Modality

__all__ = ["RULE_BASE", "CRITICAL_VALENCE", "PRAISE_VALENCE", "RELATIVE_CLAUSE_PREP", "UNMAPPED", "MODALITY", "PER_HOP", "COORDINATED",
           "RESOLUTION_FLOOR", "DIGITS", "MENTION", "ROLE_NOUN", "TITLED_NAME", "ROLE_HOLDER", "OFFICE_HOLDER", "COREF",
           "SPEAKER_PRONOUN", "PARTY_STATE", "UNSCORED_MENTION", "triple_confidence", "weaker"]

#: How often a rule's reading is right, before anything else is known: one entry per rule name of
#: ``graph.extract.registry`` (a test checks both list the same names).
RULE_BASE: dict[str, float] = {
    "active_svo": 0.8,
    "dative_recipient": 0.7,
    "prep_object": 0.7,
    "owned_event": 0.55,
    "object_possessor": 0.55,
    "phrase_object_possessor": 0.55,
    "passive_agent": 0.75,
    "passive_agent_owner": 0.6,
    "participial_passive": 0.65,
    "passive_from": 0.65,
    "request_clause": 0.65,
    "headline_verb": 0.6,
    "headline_clause": 0.6,
    "passive_owner": 0.6,
    "converse_from": 0.65,
    "converse_event": 0.6,
    "relative_clause": 0.65,
    "nominalisation": 0.6,
    "transfer_source": 0.6,
    "nominal_pairwise": 0.55,
    "symmetric_cosubjects": 0.65,
    "participle_agent": 0.5,
    "event_adjunct": 0.6,
    "hyphen_participle": 0.6,
    "hostile_prefix": 0.55,
    "reciprocal": 0.55,
    "adjective_object": 0.6,
    "broken_agreement": 0.6,
    "comitative_ally": 0.6,
    "joined_fight": 0.55,
    "regarded_as": 0.55,
    "affiliation_participle": 0.6,
    "present_in": 0.55,
    "checked_growth": 0.55,
    "linked_bearer": 0.55,
    "relative_event": 0.6,
    "assured_support": 0.6,
    "state_of_war": 0.6,
    "forces_in": 0.6,
    "meddling_in": 0.55,
    "backed_against": 0.55,
    "allied_possessed": 0.55,
    "shared_view": 0.55,
    "voiced_concern": 0.55,
    "owned_concern": 0.5,
    "common_ground": 0.55,
    "in_sights": 0.55,
    "claim": 0.7,
    "claim_accusation": 0.65,
    "denial": 0.6,
    "critical_claim": 0.6,
    "praise_claim": 0.6,
    "label_judgement": 0.6,
    "claim_request": 0.6,
    "infinitive_request": 0.6,
}  # and no base for denied_claim: the weaker of the denied relation's confidence and the denial's
#: A reported clause at most this negative (VADER's normalised valence, -1 .. 1) accuses the actor it
#: is about (``graph.extract.stance``); tuned on the dev half of the BBC gold.
CRITICAL_VALENCE = -0.35
#: A reported predication at least this positive ("X said Y was an honest minister") supports Y.
PRAISE_VALENCE = 0.45
#: ``relative_clause`` through a preposition ("Russia, which withdrew from Syria"): less sure than
#: its direct objects.
RELATIVE_CLAUSE_PREP = 0.6
#: ``relatesTo`` (a feud, a rift: the lexicon names no act) is less sure than a named relation.
UNMAPPED = 0.6
MODALITY: dict[Modality, float] = {Modality.ASSERTED: 1.0, Modality.REPORTED: 0.9, Modality.HEDGED: 0.7,
                                   Modality.HYPOTHETICAL: 0.6}
PER_HOP = 0.9
COORDINATED = 0.95
#: The share of a triple's confidence its actor mentions cannot take away.
RESOLUTION_FLOOR = 0.5
DIGITS = 3

#: How an actor mention was found (``ActorRef.how``, and two kinds of demonym).
MENTION: dict[str, float] = {"gazetteer": 0.95, "metonymy": 0.85, "demonym": 0.85, "demonym_modifier": 0.5,
                             "title": 0.9, "ner": 0.7, "surname": 0.85}
#: The role noun of a titled person standing for them ("Kabulov, Putin's envoy": "envoy").
ROLE_NOUN = 0.8
#: A name after a courtesy title ("Mr Hague") that no full name of the article completes.
TITLED_NAME = 0.8
#: "The prime minister", "the Tory leader": the article's one person holding that role.
ROLE_HOLDER = 0.75
#: "The prime minister" no title of the article names: the office's holder on its date (offices.yaml).
OFFICE_HOLDER = 0.7
#: Coreference, by kind: "he", "they", "it", "the group", "the envoy".
COREF: dict[str, float] = {"person": 0.7, "plural": 0.6, "neuter": 0.6, "description": 0.65, "role": 0.7}
#: The state of an article that names it nowhere, read off its parties ("ministers" in a story of Tory leaders).
PARTY_STATE = 0.7
#: "I" / "we" inside what a named person says: the speaker, or the speaker's state or group.
SPEAKER_PRONOUN = 0.6
#: A mention made without saying how sure it is (``ActorRef``'s default).
UNSCORED_MENTION = 0.8


def triple_confidence(base: float, *, mapped: bool, modality: Modality, hops: int, coordinated: bool,
                      mentions: tuple[float, float]) -> float:
    """The confidence of one triple (the formula in the module docstring)."""
    conf = base * (1.0 if mapped else UNMAPPED) * MODALITY[modality]
    conf *= PER_HOP ** hops * (COORDINATED if coordinated else 1.0)
    conf *= RESOLUTION_FLOOR + (1.0 - RESOLUTION_FLOOR) * min(mentions)
    return round(min(1.0, conf), DIGITS)


def weaker(*confidences: float) -> float:
    """The least of some confidences, rounded: a reading is as sure as its weakest step."""
    return round(min(confidences), DIGITS)

#: Joining a short name to a full name of other articles (``company``): the least weight of the actors the
#: article shares with the full name's articles (a sum of log(articles / articles naming the actor)), and how
#: many times the best candidate must outweigh the next; below ``COMPANY_STRANGER`` (less than one rare actor
#: shared) a candidate is a stranger, whom no courtesy title's gender joins either.
COMPANY_MIN = 12.0
COMPANY_MARGIN = 2.0
COMPANY_STRANGER = 3.0
