"""Saved SPARQL queries (``ontologies/queries/*.rq``) and running them with bound parameters.

A saved query starts with header lines::

    #+ summary: what it answers
    #+ param: NAME TYPE  description
    #+ export: what it lists whole (only for a query whose rows grow with the graph's events)

TYPE says which values a parameter accepts and which RDF term a value becomes (:data:`PARAM_TYPES`):
``state`` (an ISO 3166-1 alpha-2 code -> the state's IRI), ``org``, ``place``, ``person``,
``article`` (ids -> IRIs), ``topic`` (a topic id -> its concept), ``iri``, ``date`` (xsd:date),
``int`` (xsd:integer), ``iso2`` (an ISO code as a plain literal, as ``dip:iso2`` holds it),
``lang`` (a language tag, as a plain literal) and ``string`` (any text, as a plain literal).

A value is checked against its type and written into the query as a term, escaped, in a ``VALUES``
block at the start of each group (``WHERE { ... }``, ``OPTIONAL { ... }``, a sub-query's...) that
uses the parameter's variable, so that the variable holds the value wherever it appears, as if the
value had been written in its place; a parameter used in no group gets a ``VALUES`` clause after
the query. Nothing of a value is pasted in as query text, so quotes, braces or ``SERVICE`` in a value
stay inside its term. Written in, a bound value steers the query plan as a constant would: binding
through pyoxigraph's ``substitutions`` instead took minutes on a graph of a thousand articles for a
query that takes milliseconds this way (issue 15).

>>> q = parse_query_text("#+ param: c state  a state\\nSELECT ?e WHERE { ?e <urn:p> ?c }")
>>> print(bound_text(q, {"c": "ir"}))
#+ param: c state  a state
SELECT ?e WHERE {
  VALUES (?c) { (<https://w3id.org/dipkg/id/state/IR>) }
 ?e <urn:p> ?c }
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .. import resources
from ..errors import UsageError
from ..ids import DEFAULT_BASE, Minter, safe_local
from .prefixes import PREFIXES
from .operation import dataset_of

XSD = "http://www.w3.org/2001/XMLSchema#"


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
    #: What the query lists whole when its rows grow with the events of the graph (every event, every
    #: event of a state...): a table to write to a file, not a screen (``kg queries`` says so); "" else.
    export: str = ""


# ---------------------------------------------------------------- parameter types

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
# An absolute IRI with none of the characters SPARQL forbids between < and >.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _matching(pattern: re.Pattern, what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise ValueError(f"{_shown(value)} is not {what}")
        return value
    return check


_iso2 = _matching(re.compile(r"[A-Za-z]{2}"), "an ISO 3166-1 alpha-2 code")
_code = _matching(_CODE, "a code (letters, digits, '.', '_', '-')")
_id = _matching(_CODE, "an id (letters, digits, '.', '_', '-')")
_lang = _matching(_LANG, "a language tag (en, ar, fa, pt-BR...)")


def _iri(value: str) -> str:
    # Minted IRIs are built from checked parts; this guards the one place any IRI enters the text.
    if not _IRI.fullmatch(value):
        raise ValueError(f"{_shown(value)} is not an absolute IRI (scheme:..., no spaces, <, >, \", {{, }}, |, ^, `, \\)")
    return f"<{value}>"


def _literal(value: str, datatype: str | None = None) -> str:
    text = '"' + re.sub(r'[\\"\n\r\t\b\f]', lambda m: _ESCAPES[m.group()], value) + '"'
    return f"{text}^^<{XSD}{datatype}>" if datatype else text


def _article_id(value: str) -> str:
    # Any id a build accepts (a file name, a JSON Lines id), minted the way the build mints it.
    if not value or len(value) > 500 or any(ord(c) < 32 for c in value):
        raise ValueError(f"{_shown(value)} is not an article id")
    return safe_local(value)


def _date(value: str) -> str:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{_shown(value)} is not a date (YYYY-MM-DD)") from None
    return _literal(value, "date")


def _int(value: str) -> str:
    if not re.fullmatch(r"[+-]?\d{1,30}", value):
        raise ValueError(f"{_shown(value)} is not an integer")
    return _literal(str(int(value)), "integer")


def _topic(value: str) -> str:
    return _iri(PREFIXES["topic"] + _id(value))


class _TextMinter(Minter):
    """The IRIs :class:`~kg.ids.Minter` mints, as plain strings: a value written into a query needs
    no rdflib term (and a reader, no rdflib)."""

    def _iri(self, path: str) -> str:  # type: ignore[override]
        return self.base + path


#: Parameter type -> (what it takes and gives, a function from a user's value to the SPARQL term
#: written into the query; it raises ValueError for a value not of the type).
PARAM_TYPES: dict[str, tuple[str, Callable[[str, Minter], str]]] = {
    "state": ("ISO code -> the state's IRI", lambda v, m: _iri(str(m.state(_iso2(v).upper())))),
    "org": ("organisation code -> its IRI", lambda v, m: _iri(str(m.org(_code(v).upper())))),
    "place": ("place id -> its IRI", lambda v, m: _iri(str(m.place(_id(v))))),
    "person": ("person id -> its IRI", lambda v, m: _iri(str(m.person(_id(v))))),
    "article": ("article id -> its IRI", lambda v, m: _iri(str(m.article(_article_id(v))))),
    "topic": ("topic id -> its concept", lambda v, m: _topic(v)),
    "iri": ("an absolute IRI", lambda v, m: _iri(v)),
    "date": ("YYYY-MM-DD -> xsd:date", lambda v, m: _date(v)),
    "int": ("an integer -> xsd:integer", lambda v, m: _int(v)),
    "iso2": ("ISO code -> plain literal", lambda v, m: _literal(_iso2(v).upper())),
    "lang": ("language tag -> plain literal", lambda v, m: _literal(_lang(v))),
    "string": ("any text -> plain literal", lambda v, m: _literal(v)),
}


def parse_query_text(text: str, name: str = "inline", path: Path | None = None) -> SavedQuery:
    summary, export, params = "", "", []
    for line in text.splitlines():
        m = re.match(r"#\+\s*(summary|param|export):\s*(.*)$", line.strip())
        if not m:
            continue
        if m.group(1) == "summary":
            summary = m.group(2).strip()
        elif m.group(1) == "export":
            export = m.group(2).strip()
        else:
            parts = m.group(2).split(None, 2)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES or not re.fullmatch(r"[A-Za-z_]\w*", parts[0]):
                raise UsageError(f"{path or name}: bad param line {line.strip()!r} (types: {', '.join(PARAM_TYPES)})")
            params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return SavedQuery(name, text, summary, tuple(params), path, export)


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


def bind(query: SavedQuery, values: dict[str, str], base_iri: str = DEFAULT_BASE) -> dict[str, str]:
    """The SPARQL term, as query text, of each parameter's value, by the types the query declares.

    >>> q = parse_query_text('#+ param: n string  a name\\nSELECT * WHERE { ?s ?p ?n }')
    >>> bind(q, {"n": 'say "hi"'})
    {'n': '"say \\\\"hi\\\\""'}
    """
    m = _TextMinter(base_iri)
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        raise UsageError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(declared) or 'none'}")
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise UsageError(f"{query.name}: missing parameter(s) {', '.join(missing)} (-p NAME=VALUE)")
    out: dict[str, str] = {}
    for param in query.params:
        what, term = PARAM_TYPES[param.type]
        try:
            out[param.name] = term(values[param.name], m)
        except ValueError as exc:
            raise UsageError(f"{query.name}: parameter {param.name} ({param.type}: {what}): {exc}") from None
    return out


# ---------------------------------------------------------------- writing bound terms into the text

# Just enough of SPARQL's lexical grammar to find pattern groups and variables: comments, strings
# and IRIs are single tokens, so a brace or a keyword inside one is never taken for structure.
_TOKENS = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}
              |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<name>[A-Za-z_][\w.-]*:[\w.:%-]*|:[\w.:%-]*|[A-Za-z_]\w*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>\S)
""", re.X | re.S)


