"""Build benchmark on the BBC corpus (read in place from ../shared, never copied).

Measures, in one run, on the same texts:
  1. bare ``nlp.pipe`` with the same pipeline and batch size (the baseline),
  2. ``build --workers 1`` (reading, parsing, extraction, every output, store),
  3. ``build --workers 2``,
  4. a second, unchanged ``build --workers 1`` run against the first (cache),
  5. a third run after a rule change (a new extractor version): every article is extracted
     again from its cached parse, none parsed,
  6. peak RSS of a ``build --workers 1`` process after 500 articles and after all.
and prints the ratios against the targets of the scale issue.

Steps 1 and 2 are timed in several interleaved rounds (pipe then build, build then pipe, ...), each
build into a new folder, and the build/pipe ratio is the median of the rounds' ratios: a single pair
of runs is at the mercy of whatever else the machine did meanwhile (one earlier run's bare pipe took
35% longer than every run before it). Each round's wall and CPU seconds are printed too; CPU seconds
(this process, every thread, and a one-worker build's parsing process) move less with other load than
wall seconds do.

    python scripts/bench_build.py                   # the whole corpus (~40 minutes on 2 cores)
    python scripts/bench_build.py --limit 200       # a quick look
    python scripts/bench_build.py --ratio-only      # only the interleaved rounds (the 1.25x target)
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.fsutil import shared_dir  # noqa: E402
from graph.model import Article  # noqa: E402
from graph.parse.nlp import load_pipeline  # noqa: E402
from graph.run.pipeline import BuildOptions, build  # noqa: E402
from graph.read.reader import iter_articles  # noqa: E402

DEFAULT_CORPUS = shared_dir(ROOT) / "corpus" / "bbc"

# The child's own peak: VmHWM of its address space.  Not ru_maxrss, which Linux carries over
# exec from the parent's address space at fork time (this large benchmark process).
RSS_CHILD = """
import resource, sys
from graph.run.pipeline import BuildOptions, build
build(sys.argv[3:], sys.argv[2], BuildOptions(workers=int(sys.argv[1]), cache=False))
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name[0].isdigit())
    return files[:limit] if limit else files


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def children_cpu() -> float:
    """CPU seconds of this process's ended child processes (a one-worker build's parsing process)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_cpu(fn):
    """Wall and CPU seconds (this process, all its threads, and the child processes it started and
    waited for) of ``fn()``, and its result."""
    t, c, k = time.perf_counter(), time.process_time(), children_cpu()
    result = fn()
    return time.perf_counter() - t, time.process_time() - c + children_cpu() - k, result


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def peak_rss_mb(files: list[Path], out: Path, workers: int = 1) -> tuple[float, float]:
    """Peak RSS (MB) of a separate process building these files, and the largest of its worker processes'."""
    listing = out.parent / f"{out.name}.files"
    listing.mkdir(parents=True, exist_ok=True)
    for i, f in enumerate(files):  # symlinks, so the corpus is read in place
        (listing / f"{i:05d}-{f.parent.name}-{f.name}").symlink_to(f)
    r = subprocess.run([sys.executable, "-c", RSS_CHILD, str(workers), str(out), str(listing)], cwd=ROOT,
                       capture_output=True, text=True, check=True)
    main_kb, child_kb = map(int, r.stdout.strip().splitlines()[-1].split())
    return main_kb / 1024, child_kb / 1024


