"""Quotes: every attribution of an article as a :class:`~graph.model.Quote` record.

Each attribution ``graph.extract.attribution`` finds becomes one quote per speaker (coordinated
sources, "the Greens and the Lib Dems said ...", give one each: :func:`co_quotes`), whether or not its
source is an actor ("a spokesman", "officials") and whether or not its content names another
actor ("Blair said the economy was strong"); a sourceless one ("it is reported that ...") has
an empty source.  The kind comes from the cue and the shape:

* ``denial``: a denial cue ("X denied supplying ...");
* ``according-to``: "according to X, ...";
* ``direct``: a quotation, or content standing between quotation marks;
* ``indirect``: any other reported speech.

Every triple read inside a quote's content, and the claims made from it, carry its id as the
attribute ``quote_id`` (:func:`link_triples`).  An article keeps one ``claims`` per source and
claimed actor, the first positive one, with the ids of every quote that made it, ``|``-separated
(:func:`merge_claims`); a build drops the claims of a source about its own party or group, as any
article tells it (:func:`without_own_group_claims`), and the dealings of an official with the state he serves
(:func:`without_own_state_dealings`: "Mr Clarke will be asking Parliament", the Home Secretary's own state).  Run
after relations and statements.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import QUOTE_ATTRIBUTE, Modality, Polarity, Quote, spans_of
from ..vocab import CLAIM_RELATION

__all__ = ["read_quotes", "make_quote", "co_quotes", "link_triples", "merge_claims", "merged_claims", "without_own_group_claims",
           "without_own_state_dealings", "QUOTE_KINDS"]

QUOTE_KINDS = ("direct", "indirect", "according-to", "denial")
#: The rule of an accusation a source makes by reporting a misdeed (``graph.extract.statements``).
ACCUSATION_RULE = "claim_accusation"

#: Dealings that an official and the state he serves have as one side, no relation between two actors: a meeting,
#: a request, a deal, an ouster ("Ukraine ousted its leader"; a sanction, a resignation and praise stay: "resigned
#: from the government", "the envoy's statement praised Russia").
OWN_STATE_RELATIONS = frozenset({"consults", "cooperatesWith", "agrees", "requests", "attacks"})
_NOT_OF_NAME = ("cc", "conj", "punct", "preconj")  # left words of a conjunct that are no part of its phrase
_QUOTE_MARKS = "\"“”'‘’"


def _kind(reading, att) -> str:
    """Denial, according-to, direct or indirect (see the module docstring)."""
    if reading.doc[att.cue_word].lemma_.lower() in reading.lex.denial_verbs:
        return "denial"
    if att.shape == "according_to":
        return "according-to"
    text = reading.text
    before = text[max(0, att.content_start - 2):att.content_start]
    after = text[att.content_end:att.content_end + 2]
    if att.shape == "quotation" or (any(c in _QUOTE_MARKS for c in before)
                                    and any(c in _QUOTE_MARKS for c in after)):
        return "direct"
    return "indirect"


def _stance(reading, att) -> tuple[Polarity, Modality]:
    """Polarity and modality of the reporting act ("did not say": negative; "reportedly said": hedged)."""
    cue = reading.doc[att.cue_word]
    if cue.pos_ not in ("VERB", "AUX"):
        return Polarity.POSITIVE, Modality.ASSERTED
    stance = reading.stance(cue.i)
    return stance.polarity, stance.modality


def _sentence_span(reading, att) -> tuple[int, int]:
    """Character span of the sentence(s) holding the source, the cue and the content, trimmed."""
    doc = reading.doc
    spans = [s for s in (att.source_tokens, att.cue_tokens, att.content_tokens) if s[0] >= 0 and s[1] > s[0]]
    lo = doc[min(s[0] for s in spans)].sent.start_char
    hi = doc[max(s[1] for s in spans) - 1].sent.end_char
    text = reading.text[lo:hi]
    lo += len(text) - len(text.lstrip())
    return lo, lo + len(text.strip())


def _about(reading, att, source_id: str | None) -> tuple[str, ...]:
    """Ids of the actors named in the content (not in the source phrase), the source left out."""
    seen: dict[str, None] = {}
    for ref in sorted(reading.actors.mentions, key=lambda r: r.start):
        if att.in_content(ref.start) and ref.actor.id != source_id:
            seen.setdefault(ref.actor.id)
    return tuple(seen)


def make_quote(reading, att) -> Quote:
    """The quote record of one attribution."""
    text = reading.text
    src = reading.source(att)
    source_id = src.actor.id if src is not None else None
    start, end = _sentence_span(reading, att)
    polarity, modality = _stance(reading, att)
    source = text[att.source_start:att.source_end].strip(" ,") if att.source_start >= 0 else ""
    return Quote(source, source_id, text[att.cue_start:att.cue_end], text[att.content_start:att.content_end],
                 _kind(reading, att), _about(reading, att, source_id), polarity, modality,
                 reading.article.id, text[start:end], start, end, **spans_of(att))


def co_quotes(reading, att, quote: Quote) -> list[Quote]:
    """One more quote per coordinated co-source of ``att`` ("the Greens and the Lib Dems said ..."): the
    quote of the first source with the co-source's phrase, actor and span, and its own id (``speaker``)."""
    out, doc, text = [], reading.doc, reading.text
    for n, ref in enumerate(reading.sources(att)[1:], 1):
        head = doc[ref.end - 1]
        first = min([ref.start] + [k.left_edge.i for k in head.lefts if k.dep_ not in _NOT_OF_NAME])
        lo, hi = doc[first].idx, head.idx + len(head)
        out.append(replace(quote, source=text[lo:hi], source_id=ref.actor.id, source_start=lo, source_end=hi,
                           speaker=n, about=tuple(a for a in quote.about if a != ref.actor.id)))
    return out


