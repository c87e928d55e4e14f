import logging
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.assemble.assemble import iter_triples
from graph.run.cache import ExtractionCache, extraction_from_json, extraction_to_json
from graph.errors import OutputError
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
    import spacy
    from spacy.tokens import Doc

    from graph.run.cache import doc_from_bytes, doc_to_bytes

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Russia", "armed", "the", "Taliban", "."], pos=["PROPN", "VERB", "DET", "PROPN", "PUNCT"],
              heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"], lemmas=["Russia", "arm", "the", "Taliban", "."],
              ents=["B-GPE", "O", "O", "B-ORG", "O"], sent_starts=[True, False, False, False, False])
    back = doc_from_bytes(spacy.blank("en").vocab, doc_to_bytes(doc))
    fields = lambda d: [(t.text, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in d]  # noqa: E731
    assert fields(back) == fields(doc) and back.text == doc.text
    with pytest.raises(ValueError, match="damaged cached parse"):
        doc_from_bytes(nlp.vocab, b"not a parse")


def test_cache_doc_bytes_hold_what_spacy_to_bytes_holds():
    import zlib

    import spacy
    import srsly
    from spacy.tokens import Doc

    from graph.run.cache import doc_from_bytes, doc_to_bytes

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Oslo", "hosted", "the", "talks", "."], spaces=[True, True, True, False, False],
              lemmas=["Oslo", "host", "the", "talk", "."], morphs=["", "Tense=Past", "", "Number=Plur", ""],
              ents=["B-GPE", "O", "O", "O", "O"])
    ours, spacys = (srsly.msgpack_loads(b) for b in (zlib.decompress(doc_to_bytes(doc)),
                                                     doc.to_bytes(exclude=["tensor", "user_data"])))
    assert set(ours.pop("strings")) == set(spacys.pop("strings"))  # a set, in no particular order
    assert list(ours) == list(spacys) and (ours.pop("array_body") == spacys.pop("array_body")).all()
    assert ours == spacys
    back = doc_from_bytes(spacy.blank("en").vocab, doc_to_bytes(doc))
    assert [(t.text_with_ws, t.lemma_, str(t.morph), t.ent_type_) for t in back] == \
        [(t.text_with_ws, t.lemma_, str(t.morph), t.ent_type_) for t in doc]
    assert doc_from_bytes(vocab, doc_to_bytes(Doc(vocab, words=[]))).text == ""


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


_FOREIGN = {
    "another program's tables": ["CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"],
    "a column missing": ["CREATE TABLE extraction (key TEXT PRIMARY KEY, body TEXT)"],
    "a column more": ["CREATE TABLE parse (key TEXT PRIMARY KEY, article TEXT, body BLOB, size INTEGER)"],
    "no primary key": ["CREATE TABLE extraction (key TEXT, article TEXT, body TEXT)"],
    "a view": ["CREATE VIEW extraction AS SELECT 'k' AS key, 'a' AS article, '{}' AS body"],
    "ours and one more": ["CREATE TABLE extraction (key TEXT PRIMARY KEY, article TEXT, body TEXT)",
                          "CREATE TABLE notes (text TEXT)"],
}


@pytest.mark.parametrize("case", sorted(_FOREIGN))
def test_cache_with_another_schema_is_started_anew_with_a_warning(case, tmp_path, sample_graph, caplog):
    path = tmp_path / "cache" / "extractions.sqlite"
    path.parent.mkdir()
    with closing(sqlite3.connect(path)) as db, db:
        for statement in _FOREIGN[case]:
            db.execute(statement)
    ex = _extraction(sample_graph)
    with caplog.at_level(logging.WARNING, logger="graph.run.cache"):
        c = ExtractionCache(path, "v1", "m1")
    assert str(path) in caplog.text and "not an actorgraph build cache" in caplog.text
    assert c.get(ex.article) is None
    c.put(ex, b"doc bytes")
    assert c.get(ex.article) == ex and c.get_parse(ex.article) == b"doc bytes"
    c.close()
    caplog.clear()
    assert ExtractionCache(path, "v1", "m1").get(ex.article) == ex and not caplog.text  # a cache now


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(lambda b: b"SQLite format 3\x00" + b)))
def test_cache_any_file_in_its_place_gives_a_cache_or_a_clean_error(data, tmp_path_factory, sample_graph):
    path = tmp_path_factory.mktemp("c") / "extractions.sqlite"
    path.write_bytes(data)
    ex = _extraction(sample_graph)
    try:
        c = ExtractionCache(path, "v1")
        c.put(ex)
        assert c.get(ex.article) == ex
        c.close()
    except OutputError as err:  # never a raw sqlite3 error
        assert str(path) in str(err) and "delete it" in str(err)


def test_cache_that_cannot_be_opened_is_an_output_error_naming_it(tmp_path):
    (tmp_path / "c.sqlite").mkdir()  # a folder where the database should be
    with pytest.raises(OutputError, match=r"c\.sqlite: cannot open the build cache .*delete it"):
        ExtractionCache(tmp_path / "c.sqlite", "v1")


@pytest.mark.slow
def test_cache_build_over_a_foreign_cache_warns_and_builds(tmp_path):
    src, out = tmp_path / "news.txt", tmp_path / "out"
    src.write_text("Ukraine accused Russia of shelling Kharkiv on Monday.\n", encoding="utf-8")
    (out / "cache").mkdir(parents=True)
    with closing(sqlite3.connect(out / "cache" / "extractions.sqlite")) as db, db:
        db.execute("CREATE TABLE extraction (id INTEGER)")
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(src), "--out", str(out), "--no-store",
                        "--workers", "1"], capture_output=True, text=True)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "is not an actorgraph build cache" in r.stderr
    assert "Ukraine,accuses,Russia" in (out / "triples.csv").read_text(encoding="utf-8")


def test_the_rule_code_is_part_of_the_extraction_cache_key(tmp_path):
    from graph.extract import code_fingerprint, knowledge_fingerprint, sources_digest
    from graph.ontology import Ontology

    assert f"+{code_fingerprint()}+" in knowledge_fingerprint(Ontology.load())
    (tmp_path / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    before = sources_digest(tmp_path)
    (tmp_path / "notes.txt").write_text("still not code\n", encoding="utf-8")
    assert sources_digest(tmp_path) == before
    (tmp_path / "rules.py").write_text("X = 2\n", encoding="utf-8")  # a changed rule re-extracts
    assert sources_digest(tmp_path) != before
