"""Known political figures: their country and role on the article's date, from CAMEO's dated role codes.

``ontology/cameo/figures.json`` lists ~18,000 figures with dated roles (Tony Blair: ``GBRGOV`` from
1997-05-02 to 2007-06-27).  A person named in full whom exactly one figure answers to (a name under
``ambiguous`` never does, see :meth:`~graph.extract.cameo.CameoDictionaries.figure`) gets, for the
article's date, ``affiliation`` = the role's country (as the gazetteer's country actor), ``role`` = the
sector's role word (``sector_roles`` in ``ontology/titles.yaml``) and ``agentCode`` = the CAMEO code.
An undated article takes what every role of the figure agrees on (the country alone, as a rule); one of a
known period (``--period 2004..2005``) the role that covers the whole period, else only the country that
the roles of its days (or, when it has none then, all its roles) agree on.
A title or party the text gives ("Labour's Alan Milburn", "Foreign Secretary Jack Straw") wins; a title of
no state office (``private_roles`` in ``ontology/titles.yaml``: "chief executive John Williams") says the
person is not the figure, who then gives nothing; so does an occupation of no state office right before
any mention of the name (``private_occupations``: "broadcaster Chris Evans", "Radio 1 DJ Jo Whiley").
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..model import ActorType, Period
from .cameo import Role, load_cameo

__all__ = ["figure_attributes", "figure_roles", "known_person", "occupied_persons", "period_roles"]


def figure_roles(label: str, day: str | None, period: Period | None = None) -> tuple[Role, ...]:
    """The roles the one figure named ``label`` holds on ``day`` (ISO date); undated, those of ``period``
    (:func:`period_roles`), or all its roles when there is none."""
    fig = load_cameo().figure(label) if " " in label else None
    if fig is None:
        return ()
    if day:
        return fig.roles_on(day)
    return period_roles(fig.roles, period) if period else fig.roles


def period_roles(roles: tuple[Role, ...], period: Period) -> tuple[Role, ...]:
    """The dated roles that hold on every day of ``period``; when none does, every role that may hold
    on some day of it (the dated ones that overlap it, and the undated ones unless the dated ones
    cover the whole period)."""
    first, last = date.fromisoformat(period.start), date.fromisoformat(period.end)
    dated = [r for r in roles if r.dated]
    whole = tuple(r for r in dated if r.holds_on(first) and r.holds_on(last))
    if whole:
        return whole
    some = [r for r in dated if (r.start is None or r.start <= last) and (r.end is None or first <= r.end)]
    gaps = _uncovered(some, first, last)
    return tuple(some) + (tuple(r for r in roles if not r.dated) if gaps else ())


def _throughout(role: Role, period: Period) -> bool:
    return not role.dated or (role.holds_on(date.fromisoformat(period.start))
                              and role.holds_on(date.fromisoformat(period.end)))


def _uncovered(roles, first: date, last: date) -> bool:
    """Whether some day from ``first`` to ``last`` lies in none of ``roles``' spans."""
    day = first
    for r in sorted(roles, key=lambda r: r.start or date.min):
        if r.start is not None and r.start > day:
            return True
        if r.end is None or r.end >= last:
            return False
        day = max(day, r.end + timedelta(days=1))
    return True


def known_person(actor, gazetteer=None) -> bool:
    """A person the gazetteer knows (an ``actors*.yaml`` person) or exactly one CAMEO figure is."""
    listed = gazetteer.actors.get(actor.id) if gazetteer is not None else None
    if listed is not None and listed.type is ActorType.PERSON:
        return True
    return " " in actor.label and load_cameo().figure(actor.label) is not None


def _agreed(roles: tuple[Role, ...], field: str) -> str | None:
    values = {getattr(r, field) for r in roles}
    return values.pop() if len(values) == 1 else None


def _attributes(label: str, day: str | None, gazetteer, period: Period | None = None) -> dict[str, str]:
    """The attributes CAMEO gives the figure ``label`` on ``day`` or in ``period`` (empty when unknown).
    In a period, the role only when every role of the period holds throughout it; a figure with no role
    in it keeps the country all its roles agree on."""
    roles, whole = figure_roles(label, day, period), True
    if period and not day:
        whole = bool(roles) and all(_throughout(r, period) for r in roles)
        roles = roles or figure_roles(label, None)
    actor = next((a for c in load_cameo().countries_coded(_agreed(roles, "country") or "")
                  for a in [gazetteer.lookup(c.name)] if a is not None and a.type is ActorType.COUNTRY), None)
    if actor is None:
        return {}
    out = {"affiliation": actor.id}
    code = _agreed(roles, "code") if whole else None
    word = gazetteer.titles.sector_roles.get(code[3:6]) if code else None
    if word:
        out.update(role=word, agentCode=code)
    return out


def occupied_persons(doc, refs: list, occupations: frozenset) -> frozenset[str]:
    """Labels of persons named in full whom a mention gives an occupation of no state office right before the
    name (``occupations``: "Broadcaster Chris Evans", "the singer Tom Jones"): no political figure of that name."""
    return frozenset(r.actor.label for r in refs if r.actor.type is ActorType.PERSON and " " in r.actor.label
                     and r.start > 0 and doc[r.start - 1].lower_ in occupations)


def figure_attributes(refs: list, day: str | None, gazetteer, period: Period | None = None,
                      strangers: frozenset = frozenset()) -> list:
    """The refs with each known figure's affiliation and role for ``day`` (an undated article: for
    ``period``, when given) added where the text gave none; none for the persons ``strangers`` names
    (:func:`occupied_persons`)."""
    found: dict[str, dict[str, str]] = {label: {} for label in strangers}
    out = []
    for r in refs:
        if r.actor.type is ActorType.PERSON:
            if r.actor.label not in found:
                found[r.actor.label] = _attributes(r.actor.label, day, gazetteer, period)
            extra = found[r.actor.label]
            attrs = dict(r.actor.attributes)
            if "role" in attrs:  # the text's title and party win; the code goes with the role
                extra = {k: v for k, v in extra.items() if k not in ("role", "agentCode")}
                if attrs["role"].lower() in gazetteer.titles.private_roles:
                    extra = {}  # "chief executive John Williams" of a football club is no Barbadian minister
            merged = {**extra, **attrs}
            if len(merged) != len(attrs):
                r = replace(r, actor=replace(r.actor, attributes=tuple(sorted(merged.items()))))
        out.append(r)
    return out
