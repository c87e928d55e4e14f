"""Labels: a speaker who gives an actor, or an actor's thing, a name or a description judges it.

"Ian McCartney described shadow chancellor Oliver Letwin as a '21st Century Fagin'", "Mark Oaten has branded the ID
scheme a waste of money", "Plans to store nuclear waste have been branded 'deeply irresponsible' by the Liberal
Democrats", "calling it a joke": a verb of the lexicon's ``labelling_verbs`` with a label, an "as" phrase or an object
predicate.

* :func:`label_judgement`: the labeller (the verb's subject, or the agent of a passive) ``accuses`` whom the label
  names, or the owner of the thing it names (:func:`graph.extract.owners.named_owners`, else an earlier mention's
  owner: :func:`graph.extract.owners.earlier_owner`), when the label is negative enough
  (:func:`graph.extract.stance.clause_valence` at most ``scoring.CRITICAL_VALENCE``), and ``supports`` it when
  the label is positive enough (at least ``scoring.PRAISE_VALENCE``); a neutral label ("described him as a
  friend of 20 years", "called the outcome 'Improving Opportunity'") gives nothing.  The same targets as a
  critical report's (:func:`graph.extract.stance.critical_claim`): persons and parties when the labeller or the
  labelled is of politics, a state named by one of its organs, never the labeller's own side; nothing when the
  labeller only reports (the media) or the verb is negated.  A claim named ("dismissed the claims as nonsense") is
  a denial, read by ``graph.extract.statements``; a pair the relation rules relate at the same verb already
  ("branded Mr Howard arrogant": ``brand`` accuses) is left to them.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import ActorType, Polarity
from .owners import earlier_owner, named_owners
from .scoring import CRITICAL_VALENCE, PRAISE_VALENCE, RULE_BASE
from .stance import clause_valence, judgeable, own_side, unsaid
from .triples import make_triple

__all__ = ["Label", "find_labels", "label_judgement"]

_RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which she described as", "who he called": the antecedent is labelled
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})


@dataclass(frozen=True)
class Label:
    """One labelling: the verb, the labelled token, the label's head and its words [lo, hi)."""

    verb: int
    labelled: int
    head: int
    lo: int
    hi: int


def _as_phrase(verb, after: int):
    """The words of an "as" phrase of ``verb`` after token ``after``: (head, lo, hi), or None ("as a Fagin")."""
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > after):
        head = next((g for g in p.children if g.dep_ in ("pobj", "amod", "acomp", "pcomp", "advmod")), None)
        if head is not None:
            return head, p.i + 1, p.right_edge.i + 1
    return None


def _predicate(verb, labelled):
    """The label after the labelled token: an object predicate ("called Mr Howard a liar"), an "as" phrase, or a
    second object the parser hung on the first ("branded the ID scheme [a waste]")."""
    oprd = next((c for c in verb.children if c.dep_ == "oprd" and c.i > labelled.i), None)
    if oprd is not None:
        return oprd, oprd.left_edge.i, oprd.right_edge.i + 1
    found = _as_phrase(verb, labelled.i)
    if found is not None:
        return found
    second = next((c for c in labelled.children if c.dep_ in ("dobj", "oprd") and c.i > labelled.i), None) or next(
        (c for c in verb.children if c.i > labelled.i and (c.dep_ == "dobj" or (
            c.dep_ == "ccomp" and labelled.pos_ == "PRON" and not any(m.dep_ == "mark" for m in c.children)))), None)
    if second is not None:  # "branded it [a dodgy budget]", "[a dodgy vote now pay later budget]" read as a clause
        return second, max(second.left_edge.i, labelled.right_edge.i + 1), second.right_edge.i + 1
    return None


