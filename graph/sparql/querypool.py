"""SPARQL queries in worker processes, so a query over its time limit is really stopped.

pyoxigraph cannot cancel a running query: a thread that runs one runs it to the end.  So the
endpoint keeps a few worker processes, each with the store opened read-only (or graph.json
loaded in memory); a query goes to an idle worker, and a worker still busy at the time limit is
killed and replaced by a fresh one started in the background.  A request waits at most
``wait`` seconds for an idle worker.

Workers are forked by a starter process (a plain ``python -c`` child that imported the query
code once), and talk to the server over socket pairs: not ``multiprocessing`` spawn, which runs
the caller's main script again in every worker and imports everything anew (seconds on a busy
machine), nor fork of the server, whose other threads may hold locks.  They ignore Ctrl-C (the
server stops them); when the server goes away, even killed, the starter sees its socket close and
exits, and the kernel kills the workers with it (Linux), mid-query or not.

Results travel back already formatted (JSON, CSV, Turtle ...), as bytes; errors as the
project's own exception types.
"""
from __future__ import annotations

import logging
import os
import pickle
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from ..errors import ActorgraphError, QueryError, StoreError

__all__ = ["QueryJob", "QueryPool", "QueryTimeout", "PoolBusy", "starter_main"]

log = logging.getLogger(__name__)


class QueryTimeout(QueryError):
    """A query ran over its time limit; its worker was stopped."""


class PoolBusy(QueryError):
    """Every query worker stayed busy while the request waited."""


@dataclass(frozen=True)
class QueryJob:
    text: str
    fmt: str  # a graph.sparql.query.FORMATS name
    max_rows: int | None = None
    allow_service: bool = False


def _portable(err: BaseException) -> ActorgraphError:
    """An error that pickles back to the parent: ours as they are, anything else as a QueryError."""
    if isinstance(err, ActorgraphError):
        try:
            pickle.loads(pickle.dumps(err))
            return err
        except Exception:  # noqa: BLE001 - an error that does not pickle: send its text
            pass
    return QueryError(f"the query failed: {err}")


def _answer(store, target: str, job: QueryJob):
    from .query import execute_sparql, format_result, store_dir
    from .store import StoreDamaged, damaged_store

    try:
        res = execute_sparql(store, job.text, max_rows=job.max_rows, allow_service=job.allow_service)
        return "ok", format_result(res, job.fmt).encode("utf-8")
    except StoreDamaged as err:
        return "error", damaged_store(store_dir(target), err.detail)
    except Exception as err:  # noqa: BLE001 - every failure goes back as an answer
        return "error", _portable(err)


def starter_main() -> None:
    """The starter's entry point: ``python -c '...starter_main()' FD TARGET``.

    It imports the query code once (and loads an in-memory graph once), then forks one worker
    per request on its control socket: a worker starts in milliseconds and shares what the
    starter loaded.  The starter has no threads and no open store, so forking it is safe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps workers that exit
    control, target = socket.socket(fileno=int(sys.argv[1])), sys.argv[2]
    from .query import open_target, store_dir
    from .store import is_remote

    shared: object = None
    if store_dir(target) is None and not is_remote(target):  # graph.json, loaded in memory once
        try:
            shared = open_target(target)
        except Exception as err:  # noqa: BLE001 - each worker reports it
            shared = _portable(err)
    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(control, 16, 1)
        except OSError:
            return
        if not msg or not fds:
            return  # the server went away
        starter, pid = os.getpid(), os.fork()
        if pid == 0:
            control.close()
            _die_with(starter)
            try:
                _serve_queries(Connection(fds[0]), target, shared)
            finally:
                os._exit(0)
        os.close(fds[0])
        control.sendall(pid.to_bytes(4, "big"))


def _die_with(starter: int) -> None:
    """Have the kernel kill this worker when the starter exits (Linux), which it does when the
    server goes away, even by SIGKILL: no query runs on for a server that is gone."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the worker exits after its current query
        pass
    if os.getppid() != starter:  # the starter is already gone
        os._exit(0)


