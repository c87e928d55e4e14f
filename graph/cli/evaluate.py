"""``actorgraph eval``: score a build against hand-made gold relations."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..evaluate import evaluate, generate_report_json, generate_report_text
from .app import app, handle_errors

__all__ = ["eval_command"]


@app.command("eval")
@handle_errors
def eval_command(
    outdir: Annotated[Path, typer.Argument(help="Output directory of `actorgraph build` (reads triples.csv, entities.csv, graph.json).")],
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Gold annotation file (YAML; format in tests/gold/README.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of a table.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list missed and spurious relations per article.")] = False,
    ontology: Annotated[Optional[Path], typer.Option(help="The ontology folder the build used (default: the shipped one).")] = None,
) -> None:
    """Precision, recall and F1 of OUTDIR's relations against a gold file, per article and overall."""
    from ..ontology import Ontology

    report = evaluate(outdir, gold, Ontology.load(ontology) if ontology else None)
    typer.echo(generate_report_json(report) if as_json else generate_report_text(report, details=details), nl=False)
