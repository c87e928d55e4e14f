"""The relation lexicon: which words name which relation, read from ``ontology/lexicon.yaml``.

Everything the rules know about English words lives in that file (verb and noun
lemmas per relation, multi-word patterns, light verbs, reporting and denial
cues, negation, hedge and hypothetical cues).  This module only loads and
checks it and answers look-ups; it never imports spaCy.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..fsutil import file_digest
from ..vocab import GENERIC_RELATION, ONTOLOGY_DIR, check_mapping, read_ontology_yaml, relation_types

__all__ = ["LEXICON_FILE", "LEXICON_KEYS", "Lexicon", "make_lexicon", "load_lexicon"]

LEXICON_FILE = "lexicon.yaml"


def _words(data: dict, key: str, path: Path, lower: bool = True) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise OntologyError(f"{path}: `{key}` must be a list of words; found {type(value).__name__}")
    bad = [w for w in value if not isinstance(w, str)]
    if bad:
        raise OntologyError(f"{path}: `{key}` holds non-words {bad!r}; quote them (YAML reads no/yes/on as booleans)")
    return frozenset(w.lower() if lower else w for w in value)


def _by_relation(data: dict, key: str, path: Path, known: set[str]) -> dict[str, str]:
    """Invert ``{relation: [words]}`` into ``{word: relation}``; the first relation listing a word wins."""
    section = data.get(key, {}) or {}
    if not isinstance(section, dict):
        raise OntologyError(f"{path}: `{key}` must map relation names to lists of words")
    out: dict[str, str] = {}
    for rel, words in section.items():
        if rel not in known:
            raise OntologyError(
                f"{path}: `{key}` names the unknown relation {rel!r}; use one of: {', '.join(sorted(known))}")
        if not isinstance(words, list):
            raise OntologyError(f"{path}: `{key}.{rel}` must be a list of words")
        for w in words:
            out.setdefault(" ".join(str(w).lower().split()), rel)
    return out


@dataclass(frozen=True)
class Lexicon:
    """Word lists and word -> relation maps; plain data, so it pickles."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    phrases: dict[str, str]  # "pull out" / "hold talk" -> relation
    converse: dict[str, str]  # "receive" -> supplies: "Y receives X from Z" means Z supplies Y
    light_verbs: frozenset[str]
    topic_preps: frozenset[str]
    symmetric: frozenset[str]
    reporting_verbs: frozenset[str]
    accusatory_cues: frozenset[str]
    denial_verbs: frozenset[str]
    question_cues: frozenset[str]
    hearing_cues: frozenset[str]
    claim_nouns: frozenset[str]
    denial_lookback: int
    accusation_relations: frozenset[str]
    hostile_recipient_types: frozenset[str]
    reporter_types: frozenset[str]
    exempt_target_types: frozenset[str]
    hostile_recipient_relations: frozenset[str]
    military_goods: frozenset[str]
    negation_words: frozenset[str]
    negation_verbs: frozenset[str]
    negation_adjectives: frozenset[str]
    negation_phrases: frozenset[tuple[str, str]]  # ("no", "longer"): the pair negates the predicate
    hedge_adverbs: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    hypothetical_nouns: frozenset[str]
    quantity_qualifiers: frozenset[str]
    actor_heads: frozenset[str]
    place_heads: frozenset[str] = frozenset()
    mutual_nouns: frozenset[str] = frozenset()
    event_adjunct_preps: frozenset[str] = frozenset()
    companion_words: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()  # "the report said": its one named maker speaks
    report_makers: frozenset[str] = frozenset()  # "Oxfam published a report", "research carried out by X"
    group_source_nouns: frozenset[str] = frozenset()  # "Sources within the party said": the party speaks
    group_source_preps: frozenset[str] = frozenset()
    reporter_nouns: frozenset[str] = frozenset()  # "our correspondent said": the correspondent the article names
    no_relation_phrases: frozenset[str] = frozenset()
    converse_events: frozenset[str] = frozenset()  # "faces criticism from X": the subject undergoes the event
    grievance_nouns: frozenset[str] = frozenset()  # "the anger of the unions": its "of" object feels it
    own_side_words: frozenset[str] = frozenset()  # "faced backbench discontent": from their own party
    place_relations: frozenset[str] = frozenset()
    state_target_relations: frozenset[str] = frozenset()
    located_relations: frozenset[str] = frozenset()
    owner_passive_relations: frozenset[str] = frozenset()
    subject_control: frozenset[str] = frozenset()
    control_verbs: dict[str, str] | None = None  # "threaten" -> threatens: "threatened to strike X" is a threat
    from_passive_relations: frozenset[str] = frozenset()  # "X was expelled from Y": Y sanctions X
    verbal_conflict: dict[str, str] | None = None  # "attack" -> accuses between persons and organisations
    verbal_conflict_types: frozenset[str] = frozenset()
    verbal_conflict_topics: frozenset[str] = frozenset()  # "attacked the government over Iraq": a dispute
    verbal_conflict_speakers: frozenset[str] = frozenset()  # "Tories attack EU asylum moves": words, whoever
    against_nouns: dict[str, str] | None = None  # "measure" -> attacks, only with an "against" object
    hostile_prefixes: dict[str, str] | None = None  # "anti" -> attacks: "anti-ISIS operations"
    adjective_objects: dict[str, str] | None = None  # "critical" -> accuses: "was critical of Mr Blair"
    compound_nouns: dict[str, str] | None = None  # "phone call" -> consults: a compound changes a noun cue
    no_relation_compounds: frozenset[str] = frozenset()  # "roll call", "close call": a compound cancels a noun cue
    idiom_preps: frozenset[str] = frozenset()  # "in common with": the idiom's object is no partner
    penalty_nouns: frozenset[str] = frozenset()  # "paid the FCC a fine": a penalty paid, the payee sanctions
    fact_denials: frozenset[str] = frozenset()  # "deny": denying a deed ("X fraud") answers no X
    owned_object_verbs: dict[str, str] | None = None  # "challenge" -> accuses: "challenged Tory policies"
    lemma_fixes: tuple[tuple[str, str], ...] = ()  # (word, lemma) where the pipeline's lemma misleads
    cue_phrases: frozenset[tuple[str, str]] = frozenset()  # ("call", "for"): "called for X" is an attribution
    object_cues: frozenset[str] = frozenset()  # "announced his candidacy": the direct object is what is reported
    as_cues: frozenset[str] = frozenset()  # "sees the mayor as a reformer": the object and its "as" are reported
    person_object_cues: frozenset[str] = frozenset()  # "endorsed Cruz": an object cue whose person object is reported
    gap_object_cues: frozenset[str] = frozenset()  # "a bill opposed by unions": reports an object standing elsewhere
    agent_cues: frozenset[str] = frozenset()  # "the move was first reported by MSNBC": the agent is the source
    stance_adjectives: frozenset[str] = frozenset()  # "was critical of the plan": a copula and adjective as cue
    passive_cues: frozenset[str] = frozenset()  # "it is heard that ...": a cue only in the passive ("I heard him")
    knowledge_cues: frozenset[str] = frozenset()  # "we now know ...": a cue only active with a subject of its own
    cue_settings: frozenset[str] = frozenset()  # "said in a statement": the setting joins the cue
    belief_cues: frozenset[str] = frozenset()  # "said he thinks ...": inside reported speech, part of it
    intent_cues: frozenset[str] = frozenset()  # "claimed to have", "declined to comment": the infinitive is reported
    phase_verbs: frozenset[str] = frozenset()  # "continued fighting": the gerund is no content of the verb
    aim_cues: frozenset[str] = frozenset()  # "sought to win": the infinitive is reported, an aim, not something said
    request_cues: frozenset[str] = frozenset()  # "asked Norton to reprint": the object and its infinitive are reported
    claim_cues: frozenset[str] = frozenset()  # "said", "insisted": verb cues of saying, the only ones making claims
    doing_cues: frozenset[str] = frozenset()  # "claimed the titles": with an object of its own, no saying
    unowned_nouns: frozenset[str] = frozenset()  # "UK firms", "Labour constituencies": the owner is not the subject
    owned_things: frozenset[str] = frozenset()  # "the plan", "the posters": owned by whom an earlier mention names
    of_owned_nouns: frozenset[str] = frozenset()  # "the work of Ms Hutt": its "of" object owns it
    purpose_nouns: frozenset[str] = frozenset()  # "during a visit to support X": the visitor supports X
    breaking_verbs: frozenset[str] = frozenset()  # "broke his promise to X", "went back on a pledge": undone
    breaking_phrases: frozenset[str] = frozenset()  # "go back", "back out": a verb and its particle
    unilateral_nouns: frozenset[str] = frozenset()  # "Labour and Conservative promises": each its own
    state_things: frozenset[str] = frozenset()  # "UK aid", "the US emphasis": a state's own, its name before them
    goods_verbs: frozenset[str] = frozenset()  # "sell Savage": the object is what is handed over, no recipient
    thing_makers: frozenset[str] = frozenset()  # "Labour unveiled plans": the subject owns the plans
    state_measures: frozenset[str] = frozenset()  # "the bill" no one in the article owns: the state's
    #: owned thing -> the first word of its kin ("scheme" -> "plan"): "the scheme" refers back to "Labour's plans"
    owned_thing_kin: dict[str, str] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()  # "released an advert that attacked X": the maker speaks
    publishing_verbs: frozenset[str] = frozenset()  # "posted a video saying ...": with thing_makers, makes a document
    hearer_verbs: frozenset[str] = frozenset()  # "told reporters": the direct object is whom it is said to
    career_verbs: frozenset[str] = frozenset()  # "was leaving Viacom": a person changing jobs, no withdrawal
    address_nouns: frozenset[str] = frozenset()  # "delivered a speech to X": an audience addressed, no supply
    forum_nouns: frozenset[str] = frozenset()  # "settle the dispute at the WTO": a venue, no party
    topic_verbs: frozenset[str] = frozenset()  # "discuss relations between X and Y": a topic, no relation
    lodged_nouns: frozenset[str] = frozenset()  # "a complaint to the board": the body that hears it, no target
    naming_verbs: frozenset[str] = frozenset()  # "called the rivalry bitter": naming a thing, no contact
    labelling_verbs: frozenset[str] = frozenset()  # "described X as a Fagin": a label that may judge X (labels.py)
    infinitive_requests: frozenset[str] = frozenset()  # "challenged X to publish/to a debate": a request only so
    order_verbs: frozenset[str] = frozenset()  # "told Tom Reed to resign": a request of Tom Reed
    challenge_events: frozenset[str] = frozenset()  # "challenged X to a debate": the "to" events a challenge asks for
    private_roles: frozenset[str] = frozenset()  # "his friend X", "her partner X": between persons, a private tie
    member_verbs: frozenset[str] = frozenset()  # "a Tory MP defected": a member's move, no act of the party
    partitive_heads: frozenset[str] = frozenset()  # "many in the party": a part of a group stands for the group
    approval_verbs: frozenset[str] = frozenset()  # "welcomed his return": approving a thing, support of its owner
    consent_verbs: frozenset[str] = frozenset()  # "X and Y must ratify the accord": each consents, not to the other
    host_verbs: frozenset[str] = frozenset()  # "X and Y hosted a dinner": hosts of others, no meeting of each other
    sourceless_cues: frozenset[str] = frozenset()  # "X seems to ...", "X is expected to ...": the writer hedges
    cancelling_verbs: frozenset[str] = frozenset()  # "ended his partnership with X": the noun's event is undone
    standing_adverbs: frozenset[str] = frozenset()  # "has always denied": a standing denial, no answer
    outcome_verbs: frozenset[str] = frozenset()  # "X should win": an outcome hoped for, no act asked of X
    obligation_modals: frozenset[str] = frozenset()  # "X should act": what X is asked to do
    in_sources: frozenset[str] = frozenset()  # "in a CNN poll, ...", "in Forbes' words, ...": "in" is the cue
    cited_sources: frozenset[str] = frozenset()  # "research by X showed": a thing of X's cited, no claim about X
    finding_verbs: frozenset[str] = frozenset()  # "a new poll shows the mayor with a lead": a cited source's finding
    stance_words: dict[str, float] | None = None  # "sleaze" -> -2.5, "get way" -> -2: valences VADER lacks
    stance_target_types: frozenset[str] = frozenset()  # who a negative report accuses: persons, parties
    stance_opposing: frozenset[str] = frozenset()  # relations of verbs acting against their object ("tackle")
    stance_copulas: frozenset[str] = frozenset()  # "Y was an honest minister": a predication that can praise Y
    stance_verdicts: frozenset[str] = frozenset()  # "Y was right to ...": an approval of Y's act
    stance_deeds: frozenset[str] = frozenset()  # "Y has done a great job": the object of "do" that can praise Y
    stance_states: frozenset[str] = frozenset()  # "Y was terrified", "Y is split": a passive judging Y's state
    stance_charges: frozenset[str] = frozenset()  # "Lib Dem hypocrisy", "Labour's lies": misconduct of the owner
    stance_displays: frozenset[str] = frozenset()  # "Y has shown crass insensitivity": a report verb naming Y's conduct
    stance_terms: frozenset[str] = frozenset()  # "if Labour is elected", "when Y was in power": whose rule it tells
    stance_owed: frozenset[str] = frozenset()  # "Y should apologise", "should have the courage to": what Y lacks
    stance_affirmed: frozenset[str] = frozenset()  # "never forget that ...": a negation that asserts the clause
    stance_undergoing: frozenset[str] = frozenset()  # "Britain suffered mass unemployment": what befalls the subject
    stance_prep_verbs: frozenset[str] = frozenset()  # "turned to dross", "resorted to smears": a verb's object after it
    stance_resentments: frozenset[str] = frozenset()  # "I was appalled by Labour's decision": what the speaker resents
    sport_cues: frozenset[str] = frozenset()  # "match", "goal", "medal": words of a sport story
    sport_min_share: float = 1.0  # the share of an article's words that are sport cues in a sport story
    sport_words: frozenset[str] = frozenset()  # "meet", "beat", "fed": a contest there, no political event
    sport_state_words: frozenset[str] = frozenset()  # "government", "minister": a country there is the state
    sport_contests: frozenset[str] = frozenset()  # attacks, coerces: play there, not violence
    game_nouns: frozenset[str] = frozenset()  # "match", "game": "the game against X" names an opponent, a topic

    def targets(self) -> set[str]:
        """Every relation name the lexicon maps some word to."""
        return set(self.verbs.values()) | set(self.nouns.values()) | set(self.phrases.values())

    def verb_relation(self, lemma: str) -> str | None:
        return self.verbs.get(lemma.lower())

    def noun_relation(self, lemma: str) -> str | None:
        return self.nouns.get(lemma.lower())

    def compound_relation(self, modifier: str, lemma: str) -> str | None:
        """The relation of a noun cue with a compound before it ("phone call" -> consults): the listed one, "" when
        the compound cancels the cue ("roll call"), None when the pair is not listed (the noun's own then)."""
        words = f"{modifier.lower()} {lemma.lower()}"
        return "" if words in self.no_relation_compounds else (self.compound_nouns or {}).get(words)

    def against_relation(self, lemma: str) -> str | None:
        """The relation of a noun that names a hostile act with an "against" object ("measures against")."""
        return (self.against_nouns or {}).get(lemma.lower())

    def prefix_relation(self, prefix: str) -> str | None:
        """The relation of a hostile prefix ("anti" in "anti-ISIS")."""
        return (self.hostile_prefixes or {}).get(prefix.lower())

    def adjective_relation(self, lemma: str) -> str | None:
        """The relation of a predicative adjective toward its prepositional object ("critical of X")."""
        return (self.adjective_objects or {}).get(lemma.lower())

    def control_relation(self, lemma: str) -> str | None:
        """The relation of a control verb ("threaten" in "threatened to strike"), coded instead of the embedded one."""
        return (self.control_verbs or {}).get(lemma.lower())

    def phrase_relation(self, *lemmas: str) -> str | None:
        return self.phrases.get(" ".join(w.lower() for w in lemmas))

    def is_symmetric(self, relation: str) -> bool:
        return relation in self.symmetric

    @property
    def generic(self) -> str:
        return GENERIC_RELATION


