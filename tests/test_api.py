"""The Python API (``from graph import ...``) and the README's example of it."""
from __future__ import annotations

import contextlib
import io
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graph
from graph import KnowledgeGraph, Rows, build, extract_text, load_graph, query_graph
from graph.assemble.assemble import make_graph
from graph.errors import InputError, OutputError, QueryError
from graph.model import Actor, ActorType, Triple
from graph.write.graphio import generate_graph_json
from graph.sparql.store import sync_store

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
API_NAMES = ("KnowledgeGraph", "Rows", "build", "load_graph", "extract_text", "query_graph")


@pytest.fixture
def outdir(sample_graph, tmp_path):
    """A built OUTDIR (graph.json and the on-disk store) holding the hand-made sample graph."""
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    sync_store(sample_graph, tmp_path / "store")
    return tmp_path


# ---------------------------------------------------------------- the package's names


def test_api_names_are_exported_and_resolve_to_the_api_functions():
    import graph.api

    assert set(API_NAMES) <= set(graph.__all__)
    assert set(graph.api.__all__) == set(API_NAMES)
    for info in pkgutil.walk_packages(graph.__path__, "graph."):  # a submodule import sets graph.<name>
        if not info.name.endswith("__main__"):  # that one runs the CLI
            __import__(info.name)
    for name in API_NAMES:
        assert getattr(graph, name) is getattr(graph.api, name), name


def test_api_no_submodule_shadows_an_api_name():
    submodules = {info.name for info in pkgutil.iter_modules(graph.__path__)}
    assert not submodules & set(API_NAMES)


def test_api_import_graph_stays_light():
    code = "import sys, graph; print('graph.api' in sys.modules, 'networkx' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False"], out.stderr


# ---------------------------------------------------------------- load_graph


def test_api_load_graph_gives_actors_triples_and_articles(outdir, sample_graph):
    kg = load_graph(outdir)
    assert isinstance(kg, KnowledgeGraph)
    assert {a.id for a in kg.actors} == set(sample_graph.nodes)
    assert sorted(t.id for t in kg.triples) == sorted(k for _, _, k in sample_graph.edges(keys=True))
    assert set(kg.articles) == set(sample_graph.graph["articles"])
    assert kg.meta == {"model": "test"} and kg.skipped == ()
    assert repr(kg) == "KnowledgeGraph(2 articles, 5 actors, 5 triples)"


@pytest.mark.parametrize("name", ["russia", "Russia", "the kremlin", "MOSCOW"])
def test_api_actor_by_id_label_or_alias(outdir, name):
    assert load_graph(outdir).actor(name).id == "russia"


def test_api_actor_label_wins_over_another_actors_alias():
    actors = [Actor("kabul-city", "Kabul", ActorType.PLACE), Actor("afghanistan", "Afghanistan", ActorType.COUNTRY, ("Kabul",))]
    hub = make_graph([], actors, [Triple("afghanistan", "attacks", "kabul-city", "attacked", "a1", "...", 0, 3)])
    kg = KnowledgeGraph(hub)
    assert kg.actor("kabul").id == "kabul-city"  # sorts after afghanistan, whose alias it is
    assert kg.actor("Afghanistan").id == "afghanistan"


def test_api_actor_unknown_is_a_key_error_naming_it(outdir):
    with pytest.raises(KeyError, match="Atlantis"):
        load_graph(outdir).actor("Atlantis")


def test_api_load_graph_records_the_ontology_the_build_used(outdir, tmp_path_factory):
    import shutil

    from graph.ontology import ontology_of
    from graph.vocab import ONTOLOGY_DIR

    mine = tmp_path_factory.mktemp("my") / "ontology"
    shutil.copytree(ONTOLOGY_DIR, mine)
    assert ontology_of(load_graph(outdir, ontology_dir=mine).hub).path == mine.resolve()
    assert ontology_of(load_graph(outdir).hub).path == Path(ONTOLOGY_DIR).resolve()


def test_api_load_graph_with_a_file_as_ontology_is_an_ontology_error(outdir):
    from graph.errors import OntologyError

    with pytest.raises(OntologyError, match="not a folder"):
        load_graph(outdir, ontology_dir=outdir / "graph.json")


def test_api_load_graph_of_an_unbuilt_folder_says_to_build(tmp_path):
    with pytest.raises(OutputError, match="actorgraph build"):
        load_graph(tmp_path)


# ---------------------------------------------------------------- query_graph


