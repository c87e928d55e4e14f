"""The actor gazetteer and the role words (:class:`Titles`), read from ``ontology/`` data files.

``ontology/actors*.yaml`` lists known actors with their aliases, demonyms and
metonyms; ``ontology/titles.yaml`` lists person titles, the head nouns that make a
demonym stand for a state ("officials", "government") and the definite
descriptions coreference understands ("the group").  Both are plain data a user
extends without code.  Matching over a Doc uses spaCy's PhraseMatcher on token
text: single words with their exact case (so "US"/"IS" never match "us"/"is"),
names of several words in any case; the longest match wins.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..model import Actor, ActorType, to_actor_type
from ..vocab import actor_types, check_keys, check_mapping, read_ontology_yaml
from .docview import spacy_doc
from .offices import Offices, read_offices

__all__ = ["Gazetteer", "Titles", "Form", "GazetteerMatch", "slugify", "make_titles", "ACTOR_FILES",
           "TITLES_FILE", "TITLES_KEYS", "ACTORS_KEYS", "ENTRY_KEYS"]

ACTOR_FILES = "actors*.yaml"
TITLES_FILE = "titles.yaml"
_KINDS = ("name", "demonym", "metonym")
_DETERMINERS = ("the ", "The ", "THE ")


@lru_cache(maxsize=4096)
def slugify(name: str) -> str:
    """Stable actor id from a canonical name: ASCII, lower case, hyphens ("Zamir Kabulov" -> "zamir-kabulov")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "actor"


def _strip_the(surface: str) -> str:
    for det in _DETERMINERS:
        if surface.startswith(det) and len(surface) > len(det):
            return surface[len(det):]
    return surface


def _of_the_variants(words: list[str]) -> list[list[str]]:
    """A name written with or without an inner "the" after "of": "Islamic Movement of (the) Eastern Turkistan",
    "Party of (the) Regions" (news spells such names either way); the name's own spelling first."""
    out = [list(words)]
    for i, w in enumerate(words[:-1]):
        if w.lower() != "of":
            continue
        if words[i + 1].lower() == "the":
            if i + 2 < len(words):
                out.append(words[:i + 1] + words[i + 2:])
        else:
            out.append(words[:i + 1] + ["the"] + words[i + 1:])
    return out


def _is_short_acronym(surface: str) -> bool:
    """"US", "IS", "U.S.", "UN": upper case, at most three letters; risky in all-caps headlines."""
    letters = re.sub(r"[^A-Za-z]", "", surface)
    return 0 < len(letters) <= 3 and letters.isupper()


@dataclass(frozen=True)
class Form:
    """One surface form of a known actor: a name, a demonym or a metonym."""

    surface: str
    actor: Actor
    kind: str  # name | demonym | metonym


@dataclass(frozen=True)
class GazetteerMatch:
    """A gazetteer form found in a Doc at tokens [start, end)."""

    start: int
    end: int
    form: Form


