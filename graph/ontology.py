"""The ontology folder as one loaded object: everything ``--ontology DIR`` holds, read and checked once.

``Ontology.load(folder)`` reads ``actorgraph.ttl`` (relations and actor classes), ``lexicon.yaml``,
every ``actors*.yaml`` (the gazetteer), ``titles.yaml``, ``offices.yaml``, ``boilerplate.yaml``, ``shapes.ttl`` and
``palette.yaml``, and checks them against each other: an unknown key, a malformed entry, or a
relation or actor type the folder does not declare is an :class:`~graph.errors.OntologyError` naming
the file and the entry.  ``lexicon.yaml`` is required; without ``actorgraph.ttl``,
``boilerplate.yaml``, ``shapes.ttl`` or ``palette.yaml`` the shipped copy is used; without
``actors*.yaml`` or ``titles.yaml`` there is no gazetteer or no titles.  ``events.yaml`` (the CAMEO
code families that name relations, :mod:`graph.extract.verbs`) falls back on the shipped copy too.

The object is frozen and pickles (worker processes receive it).  The build loads it once, hands it
to extraction and the workers, and records it on the hub (``G.graph["ontology"]``): the writers,
SHACL validation, the map and eval read relations, actor types, IRIs and colours from there
(:func:`ontology_of`).  ``fingerprint`` hashes every file of the folder, plus any shipped file it
falls back on: it is the hub's ``meta.ontology`` and part of the extraction cache key.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OntologyError
from .vocab import ONTOLOGY_DIR, RelationType, check_keys, check_mapping, read_ontology_yaml, read_vocabulary

if TYPE_CHECKING:
    from .read.clean import Boilerplate
    from .extract.gazetteer import Gazetteer
    from .extract.lexicon import Lexicon
    from .extract.verbs import EventTable

__all__ = ["Ontology", "Palette", "load_ontology", "ontology_of", "ontology_fingerprint", "OWL_FILE",
           "LEXICON_FILE", "TITLES_FILE", "ACTOR_FILES", "BOILERPLATE_FILE", "SHAPES_FILE", "PALETTE_FILE",
           "EVENTS_FILE"]

OWL_FILE = "actorgraph.ttl"
LEXICON_FILE = "lexicon.yaml"
TITLES_FILE = "titles.yaml"
ACTOR_FILES = "actors*.yaml"
BOILERPLATE_FILE = "boilerplate.yaml"
SHAPES_FILE = "shapes.ttl"
PALETTE_FILE = "palette.yaml"
EVENTS_FILE = "events.yaml"
#: Files a folder may leave out: the shipped copy is used instead.
_SHIPPED_FALLBACK = (OWL_FILE, BOILERPLATE_FILE, SHAPES_FILE, PALETTE_FILE, EVENTS_FILE)

_PALETTE_KEYS = {"actor_types": None, "families": None}
_STYLE_KEYS = dict.fromkeys(("shape", "color"))
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_SHAPES = frozenset({"dot", "triangle", "star", "square", "hexagon", "triangleDown", "diamond", "ellipse",
                     "circle", "box", "database", "text"})


@dataclass(frozen=True)
class Palette:
    """Shapes and colours of the outputs (``palette.yaml``): actor type -> (vis shape, colour), relation
    family -> colour, both in file order."""

    types: dict[str, tuple[str, str]]
    families: dict[str, str]


@dataclass(frozen=True, eq=False)
class Ontology:
    """Everything an ontology folder declares, loaded and checked (see the module docstring)."""

    path: Path
    fingerprint: str
    relations: dict[str, RelationType]
    actor_types: tuple[str, ...]
    type_iris: dict[str, str]
    type_parents: dict[str, str]  # actor type -> its nearest declared superclass
    lexicon: "Lexicon"
    gazetteer: "Gazetteer"
    boilerplate: "Boilerplate"
    owl: str  # the Turtle text of actorgraph.ttl (SHACL reads it alongside the data)
    shapes: str  # the Turtle text of shapes.ttl
    palette: Palette
    events: "EventTable"

    @classmethod
    def load(cls, folder: str | Path = ONTOLOGY_DIR) -> "Ontology":
        """Read and check every file of ``folder`` (cached while its files are unchanged)."""
        return load_ontology(folder)

    @classmethod
    def shipped(cls) -> "Ontology":
        """The ontology actorgraph ships (``ontology/`` of the checkout, ``graph/_ontology`` of a wheel),
        loaded once per process."""
        return _shipped()

    def relation_iri(self, name: str) -> str:
        """The IRI of the relation ``name``; OntologyError naming the folder when it is not declared."""
        try:
            return self.relations[name].iri
        except KeyError:
            raise OntologyError(f"{self.path}: relation {name!r} is not declared in {OWL_FILE}; declare it "
                                f"there (`ag:{name} rdfs:subPropertyOf ag:relation`) or rebuild") from None

    def type_iri(self, name: str) -> str:
        """The IRI of the actor class ``name``; OntologyError naming the folder when it is not declared."""
        try:
            return self.type_iris[str(name)]
        except KeyError:
            raise OntologyError(f"{self.path}: actor type {str(name)!r} is not declared in {OWL_FILE}; "
                                f"declare it there (`ag:{name} rdfs:subClassOf ag:Actor`) or rebuild") from None

    def type_style(self, name: str) -> tuple[str, str, str]:
        """(palette entry, shape, colour) of an actor type: its own entry, else its nearest listed
        superclass's, else Actor's."""
        kind, seen = str(name), set()
        while kind not in self.palette.types and kind in self.type_parents and kind not in seen:
            seen.add(kind)
            kind = self.type_parents[kind]
        kind = kind if kind in self.palette.types else "Actor"
        return (kind, *self.palette.types[kind])

    def family(self, relation: str) -> str:
        """The palette family of a relation: its ``ag:family`` when the palette lists it, else "other"."""
        rtype = self.relations.get(relation)
        return rtype.family if rtype and rtype.family in self.palette.families else "other"

    def relation_label(self, relation: str) -> str:
        """The ``rdfs:label`` of a relation, or its name when it has none or is not declared."""
        rtype = self.relations.get(relation)
        return rtype.label if rtype and rtype.label else relation


def ontology_of(G) -> Ontology:
    """The ontology a hub was built with (``G.graph["ontology"]``), else the shipped one."""
    return G.graph.get("ontology") or Ontology.shipped()


@lru_cache(maxsize=1)
def _shipped() -> Ontology:
    return load_ontology(ONTOLOGY_DIR)


def ontology_fingerprint(folder: str | Path, fallbacks: tuple[Path, ...] = ()) -> str:
    """A hash of the names and bytes of every file under ``folder`` (hidden files aside), and of the
    shipped ``fallbacks`` it uses."""
    folder = Path(folder)
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            h.update(p.relative_to(folder).as_posix().encode())
            h.update(p.read_bytes())
    for p in fallbacks:
        h.update(b"shipped/" + p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _sources(folder: Path) -> dict[str, Path]:
    """The file each part comes from: the folder's own, else the shipped copy where one may be used."""
    if not folder.is_dir():
        raise OntologyError(f"{folder}: not a folder; --ontology takes a copy of actorgraph's ontology/ folder")
    out = {}
    for name in (OWL_FILE, LEXICON_FILE, TITLES_FILE, BOILERPLATE_FILE, SHAPES_FILE, PALETTE_FILE, EVENTS_FILE):
        own = folder / name
        out[name] = own if own.is_file() or name not in _SHIPPED_FALLBACK else ONTOLOGY_DIR / name
    return out


