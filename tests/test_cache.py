from graph.assemble import iter_triples
from graph.cache import ExtractionCache, extraction_from_json, extraction_to_json
from graph.ontology import ontology_fingerprint
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


def test_cache_parses_keyed_by_pipeline_and_pruned_with_their_article(tmp_path, sample_graph):
    ex = _extraction(sample_graph)
    c = ExtractionCache(tmp_path / "c.sqlite", "rules-1", "model-1")
    c.put(ex, b"doc bytes")
    c.close()
    newer_rules = ExtractionCache(tmp_path / "c.sqlite", "rules-2", "model-1")
    assert newer_rules.get(ex.article) is None and newer_rules.get_parse(ex.article) == b"doc bytes"
    assert ExtractionCache(tmp_path / "c.sqlite", "rules-1", "model-2").get_parse(ex.article) is None
    assert ExtractionCache(tmp_path / "c.sqlite", "rules-1").get_parse(ex.article) is None  # parses off
    assert newer_rules.prune([]) == 2 and newer_rules.get_parse(ex.article) is None


def test_cache_doc_bytes_round_trip_keeps_every_annotation_and_damage_is_a_value_error():
    import pytest
    import spacy
    from spacy.tokens import Doc

    from graph.cache import doc_from_bytes, doc_to_bytes

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Russia", "armed", "the", "Taliban", "."], pos=["PROPN", "VERB", "DET", "PROPN", "PUNCT"],
              heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"], lemmas=["Russia", "arm", "the", "Taliban", "."],
              ents=["B-GPE", "O", "O", "B-ORG", "O"], sent_starts=[True, False, False, False, False])
    back = doc_from_bytes(spacy.blank("en").vocab, doc_to_bytes(doc))
    fields = lambda d: [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in d]  # noqa: E731
    assert fields(back) == fields(doc) and back.text == doc.text
    with pytest.raises(ValueError, match="damaged cached parse"):
        doc_from_bytes(nlp.vocab, b"not a parse")


def test_knowledge_fingerprint_is_the_extractor_version_and_the_whole_folder(tmp_path):
    import shutil

    from graph.extract import EXTRACTOR_VERSION, knowledge_fingerprint
    from graph.ontology import Ontology
    from graph.vocab import ONTOLOGY_DIR

    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    before = knowledge_fingerprint(Ontology.load(folder))
    assert before.startswith(EXTRACTOR_VERSION + "+")
    with open(folder / "shapes.ttl", "a", encoding="utf-8") as fh:  # any file of the folder counts
        fh.write("\n# a comment\n")
    assert knowledge_fingerprint(Ontology.load(folder)) != before
