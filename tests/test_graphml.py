"""GraphML export: typed keys, no None, networkx round trip, same graph as the GEXF export."""
from __future__ import annotations

import io
import re

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from graph.assemble.assemble import iter_relations, make_graph
from graph.cli import app
from graph.errors import OutputError
from tests.conftest import whole_xml_tree as _whole_tree
from graph.write.gexf import XML_DECLARATION, clean_text, generate_gexf
from graph.write.graphio import generate_graph_json, parse_graph_json
from graph.write.graphml import GRAPHML_NS, LIST_SEPARATOR, generate_graphml, iter_graphml, write_graphml
from graph.model import Actor, ActorType, Article, Modality, Triple

NS = {"g": GRAPHML_NS}
ALLOWED_TYPES = {"string", "int", "double", "boolean"}


def _read(text: str) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)


def _parallel_hub() -> nx.MultiDiGraph:
    a1 = Article(id="a1", path="1.txt", text="x" * 100, date="2017-08-22")
    a2 = Article(id="a2", path="2.txt", text="y" * 100, date="2021-07-09")
    actors = [Actor("russia", "Russia", ActorType.COUNTRY, wikidata="Q159"),
              Actor("taliban", "Taliban", ActorType.ARMED_GROUP)]
    triples = [Triple("russia", "supplies", "taliban", "arms", a.id, "S.", 0, 2, confidence=c,
                      modality=m)
               for a, c, m in ((a1, 0.6, Modality.ASSERTED), (a2, 0.9, Modality.REPORTED))]
    return make_graph([a1, a2], actors, triples)


@pytest.mark.parametrize("aggregate", [True, False])
def test_graphml_round_trip_counts(sample_graph, aggregate):
    H = _read(generate_graphml(sample_graph, aggregate=aggregate))
    assert set(H.nodes) == set(sample_graph.nodes)
    expected = len(list(iter_relations(sample_graph))) if aggregate else sample_graph.number_of_edges()
    assert H.number_of_edges() == expected


def test_graphml_keys_are_typed_and_unique(sample_graph):
    doc = etree.fromstring(generate_graphml(sample_graph).encode())
    keys = doc.findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    assert {k.get("attr.type") for k in keys} <= ALLOWED_TYPES
    names = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert names[("node", "mentions")] == "int" and names[("edge", "confidence")] == "double"
    assert names[("edge", "weight")] == "double" and names[("node", "label")] == "string"
    # every data element points at a declared key of its scope
    scope = {k.get("id"): k.get("for") for k in keys}
    for el in doc.iterfind(".//g:node/g:data", NS):
        assert scope[el.get("key")] == "node"
    for el in doc.iterfind(".//g:edge/g:data", NS):
        assert scope[el.get("key")] == "edge"


def test_graphml_attributes_and_types_round_trip(sample_graph):
    H = _read(generate_graphml(sample_graph))
    for n, d in sample_graph.nodes(data=True):
        h, actor = H.nodes[n], d["actor"]
        assert h["label"] == actor.label and h["actor_type"] == str(actor.type)
        assert h["mentions"] == d["mentions"] and isinstance(h["mentions"], int)
        assert h["aliases"].split(LIST_SEPARATOR) == list(actor.aliases)
        assert h.get("wikidata") == actor.wikidata
        assert h.get("attributes", "") == LIST_SEPARATOR.join(f"{k}={v}" for k, v in actor.attributes)
        assert h["dates"].split(LIST_SEPARATOR) == list(d["dates"])
        assert isinstance(h["size"], float) and all(isinstance(h[c], int) for c in "rgb")
    for s, r, o, ev in iter_relations(sample_graph):
        e = H.edges[s, o, f"{s}|{r}|{o}"]
        assert e["relation"] == r and e["evidence"] == len(ev)
        assert e["weight"] == float(len(ev)) and isinstance(e["weight"], float)
        assert e["confidence"] == pytest.approx(max(t.confidence for t in ev))
        assert e["articles"].split(LIST_SEPARATOR) == sorted({t.article for t in ev})
        claimants = sorted({t.attributed_to for t in ev if t.attributed_to})
        if claimants:
            assert e["claimants"].split(LIST_SEPARATOR) == claimants
        else:
            assert "claimants" not in e  # empty lists are left out


