"""Quotes: every attribution a record (extraction), in quotes.csv, graph.json, the cache and the RDF."""
from __future__ import annotations

import csv
import io
import shutil
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Literal

from graph.assemble.assemble import iter_quotes, make_graph
from graph.run.cache import extraction_from_json, extraction_to_json
from graph.extract import Extractor
from graph.extract.quotes import merged_claims
from graph.write.graphio import generate_graph_json, parse_graph_json
from graph.model import QUOTE_ATTRIBUTE, Article, Modality, Polarity, Quote, Triple, content_id, spans_at
from graph.namespace import AG
from graph.run.pipeline import BuildOptions, build
from graph.sparql.query import run_query
from graph.write.quotes_out import QUOTE_COLUMNS, generate_quotes_csv, quote_iri
from graph.write.rdf import actor_iri, article_iri, make_dataset, make_union_graph, statement_iri
from graph.sparql.shacl import validate_graph
from graph.sparql.store import sync_store

from conftest import SENT1, _actors, _articles, _triples

EXTRACTOR = Extractor()


def extract(nlp, text):
    return EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))


def only_quote(ex) -> Quote:
    assert len(ex.quotes) == 1, ex.quotes
    return ex.quotes[0]


# ---------------------------------------------------------------- extraction

def test_quotes_a_statement_naming_no_second_actor_is_a_quote(nlp):
    q = only_quote(extract(nlp, "Blair said the economy was strong."))
    assert (q.source, q.cue, q.content, q.kind, q.about) == ("Blair", "said", "the economy was strong",
                                                            "indirect", ())
    assert q.source_id is not None  # Blair is an actor
    assert (q.polarity, q.modality) == (Polarity.POSITIVE, Modality.ASSERTED)


def test_quotes_coordinated_sources_give_one_quote_per_speaker(nlp):
    ex = extract(nlp, "The Greens and the Lib Dems said the Labour plans were worthless.")
    by_speaker = {q.source_id: q for q in ex.quotes}
    assert set(by_speaker) == {"green-party", "liberal-democrats"}
    greens, libdems = by_speaker["green-party"], by_speaker["liberal-democrats"]
    assert (greens.speaker, libdems.speaker) == (0, 1) and greens.id != libdems.id
    assert libdems.source == "the Lib Dems" and libdems.content == greens.content
    assert libdems.about == ("labour-party",)
    for t in ex.triples:  # each speaker's claims link to its own quote
        assert dict(t.attributes).get(QUOTE_ATTRIBUTE) == by_speaker[t.subject].id, t


def test_quotes_a_single_source_with_and_in_its_name_is_one_quote(nlp):
    ex = extract(nlp, "The Health and Safety Executive said the factory was unsafe.")
    assert [q.speaker for q in ex.quotes] == [0]


def test_quotes_a_sourceless_report_is_a_quote_without_source(nlp):
    ex = extract(nlp, "It is reported that Russia arms the Taliban.")
    q = only_quote(ex)
    assert (q.source, q.source_id, q.source_start, q.source_end) == ("", None, -1, -1)
    assert set(q.about) == {"russia", "taliban"}
    linked = [t for t in ex.triples if dict(t.attributes).get(QUOTE_ATTRIBUTE) == q.id]
    assert [(t.subject, t.relation, t.object) for t in linked] == [("russia", "supplies", "taliban")]


def test_quotes_a_source_that_is_no_actor_keeps_its_words(nlp):
    q = only_quote(extract(nlp, "A spokesman said the talks had failed."))
    assert (q.source, q.source_id) == ("A spokesman", None)


@pytest.mark.parametrize("text,kind", [
    ('"We will not supply weapons to the Taliban," Lavrov said.', "direct"),
    ("According to a spokesman, Russia is supplying weapons to the Taliban.", "according-to"),
    ("Pakistan denied supporting the Taliban.", "denial"),
    ("Lavrov said that Russia would not supply weapons to the Taliban.", "indirect"),
])
def test_quotes_kind(nlp, text, kind):
    assert [q.kind for q in extract(nlp, text).quotes] == [kind]


