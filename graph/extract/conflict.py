"""Conflict and alignment constructions of international news that the general rules miss.

Small pure functions ``rule(doc, ctx) -> Iterable[Candidate]`` like those of ``graph.extract.rules``
(registered in its ``RULES`` and in ``graph.extract.registry``); each fixes its relation:

* ``comitative_ally``: "X fought with Y against Z": the ally Y fights Z too.
* ``joined_fight``: "X joined the war against Y", "the role of X in the fight against Y", "the failure of X
  in fighting Y": X fights Y.
* ``regarded_as``: "X regards Y as a partner" (X cooperates with Y), "X sees Y as a threat" (Y threatens X).
* ``affiliation_participle``: "Hamas, linked to al-Qaeda", "the movement, connected with ISIS": a participle
  of affiliation ("linked to", "connected with", "allied with") on an actor.
* ``present_in``: "the US and NATO are present in Afghanistan": a state or international body deploys in a country.
* ``checked_growth``: "preventing the expansion of ISIL", "to curb the influence of Iran": who checks one's
  growth coerces it.
* ``linked_bearer``: "Hamas, an offshoot with links to al-Qaeda": the bearer of ties cooperates with their partner.
* ``relative_event``: "the talks Blair held with Bush", "the accommodation Hamas has reached with Hezbollah": an
  event noun whose relative clause has a light verb: its subject is the event's agent.
* ``assured_support``: "Putin assured Rahmon of Russia's full support": who assures one of support supports them.
* ``state_of_war``: "Britain is at war with Iraq", "Iran was in a war with Iraq": the subject fights the partner of
  the fighting it is in.
* ``forces_in``: "British troops in Iraq", "the 3,000 US soldiers in Afghanistan": a state's forces in another
  country are deployed there.
* ``meddling_in``: "meddling in the US elections", "interfering in Iraq's affairs": meddling "in" what an actor
  owns coerces the owner.
* ``backed_against``: "Russia's support of the Taliban against ISIS", "the US armed the rebels against Iraq": the
  one backed or armed against a foe fights it.
* ``allied_possessed``: "the Taliban and its allied East Turkestan Islamic Movement": an actor "allied" to the owner
  its possessive names cooperates with it.
* ``shared_view``: "Pakistani officials have shared Russia's focus on ISIS", "Lavrov reiterated Kabulov's concerns":
  who shares or echoes another's view agrees with them.
* ``voiced_concern``: "Kabulov voiced concern over the number of US military bases": who voices concern over an actor
  or its deeds accuses it (the guideline's "voiced/expressed concern over X").
* ``owned_concern``: "Russia's frequent concern of the Islamic State's presence": the same, said by a possessive.
* ``common_ground``: "Russia seeks to establish common ground with Pakistan": agrees.
* ``in_sights``: "Russian interests in the region are in IS-K's sights", "ISIS has Russia in its sights": threatens.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import ActorType
from .candidates import Candidate

__all__ = ["comitative_ally", "joined_fight", "regarded_as", "affiliation_participle", "present_in",
           "checked_growth", "linked_bearer", "relative_event", "assured_support", "state_of_war",
           "forces_in", "meddling_in", "backed_against", "allied_possessed",
           "shared_view", "voiced_concern", "owned_concern", "common_ground",
           "in_sights"]

_ATTACKS = "attacks"
_NP_CLIMB = 3  # links climbed inside a noun phrase ("Turkistan" -> "of" -> "Movement")
_ALLY_PREPS = frozenset({"with", "alongside"})  # "fought with the Taliban", "fought alongside the Kurds"
_FOE_PREPS = frozenset({"against"})
#: Verbs whose object event the subject takes part in: "joined the war against ISIS", "entered the fight".
_PARTAKING_VERBS = frozenset({"join", "rejoin", "enter"})
#: Nouns of a share in an event, whose "of" phrase names who takes part: "the role of Russia in the fight
#: against ISIS", "the failure of the government in fighting ISIS".
_SHARE_NOUNS = frozenset({"role", "part", "action", "effort", "success", "failure", "participation",
                          "involvement", "contribution", "record", "victory"})
#: Verbs of judging one as something: "regards Iran as a threat", "began to consider India as a partner".
_REGARD_VERBS = frozenset({"regard", "see", "view", "consider", "treat", "perceive"})
#: Of the relations a role noun after "as" names, those the rule reads, and whether the regarded actor acts
#: (a threat threatens the one who sees it) or is acted with (a partner is the regarder's partner).
_REGARDED = {"cooperatesWith": False, "threatens": True}


def _conjuncts(tok) -> list:
    """``tok`` and the nouns coordinated with it ("NATO and the US"), in text order: a plain form of
    ``rules.conjuncts``, which this module cannot import (the rules module runs these rules)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ")]
    return sorted(out, key=lambda t: t.i)


