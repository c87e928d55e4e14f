"""Draw a precision read: N random triples of a build, each with its sentence, as a sheet to judge by eye.

    python scripts/precision_read.py OUTDIR [--n 50] [--seed 14] [--out SHEET.md]
    python scripts/precision_read.py --score SHEET.md

The first form writes a Markdown sheet (standard output, or ``--out``): one numbered entry per triple with
its edge, rule, article and sentence, and a ``verdict:`` line to fill in with ``right`` or ``wrong`` (and a
reason after a dash: ``wrong - the object is the venue``).  The second form counts the verdicts and lists the
wrong ones with their reasons, the figure issue 14 asks for ("50 random triples of a build of 200 BBC articles
outside your gold; >= 85% right").  The draw is reproducible: the same build, ``--n`` and ``--seed`` give the
same triples.  Reads ``OUTDIR/triples.csv`` only.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

__all__ = ["draw", "sheet", "score", "main"]

_ENTRY = re.compile(r"^## (\d+)\. (.+)$")
_VERDICT = re.compile(r"^verdict:\s*(right|wrong)?\s*(?:[-–—]\s*(.*))?$", re.I)


def draw(rows: list[dict], n: int, seed: int) -> list[dict]:
    """``n`` rows drawn without replacement (all of them when there are fewer), in drawing order."""
    return random.Random(seed).sample(rows, min(n, len(rows)))


def sheet(rows: list[dict], source: str = "") -> str:
    """The Markdown sheet of the drawn rows, with an empty verdict line under each."""
    out = [f"# Precision read{f' of {source}' if source else ''}: {len(rows)} triples", "",
           "Judge each triple on its sentence: write `right` or `wrong - reason` on its verdict line; then run with `--score`.", ""]
    for i, r in enumerate(rows, 1):
        attributed = f" (attributed to {r['attributed_to']})" if r.get("attributed_to") else ""
        polarity = " [negative]" if r.get("polarity") == "negative" else ""
        if r.get("modality") not in (None, "", "asserted"):  # "would support": a hypothetical is judged as one
            polarity += f" [{r['modality']}]"
        out += [f"## {i}. {r['subject']} -{r['relation']}-> {r['object']}{polarity}{attributed}", "",
                f"rule `{r.get('rule', '')}`, predicate \"{r.get('predicate', '')}\", article "
                f"{r.get('article_path') or r.get('article', '')}", "", f"> {r['sentence']}", "", "verdict:", ""]
    return "\n".join(out)


def score(text: str) -> dict:
    """Counts of right, wrong and unjudged entries, and the wrong ones as (entry, reason)."""
    counts: Counter = Counter()
    wrong: list[tuple[str, str]] = []
    entry = ""
    for line in text.splitlines():
        if m := _ENTRY.match(line):
            entry = f"{m.group(1)}. {m.group(2)}"
        elif (m := _VERDICT.match(line.strip())) and entry:
            verdict = (m.group(1) or "").lower() or "unjudged"
            counts[verdict] += 1
            if verdict == "wrong":
                wrong.append((entry, (m.group(2) or "").strip()))
            entry = ""
    judged = counts["right"] + counts["wrong"]
    return {"right": counts["right"], "wrong": counts["wrong"], "unjudged": counts["unjudged"],
            "precision": counts["right"] / judged if judged else 0.0, "wrong_entries": wrong}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path, nargs="?", help="a build's output folder (triples.csv)")
    ap.add_argument("--n", type=int, default=50, help="how many triples (default 50)")
    ap.add_argument("--seed", type=int, default=14, help="the draw's random seed (default 14)")
    ap.add_argument("--out", type=Path, help="write the sheet here instead of standard output")
    ap.add_argument("--score", type=Path, metavar="SHEET", help="count the verdicts of a filled-in sheet")
    args = ap.parse_args(argv)
    if args.score is not None:
        if not args.score.is_file():
            print(f"{args.score}: not found; draw a sheet first", file=sys.stderr)
            return 1
        result = score(args.score.read_text(encoding="utf-8"))
        print(f"{result['right']} right, {result['wrong']} wrong, {result['unjudged']} unjudged: "
              f"{100 * result['precision']:.1f}% right")
        for entry, reason in result["wrong_entries"]:
            print(f"  wrong  {entry}{f' ({reason})' if reason else ''}")
        return 0
    if args.outdir is None or not (args.outdir / "triples.csv").is_file():
        print(f"{args.outdir}/triples.csv: not found; run `actorgraph build ... --out {args.outdir}` first",
              file=sys.stderr)
        return 1
    with (args.outdir / "triples.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    text = sheet(draw(rows, args.n, args.seed), str(args.outdir))
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
