"""What a SPARQL query or update asks for, read from its parse by rdflib (never from its text).

``kg serve`` decides what a request may do from this: no ``SERVICE`` anywhere, no update on a
read-only endpoint, no ``LOAD`` from beyond this machine unless allowed. A text filter cannot be
trusted for that (``?o.SERVICE <...>`` has no space before the keyword, ``\\u0053ERVICE`` is spelled
with an escape), so the request is parsed and the parse tree walked; text rdflib cannot parse is
refused, not passed on unchecked::

    >>> read_query("SELECT * { ?s ?p ?o.SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } }").service
    True
    >>> op = read_query("PREFIX g: <http://example.org/g/> SELECT * FROM g:a { ?s ?p ?o }")
    >>> op.form, op.default_graphs, op.named_graphs
    ('SELECT', ('http://example.org/g/a',), ())
    >>> read_update("LOAD <http://example.org/x.ttl>").loads
    ('http://example.org/x.ttl',)

rdflib's parser is pure Python (10-100 ms for a typical query), so :func:`read_query` keeps the
answers for the last texts it read.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}

# rdflib's grammar objects are shared; one parse at a time (the GIL allows no more anyway).
_PARSING = threading.Lock()


class SparqlParseError(ValueError):
    """rdflib could not parse the text; the message is one line naming where."""


@dataclass(frozen=True)
class Operation:
    """A parsed query or update, as far as a gatekeeper needs to know it."""

    kind: str  # "query" or "update"
    form: str | None = None  # SELECT, CONSTRUCT, ASK or DESCRIBE; None for an update
    service: bool = False  # a SERVICE pattern anywhere (also inside FILTER EXISTS, subqueries, updates)
    default_graphs: tuple[str, ...] = ()  # FROM
    named_graphs: tuple[str, ...] = ()  # FROM NAMED
    loads: tuple[str, ...] = ()  # the sources of LOAD operations

    @property
    def has_dataset(self) -> bool:
        """Whether the query names its own dataset (FROM or FROM NAMED)."""
        return bool(self.default_graphs or self.named_graphs)


def _nodes(tree):
    """Every node of an rdflib parse tree, depth first, without recursion (trees may be deep)."""
    from pyparsing import ParseResults

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # IRIs, literals and variables are str subclasses: leaves
            continue
        yield node
        # dict.values, not .values(): rdflib's Expr nodes hide their contents from their own methods.
        if isinstance(node, dict):
            stack.extend(dict.values(node))
        elif isinstance(node, (list, tuple, set, frozenset, ParseResults)):
            stack.extend(node)


def _has_service(tree) -> bool:
    return any(getattr(node, "name", None) == "ServiceGraphPattern" for node in _nodes(tree))


def _error(kind: str, exc: Exception) -> SparqlParseError:
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return SparqlParseError(f"rdflib cannot parse this {kind}: {line}")


@lru_cache(maxsize=2048)
def read_query(text: str) -> Operation:
    """The :class:`Operation` of a SPARQL query; :class:`SparqlParseError` when rdflib cannot parse it."""
    from rdflib.plugins.sparql.parser import parseQuery

    with _PARSING:
        try:
            tree = parseQuery(text)
            service = _has_service(tree)
            query = tree[1]
            # Only FROM IRIs need the translation (prefixes and BASE resolved), which costs as much
            # as the parse: skipped for the queries without them.
            clauses = _dataset_clauses(tree) if dict.get(query, "datasetClause") else []
        except RecursionError as exc:
            raise SparqlParseError("rdflib cannot parse this query: nested too deeply") from exc
        except Exception as exc:  # noqa: BLE001 (pyparsing and rdflib raise many kinds)
            raise _error("query", exc) from exc
    default = tuple(str(dict.get(c, "default")) for c in clauses if dict.get(c, "default") is not None)
    named = tuple(str(dict.get(c, "named")) for c in clauses if dict.get(c, "named") is not None)
    return Operation("query", FORMS.get(query.name), service, default, named)


def _dataset_clauses(tree) -> list:
    from rdflib.plugins.sparql.algebra import translateQuery

    # dict.get: CompValue.get answers the key itself for a missing key.
    return list(dict.get(translateQuery(tree).algebra, "datasetClause") or ())


def read_update(text: str) -> Operation:
    """The :class:`Operation` of a SPARQL update; :class:`SparqlParseError` when rdflib cannot parse it."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    with _PARSING:
        try:
            tree = parseUpdate(text)
            service = _has_service(tree)
            has_load = any(getattr(node, "name", None) == "Load" for node in _nodes(tree))
            # The translation resolves LOAD's IRI (prefixes, BASE); not needed without one.
            operations = translateUpdate(tree).algebra if has_load else []
        except RecursionError as exc:
            raise SparqlParseError("rdflib cannot parse this update: nested too deeply") from exc
        except Exception as exc:  # noqa: BLE001
            raise _error("update", exc) from exc
    loads = tuple(str(dict.get(op, "iri")) for op in operations if getattr(op, "name", None) == "Load")
    return Operation("update", None, service, loads=loads)


def dataset_of(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The FROM and FROM NAMED graphs of a query, or ``None`` when it names none (or rdflib cannot read it).

    For running a query that the caller trusts (``kg query``): without a dataset of its own, a
    query sees the union of all graphs; with one, it sees what it names.
    """
    if "from" not in text.lower():  # no FROM keyword can be there: spare the parse
        return None
    try:
        op = read_query(text)
    except SparqlParseError:
        return None
    return (op.default_graphs, op.named_graphs) if op.has_dataset else None
