"""A remote SPARQL 1.1 endpoint, read as the readers read a local store.

``kg query``, ``kg dyad``, ``kg analyze`` and ``kg view`` ask their store one thing:
``store.query(text, use_default_graph_as_union=True)``, and read pyoxigraph's result objects.
:class:`SparqlEndpoint` answers that call over the SPARQL 1.1 Protocol (an HTTP POST of
``query=``), and parses the answer with pyoxigraph into the same objects, so the library code
does not know whether its store is a folder or a server::

    with opened_store("http://127.0.0.1:7878/query") as store:   # see kg.graph.store
        profile = dyad_profile(store, "IR", "TJ")

Only queries are sent: the text is parsed here first, by Oxigraph, and anything that is not a
query (an update) is refused before it leaves, since some servers (Virtuoso) run an update sent
as ``query=``. A reader's queries see the union of the named graphs, as they do locally; a server
must be set up to answer so (Oxigraph: ``--union-default-graph``; Virtuoso does by default), and
one whose default graph is empty while its named graphs are not is reported, not read as empty.

Nothing else of a store (``len``, ``quads_for_pattern``, updates) is offered: the commands that need
it take a folder or a graph file.
"""
from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from ..errors import InputError, UsageError

#: Seconds to wait for a server's connection and for each read of its answer.
DEFAULT_TIMEOUT = 60.0
SELECT_RESULTS = "application/sparql-results+json"
GRAPH_RESULTS = "application/n-triples"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Virtuoso 7.2 writes an xsd:boolean as 1 or 0, lexical forms as valid as true and false; the
# readers compare a flag's value with "true" (as Oxigraph writes it), so the client writes it so.
# (pyoxigraph itself reads Virtuoso's "typed-literal" terms and writes language tags in lower case.)
_CANONICAL_BOOLEAN = {"1": "true", "0": "false"}
_VIRTUOSO_ASK = "__ASK_RETVAL"


def is_endpoint_url(graph: object) -> bool:
    """Whether a command's GRAPH argument names a SPARQL endpoint rather than a folder or a file."""
    return isinstance(graph, str) and graph.lower().startswith(("http://", "https://"))


def first_line(body: bytes | str, limit: int = 200) -> str:
    """The first non-empty line of a server's answer, on one line; of an HTML error page, its text.

    >>> first_line(b"\\nParse error: expected '}'\\nat line 3")
    "Parse error: expected '}'"
    >>> first_line("<html><title>Request failed</title><h3>Error 42000</h3></html>")
    'Request failed; Error 42000'
    """
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    lines = [" ".join(line.split()) for line in text.splitlines()]
    if text.lstrip().startswith("<"):  # an error page says what went wrong in its title and headings
        lines = [" ".join(line.split()) for line in re.sub(r"<[^>]*>", "\n", text).splitlines()]
        return "; ".join(line for line in lines if line)[:limit]
    return next((line for line in lines if line), "")[:limit]


def _query_form(text: str) -> type:
    """The class of result ``text`` gives (QuerySolutions, QueryBoolean or QueryTriples).

    Oxigraph parses the text against an empty store: an update, or text that is no query, raises
    SyntaxError as a local store's ``query`` would. SELECT, CONSTRUCT and DESCRIBE are evaluated
    lazily, so nothing runs; an ASK runs, over nothing.
    """
    return type(ox.Store().query(text))


def _normalised_json(body: bytes, ask: bool) -> bytes:
    """SPARQL results JSON with the answers of other servers spelled as Oxigraph spells them."""
    results = json.loads(body)
    if ask and "boolean" not in results and results.get("head", {}).get("vars") == [_VIRTUOSO_ASK]:
        # Virtuoso 7.2 answers ASK as a SELECT of one variable: one row holding 1 for true, no row for false.
        rows = results.get("results", {}).get("bindings", [])
        return json.dumps({"head": {}, "boolean": any(r.get(_VIRTUOSO_ASK, {}).get("value") not in (None, "0")
                                                        for r in rows)}).encode("utf-8")
    for row in results.get("results", {}).get("bindings", ()):
        for term in row.values():
            if term.get("datatype") == XSD + "boolean" and term.get("value") in _CANONICAL_BOOLEAN:
                term["value"] = _CANONICAL_BOOLEAN[term["value"]]
    return json.dumps(results).encode("utf-8")


