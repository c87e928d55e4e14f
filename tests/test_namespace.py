"""The closed ``AG`` namespace and ontology/actorgraph.ttl declare the same terms."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from graph.namespace import AG, AGR, ONTOLOGY_IRI
from graph.vocab import ONTOLOGY_DIR


def _declared_in_ttl() -> set[str]:
    g = Graph().parse(ONTOLOGY_DIR / "actorgraph.ttl", format="turtle")
    ns = ONTOLOGY_IRI + "#"
    return {str(s)[len(ns):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}


def _declared_in_code() -> set[str]:
    return {name for name in AG.__annotations__ if not name.startswith("_")}


def test_namespace_declares_same_terms_as_ontology():
    ttl, code = _declared_in_ttl(), _declared_in_code()
    assert ttl, "no ag: terms found in the ontology"
    assert ttl - code == set(), f"in actorgraph.ttl but not in graph/namespace.py: {sorted(ttl - code)}"
    assert code - ttl == set(), f"in graph/namespace.py but not in actorgraph.ttl: {sorted(code - ttl)}"


def test_namespace_is_closed():
    assert str(AG.supplies) == ONTOLOGY_IRI + "#supplies"
    with pytest.raises(AttributeError):
        AG.supplys  # noqa: B018 - the typo is the point
    with pytest.raises(AttributeError):
        AG["suplies"]


def test_namespace_instances_are_open():
    assert str(AGR["actor/russia"]).endswith("/id/actor/russia")
