"""Relation rules over the dependency parse: who did what to whom.

Each rule is a small pure function ``rule(doc, ctx) -> Iterable[Candidate]`` with a
one-line comment naming the linguistic case, registered in ``RULES`` (and its name in
``graph.extract.registry``).  A rule only proposes (subject token, object token, predicate
tokens, its own name; its base confidence is ``scoring.RULE_BASE[name]``);
``graph.extract.relations`` turns candidates into triples: it asks actor recognition about
both tokens, maps the predicate to a relation with the lexicon, and adds polarity, modality
and attribution.

Shared helpers:
* ``ctx.actor(tok)`` resolves a head token to an actor: ``DocActors.at`` first, then an
  apposition ("the envoy, Kabulov"), then the modifier of an actor-standing head noun
  listed in the lexicon (``actor_heads``: "Afghan officials", "ISIS militants").
* ``subjects(verb)`` finds a predicate's subjects, climbing open complements and
  conjoined verbs ("began criticizing", "... and quietly supplies", "came together to stage"),
  object control ("accused X of arming") and "X joined Y in ...".
* ``conjuncts(tok)`` expands coordination ("NATO and the US", "Russia, China and Pakistan").
* ``ctx.prefixed(tok)`` resolves a name after a hyphenated prefix ("ISIS" in "anti-ISIS"), which
  name matching skips on purpose; only ``hostile_prefix`` asks.

Symmetric relations (lexicon ``symmetric``) between coordinated co-subjects are
proposed pairwise, in text order; the extractor emits each pair once; not when "both" or "each"
says each does it apart ("they had both agreed to appear").  A country's name or demonym before an
object owns it only when the noun is the state's (``owners.place_modifier``: "backed the US plan",
not "praised French films").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from operator import attrgetter

from ..model import ActorType
from ..vocab import GENERIC_RELATION
from .candidates import Candidate
from .conflict import (affiliation_participle, allied_possessed, assured_support, backed_against, checked_growth,
                       comitative_ally, common_ground, forces_in, in_sights, joined_fight, linked_bearer, meddling_in,
                       owned_concern, present_in, regarded_as, relative_event, shared_view, state_of_war,
                       voiced_concern)
from .coref import pair_antecedents
from .lexicon import Lexicon
from .modality import broken_agreements
from .owners import earlier_owner, place_modifier
from .scoring import RELATIVE_CLAUSE_PREP

__all__ = ["Candidate", "RuleContext", "RULES", "subjects", "conjuncts", "coordinated_objects", "relation_of",
           "run_rules", "nearest_listed", "relative_clause_end", "dash_between"]

_SUBJ = ("nsubj", "csubj")
_REL_PRONOUNS = {"which", "who", "whom", "that", "whose"}
# prepositions that introduce a participant, not a place or a time
_RELATIONAL_PREPS = {"to", "with", "against", "on", "upon", "for", "from", "into", "toward", "towards",
                     "over", "of", "at", "between", "among", "amongst", "alongside", "behind"}
_LOCATIVE = {"in", "inside", "within"}  # a target only for relations the lexicon calls located
# a gerund or event noun after these on a possessed noun is the possessor's ("Moscow's role in fighting ISIS")
_ROLE_PREPS = {"in", "for"}
_JUDGED_PREPS = {"of", "for", "to", "at"}  # "criticism of", "support for", "opposition to", "anger at" a thing: its
# owner is judged
_PARTITIVE_PREPS = {"of", "in", "on", "among", "within"}  # "many in the party", "many on the Tory benches"
_MANNER_PREPS = {"by", "after", "before", "while", "through", "without", "since"}  # "countered ISIS by arming"
_CONVERSE_AGENT_PREPS = {"from", "by", "among"}  # "faces criticism from X", "sparked fury among X": X criticises
_JUDGING = {"accuses", "supports"}  # "was accused of arming X", "was praised for backing X": the subject acts
_VERDICTS = _JUDGING | {"denies"}  # a judgement or a rejection: it reaches the owner of what it judges
# acts stated by a noun that a doer aims at a target ("a snub to X", "a rebuke to X"), never a physical event
_STATED_ACTS = frozenset({"accuses", "denies", "sanctions", "threatens", "requests", "supports", "protests"})
_ACT_TARGET_PREPS = frozenset({"to", "on", "at", "against", "of", "for", "towards", "toward"})
_SPOKEN_OF = {"about"}  # "spoke about working with X": the speaker works with X
_TOPICAL = {"on", "upon", "over", "about"}  # verb-attached: a topic unless a phrase or event noun says otherwise
# with one of these beside it, the "of" object of an event noun is its agent ("presence of X in Y")
_AGENT_OF_PARTNERS = {"to", "from", "in", "into", "against", "with", "toward", "towards"}
_MATERIAL_TRANSFER = {"supplies", "deploys"}  # relations whose object is a recipient, not an owner
#: Relations of help or partnership: their "against" object is a common foe, no partner ("sided with X against Y")
_FRIENDLY = {"cooperatesWith", "supports", "agrees", "consults", "supplies"}
_INHERIT_DEPS = ("xcomp", "conj", "advcl")
_MAX_HOPS = 3
_DESCRIPTIVE = ("demonym", "coref", "title")  # how a mention resolved when it names no one itself
_index = attrgetter("i")  # a token's position: the sort key of token lists


_SENTENCE_STOPS = frozenset(".!?")  # a line ending so is a sentence, no headline


class RuleContext:
    """What rules may ask: the lexicon and actor resolution (``DocActors.at`` plus fallbacks)."""

    def __init__(self, lex: Lexicon, at: Callable, prefixed: Callable | None = None) -> None:
        self.lex = lex
        self._at = at
        self._prefixed = prefixed  # the actor named after a hyphenated prefix ("anti-ISIS"), see prefixed()
        self._doc = None
        self._kinds: dict[str, list] = {}
        self._subjects: dict[int, tuple[tuple, int]] = {}

    def of(self, doc, kind: str) -> list:
        """The tokens of ``doc`` a rule looks at, sorted once per Doc instead of once per rule:
        ``verb`` (VERB/AUX), ``predicate`` (a verb heading a clause, see ``_is_verb``), ``noun``
        (NOUN/PROPN), ``event`` (a noun the lexicon maps to a relation), ``vbn`` (past participles)
        or ``all``."""
        if doc is not self._doc:
            self._doc = doc
            self._subjects = {}
            self._kinds = {"all": list(doc)}
        got = self._kinds.get(kind)
        if got is None:
            got = self._kinds[kind] = self._select(kind)
        return got

    def _select(self, kind: str) -> list:
        if kind == "verb":
            return [t for t in self._kinds["all"] if t.pos_ in ("VERB", "AUX")]
        if kind == "predicate":
            return [t for t in self.of(self._doc, "verb") if _is_verb(t)]
        if kind == "noun":
            return [t for t in self._kinds["all"] if t.pos_ in ("NOUN", "PROPN")]
        if kind == "event":
            return [t for t in self.of(self._doc, "noun") if event_relation(t, self.lex) is not None]
        if kind == "vbn":
            return [t for t in self._kinds["all"] if t.tag_ == "VBN"]
        raise ValueError(f"no token kind {kind!r}; use verb, predicate, noun, event, vbn or all")

    def subjects(self, verb) -> tuple[tuple, int]:
        """:func:`subjects` of a predicate (as a tuple), worked out once per token (several rules ask)."""
        if verb.doc is not self._doc:
            self.of(verb.doc, "all")
        got = self._subjects.get(verb.i)
        if got is None:
            subs, hops = subjects(verb, self.lex)
            got = self._subjects[verb.i] = (tuple(subs), hops)
        return got

    def prefixed(self, tok):
        """The ActorRef of a name after a hyphenated prefix ("ISIS" in "anti-ISIS"), which ``actor`` skips."""
        return self._at(tok) or (self._prefixed(tok) if self._prefixed is not None else None)

    def actor(self, tok):
        """The ActorRef a head token stands for, or None."""
        ref = self._at(tok)
        if ref is not None and ref.how in _DESCRIPTIVE:
            # a named person in apposition beats a description: "his Uzbek counterpart Shukhrat Khalmukhamedov"
            for c in tok.children:
                named = self._at(c) if c.dep_ == "appos" else None
                if named is not None and named.actor.type is ActorType.PERSON and named.actor.id != ref.actor.id:
                    return named
        if ref is not None:
            return ref
        for c in tok.children:  # apposition: "the envoy, Kabulov"
            if c.dep_ == "appos":
                ref = self._at(c)
                if ref is not None:
                    return ref
        if tok.lemma_.lower() in self.lex.place_heads:  # "the eastern town of Abeche"
            for g in (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                ref = self._at(g) if g.dep_ == "pobj" else None
                if ref is not None and ref.actor.type in (ActorType.PLACE, ActorType.COUNTRY):
                    return ref
                if ref is not None and ref.how == "ner":  # NER's "Abeche" (ORG): the head says it is a place
                    return replace(ref, how="place-head")
        if (ref := self._own_party(tok) or self._own_side(tok)) is not None:
            return ref
        if tok.lemma_.lower() in self.lex.partitive_heads:  # "many in his party", "some of the Tory MPs"
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok  # the parser may hang it on the verb
            preps = [p for p in tok.children if p.dep_ == "prep"] + ([nxt] if nxt.dep_ == "prep" else [])
            for g in (g for p in preps if p.lower_ in _PARTITIVE_PREPS for g in p.children if g.dep_ == "pobj"):
                ref = self._at(g) or self._own_party(g) or (
                    self.actor(g) if g.lemma_.lower() in self.lex.actor_heads else None)
                if ref is not None and (g.lemma_.lower() in self.lex.actor_heads or ref.actor.type not in (
                        ActorType.COUNTRY, ActorType.PLACE)):  # "many in London" are people, not the state
                    return ref
        if tok.lemma_.lower() in self.lex.actor_heads:  # "Afghan officials", "ISIS militants"
            for c in tok.children:
                if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i:
                    ref = self._at(c)
                    if ref is not None and not _one_leader(tok, ref):
                        return ref
            # "militants from another Taliban group", "officials of the Afghan government"
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("from", "of", "for"):  # "a spokesman for UKIP"
                    for g in p.children:
                        if g.dep_ == "pobj":
                            ref = self._at(g) or (self.actor(g) if g.lemma_.lower() in self.lex.actor_heads
                                                  else None)
                            if ref is not None:
                                return ref
        return None

    def _own_party(self, tok):
        """ "his own party", "Mr Blair's party": the party of the person who owns the noun, as a mention at it,
        when the article names that party; never a clause's subject (a speaker's "his party would ..." is the
        speaker's side, which claims and criticisms pass over to the actors it acts on)."""
        if tok.lemma_.lower() != "party" or tok.dep_ in ("nsubj", "nsubjpass"):
            return None  # a subject is left to the claims: "Liam Fox said his party would show how ..."
        for c in (c for c in tok.children if c.dep_ == "poss"):
            owner = self._at(c)
            pid = dict(owner.actor.attributes).get("party") if owner is not None and \
                owner.actor.type is ActorType.PERSON else None
            named = next((r for t in self.of(tok.doc, "noun") if (r := self._at(t)) is not None
                          and r.actor.id == pid), None) if pid else None
            if named is not None:
                return replace(owner, actor=named.actor, start=tok.i, end=tok.i + 1, how="coref", surface="")
        return None


    def _own_side(self, tok):
        """ "faced backbench discontent": the one party of the persons who undergo a criticism from their own
        benches (lexicon ``own_side_words`` modifying the object of a ``converse_events`` verb), as a mention at
        the modifier, when the article names that party."""
        event = tok.head
        if tok.lemma_.lower() not in self.lex.own_side_words or tok.dep_ not in ("amod", "compound", "nmod") \
                or event.dep_ != "dobj" or event.head.lemma_.lower() not in self.lex.converse_events \
                or self.lex.noun_relation(event.lemma_) != "accuses":
            return None
        refs = [r for s in self.subjects(event.head)[0] for t in conjuncts(s) if (r := self._at(t)) is not None]
        parties = {dict(r.actor.attributes).get("party") for r in refs if r.actor.type is ActorType.PERSON}
        if len(parties) != 1 or None in parties or len(refs) == 0:
            return None
        pid = parties.pop()
        named = next((r for t in self.of(tok.doc, "noun") if (r := self._at(t)) is not None and r.actor.id == pid),
                     None)
        return None if named is None else replace(refs[0], actor=named.actor, start=tok.i, end=tok.i + 1,
                                                  how="coref", surface="")


def _one_leader(tok, ref) -> bool:
    """'The Tory leader' is one person, whom the article may not name, not the party ("Tory leaders" and "the
    Russian leader" still stand for theirs)."""
    return tok.lemma_.lower() == "leader" and tok.tag_ == "NN" and ref.actor.type is not ActorType.COUNTRY


def conjuncts(tok, lex: Lexicon | None = None) -> list:
    """tok and every token coordinated with it, in text order.

    With a lexicon, companions count as conjuncts too: "Russia, along with China, ..."
    (``companion_words`` followed by "with").
    """
    out, todo, seen = [], [tok], set()
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ")
                 and not _opens_clause(c)]
        todo += _split_modifiers(t)
        if lex is not None and t.pos_ in ("PROPN", "NOUN"):
            todo += _companions(t, lex)
    return sorted(out, key=_index)


