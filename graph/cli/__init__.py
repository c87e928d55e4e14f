"""The ``actorgraph`` command line: thin Typer wrappers over library functions.

One module per command group (spaCy style); each registers on ``app``.
Library errors (:class:`ActorgraphError`) and bad arguments become one clean message and exit 1.
"""
from __future__ import annotations

from .app import EXIT_ERROR, EXIT_NOTHING_BUILT, EXIT_OK, app, handle_errors

# Command modules register themselves on import.
from . import build as _build  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import mapcmd as _mapcmd  # noqa: E402,F401
from . import query as _query  # noqa: E402,F401

__all__ = ["app", "main", "handle_errors", "EXIT_OK", "EXIT_ERROR", "EXIT_NOTHING_BUILT"]


def main() -> None:
    app()