def test_graphml_has_no_none_or_empty_values(sample_graph):
    doc = etree.fromstring(generate_graphml(sample_graph, aggregate=False).encode())
    texts = [el.text for el in doc.iterfind(".//g:data", NS)]
    assert texts and all(t and t != "None" for t in texts)


def test_graphml_aggregates_parallel_statements():
    G = _parallel_hub()
    H = _read(generate_graphml(G))
    assert H.number_of_edges() == 1
    e = H.edges["russia", "taliban", "russia|supplies|taliban"]
    assert e["evidence"] == 2 and e["weight"] == 2.0 and e["modality"] == "mixed"
    assert e["dates"] == "2017-08-22; 2021-07-09"
    assert (e["first_seen"], e["last_seen"]) == ("2017-08-22", "2021-07-09")
    per = _read(generate_graphml(G, aggregate=False))
    assert per.number_of_edges() == 2
    assert {k.rsplit("|", 1)[1] for _, _, k in per.edges(keys=True)} == {k for _, _, k in G.edges(keys=True)}


def test_graphml_same_ids_as_gexf(sample_graph):
    for aggregate in (True, False):
        gml = etree.fromstring(generate_graphml(sample_graph, aggregate=aggregate).encode())
        gx = etree.fromstring(generate_gexf(sample_graph, aggregate=aggregate).encode())
        gexf_ns = {"x": "http://gexf.net/1.3"}
        assert [e.get("id") for e in gml.iterfind(".//g:edge", NS)] == \
               [e.get("id") for e in gx.iterfind(".//x:edge", gexf_ns)]
        assert [n.get("id") for n in gml.iterfind(".//g:node", NS)] == \
               [n.get("id") for n in gx.iterfind(".//x:node", gexf_ns)]


def _hostile_hub() -> nx.MultiDiGraph:
    """Markup, quotes and XML-forbidden characters in labels, predicates and the sentence."""
    a = Article(id="a1", path="x.txt", text="t" * 100, date=None)
    nasty = 'Q "x" <y> & \x00\x1f\ufffe z'
    return make_graph([a], [Actor("x", nasty, aliases=(nasty,)), Actor("y", "Y")],
                      [Triple("x", "attacks", "y", "hit\x0b", "a1", '<script>"&"</script>\x01', 0, 5)])


def _multiline_hub() -> nx.MultiDiGraph:
    """A sentence over several lines, with tabs and a carriage return: text content, not attributes."""
    a = Article(id="a1", path="x.txt", text="t" * 100, date="2020-01-02")
    return make_graph([a], [Actor("x", "X"), Actor("y", "Y")],
                      [Triple("x", "attacks", "y", "hit", "a1", "First line,\n  second\tline\r\n third.", 0, 5)])


def test_graphml_hostile_strings_give_valid_xml():
    G = _hostile_hub()
    text = generate_graphml(G)
    etree.fromstring(text.encode())  # well-formed XML 1.0
    H = _read(text)
    assert H.nodes["x"]["label"] == 'Q "x" <y> & z'
    e = next(iter(H.edges(data=True)))[2]
    assert e["sentence"] == '<script>"&"</script>' and e["predicates"] == "hit"
    assert "first_seen" not in e and "dates" not in H.nodes["x"]  # undated: left out, not None


def test_graphml_is_deterministic(sample_graph):
    first = generate_graphml(sample_graph)
    assert generate_graphml(sample_graph) == first
    assert generate_graphml(parse_graph_json(generate_graph_json(sample_graph))) == first