def test_api_query_canned_with_a_parameter_from_store_json_or_memory(outdir, sample_graph, tmp_path_factory):
    json_only = tmp_path_factory.mktemp("json-only")
    (json_only / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    answers = [query_graph(target, "who-supplies", params={"target": "Taliban"})
               for target in (outdir, str(json_only), KnowledgeGraph(sample_graph))]
    assert answers[0] == answers[1] == answers[2]
    rows = answers[0]
    assert rows.variables[:3] == ("supplier", "relation", "recipient")
    assert repr(rows) == f"Rows(1 row of {', '.join(rows.variables)})"
    assert [(r["supplier"], r["relation"], r["recipient"], r["claimant"], r["date"]) for r in rows] == [
        ("Russia", "supplies", "Taliban", "Rex Tillerson", "2017-08-22")]
    assert query_graph(outdir, "who-supplies", params={"target": "ISIS"}).records == ()


def test_api_query_values_are_plain_python(outdir):
    rows = query_graph(outdir, """
        SELECT ?n ?d ?x ?b ?iri ?missing WHERE {
          BIND(3 AS ?n) BIND(0.25 AS ?d) BIND(1.5e0 AS ?x) BIND(true AS ?b) BIND(agr:here AS ?iri)
          OPTIONAL { agr:nothing agr:nothing ?missing }
        }""")
    assert list(rows) == [{"n": 3, "d": Decimal("0.25"), "x": 1.5, "b": True,
                           "iri": "https://w3id.org/actorgraph/id/here", "missing": None}]
    assert type(rows[0]["n"]) is int


def test_api_query_ask_and_construct_are_tables_too(outdir):
    assert list(query_graph(outdir, "ASK { ?s ag:supplies ?o }")) == [{"answer": True}]
    assert list(query_graph(outdir, "ASK { ?s ag:bombs ?o }")) == [{"answer": False}]
    rows = query_graph(outdir, "CONSTRUCT { ?s ag:supplies ?o } WHERE { ?s ag:supplies ?o }")
    assert rows.variables == ("subject", "predicate", "object") and len(rows) == 1
    assert rows[0]["predicate"].endswith("#supplies")


def test_api_query_errors_are_query_errors(outdir):
    with pytest.raises(QueryError, match="unknown parameter"):
        query_graph(outdir, "who-supplies", params={"nobody": "x"})
    with pytest.raises(QueryError, match="no-such-query"):
        query_graph(outdir, "no-such-query")
    with pytest.raises(QueryError):
        query_graph(outdir, "INSERT DATA { agr:a agr:b agr:c }")
    with pytest.raises(QueryError, match="SERVICE"):  # never calls out unless allow_service=True
        query_graph(outdir, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="more than 1"):
        query_graph(outdir, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=1)


def test_api_query_damaged_store_is_named(outdir):  # found on opening; found while reading it is named too
    from graph.sparql.store import StoreDamaged

    sst = max((outdir / "store").glob("*.sst"), key=lambda p: p.stat().st_size)
    with open(sst, "r+b") as f:
        f.truncate(100)
    with pytest.raises(StoreDamaged, match=re.escape(f"the store at {outdir / 'store'} is damaged")):
        query_graph(outdir, "SELECT ?s WHERE { ?s ?p ?o }")


_ECHO = "SELECT ?x WHERE { BIND(?v AS ?x) }"
_EMPTY = KnowledgeGraph(make_graph([], [], []))


@settings(max_examples=60, deadline=None)
@given(value=st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
                       st.text()))
def test_api_query_parameters_come_back_as_given(value):
    term = ox.Literal(value) if isinstance(value, str) else value  # a str alone is read as on the CLI
    [row] = query_graph(_EMPTY, _ECHO, params={"v": term})
    assert row["x"] == value and type(row["x"]) is type(value)


@pytest.mark.parametrize("text, expected", [("Taliban", "Taliban"), ("42", 42), ("0.5", Decimal("0.5")),
                                            ("actor:russia", "https://w3id.org/actorgraph/id/actor/russia")])
def test_api_query_string_parameters_read_as_on_the_command_line(text, expected):
    [row] = query_graph(_EMPTY, _ECHO, params={"v": text})
    assert row["x"] == expected


# ---------------------------------------------------------------- build and extract_text, without a model


def test_api_build_unknown_option_is_a_type_error_listing_the_options(tmp_path):
    with pytest.raises(TypeError, match=r"worker\b.*options are: .*workers"):
        build(tmp_path, tmp_path / "out", worker=2)


def test_api_build_takes_one_path_as_a_path(tmp_path):
    empty = tmp_path / "no-articles-here"
    empty.mkdir()
    with pytest.raises(InputError, match=re.escape(str(empty))):
        build(str(empty), tmp_path / "out")


def test_api_extract_text_refuses_an_empty_text():
    with pytest.raises(InputError, match="empty"):
        extract_text(" \n\t ")


# ---------------------------------------------------------------- with the model (slow)


def _readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Python API\n(.*?)(?=^## )", text, re.S | re.M)
    assert section, "README.md has no '## Python API' section"
    block = re.search(r"^```python\n(.*?)^```", section.group(1), re.S | re.M)
    assert block, "the Python API section has no ```python block"
    return block.group(1)


@pytest.mark.slow
def test_api_readme_example_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the example builds "seeds", as a user in the checkout would
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_readme_example(), str(README), "exec"), {"__name__": "__readme__"})
    lines = printed.getvalue().splitlines()
    assert re.fullmatch(r"5 articles, \d+ actors, \d+ triples", lines[0]), lines[:1]
    assert any(line.startswith("Russia supplies Taliban") for line in lines), lines
    assert "('russia', 'supplies', 'taliban', 'rex-tillerson')" in printed.getvalue()
    assert len(list(tmp_path.glob("actorgraph-*/graph.json"))) == 1


@pytest.mark.slow
def test_api_extract_text_gives_what_a_build_of_the_text_gives(tmp_path):
    text = ("Russia is supplying weapons to the Taliban, Rex Tillerson said on Tuesday.\n\n"
            "The Russian Foreign Ministry denied the reports. Moscow has armed ISIS, officials in Kabul claimed.")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "article.txt").write_text(text, encoding="utf-8")
    build(tmp_path / "in", tmp_path / "out", use_store=False)
    built = load_graph(tmp_path / "out")
    one = extract_text(text)
    assert [a.id for a in built.articles.values()] == list(one.articles)  # same cleaned text, same id
    assert one.triples and set(one.triples) == set(built.triples)
    assert one.actors == built.actors
    assert one.meta == built.meta  # the same pipeline, extractor and ontology
    assert not list(Path.cwd().glob("graph.json"))  # extract_text writes nothing
