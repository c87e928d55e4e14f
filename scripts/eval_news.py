#!/usr/bin/env python
"""Score the extractor on the general-news gold (BBC politics articles read in place).

Builds exactly the articles a gold file names, from ``../shared/corpus/bbc`` beside the
checkout (``--corpus`` to change; never copied into the repository), into a scratch
OUTDIR without the SPARQL store, then scores the build with ``graph.evaluate``:
relations, unlabelled, polarity and attributions (P/R/F1), alias clusters and keep-apart
pairs.  The gold files and the guideline are in ``tests/gold/README.md``.

Tune on ``tests/gold/bbc-dev.yaml`` only; ``tests/gold/bbc-heldout.yaml`` is for the
figure you report.

The BBC articles carry no dates; they are from 2004-2005.  ``--period 2004..2005`` says so
(as ``actorgraph build --period``): "the prime minister" then names the office's holder
throughout those years.  The default is no period, the articles as they are.

Usage::

    python scripts/eval_news.py tests/gold/bbc-dev.yaml [--out DIR] [--period 2004..2005] [--details] [--json]

OUTDIR defaults to ``<tmp>/actorgraph-eval-news-<gold name>``; it keeps the build cache,
so a re-run after a rule change re-extracts without re-parsing.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

from graph.errors import ActorgraphError  # noqa: E402
from graph.fsutil import shared_dir  # noqa: E402
from graph.evaluate import Gold, evaluate, generate_report_json, generate_report_text, read_gold  # noqa: E402

__all__ = ["DEFAULT_CORPUS", "article_paths", "default_outdir", "run", "main"]

DEFAULT_CORPUS = shared_dir(ROOT) / "corpus" / "bbc"


def article_paths(gold: Gold, corpus: Path) -> list[Path]:
    """The corpus file of each gold article: ``corpus/<source>`` (``politics/NNN.txt``).

    Raises :class:`FileNotFoundError` naming the corpus or the first missing articles.
    """
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus not found: {corpus} (expected ../shared/corpus/bbc beside the "
                                "checkout; pass --corpus DIR)")
    paths = [corpus / (art.source or art.file) for art in gold.articles]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"{len(missing)} gold article(s) not in {corpus}: {', '.join(missing[:5])}; "
                                f"check `source` in {gold.path} or pass --corpus DIR")
    return paths


def default_outdir(gold_path: Path) -> Path:
    return Path(tempfile.gettempdir()) / f"actorgraph-eval-news-{gold_path.stem}"


def run(gold_path: Path, outdir: Path, corpus: Path = DEFAULT_CORPUS, workers: int = 1, period: str | None = None):
    """Build the gold's articles into ``outdir`` (no store), undated ones taken to be from ``period``
    when given, and return the evaluation report."""
    from graph.run.pipeline import BuildOptions, build

    gold = read_gold(gold_path)
    build(article_paths(gold, corpus), outdir, BuildOptions(workers=workers, use_store=False, period=period))
    return evaluate(outdir, gold_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="gold file, e.g. tests/gold/bbc-dev.yaml")
    ap.add_argument("--out", type=Path, default=None, help="scratch build directory (default: under the temp dir)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the BBC corpus folder (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=1, help="build worker processes (default: 1)")
    ap.add_argument("--period", default=None, help="undated articles are from these days: YYYY, YYYY-MM-DD or "
                    "START..END (the BBC corpus is 2004..2005; default: no period)")
    ap.add_argument("--details", action="store_true", help="list missed and spurious relations per article")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    outdir = args.out or default_outdir(args.gold)
    try:
        report = run(args.gold, outdir, args.corpus, args.workers, args.period)
    except (ActorgraphError, FileNotFoundError) as err:
        print(f"eval_news: {err}", file=sys.stderr)
        return 1
    sys.stdout.write(generate_report_json(report) if args.json else generate_report_text(report, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
