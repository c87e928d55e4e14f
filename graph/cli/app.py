"""The Typer application the command modules register on: exit codes, error handling, the
root options (``--verbose``, ``--version``)."""
from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import ActorgraphError

__all__ = ["app", "handle_errors", "EXIT_OK", "EXIT_ERROR", "EXIT_NOTHING_BUILT"]

#: Exit codes (docs/commands.md): an error is 1 whether the library or the arguments found it;
#: 2 is `actorgraph build`'s "files were found but not one article could be built".
EXIT_OK, EXIT_ERROR, EXIT_NOTHING_BUILT = 0, 1, 2


#: click's UsageError (bad arguments), whether typer uses click or its own copy of it (typer 0.2x)
_UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


@contextmanager
def _bad_arguments_exit_1() -> Iterator[None]:
    try:
        yield
    except _UsageError as err:  # click's own code is 2, which `build` uses for "nothing built"
        err.exit_code = EXIT_ERROR
        raise


class _Group(TyperGroup):
    """The command group: click prints a usage error as before, with exit code 1."""

    def make_context(self, *args, **kwargs):
        with _bad_arguments_exit_1():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _bad_arguments_exit_1():  # a command's own arguments are parsed here
            return super().invoke(ctx)


app = typer.Typer(
    name="actorgraph",
    help="Offline knowledge-graph builder for news: who did what to whom, with the sentence that says so.",
    cls=_Group,
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
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"actorgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
