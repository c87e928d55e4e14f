"""``actorgraph build``: articles in, knowledge graph and every output file out."""
from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import ActorgraphError, NothingBuiltError
from ..parse.nlp import DEFAULT_MODEL
from ..run.pipeline import WORKERS_PER_CORE, BuildOptions, build, check_options, default_workers
from ..read.reader import printable
from ..vocab import ONTOLOGY_DIR
from .app import EXIT_ERROR, EXIT_NOTHING_BUILT, app


__all__ = ["Engine", "build_command"]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("build")
def build_command(
    paths: Annotated[list[Path], typer.Argument(
        help="Article files or folders (searched recursively for .txt, .md, .html).")],
    out: Annotated[Path, typer.Option("--out", "-o", file_okay=False, help="Output directory.")] = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    workers: Annotated[Optional[int], typer.Option(
        min=1, show_default=False,
        help=f"Worker processes for parsing, 1 to {WORKERS_PER_CORE} per core (default: the number of cores); "
             "with --scheduler, the batches in flight on the cluster.")] = None,
    batch_size: Annotated[int, typer.Option(
        min=1, help="Articles per parser batch (a batch also stops at 20,000 characters; longer articles are "
                    "parsed in pieces).")] = 8,
    engine: Annotated[Engine, typer.Option(help="Where extraction runs.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Dask scheduler address (tcp://HOST:PORT); omitted: a local cluster.")] = None,
    store: Annotated[Optional[str], typer.Option(
        help="SPARQL 1.1 store URL to write into instead of OUT/store.")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write the SPARQL store.")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Re-parse every article even if unchanged.")] = False,
    keep_parses: Annotated[bool, typer.Option("--keep-parses/--no-keep-parses",
                                              help="Cache each article's parse (~13 kB), so new rules or an edited "
                                                   "lexicon re-extract without re-parsing.")] = True,
    max_bytes: Annotated[Optional[int], typer.Option(
        min=1, help="Skip input files larger than this many bytes (default 5 MB).")] = None,
    strict: Annotated[bool, typer.Option(help="Fail if any input file has to be skipped.")] = False,
    ontology: Annotated[Path, typer.Option(exists=True, file_okay=False,
                                           help="Ontology directory (gazetteer, lexicon, OWL).")] = ONTOLOGY_DIR,
    period: Annotated[Optional[str], typer.Option(
        help="The days an article with no date of its own is from: YYYY, YYYY-MM-DD or START..END "
             "(2004..2005); dates \"the prime minister\" and known figures' roles. An article's own date "
             "wins.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build the knowledge graph of PATHS into OUT: CSV, RDF, map, GEXF and a SPARQL store."""
    console = Console(stderr=True, quiet=quiet)
    _set_log_levels(quiet)
    options = BuildOptions(model=model, workers=workers or default_workers(), batch_size=batch_size,
                           engine=engine.value, scheduler=scheduler, store=store, use_store=not no_store,
                           cache=not no_cache, keep_parses=keep_parses, strict=strict, max_bytes=max_bytes,
                           ontology_dir=ontology, period=period)
    bar, progress = _progress_bar(console)
    try:
        check_options(options)  # --workers 1000 starts nothing
        with bar:
            summary = build(paths, out, options, progress)
    except ActorgraphError as err:
        typer.secho(f"Error: {err}", err=True, fg=typer.colors.RED)
        raise typer.Exit(EXIT_NOTHING_BUILT if isinstance(err, NothingBuiltError) else EXIT_ERROR) from None

    console.print(_summary_table(summary))
    for kind, items in (("skipped", summary.skipped), ("warning", summary.warnings)):
        for s in items:  # a file name may hold escape sequences or rich markup: print it as text
            console.print(f"[yellow]{kind}[/] {escape(printable(s.path))}: {escape(printable(s.reason))}")


def _summary_table(summary) -> Table:
    """What the build did: counts, time, each output written and the store's sync."""
    table = Table(title=f"actorgraph build: {summary.outdir}", show_header=False)
    table.add_row("files seen", str(summary.files_seen))
    table.add_row("articles built", f"{summary.articles} ({summary.articles_built} parsed, "
                  f"{summary.articles_reextracted} re-extracted from cached parses, "
                  f"{summary.articles_cached} unchanged from cache)")
    if summary.period:
        table.add_row("period", f"{summary.period} (articles with no date of their own)")
    table.add_row("skipped", str(len(summary.skipped)))
    if summary.warnings:
        table.add_row("warnings", f"{len(summary.warnings)} (metadata fields left out of built articles, listed below)")
    table.add_row("actors", str(summary.actors))
    table.add_row("triples", str(summary.triples))
    table.add_row("time", f"{summary.seconds:.1f} s")
    for p in summary.outputs:
        table.add_row("wrote", str(p))
    if not summary.outputs:
        table.add_row("outputs", f"unchanged (same graph as the last build in {summary.outdir})")
    if summary.store:
        sync = summary.store_sync
        table.add_row("store", summary.store + (
            f" ({len(sync.added)} graphs added, {len(sync.replaced)} replaced, {len(sync.removed)} removed, "
            f"{len(sync.unchanged)} unchanged)" if sync is not None else " (up to date)"))
    return table


def _set_log_levels(quiet: bool) -> None:
    if not logging.getLogger().isEnabledFor(logging.INFO):  # without --verbose
        for name in ("distributed", "tornado"):  # a Dask cluster's own chatter
            logging.getLogger(name).setLevel(logging.WARNING)
        if quiet:  # the summary lists every skipped file; --quiet prints errors only
            logging.getLogger().setLevel(logging.ERROR)


def _progress_bar(console: Console):
    """A progress bar over the articles, and the callback of :func:`graph.run.pipeline.build` that moves it."""
    bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=console, transient=True)
    task = {}

    def progress(event: str, info: dict) -> None:
        if event == "start":
            task["id"] = bar.add_task("articles", total=info["files"])
        elif event in ("built", "cached", "reextracted", "skipped"):
            bar.advance(task["id"])
        elif event == "writing":
            bar.update(task["id"], description="writing outputs")

    return bar, progress
