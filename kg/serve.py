"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a build's on-disk store or an in-memory copy.

Built on the standard library's :class:`http.server.ThreadingHTTPServer`; no web framework::

    from kg.graph.store import opened_store
    from kg.serve import make_server

    with opened_store(Path("outputs/demo")) as store:          # store/ read-only, else graph.trig in memory
        server = make_server(store, port=0).start()            # serves in a thread
        print(server.url)                                      # http://127.0.0.1:PORT/sparql
        ...
        server.stop()

What it answers:

* ``GET /sparql?query=...``; ``POST /sparql`` with an ``application/x-www-form-urlencoded`` body
  (``query=`` or ``update=``) or an ``application/sparql-query`` / ``application/sparql-update`` body.
  ``default-graph-uri`` and ``named-graph-uri`` are honoured; without them the default graph is the
  union of all graphs, so the named graph of each article is visible.
* Results by content negotiation on ``Accept``, or a ``format`` parameter that wins over it:
  SELECT and ASK as SPARQL JSON (the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle
  (the default), N-Triples or RDF/XML. Nothing acceptable: 406.
* ``GET /``: a small HTML page with the saved queries and a form that posts to ``/sparql``.

Limits, each answered with a one-line ``text/plain`` message:

* Read-only unless ``allow_updates``: an update gets 403. Allowed updates change the in-memory store
  only (``kg serve --allow-updates`` loads one); the graph file and the on-disk store are never written. An update from a web page of another origin (its
  ``Origin`` header names another host) gets 403 too.
* ``SERVICE`` (federated query) is refused with 403: Oxigraph would fetch any URL it names, which
  would let whoever can reach the endpoint make this machine send requests.
* ``timeout`` seconds per request: evaluation *and* serialisation run in a worker thread and the
  request is answered 503 when the time is up. Oxigraph cannot interrupt a running query, so the
  worker finishes in the background; at most ``max_workers`` of them run at once, and a request that
  finds no free worker before its time is up gets 503 as well. A timed-out update may still be
  applied when its worker finishes.
* ``max_results``: SELECT rows (and CONSTRUCT/DESCRIBE triples) past that number are cut; the answer
  then carries ``X-Kg-Truncated: true``. Aggregates, ``ORDER BY`` and the like still need memory for
  everything they look at.
* A malformed query or update gets 400 with the first line of the parser's message; an unknown path
  404; a body of another media type 415; a body over 16 MiB 413.
"""
from __future__ import annotations

import html
import itertools
import os
import re
import socket
import socketserver
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from . import __version__
from .errors import UsageError
from .graph.namespaces import PREFIXES
from .graph.query import saved_queries

ENDPOINT_PATH = "/sparql"
MAX_BODY = 16 * 1024 * 1024
TRUNCATED_HEADER = "X-Kg-Truncated"


# --------------------------------------------------------------------------------------------------
# Formats and content negotiation


@dataclass(frozen=True)
class Format:
    """One way of writing results: its ``format`` parameter names and the media types it answers to."""

    name: str
    media_type: str
    ox_format: object
    aliases: tuple[str, ...] = ()  # other media types in Accept that this format satisfies
    names: tuple[str, ...] = ()  # other values of the format parameter

    @property
    def content_type(self) -> str:
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")

    def matches_name(self, value: str) -> bool:
        value = value.strip().lower()
        return value in (self.name, self.media_type, *self.names, *self.aliases)


# In the order preferred when the client does not care.
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON, ("application/json",)),
    Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML, ("application/xml", "text/xml")),
    Format("csv", "text/csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
)
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", ox.RdfFormat.TURTLE, ("application/x-turtle", "application/turtle"), ("ttl",)),
    Format("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES, ("text/plain",), ("nt", "n-triples")),
    Format("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML, ("application/xml", "text/xml"), ("xml", "rdf")),
)


def _parse_accept(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        pieces = part.split(";")
        media = pieces[0].strip().lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _quality(fmt: Format, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific media range that covers ``fmt`` (0 when none does)."""
    # An alias counts only when named exactly: text/* means CSV or TSV results, not text/xml.
    best_specificity, best_q = -1, 0.0
    for media, q in ranges:
        if media == fmt.media_type or media in fmt.aliases:
            specificity = 2
        elif media == fmt.media_type.split("/")[0] + "/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity or (specificity == best_specificity and q > best_q):
            best_specificity, best_q = specificity, q
    return best_q


def negotiate(formats: tuple[Format, ...], accept: str | None, requested: str | None = None) -> Format | None:
    """The format to answer with: the ``format`` parameter if given, else the best ``Accept`` match.

    ``None`` when nothing offered is acceptable (HTTP 406).
    """
    if requested:
        return next((f for f in formats if f.matches_name(requested)), None)
    if not accept or not accept.strip():
        return formats[0]
    ranges = _parse_accept(accept)
    best, best_q = None, 0.0
    for fmt in formats:  # ties go to the earlier (preferred) format
        q = _quality(fmt, ranges)
        if q > best_q:
            best, best_q = fmt, q
    return best


# --------------------------------------------------------------------------------------------------
# Evaluating queries and updates (these run in the worker thread)


class HttpError(Exception):
    """An answer other than 200, with a one-line message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass
class Answer:
    """A finished response body: everything is serialised, nothing lazy is left."""

    body: bytes
    content_type: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# Strings, IRIs and comments, which may contain the word SERVICE without it being the keyword.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w:?$.-])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(text: str) -> bool:
    """Whether a query or update has the SERVICE keyword (outside strings, IRIs and comments)."""
    return bool(_SERVICE.search(_OPAQUE.sub(" ", text)))


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)  # N-Triples syntax, which is what SPARQL TSV holds


def answer_query(store: ox.Store, text: str, *, accept: str | None = None, requested_format: str | None = None,
                 max_results: int = 10000, default_graph: list | None = None,
                 named_graphs: list | None = None) -> Answer:
    """Evaluate a query and serialise its results completely.

    SELECT rows are read up to ``max_results + 1`` and written back through SPARQL TSV (which
    pyoxigraph parses into solutions again), so every format comes from pyoxigraph's own writers.
    """
    if uses_service(text):
        raise HttpError(403, "SERVICE (federated query) is disabled on this endpoint")
    options: dict = {}
    if default_graph:
        options["default_graph"] = default_graph
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = named_graphs
    try:
        result = store.query(text, **options)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed query: {_first_line(exc)}") from exc

    if isinstance(result, (ox.QueryBoolean, ox.QuerySolutions)):
        fmt = negotiate(RESULT_FORMATS, accept, requested_format)
        if fmt is None:
            raise HttpError(406, "no acceptable format for SELECT/ASK results; offered: "
                                 + ", ".join(f.media_type for f in RESULT_FORMATS))
        if isinstance(result, ox.QueryBoolean):
            return Answer(result.serialize(format=fmt.ox_format), fmt.content_type)
        variables = result.variables
        rows = list(itertools.islice(result, max_results + 1))
        truncated = len(rows) > max_results
        lines = ["\t".join(str(v) for v in variables)]
        lines.extend("\t".join(_tsv_term(row[i]) for i in range(len(variables))) for row in rows[:max_results])
        solutions = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
        body = solutions.serialize(format=fmt.ox_format)
    else:
        fmt = negotiate(GRAPH_FORMATS, accept, requested_format)
        if fmt is None:
            raise HttpError(406, "no acceptable format for CONSTRUCT/DESCRIBE results; offered: "
                                 + ", ".join(f.media_type for f in GRAPH_FORMATS))
        triples = list(itertools.islice(result, max_results + 1))
        truncated = len(triples) > max_results
        prefixes = PREFIXES if fmt.ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(triples[:max_results], format=fmt.ox_format, prefixes=prefixes)
    headers = {TRUNCATED_HEADER: "true"} if truncated else {}
    return Answer(body, fmt.content_type, headers=headers)


def apply_update(store: ox.Store, text: str) -> Answer:
    """Apply a SPARQL Update to ``store`` (all or nothing); 204 when done."""
    if uses_service(text):
        raise HttpError(403, "SERVICE (federated query) is disabled on this endpoint")
    try:
        store.update(text)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed update: {_first_line(exc)}") from exc
    return Answer(b"", "text/plain; charset=utf-8", status=204)


# --------------------------------------------------------------------------------------------------
# The landing page

_STYLE = """
body { font-family: sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.4; }
textarea { width: 100%; font-family: monospace; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; }
section { border-top: 1px solid #ccc; margin-top: 1rem; }
code { background: #f4f4f4; }
"""

_EXAMPLE = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?event ?type WHERE {
  ?event dip:eventType ?type .
}
LIMIT 20
"""

_FORMAT_CHOICES = ("", "json", "xml", "csv", "tsv", "turtle", "ntriples", "rdfxml")


def landing_page(*, quads: int, allow_updates: bool, timeout: float, max_results: int) -> str:
    """The HTML of ``GET /``: what the endpoint is, a query form and the saved queries."""
    e = html.escape
    options = "".join(f'<option value="{e(v)}">{e(v or "by Accept header")}</option>' for v in _FORMAT_CHOICES)
    mode = ("updates allowed (in memory only: the graph file is not changed)" if allow_updates
            else "read-only")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>kg SPARQL endpoint</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>kg SPARQL endpoint</h1>",
        (f"<p>SPARQL 1.1 Protocol at <code>{e(ENDPOINT_PATH)}</code> over {quads} quads; the default graph "
         f"is the union of all graphs. {e(mode)}; queries stop after {e(f'{timeout:g}')} s; at most "
         f"{max_results} result rows.</p>"),
        f'<form method="post" action="{e(ENDPOINT_PATH)}">',
        '<p><label for="query">Query</label></p>',
        f'<textarea id="query" name="query" rows="12">{e(_EXAMPLE)}</textarea>',
        (f'<p><label>Format <select name="format">{options}</select></label> '
         '<button type="submit">Run query</button></p></form>'),
    ]
    if allow_updates:
        parts += [
            f'<form method="post" action="{e(ENDPOINT_PATH)}">',
            '<p><label for="update">Update (changes the in-memory copy only)</label></p>',
            '<textarea id="update" name="update" rows="6"></textarea>',
            '<p><button type="submit">Run update</button></p></form>',
        ]
    parts.append("<h2>Saved queries</h2>")
    parts.append("<p>The same queries as <code>kg queries</code>. Parameters are variables of the query; "
                 "bind them with <code>kg query GRAPH NAME -p NAME=VALUE</code>, or edit the text "
                 "(a <code>VALUES</code> clause) in the form above.</p>")
    for name, query in saved_queries().items():
        parts.append(f'<section id="{e(name)}"><h3>{e(name)}</h3>')
        if query.summary:
            parts.append(f"<p>{e(query.summary)}</p>")
        if query.params:
            items = "".join(f"<li><code>?{e(p.name)}</code> ({e(p.type)}) {e(p.description)}</li>"
                            for p in query.params)
            parts.append(f"<p>Parameters:</p><ul>{items}</ul>")
        parts.append(f"<pre>{e(query.text)}</pre>")
        if not query.params:
            parts.append(f'<form method="post" action="{e(ENDPOINT_PATH)}">'
                         f'<input type="hidden" name="query" value="{e(query.text)}">'
                         f'<button type="submit">Run {e(name)}</button></form>')
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------
# HTTP


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"kg-sparql/{__version__}"
    sys_version = ""
    protocol_version = "HTTP/1.0"
    timeout = 60  # seconds a client may take to send its request

    # -- routing

    def do_GET(self) -> None:  # the names http.server looks for
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _guarded(self, handle) -> None:
        try:
            handle()
        except HttpError as exc:
            self._send_error(exc.status, exc.message, exc.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as exc:  # noqa: BLE001 (answer 500 rather than drop the connection)
            traceback.print_exc(file=sys.stderr)
            self._send_error(500, f"internal error: {_first_line(exc)}")

    def _get(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = self.server.landing_page().encode("utf-8")
            self._send(200, "text/html; charset=utf-8", page, {
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                           "base-uri 'none'; frame-ancestors 'none'"})
            return
        if url.path != ENDPOINT_PATH:
            raise HttpError(404, f"no such path {url.path!r}; the SPARQL endpoint is {ENDPOINT_PATH}")
        params = self._parse_form(url.query)
        if "update" in params:
            if not self.server.allow_updates:
                raise HttpError(403, self.server.read_only_message)
            raise HttpError(405, "send updates with POST", {"Allow": "POST"})
        self._query(params, _single(params, "query"))

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != ENDPOINT_PATH:
            raise HttpError(404, f"no such path {url.path!r}; the SPARQL endpoint is {ENDPOINT_PATH}")
        params = self._parse_form(url.query)
        media = self.headers.get_content_type()
        body = self._read_body()
        text = self._decode(body)
        if media == "application/x-www-form-urlencoded":
            for key, values in self._parse_form(text).items():
                params.setdefault(key, []).extend(values)
            query, update = _single(params, "query"), _single(params, "update")
            if query is not None and update is not None:
                raise HttpError(400, "give either query or update, not both")
        elif media == "application/sparql-query":
            query, update = text, None
        elif media == "application/sparql-update":
            query, update = None, text
        else:
            raise HttpError(415, f"unsupported Content-Type {media!r}; use application/x-www-form-urlencoded, "
                                 "application/sparql-query or application/sparql-update")
        if update is not None:
            self._update(params, update)
        else:
            self._query(params, query)

    # -- the two operations

    def _query(self, params: dict[str, list[str]], query: str | None) -> None:
        if query is None or not query.strip():
            raise HttpError(400, "missing query parameter (the landing page / has a form)")
        default_graph = [_iri(v, "default-graph-uri") for v in params.get("default-graph-uri", [])]
        named_graphs = [_iri(v, "named-graph-uri") for v in params.get("named-graph-uri", [])]
        answer = self.server.run_in_worker(lambda: answer_query(
            self.server.store, query, accept=self.headers.get("Accept"),
            requested_format=_single(params, "format"), max_results=self.server.max_results,
            default_graph=default_graph or None, named_graphs=named_graphs or None))
        self._send(answer.status, answer.content_type, answer.body, answer.headers)

    def _update(self, params: dict[str, list[str]], update: str) -> None:
        if not self.server.allow_updates:
            raise HttpError(403, self.server.read_only_message)
        origin = self.headers.get("Origin")
        if origin and urlsplit(origin).netloc.lower() != (self.headers.get("Host") or "").lower():
            raise HttpError(403, f"updates from another origin ({origin}) are refused")
        if any(k in params for k in ("using-graph-uri", "using-named-graph-uri")):
            raise HttpError(400, "using-graph-uri and using-named-graph-uri are not supported")
        if not update.strip():
            raise HttpError(400, "empty update")
        answer = self.server.run_in_worker(lambda: apply_update(self.server.store, update))
        self._send(answer.status, answer.content_type, answer.body, answer.headers)

    # -- reading requests

    def _read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise HttpError(411, "a POST needs a Content-Length header")
        try:
            size = int(length)
        except ValueError:
            raise HttpError(400, f"bad Content-Length {length!r}") from None
        if size < 0:
            raise HttpError(400, f"bad Content-Length {length!r}")
        if size > MAX_BODY:
            raise HttpError(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(size)
        if len(body) < size:
            raise HttpError(400, "request body shorter than its Content-Length")
        return body

    @staticmethod
    def _decode(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise HttpError(400, "request body is not UTF-8") from None

    @staticmethod
    def _parse_form(text: str) -> dict[str, list[str]]:
        try:
            return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=1000)
        except (UnicodeDecodeError, ValueError) as exc:
            raise HttpError(400, f"bad parameters: {_first_line(exc)}") from None

    # -- writing responses

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            if status != 204:
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-store")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if status != 204:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away

    def _send_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.replace("\n", " ") + "\n").encode("utf-8"), headers)

    def log_message(self, format: str, *args) -> None:  # the signature of http.server
        if not self.server.quiet:
            super().log_message(format, *args)


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise HttpError(400, f"parameter {name} given {len(values)} times")
    return values[0]


def _iri(value: str, parameter: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError:
        raise HttpError(400, f"{parameter}: {value!r} is not an IRI") from None


class SparqlServer(ThreadingHTTPServer):
    """The endpoint. ``serve_forever()`` / ``shutdown()`` as for any ``socketserver`` server, or
    ``start()`` to serve from a background thread and ``stop()`` to end it (also on leaving ``with``).
    """

    daemon_threads = True
    request_queue_size = 64

    def __init__(self, store: ox.Store, host: str = "127.0.0.1", port: int = 0, *, allow_updates: bool = False,
                 timeout: float = 10.0, max_results: int = 10000, max_workers: int | None = None,
                 quiet: bool = False):
        if not timeout > 0:
            raise UsageError(f"timeout must be above 0 seconds, not {timeout}")
        if max_results < 1:
            raise UsageError(f"max results must be at least 1, not {max_results}")
        self.store = store
        self.allow_updates = allow_updates
        self.query_timeout = float(timeout)
        self.max_results = max_results
        self.max_workers = max_workers or max(2, os.cpu_count() or 2)
        self.quiet = quiet
        self.read_only_message = "this endpoint is read-only: updates are refused (start kg serve with --allow-updates)"
        self._slots = threading.BoundedSemaphore(self.max_workers)
        self._page: str | None = None
        self._thread: threading.Thread | None = None
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up (socket.getfqdn), which can stall; not needed.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    @property
    def host(self) -> str:
        return self.server_address[0]

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The SPARQL endpoint, ``http://HOST:PORT/sparql``."""
        return self.base_url + ENDPOINT_PATH

    def landing_page(self) -> str:
        if self._page is None:
            self._page = landing_page(quads=len(self.store), allow_updates=self.allow_updates,
                                      timeout=self.query_timeout, max_results=self.max_results)
        return self._page

    def run_in_worker(self, work):
        """``work()`` in a worker thread; HttpError 503 when it takes longer than the timeout.

        The worker is not stopped (Oxigraph cannot be interrupted): it runs to its end in the
        background, holding one of ``max_workers`` slots until then.
        """
        deadline = time.monotonic() + self.query_timeout
        if not self._slots.acquire(timeout=self.query_timeout):
            raise HttpError(503, f"busy: {self.max_workers} queries are still running; try again later")
        outcome: dict = {}
        done = threading.Event()

        def target() -> None:
            # Only plain data leaves this thread: pyoxigraph objects (which an exception's traceback
            # would keep alive) must be dropped by the thread that made them.
            try:
                outcome["value"] = work()
            except HttpError as exc:
                outcome["error"] = (exc.status, exc.message, exc.headers)
            except Exception as exc:  # noqa: BLE001 (any failure becomes a 500 answer)
                traceback.print_exc(file=sys.stderr)
                outcome["error"] = (500, f"query failed: {_first_line(exc)}", {})
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=target, name="kg-sparql-worker", daemon=True).start()
        if not done.wait(max(0.0, deadline - time.monotonic())):
            raise HttpError(503, f"query timed out after {self.query_timeout:g} s (its evaluation finishes "
                                 "in the background; narrow the query or raise --timeout)")
        if "error" in outcome:
            raise HttpError(*outcome["error"])
        return outcome["value"]

    def start(self) -> SparqlServer:
        """Serve from a daemon thread; returns self."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.serve_forever, name="kg-sparql-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (after ``start()``) and close the socket."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 0, *, allow_updates: bool = False,
                timeout: float = 10.0, max_results: int = 10000, max_workers: int | None = None,
                quiet: bool = False) -> SparqlServer:
    """A :class:`SparqlServer` bound to ``host:port`` (port 0: any free port), not yet serving."""
    try:
        return SparqlServer(store, host, port, allow_updates=allow_updates, timeout=timeout,
                            max_results=max_results, max_workers=max_workers, quiet=quiet)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
