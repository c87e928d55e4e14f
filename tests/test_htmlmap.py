"""The HTML map as a string: offline, escaped, faithful to the hub, deterministic."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace

import pytest

from graph.assemble.assemble import make_graph
from graph.write import htmlmap
from graph.write.htmlmap import (MapOptionError, generate_map, iter_map, map_data,
                                 resolve_actor, write_map)
from graph.model import Modality, Triple
from graph.ontology import Ontology

TYPE_STYLES = Ontology.shipped().palette.types
FAMILY_COLORS = Ontology.shipped().palette.families

DATA_RE = re.compile(r'<script type="application/json" id="ag-data">(.*?)</script>', re.S)


def _data(page: str) -> dict:
    m = DATA_RE.search(page)
    assert m, "no data block"
    return json.loads(m.group(1))


def _groups(G):
    return {(t.subject, t.relation, t.object, str(t.polarity)) for _, _, d in G.edges(data=True)
            for t in [d["triple"]]}


@pytest.fixture
def page(sample_graph):
    return generate_map(sample_graph)


@pytest.fixture
def richer_graph(sample_graph):
    """The sample hub plus a second, firm sentence for Russia -supplies-> Taliban."""
    G = sample_graph
    arts = list(G.graph["articles"].values())
    actors = [G.nodes[n]["actor"] for n in G]
    triples = [d["triple"] for _, _, d in G.edges(data=True)]
    first = next(t for t in triples if t.relation == "supplies")
    extra = replace(first, modality=Modality.ASSERTED, attributed_to=None, start=1000, end=1050,
                    pred_start=1007, pred_end=1030, sentence="Russia is supplying weapons to the Taliban.",
                    predicate="is supplying weapons to")
    return make_graph(arts, actors, triples + [extra])


def test_htmlmap_references_no_external_url(page):
    lowered = page.lower()
    assert not re.search(r'''(?:src|href)\s*=\s*["']?\s*(?:https?:)?//''', lowered)
    assert not re.search(r'''url\(\s*["']?\s*(?:https?:)?//''', lowered)
    assert not re.search(r'''@import|import\s*\(\s*["']https?:|from\s+["']https?:''', lowered)
    assert "<link" not in lowered and "<script src" not in lowered
    for host in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "bootstrap", "cloudflare"):
        assert host not in lowered


def test_htmlmap_inlines_vis_network(page):
    assert "vis-network" in page and "new vis.Network(" in page
    opening = re.findall(r"^<script[^>]*>", page, re.M)  # the page's own script elements
    assert opening == ["<script type=\"application/json\" id=\"ag-data\">", "<script>", "<script>"]
    assert page.count("</script>") == 3 and "<!--" not in page


def test_htmlmap_data_block_is_escaped_json(page, sample_graph):
    block = DATA_RE.search(page).group(1)
    assert not set("<>&") & set(block), "markup characters must be \\u-escaped inside the data block"
    assert "\\u003cscript\\u003e" in block and "\\u003cimg src=x onerror" in block
    data = json.loads(block)
    sentences = {e["sentence"] for e in data["evidence"]}
    assert any('<script>alert("x")</script>' in s and "<img src=x onerror=alert(1)>" in s for s in sentences)
    assert "Two <b>bold</b>" in {a["title"] for a in data["articles"]}
    assert "Two <b>" not in page and "alert(1)>" not in page  # article text appears nowhere raw


def test_htmlmap_page_title_is_escaped(sample_graph):
    page = generate_map(sample_graph, title='<img src=x onerror="alert(1)">')
    assert '<img src=x onerror' not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_htmlmap_counts_equal_hub(page, sample_graph):
    data = _data(page)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(sample_graph.nodes)
    assert len(data["edges"]) == len(_groups(sample_graph))
    assert len(data["evidence"]) == sample_graph.number_of_edges()
    assert sorted(e["id"] for e in data["evidence"]) == sorted(k for _, _, k in sample_graph.edges(keys=True))
    assert sum(len(e["ev"]) for e in data["edges"]) == sample_graph.number_of_edges()


def test_htmlmap_node_style_by_type_and_mentions(page, sample_graph):
    for n in _data(page)["nodes"]:
        actor = sample_graph.nodes[n["id"]]["actor"]
        assert (n["shape"], n["color"]) == TYPE_STYLES[str(actor.type)]
        assert n["value"] == sample_graph.nodes[n["id"]]["mentions"]
        assert n["label"] == actor.label


def test_htmlmap_edge_style_family_width_dashes(page):
    edges = {(e["from"], e["relation"], e["to"]): e for e in _data(page)["edges"]}
    supplies = edges[("russia", "supplies", "taliban")]
    assert supplies["color"] == FAMILY_COLORS["cooperation"] and supplies["label"] == "supplies"
    assert supplies["dashes"] is True  # reported by Tillerson
    assert edges[("isis", "attacks", "afghanistan")]["dashes"] is True  # hedged
    denies = edges[("russia", "denies", "rex-tillerson")]
    assert denies["dashes"] is True and denies["polarity"] == "negative" and "negated" in denies["label"]
    accuses = edges[("rex-tillerson", "accuses", "russia")]
    assert accuses["dashes"] is False and accuses["color"] == FAMILY_COLORS["conflict"]
    assert edges[("rex-tillerson", "claims", "russia")]["color"] == FAMILY_COLORS["claim"]
    assert all(e["value"] == len(e["ev"]) == 1 for e in edges.values())


def test_htmlmap_width_follows_evidence(richer_graph):
    edges = {(e["from"], e["relation"], e["to"]): e for e in map_data(richer_graph)["edges"]}
    supplies = edges[("russia", "supplies", "taliban")]
    assert supplies["value"] == 2 and len(supplies["ev"]) == 2
    assert supplies["dashes"] is False  # one of the two sentences is asserted by the article


def test_htmlmap_parallel_edges_curve_apart(page):
    edges = _data(page)["edges"]
    pair = [e for e in edges if {e["from"], e["to"]} == {"russia", "rex-tillerson"}]
    assert len(pair) == 3
    assert all(e["smooth"]["enabled"] and e["smooth"]["roundness"] > 0 for e in pair)
    same_dir = [e["smooth"]["roundness"] for e in pair if e["from"] == "rex-tillerson"]
    assert len(set(same_dir)) == len(same_dir) == 2
    lone = next(e for e in edges if e["relation"] == "attacks")
    assert lone["smooth"] == {"enabled": False}


def test_htmlmap_evidence_carries_provenance(page):
    data = _data(page)
    ev = next(e for e in data["evidence"] if e["relation"] == "supplies")
    assert ev["sentence"][ev["ps"]:ev["pe"]] == "is supplying weapons to"
    assert ev["claimant"] == "rex-tillerson" and ev["modality"] == "reported" and ev["confidence"] == 0.8
    art = data["articles"][ev["article"]]
    assert (art["title"], art["date"], art["source"]) == ("One", "2017-08-22", "Global Research")
    assert data["dates"] == ["2017-08-22", "2021-07-09"]


def test_htmlmap_min_evidence_drops_thin_relations(richer_graph):
    data = map_data(richer_graph, min_evidence=2)
    assert [(e["from"], e["relation"], e["to"]) for e in data["edges"]] == [("russia", "supplies", "taliban")]
    assert sorted(n["id"] for n in data["nodes"]) == ["russia", "taliban"]
    assert len(data["evidence"]) == 2
    assert data["labels"] == {"rex-tillerson": "Rex Tillerson"}  # claimant named though not drawn


def test_htmlmap_types_keep_only_those_actors(sample_graph):
    data = map_data(sample_graph, types=["country", "ArmedGroup"])
    assert sorted(n["id"] for n in data["nodes"]) == ["afghanistan", "isis", "russia", "taliban"]
    assert sorted(e["relation"] for e in data["edges"]) == ["attacks", "supplies"]
    assert {t["name"] for t in data["types"]} == {"Country", "ArmedGroup"}


def test_htmlmap_focus_radius(sample_graph):
    one = map_data(sample_graph, focus="Taliban", radius=1)
    assert sorted(n["id"] for n in one["nodes"]) == ["russia", "taliban"]
    two = map_data(sample_graph, focus="taliban", radius=2)
    assert sorted(n["id"] for n in two["nodes"]) == ["rex-tillerson", "russia", "taliban"]
    assert len(two["edges"]) == 4
    alone = map_data(sample_graph, focus="Kabul", radius=0)  # by alias
    assert [n["id"] for n in alone["nodes"]] == ["afghanistan"] and alone["edges"] == []


def test_htmlmap_max_actors_keeps_the_most_mentioned_and_their_relations(sample_graph):
    everyone = map_data(sample_graph, max_actors=None)
    mentions = {n: sample_graph.nodes[n]["mentions"] for n in sample_graph}
    top = sorted(mentions, key=lambda n: (-mentions[n], n))[:2]
    capped = map_data(sample_graph, max_actors=2)
    assert sorted(n["id"] for n in capped["nodes"]) == sorted(top)
    assert all(e["from"] in top and e["to"] in top for e in capped["edges"])
    assert capped["filters"]["max_actors"] == 2 and capped["filters"]["actors_total"] == len(everyone["nodes"])
    assert everyone["filters"]["max_actors"] is None  # nothing was cut
    assert map_data(sample_graph)["nodes"] == everyone["nodes"]  # the default cap is far above the seeds


def test_htmlmap_max_actors_always_keeps_the_focus(sample_graph):
    least = min(sample_graph, key=lambda n: (sample_graph.nodes[n]["mentions"], n))
    data = map_data(sample_graph, focus=least, radius=3, max_actors=1)
    assert [n["id"] for n in data["nodes"]] == [least]


def test_htmlmap_resolve_actor_by_id_label_alias(sample_graph):
    assert resolve_actor(sample_graph, "rex-tillerson") == "rex-tillerson"
    assert resolve_actor(sample_graph, "rex tillerson") == "rex-tillerson"
    assert resolve_actor(sample_graph, "the Kremlin") == "russia"


@pytest.mark.parametrize("kwargs, fragment", [
    ({"focus": "Tilerson"}, "did you mean"),
    ({"types": ["Planet"]}, "unknown actor type"),
    ({"min_evidence": 0}, "at least 1"),
    ({"focus": "russia", "radius": -1}, "0 or more"),
    ({"max_actors": 0}, "at least 1"),
])
def test_htmlmap_bad_options_raise(tmp_path, sample_graph, kwargs, fragment):
    with pytest.raises(MapOptionError, match=fragment):
        generate_map(sample_graph, **kwargs)
    with pytest.raises(MapOptionError, match=fragment):
        iter_map(sample_graph, **kwargs)  # at the call, not at the first piece
    with pytest.raises(MapOptionError, match=fragment):
        write_map(sample_graph, tmp_path / "new" / "map.html", **kwargs)
    assert not (tmp_path / "new").exists()  # nothing touched on disk


def test_htmlmap_deterministic(sample_graph):
    G = sample_graph
    again = make_graph(reversed(list(G.graph["articles"].values())), [G.nodes[n]["actor"] for n in reversed(list(G))],
                       [d["triple"] for _, _, d in reversed(list(G.edges(data=True)))])
    assert generate_map(G) == generate_map(G) == generate_map(again)


def test_htmlmap_empty_graph_is_a_valid_page():
    data = _data(generate_map(make_graph([], [], [])))
    assert data["nodes"] == [] and data["edges"] == [] and data["evidence"] == []


def test_htmlmap_write_map_utf8(tmp_path, sample_graph):
    G = make_graph(list(sample_graph.graph["articles"].values()),
                   [replace(sample_graph.nodes[n]["actor"], label="Россия") if n == "russia" else sample_graph.nodes[n]["actor"]
                    for n in sample_graph],
                   [d["triple"] for _, _, d in sample_graph.edges(data=True)])
    path = write_map(G, tmp_path / "sub" / "map.html", min_evidence=1)
    raw = path.read_bytes()
    assert raw.decode("utf-8") == generate_map(G)
    assert "Россия".encode("utf-8") in raw


def test_htmlmap_unknown_relation_falls_back_to_other(sample_graph):
    G = sample_graph
    t = Triple("isis", "befriends", "taliban", "befriends", "a000000000002", "ISIS befriends the Taliban.", 0, 26)
    H = make_graph(list(G.graph["articles"].values()), [G.nodes[n]["actor"] for n in G],
                   [d["triple"] for _, _, d in G.edges(data=True)] + [t])
    edge = next(e for e in map_data(H)["edges"] if e["relation"] == "befriends")
    assert edge["family"] == "other" and edge["label"] == "befriends" and edge["color"] == FAMILY_COLORS["other"]


def test_htmlmap_cli_rewrites_map(tmp_path, sample_graph):
    from typer.testing import CliRunner

    from graph.cli import app
    from graph.write.graphio import generate_graph_json

    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["map", str(tmp_path), "--type", "Country", "--type", "ArmedGroup"])
    assert result.exit_code == 0, result.output
    data = _data((tmp_path / "map.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 4
    result = runner.invoke(app, ["map", str(tmp_path), "--focus", "russia", "--radius", "1",
                                 "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0 and (tmp_path / "r.html").is_file()
    bad = runner.invoke(app, ["map", str(tmp_path), "--focus", "nobody-at-all"])
    assert bad.exit_code == 1 and "no actor" in bad.output
    missing = runner.invoke(app, ["map", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "graph.json" in missing.output
    result = runner.invoke(app, ["map", str(tmp_path), "--max-actors", "2"])
    assert result.exit_code == 0 and len(_data((tmp_path / "map.html").read_text(encoding="utf-8"))["nodes"]) == 2
    result = runner.invoke(app, ["map", str(tmp_path), "--max-actors", "0"])  # 0: every actor
    assert result.exit_code == 0 and len(_data((tmp_path / "map.html").read_text(encoding="utf-8"))["nodes"]) == len(
        sample_graph)


def test_htmlmap_write_map_writes_generate_map_exactly(tmp_path, richer_graph):
    for kwargs in ({}, {"focus": "russia", "radius": 1, "title": "Russia & co <1>"}):
        path = write_map(richer_graph, tmp_path / "map.html", **kwargs)
        assert path == tmp_path / "map.html"
        assert path.read_bytes() == generate_map(richer_graph, **kwargs).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]  # no temporary file left behind


def test_htmlmap_iter_map_yields_the_page_in_pieces(sample_graph):
    pieces = list(iter_map(sample_graph))
    assert len(pieces) > 10 and all(isinstance(p, str) and p for p in pieces)
    assert "".join(pieces) == generate_map(sample_graph)
    block = DATA_RE.search("".join(pieces)).group(1)
    assert not any(block in p for p in pieces)  # the data block is never held whole


def _reference_block(data: dict) -> str:
    """The data block as one json.dumps of the whole, escaped: what the pieces must add up to."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: "\\u%04x" % ord(m.group()), text)