@pytest.mark.parametrize("aggregate", [True, False])
def test_graphml_write_graphml(sample_graph, tmp_path, aggregate):
    path = write_graphml(sample_graph, tmp_path / "g.graphml", aggregate=aggregate)
    assert path.read_bytes() == generate_graphml(sample_graph, aggregate=aggregate).encode("utf-8")
    for hub in (_hostile_hub, _multiline_hub):
        path = write_graphml(hub(), tmp_path / "h.graphml", aggregate=aggregate)
        assert path.read_bytes() == generate_graphml(hub(), aggregate=aggregate).encode("utf-8")
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError):
        write_graphml(sample_graph, tmp_path / "f" / "g.graphml")


def _without_edges() -> nx.MultiDiGraph:
    G = _parallel_hub()
    G.remove_edges_from(list(G.edges(keys=True)))
    return G


@pytest.mark.parametrize("hub", [_parallel_hub, _hostile_hub, _multiline_hub, _without_edges, nx.MultiDiGraph])
@pytest.mark.parametrize("aggregate", [True, False])
def test_graphml_pieces_join_to_the_whole_tree_serialisation(hub, aggregate):
    text = generate_graphml(hub(), aggregate=aggregate)
    assert text == _whole_tree(text)
    assert len(re.findall(r"\sxmlns[:=]", text)) == 2  # declared once, on the root
    _read(text)


def test_graphml_pieces_join_to_the_whole_tree_serialisation_sample(sample_graph):
    for aggregate in (True, False):
        text = generate_graphml(sample_graph, aggregate=aggregate)
        assert text == _whole_tree(text)


def test_graphml_multiline_text_is_not_reindented():
    e = next(iter(_read(generate_graphml(_multiline_hub())).edges(data=True)))[2]
    assert e["sentence"] == "First line,\n  second\tline\r\n third."


def test_graphml_iter_graphml_yields_one_piece_per_node_and_edge(sample_graph):
    for G, aggregate in ((sample_graph, True), (sample_graph, False), (_parallel_hub(), True)):
        chunks = list(iter_graphml(G, aggregate=aggregate))
        assert "".join(chunks) == generate_graphml(G, aggregate=aggregate)
        edges = len(list(iter_relations(G))) if aggregate else G.number_of_edges()
        # header up to <graph>, the nodes, the edges (siblings: nothing between), the closing tags
        assert len(chunks) == 1 + G.number_of_nodes() + edges + 1
        assert chunks[0].startswith(XML_DECLARATION) and chunks[0].endswith('edgedefault="directed">\n')
        nodes = chunks[1:1 + G.number_of_nodes()]
        assert all(c.startswith("    <node ") and c.endswith("    </node>\n") and c.count("<node ") == 1
                   for c in nodes)
        assert all(c.startswith("    <edge ") and c.count("<edge ") == 1 for c in chunks[-1 - edges:-1])
        assert chunks[-1] == "  </graph>\n</graphml>\n"
    # more graph, more pieces
    small = _parallel_hub()
    assert sample_graph.number_of_nodes() > small.number_of_nodes()
    assert len(list(iter_graphml(sample_graph))) > len(list(iter_graphml(small)))


def test_graphml_cli_export(sample_graph, tmp_path):
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    out = tmp_path / "out.graphml"
    result = CliRunner().invoke(app, ["export", str(tmp_path), "--format", "graphml", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == generate_graphml(sample_graph)
    result = CliRunner().invoke(app, ["export", str(tmp_path), "-f", "graphml", "--per-statement"])
    assert result.exit_code == 0, result.output
    H = _read((tmp_path / "graph-statements.graphml").read_text(encoding="utf-8"))
    assert H.number_of_edges() == sample_graph.number_of_edges()


@settings(max_examples=40, deadline=None)
@given(label=st.text(max_size=40), predicate=st.text(max_size=20))
def test_graphml_random_unicode_labels_always_read_back(label, predicate):
    a = Article(id="a1", path="1.txt", text="x" * 10, date="2019-03-04")
    G = make_graph([a], [Actor("p", label), Actor("q", "Q")],
                   [Triple("p", "supplies", "q", predicate, "a1", label, 0, 1)])
    H = _read(generate_graphml(G))
    assert H.number_of_nodes() == 2 and H.number_of_edges() == 1
    assert H.nodes["p"]["label"] == (" ".join(clean_text(label).split()) or "p")