def _section(data: dict, key: str, path: Path) -> dict:
    value = data.get(key, {}) or {}
    if not isinstance(value, dict):
        raise OntologyError(f"{path}: `{key}` must be a mapping")
    return value


#: Top-level sections of ``lexicon.yaml`` read the same way, each into the Lexicon field of its name:
#: ``{relation: [words]}`` maps, word lists, and lists of relation names.
_RELATION_MAPS = ("verbs", "nouns", "phrases", "converse", "against_nouns", "hostile_prefixes", "control_verbs",
                  "adjective_objects", "compound_nouns", "owned_object_verbs")
_WORD_LISTS = ("light_verbs", "topic_preps", "reporting_verbs", "accusatory_cues", "denial_verbs", "question_cues",
               "hearing_cues", "person_object_cues", "gap_object_cues", "agent_cues", "stance_adjectives",
               "passive_cues", "knowledge_cues",
               "claim_nouns", "pair_nouns", "report_nouns", "report_makers", "no_relation_phrases",
               "group_source_nouns", "group_source_preps", "reporter_nouns",
               "quantity_qualifiers", "actor_heads", "place_heads", "mutual_nouns",
               "event_adjunct_preps", "companion_words", "object_cues", "as_cues", "cue_settings", "sourceless_cues",
               "intent_cues", "aim_cues", "request_cues", "belief_cues", "in_sources", "claim_cues", "doing_cues",
               "hearer_verbs", "unowned_nouns", "converse_events", "grievance_nouns", "own_side_words", "cited_sources",
               "finding_verbs", "career_verbs", "phase_verbs", "owned_things", "state_things", "goods_verbs",
               "thing_makers", "state_measures", "of_owned_nouns", "purpose_nouns", "breaking_verbs",
               "breaking_phrases", "unilateral_nouns",
               "document_nouns", "publishing_verbs",
               "address_nouns", "naming_verbs", "labelling_verbs",
               "infinitive_requests", "order_verbs", "challenge_events", "approval_verbs",
               "partitive_heads", "member_verbs", "private_roles", "no_relation_compounds",
               "idiom_preps", "penalty_nouns", "fact_denials", "forum_nouns", "topic_verbs",
               "lodged_nouns", "cancelling_verbs", "outcome_verbs", "obligation_modals", "standing_adverbs",
               "consent_verbs", "host_verbs")
