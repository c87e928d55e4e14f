"""scripts/audit_claims.py on small hand-made build outputs."""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.write.tables import ENTITY_COLUMNS, TRIPLE_COLUMNS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def aud():
    """scripts/audit_claims.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("audit_claims", REPO / "scripts" / "audit_claims.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["audit_claims"] = mod
    spec.loader.exec_module(mod)
    return mod


def ent(eid, label, kind="Person", affiliation=""):
    return {"id": eid, "label": label, "type": kind, "aliases": label, "affiliation": affiliation}


def tri(sid, rel, oid, sentence="S.", article="a1", quoted=True):
    return {"subject": sid, "relation": rel, "object": oid, "subject_id": sid, "object_id": oid, "sentence": sentence,
            "statement_id": f"{sid}-{oid}-{len(sentence)}", "article": article,
            "attributes": "quote_id=q1" if quoted else ""}


ENTITIES = [
    ent("howard", "Michael Howard", affiliation="tories"), ent("straw", "Jack Straw", affiliation="uk"),
    ent("tories", "Tories", "Organization"), ent("uk", "UK", "Country"), ent("bbc", "BBC", "Media"),
    ent("iraq", "Iraq", "Country"),
]


def counts(aud, triples):
    return {name: c["count"] for name, c in aud.audit(ENTITIES, triples)["checks"].items()}


def test_audit_claims_share_and_every_check(aud):
    triples = [
        tri("howard", "claims", "tories", "Mr Howard said the Tories would win."),  # own party
        tri("howard", "accuses", "tories", "Mr Howard attacked the Tories."),  # own party, any relation
        tri("straw", "claims", "uk", "Mr Straw said the UK would help."),  # own state, apart
        tri("straw", "claims", "iraq", "Mr Straw said in Iraq that taxes rise."),  # the venue
        tri("straw", "claims", "bbc", "Mr Straw told the BBC that taxes rise."),  # the addressee
        tri("howard", "claims", "bbc", "Mr Howard told BBC Radio 4's Today programme the BBC was biased."),
        tri("howard", "claims", "uk", "Mr Howard said the UK would lose.", quoted=False),  # no quote
        tri("howard", "claims", "uk", "Mr Howard said the UK had lost."),  # a second claim, same article
        tri("straw", "consults", "howard", "Mr Straw met Mr Howard."),
    ]
    got = aud.audit(ENTITIES, triples)
    assert (got["claims"], got["claims_share"]) == (7, round(7 / 9, 4))
    assert counts(aud, triples) == {"own_party_objects": 2, "own_state_objects": 1, "venue_objects": 1,
                                    "addressee_objects": 1, "unquoted_claims": 1, "repeated_claims": 1}


def test_audit_claims_own_party_counts_the_party_column_too(aud):
    """A person whose affiliation is the state and whose party the data gives (Jack Straw: Labour)."""
    entities = [{**ent("straw", "Jack Straw", affiliation="uk"), "party": "labour"},
                ent("labour", "Labour Party", "Organization"), ent("uk", "UK", "Country")]
    triples = [tri("straw", "claims", "labour", "Mr Straw said Labour would win."),
               tri("straw", "claims", "uk", "Mr Straw said the UK would help.")]
    got = {name: c["count"] for name, c in aud.audit(entities, triples)["checks"].items()}
    assert (got["own_party_objects"], got["own_state_objects"]) == (1, 1)


def test_audit_claims_addressee_only_when_every_mention_is_addressed(aud):
    assert aud.only_as_addressee("He told BBC Radio 4's Today programme: it is fine.", ["BBC"])
    assert aud.only_as_addressee("He said in an interview with the Times that it is fine.", ["Times"])
    assert not aud.only_as_addressee("He told the BBC the BBC was biased.", ["BBC"])
    assert not aud.only_as_addressee("He said the BBC was biased.", ["BBC"])
    assert not aud.only_as_addressee("He told MPs.", ["BBC"])  # not named at all


@given(st.lists(st.sampled_from(["claims", "accuses", "consults"]), max_size=30))
def test_audit_claims_share_is_the_share_of_claims(aud, relations):
    triples = [tri("howard", rel, "iraq", f"S{i}.", article=f"a{i}") for i, rel in enumerate(relations)]
    got = aud.audit(ENTITIES, triples)
    assert got["claims"] == relations.count("claims")
    assert got["claims_share"] == (round(relations.count("claims") / len(relations), 4) if relations else 0.0)


@given(st.integers(0, 500), st.integers(0, 500))
def test_audit_claims_to_target_is_exactly_what_reaches_the_share(aud, claims, other):
    goal = aud.to_target(claims, other)

    def within(c, o):
        return c == 0 or c / (c + o) <= aud.TARGET + 1e-12

    kept = claims - goal["fewer_claims"]
    assert within(kept, other) and (goal["fewer_claims"] == 0 or not within(kept + 1, other))
    more = goal["more_other"]
    assert within(claims, other + more) and (more == 0 or not within(claims, other + more - 1))
    assert goal["claims_at_most"] >= 0


def test_audit_claims_report_says_what_the_target_takes(aud):
    triples = [tri("howard", "claims", "iraq", f"S{i}.", article=f"a{i}") for i in range(5)]
    triples += [tri("howard", "consults", "iraq", f"T{i}.", article=f"b{i}") for i in range(4)]
    got = aud.audit(ENTITIES, triples)
    assert got["to_target"] == {"claims_at_most": 2, "fewer_claims": 3, "more_other": 4}  # 2/6, 5/13
    assert "for 40%: at most 2 claims beside the other triples (3 fewer), or 4 more other triples" in \
        aud.format_report(got)


def test_audit_claims_cli_reads_a_build_and_says_what_is_missing(aud, tmp_path, capsys):
    assert aud.main([str(tmp_path)]) == 1 and "run `actorgraph build" in capsys.readouterr().err
    for name, cols, rows in (("entities.csv", ENTITY_COLUMNS, ENTITIES),
                             ("triples.csv", TRIPLE_COLUMNS, [tri("howard", "claims", "tories")])):
        with (tmp_path / name).open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(cols), extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    assert aud.main([str(tmp_path), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["claims_share"] == 1.0 and got["checks"]["own_party_objects"]["count"] == 1
