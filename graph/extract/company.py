"""Short names across articles, by the company they keep (issue 13).

An article that writes only "Barkley", "Mr Blair" or "Gudjohnsen" leaves a short person that
``persons.unify_persons`` could not complete.  ``join_by_company`` gives it, article by article,
the one full-name person of the build whose surname it fits (``persons.fits``: no gender clash)
and whose other articles name the same actors as this one: the team-mates of a match report, the
ministers of a political story.  Each actor shared counts by how rare it is in the build (the
inverse document frequency: "Mathew Tait" weighs more than "United Kingdom"); the best candidate
joins only when it reaches ``COMPANY_MIN`` and outweighs the next by ``COMPANY_MARGIN``.  So a
football report's "Blackburn" never joins the DJ Tony Blackburn, the Happy Mondays' "Bez" never
joins Aston Martin's Ulrich Bez, and "Mr Blair" of a Labour story is Tony Blair, not Sir Ian Blair.

Never: a titled short name to a full name of unknown or other gender ("Mr X" with "Kim X", and so
never "Mr X" and "Mrs X" on one node), a short name whose own article writes a full name with that
word (the article chose not to join them; "Mr Kim" beside "Kim Yungmin", a surname written first), or a
full name of another affiliation.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import replace

from ..model import Actor, ActorType
from .gazetteer import Titles
from .persons import fits, person_gender, person_name
from .scoring import COMPANY_MARGIN, COMPANY_MIN, COMPANY_STRANGER

__all__ = ["join_by_company", "company_scores"]


def _affiliation(a: Actor) -> str | None:
    return dict(a.attributes).get("affiliation")


def _full_persons(extractions, titles: Titles) -> dict[str, tuple]:
    """Full-name person id -> (its record over all articles, parsed name, article ids, member ids), spelling
    variants ("George Bush", "George W Bush") as one, under the id ``actors.merge_variants`` keeps."""
    from .actors import merge_variants

    found: dict[str, tuple] = {}
    for ex in extractions:
        for a in ex.actors:
            n = person_name(a.label, titles) if a.type is ActorType.PERSON else None
            if n is None or not n.full:
                continue
            old = found.get(a.id)
            found[a.id] = (old[0].merged(a) if old else a, n, (old[2] if old else set()) | {ex.article}, {a.id})
    remap = merge_variants([rec[0] for rec in found.values()], titles, known=lambda a: False)
    for aid, keep in sorted(remap.items()):
        actor, _, arts, ids = found.pop(aid)
        kept = found[keep]
        found[keep] = (kept[0].merged(actor), kept[1], kept[2] | arts, kept[3] | ids)
    return found


def company_scores(mine: set[str], theirs: set[str], df: Counter, n_articles: int) -> float:
    """How much two sets of actor ids share, each shared actor weighted by log(articles / its articles)."""
    return sum(math.log(n_articles / df[i]) for i in mine & theirs if df[i])


def _candidates(short, a: Actor, fulls: dict, here: set[str], titles: Titles) -> list[str]:
    """The full names ``short`` (of actor ``a``) may be: no gender doubt for a titled name, no other affiliation."""
    out, roles = [], titles.role_words()
    for fid, (full, n, _, _) in fulls.items():
        if fid in here or not fits(short, n) or tuple(w.lower() for w in n.words) in roles:
            continue  # "Lord Justice" is no name of a "Lord Chief Justice"
        if short.title and short.gender and person_gender(full, titles) != short.gender:
            continue  # "Mr X" never joins a "Kim X" whose gender the name does not tell
        if _affiliation(a) and _affiliation(full) and _affiliation(a) != _affiliation(full):
            continue
        out.append(fid)
    return out


def _choice(scores: list[tuple[float, str]]) -> str | None:
    """The best candidate when it reaches ``COMPANY_MIN`` and outweighs the next by ``COMPANY_MARGIN``."""
    scores = sorted(scores, reverse=True)
    if not scores or scores[0][0] < COMPANY_MIN:
        return None
    if len(scores) > 1 and scores[0][0] < COMPANY_MARGIN * scores[1][0]:
        return None
    return scores[0][1]


def _article_joins(ex, by_surname: dict, company: dict, df: Counter, n: int, titles: Titles) -> tuple[dict, dict]:
    """Short person id -> full-name id, for the short names of one article; and short person id -> the
    candidates whose articles share next to nothing with this one (``COMPANY_STRANGER``)."""
    persons = {a.id: (a, person_name(a.label, titles)) for a in ex.actors if a.type is ActorType.PERSON}
    written = {w.lower() for _, nm in persons.values() if nm is not None and nm.full for w in nm.words}
    here = company[ex.article]
    out, strangers = {}, defaultdict(set)
    for aid, (a, short) in persons.items():
        surname = short.surname[-1].lower() if short is not None else ""
        if short is None or short.full or surname in written or not by_surname.get(surname):
            continue
        fulls = by_surname[surname]
        namesakes = {i for i, (_, nm) in persons.items() if nm is not None and nm.surname[-1].lower() == surname}
        cands = _candidates(short, a, fulls, here, titles)
        scores = []
        for fid in cands:
            theirs = set().union(*(company[x] for x in fulls[fid][2] if x != ex.article)) - set(cands)
            scores.append((company_scores(here - namesakes, theirs, df, n), fid))
        target = _choice(scores)
        if target is not None:
            out[aid] = target
        strangers[aid].update(fid for score, fid in scores if score < COMPANY_STRANGER)
    return out, strangers


def _renamed(ex, joins: dict[str, str], fulls: dict):
    """The extraction with each joined short person's id and label replaced by the full name's."""
    def canon(aid):
        return joins.get(aid, aid) if aid else aid

    actors = tuple(replace(a, id=joins[a.id], label=fulls[joins[a.id]][0].label) if a.id in joins else a
                   for a in ex.actors)
    triples = tuple(replace(t, subject=canon(t.subject), object=canon(t.object), attributed_to=canon(t.attributed_to))
                    for t in ex.triples)
    mentions = tuple(replace(m, actor=canon(m.actor)) for m in ex.mentions)
    quotes = tuple(replace(q, source_id=canon(q.source_id), about=tuple(dict.fromkeys(map(canon, q.about))))
                   for q in ex.quotes)
    return replace(ex, actors=actors, triples=triples, mentions=mentions, quotes=quotes)


def join_by_company(extractions, titles: Titles) -> tuple[list, dict[str, frozenset[str]]]:
    """Every extraction with its short person names joined to the full name their company tells
    (see the module docstring; an article with nothing to join is returned as it was), and each short
    person id left -> the full-name ids (all spellings) some article of it shares next to nothing with:
    ``actors.merge_variants`` must not join them on a title's gender alone ("Mr Prettejohn" of Lloyd's
    is not Netcraft's Mike Prettejohn)."""
    extractions = list(extractions)
    fulls = _full_persons(extractions, titles)
    company = {ex.article: {a.id for a in ex.actors} for ex in extractions}
    df: Counter = Counter(i for ids in company.values() for i in ids)
    n = len(extractions)
    by_surname: dict[str, dict] = defaultdict(dict)
    for fid, rec in fulls.items():
        by_surname[rec[1].surname[-1].lower()][fid] = rec
    out, strangers = [], defaultdict(set)
    for ex in extractions:
        joins, far = _article_joins(ex, by_surname, company, df, n, titles)
        out.append(_renamed(ex, joins, fulls) if joins else ex)
        for aid, fids in far.items():
            strangers[aid].update(i for f in fids for i in fulls[f][3])
    return out, {aid: frozenset(ids) for aid, ids in strangers.items() if ids}
