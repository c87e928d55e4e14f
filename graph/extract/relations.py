"""Relations: the rules' candidates made into triples.

Each candidate of ``rules.run_rules`` gives one triple per pair of coordinated subject and
object ("NATO and the US accused Russia": two), with the relation the rule fixed or the one
the lexicon gives its predicate; a predicate the lexicon does not know gives none.  A control
verb ("threatened to strike X") names the relation itself (lexicon ``control_verbs``), the
embedded one kept as attribute ``event``; conflict words between persons and organisations
are words (lexicon ``verbal_conflict``: "attacked" accuses).  A relation read inside an attribution's content is reported
by the source and by each co-source; the extractor remembers it (``Reading.inner``) for the
accusations and denied claims of ``graph.extract.statements``.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ActorType
from .coref import pair_refs
from .registry import INHERITED_SUBJECT
from .rules import (conjuncts, coordinated_objects, names_no_relation, relation_of, relative_clause_end,
                    run_rules, dash_between)
from .triples import make_triple

__all__ = ["read_relations"]


def _relation(reading, c) -> str | None:
    """The relation a candidate names: fixed by its rule, else the lexicon's for its predicate, else the
    one the CAMEO verb dictionary's code for it names (``graph.extract.verbs``)."""
    if c.relation is not None:
        return _compound_cue(reading, c, c.relation)
    verb = reading.doc[c.verb]
    dobj = next((t for t in verb.children if t.dep_ == "dobj"), None)
    found = relation_of(verb, reading.lex, dobj)
    if found is None and reading.events.names_relations and not names_no_relation(verb, reading.lex, dobj):
        found = reading.events.relation(reading.coded(c.verb))
    return _compound_cue(reading, c, found)


def _compound_cue(reading, c, relation: str | None) -> str | None:
    """The relation of a noun cue of the predicate that a compound before it changes (lexicon ``compound_nouns``,
    ``no_relation_compounds``): "received a phone call from X" is a contact, not a request; "a roll call" none;
    an adjective counts too ("close relations with X" are an alignment where plain "relations with X" are contacts)."""
    for noun in (reading.doc[i] for i in c.pred if reading.doc[i].pos_ == "NOUN"):
        for mod in _noun_modifiers(noun):
            # a verb as written, then its lemma: "strained relations" (listed as written), "relations had improved"
            for word in (mod.lower_, mod.lemma_.lower()) if mod.pos_ == "VERB" else (mod.lower_,):
                found = reading.lex.compound_relation(word, noun.lemma_)
                if found is not None:
                    return found or None
    return relation


def _noun_modifiers(noun) -> list:
    """The compounds and adjectives before a noun, with their conjuncts ("long-standing and close relations"), the
    adjective a copula says of it ("relations between X and Y were relatively warm"), and the verb whose subject
    or object it is ("relations had improved", "Spain improved its relations with France": the verb's lemma)."""
    mods = [k for k in noun.children if k.dep_ in ("compound", "amod") and k.i < noun.i]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        mods += [k for k in noun.head.children if k.dep_ == "acomp"]
    elif noun.dep_ in ("nsubj", "dobj") and noun.head.pos_ == "VERB":
        mods.append(noun.head)
    return mods + [j for k in mods if k.dep_ in ("amod", "acomp") for j in k.children if j.dep_ == "conj"]


def _pairs(reading, c) -> list[tuple]:
    """(subject token, object token, reached through coordination) of a candidate."""
    doc, lex = reading.doc, reading.lex
    if c.symmetric:
        return [(doc[c.subj], doc[c.obj], False)]
    end = relative_clause_end(doc[c.verb])  # no object past the close of the predicate's relative clause
    return [(s, o, (s.i != c.subj or o.i != c.obj)) for s in conjuncts(doc[c.subj], lex)
            for o in coordinated_objects(doc[c.obj], lex) if o.i < end]


def _refs(reading, tok) -> list:
    """The actor a token stands for, or the two persons a plural description stands for ("Ian Gibson urged
    the two men to stop squabbling": Tony Blair and Gordon Brown), as mentions at the description."""
    ref = reading.ctx.actor(tok)
    if ref is not None:
        return [ref]
    return pair_refs(tok, reading.ctx.actor, reading.lex)


def _controller(reading, i: int, relation: str):
    """The control verb governing predicate i ("threatened" in "threatened to launch a strike"), when it
    names the event instead (lexicon ``control_verbs``); a rejection only of a symmetric relation
    ("refused to meet Japan"), since "refused to withdraw" is better read as a negated withdrawal."""
    tok = reading.doc[i]
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        rel = reading.lex.control_relation(tok.lemma_)
        if rel is not None:
            return tok if rel != "denies" or reading.lex.is_symmetric(relation) else None
    return None


