"""GEXF 1.3 export: schema-valid, readable back, a timeline of article dates, deterministic."""
from __future__ import annotations

import io
import json
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from graph.assemble.assemble import iter_relations, make_graph
from graph.cli import app
from graph.errors import OutputError
from tests.conftest import whole_xml_tree as _whole_tree
from graph.write.gexf import (GEXF_NS, VIZ_NS, XML_DECLARATION, generate_gexf, iter_gexf, make_node_rows,
                              to_liststring, write_gexf)
from graph.write.graphio import generate_graph_json, parse_graph_json
from graph.model import Actor, ActorType, Article, Modality, Polarity, Triple
from graph.ontology import Ontology
from graph.vocab import relation_types

TYPE_COLORS = {t: colour for t, (_, colour) in Ontology.shipped().palette.types.items()}

SCHEMA_DIR = Path(__file__).parent / "data" / "gexf-1.3"
NS = {"g": GEXF_NS, "viz": VIZ_NS}


@lru_cache(maxsize=None)
def _relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA_DIR / "gexf.rng")))


def _valid(text: str) -> etree._Element:
    """Parse ``text`` and assert it validates against the official 1.3 RelaxNG schema."""
    doc = etree.fromstring(text.encode("utf-8"))
    schema = _relaxng()
    assert schema.validate(doc), schema.error_log
    return doc


def _read(text: str) -> nx.MultiDiGraph:
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def _article(n: int, date: str | None) -> Article:
    return Article(id=f"a{n:012d}", path=f"a{n}.txt", text="x" * 200, date=date)


def _triple(s, r, o, article, start=0, pred="said", **kw) -> Triple:
    return Triple(s, r, o, pred, article.id, "Some sentence.", start, start + 14,
                  pred_start=start + 1, pred_end=start + 5, **kw)


def _parallel_hub() -> nx.MultiDiGraph:
    """Two statements of russia-supplies-taliban on two dates, one attack between the same pair,
    one undated article."""
    a1, a2, a3 = _article(1, "2017-08-22"), _article(2, "2021-07-09"), _article(3, None)
    actors = [Actor("russia", "Russia", ActorType.COUNTRY), Actor("taliban", "Taliban", ActorType.ARMED_GROUP),
              Actor("usa", "United States", ActorType.COUNTRY)]
    triples = [
        _triple("russia", "supplies", "taliban", a1, pred="arms", confidence=0.6),
        _triple("russia", "supplies", "taliban", a2, pred="supplies", confidence=0.9,
                modality=Modality.HEDGED, attributed_to="usa"),
        _triple("taliban", "attacks", "russia", a2, start=20, pred="attacked"),
        _triple("russia", "attacks", "taliban", a1, start=40, pred="struck", polarity=Polarity.NEGATIVE),
        _triple("usa", "accuses", "russia", a3, pred="accused"),
    ]
    return make_graph([a1, a2, a3], actors, triples)


# --------------------------------------------------------------------------- schema


@pytest.mark.parametrize("aggregate", [True, False])
def test_gexf_sample_validates_against_relaxng(sample_graph, aggregate):
    doc = _valid(generate_gexf(sample_graph, aggregate=aggregate))
    assert doc.tag == f"{{{GEXF_NS}}}gexf" and doc.get("version") == "1.3"
    assert doc.nsmap == {None: GEXF_NS, "viz": VIZ_NS}
    graph = doc.find("g:graph", NS)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "directed"


def test_gexf_validates_against_xsd_order_without_viz(sample_graph):
    # the 1.3 XSD declares viz elements in the gexf namespace, so check the rest of the structure
    doc = etree.fromstring(generate_gexf(sample_graph).encode())
    for el in list(doc.iter(f"{{{VIZ_NS}}}*")):
        el.getparent().remove(el)
    xsd = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd")))
    assert xsd.validate(doc), xsd.error_log


def test_gexf_node_children_in_xsd_order(sample_graph):
    doc = etree.fromstring(generate_gexf(sample_graph).encode())
    order = ["spells", "color", "size", "attvalues"]
    for node in doc.iterfind(".//g:node", NS):
        names = [etree.QName(c).localname for c in node]
        assert names == [n for n in order if n in names]
        assert "attvalues" in names and "color" in names and "size" in names


