import networkx as nx
import pytest

from graph.errors import OutputError
from graph.write.graphio import generate_graph_json, parse_graph_json, read_graph


def _same(G, H):
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True), key=lambda e: e[2]) == sorted(
        H.edges(keys=True, data=True), key=lambda e: e[2])
    assert G.graph["articles"] == H.graph["articles"]


def test_graphio_round_trip_keeps_everything(sample_graph):
    text = generate_graph_json(sample_graph)
    _same(sample_graph, parse_graph_json(text))


def test_graphio_round_trip_keeps_named_actors(named_graph):
    H = parse_graph_json(generate_graph_json(named_graph))
    _same(named_graph, H)
    assert H.graph["named"] == named_graph.graph["named"] and "ana-ruiz" in H


def test_graphio_output_is_deterministic(sample_graph):
    assert generate_graph_json(sample_graph) == generate_graph_json(parse_graph_json(generate_graph_json(sample_graph)))


def test_graphio_missing_graph_says_how_to_fix(tmp_path):
    with pytest.raises(OutputError, match="actorgraph build"):
        read_graph(tmp_path)


def test_graphio_garbage_is_reported_with_its_path(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(OutputError, match="graph.json"):
        read_graph(tmp_path)


def test_graphio_reads_written_file(tmp_path, sample_graph):
    (tmp_path / "graph.json").write_text(generate_graph_json(sample_graph), encoding="utf-8")
    assert isinstance(read_graph(tmp_path), nx.MultiDiGraph)


def test_graphio_pieces_are_one_json_dump_of_the_whole_document(sample_graph):
    """Written a record at a time, the file is the same text as one json.dumps of the whole hub."""
    import json

    from graph.write.graphio import iter_graph_json

    pieces = list(iter_graph_json(sample_graph))
    text = "".join(pieces)
    assert len(pieces) > sample_graph.number_of_edges() + sample_graph.number_of_nodes()
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def test_graphio_empty_hub_is_valid_json():
    import json

    from graph.assemble.assemble import make_graph

    doc = json.loads(generate_graph_json(make_graph([], [], [])))
    assert doc["triples"] == [] and doc["actors"] == [] and doc["format"] == "actorgraph-graph"


def test_graphio_write_graph_json_writes_the_generated_text(sample_graph, tmp_path):
    from graph.write.graphio import write_graph_json

    write_graph_json(sample_graph, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == generate_graph_json(sample_graph)
    _same(sample_graph, read_graph(tmp_path))


@pytest.mark.parametrize("value", [
    {"label": "Tony Blair", "aliases": ["Blair", "Mr Blair"], "attributes": [["role", "prime minister"]],
     "confidence": 0.75, "start": 12, "wikidata": None, "symmetric": True, "none": False},
    {"@id": "agr:actor/x", "ag:content": [{"@value": "caf\u00e9 \u201cquoted\u201d\n\"and\" \\ \t"}], "e": [], "d": {}},
    [[], [[]], {"b": {"a": [1, -0.0, 1e-300, 3.5e200, 10 ** 20]}}, "\u0000\u2028"],
    {"nan": float("nan"), "inf": [float("inf")]},  # left to json.dumps
    {1: "keys that are no strings", 2: {None: 0}},  # left to json.dumps
    "plain", 7, 0.1 + 0.2, None, True, [],
])
def test_graphio_indented_json_is_json_dumps_text(value):
    import json

    from graph.write.graphio import indented_json

    for depth in (0, 1, 4):
        want = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n" + " " * depth)
        assert indented_json(value, depth) == want


def test_graphio_indented_json_refuses_what_json_refuses():
    from graph.write.graphio import indented_json

    with pytest.raises(TypeError):
        indented_json({"a": object()}, 1)
