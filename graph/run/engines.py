"""Where parsing and extraction run: in-process, a local process pool, or a Dask cluster.

Every engine has the same shape: ``run(articles) -> Iterator[Outcome]``, where
``articles`` is an iterator (never materialised as a whole) and each outcome is
an :class:`Extraction` or a :class:`Failed` for one article.  Results do not
depend on the engine: the graph is assembled from the outcomes after sorting.
"""
from __future__ import annotations

import logging
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Article, Period
from .aside import can_fork

if TYPE_CHECKING:
    from ..ontology import Ontology

__all__ = ["Failed", "Extracted", "Reparse", "WorkerSpec", "LocalEngine", "PoolEngine", "DaskEngine", "exit_with_parent",
           "make_engine", "batched", "extract_batch"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failed:
    """Extraction of one article raised; the build goes on without it."""

    article: str
    path: str
    reason: str


@dataclass(frozen=True)
class Extracted:
    """One article's extraction, with its serialised Doc when it was parsed here and
    ``WorkerSpec.keep_parses`` asks for it (the build caches it)."""

    extraction: object  # graph.extract.Extraction
    parse: bytes | None = None
    parsed: bool = True  # False: its Doc came from a cached parse (a Reparse)

    @property
    def article(self) -> str:
        return self.extraction.article


@dataclass(frozen=True)
class Reparse:
    """An article whose parse is cached: extracted again from the Doc, never parsed."""

    article: Article
    parse: bytes


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs to rebuild the pipeline on its side (picklable)."""

    model: str
    ontology: "Ontology"  # its fingerprint changed: the worker loads the extractor anew
    batch_size: int = 8
    keep_parses: bool = False  # send each new parse back with its extraction
    period: "Period | None" = None  # the days an undated article is taken to be from (--period)


def batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


# One pipeline and extractor per process, loaded on first use.
_STATE: dict[str, object] = {}


def _worker_state(spec: WorkerSpec):
    key = f"{spec.model}|{spec.ontology.path}|{spec.ontology.fingerprint}|{spec.period}"
    if _STATE.get("key") != key:
        from ..extract import Extractor
        from ..parse.nlp import load_pipeline

        import gc

        _STATE.clear()
        _STATE.update(key=key, nlp=load_pipeline(spec.model), extractor=Extractor(spec.ontology, spec.period))
        gc.freeze()  # the pipeline lives as long as the process: keep it out of every later collection
    return _STATE["nlp"], _STATE["extractor"]


def _extract_one(extractor, article: Article, doc, parse: bytes | None = None, parsed: bool = True):
    try:
        return Extracted(extractor.extract(article, doc), parse, parsed)
    except Exception as err:  # one bad article never stops a build
        log.warning("%s: extraction failed: %s: %s", article.path, type(err).__name__, err)
        return Failed(article.id, article.path, f"extraction failed ({type(err).__name__}: {err})")


def extract_batch(spec: WorkerSpec, items: list) -> list:
    """Parse (``Article``) or re-read (``Reparse``) and extract one batch in the calling process."""
    return [job() for job in _jobs(spec, items)]


def _jobs(spec: WorkerSpec, items: list) -> Iterator[Callable[[], "Extracted | Failed"]]:
    """One call per article of the batch that serialises its new parse (when kept) and extracts it, in
    order: re-read articles first, then the parsed ones, each handed out as soon as ``nlp.pipe`` has it
    (so :class:`LocalEngine` can extract it on its thread while the next ones are parsed).  The calls
    never touch the pipeline: decoding a cached parse and parsing happen here, in the caller."""
    from .cache import doc_from_bytes
    from ..parse.nlp import parse_articles

    nlp, extractor = _worker_state(spec)
    fresh = []
    for item in items:
        if isinstance(item, Reparse):
            try:
                doc = doc_from_bytes(nlp.vocab, item.parse)
            except ValueError as err:  # a damaged cache entry: parse the article again
                log.warning("%s: %s; parsing it again", item.article.path, err)
                fresh.append(item.article)
                continue
            yield partial(_extract_one, extractor, item.article, doc, parsed=False)
        else:
            fresh.append(item)
    docs = parse_articles(nlp, [(a.title, a.text) for a in fresh], spec.batch_size)
    for article, doc in zip(fresh, docs):
        yield partial(_parsed_one, extractor, article, doc, spec.keep_parses)


def _parsed_one(extractor, article: Article, doc, keep_parse: bool):
    return _extract_one(extractor, article, doc, _serialised(doc) if keep_parse else None)


def _serialised(doc) -> bytes | None:
    """The Doc for the parse cache, taken before extraction touches it; None if it cannot be."""
    from .cache import doc_to_bytes

    try:
        return doc_to_bytes(doc)
    except Exception as err:  # an article without a cached parse is parsed again after a rule change
        log.warning("cannot keep a parse for the cache: %s: %s", type(err).__name__, err)
        return None


class LocalEngine:
    """One worker: batches of articles through ``nlp.pipe``, each parsed article serialised (for the parse
    cache) and extracted; outcomes come back in input order.

    With a core free for it, parsing and extraction run side by side: a forked process parses and
    serialises while this one decodes each Doc and extracts it (:func:`_forked`; the same Doc as the
    parse cache gives, so the same outcomes), or, where processes cannot be forked, a helper thread
    extracts while the main thread parses (only while the parser is in C without the GIL: the BLAS
    calls and the transition loop).  Without a free core either costs more CPU than it saves wall time
    (the thread's GIL hand-offs each wait for the scheduler: 150 articles beside 3-8 other busy
    processes, 1.37x the bare pipe's CPU on average against 1.29x extracting in the parsing thread, and
    ~20% more wall time), so each article is extracted in the parsing thread between batches.
    ``overlap=None`` (the default) decides once per run, from the load average (:func:`_core_free`);
    ``True``/``False`` force either way.  Outcomes are the same every way."""

    #: ``batch_size`` batches per call of :func:`_jobs` (``nlp.pipe`` batches by ``batch_size``)
    CHUNK = 4
    #: at most this many parsed articles wait for (or are in) extraction: Docs are not held longer
    AHEAD = 8
    #: ``sys.setswitchinterval`` while both threads run (the default, 5 ms, is restored after): a thread
    #: that wants the GIL waits this long before the holder is asked to let go.  Parsing leaves C code
    #: without the GIL every few milliseconds (each BLAS call); short waits keep it from stalling there.
    SWITCH_INTERVAL = 0.0005

    def __init__(self, spec: WorkerSpec, overlap: bool | None = None) -> None:
        self.spec = spec
        self.overlap = overlap  # False: extract each article in the calling thread; None: if a core is free

    def run(self, items: Iterable) -> Iterator:
        # nothing to do (everything came from the cache): the model is never loaded, no process started
        chunks = batched(items, self.spec.batch_size * self.CHUNK)
        if not (_core_free() if self.overlap is None else self.overlap):
            for batch in chunks:
                yield from extract_batch(self.spec, batch)
            return
        if can_fork():
            yield from _forked(self.spec, chunks, self.AHEAD)
            return
        pool, pending, interval = None, deque(), sys.getswitchinterval()
        try:
            for batch in chunks:
                for job in _jobs(self.spec, batch):
                    if pool is None:
                        pool = ThreadPoolExecutor(1, thread_name_prefix="actorgraph-extract")
                        sys.setswitchinterval(min(interval, self.SWITCH_INTERVAL))
                    pending.append(pool.submit(job))
                    while len(pending) > self.AHEAD:
                        yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
            if pool is not None:
                pool.shutdown(wait=True)
                sys.setswitchinterval(interval)

    def close(self) -> None:
        pass


def exit_with_parent(every: float = 1.0) -> None:
    """In a forked worker: end this process as soon as the build that started it is gone.  A build killed
    outright (SIGKILL, the OOM killer) cannot stop its children, and the one-worker build's parsing process,
    waiting on a ``multiprocessing.Queue`` whose pipe it holds both ends of, would wait for ever, holding its
    pipeline's memory (a pool's workers see their task pipe close and end by themselves); a daemon thread
    watches the parent's pid and exits when the worker has been handed to another parent."""
    import os
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="actorgraph-parent-watch", daemon=True).start()


