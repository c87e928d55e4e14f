"""Where a one-worker build's CPU goes beyond the bare ``nlp.pipe`` of the same texts, in one process.

Reads the first N BBC articles (``--limit``, the same order as ``bench_build.py``) or the articles of a folder
(``--dir``), times a bare ``nlp.pipe`` (batch size 8) and a ``build --workers 1`` (cache on, store on) in
interleaved rounds, and splits the build's CPU seconds into parts by wrapping the build's own functions
(nothing of the build is changed but where it extracts; the wrappers add well under 1%). The build
extracts in its parsing thread between parse batches (as on a machine without a free core), never beside
the parse in a forked process or on a thread, so every part's CPU is this process's and this thread's:

* ``parse (main thread)``: the main thread's CPU while articles are parsed and extracted, less reading,
  extraction and the cache writes; compare it with the bare pipe's CPU (the difference is piecing,
  headline Docs and joining),
* ``read``, ``cache writes`` (SQLite), ``serialise`` (the parse cache's bytes), ``extract`` split by stage
  (``time.thread_time``),
* ``assemble`` (merging and the hub), each output file, the RDF files together, the store.

    python scripts/bench_breakdown.py --limit 300
    python scripts/bench_breakdown.py --dir /tmp/some-sample --rounds 1

CPU seconds move much less with other load than wall seconds, but a loaded machine still inflates both;
compare parts within one run.
"""
from __future__ import annotations

import argparse
import functools
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import graph.extract as X  # noqa: E402
import graph.extract.reading as XR  # noqa: E402
import graph.run.cache as C  # noqa: E402
import graph.run.engines as E  # noqa: E402
import graph.run.pipeline as P  # noqa: E402
import graph.write.outputs as O  # noqa: E402
from graph.fsutil import shared_dir  # noqa: E402
from graph.model import Article  # noqa: E402
from graph.parse.nlp import load_pipeline  # noqa: E402
from graph.read.reader import iter_articles  # noqa: E402

DEFAULT_CORPUS = shared_dir(ROOT) / "corpus" / "bbc"
SPENT: Counter = Counter()  # part -> CPU seconds of the current build


def _timed(owner, name: str, part: str, clock=time.thread_time) -> None:
    """Replace ``owner.name`` by a wrapper adding its ``clock`` seconds to ``SPENT[part]``."""
    fn = getattr(owner, name)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[part] += clock() - t

    setattr(owner, name, wrapper)


def _timed_generator(owner, name: str, part: str) -> None:
    """Like :func:`_timed` for a generator method: only the time spent making each item counts."""
    fn = getattr(owner, name)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        it = fn(*args, **kwargs)
        while True:
            t = time.thread_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                SPENT[part] += time.thread_time() - t
            yield item

    setattr(owner, name, wrapper)


