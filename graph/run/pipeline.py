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
from ..model import Article, Period, Skipped, Warned, parse_period
from ..parse.nlp import DEFAULT_MODEL, installed_fingerprint, parse_fingerprint
from ..write.outputs import OUTPUT_FILES, write_formats
from ..write.rdf import RDF_FILES
from ..vocab import ONTOLOGY_DIR

__all__ = ["BuildOptions", "BuildSummary", "build", "OUTPUT_FILES", "write_outputs", "is_duplicate",
           "LOCK_FILE", "WORKERS_PER_CORE", "default_workers", "max_workers", "check_options", "build_meta",
           "extraction_fingerprint"]

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
    period: str | Period | None = None  # an undated article is from these days: "2005", "2004..2005" (parse_period)


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
    period: Period | None = None  # the days undated articles were taken to be from (--period)

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
                  on_store: Callable | None = None, aside: bool = False) -> list[Path]:
    """Write every output of a built hub into ``outdir`` (each file atomically).

    When ``outdir`` already holds every output of the very same hub, written by the same code and
    untouched since (``OUTPUTS_STAMP``), nothing is rewritten and the list is empty; a remote
    ``store`` is still synced.
    ``on_store`` receives the store's :class:`~graph.sparql.store.SyncReport`.  ``aside``: a core is free
    for a forked child to write the RDF files meanwhile (:func:`_rdf_aside`).
    """
    report = on_store or (lambda r: None)
    from ..fsutil import atomic_write_text
    from ..write.graphio import GRAPH_FILE

    stamp_path = outdir / OUTPUTS_STAMP
    may_skip = store is not None or not use_store or (outdir / "store").is_dir()
    stamp = _write_hub_json(G, outdir / GRAPH_FILE, stamp_path, may_skip)
    if stamp is None:
        # the same hub as last time: every output (all pure functions of it) is already right
        if use_store and store is not None:
            from ..sparql.store import sync_store

            report(sync_store(G, store))
        return []
    done = {GRAPH_FILE: outdir / GRAPH_FILE}
    rdf = _rdf_aside(G, outdir) if aside else None
    if rdf is not None:
        done.update((name, outdir / name) for name in RDF_FILES)
    try:
        written = write_formats(G, outdir, done=done)
        if use_store:
            from ..sparql.store import sync_store

            report(sync_store(G, store or outdir / "store"))
    except BaseException:
        if rdf is not None:
            rdf.wait()
        raise
    if rdf is not None:
        rdf.result()
    # last: a build killed before this point rewrites everything next time
    atomic_write_text(stamp_path, _with_files(stamp, outdir))
    return written


#: A hub of at least this many articles has its RDF files written in a forked process beside the rest
#: when a core is free for it (:func:`_rdf_aside`); fewer are written faster than a process forks.
RDF_ASIDE_ARTICLES = 200


def _rdf_aside(G, outdir: Path):
    """The four RDF files (about half the outputs' time) being written by a forked child while this process
    writes the other outputs and fills the store, or None: too small a hub or no fork (not Unix)."""
    from .aside import Aside, can_fork
    from ..write.rdf import write_rdf  # imported here, so the child has nothing left to import

    if len(G.graph.get("articles", ())) < RDF_ASIDE_ARTICLES or not can_fork():
        return None
    return Aside(lambda: write_rdf(G, outdir), "the RDF files")


class _Unchanged(Exception):
    """The outputs' stamp is the one already in OUTDIR: nothing is to be written."""


def _write_hub_json(G, path: Path, stamp_path: Path, may_skip: bool) -> str | None:
    """Write the hub's ``graph.json`` and return the outputs' stamp (:func:`_code_stamp`), hashing the
    JSON as it is written, so it is made once.  When ``may_skip`` and ``stamp_path`` already holds this
    stamp, nothing changes (the new text is dropped, never fsynced) and None is returned; otherwise the
    stamp file is removed before the new ``graph.json`` takes the old one's place."""
    import hashlib

    from ..fsutil import atomic_writer
    from ..write.graphio import iter_graph_json

    h = hashlib.sha256()
    try:
        with atomic_writer(path) as fh:
            for piece in iter_graph_json(G):
                h.update(piece.encode("utf-8"))
                fh.write(piece)
            stamp = _code_stamp(h)
            if (may_skip and stamp_path.exists()
                    and stamp_path.read_text(encoding="utf-8") == _with_files(stamp, path.parent)):
                raise _Unchanged
            stamp_path.unlink(missing_ok=True)  # until every output is written anew
    except _Unchanged:
        return None
    return stamp


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