def test_gexf_declares_typed_attributes(sample_graph):
    doc = etree.fromstring(generate_gexf(sample_graph).encode())
    types = {(a.getparent().get("class"), a.get("id")): a.get("type") for a in doc.iterfind(".//g:attribute", NS)}
    assert types[("node", "aliases")] == "liststring"
    assert types[("node", "mentions")] == "integer"
    assert types[("edge", "evidence")] == "integer"
    assert types[("edge", "confidence")] == "double"
    assert types[("edge", "claimants")] == "liststring"
    # every attvalue refers to a declared attribute of its class
    for klass in ("node", "edge"):
        for av in doc.iterfind(f".//g:{klass}/g:attvalues/g:attvalue", NS):
            assert (klass, av.get("for")) in types


# --------------------------------------------------------------------------- content


def test_gexf_nodes_read_back_with_networkx(sample_graph):
    H = _read(generate_gexf(sample_graph))
    assert set(H.nodes) == set(sample_graph.nodes)
    for n, d in sample_graph.nodes(data=True):
        actor, h = d["actor"], H.nodes[n]
        assert h["label"] == actor.label
        assert h["actor_type"] == str(actor.type)
        assert h["mentions"] == d["mentions"]
        assert h["article_count"] == len(d["articles"])
        assert json.loads(h["aliases"]) == list(actor.aliases)
        assert h.get("wikidata") == actor.wikidata  # absent, never "None"
        assert json.loads(h.get("attributes", "[]")) == [f"{k}={v}" for k, v in actor.attributes]
        assert (h["first_seen"], h["last_seen"]) == (d["dates"][0], d["dates"][-1])
        r, g, b = (int(TYPE_COLORS[str(actor.type)][i:i + 2], 16) for i in (1, 3, 5))
        assert (h["viz"]["color"]["r"], h["viz"]["color"]["g"], h["viz"]["color"]["b"]) == (r, g, b)


def test_gexf_node_size_grows_with_mentions(sample_graph):
    H = _read(generate_gexf(sample_graph))
    by_mentions = sorted(sample_graph.nodes, key=lambda n: sample_graph.nodes[n]["mentions"])
    sizes = [H.nodes[n]["viz"]["size"] for n in by_mentions]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_gexf_edges_read_back_with_networkx(sample_graph):
    H = _read(generate_gexf(sample_graph))
    groups = list(iter_relations(sample_graph))
    assert H.number_of_edges() == len(groups)
    types = relation_types()
    for s, r, o, ev in groups:
        d = H.edges[s, o, f"{s}|{r}|{o}"]
        assert d["relation"] == r and d["family"] == types[r].family
        assert d["weight"] == d["evidence"] == len(ev)
        assert json.loads(d["predicates"]) == sorted({t.predicate for t in ev})
        assert json.loads(d["claimants"]) == sorted({t.attributed_to for t in ev if t.attributed_to})
        assert json.loads(d["articles"]) == sorted({t.article for t in ev})
        assert json.loads(d["statements"]) == [t.id for t in ev]
        assert d["polarity"] == str(ev[0].polarity) and d["modality"] == str(ev[0].modality)
        assert d["confidence"] == pytest.approx(max(t.confidence for t in ev))
        assert json.loads(d.get("attributes", "[]")) == sorted({f"{k}={v}" for t in ev for k, v in t.attributes})


def test_gexf_edge_kind_is_the_relation(sample_graph):
    doc = etree.fromstring(generate_gexf(sample_graph).encode())
    for e in doc.iterfind(".//g:edge", NS):
        assert e.get("kind") == e.get("id").split("|")[1]
    # two relations between the same pair stay two edges with different kinds
    pair = [e.get("kind") for e in doc.iterfind(".//g:edge", NS)
            if (e.get("source"), e.get("target")) == ("rex-tillerson", "russia")]
    assert sorted(pair) == ["accuses", "claims"]


