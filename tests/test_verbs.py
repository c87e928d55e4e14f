"""The CAMEO verb dictionary (graph.extract.verbs): pattern look-ups on hand-built parses, the code
table of ontology/events.yaml, the CAMEO code and PLOVER type on every triple, and the issue's
sentences end to end."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import spacy
from spacy.tokens import Doc

from graph.errors import OntologyError
from graph.extract import Extractor
from graph.extract.verbs import EVENTS_FILE, Coded, compiled_verbs, load_events, make_event_table
from graph.model import Article, content_id
from graph.ontology import Ontology
from graph.vocab import ONTOLOGY_DIR, read_ontology_yaml, relation_types

CAMEO = str((ONTOLOGY_DIR / "cameo").resolve())
VERBS = compiled_verbs(CAMEO)
EVENTS = load_events()
RELATIONS = relation_types()
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_), no pipeline


def parse(*rows) -> Doc:
    """A Doc from (word, lemma, pos, dep, head index) rows: a parse without the model."""
    words, lemmas, pos, deps, heads = zip(*rows)
    return Doc(VOCAB, words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps), heads=list(heads))


def tribute() -> Doc:  # "Schroeder paid tribute to Kwasniewski"
    return parse(("Schroeder", "Schroeder", "PROPN", "nsubj", 1), ("paid", "pay", "VERB", "ROOT", 1),
                 ("tribute", "tribute", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1),
                 ("Kwasniewski", "Kwasniewski", "PROPN", "pobj", 3))


def takes_over() -> Doc:  # "Austria takes over the presidency from Finland"
    return parse(("Austria", "Austria", "PROPN", "nsubj", 1), ("takes", "take", "VERB", "ROOT", 1),
                 ("over", "over", "ADP", "prt", 1), ("the", "the", "DET", "det", 4),
                 ("presidency", "presidency", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 1),
                 ("Finland", "Finland", "PROPN", "pobj", 5))


def appeal() -> Doc:  # "Amnesty appealed for the release of Suu Kyi"
    return parse(("Amnesty", "Amnesty", "PROPN", "nsubj", 1), ("appealed", "appeal", "VERB", "ROOT", 1),
                 ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                 ("release", "release", "NOUN", "pobj", 2), ("of", "of", "ADP", "prep", 4),
                 ("Kyi", "Kyi", "PROPN", "pobj", 5))


def test_verbs_object_word_pattern_beats_the_verbs_own_code():
    coded = VERBS.lookup(tribute()[1])
    assert coded == Coded("017", True, ("pay",))  # symbolic act, not 061 "finance"


def test_verbs_prepositional_pattern_reaches_into_the_prepositions_object():
    assert VERBS.lookup(appeal()[1]).code == "0253"  # appeal for the release of persons


def test_verbs_phrasal_verb_is_the_longest_verb_the_parse_has():
    coded = VERBS.lookup(takes_over()[1])
    assert coded.words == ("take", "over") and coded.code == "171" and not coded.pattern
    bare = parse(("Blair", "Blair", "PROPN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("bus", "bus", "NOUN", "dobj", 1))
    assert VERBS.lookup(bare[1]).words == ("take",)


def test_verbs_no_code_for_unknown_verbs_and_nouns():
    doc = parse(("Blair", "Blair", "PROPN", "nsubj", 1), ("blorped", "blorp", "VERB", "ROOT", 1))
    assert VERBS.lookup(doc[1]) is None
    assert EVENTS.lookup(tribute()[2]) is None  # a noun is no verbal predicate


def test_verbs_null_pattern_says_the_phrase_is_no_event():
    doc = parse(("Police", "police", "NOUN", "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1),
                ("the", "the", "DET", "det", 3), ("opportunity", "opportunity", "NOUN", "dobj", 1))
    coded = VERBS.lookup(doc[1])
    assert coded.pattern and coded.code is None and EVENTS.relation(coded) is None


def table(families: dict, pattern_only: bool = True):
    return make_event_table({"families": families, "pattern_only": pattern_only}, Path(EVENTS_FILE), RELATIONS)


def test_verbs_relation_only_from_listed_families_and_patterns():
    over, tribute_, appeal_ = (VERBS.lookup(d[1]) for d in (takes_over(), tribute(), appeal()))
    assert table({"02": "requests"}).relation(appeal_) == "requests"
    assert table({"02": None}).relation(appeal_) is None
    assert table({"17": "coerces"}).relation(over) is None  # "take over" matched no pattern: no seizure
    assert table({"17": "coerces"}, pattern_only=False).relation(over) == "coerces"
    assert table({"01": "claims", "017": None}).relation(tribute_) is None  # the longest prefix wins


def test_verbs_event_code_keeps_a_matching_code_else_the_relations_default():
    appeal_, tribute_ = VERBS.lookup(appeal()[1]), VERBS.lookup(tribute()[1])
    assert EVENTS.event_code(appeal_, "requests") == ("0253", "REQUEST")
    assert EVENTS.event_code(tribute_, "supports") == ("05", "SUPPORT")  # 017 is no support
    assert EVENTS.event_code(None, "attacks") == (RELATIONS["attacks"].cameo, "ASSAULT")
    assert EVENTS.event_code(None, "relatesTo") == ("", "")  # no CAMEO event


def test_verbs_shipped_families_agree_with_the_importers_derivation():
    derived = json.loads((ONTOLOGY_DIR / "cameo" / "verbs.json").read_text(encoding="utf-8"))["relations"]
    families = read_ontology_yaml(ONTOLOGY_DIR / EVENTS_FILE)["families"]
    for prefix, rel in families.items():
        codes = [c for c in derived if c.startswith(prefix)]
        assert codes, f"{prefix} is the prefix of no CAMEO code"
        if rel is not None:
            assert {derived[c] for c in codes if table(families).family_relation(c) == rel} == {rel}


@pytest.mark.parametrize("data, says", [
    ({"families": {"04": "consults"}, "colour": 1}, "unknown key `colour`"),
    ({"families": {"04": "hugs"}}, "unknown relation 'hugs'"),
    ({"families": {"x4": "consults"}}, "no CAMEO code"),
    ({"families": ["04"]}, "must map CAMEO code prefixes"),
    ({"pattern_only": "yes"}, "`pattern_only` must be true or false"),
])
def test_verbs_bad_table_names_file_and_entry(data, says):
    with pytest.raises(OntologyError, match=says) as err:
        make_event_table(data, Path("mine/events.yaml"), RELATIONS)
    assert "mine/events.yaml" in str(err.value)


def test_verbs_ontology_folder_without_table_uses_the_shipped_one(tmp_path):
    shutil.copy(ONTOLOGY_DIR / "lexicon.yaml", tmp_path / "lexicon.yaml")
    ont = Ontology.load(tmp_path)
    assert ont.events.families == EVENTS.families and ont.events.cameo_folder == CAMEO


_WORDS = ["pay", "tribute", "take", "over", "appeal", "for", "release", "send", "troops", "to", "of", "the",
          "sanctions", "impose", "call", "talks", "armed", "forces", "part", "in"]
_DEPS = ["nsubj", "dobj", "prep", "pobj", "prt", "det", "amod", "compound", "xcomp", "advmod", "agent"]


@st.composite
def trees(draw):
    n = draw(st.integers(2, 9))
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=n, max_size=n))
    heads = [0] + [draw(st.integers(0, i - 1)) for i in range(1, n)]  # every head before its token: a tree
    deps = ["ROOT"] + draw(st.lists(st.sampled_from(_DEPS), min_size=n - 1, max_size=n - 1))
    return Doc(VOCAB, words=words, lemmas=words, pos=["VERB"] * n, deps=deps, heads=heads)


@settings(max_examples=150, deadline=None)
@given(trees())
def test_verbs_any_parse_gives_no_code_or_a_cameo_code(doc):
    for tok in doc:
        coded = EVENTS.lookup(tok)
        assert coded is None or coded.code is None or (coded.code.isdigit() and 2 <= len(coded.code) <= 4)
        assert coded is None or coded.words[0] == tok.lemma_


# ---------------------------------------------------------------- the issue's sentences, with the model

def extract(nlp, text, extractor=None):
    art = Article(content_id(text), "test.txt", text)
    return (extractor or Extractor()).extract(art, nlp(text)).triples


def rows(triples):
    return {(t.subject, t.relation, t.object, t.cameo, t.plover) for t in triples}


@pytest.mark.parametrize("text, expected", [
    ("Gerhard Schroeder paid tribute to Polish President Aleksander Kwasniewski.",
     ("gerhard-schroeder", "supports", "aleksander-kwasniewski", "05", "SUPPORT")),
    ("The French president sent a message to Moscow.", ("france", "consults", "russia", "040", "CONSULT")),
    ("Amnesty International appealed to Burma for the release of prisoners.",
     ("amnesty-international", "requests", "myanmar", "0253", "REQUEST")),
    ("Egypt shared intelligence with Jordan.", ("egypt", "cooperatesWith", "jordan", "06", "COOPERATE")),
    ("The United States imposed an embargo on Cuba.", ("united-states", "sanctions", "cuba", "16", "SANCTION")),
    # PLOVER types sanctions (163) as coercion
    ("Russia imposed sanctions on Georgia.", ("russia", "sanctions", "georgia", "163", "COERCE")),
])
def test_verbs_issue_sentences_get_relation_code_and_type(nlp, text, expected):
    assert expected in rows(extract(nlp, text))


@pytest.mark.parametrize("text", [
    "Austria takes over the presidency of the European Union from Finland.",
    "Tony Blair took the bus to Brighton.",
])
def test_verbs_take_is_no_supply_and_no_seizure(nlp, text):
    assert not {t.relation for t in extract(nlp, text)} & {"supplies", "coerces"}


def test_verbs_every_triple_has_the_code_of_its_relation(nlp):
    text = "Russia is supplying weapons to the Taliban, Tillerson said. NATO attacked ISIS in Kabul."
    for t in extract(nlp, text):
        assert t.cameo.startswith(RELATIONS[t.relation].cameo) and t.plover, t


def test_verbs_a_listed_family_names_the_relation_the_lexicon_lacks(nlp, tmp_path):
    text = "Jack Straw is returning from Pakistan."  # CAMEO 042: a visit; "return" is in no lexicon list
    assert not [t for t in extract(nlp, text) if t.relation == "consults"]
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    (folder / EVENTS_FILE).write_text('families:\n  "04": consults\n', encoding="utf-8")
    (t,) = [t for t in extract(nlp, text, Extractor(Ontology.load(folder))) if t.relation == "consults"]
    assert (t.subject, t.object, t.cameo, t.plover) == ("jack-straw", "pakistan", "042", "CONSULT")


# ---------------------------------------------------------------- the code in the outputs

def coded_graph(cameo: str = "0253", plover: str = "REQUEST"):
    from dataclasses import replace

    from tests.conftest import _actors, _articles, _triples

    from graph.assemble.assemble import make_graph

    triples = [replace(t, cameo=cameo, plover=plover) if t.relation == "supplies" else t for t in _triples()]
    return make_graph(_articles(), _actors(), triples, meta={"model": "test"})


def test_verbs_csv_columns_come_after_the_contracts():
    import csv
    import io

    from graph.write.tables import TRIPLE_COLUMNS, generate_triples_csv

    assert TRIPLE_COLUMNS[-2:] == ("cameo", "plover") and TRIPLE_COLUMNS[:11][-1] == "confidence"
    rows = list(csv.DictReader(io.StringIO(generate_triples_csv(coded_graph()))))
    assert {(r["relation"], r["cameo"], r["plover"]) for r in rows if r["cameo"]} == {("supplies", "0253", "REQUEST")}


def test_verbs_rdf_statement_keeps_code_and_type_and_conforms():
    from rdflib import Literal

    from graph.namespace import AG
    from graph.write.rdf import make_union_graph
    from graph.sparql.shacl import validate_graph

    g = make_union_graph(coded_graph())
    assert set(g.objects(None, AG.cameoEvent)) == {Literal("0253")}
    assert set(g.objects(None, AG.ploverEvent)) == {Literal("REQUEST")}
    assert validate_graph(g).conforms
    bad = make_union_graph(coded_graph(cameo="x25", plover="request"))
    report = validate_graph(bad)
    assert not report.conforms and "cameoEvent" in str(report) and "ploverEvent" in str(report)
