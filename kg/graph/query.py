"""Saved SPARQL queries (``ontologies/queries/*.rq``) and running them with bound parameters.

A saved query starts with header lines::

    #+ summary: what it answers
    #+ param: NAME TYPE  description

TYPE says how a value given on the command line becomes an RDF term: ``state`` (an ISO code ->
the state's IRI), ``org``, ``place``, ``person``, ``article`` (ids -> IRIs), ``topic`` (a topic id ->
its concept), ``iri``, ``date`` (xsd:date), ``int``, ``string``. Values are bound as terms
(SPARQL 1.1 substitution), never pasted into the query text.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .. import resources
from ..errors import UsageError
from ..ids import DEFAULT_BASE, Minter
from .namespaces import TOPIC
from .operation import dataset_of

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("state", "org", "place", "person", "article", "topic", "iri", "date", "int", "string")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    summary: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)
    path: Path | None = None


def parse_query_text(text: str, name: str = "inline", path: Path | None = None) -> SavedQuery:
    summary, params = "", []
    for line in text.splitlines():
        m = re.match(r"#\+\s*(summary|param):\s*(.*)$", line.strip())
        if not m:
            continue
        if m.group(1) == "summary":
            summary = m.group(2).strip()
        else:
            parts = m.group(2).split(None, 2)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise UsageError(f"{path or name}: bad param line {line.strip()!r} (types: {', '.join(PARAM_TYPES)})")
            params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return SavedQuery(name, text, summary, tuple(params), path)


def saved_queries() -> dict[str, SavedQuery]:
    """The packaged saved queries by name (file name without ``.rq``)."""
    out = {}
    for path in sorted(resources.queries_dir().glob("*.rq")):
        out[path.stem] = parse_query_text(path.read_text(encoding="utf-8"), path.stem, path)
    return out


def resolve_query(spec: str) -> SavedQuery:
    """A saved query name, a path to an ``.rq`` file, or the text of a query.

    A name is one word (letters, digits, ``-``, ``_``, ``.``); anything else is query text, so a
    mistyped query gets its syntax error, not "unknown query". Files and texts are parsed here: a
    syntax error is a :class:`UsageError` of one line, naming the file or "inline query".
    """
    queries = saved_queries()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".rq"):
        if not path.is_file():
            raise UsageError(f"{spec}: no such query file")
        return _parsed(parse_query_text(path.read_text(encoding="utf-8"), path.stem, path), str(path))
    if not re.fullmatch(r"[\w.-]+", spec):
        return _parsed(parse_query_text(spec), "inline query")
    raise UsageError(f"unknown query {spec!r}; `kg queries` lists the saved ones")


def _parsed(query: SavedQuery, where: str) -> SavedQuery:
    try:
        # Parsing only: an empty store answers lazily, so nothing is evaluated before iteration.
        ox.Store().query(query.text)
    except SyntaxError as exc:
        raise UsageError(f"{where}: SPARQL {syntax_error(exc)}") from None
    return query


def syntax_error(exc: SyntaxError) -> str:
    """Oxigraph's parse error on one line: where it is and, cut short, what was expected there."""
    text = " ".join(str(exc).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", text)
    if m:
        text = f"syntax error at line {m.group(1)}, column {m.group(2)}: {m.group(3)}"
    return text if len(text) <= 160 else text[:157] + "..."


def bind(query: SavedQuery, values: dict[str, str], base_iri: str = DEFAULT_BASE) -> dict[ox.Variable, ox.Term]:
    """RDF terms for the given parameter values, by the types the query declares."""
    m = Minter(base_iri)
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        raise UsageError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(declared) or 'none'}")
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise UsageError(f"{query.name}: missing parameter(s) {', '.join(missing)} (-p NAME=VALUE)")
    out: dict[ox.Variable, ox.Term] = {}
    for name, value in values.items():
        kind = declared[name].type if name in declared else "string"
        try:
            out[ox.Variable(name)] = _term(kind, value, m)
        except ValueError as exc:
            raise UsageError(f"{query.name}: parameter {name}: {exc}") from exc
    return out


def _term(kind: str, value: str, m: Minter) -> ox.Term:
    if kind == "state":
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 code")
        return ox.NamedNode(m.state(value.upper()))
    if kind == "org":
        return ox.NamedNode(m.org(value.upper()))
    if kind == "place":
        return ox.NamedNode(m.place(value))
    if kind == "person":
        return ox.NamedNode(m.person(value))
    if kind == "article":
        return ox.NamedNode(m.article(value))
    if kind == "topic":
        return ox.NamedNode(str(TOPIC[value]))
    if kind == "iri":
        return ox.NamedNode(value)
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if kind == "int":
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)


def run(store: ox.Store, query: SavedQuery, values: dict[str, str] | None = None,
        base_iri: str = DEFAULT_BASE):
    """Results of ``query`` over the union of all graphs of ``store``, or the graphs its FROM clauses name."""
    substitutions = bind(query, values or {}, base_iri)
    try:
        return store.query(query.text, use_default_graph_as_union=dataset_of(query.text) is None,
                           substitutions=substitutions or None)
    except (SyntaxError, ValueError, RuntimeError) as exc:
        raise UsageError(f"{query.name}: {str(exc).splitlines()[0]}") from exc


def _cell(term) -> str:
    return "" if term is None else term.value


def rows(solutions) -> tuple[list[str], list[list[str]]]:
    """Variable names and plain-text rows of SELECT results."""
    variables = [v.value for v in solutions.variables]
    return variables, [[_cell(row[v]) for v in variables] for row in solutions]


def format_solutions(solutions, fmt: str) -> str:
    """SELECT results as ``csv``, ``tsv`` or SPARQL ``json``; CONSTRUCT results as Turtle."""
    if isinstance(solutions, ox.QueryTriples):
        return ox.serialize(list(solutions), format=ox.RdfFormat.TURTLE).decode("utf-8")
    if isinstance(solutions, ox.QueryBoolean):
        return "true\n" if bool(solutions) else "false\n"
    if fmt == "json":
        return solutions.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    variables, table = rows(solutions)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(variables)
    writer.writerows(table)
    return buffer.getvalue()
