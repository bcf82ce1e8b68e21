"""SHACL validation of a dataset against ``ontologies/shapes/``.

pySHACL reads the whole union graph into rdflib and checks each focus node in pure Python; on a
build of half a million quads it did not finish in four minutes. The shapes use a small part of
SHACL, so they are compiled once into checks that run over an index of the data:

* targets (``sh:targetClass`` with ``rdfs:subClassOf``, ``sh:targetSubjectsOf``,
  ``sh:targetObjectsOf``, ``sh:targetNode``) and ``sh:class`` become sets of nodes;
* property shapes (a predicate, a sequence of predicates or an inverse path) with ``sh:minCount``,
  ``sh:maxCount``, ``sh:nodeKind``, ``sh:class``, ``sh:in``, ``sh:datatype``, ``sh:pattern`` and the
  four range constraints are checked value by value, with pySHACL's own rules for well-formed literals
  and for comparing them, so that both report the same violations;
* SPARQL constraints (``sh:sparql``) run once in an in-memory Oxigraph store over all the data, and
  their rows are kept for the focus nodes of the shape.

Shapes that use anything else (``sh:node``, ``sh:or``, qualified shapes...) are checked by pySHACL,
which gives the same answers, slowly: :func:`validate_quads` picks the fast path when it can.

One caveat: Oxigraph keeps typed literals by value, so a SPARQL constraint sees
``"3"^^xsd:nonNegativeInteger`` as ``"3"^^xsd:integer``; the datatype checks read the parsed data,
which keeps every literal as written.
"""
from __future__ import annotations

import datetime
import decimal
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection

from .. import resources
from .io import read_output

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
XSD = rdflib.XSD
RDF_TYPE = ox.NamedNode(str(rdflib.RDF.type))
SUBCLASS_OF = ox.NamedNode(str(rdflib.RDFS.subClassOf))
XSD_STRING = ox.NamedNode(str(XSD.string))


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


class Unsupported(Exception):
    """A shape uses a part of SHACL that the compiled checks do not cover (pySHACL takes over)."""


# --- compiled shapes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PropertyCheck:
    steps: tuple[tuple[bool, ox.NamedNode], ...]  # (inverse?, predicate) in path order
    label: str  # the path as reports show it
    constraints: tuple[tuple[str, object], ...]  # (component, argument)
    message: str
    severity: str


@dataclass(frozen=True)
class SparqlCheck:
    query: str
    message: str
    severity: str


@dataclass
class ShapeCheck:
    classes: list[ox.NamedNode] = field(default_factory=list)
    subjects_of: list[ox.NamedNode] = field(default_factory=list)
    objects_of: list[ox.NamedNode] = field(default_factory=list)
    nodes: list[ox.Term] = field(default_factory=list)
    properties: list[PropertyCheck] = field(default_factory=list)
    sparql: list[SparqlCheck] = field(default_factory=list)


_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
_DESCRIPTIVE = {rdflib.RDF.type, rdflib.RDFS.comment, rdflib.RDFS.label, SH.message, SH.severity, SH.name,
                SH.description, SH.order, SH.group, SH.deactivated}
_VALUE_COMPONENTS = {SH.minCount, SH.maxCount, SH.nodeKind, SH["class"], SH["in"], SH.datatype, SH.pattern,
                     SH.flags, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive}


def _ox(term: rdflib.term.Node) -> ox.Term:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise Unsupported(f"blank node {term} as a value in a shape")


def _severity(g: rdflib.Graph, shape: rdflib.term.Node) -> str:
    value = g.value(shape, SH.severity)
    return str(value).rsplit("#", 1)[-1] if value is not None else "Violation"


def _steps(g: rdflib.Graph, path: rdflib.term.Node) -> tuple[tuple[bool, ox.NamedNode], ...]:
    if isinstance(path, rdflib.URIRef):
        return ((False, ox.NamedNode(str(path))),)
    inverse = g.value(path, SH.inversePath)
    if isinstance(inverse, rdflib.URIRef):
        return ((True, ox.NamedNode(str(inverse))),)
    if g.value(path, rdflib.RDF.first) is not None:
        steps: tuple[tuple[bool, ox.NamedNode], ...] = ()
        for item in Collection(g, path):
            steps += _steps(g, item)
        return steps
    raise Unsupported(f"path {path} (only predicates, sequences and inverse predicates are compiled)")