def _tokens(text: str) -> list[tuple[str, str, int]]:
    return [(m.lastgroup, m.group(), m.start()) for m in _TOKENS.finditer(text) if m.lastgroup != "comment"]


@dataclass
class _Group:
    """A ``{ ... }`` of the query as :func:`_groups` reads it."""

    start: int  # offset just after its "{"
    is_group: bool  # a group graph pattern (not a template, a VALUES data block or a sub-query's wrapper)
    optional: bool  # the group of an OPTIONAL
    variables: set[str] = field(default_factory=set)  # every variable inside, in nested groups too
    nested: set[str] = field(default_factory=set)  # the variables of the groups inside it
    assigned: set[str] = field(default_factory=set)  # those its own BIND or VALUES mention

    def takes_from_outside(self) -> set[str]:
        """The variables whose value this group gets from the group around it.

        In an OPTIONAL's group, a variable of its own triple patterns and FILTERs (not of a BIND, a
        VALUES or a group inside it) is joined with, or filtered on, the value the group around it
        has: a VALUES block there too would change no answer, but Oxigraph then reads the OPTIONAL's
        patterns whole instead of once per row (every label of the store for the labels of two
        states: 0.2 s instead of 0.4 ms at 100,000 articles).
        """
        return self.variables - self.nested - self.assigned if self.optional else set()


