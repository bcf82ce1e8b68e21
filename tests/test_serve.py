"""`kg serve`: a real endpoint on 127.0.0.1 answering real HTTP clients (urllib and SPARQLWrapper)."""
from __future__ import annotations

import contextlib
import csv
import http.client
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from kg.graph.io import load_store
from kg.serve import GRAPH_FORMATS, RESULT_FORMATS, HttpError, check_query, check_update, make_server, negotiate

from .conftest import ROOT

DIP = "https://w3id.org/dipkg/ontology#"
MEETINGS = f"SELECT ?s WHERE {{ ?s a <{DIP}Meeting> }}"
CONSTRUCT = f"CONSTRUCT {{ ?s a <{DIP}Meeting> }} WHERE {{ ?s a <{DIP}Meeting> }}"
# About two seconds of work on the seed graph (a few million pairs, filtered and counted).
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?u . FILTER (?a != ?b) }"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def store(seed_build):
    return load_store(seed_build)


@pytest.fixture(scope="module")
def server(store):
    with make_server(store, quiet=True).start() as srv:
        yield srv


def fetch(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None):
    """(status, headers, body) of a request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.headers, exc.read()


def get(server, query: str, accept: str | None = None, **params):
    url = server.url + "?" + urllib.parse.urlencode({"query": query, **params})
    return fetch(url, headers={"Accept": accept} if accept else None)


def post_form(server, headers: dict[str, str] | None = None, **params):
    data = urllib.parse.urlencode(params).encode()
    return fetch(server.url, data=data,
                 headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})


def bindings(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]


def test_binds_localhost_by_default(store):
    with make_server(store, quiet=True) as srv:
        assert srv.server_address[0] == "127.0.0.1"
        assert srv.url == f"http://127.0.0.1:{srv.port}/sparql"
        assert srv.port > 0


def test_sparqlwrapper_gets_the_meeting(server):
    from SPARQLWrapper import JSON, POST, POSTDIRECTLY, SPARQLWrapper

    for method, request_method in ((None, None), (POST, None), (POST, POSTDIRECTLY)):
        client = SPARQLWrapper(server.url)
        client.setQuery(MEETINGS)
        client.setReturnFormat(JSON)
        if method:
            client.setMethod(method)
        if request_method:
            client.setRequestMethod(request_method)
        rows = client.query().convert()["results"]["bindings"]
        assert len(rows) == 1, (method, request_method)
        assert rows[0]["s"]["type"] == "uri"
        assert "/event/" in rows[0]["s"]["value"]


def test_plain_get_and_post(server):
    status, headers, body = get(server, MEETINGS)
    assert status == 200
    assert headers.get_content_type() == "application/sparql-results+json"
    expected = bindings(body)
    assert len(expected) == 1

    status, _, body = post_form(server, query=MEETINGS)
    assert status == 200 and bindings(body) == expected

    status, _, body = fetch(server.url, data=MEETINGS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and bindings(body) == expected

    status, _, body = get(server, f"ASK {{ ?s a <{DIP}Meeting> }}")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_named_graphs_are_in_the_default_graph_unless_asked_otherwise(server, store):
    graph = next(iter(store.named_graphs()))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, body = get(server, count)
    union = int(bindings(body)[0]["n"]["value"])
    _, _, body = get(server, count, **{"default-graph-uri": graph.value})
    one = int(bindings(body)[0]["n"]["value"])
    assert 0 < one < union


def test_select_formats_by_accept_and_format_parameter(server):
    status, headers, body = get(server, MEETINGS, accept="text/csv")
    assert status == 200 and headers.get_content_type() == "text/csv"
    table = list(csv.reader(io.StringIO(body.decode())))
    assert table[0] == ["s"] and len(table) == 2 and "/event/" in table[1][0]

    status, headers, body = get(server, MEETINGS, accept="text/tab-separated-values")
    assert status == 200 and headers.get_content_type() == "text/tab-separated-values"
    lines = body.decode().splitlines()
    assert lines[0] == "?s" and lines[1].startswith("<") and len(lines) == 2

    status, headers, body = get(server, MEETINGS, accept="application/sparql-results+xml")
    assert status == 200 and headers.get_content_type() == "application/sparql-results+xml"
    results = ET.fromstring(body).findall(f"{SRX}results/{SRX}result")
    assert len(results) == 1

    # the format parameter wins over Accept; q-values are honoured
    status, headers, _ = get(server, MEETINGS, accept="text/csv", format="tsv")
    assert headers.get_content_type() == "text/tab-separated-values"
    status, headers, _ = get(server, MEETINGS, accept="text/csv;q=0.5, application/sparql-results+xml")
    assert headers.get_content_type() == "application/sparql-results+xml"

    status, _, body = get(server, MEETINGS, accept="image/png")
    assert status == 406 and b"application/sparql-results+json" in body


def test_construct_answers_turtle_that_parses(server, store):
    status, headers, body = get(server, CONSTRUCT)
    assert status == 200 and headers.get_content_type() == "text/turtle"
    triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)]
    expected = list(store.query(CONSTRUCT, use_default_graph_as_union=True))
    assert len(triples) == len(expected) == 1
    assert set(triples) == set(expected)

    status, headers, body = get(server, CONSTRUCT, accept="application/n-triples")
    assert status == 200 and headers.get_content_type() == "application/n-triples"
    assert {q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)} == set(expected)

    status, _, _ = get(server, CONSTRUCT, accept="text/csv")
    assert status == 406


def test_errors(server):
    status, headers, body = get(server, "SELEC ?s WHERE { ?s ?p ?o }")
    assert status == 400 and headers.get_content_type() == "text/plain"
    assert body.decode().startswith("malformed query:") and body.count(b"\n") == 1

    assert fetch(server.base_url + "/nowhere")[0] == 404
    assert fetch(server.url)[0] == 400  # no query
    assert fetch(server.url, data=b"x", headers={"Content-Type": "text/plain"})[0] == 415
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body


def test_updates_are_refused_when_read_only(server):
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"
    status, _, body = post_form(server, update=update)
    assert status == 403 and body.decode().count("\n") == 1 and "read-only" in body.decode()
    status, _, _ = fetch(server.url, data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = fetch(server.url + "?" + urllib.parse.urlencode({"update": update}))
    assert status == 403
    assert get(server, "ASK { <http://example.org/a> ?p ?o }")[2].find(b"false") > 0


def test_updates_are_applied_to_a_temporary_copy_when_allowed(seed_build):
    store = load_store(seed_build)  # a copy of its own: the update must not leak into other tests
    graph_file = seed_build / "graphs" / "_derived.nq"
    before = graph_file.read_bytes()
    with make_server(store, allow_updates=True, quiet=True).start() as srv:
        status, _, _ = post_form(srv, update="INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }")
        assert status == 204
        status, _, _ = fetch(srv.url, data=b"INSERT DATA { <http://example.org/c> <http://example.org/b> 2 }",
                             headers={"Content-Type": "application/sparql-update"})
        assert status == 204
        _, _, body = get(srv, "SELECT ?s WHERE { ?s <http://example.org/b> ?o } ORDER BY ?s")
        assert [b["s"]["value"] for b in bindings(body)] == ["http://example.org/a", "http://example.org/c"]

        assert post_form(srv, update="INSERT DATA { broken")[0] == 400
        # a web page elsewhere cannot post updates through a visitor's browser
        status, _, _ = post_form(srv, headers={"Origin": "http://evil.example"},
                                 update="CLEAR ALL")
        assert status == 403
    assert graph_file.read_bytes() == before


def test_max_results_cuts_and_flags(store):
    with make_server(store, max_results=3, quiet=True).start() as srv:
        status, headers, body = get(srv, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert status == 200 and headers.get("X-Kg-Truncated") == "true"
        assert len(bindings(body)) == 3
        status, headers, body = get(srv, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", accept="text/csv")
        assert headers.get("X-Kg-Truncated") == "true" and len(body.decode().splitlines()) == 4
        status, headers, body = get(srv, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert headers.get("X-Kg-Truncated") == "true"
        assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 3
        status, headers, body = get(srv, MEETINGS)
        assert headers.get("X-Kg-Truncated") is None and len(bindings(body)) == 1


def test_landing_page_lists_saved_queries_escaped(server):
    status, headers, body = fetch(server.base_url + "/")
    page = body.decode()
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "meetings-between" in page and "Meetings between two states" in page
    assert f"&lt;{DIP}&gt;" in page
    assert f"<{DIP}>" not in page
    assert '<form method="post" action="/sparql">' in page
    assert "<script" not in page and "http://" not in page.split("</head>")[0]


def test_negotiation():
    assert negotiate(RESULT_FORMATS, None).name == "json"
    assert negotiate(RESULT_FORMATS, "*/*").name == "json"
    assert negotiate(RESULT_FORMATS, "text/*").name == "csv"  # not text/xml, which XML answers only by name
    assert negotiate(RESULT_FORMATS, "application/json").name == "json"
    assert negotiate(RESULT_FORMATS, "text/csv;q=0, */*;q=0.1", "csv").name == "csv"
    assert negotiate(RESULT_FORMATS, "*/*, text/csv;q=0").name == "json"
    assert negotiate(RESULT_FORMATS, "text/csv;q=0") is None
    assert negotiate(GRAPH_FORMATS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").name == "rdfxml"
    assert negotiate(GRAPH_FORMATS, None, "xml").name == "rdfxml"
    assert negotiate(GRAPH_FORMATS, None, "csv") is None



def test_cli_refuses_a_busy_port(seed_build):
    from typer.testing import CliRunner

    from kg.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", str(seed_build), "--port", str(port)])
    assert result.exit_code == 2
    assert "cannot listen" in result.output


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_serves_until_signalled(seed_build, sig):
    process = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", str(seed_build), "--port", "0", "-q"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert match, (line, process.stderr.read() if process.poll() is not None else "")
        url = match.group(1)
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": MEETINGS}), timeout=20) as response:
            assert len(bindings(response.read())) == 1
        process.send_signal(sig)
        assert process.wait(timeout=15) == 0
        assert "stopped" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


# --------------------------------------------------------------------------------------------------
# Issue 17: the endpoint under attack


class _Counter(BaseHTTPRequestHandler):
    """A second server on 127.0.0.1 that counts every request it gets (and serves a one-triple Turtle file)."""

    hits: list[str] = []

    def _answer(self) -> None:
        type(self).hits.append(self.path)
        body = b"<http://example.org/loaded> <http://example.org/p> 1 .\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture()
def counter():
    _Counter.hits = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", _Counter.hits
    finally:
        srv.shutdown()
        srv.server_close()


def service_queries(url: str) -> list[str]:
    """SERVICE written every way we know, each calling ``url``."""
    return [
        f"SELECT * {{ ?s ?p ?o.SERVICE <{url}/sparql> {{ ?a ?b ?c }} }} LIMIT 1",
        f"SELECT * {{ ?s ?p ?o . service <{url}/lower> {{ ?a ?b ?c }} }} LIMIT 1",
        f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}/exists> {{ ?a ?b ?c }} }} }} LIMIT 1",
        f"SELECT * {{ {{ SELECT * {{ SERVICE SILENT <{url}/sub> {{ ?a ?b ?c }} }} }} }}",
        f"SELECT * {{ ?s ?p ?o #\n SERVICE <{url}/comment> {{ ?a ?b ?c }} }} LIMIT 1",
        f"PREFIX s: <{url}/> SELECT * {{ SERVICE s:prefixed {{ ?a ?b ?c }} }}",
        f"SELECT * {{ \\u0053ERVICE <{url}/escaped> {{ ?a ?b ?c }} }}",
        f"ASK {{ OPTIONAL {{ SERVICE <{url}/optional> {{ ?a ?b ?c }} }} }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ MINUS {{ ?x ?y ?z }} SERVICE <{url}/construct> {{ ?a ?b ?c }} }}",
    ]


def test_issue17_service_in_any_spelling_never_reaches_another_server(server, counter):
    url, hits = counter
    # the probe works: Oxigraph itself does call it
    with pytest.raises(Exception):  # noqa: B017 (the counter answers Turtle, not SPARQL results)
        list(ox.Store().query(f"SELECT * {{ SERVICE <{url}/probe> {{ ?a ?b ?c }} }}"))
    assert hits == ["/probe"]
    for query in service_queries(url):
        for status, _, body in (get(server, query), post_form(server, query=query)):
            assert status in (400, 403), (query, status, body)
            assert b"SERVICE" in body or b"rdflib cannot parse" in body, (query, body)
    assert hits == ["/probe"]


def test_issue17_updates_may_not_use_service_nor_load_from_beyond_this_machine(seed_build, counter):
    url, hits = counter
    with make_server(load_store(seed_build), allow_updates=True, quiet=True).start() as srv:
        for update in (f"INSERT {{ ?a ?b ?c }} WHERE {{ ?s ?p ?o.SERVICE <{url}/u> {{ ?a ?b ?c }} }}",
                       f"DELETE WHERE {{ ?s ?p ?o }} ; INSERT {{ ?a ?b ?c }} WHERE {{ SERVICE <{url}/u2> {{ ?a ?b ?c }} }}"):
            status, _, body = post_form(srv, update=update)
            assert status == 403 and b"SERVICE" in body, (update, body)
        assert hits == []
        status, _, body = post_form(srv, update="LOAD <http://example.org/data.ttl>")
        assert status == 403 and b"--allow-load" in body
        # a file served from this machine may be loaded
        assert post_form(srv, update=f"LOAD <{url}/data.ttl> INTO GRAPH <http://example.org/g>")[0] == 204
        assert hits == ["/data.ttl"]
        _, _, body = get(srv, "ASK { GRAPH <http://example.org/g> { <http://example.org/loaded> ?p ?o } }")
        assert json.loads(body)["boolean"] is True
    check_update("LOAD <http://example.org/data.ttl>", allow_load=True)  # allowed by --allow-load
    with pytest.raises(HttpError) as refused:
        check_update("LOAD <https://example.org/data.ttl>")
    assert refused.value.status == 403


def test_issue17_a_query_rdflib_cannot_parse_is_refused_naming_the_parse_error(server):
    # SPARQL 1.2 triple terms: Oxigraph reads them, rdflib does not, so nothing can vouch for the query
    query = "SELECT * WHERE { << ?s ?p ?o >> ?q ?r }"
    status, _, body = get(server, query)
    assert status == 400
    assert body.decode().startswith("malformed query: rdflib cannot parse this query:")
    assert body.count(b"\n") == 1


def test_issue17_harmless_words_are_not_taken_for_service(server):
    for query in ('SELECT * { ?s ?p "SERVICE" } LIMIT 1 # SERVICE <http://127.0.0.1:9/> { }',
                  "PREFIX service: <http://x/SERVICE> SELECT ?SERVICE { ?s service:p ?SERVICE }"):
        assert check_query(query).service is False
        assert get(server, query)[0] == 200


def test_issue17_a_host_header_naming_another_host_is_refused(server, seed_build):
    port = server.port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
        assert fetch(server.url + "?" + urllib.parse.urlencode({"query": MEETINGS}), headers={"Host": host})[0] == 200
    # a page at rebound.example whose name now points at 127.0.0.1 (DNS rebinding)
    for host in (f"rebound.example:{port}", "rebound.example", f"127.0.0.1:{port + 1}", f"localhost.evil:{port}"):
        status, _, body = fetch(server.url + "?" + urllib.parse.urlencode({"query": MEETINGS}), headers={"Host": host})
        assert status == 403 and b"Host" in body, host
    assert fetch(server.base_url + "/", headers={"Host": f"rebound.example:{port}"})[0] == 403

    with make_server(load_store(seed_build), allow_updates=True, quiet=True).start() as srv:
        evil = f"rebound.example:{srv.port}"
        status, _, _ = post_form(srv, headers={"Host": evil, "Origin": f"http://{evil}"}, update="CLEAR ALL")
        assert status == 403
        status, _, _ = post_form(srv, headers={"Origin": f"http://{evil}"}, update="CLEAR ALL")
        assert status == 403
        status, _, _ = post_form(srv, headers={"Origin": "null"}, update="CLEAR ALL")
        assert status == 403
        assert json.loads(get(srv, "ASK { ?s ?p ?o }")[2])["boolean"] is True
        # the endpoint's own landing page may post updates
        status, _, _ = post_form(srv, headers={"Origin": srv.base_url},
                                 update="INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }")
        assert status == 204


# Never ends on any graph of a few thousand triples: a product of three scans.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


def test_issue17_a_timed_out_query_frees_its_slot_and_stops_running(store):
    with make_server(store, timeout=0.5, max_workers=1, quiet=True).start() as srv:
        assert get(srv, MEETINGS)[0] == 200  # the fork server and the only worker are up
        [busy] = srv.pool.pids()  # the worker that will evaluate the slow query
        answers: list = []
        started = time.monotonic()
        slow = threading.Thread(target=lambda: answers.append(get(srv, ENDLESS)))
        slow.start()
        slow.join(timeout=20)
        status, _, body = answers[0]
        assert status == 503 and b"timed out" in body
        assert time.monotonic() - started < 2
        # the evaluation is over, not left running in the background
        assert busy not in srv.pool.pids()
        assert not os.path.exists(f"/proc/{busy}") or sys.platform != "linux"
        # and the only slot is free again at once
        status, _, body = get(srv, MEETINGS)
        assert status == 200 and len(bindings(body)) == 1


def test_issue17_an_ask_is_answered_during_a_flood_of_slow_queries(store):
    with make_server(store, timeout=5, quiet=True).start() as srv:
        assert get(srv, MEETINGS)[0] == 200  # the fork server is up
        flood = [threading.Thread(target=get, args=(srv, ENDLESS), daemon=True) for _ in range(8)]
        for thread in flood:
            thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        status, _, body = get(srv, f"ASK {{ ?s a <{DIP}Meeting> }}")
        assert status == 200 and json.loads(body)["boolean"] is True
        # answered while the flood still runs (its queries stop at 5 s), with room for a loaded machine
        assert time.monotonic() - started < 4
        for thread in flood:
            thread.join(timeout=20)
        status, _, body = get(srv, MEETINGS)
        assert status == 200 and len(bindings(body)) == 1


def test_a_client_too_slow_to_send_its_request_is_disconnected_unanswered(server, monkeypatch):
    monkeypatch.setattr(server.RequestHandlerClass, "client_timeout", 0.5)
    request = f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode()
    with socket.create_connection((server.host, server.port), timeout=10) as slow:
        slow.sendall(request[:30])  # half a request line, then nothing for longer than allowed
        assert slow.recv(1000) == b""  # closed, and the truncated request line was not answered
    with socket.create_connection((server.host, server.port), timeout=10) as idle:
        idle.sendall(request)
        assert idle.recv(1000).startswith(b"HTTP/1.1 200")
        time.sleep(1)  # kept alive, but not idle for longer than allowed
        assert idle.recv(1000) == b""
    assert get(server, MEETINGS)[0] == 200


def _request(srv, query: str) -> bytes:
    return (f"GET /sparql?{urllib.parse.urlencode({'query': query})} HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{srv.port}\r\n\r\n").encode()


def _answers(sock: socket.socket, count: int) -> list[int]:
    """The statuses of the next ``count`` answers on ``sock``, each read to the end of its body."""
    buffer, statuses = b"", []
    for _ in range(count):
        while b"\r\n\r\n" not in buffer:
            chunk = sock.recv(65536)
            assert chunk, f"closed after {statuses}"
            buffer += chunk
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        statuses.append(int(head.split()[1]))
        size = int(re.search(rb"(?i)\r\ncontent-length: *(\d+)", head).group(1))
        while len(buffer) < size:
            buffer += sock.recv(65536)
        buffer = buffer[size:]
    assert buffer == b""
    return statuses


def test_issue17_idle_kept_alive_connections_do_not_hold_the_workers(store):
    with make_server(store, timeout=5, max_workers=1, quiet=True).start() as srv:
        kept = [socket.create_connection((srv.host, srv.port), timeout=10) for _ in range(3)]
        try:
            for sock in kept:
                sock.sendall(_request(srv, MEETINGS))
                assert _answers(sock, 1) == [200]
            # three connections open and idle, one worker: a fourth client is answered at once
            started = time.monotonic()
            assert get(srv, MEETINGS)[0] == 200
            assert time.monotonic() - started < 1
            for sock in kept:  # and the idle ones are still served
                sock.sendall(_request(srv, MEETINGS))
                assert _answers(sock, 1) == [200]
        finally:
            for sock in kept:
                sock.close()


def test_requests_sent_together_on_one_connection_are_answered_in_order(server):
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(_request(server, MEETINGS) + _request(server, "SELECT * WHERE {") + _request(server, MEETINGS))
        assert _answers(sock, 2) == [200, 400]
        assert sock.recv(1000) == b""  # a malformed query closes the connection after its answer


def test_issue17_a_slow_query_right_after_a_quick_one_on_a_kept_alive_connection_is_stopped(store):
    with make_server(store, timeout=0.5, max_workers=1, quiet=True).start() as srv:
        with socket.create_connection((srv.host, srv.port), timeout=10) as sock:
            sock.sendall(_request(srv, MEETINGS))
            assert _answers(sock, 1) == [200]
            [busy] = srv.pool.pids()
            started = time.monotonic()
            sock.sendall(_request(srv, ENDLESS))  # taken by the worker that answered the first
            assert _answers(sock, 1) == [503]
            assert time.monotonic() - started < 2
        assert busy not in srv.pool.pids()
        assert get(srv, MEETINGS)[0] == 200


def test_issue17_with_every_worker_busy_a_query_waits_for_the_next_one_that_frees(store):
    with make_server(store, timeout=2, max_workers=2, quiet=True).start() as srv:
        assert get(srv, MEETINGS)[0] == 200  # the fork server and a first worker are up
        flood = [threading.Thread(target=get, args=(srv, ENDLESS), daemon=True) for _ in range(2)]
        for thread in flood:
            thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        status, _, body = get(srv, f"ASK {{ ?s a <{DIP}Meeting> }}")
        # both workers were stopped at the end of their time; the ASK got the first place freed
        assert status == 200 and json.loads(body)["boolean"] is True
        assert 1.0 < time.monotonic() - started < 2.5
        for thread in flood:
            thread.join(timeout=20)


def test_issue17_from_and_from_named_in_a_query_are_honoured(server, store):
    graph = next(g.value for g in store.named_graphs() if "/article/" in g.value or "/graph/" in g.value)
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"

    def number(query: str, **params) -> int:
        status, _, body = get(server, query, **params)
        assert status == 200, body
        return int(bindings(body)[0]["n"]["value"])

    union = number(count.format(""))
    one = number(count.format(f"FROM <{graph}>"))
    assert 0 < one < union
    assert one == number(count.format(""), **{"default-graph-uri": graph})
    # FROM NAMED alone: an empty default graph, and GRAPH sees only the graphs named
    assert number(count.format(f"FROM NAMED <{graph}>")) == 0
    assert number(f"SELECT (COUNT(*) AS ?n) FROM NAMED <{graph}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == one
    # the protocol's parameters win over the query's own dataset
    assert number(count.format(f"FROM <{graph}>"), **{"default-graph-uri": "http://example.org/none"}) == 0


def test_issue17_kg_query_honours_from(store):
    from kg.graph.query import parse_query_text, run

    graph = next(iter(store.named_graphs())).value
    union = int(next(iter(run(store, parse_query_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))))[0].value)
    one = int(next(iter(run(store, parse_query_text(
        f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"))))[0].value)
    assert 0 < one < union


@pytest.mark.slow
def test_issue17_load_300_mixed_queries_from_4_clients_without_an_error(store):
    from benchmarks.serve_load import mixed_queries, send

    with make_server(store, quiet=True).start() as srv:
        result = send(srv.url, mixed_queries(300, seed=17), clients=4, limit_s=120)
    assert result.errors == [], result.errors[:3]
    assert result.answered == 300


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = set(), [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_issue17_a_killed_kg_serve_leaves_no_query_running(seed_build):
    process = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", str(seed_build), "--port", "0", "-q",
         "--timeout", "60"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", process.stdout.readline()).group(1)
        def ask_forever() -> None:
            with contextlib.suppress(OSError, http.client.HTTPException):  # the server is killed under it
                fetch(url + "?" + urllib.parse.urlencode({"query": ENDLESS}))

        threading.Thread(target=ask_forever, daemon=True).start()
        time.sleep(1.5)
        helpers = descendants(process.pid)
        assert helpers  # the fork server and the worker evaluating the query
        process.kill()
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in helpers):
            time.sleep(0.2)
        left = [pid for pid in helpers if os.path.exists(f"/proc/{pid}")
                and open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"]
        assert left == []
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