def _code_stamp(h) -> str:
    """The outputs' stamp: the hex digest of ``h`` (a sha256 fed with the hub's JSON, piece by piece) after
    the code that writes the outputs."""
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
    parse_period(opts.period)  # OptionError saying how to write one
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
    from ..ontology import load_ontology

    ontology = load_ontology(opts.ontology_dir)  # read and checked once, before any work
    run = _Run(paths, outdir, opts, ontology, progress or _noop)
    run.prepare()
    run.extract_all()
    run.check_built()
    return run.assemble_and_write()


@dataclass
class _Run:
    """One build's state as it moves from files to outputs (see :func:`build`)."""

    paths: object
    outdir: Path
    opts: BuildOptions
    ontology: object
    notify: object
    t0: float = field(default_factory=time.perf_counter)
    files_seen: int = 0
    model: str = ""
    period: Period | None = None  # opts.period, parsed
    cache: ExtractionCache | None = None
    meta: dict = field(default_factory=dict)  # article id -> Article without its text
    skipped: list = field(default_factory=list)
    warned: list = field(default_factory=list)
    extractions: list = field(default_factory=list)
    n_cached: int = 0
    n_built: int = 0
    n_reextracted: int = 0
    core_free: bool = False  # judged once, at the start, for the engine and the RDF writer: later the load
    # average counts this build too

    def prepare(self) -> None:
        """Count the input files and check the model and store before any work; open the cache."""
        from ..extract import knowledge_fingerprint
        from ..read.reader import iter_input_files

        for stale in self.outdir.glob(".*.tmp"):  # left by a build that was killed while writing
            stale.unlink(missing_ok=True)
        self.files_seen = sum(1 for _ in iter_input_files(self.paths))
        if self.files_seen == 0:
            raise InputError(f"no article files (.txt, .md, .html) found under: {', '.join(map(str, self.paths))}")
        self.notify("start", {"files": self.files_seen})
        from .engines import _core_free  # looked up now (tests replace it)

        self.core_free = _core_free()
        opts = self.opts
        self.model = installed_fingerprint(opts.model)  # fails early, before any work, if the model is missing
        if opts.use_store:  # so does a damaged, locked or unreachable store: before any output is replaced
            from ..sparql.store import check_store

            check_store(opts.store or self.outdir / "store")
        parsing = parse_fingerprint(self.model)
        self.period = parse_period(opts.period)
        key = extraction_fingerprint(parsing, knowledge_fingerprint(self.ontology), self.period)
        self.cache = ExtractionCache(self.outdir / "cache" / "extractions.sqlite", key,
                                     parsing if opts.keep_parses else None) if opts.cache else None

    def to_parse(self) -> Iterable[Article | Reparse]:
        """The articles to parse (or re-extract from a cached parse); cached ones and skipped files are
        recorded on the way."""
        from ..read.reader import iter_articles

        reader_kw = {} if self.opts.max_bytes is None else {"max_bytes": self.opts.max_bytes}
        reader_kw["boilerplate"] = self.ontology.boilerplate
        cache = self.cache
        for item in iter_articles(self.paths, **reader_kw):
            if isinstance(item, (Skipped, Warned)):
                (self.skipped if isinstance(item, Skipped) else self.warned).append(item)
                self.notify("skipped" if isinstance(item, Skipped) else "warned",
                            {"path": item.path, "reason": item.reason})
                continue
            self.meta[item.id] = replace(item, text="")  # the hub keeps metadata, not whole texts
            hit = cache.get(item.id) if cache else None
            if hit is not None:
                self.extractions.append(_for_merge(hit))
                self.n_cached += 1
                self.notify("cached", {"path": item.path})
                continue
            parse = cache.get_parse(item.id) if cache else None
            yield item if parse is None else Reparse(item, parse)

    def extract_all(self) -> None:
        """Parse and extract every article on the engine; a failed article is skipped with its reason."""
        opts, cache = self.opts, self.cache
        spec = WorkerSpec(opts.model, self.ontology, opts.batch_size,
                          keep_parses=cache is not None and opts.keep_parses, period=self.period)
        engine = make_engine(opts.engine, spec, opts.workers, opts.scheduler, overlap=self.core_free)
        try:
            for outcome in engine.run(self.to_parse()):
                self._take(outcome)
        finally:
            engine.close()

    def _take(self, outcome) -> None:
        path = self.meta[outcome.article].path
        if isinstance(outcome, Failed):
            del self.meta[outcome.article]
            self.skipped.append(Skipped(path, outcome.reason))
            self.notify("skipped", {"path": path, "reason": outcome.reason})
            return
        if self.cache:
            self.cache.put(outcome.extraction, outcome.parse)
        self.extractions.append(_for_merge(outcome.extraction))
        if not outcome.parsed:
            self.n_reextracted += 1  # its Doc came from the cache
            self.notify("reextracted", {"path": path})
        else:
            self.n_built += 1
            self.notify("built", {"path": path})

    def check_built(self) -> None:
        """--strict stops on any skipped file; no article at all leaves the previous outputs alone."""
        self.skipped.sort(key=lambda s: s.path)
        errors = [s for s in self.skipped if not is_duplicate(s)]
        if self.opts.strict and errors:
            raise InputError(
                f"--strict: {len(errors)} file(s) skipped: "
                + "; ".join(f"{s.path}: {s.reason}" for s in errors)
            )
        if not self.meta:
            if self.cache:
                self.cache.close()
            raise NothingBuiltError(
                f"no article could be built from {self.files_seen} file(s); previous outputs in {self.outdir} "
                "are unchanged. " + "; ".join(f"{s.path}: {s.reason}" for s in self.skipped[:10])
            )

    def assemble_and_write(self) -> BuildSummary:
        """Merge the extractions into the hub, write every output, and say what was done."""
        from ..extract import EXTRACTOR_VERSION, Extractor

        opts, outdir = self.opts, self.outdir
        self.extractions.sort(key=lambda e: e.article)
        merged = Extractor(self.ontology).merge_hub(self.extractions)
        self.extractions.clear()  # the hub now holds everything the outputs need
        G = make_graph(self.meta.values(), merged.actors, merged.triples, self.skipped, build_meta(
            self.model, EXTRACTOR_VERSION, self.ontology.fingerprint, self.period), ontology=self.ontology,
            quotes=merged.quotes, named=merged.named)
        del merged
        self.notify("writing", {"outdir": str(outdir)})
        synced: list = []
        written = write_outputs(G, outdir, store=opts.store, use_store=opts.use_store, on_store=synced.append,
                                aside=self.core_free)
        if self.cache:
            self.cache.prune(self.meta)
            self.cache.close()
        return BuildSummary(
            outdir=outdir, files_seen=self.files_seen, articles_built=self.n_built,
            articles_cached=self.n_cached, skipped=tuple(self.skipped), actors=G.number_of_nodes(),
            triples=G.number_of_edges(), outputs=tuple(written), seconds=time.perf_counter() - self.t0,
            store=(opts.store or str(outdir / "store")) if opts.use_store else None,
            store_sync=synced[0] if synced else None, articles_reextracted=self.n_reextracted,
            warnings=tuple(self.warned), period=self.period,
        )


