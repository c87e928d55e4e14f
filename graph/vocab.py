"""The relation types and actor classes declared in ``ontology/actorgraph.ttl``, as plain data.

Read once from the OWL file, so adding a relation to the ontology is the only
step needed to make it known to the lexicon, exporters and the map.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError

__all__ = ["ONTOLOGY_DIR", "QUERY_DIR", "RelationType", "Vocabulary", "read_vocabulary", "relation_types",
           "actor_types", "check_keys", "check_mapping", "read_ontology_yaml", "GENERIC_RELATION", "CLAIM_RELATION", "data_dir"]


def data_dir(checkout: str, packaged: str) -> Path:
    """A folder of shipped data: ``checkout`` beside the package in a source tree (an editable
    install reads the files you edit), else the copy a wheel carries inside ``graph/``."""
    here = Path(__file__).resolve().parent
    source = here.parent / checkout
    return source if source.is_dir() else here / packaged


#: The shipped ontology: ``ontology/`` of the checkout, or ``graph/_ontology`` of an installed wheel.
ONTOLOGY_DIR = data_dir("ontology", "_ontology")
#: The canned SPARQL queries: ``scripts/queries`` of the checkout, or ``graph/_queries``.
QUERY_DIR = data_dir("scripts/queries", "_queries")


def read_ontology_yaml(path: str | Path):
    """The data of one YAML file of an ontology folder; OntologyError naming the file when it cannot be
    read or parsed."""
    import yaml

    from .fsutil import read_yaml

    try:
        return read_yaml(path)
    except FileNotFoundError:
        raise OntologyError(f"{path}: not found; copy it from actorgraph's ontology/ folder") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as err:  # ValueError: a date "2005-13-01"
        raise OntologyError(f"{path}: cannot read the YAML ({err}); fix the file's syntax") from err


def check_keys(data: dict, allowed: dict, path: str | Path, where: str = "") -> None:
    """Raise OntologyError naming the file and the key for any key of ``data`` not in ``allowed``.

    ``allowed`` maps each key to None (any value) or to the allowed keys of the mapping under it.
    """
    for key, value in data.items():
        if key not in allowed:
            raise OntologyError(f"{path}: unknown key `{where}{key}`; the keys there are: "
                                f"{', '.join(map(str, allowed))}")
        if allowed[key] is not None and isinstance(value, dict):
            check_keys(value, allowed[key], path, f"{where}{key}.")


def check_mapping(data, allowed: dict, path: str | Path, expected: str, where: str = "") -> dict:
    """``data``, the parsed YAML file at ``path`` (or its entry at ``where``), when it is a mapping whose keys
    are all ``allowed`` (:func:`check_keys`); else OntologyError naming the file and what was ``expected``."""
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: {expected}")
    check_keys(data, allowed, path, where)
    return data


GENERIC_RELATION = "relatesTo"
CLAIM_RELATION = "claims"


@dataclass(frozen=True)
class RelationType:
    name: str  # property local name, "supplies"
    label: str
    comment: str
    plover: str
    cameo: str
    quad_class: str
    family: str  # cooperation | conflict | claim | other
    iri: str = ""  # the property's IRI as the ontology declares it


@dataclass(frozen=True)
class Vocabulary:
    """What ``actorgraph.ttl`` declares: relation types, and actor classes with their IRIs and
    nearest declared superclass (``Media`` -> ``Organization``; ``Actor`` has none)."""

    relations: dict[str, RelationType]
    actor_types: tuple[str, ...]
    type_iris: dict[str, str]
    type_parents: dict[str, str]


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _parse_turtle(path: Path):
    import rdflib

    try:
        return rdflib.Graph().parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises several parser error types
        raise OntologyError(f"{path}: cannot parse the ontology ({err}); fix the Turtle syntax") from err


def read_vocabulary(path: str | Path) -> Vocabulary:
    """The relations (sub-properties of ``ag:relation``) and actor classes (``ag:Actor`` and its
    subclasses) declared in the OWL file at ``path``.  Raises OntologyError naming the file when it
    declares no relation or no ``ag:Actor`` class (an empty or truncated copy)."""
    from rdflib import RDFS

    from .namespace import AG

    g = _parse_turtle(Path(path))
    relations: dict[str, RelationType] = {}
    for prop in g.subjects(RDFS.subPropertyOf, AG.relation):
        def lit(p, _prop=prop) -> str:
            v = g.value(_prop, p)
            return "" if v is None else str(v)

        name = _local(prop)
        relations[name] = RelationType(name, lit(RDFS.label), lit(RDFS.comment), lit(AG.ploverType),
                                       lit(AG.cameoCode), lit(AG.quadClass), lit(AG.family), str(prop))
    classes = set(g.transitive_subjects(RDFS.subClassOf, AG.Actor))
    if not relations or len(classes) < 2:
        missing = "relation (`ag:x rdfs:subPropertyOf ag:relation`)" if not relations else \
            "actor class (`ag:X rdfs:subClassOf ag:Actor`)"
        raise OntologyError(f"{path}: declares no {missing}; copy ontology/actorgraph.ttl from actorgraph "
                            f"and add your terms to it")
    parents = {}
    for c in classes:
        supers = sorted(_local(p) for p in g.objects(c, RDFS.subClassOf) if p in classes)
        if supers:
            parents[_local(c)] = supers[0]
    return Vocabulary(dict(sorted(relations.items())), tuple(sorted(_local(c) for c in classes)),
                      {_local(c): str(c) for c in sorted(classes)}, dict(sorted(parents.items())))


def relation_types(path: str | Path | None = None) -> dict[str, RelationType]:
    """Every relation of the ontology at ``path`` (default: the shipped one), keyed by local name."""
    return _vocabulary(path).relations


def actor_types(path: str | Path | None = None) -> tuple[str, ...]:
    """Local names of ``ag:Actor`` and its subclasses in the ontology at ``path`` (default: shipped)."""
    return _vocabulary(path).actor_types


def _vocabulary(path: str | Path | None) -> Vocabulary:
    from .fsutil import file_digest

    path = str(path or ONTOLOGY_DIR / "actorgraph.ttl")
    return _read_cached(path, file_digest(path))


@lru_cache(maxsize=8)
def _read_cached(path: str, digest: str | None) -> Vocabulary:
    return read_vocabulary(path)