_RELATION_LISTS = ("symmetric", "place_relations", "state_target_relations", "located_relations",
                   "owner_passive_relations", "from_passive_relations")
#: Word lists inside a section, each into the Lexicon field ``<prefix>_<key>`` (``hedges.modals`` -> ``hedge_modals``).
_SECTION_WORD_LISTS = (("negation", "negation", ("words", "verbs", "adjectives")),
                       ("hedges", "hedge", ("adverbs", "modals", "verbs", "adjectives")),
                       ("hypothetical", "hypothetical", ("modals", "marks", "verbs", "adjectives", "nouns")))

#: Every key ``lexicon.yaml`` may hold; a section (``negation``) lists its own keys.  Anything else is an
#: error naming the file and the key, so a misspelt key never silently does nothing.
LEXICON_KEYS: dict = {
    **dict.fromkeys((*_RELATION_MAPS, *_WORD_LISTS, *_RELATION_LISTS, "denial_lookback", "lemma_fixes",
                     "cue_phrases", "owned_thing_kin")),
    "stance": dict.fromkeys(("words", "target_types", "opposing_relations", "praise_copulas",
                                       "praise_deeds", "praise_verdicts", "judging_states", "charges",
                                       "displaying_verbs", "terms_of_office", "owed", "affirmed_when_negated",
                                       "undergoing_verbs", "prepositional_verbs",
                                       "resentments")),
    "verbal_conflict": dict.fromkeys(("types", "words", "topics", "speaker_types")),
    "sport_senses": dict.fromkeys(("cues", "min_share", "words", "state_words", "contest_relations", "game_nouns")),
    "accusation": dict.fromkeys(("relations", "exempt_target_types", "hostile_recipient_types", "reporter_types",
                                 "hostile_recipient_relations", "military_goods")),
    "negation": dict.fromkeys(("words", "verbs", "adjectives", "phrases")),
    "hedges": dict.fromkeys(("adverbs", "modals", "verbs", "adjectives")),
    "hypothetical": dict.fromkeys(("modals", "marks", "verbs", "adjectives", "nouns", "subject_control")),
}


