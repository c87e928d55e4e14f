"""Audit the claims of a build: how much of the graph they are, and which objects they should never have.

    python scripts/audit_claims.py OUTDIR [--json] [--examples N]

Reads ``OUTDIR/entities.csv`` and ``OUTDIR/triples.csv`` (any build) and counts (issue 15):

| check | what it counts |
|---|---|
| ``claims_share`` | ``claims`` triples as a share of all triples (target: at most 40%) |
| ``to_target`` | what 40% would take: at most N claims beside the other triples (so many fewer), or K more other triples |
| ``own_party_objects`` | a triple whose object is its subject's affiliation or party and no country ("Michael Howard -claims-> Conservative Party") |
| ``own_state_objects`` | the same with a country ("Jack Straw -claims-> United Kingdom"): a state's official speaking of it, counted apart |
| ``venue_objects`` | a ``claims`` whose object Place/Country is named in its sentence only after "in"/"at" ("said in Brussels") |
| ``addressee_objects`` | a ``claims`` whose object is named in its sentence only as whom it was said to or in ("told the BBC", "in an interview with the Times") |
| ``unquoted_claims`` | a ``claims`` without the ``quote_id`` of the quote it was made from |
| ``repeated_claims`` | a second ``claims`` for one (article, source, actor) |

The name checks read the sentence text, so they are upper bounds: "told the BBC the BBC was biased" counts.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_actors import audit_command, example_lines, only_as_venue, read_rows  # noqa: E402

__all__ = ["main", "audit", "format_report", "only_as_addressee", "to_target", "CLAIM_CHECKS", "TARGET"]

CLAIM = "claims"
TARGET = 0.4  # the claims share issue 15 asks for at most
CLAIM_CHECKS = ("own_party_objects", "own_state_objects", "venue_objects", "addressee_objects", "unquoted_claims",
                "repeated_claims")
#: Words just before a name that make it whom a statement was made to or in.
_ADDRESSED = re.compile(r"(?:\b(?:told|tells|telling|tell|interview with|interviewed by|speaking to|spoke to|"
                        r"writing in|wrote in|writes in|written in|article in|appearing on|appeared on)"
                        r"(?:\s+(?:the|a|an))?\s*)$", re.I)


def only_as_addressee(sentence: str, names: list[str]) -> bool:
    """Every mention of the names in the sentence is whom it was said to or in ("told the BBC")."""
    seen = False
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
            if not _ADDRESSED.search(sentence[:m.start()]):
                return False
            seen = True
    return seen


def _names(entity: dict) -> list[str]:
    return [a for a in (entity.get("label", ""), *entity.get("aliases", "").split("|")) if a]


def _own_group(t: dict, by_id: dict) -> str | None:
    """"own_party_objects" or "own_state_objects" when the object is the subject's affiliation or party."""
    subject = by_id.get(t["subject_id"], {})
    aff = t["object_id"] if t["object_id"] in (subject.get("affiliation"), subject.get("party")) else None
    if not aff:
        return None
    return "own_state_objects" if by_id.get(aff, {}).get("type") == "Country" else "own_party_objects"


def claim_faults(entities: list[dict], triples: list[dict]) -> dict[str, list]:
    """Each check -> the faulty triples, as (statement id, edge, sentence)."""
    by_id = {e["id"]: e for e in entities}
    found: dict[str, list] = {name: [] for name in CLAIM_CHECKS}
    seen = Counter()
    for t in triples:
        row = (t.get("statement_id", ""), f"{t['subject']} -{t['relation']}-> {t['object']}", t["sentence"])
        own = _own_group(t, by_id)
        if own:
            found[own].append(row)
        if t["relation"] != CLAIM:
            continue
        obj = by_id.get(t["object_id"], {})
        if obj.get("type") in ("Country", "Place") and only_as_venue(t["sentence"], _names(obj)):
            found["venue_objects"].append(row)
        if only_as_addressee(t["sentence"], _names(obj)):
            found["addressee_objects"].append(row)
        if "quote_id=" not in t.get("attributes", ""):
            found["unquoted_claims"].append(row)
        key = (t["article"], t["subject_id"], t["object_id"])
        seen[key] += 1
        if seen[key] == 2:
            found["repeated_claims"].append(row)
    return found


def audit(entities: list[dict], triples: list[dict]) -> dict:
    """The claims share, and counts and examples of every check."""
    relations = Counter(t["relation"] for t in triples)
    n = len(triples)
    found = claim_faults(entities, triples)
    checks = {name: {"count": len(rows), "share_of_triples": round(len(rows) / n, 4) if n else 0.0,
                     "examples": [list(r[1:]) for r in rows]} for name, rows in found.items()}
    return {"triples": n, "claims": relations[CLAIM], "claims_share": round(relations[CLAIM] / n, 4) if n else 0.0,
            "to_target": to_target(relations[CLAIM], n - relations[CLAIM]),
            "relations": dict(relations.most_common()), "checks": checks}


def to_target(claims: int, other: int) -> dict:
    """What a claims share of at most TARGET (2/5) would take: at most ``claims_at_most`` claims beside the
    ``other`` triples (``fewer_claims`` fewer than now), or ``more_other`` more other triples.  Exact:
    c / (c + o) <= 2/5 is 3c <= 2o."""
    most = 2 * other // 3
    return {"claims_at_most": most, "fewer_claims": max(0, claims - most),
            "more_other": max(0, -(-3 * claims // 2) - other)}


def format_report(result: dict, examples: int = 5) -> str:
    goal = result["to_target"]
    lines = [f"{result['triples']} triples, {result['claims']} claims: {result['claims_share']:.1%} of triples",
             f"for {TARGET:.0%}: at most {goal['claims_at_most']} claims beside the other triples "
             f"({goal['fewer_claims']} fewer), or {goal['more_other']} more other triples", ""]
    for name, check in result["checks"].items():
        lines.append(f"{name:20} {check['count']:6}  {check['share_of_triples']:.2%} of triples")
        lines += example_lines(check, examples)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return audit_command(argv, __doc__, lambda entities, triples, _: audit(entities, triples), format_report)


if __name__ == "__main__":
    sys.exit(main())