def extraction_fingerprint(parsing: str, knowledge: str, period: Period | None = None) -> str:
    """What a cached extraction is keyed by: the pipeline's, the rules' and the ontology's fingerprints
    and the build's ``--period`` (another period dates undated articles anew, so they are extracted
    again; no period keeps the key builds without one always had)."""
    key = f"{parsing}|{knowledge}"
    return key if period is None else f"{key}|period={period}"


def build_meta(model: str, extractor: str, ontology: str, period: Period | None = None) -> dict[str, str]:
    """The build facts ``graph.json`` records (``meta``): the parser, the extractor's version, the
    ontology's fingerprint and, when one was given, the ``period`` undated articles were taken to be from."""
    meta = {"model": model, "extractor": extractor, "ontology": ontology}
    if period is not None:
        meta["period"] = str(period)
    return meta


def _for_merge(extraction):
    """What the build keeps of an article's extraction until the hub is assembled: its actors and
    statements, and how often it names each actor.  The mentions (every place an actor is named; a third of
    the size) go to the cache only."""
    from ..extract import named_counts

    if not extraction.mentions:
        return extraction
    return replace(extraction, mentions=(), named=named_counts(extraction))


def default_workers() -> int:
    """The number of cores this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def max_workers() -> int:
    """The most worker processes a build starts: :data:`WORKERS_PER_CORE` per core."""
    return WORKERS_PER_CORE * default_workers()