def _split_modifiers(noun) -> list:
    """A name the parser hung as a modifier on the next conjunct's head: "the Taliban and Haqqani Network",
    "the Taliban and Afghan National Defense forces" (Taliban an nmod of "Network", "forces", with the real
    conjunct as its own conj): the modifier is a conjunct of the head."""
    return [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < noun.i and c.pos_ == "PROPN"
            and any(k.dep_ == "cc" for k in c.children) and any(k.dep_ == "conj" and k.i < noun.i for k in c.children)]


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _opens_clause(conj) -> bool:
    """A "conjunct" the parser took from the next clause, whose subject it is: a finite verb with no subject follows
    it ("has donated $1m to the Red Cross and actor Leonardo DiCaprio pledged a contribution": DiCaprio pledges,
    no one donates to him; "failed the country and Tony Blair cannot be trusted")."""
    end = max(t.i for t in conj.subtree) + 1
    if end >= len(conj.doc) or conj.doc[end].tag_ not in _FINITE_TAGS:
        return False
    nxt = conj.doc[end]
    verb = nxt if nxt.pos_ == "VERB" else nxt.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < nxt.i:
        return False
    t = conj
    while t.head.i != t.i:  # the verb is no head of the conjunct's own clause
        t = t.head
        if t.i == verb.i:
            return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _stolen_subject(verb):
    """The subject the parser took into the clause before as a conjunct of its object (:func:`_opens_clause`), for a
    finite verb with no subject of its own; else None."""
    if verb.dep_ not in ("conj", "advcl", "ccomp", "parataxis") or verb.tag_ not in _FINITE_TAGS + ("VBN", "VB"):
        return None
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
    if first == 0:
        return None
    prev = verb.doc[first - 1]
    while prev.dep_ != "conj" and prev.head.i != prev.i and prev.head.i < first and prev.head.i > prev.i:
        prev = prev.head  # "actor Leonardo DiCaprio": the name's head
    return prev if prev.dep_ == "conj" and prev.pos_ in ("PROPN", "NOUN", "PRON") and _opens_clause(prev) else None


def coordinated_objects(tok, lex: Lexicon | None = None) -> list:
    """:func:`conjuncts` of an object, also through appositions ("his Russian counterpart, Sergei
    Lavrov, and the Chinese foreign minister, Li Zhaoxing") and past a conjunct the parser hung on
    the clause's verb."""
    out = conjuncts(tok, lex)
    extra = [c for t in out for a in t.children if a.dep_ == "appos" and a.pos_ == "PROPN" for c in conjuncts(a)[1:]]
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i and any(a.dep_ == "appos" for a in tok.children):
        extra += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i]
    seen = {t.i for t in out}
    for e in extra:
        out += [c for c in conjuncts(e, lex) if c.i not in seen and not seen.add(c.i)]
    return sorted(out, key=_index)


def _companions(noun, lex: Lexicon) -> list:
    """Objects of "along with" / "together with" attached to a noun."""
    out = []
    for p in noun.children:
        if p.dep_ in ("prep", "advmod") and p.lower_ in lex.companion_words:
            out += [g for w in p.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"]
    return out


def _relative_head(tok, verb, lex: Lexicon | None = None):
    """A relative pronoun stands for the noun its clause modifies ("the Taliban, which ...").

    A clause on a statement noun speaks for the statement's author: "Kabulov released a
    statement that praised Russia" (also when the parser hangs it on a nearby date).
    """
    if tok.lower_ in _REL_PRONOUNS and tok.tag_ in ("WDT", "WP", "WP$", "IN") and verb.dep_ == "relcl":
        return statement_author(verb.head, lex)
    return tok


_TIME_ENTS = ("DATE", "TIME")


def statement_author(noun, lex: Lexicon | None):
    """The author of a statement noun ("X released a statement"), else the noun itself.

    A date the parser took for the antecedent ("a statement in December that ...") is
    read as the statement of the clause's verb.
    """
    if lex is None or not (noun.lemma_.lower() in lex.claim_nouns or noun.ent_type_ in _TIME_ENTS):
        return noun
    tok = noun
    for _ in range(3):
        if tok.head.i == tok.i:
            return noun
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return noun
    if noun.ent_type_ in _TIME_ENTS and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.claim_nouns for c in tok.children):
        return noun
    subs = [c for c in tok.children if c.dep_ in ("nsubj",)]
    return subs[0] if subs else noun


def subjects(verb, lex: Lexicon | None = None) -> tuple[list, int]:
    """Subjects of a predicate and how many links were climbed to find them."""
    tok, hops, came, to_infinitive = verb, 0, None, False
    while hops <= _MAX_HOPS:
        own = [c for c in tok.children if c.dep_ in _SUBJ]
        if own:
            out = [_relative_head(s, tok, lex) for s in own]
            if lex is not None:  # "Russia, along with China, condemned ...", "Along with China, Russia condemned ...":
                out += [g for g in _companions(tok, lex) if g.i < tok.i]  # a companion before the verb
            return out, hops
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive and hops and came == "xcomp" and to_infinitive:
            # a passive's subject is its complement's: "Blair and Brown are said to have declared war",
            # "Mr Brown was asked to run the campaign"
            return [_relative_head(s, tok, lex) for s in passive], hops
        if passive:
            return [], hops  # passive: the agent rule handles it
        stolen = _stolen_subject(tok)
        if stolen is not None:  # "sold arms to Iran and China supplied missiles": China supplies them
            return [stolen], hops
        head = tok.head
        if head.i == tok.i:
            break
        # gerund on a possessed noun: "Moscow's role in fighting ISIS", "Russia's strategy of blaming Washington"
        # (the parser may take the gerund for the preposition's object: "role in fighting against ISIS")
        if (tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")) and head.dep_ == "prep" \
                and head.lower_ in _ROLE_PREPS | {"of"} and head.head.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in head.head.children if c.dep_ == "poss"]
            if poss:
                return poss, hops + 1
        noun = _intention_noun(tok, head, lex) if lex is not None else None
        if noun is not None:  # "Labour's plan to ban X", "a bid by Y to", "supported the US initiative to oust X"
            return _owners_of_intention(noun), hops + 1
        if lex is not None and _purpose_adjunct(tok, head, lex):  # "will speak during a visit to support X"
            tok, hops = head.head.head, hops + 2
            continue
        if _shares_subject(tok, head):  # "countered ISIS by arming ...", "spoke about working with X"
            tok, hops = head.head, hops + 1
            continue
        controllers = _controllers(tok, head, lex)
        if controllers:
            return controllers, hops + 1
        if _asked_purpose(tok, head, lex) or _judged_gerund(tok, head, lex):
            break
        if tok.dep_ in _INHERIT_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
                break  # "if ..., because ..." clauses have their own subject
            to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # not "seen ... Give"
            tok, hops, came = head, hops + 1, tok.dep_
            continue
        if _verb_read_as_participle(tok, head):  # "Vincent Cable, for the Liberal Democrats, called on Mr Brown"
            return [head], hops + 1
        if tok.dep_ == "acomp":  # "is unwilling to" -> climb to the copula
            tok, hops = head, hops + 1
            continue
        break
    return [], hops


def _intention_noun(tok, head, lex: Lexicon):
    """The intention noun (lexicon ``hypothetical.nouns``) with an owner or a "by" agent whose infinitive tok is,
    else None; also when the parser hung the infinitive on the verb whose object the noun is ("Russia supported
    the US initiative to overthrow X": the US would overthrow X, not Russia)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if tok.dep_ in ("acl", "relcl"):
        noun = head
    elif tok.dep_ == "advcl" and tok.i > head.i:
        start = min(t.i for t in tok.subtree)
        noun = next((c for c in head.children if c.dep_ == "dobj" and max(t.i for t in c.subtree) + 1 == start), None)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.hypothetical_nouns:
        return None
    return noun if _owners_of_intention(noun) else None


_PURPOSE_PREPS = frozenset({"during", "on", "in"})  # "during a visit to", "on a trip to", "in a bid to"


def _purpose_adjunct(tok, head, lex: Lexicon) -> bool:
    """An infinitive on an undertaking noun (lexicon ``purpose_nouns``) with no owner, in an adjunct of a verb:
    "during a visit to support X", "in a bid to woo X"."""
    prep = head.head
    return tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and head.pos_ == "NOUN" and head.lemma_.lower() in lex.purpose_nouns and head.dep_ == "pobj" \
        and prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPS and prep.head.pos_ in ("VERB", "AUX") \
        and not _owners_of_intention(head)


_OWNER_ENTS = ("GPE", "NORP", "ORG")


def _owners_of_intention(noun) -> list:
    """Who holds the plan: its possessor ("Labour's plan"), else its "by" agent ("a bid by the Tories"), else a
    name or demonym before it ("the US initiative to overthrow X", "the Russian plan to")."""
    return [c for c in noun.children if c.dep_ == "poss"] or [
        g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"] or [
        c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i and c.ent_type_ in _OWNER_ENTS]


def _controllers(tok, head, lex: Lexicon | None) -> list:
    """Who does a gerund or infinitive its governing verb's object or patient controls, else []."""
    # object control: "accused Russia of arming", "blamed Pakistan for harbouring"; in the passive, its
    # subject: "Russia was accused of arming the Taliban"
    if tok.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        return [c for c in head.head.children if c.dep_ == "dobj" or (
            c.dep_ == "nsubjpass" and lex is not None and lex.verb_relation(head.head.lemma_) in _JUDGING)]
    # "X joined Y in condemning Z": both X and Y
    if tok.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_ == "join":
        return [c for c in head.head.children if c.dep_ in ("nsubj", "dobj")]
    # object control: "Russia urged the US to withdraw": the US withdraws
    if tok.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not (
            lex is not None and head.lemma_.lower() in lex.subject_control):
        return [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i] or _called_on(head, tok, lex)
    return []


def _asked_purpose(tok, head, lex: Lexicon | None) -> bool:
    """An infinitive the parser hung as a purpose clause on a request phrase ("called on X to quit"): whether the
    one asked or the asker would act is left open, so it inherits no subject (never the asker's alone)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and bool(_called_on(head, tok, lex))


def _judged_gerund(tok, head, lex: Lexicon | None) -> bool:
    """A gerund that a verb of blame or praise takes as its object: the judge is not the doer ("Kabul criticised
    holding talks with X": someone else holds them; "denied meeting X" still shares its subject)."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and lex is not None \
        and lex.verb_relation(head.lemma_.lower()) in _JUDGING


def _verb_read_as_participle(tok, head) -> bool:
    """A finite verb the parser hung on the sentence's noun as a participle: the noun is the sentence's root and
    the "participle" has no passive auxiliary or agent ("Vincent Cable, for the Liberal Democrats, called on ...")."""
    return tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.pos_ == "PROPN" \
        and not any(c.dep_ in ("auxpass", "agent", "aux") for c in tok.children)


def _called_on(head, tok, lex: Lexicon | None) -> list:
    """The one asked by a request phrase before an infinitive: "called on Tony Blair to sack John Prescott"."""
    return [g for p in head.children if p.dep_ == "prep" and p.i < tok.i and lex is not None
            and lex.phrase_relation(head.lemma_, p.lower_) == "requests" for g in p.children if g.dep_ == "pobj"]


def _shares_subject(tok, head) -> bool:
    """A gerund after a preposition on a verb that shares its subject: manner ("countered ISIS by arming ...")
    or what the verb speaks about ("both men spoke about working with Jack Straw"; not "accused X of")."""
    if tok.dep_ != "pcomp" or head.dep_ != "prep" or head.head.pos_ not in ("VERB", "AUX"):
        return False
    return head.lower_ in _MANNER_PREPS or (head.lower_ in _SPOKEN_OF and head.head.pos_ == "VERB" and not any(
        c.dep_ == "dobj" for c in head.head.children))


def _aux(verb) -> list[int]:
    return [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]


def _chain_up(verb) -> list[int]:
    """The governing verbs of an open complement ("began" in "began criticizing")."""
    out, tok = [], verb
    while tok.dep_ in ("xcomp",) and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok.i)
        out.extend(_aux(tok))
    return out


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass", "amod")


def _prep_objects(head, located: bool = False) -> Iterator[tuple]:
    """(prep, pobj) pairs under head for participant prepositions (and "in" when ``located``)."""
    for p in head.children:
        if p.dep_ in ("prep", "dative") and (p.lower_ in _RELATIONAL_PREPS or (located and p.lower_ in _LOCATIVE)):
            for g in p.children:
                if g.dep_ == "pobj":
                    yield p, g
        # complex preposition: "pulled out of Syria", "moved away from Moscow"
        if p.dep_ in ("prep", "prt", "advmod") and p.lower_ in ("out", "away", "back", "off"):
            for q in p.children:
                if q.dep_ == "prep":
                    for g in q.children:
                        if g.dep_ == "pobj":
                            yield p, g


_RECIPIENT_PREPS = {"to", "for"}
_TOPIC_PARTNERS = {"with", "to"}  # "the embargo on trade with Cuba", "the embargo on arms exports to China"


def _topic_participants(noun, located, ctx) -> list[tuple]:
    """(prep, pobj) pairs of an event noun, plus the with/to participant of a non-actor "on" object."""
    pairs = list(_prep_objects(noun, located))
    for p, g in list(pairs):
        if p.lower_ == "on" and ctx.actor(g) is None:
            pairs += [(q, h) for q, h in _prep_objects(g) if q.lower_ in _TOPIC_PARTNERS]
        medium = _medium(g, ctx) if p.lower_ == "on" and ctx.lex.phrase_relation(noun.lemma_, "on") else None
        if medium is not None and medium.i != g.i:  # "his interview on BBC One's Breakfast with Frost"
            pairs.append((p, medium))
    return pairs


def _with_recipient_owners(pairs, ctx) -> list[tuple]:
    """(prep, pobj) pairs plus, for "to"/"for"/"on" objects that are no actor, their actor possessor.

    "supplies of weaponry to the Taliban's operations": the Taliban receive them; "poured scorn on the Tory
    plans": the Tories are scorned.
    """
    out = list(pairs)
    for p, g in pairs:
        if p.lower_ in _RECIPIENT_PREPS and ctx.actor(g) is None:
            out += [(p, c) for c in g.children if c.dep_ == "poss" and ctx.actor(c) is not None]
        elif p.lower_ == "on" and ctx.actor(g) is None and not ctx.lex.noun_relation(g.lemma_):
            # the target's: "poured scorn on Labour's plans" (not "pressure on Mr Brown's allies")
            out += [(p, c) for c in g.children if c.dep_ in ("poss", "compound") and c.i < g.i
                    and ctx.actor(c) is not None]
    return out


def _against_objects(noun) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "against" for p in noun.children)


