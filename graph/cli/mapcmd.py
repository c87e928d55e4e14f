"""``actorgraph map``: rewrite the HTML relationship map of a built graph, without re-extracting."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..write.htmlmap import MAX_ACTORS
from .app import app, handle_errors

__all__ = ["map_command"]


@app.command("map")
@handle_errors
def map_command(
    outdir: Annotated[Path, typer.Argument(help="Output directory of `actorgraph build` (holds graph.json).")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Where to write the map (default: OUTDIR/map.html).")] = None,
    min_evidence: Annotated[int, typer.Option("--min-evidence", min=1, help="Show only relations backed by at least N sentences.")] = 1,
    type_: Annotated[Optional[list[str]], typer.Option("--type", help="Show only actors of this type (repeatable): Country, Person, ArmedGroup ...")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="Show only the neighbourhood of this actor (id, name or alias).")] = None,
    radius: Annotated[int, typer.Option("--radius", min=0, help="With --focus: how many relation steps around the actor to keep.")] = 1,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "actorgraph",
    max_actors: Annotated[int, typer.Option("--max-actors", min=0, help="Show at most N actors, the most mentioned (0: all).")] = MAX_ACTORS,
    ontology: Annotated[Optional[Path], typer.Option(help="The ontology folder the build used (default: the shipped one).")] = None,
) -> None:
    """Write an offline, self-contained HTML map of the graph built in OUTDIR."""
    from ..write.graphio import read_graph
    from ..write.htmlmap import write_map
    from ..ontology import Ontology

    G = read_graph(outdir, Ontology.load(ontology) if ontology else None)
    path = write_map(G, out or Path(outdir) / "map.html", min_evidence=min_evidence, types=type_ or None,
                     focus=focus, radius=radius, title=title, max_actors=max_actors or None)
    typer.echo(f"Wrote {path}")
