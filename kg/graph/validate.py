"""SHACL validation of a dataset against ``ontologies/shapes/`` (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .. import resources
from .io import read_dataset, resolve_graph_path


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


def _union_graph(quads: list[ox.Quad]) -> rdflib.Graph:
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validate_quads(quads: list[ox.Quad]) -> list[Violation]:
    """Violations of the shapes in the union of all named graphs (empty list: the graph conforms)."""
    from pyshacl import validate

    shapes = rdflib.Graph()
    for path in resources.shapes_files():
        shapes.parse(path, format="turtle")
    data = _union_graph(quads)
    # No inference: the builder states every class a node belongs to, so validation stays fast.
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True)
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        out.append(Violation(str(focus), _short(path), str(message or "violation"),
                             str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def _short(path: object) -> str:
    if path is None:
        return ""
    text = str(path)
    for prefix, ns in (("dip:", "https://w3id.org/dipkg/ontology#"), ("oa:", "http://www.w3.org/ns/oa#"),
                       ("org:", "http://www.w3.org/ns/org#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text if text.startswith("http") else "(path)"


def validate_file(path: Path) -> list[Violation]:
    return validate_quads(read_dataset(resolve_graph_path(path)))
