"""Offices and their dated holders (``ontology/offices.yaml``): who "the prime minister" was on a day.

``read_offices(folder)`` reads the file once per content (a frozen :class:`Offices`); a malformed entry
is an :class:`~graph.errors.OntologyError` naming the file and the entry.  ``Offices.find(role, affs,
home)`` answers the offices a role description may name: "the chancellor" with no modifier in an
article whose home country is the United Kingdom is the Chancellor of the Exchequer, "the German
chancellor" the Chancellor of Germany, "the Tory leader" the Leader of the Conservative Party.
``Office.holder(window)`` is the one person who held the office on every day of the window (a tuple
of (first, last) ISO day pairs): none when the office changed hands inside it.
A holder's ``party`` (optional) is the party during the term; ``Offices.memberships`` joins those
spells with ``politicians.yaml``'s (:mod:`graph.extract.politicians`).

Article windows (``persons.ArticleDays``, worked out once per article for ``persons.role_refs`` and
``triples.party_governs``): a dated article's window is its day; an undated one is bounded by the build's
period (``--period 2004..2005``, a :class:`~graph.model.Period`) and by the tenures of the offices its named
people hold by a title the text gives ("Tory leader Michael Howard": 2003-11-06 to 2005-12-06), else by two
role phrases held together or the one named holder a role phrase reads as, and has no window without any.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..vocab import check_keys, check_mapping, read_ontology_yaml
from .politicians import Membership, Memberships, Window, dated_range, read_politicians
from .politicians import text_field as _text

__all__ = ["Term", "Office", "Offices", "OFFICES_FILE", "make_offices", "read_offices", "intersect", "joint_window"]

OFFICES_FILE = "offices.yaml"
_FILE_KEYS = dict.fromkeys(("offices",))
_OFFICE_KEYS = dict.fromkeys(("office", "country", "of", "titles", "holders"))
_HOLDER_KEYS = dict.fromkeys(("label", "from", "to", "aliases", "party"))

@dataclass(frozen=True)
class Term:
    """One holder's spell in an office, both days included."""

    label: str
    start: str
    end: str
    aliases: tuple[str, ...] = ()
    party: str = ""  # the gazetteer id of the holder's party during the term, or ""

    def names(self) -> frozenset[str]:
        return frozenset(n.lower() for n in (self.label, *self.aliases))


@dataclass(frozen=True)
class Office:
    """An office (``name``), the state it belongs to (``country``, an actor id, or ""), the party or
    organisation a description must name to mean it (``of``, or ""), the roles that name it
    (``titles``, lower case) and its ``terms`` in order."""

    name: str
    country: str
    of: str
    titles: frozenset[str]
    terms: tuple[Term, ...]

    def holder(self, window: Window) -> Term | None:
        """The term of the one person who held the office on every day of ``window``, or None."""
        found = None
        for first, last in window:
            spells = [t for t in self.terms if t.start <= first and last <= t.end]
            if len(spells) != 1 or (found is not None and spells[0].label != found.label):
                return None  # nobody, a handover day, or two holders in the window
            found = found or spells[0]
        return found

    def tenure(self, name: str) -> Window:
        """The spells in office of the person called ``name`` (label or alias, any case)."""
        return tuple((t.start, t.end) for t in self.terms if name.lower() in t.names())


@dataclass(frozen=True)
class Offices:
    """Every office of ``offices.yaml``."""

    offices: tuple[Office, ...] = ()
    path: str = ""  # the file, for messages
    politicians: Memberships = Memberships()  # the party memberships of politicians.yaml

    def check_ids(self, known, parties=None) -> None:
        """OntologyError naming the file for a `country` or `of` that is no actor id of ``known``, or a
        holder's `party` (and a membership of ``politicians.yaml``) that is none of ``parties``."""
        for o in self.offices:
            for key, value in (("country", o.country), ("of", o.of)):
                if value and value not in known:
                    raise OntologyError(f"{self.path}: {o.name}: `{key}: {value}` is no actor id of the "
                                        f"gazetteer (actors*.yaml); use the id of the actor's entry")
            for t in o.terms:
                if t.party and parties is not None and t.party not in parties:
                    raise OntologyError(f"{self.path}: {o.name}: {t.label}: `party: {t.party}` is no party "
                                        f"of the gazetteer (an actors*.yaml entry with `kind: party`)")
        if parties is not None:
            self.politicians.check_parties(parties)

    @cached_property
    def memberships(self) -> Memberships:
        """The party memberships the data gives: the holders' parties during their terms and
        ``politicians.yaml``'s."""
        terms = tuple(Membership(t.label, t.names(), t.party, t.start, t.end, self.path)
                      for o in self.offices for t in o.terms if t.party)
        return Memberships(terms + self.politicians.members)

    def find(self, role: str, affs: frozenset[str] | set[str], home: str | None) -> list[Office]:
        """The offices ``role`` names: of a party or organisation in ``affs`` ("the Tory leader"), else of
        a country in ``affs`` ("the French president") without an ``of``, else of ``home`` without an ``of``."""
        role = role.lower()
        named = [o for o in self.offices if role in o.titles]
        if affs:
            by_of = [o for o in named if o.of and o.of in affs]
            return by_of or [o for o in named if not o.of and o.country in affs]
        return [o for o in named if not o.of and home and o.country == home]

    def held_by(self, role: str, name: str) -> list[Office]:
        """The offices named by ``role`` that the person called ``name`` held at some time."""
        role = role.lower()
        return [o for o in self.offices if role in o.titles and o.tenure(name)]