def _property(g: rdflib.Graph, shape: rdflib.term.Node) -> PropertyCheck:
    unknown = set(g.predicates(shape)) - _VALUE_COMPONENTS - _DESCRIPTIVE - {SH.path}
    if unknown:
        raise Unsupported(f"property shape with {', '.join(sorted(str(p) for p in unknown))}")
    path = g.value(shape, SH.path)
    if path is None:
        raise Unsupported(f"property shape {shape} without sh:path")
    constraints: list[tuple[str, object]] = []
    for component in (SH.minCount, SH.maxCount):
        for value in g.objects(shape, component):
            constraints.append((component.fragment, int(value)))
    for value in g.objects(shape, SH.nodeKind):
        constraints.append(("nodeKind", str(value).rsplit("#", 1)[-1]))
    for value in g.objects(shape, SH["class"]):
        constraints.append(("class", _ox(value)))
    for value in g.objects(shape, SH["in"]):
        constraints.append(("in", frozenset(_ox(item) for item in Collection(g, value))))
    for value in g.objects(shape, SH.datatype):
        constraints.append(("datatype", value))
    flags = str(g.value(shape, SH.flags) or "")
    for value in g.objects(shape, SH.pattern):
        re_flags = (re.I if "i" in flags else 0) | (re.S if "s" in flags else 0) | (re.M if "m" in flags else 0) \
            | (re.X if "x" in flags else 0)
        constraints.append(("pattern", re.compile(str(value), re_flags)))
    for component in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
        for value in g.objects(shape, component):
            constraints.append((component.fragment, value))
    message = g.value(shape, SH.message)
    label = _short(path) if isinstance(path, rdflib.URIRef) else "(path)"
    return PropertyCheck(_steps(g, path), label, tuple(constraints),
                         str(message) if message is not None else "", _severity(g, shape))


def _prefixes(g: rdflib.Graph, constraint: rdflib.term.Node) -> str:
    lines = []
    for ontology in g.objects(constraint, SH.prefixes):
        for declaration in g.objects(ontology, SH.declare):
            lines.append(f"PREFIX {g.value(declaration, SH.prefix)}: <{g.value(declaration, SH.namespace)}>")
    return "\n".join(sorted(set(lines)))


def compile_shapes(g: rdflib.Graph) -> list[ShapeCheck]:
    """The checks of every targeted shape in ``g``; raises :class:`Unsupported` for other SHACL."""
    checks = []
    shapes = {s for p in _TARGETS for s in g.subjects(p, None)}
    if set(g.subjects(rdflib.RDF.type, rdflib.RDFS.Class)) & set(g.subjects(rdflib.RDF.type, SH.NodeShape)):
        raise Unsupported("implicit class targets")
    for shape in sorted(shapes):
        if g.value(shape, SH.deactivated) == rdflib.Literal(True):
            continue
        if g.value(shape, SH.path) is not None:
            raise Unsupported(f"{shape}: a property shape with targets of its own")
        unknown = set(g.predicates(shape)) - _TARGETS - _DESCRIPTIVE - {SH.property, SH.sparql}
        if unknown:
            raise Unsupported(f"{shape}: {', '.join(sorted(str(p) for p in unknown))}")
        check = ShapeCheck(
            classes=[_ox(c) for c in g.objects(shape, SH.targetClass)],
            subjects_of=[_ox(p) for p in g.objects(shape, SH.targetSubjectsOf)],
            objects_of=[_ox(p) for p in g.objects(shape, SH.targetObjectsOf)],
            nodes=[_ox(n) for n in g.objects(shape, SH.targetNode)])
        for prop in g.objects(shape, SH.property):
            if g.value(prop, SH.deactivated) != rdflib.Literal(True):
                check.properties.append(_property(g, prop))
        for constraint in g.objects(shape, SH.sparql):
            if g.value(constraint, SH.deactivated) == rdflib.Literal(True):
                continue
            select = g.value(constraint, SH.select)
            if select is None:
                raise Unsupported(f"{shape}: a SPARQL constraint without sh:select")
            message = g.value(constraint, SH.message) or g.value(shape, SH.message)
            check.sparql.append(SparqlCheck(f"{_prefixes(g, constraint)}\n{select}",
                                            str(message) if message is not None else "",
                                            _severity(g, constraint)))
        checks.append(check)
    return checks


def shapes_graph() -> rdflib.Graph:
    """The packaged shapes (``ontologies/shapes/*.ttl``) in one rdflib graph."""
    shapes = rdflib.Graph()
    for path in resources.shapes_files():
        shapes.parse(path, format="turtle")
    return shapes


# --- running the checks ---------------------------------------------------------------------------

_NONE: frozenset = frozenset()