class SparqlEndpoint:
    """A SPARQL 1.1 query endpoint (its full URL, e.g. ``http://127.0.0.1:7878/query``), read-only.

    ``timeout`` bounds the wait for the connection and for each read of the answer, in seconds.
    """

    def __init__(self, url: str, timeout: float = DEFAULT_TIMEOUT):
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.fragment:
            raise UsageError(f"{url!r} is not a SPARQL endpoint URL (e.g. http://127.0.0.1:7878/query)")
        self.url = url.strip()
        self.timeout = timeout
        self._union_checked = False

    def __repr__(self) -> str:
        return f"SparqlEndpoint({self.url!r})"

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: object = None, named_graphs: object = None, **unsupported: object):
        """The results of ``query`` as pyoxigraph's own objects, as :meth:`pyoxigraph.Store.query` gives them.

        ``default_graph`` and ``named_graphs`` (IRIs, as strings or NamedNodes) become the protocol's
        ``default-graph-uri`` and ``named-graph-uri``. With neither, and no FROM in the query, the
        server's default graph is read: what ``use_default_graph_as_union`` asks for when the server
        is set up as the module notes say.
        """
        if unsupported:
            raise TypeError(f"a SPARQL endpoint does not take {', '.join(sorted(unsupported))}")
        form = _query_form(query)
        if use_default_graph_as_union and not self._union_checked:
            self._check_union_default()
        fields = [("query", query)]
        fields += [("default-graph-uri", _iri(g)) for g in _as_list(default_graph)]
        fields += [("named-graph-uri", _iri(g)) for g in _as_list(named_graphs)]
        if form is ox.QueryTriples:
            return self._parse_triples(self._post(fields, GRAPH_RESULTS))
        return self._parse_results(self._post(fields, SELECT_RESULTS), ask=form is ox.QueryBoolean)

    def _check_union_default(self) -> None:
        self._union_checked = True
        if bool(self.query("ASK { ?s ?p ?o }")) or not bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }")):
            return
        raise InputError(self.url, "the default graph is empty but the named graphs are not: kg reads their "
                                   "union (serve with Oxigraph's --union-default-graph)")

    def _post(self, fields: list[tuple[str, str]], accept: str) -> bytes:
        request = urllib.request.Request(
            self.url, data=urllib.parse.urlencode(fields).encode("utf-8"), method="POST",
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = first_line(exc.read() or b"")
            raise InputError(self.url, f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")) from None
        except urllib.error.URLError as exc:
            raise UsageError(f"{self.url}: cannot reach the server: {_reason(exc.reason)}") from None
        except (TimeoutError, socket.timeout):
            raise UsageError(f"{self.url}: no answer within {self.timeout:g} s") from None
        except http.client.HTTPException as exc:  # the server went away half-way through its answer
            raise InputError(self.url, f"the answer broke off ({type(exc).__name__})") from None
        except (ConnectionError, OSError) as exc:
            raise UsageError(f"{self.url}: cannot reach the server: {_reason(exc)}") from None

    def _parse_results(self, body: bytes, ask: bool):
        try:
            return ox.parse_query_results(_normalised_json(body, ask), ox.QueryResultsFormat.JSON)
        except (ValueError, SyntaxError, AttributeError) as exc:
            shown = first_line(str(exc)) or first_line(body)
            raise InputError(self.url, f"the answer is not SPARQL results JSON: {shown}") from None

    def _parse_triples(self, body: bytes) -> ox.QueryTriples:
        # pyoxigraph makes a QueryTriples only as a store's answer: the triples go into a store in
        # memory and come back out of it, so a reader gets the same object as from a local store.
        graph = ox.Store()
        try:
            graph.bulk_extend(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except (ValueError, SyntaxError) as exc:
            raise InputError(self.url, f"the answer is not N-Triples: {first_line(str(exc))}") from None
        return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")


def _as_list(graphs: object) -> list:
    if graphs is None:
        return []
    return list(graphs) if isinstance(graphs, (list, tuple, set, frozenset)) else [graphs]


def _iri(graph: object) -> str:
    if isinstance(graph, ox.NamedNode):
        return graph.value
    if isinstance(graph, str):
        return graph
    raise TypeError(f"a SPARQL endpoint names graphs by IRI, not {graph!r}")


def _reason(reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time"
    text = str(reason).strip()
    return text.splitlines()[0] if text else type(reason).__name__