def event_relation(noun, lex: Lexicon) -> str | None:
    """The relation an event noun names: its own ("war", "supplies"), or that of a noun naming a
    hostile act only with an "against" object ("military measures against ISIS")."""
    if noun.dep_ == "pobj" and f"{noun.head.lower_} {noun.lemma_.lower()}" in lex.no_relation_phrases \
            and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "in charge of Ajax": an idiom, no event
    rel = lex.noun_relation(noun.lemma_)
    if rel is None and _against_objects(noun):
        rel = lex.against_relation(noun.lemma_)
    return rel


def names_no_relation(verb, lex: Lexicon, dobj=None) -> bool:
    """A verbal predicate of the lexicon's ``no_relation_phrases``: by its object ("give evidence to a
    commission" supplies nothing), by its particle ("signed up for the series": each enlists, no agreement) or by a
    preposition of its own ("warned Mr Blair about the dangers of
    disunity": a comment, no threat; the parser may hang the preposition on the object)."""
    lemma = verb.lemma_.lower()
    dobjs = [dobj] if dobj is not None else []
    dobjs += [c for c in verb.children if c.dep_ == "dobj"]  # "defend her AAA 400m title": two objects parsed,
    dobjs += [c for d in dobjs for c in d.children if c.dep_ == "appos"]  # or the title in apposition to AAA
    if any(f"{lemma} {d.lemma_.lower()}" in lex.no_relation_phrases for d in dobjs):
        return True
    preps = [*verb.children, *(dobj.children if dobj is not None else ())]  # or a particle: "signed up for"
    return any(c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in lex.no_relation_phrases for c in preps)


def relation_of(verb, lex: Lexicon, dobj=None, prep=None) -> str | None:
    """The lexicon relation of a verbal predicate; None when nothing matches (caller falls back)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "NOUN" and verb.dep_ != "relcl":
        return lex.noun_relation(lemma)
    if names_no_relation(verb, lex, dobj):
        return None
    prt = [c for c in verb.children if c.dep_ == "prt"]
    if prt and (rel := lex.phrase_relation(lemma, prt[0].lower_)):
        return rel
    if dobj is not None and (rel := lex.phrase_relation(lemma, dobj.lemma_)):
        return rel
    if prep is not None and (rel := lex.phrase_relation(lemma, prep.lower_)):
        return rel
    if dobj is not None and prep is None and (rel := _topic_phrase(verb, lemma, lex)):
        return rel  # "would press Labour over whether the targets could be met", "hold ministers to account"
    if dobj is not None and prep is not None and prep.lower_ == "against" and lemma in lex.light_verbs and (
            rel := lex.against_relation(dobj.lemma_)):
        return rel  # "undertook military measures against ISIS"
    if dobj is not None and lemma in lex.cancelling_verbs and lex.verb_relation(lemma) is None:
        return None  # "ended his partnership with", "missed the talks": the noun's event is undone
    if dobj is not None and (rel := lex.noun_relation(dobj.lemma_)) and (lemma in lex.light_verbs or (
            prep is not None and prep.head.i == dobj.i and lex.verb_relation(lemma) is None)):
        return rel  # "held talks with", "confessed its relations with" (not "discussed the campaign with")
    if dobj is not None and prep is not None and lex.verb_relation(lemma) == "supplies" and (
            rel := lex.noun_relation(dobj.lemma_)) and not lex.is_symmetric(rel) and rel != "supplies":
        return rel  # a transfer of an act is the act: "delivered a stinging rebuke to X" accuses, supplies nothing
    # "came together to stage drills": the adverb completes the verb
    for c in verb.children:
        if c.dep_ == "advmod" and (rel := lex.phrase_relation(lemma, c.lower_)):
            return rel
    if rel := lex.verb_relation(lemma):
        return rel
    if dobj is not None and dobj.pos_ != "PROPN" and not _names_holder(dobj) and (rel := lex.noun_relation(dobj.lemma_)):
        return rel  # "undertook an offensive against ISIS" (not "told the IPTV World Forum")
    return None


def _topic_phrase(verb, lemma: str, lex: Lexicon) -> str | None:
    """The relation of a "verb over" phrase of a verb with a direct object: "pressed Labour over the targets"
    ("over" names the matter, never a participant nor, unlike "on", a day: "called Mr Brown on Monday"); or of a
    "verb noun" phrase whose noun is the verb's prepositional object: "hold ministers to account" ("hold account")."""
    for p in (c for c in verb.children if c.dep_ == "prep"):
        objs = [g for g in p.children if g.dep_ in ("pobj", "pcomp")]
        if p.lower_ == "over" and objs and not any(g.ent_type_ in _TIME_ENTS for g in objs):
            if rel := lex.phrase_relation(lemma, p.lower_):
                return rel
        for g in (g for g in objs if g.pos_ not in ("PROPN", "PRON")):  # "account" may be tagged a verb
            if rel := lex.phrase_relation(lemma, g.lemma_):
                return rel
    return None


def _names_holder(noun) -> bool:
    """'lost its main backer John Smith': a role noun with the name of who holds it after it is that person, no
    event the verb takes part in (the verb "lost" is no support)."""
    doc = noun.doc
    return any(c.dep_ == "appos" for c in noun.children) or (
        noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON")


def _pred(verb, *extra) -> tuple[int, ...]:
    return tuple(sorted({verb.i, *_aux(verb), *_chain_up(verb), *(e.i for e in extra if e is not None)}))


# active clause: subject - verb - direct object ("Russia arms the Taliban")
def active_svo(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if verb.dep_ == "relcl":
            continue
        subs, hops = ctx.subjects(verb)
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "attr") and c.lower_ not in _REL_PRONOUNS):
            if obj.dep_ == "attr" and verb.lemma_ == "be" or _clause_subject(verb, obj, ctx.lex) \
                    or _question(verb, obj, ctx.lex) or _stranded_prep_object(verb, obj):
                continue
            if verb.lemma_.lower() in ctx.lex.goods_verbs:
                continue  # "does not want to sell Savage": the player is sold, he gets nothing
            for s in subs:
                yield Candidate(s.i, obj.i, verb.i, _pred(verb), "active_svo", hops=hops)


def _stranded_prep_object(verb, obj) -> bool:
    """A further direct object after a preposition the parser left without one ("will discipline Beattie for his
    headbutt on Chelsea defender Gallas"): the preposition's object, not the verb's."""
    first = min((c.i for c in verb.children if c.dep_ == "dobj"), default=obj.i)
    return any(p.dep_ == "prep" and first < p.i < obj.i and not any(p.children) for p in verb.children)


# bare recipient of a transfer verb: "Mr Bannatyne has given Labour 50,000 pounds"
def dative_recipient(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        recipients = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        rel = relation_of(verb, ctx.lex, dobj) if recipients and dobj is not None else None
        if rel not in _MATERIAL_TRANSFER | {"supports"}:
            continue  # "told the BBC": an addressee, not a recipient
        subs, hops = ctx.subjects(verb)
        for r in recipients:
            for s in subs:
                yield Candidate(s.i, r.i, verb.i, _pred(verb, dobj), "dative_recipient", relation=rel,
                                hops=hops)


def _question(verb, obj, lex: Lexicon) -> bool:
    """A request verb asking a question ("is heard asking Mr Finegold if he is ...", "asked the lawyer what had
    happened"): no request of its object.
    "urged Mr Blair to resign if he lost" is a request (the clause does not follow the object)."""
    if lex.verb_relation(verb.lemma_) != "requests":
        return False
    doc, after = verb.doc, obj.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":" and any(t.text == "?" for t in doc[after:verb.sent.end]):
        return True  # 'asked Mr Dunn: "You would lie, isn't that right?"': a question quoted
    clauses = [*verb.children, *(c for c in verb.head.children if verb.dep_ == "xcomp")]  # or hung on "heard"
    start = after + 1 if after < len(doc) and doc[after].text == "," else after  # "asked his lawyer, X, what ..."
    return any(c.dep_ in ("ccomp", "advcl") and c.left_edge.i == start and (
        c.left_edge.tag_ in _WH_TAGS or any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))
        for c in clauses)


def _clause_subject(verb, obj, lex: Lexicon) -> bool:
    """The parser took the subject of a reported clause for the reporting verb's object: "He warned
    the Abstentions Party was the real challenge" (a clause without a subject follows the object)."""
    return verb.lemma_.lower() in lex.reporting_verbs and any(
        c.dep_ == "ccomp" and c.i > obj.i and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children)


def _own_agent(noun, subs, ctx) -> bool:
    """An event noun with an agent of its own: "assisted Moscow's supplies to the Taliban"
    (Moscow supplies; the subject only assists).  The subject's own "its" does not count."""
    own = {r.actor.id for r in (ctx.actor(s) for s in subs) if r is not None}
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]  # "described the presence of ISIS in ..."
    for c in owners:
        ref = ctx.actor(c)
        if ref is not None and ref.actor.id not in own:
            return True
    return False


def _adjunct(verb, prep, rel, lex: Lexicon) -> bool:
    """A prepositional phrase that names no participant: "for" before its verb speaks for someone
    ("Oliver Letwin, for the Tories, attacked ..."), "at" of a meeting is its venue ("met Tony Blair
    at 10 Downing Street"), "to" of an opening "Speaking to X" is an audience (:func:`_speech_setting`)."""
    if prep.lower_ == "for" and prep.i < verb.i:
        return True
    if prep.lower_ == "to" and rel == "consults" and _speech_setting(verb, lex):
        return True
    return prep.lower_ == "at" and lex.is_symmetric(rel or "") and not lex.phrase_relation(verb.lemma_, "at")


def _speech_setting(verb, lex: Lexicon) -> bool:
    """A participle with no subject of its own that opens a statement ("Speaking to the Greek Parliament, he said
    ...", "Talking to the BBC he urged ..."): whom it was said to, no meeting (as "told the BBC")."""
    head = verb.head.lemma_.lower()
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children) \
        and (head in lex.reporting_verbs or head in lex.claim_cues or head in lex.request_cues)


def _forum(prep, dobjs, lex: Lexicon) -> bool:
    """A body a dispute or case is taken "at" or "before" ("settle the dispute at the WTO", "fight the row at the
    UN"; lexicon ``forum_nouns``) is its venue, no party to it."""
    nouns = [prep.head, *dobjs] if prep.head.pos_ in ("NOUN", "PROPN") else dobjs
    return prep.lower_ in ("at", "before") and any(n.lemma_.lower() in lex.forum_nouns for n in nouns)


def _lodged_to(prep, dobjs, lex: Lexicon) -> bool:
    """The body a complaint is lodged "to" ("a complaint to the referees' board about X", "are weighing a
    complaint to the board" with "to" on the verb; lexicon ``lodged_nouns``) hears it; it is not its target."""
    return prep.lower_ == "to" and any(n.lemma_.lower() in lex.lodged_nouns for n in (prep.head, *dobjs))


def _moves_another(subs, dobjs, ctx) -> bool:
    """An object actor other than the subject ("moved Gordon Brown out"; not "pulled its troops out")."""
    own = {r.actor.id for r in (ctx.actor(s) for s in subs) if r is not None}
    return any(r is not None and r.actor.id not in own for r in (ctx.actor(d) for d in dobjs))


def _names_event(verb, dobj, ctx) -> bool:
    """The object noun names the event: an event noun, a light verb's object, a phrase ("shared intelligence").
    A name never does ("told the IPTV World Forum in Amsterdam")."""
    lex = ctx.lex
    if dobj.pos_ == "PROPN":
        return False
    return bool(lex.noun_relation(dobj.lemma_) or verb.lemma_.lower() in lex.light_verbs
                or lex.phrase_relation(verb.lemma_, dobj.lemma_))


def _object_heads(verb, dobjs, has_agent, ctx) -> list[tuple]:
    """(head, dobj) pairs for object nouns whose prepositions name participants: event nouns, light verbs'
    objects ("held talks with China"), phrases ("shared intelligence with Jordan"), and the "with" partner
    of a symmetric verb ("discussed the campaign with Mr Blair"); never "of" ("discussed the threat of ISIS")."""
    symmetric = ctx.lex.is_symmetric(ctx.lex.verb_relation(verb.lemma_) or "")
    return [(d, d) for d in dobjs if ctx.actor(d) is None and d.i not in has_agent
            and (_names_event(verb, d, ctx) or symmetric)]


_TAKEN_AIMS = frozenset({"at", "against"})  # "took a swipe at X", "took a stand against X"


def _light_act(verb, dobjs, ctx) -> bool:
    """A converse verb used as a light verb of an act noun other than a transfer ("took a swipe at X": the
    subject acts; "took weapons from X" stays a receipt, read by ``converse_from``)."""
    lex = ctx.lex
    return verb.lemma_.lower() in lex.light_verbs and any(
        (rel := lex.noun_relation(d.lemma_) or lex.phrase_relation(verb.lemma_, d.lemma_)) and rel not in _MATERIAL_TRANSFER
        for d in dobjs)