# the labelled token and the label of one labelling verb: an active object with its predicate or "as" phrase, a
# passive subject with its own, a pronoun and its predicate ("branding [them] a regressive step"), a small clause
# ("branded the decision unacceptable"), the antecedent of a relative clause ("Mr Campbell, who he described as ...")
def _frame(verb) -> Label | None:
    kids = list(verb.children)
    passive = next((c for c in kids if c.dep_ == "nsubjpass"), None) if any(
        c.dep_ in _PASSIVE_DEPS for c in kids) else None
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)  # the first: "branded [it] a dodgy budget"
    dative = next((c for c in kids if c.dep_ == "dative"), None)
    if passive is not None:
        labelled = passive
        found = _predicate(verb, verb) or (
            (dobj, dobj.left_edge.i, dobj.right_edge.i + 1) if dobj is not None else None)
    elif dative is not None and dobj is not None and dative.i < dobj.i:
        labelled, found = dative, (dobj, dobj.left_edge.i, dobj.right_edge.i + 1)
    elif dobj is not None:
        labelled, found = dobj, _predicate(verb, dobj)
        if dobj.tag_ in _RELATIVE_TAGS:
            labelled = verb.head if verb.dep_ == "relcl" and dobj.lower_ != "what" else None
            if labelled is not None and dobj.lower_ == "which" and labelled.ent_type_ == "PERSON":
                labelled = None  # "his impression of him as Dracula, which he calls good fun": a thing labelled
            found = _predicate(verb, verb) if labelled is not None else None
    else:
        clause = next((c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")), None)
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        second = next((c for c in clause.children if c.dep_ in ("dobj", "oprd") and c.i > clause.i), None) \
            if clause is not None and clause.pos_ == "NOUN" else None
        if subj is not None:  # "branded [the decision] unacceptable": the parser's small clause
            labelled, found = subj, (clause, subj.right_edge.i + 1, clause.right_edge.i + 1)
        elif second is not None:  # "branded [Labour's ID scheme] a waste": the object taken for a clause
            labelled, found = clause, (second, second.left_edge.i, second.right_edge.i + 1)
        elif verb.dep_ == "relcl":  # "a rate of progress Ms Abbott described as painful"
            labelled, found = verb.head, _as_phrase(verb, verb.i)
        else:
            return None
    if labelled is None or found is None:
        return None
    head, lo, hi = found
    return Label(verb.i, labelled.i, head.i, lo, hi) if lo < hi else None


def find_labels(doc, lex) -> list[Label]:
    """Every labelling of the lexicon's ``labelling_verbs`` in ``doc`` (:func:`_frame`)."""
    return [found for v in doc if v.pos_ == "VERB" and v.lemma_.lower() in lex.labelling_verbs
            and (found := _frame(v)) is not None]


def _labellers(reading, label) -> tuple[list, int]:
    """(the tokens of who gives the label, links climbed): the verb's subjects ("calling it a joke": the subject of
    the clause it hangs on; a participle the parser hung on a noun: the subject of that noun's clause), or a
    passive's agent, which the parser may hang on a word of the label ("labelled a
    big misjudgement [by the Conservatives]", "described as 'irresponsible' and 'outrageous' [by the IHRC]")."""
    doc = reading.doc
    verb = doc[label.verb]
    if any(c.dep_ in _PASSIVE_DEPS for c in verb.children):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        agents += [g for c in doc[label.lo:label.hi] if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"]
        return agents, 0
    subs, hops = reading.ctx.subjects(verb)
    if not subs and verb.dep_ == "acl" and verb.tag_ == "VBG":  # "opposed the plans for ID cards, branding them"
        clause = verb.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX"):
            subs, hops = reading.ctx.subjects(clause)
            hops += 1
    return list(subs), hops


def _targets(reading, label, labellers) -> list:
    """The actor refs a label judges: the labelled actor, else the named owners of the labelled thing (a pronoun's
    thing: :func:`_antecedent`), else the owner an earlier mention gives it ("the plans"), else an owner the label
    itself names ("branding stamp duty a classic [Labour] stealth tax"); never a claim, whose dismissal is a denial."""
    ctx, lex = reading.ctx, reading.lex
    tok = reading.doc[label.labelled]
    ref = ctx.actor(tok)
    if ref is None and tok.pos_ == "PRON":
        tok = _antecedent(tok, label, labellers)
        ref = ctx.actor(tok) if tok is not None else None
    if ref is not None:
        return [ref]
    if tok is None or tok.lemma_.lower() in lex.claim_nouns:
        return []
    owners = named_owners(tok, ctx) or _compound_owners(tok, ctx) or _resolved_owners(tok, ctx) \
        or earlier_owner(tok, labellers, ctx) or named_owners(reading.doc[label.head], ctx)
    return [r for r in (ctx.actor(o) for o in owners) if r is not None]


def _compound_owners(noun, ctx) -> list:
    """The owners the parser hung on a compound of the labelled thing ("[Labour]'s ID scheme": "Labour" on "ID")."""
    return [o for c in noun.children if c.dep_ == "compound" and c.i < noun.i for o in named_owners(c, ctx)]


def _resolved_owners(noun, ctx) -> list:
    """A possessive pronoun of the labelled thing that coreference resolved ("Gordon Brown unveiled [his] budget ...
    branded it a dodgy budget")."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON" and ctx.actor(c) is not None]


#: Pronouns that stand for a thing labelled ("branded it a dodgy budget", "branding them a regressive step") and the
#: noun tag their antecedent has.
_THING_PRONOUNS = {"it": "NN", "them": "NNS"}
_ANTECEDENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _antecedent(pron, label, labellers):
    """The thing a labelled "it" or "them" stands for: the nearest common noun of its number before it, in its
    sentence or the one before, that is a subject or object, or the noun a prepositional object of the same number
    hangs on ("opposed the plans for ID cards, branding them ...": the plans), never one of the labeller's phrase;
    None for any other pronoun, or when no such noun is found."""
    tag = _THING_PRONOUNS.get(pron.lower_)
    if tag is None:
        return None
    doc = pron.doc
    sent = pron.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    speakers = {t.i for s in labellers for t in s.subtree}  # "Mr Mennear, whose constituency contains ..."
    for tok in reversed(doc[lo:pron.i]):
        if tok.tag_ == tag and tok.pos_ == "NOUN" and tok.dep_ in _ANTECEDENT_DEPS and tok.head.i != label.verb \
                and tok.i not in speakers:
            while tok.dep_ == "pobj" and tok.head.head.tag_ == tag and tok.head.head.pos_ == "NOUN":
                tok = tok.head.head  # "the plans for ID cards": the plans
            return tok
    return None


def _relation(reading, label) -> str | None:
    """``accuses`` for a negative label, ``supports`` for a positive one, None for one in between."""
    valence = clause_valence(reading.doc[label.head], label.lo, label.hi, reading.lex)
    if valence <= CRITICAL_VALENCE:
        return "accuses"
    return "supports" if valence >= PRAISE_VALENCE else None


def _related(reading, sref, oref, verb: int) -> bool:
    """The relation rules already relate the pair at this verb ("branded Mr Howard arrogant": brand accuses)."""
    doc = reading.doc
    start = doc[verb].idx
    return any(t.subject == sref.actor.id and t.object == oref.actor.id and t.pred_start <= start < t.pred_end
               for t in reading.triples)


def _own_report(reading, att, src) -> bool:
    """The labelling stands in a report of the labeller's own ("Jack Straw praised Mr Campbell, who he described as
    very talented"): asserted, not reported by anyone else."""
    return any(r.actor.id == src.actor.id for r in reading.sources(att))


def label_judgement(reading) -> None:
    """Each labeller ``accuses`` or ``supports`` whom its label judges (see the module docstring)."""
    ctx = reading.ctx
    for label in find_labels(reading.doc, reading.lex):
        stance = reading.stance(label.verb)
        if stance.polarity is Polarity.NEGATIVE:
            continue  # "did not call him a liar"
        relation = _relation(reading, label)
        if relation is None:
            continue
        labellers, hops = _labellers(reading, label)
        att = reading.innermost(label.verb)
        if att is not None and label.verb in range(*att.cue_tokens):
            att = None
        for src in (r for r in (ctx.actor(t) for t in labellers) if r is not None):
            if unsaid(reading, src, None):
                continue  # the media report; they do not judge
            told = att if att is not None and not _own_report(reading, att, src) else None
            own = own_side(reading, src)
            unaligned = src.actor.type is ActorType.PERSON and len(own) == 1
            for ref in _targets(reading, label, labellers):
                if ref.actor.id in own or (unaligned and ref.actor.type is ActorType.ORGANIZATION) \
                        or not judgeable(reading, src, ref) or _related(reading, src, ref, label.verb):
                    continue
                t = make_triple(reading, src, ref, relation, label.verb, (label.verb,), "label_judgement",
                                RULE_BASE["label_judgement"], stance=stance, att=told, hops=hops)
                if t:
                    reading.triples.append(t)