def test_quotes_a_negated_cue_is_a_negative_quote(nlp):
    q = only_quote(extract(nlp, "Lavrov did not say that Russia would arm the Taliban."))
    assert q.polarity is Polarity.NEGATIVE


def test_quotes_relations_reported_inside_and_claims_made_from_it_carry_its_id(nlp):
    ex = extract(nlp, "NATO accused Russia of arming the Taliban.")
    q = only_quote(ex)
    linked = {(t.subject, t.relation, t.object) for t in ex.triples
              if dict(t.attributes).get(QUOTE_ATTRIBUTE) == q.id}
    assert ("russia", "supplies", "taliban") in linked
    assert ("nato", "accuses", "russia") in linked
    assert set(q.about) == {"russia", "taliban"}  # Russia takes part in what is reported, outside the content
    assert q.source_id not in q.about


def claims_of(ex) -> dict[tuple[str, str], str]:
    return {(t.subject, t.object): dict(t.attributes).get(QUOTE_ATTRIBUTE, "") for t in ex.triples
            if t.relation == "claims"}


def test_quotes_one_claim_per_source_and_actor_in_an_article_with_every_quote_as_evidence(nlp):
    ex = extract(nlp, "Tillerson said Russia arms the Taliban. Tillerson said Russia was a threat.")
    first, second = ex.quotes
    assert first.source_id == second.source_id is not None
    assert claims_of(ex) == {(first.source_id, "russia"): f"{first.id}|{second.id}"}


def test_quotes_merged_claims_one_per_article_source_and_actor():
    base = Triple("rex-tillerson", "claims", "russia", "said", "a1", "S.", 0, 2, rule="claim", pred_start=0,
                  attributes=((QUOTE_ATTRIBUTE, "q1"),))
    later = replace(base, start=10, end=12, pred_start=10, attributes=((QUOTE_ATTRIBUTE, "q2|q3"),))
    denied = replace(base, start=20, end=22, pred_start=20, polarity=Polarity.NEGATIVE,
                     attributes=((QUOTE_ATTRIBUTE, "q4"),))
    elsewhere = replace(base, article="a2", attributes=((QUOTE_ATTRIBUTE, "q5"),))
    unquoted = replace(base, start=30, end=32, pred_start=30, attributes=())
    got = merged_claims([later, unquoted, denied, base, elsewhere])
    assert [(t.article, t.start, dict(t.attributes).get(QUOTE_ATTRIBUTE)) for t in got] == [
        ("a1", 0, "q1|q2|q3|q4"), ("a1", 30, None), ("a2", 0, "q5")]


@pytest.mark.parametrize("text,claimed", [
    ("Tillerson said Russia and Iran were arming the Taliban.", {"russia", "iran"}),  # coordinated subjects
    ("Tillerson said Russia's support for the Taliban was dangerous.", {"russia"}),  # whom the subject belongs to
    ("Tillerson said the talks in Kabul had failed.", set()),  # a venue is no party
    ("Tillerson said the weather was fine.", set()),  # nobody else takes part
])
def test_quotes_claims_only_actors_taking_part_in_the_content(nlp, text, claimed):
    ex = extract(nlp, text)
    speaker = only_quote(ex).source_id
    assert speaker is not None and speaker not in claimed
    assert {o for s, o in claims_of(ex) if s == speaker} == claimed


