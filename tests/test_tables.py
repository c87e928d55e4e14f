import csv
import io

from graph.assemble.assemble import iter_triples
from graph.write.tables import ENTITY_COLUMNS, TRIPLE_COLUMNS, generate_entities_csv, generate_triples_csv, write_triples_csv

CONTRACT_TRIPLES = ["subject", "relation", "object", "predicate", "polarity", "attributed_to", "article",
                    "sentence", "start", "end", "confidence"]
CONTRACT_ENTITIES = ["id", "label", "type", "aliases"]


def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_tables_triples_contract_columns_come_first(sample_graph):
    header = next(csv.reader(io.StringIO(generate_triples_csv(sample_graph))))
    assert header[: len(CONTRACT_TRIPLES)] == CONTRACT_TRIPLES
    assert tuple(header) == TRIPLE_COLUMNS


def test_tables_entities_contract_columns_come_first(sample_graph):
    header = next(csv.reader(io.StringIO(generate_entities_csv(sample_graph))))
    assert header[:4] == CONTRACT_ENTITIES and tuple(header) == ENTITY_COLUMNS


def test_tables_one_row_per_statement_with_labels(sample_graph):
    rows = _rows(generate_triples_csv(sample_graph))
    assert len(rows) == sample_graph.number_of_edges()
    supply = next(r for r in rows if r["relation"] == "supplies")
    assert (supply["subject"], supply["object"], supply["attributed_to"]) == ("Russia", "Taliban", "Rex Tillerson")
    assert supply["modality"] == "reported" and supply["polarity"] == "positive"
    assert float(supply["confidence"]) == 0.8


def test_tables_hostile_text_survives_csv_quoting(sample_graph):
    rows = _rows(generate_triples_csv(sample_graph))
    assert any('<script>alert("x")</script>' in r["sentence"] for r in rows)
    assert {r["statement_id"] for r in rows} == {t.id for t in iter_triples(sample_graph)}


def test_tables_spans_point_at_the_sentence(sample_graph, sample_articles):
    texts = {a.id: a.text for a in sample_articles}
    for r in _rows(generate_triples_csv(sample_graph)):
        assert texts[r["article"]][int(r["start"]):int(r["end"])] == r["sentence"]


def test_tables_entities_aliases_are_pipe_separated(sample_graph):
    rows = {r["id"]: r for r in _rows(generate_entities_csv(sample_graph))}
    assert rows["russia"]["aliases"].split("|") == ["Moscow", "Russia", "the Kremlin"]
    assert rows["russia"]["type"] == "Country" and rows["rex-tillerson"]["affiliation"] == "united-states"


def test_tables_write_uses_utf8(tmp_path, sample_graph):
    p = write_triples_csv(sample_graph, tmp_path / "t.csv")
    assert p.read_text(encoding="utf-8") == generate_triples_csv(sample_graph)


def test_tables_entities_party_column():
    from dataclasses import replace

    from graph.assemble.assemble import make_graph
    from tests.conftest import _actors, _articles, _triples

    party = (("affiliation", "united-states"), ("party", "republican-party"))
    actors = [replace(a, attributes=party) if a.id == "rex-tillerson" else a for a in _actors()]
    rows = {r["id"]: r for r in _rows(generate_entities_csv(make_graph(_articles(), actors, _triples())))}
    assert rows["rex-tillerson"]["party"] == "republican-party" and rows["russia"]["party"] == ""


def test_tables_entities_list_named_actors_of_no_statement(named_graph):
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(generate_entities_csv(named_graph)))}
    assert rows["ana-ruiz"]["aliases"] == "Ana Ruiz|Ruiz"
    assert (rows["ana-ruiz"]["mentions"], rows["ana-ruiz"]["articles"]) == ("0", "")
    assert (rows["ana-ruiz"]["named"], rows["ana-ruiz"]["named_in"]) == ("2", "a000000000001")
    assert rows["red-cross"]["type"] == "Organization" and rows["taliban"]["named"] == "0"
