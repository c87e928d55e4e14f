"""Relations: the rules' candidates made into triples.

Each candidate of ``rules.run_rules`` gives one triple per pair of coordinated subject and
object ("NATO and the US accused Russia": two), with the relation the rule fixed or the one
the lexicon gives its predicate.  A relation read inside an attribution's content is reported
by the source and by each co-source; the extractor remembers it (``Reading.inner``) for the
accusations and denied claims of ``graph.extract.statements``.
"""
from __future__ import annotations

from dataclasses import replace

from .registry import INHERITED_SUBJECT
from .rules import conjuncts, relation_of, run_rules
from .triples import make_triple

__all__ = ["read_relations"]


def _relation(reading, c) -> str | None:
    """The relation a candidate names: fixed by its rule, else the lexicon's for its predicate."""
    if c.relation is not None:
        return c.relation
    verb = reading.doc[c.verb]
    dobj = next((t for t in verb.children if t.dep_ == "dobj"), None)
    return relation_of(verb, reading.lex, dobj)


def _pairs(reading, c) -> list[tuple]:
    """(subject token, object token, reached through coordination) of a candidate."""
    doc, lex = reading.doc, reading.lex
    if c.symmetric:
        return [(doc[c.subj], doc[c.obj], False)]
    return [(s, o, (s.i != c.subj or o.i != c.obj)) for s in conjuncts(doc[c.subj], lex)
            for o in conjuncts(doc[c.obj], lex)]


def _add(reading, t, c, att, sref) -> None:
    """Keep a triple; one read inside a report is reported by each co-source too."""
    reading.triples.append(t)
    if att is None:
        return
    reading.inner.append((t, att, c, sref))
    for co in reading.sources(att)[1:]:  # the same report by each co-source
        if co.actor.id not in (t.subject, t.object):
            reading.triples.append(replace(t, attributed_to=co.actor.id))


def read_relations(reading) -> None:
    """Every triple the relation rules read in the article, into ``reading.triples``."""
    doc, ctx, lex = reading.doc, reading.ctx, reading.lex
    for c in run_rules(doc, ctx):
        att = reading.innermost(c.verb)
        if att is not None and c.verb in range(*att.cue_tokens):
            att = None
        relation = _relation(reading, c)
        if relation is None and doc[c.verb].lemma_.lower() in lex.reporting_verbs:
            continue  # "told BBC News": the addressee of a statement; the claim is read by statements
        stance = reading.stance(c.verb)
        rule = c.rule + (INHERITED_SUBJECT if c.hops else "")
        if c.prep >= 0 and doc[c.prep].lower_ in lex.topic_preps and lex.is_symmetric(relation):
            continue  # "held talks on Afghanistan": a topic, not a participant
        for s, o, coord in _pairs(reading, c):
            sref, oref = ctx.actor(s), ctx.actor(o)
            if oref is None and c.rule == "hostile_prefix":  # "anti-ISIS": a name matching skips
                oref = ctx.prefixed(o)
            t = make_triple(reading, sref, oref, relation, c.verb, c.pred, rule, c.base_confidence,
                            stance=stance, att=att, hops=c.hops, coord=coord, symmetric=c.symmetric)
            if t is not None:
                if oref.how == "prefixed":
                    reading.actors.add(oref)  # a mention now that it takes part in a relation
                _add(reading, t, c, att, sref)