def _key(t) -> tuple:
    """What a triple and its copies for each co-source share."""
    return t.start, t.pred_start, t.subject, t.relation, t.object, t.polarity


def _at_cue(reading, ids: dict[int, str], co_ids: dict) -> dict[tuple[int, str], str]:
    """(cue start, source actor id) -> quote id: a triple whose predicate is a quote's cue and whose
    subject is its source is the reporting act itself ("NATO accused Russia of ..."); its predicate
    starts at the cue's first word ("has said", as claims have it) or at its head word ("said")."""
    out = {}
    for att in reading.attributions:
        if id(att) in ids:
            for src in reading.sources(att):
                for start in (att.cue_start, reading.doc[att.cue_word].idx):
                    out.setdefault((start, src.actor.id), co_ids.get((id(att), src.actor.id), ids[id(att)]))
    return out


def link_triples(reading, ids: dict[int, str], co_ids: dict | None = None) -> dict[str, list[str]]:
    """Give each triple read inside a quote (``reading.inner``) or made by its source at its cue (its
    claims and accusations) the attribute ``quote_id``; ``ids`` maps ``id(attribution)`` to quote id,
    ``co_ids`` (id(attribution), co-source actor id) to the co-source's quote id: the copy of a triple
    attributed to a co-source, and the co-source's claims, link to its own quote.
    Returns the actors taking part in each quote's triples, by quote id."""
    co_ids = co_ids or {}
    inside = {_key(t): ids[id(att)] for t, att, _c, _s in reading.inner if id(att) in ids}
    inside_co = {(_key(t), co): qid for t, att, _c, _s in reading.inner
                 for (a, co), qid in co_ids.items() if a == id(att)}
    at_cue = _at_cue(reading, ids, co_ids)
    linked, parties = [], {}
    for t in reading.triples:
        qid = inside_co.get((_key(t), t.attributed_to)) or inside.get(_key(t))
        if qid is not None:
            parties.setdefault(qid, []).extend((t.subject, t.object))
        elif (qid := at_cue.get((t.pred_start, t.subject))) is not None:
            parties.setdefault(qid, []).append(t.object)  # the subject is the speaker
        if qid is not None:
            t = replace(t, attributes=tuple(sorted(set(t.attributes) | {(QUOTE_ATTRIBUTE, qid)})))
        linked.append(t)
    reading.triples[:] = linked
    return parties