def load_ontology(folder: str | Path = ONTOLOGY_DIR) -> Ontology:
    """:meth:`Ontology.load`: the folder's ontology, read again only when one of its files changed."""
    folder = Path(folder).resolve()
    sources = _sources(folder)
    fallbacks = tuple(p for p in sources.values() if p.parent != folder)
    return _load(folder, ontology_fingerprint(folder, fallbacks))


@lru_cache(maxsize=8)
def _load(folder: Path, fingerprint: str) -> Ontology:
    from .read.clean import make_boilerplate
    from .extract.gazetteer import Gazetteer, Titles, make_titles
    from .extract.lexicon import make_lexicon
    from .extract.offices import read_offices
    from .extract.verbs import make_event_table

    sources = _sources(folder)
    vocab = read_vocabulary(sources[OWL_FILE])
    lexicon = make_lexicon(read_ontology_yaml(sources[LEXICON_FILE]), sources[LEXICON_FILE], vocab.relations)
    _check_lexicon_types(lexicon, vocab.actor_types, sources[LEXICON_FILE])
    titles_path = sources[TITLES_FILE]
    titles = make_titles(read_ontology_yaml(titles_path), titles_path, vocab.actor_types) \
        if titles_path.is_file() else Titles()
    actor_files = [(p, read_ontology_yaml(p)) for p in sorted(folder.glob(ACTOR_FILES))]
    return Ontology(
        path=folder, fingerprint=fingerprint, relations=vocab.relations, actor_types=vocab.actor_types,
        type_iris=vocab.type_iris, type_parents=vocab.type_parents, lexicon=lexicon,
        gazetteer=Gazetteer.from_files(actor_files, titles, vocab.actor_types, read_offices(folder)),
        boilerplate=make_boilerplate(read_ontology_yaml(sources[BOILERPLATE_FILE]), sources[BOILERPLATE_FILE]),
        owl=sources[OWL_FILE].read_text(encoding="utf-8"), shapes=_turtle(sources[SHAPES_FILE]),
        palette=_palette(read_ontology_yaml(sources[PALETTE_FILE]), sources[PALETTE_FILE], vocab.actor_types),
        events=make_event_table(read_ontology_yaml(sources[EVENTS_FILE]), sources[EVENTS_FILE], vocab.relations,
                                folder),
    )


