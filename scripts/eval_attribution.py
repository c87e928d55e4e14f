#!/usr/bin/env python
"""Benchmark the attribution finder on PolNeAR: who said it (source) and the saying word (cue).

Data: the PolNeAR train split (Newell, Margolin & Ruths, LREC 2018), read in
place from ``../shared/corpus/polnear-train`` (``--data`` to change; never
copied into the repository): ``train/text/<doc>.txt`` and
``polnear_train_attributions.jsonl`` (one row per attribution, character spans
into the text).  Only the first annotator's file per document
(``"primary": true``) is gold.

Split: a document goes to ``dev`` or ``heldout`` by the first byte of the
SHA-256 of its id (even: dev, odd: heldout), so the split never changes and
needs no list.  Tune rules and lexicons on ``dev`` only; ``heldout`` is for the
figure you report and must never be used for tuning.

Each document is parsed with ``graph.parse.nlp.load_pipeline()`` and passed to
``graph.extract.attribution.find_attributions(doc, nested=False)``, which returns
objects with character offsets ``source_start, source_end, cue_start, cue_end,
content_start, content_end`` into ``doc.text`` (no source: an empty source span).
``nested=False``: PolNeAR leaves attributions inside a quotation unmarked (18 of the
9,832 dev cues lie inside quotation marks), so the finder leaves them out here, where a
build keeps them (``--nested`` scores them too).

Scores, summed over documents (micro):

* ``source exact``: distinct source spans, equal offsets after trimming
  whitespace (a discontinuous gold span is taken from its first to its last
  character);
* ``source overlap``: a span counts when it shares a token with a span of the
  other side;
* ``source tokens``: token-level P/R/F1 over the tokens the spans cover
  (tokens: ``\\w+`` runs and single punctuation marks);
* ``cue exact`` and ``cue overlap``: the same for cue spans;
* ``named sources`` (with ``--named``): the gold attributions whose source is a named
  person or organisation (the head of the gold source span is a spaCy PERSON or ORG
  entity) against the quotes a build makes (``graph.extract.Extractor``): a gold one is
  found when a quote's source and cue overlap its own and the quote's source reaches an
  actor (``source_id``); a quote with an actor as source is correct when it overlaps
  some gold attribution that way.

Usage::

    python scripts/eval_attribution.py --split dev --limit 100
    python scripts/eval_attribution.py --split heldout --json
    python scripts/eval_attribution.py --split dev --named
    python scripts/eval_attribution.py --split dev --cache /tmp/attrib-cache

``--cache DIR`` keeps the parses of a split as a spaCy DocBin in DIR, keyed by the
model fingerprint and the SHA-256 of the texts, so later runs skip the parser
(default off: every run parses).
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

from graph.evaluate import Score  # noqa: E402
from graph.fsutil import shared_dir  # noqa: E402

__all__ = [
    "DEFAULT_DATA",
    "SPLITS",
    "GoldAttribution",
    "PolnearDoc",
    "split_of",
    "iter_documents",
    "token_spans",
    "score_spans",
    "score_tokens",
    "score_document",
    "score_named",
    "evaluate_finder",
    "generate_table",
    "cached_parse",
    "main",
]

DEFAULT_DATA = shared_dir(ROOT) / "corpus" / "polnear-train"
SPLITS = ("dev", "heldout")
MEASURES = ("source exact", "source overlap", "source tokens", "cue exact", "cue overlap")
NAMED_TYPES = frozenset({"PERSON", "ORG"})  # a source whose head is such an entity is named
_TOKEN = re.compile(r"\w+|[^\w\s]")

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldAttribution:
    source: Span | None  # None: the annotators marked no source
    cue: Span | None


@dataclass(frozen=True)
class PolnearDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def split_of(doc_id: str) -> str:
    """``dev`` or ``heldout``, fixed by a hash of the document id."""
    return SPLITS[hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2]


def _extent(parts: list[dict]) -> Span | None:
    spans = [tuple(s) for p in parts for s in p.get("spans", [])]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def iter_documents(data: Path = DEFAULT_DATA, split: str | None = None, limit: int | None = None) -> Iterator[PolnearDoc]:
    """Documents of ``split`` (all when None) in id order, with their primary gold attributions."""
    gold: dict[str, list[GoldAttribution]] = {}
    with (data / "polnear_train_attributions.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("primary"):
                gold.setdefault(row["article"], []).append(
                    GoldAttribution(_extent(row.get("source", [])), _extent(row.get("cue", []))))
    n = 0
    for path in sorted((data / "train" / "text").glob("*.txt")):
        if split and split_of(path.stem) != split:
            continue
        if limit is not None and n >= limit:
            return
        n += 1
        yield PolnearDoc(path.stem, path.read_text(encoding="utf-8"), tuple(gold.get(path.stem, ())))


# ---------------------------------------------------------------- scoring

def token_spans(text: str) -> list[Span]:
    """Character spans of the tokens used for overlap scoring."""
    return [m.span() for m in _TOKEN.finditer(text)]


def _trim(text: str, span: Span) -> Span | None:
    s, e = span
    s, e = max(0, s), min(len(text), e)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def _covered(tokens: list[Span], span: Span) -> frozenset[int]:
    s, e = span
    return frozenset(i for i, (ts, te) in enumerate(tokens) if ts < e and te > s)


def score_spans(text: str, gold: Iterable[Span], system: Iterable[Span], mode: str = "exact",
                tokens: list[Span] | None = None) -> Score:
    """P/R counts of distinct spans; ``mode`` is ``exact`` (same offsets) or ``overlap`` (a shared token)."""
    g = {t for t in (_trim(text, s) for s in gold) if t}
    s = {t for t in (_trim(text, x) for x in system) if t}
    if mode == "exact":
        both = g & s
        return Score(len(g), len(s), len(both), len(both))
    if mode != "overlap":
        raise ValueError(f"unknown mode {mode!r}; use exact or overlap")
    tokens = token_spans(text) if tokens is None else tokens
    gt = {x: _covered(tokens, x) for x in g}
    st = {x: _covered(tokens, x) for x in s}
    found = sum(1 for x in g if any(gt[x] & st[y] for y in s))
    correct = sum(1 for y in s if any(gt[x] & st[y] for x in g))
    return Score(len(g), len(s), found, correct)


def score_tokens(text: str, gold: Iterable[Span], system: Iterable[Span], tokens: list[Span] | None = None) -> Score:
    """Token-level counts: tokens covered by gold spans, by system spans, and by both."""
    tokens = token_spans(text) if tokens is None else tokens
    g = frozenset().union(*(_covered(tokens, x) for x in gold))
    s = frozenset().union(*(_covered(tokens, x) for x in system))
    both = len(g & s)
    return Score(len(g), len(s), both, both)


def _system_spans(found, start: str, end: str) -> list[Span]:
    out = []
    for a in found:
        s, e = getattr(a, start), getattr(a, end)
        if s is not None and e is not None and e > s:
            out.append((s, e))
    return out


def score_document(doc: PolnearDoc, found: Iterable) -> dict[str, Score]:
    """Every measure for one document, given the finder's attributions for it."""
    found = list(found)
    tokens = token_spans(doc.text)
    gold_src = [a.source for a in doc.attributions if a.source]
    gold_cue = [a.cue for a in doc.attributions if a.cue]
    sys_src = _system_spans(found, "source_start", "source_end")
    sys_cue = _system_spans(found, "cue_start", "cue_end")
    return {
        "source exact": score_spans(doc.text, gold_src, sys_src, "exact"),
        "source overlap": score_spans(doc.text, gold_src, sys_src, "overlap", tokens),
        "source tokens": score_tokens(doc.text, gold_src, sys_src, tokens),
        "cue exact": score_spans(doc.text, gold_cue, sys_cue, "exact"),
        "cue overlap": score_spans(doc.text, gold_cue, sys_cue, "overlap", tokens),
    }