class _Data:
    """The triples the checks read, indexed by predicate, plus the class hierarchy."""

    def __init__(self, quads: list[ox.Quad], checks: list[ShapeCheck]):
        forward_predicates = {RDF_TYPE, SUBCLASS_OF}
        backward_predicates = {RDF_TYPE, SUBCLASS_OF}
        for check in checks:
            forward_predicates.update(check.subjects_of)
            backward_predicates.update(check.objects_of)
            for prop in check.properties:
                for inverse, predicate in prop.steps:
                    (backward_predicates if inverse else forward_predicates).add(predicate)
        self.forward: dict[ox.NamedNode, dict[ox.Term, set]] = {p: defaultdict(set) for p in forward_predicates}
        self.backward: dict[ox.NamedNode, dict[ox.Term, set]] = {p: defaultdict(set) for p in backward_predicates}
        forward, backward = self.forward, self.backward
        for q in quads:
            p = q.predicate
            if p in forward:
                forward[p][q.subject].add(q.object)
            if p in backward:
                backward[p][q.object].add(q.subject)
        self._instances: dict[ox.Term, frozenset] = {}

    def instances(self, cls: ox.Term) -> frozenset:
        """Nodes typed ``cls`` or one of its subclasses (``rdf:type/rdfs:subClassOf*``)."""
        if cls not in self._instances:
            classes, todo = {cls}, [cls]
            subclasses = self.backward[SUBCLASS_OF]
            while todo:
                for sub in subclasses.get(todo.pop(), ()):
                    if sub not in classes:
                        classes.add(sub)
                        todo.append(sub)
            typed = self.backward[RDF_TYPE]
            self._instances[cls] = frozenset(node for c in classes for node in typed.get(c, ()))
        return self._instances[cls]

    def focus_nodes(self, check: ShapeCheck) -> set:
        nodes = set(check.nodes)
        for cls in check.classes:
            nodes.update(self.instances(cls))
        for predicate in check.subjects_of:
            nodes.update(self.forward[predicate])
        for predicate in check.objects_of:
            nodes.update(self.backward[predicate])
        return nodes

    def values(self, focus: ox.Term, steps: tuple[tuple[bool, ox.NamedNode], ...]) -> set:
        if len(steps) == 1:  # the common case, without a copy
            inverse, predicate = steps[0]
            return (self.backward if inverse else self.forward)[predicate].get(focus, _NONE)
        nodes = {focus}
        for inverse, predicate in steps:
            index = (self.backward if inverse else self.forward)[predicate]
            nodes = {value for node in nodes for value in index.get(node, ())}
            if not nodes:
                break
        return nodes


_KINDS = {
    "IRI": (ox.NamedNode,), "BlankNode": (ox.BlankNode,), "Literal": (ox.Literal,),
    "BlankNodeOrIRI": (ox.BlankNode, ox.NamedNode), "BlankNodeOrLiteral": (ox.BlankNode, ox.Literal),
    "IRIOrLiteral": (ox.NamedNode, ox.Literal),
}
# The Python types rdflib gives valid literals of these datatypes (pySHACL checks them too).
_PYTHON_TYPES = {XSD.integer: int, XSD.float: float, XSD.decimal: decimal.Decimal, XSD.boolean: bool,
                 XSD.date: datetime.date, XSD.time: datetime.time, XSD.dateTime: datetime.datetime,
                 XSD.string: (str, bytes)}


@lru_cache(maxsize=65536)
def _rdflib_literal(value: str, datatype: str | None, language: str | None) -> rdflib.Literal:
    # rdflib logs a traceback for every ill-typed literal; an ill-typed literal is a finding, not a crash.
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return rdflib.Literal(value, lang=language, datatype=None if language else rdflib.URIRef(datatype))
    finally:
        logger.setLevel(level)


def _as_rdflib(term: ox.Literal) -> rdflib.Literal:
    return _rdflib_literal(term.value, term.datatype.value, term.language)


@lru_cache(maxsize=65536)
def _has_datatype(term: ox.Term, datatype: rdflib.URIRef) -> bool:
    # pySHACL's rule: the literal's datatype is the one asked for and its lexical form is valid for it.
    if not isinstance(term, ox.Literal):
        return False
    if datatype == rdflib.RDFS.Literal:
        return True
    if term.language:
        return datatype == rdflib.RDF.langString
    if term.datatype.value != str(datatype):
        return False
    literal = _as_rdflib(term)
    if getattr(literal, "ill_typed", None) is True:
        return False
    expected = _PYTHON_TYPES.get(datatype)
    return expected is None or isinstance(literal.value, expected)


@lru_cache(maxsize=65536)  # values repeat (confidences, counts): each is compared once
def _in_range(term: ox.Term, component: str, bound: rdflib.Literal) -> bool:
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(term, ox.Literal):
        return False
    value = _as_rdflib(term)
    if isinstance(value.value, str) != isinstance(bound.value, str):
        return False
    try:
        order = compare_literal(value, bound)
    except (TypeError, NotImplementedError):
        return False
    return {"minInclusive": order >= 0, "maxInclusive": order <= 0,
            "minExclusive": order > 0, "maxExclusive": order < 0}[component]


