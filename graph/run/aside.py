"""A function run in a forked child process beside this one, its result or its error taken back.

A build writes the four RDF files (the largest output) this way while its own process writes the
rest and fills the store, when a second core is free for it (:func:`graph.run.engines._core_free`):
the child inherits the assembled graph, so nothing is sent to it but the result back.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable

__all__ = ["Aside", "can_fork"]


def can_fork() -> bool:
    """Whether this platform forks processes (Unix): the graph reaches the child without a copy."""
    return "fork" in multiprocessing.get_all_start_methods()


def _child(fn: Callable, conn) -> None:
    try:
        reply = ("ok", fn())
    except BaseException as err:  # noqa: BLE001 - raised again in the parent
        reply = ("error", err)
    try:
        conn.send(reply)
    except Exception as err:  # noqa: BLE001 - a result or error that cannot be pickled
        conn.send(("error", RuntimeError(f"{type(reply[1]).__name__}: {reply[1]} ({err})")))
    conn.close()


class Aside:
    """``fn()`` in a forked child, started at once; :meth:`result` waits for it and returns its value or
    raises its exception (an :class:`~graph.errors.OutputError` naming ``what`` if the child died)."""

    def __init__(self, fn: Callable, what: str) -> None:
        ctx = multiprocessing.get_context("fork")
        self.what = what
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_child, args=(fn, child_conn), name=f"actorgraph-{what}", daemon=True)
        self._proc.start()
        child_conn.close()

    def result(self):
        try:
            status, value = self._conn.recv()
        except EOFError:
            self._proc.join()
            from ..errors import OutputError

            raise OutputError(f"writing {self.what} stopped (the process writing it exited with code "
                              f"{self._proc.exitcode}); run the build again") from None
        finally:
            self._conn.close()
        self._proc.join()
        if status == "error":
            raise value
        return value

    def wait(self) -> None:
        """Wait for the child, whatever it gives (the parent is raising an error of its own)."""
        try:
            self.result()
        except BaseException:  # noqa: BLE001 - the parent's error is the one reported
            pass