def make_lexicon(data, path: Path, relations: Iterable[str]) -> Lexicon:
    """The lexicon of the parsed ``lexicon.yaml`` at ``path``; every relation it names must be in
    ``relations`` (the ontology's).  Raises OntologyError naming the file and the key at fault."""
    check_mapping(data, LEXICON_KEYS, path, "the lexicon must be a YAML mapping of sections")
    known = set(relations)
    acc, verbal = _section(data, "accusation", path), _section(data, "verbal_conflict", path)
    lower_to_name = {k.lower(): k for k in known}
    lookback = data.get("denial_lookback", 4)
    if not isinstance(lookback, int) or lookback < 0:
        raise OntologyError(f"{path}: `denial_lookback` must be a non-negative integer; found {lookback!r}")
    return Lexicon(
        **{key: _by_relation(data, key, path, known) for key in _RELATION_MAPS},
        **{key: _words(data, key, path) for key in _WORD_LISTS},
        **{key: _relations(data, key, path, lower_to_name) for key in _RELATION_LISTS},
        **{f"{prefix}_{key}": _words(_section(data, section, path), key, path)
           for section, prefix, keys in _SECTION_WORD_LISTS for key in keys},
        denial_lookback=lookback,
        accusation_relations=_relations(acc, "relations", path, lower_to_name, "accusation."),
        hostile_recipient_types=_words(acc, "hostile_recipient_types", path, lower=False),
        reporter_types=_words(acc, "reporter_types", path, lower=False),
        exempt_target_types=_words(acc, "exempt_target_types", path, lower=False),
        hostile_recipient_relations=_relations(acc, "hostile_recipient_relations", path, lower_to_name,
                                               "accusation."),
        military_goods=_words(acc, "military_goods", path),
        negation_phrases=_pairs(_section(data, "negation", path), "phrases", path),
        subject_control=_words(_section(data, "hypothetical", path), "subject_control", path),
        lemma_fixes=_lemma_fixes(data, path),
        cue_phrases=_pairs(data, "cue_phrases", path),
        owned_thing_kin=_kin(data, "owned_thing_kin", path),
        **_stance(_section(data, "stance", path), path, lower_to_name),
        verbal_conflict=_by_relation(verbal, "words", path, known),
        verbal_conflict_types=_words(verbal, "types", path, lower=False),
        verbal_conflict_topics=_words(verbal, "topics", path),
        verbal_conflict_speakers=_words(verbal, "speaker_types", path, lower=False),
        **_sport(_section(data, "sport_senses", path), path, lower_to_name),
    )


