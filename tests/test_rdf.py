"""RDF serialisation: round trips by isomorphism, determinism, the direct-triple policy, IRIs."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic, graph_diff

from graph.assemble.assemble import make_graph
from graph.model import Actor, Article, Triple
from graph.namespace import AG, AGR
from graph.write.rdf import (
    ACTORS_GRAPH, PREFIXES, RDF_FILES, actor_iri, article_iri, generate_jsonld, generate_ntriples, generate_trig,
    generate_turtle, is_direct, make_dataset, make_union_graph, statement_iri, write_rdf,
)
from graph.write.tables import generate_triples_csv
from tests.conftest import SENT3, _actors, _articles, _triples


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for quad in ds.quads((None, None, None, None)):
        g.add(quad[:3])
    return g


def _assert_iso(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        raise AssertionError(f"not isomorphic\nonly in first:\n{only_a.serialize(format='nt')}"
                             f"\nonly in second:\n{only_b.serialize(format='nt')}")


def _named_graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g) and isinstance(g.identifier, URIRef) and str(g.identifier).startswith(str(AGR)):
            out[str(g.identifier)] = g
    return out


def test_rdf_turtle_round_trip_is_isomorphic(sample_graph):
    parsed = Graph().parse(data=generate_turtle(sample_graph), format="turtle")
    _assert_iso(parsed, _union(make_dataset(sample_graph)))


def test_rdf_ntriples_round_trip_is_isomorphic(sample_graph):
    parsed = Graph().parse(data=generate_ntriples(sample_graph), format="nt")
    _assert_iso(parsed, make_union_graph(sample_graph))


def test_rdf_trig_round_trip_keeps_each_article_graph(sample_graph):
    parsed = Dataset().parse(data=generate_trig(sample_graph), format="trig")
    want, got = _named_graphs(make_dataset(sample_graph)), _named_graphs(parsed)
    assert set(got) == set(want) == {str(article_iri(a.id)) for a in _articles()} | {str(ACTORS_GRAPH)}
    for iri in want:
        _assert_iso(got[iri], want[iri])


def test_rdf_jsonld_round_trip_keeps_each_article_graph(sample_graph):
    text = generate_jsonld(sample_graph)
    json.loads(text)
    parsed = Dataset().parse(data=text, format="json-ld")
    want, got = _named_graphs(make_dataset(sample_graph)), _named_graphs(parsed)
    assert set(got) == set(want)
    for iri in want:
        _assert_iso(got[iri], want[iri])


def test_rdf_output_is_deterministic_across_input_order():
    g1 = make_graph(_articles(), _actors(), _triples())
    g2 = make_graph(list(reversed(_articles())), list(reversed(_actors())), list(reversed(_triples())))
    assert generate_ntriples(g1) == generate_ntriples(g2)
    assert generate_turtle(g1) == generate_turtle(g2)
    assert generate_trig(g1) == generate_trig(g2) and generate_jsonld(g1) == generate_jsonld(g2)
    lines = generate_ntriples(g1).splitlines()
    assert len(lines) == len(set(lines))  # the union graph: every triple once


def test_rdf_direct_triples_only_for_positive_asserted_or_reported(sample_graph):
    g = make_union_graph(sample_graph)
    assert (actor_iri("russia"), AG.supplies, actor_iri("taliban")) in g  # reported
    assert (actor_iri("rex-tillerson"), AG.accuses, actor_iri("russia")) in g  # asserted
    assert (actor_iri("isis"), AG.attacks, actor_iri("afghanistan")) not in g  # hedged
    assert (actor_iri("russia"), AG.denies, actor_iri("rex-tillerson")) not in g  # negative
    # ... but every statement is there, with its evidence
    statements = set(g.subjects(RDF.type, AG.Statement))
    assert statements == {statement_iri(t.id) for t in _triples()}


def test_rdf_every_direct_triple_has_a_triples_csv_row(sample_graph):
    g = make_union_graph(sample_graph)
    relations = {p for p in g.objects(None, RDF.predicate)}
    direct = {(s, p, o) for s, p, o in g if p in relations}
    assert direct  # the check below must not pass vacuously
    rows = list(csv.DictReader(io.StringIO(generate_triples_csv(sample_graph))))
    keys = {(actor_iri(r["subject_id"]), AG[r["relation"]], actor_iri(r["object_id"])) for r in rows}
    assert direct <= keys
    assert len(rows) == len(set(g.subjects(RDF.type, AG.Statement)))


def test_rdf_statement_carries_provenance(sample_graph):
    g = make_union_graph(sample_graph)
    t = next(t for t in _triples() if t.relation == "supplies")
    s = statement_iri(t.id)
    assert g.value(s, RDF.subject) == actor_iri("russia")
    assert g.value(s, RDF.predicate) == AG.supplies
    assert g.value(s, AG.article) == article_iri(t.article)
    assert g.value(s, AG.attributedTo) == actor_iri("rex-tillerson")
    assert g.value(s, AG.start) == Literal(0)
    assert g.value(s, AG.confidence).datatype == XSD.decimal
    assert float(g.value(s, AG.confidence)) == 0.8
    assert str(g.value(s, AG.modality)) == "reported"
    art = article_iri(t.article)
    assert g.value(art, URIRef("http://purl.org/dc/terms/date")) == Literal("2017-08-22", datatype=XSD.date)
    assert (actor_iri("russia"), RDF.type, AG.Country) in g
    assert g.value(actor_iri("rex-tillerson"), AG.affiliation) == actor_iri("united-states")
    assert str(g.value(actor_iri("rex-tillerson"), AG.role)) == "Secretary of State"


def test_rdf_hostile_text_survives_every_format(sample_graph):
    t = next(t for t in _triples() if t.sentence == SENT3)
    for fmt, text in (("turtle", generate_turtle(sample_graph)), ("nt", generate_ntriples(sample_graph))):
        g = Graph().parse(data=text, format=fmt)
        assert str(g.value(statement_iri(t.id), AG.sentence)) == SENT3
    ds = Dataset().parse(data=generate_jsonld(sample_graph), format="json-ld")
    assert str(_union(ds).value(statement_iri(t.id), AG.sentence)) == SENT3


def test_rdf_trig_graph_holds_only_its_article(sample_graph):
    graphs = _named_graphs(make_dataset(sample_graph))
    two = graphs[str(article_iri("a000000000002"))]
    assert (actor_iri("isis"), RDFS.label, Literal("ISIS")) in two
    assert (actor_iri("isis"), RDF.type, AG.ArmedGroup) in two
    assert not any(True for _ in two.triples((actor_iri("russia"), None, None)))
    # build-wide facts live in the actors graph only, so other articles cannot change this graph
    assert not any(True for _ in two.triples((None, AG.mentionCount, None)))
    actors = graphs[str(ACTORS_GRAPH)]
    assert (actor_iri("isis"), AG.alias, Literal("Daesh")) in actors
    assert actors.value(actor_iri("russia"), AG.mentionCount) == Literal(4)


def test_rdf_article_graph_unchanged_when_another_article_is_added(sample_graph):
    from graph.write.rdf import graph_triples

    a1, a2 = _articles()
    only_a1 = make_graph([a1], _actors(), [t for t in _triples() if t.article == a1.id])
    iri = article_iri(a1.id)
    assert set(graph_triples(only_a1)[iri]) == set(graph_triples(sample_graph)[iri])
    # and its TriG text is the same: a graph's layout depends on its own triples only

    def block(text):
        lines = text.splitlines()
        start = lines.index(f"article:{a1.id} {{")
        return lines[start:lines.index("}", start) + 1]

    assert block(generate_trig(only_a1)) == block(generate_trig(sample_graph))


def test_rdf_write_rdf_writes_four_files(sample_graph, tmp_path):
    paths = write_rdf(sample_graph, tmp_path)
    assert sorted(p.name for p in paths) == sorted(RDF_FILES)
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8") == generate_ntriples(sample_graph)


def test_rdf_is_direct_policy():
    from graph.model import Modality, Polarity

    base = _triples()[0]
    from dataclasses import replace

    assert is_direct(replace(base, modality=Modality.ASSERTED))
    assert not is_direct(replace(base, modality=Modality.HYPOTHETICAL))
    assert not is_direct(replace(base, polarity=Polarity.NEGATIVE))


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=30))
def test_rdf_actor_iri_is_valid_for_any_unicode_id(actor_id):
    iri = actor_iri(actor_id)
    ox.NamedNode(str(iri))  # strict IRI validation; raises on an invalid IRI
    assert not any(c in str(iri) for c in ' <>"{}|\\^`')
    # distinct ids never collide
    assert actor_iri(actor_id + "x") != iri


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20))
def test_rdf_unicode_actor_round_trips(actor_id):
    art = Article(id="a1", path="p.txt", text="x")
    actors = [Actor(actor_id, actor_id), Actor("other", "Other")]
    G = make_graph([art], actors, [Triple(actor_id, "supplies", "other", "gives", "a1", "x", 0, 1)])
    parsed = Graph().parse(data=generate_ntriples(G), format="nt")
    assert str(parsed.value(actor_iri(actor_id), RDFS.label)) == actor_id
    _assert_iso(Graph().parse(data=generate_turtle(G), format="turtle"), make_union_graph(G))


def test_rdf_turtle_blocks_are_rdflibs_own_turtle(sample_graph):
    """Each block of graph.ttl is what rdflib's Turtle serialiser writes for that block's triples."""
    from graph.write.rdf import _Serialisers, iter_union_blocks

    ser = _Serialisers()
    blocks = list(iter_union_blocks(sample_graph))
    assert len(blocks) >= 3  # the actors, then one block per article
    for block in blocks:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        for triple in block:
            g.add(triple)
        theirs = "".join(line + "\n" for line in g.serialize(format="turtle").split("\n")
                         if not line.startswith("@prefix")).strip("\n")
        assert ser.turtle(block).strip("\n") == theirs


def test_rdf_turtle_has_every_subject_once_and_trig_graphs_in_iri_order(sample_graph):
    ttl = generate_turtle(sample_graph)
    subjects = [line.split(" ")[0] for line in ttl.splitlines() if line and not line.startswith((" ", "@"))]
    assert len(subjects) == len(set(subjects)) and "actor:russia" in subjects
    assert "@prefix actor: <https://w3id.org/actorgraph/id/actor/>" in ttl
    ours = generate_trig(sample_graph)

    def quads(text):
        d = rdflib.Dataset()
        d.parse(data=text, format="trig")
        return sorted(line for line in d.serialize(format="nquads").splitlines() if line)

    assert quads(ours) == quads(make_dataset(sample_graph).serialize(format="trig"))
    graphs = [line.split(" {")[0] for line in ours.splitlines() if line.endswith("{")]
    assert graphs == ["article:a000000000001", "article:a000000000002",
                      "<https://w3id.org/actorgraph/id/graph/actors>"]  # in order of their full IRIs


def test_rdf_files_are_written_a_block_at_a_time(sample_graph):
    """Streaming: each file comes in pieces (one per block or named graph), never as one string."""
    from graph.write.rdf import iter_jsonld, iter_ntriples, iter_trig, iter_turtle

    n_graphs = len(_articles()) + 1
    assert len(list(iter_trig(sample_graph))) >= n_graphs + 2  # header, graphs, end
    assert len(list(iter_jsonld(sample_graph))) >= n_graphs + 2
    assert len(list(iter_turtle(sample_graph))) >= n_graphs + 2
    assert len(list(iter_ntriples(sample_graph))) >= n_graphs


def test_rdf_actors_graph_is_built_a_few_hundred_actors_at_a_time(monkeypatch):
    """Many actors: the actors graph comes in blocks, and every file still holds each actor once."""
    import graph.write.rdf as rdf_module
    from graph.write.rdf import iter_graph_blocks

    monkeypatch.setattr(rdf_module, "_ACTORS_PER_BLOCK", 2)
    G = make_graph(_articles(), _actors(), _triples())
    blocks = dict(iter_graph_blocks(G))[ACTORS_GRAPH]
    sizes = [len({s for s, _, _ in block}) for block in blocks]
    assert len(sizes) == (len(G) + 1) // 2 and max(sizes) == 2
    ds = Dataset().parse(data=generate_trig(G), format="trig")
    assert len(ds.graph(ACTORS_GRAPH)) == len(make_dataset(G).graph(ACTORS_GRAPH))
    doc = json.loads(generate_jsonld(G))
    actors = next(g for g in doc["@graph"] if g["@id"].endswith("graph/actors"))["@graph"]
    assert [n["@id"] for n in actors] == sorted(n["@id"] for n in actors) and len(actors) == len(G)
    _assert_iso(Graph().parse(data=generate_turtle(G), format="turtle"), make_union_graph(G))


def test_rdf_write_rdf_writes_what_generate_returns(sample_graph, tmp_path):
    write_rdf(sample_graph, tmp_path)
    for name, generate in (("graph.ttl", generate_turtle), ("graph.trig", generate_trig),
                           ("graph.jsonld", generate_jsonld), ("graph.nt", generate_ntriples)):
        assert (tmp_path / name).read_text(encoding="utf-8") == generate(sample_graph)
    assert not list(tmp_path.glob(".*.tmp"))


def test_rdf_failed_write_leaves_previous_files_and_no_temporaries(sample_graph, tmp_path, monkeypatch):
    import graph.write.rdf as rdf_module

    write_rdf(sample_graph, tmp_path)
    before = {n: (tmp_path / n).read_bytes() for n in RDF_FILES}

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rdf_module._Serialisers, "jsonld", broken)
    smaller = make_graph(_articles()[:1], _actors(), [t for t in _triples() if t.article == _articles()[0].id])
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_rdf(smaller, tmp_path)
    assert {n: (tmp_path / n).read_bytes() for n in RDF_FILES} == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_rdf_trig_and_jsonld_bytes_do_not_depend_on_the_process(tmp_path):
    """rdflib orders graphs and nodes by hash; ours are sorted, so every process writes the same bytes."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; sys.path.insert(0, sys.argv[1]); from conftest import _articles, _actors, _triples;"
            "from graph.assemble.assemble import make_graph; from graph.write.rdf import generate_trig, generate_jsonld;"
            "G = make_graph(_articles(), _actors(), _triples(), meta={'model': 'test'});"
            "sys.stdout.write(generate_trig(G) + generate_jsonld(G))")
    tests = str(Path(__file__).resolve().parent)
    outs = {subprocess.run([sys.executable, "-c", code, tests], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and "actor:russia" in outs.pop()


def test_rdf_person_party_is_written():
    """A person's ``party`` attribute (an article's "Labour's Alan Milburn") is ``ag:party``, beside the
    affiliation."""
    party = (("affiliation", "united-states"), ("party", "republican-party"), ("role", "Secretary of State"))
    actors = [replace(a, attributes=party) if a.id == "rex-tillerson" else a for a in _actors()]
    g = make_union_graph(make_graph(_articles(), actors, _triples()))
    s = actor_iri("rex-tillerson")
    assert set(g.objects(s, AG.party)) == {actor_iri("republican-party")}
    assert set(g.objects(s, AG.affiliation)) == {actor_iri("united-states")}
    assert not set(make_union_graph(make_graph(_articles(), _actors(), _triples())).objects(s, AG.party))


def test_rdf_article_with_a_line_break_in_a_literal_is_written_as_rdflib_writes_it(tmp_path):
    """A literal with a line break is written raw inside triple quotes: TriG's article graph is then
    serialised at its own depth, not taken from the Turtle text; every file stays what the
    ``generate_*`` functions (one format at a time) write, and TriG parses back to the dataset."""
    arts = _articles()
    triples = [replace(t, sentence=t.sentence + "\nA second line.") if t.article == arts[0].id else t
               for t in _triples()]
    G = make_graph(arts, _actors(), triples)
    write_rdf(G, tmp_path)
    trig = (tmp_path / "graph.trig").read_text(encoding="utf-8")
    assert '"""' in trig and (tmp_path / "graph.ttl").read_text(encoding="utf-8") == generate_turtle(G)
    assert trig == generate_trig(G)
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8") == generate_ntriples(G)
    assert (tmp_path / "graph.jsonld").read_text(encoding="utf-8") == generate_jsonld(G)
    _assert_iso(_union(Dataset().parse(data=trig, format="trig")), _union(make_dataset(G)))


def test_rdf_jsonld_of_a_block_index_is_rdflibs_jsonld_of_its_graph(sample_graph):
    """JSON-LD read from the serialiser's index of a block (no rdflib Graph) is the JSON-LD of the
    block's rdflib Graph, for every named graph."""
    from graph.write.rdf import _Serialisers, iter_graph_blocks

    ser = _Serialisers()
    for iri, blocks in iter_graph_blocks(sample_graph):
        for block in blocks:
            ser.trig_ser.block(block, depth=1)
            view = ser.trig_ser.last_block
            assert view is not None
            ser._jsonld_first = True
            ours = ser.jsonld(iri, view, True)
            ser._jsonld_first = True
            assert ours == ser.jsonld(iri, ser.graph(block), True)


def test_rdf_trig_article_graph_is_its_turtle_indented(sample_graph):
    """Within TriG, an article graph's subjects are written as Turtle writes them, a level deeper."""
    from graph.write.rdf import _Serialisers, iter_graph_blocks

    ser = _Serialisers()
    for iri, blocks in iter_graph_blocks(sample_graph):
        for block in blocks:
            flat, deep = ser.turtle_ser.block(block), ser.trig_ser.block(block, depth=1)
            assert deep == "".join("\n" + ("    " + line if line else line)
                                   for line in flat.split("\n")[1:-1]) + "\n" if flat else deep == ""


def test_rdf_ntriples_blocks_are_rdflibs_rows(sample_graph):
    """Each block of graph.nt is rdflib's N-Triples rows of that block's triples, sorted (the
    serialiser writes each recurring node's text once, across blocks)."""
    from rdflib.plugins.serializers.nt import _nt_row

    from graph.write.rdf import _Serialisers, iter_union_blocks

    ser = _Serialisers()
    for block in [*iter_union_blocks(sample_graph), *iter_union_blocks(sample_graph)]:
        rows = {row for row in "".join(map(_nt_row, block)).split("\n") if row}
        assert ser.nt(block) == "".join(row + "\n" for row in sorted(rows))


def test_rdf_named_actor_of_no_statement_is_described_with_where_it_is_named(named_graph):
    g = make_union_graph(named_graph)
    ruiz = actor_iri("ana-ruiz")
    assert (ruiz, RDFS.label, Literal("Ana Ruiz")) in g and (ruiz, AG.alias, Literal("Ruiz")) in g
    assert g.value(ruiz, AG.mentionCount) == Literal(0) and g.value(ruiz, AG.namedCount) == Literal(2)
    assert set(g.objects(ruiz, AG.namedIn)) == {article_iri("a000000000001")}
    assert g.value(actor_iri("isis"), AG.namedCount) is None  # never counted: no triple
