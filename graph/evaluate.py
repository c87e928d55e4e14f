"""Score a build against hand-made gold relations: ``actorgraph eval OUTDIR --gold FILE``.

Reads only the public contract of a build: ``triples.csv`` and ``entities.csv``
(actor columns hold labels; ``aliases`` is ``|``-separated) plus the article
list of ``graph.json`` (id -> path and title).  The gold file format and the
annotation guideline are in ``tests/gold/README.md``.

Matching.  A gold actor label matches a system actor label when it equals the
label, or one of the aliases of an entity with that label, case-insensitively.
Each measure compares *distinct* tuples per article:

* ``relations``: (subject, relation, object);
* ``unlabelled``: (subject, object), direction kept;
* ``polarity``: (subject, relation, object, polarity);
* ``attributions``: (attributed_to, subject, relation, object), only gold items
  with ``attributed_to`` and system rows with a non-empty ``attributed_to``.

Gold items marked ``mutual``, and system rows whose ``attributes`` say
``symmetric=true`` (relations the lexicon declares undirected: consults,
cooperatesWith, agrees), match in either direction.
Precision is the share of distinct system tuples that match some gold tuple,
recall the share of gold tuples matched by some system tuple; overall figures
sum both counts over the gold articles (micro average).  System rows of
articles absent from the gold file are not scored.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

from .errors import GoldError, OutputError

__all__ = [
    "MEASURES",
    "GoldRelation",
    "GoldArticle",
    "Gold",
    "Score",
    "ArticleScore",
    "ClusterCheck",
    "DistinctCheck",
    "EvalReport",
    "parse_gold",
    "read_gold",
    "read_build",
    "evaluate_rows",
    "evaluate",
    "is_pronoun_or_common",
    "to_dict",
    "generate_report_text",
    "generate_report_json",
]

MEASURES = ("relations", "unlabelled", "polarity", "attributions")

# English pronouns and determiners that must never become actor labels.
_PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "this that these those who whom whose which what someone somebody anyone anybody everyone "
    "everybody nobody none one ones itself himself herself themselves ourselves myself yourself "
    "each other another others all both either neither some any".split()
)
_POLARITIES = ("positive", "negative")
_MODALITIES = ("asserted", "reported", "hedged", "hypothetical")
_ITEM_KEYS = {"subject", "relation", "object", "polarity", "modality", "attributed_to", "mutual", "evidence"}


# ---------------------------------------------------------------- gold file

@dataclass(frozen=True)
class GoldRelation:
    subject: str
    relation: str
    object: str
    polarity: str = "positive"
    modality: str = "asserted"
    attributed_to: str | None = None
    mutual: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article, found in a build by file name, original name or title."""

    file: str
    relations: tuple[GoldRelation, ...]
    source: str = ""
    title: str = ""


@dataclass(frozen=True)
class Gold:
    path: str
    articles: tuple[GoldArticle, ...]
    alias_clusters: tuple[tuple[str, ...], ...] = ()
    distinct: tuple[tuple[str, str], ...] = ()


