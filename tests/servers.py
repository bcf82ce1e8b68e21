"""SPARQL 1.1 servers the tests start and stop: Oxigraph's (pip package ``oxigraph``) and Virtuoso
(Debian's ``virtuoso-opensource``), each on free ports of 127.0.0.1 with its data in a temporary folder.

Missing programs skip the tests that need them, except in CI (``CI`` set), where they fail.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import require_tool

#: A Virtuoso configuration with what the tests need: loopback ports, the files in the working
#: folder, little memory, and results large enough that none is cut short (Virtuoso's default,
#: 10,000 rows, truncates a result without saying so).
VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Server:
    """A running server: ``base`` and ``gsp_path`` for ``kg push``/``kg build --store``, ``query_url`` for the readers."""

    name: str
    base: str
    gsp_path: str
    query_url: str


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph server is not installed (pip install oxigraph)")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _wait_for(proc: subprocess.Popen, query_url: str, name: str, seconds: float) -> None:
    url = query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + seconds
    while True:
        if proc.poll() is not None:
            pytest.fail(f"{name} exited with {proc.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                answer.read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            if time.monotonic() > deadline:
                pytest.fail(f"{name} did not answer within {seconds:g} s")
            time.sleep(0.1)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def oxigraph(location: Path, *, union_default_graph: bool = True) -> Iterator[Server]:
    """``oxigraph serve`` on a new store in ``location``; the readers need ``union_default_graph``."""
    port = free_port()
    command = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
               "--timeout-s", "30"]
    if union_default_graph:
        command.append("--union-default-graph")
    base = f"http://127.0.0.1:{port}"
    with (location.parent / f"{location.name}.log").open("wb") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_for(proc, base + "/query", "oxigraph", 15)
            yield Server("oxigraph", base, "/store", base + "/query")
        finally:
            _stop(proc)


@contextmanager
def virtuoso(folder: Path) -> Iterator[Server]:
    """Virtuoso (``virtuoso-t``, in the foreground) on a new database in ``folder``.

    The Graph Store endpoint without authentication, ``/sparql-graph-crud``, writes as the user
    SPARQL, who may not write until granted SPARQL_UPDATE (given here through ``isql-vt``).
    """
    binary, isql = require_tool("virtuoso-t"), require_tool("isql-vt")
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port),
                                         encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    with (folder / "console.log").open("wb") as log:
        proc = subprocess.Popen([binary, "-f", "-c", "virtuoso.ini"], cwd=folder, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            _wait_for(proc, base + "/sparql", "virtuoso", 60)
            subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
                           check=True, capture_output=True, timeout=30)
            yield Server("virtuoso", base, "/sparql-graph-crud", base + "/sparql")
        finally:
            _stop(proc)


@contextmanager
def started(name: str, folder: Path) -> Iterator[Server]:
    """The server called ``name`` (``oxigraph`` or ``virtuoso``), its data in ``folder``."""
    if name == "oxigraph":
        with oxigraph(folder / "store") as server:
            yield server
    else:
        with virtuoso(folder) as server:
            yield server
