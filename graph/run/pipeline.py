"""The build: paths -> articles -> Docs -> extractions -> hub -> every output file.

``build()`` streams: articles are read, parsed and extracted one batch at a
time; only the small per-article extractions are kept until the graph is
assembled.  Unchanged articles come from the cache and are never re-parsed.
Every output is written atomically, so a killed build leaves the previous
outputs complete.  The library never prints: progress goes to a callback.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..assemble.assemble import make_graph
from .cache import ExtractionCache
from .engines import Failed, Reparse, WorkerSpec, make_engine
from ..errors import InputError, NothingBuiltError, OptionError, OutputError, OutputLockedError
from ..model import Article, Skipped, Warned
from ..parse.nlp import DEFAULT_MODEL, installed_fingerprint, parse_fingerprint
from ..write.outputs import OUTPUT_FILES, write_formats
from ..vocab import ONTOLOGY_DIR

__all__ = ["BuildOptions", "BuildSummary", "build", "OUTPUT_FILES", "write_outputs", "is_duplicate",
           "LOCK_FILE", "WORKERS_PER_CORE", "default_workers", "max_workers", "check_options"]

log = logging.getLogger(__name__)

Progress = Callable[[str, dict], None]

#: At most this many worker processes per core: each holds its own pipeline (~250 MB), and
#: more than a few per core only adds memory.
WORKERS_PER_CORE = 4
#: Hidden file in OUTDIR that a running build holds locked (``fcntl.flock``): a second build into
#: the same OUTDIR stops at once with a clear message.  The kernel drops the lock when the build's
#: process ends, however it ends, so a killed build never leaves OUTDIR locked.
LOCK_FILE = ".actorgraph.lock"


@dataclass(frozen=True)
class BuildOptions:
    model: str = DEFAULT_MODEL
    workers: int = 1
    batch_size: int = 8
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # dask scheduler address; None starts a local cluster
    store: str | None = None  # SPARQL store URL; None means OUTDIR/store
    use_store: bool = True
    cache: bool = True
    keep_parses: bool = True  # cache each article's parse, so a rule or lexicon change never re-parses
    strict: bool = False
    max_bytes: int | None = None  # None: the reader's default
    ontology_dir: Path = ONTOLOGY_DIR


@dataclass(frozen=True)
class BuildSummary:
    outdir: Path
    files_seen: int
    articles_built: int  # parsed and extracted in this run
    articles_cached: int  # taken from the cache unchanged
    skipped: tuple[Skipped, ...]
    actors: int
    triples: int
    outputs: tuple[Path, ...] = field(default=())  # empty when every output was already up to date
    seconds: float = 0.0
    store: str | None = None
    store_sync: object = None  # the store's SyncReport (None when the store was up to date or not used)
    articles_reextracted: int = 0  # extracted again from a cached parse (new rules or lexicon), not parsed
    warnings: tuple[Warned, ...] = ()  # articles built with a metadata field left out, and why

    @property
    def articles(self) -> int:
        return self.articles_built + self.articles_cached + self.articles_reextracted

    @property
    def errors(self) -> tuple[Skipped, ...]:
        """Skipped files that were bad input (duplicates are not errors)."""
        return tuple(s for s in self.skipped if not is_duplicate(s))


def is_duplicate(s: Skipped) -> bool:
    return s.reason.startswith("duplicate of")


def _noop(event: str, info: dict) -> None:
    pass


def write_outputs(G, outdir: Path, *, store: str | None = None, use_store: bool = True,
                  on_store: Callable | None = None) -> list[Path]:
    """Write every output of a built hub into ``outdir`` (each file atomically).

    When ``outdir`` already holds every output of the very same hub, written by the same code and
    untouched since (``OUTPUTS_STAMP``), nothing is rewritten and the list is empty; a remote
    ``store`` is still synced.
    ``on_store`` receives the store's :class:`~graph.sparql.store.SyncReport`.
    """
    report = on_store or (lambda r: None)
    from ..fsutil import atomic_write_text
    from ..write.graphio import iter_graph_json

    stamp_path = outdir / OUTPUTS_STAMP
    stamp = _outputs_stamp(iter_graph_json(G))
    if (stamp_path.exists() and stamp_path.read_text(encoding="utf-8") == _with_files(stamp, outdir)
            and (store is not None or not use_store or (outdir / "store").is_dir())):
        # the same hub as last time: every output (all pure functions of it) is already right
        if use_store and store is not None:
            from ..sparql.store import sync_store

            report(sync_store(G, store))
        return []
    stamp_path.unlink(missing_ok=True)  # until every output below is written anew
    written = write_formats(G, outdir)
    if use_store:
        from ..sparql.store import sync_store

        report(sync_store(G, store or outdir / "store"))
    # last: a build killed before this point rewrites everything next time
    atomic_write_text(stamp_path, _with_files(stamp, outdir))
    return written


#: Hidden file in OUTDIR: a hash of the hub and of the code that writes the outputs.
OUTPUTS_STAMP = ".outputs.sha256"


def _with_files(stamp: str, outdir: Path) -> str:
    """The stamp plus each output's size and modification time: an output rewritten since
    (``actorgraph map OUTDIR --type Country``), edited or deleted makes the next build write all."""
    lines = [stamp]
    for name in OUTPUT_FILES:
        try:
            st = (outdir / name).stat()
        except OSError:
            return ""  # a missing output never matches
        lines.append(f"{name} {st.st_size} {st.st_mtime_ns}")
    return "\n".join(lines) + "\n"


def _outputs_stamp(hub: Iterable[str]) -> str:
    """A hash of the hub's JSON (given in pieces, so it is never held whole) and of the writers' code."""
    import hashlib

    h = hashlib.sha256()
    for piece in hub:
        h.update(piece.encode("utf-8"))
    package = Path(__file__).resolve().parents[1]  # graph/: its modules and stages, not extract/ or cli/
    stages = [f for f in package.glob("*/*.py") if f.parent.name not in ("extract", "cli")]
    for f in sorted([*package.glob("*.py"), *stages, *(package / "write" / "templates").glob("*")]):
        h.update(f.name.encode("utf-8"))
        h.update(f.read_bytes())
    return h.hexdigest()


@contextmanager
def _fewer_collections(gen0: int = 50_000):
    """Collect the youngest generation less often while building: parsing and extraction make
    millions of short-lived objects and few cycles.  The previous thresholds come back after."""
    import gc

    old = gc.get_threshold()
    gc.set_threshold(max(old[0], gen0), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def build(
    paths: Sequence[str | Path],
    outdir: str | Path,
    options: BuildOptions | None = None,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build the knowledge graph of the articles under ``paths`` into ``outdir``.

    Raises OptionError for an option out of range (before any work starts), OutputLockedError
    when another build is writing into ``outdir``, InputError when no article could be built
    (previous outputs are left untouched), or, with ``strict``, when any file was skipped as bad input.
    """
    opts = options or BuildOptions()
    check_options(opts)
    with _outdir_lock(Path(outdir)), _fewer_collections():
        return _build(paths, Path(outdir), opts, progress)