def _serve_queries(conn: Connection, target: str, shared: object = None) -> None:
    """A worker: open ``target`` (unless the starter loaded it), say "ready", then answer jobs
    until told to stop."""
    from .query import open_target

    try:
        if isinstance(shared, Exception):
            raise shared
        store = shared if shared is not None else open_target(target)
    except Exception as err:  # noqa: BLE001
        conn.send(("error", _portable(err)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(_answer(store, target, job))


_PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])  # where this copy of graph/ is imported from
_STARTER_CODE = "from graph.sparql.querypool import starter_main; starter_main()"


class _Starter:
    """The parent's end of the starter process (see :func:`starter_main`)."""

    def __init__(self, target: str) -> None:
        mine, theirs = socket.socketpair()
        path = os.environ.get("PYTHONPATH")
        env = dict(os.environ, PYTHONPATH=_PACKAGE_PARENT + (os.pathsep + path if path else ""))
        with theirs:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _STARTER_CODE, str(theirs.fileno()), target],
                pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        self.sock = mine
        self.lock = threading.Lock()

    def fork(self) -> "_Worker":
        mine, theirs = socket.socketpair()
        with theirs, self.lock:
            try:
                socket.send_fds(self.sock, [b"w"], [theirs.fileno()])
                pid = b""
                while len(pid) < 4:
                    chunk = self.sock.recv(4 - len(pid))
                    if not chunk:
                        raise OSError("it exited")
                    pid += chunk
            except OSError as err:
                mine.close()
                raise StoreError(f"cannot start a query worker: the starter process failed ({err})") from None
        return _Worker(int.from_bytes(pid, "big"), Connection(mine.detach()))

    def close(self) -> None:
        self.sock.close()  # the starter exits on EOF
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class _Worker:
    def __init__(self, pid: int, conn: Connection) -> None:
        self.pid, self.conn = pid, conn

    def ready(self, timeout: float) -> None:
        """Wait for the worker to open its target; raise its error if it could not."""
        try:
            if not self.conn.poll(timeout):
                raise StoreError(f"a query worker did not open the graph within {timeout:g} s")
            kind, payload = self.conn.recv()
        except (EOFError, OSError) as err:
            raise StoreError(f"a query worker stopped while opening the graph ({err})") from None
        if kind == "error":
            raise payload

    def kill(self) -> None:
        """Stop the worker and wait (up to 5 s) until it is gone."""
        self.conn.close()
        try:
            os.kill(self.pid, signal.SIGKILL)
            for _ in range(500):
                os.kill(self.pid, 0)
                time.sleep(0.01)
            log.error("query worker %d did not stop", self.pid)
        except ProcessLookupError:
            pass


class QueryPool:
    """``size`` worker processes answering :class:`QueryJob` s on ``target`` (an OUTDIR or store)."""

    def __init__(self, target: str, size: int = 4, start_timeout: float = 300.0) -> None:
        self.target = target
        self.start_timeout = start_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starter = _Starter(target)
        try:
            started = [self._start() for _ in range(max(1, size))]
            for worker in started:
                worker.ready(start_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        worker = self._starter.fork()
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background."""
        self._retire(worker)

        def respawn() -> None:
            if self._closed:
                return
            try:
                fresh = self._start()
            except ActorgraphError as err:
                log.error("a query worker could not be restarted: %s", err)
                return
            try:
                fresh.ready(self.start_timeout)
            except ActorgraphError as err:
                log.error("a query worker could not be restarted: %s", err)
                self._retire(fresh)
                return
            if self._closed:
                self._retire(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=respawn, name="actorgraph-query-respawn", daemon=True).start()

    def run(self, job: QueryJob, timeout: float, wait: float | None = None) -> bytes:
        """The formatted result of ``job``; raises QueryTimeout past ``timeout`` seconds (the worker
        is killed), PoolBusy when no worker is idle within ``wait`` seconds (default ``timeout``)."""
        try:
            worker = self._idle.get(timeout=timeout if wait is None else wait)
        except queue.Empty:
            raise PoolBusy("every query worker is busy; retry later") from None
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                self._replace(worker)
                raise QueryTimeout(f"the query ran over the {timeout:g} s time limit and was stopped")
            kind, payload = worker.conn.recv()
        except (EOFError, OSError) as err:
            self._replace(worker)
            raise StoreError(f"the query worker stopped unexpectedly ({err or 'it died'}); "
                             "it has been restarted") from None
        self._idle.put(worker)
        if kind == "error":
            raise payload
        return payload

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
        self._starter.close()
