"""Sector actors: a country's non-state groups ("Sudanese rebels"), after CAMEO's agents file.

CAMEO codes "Sudanese rebels" as the country plus a sector (SDNREB), never as the government; its
agents file (``ontology/cameo/agents.json``, via :func:`graph.extract.cameo.load_cameo`) says which
nouns name which sector and whether that sector is the state's own (government, military, police,
judiciary, legislature, intelligence).  Over the mentions actor recognition found:

- a demonym modifying a state-sector noun ("Sudanese officials") stays the country, as before;
- a demonym modifying a non-state sector noun ("Chadian rebels", "Iraqi journalists") becomes a
  ``SectorGroup`` of that country and sector: id ``<country>-<sector>``, ``affiliation`` the country,
  ``agentCode`` the CAMEO code (``TCDREB``); one actor per country and sector, never the state;
- a group modifier that is no country ("Kurdish protesters in Turkey") takes the country its noun is
  in, and keeps its own word in the id and label (``turkey-kurdish-opp``).
"""
from __future__ import annotations

from ..model import Actor, ActorType
from .cameo import Agent, load_cameo
from .gazetteer import Titles, slugify
from .refs import ActorRef
from .scoring import MENTION

__all__ = ["SECTOR_TYPE", "sector_refs", "sector_actor"]

#: The actor class of a country's non-state sector (``ag:SectorGroup``).
SECTOR_TYPE = ActorType.SECTOR_GROUP
_MODIFIER_DEPS = ("amod", "compound", "nmod")
_ONE = frozenset({"a", "an", "one", "another", "each", "every", "any", "no"})


def _agent(tok, lex: Titles) -> Agent | None:
    """The CAMEO agent a noun names ("rebels" -> ~REB), None for other words, for the nouns of
    ``not_sectors`` and for one unnamed person."""
    if tok.pos_ not in ("NOUN", "PROPN") or {tok.lower_, tok.lemma_.lower()} & lex.not_sectors:
        return None
    if tok.tag_ == "NN" and any(c.dep_ == "poss" or (c.dep_ in ("det", "nummod") and c.lower_ in _ONE)
                                for c in tok.children):
        return None  # "an Egyptian man", "his English teacher": one person we cannot name
    cameo = load_cameo()
    return cameo.agent(tok.text) or cameo.agent(tok.lemma_)


def _compound_agent(doc, start: int, noun, lex: Titles) -> Agent | None:
    """The agent of the compound before a noun ("news agencies" -> ~MED), else of the noun alone."""
    if noun.i > start:
        words = [doc[i] for i in range(start, noun.i + 1)]
        found = load_cameo().agent(" ".join(t.text for t in words)) or load_cameo().agent(
            " ".join(t.lemma_ for t in words))
        if found is not None and not ({noun.lower_, noun.lemma_.lower()} & lex.not_sectors):
            return found
    return _agent(noun, lex)


def _country_code(country: Actor) -> str:
    found = load_cameo().country(country.label)
    return found.code if found else ""


def sector_actor(country: Actor, agent: Agent, label: str, group: str = "") -> Actor:
    """The actor of ``country``'s sector ``agent`` ("Chadian rebels" -> chad-reb, TCDREB)."""
    code = f"{_country_code(country)}{agent.sector}"
    attrs = (("affiliation", country.id), ("agentCode", code))
    return Actor(slugify(" ".join(w for w in (country.id, group, agent.sector) if w)), label, SECTOR_TYPE,
                 (label,), attributes=attrs)


def _sector_noun(doc, ref: ActorRef):
    """The noun a modifier mention leans on, right after it ("Chadian [rebels]"), else None."""
    tok = doc[ref.end - 1]
    head = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or head.i < ref.end or head.ent_type_ == "PERSON":
        return None
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and not head.ent_type_ and after.ent_type_ in ("ORG", "PERSON"):
        return None  # "Japanese manufacturer Sharp": the noun says what the name is, the name is the actor
    if any(t.dep_ != "compound" or t.head.i != head.i for t in doc[ref.end:head.i]):
        return None  # only compounds between: "Russian [news agencies]"
    return head


def _country_in(doc, noun, refs_at) -> Actor | None:
    """The country of an "in" phrase on the noun ("protesters in Turkey")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ref = refs_at.get(obj.i)
            if ref is not None and ref.actor.type is ActorType.COUNTRY:
                return ref.actor
    return None


def _from_demonym(doc, ref: ActorRef, lex: Titles) -> ActorRef | None:
    """'Chadian rebels' -> a SectorGroup; 'Sudanese judges' -> the country, noun included."""
    if ref.how != "demonym" or ref.actor.type is not ActorType.COUNTRY:
        return None
    noun, start = _sector_noun(doc, ref), ref.end
    if noun is None and ref.end - ref.start > 1 and doc[ref.end - 1].pos_ == "NOUN":  # "Russian news agencies",
        noun = doc[ref.end - 1]  # which actor recognition took whole as a state agent ("agencies")
        start = next((t.i for t in doc[ref.start + 1:noun.i] if t.dep_ == "compound" and t.head.i == noun.i), noun.i)
        if start == noun.i:
            return None  # "Russian officials" stays the state
    agent = _compound_agent(doc, start, noun, lex) if noun is not None else None
    if agent is None or agent.state:
        return None  # a state's agents fold into the state (``titles.yaml`` state_agents), as before
    label = doc[ref.start:noun.i + 1].text
    return ActorRef(sector_actor(ref.actor, agent, label), ref.start, noun.i + 1, "sector", MENTION["demonym"],
                    label)


def _ethnic_groups(doc, refs_at, taken: set[int], lex: Titles) -> list[ActorRef]:
    """'Kurdish protesters in Turkey': a group word (NER NORP) on a sector noun placed in a country."""
    out = []
    for ent in (e for e in doc.ents if e.label_ == "NORP" and taken.isdisjoint(range(e.start, e.end))):
        noun = doc[ent.end - 1].head
        if doc[ent.end - 1].dep_ not in _MODIFIER_DEPS or noun.i != ent.end or noun.i in taken:
            continue
        agent = _agent(noun, lex)
        country = _country_in(doc, noun, refs_at) if agent is not None and not agent.state else None
        if country is None:
            continue
        label = doc[ent.start:noun.i + 1].text
        actor = sector_actor(country, agent, label, group=ent.text)
        out.append(ActorRef(actor, ent.start, noun.i + 1, "sector", MENTION["demonym"], label))
    return out


def _vague(ref: ActorRef, lex: Titles) -> bool:
    """A sector group of a vague sector (titles ``vague_sectors``: "the British media", "French reporters")."""
    return ref.actor.type is SECTOR_TYPE and dict(ref.actor.attributes).get("agentCode", "")[-3:] in lex.vague_sectors


def sector_refs(doc, refs: list[ActorRef], lex: Titles) -> list[ActorRef]:
    """The mentions with each country's sectors read as above (see the module docstring); a vague sector's
    group is no actor, nor is its demonym the state."""
    out = [_from_demonym(doc, ref, lex) or ref for ref in refs]
    taken = {i for r in out for i in range(r.start, r.end)}
    refs_at = {i: r for r in out for i in range(r.start, r.end)}
    return [r for r in out + _ethnic_groups(doc, refs_at, taken, lex) if not _vague(r, lex)]