def check_options(opts: BuildOptions) -> None:
    """Raise OptionError naming the first option out of range; nothing is started before this.
    Workers are bounded by :func:`max_workers` unless they run on a remote Dask cluster, where
    their number only sets the batches in flight."""
    here = opts.engine == "local" or opts.scheduler is None  # worker processes start on this machine
    ranges = (("workers", opts.workers, max_workers() if here else None), ("batch-size", opts.batch_size, None))
    if opts.max_bytes is not None:  # None: the reader's default
        ranges += (("max-bytes", opts.max_bytes, None),)
    for name, value, most in ranges:
        if not isinstance(value, int) or value < 1 or (most is not None and value > most):
            bound = f"from 1 to {most} ({WORKERS_PER_CORE} per core here)" if most else "at least 1"
            raise OptionError(f"--{name} {value!r}: must be a whole number {bound}")
    if not Path(opts.ontology_dir).is_dir():
        raise OptionError(f"--ontology {opts.ontology_dir}: not a folder; give a folder laid out like "
                          "ontology/ (lexicon.yaml, actors*.yaml ...)")


#: Lock files this process holds: a forked worker closes its copies (:func:`_close_held_locks`), so
#: a lock never outlives the build that took it.
_HELD_LOCKS: set[int] = set()


def _close_held_locks() -> None:
    for fd in _HELD_LOCKS:
        os.close(fd)  # the child's copy only: the parent still holds the lock
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_close_held_locks)