def _pairs(data: dict, key: str, path: Path) -> frozenset[tuple[str, str]]:
    """Two-word phrases ("no longer") as (first, second) word pairs."""
    words = _words(data, key, path)
    bad = sorted(w for w in words if len(w.split()) != 2)
    if bad:
        raise OntologyError(f"{path}: `{key}` holds {bad}; each entry must be two words, e.g. \"no longer\"")
    return frozenset(tuple(w.split()) for w in words)


def _kin(data: dict, key: str, path: Path) -> dict[str, str]:
    """``[[plan, proposal, scheme], ...]`` (groups of words naming the same thing) as ``{word: first word}``; a
    word in two groups is an error."""
    groups = data.get(key, []) or []
    if not isinstance(groups, list) or not all(isinstance(g, list) and g and all(isinstance(w, str) for w in g)
                                               for g in groups):
        raise OntologyError(f"{path}: `{key}` must be a list of word lists, e.g. `[[plan, proposal, scheme]]`")
    kin: dict[str, str] = {}
    for group in groups:
        for word in group:
            if word.lower() in kin:
                raise OntologyError(f"{path}: `{key}` lists {word!r} in two groups; keep each word in one")
            kin[word.lower()] = group[0].lower()
    return kin


def _stance(section: dict, path: Path, lower_to_name: dict[str, str]) -> dict:
    """The Lexicon fields of the ``stance`` section (``graph.extract.stance``)."""
    return dict(stance_words=_valences(section, "words", path),
                stance_target_types=_words(section, "target_types", path, lower=False),
                stance_opposing=_relations(section, "opposing_relations", path, lower_to_name, "stance."),
                stance_copulas=_words(section, "praise_copulas", path),
                stance_deeds=_words(section, "praise_deeds", path),
                stance_verdicts=_words(section, "praise_verdicts", path),
                stance_states=_words(section, "judging_states", path),
                stance_charges=_words(section, "charges", path),
                stance_displays=_words(section, "displaying_verbs", path),
                stance_terms=_words(section, "terms_of_office", path),
                stance_owed=_words(section, "owed", path),
                stance_affirmed=_words(section, "affirmed_when_negated", path),
                stance_undergoing=_words(section, "undergoing_verbs", path),
                stance_prep_verbs=_words(section, "prepositional_verbs", path),
                stance_resentments=_words(section, "resentments", path))