_SENTENCES = [
    "Blair said the economy was strong.",
    '"We are warning them," Ryabkov said.',
    "According to officials, Pakistan supports the Taliban.",
    "It is heard that the Kremlin arms ISIS.",
    "The minister denied that Iran had sent troops to Syria.",
    "Kabulov told reporters that Moscow was ready to talk to the Taliban.",
    "The weather was fine.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
def test_quotes_spans_point_at_their_words(nlp, sentences):
    text = " ".join(sentences)
    ex = extract(nlp, text)
    assert len({q.id for q in ex.quotes}) == len(ex.quotes)
    for q in ex.quotes:
        assert text[q.start:q.end] == q.sentence
        assert text[q.cue_start:q.cue_end] == q.cue and text[q.content_start:q.content_end] == q.content
        assert q.start <= q.cue_start < q.cue_end <= q.end and q.start <= q.content_start < q.content_end <= q.end
        if q.source_start >= 0:
            assert q.source and q.source in text[q.source_start:q.source_end]
        assert q.kind in ("direct", "indirect", "according-to", "denial")


# ---------------------------------------------------------------- the hub and its outputs

def _quotes() -> list[Quote]:
    a1 = _articles()[0]
    said = SENT1.index("said")
    return [
        Quote("Tillerson", "rex-tillerson", "said", "Russia is supplying weapons to the Taliban", "indirect",
              ("russia", "taliban"), Polarity.POSITIVE, Modality.ASSERTED, a1.id, SENT1, 0, len(SENT1),
              **spans_at((44, 53), (said, said + 4), (0, 42))),
        Quote("", None, "reported", "the weather was fine", "indirect", (), Polarity.POSITIVE, Modality.ASSERTED,
              a1.id, "It is reported that the weather was fine.", 200, 241,
              **spans_at((-1, -1), (206, 214), (220, 240))),
    ]


@pytest.fixture
def quoted_graph():
    q = _quotes()[0]
    triples = [replace(t, attributes=tuple(sorted({*t.attributes, (QUOTE_ATTRIBUTE, q.id)})))
               if t.article == q.article and t.start == 0 else t for t in _triples()]
    return make_graph(_articles(), _actors(), triples, meta={"model": "test"}, quotes=_quotes())


def test_quotes_csv_columns_and_rows(quoted_graph):
    rows = list(csv.DictReader(io.StringIO(generate_quotes_csv(quoted_graph))))
    assert tuple(rows[0]) == QUOTE_COLUMNS == (
        "source", "cue", "content", "kind", "about", "polarity", "article", "sentence", "start", "end",
        "source_start", "source_end", "cue_start", "cue_end", "content_start", "content_end", "source_id",
        "quote_id")
    first, sourceless = rows
    assert (first["source"], first["about"], first["source_id"]) == ("Rex Tillerson", "Russia|Taliban",
                                                                     "rex-tillerson")
    assert (sourceless["source"], sourceless["source_id"], sourceless["source_start"]) == ("", "", "-1")
    assert [r["quote_id"] for r in rows] == [q.id for q in _quotes()]


def test_quotes_actors_they_name_are_nodes_and_unknown_ones_raise(quoted_graph):
    assert "rex-tillerson" in quoted_graph
    q = replace(_quotes()[0], about=("nobody",))
    with pytest.raises(ValueError, match="nobody"):
        make_graph(_articles(), _actors(), _triples(), quotes=[q])


def test_quotes_survive_graph_json_and_the_cache(quoted_graph, nlp):
    again = parse_graph_json(generate_graph_json(quoted_graph))
    assert list(iter_quotes(again)) == list(iter_quotes(quoted_graph))
    ex = extract(nlp, "It is reported that Russia arms the Taliban. Blair said the economy was strong.")
    assert len(ex.quotes) == 2
    assert extraction_from_json(extraction_to_json(ex)) == ex


def test_quotes_rdf_links_source_about_article_and_reported_statements(quoted_graph):
    g = make_union_graph(quoted_graph)
    q, sourceless = _quotes()
    s = quote_iri(q.id)
    assert (s, RDF.type, AG.Quote) in g
    assert (s, AG.source, actor_iri("rex-tillerson")) in g
    assert set(g.objects(s, AG.about)) == {actor_iri("russia"), actor_iri("taliban")}
    assert (s, AG.article, article_iri(q.article)) in g
    reported = {t.id for t in _triples() if t.article == q.article and t.start == 0}
    assert set(g.objects(s, AG.reports)) == {statement_iri(i) for i in reported}
    assert (s, AG.sourceText, None) not in g  # an actor's label says who it is
    assert (s, AG.start, Literal(q.start)) in g and (s, AG.end, Literal(q.end)) in g
    assert (quote_iri(sourceless.id), AG.source, None) not in g
    assert (quote_iri(sourceless.id), AG.kind, Literal("indirect")) in g
    ds = make_dataset(quoted_graph)
    assert (s, RDF.type, AG.Quote, ds.graph(article_iri(q.article))) in ds


def test_quotes_rdf_a_claim_summing_up_two_quotes_is_reported_by_both(nlp):
    text = "Tillerson said Russia arms the Taliban. Tillerson said Russia was a threat."
    ex = extract(nlp, text)
    actors, triples, quotes = EXTRACTOR.merge_all([ex])
    G = make_graph([Article(ex.article, "t.txt", "")], actors, triples, quotes=quotes)
    g = make_union_graph(G)
    (claim,) = [t for t in triples if t.relation == "claims"]
    assert {s for s in g.subjects(AG.reports, statement_iri(claim.id))} == {quote_iri(q.id) for q in quotes}
    assert validate_graph(g).conforms


def test_quotes_rdf_conforms_and_a_broken_quote_is_reported(quoted_graph):
    g = make_union_graph(quoted_graph)
    assert validate_graph(g).conforms
    spokesman = replace(_quotes()[1], source="a spokesman", source_start=190, source_end=201)
    G = make_graph(_articles(), _actors(), _triples(), quotes=[spokesman])
    assert (quote_iri(spokesman.id), AG.sourceText, Literal("a spokesman")) in make_union_graph(G)
    s = quote_iri(_quotes()[0].id)
    g.remove((s, AG.cue, None))
    g.add((s, AG.kind, Literal("rumour")))
    report = validate_graph(g)
    assert not report.conforms
    assert "cue" in str(report) and "kind" in str(report)


@pytest.mark.parametrize("with_store", [True, False])
def test_quotes_canned_query_what_did_x_say_about_y(quoted_graph, tmp_path, with_store):
    (tmp_path / "graph.json").write_text(generate_graph_json(quoted_graph), encoding="utf-8")
    if with_store:
        sync_store(quoted_graph, tmp_path / "store")

    def rows(**params):
        return list(csv.DictReader(io.StringIO(run_query(tmp_path, "quotes", params=params or None, fmt="csv"))))

    said, sourceless = _quotes()
    everything = rows()
    assert {(r["source"], r["content"]) for r in everything} == {("Rex Tillerson", said.content),
                                                                 ("", sourceless.content)}
    (row,) = rows(speaker="Rex Tillerson", about="the Taliban")
    assert set(row["actors"].split("|")) == {"Russia", "Taliban"} and row["kind"] == "indirect"
    assert rows(speaker="Rex Tillerson", about="ISIS") == []
    assert rows(speaker="Russia") == []


# ---------------------------------------------------------------- the build

_ARTICLES = {
    "one.txt": "Blair said the economy was strong. It is reported that Russia arms the Taliban.",
    "two.txt": "According to officials, Pakistan supports the Taliban.",
    "three.txt": '"We will not supply weapons to the Taliban," Lavrov said.',
}


@pytest.mark.slow
def test_quotes_survive_an_incremental_rebuild_like_triples(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in _ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    opts = BuildOptions(workers=1, use_store=False)
    build([src], out, opts)
    (src / "one.txt").write_text("Brown said the economy was weak.", encoding="utf-8")
    summary = build([src], out, opts)
    assert (summary.articles_built, summary.articles_cached) == (1, 2)
    fresh = tmp_path / "fresh"
    build([src], fresh, BuildOptions(workers=1, use_store=False, cache=False))
    for name in ("quotes.csv", "triples.csv", "graph.json"):
        assert (out / name).read_text(encoding="utf-8") == (fresh / name).read_text(encoding="utf-8"), name
    rows = list(csv.DictReader(io.StringIO((out / "quotes.csv").read_text(encoding="utf-8"))))
    assert {r["content"] for r in rows} >= {"the economy was weak", "Pakistan supports the Taliban",
                                            "We will not supply weapons to the Taliban"}
    assert "the economy was strong" not in {r["content"] for r in rows}
    shutil.rmtree(fresh)

