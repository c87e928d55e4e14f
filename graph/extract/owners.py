"""Whose is "the plan"?  The owner an earlier sentence gives a thing a later one names without one.

"The Tories unveiled plans to cut council tax. ... Mr Smith attacked the plans": the plans attacked are the
Tories', so Mr Smith accuses the Tories.  :func:`earlier_owner` finds that owner for a definite object with no
owner of its own whose noun is one of the lexicon's ``owned_things``, from a per-article index of the mentions of
those nouns and the actors owning them (:func:`owned_index`).  It answers only when the last few sentences give
the noun exactly one owner, and never the subject's own thing.  A bare bill or plan that no earlier mention gives
any owner but the state (:func:`state_owner`, lexicon ``state_measures``) is the state's when the article names an
organ of it ("the government", "ministers"): "The Lib Dems have pledged to oppose the bill" denies the United
Kingdom.

:func:`place_modifier` says when a country's name before a noun owns nothing: "the UK pension crisis", "French
films", "a US rating", "the London conference" say where a thing is or comes from; only the state's agents and
its own things (the lexicon's ``actor_heads``, ``owned_things``, ``state_things``, claim, plan and event nouns:
"UK aid", "the US emphasis on ...", "the Israeli attack") stand for the state.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ActorType

#: How many sentences before the object's an owning mention may be.
LOOKBACK = 3
#: How many sentences before a thing a chained mention of it may be: a bare mention ("the plans" again) takes the one
#: owner the mentions before it give, so that a later one reaches back through it ("plans unveiled by the Tories ...
#: the plans ... these plans ... Mr Oaten said the plan").
CHAIN_LOOKBACK = 6
_DEFINITE = frozenset({"the", "this", "these", "those"})
_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod", "npadvmod"})


@dataclass(frozen=True)
class Mention:
    """A mention of an owned thing: its token, sentence number, the owner tokens it names, and whether it names
    an owner that is no actor ("his plans", "the council's plans"), which makes the owner of "the plans" open."""

    i: int
    sent: int
    lemma: str
    owners: tuple
    open: bool
    chained: bool = False  # a bare mention whose one owner the mentions before it give (``CHAIN_LOOKBACK``)


#: How a mention names a country by a name of its own (not "the government", a pronoun or a title).
_NAMED = frozenset({"gazetteer", "demonym", "metonymy", "ner", "place-head"})


def place_modifier(tok, noun, ref, lex) -> bool:
    """``tok``, a mention ``ref`` of a country by its name, demonym or a city, modifies ``noun`` (not as a possessive)
    only to say where the thing is or comes from ("the UK pension crisis", "French films"): no owner of it; but
    before an agent or a thing of the state's own ("US officials", "UK aid", "the Japanese proposal", "the Israeli
    attack") it stands for the state."""
    if ref.actor.type is not ActorType.COUNTRY or ref.how not in _NAMED or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    lemma = noun.lemma_.lower()
    return not (lemma in lex.actor_heads or lemma in lex.owned_things or lemma in lex.state_things
                or lemma in lex.claim_nouns or lemma in lex.hypothetical_nouns or lex.noun_relation(lemma) is not None)


def kin(lemma: str, lex) -> str:
    """The word standing for ``lemma``'s group of words for one thing (lexicon ``owned_thing_kin``: "scheme" ->
    "plan"), else the lemma itself."""
    return lex.owned_thing_kin.get(lemma, lemma)


def owned_index(doc, ctx) -> dict[str, list[Mention]]:
    """kin word (:func:`kin`) -> the article's mentions of that owned thing in order, built once per view (kept in its ``memo``, as
    :func:`coref.quotation_start` keeps its table); a plain spaCy Doc is indexed on each call."""
    memo = getattr(doc, "memo", None)
    if memo is not None and owned_index in memo:
        return memo[owned_index]
    index: dict[str, list[Mention]] = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in ctx.lex.owned_things:
                owners, unknown = _mention_owners(tok, ctx)
                earlier = index.setdefault(kin(lemma, ctx.lex), [])
                chained = not owners and not unknown and bare_thing(tok, ctx)
                if chained:
                    owners = _one_owner(earlier, n, ctx, LOOKBACK)  # "the plans" again: a link of the chain
                earlier.append(Mention(tok.i, n, lemma, tuple(owners), unknown, chained and bool(owners)))
    if memo is not None:
        memo[owned_index] = index
    return index


def _mention_owners(tok, ctx) -> tuple[list, bool]:
    """The actor tokens owning one mention (its possessor, an actor modifier, a "by" agent, the subject of a verb
    of making: "Labour unveiled the plans", "plans unveiled by the Greens"), and whether it has an owner that names
    no actor (a pronoun, or a noun such as "the council's")."""
    mods = [c for c in tok.children if c.dep_ in _OWNER_DEPS and c.i < tok.i]
    owners = [c for c in mods if c.pos_ != "PRON" and ctx.actor(c) is not None]
    unknown = any(c.dep_ == "poss" and (c.pos_ == "PRON" or ctx.actor(c) is None) for c in mods)
    owners += _agents(tok, ctx) + _makers(tok, ctx)
    return owners, unknown and not owners


def _agents(tok, ctx) -> list:
    """The actors of "by" after the noun or of a participle on it: "a plan by the Tories", "plans put forward by
    Labour"."""
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"]
    preps += [a for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ != "PRON" and ctx.actor(g)]


