"""Party memberships of politicians: who belonged to which party on a day.

Two sources give them: the ``party`` of a holder in ``ontology/offices.yaml`` (a UK cabinet minister
belongs to the governing party of the day, a party leader to the party), for the days of the term,
and ``ontology/politicians.yaml``, the dated memberships of politicians the offices do not list (Ken
Livingstone, Robert Kilroy-Silk).  ``Offices.memberships`` (:mod:`graph.extract.offices`) joins them.

``member_parties`` gives a person named in full ("Tony Blair", not "Mr Blair") whom the text ties to
no party the ``party`` the data gives for the article's days: its date, else its ``--period``, else,
undated, the one party of every membership the data lists for the name (none when the person changed
party).  A party the text gives wins, and a title of no state office (``private_roles``: "chief
executive Andrew Smith") says the person is not the politician.  ``party: none`` in
``politicians.yaml`` is a spell in no party of the gazetteer (an independent, a party it does not
list): it gives nothing, but it keeps an undated article from taking the other spells' party.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
import datetime as _dt
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..model import ActorType
from ..vocab import check_keys, check_mapping, read_ontology_yaml

__all__ = ["Membership", "Memberships", "POLITICIANS_FILE", "NO_PARTY", "OPEN_END", "make_politicians",
           "read_politicians", "member_parties", "article_window", "yaml_day", "text_field", "Window"]

POLITICIANS_FILE = "politicians.yaml"
NO_PARTY = "none"  # a spell in no party of the gazetteer
OPEN_END = "9999-12-31"  # a holder still in office, a member still
_FILE_KEYS = dict.fromkeys(("politicians",))
_ENTRY_KEYS = dict.fromkeys(("label", "aliases", "parties"))
_SPELL_KEYS = dict.fromkeys(("party", "from", "to"))

Window = tuple[tuple[str, str], ...]  # (first day, last day) pairs, ISO dates


@dataclass(frozen=True)
class Membership:
    """A spell of the person called by ``names`` (lower case) in ``party`` (a gazetteer id, or
    :data:`NO_PARTY`), both days included; ``path`` is the file that says so."""

    label: str
    names: frozenset[str]
    party: str
    start: str
    end: str
    path: str = ""


@dataclass(frozen=True)
class Memberships:
    """Every known membership."""

    members: tuple[Membership, ...] = ()

    def check_parties(self, parties) -> None:
        """OntologyError naming the file for a party that is none of ``parties`` (nor ``none``)."""
        for m in self.members:
            if m.party != NO_PARTY and m.party not in parties:
                raise OntologyError(f"{m.path}: {m.label}: `party: {m.party}` is no party of the gazetteer "
                                    f"(an actors*.yaml entry with `kind: party`), nor `{NO_PARTY}`")

    @cached_property
    def _by_name(self) -> dict[str, tuple[Membership, ...]]:
        """Each lower-case name -> the spells of the people called so (worked out once, read per mention)."""
        out: dict[str, list[Membership]] = {}
        for m in self.members:
            for n in m.names:
                out.setdefault(n, []).append(m)
        return {n: tuple(ms) for n, ms in out.items()}

    def full_name(self, name: str) -> str | None:
        """The label of the one politician listing ``name`` (any case) as another name of theirs, one without the
        label's first name ("Lord Kinnock" -> Neil Kinnock), else None (``name`` is a label itself or a form of it
        with that first name, or nobody's alias, or several people's)."""
        name = name.lower()
        labels = {m.label for m in self._by_name.get(name, ())}
        if len(labels) != 1:
            return None
        label = labels.pop()
        # a fuller or respelt form of the label itself ("Sir Menzies Campbell") is left to the persons pass
        return label if label.split()[0].lower() not in name.split() else None

    def knows(self, name: str) -> bool:
        """``name`` (any case) is a name of a politician the data lists."""
        return name.lower() in self._by_name

    def party(self, name: str, window: Window | None = None) -> str | None:
        """The one party of the person called ``name`` (any case) in the spells that meet ``window``
        (every spell without one); None when they name none or several, or only :data:`NO_PARTY`."""
        spells = list(self._by_name.get(name.lower(), ()))
        if window is not None:
            spells = [m for m in spells if any(m.start <= last and first <= m.end for first, last in window)]
        found = {m.party for m in spells}
        if len(found) != 1:
            return None
        party = found.pop()
        return None if party == NO_PARTY else party


def yaml_day(value, where: str, path) -> str:
    """An ISO day from YAML (a date, or a string that reads as one)."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise OntologyError(f"{path}: {where} must be an ISO date (yyyy-mm-dd), found {value!r}") from None


def text_field(entry: dict, key: str, where: str, path, required: bool = True) -> str:
    """``entry[key]`` as a stripped non-empty text (\"\" when it may be missing and is); OntologyError else."""
    value = entry.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise OntologyError(f"{path}: {where} needs `{key}` as a non-empty text, found {value!r}")
    return value.strip()