def _groups(text: str) -> Iterator[tuple[int, set[str]]]:
    """(offset just after its ``{``, the variables to bind there) of each group graph pattern of the
    query: the variables inside it, but those an OPTIONAL's group takes from the group around it
    (:meth:`_Group.takes_from_outside`).

    Not groups: a ``CONSTRUCT`` template, the data block of ``VALUES``, and a group that holds only a
    sub-query (the sub-query's own ``WHERE`` group is one).
    """
    tokens = _tokens(text)
    open_groups: list[_Group] = []
    template_next = data_next = False
    bind_depth, depth = None, 0  # the parentheses' depth where a BIND's expression started; the depth now
    for i, (kind, value, at) in enumerate(tokens):
        word = value.upper() if kind == "name" else ""
        if word == "CONSTRUCT":
            template_next = True
        elif word == "WHERE":
            template_next = False
        elif word == "VALUES":
            data_next = True
        elif word == "BIND":
            bind_depth = depth
        elif kind == "other" and value in ("(", ")"):
            depth += 1 if value == "(" else -1
            bind_depth = None if bind_depth is not None and depth == bind_depth else bind_depth
        elif kind == "var" and open_groups:
            _mention(open_groups, value[1:], assigned=data_next or bind_depth is not None)
        elif kind == "open":
            after = tokens[i + 1][1].upper() if i + 1 < len(tokens) else ""
            before = tokens[i - 1][1].upper() if i else ""
            is_group = not (template_next or data_next or after == "SELECT")
            template_next = data_next = False
            open_groups.append(_Group(at + 1, is_group, before == "OPTIONAL"))
        elif kind == "close" and open_groups:
            group = open_groups.pop()
            if group.is_group:
                yield group.start, group.variables - group.takes_from_outside()


def _mention(open_groups: list[_Group], name: str, assigned: bool) -> None:
    """A variable met inside the innermost of ``open_groups``: it is in each of them."""
    for group in open_groups:
        group.variables.add(name)
    for group in open_groups[:-1]:
        group.nested.add(name)
    if assigned:
        open_groups[-1].assigned.add(name)


def _values_block(names: list[str], terms: dict[str, str]) -> str:
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms[n] for n in names)}) }}"


def bound_text(query: SavedQuery, values: dict[str, str], base_iri: str = DEFAULT_BASE,
               table: list[dict[str, str]] | None = None) -> str:
    """The query's text with its parameters bound to ``values`` (see the module notes).

    ``table`` binds some parameters to many rows of values at once: each row is checked like
    ``values`` and the rows go into one ``VALUES`` block at the start of the outermost group that
    uses all of its parameters, so the query answers for every row together (one query for the
    300 edges of a view, say, instead of 300 queries).

    >>> q = parse_query_text("#+ param: a iso2  a code\\nSELECT ?a WHERE { ?s <urn:p> ?a }")
    >>> print(bound_text(q, {}, table=[{"a": "IR"}, {"a": "TJ"}]).splitlines()[2])
      VALUES (?a) { ("IR") ("TJ") }
    """
    columns = list(table[0]) if table else []
    terms = bind(query, {**values, **(table[0] if table else {})}, base_iri)
    rows = [bind(query, {**values, **row}, base_iri) for row in table or ()]
    for name in columns:
        terms.pop(name)
    text = query.text
    used: set[str] = set()
    groups = sorted(_groups(text), key=lambda g: g[0], reverse=True)
    if columns:
        outer = min((g for g in groups if set(columns) <= g[1]), key=lambda g: g[0], default=None)
        if outer is None:
            raise UsageError(f"{query.name}: no group of the query uses all of {', '.join(columns)}")
        block = f"VALUES ({' '.join('?' + n for n in columns)}) {{ " + \
            " ".join("(" + " ".join(row[n] for n in columns) + ")" for row in rows) + " }"
    for start, variables in groups:
        names = [n for n in terms if n in variables]
        inserted = ""
        if names:
            used.update(names)
            inserted += f"\n  {_values_block(names, terms)}"
        if columns and start == outer[0]:
            inserted += f"\n  {block}"
        if inserted:
            text = f"{text[:start]}{inserted}\n{text[start:]}"
    rest = [n for n in terms if n not in used]
    if rest:
        text = f"{text.rstrip()}\n{_values_block(rest, terms)}\n"
    return text


def run(store: ox.Store, query: SavedQuery, values: dict[str, str] | None = None,
        base_iri: str = DEFAULT_BASE, table: list[dict[str, str]] | None = None):
    """Results of ``query``, its parameters bound to ``values`` (and ``table``, see
    :func:`bound_text`), over the union of all graphs of ``store``, or the graphs its FROM clauses name."""
    text = bound_text(query, values or {}, base_iri, table)
    try:
        return store.query(text, use_default_graph_as_union=not _names_graphs(query.text))
    except (SyntaxError, ValueError, RuntimeError) as exc:
        raise UsageError(f"{query.name}: {str(exc).splitlines()[0]}") from exc


def _names_graphs(text: str) -> bool:
    """Whether the query names the graphs it reads (FROM, FROM NAMED). A query without the keyword
    (outside comments, strings and IRIs) names none: spared the parse by rdflib, which is slow to import
    and to run (0.1 s and more, for every query of a reader)."""
    if not any(kind == "name" and value.upper() == "FROM" for kind, value, _ in _tokens(text)):
        return False
    return dataset_of(text) is not None


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