def _makers(tok, ctx) -> list:
    """The named subject of a verb of making (lexicon ``thing_makers``) whose object the noun is, or the agent of
    such a verb in the passive: "the government unveiled plans", "the plans were published by Labour"."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.thing_makers:
        return []
    if tok.dep_ == "dobj":
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
    elif tok.dep_ == "nsubjpass":
        subs = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    else:
        return []
    return [c for c in subs if c.pos_ != "PRON" and ctx.actor(c) is not None]


def named_owners(tok, ctx) -> list:
    """The actor tokens a noun names as its owners (:func:`_mention_owners`): "Mr Brown's budget", "the Tory plans",
    "plans put forward by Labour"; never a pronoun ("his plans", which coreference may misread)."""
    return _mention_owners(tok, ctx)[0]


def bare_thing(tok, ctx) -> bool:
    """``tok`` is one of the lexicon's ``owned_things`` named with a definite article and no owner: "the plans"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.lex.owned_things \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) \
        and not any(c.dep_ in _OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "by", "from"))
                    for c in tok.children)


def earlier_owner(obj, subjects, ctx) -> list:
    """[the owner token] an earlier mention gives a bare thing (:func:`bare_thing`) that ``subjects`` act on: the
    latest owner of its noun or its kin in the ``LOOKBACK`` sentences before (or earlier in its own), only when all
    of them are one actor, no mention there has an owner that names no actor, and that actor is none of the
    subjects nor their party."""
    sides = _sides(subjects, ctx)
    return kin_owner(obj, sides, ctx, LOOKBACK) or state_owner(obj, sides, ctx)


def kin_owner(obj, sides: set, ctx, lookback: int) -> list:
    """[the owner token] of a bare thing (:func:`bare_thing`) from the mentions of its noun or its kin (:func:`kin`)
    in its sentence before it and the ``lookback`` sentences before that: one actor owning them all, with no
    mention owned by something that names no actor ("his plans"), and not one of ``sides`` (actor ids); else [].
    The thing's own mention counts with the owner its chain gives it (``CHAIN_LOOKBACK``)."""
    if not bare_thing(obj, ctx):
        return []
    doc = obj.doc
    here = next(n for n, s in enumerate(doc.sents) if s.start <= obj.i < s.end)
    earlier = [m for m in owned_index(doc, ctx).get(kin(obj.lemma_.lower(), ctx.lex), []) if m.i <= obj.i]
    owner = _one_owner(earlier, here, ctx, lookback)
    return [] if not owner or ctx.actor(owner[0]).actor.id in sides else owner


def _one_owner(earlier, here: int, ctx, lookback: int) -> list:
    """[the latest owner token] of the mentions ``earlier`` in sentences ``here - lookback`` to ``here`` (a chained
    mention up to ``CHAIN_LOOKBACK`` before: a thing named again and again stays the topic), when they name one
    actor and none is owned by something that names no actor; else []."""
    near = [m for m in earlier if here - (CHAIN_LOOKBACK if m.chained else lookback) <= m.sent <= here]
    if any(m.open for m in near):
        return []
    owners = [o for m in near for o in m.owners]
    return [owners[-1]] if len({ctx.actor(o).actor.id for o in owners}) == 1 else []


def _sides(subjects, ctx) -> set:
    """The ids of the subjects' actors and of their groups (their ``affiliation`` and ``party``)."""
    return {i for s in subjects if (ref := ctx.actor(s)) is not None for i in sides_of(ref.actor)}


def sides_of(actor) -> set:
    """The ids of ``actor`` and of its groups (its ``affiliation`` and ``party``)."""
    attrs = dict(actor.attributes)
    return {actor.id, *filter(None, (attrs.get("affiliation"), attrs.get("party")))}


def _topic_thing(tok, ctx) -> bool:
    """A bare thing (:func:`bare_thing`), or one whose modifiers name only its topic or kind, no actor nor name:
    "the ID cards plan", "the maternity pay scheme", "the new bill"."""
    if bare_thing(tok, ctx):
        return True
    mods = [c for c in tok.children if c.dep_ in _OWNER_DEPS]
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children) \
        and all(c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and not c.ent_type_ and ctx.actor(c) is None
                for c in mods) \
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from") for c in tok.children)


def state_owner(obj, sides: set, ctx) -> list:
    """[a mention of the article's state] owning a bare thing of the lexicon's ``state_measures`` ("the bill", "the
    plans", "the ID cards scheme", "the new bill": :func:`_topic_thing`) when no earlier mention of it or its kin in
    the article has an owner other than that state or one of its officials ("the Home Secretary's plans"), named or
    not ("his plans", and a possessor on a name: "Lord Dubs' Succession to the Crown Bill"): a bill no one else is
    said to bring is the government's.  The mention is the latest before the thing, else the first after, that
    coreference resolved to a country (an organ: "the government", "ministers", "the Home Office"); never one of
    ``sides``."""
    lemma = obj.lemma_.lower()
    if lemma not in ctx.lex.state_measures or not _topic_thing(obj, ctx):
        return []
    organs = [t for t in obj.doc if (r := ctx.actor(t)) is not None and r.how == "coref"
              and r.actor.type is ActorType.COUNTRY]
    organ = next((t for t in reversed(organs) if t.i < obj.i), organs[0] if organs else None)
    if organ is None or (state := ctx.actor(organ).actor.id) in sides:
        return []
    group = kin(lemma, ctx.lex)
    owners = [c for t in obj.doc[:obj.i] if kin(t.lemma_.lower(), ctx.lex) == group
              for c in t.children if c.dep_ == "poss"]
    owners += [o for m in owned_index(obj.doc, ctx).get(group, []) if m.i < obj.i for o in m.owners]
    refs = [ctx.actor(o) for o in owners]
    if any(r is None or state not in (r.actor.id, dict(r.actor.attributes).get("affiliation")) for r in refs):
        return []  # "the Tory bill", "his bill", "Lord Dubs' ... Bill": someone else's
    return [organ]