def _controlled(reading, c, relation, att) -> tuple:
    """(relation, predicate head, predicate words, attributes, attribution) of a candidate, recoded by
    its control verb when it has one: "threatened to strike X" is a threat, the strike its ``event``."""
    control = _controller(reading, c.verb, relation) if c.rule != "object_possessor" else None
    if control is None:
        return relation, c.verb, c.pred, (), att
    att = reading.innermost(control.i)
    if att is not None and control.i in range(*att.cue_tokens):
        att = None
    return (reading.lex.control_relation(control.lemma_), control.i, tuple(sorted({*c.pred, control.i})),
            (("event", relation),), att)


_OWNED_OBJECT = frozenset({"object_possessor", "phrase_object_possessor", "passive_agent_owner"})  # the object owns
# what is acted on ("attacked the Tory plans", "the government's plans were attacked by X": words, no fight)


def _verbal(reading, sref, oref, pred, verb, obj, owned: bool = False) -> str | None:
    """The relation of a conflict word between two actors that fight with words (lexicon
    ``verbal_conflict``): "Howard attacked Blair" accuses, "war on Gordon Brown" is a rivalry; so does a
    person's or organisation's attack on anyone over a topic ("Bannatyne attacked the government over Iraq"),
    or on a thing the object owns (``owned``: "attacked government red tape"), and an organisation's on anyone
    ("Tories attack EU asylum moves")."""
    lex = reading.lex
    types = lex.verbal_conflict_types
    if str(sref.actor.type) not in types:
        return None
    if str(oref.actor.type) not in types and str(sref.actor.type) not in lex.verbal_conflict_speakers \
            and not owned and not _topical(reading, verb, obj):
        return None
    return next((r for r in ((lex.verbal_conflict or {}).get(reading.doc[i].lemma_.lower()) for i in pred) if r),
                None)


def _topical(reading, verb, obj) -> bool:
    """Whether the verb or its object has a topic of dispute ("over Iraq", lexicon ``verbal_conflict.topics``),
    not a time ("over the weekend")."""
    return any(p.dep_ == "prep" and p.lower_ in reading.lex.verbal_conflict_topics
               and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in p.children)
               for tok in (verb, obj) for p in tok.children)


def _member_move(reading, sref, pred) -> bool:
    """A party as the subject of a member's move (lexicon ``member_verbs``: "a Conservative MP has defected to
    Labour"): one of its members moved, the party did nothing."""
    return sref.actor.id in reading.gazetteer.parties and any(
        reading.doc[i].lemma_.lower() in reading.lex.member_verbs for i in pred)


def _career_move(reading, sref, oref, relation: str, pred) -> bool:
    """A person leaving a company or a medium (lexicon ``career_verbs``: "the DJ was leaving the station"): a
    job given up, no withdrawal; nor is a person leaving a country or place ("if he left Britain", "after
    leaving Northern Ireland" for a post) a retreat; a person quitting a party still retreats from it."""
    return (relation == "retreatsFrom" and sref.actor.type is ActorType.PERSON
            and oref.actor.type in (ActorType.ORGANIZATION, ActorType.MEDIA, ActorType.COUNTRY, ActorType.PLACE)
            and oref.actor.id not in reading.gazetteer.parties
            and any(reading.doc[i].lemma_.lower() in reading.lex.career_verbs for i in pred))


def _warning_of_another(reading, sref, relation: str, verb: int) -> bool:
    """A warning told to someone of what another will do or what may happen ("warned Tony Blair that the war
    could be illegal": lexicon ``hearer_verbs`` with a clause whose subject is a noun naming no actor, or
    another actor than the one warning) is advice, no threat: a threat needs a harm the subject would do
    ("warned the US that Russia would respond" by Russia stays one; a pronoun subject is left to the rules)."""
    tok = reading.doc[verb]
    if relation != "threatens" or tok.lemma_.lower() not in reading.lex.hearer_verbs \
            or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")):
            ref = reading.ctx.actor(subj)
            if subj.pos_ != "PRON" and (ref is None or ref.actor.id != sref.actor.id) or subj.dep_ == "expl":
                return True
    return False


def _naming(reading, verb: int) -> bool:
    """A verb of naming (lexicon ``naming_verbs``) with an object predicate or a thing as its object ("called
    Mr Howard a liar", "called the rivalry between Chelsea and Arsenal bitter"): it names, no one is called;
    an object naming the verb's own relation stays a call ("called a meeting with")."""
    tok = reading.doc[verb]
    if tok.lemma_.lower() not in reading.lex.naming_verbs:
        return False
    own = reading.lex.verb_relation(tok.lemma_)
    return any(c.dep_ == "oprd" or (c.dep_ == "dobj" and reading.ctx.actor(c) is None
                                    and reading.lex.noun_relation(c.lemma_) != own) for c in tok.children)


def _contest(reading, verb: int) -> bool:
    """A verb that asks only with an infinitive or a "to" phrase naming an event to hold (lexicon
    ``infinitive_requests``, ``challenge_events``: "challenged X to publish", "to a debate") used without one: a
    contest ("will challenge Mr Ingram" at the election, "challenge them to the award")."""
    tok, lex = reading.doc[verb], reading.lex
    return tok.lemma_.lower() in lex.infinitive_requests and not any(
        k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ == "to"
                              and any(g.lemma_.lower() in lex.challenge_events for g in k.children))
        for k in tok.children)


