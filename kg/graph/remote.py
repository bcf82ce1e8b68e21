"""Pushing a build to a remote SPARQL 1.1 store with the Graph Store HTTP Protocol.

Each named graph of the dataset is sent with ``PUT {store}?graph=<iri>`` and an N-Triples body.
PUT replaces the whole graph on the server, so pushing the same build twice changes nothing and a
rebuilt article replaces its old graph. Only the standard library is used for HTTP.

Endpoints follow Oxigraph's conventions: given a base URL such as ``http://127.0.0.1:7878`` the
store is ``/store``, queries go to ``/query`` and updates to ``/update``.
"""
from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError, UsageError
from .endpoint import first_line
from .io import read_output, sorted_quads

DEFAULT_GSP_PATH = "/store"
DEFAULT_QUERY_PATH = "/query"
DEFAULT_UPDATE_PATH = "/update"
ARTICLE_GRAPH_MARK = "/graph/article/"
NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Endpoints:
    base: str
    store: str
    query: str
    update: str


def endpoints(base_url: str, gsp_path: str = DEFAULT_GSP_PATH) -> Endpoints:
    """The store, query and update URLs of a server given its base URL."""
    parts = urllib.parse.urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{base_url!r} is not an http(s) URL (e.g. http://127.0.0.1:7878)")
    if parts.query or parts.fragment:
        raise UsageError(f"{base_url!r}: give the server's base URL, without '?' or '#'")
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))

    def join(path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return base + "/" + path.lstrip("/")

    return Endpoints(base, join(gsp_path), join(DEFAULT_QUERY_PATH), join(DEFAULT_UPDATE_PATH))


def _put(url: str, body: bytes, timeout: float, server: str) -> int:
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": NTRIPLES + "; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        detail = first_line(exc.read() or b"")
        problem = f"PUT refused: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
        if exc.code in (404, 405):
            problem += " (is --gsp-path right? Oxigraph uses /store)"
        raise InputError(url, problem) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            raise UsageError(f"cannot reach {server}: connection refused (is the server running?)") from exc
        if isinstance(reason, socket.gaierror):
            raise UsageError(f"cannot reach {server}: unknown host") from exc
        raise UsageError(f"cannot reach {server}: {str(reason).splitlines()[0]}") from exc
    except TimeoutError as exc:
        raise UsageError(f"cannot reach {server}: no answer within {timeout:g} s") from exc
    except ConnectionError as exc:
        raise UsageError(f"cannot reach {server}: {exc.__class__.__name__}") from exc


def _graph_url(store_url: str, graph: str | None) -> str:
    sep = "&" if "?" in store_url else "?"
    if graph is None:
        return f"{store_url}{sep}default"
    return f"{store_url}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _group(quads: Iterable[ox.Quad]) -> dict[str | None, list[ox.Triple]]:
    groups: dict[str | None, list[ox.Triple]] = defaultdict(list)
    for q in sorted_quads(quads):
        key = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        groups[key].append(ox.Triple(q.subject, q.predicate, q.object))
    return groups


def push(
    dataset_path: Path,
    endpoint_base: str,
    *,
    graphs: Iterable[str] | None = None,
    timeout: float = 60,
    gsp_path: str = DEFAULT_GSP_PATH,
    only_articles: bool = False,
) -> dict:
    """Load each named graph of a build into a remote store (``PUT`` per graph, idempotent).

    ``dataset_path`` is a build folder or a graph file. ``graphs`` limits the push to those graph
    IRIs (an IRI the dataset lacks is a usage error); ``only_articles`` keeps the per-article
    graphs only. Triples in the default graph (rare in a build) go to the store's default graph
    unless a selection is given. Returns ``{"graphs": n, "triples": n, "store": url, "pushed": [...]}``.
    """
    endpoints(endpoint_base, gsp_path)  # a bad URL is reported before the dataset is read
    return push_quads(read_output(Path(dataset_path)), endpoint_base, graphs=graphs,
                      timeout=timeout, gsp_path=gsp_path, only_articles=only_articles,
                      source=str(dataset_path))


def push_quads(
    quads: Iterable[ox.Quad],
    endpoint_base: str,
    *,
    graphs: Iterable[str] | None = None,
    timeout: float = 60,
    gsp_path: str = DEFAULT_GSP_PATH,
    only_articles: bool = False,
    source: str = "dataset",
) -> dict:
    """:func:`push` for quads already in memory (``kg build --store URL`` pushes what it built)."""
    ends = endpoints(endpoint_base, gsp_path)
    groups = _group(quads)
    if graphs is not None:
        wanted = list(dict.fromkeys(graphs))
        missing = [g for g in wanted if g not in groups]
        if missing:
            raise UsageError(f"graph not in the dataset: <{missing[0]}>")
        selected = wanted
    else:
        selected = sorted(g for g in groups if g is not None)
        if None in groups and not only_articles:
            selected.append(None)
    if only_articles:
        selected = [g for g in selected if g is not None and ARTICLE_GRAPH_MARK in g]
    if not selected:
        raise UsageError(f"{source}: no graphs to push")

    triples = 0
    pushed: list[str | None] = []
    for graph in selected:
        body = ox.serialize(groups[graph], format=ox.RdfFormat.N_TRIPLES) or b""
        _put(_graph_url(ends.store, graph), body, timeout, ends.store)
        triples += len(groups[graph])
        pushed.append(graph)
    return {"graphs": len(pushed), "triples": triples, "store": ends.store, "pushed": pushed}


def push_graph_files(out: Path, graphs: Iterable, endpoint_base: str, *, gsp_path: str = DEFAULT_GSP_PATH,
                     timeout: float = 60, on_pushed=None, every: int = 100) -> dict:
    """PUT each graph file of a build folder (``graphs``: :class:`kg.manifest.GraphFile`) to a server.

    ``on_pushed`` is told, ``every`` graphs and at the end, which graphs the server now has, so a
    push cut short is taken up where it stopped. Returns what :func:`push` returns.
    """
    ends = endpoints(endpoint_base, gsp_path)
    triples = 0
    pushed: list[str] = []
    done: list = []
    for g in graphs:
        with (out / g.file).open("rb") as f:
            body = b"".join(line.rsplit(b" ", 2)[0] + b" .\n" for line in f)
        _put(_graph_url(ends.store, g.iri), body, timeout, ends.store)
        triples += g.quads
        pushed.append(g.iri)
        done.append(g)
        if on_pushed and len(done) >= every:
            on_pushed(done)
            done = []
    if on_pushed and done:
        on_pushed(done)
    return {"graphs": len(pushed), "triples": triples, "store": ends.store, "pushed": pushed}
