"""The relation types and actor classes declared in ``ontology/actorgraph.ttl``, as plain data.

Read once from the OWL file, so adding a relation to the ontology is the only
step needed to make it known to the lexicon, exporters and the map.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import OntologyError

__all__ = ["ONTOLOGY_DIR", "QUERY_DIR", "RelationType", "relation_types", "relation_type", "actor_types",
           "GENERIC_RELATION", "CLAIM_RELATION", "data_dir", "ontology_file"]


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


def ontology_file(ontology_dir: str | Path, name: str) -> Path | None:
    """``name`` in a chosen ontology folder, or None where it has none: the loaders then read
    the shipped file (``load_boilerplate(None)``, ``relation_types(None)``)."""
    path = Path(ontology_dir) / name
    return path if path.is_file() else None


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


@lru_cache(maxsize=None)
def _graph(path: str):
    import rdflib

    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises several parser error types
        raise OntologyError(f"{path}: cannot parse the ontology ({err}); fix the Turtle syntax") from err


@lru_cache(maxsize=None)
def relation_types(path: str | None = None) -> dict[str, RelationType]:
    """Every sub-property of ``ag:relation``, keyed by local name, in file order of names."""
    from rdflib import RDFS

    from .namespace import AG

    g = _graph(str(path or ONTOLOGY_DIR / "actorgraph.ttl"))
    out: dict[str, RelationType] = {}
    for prop in g.subjects(RDFS.subPropertyOf, AG.relation):
        name = str(prop).rsplit("#", 1)[-1]

        def lit(p, _prop=prop) -> str:
            v = g.value(_prop, p)
            return "" if v is None else str(v)

        out[name] = RelationType(name, lit(RDFS.label), lit(RDFS.comment), lit(AG.ploverType),
                                 lit(AG.cameoCode), lit(AG.quadClass), lit(AG.family))
    return dict(sorted(out.items()))


def relation_type(name: str) -> RelationType:
    """The relation type called ``name``; raises OntologyError naming the known ones."""
    types = relation_types()
    try:
        return types[name]
    except KeyError:
        raise OntologyError(
            f"unknown relation {name!r}; the ontology declares: {', '.join(types)}"
        ) from None


@lru_cache(maxsize=None)
def actor_types(path: str | None = None) -> tuple[str, ...]:
    """Local names of ``ag:Actor`` and its subclasses."""
    from rdflib import RDFS

    from .namespace import AG

    g = _graph(str(path or ONTOLOGY_DIR / "actorgraph.ttl"))
    names = {str(c).rsplit("#", 1)[-1] for c in g.transitive_subjects(RDFS.subClassOf, AG.Actor)}
    return tuple(sorted(names))
