"""JSON-LD written from a block's index (graph.write.jsonld) is what rdflib's converter writes."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.serializers.jsonld import from_rdf
from rdflib.plugins.shared.jsonld.context import Context

from graph.namespace import AG, AGR
from graph.write.jsonld import JsonldNodes
from graph.write.rdf import PREFIXES, generate_jsonld, make_dataset, write_rdf

CONTEXT = dict(sorted(PREFIXES.items()))
S = AGR["actor/ada-lovelace"]
N = Namespace(PREFIXES["ag"])  # open: made-up terms of the ontology's namespace
OTHER = URIRef("http://example.org/elsewhere/thing")

# (predicate, object) pairs of one subject, each an odd case of rdflib's converter
CASES = {
    "plain literal": [(RDFS.label, Literal("Ada Lovelace"))],
    "language": [(RDFS.label, Literal("Ada", lang="en")), (RDFS.label, Literal("Ada", lang="fr"))],
    "typed": [(AG.start, Literal("2004-05-01", datatype=XSD.date)), (AG.confidence, Literal("0.5", datatype=XSD.decimal))],
    "native types": [(AG.mentionCount, Literal(3)), (N.flag, Literal(True)), (N.score, Literal(1.5)),
                     (N.note, Literal("x", datatype=XSD.string))],
    "falsy first value": [(AG.mentionCount, Literal(0)), (AG.mentionCount, Literal(2))],
    "two types": [(RDF.type, AG.Person), (RDF.type, N.Writer)],
    "type as literal": [(RDF.type, Literal("person"))],
    "IRIs outside the prefixes": [(AG.affiliation, OTHER), (URIRef("http://example.org/p"), AGR["actor/x"])],
    "several objects": [(AG.alias, Literal("Ada")), (AG.alias, Literal("Countess")), (AG.party, AGR["actor/y"])],
}


def _rdflib_nodes(triples) -> list:
    g = Graph()
    for t in triples:
        g.add(t)
    nodes = from_rdf(g, CONTEXT, use_native_types=True, use_rdf_type=False, auto_compact=False)
    nodes = nodes.get("@graph", nodes) if isinstance(nodes, dict) else nodes
    nodes = nodes if isinstance(nodes, list) else [nodes]
    for n in nodes:
        n.pop("@context", None)
    return sorted(nodes, key=lambda n: n["@id"])


def _index(triples) -> dict:
    index: dict = {}
    for s, p, o in dict.fromkeys(triples):
        index.setdefault(s, {}).setdefault(p, []).append(o)
    return index


@pytest.mark.parametrize("case", sorted(CASES))
def test_jsonld_nodes_are_rdflibs_nodes(case):
    triples = [(S, p, o) for p, o in CASES[case]] + [(OTHER, RDFS.label, Literal("Elsewhere"))]
    ours = JsonldNodes(Context(CONTEXT)).nodes(_index(triples))
    assert ours is not None
    assert json.dumps(sorted(ours, key=lambda n: n["@id"]), sort_keys=True) == json.dumps(
        _rdflib_nodes(triples), sort_keys=True)


@pytest.mark.parametrize("triples", [
    [(S, N.knows, BNode("b1")), (BNode("b1"), RDFS.label, Literal("someone"))],  # a blank node
    [(S, N.items, AGR["list/1"]), (AGR["list/1"], RDF.first, Literal("a")), (AGR["list/1"], RDF.rest, RDF.nil)],
])
def test_jsonld_nodes_leave_blank_nodes_and_collections_to_rdflib(triples):
    assert JsonldNodes(Context(CONTEXT)).nodes(_index(triples)) is None


def test_jsonld_nodes_leave_a_context_with_a_language_to_rdflib():
    assert JsonldNodes(Context({**CONTEXT, "@language": "en"})).nodes(_index([(S, RDFS.label, Literal("x"))])) is None


def test_jsonld_of_a_small_build_is_rdflibs_and_isomorphic(sample_graph, tmp_path, monkeypatch):
    """graph.jsonld of a small build: the same text as rdflib's converter gives for every block, and
    the same named graphs (by isomorphism) as the dataset."""
    write_rdf(sample_graph, tmp_path)
    ours = (tmp_path / "graph.jsonld").read_text(encoding="utf-8")
    assert ours == generate_jsonld(sample_graph)
    monkeypatch.setattr(JsonldNodes, "nodes", lambda self, index: None)  # rdflib's converter everywhere
    assert generate_jsonld(sample_graph) == ours
    parsed, want = Dataset().parse(data=ours, format="json-ld"), make_dataset(sample_graph)
    names = {g.identifier for g in want.graphs() if len(g)}
    assert names == {g.identifier for g in parsed.graphs() if len(g)}
    for name in names:
        assert isomorphic(parsed.graph(name), want.graph(name)), name