def intersect(a: Window, b: Window) -> Window:
    """The days in both windows."""
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if s <= e:
                out.append((s, e))
    return tuple(sorted(out))




_MIN_JOINT_DAYS = 30  # two tenures meeting for fewer days meet at a handover, which dates no article


def _days(window: Window) -> int:
    return sum((date.fromisoformat(e[:10]) - date.fromisoformat(s[:10])).days + 1 for s, e in window)


def joint_window(held: dict) -> tuple[Window, str] | None:
    """(window, country) of an undated article from two of its role phrases that two different persons it names
    held together: ``held`` maps each role phrase to its [(person id, Office, spells)] ("the prime minister" with
    Tony Blair and Gordon Brown named, "the chancellor" with Gordon Brown: 1997-2007, when Mr Blair was prime
    minister and Mr Brown chancellor); every such pair must agree (their windows meet) and be of one country,
    else None."""
    keys, windows, countries = list(held), [], set()
    for k, first in enumerate(keys):
        for second in keys[k + 1:]:
            for p1, o1, w1 in held[first]:
                for p2, o2, w2 in held[second]:
                    both = intersect(w1, w2)
                    if p1 != p2 and o1 is not o2 and _days(both) >= _MIN_JOINT_DAYS:
                        windows.append(both)
                        countries |= {o.country for o in (o1, o2) if o.country}
    if not windows or len(countries) > 1:
        return None
    window = windows[0]
    for w in windows[1:]:
        window = intersect(window, w)
    return (window, next(iter(countries), "")) if _days(window) >= _MIN_JOINT_DAYS else None


def _term(entry, where: str, path) -> Term:
    if not isinstance(entry, dict):
        raise OntologyError(f"{path}: {where} must be a mapping {{label, from, to}}, found {entry!r}")
    check_keys(entry, _HOLDER_KEYS, path, f"{where}.")
    label = _text(entry, "label", where, path)
    start, end = dated_range(entry, where, label, path)
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise OntologyError(f"{path}: {where} ({label}) `aliases` must be a list of names, found {aliases!r}")
    party = _text(entry, "party", f"{where} ({label})", path, False)
    return Term(label, start, end, tuple(a.strip() for a in aliases), party)


def _office(entry, k: int, path) -> Office:
    where = f"offices[{k}]"
    check_mapping(entry, _OFFICE_KEYS, path, f"{where} must be a mapping (office, country, titles, holders)",
                  f"{where}.")
    name = _text(entry, "office", where, path)
    where = f"{where} ({name})"
    country, of = _text(entry, "country", where, path, False), _text(entry, "of", where, path, False)
    if not country and not of:
        raise OntologyError(f"{path}: {where} needs a `country` or an `of` (whose office it is)")
    titles = entry.get("titles")
    if not isinstance(titles, list) or not titles or not all(isinstance(t, str) and t.strip() for t in titles):
        raise OntologyError(f"{path}: {where} needs `titles`, a list of the roles that name it, found {titles!r}")
    holders = entry.get("holders")
    if not isinstance(holders, list) or not holders:
        raise OntologyError(f"{path}: {where} needs `holders`, a list of {{label, from, to}}")
    terms = tuple(sorted((_term(h, f"{where}.holders[{i}]", path) for i, h in enumerate(holders)),
                         key=lambda t: t.start))
    for a, b in zip(terms, terms[1:]):
        if b.start < a.end:  # a handover day may be both
            raise OntologyError(f"{path}: {where}: {a.label} ({a.start} to {a.end}) and {b.label} "
                                f"(from {b.start}) overlap; one office has one holder at a time")
    return Office(name, country, of, frozenset(t.strip().lower() for t in titles), terms)


def make_offices(data, path) -> Offices:
    """The offices of the parsed ``offices.yaml`` at ``path``."""
    data = check_mapping({} if data is None else data, _FILE_KEYS, path, "expected a mapping with `offices:`")
    entries = data.get("offices") or []
    if not isinstance(entries, list):
        raise OntologyError(f"{path}: `offices` must be a list of offices")
    return Offices(tuple(_office(e, k, path) for k, e in enumerate(entries)), str(path))


def read_offices(folder: str | Path) -> Offices:
    """The offices of ``folder``'s ``offices.yaml`` (none without one), with the party memberships of
    its ``politicians.yaml`` (none without one), read again only when it changed."""
    from dataclasses import replace

    from ..fsutil import file_digest

    path = Path(folder) / OFFICES_FILE
    offices = _read(str(path), file_digest(path)) if path.is_file() else Offices()
    politicians = read_politicians(folder)
    return replace(offices, politicians=politicians) if politicians.members else offices


@lru_cache(maxsize=8)
def _read(path: str, digest: str | None) -> Offices:
    return make_offices(read_ontology_yaml(path), path)
