"""The field's actor and verb dictionaries (CAMEO/Phoenix), as imported into ``ontology/cameo/*.json``.

``scripts/import_cameo.py`` converts PETRARCH2's dictionaries (MIT) and PLOVER's CAMEO-to-PLOVER table
(CC BY-SA 4.0) into seven JSON files; this module reads them and answers lookups:

- a political figure by name, and the roles they held on a date ("Tony Blair" on 2005-03-01 ->
  United Kingdom government; in 2010 -> elite, no government role);
- a group (IGO, NGO, company, armed group) by name -> its CAMEO code and our actor type;
- a sector noun ("rebels", "police") -> its agent code and whether it is the state's own sector;
- a country by name, demonym or city;
- the verb patterns of a lemma -> CAMEO code, our relation and the PLOVER type.

Names are matched by :func:`key` (case-folded, underscores and runs of spaces as one space). A name that
could mean several entries (``ambiguous``: shared aliases, surnames of several figures, aliases that are
common words) never resolves to one; :meth:`CameoDictionaries.ambiguity` says why. Files are read on
first use and records built on demand, so loading stays cheap; :func:`load_cameo` caches one object per
folder for the process. Nothing here reads spaCy or rdflib.
"""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..vocab import ONTOLOGY_DIR

__all__ = ["CAMEO_DIR", "STATE_SECTORS", "SURNAME_SHARE", "Role", "Figure", "Group", "Country", "Agent", "Plover", "VerbEntry",
           "VerbPattern", "CameoDictionaries", "load_cameo", "key", "make_role"]

#: A word that ends figures' names at least this share of the times it begins them may be a surname.
SURNAME_SHARE = 0.2
#: Sub-folder of ``ontology/`` the importer writes.
CAMEO_DIR = "cameo"
#: Sectors that are the state itself (CAMEO practice): government, military, police, judiciary,
#: legislature, intelligence.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


_BARE_INITIAL = re.compile(r"(?<=\s)([A-Z])(?=\s)")  # "W" of "George W Bush"


def key(name: str) -> str:
    """The lookup key of a name: case-folded, ``_`` as space, single spaces."""
    return " ".join(name.replace("_", " ").split()).casefold()


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value[:10])


@dataclass(frozen=True)
class Role:
    """One ``[CODE start-end]`` restriction: ``GBRGOV`` = country GBR, sectors (GOV,)."""
    code: str
    country: str
    sectors: tuple[str, ...]
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def state(self) -> bool:
        """The role is a state sector (government, military, police, ...)."""
        return bool(self.sectors) and self.sectors[0] in STATE_SECTORS

    def holds_on(self, day: date) -> bool:
        """Dates are inclusive; an open end holds for ever."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def make_role(code: str, start: str | None = None, end: str | None = None) -> Role:
    """``GBRGOVJUD`` -> Role(country GBR, sectors GOV, JUD); ``ELI`` alone -> no country."""
    country, rest = (code[:3], code[3:]) if len(code) > 3 else ("", code)
    sectors = tuple(rest[i:i + 3] for i in range(0, len(rest), 3))
    return Role(code, country, sectors, date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end else None)


@dataclass(frozen=True)
class Figure:
    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def roles_on(self, day: date | str) -> tuple[Role, ...]:
        """The dated roles holding on ``day``; when none does, the undated (default) roles, as PETRARCH reads them."""
        d = _day(day)
        held = tuple(r for r in self.roles if r.dated and r.holds_on(d))
        return held or tuple(r for r in self.roles if not r.dated)


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    aliases: tuple[str, ...]
    code: str
    type: str  # our actor type: InternationalOrganization, Organization, ArmedGroup, Media
    more: tuple[str, ...] = ()  # further codes of the entry


@dataclass(frozen=True)
class Country:
    id: str
    code: str
    name: str
    aliases: tuple[str, ...]
    cities: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True)
class Agent:
    """A sector noun: ``rebels`` -> ``~REB`` (after the country code), state False."""
    form: str
    singular: str
    code: str
    sector: str
    state: bool

    @property
    def before_actor(self) -> bool:
        """``NGO~`` codes go before the actor's code, ``~GOV`` after it."""
        return self.code.endswith("~")


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None
    context: str | None
    description: str | None