def more_figures(files: list[Path], tmp: Path, opts: BuildOptions, t_w1: float) -> dict:
    """Re-run, rule change, two workers and peak RSS, each once, against the first round's build."""
    first = tmp / "w1-0"
    t_again, s_again = timed(lambda: build(files, first, opts))
    import graph.extract

    version = graph.extract.EXTRACTOR_VERSION
    graph.extract.EXTRACTOR_VERSION = version + "+bench"  # as if a rule had changed
    try:
        t_rules, s_rules = timed(lambda: build(files, first, opts))
    finally:
        graph.extract.EXTRACTOR_VERSION = version
    t_w2, _ = timed(lambda: build(files, tmp / "w2", BuildOptions(workers=2, cache=False)))
    n500 = min(500, len(files))
    rss_500, _ = peak_rss_mb(files[:n500], tmp / "rss500")
    rss_all, _ = peak_rss_mb(files, tmp / "rssall")
    rss_w2_main, rss_w2_worker = peak_rss_mb(files, tmp / "rssw2", workers=2)
    return {
        "build_w2_s": round(t_w2, 1), "speedup_w2": round(t_w1 / t_w2, 3),
        "rerun_unchanged_s": round(t_again, 2), "rerun_cached_articles": s_again.articles_cached,
        "ratio_rerun_over_first": round(t_again / t_w1, 3),
        "rule_change_s": round(t_rules, 1), "rule_change_reextracted": s_rules.articles_reextracted,
        "rule_change_parsed": s_rules.articles_built, "ratio_rule_change_over_first": round(t_rules / t_w1, 3),
        "peak_rss_500_mb": round(rss_500), "peak_rss_all_mb": round(rss_all),
        "ratio_rss_all_over_500": round(rss_all / rss_500, 3),
        "peak_rss_w2_main_mb": round(rss_w2_main), "peak_rss_w2_largest_worker_mb": round(rss_w2_worker),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds of pipe and build (default 3)")
    ap.add_argument("--ratio-only", action="store_true",
                    help="only the interleaved rounds: no re-run, rule change, 2 workers or RSS")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus} (expected ../shared/corpus/bbc beside the repo)")

    files = corpus_files(args.corpus, args.limit)
    tmp = Path(tempfile.mkdtemp(prefix="actorgraph-bench-"))
    try:
        # The same texts the build parses: read and cleaned once, duplicates dropped.
        texts = [a.text for a in iter_articles(files) if isinstance(a, Article)]
        words = sum(len(t.split()) for t in texts)
        nlp = load_pipeline()
        for _ in nlp.pipe(texts[:20], batch_size=8):  # warm up
            pass
        opts = BuildOptions(workers=1, cache=True)
        rounds = []  # (pipe wall, pipe cpu, build wall, build cpu)
        s1 = None
        for r in range(max(1, args.rounds)):
            def pipe():
                return timed_cpu(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=8)))[:2]

            def first_build(r=r):
                wall, cpu, summary = timed_cpu(lambda: build(files, tmp / f"w1-{r}", opts))
                return wall, cpu, summary

            if r % 2 == 0:
                p_wall, p_cpu = pipe()
                b_wall, b_cpu, summary = first_build()
            else:
                b_wall, b_cpu, summary = first_build()
                p_wall, p_cpu = pipe()
            s1 = s1 or summary
            rounds.append((p_wall, p_cpu, b_wall, b_cpu))
            print(f"round {r + 1}: pipe {p_wall:.1f} s ({p_cpu:.1f} s CPU), build {b_wall:.1f} s "
                  f"({b_cpu:.1f} s CPU), ratio {b_wall / p_wall:.3f} (CPU {b_cpu / p_cpu:.3f})",
                  file=sys.stderr, flush=True)
        t_pipe = median([r[0] for r in rounds])
        t_w1 = median([r[2] for r in rounds])
        ratio = median([r[2] / r[0] for r in rounds])
        ratio_cpu = median([r[3] / r[1] for r in rounds])
        extra = {}
        if not args.ratio_only:
            extra = more_figures(files, tmp, opts, t_w1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    figures = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
                   f"{__import__('os').cpu_count()} cores",
        "files": len(files), "articles": len(texts), "words": words,
        "triples": s1.triples, "actors": s1.actors,
        "rounds": len(rounds),
        "nlp_pipe_s": round(t_pipe, 1), "build_w1_s": round(t_w1, 1),
        "round_ratios": " ".join(f"{r[2] / r[0]:.3f}" for r in rounds),
        "ratio_build_over_pipe": round(ratio, 3), "ratio_build_over_pipe_cpu": round(ratio_cpu, 3),
        **extra,
    }
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    targets = {  # the median of the rounds' ratios is the figure for the 1.25x target
        "ratio_build_over_pipe": "<= 1.25", "speedup_w2": ">= 1.7", "ratio_rerun_over_first": "<= 0.05",
        "peak_rss_all_mb": "<= 1024", "ratio_rss_all_over_500": "<= 1.2",
    }
    print(f"| figure | value | target |\n|---|---|---|")
    for k, v in figures.items():
        print(f"| {k} | {v} | {targets.get(k, '')} |")


if __name__ == "__main__":
    main()