def test_gexf_aggregates_parallel_statements():
    G = _parallel_hub()
    doc = _valid(generate_gexf(G))
    edges = {e.get("id"): e for e in doc.iterfind(".//g:edge", NS)}
    assert set(edges) == {"russia|supplies|taliban", "russia|attacks|taliban", "taliban|attacks|russia",
                          "usa|accuses|russia"}
    sup = edges["russia|supplies|taliban"]
    assert sup.get("weight") == "2" and sup.get("kind") == "supplies"
    H = _read(generate_gexf(G))
    d = H.edges["russia", "taliban", "russia|supplies|taliban"]
    assert d["evidence"] == 2 and d["modality"] == "mixed" and d["polarity"] == "positive"
    assert json.loads(d["predicates"]) == ["arms", "supplies"]
    assert json.loads(d["claimants"]) == ["usa"]
    assert d["confidence"] == pytest.approx(0.9)
    assert d["spells"] == [("2017-08-22", "2017-08-22"), ("2021-07-09", "2021-07-09")]
    assert d["negative_evidence"] == 0
    attack = H.edges["russia", "taliban", "russia|attacks|taliban"]
    assert attack["polarity"] == "negative" and attack["negative_evidence"] == 1


def test_gexf_denials_count_in_weight_but_are_marked():
    a1, a2 = _article(1, "2020-01-01"), _article(2, "2020-02-01")
    G = make_graph([a1, a2], [Actor("x", "X"), Actor("y", "Y")],
                   [_triple("x", "supplies", "y", a1), _triple("x", "supplies", "y", a2, polarity=Polarity.NEGATIVE)])
    d = _read(generate_gexf(G)).edges["x", "y"]
    assert d["weight"] == 2 and d["negative_evidence"] == 1 and d["polarity"] == "mixed"


def test_gexf_per_statement_writes_one_edge_per_statement():
    G = _parallel_hub()
    doc = _valid(generate_gexf(G, aggregate=False))
    ids = [e.get("id") for e in doc.iterfind(".//g:edge", NS)]
    assert len(ids) == len(set(ids)) == G.number_of_edges() == 5
    statement_ids = {k for _, _, k in G.edges(keys=True)}
    assert {i.rsplit("|", 1)[1] for i in ids} == statement_ids
    assert all(e.get("weight") == "1" for e in doc.iterfind(".//g:edge", NS))
    assert _read(generate_gexf(G, aggregate=False)).number_of_edges() == 5


def test_gexf_spells_are_the_article_dates(sample_graph):
    H = _read(generate_gexf(sample_graph))
    for n, d in sample_graph.nodes(data=True):
        assert H.nodes[n]["spells"] == [(x, x) for x in d["dates"]]
    arts = sample_graph.graph["articles"]
    for s, r, o, ev in iter_relations(sample_graph):
        dates = sorted({arts[t.article].date for t in ev})
        assert H.edges[s, o, f"{s}|{r}|{o}"]["spells"] == [(x, x) for x in dates]


def test_gexf_undated_elements_have_no_spells():
    G = _parallel_hub()
    doc = _valid(generate_gexf(G))
    accuses = doc.find(".//g:edge[@id='usa|accuses|russia']", NS)
    assert accuses.find("g:spells", NS) is None
    assert accuses.find("g:attvalues/g:attvalue[@for='first_seen']", NS) is None
    usa = doc.find(".//g:node[@id='usa']", NS)  # seen in the dated article 2 as claimant
    assert [s.get("start") for s in usa.iterfind("g:spells/g:spell", NS)] == ["2021-07-09"]


def test_gexf_without_any_date_is_static_and_valid():
    a = _article(1, None)
    G = make_graph([a], [Actor("x", "X"), Actor("y", "Y")], [_triple("x", "attacks", "y", a)])
    doc = _valid(generate_gexf(G))
    graph = doc.find("g:graph", NS)
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert doc.find(".//g:spells", NS) is None
    assert doc.find("g:meta", NS).get("lastmodifieddate") is None