def test_htmlmap_data_block_in_batches_equals_one_dump(monkeypatch, richer_graph):
    monkeypatch.setattr(htmlmap, "_BATCH", 2)  # the hub's lists go out two records a piece
    expected = _reference_block(map_data(richer_graph))
    block = DATA_RE.search(generate_map(richer_graph)).group(1)
    assert block == expected
    odd = {"b": list(range(7)), "a": [{"z": "</script>", "y": [1.5, None, True]}] * 5, "c": [],
           "d": {"2": "\u2028", "1": {"x": [[], {}]}}, "e": {1: "int key"}, "f": "&"}
    assert "".join(htmlmap._iter_script_json(odd)) == _reference_block(odd)


def test_htmlmap_edges_and_nodes_in_vis_network_shape(page):
    data = _data(page)
    assert [e["id"] for e in data["edges"]] == [f"e{i}" for i in range(len(data["edges"]))]
    assert all(e["arrows"] == "to" and {"from", "to", "label", "title"} <= set(e) for e in data["edges"])
    assert all({"id", "label", "shape", "color", "value", "title"} <= set(n) for n in data["nodes"])


def test_htmlmap_named_actor_of_no_statement_is_not_drawn_unless_focused(named_graph, sample_graph):
    assert sorted(n["id"] for n in map_data(named_graph)["nodes"]) == sorted(sample_graph.nodes)
    assert [n["id"] for n in map_data(named_graph, focus="Ruiz")["nodes"]] == ["ana-ruiz"]