def _text(value, where: str, source: str, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GoldError(f"{source}: {where} must be a non-empty string, found {value!r}; fix the gold file")
    return value.strip()


def _relation(item, where: str, source: str, known: Iterable[str] | None) -> GoldRelation:
    if not isinstance(item, dict):
        raise GoldError(f"{source}: {where} must be a mapping with subject, relation, object; found {item!r}")
    unknown = set(item) - _ITEM_KEYS
    if unknown:
        raise GoldError(f"{source}: {where} has unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                        f"allowed: {', '.join(sorted(_ITEM_KEYS))}")
    subject = _text(item.get("subject"), f"{where}.subject", source)
    relation = _text(item.get("relation"), f"{where}.relation", source)
    obj = _text(item.get("object"), f"{where}.object", source)
    if known is not None and relation not in known:
        raise GoldError(f"{source}: {where}: unknown relation {relation!r}; the ontology declares: "
                        f"{', '.join(sorted(known))}")
    attributed = _text(item.get("attributed_to"), f"{where}.attributed_to", source, optional=True)
    polarity = item.get("polarity", "positive")
    if polarity not in _POLARITIES:
        raise GoldError(f"{source}: {where}: polarity must be one of {', '.join(_POLARITIES)}, found {polarity!r}")
    modality = item.get("modality", "reported" if attributed else "asserted")
    if modality not in _MODALITIES:
        raise GoldError(f"{source}: {where}: modality must be one of {', '.join(_MODALITIES)}, found {modality!r}")
    mutual = item.get("mutual", False)
    if not isinstance(mutual, bool):
        raise GoldError(f"{source}: {where}: mutual must be true or false, found {mutual!r}")
    evidence = item.get("evidence", "")
    if not isinstance(evidence, str):
        raise GoldError(f"{source}: {where}: evidence must be a quoted string, found {evidence!r}")
    return GoldRelation(subject, relation, obj, polarity, modality, attributed, mutual, evidence)


def _name_lists(value, key: str, source: str, size: int | None) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldError(f"{source}: {key} must be a list of name lists, found {type(value).__name__}")
    out = []
    for i, names in enumerate(value):
        ok = isinstance(names, list) and all(isinstance(n, str) and n.strip() for n in names)
        if not ok or len(names) < 2 or (size is not None and len(names) != size):
            want = f"exactly {size}" if size else "two or more"
            raise GoldError(f"{source}: {key}[{i}] must be a list of {want} names, found {names!r}")
        out.append(tuple(n.strip() for n in names))
    return tuple(out)


def parse_gold(text: str, source: str = "<string>", relations: Iterable[str] | None = None) -> Gold:
    """Parse a gold YAML document; ``relations`` (default: the shipped ontology's; give
    ``Ontology.load(folder).relations`` for another) limits relation names.

    Raises :class:`GoldError` naming ``source`` and the first problem found.
    """
    import yaml

    if relations is None:
        from .ontology import Ontology

        relations = Ontology.shipped().relations
    known = frozenset(relations)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise GoldError(f"{source}: not valid YAML ({err}); fix the syntax") from err
    if not isinstance(doc, dict) or not isinstance(doc.get("articles"), list) or not doc["articles"]:
        raise GoldError(f"{source}: expected a mapping with a non-empty `articles` list; "
                        "see tests/gold/README.md for the format")
    articles = []
    seen: set[str] = set()
    for i, art in enumerate(doc["articles"]):
        where = f"articles[{i}]"
        if not isinstance(art, dict):
            raise GoldError(f"{source}: {where} must be a mapping with `file` and `relations`")
        file = _text(art.get("file"), f"{where}.file", source)
        if file in seen:
            raise GoldError(f"{source}: {where}: article {file!r} appears twice; merge the two entries")
        seen.add(file)
        items = art.get("relations")
        if not isinstance(items, list):
            raise GoldError(f"{source}: {where} ({file}) needs a `relations` list")
        rels = tuple(_relation(it, f"{where}.relations[{j}]", source, known) for j, it in enumerate(items))
        articles.append(GoldArticle(file, rels, str(art.get("source") or ""), str(art.get("title") or "")))
    return Gold(source, tuple(articles), _name_lists(doc.get("alias_clusters"), "alias_clusters", source, None),
                _name_lists(doc.get("distinct"), "distinct", source, 2))


def read_gold(path: str | Path, relations: Iterable[str] | None = None) -> Gold:
    """Read and validate a gold file (see :func:`parse_gold`)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{p}: cannot read the gold file ({err}); pass an existing UTF-8 YAML file") from err
    return parse_gold(text, str(p), relations)


# ---------------------------------------------------------------- build files

def _read_csv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or ())]
            if missing:
                raise OutputError(f"{path}: missing column(s) {', '.join(missing)}; rebuild with `actorgraph build`")
            return list(reader)
    except FileNotFoundError:
        raise OutputError(f"{path} not found; run `actorgraph build ... -o {path.parent}` first") from None
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise OutputError(f"{path}: cannot read ({err}); rebuild with `actorgraph build`") from err


def read_build(outdir: str | Path) -> tuple[list[dict], list[dict], dict[str, tuple[str, str]]]:
    """The triples rows, entity rows and ``{article_id: (path, title)}`` of a build directory."""
    out = Path(outdir)
    if not out.is_dir():
        raise OutputError(f"{out} is not a directory; pass the output directory of `actorgraph build`")
    triples = _read_csv(out / "triples.csv", ("subject", "relation", "object", "polarity", "attributed_to", "article"))
    entities = _read_csv(out / "entities.csv", ("id", "label", "aliases"))
    articles: dict[str, tuple[str, str]] = {}
    gj = out / "graph.json"
    if gj.exists():
        try:
            doc = json.loads(gj.read_text(encoding="utf-8"))
            for a in doc.get("articles", []):
                articles[a["id"]] = (a.get("path", ""), a.get("title", ""))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise OutputError(f"{gj}: not a readable actorgraph graph ({err}); rebuild with `actorgraph build`") from err
    for row in triples:  # builds without graph.json: the optional extra columns
        if row["article"] not in articles and row.get("article_path"):
            articles[row["article"]] = (row["article_path"], row.get("article_title", ""))
    return triples, entities, articles


# ---------------------------------------------------------------- report types

@dataclass(frozen=True)
class Score:
    """Counts behind one precision / recall / F1 figure."""

    gold: int = 0  # distinct gold tuples
    system: int = 0  # distinct system tuples
    found: int = 0  # gold tuples matched by some system tuple
    correct: int = 0  # system tuples matching some gold tuple

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.gold + other.gold, self.system + other.system, self.found + other.found,
                     self.correct + other.correct)


@dataclass(frozen=True)
class ArticleScore:
    file: str
    article: str | None  # article id in the build, None when the build lacks it
    scores: tuple[tuple[str, Score], ...]  # (measure, score) in MEASURES order
    missed: tuple[str, ...] = ()  # gold relations no system triple matched
    spurious: tuple[str, ...] = ()  # system relations matching no gold relation
    bad_actors: tuple[str, ...] = ()  # pronoun / common-noun labels in this article's triples

    def score(self, measure: str) -> Score:
        return dict(self.scores)[measure]


@dataclass(frozen=True)
class ClusterCheck:
    names: tuple[str, ...]
    nodes: tuple[str, ...]  # labels of the distinct nodes the names resolve to

    @property
    def status(self) -> str:
        return {0: "absent", 1: "resolved"}.get(len(self.nodes), "split")


@dataclass(frozen=True)
class DistinctCheck:
    pair: tuple[str, str]
    merged_into: tuple[str, ...]  # labels of nodes that carry both names

    @property
    def ok(self) -> bool:
        return not self.merged_into


@dataclass(frozen=True)
class EvalReport:
    outdir: str
    gold: str
    articles: tuple[ArticleScore, ...]
    actors: int  # actors in the build
    bad_actors: tuple[str, ...]  # pronoun / common-noun labels anywhere in the build
    clusters: tuple[ClusterCheck, ...] = ()
    distinct: tuple[DistinctCheck, ...] = ()
    unscored_articles: int = 0  # built articles that have no gold entry

    def overall(self, measure: str) -> Score:
        total = Score()
        for a in self.articles:
            total = total + a.score(measure)
        return total


# ---------------------------------------------------------------- matching

def is_pronoun_or_common(label: str) -> bool:
    """True for labels that cannot name an actor: pronouns, or words without a capital letter."""
    text = label.strip()
    return not text or text.casefold() in _PRONOUNS or not any(ch.isupper() for ch in text)


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _names_by_label(entities: Iterable[Mapping[str, str]]) -> dict[str, frozenset[str]]:
    names: dict[str, set[str]] = {}
    for e in entities:
        label = _fold(e["label"])
        bucket = names.setdefault(label, {label})
        bucket.update(_fold(a) for a in (e.get("aliases") or "").split("|") if a.strip())
    return {k: frozenset(v) for k, v in names.items()}


def _score(gold: set, system: set, match: Callable[[tuple, tuple], bool]) -> tuple[Score, set, set]:
    found = {g for g in gold if any(match(g, s) for s in system)}
    correct = {s for s in system if any(match(g, s) for g in gold)}
    return Score(len(gold), len(system), len(found), len(correct)), gold - found, system - correct


def _matcher(names: Mapping[str, frozenset[str]]):
    def same(gold_label: str, sys_label: str) -> bool:
        return gold_label == sys_label or gold_label in names.get(sys_label, ())

    def match(g: tuple, s: tuple) -> bool:
        # g = (subject, object, attributed_to, extras, mutual); s = (subject, object, attributed_to, extras)
        gs, go, ga, gx, mutual = g
        ss, so, sa, sx, undirected = s
        if gx != sx or (ga is not None and (sa is None or not same(ga, sa))):
            return False
        return (same(gs, ss) and same(go, so)) or ((mutual or undirected) and same(gs, so) and same(go, ss))

    return match


def _gold_keys(rels: Iterable[GoldRelation], measure: str) -> set:
    keys = set()
    for r in rels:
        if measure == "attributions" and r.attributed_to is None:
            continue
        extras = {"relations": (r.relation,), "unlabelled": (), "polarity": (r.relation, r.polarity),
                  "attributions": (r.relation,)}[measure]
        attributed = _fold(r.attributed_to) if measure == "attributions" else None
        s, o = _fold(r.subject), _fold(r.object)
        if r.mutual and o < s:
            s, o = o, s
        keys.add((s, o, attributed, extras, r.mutual))
    # a mutual item subsumes the same relation stated in one direction
    return {k for k in keys if k[4] or (*sorted(k[:2]), *k[2:4], True) not in keys}


def _system_keys(rows: Iterable[Mapping[str, str]], measure: str) -> set:
    keys = set()
    for row in rows:
        attributed = _fold(row.get("attributed_to") or "") or None
        if measure == "attributions" and attributed is None:
            continue
        extras = {"relations": (row["relation"],), "unlabelled": (),
                  "polarity": (row["relation"], row.get("polarity") or "positive"),
                  "attributions": (row["relation"],)}[measure]
        # a relation the system declares symmetric ("symmetric=true") has no direction
        undirected = "symmetric=true" in (row.get("attributes") or "").split(";")
        keys.add((_fold(row["subject"]), _fold(row["object"]),
                  attributed if measure == "attributions" else None, extras, undirected))
    return keys


def _show_gold(k: tuple, shown: Mapping[str, str]) -> str:
    s, o, _, (rel,), mutual = k
    return f"{shown.get(s, s)} {rel} {shown.get(o, o)}" + (" (either direction)" if mutual else "")


def _show_system(k: tuple, shown: Mapping[str, str]) -> str:
    s, o, _, (rel,), undirected = k
    return f"{shown.get(s, s)} {rel} {shown.get(o, o)}" + (" (symmetric)" if undirected else "")


def _find_article(art: GoldArticle, articles: Mapping[str, tuple[str, str]]) -> str | None:
    # a `source` with folders ("politics/250.txt") first: base names repeat across folders
    tail = PurePosixPath(art.source.replace("\\", "/")).parts
    if len(tail) > 1:
        for aid, (path, _title) in sorted(articles.items()):
            if PurePosixPath(path.replace("\\", "/")).parts[-len(tail):] == tail:
                return aid
    wanted = {art.file, art.source} - {""}
    for aid, (path, _title) in sorted(articles.items()):
        if Path(path.replace("\\", "/")).name in wanted:
            return aid
    if art.title.strip():
        for aid, (_path, title) in sorted(articles.items()):
            if _fold(title) == _fold(art.title):
                return aid
    return None


def evaluate_rows(
    gold: Gold,
    triples: Iterable[Mapping[str, str]],
    entities: Iterable[Mapping[str, str]],
    articles: Mapping[str, tuple[str, str]],
    outdir: str = "",
) -> EvalReport:
    """Score triples/entities rows (as read from the CSV contract) against ``gold``."""
    triples, entities = list(triples), list(entities)
    names = _names_by_label(entities)
    match = _matcher(names)
    by_article: dict[str, list[Mapping[str, str]]] = {}
    for row in triples:
        by_article.setdefault(row["article"], []).append(row)

    scored, used = [], set()
    for art in gold.articles:
        aid = _find_article(art, articles)
        rows = by_article.get(aid, []) if aid else []
        used.add(aid)
        scores, missed, spurious = [], (), ()
        for measure in MEASURES:
            score, miss, spur = _score(_gold_keys(art.relations, measure), _system_keys(rows, measure), match)
            scores.append((measure, score))
            if measure == "relations":
                shown = {_fold(r[c]): r[c] for r in rows for c in ("subject", "object") if r.get(c)}
                shown.update({_fold(getattr(g, c)): getattr(g, c) for g in art.relations for c in ("subject", "object")})
                missed = tuple(sorted(_show_gold(k, shown) for k in miss))
                spurious = tuple(sorted(_show_system(k, shown) for k in spur))
        labels = {r[c] for r in rows for c in ("subject", "object", "attributed_to") if r.get(c)}
        bad = tuple(sorted(lbl for lbl in labels if is_pronoun_or_common(lbl)))
        scored.append(ArticleScore(art.file, aid, tuple(scores), missed, spurious, bad))

    all_names = {e["label"]: names.get(_fold(e["label"]), frozenset()) for e in entities}

    def nodes_named(name: str) -> set[str]:
        return {label for label, ns in all_names.items() if _fold(name) in ns}

    clusters = tuple(
        ClusterCheck(c, tuple(sorted(set().union(*(nodes_named(n) for n in c))))) for c in gold.alias_clusters
    )
    distinct = tuple(
        DistinctCheck(pair, tuple(sorted(nodes_named(pair[0]) & nodes_named(pair[1])))) for pair in gold.distinct
    )
    bad_all = tuple(sorted({e["label"] for e in entities if is_pronoun_or_common(e["label"])}))
    unscored = len({a for a in articles} - used)
    return EvalReport(str(outdir), gold.path, tuple(scored), len(entities), bad_all, clusters, distinct, unscored)


def evaluate(outdir: str | Path, gold_path: str | Path, ontology=None) -> EvalReport:
    """Score the build in ``outdir`` against the gold file ``gold_path``, whose relations must be those
    of ``ontology`` (an :class:`~graph.ontology.Ontology`; default: the shipped one)."""
    gold = read_gold(gold_path, ontology.relations if ontology is not None else None)
    triples, entities, articles = read_build(outdir)
    return evaluate_rows(gold, triples, entities, articles, str(outdir))


# ---------------------------------------------------------------- output

def _score_dict(s: Score) -> dict:
    return {**asdict(s), "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


def to_dict(report: EvalReport) -> dict:
    """The report as plain JSON-ready data."""
    return {
        "outdir": report.outdir,
        "gold": report.gold,
        "overall": {m: _score_dict(report.overall(m)) for m in MEASURES},
        "articles": [
            {"file": a.file, "article": a.article, "found": a.article is not None,
             **{m: _score_dict(s) for m, s in a.scores},
             "missed": list(a.missed), "spurious": list(a.spurious), "bad_actors": list(a.bad_actors)}
            for a in report.articles
        ],
        "actors": report.actors,
        "bad_actors": list(report.bad_actors),
        "alias_clusters": [{"names": list(c.names), "nodes": list(c.nodes), "status": c.status}
                           for c in report.clusters],
        "distinct": [{"pair": list(d.pair), "merged_into": list(d.merged_into), "ok": d.ok}
                     for d in report.distinct],
        "unscored_articles": report.unscored_articles,
    }


def generate_report_json(report: EvalReport) -> str:
    return json.dumps(to_dict(report), indent=1, ensure_ascii=False) + "\n"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(r):
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))

    return [line(header), "  ".join("-" * w for w in widths), *map(line, rows)]


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def generate_report_text(report: EvalReport, details: bool = False) -> str:
    """An aligned plain-text report; ``details`` adds missed and spurious relations per article."""
    found = sum(a.article is not None for a in report.articles)
    out = [f"actorgraph eval: {report.outdir} against {report.gold}",
           f"{len(report.articles)} gold articles, {found} found in the build"
           + (f", {report.unscored_articles} built articles without gold (not scored)" if report.unscored_articles else ""),
           ""]
    rows = []
    for m in MEASURES:
        s = report.overall(m)
        rows.append([m, s.gold, s.system, s.found, s.correct, _pct(s.precision), _pct(s.recall), _pct(s.f1)])
    out += _table(["overall", "gold", "system", "found", "correct", "P%", "R%", "F1%"], rows)
    out.append("")
    rows = []
    for a in report.articles:
        r = a.score("relations")
        name = a.file if a.article else f"{a.file} (not in build)"
        rows.append([name, r.gold, r.system, _pct(r.precision), _pct(r.recall), _pct(r.f1),
                     *(_pct(a.score(m).f1) for m in MEASURES[1:])])
    out += _table(["article", "gold", "system", "P%", "R%", "F1%", "unlab F1", "polar F1", "attr F1"], rows)
    out.append("")
    bad = report.bad_actors
    out.append(f"actors: {report.actors}; pronoun or common-noun labels: {len(bad)}"
               + (f" ({', '.join(bad)})" if bad else ""))
    if report.clusters:
        ok = sum(c.status == "resolved" for c in report.clusters)
        out.append(f"alias clusters resolved to one node: {ok}/{len(report.clusters)}")
        for c in report.clusters:
            if c.status != "resolved":
                nodes = f": {' | '.join(c.nodes)}" if c.nodes else ""
                out.append(f"  {c.status:8} [{', '.join(c.names)}]{nodes}")
    if report.distinct:
        ok = sum(d.ok for d in report.distinct)
        out.append(f"distinct pairs kept apart: {ok}/{len(report.distinct)}")
        for d in report.distinct:
            if not d.ok:
                out.append(f"  merged   {d.pair[0]} / {d.pair[1]} in {', '.join(d.merged_into)}")
    if details:
        for a in report.articles:
            out += ["", f"== {a.file}"]
            out += [f"  missed    {m}" for m in a.missed]
            out += [f"  spurious  {s}" for s in a.spurious]
            if a.bad_actors:
                out.append(f"  bad actor labels: {', '.join(a.bad_actors)}")
    return "\n".join(out) + "\n"