@contextmanager
def _outdir_lock(outdir: Path):
    """Create ``outdir`` and hold its :data:`LOCK_FILE` for the whole block; OutputLockedError if
    another process holds it."""
    import fcntl

    try:
        outdir.mkdir(parents=True, exist_ok=True)
        fd = os.open(outdir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputError(f"{outdir}: cannot create the output directory ({err.strerror})") from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            raise OutputLockedError(
                f"{outdir} is being built by another actorgraph process (pid {holder}); wait for it to "
                "finish, or build into another --out"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _HELD_LOCKS.add(fd)
        yield
    finally:
        _HELD_LOCKS.discard(fd)
        os.close(fd)


def _build(paths, outdir: Path, opts: BuildOptions, progress) -> BuildSummary:
    from ..extract import EXTRACTOR_VERSION, knowledge_fingerprint
    from ..ontology import load_ontology
    from ..read.reader import iter_articles, iter_input_files

    ontology = load_ontology(opts.ontology_dir)  # read and checked once, before any work
    notify = progress or _noop
    t0 = time.perf_counter()
    for stale in outdir.glob(".*.tmp"):  # left by a build that was killed while writing
        stale.unlink(missing_ok=True)
    files_seen = sum(1 for _ in iter_input_files(paths))
    if files_seen == 0:
        raise InputError(f"no article files (.txt, .md, .html) found under: {', '.join(map(str, paths))}")
    notify("start", {"files": files_seen})

    model = installed_fingerprint(opts.model)  # fails early, before any work, if the model is missing
    if opts.use_store:  # so does a damaged, locked or unreachable store: before any output is replaced
        from ..sparql.store import check_store

        check_store(opts.store or outdir / "store")
    parsing = parse_fingerprint(model)
    knowledge = knowledge_fingerprint(ontology)
    cache = ExtractionCache(outdir / "cache" / "extractions.sqlite", f"{parsing}|{knowledge}",
                            parsing if opts.keep_parses else None) if opts.cache else None

    meta: dict[str, Article] = {}
    skipped: list[Skipped] = []
    warned: list[Warned] = []
    extractions = []
    n_cached = 0
    reader_kw = {} if opts.max_bytes is None else {"max_bytes": opts.max_bytes}
    reader_kw["boilerplate"] = ontology.boilerplate

    def to_parse() -> Iterable[Article | Reparse]:
        nonlocal n_cached
        for item in iter_articles(paths, **reader_kw):
            if isinstance(item, Skipped):
                skipped.append(item)
                notify("skipped", {"path": item.path, "reason": item.reason})
                continue
            if isinstance(item, Warned):
                warned.append(item)
                notify("warned", {"path": item.path, "reason": item.reason})
                continue
            meta[item.id] = replace(item, text="")  # the hub keeps metadata, not whole texts
            hit = cache.get(item.id) if cache else None
            if hit is not None:
                extractions.append(_for_merge(hit))
                n_cached += 1
                notify("cached", {"path": item.path})
                continue
            parse = cache.get_parse(item.id) if cache else None
            yield item if parse is None else Reparse(item, parse)

    spec = WorkerSpec(opts.model, ontology, opts.batch_size, keep_parses=cache is not None and opts.keep_parses)
    engine = make_engine(opts.engine, spec, opts.workers, opts.scheduler)
    n_built = n_reextracted = 0
    try:
        for outcome in engine.run(to_parse()):
            path = meta[outcome.article].path
            if isinstance(outcome, Failed):
                del meta[outcome.article]
                skipped.append(Skipped(path, outcome.reason))
                notify("skipped", {"path": path, "reason": outcome.reason})
                continue
            if cache:
                cache.put(outcome.extraction, outcome.parse)
            extractions.append(_for_merge(outcome.extraction))
            if not outcome.parsed:
                n_reextracted += 1  # its Doc came from the cache
                notify("reextracted", {"path": path})
            else:
                n_built += 1
                notify("built", {"path": path})
    finally:
        engine.close()

    skipped.sort(key=lambda s: s.path)
    errors = [s for s in skipped if not is_duplicate(s)]
    if opts.strict and errors:
        raise InputError(
            f"--strict: {len(errors)} file(s) skipped: "
            + "; ".join(f"{s.path}: {s.reason}" for s in errors)
        )
    if not meta:
        if cache:
            cache.close()
        raise NothingBuiltError(
            f"no article could be built from {files_seen} file(s); previous outputs in {outdir} are unchanged. "
            + "; ".join(f"{s.path}: {s.reason}" for s in skipped[:10])
        )

    from ..extract import Extractor

    extractor = Extractor(ontology)
    extractions.sort(key=lambda e: e.article)
    actors, triples, quotes = extractor.merge_all(extractions)
    extractions.clear()  # the hub now holds everything the outputs need
    G = make_graph(meta.values(), actors, triples, skipped, {
        "model": model,
        "extractor": EXTRACTOR_VERSION,
        "ontology": ontology.fingerprint,
    }, ontology=ontology, quotes=quotes)
    del actors, triples, quotes
    notify("writing", {"outdir": str(outdir)})
    synced: list = []
    written = write_outputs(G, outdir, store=opts.store, use_store=opts.use_store, on_store=synced.append)
    if cache:
        cache.prune(meta)
        cache.close()
    return BuildSummary(
        outdir=outdir, files_seen=files_seen, articles_built=n_built, articles_cached=n_cached,
        skipped=tuple(skipped), actors=G.number_of_nodes(), triples=G.number_of_edges(),
        outputs=tuple(written), seconds=time.perf_counter() - t0,
        store=(opts.store or str(outdir / "store")) if opts.use_store else None,
        store_sync=synced[0] if synced else None, articles_reextracted=n_reextracted,
        warnings=tuple(warned),
    )


def _for_merge(extraction):
    """What the build keeps of an article's extraction until the hub is assembled: its actors and
    statements.  The mentions (every place an actor is named; a third of the size) go to the
    cache only."""
    return replace(extraction, mentions=()) if extraction.mentions else extraction


def default_workers() -> int:
    """The number of cores this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def max_workers() -> int:
    """The most worker processes a build starts: :data:`WORKERS_PER_CORE` per core."""
    return WORKERS_PER_CORE * default_workers()
