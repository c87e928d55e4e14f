"""SHACL validation of the RDF actorgraph writes (``ontology/shapes.ttl``, with pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .errors import OntologyError, OutputError
from .vocab import ONTOLOGY_DIR

__all__ = ["SHAPES_FILE", "Violation", "ValidationReport", "validate_graph", "validate_outdir"]

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str  # the node that broke the shape
    path: str  # the property path, or "" for node-level constraints
    message: str
    severity: str = "Violation"
    value: str = ""

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    source: str = ""

    def __str__(self) -> str:
        if self.conforms:
            return f"{self.source}: conforms to the shapes"
        return "\n".join([f"{self.source}: {len(self.violations)} violation(s)"] +
                         [str(v) for v in self.violations])


def _load(path: Path) -> Graph:
    try:
        return Graph().parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises several parser error types
        raise OntologyError(f"{path}: cannot parse ({err}); fix the Turtle syntax") from err


def validate_graph(data: Graph, shapes: str | Path | None = None,
                   ontology: str | Path | None = None, source: str = "<graph>") -> ValidationReport:
    """Validate an rdflib Graph (or Dataset: every graph is validated together)."""
    import pyshacl

    shapes_graph = _load(Path(shapes or SHAPES_FILE))
    ont_graph = _load(Path(ontology or ONTOLOGY_DIR / "actorgraph.ttl"))
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=ont_graph, inference="none",
        advanced=False, allow_warnings=True,
    )
    violations = []
    for r in results.subjects(SH.resultSeverity, None):
        def val(p, _r=r) -> str:
            v = results.value(_r, p)
            return "" if v is None else str(v)

        path = val(SH.resultPath)
        violations.append(Violation(
            focus=val(SH.focusNode), path=path, message=val(SH.resultMessage),
            severity=val(SH.resultSeverity).rsplit("#", 1)[-1], value=val(SH.value),
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), tuple(violations), source)


def validate_outdir(outdir: str | Path) -> ValidationReport:
    """Validate ``OUTDIR/graph.ttl`` against ``ontology/shapes.ttl``."""
    path = Path(outdir) / "graph.ttl"
    if not path.is_file():
        raise OutputError(f"{path} not found: run `actorgraph build ... --out {outdir}` first")
    try:
        data = Graph().parse(str(path), format="turtle")
    except Exception as err:
        raise OutputError(f"{path}: not readable Turtle ({err}); rebuild with `actorgraph build`") from err
    return validate_graph(data, source=str(path))