def read_quotes(reading) -> list[Quote]:
    """One quote per attribution of the article, in order of their cues; triples linked to them.
    A quote is about the actors named in its content and those taking part in its triples
    ("accused Russia of arming the Taliban": Russia and the Taliban)."""
    quotes: dict[str, Quote] = {}
    ids, co_ids = {}, {}
    for att in reading.attributions:
        q = make_quote(reading, att)
        quotes.setdefault(q.id, q)
        ids[id(att)] = q.id
        for co in co_quotes(reading, att, q):
            quotes.setdefault(co.id, co)
            co_ids[(id(att), co.source_id)] = co.id
    parties = link_triples(reading, ids, co_ids)
    merge_claims(reading)
    return [replace(q, about=tuple(a for a in dict.fromkeys(q.about + tuple(parties.get(q.id, ())))
                                   if a != q.source_id)) for q in quotes.values()]


def merge_claims(reading) -> None:
    """One ``claims`` per (source, claimed actor) in the article (:func:`merged_claims`)."""
    reading.triples[:] = merged_claims(reading.triples)


def merged_claims(triples) -> list:
    """The triples with one ``claims`` made from quotes per (article, source, claimed actor): the first
    positive one in the text (else the first), with the quote ids of all of them as its evidence,
    ``|``-separated.  Run again after actor ids are merged across articles ("Makarov" and "Viktor
    Makarov" become one source)."""
    first: dict[tuple, int] = {}
    evidence: dict[tuple, list[str]] = {}
    kept = []
    for t in sorted(triples, key=lambda t: (t.article, t.start, t.pred_start, t.id)):
        qids = dict(t.attributes).get(QUOTE_ATTRIBUTE)
        if t.relation != CLAIM_RELATION or qids is None:
            kept.append(t)
            continue
        key = (t.article, t.subject, t.object)
        evidence.setdefault(key, []).extend(qids.split("|"))
        if key not in first:
            first[key] = len(kept)
            kept.append(t)
        elif kept[first[key]].polarity is not Polarity.POSITIVE and t.polarity is Polarity.POSITIVE:
            kept[first[key]] = t  # "did not say" gives way to what the source did say
    for key, at in first.items():
        t = kept[at]
        qids = "|".join(dict.fromkeys(evidence[key]))
        kept[at] = replace(t, attributes=tuple(sorted({*(a for a in t.attributes if a[0] != QUOTE_ATTRIBUTE),
                                                        (QUOTE_ATTRIBUTE, qids)})))
    return kept


def without_own_group_claims(triples, groups: dict[str, set[str]], states: set[str]) -> list:
    """The triples less every claim or reported accusation (``claim_accusation``) whose object is a party
    or group its source belongs to in any article of the build (``groups``: actor id -> the ids of its
    affiliations): "Tory leader Michael Howard" in one article, and his claims about the Conservative
    Party in every other go.  A claim about the source's state (an id in ``states``) stays: an official
    speaks of the state's acts."""
    def own(t) -> bool:
        if t.object not in groups.get(t.subject, ()):
            return False
        return t.rule == ACCUSATION_RULE or (t.relation == CLAIM_RELATION and t.object not in states)
    return [t for t in triples if not own(t)]


def without_own_state_dealings(triples, groups: dict[str, set[str]], states: set[str]) -> list:
    """The triples less every one of ``OWN_STATE_RELATIONS`` between a state (an id in ``states``) and an actor it is an
    affiliation of in any article of the build (``groups``: actor id -> the ids of its affiliations and party), either
    way round: the Home Secretary asking Parliament, "Ukraine ousted its leader".  A party and its members keep
    theirs ("Labour MPs called for Ms Hutt's removal")."""
    def own(t) -> bool:
        return t.relation in OWN_STATE_RELATIONS and (
            t.object in states and t.object in groups.get(t.subject, ())
            or t.subject in states and t.subject in groups.get(t.object, ()))
    return [t for t in triples if not own(t)]