def _add(reading, t, c, att, sref) -> None:
    """Keep a triple; one read inside a report is reported by each co-source too."""
    reading.triples.append(t)
    if att is None:
        return
    reading.inner.append((t, att, c, sref))
    for co in reading.sources(att)[1:]:  # the same report by each co-source
        if co.actor.id not in (t.subject, t.object):
            reading.triples.append(replace(t, attributed_to=co.actor.id))


def _sport_words(doc, c) -> list[int]:
    """The predicate's words, the noun its preposition hangs on and its verb's object ("set up a meeting with
    Roddick", whatever the parser hung "with" on)."""
    nouns = [d for d in doc[c.verb].children if d.dep_ == "dobj"]
    if c.prep >= 0:
        nouns.append(doc[c.prep].head)
    return [*c.pred, *(n.i for n in nouns if n.pos_ == "NOUN")]


def _idiom_prep(reading, doc, c) -> bool:
    """The candidate's preposition ends an idiom that names no partner (lexicon ``idiom_preps``: "had friends in
    common with X", "in line with X"): X shares or matches something, no one deals with X."""
    return c.prep >= 2 and " ".join(t.lower_ for t in doc[c.prep - 2:c.prep + 1]) in reading.lex.idiom_preps


def _penalty(reading, c) -> bool:
    """A payment of a penalty (lexicon ``penalty_nouns``: "paid the FCC a record fine", "paid $3m in fines to the
    FCC"): the payee penalises the payer, it is given nothing."""
    doc, words = reading.doc, reading.lex.penalty_nouns
    verb = doc[c.verb]
    nouns = [*(doc[i] for i in c.pred), *(k for k in verb.children if k.dep_ == "dobj")]
    nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in words for n in nouns)


def read_relations(reading) -> None:
    """Every triple the relation rules read in the article, into ``reading.triples``."""
    doc, ctx, lex = reading.doc, reading.ctx, reading.lex
    for c in run_rules(doc, ctx):
        att = reading.innermost(c.verb)
        if att is not None and c.verb in range(*att.cue_tokens):
            att = None
        relation = _relation(reading, c)
        if relation is None:
            continue  # "told BBC News", "went to Cardiff University": a predicate that says nothing we know
        if c.prep >= 0 and doc[c.prep].lower_ in lex.topic_preps and lex.is_symmetric(relation) \
                and not lex.phrase_relation(doc[c.verb].lemma_, doc[c.prep].lower_):
            continue  # "held talks on Afghanistan": a topic, not a participant ("interviewed on" names one)
        if reading.sport and any(doc[i].lemma_.lower() in lex.sport_words for i in _sport_words(doc, c)):
            continue  # "Chelsea meet Newcastle", "Cragg defeated Bekele": a contest in a sport story
        if _naming(reading, c.verb):
            continue  # "called the rivalry between Chelsea and Arsenal bitter": a name given, no call
        if relation == "requests" and _contest(reading, c.verb):
            continue  # "will challenge Mr Ingram", "challenge them to the award": a contest, no request
        if c.prep > c.verb and dash_between(doc, c.verb, c.prep):
            continue  # "the G7 meeting of the world's richest nations - from EU ministers": another phrase's
        if _idiom_prep(reading, doc, c):
            continue  # "had friends in common with X": shared, no partner
        if relation == "supplies" and _penalty(reading, c):  # "paid the FCC a fine": the FCC fined the payer
            c, relation = replace(c, subj=c.obj, obj=c.subj, relation="sanctions"), "sanctions"
        relation, verb, pred, attributes, att = _controlled(reading, c, relation, att)
        stance = reading.stance(verb)
        rule = c.rule + (INHERITED_SUBJECT if c.hops else "")
        for s, o, coord in _pairs(reading, c):
            orefs = _refs(reading, o)
            if not orefs and c.rule == "hostile_prefix":  # "anti-ISIS": a name matching skips
                orefs = [r for r in [ctx.prefixed(o)] if r is not None]
            for sref, oref in [(a, b) for a in _refs(reading, s) for b in orefs]:
                if _career_move(reading, sref, oref, relation, pred) or _member_move(reading, sref, pred) \
                        or _warning_of_another(reading, sref, relation, verb):
                    continue
                named = _verbal(reading, sref, oref, pred, doc[c.verb], o, c.rule in _OWNED_OBJECT) \
                    if relation == "attacks" else None
                t = make_triple(reading, sref, oref, named or relation, verb, pred, rule, c.base_confidence,
                                stance=stance, att=att, hops=c.hops, coord=coord, symmetric=c.symmetric,
                                attributes=attributes)
                if t is not None:
                    if oref.how == "prefixed":
                        reading.actors.add(oref)  # a mention now that it takes part in a relation
                    _add(reading, t, c, att, sref)