def score_named(doc: PolnearDoc, quotes: Iterable, is_named: Callable[[Span], bool]) -> Score:
    """``named sources`` for one document: ``quotes`` carry ``source_id`` (None: no actor) and
    character spans; ``is_named(span)`` says whether a gold source span names a person or
    organisation."""
    tokens = token_spans(doc.text)
    quotes = [q for q in quotes if q.source_id and q.source_start >= 0]

    def hit(g: GoldAttribution, q) -> bool:
        return bool(_covered(tokens, g.source) & _covered(tokens, (q.source_start, q.source_end))
                    and _covered(tokens, g.cue) & _covered(tokens, (q.cue_start, q.cue_end)))

    sourced = [g for g in doc.attributions if g.source and g.cue]
    named = [g for g in sourced if is_named(g.source)]
    return Score(len(named), len(quotes), sum(1 for g in named if any(hit(g, q) for q in quotes)),
                 sum(1 for q in quotes if any(hit(g, q) for g in sourced)))


def evaluate_finder(docs: Iterable[PolnearDoc], finder: Callable, parse: Callable[[list[str]], Iterable],
                    quoter: Callable | None = None) -> dict[str, Score]:
    """Run ``finder`` over ``parse``d documents and sum the scores.

    ``parse`` maps a list of texts to parsed objects in the same order (``nlp.pipe``);
    ``finder`` maps one parsed object to its attributions; ``quoter``, when given, maps a
    document and its parse to ``(quotes, is_named)`` for :func:`score_named`.
    """
    docs = list(docs)
    total = {m: Score() for m in MEASURES + (("named sources",) if quoter else ())}
    for doc, parsed in zip(docs, parse([d.text for d in docs])):
        scores = score_document(doc, finder(parsed))
        if quoter is not None:
            scores["named sources"] = score_named(doc, *quoter(doc, parsed))
        for m, s in scores.items():
            total[m] = total[m] + s
    return total