@dataclass(frozen=True)
class VerbEntry:
    """A verb of a CAMEO synset block: ``take over`` (a phrasal verb), its irregular forms, its own code."""
    lemma: str
    forms: tuple[str, ...]
    code: str | None
    block: str


@dataclass(frozen=True)
class VerbPattern:
    """A phrase pattern of a verb block. ``before``/``after`` hold the items around the verb as in the
    file: ``{"word": w}``, ``{"synset": NAME}``, ``{"phrase": [...]}``, ``{"pp": prep, "object": [...]}``,
    ``{"slot": "source"|"target"|"compound"}``, ``{"skip": True}``."""
    block: str
    before: tuple[dict, ...]
    after: tuple[dict, ...]
    code: str | None
    reverse: str | None
    relation: str | None
    reverse_relation: str | None
    plover: Plover | None
    verb: str | None  # the verb the pattern was written for (the file's comment)


class CameoDictionaries:
    """Lookups over ``ontology/cameo/*.json``; each file is read the first time a lookup needs it."""

    def __init__(self, folder: Path | str):
        self.folder = Path(folder)
        self._docs: dict[str, dict] = {}
        self._index: dict[str, dict] = {}
        self._built: dict[tuple[str, int], object] = {}

    # ---------------------------------------------------------------- reading
    def _doc(self, name: str) -> dict:
        if name not in self._docs:
            path = self.folder / f"{name}.json"
            try:
                self._docs[name] = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise OntologyError(f"{path}: missing; run `python scripts/import_cameo.py` to create it") from None
            except (OSError, ValueError) as err:
                raise OntologyError(f"{path}: unreadable ({err}); re-run `python scripts/import_cameo.py`") from err
        return self._docs[name]

    def _rows(self, name: str, field: str) -> list:
        try:
            return self._doc(name)[field]
        except (KeyError, TypeError):
            raise OntologyError(f"{self.folder / name}.json: no '{field}' list; re-run "
                                "`python scripts/import_cameo.py`") from None

    def _names_index(self, kind: str) -> dict[str, list[int]]:
        """key(name or alias) -> row numbers, for figures, groups or countries."""
        if kind not in self._index:
            index: dict[str, list[int]] = defaultdict(list)
            for i, names in enumerate(self._names_of(kind)):
                for k in {n.casefold() for n in names}:  # the importer writes names single-spaced
                    index[k].append(i)
            self._index[kind] = dict(index)
        return self._index[kind]

    def _names_of(self, kind: str):
        if kind == "countries":
            return ([c["name"], *c["aliases"], *c["cities"]] for c in self._rows("countries", "countries"))
        return ([r[1], *r[2]] for r in self._rows(kind, kind))

    def _record(self, kind: str, i: int):
        if (kind, i) not in self._built:
            self._built[kind, i] = _MAKERS[kind](self._rows(kind, kind)[i])
        return self._built[kind, i]

    def _lookup(self, kind: str, name: str) -> tuple:
        return tuple(self._record(kind, i) for i in self._names_index(kind).get(key(name), ()))

    # ---------------------------------------------------------------- actors
    def ambiguity(self, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(reason, candidate ids) when ``name`` could mean several entries or is a common word, else None."""
        if "ambiguous" not in self._index:
            self._index["ambiguous"] = {r[0]: (r[1], tuple(r[2])) for r in self._rows("ambiguous", "ambiguous")}
        return self._index["ambiguous"].get(key(name))

    def figures_named(self, name: str) -> tuple[Figure, ...]:
        """Every figure with this full name or alias (several when the name is shared); an initial
        written without its full stop is the dotted one ("George W Bush" is "George W. Bush")."""
        found = self._lookup("figures", name)
        if not found and _BARE_INITIAL.search(name):
            found = self._lookup("figures", _BARE_INITIAL.sub(r"\1.", name))
        return found

    def figure(self, name: str) -> Figure | None:
        """The one figure this name means, or None when unknown or ambiguous."""
        found = self.figures_named(name)
        return found[0] if len(found) == 1 and self.ambiguity(name) is None else None

    def roles_on(self, name: str, day: date | str) -> tuple[Role, ...]:
        """The roles of the figure ``name`` on ``day`` (empty when the name is unknown or ambiguous)."""
        fig = self.figure(name)
        return fig.roles_on(day) if fig else ()

    def name_words(self) -> frozenset[str]:
        """Every lower-case word of every figure's name and aliases ("tony", "blair", "straw")."""
        if "words" not in self._index:
            self._index["words"] = frozenset(w for names in self._names_of("figures") for n in names
                                             for w in n.casefold().replace("-", " ").split())
        return self._index["words"]

    def figures_with_surname(self, word: str) -> tuple[str, ...]:
        """The names of the figures whose name (not alias) of two or more words ends with ``word`` (any case)."""
        if "by_surname" not in self._index:
            index: dict[str, list[str]] = defaultdict(list)
            for r in self._rows("figures", "figures"):
                words = r[1].split()
                if len(words) > 1:
                    index[words[-1].casefold()].append(r[1])
            self._index["by_surname"] = {k: tuple(v) for k, v in index.items()}
        return self._index["by_surname"].get(word.casefold(), ())

    def surname_words(self) -> frozenset[str]:
        """Lower-case words that end figures' names at least ``SURNAME_SHARE`` as often as they begin them:
        surnames, also those that are first names too ("blair", "brown", "howard", "thomas"; not "david",
        "john", "anne")."""
        if "surnames" not in self._index:
            first: dict[str, int] = defaultdict(int)
            last: dict[str, int] = defaultdict(int)
            for names in self._names_of("figures"):
                for words in (n.casefold().replace("-", " ").split() for n in names):
                    if len(words) > 1:
                        first[words[0]] += 1
                        last[words[-1]] += 1
            self._index["surnames"] = frozenset(w for w, k in last.items() if k >= SURNAME_SHARE * first.get(w, 0))
        return self._index["surnames"]

    def group(self, name: str) -> Group | None:
        found = self._lookup("groups", name)
        return found[0] if len(found) == 1 and self.ambiguity(name) is None else None

    def country(self, name: str) -> Country | None:
        """A country by name, demonym, alias or one of its cities ("Damascus" -> Syria)."""
        found = {c.code: c for c in self._lookup("countries", name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def countries_coded(self, code: str) -> tuple[Country, ...]:
        """The countries and territories of a CAMEO code ("FRA": France, Saint Barthelemy ...), in file
        order; empty for a code of no country ("IGO")."""
        if "codes" not in self._index:
            index: dict[str, list[int]] = defaultdict(list)
            for i, row in enumerate(self._rows("countries", "countries")):
                index[row["code"]].append(i)
            self._index["codes"] = dict(index)
        return tuple(self._record("countries", i) for i in self._index["codes"].get(code, ()))

    def agent(self, noun: str) -> Agent | None:
        """A sector noun, singular or plural ("rebels", "riot police")."""
        if "agents" not in self._index:
            self._index["agents"] = {}
            for row in self._rows("agents", "agents"):
                self._index["agents"].setdefault(row[0], Agent(*row))
        return self._index["agents"].get(key(noun))

    # ---------------------------------------------------------------- verbs
    def plover(self, code: str | None) -> Plover | None:
        """The PLOVER line of a CAMEO code, else of its nearest listed parent (``0253`` -> ``02``...)."""
        codes = self._doc("plover").get("codes", {})
        for n in range(len(code or ""), 1, -1):
            if code[:n] in codes:
                return Plover(*codes[code[:n]])
        return None

    def relation(self, code: str | None) -> str | None:
        """Our relation (``ontology/actorgraph.ttl``) for a CAMEO event code, None for none."""
        return self._doc("verbs").get("relations", {}).get(code) if code else None

    def _verb_index(self) -> dict[str, list[tuple[int, int]]]:
        if "verbs" not in self._index:
            index: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for b, block in enumerate(self._rows("verbs", "blocks")):
                for v, verb in enumerate(block["verbs"]):
                    index[verb["lemma"]].append((b, v))
            self._index["verbs"] = dict(index)
        return self._index["verbs"]

    def verb_blocks(self) -> list[dict]:
        """Every verb synset block as imported (``name``, ``code``, ``verbs``, ``patterns``), in file order."""
        return self._rows("verbs", "blocks")

    def synsets(self) -> dict[str, list[str]]:
        """The noun synsets (``MILITARY`` -> troops, soldiers, ...) the patterns name as ``&NAME``."""
        found = self._doc("verbs").get("synsets")
        if not isinstance(found, dict):
            raise OntologyError(f"{self.folder / 'verbs'}.json: no 'synsets' mapping; re-run "
                                "`python scripts/import_cameo.py`")
        return found

    def verbs(self, lemma: str) -> tuple[VerbEntry, ...]:
        """The dictionary's verbs with this lemma ("pay", "take over"); one per synset block it is in."""
        blocks = self._rows("verbs", "blocks")
        return tuple(_verb_entry(blocks[b], blocks[b]["verbs"][v]) for b, v in self._verb_index().get(key(lemma), ()))

    def verbs_headed_by(self, head: str) -> tuple[VerbEntry, ...]:
        """Single and phrasal verbs whose first word is ``head`` ("take" -> take, take over, ...)."""
        h = key(head)
        return tuple(e for lemma in self._verb_index() if lemma == h or lemma.startswith(h + " ")
                     for e in self.verbs(lemma))

    def patterns(self, lemma: str) -> tuple[VerbPattern, ...]:
        """The phrase patterns that apply to ``lemma``: those of every synset block it belongs to."""
        out = []
        for b, _ in self._verb_index().get(key(lemma), ()):
            if ("patterns", b) not in self._built:
                block = self._rows("verbs", "blocks")[b]
                self._built["patterns", b] = tuple(self._pattern(block, p) for p in block["patterns"])
            out.extend(self._built["patterns", b])
        return tuple(out)

    def _pattern(self, block: dict, p: dict) -> VerbPattern:
        return VerbPattern(block["name"], tuple(p["before"]), tuple(p["after"]), p["code"], p["reverse"],
                           self.relation(p["code"]), self.relation(p["reverse"]), self.plover(p["code"]), p["verb"])


def _verb_entry(block: dict, verb: dict) -> VerbEntry:
    return VerbEntry(verb["lemma"], tuple(verb["forms"]), verb["code"] or block["code"], block["name"])


def _figure(row: list) -> Figure:
    fid, name, aliases, roles = row
    return Figure(fid, name, tuple(aliases), tuple(make_role(*r) for r in roles))


def _group(row: list) -> Group:
    gid, name, aliases, code, kind, more = row
    return Group(gid, name, tuple(aliases), code, kind, tuple(more))


def _country(row: dict) -> Country:
    return Country(row["id"], row["code"], row["name"], tuple(row["aliases"]), tuple(row["cities"]), row["capital"])


_MAKERS = {"figures": _figure, "groups": _group, "countries": _country}


@lru_cache(maxsize=4)
def _load(folder: str) -> CameoDictionaries:
    return CameoDictionaries(folder)


@lru_cache(maxsize=64)
def _folder(ontology_dir: str, cwd: str) -> str:
    return str((Path(ontology_dir) / CAMEO_DIR).resolve())


def load_cameo(ontology_dir: Path | str = ONTOLOGY_DIR) -> CameoDictionaries:
    """The dictionaries under ``ontology_dir/cameo``, one object per folder for the whole process.
    Rules ask for them many times per article: the folder is resolved once per path (and working
    directory, for a relative one)."""
    folder = str(ontology_dir)
    return _load(_folder(folder, "" if os.path.isabs(folder) else os.getcwd()))
