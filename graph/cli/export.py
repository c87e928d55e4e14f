"""``actorgraph export``: rewrite the Gephi (GEXF 1.3) or GraphML file of a built graph."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .app import app, handle_errors

__all__ = ["ExportFormat", "export_command"]


class ExportFormat(str, Enum):
    gexf = "gexf"
    graphml = "graphml"


@app.command("export")
@handle_errors
def export_command(
    outdir: Annotated[Path, typer.Argument(help="Output directory of `actorgraph build` (holds graph.json).")],
    format_: Annotated[ExportFormat, typer.Option("--format", "-f", help="gexf (Gephi, with a timeline) or graphml.")] = ExportFormat.gexf,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: OUTDIR/graph.gexf or graph.graphml; with --per-statement graph-statements.*).")] = None,
    per_statement: Annotated[bool, typer.Option("--per-statement", help="One edge per statement instead of one weighted edge per (subject, relation, object).")] = False,
    ontology: Annotated[Optional[Path], typer.Option(help="The ontology folder the build used (default: the shipped one).")] = None,
) -> None:
    """Export the graph built in OUTDIR for Gephi (GEXF 1.3) or other graph tools (GraphML)."""
    from ..write.graphio import read_graph
    from ..ontology import Ontology
    from ..write.outputs import output_format

    fmt = output_format(format_.value)
    G = read_graph(outdir, Ontology.load(ontology) if ontology else None)
    name = Path(fmt.file).with_stem("graph-statements").name if per_statement else fmt.file
    path = fmt.write(G, out or Path(outdir) / name, aggregate=not per_statement)
    how = "one edge per statement" if per_statement else "one weighted edge per relation"
    typer.echo(f"Wrote {path}: {G.number_of_nodes()} actors, {G.number_of_edges()} statements ({how})")