def _iso_day(day: str | None) -> str | None:
    """The ISO day of an article's date ("2005-03-01", "2005-03-01T10:00"), None for anything else."""
    try:
        return _dt.date.fromisoformat(day[:10]).isoformat() if day else None
    except ValueError:
        return None


def article_window(day: str | None, period=None) -> Window | None:
    """The days an article can be from: its date (``day``), else the days of ``period`` (a
    :class:`~graph.model.Period`), else None (any day)."""
    day = _iso_day(day)
    return ((day, day),) if day else period.window if period else None


def member_parties(refs: list, memberships: Memberships, day: str | None = None, period=None,
                   private_roles=frozenset(), strangers=frozenset(), window: Window | None = None) -> list:
    """The refs with each person named in full whom the text gave no ``party`` the party ``memberships``
    give for the article's ``day`` (ISO), else the days of ``period`` (a :class:`~graph.model.Period`),
    else for every day the data knows; ``window``: the article's days when the caller has worked them out
    (``persons.ArticleDays``: its titled people's tenures too)."""
    if not memberships.members:
        return refs
    window = window or article_window(day, period)
    found: dict[str, str | None] = {}
    out = []
    for r in refs:
        attrs = dict(r.actor.attributes)
        if r.actor.type is ActorType.PERSON and " " in r.actor.label and "party" not in attrs \
                and attrs.get("role", "").lower() not in private_roles and r.actor.label not in strangers:
            if r.actor.label not in found:
                found[r.actor.label] = memberships.party(r.actor.label, window)
            if found[r.actor.label]:
                attrs["party"] = found[r.actor.label]
                r = replace(r, actor=replace(r.actor, attributes=tuple(sorted(attrs.items()))))
        out.append(r)
    return out


def _spell(entry, where: str, label: str, path) -> tuple[str, str, str]:
    if not isinstance(entry, dict):
        raise OntologyError(f"{path}: {where} must be a mapping {{party, from, to}}, found {entry!r}")
    check_keys(entry, _SPELL_KEYS, path, f"{where}.")
    party = text_field(entry, "party", where, path)
    return (party, *dated_range(entry, where, label, path))


def dated_range(entry: dict, where: str, label: str, path) -> tuple[str, str]:
    """The ISO days of an entry's ``from`` and ``to`` (none: open, ``OPEN_END``), checked in order."""
    start = yaml_day(entry.get("from"), f"{where} ({label}) `from`", path)
    end = OPEN_END if entry.get("to") is None else yaml_day(entry.get("to"), f"{where} ({label}) `to`", path)
    if end < start:
        raise OntologyError(f"{path}: {where} ({label}) ends ({end}) before it starts ({start})")
    return start, end


def _politician(entry, k: int, path) -> list[Membership]:
    where = f"politicians[{k}]"
    check_mapping(entry, _ENTRY_KEYS, path, f"{where} must be a mapping (label, aliases, parties)", f"{where}.")
    label = text_field(entry, "label", where, path)
    where = f"{where} ({label})"
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise OntologyError(f"{path}: {where} `aliases` must be a list of names, found {aliases!r}")
    spells = entry.get("parties")
    if not isinstance(spells, list) or not spells:
        raise OntologyError(f"{path}: {where} needs `parties`, a list of {{party, from, to}}")
    names = frozenset(n.strip().lower() for n in (label, *aliases))
    out = sorted((Membership(label, names, *_spell(s, f"{where}.parties[{i}]", label, path), str(path))
                  for i, s in enumerate(spells)), key=lambda m: m.start)
    for a, b in zip(out, out[1:]):
        if b.start <= a.end:
            raise OntologyError(f"{path}: {where}: the spells in {a.party} (to {a.end}) and {b.party} "
                                f"(from {b.start}) overlap; one person has one party at a time")
    return out


def make_politicians(data, path) -> Memberships:
    """The memberships of the parsed ``politicians.yaml`` at ``path``."""
    data = check_mapping({} if data is None else data, _FILE_KEYS, path, "expected a mapping with `politicians:`")
    entries = data.get("politicians") or []
    if not isinstance(entries, list):
        raise OntologyError(f"{path}: `politicians` must be a list of politicians")
    return Memberships(tuple(m for k, e in enumerate(entries) for m in _politician(e, k, path)))


def read_politicians(folder: str | Path) -> Memberships:
    """The memberships of ``folder``'s ``politicians.yaml`` (none without one), read again only when it changed."""
    from ..fsutil import file_digest

    path = Path(folder) / POLITICIANS_FILE
    return _read(str(path), file_digest(path)) if path.is_file() else Memberships()


@lru_cache(maxsize=8)
def _read(path: str, digest: str | None) -> Memberships:
    return make_politicians(read_ontology_yaml(path), path)
