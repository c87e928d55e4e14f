"""SHACL shapes: the RDF we write conforms; broken RDF is reported."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, XSD, Literal
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import OutputError
from graph.namespace import AG
from graph.write.rdf import actor_iri, make_dataset, make_union_graph, write_rdf
from graph.sparql.shacl import validate_graph, validate_outdir


def test_shacl_sample_graph_conforms(sample_graph):
    report = validate_graph(make_union_graph(sample_graph))
    assert report.conforms, str(report)
    assert report.violations == ()


def test_shacl_named_actors_conform(named_graph):
    report = validate_graph(make_union_graph(named_graph))
    assert report.conforms, str(report)


def test_shacl_dataset_conforms(sample_graph):
    assert validate_graph(make_dataset(sample_graph)).conforms


def _first_statement(g):
    return sorted(g.subjects(RDF.type, AG.Statement))[0]


@pytest.mark.parametrize("breakage,expect", [
    ("no label", "rdfs:label"),
    ("two labels", "rdfs:label"),
    ("confidence 1.5", "confidence"),
    ("no sentence", "sentence"),
    ("start as string", "ag:start"),
    ("start after end", "ag:start"),
    ("untyped actor", "rdf:type"),
    ("two parties", "ag:party"),
])
def test_shacl_broken_graph_is_reported(sample_graph, breakage, expect):
    g = make_union_graph(sample_graph)
    st = _first_statement(g)
    russia = actor_iri("russia")
    if breakage == "no label":
        g.remove((russia, RDFS.label, None))
    elif breakage == "two labels":
        g.add((russia, RDFS.label, Literal("Russian Federation")))
    elif breakage == "confidence 1.5":
        g.set((st, AG.confidence, Literal("1.5", datatype=XSD.decimal)))
    elif breakage == "no sentence":
        g.remove((st, AG.sentence, None))
    elif breakage == "start as string":
        g.set((st, AG.start, Literal("0")))
    elif breakage == "start after end":
        g.set((st, AG.start, Literal(10_000)))
    elif breakage == "untyped actor":
        g.remove((russia, RDF.type, None))
    elif breakage == "two parties":
        tillerson = actor_iri("rex-tillerson")
        g.add((tillerson, AG.party, actor_iri("republican-party")))
        g.add((tillerson, AG.party, actor_iri("democratic-party")))
    report = validate_graph(g)
    assert not report.conforms
    assert report.violations
    text = str(report).replace(str(RDFS), "rdfs:").replace(str(RDF), "rdf:").replace(str(AG._NS), "ag:")
    assert expect in text, text


def test_shacl_validate_outdir(sample_graph, tmp_path):
    write_rdf(sample_graph, tmp_path)
    assert validate_outdir(tmp_path).conforms
    with pytest.raises(OutputError, match="actorgraph build"):
        validate_outdir(tmp_path / "missing")


def test_shacl_cli_exit_codes(sample_graph, tmp_path):
    write_rdf(sample_graph, tmp_path)
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(tmp_path)])
    assert ok.exit_code == 0 and "conforms" in ok.output
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace('ag:confidence 0.8', 'ag:confidence 1.8'), encoding="utf-8")
    bad = runner.invoke(app, ["validate", str(tmp_path)])
    assert bad.exit_code == 1
    assert "violation" in bad.output and "confidence" in bad.output