def _pobjs(head, preps) -> list:
    """The objects of ``head``'s prepositions in ``preps``, with their conjuncts."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj" for o in _conjuncts(g)]


def _actors(toks, ctx) -> list:
    return [t for t in toks if ctx.actor(t) is not None]


# comitative ally: "Haqqani rebels have fought with the Taliban against NATO forces": the Taliban fight NATO
def comitative_ally(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if ctx.lex.verb_relation(verb.lemma_) != _ATTACKS:
            continue
        allies = _actors(_pobjs(verb, _ALLY_PREPS), ctx)
        foes = _actors(_pobjs(verb, _FOE_PREPS), ctx)
        against = next((p.i for p in verb.children if p.dep_ == "prep" and p.lower_ in _FOE_PREPS), -1)
        for a in allies:
            for f in foes:
                if a.i != f.i:
                    yield Candidate(a.i, f.i, verb.i, (verb.i, against), "comitative_ally", relation=_ATTACKS,
                                    prep=against)


def _fight_targets(event, ctx) -> list:
    """The foes of a fighting event: "the war against ISIS", "the fight on al-Qaeda", "fighting ISIS"."""
    if event.pos_ == "VERB":
        if ctx.lex.verb_relation(event.lemma_) != _ATTACKS:
            return []
        return _actors([o for c in event.children if c.dep_ == "dobj" for o in _conjuncts(c)]
                       + _pobjs(event, _FOE_PREPS), ctx)
    if ctx.lex.noun_relation(event.lemma_) != _ATTACKS:
        return []
    joined = event.dep_ == "dobj" and event.head.lemma_.lower() in _PARTAKING_VERBS
    # the parser may hang the foe on the verb: "joined the war against ISIS last year"
    return _actors(_pobjs(event, _FOE_PREPS) + (_pobjs(event.head, _FOE_PREPS) if joined else []), ctx)


def _fight_agents(event, ctx) -> list:
    """Who takes part in a fighting event: the subject of "joined" it, or the "of" phrase of a share noun the
    event is "in" ("the role of Russia in the fight")."""
    head = event.head
    if event.dep_ == "dobj" and head.lemma_.lower() in _PARTAKING_VERBS and event.pos_ == "NOUN":
        return list(ctx.subjects(head)[0])
    if event.dep_ not in ("pobj", "pcomp") or head.lower_ != "in":
        return []
    # the parser may hang "in" on the verb whose object the share noun is: "praised the role of Pakistan in
    # fighting al-Qaeda", "takes the failure of the government seriously in fighting ISIS"
    # or on the noun above it: "thanks to the actions of Moscow and Damascus in the fight against the Caliphate"
    shares = [head.head] if head.head.pos_ == "NOUN" else [
        c for c in head.head.children if c.dep_ == "dobj"] if head.head.pos_ == "VERB" else []
    shares += [g for p in head.head.children if p.dep_ == "prep" and p.i != head.i
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return _actors([o for sh in shares if sh.lemma_.lower() in _SHARE_NOUNS
                    for o in _pobjs(sh, {"of"})], ctx)


# taking part in a fight: "Russia joined the war against ISIS", "the actions of Moscow and Damascus in the fight
# against the Caliphate", "the failure of the Afghan government in fighting ISIS"
def joined_fight(doc, ctx) -> Iterator[Candidate]:
    for event in ctx.of(doc, "all"):
        if event.pos_ not in ("NOUN", "VERB"):
            continue
        targets = _fight_targets(event, ctx)
        agents = _fight_agents(event, ctx) if targets else []
        for a in agents:
            for t in targets:
                if a.i != t.i:
                    yield Candidate(a.i, t.i, event.head.i, (event.head.i, event.i), "joined_fight",
                                    relation=_ATTACKS)


# judged as a partner or a threat: "Washington began to consider India as a partner", "the Tories regard UKIP as
# a threat" (UKIP threatens the Tories)
def regarded_as(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _REGARD_VERBS:
            continue
        regarded = _actors([o for c in verb.children if c.dep_ == "dobj" for o in _conjuncts(c)], ctx)
        for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"):
            for role in (g for g in prep.children if g.dep_ == "pobj"):
                rel = ctx.lex.noun_relation(role.lemma_.lower())
                if rel not in _REGARDED or not regarded:
                    continue
                subs, hops = ctx.subjects(verb)
                for s in subs:
                    for r in (r for r in regarded if r.i != s.i):
                        subj, obj = (r, s) if _REGARDED[rel] else (s, r)
                        yield Candidate(subj.i, obj.i, verb.i, (verb.i, prep.i, role.i), "regarded_as",
                                        relation=rel, hops=hops)


def _participle_bearers(part, ctx) -> list:
    """The actor a participle phrase describes: its passive subject ("Hamas is linked to al-Qaeda"), the noun
    it modifies ("the movement, connected with ISIS" as ``acl``), or the subject of the clause it is set in
    ("Hamas, linked to al-Qaeda, grew" as ``advcl``)."""
    if passive := [c for c in part.children if c.dep_ == "nsubjpass"]:  # "Hamas is linked to al-Qaeda"
        return _actors([o for c in passive for o in _conjuncts(c)], ctx)
    if part.dep_ == "acl":
        return _actors(_conjuncts(part.head), ctx)
    if part.dep_ == "advcl" and part.i > 0 and part.doc[part.i - 1].text == ",":
        return _actors([c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i], ctx)
    return []


def _before_comma(part, ctx) -> list:
    """The actor named by the noun phrase just before the comma that opens a participle phrase the parser hung
    elsewhere ("the destabilization of Xinjiang by the Islamic Movement of Eastern Turkistan, connected with
    ISIS"): the last noun there, or the head it is the "of" object of."""
    if part.i < 2 or part.doc[part.i - 1].text != ",":
        return []
    tok = part.doc[part.i - 2]
    for _ in range(_NP_CLIMB):
        if ctx.actor(tok) is not None:
            return [tok]
        if tok.dep_ not in ("pobj", "compound") or (tok.dep_ == "pobj" and tok.head.lower_ != "of"):
            return []
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    return []


#: Participles of affiliation and the prepositions of the partner.  Participles only, no lexicon phrases: as verbs
#: they name other things ("Riise connected with Morientes' cross").
_AFFILIATIONS = {"link": {"to", "with"}, "connect": {"to", "with"}, "affiliate": {"to", "with"}, "tie": {"to"},
                 "ally": {"to", "with"}, "align": {"with", "to"}}


# an affiliation participle: "the Islamic Movement, connected with ISIS and the Taliban", "Hamas, linked to
# al-Qaeda, grew", "Hamas is linked to al-Qaeda"
def affiliation_participle(doc, ctx) -> Iterator[Candidate]:
    for part in ctx.of(doc, "vbn"):
        for prep in (p for p in part.children if p.dep_ == "prep"):
            if prep.lower_ not in _AFFILIATIONS.get(part.lemma_.lower(), ()):
                continue
            rel = "cooperatesWith"
            partners = _actors([o for g in prep.children if g.dep_ == "pobj" for o in _conjuncts(g)], ctx)
            for b in _participle_bearers(part, ctx) or _before_comma(part, ctx):
                for p in (p for p in partners if p.i != b.i):
                    yield Candidate(b.i, p.i, part.i, (part.i, prep.i), "affiliation_participle", relation=rel,
                                    prep=prep.i)


#: Whose presence in a country is a deployment: states and international bodies (forces sent there), not persons
#: ("Mr Blair was present in Iraq": a visit), firms, nor armed groups (where a group is, is background: "10,000
#: ISIS militants were present in Afghanistan").
_FORCES = (ActorType.COUNTRY, ActorType.INTERNATIONAL_ORGANIZATION)
_PRESENT_PREPS = frozenset({"in", "inside"})


# present in a country: "when the US and NATO are present in Afghanistan" (like "the US presence in Afghanistan")
def present_in(doc, ctx) -> Iterator[Candidate]:
    for adj in ctx.of(doc, "all"):
        if adj.lemma_.lower() != "present" or adj.dep_ != "acomp":
            continue
        # the parser may hang "in" on the copula: "when the US and NATO are present in Afghanistan"
        places = [t for t in _pobjs(adj, _PRESENT_PREPS) + _pobjs(adj.head, _PRESENT_PREPS)
                  if (r := ctx.actor(t)) is not None
                  and r.actor.type is ActorType.COUNTRY]
        subs, hops = ctx.subjects(adj.head) if places else ((), 0)
        for s in (s for s in subs if (r := ctx.actor(s)) is not None and r.actor.type in _FORCES):
            for p in (p for p in places if p.i != s.i):
                yield Candidate(s.i, p.i, adj.head.i, (adj.head.i, adj.i, p.head.i), "present_in",
                                relation="deploys", hops=hops, prep=p.head.i)


#: Verbs of checking something's growth, and the nouns of growth whose "of" owner is checked.
_CHECK_VERBS = frozenset({"prevent", "stop", "curb", "halt", "check", "contain", "counter", "limit", "block",
                          "resist", "thwart", "stem", "restrain"})
_GROWTH_NOUNS = frozenset({"expansion", "spread", "influence", "rise", "advance", "growth", "resurgence",
                           "encroachment", "ambition"})


#: Prepositions of a gerund adjunct whose subject is the clause's: "Besides preventing the expansion of ISIL, Russia
#: uses ..." (``rules.subjects`` reads "by", "after", "while" ... the same way).
_ADJUNCT_PREPS = frozenset({"besides", "beyond", "despite"})


def _gerund_subjects(verb, ctx) -> tuple:
    """:meth:`rules.RuleContext.subjects` of a predicate, or for a gerund in a "besides" adjunct the subjects of the
    clause it is set in."""
    subs, hops = ctx.subjects(verb)
    head = verb.head
    if not subs and verb.dep_ == "pcomp" and head.lower_ in _ADJUNCT_PREPS and head.head.pos_ in ("VERB", "AUX"):
        subs, hops = ctx.subjects(head.head)
        hops += 1
    return subs, hops


# checking one's growth: "Russia is preventing the expansion of ISIL in Afghanistan", "to curb the influence of Iran"
def checked_growth(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _CHECK_VERBS:
            continue
        for growth in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GROWTH_NOUNS):
            owners = _actors(_pobjs(growth, {"of"}), ctx)
            subs, hops = _gerund_subjects(verb, ctx) if owners else ((), 0)
            for s in subs:
                for o in (o for o in owners if o.i != s.i):
                    yield Candidate(s.i, o.i, verb.i, (verb.i, growth.i), "checked_growth", relation="coerces",
                                    hops=hops)


def _named(tok, ctx):
    """``tok``, or the actor in apposition to it when it names none ("links to his mother ISIL organization")."""
    if ctx.actor(tok) is not None:
        return tok
    return next((a for a in tok.children if a.dep_ == "appos" and ctx.actor(a) is not None), tok)


def _bearer(head, ctx):
    """The actor a noun with a "with" phrase stands for: itself, or the actor it is in apposition to ("Hamas, an
    offshoot with links to al-Qaeda")."""
    if ctx.actor(head) is not None:
        return head
    if head.dep_ == "appos" and ctx.actor(head.head) is not None:
        return head.head
    return None


# bearer of ties: "Hamas, an offshoot with links to al-Qaeda", "Lord Levy, a man with close ties to Mr Blair"
def linked_bearer(doc, ctx) -> Iterator[Candidate]:
    for tie in ctx.of(doc, "event"):
        prep = tie.head
        if (ctx.lex.noun_relation(tie.lemma_.lower()) != "cooperatesWith" or tie.dep_ != "pobj"
                or prep.lower_ != "with" or prep.head.pos_ not in ("NOUN", "PROPN")):
            continue
        bearer = _bearer(prep.head, ctx)
        partners = _actors([_named(t, ctx) for t in _pobjs(tie, {"to", "with"})], ctx) if bearer is not None else []
        for p in (p for p in partners if p.i != bearer.i):
            yield Candidate(bearer.i, p.i, tie.i, (prep.i, tie.i), "linked_bearer", relation="cooperatesWith")


#: Prepositions of a relative clause's verb that name the other party of its event noun ("held with Bush").
_PARTY_PREPS = frozenset({"with", "against", "on", "upon", "to", "toward", "towards"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


# the event noun of a relative clause with a light verb: "the talks Tony Blair held with George Bush", "the deal
# that Labour struck with the unions", "an accommodation Hamas has reached with Hezbollah"
def relative_event(doc, ctx) -> Iterator[Candidate]:
    for event in ctx.of(doc, "event"):
        rel = ctx.lex.noun_relation(event.lemma_.lower())
        for verb in (c for c in event.children if c.dep_ == "relcl" and c.lemma_.lower() in ctx.lex.light_verbs):
            agents = _actors([o for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS
                              for o in _conjuncts(c)], ctx)
            parties = _actors(_pobjs(verb, _PARTY_PREPS), ctx) if agents and rel else []
            for a in agents:
                for p in (p for p in parties if p.i != a.i):
                    yield Candidate(a.i, p.i, verb.i, (event.i, verb.i, p.head.i), "relative_event", relation=rel,
                                    prep=p.head.i)


_ASSURING_VERBS = frozenset({"assure", "reassure", "guarantee"})


# assured of support: "Putin assured his Tajik counterpart Emomali Rahmon of Russia's full support"
def assured_support(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _ASSURING_VERBS:
            continue
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        # the parser may hang "of" on the object or on a name in apposition to it ("his counterpart Rahmon of")
        holders = [verb] + dobjs + [a for d in dobjs for a in d.children if a.dep_ == "appos"]
        support = [g for h in holders for g in _pobjs(h, {"of"}) if ctx.lex.noun_relation(g.lemma_.lower()) == "supports"]
        if any(p.dep_ == "prep" and p.lower_ == "of" for h in holders for p in h.children):
            # the parser may make the support a second object: "assured Rahmon of Russia’s full support"
            support += [d for d in dobjs if ctx.lex.noun_relation(d.lemma_.lower()) == "supports"]
        assured = _actors([o for c in dobjs for o in _conjuncts(c)], ctx) if support else []
        subs, hops = ctx.subjects(verb) if assured else ((), 0)
        for s in subs:
            for a in (a for a in assured if a.i != s.i):
                yield Candidate(s.i, a.i, verb.i, (verb.i, support[0].head.i, support[0].i), "assured_support",
                                relation="supports", hops=hops)


#: Prepositions putting a subject in a state of fighting: "at war with", "in a war with", "in conflict with".
_STATE_PREPS = frozenset({"at", "in"})
_FOE_OR_PARTY_PREPS = frozenset({"with", "against"})


# a subject in a state of war: "Britain is at war with Iraq", "Iran was in a war with Iraq" (between persons and
# parties the war is words: ``verbal_conflict``)
def state_of_war(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ in _STATE_PREPS):
            for war in (g for g in prep.children if g.dep_ == "pobj"
                        and ctx.lex.noun_relation(g.lemma_.lower()) == _ATTACKS):
                # the parser may hang the foe on the verb: "is at war with Iraq"
                foes = _actors(_pobjs(war, _FOE_OR_PARTY_PREPS) + _pobjs(verb, _FOE_OR_PARTY_PREPS), ctx)
                subs, hops = ctx.subjects(verb) if foes else ((), 0)
                for s in subs:
                    for f in (f for f in foes if f.i != s.i):
                        yield Candidate(s.i, f.i, verb.i, (prep.i, war.i, f.head.i), "state_of_war",
                                        relation=_ATTACKS, hops=hops, prep=f.head.i)


#: Nouns of armed forces whose owner deploys them where they are ("British troops in Iraq"); not officials or
#: diplomats (an embassy is no deployment).
_FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "marine", "personnel", "peacekeeper", "contingent",
                          "battalion", "regiment", "garrison", "unit", "paratrooper", "commando"})


# forces in a country: "British troops in Iraq face new dangers", "the number of US soldiers in Afghanistan"
def forces_in(doc, ctx) -> Iterator[Candidate]:
    for noun in ctx.of(doc, "noun"):
        if noun.lemma_.lower() not in _FORCE_NOUNS or (owner := ctx.actor(noun)) is None \
                or owner.actor.type is not ActorType.COUNTRY:
            continue
        for place in _pobjs(noun, _PRESENT_PREPS):
            ref = ctx.actor(place)
            if ref is None or ref.actor.type is not ActorType.COUNTRY:
                continue
            if ref.actor.id != owner.actor.id:
                # the preposition is the predicate: the forces' own token names the subject
                yield Candidate(noun.i, place.i, place.head.i, (noun.i, place.head.i), "forces_in",
                                relation="deploys", prep=place.head.i)



_INTO_PREPS = frozenset({"in", "into"})
#: Verbs of meddling, whose "in" object is another's thing, not a place ("arrested X in the Labour offices" is one).
_MEDDLE_VERBS = frozenset({"meddle", "interfere", "intervene", "intrude"})


# meddling in what another owns: "Russia was accused of meddling in the US elections", "meddled in Ukraine's affairs"
def meddling_in(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _MEDDLE_VERBS:
            continue
        things = [g for g in _pobjs(verb, _INTO_PREPS) if ctx.actor(g) is None]
        owners = [m for g in things for m in g.children if m.dep_ in ("poss", "compound", "amod", "nmod")
                  and m.i < g.i and ctx.actor(m) is not None]
        subs, hops = ctx.subjects(verb) if owners else ((), 0)
        for s in subs:
            for o in (o for o in owners if o.i != s.i):
                yield Candidate(s.i, o.i, verb.i, (verb.i, o.head.head.i), "meddling_in", relation="coerces",
                                hops=hops, prep=o.head.head.i)


#: Who fights with arms or backing: states, armed groups and international bodies (between persons and parties
#: "backed Blair against Brown" is a contest of words).
_FIGHTERS = (ActorType.COUNTRY, ActorType.ARMED_GROUP, ActorType.INTERNATIONAL_ORGANIZATION)
_BACKING = frozenset({"supports", "supplies"})
_BACKED_PREPS = frozenset({"of", "for", "to"})


def _foes(head, ctx) -> list:
    """The actors an "against" phrase of ``head`` names, or owns ("against ISIS's surge")."""
    out = []
    for g in _pobjs(head, _FOE_PREPS):
        out += [g] if ctx.actor(g) is not None else [c for c in g.children if c.dep_ == "poss" and ctx.actor(c)]
    return out


def _fighter(tok, ctx) -> bool:
    ref = ctx.actor(tok)
    return ref is not None and ref.actor.type in _FIGHTERS


# backed against a foe: "outright support of Taliban against ISIS's surge", "the US armed the rebels against Iraq"
def backed_against(doc, ctx) -> Iterator[Candidate]:
    for head in ctx.of(doc, "all"):
        if head.pos_ == "VERB" and ctx.lex.verb_relation(head.lemma_) in _BACKING:
            dobjs = [c for c in head.children if c.dep_ == "dobj"]
            backed = [o for c in dobjs for o in _conjuncts(c)]
        elif head.pos_ == "NOUN" and ctx.lex.noun_relation(head.lemma_.lower()) in _BACKING:
            backed = _pobjs(head, _BACKED_PREPS)
        else:
            continue
        backed = [b for b in backed if _fighter(b, ctx)]
        # the parser may hang "against" on the one backed: "armed the Kurds against Iraq"
        holders = [head] + (dobjs if head.pos_ == "VERB" else [])
        foes = [f for h in holders for f in _foes(h, ctx) if _fighter(f, ctx)] if backed else []
        for b in backed:
            for f in (f for f in foes if f.i != b.i):
                yield Candidate(b.i, f.i, head.i, (head.i, f.head.i if f.dep_ == "pobj" else f.head.head.i),
                                "backed_against", relation=_ATTACKS)


_ALLIED_WORDS = frozenset({"allied", "affiliated", "aligned"})
_GROUP_POSSESSIVES = frozenset({"its", "their"})


# its allied group: "the Taliban and its allied, anti-China East Turkestan Islamic Movement" (the possessive is the
# first of the pair), "Hamas's allied Hezbollah militia"
def allied_possessed(doc, ctx) -> Iterator[Candidate]:
    for adj in ctx.of(doc, "all"):
        noun = adj.head
        if adj.lower_ not in _ALLIED_WORDS or adj.dep_ != "amod" or ctx.actor(noun) is None:
            continue
        for poss in (c for c in noun.children if c.dep_ == "poss"):
            owner = poss if ctx.actor(poss) is not None else (
                noun.head if poss.lower_ in _GROUP_POSSESSIVES and noun.dep_ == "conj" else None)
            if owner is not None and ctx.actor(owner) is not None and owner.i != noun.i:
                yield Candidate(noun.i, owner.i, adj.i, (poss.i, adj.i), "allied_possessed",
                                relation="cooperatesWith")


#: Verbs of taking up another's view, and the nouns of a view they take up ("shared Russia's focus").
_SHARING_VERBS = frozenset({"share", "echo", "reiterate"})
_VIEW_NOUNS = frozenset({"view", "concern", "focus", "position", "opinion", "assessment", "belief", "fear", "worry",
                         "analysis", "stance", "doubt", "conviction", "vision", "sentiment", "misgiving"})


# sharing another's view: "Pakistani officials have shared Russia's focus on ISIS", "Lavrov reiterated Kabulov's
# concerns", "Mr Brown echoed Mr Blair's view" (not one's own: "reiterated his concerns")
def shared_view(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _SHARING_VERBS:
            continue
        views = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _VIEW_NOUNS]
        holders = [p for v in views for p in v.children if p.dep_ == "poss" and ctx.actor(p) is not None]
        subs, hops = ctx.subjects(verb) if holders else ((), 0)
        for s in subs:
            for h in (h for h in holders if h.i != s.i):  # one's own view ("his concerns") is the same actor: dropped
                yield Candidate(s.i, h.i, verb.i, (verb.i, h.head.i), "shared_view", relation="agrees", hops=hops)


_VOICING_VERBS = frozenset({"voice", "express", "raise", "underscore", "register"})
_CONCERN_NOUNS = frozenset({"concern", "worry", "alarm", "unease", "disquiet", "anxiety", "misgiving", "reservation"})
_CONCERN_PREPS = frozenset({"over", "about", "at", "regarding"})


def _concerned_with(thing, ctx) -> list:
    """The actor a concern is about: the thing itself, its owner ("the government's plans", "US bases"), or that of its
    "of" object ("the number of US bases", "the presence of the group")."""
    if ctx.actor(thing) is not None:
        return [thing]
    owners = [c for c in thing.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < thing.i
              and ctx.actor(c) is not None]
    if owners:
        return owners
    return [o for g in _pobjs(thing, {"of"}) for o in ([g] if ctx.actor(g) is not None else [
        c for c in g.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < g.i
        and ctx.actor(c) is not None])]


# voiced concern: "Kabulov voiced concern over the number of United States military bases", "the Tories expressed
# concern about the government's plans"
def voiced_concern(doc, ctx) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "verb"):
        if verb.lemma_.lower() not in _VOICING_VERBS:
            continue
        for concern in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONCERN_NOUNS):
            things = _pobjs(concern, _CONCERN_PREPS) or _pobjs(verb, _CONCERN_PREPS)
            targets = [t for th in things for t in _concerned_with(th, ctx)]
            subs, hops = ctx.subjects(verb) if targets else ((), 0)
            for s in subs:
                for t in (t for t in targets if t.i != s.i):
                    yield Candidate(s.i, t.i, verb.i, (verb.i, concern.i), "voiced_concern", relation="accuses",
                                    hops=hops)


# a possessed concern: "Russia's frequent concern of the Islamic State's presence in Afghanistan", "Labour's worries
# about the Tories' plans" (after a voicing verb ``voiced_concern`` reads it)
def owned_concern(doc, ctx) -> Iterator[Candidate]:
    for concern in ctx.of(doc, "noun"):
        if concern.lemma_.lower() not in _CONCERN_NOUNS or concern.head.lemma_.lower() in _VOICING_VERBS:
            continue
        owners = [c for c in concern.children if c.dep_ == "poss" and ctx.actor(c) is not None]
        things = _pobjs(concern, _CONCERN_PREPS | {"of"}) if owners else []
        targets = [t for th in things for t in _concerned_with(th, ctx)]
        for o in owners:
            for t in (t for t in targets if t.i != o.i):
                yield Candidate(o.i, t.i, concern.i, (concern.i,), "owned_concern", relation="accuses")


_GROUND_VERBS = frozenset({"find", "establish", "seek", "reach", "build", "share", "forge"})


# common ground: "Russia seeks to establish common ground with Pakistan" (the parties of "with")
def common_ground(doc, ctx) -> Iterator[Candidate]:
    for ground in ctx.of(doc, "noun"):
        verb = ground.head
        if ground.lemma_.lower() != "ground" or ground.dep_ != "dobj" or verb.lemma_.lower() not in _GROUND_VERBS \
                or not any(c.dep_ == "amod" and c.lower_ == "common" for c in ground.children):
            continue
        parties = _actors(_pobjs(ground, {"with"}) + _pobjs(verb, {"with"}), ctx)
        subs, hops = ctx.subjects(verb) if parties else ((), 0)
        for s in subs:
            for p in (p for p in parties if p.i != s.i):
                yield Candidate(s.i, p.i, verb.i, (verb.i, ground.i, p.head.i), "common_ground", relation="agrees",
                                hops=hops, prep=p.head.i)


_HOLDING_VERBS = frozenset({"have", "put", "set", "get", "keep", "place"})


# in one's sights: "Russian interests in the region are no doubt in IS-K's sights" (the guideline's "in X's sights"),
# "ISIS has Russia firmly in its sights"
def in_sights(doc, ctx) -> Iterator[Candidate]:
    for sights in ctx.of(doc, "noun"):
        prep, verb = sights.head, sights.head.head
        if sights.lemma_.lower() not in ("sight", "sights") or sights.dep_ != "pobj" or prep.lower_ != "in":
            continue
        if verb.dep_ == "attr":  # the parser may hang "in" on the copula's noun: "are no doubt in IS-K's sights"
            verb = verb.head
        if verb.lemma_.lower() in _HOLDING_VERBS:
            aimers, aimed = list(ctx.subjects(verb)[0]), [c for c in verb.children if c.dep_ == "dobj"]
        elif verb.lemma_.lower() in ("be", "remain", "stay"):
            aimers, aimed = [c for c in sights.children if c.dep_ in ("poss", "nmod")], [
                c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            continue
        aimers = _actors(aimers, ctx)
        targets = [t for a in aimed for t in _concerned_with(a, ctx)] if aimers else []
        for a in aimers:
            for t in (t for t in targets if t.i != a.i):
                yield Candidate(a.i, t.i, verb.i, (verb.i, prep.i, sights.i), "in_sights", relation="threatens")