@dataclass(frozen=True)
class Titles:
    """Words about roles and references, from ``ontology/titles.yaml``."""

    roles: tuple[str, ...] = ()
    abbreviations: dict = field(default_factory=dict)
    title_modifiers: frozenset = frozenset()
    state_agents: frozenset = frozenset()
    group_agents: frozenset = frozenset()
    descriptions: dict = field(default_factory=dict)  # noun -> tuple of actor types
    role_descriptions: dict = field(default_factory=dict)  # noun -> tuple of role words
    party_descriptions: frozenset = frozenset()  # "the party", "his party": only a political party (kind: party)
    generic_nouns: frozenset = frozenset()
    not_sectors: frozenset = frozenset()  # CAMEO agent nouns that name no actor ("voters", "people")
    vague_sectors: frozenset = frozenset()  # CAMEO sectors whose groups are vague ("MED": "the British media")
    honorifics: dict = field(default_factory=dict)  # "Mr" -> "male"; dropped from labels
    name_titles: dict = field(default_factory=dict)  # "Lord" -> "male"; kept as the name's form
    first_name_titles: frozenset = frozenset()  # "Sir", "Dame": "Sir Howard" is Sir Howard Newby
    sector_roles: dict = field(default_factory=dict)  # CAMEO sector "GOV" -> role word "government"
    thing_nouns: frozenset = frozenset()  # "Linux versions", "Gatwick airport": the name is no person's
    club_roles: frozenset = frozenset()  # "Blackburn midfielder Aaron Mokoena": the name is a club's
    firm_nouns: frozenset = frozenset()  # "oil giant Yukos", "Yukos, one of Russia's biggest companies": a firm's
    work_nouns: frozenset = frozenset()  # "the game EverQuest", "known as BT Communicator": no actor
    programme_nouns: frozenset = frozenset()  # "the Medicare budget": a name only ever before one is no actor
    work_heads: frozenset = frozenset()  # "Securities Trading Act", "Academy Awards": no actor
    not_actors: frozenset = frozenset()  # "Xbox", "Oscars": products and prizes, as written
    credit_verbs: frozenset = frozenset()  # "Ray, starring Jamie Foxx", "directed by": the name is a work's
    sport_bodies: frozenset = frozenset()  # "Athletics Kenya", "UK Athletics": a sport body's name, not the state
    work_makers: frozenset = frozenset()  # "creator of The Simpsons": what a creator is of is a work
    devolved_bodies: dict = field(default_factory=dict)  # state id -> ids of its devolved governments
    format_nouns: frozenset = frozenset()  # "the UMD format": the name before one is a format's
    acronym_groups: frozenset = frozenset()  # "community support officers (CSOs)": people, not a thing
    work_forms: frozenset = frozenset()  # "the film version of Billy Elliot": what such a version is of is a work
    private_roles: frozenset = frozenset()  # "chief executive": no state office, so no CAMEO figure's country
    place_name_heads: frozenset = frozenset()  # "Trafalgar Square": NER's organisation is a place
    firm_officer_roles: frozenset = frozenset()  # "chief executive Tom Glocer said the company ...": his own firm
    government_roles: frozenset = frozenset()  # "Housing Minister Ann Lee said the government ...": her own state
    home_organs: frozenset = frozenset()  # "ministers", "government plans": the article's state, bare
    home_organ_names: frozenset = frozenset()  # "the Treasury", "the Court of Appeal": the article's state, as written
    party_states: dict = field(default_factory=dict)  # party id -> the id of its state
    post_nominals: frozenset = frozenset()  # "QC", "OBE" after a name: letters of a person, no organisation's
    company_suffixes: frozenset = frozenset()  # "Ltd", "plc": a company's legal form, no part of its label
    local_bodies: frozenset = frozenset()  # "the London boroughs": a capital before one is the city, not the state
    kin_words: frozenset = frozenset()  # "Uncle Ossie": a kinship word before a name is no first name
    private_occupations: frozenset = frozenset()  # "broadcaster Chris Evans": no CAMEO politician of that name
    other_office_words: frozenset = frozenset()  # "Shadow Chancellor": no holder of what "the chancellor" means
    body_heads: frozenset = frozenset()  # "Union", "Trust": an organisation that is no relation's stands alone
    person_nouns: frozenset = frozenset()  # "analyst Helena Hessel" (ORG to NER): the name after one is a person's

    def role_words(self) -> dict[tuple[str, ...], str]:
        """Lower-cased token tuple of each role -> its canonical spelling (worked out once)."""
        words = self.__dict__.get("_role_words")
        if words is None:
            words = {tuple(r.lower().replace("-", " - ").split()): r for r in self.roles}
            object.__setattr__(self, "_role_words", words)  # a memo, not a field: eq and repr ignore it
        return words

    def organ_names(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """First word of each ``home_organ_names`` entry -> the entries' words, longest first (worked out once)."""
        names = self.__dict__.get("_organ_names")
        if names is None:
            by_first: dict = {}
            for n in sorted(self.home_organ_names, key=lambda n: -len(n.split())):
                by_first.setdefault(n.split()[0], []).append(tuple(n.split()))
            names = {k: tuple(v) for k, v in by_first.items()}
            object.__setattr__(self, "_organ_names", names)
        return names


#: The keys of ``titles.yaml``, of each ``actors*.yaml`` and of one actor entry.
TITLES_KEYS = dict.fromkeys(("roles", "government_roles", "abbreviations", "title_modifiers", "state_agents", "group_agents",
                             "descriptions", "role_descriptions", "party_descriptions", "generic_nouns", "honorifics",
                             "name_titles",
                             "first_name_titles", "name_country", "not_sectors", "person_nouns", "vague_sectors", "sector_roles", "thing_nouns",
                             "club_roles", "firm_nouns", "work_nouns", "programme_nouns", "place_name_heads",
                             "work_heads", "credit_verbs", "sport_bodies", "work_makers", "work_forms",
                             "acronym_groups", "format_nouns", "devolved_bodies",
                             "not_actors", "private_roles", "firm_officer_roles", "home_organs", "home_organ_names", "party_states",
                             "post_nominals", "company_suffixes", "local_bodies", "kin_words",
                             "private_occupations", "other_office_words", "body_heads"))
_GENDERS = ("male", "female", "")
ACTORS_KEYS = dict.fromkeys(("actors", "ambiguous"))
ENTRY_KEYS = dict.fromkeys(("id", "label", "type", "wikidata", "aliases", "demonyms", "metonyms", "attributes"))


def _strings(value, where: str, path) -> list[str]:
    """A YAML list of names (None: empty); anything else is an error naming the file and the key."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                              and str(v).strip() for v in value):
        raise OntologyError(f"{path}: `{where}` must be a list of names, found {value!r}; "
                            f"write e.g. `{where.rsplit('.', 1)[-1]}: [a, b]` and quote words YAML reads as "
                            f"true/false (yes, no, on)")
    return [str(v) for v in value]


def _mapping(data: dict, key: str, path) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise OntologyError(f"{path}: `{key}` must be a mapping, found {value!r}")
    return value


def _genders(data: dict, key: str, path) -> dict[str, str]:
    """A mapping of titles to the gender they give ("Mr: male", "Dr: ''" for none)."""
    out = {str(k): str(v or "") for k, v in _mapping(data, key, path).items()}
    bad = {k: v for k, v in out.items() if v not in _GENDERS}
    if bad:
        raise OntologyError(f"{path}: `{key}` gives unknown gender(s) {bad}; write male, female or \"\"")
    return out


def _lower_set(data: dict, key: str, path) -> frozenset[str]:
    return frozenset(w.lower() for w in _strings(data.get(key), key, path))


#: ``titles.yaml`` word lists read as lower-case sets by name.
_WORD_SETS = ("thing_nouns", "club_roles", "firm_nouns", "work_nouns", "programme_nouns", "work_heads", "credit_verbs",
              "sport_bodies", "work_makers", "work_forms", "acronym_groups", "format_nouns", "place_name_heads",
              "government_roles")


def make_titles(data, path, types: Iterable[str] = tuple(t.value for t in ActorType)) -> Titles:
    """The role words of the parsed ``titles.yaml`` at ``path``; every type named under
    ``descriptions`` must be one of ``types`` (the ontology's actor types)."""
    data = check_mapping({} if data is None else data, TITLES_KEYS, path,
                         "expected a mapping of sections (roles, state_agents ...)")
    known = tuple(types)
    descriptions = {}
    for noun, types in _mapping(data, "descriptions", path).items():
        names = _strings(types, f"descriptions.{noun}", path)
        bad = [t for t in names if t not in known]
        if bad:
            raise OntologyError(f"{path}: `descriptions.{noun}` names unknown actor type(s) {bad}; use one of "
                                f"{', '.join(known)}")
        descriptions[str(noun).lower()] = tuple(to_actor_type(t) for t in names)
    return Titles(
        roles=tuple(_strings(data.get("roles"), "roles", path)),
        abbreviations={str(k): str(v) for k, v in _mapping(data, "abbreviations", path).items()},
        title_modifiers=_lower_set(data, "title_modifiers", path),
        state_agents=_lower_set(data, "state_agents", path),
        group_agents=_lower_set(data, "group_agents", path),
        descriptions=descriptions,
        role_descriptions={str(k).lower(): tuple(_strings(v, f"role_descriptions.{k}", path))
                           for k, v in _mapping(data, "role_descriptions", path).items()},
        party_descriptions=_lower_set(data, "party_descriptions", path),
        generic_nouns=frozenset(_strings(data.get("generic_nouns"), "generic_nouns", path)),
        honorifics=_genders(data, "honorifics", path),
        name_titles=_genders(data, "name_titles", path),
        first_name_titles=frozenset(_strings(data.get("first_name_titles"), "first_name_titles", path)),
        not_sectors=_lower_set(data, "not_sectors", path),
        vague_sectors=frozenset(_strings(data.get("vague_sectors"), "vague_sectors", path)),
        sector_roles={str(k): str(v) for k, v in _mapping(data, "sector_roles", path).items()},
        **{n: _lower_set(data, n, path) for n in _WORD_SETS},
        devolved_bodies={k: frozenset(_strings(v, "devolved_bodies", path))
                         for k, v in _mapping(data, "devolved_bodies", path).items()},
        not_actors=frozenset(_strings(data.get("not_actors"), "not_actors", path)),
        private_roles=_lower_set(data, "private_roles", path),
        firm_officer_roles=_lower_set(data, "firm_officer_roles", path),
        home_organs=_lower_set(data, "home_organs", path),
        home_organ_names=frozenset(_strings(data.get("home_organ_names"), "home_organ_names", path)),
        party_states={str(p): str(state) for state, ps in _mapping(data, "party_states", path).items()
                      for p in _strings(ps, f"party_states.{state}", path)},
        post_nominals=frozenset(_strings(data.get("post_nominals"), "post_nominals", path)),
        company_suffixes=frozenset(_strings(data.get("company_suffixes"), "company_suffixes", path)),
        local_bodies=_lower_set(data, "local_bodies", path),
        person_nouns=_lower_set(data, "person_nouns", path),
        kin_words=_lower_set(data, "kin_words", path),
        private_occupations=_lower_set(data, "private_occupations", path),
        other_office_words=_lower_set(data, "other_office_words", path),
        body_heads=_lower_set(data, "body_heads", path),
    )


def _text_field(entry: dict, key: str, where: str, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise OntologyError(f"{where}: `{key}` of the actor {entry.get('label', entry)!r} must be a non-empty "
                            f"name, found {value!r}")
    return str(value)


def _entry_actor(entry, where: str, types: tuple[str, ...]) -> tuple[Actor, dict[str, list[str]]]:
    if not isinstance(entry, dict) or "label" not in entry or "type" not in entry:
        raise OntologyError(f"{where}: each actor needs at least `label` and `type` (got {entry!r})")
    check_keys(entry, ENTRY_KEYS, where, f"actors[{entry.get('label')!r}].")
    label = _text_field(entry, "label", where, required=True)
    typ = str(entry["type"])
    if typ not in types or typ == ActorType.ACTOR.value:
        raise OntologyError(
            f"{where}: actor {label!r} has unknown type {entry['type']!r}; use one of "
            f"{', '.join(t for t in types if t != ActorType.ACTOR.value)}")
    aid = _text_field(entry, "id", where) or slugify(label)
    if aid != slugify(aid):
        raise OntologyError(f"{where}: actor id {aid!r} is not a slug; write {slugify(aid)!r}")
    attrs = entry.get("attributes") or {}
    if not isinstance(attrs, dict):
        raise OntologyError(f"{where}: attributes of {label!r} must be a mapping")
    forms = {"name": [label] + _strings(entry.get("aliases"), f"actors[{label!r}].aliases", where),
             "demonym": _strings(entry.get("demonyms"), f"actors[{label!r}].demonyms", where),
             "metonym": _strings(entry.get("metonyms"), f"actors[{label!r}].metonyms", where)}
    wikidata = _text_field(entry, "wikidata", where)
    actor = Actor(aid, label, to_actor_type(typ), (), wikidata,
                  tuple(sorted((str(k), str(v)) for k, v in attrs.items())))
    return actor, forms


PARTY_KIND = "party"  # an actor entry's ``attributes: {kind: party}``: a political party


def is_party(actor) -> bool:
    """A political party of the gazetteer: its entry says ``attributes: {kind: party}``."""
    return dict(actor.attributes).get("kind") == PARTY_KIND


class Gazetteer:
    """Known actors by surface form.

    ``Gazetteer(entries)`` takes ``{surface: Actor}`` (all names); ``from_files`` builds it from
    the parsed ``actors*.yaml`` files and ``from_dir`` reads them.  ``forms`` maps each surface form
    (leading "the" removed) to its :class:`Form`; ``titles`` holds the role words of ``titles.yaml``,
    ``offices`` the dated office holders of ``offices.yaml`` (their countries checked to be actors).
    """

    def __init__(self, entries: dict[str, Actor] | None = None, *, forms: list[Form] | None = None,
                 titles: Titles | None = None, ambiguous=(), offices: Offices | None = None) -> None:
        all_forms = [Form(_strip_the(k), v, "name") for k, v in (entries or {}).items()]
        all_forms += list(forms or ())
        self.ambiguous = frozenset(s.lower() for s in ambiguous)
        self.forms: dict[str, Form] = {}
        for f in all_forms:
            if f.surface.lower() not in self.ambiguous:
                self.forms.setdefault(f.surface, f)
        self.by_alias: dict[str, Actor] = {}
        for s, f in self.forms.items():
            if not _is_short_acronym(s):  # "US" must never answer for "us"
                self.by_alias.setdefault(s.lower(), f.actor)
        self.actors: dict[str, Actor] = {f.actor.id: f.actor for f in self.forms.values()}
        self.titles = titles or Titles()
        self.offices = offices or Offices()
        self.offices.check_ids(self.actors, self.parties)
        self._matchers: dict = {}

    @cached_property
    def parties(self) -> frozenset[str]:
        """Ids of the political parties: actors whose entry says ``attributes: {kind: party}``."""
        return frozenset(a.id for a in self.actors.values() if is_party(a))

    def __getstate__(self):  # matchers hold a Vocab; rebuild them in the worker
        state = dict(self.__dict__)
        state["_matchers"] = {}
        return state

    @classmethod
    def from_dir(cls, ontology_dir: Path | str) -> "Gazetteer":
        """Read every ``actors*.yaml``, ``titles.yaml`` and ``offices.yaml`` (if any) in ``ontology_dir``, with the actor
        types of its ``actorgraph.ttl`` (else the shipped one); :meth:`graph.ontology.Ontology.load`
        reads them the same way, with the rest of the folder."""
        ontology_dir = Path(ontology_dir)
        owl = ontology_dir / "actorgraph.ttl"
        types = actor_types(owl if owl.is_file() else None)
        files = [(p, read_ontology_yaml(p)) for p in sorted(ontology_dir.glob(ACTOR_FILES))]
        titles_path = ontology_dir / TITLES_FILE
        titles = make_titles(read_ontology_yaml(titles_path), titles_path, types) if titles_path.is_file() \
            else Titles()
        return cls.from_files(files, titles, types, read_offices(ontology_dir))

    @classmethod
    def from_files(cls, files: Iterable[tuple[Path, object]], titles: Titles,
                   types: tuple[str, ...], offices: Offices | None = None) -> "Gazetteer":
        """The gazetteer of parsed ``actors*.yaml`` files given as (path, data).

        Raises OntologyError naming the file and the entry for a malformed entry, an unknown key or
        type, a duplicate id, or an alias given to two actors without being listed under ``ambiguous``.
        """
        ambiguous: set[str] = set()
        entries = []
        for path, data in files:
            data = {} if data is None else data
            if not isinstance(data, dict) or not isinstance(data.get("actors") or [], list):
                raise OntologyError(f"{path}: expected a mapping with a list under `actors:`")
            check_keys(data, ACTORS_KEYS, path)
            ambiguous |= {a.lower() for a in _strings(data.get("ambiguous"), "ambiguous", path)}
            entries += [(e, str(path)) for e in data.get("actors") or ()]
        forms: list[Form] = []
        seen_ids: dict[str, str] = {}
        owner: dict[str, tuple[str, str]] = {}
        for entry, where in entries:
            actor, kinds = _entry_actor(entry, where, types)
            if actor.id in seen_ids:
                raise OntologyError(f"{where}: actor id {actor.id!r} is defined twice (also in "
                                    f"{seen_ids[actor.id]}); merge the entries or give one another id")
            seen_ids[actor.id] = where
            for kind, surfaces in kinds.items():
                for s in surfaces:
                    s = _strip_the(s.strip())
                    key = s.lower()
                    if key in owner and owner[key][0] != actor.id and key not in ambiguous:
                        raise OntologyError(
                            f"{where}: {s!r} names both {owner[key][0]!r} and {actor.id!r}; keep it "
                            f"on one actor or list it under `ambiguous:`")
                    owner.setdefault(key, (actor.id, kind))
                    forms.append(Form(s, actor, kind))
        return cls(forms=forms, titles=titles, ambiguous=ambiguous, offices=offices)

    def lookup(self, surface: str) -> Actor | None:
        """The actor a name stands for ("the Kremlin" -> Russia), or None."""
        surface = _strip_the(re.sub(r"\s+", " ", surface.strip()))
        surface = re.sub(r"['’]s?$", "", surface)
        form = self.forms.get(surface)
        if form is not None:
            return form.actor
        for words in _of_the_variants(surface.split(" ")):
            actor = self.by_alias.get(" ".join(words).lower())
            if actor is not None:
                return actor
        return None

    def form(self, surface: str) -> Form | None:
        return self.forms.get(_strip_the(surface))

    # -- matching over a Doc ------------------------------------------------------
    def _build(self, vocab):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        tokenizer = _blank_tokenizer()
        exact, lower = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER")
        keys: list[Form] = []
        for surface, form in self.forms.items():
            words = [t.text for t in tokenizer(surface)]
            key = f"AG_FORM_{len(keys)}"
            keys.append(form)
            if len(words) == 1:
                variants = {surface}
                if len(surface) > 4 and surface.upper() != surface:
                    variants.add(surface.upper())  # all-caps headlines
                exact.add(key, [Doc(vocab, words=[v]) for v in sorted(variants)])
            else:
                lower.add(key, [Doc(vocab, words=[w.lower() for w in v]) for v in _of_the_variants(words)])
        return exact, lower, keys

    def _in_caps_run(self, doc, start: int, end: int) -> bool:
        """True when a word next to the span is an unknown upper-case word (a headline in capitals)."""
        def caps(i):
            return (0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1 and doc[i].text.isupper()
                    and self.lookup(doc[i].text) is None and self.lookup(doc[i].text.title()) is None)

        return caps(start - 1) or caps(end)

    def match(self, doc) -> list[GazetteerMatch]:
        """Every gazetteer form in ``doc``, longest first, never overlapping."""
        built = self._matchers.get(id(doc.vocab))
        if built is None:
            built = self._matchers[id(doc.vocab)] = self._build(doc.vocab)
        exact, lower, keys = built
        found = []
        strings = doc.vocab.strings
        for matcher, cased in ((exact, True), (lower, False)):
            for key, start, end in matcher(spacy_doc(doc)):
                form = keys[int(strings[key].rsplit("_", 1)[1])]
                span = doc[start:end]
                if not cased and not any(ch.isupper() for ch in span.text):
                    continue  # "islamic state" in running text is not a name
                if cased and _is_short_acronym(form.surface) and self._in_caps_run(doc, start, end):
                    continue  # "WHAT IS NEXT FOR US": a shouted headline, not ISIS or the United States
                if _negated_prefix(doc, start):
                    continue  # "non-Taliban", "anti-Western"
                found.append(GazetteerMatch(start, end, form))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        taken: set[int] = set()
        out = []
        for m in found:
            if taken.isdisjoint(range(m.start, m.end)):
                taken.update(range(m.start, m.end))
                out.append(m)
        return sorted(out, key=lambda m: m.start)


def _negated_prefix(doc, start: int) -> bool:
    return (start >= 2 and doc[start - 1].text == "-"
            and doc[start - 2].lower_ in ("non", "anti", "pro", "post", "pre", "ex"))


_TOKENIZER = None


def _blank_tokenizer():
    """The default English tokenizer (the one en_core_web_* pipelines use), for tokenising names."""
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        _TOKENIZER = spacy.blank("en").tokenizer
    return _TOKENIZER
