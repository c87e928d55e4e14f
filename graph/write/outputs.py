"""Every file a build writes into OUTDIR, in one registry: format name, file name, writer.

The build writes them all (:func:`write_formats`), ``actorgraph export`` rewrites one by name, and the
build's up-to-date stamp lists them; adding a format is one entry here.  Writers are named as
``module:function`` of ``graph.write`` and imported on first use, so the registry costs no
import of rdflib, lxml or pyvis.  Formats of one ``group`` (the four RDF files) are written together in
one pass by the group's writer.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

__all__ = ["OutputFormat", "FORMATS", "OUTPUT_FILES", "GROUP_WRITERS", "output_format", "write_formats"]


@dataclass(frozen=True)
class OutputFormat:
    name: str  # as ``actorgraph export --format`` names it
    file: str  # its file name in OUTDIR
    writer: str  # "module:function": ``function(G, path, **options) -> Path``
    group: str = ""  # written together with the rest of its group by ``GROUP_WRITERS[group]``

    def write(self, G, path: str | Path, **options) -> Path:
        """Write the hub ``G`` in this format to ``path``."""
        return _function(self.writer)(G, path, **options)


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("json", "graph.json", "graphio:write_graph_json"),
    OutputFormat("triples", "triples.csv", "tables:write_triples_csv"),
    OutputFormat("entities", "entities.csv", "tables:write_entities_csv"),
    OutputFormat("quotes", "quotes.csv", "quotes_out:write_quotes_csv"),
    OutputFormat("turtle", "graph.ttl", "rdf:write_turtle", group="rdf"),
    OutputFormat("trig", "graph.trig", "rdf:write_trig", group="rdf"),
    OutputFormat("jsonld", "graph.jsonld", "rdf:write_jsonld", group="rdf"),
    OutputFormat("ntriples", "graph.nt", "rdf:write_ntriples", group="rdf"),
    OutputFormat("map", "map.html", "htmlmap:write_map"),
    OutputFormat("gexf", "graph.gexf", "gexf:write_gexf"),
    OutputFormat("graphml", "graph.graphml", "graphml:write_graphml"),
)
#: A group's writer: ``function(G, outdir) -> list[Path]`` writes every file of the group.
GROUP_WRITERS = {"rdf": "rdf:write_rdf"}
#: Every file a build writes into OUTDIR (the store is the directory ``store/``).
OUTPUT_FILES = tuple(f.file for f in FORMATS)


def _function(spec: str):
    module, name = spec.split(":")
    return getattr(import_module(f"graph.write.{module}"), name)


def output_format(name: str) -> OutputFormat:
    """The format called ``name``; ValueError naming the known ones."""
    for f in FORMATS:
        if f.name == name:
            return f
    raise ValueError(f"unknown output format {name!r}; use one of: {', '.join(f.name for f in FORMATS)}")


def write_formats(G, outdir: str | Path, done: dict[str, Path] | None = None) -> list[Path]:
    """Write every format of the registry into ``outdir``, in registry order; each group in one pass.
    ``done``: files the caller has written already (file name -> path), listed but not written again."""
    outdir = Path(outdir)
    written: list[Path] = []
    groups: set[str] = set()
    for f in FORMATS:
        if done and f.file in done:
            written.append(done[f.file])
        elif not f.group:
            written.append(f.write(G, outdir / f.file))
        elif f.group not in groups:
            groups.add(f.group)
            written.extend(_function(GROUP_WRITERS[f.group])(G, outdir))
    return written