def test_gexf_liststring_escapes_quotes_and_backslashes():
    assert to_liststring(['a "b"', "c\\d", ""]) == r'["a \"b\"", "c\\d", ""]'
    assert json.loads(to_liststring(['a "b"', "c\\d"])) == ['a "b"', "c\\d"]


# --------------------------------------------------------------------------- hostile text


def _hostile_hub() -> nx.MultiDiGraph:
    """Markup, quotes, backslashes, tabs and XML-forbidden characters in every text field."""
    a = Article(id="a1", path="x.txt", text="t" * 100, date="2020-01-02T10:00:00Z", title='<b>"&')
    nasty = 'A "quoted" <b>tag</b> & \x00\x01\x08\x0b\x1f\ufffe\uffff amp;'
    actors = [Actor("x", nasty, ActorType.PERSON, aliases=(nasty, 'back\\slash "q"', "tab\there"),
                    wikidata="Q1\x07"),
              Actor("y", "\x02\x03", ActorType.MEDIA)]
    t = Triple("x", "attacks", "y", 'hit <&> "\x0c"', "a1", 'He said "<x>" & \x1b[31m left.', 0, 20)
    return make_graph([a], actors, [t])


def test_gexf_hostile_strings_give_valid_xml():
    G = _hostile_hub()
    for aggregate in (True, False):
        text = generate_gexf(G, aggregate=aggregate)
        doc = _valid(text)
        H = _read(text)
        assert H.nodes["x"]["label"] == 'A "quoted" <b>tag</b> & amp;'
        assert H.nodes["y"]["label"] == "y"  # nothing printable left: falls back to the id
        assert json.loads(H.nodes["x"]["aliases"]) == ['A "quoted" <b>tag</b> & amp;', 'back\\slash "q"', "tab here"]
        assert H.nodes["x"]["wikidata"] == "Q1"
        edge = next(iter(H.edges(data=True)))[2]
        assert edge["sentence"] == 'He said "<x>" & [31m left.'
        assert json.loads(edge["predicates"]) == ['hit <&> ""']
        assert [s.get("start") for s in doc.iterfind(".//g:spell", NS)][:1] == ["2020-01-02"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=st.text(max_size=40), alias=st.text(max_size=20), predicate=st.text(min_size=1, max_size=20))
def test_gexf_random_unicode_labels_always_validate(label, alias, predicate):
    a = _article(1, "2019-03-04")
    actors = [Actor("p", label, ActorType.PERSON, aliases=(alias,)), Actor("q", "Q")]
    t = Triple("p", "supplies", "q", predicate, a.id, label or "s", 0, 1)
    G = make_graph([a], actors, [t])
    text = generate_gexf(G)
    _valid(text)
    H = _read(text)
    assert H.number_of_nodes() == 2 and H.number_of_edges() == 1


# --------------------------------------------------------------------------- determinism, files


def test_gexf_is_deterministic(sample_graph):
    first = generate_gexf(sample_graph)
    assert generate_gexf(sample_graph) == first
    # a hub reloaded from graph.json gives the same bytes
    assert generate_gexf(parse_graph_json(generate_graph_json(sample_graph))) == first
    doc = etree.fromstring(first.encode())
    assert doc.find("g:meta", NS).get("lastmodifieddate") == "2021-07-09"  # newest article, not the clock


@pytest.mark.parametrize("aggregate", [True, False])
def test_gexf_write_gexf_writes_the_generated_text(sample_graph, tmp_path, aggregate):
    path = write_gexf(sample_graph, tmp_path / "sub" / "g.gexf", aggregate=aggregate)
    assert path == tmp_path / "sub" / "g.gexf"
    assert path.read_bytes() == generate_gexf(sample_graph, aggregate=aggregate).encode("utf-8")
    hostile = write_gexf(_hostile_hub(), tmp_path / "hostile.gexf")
    assert hostile.read_bytes() == generate_gexf(_hostile_hub()).encode("utf-8")


def _without_edges() -> nx.MultiDiGraph:
    G = _parallel_hub()
    G.remove_edges_from(list(G.edges(keys=True)))
    return G


