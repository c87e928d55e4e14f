"""Acronyms of organisations the article names in full: "DEC" after "the Disaster Emergency Committee",
"HACAN" for "HACAN Clearskies" (the name's first word, in capitals).

NER gives an acronym an actor of its own ("dec"); a speaker's organisation named in full in one sentence
and by its acronym in the next would then be two actors, and "Ms Sanders said DEC had contacted ..." a claim
about someone else.  :func:`acronym_refs` resolves a bare acronym that NER found, and the gazetteer does not
know, or knows as a body the article never names in full, to an organisation of the article whose name's
initials it spells.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ActorType
from .refs import ActorRef

__all__ = ["acronym_refs", "initials"]

#: Short words a name's acronym leaves out: "Department of Homeland Security" is DHS.
_SKIPPED = frozenset({"of", "the", "for", "and", "&", "on", "in", "to", "at"})
_PERSON = ActorType.PERSON


def initials(label: str) -> str:
    """The capitals an acronym of ``label`` spells: "Disaster Emergency Committee" -> "DEC"."""
    words = [w for w in label.replace("-", " ").split() if w.lower() not in _SKIPPED]
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


def _spells(acronym: str, label: str) -> bool:
    """``acronym`` spells the name's initials, or those of all its words but the head noun that ends it when
    they are three or more ("PCS" of "Public and Commercial Services Union"), or it is the capitals that open
    a name of several words ("HACAN" of "HACAN Clearskies": a campaign named in full once, then short)."""
    full = initials(label)
    if acronym == full or (len(acronym) >= 3 and acronym == full[:-1]):
        return True
    words = label.split()
    return len(acronym) >= 3 and len(words) >= 2 and words[0] == acronym


def _acronym(ref: ActorRef, refs: list[ActorRef]) -> bool:
    """An acronym NER found that the gazetteer does not know, or one the gazetteer knows as another body than
    the one this article names ("the WTO" of an article naming only the World Tourism Organisation, not the World
    Trade Organization)."""
    s = ref.surface
    if not (2 <= len(s) <= 8 and s.isalpha() and s.isupper()):
        return False
    if ref.how == "ner" and ref.actor.wikidata is None:
        return True
    return ref.how == "gazetteer" and ref.actor.type is not _PERSON and not any(
        r.actor.id == ref.actor.id and r.surface != s for r in refs)


def _name(ref: ActorRef) -> str:
    """The name an acronym may spell: the actor's, or the organ's for a metonym of a state ("the Department for
    Constitutional Affairs" ... "DCA": the state)."""
    return ref.surface if ref.how == "metonymy" and ref.surface else ref.actor.label


def acronym_refs(refs: list[ActorRef]) -> list[ActorRef]:
    """``refs`` with every NER acronym that spells the initials of another organisation of the article
    resolved to it, the one named last before it ("Disasters Emergency Committee" ... "Disaster Emergency
    Committee" ... "DEC"), else first after it; its aliases gain the acronym."""
    named = sorted((r for r in refs if r.actor.type is not _PERSON and initials(_name(r))), key=lambda r: r.start)
    out, short = [], {}
    for r in refs:
        owners = [f for f in named if _spells(r.surface, _name(f)) and f.actor.id != r.actor.id] \
            if _acronym(r, refs) else []
        if owners and r.how == "gazetteer":  # a known acronym is another body only after that body's full name,
            owners = [f for f in owners if f.start < r.start  # not a name NER ran on ("British National Party(BNP")
                      and r.actor.label.lower() not in f.actor.label.lower()]
        if owners:
            before = [f for f in owners if f.start < r.start]
            actor = (before[-1] if before else owners[0]).actor
            short.setdefault(actor.id, set()).add(r.surface)
            r = replace(r, actor=replace(actor, aliases=tuple(sorted(set(actor.aliases) | {r.surface}))))
        out.append(r)
    # the full name's mentions carry the acronym too: an acronym read as a title's affiliation has no mention
    return [replace(r, actor=replace(r.actor, aliases=tuple(sorted(set(r.actor.aliases) | short[r.actor.id]))))
            if r.actor.id in short and r.how != "metonymy" else r for r in out]
