"""Headlines: the article's title, parsed as the first paragraph before its text.

The Doc of an article is its headline's Doc joined before its text's (``parse_articles`` in
:mod:`graph.parse.nlp`): the headline, a paragraph break, then the text, parsed apart, so the
headline is a sentence of its own that every rule reads ("Howard taunts
Blair over splits", "Blair backs Brown on aid") and its short names join the full names of the text
("Brown" is Gordon Brown: ``persons.unify_persons``).  Offsets of the Doc are then those of the
headed string; :func:`to_text_offsets` moves an extraction's offsets back into ``Article.text``.  A
headline's triples keep offsets into the headline (``Article.title``, which the text does not hold) and carry
the attribute ``span=title`` (``model.in_title``), so every written offset is a real position in the article's
title or text; a headline's mentions, used only for counting, get negative offsets (the headline stands before
the text, its break between them): ``start + headline_offset`` is the offset inside the headed string.

A Doc parsed from the text alone (a cache of older parses, a caller's own Doc) has no headline:
offset 0, nothing moves.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import QUOTE_ATTRIBUTE, SPAN_ATTRIBUTE, TITLE_SPAN, ActorType, Article
from ..parse.nlp import headed_text

__all__ = ["headline_offset", "headline_end", "confirmed_headline_names", "named_by_text", "to_text_offsets"]


def headline_offset(article: Article, doc) -> int:
    """Where the article's text starts in ``doc``: the length of its headline and break, 0 when the
    Doc holds the text alone."""
    text, head = doc.text, headed_text(article.title, "")
    if head and len(text) == len(head) + len(article.text) and text.startswith(head) and text.endswith(article.text):
        return len(head)
    return 0


def headline_end(doc, offset: int) -> int:
    """The index of the first token of the text (0 when there is no headline): tokens before it are
    the headline's."""
    if not offset:
        return 0
    return next((t.i for t in doc if t.idx >= offset), len(doc))


def confirmed_headline_names(doc, refs: list, headline: int) -> list:
    """The refs without the names NER made up in the title-case headline ("Ken Nazi" of "Probe launched
    on Ken Nazi jibe", who would make the text's "Ken" ambiguous; "Blunkett Sheffield", "Nat Insurance"):
    a name NER found in the headline stays when the text writes it as it stands, or, for a person, names
    someone of its surname.  The gazetteer's names stay."""
    if not headline:
        return refs
    body = doc[headline:].text
    surnames = {doc[r.end - 1].text for r in refs if r.start >= headline and r.actor.type is ActorType.PERSON}
    return [r for r in refs if r.start >= headline or r.how != "ner" or doc[r.start:r.end].text in body
            or (r.actor.type is ActorType.PERSON and doc[r.end - 1].text in surnames)]


def named_by_text(refs: list, headline: int) -> list:
    """The headline's refs of actors the text names too, each with the text's record of the actor (its
    label and type: "Ferrari" a firm, not the place a title-case headline made it), and of the gazetteer's
    names; a headline's other actors go ("Scots fishing industry" would label the sector of the text
    of other articles)."""
    if not headline:
        return refs
    text: dict[str, object] = {}
    for r in refs:
        if r.start >= headline:
            text.setdefault(r.actor.id, r.actor)
    out = []
    for r in refs:
        if r.start < headline and r.actor.id in text:
            r = replace(r, actor=replace(text[r.actor.id], aliases=r.actor.aliases))
        elif r.start < headline and r.how != "gazetteer":
            continue
        out.append(r)
    return out


def to_text_offsets(extraction, offset: int):
    """``extraction`` (of a Doc with a headline ``offset`` characters long) with every offset moved
    into the article's text.  Quotes read in the headline are dropped (their spans would be negative,
    and -1 means "none" there), and so are the bare claims made from them (the text says it again,
    with the quote); a headline triple keeps its headline as the sentence."""
    if not offset:
        return extraction

    def moved(x: int) -> int:
        return x - offset if x >= 0 else x

    quotes, ids = [], {}  # the quote ids (made of offsets) before -> after; None: dropped
    for q in extraction.quotes:
        if q.start < offset:
            ids[q.id] = None
            continue
        quotes.append(replace(q, start=q.start - offset, end=q.end - offset,
                              source_start=moved(q.source_start), source_end=moved(q.source_end),
                              cue_start=moved(q.cue_start), cue_end=moved(q.cue_end),
                              content_start=moved(q.content_start), content_end=moved(q.content_end)))
        ids[q.id] = quotes[-1].id
    triples = []
    for t in extraction.triples:
        qids = _moved_ids(dict(t.attributes).get(QUOTE_ATTRIBUTE), ids)
        if t.rule == "claim" and qids == "":
            continue  # "Kennedy calls for Iraq exit plans": the claim is the text's, with its quote
        attrs = tuple((k, qids if k == QUOTE_ATTRIBUTE else v) for k, v in t.attributes
                      if k != QUOTE_ATTRIBUTE or qids)
        if t.start < offset:  # read in the headline: its offsets stay those inside the title
            triples.append(replace(t, attributes=attrs + ((SPAN_ATTRIBUTE, TITLE_SPAN),)))
            continue
        triples.append(replace(t, start=t.start - offset, end=t.end - offset, attributes=attrs,
                               pred_start=moved(t.pred_start), pred_end=moved(t.pred_end)))
    mentions = tuple(replace(m, start=m.start - offset, end=m.end - offset) for m in extraction.mentions)
    return replace(extraction, triples=tuple(triples), mentions=mentions, quotes=tuple(quotes))


def _moved_ids(qids: str | None, ids: dict) -> str | None:
    """A triple's quote ids (``|``-separated when one claim sums up several quotes) as they are once offsets
    move: each id mapped to its moved quote's, a dropped headline quote's left out ("" when none is left)."""
    if qids is None:
        return None
    return "|".join(dict.fromkeys(m for q in qids.split("|") if (m := ids.get(q, q))))