# prepositional object: "is supplying weapons to the Taliban", "held talks with China"
def prep_object(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        taken = verb.lemma_.lower() in ctx.lex.converse  # only "took a swipe at X", never "took a call from X"
        if verb.dep_ == "relcl" or (taken and not _light_act(verb, dobjs, ctx)):
            continue
        subs, hops = ctx.subjects(verb)
        if not subs:
            continue
        has_agent = {d.i for d in dobjs if _own_agent(d, subs, ctx)}
        heads = [(verb, None)] + _object_heads(verb, dobjs, has_agent, ctx)
        against = any(p.lower_ == "against" for p, _ in _prep_objects(verb))
        owned = [d for d in dobjs if ctx.lex.noun_relation(d.lemma_) and d.i in has_agent]
        if owned:  # "assisted Moscow's supplies ... to the Taliban": the PP belongs to the owned event
            heads = [h for h in heads if h[0].i != verb.i]
            yield from owned_event(verb, owned[0], ctx)
        for head, dobj in heads:
            for prep, pobj in _with_recipient_owners(list(_prep_objects(head, located=True)), ctx):
                if prep.lower_ == "of" or (dobj is not None and prep.lower_ != "with" and not _names_event(verb, dobj, ctx)) \
                        or (taken and prep.lower_ not in _TAKEN_AIMS):
                    continue  # "accused X of ...", "the evacuation of ..." are not participants
                if _joined_sides(verb, dobj, prep, ctx) or _forum(prep, dobjs, ctx.lex):
                    continue  # "joined a legal fight between three bloggers and Apple": its sides, no partners
                if prep.lower_ in _CONVERSE_AGENT_PREPS and verb.lemma_.lower() in ctx.lex.converse_events \
                        and any(ctx.lex.noun_relation(d.lemma_) for d in dobjs):
                    continue  # "faces criticism from X": X acts on the subject (converse_event)
                if prep.lower_ in _LOCATIVE and relation_of(verb, ctx.lex, dobj or next(iter(dobjs), None), prep) \
                        not in ctx.lex.located_relations and not ctx.lex.phrase_relation(verb.lemma_, prep.lower_):
                    continue  # "met in Kabul": a place of the event, not a participant ("arrived in" names one)
                if prep.lower_ in _TOPICAL and head.i == verb.i and not (
                        ctx.lex.phrase_relation(verb.lemma_, prep.lower_)
                        or any(c.dep_ == "prt" for c in verb.children)
                        or any(ctx.lex.noun_relation(d.lemma_) for d in dobjs)):
                    continue  # "criticized the strategy on Afghanistan": a topic ("imposed sanctions on X" is not)
                rel = relation_of(verb, ctx.lex, dobj or next(iter(dobjs), None), prep)  # "paid tribute to"
                if prep.lower_ == "on" and pobj.head.i != prep.i and (rel is None or ctx.lex.is_symmetric(rel)):
                    continue  # an owner of a programme one is interviewed on, of a topic of talks: no partner
                if (rel == "retreatsFrom" and _moves_another(subs, dobjs, ctx)) or _adjunct(verb, prep, rel, ctx.lex):
                    continue  # "move Gordon Brown out of the Treasury": the object moves, not the subject
                if rel == "consults" and prep.lower_ in ("to", "back") and head.i == verb.i and any(
                        ctx.actor(d) or d.lemma_.lower() in ctx.lex.actor_heads for d in dobjs):
                    continue  # "called the Liberal leader back to Downing Street": where the one met goes
                if against and prep.lower_ in ("with", "alongside"):
                    rel = "cooperatesWith"  # comitative: "fought with the Taliban against NATO"
                elif prep.lower_ == "alongside":  # "fought alongside X"; not "nominated to leave ... alongside Bez"
                    rel = "cooperatesWith" if rel in ("attacks", "cooperatesWith", "deploys") else None
                if rel is None and prep.lower_ == "alongside":
                    continue
                if prep.lower_ == "against" and rel in _FRIENDLY:
                    continue  # "sided with Tom Reed against the Tories": the Tories are no partner
                if rel == "accuses" and (prep.lower_ == "with" or _lodged_to(prep, dobjs, ctx.lex)):
                    continue  # "filed a complaint against Brussels with the WTO": where it is lodged, no target
                if rel in _MATERIAL_TRANSFER and (prep.lower_ == "with" or any(
                        d.lemma_.lower() in ctx.lex.address_nouns for d in dobjs)) or _audience(verb, prep, dobjs, ctx.lex):
                    continue  # "supplied X with arms": the goods; "delivered a speech to X": an audience addressed
                for s in subs:
                    yield Candidate(s.i, pobj.i, verb.i, _pred(verb, dobj, prep), "prep_object",
                                    relation=rel, hops=hops, prep=prep.i)


def _audience(verb, prep, dobjs, lex: Lexicon) -> bool:
    """A "to" phrase on a noun of what is said to an audience that names no relation of its own (lexicon
    ``address_nouns``: "has denied his statement to Parliament", "criticised his speech to the conference"), or
    right after such an object (the parser may hang it on the verb): the audience, no party to the verb's relation
    ("a promise to X", "a warning to X", and a phrase with the verb, "sent a message to X", still name one)."""
    noun = prep.head if prep.head.pos_ == "NOUN" else next((d for d in dobjs if d.right_edge.i + 1 == prep.i), None)
    return prep.lower_ == "to" and noun is not None and noun.lemma_.lower() in lex.address_nouns \
        and lex.noun_relation(noun.lemma_) is None and lex.phrase_relation(verb.lemma_, noun.lemma_) is None


def _joined_sides(verb, dobj, prep, ctx: RuleContext) -> bool:
    """The "between" objects of an event the verb's object names, of a relation other than the verb's own: the
    event's sides, none of them the subject's partner or target ("joined a fight between X and Y")."""
    if dobj is None or prep.lower_ != "between" or prep.head.i != dobj.i or verb.lemma_.lower() in ctx.lex.light_verbs:
        return False
    rel = ctx.lex.noun_relation(dobj.lemma_)
    return rel is not None and rel != ctx.lex.verb_relation(verb.lemma_)


# the verb's prepositional object belongs to the event its object owns: "Iran assisted Moscow's supplies
# of weapons to the Taliban" (Moscow supplies the Taliban).  Asked by prep_object, which skips these verbs.
def owned_event(verb, event, ctx: RuleContext) -> Iterator[Candidate]:
    for prep, pobj in _with_recipient_owners(list(_prep_objects(verb)), ctx):
        if prep.lower_ == "of":
            continue
        for agent in (c for c in event.children if c.dep_ == "poss"):
            yield Candidate(agent.i, pobj.i, event.i, (event.i, prep.i), "owned_event",
                            relation=ctx.lex.noun_relation(event.lemma_), prep=prep.i)


# possessor of the object stands for the patient: "criticized the US strategy", "backed Russia's plan"
def object_possessor(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        particle = _particle_relation(verb, ctx.lex)  # "turned down Labour's offer", "brushed off ..."
        rel = (ctx.lex.owned_object_verbs or {}).get(verb.lemma_.lower()) or ctx.lex.verb_relation(verb.lemma_) \
            or particle
        if verb.dep_ == "relcl" or rel is None or rel in _MATERIAL_TRANSFER | {"retreatsFrom"}:
            continue  # "assisted Moscow's supplies" does not supply Moscow; "to leave the Channel 4 show"
        subs, hops = ctx.subjects(verb)
        for obj in (c for c in verb.children if c.dep_ == "dobj" and ctx.actor(c) is None):
            if ctx.lex.noun_relation(obj.lemma_) and verb.lemma_.lower() in ctx.lex.light_verbs \
                    and not ctx.lex.phrase_relation(verb.lemma_, obj.lemma_):
                continue  # "held talks": the event noun rules ("sought Collins' advice" is a phrase's)
            if f"{verb.lemma_.lower()} {obj.lemma_.lower()}" in ctx.lex.no_relation_phrases:
                continue  # "may defend her indoor AAA title", "cut its sales forecasts": no act on the owner
            named = ctx.lex.phrase_relation(verb.lemma_, obj.lemma_) or particle or rel
            if _denied_deed(verb, obj, ctx.lex):
                continue  # "Ebbers denies WorldCom fraud", "denied Robben's return": a deed denied, not its doer
            if named == "consults" and verb.lemma_.lower() in ctx.lex.approval_verbs:
                named = "supports"  # "have welcomed his return", "welcomed Tony Blair's courage": approval
            if named == "consults":
                continue  # "will host Mr Brown's speech": no meeting with him
            for owner in _owners(obj, ctx, named) or earlier_owner(obj, subs, ctx):  # or "the plans": owners.py
                for s in (s for s in subs if not _co_subject(owner, s, ctx)):
                    yield Candidate(s.i, owner.i, verb.i, _pred(verb, obj), "object_possessor",
                                    relation=_claim_target_relation(named, obj, ctx.lex), hops=hops)


def _particle_relation(verb, lex: Lexicon) -> str | None:
    """The relation of a phrasal verb by its particle ("brushed off Labour's suggestions": a rejection, not the
    sanction "brush" alone names)."""
    return next((r for c in verb.children if c.dep_ == "prt" and (r := lex.phrase_relation(verb.lemma_, c.lower_))),
                None)


def _denied_deed(verb, obj, lex: Lexicon) -> bool:
    """A verb denying a fact (lexicon ``fact_denials``: "deny") whose object is a deed or event, no claim, request
    or plan ("denies WorldCom fraud", "denied Robben's return"): what is denied is the deed, its owner is no party
    answered ("denied Labour's claims" still answers Labour)."""
    lemma = obj.lemma_.lower()
    return verb.lemma_.lower() in lex.fact_denials and lemma not in lex.claim_nouns \
        and lemma not in lex.hypothetical_nouns and lex.noun_relation(lemma) != "requests"


def _co_subject(owner, subj, ctx) -> bool:
    """The owner is one of coordinated subjects ("Both Ms Jowell and Mr Prescott have welcomed his return": "his" is
    someone else, whoever coreference took it for)."""
    parts = conjuncts(subj, ctx.lex)
    ref = ctx.actor(owner)
    return len(parts) > 1 and ref is not None and any(
        (r := ctx.actor(p)) is not None and r.actor.id == ref.actor.id for p in parts)


# possessor of a phrasal verb's object: "went on to tear into the Tory plans"
def phrase_object_possessor(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if verb.dep_ == "relcl":
            continue
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
        for prep, obj in _prep_objects(verb):  # "hit back at the Tory proposals", "tear into Howard's plans"
            rel = next((r for r in (ctx.lex.phrase_relation(verb.lemma_, w) for w in [*particles, prep.lower_]) if r),
                       None)
            if rel is None or rel in _MATERIAL_TRANSFER or ctx.actor(obj) is not None or prep.lower_ == "of":
                continue  # "warned of Russian military action": Russia is the one who acts, not the target
            if obj.lemma_.lower() in ctx.lex.place_heads:
                continue  # "fly to the Spanish island of Fuerteventura": a place in Spain, no party
            subs, hops = ctx.subjects(verb)
            owners = _owners(obj, ctx, rel) or earlier_owner(obj, subs, ctx)
            media = [o for o in owners if ctx.actor(o).actor.type is ActorType.MEDIA]  # not the programme's host
            for owner in media or owners:
                for s in subs:
                    yield Candidate(s.i, owner.i, verb.i, _pred(verb, prep), "phrase_object_possessor",
                                    relation=_claim_target_relation(rel, obj, ctx.lex), hops=hops, prep=prep.i)


def _claim_target_relation(rel: str | None, obj, lex: Lexicon) -> str | None:
    """Criticising or brushing aside someone's claims rejects them ("ridiculed the claims made by Michael Howard",
    "brushed aside Labour's suggestions"; "brushed aside the government" stays a snub)."""
    return "denies" if rel in ("accuses", "sanctions") and obj.lemma_.lower() in lex.claim_nouns else rel


_WH_TAGS = frozenset({"WRB", "WP", "WP$", "WDT"})  # why, how, who, whose, which: a clause that asks


# request with a clause: "demanding that Tony Blair spell out which taxes ...", "called for Mr Brown to intervene"
def request_clause(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        if ctx.lex.verb_relation(verb.lemma_) == "requests":
            clauses = [(c, ("nsubj", "nsubjpass")) for c in verb.children if c.dep_ == "ccomp" and not any(
                m.dep_ == "mark" and m.lower_ in ctx.lex.hypothetical_marks for m in c.children)  # "asked whether"
                and c.left_edge.tag_ not in _WH_TAGS]  # "asked why the government was agreeing": a question
        else:
            clauses = []
        clauses += [(c, ("nsubj",)) for c in _for_clauses(verb, ctx.lex)]
        if not clauses:
            continue
        subs, hops = ctx.subjects(verb)
        for clause, deps in clauses:
            for o in (c for c in clause.children if c.dep_ in deps):
                for s in subs:
                    yield Candidate(s.i, o.i, verb.i, _pred(verb), "request_clause", relation="requests",
                                    hops=hops)


# an order that another act: "told Tom Reed to resign", "ordered the army to withdraw"
def infinitive_request(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if verb.lemma_.lower() not in ctx.lex.order_verbs:
            continue
        asked = [c for c in verb.children if c.dep_ == "dobj" and any(
            x.dep_ == "xcomp" and _to_infinitive(x) and x.i > c.i for x in verb.children)]
        asked += [s for x in verb.children if x.dep_ == "ccomp" and _to_infinitive(x)
                  for s in x.children if s.dep_ == "nsubj"]
        if not asked:
            continue
        subs, hops = ctx.subjects(verb)
        for o in asked:
            for s in subs:
                yield Candidate(s.i, o.i, verb.i, _pred(verb), "infinitive_request", relation="requests", hops=hops)


def _to_infinitive(verb) -> bool:
    """A "to" infinitive of an act ("to resign"; not a state, "told him to be careful")."""
    return verb.tag_ == "VB" and verb.lemma_.lower() != "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _for_clauses(verb, lex: Lexicon) -> list:
    """The "for" infinitives of a request phrase ("call for", "appeal for", "cry out for"), whose own subject is
    the one asked: "called for Mr Brown to intervene".  Not a passive one: "called for Mr Smith to be sacked"
    asks someone else to act on Mr Smith."""
    words = ["for", *(c.lower_ for c in verb.children if c.dep_ == "prt")]
    if not any(lex.phrase_relation(verb.lemma_, w) == "requests" for w in words):
        return []
    return [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


# passive with agent: "weapons are supplied to the Taliban by Russia", "Kabul was attacked by ISIS"
def passive_agent(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"] or raised_patients(verb)
        agents = _passive_agents(verb, patients)
        if not agents:
            continue
        patients = [_relative_head(p, verb) for p in patients]
        objs = [(p, None) for p in patients if ctx.actor(p) is not None]
        objs += [(g, p) for p, g in _prep_objects(verb) if p.lower_ != "by"]
        theme = _passive_theme(verb, patients, ctx)
        for a in agents:
            for o, prep in objs:
                if prep is not None and prep.lower_ == "at" and _names_place(o, ctx):
                    continue  # "was joined on stage at Berlin by X": a venue, no party
                yield Candidate(a.i, o.i, verb.i, _pred(verb, prep, *[c for c in verb.children if c.dep_ == "agent"]),
                                "passive_agent", relation=relation_of(verb, ctx.lex, theme, prep))


def _passive_theme(verb, patients, ctx: RuleContext):
    """The thing a passive light verb gives, its relation's noun: the subject that is no actor ("support was given to
    X by Y"), or the noun the participle modifies ("the support given to X by Y"); else None."""
    if verb.lemma_.lower() not in ctx.lex.light_verbs:
        return None
    things = [p for p in patients if ctx.actor(p) is None]
    if not things and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and ctx.actor(verb.head) is None:
        things = [verb.head]
    return things[0] if things else None


def _names_place(tok, ctx: RuleContext) -> bool:
    """``tok`` names a place, a country or a city: "at Berlin" is where, not whom."""
    ref = ctx.actor(tok)
    return ref is not None and ref.actor.type in (ActorType.PLACE, ActorType.COUNTRY)


# passive participle with an agent and no subject of its own: its patient is the noun it modifies ("Ken
# Livingstone, backed by Labour, ..."), the subject of the clause it opens ("Backed by Labour, Ken Livingstone
# won"), or the subject of the passive it is coordinated with ("was praised by X and criticised by Y")
def participial_passive(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for part in ctx.of(doc, "vbn"):
        agents = [(a, g) for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if not agents or any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
            continue
        head, hops = part.head, 1
        if part.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            patients = [head]
        elif part.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and part.i < head.i \
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in part.children):
            patients, climbed = ctx.subjects(head)
            hops += climbed
        elif part.dep_ == "conj" and head.tag_ == "VBN":
            patients = [c for c in head.children if c.dep_ == "nsubjpass"]
        else:
            continue
        # a place is described, not acted on ("pictures of the Crimea annexed by the Russians")
        patients = [p for p in patients if (ref := ctx.actor(p)) is None or ref.actor.type is not ActorType.PLACE]
        for a, g in agents:
            for p in patients:
                yield Candidate(g.i, p.i, part.i, (part.i, a.i), "participial_passive",
                                relation=relation_of(part, ctx.lex), hops=hops if part.dep_ == "advcl" else 0)


# passive with agent acting on what an actor owns: "the Japanese proposal was welcomed by Beijing"; only a thing
# put forward (:func:`_put_forward`) and no meeting: "his chip ahead was charged down by Orquera", "Britain's
# first mobile phone call was made by Ernie Wise" are play and deeds, no act on the owner
def passive_agent_owner(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        patients = [c for c in [c for c in verb.children if c.dep_ == "nsubjpass"] or raised_patients(verb)
                    if _put_forward(c, ctx.lex) and relation_of(verb, ctx.lex, c) != "consults"]
        agents = _passive_agents(verb, patients)
        owned = [(o, p) for p in patients if ctx.actor(p) is None
                 for o in _owners(p, ctx, relation_of(verb, ctx.lex, p)) or earlier_owner(p, agents, ctx)]
        for a in agents:
            for o, patient in owned:
                yield Candidate(a.i, o.i, verb.i, _pred(verb, patient), "passive_agent_owner",
                                relation=relation_of(verb, ctx.lex, patient))


def raised_patients(verb) -> list:
    """The patients of a passive infinitive with none of its own: the subject of the verb or adjective it completes
    ("Tony Blair is expected to be criticised by X", "the bill is likely to be opposed by Y", "wants to be backed
    by Z"), or its object when it has one ("asked Mr Brown to be questioned by X": Mr Brown); [] for any other
    verb."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is likely to be": the copula's subject
    return [c for c in head.children if c.dep_ == "dobj"] or [
        c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _put_forward(noun, lex: Lexicon) -> bool:
    """``noun`` names what an actor puts forward or takes as a stance, which another may back, reject or judge:
    one of the lexicon's ``owned_things``, ``state_things``, ``claim_nouns``, ``forum_nouns``, ``address_nouns``,
    ``report_nouns`` or ``hypothetical_nouns`` ("proposal", "move", "demands", "case", "claims", "speech")."""
    lemma = noun.lemma_.lower()
    return any(lemma in words for words in (lex.owned_things, lex.state_things, lex.claim_nouns, lex.forum_nouns,
                                             lex.address_nouns, lex.report_nouns, lex.hypothetical_nouns))


def _passive_agents(verb, patients) -> list:
    """The agents of a passive verb; the parser may leave "by" a plain preposition, on the verb or on the
    object of another ("Mr Brown was joined at the launch by John Prescott")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents or not patients:
        return agents
    bys = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]
    bys += [b for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
            for b in g.children if b.dep_ == "prep" and b.lower_ == "by"]
    return [g for b in bys for g in b.children if g.dep_ == "pobj"]


def _owners(noun, ctx, relation: str | None = None) -> list:
    """Actors owning a non-actor noun: "the Japanese proposal", "Russia's plan", "the claims made by X"; the actor
    of a participle modifier only for a judgement (``relation``): "blasted the Moscow-led talks" blames Moscow,
    "fought the US-backed government" fights no American."""
    led = relation in _VERDICTS
    out = [t for t in noun.doc[noun.left_edge.i:noun.i]
           if t.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod") and (ref := ctx.actor(t)) is not None
           and (led or not _participle_agent(t, noun)) and not place_modifier(t, noun, ref, ctx.lex)]
    # "the decision by the BBC to drop the show", the object of a verb with a subject of its own; not the agent of a
    # participle the parser hung on its object ("in a move branded a retreat by the Tories")
    if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in noun.head.children):
        out += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                if g.dep_ == "pobj" and ctx.actor(g) is not None]
    if noun.lemma_.lower() in ctx.lex.of_owned_nouns:  # "praised the work of Ms Hutt" (lexicon of_owned_nouns)
        out += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj" for c in conjuncts(g) if ctx.actor(c) is not None]
    if noun.lemma_.lower() in ctx.lex.claim_nouns:  # "the claims made by Michael Howard"
        out += [g for v in noun.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj" and ctx.actor(g) is not None]
    if led and _authored(noun, ctx.lex):  # "turned down an offer from Labour", "dismissed claims from the Tories"
        out += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                if g.dep_ == "pobj" and ctx.actor(g) is not None]
    return out


def _authored(noun, lex: Lexicon) -> bool:
    """A noun of something said or proposed, whose "from" object is its author: a claim, a plan, a request."""
    lemma = noun.lemma_.lower()
    return lemma in lex.claim_nouns or lemma in lex.hypothetical_nouns or lex.noun_relation(lemma) == "requests"


def _participle_agent(tok, noun) -> bool:
    """The actor of a participle modifying the noun ("the US-backed government", "the Saudi-led coalition"): it backs
    or leads the noun, and is no party to a material act on it (``hyphen_participle`` reads it)."""
    return tok.head.i != noun.i and tok.head.tag_ in ("VBN", "VBG")


# passive without agent whose "from" object acts: "Ken Livingstone was expelled from the Labour party"
def passive_from(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        patients = [_relative_head(c, verb) for c in verb.children if c.dep_ == "nsubjpass"]
        rel = ctx.lex.verb_relation(verb.lemma_) if patients else None
        if rel not in ctx.lex.from_passive_relations:
            continue
        for prep, pobj in _prep_objects(verb):
            if prep.lower_ == "from":
                for p in patients:
                    yield Candidate(pobj.i, p.i, verb.i, _pred(verb, prep), "passive_from",
                                    relation=rel, prep=prep.i)


# headline verb read as a plural noun: "Kilroy-Silk attacks Howard", "Howard taunts Blair over splits"
def headline_verb(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or root.tag_ != "NNS" or sent[-1].is_punct \
                or (rel := ctx.lex.verb_relation(root.lemma_)) is None:
            continue
        subs = [c for c in root.children if c.dep_ in ("compound", "nsubj") and c.i < root.i][-1:]
        objs = [c for c in root.children if c.dep_ in ("appos", "dobj", "compound") and c.i > root.i]
        for s in subs:
            for o in objs:
                yield Candidate(s.i, o.i, root.i, (root.i,), "headline_verb", relation=rel)


# headline clause "X verbs Y" the parser hung elsewhere: "Howard taunts Blair over splits" ("taunts" read
# as a noun, "splits" as the verb); a name, a present-tense verb of the lexicon, a name, in a line without
# a sentence's final stop (a headline, a heading)
def headline_clause(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if len(words) < 3 or words[-1].text in _SENTENCE_STOPS or words[0].text[:1].islower():
            continue
        for verb in words[1:-1]:
            if verb.tag_ not in ("VBZ", "NNS") or not verb.text.islower() or not verb.text.endswith("s") \
                    or (rel := ctx.lex.verb_relation(verb.lemma_)) is None:
                continue
            subj, obj = ctx.actor(doc[verb.i - 1]), ctx.actor(doc[verb.i + 1])
            if subj is not None and obj is not None and subj.end == verb.i and obj.start == verb.i + 1 \
                    and (obj.end >= len(doc) or doc[obj.end].text != "-") \
                    and not _converse_noun(doc, ctx, verb, obj) \
                    and not _phrase_noun(doc, ctx, verb, obj) \
                    and not _denied_thing(doc, ctx, verb, obj):  # "hails Turkey-EU talks deal"
                yield Candidate(verb.i - 1, verb.i + 1, verb.i, (verb.i,), "headline_clause",
                                relation=_headline_topic(doc, ctx, subj, obj, verb, rel))


def _converse_noun(doc, ctx: RuleContext, verb, obj) -> bool:
    """A converse verb ("receives", "faces") whose name modifies the event noun after it: "Mourinho receives
    Robson warning" is Robson's warning to Mourinho, no meeting."""
    return verb.lemma_.lower() in ctx.lex.converse_events and obj.end < len(doc) \
        and doc[obj.end].pos_ in ("NOUN", "VERB") and doc[obj.end].text.isalpha() and doc[obj.end].text.islower()


def _denied_thing(doc, ctx: RuleContext, verb, obj) -> bool:
    """A verb denying a fact whose object name modifies the deed denied ("Kenyon denies Robben Barca return",
    "Ebbers denies WorldCom fraud"): the return or the fraud is denied, not the name's owner (:func:`_denied_deed`;
    "Blair denies Brown claims" answers Brown)."""
    end = obj.end
    while end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].text[:1].isalpha():
        end += 1
    return end > obj.end and _denied_deed(verb, doc[end - 1], ctx.lex)


def _phrase_noun(doc, ctx: RuleContext, verb, obj) -> bool:
    """A name modifying the noun after it that makes a phrase of the lexicon with the verb: "Chile strikes
    Peruvian copper deal" strikes a deal (``phrases``: agrees), it attacks no one."""
    head = doc[obj.end - 1].head
    return head.i >= obj.end and head.pos_ == "NOUN" and head.text.islower() \
        and ctx.lex.phrase_relation(verb.lemma_, head.lemma_) is not None


def _headline_topic(doc, ctx: RuleContext, subj, obj, verb, rel: str) -> str:
    """A person's or organisation's attack over a topic right after the object is in words ("Short attacks
    US over tsunami aid": accuses), whatever the parser hung "over" on (lexicon ``verbal_conflict``)."""
    if rel == "attacks" and obj.end < len(doc) and doc[obj.end].lower_ in ctx.lex.verbal_conflict_topics \
            and str(subj.actor.type) in ctx.lex.verbal_conflict_types:
        return (ctx.lex.verbal_conflict or {}).get(verb.lemma_.lower(), rel)
    return rel


# converse verb: "the Taliban receive arms from Russia" -> Russia supplies the Taliban
def converse_from(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        rel = ctx.lex.converse.get(verb.lemma_.lower())
        if rel is None or any(c.dep_ == "prt" for c in verb.children) or names_no_relation(verb, ctx.lex):
            continue  # "takes over the presidency from Finland", "took the crown from Netscape" receive nothing
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(ctx.lex.noun_relation(d.lemma_) not in (None, rel) for d in dobjs):
            continue  # "received support from Labour": an event noun of its own (converse_event)
        subs, hops = ctx.subjects(verb)
        for prep, giver in [pg for h in [verb, *dobjs] for pg in _prep_objects(h)]:
            if prep.lower_ != "from":
                continue
            for s in subs:
                yield Candidate(giver.i, s.i, verb.i, _pred(verb, prep), "converse_from",
                                relation=rel, hops=hops)


# the subject undergoes the event its object names, whose "from" or "by" object acts: "Mr Blair faces criticism
# from Labour MPs", "received support from Labour", "has been under pressure from Gordon Brown"
def converse_event(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        events = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() in ctx.lex.converse_events]
        events += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"  # "under pressure from"
                   for g in p.children if g.dep_ == "pobj"]
        events = [e for e in events if ctx.actor(e) is None and ctx.lex.noun_relation(e.lemma_)]
        if not events:
            continue
        subs, hops = ctx.subjects(verb)
        subs = _undergoers(subs, ctx)
        for event in events:
            for prep, agent in [pg for h in (event, verb) for pg in _prep_objects(h)]:
                if prep.lower_ in _CONVERSE_AGENT_PREPS:
                    for s in subs:
                        yield Candidate(agent.i, s.i, verb.i, _pred(verb, event, prep), "converse_event",
                                        relation=ctx.lex.noun_relation(event.lemma_), hops=hops, prep=prep.i)
            for agent in _event_owners(event, ctx) or _own_side_agents(event, ctx):  # "received Mr Blunkett's
                # backing", "won the support of X", "faced backbench discontent" (their own party's)
                for s in subs:
                    yield Candidate(agent.i, s.i, verb.i, _pred(verb, event), "converse_event",
                                    relation=ctx.lex.noun_relation(event.lemma_), hops=hops)


def _undergoers(subs, ctx) -> list:
    """Who undergoes the event: each subject that is an actor, else the owners of the thing it names ("Mr Blair's
    remarks sparked anger from Labour MPs", "the Tory plans drew criticism from X": :func:`_owners`, else the owner
    an earlier mention gives "the plans", :func:`owners.earlier_owner`)."""
    out = []
    for s in subs:
        out += [s] if ctx.actor(s) is not None or s.pos_ == "PRON" else (
            _owners(s, ctx) or earlier_owner(s, (), ctx))
    return out


def _own_side_agents(event, ctx) -> list:
    """The modifier of an undergone criticism that stands for the subject's own party ("backbench discontent")."""
    return [c for c in event.children if c.lemma_.lower() in ctx.lex.own_side_words and ctx.actor(c) is not None]


def _event_owners(event, ctx) -> list:
    """The actors an undergone event is of: its possessor ("Mr Blunkett's backing") or its "of" object ("the
    support of the unions")."""
    out = [c for c in event.children if c.dep_ == "poss"]
    out += [g for p in event.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj"]
    return [t for t in out if ctx.actor(t) is not None]


# relative clause: "the Taliban, which Russia supplies", "Russia, which arms the Taliban"
def relative_clause(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "all"):
        if verb.dep_ != "relcl":
            continue
        noun = verb.head
        rel_pron = [c for c in verb.children if c.lower_ in _REL_PRONOUNS]
        if not rel_pron and _contact_clause(verb):  # "David James, the trouble-shooter they asked to ..."
            noun = noun.head if noun.dep_ == "appos" and ctx.actor(noun) is None else noun
        elif not rel_pron:
            continue
        role = rel_pron[0].dep_ if rel_pron else "dobj"
        if rel_pron:
            noun = nearest_listed(noun, rel_pron[0], ctx)
        own_subj = [c for c in verb.children if c.dep_ in _SUBJ and c.lower_ not in _REL_PRONOUNS]
        if verb.pos_ == "NOUN":  # tagger slip: "which Russia supplies" read as a compound noun
            own_subj = own_subj or [c for c in verb.children if c.dep_ == "compound"]
        rel = relation_of(verb, ctx.lex) if verb.pos_ != "NOUN" else (
            ctx.lex.verb_relation(verb.lemma_) or ctx.lex.noun_relation(verb.lemma_))
        if role in ("dobj", "pobj") and own_subj:  # the noun is the object
            for s in own_subj:
                yield Candidate(s.i, noun.i, verb.i, _pred(verb), "relative_clause", relation=rel)
        elif role == "nsubj":  # the noun is the subject (a statement's clause: its author)
            noun = statement_author(noun, ctx.lex)
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                yield Candidate(noun.i, obj.i, verb.i, _pred(verb), "relative_clause", relation=rel)
            for prep, pobj in _prep_objects(verb):
                if prep.lower_ != "of":
                    yield Candidate(noun.i, pobj.i, verb.i, _pred(verb, prep), "relative_clause",
                                    relation=relation_of(verb, ctx.lex, None, prep), base=RELATIVE_CLAUSE_PREP)


_CLAUSE_MARKS = (",", "-", "–", "—")  # what sets a non-restrictive relative clause off from its noun


def _spaced_dash(doc, i: int) -> bool:
    """Token i is a dash standing between words ("Schiffer - who"), not a hyphen inside one ("long-standing")."""
    return doc[i].text in _CLAUSE_MARKS[1:] and i > 0 and bool(doc[i - 1].whitespace_ and doc[i].whitespace_)


# a relative clause after a list member: "Sienna Miller, Claudia Schiffer - who was supporting ..." is Schiffer's
def nearest_listed(noun, pron, ctx: RuleContext):
    """The name listed after ``noun`` (an apposition or conjunct the parser hung on it) that ends right before
    the mark opening the clause of the relative pronoun ``pron``, when it is another actor; else ``noun``."""
    doc = noun.doc
    if pron.i < 2 or not (doc[pron.i - 1].text == "," or _spaced_dash(doc, pron.i - 1)):
        return noun
    for member in (c for c in noun.children if c.dep_ in ("appos", "conj") and noun.i < c.i < pron.i):
        if member.pos_ == "PROPN" and member.right_edge.i == pron.i - 2:
            near, own = ctx.actor(member), ctx.actor(noun)
            if near is not None and (own is None or near.actor.id != own.actor.id):
                return member
    return noun


# the end of a relative clause set off by a mark: "the French government, who support Mr Forgeard, and
# Germany's DaimlerChrysler" (a comma then "and"), "Schiffer - who was supporting Vaughn - Diane Kruger"
def relative_clause_end(verb) -> int:
    """The index of the mark closing the relative clause of ``verb`` when a comma or dash opens it: the next
    same dash, or a first comma followed by "and"/"or" (the rest of the noun's list); else past the sentence."""
    doc = verb.doc
    start = verb.left_edge.i
    if verb.dep_ != "relcl" or start < 1 or not (doc[start - 1].text == "," or _spaced_dash(doc, start - 1)):
        return len(doc)
    opener = doc[start - 1].text
    for tok in doc[verb.i + 1:verb.sent.end]:
        if opener != "," and _spaced_dash(doc, tok.i):
            return tok.i
        if opener == "," and tok.text == ",":
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return tok.i if nxt is not None and nxt.lower_ in ("and", "or") else len(doc)
    return len(doc)


# a preposition past a dash belongs to the phrase the dash goes back to: "support for the plan - tabled after the
# G7 meeting - from EU ministers", "I give you this promise - with Labour, Britain will ..."
def dash_between(doc, head: int, prep: int) -> bool:
    """An odd number of dashes stands between a predicate's head and the preposition introducing its object (a
    pair is an aside: "met - for the first time - with Jacques Chirac")."""
    return sum(_spaced_dash(doc, i) for i in range(head + 1, prep)) % 2 == 1


def _contact_clause(verb) -> bool:
    """A relative clause without a pronoun whose noun is the object: "the trouble-shooter they asked" (a subject
    of its own right after the noun, no object)."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].i == verb.head.i + 1 and not any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in verb.children) and verb.pos_ == "VERB"


def _nominal_subjects(noun, ctx) -> list:
    """Agent of an event noun: "Moscow's supplies", "supplies by Moscow", "Russian support", "X is an ally of"."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    if not out:
        out = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
               and ctx.actor(c) is not None]
    if not out and (ctx.lex.noun_relation(noun.lemma_) in _VERDICTS or _addressed_act(noun, ctx)):
        out = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"  # "criticism of X from Labour"
               for g in p.children if g.dep_ == "pobj" and ctx.actor(g) is not None]
    if not out and noun.dep_ == "pobj" and noun.head.lower_ in _ROLE_PREPS and noun.head.head.pos_ == "NOUN" \
            and ctx.actor(noun.head.head) is None:  # not "Putin's envoy Kabulov in an interview with ..."
        out = [c for c in noun.head.head.children if c.dep_ == "poss"]  # "Moscow's role in fighting against ISIS"
    if not out:  # "the presence of ISIS in Afghanistan", "the withdrawal of Russia from Syria"
        others = [q for q in noun.children if q.dep_ == "prep" and q.lower_ in _AGENT_OF_PARTNERS]
        if others:
            out = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj" and ctx.actor(g) is not None]
    if not out and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in ("be", "remain") \
            and not any(p.dep_ == "prep" and p.lower_ == "to" for p in noun.children):  # not "in relation to"
        out = [c for c in noun.head.head.children if c.dep_ == "nsubj"]  # "the Taliban are in a war against them"
    if not out and noun.dep_ == "attr":  # "Pakistan is an ally of the US"
        out = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if ctx.lex.noun_relation(noun.lemma_) in _STATED_ACTS - {"threatens"}:  # "Cole's move was a snub to Reed"
            # (not "Ann Cole's plan is a threat to Tom Reed": a danger, no act)
            out = [k for c in out for k in ([c] if ctx.actor(c) is not None else
                                            [o for o in c.children if o.dep_ == "poss" and ctx.actor(o) is not None])]
    if not out and noun.dep_ == "appos":  # "Pakistan, an ally of the US"
        out = [noun.head]
    return out


def _addressed_act(noun, ctx) -> bool:
    """A request or warning noun with an addressee ("a plea from Ann Cole to Tom Reed", "a warning from X to Y"):
    its "from" object makes it (without one, "demands from unions" has no actor to reach)."""
    return ctx.lex.noun_relation(noun.lemma_) in ("requests", "threatens") and any(
        p.dep_ == "prep" and p.lower_ in ("to", "at") for p in noun.children)


_ADJUNCT_PREPS = {"amid", "after", "following", "despite"}  # an event the clause's subject took part in


def _adjunct_agents(noun, ctx) -> list:
    """The subject of the clause a mutual noun's adjunct modifies: "Bellamy left Newcastle after a major row with
    Souness", "Mr Blair was speaking ... amid rumours of a rift with Gordon Brown"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "rumours of a rift"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ADJUNCT_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    own = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "he was removed following ..."
    return own or list(ctx.subjects(prep.head)[0])


# nominalisation: "Moscow's supplies of light weaponry to the Taliban", "Russia's support of the Taliban"
def nominalisation(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for noun in ctx.of(doc, "event"):
        rel = event_relation(noun, ctx.lex)
        only_against = ctx.lex.noun_relation(noun.lemma_) is None  # "measures against ISIS": that object only
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.lex.light_verbs | ctx.lex.cancelling_verbs:
            continue  # "held talks with China": the verb rules see it; "ended his partnership with X": undone
        for who, owner in _possessed_role(noun, ctx):  # "Ed Balls, Mr Brown's closest ally"
            yield Candidate(who.i, owner.i, noun.i, (noun.i,), "nominalisation", relation=rel)
        subs = _nominal_subjects(noun, ctx)
        adjunct = not subs and rel == GENERIC_RELATION and noun.lemma_.lower() in ctx.lex.mutual_nouns  # not "clash"
        subs = _adjunct_agents(noun, ctx) if adjunct else subs  # "after a row with Souness": only the partner
        located = rel in ctx.lex.located_relations  # "US military bases in Afghanistan"
        objs = [(g, p) for p, g in _with_recipient_owners(_topic_participants(noun, located, ctx), ctx)
                if p.lower_ not in ("between", "among", "amongst") and not (only_against and p.lower_ != "against")
                and not (adjunct and p.lower_ != "with")
                and not (p.lower_ == "at" and ctx.lex.is_symmetric(rel))]  # "partner at KPMG", "talks at the UN"
        if noun.dep_ in ("attr", "appos") and not only_against:  # "an ally of the US", "a U.S. ally"
            objs += [(c, None) for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
                     and c.i < noun.i and ctx.actor(c) is not None]
        if rel in _VERDICTS:  # "a fierce critic of Labour's plans", "support for the government plans"
            objs += [(o, p) for p, g in _prep_objects(noun) if p.lower_ in _JUDGED_PREPS and ctx.actor(g) is None
                     and g.lemma_.lower() not in ctx.lex.unowned_nouns  # not "support for UK firms"
                     for o in _owners(g, ctx, rel) or earlier_owner(g, subs, ctx)
                     if not any(o.i == k.i for k, _ in objs)]
        if rel == "accuses":  # "complaints from MPs that the leaders took too long"
            objs += [(o, None) for o in _content_subjects(noun, ctx) if not any(o.i == k.i for k, _ in objs)]
        if noun.lemma_.lower() in ctx.lex.grievance_nouns:  # "the anger of the unions": they feel it
            subs = subs or [g for p, g in _prep_objects(noun) if p.lower_ in _FEELER_PREPS]
            objs = [(o, p) for o, p in objs if p is None or p.lower_ not in _FEELER_PREPS]
        for s in subs:
            for o, prep in objs:
                if o.i != s.i and not _post_or_tie(noun, s, o, ctx):
                    yield Candidate(s.i, o.i, noun.i, tuple(sorted({noun.i} | ({prep.i} if prep else set()))),
                                    "nominalisation", relation=rel, prep=prep.i if prep else -1)


_FEELER_PREPS = {"of", "among", "amongst"}  # "the anger of the unions", "discontent among MPs": who feels it


def _content_subjects(noun, ctx) -> list:
    """The actors a criticism noun's "that" clause is about: "complaints from MPs that Mr Howard and Mr Letwin
    have taken too long" judge the clause's subjects (not "the complaint that he made")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and ctx.actor(s) is not None]


def _possessed_role(noun, ctx) -> list[tuple]:
    """(bearer, possessor) of a possessed role noun that stands for an actor: "Ed Balls, Mr Brown's closest ally",
    "Milburn is Blair's ally", "Mr Brown's ally Ed Balls" (the one named is the ally, supporter, critic of the
    possessor)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and ctx.actor(c) is not None]
    if not owners or _names_itself(noun, ctx):
        return []
    pairs = [(who, owner) for who in _role_bearers(noun, ctx) for owner in owners]
    if noun.lemma_.lower() in ctx.lex.private_roles:  # "Sir Elton John's partner David Furnish": no alliance
        pairs = [(w, o) for w, o in pairs if not _both_persons(w, o, ctx)]
    return pairs


_FIRMS = (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.MEDIA)


def _post_or_tie(noun, who, of, ctx) -> bool:
    """A person's private role noun of a person or firm ("X, executive partner of Hale Dunbar", lexicon
    ``private_roles``) is a post in the firm or a private tie, no alliance; a firm's or state's partner is one."""
    refs = [ctx.actor(who), ctx.actor(of)]
    return (noun.lemma_.lower() in ctx.lex.private_roles and all(r is not None for r in refs)
            and refs[0].actor.type is ActorType.PERSON and refs[1].actor.type in _FIRMS)


def _both_persons(a, b, ctx) -> bool:
    refs = [ctx.actor(a), ctx.actor(b)]
    return all(r is not None and r.actor.type is ActorType.PERSON for r in refs)


def _names_itself(noun, ctx) -> bool:
    """The noun stands for an actor of its own, not only through the name in apposition to it ("Labour's main
    donor Paul Sykes" is a role of the one named)."""
    ref = ctx.actor(noun)
    named = {r.actor.id for c in noun.children if c.dep_ == "appos" and (r := ctx.actor(c)) is not None}
    return ref is not None and ref.actor.id not in named


def _role_bearers(noun, ctx) -> list:
    """The actors a role noun stands for: its antecedent in apposition ("Ed Balls, Mr Brown's ally"), the subject
    of its copula ("Ed Balls is Mr Brown's ally") or the name it is the subject of ("Mr Brown's ally is Ed Balls"),
    or the name right after it ("Mr Brown's ally Ed Balls", which the
    parser may hang beside it)."""
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ in ("be", "remain"):  # "Labour's largest donor was X"
        return [c for c in noun.head.children if c.dep_ == "attr" and ctx.actor(c) is not None]
    named = [c for c in noun.children if c.dep_ == "appos" and ctx.actor(c) is not None]
    if named or noun.i + 1 >= len(noun.doc):
        return named
    ref = ctx.actor(noun.doc[noun.i + 1])
    if ref is None or ref.start != noun.i + 1:
        return []
    heads = [t for t in noun.doc[ref.start:ref.end] if not ref.start <= t.head.i < ref.end][:1]
    # hung on the noun, the noun hung on it, or beside it in the noun's own role; not "told his news conference
    # Britain had ..."
    return [t for t in heads if noun.i == t.head.i or noun.head.i == t.i or (
        t.head.i == noun.head.i and t.dep_ == noun.dep_)]


# event noun with several named participants: "the Russia-Pakistan drills", "war between X and Y"
def nominal_pairwise(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for noun in ctx.of(doc, "event"):
        rel = ctx.lex.noun_relation(noun.lemma_)
        if rel is None or not (ctx.lex.is_symmetric(rel) or noun.lemma_.lower() in ctx.lex.mutual_nouns):
            continue
        topic = _spoken_topic(noun, ctx.lex)
        if topic and rel == "cooperatesWith":
            continue  # "a forum to discuss relations between India and Pakistan": ties talked of, none made
        parts = [t for t in doc[noun.left_edge.i:noun.i] if ctx.actor(t) is not None
                 and t.dep_ in ("compound", "nmod", "amod", "appos", "conj", "poss")
                 and noun.lemma_.lower() not in ctx.lex.unilateral_nouns]  # "Labour and Tory promises": each's own
        parts += [g for p, pobj in _prep_objects(noun) if p.lower_ in ("between", "among", "amongst")
                  for g in _named_parts(pobj, ctx)]
        if not parts and noun.lemma_.lower() in ctx.lex.mutual_nouns and not topic:
            parts = _clause_pair(noun, ctx)
        seen, uniq = set(), []
        for t in parts:
            ref = ctx.actor(t)
            if ref and ref.actor.id not in seen:
                seen.add(ref.actor.id)
                uniq.append(t)
        pair = _pair_party(noun, ctx) if len(uniq) < 2 and not topic else None
        if pair is not None:  # "animosity between the two men": each of the two, read later
            uniq = [pair, pair]
        for a in range(len(uniq)):
            for b in range(a + 1, len(uniq)):
                yield Candidate(uniq[a].i, uniq[b].i, noun.i, (noun.i,), "nominal_pairwise",
                                relation=rel, symmetric=True)


#: Prepositions after which a noun is only what is talked of: "spoke out about the war".
_TALKED_ABOUT = frozenset({"about", "regarding", "concerning"})


# topic of talk: "discuss relations between India and Pakistan", "he and the Archbishop spoke out about the war"
def _spoken_topic(noun, lex) -> bool:
    """A pairwise noun that is only what its clause talks about, the object of a verb of lexicon ``topic_verbs``
    or after "about": the clause's subjects are no parties to it, and a tie talked of is none made (a war or a
    meeting between two named parties still happened: "spoke about the war between Iran and Iraq")."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in lex.topic_verbs
    return noun.dep_ == "pobj" and noun.head.lower_ in _TALKED_ABOUT


def _pair_party(noun, ctx):
    """A plural description of two persons a mutual noun is between ("animosity between the two men") or
    whose clause has it ("the pair had animosity for each other"), or None."""
    cands = [pobj for p, pobj in _prep_objects(noun) if p.lower_ in ("between", "among", "amongst")]
    if not cands and noun.lemma_.lower() in ctx.lex.mutual_nouns and noun.dep_ == "dobj" and not any(
            _names_target(p, g, ctx) for h in (noun, noun.head) for p, g in _prep_objects(h)):  # "a row with X"
        subs, _hops = ctx.subjects(noun.head)
        cands = subs[:1]
    return next((t for t in cands if pair_antecedents(t, ctx.actor, ctx.lex)), None)


def _named_parts(tok, ctx) -> list:
    """The conjuncts of a participant and of the actors that modify it: "the rift between Blair and Brown
    camps" is between Blair and Brown."""
    if tok.pos_ != "NOUN":  # "a deal between PDVSA and Argentina's Enarsa": Enarsa, not Argentina
        return conjuncts(tok)
    named = [g for c in tok.children if c.dep_ in ("nmod", "compound", "amod") and c.i < tok.i
             and ctx.actor(c) is not None for g in conjuncts(c)]
    return conjuncts(tok) + named


def _clause_pair(noun, ctx) -> list:
    """The coordinated subjects of the clause a mutual noun is the object of, when the noun has no
    participants of its own: "Brown and Blair face new rift claims", "Blair and Brown are trying to
    stuff the genie of their rivalry back"; not a rank ("starters in the second row", "the front row")."""
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ == "ORDINAL" or c.lower_ in ("front", "back"))
           for c in noun.children) and any(c.lower_ == "the" for c in noun.children):
        return []
    tok = noun
    for _ in range(4):  # up through compounds, objects and prepositions to the clause's verb
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        if tok.dep_ not in ("compound", "dobj", "pobj", "prep", "attr"):
            return []
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or any(_names_target(p, g, ctx) for h in (noun, tok) for p, g in _prep_objects(h)):
        return []  # "Russia and China fought a war against ISIS": the war has a target ("into the bottle" is none)
    subs, _hops = ctx.subjects(tok)
    pair = [c for s in subs[:1] for c in conjuncts(s) if ctx.actor(c) is not None]
    return pair if len(pair) >= 2 else []


def _names_target(prep, pobj, ctx) -> bool:
    """A prepositional object that may be the target of an event: an actor, or anything after "against"."""
    return prep.lower_ == "against" or ctx.actor(pobj) is not None


def _is_reciprocal(tok) -> bool:
    """ "each other", "one another" """
    return tok.lower_ in ("other", "another") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "one")


def _reciprocal_predicate(tok, ctx):
    """(verb, predicate head, relation) of a reciprocal object: the verb's own ("criticised each other"),
    or the event noun's it belongs to ("declared war on each other")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    verb = head
    for _ in range(3):  # up from an event noun to its clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if head.pos_ == "NOUN":
        return verb, head, ctx.lex.noun_relation(head.lemma_)
    dobj = tok if tok.dep_ == "dobj" else next((c for c in verb.children if c.dep_ == "dobj"), None)
    return verb, verb, relation_of(verb, ctx.lex, dobj, prep)


# reciprocal object between coordinated subjects: "Blair and Brown declared all out war on each other"
def reciprocal(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for tok in ctx.of(doc, "all"):
        if not _is_reciprocal(tok) or tok.dep_ not in ("dobj", "pobj"):
            continue
        found = _reciprocal_predicate(tok, ctx)
        if found is None or found[2] is None:
            continue
        verb, head, rel = found
        subs, hops = ctx.subjects(verb)
        parts = [c for s in subs for c in conjuncts(s, ctx.lex) if ctx.actor(c) is not None]
        for a in range(len(parts)):
            for b in range(a + 1, len(parts)):
                yield Candidate(parts[a].i, parts[b].i, head.i, _pred(head, tok.head if tok.dep_ == "pobj" else None),
                                "reciprocal", relation=rel, hops=hops, symmetric=True)


# coordinated subjects of a symmetric predicate: "Russia, China and Pakistan held talks"
def symmetric_cosubjects(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        subs, hops = ctx.subjects(verb)
        if len(subs) != 1:
            subs = subs if len(subs) > 1 else []
        elif pair_antecedents(subs[0], ctx.actor, ctx.lex):  # "the pair chatted": each of the two, read later
            subs = [subs[0], subs[0]]
        else:
            subs = conjuncts(subs[0], ctx.lex)
        if len(subs) < 2 or _distributive(verb, subs):
            continue  # "both the Parliament and the states have to approve": each does, not with the other
        dobjs = [c for c in verb.children if c.dep_ == "dobj"]
        if any(ctx.actor(d) is not None for d in dobjs):
            continue  # "X, Y and Z joined the GUAM group": each joined it, not each other
        if verb.lemma_ in ("be", "become", "remain"):  # "Russia and China are close allies"
            dobjs = [c for c in verb.children if c.dep_ == "attr"]
            rel = ctx.lex.noun_relation(dobjs[0].lemma_) if dobjs else None
        else:
            rel = relation_of(verb, ctx.lex, dobjs[0] if dobjs else None)
        if rel is None or not ctx.lex.is_symmetric(rel) or _prep_phrase_relation(verb, ctx.lex) not in (None, rel):
            continue  # "Blair and Schroeder called for reform": a request, not a call to each other
        if verb.lemma_ not in ("be", "become", "remain") and dobjs and ctx.lex.noun_relation(dobjs[0].lemma_) is None \
                and not ctx.lex.phrase_relation(verb.lemma_.lower(), dobjs[0].lemma_):
            continue  # "X, Y and Z will join a celebrity edition": each joins the thing, not each other
        if dobjs and verb.lemma_.lower() in ctx.lex.consent_verbs | ctx.lex.host_verbs:
            continue  # "X and Y must ratify the accord": each consents to the thing; "hosted a dinner": for others
        if dobjs and _thing_of_another(dobjs[0], rel, ctx):
            continue  # "X and Y receive IMF support": each gets a third party's thing, nothing passes between them
        if any(p.lower_ == "with" and g.lower_ != "other" for h in (verb, *dobjs) for p, g in _prep_objects(h)):
            continue  # "they plan to hold a summit with club officials": one side of it, not each other's partners
        for a in range(len(subs)):
            for b in range(a + 1, len(subs)):
                yield Candidate(subs[a].i, subs[b].i, verb.i, _pred(verb, *dobjs[:1]), "symmetric_cosubjects",
                                relation=rel, hops=hops, symmetric=True)


def _distributive(verb, subs) -> bool:
    """"both" or "each" on the co-subjects, their verb or the verb they are subjects of ("both the European
    Parliament and the states have to approve", "they had both seen the scripts and had agreed to appear"): each
    of them does it apart, not with the other; not "each other"."""
    words = [c for t in {*subs, verb, *(s.head for s in subs)} for c in t.children]
    return any(w.lower_ in ("both", "each") and not (w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ == "other")
               for w in words)


def _thing_of_another(dobj, rel: str, ctx) -> bool:
    """The object of co-subjects' verb is owned by another actor ("IMF support", "the EU's treaty"), or names an
    act of its own that is not the verb's shared one ("receive support": support is no meeting)."""
    noun_rel = ctx.lex.noun_relation(dobj.lemma_)
    if noun_rel is not None and noun_rel != rel and not ctx.lex.is_symmetric(noun_rel):
        return True
    return bool(_owners(dobj, ctx))


def _prep_phrase_relation(verb, lex: Lexicon) -> str | None:
    """The relation of a "verb preposition" phrase of ``verb`` ("call for"), if any; the preposition may
    introduce a clause ("called for the embargo to be lifted")."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [m for c in verb.children if c.dep_ in ("advcl", "ccomp") for m in c.children if m.dep_ == "mark"]
    for p in preps:
        if rel := lex.phrase_relation(verb.lemma_, p.lower_):
            return rel
    return None


# event adjunct on a clause: "Putin, in a meeting with his Tajik counterpart, declared ..."
def event_adjunct(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        # on the verb, or on its subject: "Kabulov in an interview with Anadolu voiced concern"
        own_subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        for p in [*verb.children, *(q for s in own_subjects for q in s.children if q.i > s.i)]:
            if p.dep_ != "prep" or p.lower_ not in ctx.lex.event_adjunct_preps:
                continue
            for event in (g for g in p.children if g.dep_ == "pobj"):
                rel = ctx.lex.noun_relation(event.lemma_)
                if rel is None:
                    continue
                if not ctx.lex.is_symmetric(rel):
                    others = _directed_adjunct(verb, p, event, rel, ctx)
                else:
                    others = [(w, _partner(g, ctx)) for w in event.children if w.dep_ == "prep"
                              and (w.lower_ == "with" or (w.lower_ == "on" and _medium(w, ctx)))
                              for g in w.children if g.dep_ == "pobj"]
                if not others:
                    continue
                subs, hops = ctx.subjects(verb)
                for s in subs:
                    for w, g in others:
                        yield Candidate(s.i, g.i, event.i, (p.i, event.i, w.i), "event_adjunct",
                                        relation=rel, hops=hops, prep=w.i)


def _directed_adjunct(verb, prep, event, rel: str, ctx) -> list[tuple]:
    """(preposition, target) of a stated act the subject of an active clause does "in" ("In a snub to Tom
    Reed, Ann Cole stayed away", "in an attack on X" with a reporting verb, "resigned in protest at Y's plans");
    never a passive's subject nor a physical attack one is caught "in" ("died in an attack on the base")."""
    if prep.lower_ != "in" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            or event_relation(event, ctx.lex) is None:  # "in charge of Everton": an idiom, no charge
        return []
    if rel not in _STATED_ACTS and not (rel == "attacks" and verb.lemma_.lower() in ctx.lex.reporting_verbs):
        return []
    return [(w, g) for w, g in _with_recipient_owners(list(_prep_objects(event)), ctx)
            if w.lower_ in _ACT_TARGET_PREPS and ctx.actor(g) is not None]


def _partner(tok, ctx):
    """The partner of an event adjunct: a named person ("BBC political editor Andrew Marr"), else the medium
    named in the phrase ("BBC One's Breakfast with Frost"), else the token itself."""
    ref = ctx.actor(tok)
    if ref is not None and ref.actor.type is ActorType.PERSON:
        return tok
    return _medium(tok, ctx) or tok


def _medium(tok, ctx):
    """The token of a medium named in a phrase ("BBC One's Breakfast with Frost", "the BBC"), else None:
    the partner of an interview is the medium, not its programme."""
    for t in tok.doc[tok.left_edge.i:tok.right_edge.i + 1] if tok.dep_ != "prep" else tok.subtree:
        ref = ctx.actor(t)
        if ref is not None and ref.actor.type is ActorType.MEDIA:
            return t
    return None


# actor-hyphen-participle: "Iran-backed militias", "the US-backed Afghan government"
def hyphen_participle(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for part in ctx.of(doc, "vbn"):
        if part.dep_ != "amod":
            continue
        rel = ctx.lex.verb_relation(part.lemma_)
        if rel is None:
            continue  # "Saudi-led": leading is no relation of the lexicon
        agents = [c for c in part.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < part.i
                  and c.i + 2 == part.i and doc[c.i + 1].text == "-" and ctx.actor(c) is not None]
        ref, head = ctx.actor(part.head), part.head
        owners = [c.i for c in head.children if c.dep_ == "poss"]  # "President Ghani's US-backed government"
        if ref is None or not (ref.start <= head.i < ref.end or any(ref.start <= i < ref.end for i in owners)):
            continue  # "other Microsoft-partnered devices, Real, Sony": a thing, and a list beside it
        for a in agents:
            yield Candidate(a.i, part.head.i, part.i, (a.i, a.i + 1, part.i), "hyphen_participle",
                            relation=rel)


# hostile prefix: "the Taliban's anti-ISIS operations", "the anti-China East Turkestan Islamic Movement"
def hostile_prefix(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for pre in ctx.of(doc, "all"):
        prefix_rel = ctx.lex.prefix_relation(pre.lower_)
        if prefix_rel is None or pre.i + 2 >= len(doc) or doc[pre.i + 1].text != "-":
            continue
        target, noun = doc[pre.i + 2], pre.head
        if noun.lemma_ == "be" and pre.dep_ == "acomp" and target.head.i == noun.i and ctx.prefixed(target):
            for s in (c for c in noun.children if c.dep_ == "nsubj"):  # "Labour insists it is anti-Tory"
                yield Candidate(s.i, target.i, noun.i, (pre.i, pre.i + 1), "hostile_prefix", relation=prefix_rel)
            continue
        if target.head.i != noun.i or noun.i <= target.i or ctx.prefixed(target) is None:
            continue  # "anti-terrorism requests": no actor after the prefix
        pred = (pre.i, pre.i + 1, noun.i)
        # the event noun's agent acts on the target ("anti-" stands for "against": "anti-ISIS operations")
        if (rel := ctx.lex.noun_relation(noun.lemma_) or ctx.lex.against_relation(noun.lemma_)) is not None:
            for s in _nominal_subjects(noun, ctx):
                if s.i != target.i:
                    yield Candidate(s.i, target.i, noun.i, pred, "hostile_prefix", relation=rel)
        elif ctx.actor(noun) is not None:  # the modified actor is hostile to the target
            yield Candidate(noun.i, target.i, noun.i, pred, "hostile_prefix", relation=prefix_rel)


_SOURCE_PREP = "from"  # "donations from Acme": the source of a transfer gives it


def _transfer_preps(noun) -> list[tuple]:
    """(prep, pobj) pairs of a transfer noun, also those the parser hung on its amount participle ("donations
    totalling £5,000 from X") or on its recipient ("donations for the Tories from X")."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG")]
    pairs = [(p, g) for h in heads for p in h.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    pairs += [(q, g2) for p, g in pairs if p.lower_ in _RECIPIENT_PREPS for q in g.children
              if q.dep_ == "prep" and q.lower_ == _SOURCE_PREP for g2 in q.children if g2.dep_ == "pobj"]
    return pairs


def _acted_on(noun) -> bool:
    """A noun some verb takes as its object (also through coordination, or a verb the parser hung on it as a
    modifier: "develop facilities ... and organise delivery")."""
    obj = noun.head if noun.dep_ == "conj" else noun
    return obj.dep_ == "dobj" or any(c.dep_ == "amod" and c.pos_ == "VERB" for c in noun.children)


def _clause_place(noun):
    """(the token that fills a clause slot for ``noun``, the clause's verb): "most of Labour's donations came"."""
    tok = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        tok = noun.head.head  # "most of Labour's donations"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":  # "among the gifts to the Tories were ..."
        return tok, tok.head.head
    return tok, tok.head


def _linked_transfers(noun, ctx) -> list:
    """Transfer nouns a copula links to ``noun``: "the largest donation to Labour was a bequest from X", "among the
    gifts to the Tories were donations from X"."""
    tok, clause = _clause_place(noun)
    if clause.lemma_ != "be" or tok.dep_ not in ("nsubj", "attr", "pobj"):
        return []
    others = [c for c in clause.children if c.dep_ in ("nsubj", "attr") and c.i != tok.i]
    others += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "among"
               for g in p.children if g.dep_ == "pobj" and g.i != tok.i]
    return [o for o in others if ctx.lex.noun_relation(o.lemma_) == "supplies"]


# the source of a transfer noun: "donations from Acme to the Tories", "the largest donation to the Tories was a
# bequest from Jane Green", "Labour's donations came from Acme" (the source gives to the recipient or owner)
def transfer_source(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for noun in ctx.of(doc, "event"):
        if ctx.lex.noun_relation(noun.lemma_) != "supplies" or _acted_on(noun):
            continue  # "organise delivery of oil from Russia to India": the verb's subject acts, "from" is a place
        tok, clause = _clause_place(noun)
        if tok.dep_ == "nsubj" and clause.lemma_ == "come":  # "Labour's donations came from Acme"
            sources = [(p, g) for p, g in _prep_objects(clause)
                       if p.lower_ == _SOURCE_PREP and ctx.actor(g) is not None]
            recipients = [c for c in noun.children if c.dep_ == "poss" and ctx.actor(c) is not None]
        elif any(c.dep_ == "poss" for c in noun.children):
            continue  # "Moscow's supplies to the Taliban": the nominalisation rule's
        else:
            sources = [(p, next(c for c in conjuncts(g, ctx.lex) if ctx.actor(c)))  # the first one named
                       for p, g in _transfer_preps(noun) if p.lower_ == _SOURCE_PREP
                       and any(ctx.actor(c) for c in conjuncts(g, ctx.lex))]
            recipients = []
        recipients += [g for other in [noun, *_linked_transfers(noun, ctx)] for p, g in _transfer_preps(other)
                       if p.lower_ in _RECIPIENT_PREPS and ctx.actor(g) is not None]
        for prep, src in sources:
            for rec in recipients:
                if rec.i != src.i:
                    yield Candidate(src.i, rec.i, noun.i, (noun.i, prep.i), "transfer_source", relation="supplies",
                                    prep=prep.i)


# passive without agent on a state's forces: "4,000 US soldiers will be deployed to Kuwait"
def passive_owner(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        for patient in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if patient.lemma_.lower() not in ctx.lex.actor_heads or ctx.actor(patient) is None:
                continue  # the patient must be someone's forces, officials ...
            for prep, pobj in _prep_objects(verb, located=True):
                rel = relation_of(verb, ctx.lex, None, prep)
                if rel in ctx.lex.owner_passive_relations:
                    yield Candidate(patient.i, pobj.i, verb.i, _pred(verb, prep), "passive_owner",
                                    relation=rel, prep=prep.i)


# misparsed passive participle: "the Taliban are supplied weapons by the Russian authorities"
def participle_agent(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for part in ctx.of(doc, "vbn"):
        if part.dep_ != "amod" or ctx.lex.verb_relation(part.lemma_) is None:
            continue
        noun = part.head
        agents = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                  for g in p.children if g.dep_ == "pobj"]
        cop = noun.head
        if not agents or noun.dep_ not in ("attr", "dobj") or cop.lemma_ != "be":
            continue
        for patient in (c for c in cop.children if c.dep_ == "nsubj"):
            for a in agents:
                yield Candidate(a.i, patient.i, part.i, (cop.i, part.i), "participle_agent",
                                relation=ctx.lex.verb_relation(part.lemma_))


#: Prepositions naming whom a stance adjective is about ("critical of", "scathing about", "hostile towards"); fewer
#: than statements' ``_ADJECTIVE_PREPS`` (what any adjective of reported content is about: "angry at", "proud of").
_STANCE_PREPS = frozenset({"of", "about", "towards", "toward"})


# a predicative adjective of stance and whom it is about: "Howard was critical of Mr Blair", "is scathing about the
# Tories' plans" (their owner), "was supportive of Gordon Brown" (the lexicon's ``adjective_objects``)
def adjective_object(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for adj in ctx.of(doc, "all"):
        rel = ctx.lex.adjective_relation(adj.lemma_) if adj.dep_ in ("acomp", "oprd") else None
        if rel is None:
            continue
        subs, hops = ctx.subjects(adj.head)
        for prep in (c for c in adj.children if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                targets = [t for t in conjuncts(pobj, ctx.lex) if ctx.actor(t) is not None] or _owners(pobj, ctx, rel) \
                    or earlier_owner(pobj, subs, ctx)
                for s, t in ((s, t) for s in subs for t in targets):
                    yield Candidate(s.i, t.i, adj.head.i, (adj.i, prep.i), "adjective_object", relation=rel,
                                    hops=hops, prep=prep.i)


# an agreement broken: "Mr Blair went back on a pledge to make way for Mr Brown", "broke his promise to Mr Brown"
# (the maker agrees with the one it was made to; modality.py makes it negative)
def broken_agreement(doc, ctx: RuleContext) -> Iterator[Candidate]:
    for verb in ctx.of(doc, "predicate"):
        for noun in broken_agreements(verb, ctx.lex):
            subs, hops = ctx.subjects(verb)
            for s, t in ((s, t) for s in subs for t in _promisees(noun, verb, ctx) if ctx.actor(s) is not None):
                yield Candidate(s.i, t.i, verb.i, (verb.i, noun.i), "broken_agreement", relation="agrees",
                                hops=hops)


def _promisees(noun, verb, ctx: RuleContext) -> list:
    """Whom an agreement was made to or with: its "to"/"with" object, else the actors its infinitive acts on ("a
    pledge to make way for Mr Brown", "a deal to hand him the premiership"); the parser may hang either on the
    breaking verb after the noun ("went back on a pledge [to Mr Brown] [to stand down]")."""
    heads = [noun] + [verb]
    out = [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i > noun.i
           for g in p.children if g.dep_ == "pobj" for c in conjuncts(g) if ctx.actor(c) is not None]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
               and c.pos_ == "VERB" and c.i > noun.i]
    return out or [t for c in clauses for t in c.subtree if t.dep_ in ("dobj", "dative", "pobj")
                   and ctx.actor(t) is not None]


RULES: list[Callable[..., Iterable[Candidate]]] = [
    active_svo,
    dative_recipient,
    prep_object,
    object_possessor,
    phrase_object_possessor,
    passive_agent,
    passive_agent_owner,
    participial_passive,
    passive_from,
    request_clause,
    infinitive_request,
    headline_verb,
    headline_clause,
    converse_from,
    converse_event,
    relative_clause,
    nominalisation,
    transfer_source,
    nominal_pairwise,
    symmetric_cosubjects,
    participle_agent,
    event_adjunct,
    hyphen_participle,
    hostile_prefix,
    passive_owner,
    reciprocal,
    adjective_object,
    broken_agreement,
    # conflict and alignment constructions (graph.extract.conflict)
    comitative_ally,
    joined_fight,
    regarded_as,
    affiliation_participle,
    present_in,
    checked_growth,
    linked_bearer,
    relative_event,
    assured_support,
    state_of_war,
    forces_in,
    meddling_in,
    backed_against,
    allied_possessed,
    shared_view,
    voiced_concern,
    owned_concern,
    common_ground,
    in_sights,
]


def run_rules(doc, ctx: RuleContext, rules=None) -> list[Candidate]:
    """Every candidate of every registered rule, in rule order."""
    return [c for rule in (rules or RULES) for c in rule(doc, ctx)]
