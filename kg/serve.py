"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a build's on-disk store or a copy of a graph.

Built on the standard library (``socketserver``, ``http.server``'s request handler), no web framework.
One front-end thread keeps every connection in a selector and reads each request until it has all
arrived; then it hands the connection (its descriptor, ``SCM_RIGHTS``) with the request to a worker
process holding the on-disk store open read-only. The worker checks the request, evaluates it and
writes the answer itself; it keeps the connection for the client's next request for a moment, then
hands it back (at once when another request waits for a worker). The front end keeps the time: a
worker past it is killed and the client answered 503 by the front end::

    from kg.graph.store import opened_store, store_path
    from kg.serve import make_server

    with opened_store(Path("outputs/demo")) as store:          # store/ read-only, else the graph files in memory
        server = make_server(store, port=0, location=store_path(Path("outputs/demo"))).start()
        print(server.url)                                      # http://127.0.0.1:PORT/sparql
        ...
        server.stop()

Without ``location`` (a graph held in memory) the quads are first copied into a temporary on-disk
store, removed on ``stop()``.

What it answers:

* ``GET /sparql?query=...``; ``POST /sparql`` with an ``application/x-www-form-urlencoded`` body
  (``query=`` or ``update=``) or an ``application/sparql-query`` / ``application/sparql-update`` body.
  ``default-graph-uri`` and ``named-graph-uri`` are honoured, and so are a query's own ``FROM`` and
  ``FROM NAMED`` (the parameters win); without either the default graph is the union of all graphs,
  so the named graph of each article is visible.
* Results by content negotiation on ``Accept``, or a ``format`` parameter that wins over it:
  SELECT and ASK as SPARQL JSON (the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle
  (the default), N-Triples or RDF/XML. Nothing acceptable: 406.
* ``GET /``: a small HTML page with the saved queries and a form that posts to ``/sparql``.

What a request may do is read from its parse by rdflib (:mod:`kg.graph.operation`), never from its
text; a query or update that rdflib cannot parse gets 400 naming the parse error. Each refusal is a
one-line ``text/plain`` message:

* ``SERVICE`` (federated query) anywhere: 403. Oxigraph would fetch any URL it names, which would let
  whoever reaches the endpoint make this machine send requests.
* Read-only unless ``allow_updates``: an update gets 403. Allowed updates change the temporary copy
  only (``kg serve --allow-updates`` makes one); the graph file and the build's store are never
  written. ``LOAD`` of anything but a loopback ``http(s)`` IRI needs ``allow_load`` as well.
* A ``Host`` header that does not name this endpoint (an IP address or ``localhost`` with its port,
  or the name it was bound to) gets 403, so a page whose domain is re-pointed at 127.0.0.1 (DNS
  rebinding) can neither read nor change the graph; an update whose ``Origin`` is not such a host
  gets 403 too.
* ``timeout`` seconds per evaluation: a worker still busy then is killed (Oxigraph cannot stop a
  query any other way) and the request answered 503; its place is free at once. At most
  ``max_workers`` workers evaluate at once (one with ``allow_updates``); requests that find all busy
  wait in arrival order, each for at most ``timeout`` too, else 503. A timed-out update may have
  been applied. Writing the answer counts in the time: a client that does not read it loses it.
* A client must send a whole request within 60 seconds of connecting or of its last answer, and an
  idle connection is closed after as long; neither holds a worker.
* ``max_results``: SELECT rows (and CONSTRUCT/DESCRIBE triples) past that number are cut; the answer
  then carries ``X-Kg-Truncated: true``. Aggregates, ``ORDER BY`` and the like still need memory for
  everything they look at.
* A malformed query or update gets 400 with the first line of the parser's message; an unknown path
  404; a body of another media type 415; a body over 16 MiB 413.
"""
from __future__ import annotations

import contextlib
import email.utils
import heapq
import html
import io
import ipaddress
import marshal
import itertools
import multiprocessing as mp
import os
import re
import select
import selectors
import shutil
import signal
import socket
import socketserver
import struct
import sys
import tempfile
import threading
import time
import traceback
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from functools import lru_cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pyoxigraph as ox

from . import __version__
from .errors import UsageError
from .graph.namespaces import PREFIXES
from .graph.operation import Operation, SparqlParseError, read_query, read_update
from .graph.query import saved_queries

ENDPOINT_PATH = "/sparql"
DEFAULT_WORKERS = 16
MAX_BODY = 16 * 1024 * 1024
TRUNCATED_HEADER = "X-Kg-Truncated"
READ_ONLY_MESSAGE = "this endpoint is read-only: updates are refused (start kg serve with --allow-updates)"


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
# What a request may do


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
    checked: Operation | None = None  # the query as its check read it (for the server's cache)


def _first_line(exc: BaseException | str) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


SERVICE_REFUSED = "SERVICE (federated query) is disabled on this endpoint"


def check_query(text: str) -> Operation:
    """The parsed query, or HttpError 400 (rdflib cannot parse it) / 403 (it uses SERVICE)."""
    try:
        op = read_query(text)
    except SparqlParseError as exc:
        raise HttpError(400, f"malformed query: {exc}") from None
    if op.service:
        raise HttpError(403, SERVICE_REFUSED)
    return op


def is_loopback_iri(iri: str) -> bool:
    """Whether ``iri`` is an http(s) IRI of this machine (127.0.0.0/8, ::1 or localhost)."""
    try:
        url = urlsplit(iri)
        host = url.hostname
    except ValueError:
        return False
    if url.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_update(text: str, *, allow_load: bool = False) -> Operation:
    """The parsed update, or HttpError 400 (rdflib cannot parse it) / 403 (SERVICE, or LOAD from afar)."""
    try:
        op = read_update(text)
    except SparqlParseError as exc:
        raise HttpError(400, f"malformed update: {exc}") from None
    if op.service:
        raise HttpError(403, SERVICE_REFUSED)
    if not allow_load:
        for iri in op.loads:
            if not is_loopback_iri(iri):
                raise HttpError(403, f"LOAD <{iri}> would fetch from beyond this machine; start kg serve "
                                     "with --allow-load to permit it")
    return op


def host_allowed(value: str, port: int, names: tuple[str, ...] = ()) -> bool:
    """Whether a ``Host`` (or an ``Origin``'s host and port) names this endpoint.

    An IP address cannot be re-pointed by DNS, so any address with the right port is accepted;
    of names only ``localhost`` and ``names`` (the one the server was bound to).
    """
    try:
        url = urlsplit("//" + value.strip())
        host, given_port = url.hostname, url.port
    except ValueError:
        return False
    if not host or url.path or url.query or url.username is not None:
        return False
    if (given_port or 80) != port:
        return False
    host = host.rstrip(".")
    if host == "localhost" or host in names:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------------------------------
# Evaluating, in worker processes that can be killed


@dataclass(frozen=True)
class Request:
    """What a worker is asked to evaluate (built by the request handler, inside the worker)."""

    kind: str  # "query" or "update"
    text: str
    accept: str | None = None  # the Accept header
    format: str | None = None  # the format parameter
    max_results: int = 10000
    default_graph: tuple[str, ...] = ()  # default-graph-uri parameters
    named_graphs: tuple[str, ...] = ()  # named-graph-uri parameters
    allow_load: bool = False
    checked: Operation | None = None  # what an earlier check of this very text found: no parse needed


class _Full(Exception):
    """Raised by :class:`_Lines` to stop a writer that has written enough."""


class _Lines:
    """A binary sink for pyoxigraph's writers that keeps ``limit`` lines and stops the writer at the
    next one (``cut`` then says more came): results are cut without being all written first."""

    def __init__(self, limit: int):
        self.limit = limit
        self.lines = 0
        self.cut = False
        self._parts: list[bytes] = []

    def write(self, data) -> int:
        data = bytes(data)
        count = data.count(b"\n")
        if self.lines + count > self.limit:
            end = -1
            for _ in range(self.limit - self.lines):
                end = data.index(b"\n", end + 1)
            self._parts.append(data[:end + 1])
            self.lines, self.cut = self.limit, True
            raise _Full
        self._parts.append(data)
        self.lines += count
        return len(data)

    def flush(self) -> None:
        pass

    def fill(self, result, fmt) -> bytes:
        """Write ``result`` in ``fmt`` into this sink; the lines kept."""
        try:
            result.serialize(self, format=fmt)
        except _Full:
            pass
        return b"".join(self._parts)


def evaluate(store: ox.Store, request: Request) -> Answer:
    """Check a query or update (:func:`check_query`, :func:`check_update`), run it on ``store`` and
    serialise its results completely.

    This is what a worker process does, so that the parse (rdflib's parser is pure Python and slow
    on long texts) and the evaluation both end when the worker is killed.
    """
    if request.kind == "update":
        check_update(request.text, allow_load=request.allow_load)
        try:
            store.update(request.text)
        except SyntaxError as exc:
            raise HttpError(400, f"malformed update: {_first_line(exc)}") from exc
        return Answer(b"", "text/plain; charset=utf-8", status=204)
    op = request.checked or check_query(request.text)
    graph_result = op.form in ("CONSTRUCT", "DESCRIBE")
    formats = GRAPH_FORMATS if graph_result else RESULT_FORMATS
    fmt = negotiate(formats, request.accept, request.format)
    if fmt is None:
        raise HttpError(406, f"no acceptable format for {'CONSTRUCT/DESCRIBE' if graph_result else 'SELECT/ASK'} "
                             "results; offered: " + ", ".join(f.media_type for f in formats))
    options: dict = {}
    if request.default_graph:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graph]
    elif not op.has_dataset:  # a query naming its own dataset (FROM, FROM NAMED) gets that one
        options["use_default_graph_as_union"] = True
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    try:
        result = store.query(request.text, **options)
    except SyntaxError as exc:
        raise HttpError(400, f"malformed query: {_first_line(exc)}") from exc
    if isinstance(result, ox.QueryBoolean):
        return Answer(result.serialize(format=fmt.ox_format), fmt.content_type, checked=op)
    # Written as SPARQL TSV (SELECT: a header line, then one line per row) or N-Triples (one line
    # per triple), which can be cut by lines, then written again in the format asked for: every
    # format comes from pyoxigraph's own writers.
    if isinstance(result, ox.QuerySolutions):
        sink = _Lines(request.max_results + 1)
        body = sink.fill(result, ox.QueryResultsFormat.TSV)
        if fmt.ox_format != ox.QueryResultsFormat.TSV:
            body = ox.parse_query_results(body, ox.QueryResultsFormat.TSV).serialize(format=fmt.ox_format)
        truncated = sink.cut
    else:
        # Triples are taken one by one up to the limit and written once, in the format asked for.
        triples = list(itertools.islice(result, request.max_results + 1))
        truncated = len(triples) > request.max_results
        prefixes = PREFIXES if fmt.ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(triples[:request.max_results], format=fmt.ox_format, prefixes=prefixes)
    headers = {TRUNCATED_HEADER: "true"} if truncated else {}
    return Answer(body, fmt.content_type, headers=headers, checked=op)


# Between the front end and a worker: frames of a 4-byte length and a marshal dump of plain tuples
# (str, int, bytes, None), no pickled objects. To a worker: a connection handed over (its descriptor
# with the first bytes), the answer to a question about a checked text, a request to hand the
# connection back. From it: a question, a text it checked, the connection handed back.
_LENGTH = struct.Struct("!I")


def _send_frame(sock: socket.socket, value) -> None:
    payload = marshal.dumps(value)
    sock.sendall(_LENGTH.pack(len(payload)) + payload)


def _kernel_timeout(sock: socket.socket, seconds: float) -> None:
    """Make a blocking read or write on ``sock`` fail (EAGAIN) after ``seconds``. The kernel keeps the
    time, so a read stays one system call: ``settimeout`` would poll before each."""
    whole, fraction = divmod(seconds, 1.0)
    micro = int(fraction * 1e6)
    value = struct.pack("ll", int(whole), micro if whole or micro else 1)  # 0 would mean never
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, value)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, value)


def _operation_tuple(op: Operation) -> tuple:
    return (op.kind, op.form, op.service, op.default_graphs, op.named_graphs, op.loads)


def _watch_server(sock: socket.socket) -> None:
    """End this worker when the server's end of ``sock`` closes (the server ended, even killed),
    rather than let a query run on alone. Runs in a thread (Oxigraph releases the GIL while it
    works) and wakes only for that: Linux reports the peer's close (POLLRDHUP) apart from data."""
    watch = select.poll()
    watch.register(sock.fileno(), select.POLLRDHUP)
    while True:
        for _, event in watch.poll():
            if event & (select.POLLRDHUP | select.POLLHUP | select.POLLERR | select.POLLNVAL):
                os._exit(0)


def _read_message(sock: socket.socket):
    """The next frame between the front end and a worker, read exactly: another may follow it."""
    return marshal.loads(_recv_exactly(sock, _LENGTH.unpack(_recv_exactly(sock, _LENGTH.size))[0]))


def _recv_exactly(sock: socket.socket, size: int, start: bytes = b"") -> bytes:
    buffer = bytearray(start)
    while len(buffer) < size:
        chunk = sock.recv(size - len(buffer))  # never past the frame: the next may carry a descriptor
        if not chunk:
            raise EOFError
        buffer += chunk
    return bytes(buffer)


class _WorkerChecks:
    """A worker's cache of checked texts: its own first, then the front end's (one question over the
    socket), so that a text is parsed once by whichever worker meets it first. What this worker's
    checks find goes to the front end at once: a worker may keep a connection for many requests."""

    def __init__(self, sock: socket.socket):
        self._sock = sock
        self._own = CheckedQueries()
        self.released = False  # the front end asked for this worker back

    def get(self, text: str) -> Operation | None:
        op = self._own.get(text)
        if op is None and len(text) <= self._own.max_chars:
            _send_frame(self._sock, ("check", text))
            message = _read_message(self._sock)
            while message[0] == "release":  # asked before it read the question
                self.released = True
                message = _read_message(self._sock)
            found = message[1]
            if found is not None:
                op = Operation(*found)
                self._own.put(text, op)
        return op

    def put(self, text: str, op: Operation) -> None:
        if len(text) <= self._own.max_chars and not op.service:
            self._own.put(text, op)
            _send_frame(self._sock, ("learned", text, _operation_tuple(op)))


class _WorkerServer:
    """What the request handler reads of its server, inside a worker: the endpoint's settings, the
    checked texts and, for :meth:`run`, the store itself."""

    def __init__(self, sock: socket.socket, store: ox.Store, settings: tuple):
        (self.port, self.host_names, self.allow_updates, self.allow_load, self.max_results, self.quiet,
         self.query_timeout, self.quads) = settings
        self.read_only_message = READ_ONLY_MESSAGE
        self.good_hosts: set[str] = set()
        self.checked = _WorkerChecks(sock)
        self._store = store
        self._page: str | None = None

    def landing_page(self) -> str:
        if self._page is None:
            self._page = landing_page(quads=self.quads, allow_updates=self.allow_updates,
                                      timeout=self.query_timeout, max_results=self.max_results)
        return self._page

    def run(self, request: Request) -> Answer:
        return evaluate(self._store, request)


def _answer_request(server: _WorkerServer, connection: socket.socket, data: bytes, address: tuple) -> bool:
    """Answer the one request in ``data`` on ``connection``; whether the connection stays open."""
    handler = _Handler.__new__(_Handler)  # not its __init__, which would read and answer until the client leaves
    handler.server = server  # type: ignore[assignment]
    handler.request = handler.connection = connection
    handler.client_address = address
    handler.rfile = io.BytesIO(data)
    handler.wfile = socketserver._SocketWriter(connection)  # type: ignore[attr-defined]
    handler.close_connection = True
    handler.handle_one_request()
    return not handler.close_connection


# How long a worker keeps a connection after answering it, for the client's next request: answered
# at once, without the front end (which takes the worker back sooner when another request waits).
LINGER_S = 0.05


def _serve_connection(server: _WorkerServer, sock: socket.socket, connection: socket.socket, data: bytes,
                      address: tuple, clock, index: int) -> tuple[bool, bytes]:
    """Answer the request that starts ``data``, then each next one on ``connection`` that has all
    arrived within :data:`LINGER_S` of the last answer, until the front end asks for this worker
    (a message on ``sock``). Whether the connection stays open, and what was read of a request not
    yet answered. ``clock[index]`` holds when the request being evaluated began (0: none), which is
    what the front end reads to stop this worker past its time."""
    buffer = bytearray(data)
    watch = select.poll()
    watch.register(connection.fileno(), select.POLLIN)
    watch.register(sock.fileno(), select.POLLIN)
    size = _request_length(buffer)
    while True:
        request = bytes(buffer[:size])
        del buffer[:size]
        clock[index] = time.monotonic()
        try:
            keep = _answer_request(server, connection, request, address)
        finally:
            clock[index] = 0.0
        if not keep or server.checked.released:
            return keep, bytes(buffer)
        until = time.monotonic() + LINGER_S
        size = _request_length(buffer) if buffer else None
        while size is None:
            remaining = until - time.monotonic()
            events = watch.poll(remaining * 1000) if remaining > 0 else []
            if not events:
                return True, bytes(buffer)
            if any(fd == sock.fileno() for fd, _ in events):
                _read_message(sock)  # only a release comes unasked
                return True, bytes(buffer)
            try:
                chunk = connection.recv(1 << 16, socket.MSG_DONTWAIT)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                return False, b""
            if not chunk:
                return False, b""
            buffer += chunk
            size = _request_length(buffer)


def _worker_main(sock: socket.socket, location: str, writable: bool, settings: tuple, clock, index: int) -> None:
    """A worker process: open the store, then answer the connections the front end hands over on
    ``sock`` (with what it read of them, a whole request at least), until ``sock`` closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server stops us
    if hasattr(select, "POLLRDHUP"):
        threading.Thread(target=_watch_server, args=(sock,), name="kg-watch-server", daemon=True).start()
    store = ox.Store(location) if writable else ox.Store.read_only(location)
    server = _WorkerServer(sock, store, settings)
    while True:
        try:
            start, fds, _, _ = socket.recv_fds(sock, _LENGTH.size, 1)
            if not start:
                return
            head = _recv_exactly(sock, _LENGTH.size, start)
            message = marshal.loads(_recv_exactly(sock, _LENGTH.unpack(head)[0]))
        except (EOFError, OSError):
            return
        if not fds:
            continue  # a release that crossed this worker's last hand-back
        _, data, host, port = message
        server.checked.released = False
        connection = socket.socket(fileno=fds[0])
        try:
            keep, rest = _serve_connection(server, sock, connection, data, (host, port), clock, index)
        except Exception:  # noqa: BLE001 (the handler answers errors itself; this is a last resort)
            traceback.print_exc(file=sys.stderr)
            keep, rest = False, b""
        finally:
            connection.close()  # this process's copy only: the front end holds the connection
        try:
            _send_frame(sock, ("done", keep, rest))
        except OSError:
            return


def _context():
    # A fork server starts each worker as a fork of a small process that has imported this module
    # once: a few milliseconds instead of a fresh interpreter, and no fork of our threads.
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload([__name__, "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.algebra"])
        return ctx
    return mp.get_context("spawn")


class CheckedQueries:
    """The last ``size`` query texts that passed their check, with what it read: a text seen before
    is not parsed again (rdflib takes 10-100 ms) by whichever worker evaluates it next. Only
    workers' own checks fill it, and only texts up to ``max_chars`` are kept."""

    def __init__(self, size: int = 4096, max_chars: int = 65536):
        self.size = size
        self.max_chars = max_chars
        self._entries: OrderedDict[str, Operation] = OrderedDict()

    def get(self, text: str) -> Operation | None:
        op = self._entries.get(text)
        if op is not None:
            self._entries.move_to_end(text)
        return op

    def put(self, text: str, op: Operation) -> None:
        if len(text) > self.max_chars or op.service:
            return
        self._entries[text] = op
        self._entries.move_to_end(text)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)


class _Worker:
    def __init__(self, ctx, location: str, writable: bool, settings: tuple, clock, index: int):
        self.sock, child = socket.socketpair()
        self.index = index  # its place in the pool's clock
        self.process = ctx.Process(target=_worker_main, args=(child, location, writable, settings, clock, index),
                                   name="kg-sparql-worker", daemon=True)
        self.process.start()
        child.close()
        self.connection: _Connection | None = None  # the connection it is answering
        self.releasing = False  # asked to hand its connection back

    def hand(self, connection: _Connection, data: bytes) -> None:
        """Give the worker ``connection`` and what was read of it, ``data`` (a whole request at least;
        the connection's descriptor travels with the first bytes, SCM_RIGHTS)."""
        payload = marshal.dumps(("hand", data, *connection.address[:2]))
        frame = _LENGTH.pack(len(payload)) + payload
        self.connection = connection  # also when the worker cannot be reached: the client then gets 500
        sent = socket.send_fds(self.sock, [frame], [connection.sock.fileno()])
        if sent < len(frame):
            self.sock.sendall(frame[sent:])

    def kill(self) -> None:
        self.sock.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


class WorkerPool:
    """Up to ``size`` worker processes, each holding the store at ``location`` open (read-only unless
    ``writable``; a writable store takes one process only). Started when needed and kept; the
    front end's loop (:class:`SparqlServer`) hands them connections and kills one past its time."""

    def __init__(self, location: Path | str, *, writable: bool = False, size: int = 8, settings: tuple = ()):
        self.location = str(location)
        self.writable = writable
        self.size = 1 if writable else max(1, size)
        self.settings = settings
        self._ctx = _context()
        # When each worker's request being evaluated began (0: none), written by the workers.
        self.clock = self._ctx.RawArray("d", self.size)
        self._places = list(range(self.size))
        self.idle: list[_Worker] = []
        self.live: dict[int, _Worker] = {}  # by the descriptor of the front end's end of its socket
        self._lock = threading.Lock()  # pids() is asked from other threads

    def start(self) -> _Worker:
        index = self._places.pop()
        self.clock[index] = 0.0
        try:
            worker = _Worker(self._ctx, self.location, self.writable, self.settings, self.clock, index)
        except BaseException:
            self._places.append(index)
            raise
        with self._lock:
            self.live[worker.sock.fileno()] = worker
        return worker

    def kill(self, worker: _Worker) -> None:
        with self._lock:
            known = self.live.pop(worker.sock.fileno(), None) is not None
        if worker in self.idle:
            self.idle.remove(worker)
        worker.kill()
        if known:
            self._places.append(worker.index)

    def pids(self) -> list[int]:
        """The process ids of the workers alive now, busy or idle."""
        with self._lock:
            return sorted(w.process.pid for w in self.live.values() if w.process.pid is not None)

    def close(self) -> None:
        """Kill every worker."""
        with self._lock:
            workers = list(self.live.values())
        for worker in workers:
            self.kill(worker)


class _Connection:
    """A client's connection as the front end keeps it: what it has sent of its next request, and
    until when it may take (or, while queued or with a worker, until when it must be answered)."""

    __slots__ = ("sock", "address", "buffer", "state", "deadline", "continued", "worker")

    def __init__(self, sock: socket.socket, address):
        self.sock = sock
        self.address = address
        self.buffer = bytearray()
        self.state = "reading"  # reading, queued, answering (a worker has it) or closed
        self.deadline = 0.0
        self.continued = False  # 100 Continue sent for the request being read
        self.worker: _Worker | None = None  # the worker answering it


_HEAD_END = re.compile(rb"\r?\n\r?\n")
_CONTENT_LENGTH = re.compile(rb"\ncontent-length[ \t]*:[ \t]*([^\r\n]*)", re.IGNORECASE)
_EXPECT_CONTINUE = re.compile(rb"\nexpect[ \t]*:[ \t]*100-continue[ \t]*\r?\n", re.IGNORECASE)


def _request_length(buffer: bytearray) -> int | None:
    """How many bytes of ``buffer`` make its first request, once it is all there (None before).
    A request this cannot measure (bad Content-Length, lines too long, too many of them) is handed
    over as it is: the handler answers its error."""
    match = _HEAD_END.search(buffer)
    if match is None:
        newline = buffer.rfind(b"\n")
        if len(buffer) - newline > MAX_LINE + 1 or buffer.count(b"\n") > MAX_HEADERS + 1:
            return len(buffer)
        return None
    head = match.end()
    length = _CONTENT_LENGTH.search(buffer, 0, head)
    if length is None:
        return head
    try:
        size = int(length.group(1))
    except ValueError:
        return head
    if size < 0 or size > MAX_BODY:
        return head
    return head + size if len(buffer) >= head + size else None


def copy_to_disk(store: ox.Store, folder: Path) -> int:
    """Write the quads of ``store`` into a new on-disk store at ``folder`` (closed again on return)."""
    target = ox.Store(str(folder))
    target.bulk_extend(store)
    target.flush()
    return len(target)

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
    mode = ("updates allowed (to a temporary copy: the graph file is not changed)" if allow_updates
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
            '<p><label for="update">Update (changes the temporary copy only)</label></p>',
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


class _Headers:
    """A request's header fields, read without the ``email`` package (which ``http.server`` uses and
    which took a tenth of the front end's time per request). Names are case-insensitive; a field
    given twice answers its first value, as ``email.message.Message.get`` does."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict[str, str]):
        self._fields = fields

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._fields.get(name.lower(), default)

    def get_content_type(self) -> str:
        """The media type of ``Content-Type``, lower-cased, without parameters (``text/plain`` when
        missing or malformed, as ``email`` answers)."""
        media = self._fields.get("content-type", "").split(";", 1)[0].strip().lower()
        return media if media.count("/") == 1 else "text/plain"


MAX_HEADERS = 100
MAX_LINE = 65536


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"kg-sparql/{__version__}"
    sys_version = ""
    protocol_version = "HTTP/1.1"  # connections are kept open between requests, as Oxigraph's are
    # Seconds a client may take to send its whole request, or keep a connection idle (the front end
    # counts them, from the last answer or the connection's start).
    client_timeout = 60

    # -- reading a request (http.server's own reading, minus its e-mail header parser)

    def handle_one_request(self) -> None:
        try:
            line = self.rfile.readline(MAX_LINE + 1)
            if not line or (len(line) <= MAX_LINE and not line.endswith(b"\n")):  # gone, or too slow
                self.close_connection = True
                return
            self.raw_requestline = line
            if len(line) > MAX_LINE:
                self.requestline = self.request_version = self.command = ""
                self.send_error(414)
                return
            if not self.parse_request():
                return
            handler = {"GET": self.do_GET, "POST": self.do_POST}.get(self.command)
            if handler is None:
                self.send_error(501, f"Unsupported method ({self.command!r})")
                return
            handler()
            self.wfile.flush()
        except (TimeoutError, BlockingIOError):
            self.close_connection = True  # a client that went quiet mid-request

    def parse_request(self) -> bool:
        """Read the request line and the header fields: False when an error has been answered."""
        self.command = ""
        self.request_version = "HTTP/0.9"
        self.close_connection = True
        self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        words = self.requestline.split()
        if len(words) != 3:
            if words:
                self.send_error(400, f"Bad request syntax ({self.requestline!r})")
            return False
        command, path, version = words
        major, dot, minor = version[5:].partition(".")
        if (not version.startswith("HTTP/") or not dot or not major.isdigit() or not minor.isdigit()
                or len(major) > 10 or len(minor) > 10):
            self.send_error(400, f"Bad request version ({version!r})")
            return False
        if int(major) >= 2:
            self.send_error(505, f"Invalid HTTP version ({version[5:]})")
            return False
        self.request_version = version
        self.command, self.path = command, ("/" + path.lstrip("/") if path.startswith("//") else path)
        fields: dict[str, str] = {}
        for _ in range(MAX_HEADERS + 1):
            line = self.rfile.readline(MAX_LINE + 1)
            if len(line) > MAX_LINE:
                self.send_error(431, "Line too long")
                return False
            if line in (b"\r\n", b"\n"):
                break
            if not line.endswith(b"\n"):  # the client went away or took too long: nothing to answer
                self.close_connection = True
                return False
            name, colon, value = str(line, "iso-8859-1").partition(":")
            if colon:
                fields.setdefault(name.strip().lower(), value.strip())
        else:
            self.send_error(431, "Too many headers")
            return False
        self.headers = _Headers(fields)  # type: ignore[assignment]  # what the handlers use of a Message
        connection = fields.get("connection", "").lower()
        self.close_connection = connection == "close" or (
            (int(major), int(minor)) < (1, 1) and connection != "keep-alive")
        if fields.get("expect", "").lower() == "100-continue" and (int(major), int(minor)) >= (1, 1):
            return self.handle_expect_100()
        return True

    _date = (0, "")  # the Date field of this second: formatting it took a twentieth of a worker's HTTP work

    def date_time_string(self, timestamp: float | None = None) -> str:
        if timestamp is not None:
            return super().date_time_string(timestamp)
        now = int(time.time())
        if _Handler._date[0] != now:
            _Handler._date = (now, email.utils.formatdate(now, usegmt=True))
        return _Handler._date[1]

    def handle_expect_100(self) -> bool:
        return True  # the front end sent "100 Continue" before it read the body

    # -- routing

    def do_GET(self) -> None:  # the names http.server looks for
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _guarded(self, handle) -> None:
        try:
            self._check_host()
            handle()
        except HttpError as exc:
            self.close_connection = True  # a request body may be left unread
            self._send_error(exc.status, exc.message, exc.headers)
        except (BrokenPipeError, ConnectionResetError, BlockingIOError):
            pass
        except Exception as exc:  # noqa: BLE001 (answer 500 rather than drop the connection)
            traceback.print_exc(file=sys.stderr)
            self.close_connection = True
            self._send_error(500, f"internal error: {_first_line(exc)}")

    def _check_host(self) -> None:
        host = self.headers.get("Host")
        if host is None or host in self.server.good_hosts:
            return
        if not host_allowed(host, self.server.port, self.server.host_names):
            raise HttpError(403, f"Host {host!r} is not this endpoint; use http://127.0.0.1:{self.server.port}/")
        if len(self.server.good_hosts) < 64:
            self.server.good_hosts.add(host)

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
    # -- the two operations

    def _query(self, params: dict[str, list[str]], query: str | None) -> None:
        if query is None or not query.strip():
            raise HttpError(400, "missing query parameter (the landing page / has a form)")
        default_graph = [_iri(v, "default-graph-uri") for v in params.get("default-graph-uri", [])]
        named_graphs = [_iri(v, "named-graph-uri") for v in params.get("named-graph-uri", [])]
        checked = self.server.checked.get(query)
        answer = self.server.run(Request(
            "query", query, accept=self.headers.get("Accept"), format=_single(params, "format"),
            max_results=self.server.max_results, default_graph=tuple(default_graph),
            named_graphs=tuple(named_graphs), checked=checked))
        if checked is None and answer.checked is not None:
            self.server.checked.put(query, answer.checked)
        self._send(answer.status, answer.content_type, answer.body, answer.headers)

    def _update(self, params: dict[str, list[str]], update: str) -> None:
        server = self.server
        if not server.allow_updates:
            raise HttpError(403, server.read_only_message)
        origin = self.headers.get("Origin")
        if origin is not None:
            url = urlsplit(origin)
            if url.scheme not in ("http", "https") or not host_allowed(url.netloc, server.port, server.host_names):
                raise HttpError(403, f"updates from another origin ({origin}) are refused")
        if any(k in params for k in ("using-graph-uri", "using-named-graph-uri")):
            raise HttpError(400, "using-graph-uri and using-named-graph-uri are not supported")
        if not update.strip():
            raise HttpError(400, "empty update")
        answer = server.run(Request("update", update, allow_load=server.allow_load))
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
        if body is None or len(body) < size:  # None: the client took too long
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
        if not text:
            return {}
        try:
            pairs = _read_form(text) if len(text) <= FORM_CACHE_CHARS else _form_pairs(text)
        except (UnicodeDecodeError, ValueError) as exc:
            raise HttpError(400, f"bad parameters: {_first_line(exc)}") from None
        params: dict[str, list[str]] = {}
        for key, value in pairs:
            params.setdefault(key, []).append(value)
        return params

    # -- writing responses

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        # Status line, fields and body in one write (Nagle's algorithm would hold a second one).
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, '')}", f"Server: {self.server_version}",
                 f"Date: {self.date_time_string()}"]
        if status != 204:
            lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
        lines += ["X-Content-Type-Options: nosniff", "Cache-Control: no-store"]
        lines += [f"{key}: {value}" for key, value in (headers or {}).items()]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "strict")
        if not self.server.quiet:
            self.log_request(status, len(body))
        try:
            self.wfile.write(head + body if status != 204 else head)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, BlockingIOError):
            self.close_connection = True  # the client went away

    def _send_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.replace("\n", " ") + "\n").encode("utf-8"), headers)

    def log_message(self, format: str, *args) -> None:  # the signature of http.server
        if not self.server.quiet:
            super().log_message(format, *args)




_REASONS = {status.value: status.phrase for status in HTTPStatus}
FORM_CACHE_CHARS = 16384


def _form_pairs(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=1000))


# An application sends the same few forms again and again; decoding a long query's percent escapes
# took a tenth of the front end's time. Only short forms are kept (at most 8 MiB in all).
_read_form = lru_cache(maxsize=512)(_form_pairs)


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise HttpError(400, f"parameter {name} given {len(values)} times")
    return values[0]


def _iri(value: str, parameter: str) -> str:
    try:
        return ox.NamedNode(value).value
    except ValueError:
        raise HttpError(400, f"{parameter}: {value!r} is not an IRI") from None


class SparqlServer(ThreadingHTTPServer):
    """The endpoint. ``serve_forever()`` / ``shutdown()`` as for any ``socketserver`` server, or
    ``start()`` to serve from a background thread and ``stop()`` to end it (also on leaving ``with``).

    ``location`` is the on-disk store holding the quads of ``store`` (a build's ``store/``, opened
    read-only); without it, or with ``allow_updates``, the quads are copied into a temporary one.
    """

    request_queue_size = 128

    def __init__(self, store: ox.Store, host: str = "127.0.0.1", port: int = 0, *, allow_updates: bool = False,
                 allow_load: bool = False, timeout: float = 10.0, max_results: int = 10000,
                 max_workers: int | None = None, quiet: bool = False, location: Path | str | None = None,
                 quads: int | None = None):
        if not timeout > 0:
            raise UsageError(f"timeout must be above 0 seconds, not {timeout}")
        if max_results < 1:
            raise UsageError(f"max results must be at least 1, not {max_results}")
        self.store = store
        self.allow_updates = allow_updates
        self.allow_load = allow_load
        self.query_timeout = float(timeout)
        self.max_results = max_results
        self.max_workers = 1 if allow_updates else (max_workers or DEFAULT_WORKERS)
        self.quiet = quiet
        self.read_only_message = READ_ONLY_MESSAGE
        self._quads = quads
        self.checked = CheckedQueries()
        self._page: str | None = None
        self._thread: threading.Thread | None = None
        self._scratch: str | None = None
        self._connections: set[_Connection] = set()
        self._queue: deque[tuple[_Connection, bytes]] = deque()  # requests read, waiting for a worker
        self._deadlines: list[tuple[float, int, _Connection]] = []  # a heap; stale entries are skipped
        self._order = itertools.count()
        self._selector: selectors.BaseSelector | None = None
        self._stopping = False
        self._stopped = threading.Event()
        self._stopped.set()
        self._wake_in, self._wake_out = socket.socketpair()
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)
        # Names a Host header may give besides IP addresses and localhost: the one asked to bind to.
        self.host_names = (host.lower().rstrip("."),)
        self.good_hosts: set[str] = set()  # Host values found good, not checked again
        try:
            if location is None or allow_updates:
                self._scratch = tempfile.mkdtemp(prefix="kg-serve-")
                self._quads = copy_to_disk(store, Path(self._scratch))
                location = self._scratch
            if self._quads is None:
                self._quads = len(store)
            settings = (self.port, self.host_names, allow_updates, allow_load, max_results, quiet, self.query_timeout,
                        self._quads)
            self.pool = WorkerPool(location, writable=allow_updates, size=self.max_workers, settings=settings)
        except BaseException:
            self.server_close()
            self._remove_scratch()
            raise

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
            quads = self._quads if self._quads is not None else len(self.store)
            self._page = landing_page(quads=quads, allow_updates=self.allow_updates,
                                      timeout=self.query_timeout, max_results=self.max_results)
        return self._page

    # -- the front end: one thread, one selector over the listening socket, every connection that
    # is reading its next request and every worker. A connection whose request has all arrived is
    # handed to a free worker, which answers it and hands it back; idle connections hold no worker.

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._stopped.clear()
        self.socket.setblocking(False)
        selector = self._selector = selectors.DefaultSelector()
        selector.register(self.socket, selectors.EVENT_READ, None)
        selector.register(self._wake_in, selectors.EVENT_READ, "wake")
        for worker in list(self.pool.live.values()):
            selector.register(worker.sock, selectors.EVENT_READ, worker)
        try:
            while not self._stopping:
                timeout = poll_interval
                if self._deadlines:
                    timeout = max(0.0, min(timeout, self._deadlines[0][0] - time.monotonic()))
                for key, _ in selector.select(timeout):
                    tag = key.data
                    if isinstance(tag, _Connection):
                        self._read(tag)
                    elif isinstance(tag, _Worker):
                        self._hear(tag)
                    elif tag is None:
                        self._accept()
                    else:
                        self._wake_in.recv(4096)
                self._expire(time.monotonic())
        finally:
            for connection in list(self._connections):
                self._close(connection)
            selector.close()
            self._selector = None
            self._stopping = False
            self._stopped.set()

    def shutdown(self) -> None:
        self._stopping = True
        self._wake_out.send(b"x")
        self._stopped.wait()

    def _accept(self) -> None:
        for _ in range(64):
            try:
                sock, address = self.socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # out of descriptors, for one: the next round tries again
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # an answer goes out at once
            # A worker writing to a client that does not read is stopped by the kernel, at the latest
            # when its query's time is up (then it is killed anyway).
            _kernel_timeout(sock, self.query_timeout)
            connection = _Connection(sock, address)
            self._connections.add(connection)
            self._wait_for_request(connection)

    def _wait_for_request(self, connection: _Connection) -> None:
        connection.state = "reading"
        connection.continued = False
        self._until(connection, time.monotonic() + self.RequestHandlerClass.client_timeout)
        self._selector.register(connection.sock, selectors.EVENT_READ, connection)
        if connection.buffer:  # the start of the next request came with the last one
            self._consider(connection)

    def _until(self, connection: _Connection, deadline: float) -> None:
        connection.deadline = deadline
        heapq.heappush(self._deadlines, (deadline, next(self._order), connection))

    def _read(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(1 << 16, socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._close(connection)
            return
        connection.buffer += chunk
        self._consider(connection)

    def _consider(self, connection: _Connection) -> None:
        size = _request_length(connection.buffer)
        if size is None:
            if (not connection.continued and _EXPECT_CONTINUE.search(connection.buffer)
                    and _HEAD_END.search(connection.buffer)):
                connection.continued = True  # the client waits for this before it sends its body
                self._send_now(connection, b"HTTP/1.1 100 Continue\r\n\r\n")
            return
        data = bytes(connection.buffer)  # the request, and whatever followed it
        connection.buffer.clear()
        self._selector.unregister(connection.sock)
        connection.state = "queued"
        self._until(connection, time.monotonic() + self.query_timeout)
        self._queue.append((connection, data))
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand queued requests to idle workers, starting workers while there is room."""
        pool = self.pool
        while self._queue:
            connection, data = self._queue[0]
            if connection.state != "queued":
                self._queue.popleft()
                continue
            if pool.idle:
                worker = pool.idle.pop()
            elif len(pool.live) < pool.size:
                try:
                    worker = pool.start()
                except Exception as exc:  # noqa: BLE001 (the client gets 500, the server goes on)
                    self._queue.popleft()
                    self._refuse(connection, 500, f"cannot start a worker process: {_first_line(exc)}")
                    continue
                self._selector.register(worker.sock, selectors.EVENT_READ, worker)
            else:
                self._release()
                return
            self._queue.popleft()
            connection.state = "answering"
            connection.worker = worker
            self._until(connection, time.monotonic() + self.query_timeout)
            try:
                worker.hand(connection, data)
            except OSError:
                self._lost(worker)

    def _release(self) -> None:
        """Ask workers that keep a connection for its next request (first those evaluating nothing)
        to hand it back, one for each request waiting."""
        wanted = len(self._queue) - sum(w.releasing for w in self.pool.live.values())
        if wanted <= 0:
            return
        clock = self.pool.clock
        for worker in sorted((w for w in self.pool.live.values() if w.connection is not None and not w.releasing),
                             key=lambda w: clock[w.index] != 0.0)[:wanted]:
            worker.releasing = True
            try:
                _send_frame(worker.sock, ("release",))
            except OSError:
                pass  # its end is heard of in the loop

    def _hear(self, worker: _Worker) -> None:
        """A worker's message: a question about a checked text, or its connection handed back."""
        try:
            message = _read_message(worker.sock)  # read exactly: another may follow
        except (EOFError, OSError, ValueError):
            self._lost(worker)
            return
        if message[0] == "learned":
            self.checked.put(message[1], Operation(*message[2]))
            return
        if message[0] == "check":
            op = self.checked.get(message[1])
            try:
                _send_frame(worker.sock, ("checked", None if op is None else _operation_tuple(op)))
            except OSError:
                self._lost(worker)
            return
        _, keep, rest = message
        connection, worker.connection = worker.connection, None
        worker.releasing = False
        self.pool.idle.append(worker)
        if connection is not None and connection.state == "answering":
            connection.worker = None
            connection.buffer += rest
            if keep:
                self._wait_for_request(connection)
            else:
                self._close(connection)
        self._dispatch()

    def _lost(self, worker: _Worker) -> None:
        """A worker that ended by itself (out of memory?) or cannot be reached: its place is free."""
        connection = worker.connection
        self._remove(worker)
        if connection is not None and connection.state == "answering":
            self._refuse(connection, 500, "query failed: its worker process ended (out of memory?)")
        self._dispatch()

    def _remove(self, worker: _Worker) -> None:
        with contextlib.suppress(KeyError, ValueError):
            self._selector.unregister(worker.sock)
        self.pool.kill(worker)

    def _expire(self, now: float) -> None:
        deadlines = self._deadlines
        while deadlines and deadlines[0][0] <= now:
            deadline, _, connection = heapq.heappop(deadlines)
            if connection.deadline != deadline or connection.state == "closed":
                continue  # a deadline since replaced
            if connection.state == "reading":
                self._close(connection)  # a client silent for too long, or too slow with its request
            elif connection.state == "queued":
                self._refuse(connection, 503, f"busy: {self.pool.size} queries are being evaluated; "
                                              "try again later")
            else:
                worker = connection.worker
                if worker is not None:
                    # The worker may have answered and taken the connection's next request since.
                    began = self.pool.clock[worker.index]
                    if not began or began + self.query_timeout > now:
                        self._until(connection, (began or now) + self.query_timeout)
                        continue
                    # Oxigraph cannot stop a query any other way; the place is free at once.
                    worker.connection = None
                    self._remove(worker)
                self._refuse(connection, 503, f"query timed out after {self.query_timeout:g} s and was "
                                              "stopped; narrow the query or raise --timeout")
                self._dispatch()

    def _refuse(self, connection: _Connection, status: int, message: str) -> None:
        """Answer ``status`` from the front end and close the connection."""
        body = (message + "\n").encode("utf-8")
        head = (f"HTTP/1.1 {status} {_REASONS.get(status, '')}\r\nServer: {_Handler.server_version}\r\n"
                f"Date: {email.utils.formatdate(usegmt=True)}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n"
                "Connection: close\r\n\r\n")
        self._send_now(connection, head.encode("latin-1") + body)
        self._close(connection)

    @staticmethod
    def _send_now(connection: _Connection, data: bytes) -> None:
        with contextlib.suppress(OSError):
            connection.sock.send(data, socket.MSG_DONTWAIT)

    def _close(self, connection: _Connection) -> None:
        if connection.state == "reading" and self._selector is not None:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(connection.sock)
        connection.state = "closed"
        self._connections.discard(connection)
        connection.sock.close()

    def start(self) -> SparqlServer:
        """Serve from a daemon thread; returns self."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.serve_forever, name="kg-sparql-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (after ``start()``), close the socket, stop Oxigraph and remove any temporary copy."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()
        self.pool.close()
        self._remove_scratch()

    def server_close(self) -> None:
        super().server_close()
        self._wake_in.close()
        self._wake_out.close()

    def _remove_scratch(self) -> None:
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __exit__(self, *exc_info) -> None:
        self.stop()


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 0, *, allow_updates: bool = False,
                allow_load: bool = False, timeout: float = 10.0, max_results: int = 10000,
                max_workers: int | None = None, quiet: bool = False, location: Path | str | None = None,
                quads: int | None = None) -> SparqlServer:
    """A :class:`SparqlServer` bound to ``host:port`` (port 0: any free port), not yet serving.

    Worker processes start with the first requests (from a fork server, as ``multiprocessing``
    does it): as with any ``multiprocessing`` program, a script that calls this at its top level
    must do so under ``if __name__ == "__main__":``. ``stop()`` the server (or leave a ``with``
    block) to end them and remove any temporary copy.
    """
    try:
        return SparqlServer(store, host, port, allow_updates=allow_updates, allow_load=allow_load,
                            timeout=timeout, max_results=max_results, max_workers=max_workers, quiet=quiet,
                            location=location, quads=quads)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
