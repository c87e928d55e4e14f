"""``actorgraph query``, ``serve`` and ``validate``: SPARQL over a built graph."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..sparql.query import parse_params, run_query
from ..sparql.server import LOOPBACK, ServerOptions, serve
from ..sparql.shacl import validate_outdir
from .app import app, handle_errors

__all__ = ["query_command", "serve_command", "validate_command"]


@app.command("query")
@handle_errors
def query_command(
    outdir: Annotated[Path, typer.Argument(help="A built output directory (ignored with --store).")],
    query: Annotated[str, typer.Argument(help="Inline SPARQL, a .rq file, or a canned query name "
                                              "(who-supplies, who-accuses, claims, contested, ego, timeline, top-actors).")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a query variable: NAME=VALUE "
                                                       "(a string; 42; 0.5; <iri>; actor:russia). Repeatable.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or xml (CONSTRUCT: ntriples or turtle).")] = "table",
    store: Annotated[Optional[str], typer.Option(help="Query this SPARQL 1.1 store URL instead of OUTDIR.")] = None,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let SERVICE (federated query) call "
                                                "other servers; refused by default.")] = False,
) -> None:
    """Run a SPARQL query on OUTDIR's graph (ontology prefixes ag:, agr:, rdf:, rdfs:, xsd:, prov:, dcterms:, owl: predeclared)."""
    text = run_query(store or outdir, query, params=parse_params(param), fmt=fmt, allow_service=allow_service)
    typer.echo(text, nl=False)


@app.command("serve")
@handle_errors
def serve_command(
    outdir: Annotated[Path, typer.Argument(help="A built output directory.")],
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default); also accepted "
                                           "as a Host header.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option(min=1.0, help="Time limit per query, in seconds: a query still "
                                                         "running then is stopped.")] = 30.0,
    max_rows: Annotated[int, typer.Option(min=1, help="Largest result, in rows or triples.")] = 100_000,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        "--allowed-host", help="Also accept requests whose Host header names this host (e.g. the "
                               "machine's name with --host 0.0.0.0; '*': any). Repeatable.")] = None,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let SERVICE (federated query) "
                                                "call other servers; refused by default.")] = False,
) -> None:
    """Serve OUTDIR read-only: SPARQL 1.1 Protocol at /sparql, the map at /."""
    if host not in LOOPBACK:
        typer.secho(f"Warning: listening on {host}: anyone who can reach this machine can query the graph.",
                    err=True, fg=typer.colors.YELLOW)

    def ready(server) -> None:
        typer.echo(f"SPARQL endpoint: {server.url}/sparql   map: {server.url}/   (Ctrl-C to stop)", err=True)

    options = ServerOptions(host=host, port=port, timeout=timeout, max_rows=max_rows,
                            allowed_hosts=tuple(allowed_host or ()), allow_service=allow_service)
    serve(outdir, options, ready)


@app.command("validate")
@handle_errors
def validate_command(
    outdir: Annotated[Path, typer.Argument(help="A built output directory (its graph.ttl is checked).")],
    ontology: Annotated[Optional[Path], typer.Option(help="The ontology folder the build used (default: the shipped one).")] = None,
) -> None:
    """Check OUTDIR's RDF against the SHACL shapes in ontology/shapes.ttl (or --ontology DIR's); exit 1 on any violation."""
    from ..ontology import Ontology

    report = validate_outdir(outdir, Ontology.load(ontology) if ontology else None)
    if report.conforms:
        typer.echo(str(report))
        return
    typer.echo(str(report))
    raise typer.Exit(1)