def _check_lexicon_types(lexicon: "Lexicon", actor_types: tuple[str, ...], path: Path) -> None:
    for key in ("exempt_target_types", "hostile_recipient_types", "reporter_types"):
        bad = sorted(set(getattr(lexicon, key)) - set(actor_types))
        if bad:
            raise OntologyError(f"{path}: `accusation.{key}` names unknown actor type(s) {bad}; use one of "
                                f"{', '.join(actor_types)}")


def _turtle(path: Path) -> str:
    """The text of a Turtle file, checked to parse."""
    import rdflib

    text = path.read_text(encoding="utf-8")
    try:
        rdflib.Graph().parse(data=text, format="turtle")
    except Exception as err:  # rdflib raises several parser error types
        raise OntologyError(f"{path}: cannot parse ({err}); fix the Turtle syntax") from err
    return text


def _palette(data, path: Path, actor_types: tuple[str, ...]) -> Palette:
    check_mapping(data, _PALETTE_KEYS, path, "expected a mapping with `actor_types` and `families`")
    types, families = data.get("actor_types"), data.get("families")
    if not isinstance(types, dict) or "Actor" not in types or not isinstance(families, dict) \
            or "other" not in families:
        raise OntologyError(f"{path}: `actor_types` must be a mapping with an `Actor` entry and `families` a "
                            f"mapping with an `other` entry; copy ontology/{PALETTE_FILE} from actorgraph")
    styles = {}
    for name, style in types.items():
        if name not in actor_types:
            raise OntologyError(f"{path}: `actor_types.{name}` is not an actor type of the ontology; use one "
                                f"of {', '.join(actor_types)}")
        if not isinstance(style, dict):
            raise OntologyError(f"{path}: `actor_types.{name}` must be a mapping like {{shape: dot, color: "
                                f"\"#4e79a7\"}}, found {style!r}")
        check_keys(style, _STYLE_KEYS, path, f"actor_types.{name}.")
        styles[name] = (_shape(style.get("shape"), f"actor_types.{name}.shape", path),
                        _colour(style.get("color"), f"actor_types.{name}.color", path))
    colours = {str(f): _colour(c, f"families.{f}", path) for f, c in families.items()}
    return Palette(styles, colours)


def _shape(value, where: str, path: Path) -> str:
    if value not in _SHAPES:
        raise OntologyError(f"{path}: `{where}` is {value!r}; use one of {', '.join(sorted(_SHAPES))}")
    return value


def _colour(value, where: str, path: Path) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise OntologyError(f"{path}: `{where}` is {value!r}; write a colour as \"#rrggbb\" (quoted)")
    return value