def _parse_loop(spec: WorkerSpec, requests, replies) -> None:
    """The parsing process of a one-worker build: each request is a list of ``(title, text)`` pairs, each
    reply one article's parse as cache bytes, in order (``None`` when the Doc cannot be serialised: the
    main process parses that article itself), or an ``("error", text)`` that ends the loop."""
    from ..parse.nlp import parse_articles

    exit_with_parent()
    nlp, _ = _worker_state(spec)  # loaded before the fork: shared, never loaded again
    while (pairs := requests.get()) is not None:
        try:
            for doc in parse_articles(nlp, pairs, spec.batch_size):
                replies.put(_serialised(doc))
        except Exception as err:  # noqa: BLE001 - sent back, raised in the main process
            replies.put(("error", f"{type(err).__name__}: {err}"))
            return


class _ParseProcess:
    """A forked process running :func:`_parse_loop`, started on first use; requests go in, each article's
    parse bytes come back in order."""

    def __init__(self, spec: WorkerSpec) -> None:
        self.spec = spec
        self.proc = self.requests = self.replies = None

    def request(self, pairs: list[tuple[str, str]]) -> None:
        if self.proc is None:
            ctx = multiprocessing.get_context("fork")
            self.requests, self.replies = ctx.Queue(), ctx.Queue()
            self.proc = ctx.Process(target=_parse_loop, args=(self.spec, self.requests, self.replies),
                                    name="actorgraph-parse", daemon=True)
            self.proc.start()
        self.requests.put(pairs)

    def reply(self):
        """The next article's parse bytes (None: not serialisable), or an ``("error", text)``."""
        import queue

        while True:
            try:
                return self.replies.get(timeout=1.0)
            except queue.Empty:
                if not self.proc.is_alive():
                    from ..errors import EngineError

                    raise EngineError(f"the parsing process stopped (exit code {self.proc.exitcode}); "
                                      f"run again, or with --workers 2") from None

    def stop(self) -> None:
        if self.proc is None:
            return
        self.requests.put(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join()
        for q in (self.requests, self.replies):
            q.close()
            q.cancel_join_thread()


def _forked(spec: WorkerSpec, chunks: Iterator[list], ahead: int) -> Iterator:
    """One-worker builds with a second core: a forked process parses (and serialises each Doc for the
    cache, as the build does anyway) while this one decodes and extracts each article, so extraction
    (pure Python, which a thread could run only while the parser is outside the GIL) runs beside the
    parse.  Outcomes come back in input order; the parsing process keeps ``ahead`` articles to go on
    with while the next chunk is read, and a cached parse at the head of the queue is extracted at once."""
    from .cache import doc_from_bytes
    from ..parse.nlp import parse_articles

    nlp, extractor = _worker_state(spec)  # before the fork, so the parsing process inherits it
    parser = _ParseProcess(spec)
    waiting: deque = deque()  # in input order: Reparse items, and Articles whose parse is on its way
    sent = 0  # Articles in ``waiting``

    def outcome(item):
        if isinstance(item, Reparse):
            return next(_jobs(spec, [item]))()
        data = parser.reply()
        if isinstance(data, tuple):  # the parsing process raised: as an inline parse would
            raise RuntimeError(f"parsing failed: {data[1]}")
        if data is None:  # could not be serialised there: parse it here
            doc = next(iter(parse_articles(nlp, [(item.title, item.text)], spec.batch_size)))
            return _parsed_one(extractor, item, doc, spec.keep_parses)
        return _extract_one(extractor, item, doc_from_bytes(nlp.vocab, data), data if spec.keep_parses else None)

    try:
        for batch in chunks:
            fresh = [(item.title, item.text) for item in batch if not isinstance(item, Reparse)]
            if fresh:
                parser.request(fresh)
                sent += len(fresh)
            waiting.extend(batch)
            while waiting and (isinstance(waiting[0], Reparse) or sent > ahead):
                item = waiting.popleft()
                sent -= not isinstance(item, Reparse)
                yield outcome(item)
        while waiting:
            yield outcome(waiting.popleft())
    finally:
        parser.stop()


def _core_free() -> bool:
    """Whether a core looks free beside the calling process for a second one (the parsing process, the
    RDF writer): the process may use two cores or more, and those cores less the load average of the
    last minute (which counts the caller too once it has run a while) leave at least 3/4 of one.  The
    load average lags by a minute: one that says busy is checked against the cores idle right now
    (:func:`_idle_cores`; a build just ended leaves a load of two behind it for a minute), which must
    leave the caller's core and 3/4 of another.  Without a load average (not Unix) the answer is yes."""
    import os

    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cores < 2:
        return False
    if cores - load >= 0.75:
        return True
    idle = _idle_cores()
    return idle is not None and min(idle, cores) >= 1.75


def _idle_cores(seconds: float = 0.1) -> float | None:
    """How many of the machine's cores were idle over the next ``seconds``, from ``/proc/stat`` (Linux);
    None where it cannot be read."""
    import os
    import time

    def sample():
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:9]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, all

    try:
        idle0, all0 = sample()
        time.sleep(seconds)
        idle1, all1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    if all1 <= all0:
        return None
    return (idle1 - idle0) / (all1 - all0) * (os.cpu_count() or 1)


