"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a build's on-disk store or a copy of a graph.

Built on the standard library's :class:`http.server.ThreadingHTTPServer`, no web framework. The
threads answering HTTP decide what each request may do; queries run in worker processes, each
holding the on-disk store open read-only, so that one running past its time can be killed::

    from kg.graph.store import opened_store, store_path
    from kg.serve import make_server

    with opened_store(Path("outputs/demo")) as store:          # store/ read-only, else graph.trig in memory
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
  been applied.
* ``max_results``: SELECT rows (and CONSTRUCT/DESCRIBE triples) past that number are cut; the answer
  then carries ``X-Kg-Truncated: true``. Aggregates, ``ORDER BY`` and the like still need memory for
  everything they look at.
* A malformed query or update gets 400 with the first line of the parser's message; an unknown path
  404; a body of another media type 415; a body over 16 MiB 413.
"""
from __future__ import annotations

import html
import ipaddress
import marshal
import itertools
import multiprocessing as mp
import os
import select
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
    """What a worker is asked to do; plain data, sent to the worker as a tuple (:func:`_request_tuple`)."""

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


# Between the server and a worker: one frame each way per request, a 4-byte length and a marshal
# dump of plain tuples (str, int, bytes, None): no pickling of objects, one write and, for all but
# large answers, one read.
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


def _recv_frame(sock: socket.socket, deadline: float | None = None):
    """The next frame from ``sock``, loaded; EOFError when it closes, TimeoutError past ``deadline``
    (then ``sock`` must have a kernel timeout, :func:`_kernel_timeout`)."""
    buffer = bytearray()
    need = _LENGTH.size
    while len(buffer) < need:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            _kernel_timeout(sock, remaining)
        try:
            chunk = sock.recv(max(1 << 16, need - len(buffer)))
        except BlockingIOError:
            raise TimeoutError from None
        if not chunk:
            raise EOFError
        buffer += chunk
        if need == _LENGTH.size and len(buffer) >= need:
            need += _LENGTH.unpack_from(buffer)[0]
    return marshal.loads(memoryview(buffer)[_LENGTH.size:need])


def _request_tuple(request: Request) -> tuple:
    checked = request.checked
    return (request.kind, request.text, request.accept, request.format, request.max_results, request.default_graph,
            request.named_graphs, request.allow_load, None if checked is None else _operation_tuple(checked))


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


def _worker_main(sock: socket.socket, location: str, writable: bool) -> None:
    """A worker process: open the store, then answer requests from ``sock`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server stops us
    if hasattr(select, "POLLRDHUP"):
        threading.Thread(target=_watch_server, args=(sock,), name="kg-watch-server", daemon=True).start()
    store = ox.Store(location) if writable else ox.Store.read_only(location)
    while True:
        try:
            fields = _recv_frame(sock)
        except (EOFError, OSError):
            return
        kind, text, accept, format_, max_results, default_graph, named_graphs, allow_load, checked = fields
        request = Request(kind, text, accept, format_, max_results, default_graph, named_graphs, allow_load,
                          None if checked is None else Operation(*checked))
        # Only plain data goes back: pyoxigraph objects stay in this process.
        try:
            answer = evaluate(store, request)
            op = answer.checked
            reply: tuple = ("ok", answer.body, answer.content_type, answer.status, answer.headers,
                            None if op is None or request.checked is not None else _operation_tuple(op))
        except HttpError as exc:
            reply = ("error", exc.status, exc.message, exc.headers)
        except Exception as exc:  # noqa: BLE001 (any failure becomes a 500 answer)
            reply = ("error", 500, f"query failed: {_first_line(exc)}", {})
        try:
            _send_frame(sock, reply)
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
        self._lock = threading.Lock()

    def get(self, text: str) -> Operation | None:
        with self._lock:
            op = self._entries.get(text)
            if op is not None:
                self._entries.move_to_end(text)
            return op

    def put(self, text: str, op: Operation) -> None:
        if len(text) > self.max_chars or op.service:
            return
        with self._lock:
            self._entries[text] = op
            self._entries.move_to_end(text)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


class _Worker:
    def __init__(self, ctx, location: str, writable: bool):
        self.sock, child = socket.socketpair()
        self.process = ctx.Process(target=_worker_main, args=(child, location, writable),
                                   name="kg-sparql-worker", daemon=True)
        self.process.start()
        child.close()

    def ask(self, request: Request, timeout_s: float) -> tuple:
        """The worker's reply to ``request``; TimeoutError when none comes within ``timeout_s``,
        EOFError or OSError when the worker ended."""
        deadline = time.monotonic() + timeout_s
        _kernel_timeout(self.sock, timeout_s)
        try:
            _send_frame(self.sock, _request_tuple(request))
        except BlockingIOError:
            raise TimeoutError from None
        return _recv_frame(self.sock, deadline)

    def kill(self) -> None:
        self.sock.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


class _Waiter:
    def __init__(self):
        self.ready = threading.Event()
        self.worker: _Worker | None = None  # None once ready: the place of a killed worker


class WorkerPool:
    """Up to ``size`` worker processes, each holding the store at ``location`` open (read-only unless
    ``writable``; a writable store takes one process only).

    Workers start when needed and are kept for the next request. One that runs past its request's
    deadline is killed, which is the only way to stop an Oxigraph query, and its place is free at
    once. Requests that find every worker busy wait in arrival order, each handed the next worker
    that frees, for at most their wait; so fewer slow queries than workers never delay a cheap one,
    and more make it wait for the workers they hold (each at most one timeout).
    """

    def __init__(self, location: Path | str, *, writable: bool = False, size: int = 8):
        self.location = str(location)
        self.writable = writable
        self.size = 1 if writable else max(1, size)
        self._ctx = _context()
        self._idle: list[_Worker] = []
        self._waiters: deque[_Waiter] = deque()
        self._count = 0  # places taken: workers started (or starting) and not killed, busy or idle
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def _acquire(self, deadline: float) -> _Worker:
        with self._lock:
            if self._closed:
                raise HttpError(503, "the endpoint is stopping")
            if self._idle and not self._waiters:
                return self._idle.pop()
            if self._count < self.size and not self._waiters:
                self._count += 1
                waiter = None
            else:
                waiter = _Waiter()
                self._waiters.append(waiter)
        if waiter is not None:
            if not waiter.ready.wait(max(0.0, deadline - time.monotonic())):
                with self._lock:
                    if not waiter.ready.is_set():
                        self._waiters.remove(waiter)
                        raise HttpError(503, f"busy: {self.size} queries are being evaluated; try again later")
            if waiter.worker is not None:
                return waiter.worker
            # handed the place of a killed worker: start a new one in it
        try:
            worker = _Worker(self._ctx, self.location, self.writable)
        except BaseException:
            self._give_back(None)
            raise
        with self._lock:
            self._live.add(worker)
        return worker

    def _give_back(self, worker: _Worker | None) -> None:
        """Return a worker (None: its place, after it was killed or failed to start)."""
        with self._lock:
            if self._waiters:
                waiter = self._waiters.popleft()
                waiter.worker = worker
                waiter.ready.set()
                return
            if worker is not None and not self._closed:
                self._idle.append(worker)
                return
            self._count -= 1
        if worker is not None:
            self._kill(worker)

    def _kill(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._live.discard(worker)

    def pids(self) -> list[int]:
        """The process ids of the workers alive now, busy or idle."""
        with self._lock:
            return sorted(w.process.pid for w in self._live if w.process.pid is not None)

    def run(self, request: Request, *, wait_s: float, timeout_s: float) -> Answer:
        """``request`` answered by a worker; HttpError 503 when no worker frees within ``wait_s`` or the
        answer takes longer than ``timeout_s`` (the worker is then killed)."""
        worker = self._acquire(time.monotonic() + wait_s)
        keep = False
        try:
            reply = worker.ask(request, timeout_s)
            keep = True
        except TimeoutError:
            raise HttpError(503, f"query timed out after {timeout_s:g} s and was stopped; narrow the "
                                 "query or raise --timeout") from None
        except (EOFError, OSError):
            raise HttpError(500, "query failed: its worker process ended (out of memory?)") from None
        finally:
            if keep:
                self._give_back(worker)
            else:
                self._kill(worker)
                self._give_back(None)
        if reply[0] == "error":
            raise HttpError(reply[1], reply[2], reply[3])
        _, body, content_type, status, headers, checked = reply
        return Answer(body, content_type, status, headers, None if checked is None else Operation(*checked))

    def close(self) -> None:
        """Kill every worker; requests in flight get 500, later ones 503."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            self._kill(worker)

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
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    wbufsize = 1 << 16  # a response is buffered and sent with one call (http.server flushes it)
    timeout = None  # not socket.settimeout, which polls before every read and write: see setup()
    client_timeout = 60  # seconds a client may take to send its request (or keep an idle connection)

    def setup(self) -> None:
        super().setup()
        # The kernel keeps the time: a read or write past it fails (EAGAIN), which the buffered
        # reader answers with what it has: a line without its end, or nothing.
        _kernel_timeout(self.connection, self.client_timeout)

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

    daemon_threads = True
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
        self.read_only_message = "this endpoint is read-only: updates are refused (start kg serve with --allow-updates)"
        self._quads = quads
        self.checked = CheckedQueries()
        self._page: str | None = None
        self._thread: threading.Thread | None = None
        self._scratch: str | None = None
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
            self.pool = WorkerPool(location, writable=allow_updates, size=self.max_workers)
        except BaseException:
            self.server_close()
            self._remove_scratch()
            raise

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, TimeoutError,
                                                BlockingIOError)):
            return  # a client that went away or went quiet: nothing to report
        super().handle_error(request, client_address)

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

    def run(self, request: Request) -> Answer:
        """``request`` evaluated by a worker process: HttpError 503 when none frees within the timeout,
        or when the evaluation takes longer (the worker is then killed). Updates that time out may
        still have been applied."""
        return self.pool.run(request, wait_s=self.query_timeout, timeout_s=self.query_timeout)

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
