"""The actor gazetteer and the role lexicon, read from ``ontology/`` data files.

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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import OntologyError
from ..fsutil import read_yaml
from ..model import Actor, ActorType
from .docview import spacy_doc

__all__ = ["Gazetteer", "Lexicon", "Form", "GazetteerMatch", "slugify", "load_lexicon", "ACTOR_FILES",
           "TITLES_FILE"]

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
class Lexicon:
    """Words about roles and references, from ``ontology/titles.yaml``."""

    roles: tuple[str, ...] = ()
    abbreviations: dict = field(default_factory=dict)
    title_modifiers: frozenset = frozenset()
    state_agents: frozenset = frozenset()
    group_agents: frozenset = frozenset()
    descriptions: dict = field(default_factory=dict)  # noun -> tuple of ActorType
    role_descriptions: dict = field(default_factory=dict)  # noun -> tuple of role words
    generic_nouns: frozenset = frozenset()

    def role_words(self) -> dict[tuple[str, ...], str]:
        """Lower-cased token tuple of each role -> its canonical spelling (worked out once)."""
        words = self.__dict__.get("_role_words")
        if words is None:
            words = {tuple(r.lower().replace("-", " - ").split()): r for r in self.roles}
            object.__setattr__(self, "_role_words", words)  # a memo, not a field: eq and repr ignore it
        return words


def _read_yaml(path: Path):
    import yaml

    try:
        return read_yaml(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise OntologyError(f"{path}: cannot read the YAML ({err}); fix the file's syntax") from err


def load_lexicon(ontology_dir: Path) -> Lexicon:
    """Read ``titles.yaml``; a missing file gives an empty lexicon (titles and coreference then do less)."""
    path = Path(ontology_dir) / TITLES_FILE
    if not path.exists():
        return Lexicon()
    data = _read_yaml(path) or {}
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping of sections (roles, state_agents ...)")
    try:
        descriptions = {str(k).lower(): tuple(ActorType(t) for t in v)
                        for k, v in (data.get("descriptions") or {}).items()}
    except ValueError as err:
        raise OntologyError(f"{path}: descriptions: {err}; use one of "
                            f"{', '.join(t.value for t in ActorType)}") from err
    return Lexicon(
        roles=tuple(str(r) for r in data.get("roles") or ()),
        abbreviations={str(k): str(v) for k, v in (data.get("abbreviations") or {}).items()},
        title_modifiers=frozenset(str(w).lower() for w in data.get("title_modifiers") or ()),
        state_agents=frozenset(str(w).lower() for w in data.get("state_agents") or ()),
        group_agents=frozenset(str(w).lower() for w in data.get("group_agents") or ()),
        descriptions=descriptions,
        role_descriptions={str(k).lower(): tuple(str(x) for x in v)
                           for k, v in (data.get("role_descriptions") or {}).items()},
        generic_nouns=frozenset(str(w) for w in data.get("generic_nouns") or ()),
    )


def _entry_actor(entry, where: str) -> tuple[Actor, dict[str, list[str]]]:
    if not isinstance(entry, dict) or "label" not in entry or "type" not in entry:
        raise OntologyError(f"{where}: each actor needs at least `label` and `type` (got {entry!r})")
    label = str(entry["label"])
    try:
        typ = ActorType(str(entry["type"]))
    except ValueError:
        raise OntologyError(
            f"{where}: actor {label!r} has unknown type {entry['type']!r}; use one of "
            f"{', '.join(t.value for t in ActorType if t is not ActorType.ACTOR)}") from None
    aid = str(entry.get("id") or slugify(label))
    if aid != slugify(aid):
        raise OntologyError(f"{where}: actor id {aid!r} is not a slug; write {slugify(aid)!r}")
    attrs = entry.get("attributes") or {}
    if not isinstance(attrs, dict):
        raise OntologyError(f"{where}: attributes of {label!r} must be a mapping")
    forms = {"name": [label] + [str(a) for a in entry.get("aliases") or ()],
             "demonym": [str(a) for a in entry.get("demonyms") or ()],
             "metonym": [str(a) for a in entry.get("metonyms") or ()]}
    wikidata = entry.get("wikidata")
    actor = Actor(aid, label, typ, (), str(wikidata) if wikidata else None,
                  tuple(sorted((str(k), str(v)) for k, v in attrs.items())))
    return actor, forms


class Gazetteer:
    """Known actors by surface form.

    ``Gazetteer(entries)`` takes ``{surface: Actor}`` (all names); ``from_dir`` reads
    the ontology files.  ``forms`` maps each surface form (leading "the" removed) to
    its :class:`Form`; ``lexicon`` holds the role words of ``titles.yaml``.
    """

    def __init__(self, entries: dict[str, Actor] | None = None, *, forms: list[Form] | None = None,
                 lexicon: Lexicon | None = None, ambiguous=()) -> None:
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
        self.lexicon = lexicon or Lexicon()
        self._matchers: dict = {}

    def __getstate__(self):  # matchers hold a Vocab; rebuild them in the worker
        state = dict(self.__dict__)
        state["_matchers"] = {}
        return state

    @classmethod
    def from_dir(cls, ontology_dir: Path | str) -> "Gazetteer":
        """Read every ``actors*.yaml`` and ``titles.yaml`` in ``ontology_dir``.

        Raises OntologyError for a bad type, a duplicate id, or an alias given to two
        actors without being listed under ``ambiguous``.
        """
        ontology_dir = Path(ontology_dir)
        forms: list[Form] = []
        ambiguous: set[str] = set()
        seen_ids: dict[str, str] = {}
        owner: dict[str, tuple[str, str]] = {}
        entries = []
        for path in sorted(ontology_dir.glob(ACTOR_FILES)):
            data = _read_yaml(path) or {}
            if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
                raise OntologyError(f"{path}: expected a mapping with a list under `actors:`")
            ambiguous |= {str(a).lower() for a in data.get("ambiguous") or ()}
            entries += [(e, str(path)) for e in data.get("actors") or ()]
        for entry, where in entries:
            actor, kinds = _entry_actor(entry, where)
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
        return cls(forms=forms, lexicon=load_lexicon(ontology_dir), ambiguous=ambiguous)

    def lookup(self, surface: str) -> Actor | None:
        """The actor a name stands for ("the Kremlin" -> Russia), or None."""
        surface = _strip_the(re.sub(r"\s+", " ", surface.strip()))
        surface = re.sub(r"['’]s?$", "", surface)
        form = self.forms.get(surface)
        if form is not None:
            return form.actor
        return self.by_alias.get(surface.lower())

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
                lower.add(key, [Doc(vocab, words=[w.lower() for w in words])])
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
