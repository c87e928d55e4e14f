from graph.assemble import iter_triples
from graph.cache import ExtractionCache, extraction_from_json, extraction_to_json, ontology_fingerprint
from graph.extract import Extraction
from graph.model import Mention


def _extraction(G):
    triples = tuple(t for t in iter_triples(G) if t.article == "a000000000001")
    actors = tuple(G.nodes[n]["actor"] for n in sorted(G.nodes))
    return Extraction("a000000000001", actors, triples, (Mention("russia", "a000000000001", 0, 6, "Russia"),))


def test_cache_json_round_trip(sample_graph):
    ex = _extraction(sample_graph)
    assert extraction_from_json(extraction_to_json(ex)) == ex


def test_cache_hit_only_under_same_fingerprint(tmp_path, sample_graph):
    ex = _extraction(sample_graph)
    c = ExtractionCache(tmp_path / "c.sqlite", "v1")
    assert c.get(ex.article) is None
    c.put(ex)
    assert c.get(ex.article) == ex
    c.close()
    assert ExtractionCache(tmp_path / "c.sqlite", "v1").get(ex.article) == ex
    assert ExtractionCache(tmp_path / "c.sqlite", "v2").get(ex.article) is None


def test_cache_prune_drops_absent_articles(tmp_path, sample_graph):
    ex = _extraction(sample_graph)
    c = ExtractionCache(tmp_path / "c.sqlite", "v1")
    c.put(ex)
    assert c.prune([ex.article]) == 0
    assert c.prune([]) == 1 and c.get(ex.article) is None


def test_cache_ontology_fingerprint_changes_with_data(tmp_path):
    (tmp_path / "lexicon.yaml").write_text("a: 1\n", encoding="utf-8")
    before = ontology_fingerprint(tmp_path)
    (tmp_path / "lexicon.yaml").write_text("a: 2\n", encoding="utf-8")
    assert ontology_fingerprint(tmp_path) != before