def instrument() -> None:
    # the extraction thread: its whole job, then its stages
    _timed(E, "_extract_one", "x.extract (all)")
    _timed(E, "_serialised", "x.serialise (parse cache bytes)")
    _timed(XR, "working_doc", "x.extract: view of the Doc")
    _timed(XR, "resolve_actors", "x.extract: actors")
    _timed(XR, "find_attributions", "x.extract: attributions")
    _timed(X, "read_relations", "x.extract: relations")
    _timed(X, "read_statements", "x.extract: statements")
    _timed(X, "read_quotes", "x.extract: quotes")
    # the main thread beside parsing
    _timed_generator(P._Run, "to_parse", "m.read")
    _timed(C.ExtractionCache, "put", "m.cache writes (SQLite)")
    _timed(P, "_for_merge", "m.for_merge")
    # phases (process CPU: every thread)
    _timed(P._Run, "extract_all", "phase: parse and extract", time.process_time)
    _timed(P._Run, "assemble_and_write", "phase: assemble and write", time.process_time)
    _timed(P, "make_graph", "w.assemble (hub)", time.process_time)
    _timed(X.Extractor, "merge_hub", "w.assemble (merge)", time.process_time)
    _timed(P, "_write_hub_json", "w.graph.json", time.process_time)
    import graph.sparql.store as S
    import graph.write.rdf as R

    _timed(S, "sync_store", "w.store", time.process_time)
    _timed(R, "write_rdf", "w.RDF files (ttl, trig, jsonld, nt)", time.process_time)
    write = O.OutputFormat.write

    def timed_write(self, G, path, **options):
        t = time.process_time()
        try:
            return write(self, G, path, **options)
        finally:
            SPENT[f"w.{Path(str(path)).name}"] += time.process_time() - t

    O.OutputFormat.write = timed_write


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--dir", type=Path, default=None, help="the .txt articles of this folder instead")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if args.dir:
        files = sorted(args.dir.glob("*.txt"))
    else:
        files = sorted(p for p in args.corpus.rglob("*.txt") if p.name[0].isdigit())[:args.limit]
    if not files:
        sys.exit(f"no articles found under {args.dir or args.corpus} (give --corpus or --dir)")
    texts = [a.text for a in iter_articles(files) if isinstance(a, Article)]
    nlp = load_pipeline()
    for _ in nlp.pipe(texts[:20], batch_size=8):  # warm up
        pass
    instrument()
    E._core_free = lambda: False  # the build in one process, extracting in the parsing thread: every part counted
    tmp = Path(tempfile.mkdtemp(prefix="actorgraph-breakdown-"))
    pipes, builds = [], []
    try:
        for r in range(max(1, args.rounds)):
            for step in ("pipe", "build") if r % 2 == 0 else ("build", "pipe"):
                t, c = time.perf_counter(), time.process_time()
                if step == "pipe":
                    sum(len(d) for d in nlp.pipe(texts, batch_size=8))
                    pipes.append((time.perf_counter() - t, time.process_time() - c))
                else:
                    SPENT.clear()
                    P.build(files, tmp / f"b{r}", P.BuildOptions(workers=1, cache=True))
                    builds.append((time.perf_counter() - t, time.process_time() - c, dict(SPENT)))
                print(f"round {r + 1} {step}: wall {time.perf_counter() - t:.1f} s, CPU {time.process_time() - c:.1f} s",
                      file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    pipe_cpu = sum(c for _, c in pipes) / len(pipes)
    build_cpu = sum(c for _, c, _ in builds) / len(builds)
    parts: Counter = Counter()
    for *_, spent in builds:
        parts.update({k: v / len(builds) for k, v in spent.items()})
    extract_thread = parts["x.extract (all)"] + parts["x.serialise (parse cache bytes)"]
    main_parse = (parts["phase: parse and extract"] - extract_thread - parts["m.read"]
                  - parts["m.cache writes (SQLite)"] - parts["m.for_merge"])
    print(f"{len(texts)} articles; CPU seconds, mean of {len(pipes)} pipes and {len(builds)} builds\n")
    print("| part | CPU s | over the pipe |\n|---|---|---|")
    print(f"| bare nlp.pipe | {pipe_cpu:.1f} | |")
    print(f"| build --workers 1 | {build_cpu:.1f} | {build_cpu - pipe_cpu:+.1f} ({build_cpu / pipe_cpu:.3f}x) |")
    print(f"| parse (main thread, less the rows below) | {main_parse:.1f} | {main_parse - pipe_cpu:+.1f} |")
    for k in sorted(parts):
        if not k.startswith("phase"):
            print(f"| {k} | {parts[k]:.2f} | |")
    rest = build_cpu - parts["phase: parse and extract"] - parts["phase: assemble and write"]
    print(f"| phase: parse and extract | {parts['phase: parse and extract']:.1f} | |")
    print(f"| phase: assemble and write | {parts['phase: assemble and write']:.1f} | |")
    print(f"| rest (ontology, checks, cache prune) | {rest:.2f} | |")


if __name__ == "__main__":
    main()