def _sport(section: dict, path: Path, lower_to_name: dict[str, str]) -> dict:
    """The Lexicon fields of the ``sport_senses`` section (``graph.extract.reading.Reading.sport``)."""
    share = section.get("min_share", 1.0)
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise OntologyError(f"{path}: `sport_senses.min_share` must be a share of words above 0 and at most 1, "
                            f"e.g. 0.012; found {share!r}")
    return dict(sport_cues=_words(section, "cues", path), sport_min_share=float(share),
                sport_words=_words(section, "words", path), sport_state_words=_words(section, "state_words", path),
                game_nouns=_words(section, "game_nouns", path),
                sport_contests=_relations(section, "contest_relations", path, lower_to_name, "sport_senses."))


def _valences(data: dict, key: str, path: Path) -> dict[str, float]:
    """``{lemma or "head dependent" phrase: valence}`` on VADER's scale (-4 .. 4)."""
    found = data.get(key, {}) or {}
    if not isinstance(found, dict):
        raise OntologyError(f"{path}: `stance.{key}` must map words to valences from -4 to 4, e.g. `sleaze: -2.5`")
    for word, value in found.items():
        if not isinstance(word, str) or isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not -4 <= value <= 4:
            raise OntologyError(f"{path}: `stance.{key}` gives {word!r} the valence {value!r}; "
                                "write a number from -4 to 4 (quote words YAML reads as booleans)")
    return {" ".join(k.lower().split()): float(v) for k, v in found.items()}