def _value_ok(data: _Data, component: str, argument: object, term: ox.Term) -> bool:
    if component == "nodeKind":
        return isinstance(term, _KINDS[argument])
    if component == "class":
        return term in data.instances(argument)
    if component == "in":
        return term in argument
    if component == "datatype":
        return _has_datatype(term, argument)
    if component == "pattern":
        return not isinstance(term, ox.BlankNode) and argument.search(term.value) is not None
    return _in_range(term, component, argument)


def _default_message(component: str, argument: object, label: str) -> str:
    shown = argument.pattern if isinstance(argument, re.Pattern) else argument
    if isinstance(shown, frozenset):
        shown = "(" + " ".join(sorted(str(t) for t in shown)) + ")"
    return f"{label}: {component} {shown} not met"


def _run_property(data: _Data, focus_nodes: set, prop: PropertyCheck) -> list[Violation]:
    out = []
    counts = [(c, a) for c, a in prop.constraints if c in ("minCount", "maxCount")]
    per_value = [(c, a) for c, a in prop.constraints if c not in ("minCount", "maxCount")]
    for focus in focus_nodes:
        values = data.values(focus, prop.steps)
        for component, argument in counts:
            if (len(values) < argument) if component == "minCount" else (len(values) > argument):
                out.append(Violation(focus.value, prop.label,
                                     prop.message or _default_message(component, argument, prop.label),
                                     prop.severity))
        for term in values:
            for component, argument in per_value:
                if not _value_ok(data, component, argument, term):
                    out.append(Violation(focus.value, prop.label,
                                         prop.message or _default_message(component, argument, prop.label),
                                         prop.severity))
    return out


def _run_sparql(store: ox.Store, focus_nodes: set, check: SparqlCheck) -> list[Violation]:
    # One run over all the data, rows kept for the shape's focus nodes: the same rows as running it
    # once per focus node with $this bound, without a query per node.
    out, seen = [], set()
    solutions = store.query(check.query, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    for row in solutions:
        bound = {name: row[name] for name in names if row[name] is not None}
        focus = bound.get("this")
        key = tuple(sorted((k, str(v)) for k, v in bound.items()))
        if focus is None or focus not in focus_nodes or key in seen:
            continue  # the union of the named graphs repeats a row once per graph holding its triples
        seen.add(key)
        message = check.message or "SPARQL constraint"
        for name, term in bound.items():
            message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", term.value.replace("\\", r"\\"), message)
        path = bound.get("path")
        out.append(Violation(focus.value, _short(path.value) if isinstance(path, ox.NamedNode) else "",
                             message, check.severity))
    return out


def run_checks(checks: list[ShapeCheck], quads: list[ox.Quad]) -> list[Violation]:
    """The violations the compiled ``checks`` find in the union of all graphs of ``quads``."""
    data = _Data(quads, checks)
    store = None
    if any(check.sparql for check in checks):
        store = ox.Store()
        store.bulk_extend(quads)
    out = []
    for check in checks:
        focus_nodes = data.focus_nodes(check)
        if not focus_nodes:
            continue
        for prop in check.properties:
            out.extend(_run_property(data, focus_nodes, prop))
        for sparql in check.sparql:
            out.extend(_run_sparql(store, focus_nodes, sparql))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_with_pyshacl(quads: list[ox.Quad], shapes: rdflib.Graph | None = None) -> list[Violation]:
    """The violations pySHACL finds (any SHACL Core or SPARQL shape; slow beyond some 100,000 quads)."""
    from pyshacl import validate

    shapes = shapes if shapes is not None else shapes_graph()
    data = _union_graph(quads)
    # No inference: the builder states every class a node belongs to.
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True)
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        out.append(Violation(str(focus), _short_path(path), str(message or "violation"),
                             str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_quads(quads: list[ox.Quad], shapes: rdflib.Graph | None = None) -> list[Violation]:
    """Violations of ``shapes`` (default: the packaged ones) in the union of all named graphs.

    An empty list: the graph conforms.
    """
    shapes = shapes if shapes is not None else shapes_graph()
    try:
        checks = compile_shapes(shapes)
    except Unsupported:
        return validate_with_pyshacl(quads, shapes)
    return run_checks(checks, quads)


def _union_graph(quads: list[ox.Quad]) -> rdflib.Graph:
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def _short(text: str) -> str:
    for prefix, ns in (("dip:", "https://w3id.org/dipkg/ontology#"), ("oa:", "http://www.w3.org/ns/oa#"),
                       ("org:", "http://www.w3.org/ns/org#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text if text.startswith("http") else "(path)"


def _short_path(path: object) -> str:
    return "" if path is None else _short(str(path))


def validate_file(path: Path) -> list[Violation]:
    return validate_quads(read_output(path))
