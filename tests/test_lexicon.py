"""The relation lexicon: every target is a declared relation, and bad files fail with a clear message."""
from __future__ import annotations

import shutil

import pytest

from graph.errors import OntologyError
from graph.extract.lexicon import LEXICON_FILE, load_lexicon
from graph.vocab import ONTOLOGY_DIR, relation_types


def test_lexicon_targets_are_declared_relations():
    lex = load_lexicon()
    declared = set(relation_types())
    assert lex.targets() <= declared
    assert set(lex.converse.values()) <= declared
    assert lex.symmetric <= declared and lex.accusation_relations <= declared


def test_lexicon_covers_every_relation_but_the_generic_ones():
    missing = set(relation_types()) - load_lexicon().targets() - {"relatesTo", "claims"}
    assert not missing


@pytest.mark.parametrize("lemma,relation", [
    ("meet", "consults"), ("host", "consults"), ("supply", "supplies"), ("arm", "supplies"),
    ("back", "supports"), ("accuse", "accuses"), ("blast", "accuses"), ("deny", "denies"),
    ("attack", "attacks"), ("sanction", "sanctions"), ("deploy", "deploys"), ("threaten", "threatens"),
    ("urge", "requests"), ("cooperate", "cooperatesWith"), ("sign", "agrees"), ("withdraw", "retreatsFrom"),
])
def test_lexicon_verb_lookup(lemma, relation):
    assert load_lexicon().verb_relation(lemma) == relation


def test_lexicon_phrases_and_nouns():
    lex = load_lexicon()
    assert lex.phrase_relation("pull", "out") == "retreatsFrom"
    assert lex.phrase_relation("send", "troop") == "deploys"
    assert lex.noun_relation("talk") == "consults" and lex.noun_relation("drill") == "cooperatesWith"
    assert "hold" in lex.light_verbs and "say" in lex.reporting_verbs and "refute" in lex.denial_verbs


def _copy(tmp_path, text):
    for f in ONTOLOGY_DIR.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    (tmp_path / LEXICON_FILE).write_text(text, encoding="utf-8")
    return tmp_path


def test_lexicon_unknown_relation_is_named(tmp_path):
    d = _copy(tmp_path, "verbs:\n  befriends: [hug]\n")
    with pytest.raises(OntologyError, match="befriends"):
        load_lexicon(d)


def test_lexicon_yaml_boolean_is_explained(tmp_path):
    d = _copy(tmp_path, "negation:\n  words: [not, no]\n")
    with pytest.raises(OntologyError, match="quote"):
        load_lexicon(d)


def test_lexicon_missing_file(tmp_path):
    with pytest.raises(OntologyError, match="not found"):
        load_lexicon(tmp_path)


def test_lexicon_is_user_extensible(tmp_path):
    text = (ONTOLOGY_DIR / LEXICON_FILE).read_text(encoding="utf-8").replace(
        "  attacks: [attack,", "  attacks: [zorch, attack,", 1)
    assert load_lexicon(_copy(tmp_path, text)).verb_relation("zorch") == "attacks"


def test_lexicon_phrases_name_what_the_verb_alone_does_not():
    lex = load_lexicon()
    assert lex.verb_relation("pay") == "supplies" and lex.phrase_relation("pay", "tribute") == "supports"
    assert lex.phrase_relation("give", "support") == "supports" and lex.phrase_relation("send", "message") == "consults"
    assert lex.phrase_relation("share", "intelligence") == "cooperatesWith"
    assert lex.noun_relation("feud") == "relatesTo" and "rift" in lex.mutual_nouns


def test_lexicon_control_verbs_and_verbal_conflict():
    lex = load_lexicon()
    assert [lex.control_relation(v) for v in ("threaten", "pledge", "refuse", "say")] == \
        ["threatens", "agrees", "denies", None]
    assert lex.verbal_conflict["attack"] == "accuses" and lex.verbal_conflict["war"] == "relatesTo"
    assert lex.verbal_conflict_types == {"Person", "Organization", "Media"} and lex.from_passive_relations == {"sanctions"}


@pytest.mark.parametrize("section", ["control_verbs:\n  threat: [threaten]\n",
                                     "verbal_conflict:\n  words:\n    quarrels: [war]\n",
                                     "from_passive_relations: [expels]\n"])
def test_lexicon_new_sections_name_unknown_relations(tmp_path, section):
    with pytest.raises(OntologyError, match="threat|quarrels|expels"):
        load_lexicon(_copy(tmp_path, section))


def test_lexicon_sport_senses_and_dispute_topics():
    lex = load_lexicon()
    assert {"meet", "beat", "feed", "sign"} <= lex.sport_words and {"match", "goal", "medal"} <= lex.sport_cues
    assert {"government", "minister", "embassy"} <= lex.sport_state_words
    assert 0 < lex.sport_min_share < 0.05 and "over" in lex.verbal_conflict_topics


@pytest.mark.parametrize("share", ["0", "2", "yes", "lots"])
def test_lexicon_sport_share_must_be_a_share(tmp_path, share):
    with pytest.raises(OntologyError, match="min_share"):
        load_lexicon(_copy(tmp_path, f"sport_senses:\n  cues: [goal]\n  min_share: {share}\n"))


def test_lexicon_taking_on_a_rival_is_no_attack():
    # "takes on the BBC's coverage for the award", "took on the Bank of England": a contest (precision7 read)
    lex = load_lexicon()
    assert lex.phrase_relation("take", "on") is None and lex.phrase_relation("fight", "against") == "attacks"
