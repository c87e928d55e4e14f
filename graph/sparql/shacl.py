"""SHACL validation of the RDF actorgraph writes (the ontology's ``shapes.ttl``, with pyshacl).

The shapes and the OWL file read alongside them (so subclasses of ``ag:Actor``, the user's too, count as
actors) come from a loaded :class:`~graph.ontology.Ontology`: the shipped one unless another is given."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from ..errors import OutputError
from ..ontology import Ontology

__all__ = ["Violation", "ValidationReport", "validate_graph", "validate_outdir"]


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


def validate_graph(data: Graph, ontology: Ontology | None = None, source: str = "<graph>") -> ValidationReport:
    """Validate an rdflib Graph (or Dataset: every graph is validated together) against the shapes of
    ``ontology`` (default: the shipped one)."""
    import pyshacl

    ontology = ontology or Ontology.shipped()
    shapes_graph = Graph().parse(data=ontology.shapes, format="turtle")  # checked by Ontology.load
    ont_graph = Graph().parse(data=ontology.owl, format="turtle")
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


def validate_outdir(outdir: str | Path, ontology: Ontology | None = None) -> ValidationReport:
    """Validate ``OUTDIR/graph.ttl`` against the shapes of ``ontology`` (default: the shipped one)."""
    path = Path(outdir) / "graph.ttl"
    if not path.is_file():
        raise OutputError(f"{path} not found: run `actorgraph build ... --out {outdir}` first")
    try:
        data = Graph().parse(str(path), format="turtle")
    except Exception as err:
        raise OutputError(f"{path}: not readable Turtle ({err}); rebuild with `actorgraph build`") from err
    return validate_graph(data, ontology, source=str(path))
