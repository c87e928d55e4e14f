"""The ``actorgraph`` command line: thin Typer wrappers over library functions.

One module per command group (spaCy style); each registers on ``app``.
Library errors (:class:`ActorgraphError`) become one clean message and exit 1.
"""
from __future__ import annotations

import functools
import logging
import sys

import typer

from ..errors import ActorgraphError

__all__ = ["app", "main", "handle_errors"]

app = typer.Typer(
    name="actorgraph",
    help="Offline knowledge-graph builder for news: who did what to whom, with the sentence that says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def handle_errors(fn):
    """Turn library errors into a one-line message on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ActorgraphError as err:
            typer.secho(f"Error: {err}", err=True, fg=typer.colors.RED)
            raise typer.Exit(1) from None

    return wrapper


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


# Command modules register themselves on import.
from . import build as _build  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import mapcmd as _mapcmd  # noqa: E402,F401
from . import query as _query  # noqa: E402,F401


def main() -> None:
    app()