@pytest.mark.parametrize("hub", [_parallel_hub, _hostile_hub, _without_edges, nx.MultiDiGraph])
@pytest.mark.parametrize("aggregate", [True, False])
def test_gexf_pieces_join_to_the_whole_tree_serialisation(hub, aggregate):
    text = generate_gexf(hub(), aggregate=aggregate)
    assert text == _whole_tree(text)
    assert len(re.findall(r"\sxmlns[:=]", text)) == 2  # declared once, on the root
    _valid(text)


def test_gexf_pieces_join_to_the_whole_tree_serialisation_sample(sample_graph):
    for aggregate in (True, False):
        text = generate_gexf(sample_graph, aggregate=aggregate)
        assert text == _whole_tree(text)


def test_gexf_iter_gexf_yields_one_piece_per_node_and_edge(sample_graph):
    for G, aggregate in ((sample_graph, True), (sample_graph, False), (_parallel_hub(), True)):
        chunks = list(iter_gexf(G, aggregate=aggregate))
        assert "".join(chunks) == generate_gexf(G, aggregate=aggregate)
        edges = len(list(iter_relations(G))) if aggregate else G.number_of_edges()
        # header up to <nodes>, the nodes, </nodes> to <edges>, the edges, the closing tags
        assert len(chunks) == 1 + G.number_of_nodes() + 1 + edges + 1
        assert chunks[0].startswith(XML_DECLARATION)
        assert chunks[0].endswith(f'<nodes count="{G.number_of_nodes()}">\n')
        nodes = chunks[1:1 + G.number_of_nodes()]
        assert all(c.startswith("      <node ") and c.endswith("      </node>\n") and c.count("<node ") == 1
                   for c in nodes)
        assert all(c.startswith("      <edge ") and c.count("<edge ") == 1 for c in chunks[-1 - edges:-1])
        assert chunks[-1] == "    </edges>\n  </graph>\n</gexf>\n"
    # more graph, more pieces
    small = _parallel_hub()
    assert sample_graph.number_of_nodes() > small.number_of_nodes()
    assert len(list(iter_gexf(sample_graph, aggregate=False))) > len(list(iter_gexf(small, aggregate=False)))


def test_gexf_write_gexf_unwritable_path_raises_output_error(sample_graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_gexf(sample_graph, blocker / "g.gexf")


# --------------------------------------------------------------------------- CLI

runner = CliRunner()


@pytest.fixture
def outdir(sample_graph, tmp_path):
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    return tmp_path


def test_gexf_cli_export_writes_valid_gexf(outdir, sample_graph):
    out = outdir / "x.gexf"
    result = runner.invoke(app, ["export", str(outdir), "--format", "gexf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    assert out.read_text(encoding="utf-8") == generate_gexf(sample_graph)


def test_gexf_cli_export_per_statement_default_path(outdir, sample_graph):
    result = runner.invoke(app, ["export", str(outdir), "--per-statement"])
    assert result.exit_code == 0, result.output
    text = (outdir / "graph-statements.gexf").read_text(encoding="utf-8")
    _valid(text)
    assert _read(text).number_of_edges() == sample_graph.number_of_edges()


def test_gexf_cli_export_without_a_build_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "nothing"), "--format", "gexf"])
    assert result.exit_code == 1
    assert "actorgraph build" in result.output and "Traceback" not in result.output


def test_gexf_cli_export_rejects_unknown_format(outdir):
    result = runner.invoke(app, ["export", str(outdir), "--format", "dot"])
    assert result.exit_code == 1 and "--format" in result.output  # bad arguments exit 1 (README)


def test_gexf_named_actor_of_no_statement_is_an_isolated_node(named_graph):
    rows = {r.id: r for r in make_node_rows(named_graph)}
    assert rows["ana-ruiz"].attrs["mentions"] == 0 and rows["ana-ruiz"].attrs["named"] == 2
    assert rows["ana-ruiz"].dates == ("2017-08-22",)
    text = generate_gexf(named_graph)
    assert 'id="ana-ruiz"' in text and 'id="red-cross"' in text