def _lemma_fixes(data: dict, path: Path) -> tuple[tuple[str, str], ...]:
    fixes = data.get("lemma_fixes", {}) or {}
    if not isinstance(fixes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in fixes.items()):
        raise OntologyError(f"{path}: `lemma_fixes` must map words to lemmas, e.g. `bases: base`")
    return tuple(sorted((k.lower(), v.lower()) for k, v in fixes.items()))


def _relations(data: dict, key: str, path: Path, lower_to_name: dict[str, str],
               section: str = "") -> frozenset[str]:
    """A list of relation names; an unknown name is an error naming the file and the key."""
    names = _words(data, key, path)
    bad = sorted(n for n in names if n not in lower_to_name)
    if bad:
        raise OntologyError(f"{path}: `{section}{key}` names unknown relations {bad}")
    return frozenset(lower_to_name[n] for n in names)


def load_lexicon(ontology_dir: Path | str = ONTOLOGY_DIR) -> Lexicon:
    """The lexicon of ``ontology_dir/lexicon.yaml`` (required), checked against the relations of the
    folder's ``actorgraph.ttl`` (else the shipped one); cached while the files are unchanged.
    :meth:`graph.ontology.Ontology.load` reads it the same way, with the rest of the folder."""
    folder = Path(ontology_dir)
    path, owl = folder / LEXICON_FILE, folder / "actorgraph.ttl"
    owl = owl if owl.is_file() else ONTOLOGY_DIR / "actorgraph.ttl"
    return _load(str(path), str(owl), file_digest(path), file_digest(owl))


@lru_cache(maxsize=8)
def _load(path: str, owl: str, digest: str | None, owl_digest: str | None) -> Lexicon:
    return make_lexicon(read_ontology_yaml(path), Path(path), relation_types(owl))
