"""SPARQL queries: canned queries on the sample graph, safe parameters, formats, errors, the CLI."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import QueryError
from graph.write.graphio import generate_graph_json
from graph.sparql.query import (
    QUERY_DIR, bind_params, canned_queries, load_query, parse_param, query_form, run_query,
)
from graph.sparql.store import sync_store

EXPECTED_CANNED = {"who-supplies", "who-accuses", "claims", "contested", "ego", "timeline", "top-actors"}


@pytest.fixture
def outdir(sample_graph, tmp_path):
    """A built OUTDIR with graph.json and the on-disk store."""
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    sync_store(sample_graph, tmp_path / "store")
    return tmp_path


@pytest.fixture
def json_only(sample_graph, tmp_path):
    """An OUTDIR without a store: queries load graph.json into memory."""
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    return tmp_path


def rows(outdir, query, **params):
    text = run_query(outdir, query, params=params or None, fmt="csv")
    return list(csv.DictReader(io.StringIO(text)))


def test_query_canned_queries_are_documented():
    found = canned_queries()
    assert set(found) >= EXPECTED_CANNED
    for c in found.values():
        assert len(c.description) > 20, f"{c.name}.rq needs a header comment saying what it answers"
        for p in c.params:
            assert f"?{p}" in c.text, f"{c.name}.rq declares @param {p} but never uses ?{p}"


def test_query_who_supplies(outdir):
    got = rows(outdir, "who-supplies")
    assert [(r["supplier"], r["relation"], r["recipient"], r["modality"], r["claimant"]) for r in got] == [
        ("Russia", "supplies", "Taliban", "reported", "Rex Tillerson")]
    assert got[0]["sentence"].startswith("Russia is supplying weapons")


@pytest.mark.parametrize("target", ["Taliban", "the taliban", "taliban",
                                    "<https://w3id.org/actorgraph/id/actor/taliban>", "agr:actor/taliban"])
def test_query_who_supplies_target_by_label_alias_id_or_iri(outdir, target):
    assert [r["supplier"] for r in rows(outdir, "who-supplies", target=target)] == ["Russia"]


def test_query_who_supplies_other_target_is_empty(outdir):
    assert rows(outdir, "who-supplies", target="ISIS") == []


def test_query_who_accuses(outdir):
    got = rows(outdir, "who-accuses", target="Russia")
    assert [(r["accuser"], r["accused"], r["polarity"]) for r in got] == [("Rex Tillerson", "Russia", "positive")]
    assert "Tillerson said" in got[0]["sentence"]
    assert rows(outdir, "who-accuses", by="Russia") == []


def test_query_claims(outdir):
    got = rows(outdir, "claims", by="Tillerson")
    assert {(r["subject"], r["relation"], r["object"]) for r in got} == {
        ("Russia", "supplies", "Taliban"), ("Rex Tillerson", "claims", "Russia")}
    assert {r["claimant"] for r in got} == {"Rex Tillerson"}


def test_query_contested(outdir):
    got = rows(outdir, "contested")
    assert [(r["subject"], r["relation"], r["object"], r["asserted_by"], r["contested_by"], r["kind"])
            for r in got] == [("Russia", "supplies", "Taliban", "Rex Tillerson", "Russia", "denied")]
    assert got[0]["contested"] == "The Russian Foreign Ministry refutes these reports."


def test_query_contested_negated_same_relation(tmp_path):
    from graph.assemble.assemble import make_graph
    from graph.model import Actor, Article, Polarity, Triple

    a = Article(id="a1", path="x", text="...", title="X")
    b = Article(id="a2", path="y", text="...", title="Y")
    actors = [Actor("p", "Pakistan"), Actor("t", "Taliban")]
    G = make_graph([a, b], actors, [
        Triple("p", "supports", "t", "backs", "a1", "Pakistan backs the Taliban.", 0, 27),
        Triple("p", "supports", "t", "does not back", "a2", "Pakistan does not back the Taliban.", 0, 35,
               polarity=Polarity.NEGATIVE),
    ])
    (tmp_path / "graph.json").write_text(generate_graph_json(G), encoding="utf-8")
    got = rows(tmp_path, "contested", target="Taliban")
    assert [(r["subject"], r["relation"], r["asserted_by"], r["contested_by"], r["kind"]) for r in got] == [
        ("Pakistan", "supports", "X", "Y", "negated")]


def test_query_ego(outdir):
    got = rows(outdir, "ego", actor="Russia")
    assert {r["centre"] for r in got} == {"Russia"}
    assert {(r["direction"], r["relation"], r["other"], r["positive"]) for r in got} == {
        ("out", "supplies", "Taliban", "1"), ("out", "denies", "Rex Tillerson", "0"),
        ("in", "accuses", "Rex Tillerson", "1"), ("in", "claims", "Rex Tillerson", "1")}


def test_query_timeline(outdir):
    got = rows(outdir, "timeline")
    assert [r["date"] for r in got] == sorted(r["date"] for r in got)
    assert (got[0]["date"], got[-1]["date"]) == ("2017-08-22", "2021-07-09")
    assert [(r["subject"], r["object"]) for r in rows(outdir, "timeline", rel="attacks")] == [("ISIS", "Afghanistan")]
    assert len(rows(outdir, "timeline", actor="Taliban")) == 1


def test_query_top_actors(outdir):
    got = rows(outdir, "top-actors")
    assert got[0]["actor"] == "Russia" and got[0]["partners"] == "2" and got[0]["statements"] == "4"
    assert {r["actor"] for r in rows(outdir, "top-actors", type="ArmedGroup")} == {"ISIS", "Taliban"}


def test_query_store_and_graph_json_agree(outdir, json_only):
    for name in sorted(EXPECTED_CANNED):
        assert run_query(outdir, name, fmt="csv") == run_query(json_only, name, fmt="csv"), name


def test_query_parameters_are_bound_as_terms_not_spliced(outdir):
    hostile = 'Taliban" ) } } SELECT * WHERE { ?s ?p ?o } #'
    assert rows(outdir, "who-supplies", target=hostile) == []
    # a SPARQL-looking value is just a string to compare with
    text = run_query(outdir, "SELECT ?x WHERE { BIND(?v AS ?x) }", params={"v": hostile}, fmt="csv")
    assert list(csv.reader(io.StringIO(text)))[1] == [hostile]


def test_query_parameter_types():
    assert str(parse_param("42")).endswith("#integer>")
    assert str(parse_param("0.5")).endswith("#decimal>")
    assert str(parse_param("agr:actor/russia")) == "<https://w3id.org/actorgraph/id/actor/russia>"
    assert str(parse_param("actor:russia")) == "<https://w3id.org/actorgraph/id/actor/russia>"
    assert str(parse_param("Taliban")) == '"Taliban"'
    with pytest.raises(QueryError):
        parse_param("<not an iri>")


def test_query_unknown_parameter_names_the_allowed_ones(outdir):
    with pytest.raises(QueryError, match=r"unknown parameter.*tgt.*takes: target"):
        run_query(outdir, "who-supplies", params={"tgt": "Taliban"})


def test_query_values_block_goes_into_where_not_template():
    q = 'CONSTRUCT { ?s ag:label "{" } WHERE { ?s ?p ?o } # {'
    bound = bind_params(q, {"s": "x"})
    assert bound.index("VALUES") > bound.index("WHERE")
    q2 = 'SELECT ?s # WHERE {\n WHERE { ?s ?p "}" }'
    assert bind_params(q2, {"s": "x"}).index("VALUES") > q2.index("\n WHERE")


def test_query_syntax_error_has_position(outdir):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query(outdir, "SELECT * WHERE {\n ?s ?p }")


def test_query_update_is_refused(outdir):
    with pytest.raises(QueryError, match="read-only"):
        run_query(outdir, "INSERT DATA { <http://a> <http://b> <http://c> }")
    assert query_form("PREFIX x: <http://select/> ASK {}") == "ASK"


def test_query_unknown_canned_name(outdir):
    with pytest.raises(QueryError, match="who-supplies"):
        run_query(outdir, "who-sells")


def test_query_rq_file(outdir, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# Labels.\n# @param name: a label\nSELECT DISTINCT ?a WHERE { ?a rdfs:label ?name }\n", encoding="utf-8")
    assert [r["a"] for r in rows(outdir, str(f), name="Russia")] == ["https://w3id.org/actorgraph/id/actor/russia"]
    text, params = load_query("who-supplies")
    assert params == ("target",) and (QUERY_DIR / "who-supplies.rq").read_text(encoding="utf-8") == text


def test_query_formats(outdir):
    q = "SELECT ?s ?label WHERE { ?s ag:supplies ?o . ?s rdfs:label ?label }"
    table = run_query(outdir, q)
    assert table.splitlines()[0].split() == ["s", "label"] and "actor:russia" in table and "(1 row)" in table
    doc = json.loads(run_query(outdir, q, fmt="json"))
    assert doc["head"]["vars"] == ["s", "label"]
    assert doc["results"]["bindings"][0]["s"] == {"type": "uri", "value": "https://w3id.org/actorgraph/id/actor/russia"}
    tsv = run_query(outdir, q, fmt="tsv").splitlines()
    assert tsv == ["?s\t?label", '<https://w3id.org/actorgraph/id/actor/russia>\t"Russia"']
    root = ET.fromstring(run_query(outdir, q, fmt="xml"))
    assert root.find(".//{http://www.w3.org/2005/sparql-results#}literal").text == "Russia"
    assert run_query(outdir, "ASK { ?s ag:supplies ?o }", fmt="json").strip() == '{"head": {}, "boolean": true}'
    nt = run_query(outdir, "CONSTRUCT WHERE { ?s ag:supplies ?o }", fmt="ntriples")
    assert nt.strip() == ("<https://w3id.org/actorgraph/id/actor/russia> <https://w3id.org/actorgraph/ontology#supplies> "
                          "<https://w3id.org/actorgraph/id/actor/taliban> .")
    with pytest.raises(QueryError, match="unknown format"):
        run_query(outdir, q, fmt="yaml")


def test_query_hostile_text_in_csv_and_json(outdir):
    q = "SELECT ?t WHERE { ?st ag:sentence ?t FILTER(CONTAINS(?t, 'script')) }"
    from tests.conftest import SENT3

    assert list(csv.reader(io.StringIO(run_query(outdir, q, fmt="csv"))))[1] == [SENT3]
    assert json.loads(run_query(outdir, q, fmt="json"))["results"]["bindings"][0]["t"]["value"] == SENT3


def test_query_missing_outdir_is_an_output_error(tmp_path):
    from graph.errors import OutputError

    with pytest.raises(OutputError, match="actorgraph build"):
        run_query(tmp_path / "nope", "top-actors")


runner = CliRunner()


def test_query_cli_prints_rows(outdir):
    result = runner.invoke(app, ["query", str(outdir), "who-supplies", "--param", "target=Taliban", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Russia,supplies,Taliban" in result.output


def test_query_cli_syntax_error_without_traceback(outdir):
    result = runner.invoke(app, ["query", str(outdir), "SELECT * WHERE { ?s"])
    assert result.exit_code == 1
    assert "syntax error at line 1" in result.output
    assert "Traceback" not in result.output


def test_query_cli_bad_param(outdir):
    result = runner.invoke(app, ["query", str(outdir), "ego", "-p", "actor"])
    assert result.exit_code == 1 and "NAME=VALUE" in result.output


def test_query_cli_help_documents_commands():
    for cmd in ("query", "serve", "validate"):
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100


def test_query_actor_facts_are_seen_once(outdir):
    # Oxigraph's union default graph returns a triple once per graph holding it, so the
    # store keeps actor descriptions in the actors graph only.
    assert len(rows(outdir, "SELECT ?l WHERE { agr:actor\\/russia rdfs:label ?l }")) == 1
    assert len(rows(outdir, "SELECT ?s ?o WHERE { ?s ag:supplies ?o }")) == 1


def test_query_contested_same_article_denial_needs_a_reported_claim(tmp_path):
    from graph.assemble.assemble import make_graph
    from graph.model import Actor, Article, Modality, Triple

    a = Article(id="a1", path="x", text="...", title="X")
    actors = [Actor("r", "Russia"), Actor("t", "Taliban"), Actor("c", "China"), Actor("n", "NATO")]
    G = make_graph([a], actors, [
        Triple("r", "supplies", "t", "reportedly arms", "a1", "Russia reportedly arms the Taliban.", 0, 10,
               modality=Modality.REPORTED),
        Triple("r", "consults", "c", "met", "a1", "Russia met China.", 11, 20),
        Triple("r", "denies", "n", "refutes", "a1", "Russia refutes NATO's reports.", 21, 40),
    ])
    (tmp_path / "graph.json").write_text(generate_graph_json(G), encoding="utf-8")
    got = rows(tmp_path, "contested")
    assert [(r["subject"], r["relation"], r["object"], r["kind"]) for r in got] == [
        ("Russia", "supplies", "Taliban", "denied")]