def generate_table(scores: dict[str, Score], title: str = "") -> str:
    header = ("measure", "gold", "system", "P%", "R%", "F1%")
    rows = [(m, str(s.gold), str(s.system), f"{100 * s.precision:.1f}", f"{100 * s.recall:.1f}", f"{100 * s.f1:.1f}")
            for m, s in scores.items()]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = [title] if title else []
    for r in (header, tuple("-" * w for w in widths), *rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(lines) + "\n"


def _to_json(scores: dict[str, Score], meta: dict) -> str:
    return json.dumps({**meta, "scores": {m: {"gold": s.gold, "system": s.system, "found": s.found,
                                                "correct": s.correct, "precision": round(s.precision, 4),
                                                "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                                            for m, s in scores.items()}}, indent=1) + "\n"


def _quoter() -> Callable:
    """``quoter`` for :func:`evaluate_finder`: the quotes ``Extractor.extract`` makes of a parse,
    and a gold source counted as named when the head of its span is a PERSON or ORG entity."""
    from graph.extract import Extractor
    from graph.model import Article

    extractor = Extractor()

    def quoter(doc: PolnearDoc, parsed):
        def is_named(span: Span) -> bool:
            words = parsed.char_span(*(_trim(doc.text, span) or span), alignment_mode="expand")
            return words is not None and words.root.ent_type_ in NAMED_TYPES

        return extractor.extract(Article(doc.id, doc.id, doc.text), parsed).quotes, is_named

    return quoter


def cached_parse(nlp, cache: Path | None, split: str) -> Callable[[list[str]], Iterable]:
    """``parse`` for :func:`evaluate_finder`; with ``cache``, parses are read from (or written to)
    ``cache/<split>-<key>.spacy``, the key hashing the model fingerprint and every text."""
    def parse(texts: list[str]) -> Iterable:
        if cache is None:
            return nlp.pipe(texts, batch_size=8)
        from spacy.tokens import DocBin

        from graph.parse.nlp import model_fingerprint

        key = hashlib.sha256(model_fingerprint(nlp).encode("utf-8"))
        for t in texts:
            key.update(hashlib.sha256(t.encode("utf-8")).digest())
        path = Path(cache) / f"{split}-{key.hexdigest()[:16]}.spacy"
        if path.exists():
            return list(DocBin().from_disk(path).get_docs(nlp.vocab))
        docs = list(nlp.pipe(texts, batch_size=8))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(path)
        return docs

    return parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="dev", help="dev (for tuning) or heldout (report only)")
    ap.add_argument("--limit", type=int, default=None, help="score at most N documents of the split")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR train folder")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--named", action="store_true", help="also score named sources through the quotes of a build")
    ap.add_argument("--cache", type=Path, default=None, help="keep parses as spaCy DocBins in this folder")
    ap.add_argument("--nested", action="store_true",
                    help="also score attributions inside quotations, as a build keeps them (PolNeAR marks few)")
    args = ap.parse_args(argv)

    from graph.extract.attribution import find_attributions
    from graph.parse.nlp import load_pipeline

    nlp = load_pipeline()
    docs = list(iter_documents(args.data, args.split, args.limit))
    t0 = time.perf_counter()
    finder = functools.partial(find_attributions, nested=args.nested)
    scores = evaluate_finder(docs, finder, cached_parse(nlp, args.cache, args.split),
                             _quoter() if args.named else None)
    meta = {"split": args.split, "documents": len(docs), "nested": args.nested,
            "gold_attributions": sum(len(d.attributions) for d in docs),
            "seconds": round(time.perf_counter() - t0, 1)}
    if args.json:
        sys.stdout.write(_to_json(scores, meta))
    else:
        sys.stdout.write(generate_table(
            scores, f"PolNeAR {args.split}: {meta['documents']} documents, "
                    f"{meta['gold_attributions']} gold attributions, {meta['seconds']} s"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