#: The spec a pool worker was started with: it reaches the forked worker once, so the batches need
#: not carry the ontology (~170 kB pickled) each time.
_POOL_SPEC: WorkerSpec | None = None


def _pool_init(spec: WorkerSpec) -> None:
    global _POOL_SPEC
    _POOL_SPEC = spec
    _worker_state(spec)


def _pool_batch(batch: list):
    return extract_batch(_POOL_SPEC, batch)


class PoolEngine:
    """A process pool; at most ``2 * workers`` batches in flight, so memory stays flat."""

    def __init__(self, spec: WorkerSpec, workers: int) -> None:
        self.spec = spec
        self.workers = workers
        self.pool = None  # started with the first batch: a fully cached build starts no process

    def _start(self):
        if self.pool is None:
            ctx = multiprocessing.get_context("fork")
            self.pool = ctx.Pool(self.workers, initializer=_pool_init, initargs=(self.spec,))
        return self.pool

    def run(self, articles: Iterable[Article]) -> Iterator:
        pending: deque = deque()
        for batch in batched(articles, self.spec.batch_size):
            pending.append(self._start().apply_async(_pool_batch, (batch,)))
            while len(pending) >= 2 * self.workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


class DaskEngine:
    """Dask distributed: each worker loads the pipeline once; batches stream back.

    ``scheduler=None`` starts a LocalCluster with ``workers`` processes.
    """

    def __init__(self, spec: WorkerSpec, workers: int, scheduler: str | None = None,
                 timeout: str | float = "10s") -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:  # optional dependency
            from ..errors import ActorgraphError

            raise ActorgraphError(
                "--engine dask needs dask.distributed: pip install 'actorgraph[dask]'"
            ) from err
        self.spec = spec
        self.workers = workers
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=timeout)
            except (OSError, TimeoutError) as err:
                from ..errors import EngineError

                raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({err}); start it with "
                                  f"`dask scheduler` or check --scheduler") from None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)

    def run(self, articles: Iterable[Article]) -> Iterator:
        from distributed import as_completed

        window = max(2, 2 * self.workers)
        batches = batched(articles, self.spec.batch_size)
        futures = as_completed()
        for batch in islice(batches, window):
            futures.add(self.client.submit(extract_batch, self.spec, batch, pure=False))
        for fut in futures:
            result = fut.result()
            fut.release()
            nxt = next(batches, None)
            if nxt is not None:
                futures.add(self.client.submit(extract_batch, self.spec, nxt, pure=False))
            yield from result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(name: str, spec: WorkerSpec, workers: int, scheduler: str | None = None,
                overlap: bool | None = None):
    """The engine called ``name``; ``overlap`` goes to a one-worker :class:`LocalEngine` (None: it judges)."""
    from ..errors import ActorgraphError

    if name == "local":
        return LocalEngine(spec, overlap) if workers <= 1 else PoolEngine(spec, workers)
    if name == "dask":
        return DaskEngine(spec, workers, scheduler)
    raise ActorgraphError(f"unknown engine {name!r}; use 'local' or 'dask'")
