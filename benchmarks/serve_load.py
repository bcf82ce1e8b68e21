"""Load benchmark: `kg serve` against Oxigraph's own server on the same store, same queries, same clients.

    python benchmarks/serve_load.py [--graph OUT] [--queries 5000] [--clients 8] [--limit-s 300]
                                    [--unique] [--rounds 2]

Builds `data/samples` into a temporary folder unless `--graph` names a build folder (one with a
fresh `store/`). Starts `kg serve OUT` (the real command, read-only) and `oxigraph serve-read-only
--location OUT/store --union-default-graph`, both on 127.0.0.1, and sends each the same mixed
queries from `--clients` threads, each keeping one connection open. Prints, for each server: errors
(anything but 200), queries per second, median and 99th percentile latency; then kg serve's share of
Oxigraph's throughput. It asserts nothing. Every request goes to loopback; a run stops after
`--queries` queries or `--limit-s` seconds per server, whichever comes first.

The mix, per 20 queries: 5 ASK about a state, 5 label lookups (in Arabic, Persian or English; one
as XML), 3 lists of a state's events (LIMIT 20), 2 CONSTRUCTs describing a state (Turtle), 2 saved
queries with their parameters bound in a VALUES block (meetings between two states, a state's
agreements), 2 saved queries without parameters (the dyad ranking, event parties, criticisms, state
events) and 1 count of events by type as CSV. About 300 distinct query texts repeat over a run, as
an application's queries would; `--unique` makes every text new (a comment with its number), which
is the worst case for kg serve's check, since rdflib parses each text it has not seen.
"""
from __future__ import annotations

import argparse
import http.client
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/dipkg/id/"
DIP = "https://w3id.org/dipkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
JSON = "application/sparql-results+json"
# States of the sample articles first, then others the reference data knows.
CODES = ["IR", "OM", "KZ", "UZ", "PK", "AZ", "JO", "TJ", "QA", "IL", "US", "RU", "CN", "TR", "SA", "AE", "EG",
         "IQ", "SY", "LB", "AF", "IN", "KW", "BH", "YE", "DE", "FR", "GB", "JP", "KR"]
PAIR_CODES = CODES[:8]
WITH_PARAMS = {"meetings-between": ("country_a", "country_b"), "agreements-by-state": ("country",)}
WITHOUT_PARAMS = ("most-active-dyads", "report-event-parties", "who-criticised-whom", "projection-state-events")


def _state(code: str) -> str:
    return f"<{ID}state/{code}>"


def _saved() -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from kg.graph.query import saved_queries

    queries = saved_queries()
    return {name: queries[name].text for name in (*WITH_PARAMS, *WITHOUT_PARAMS)}


def mixed_queries(n: int, seed: int = 1, unique: bool = False) -> list[tuple[str, str]]:
    """``n`` (query, Accept) pairs in the mix the module docstring describes, the same for a seed."""
    rng = random.Random(seed)
    saved = _saved()
    out = []
    for i in range(n):
        code = rng.choice(CODES)
        slot = i % 20
        accept = JSON
        if slot < 5:
            query = f"ASK {{ {_state(code)} ?p ?o }}"
        elif slot < 10:
            lang = rng.choice(("ar", "fa", "en"))
            query = f'SELECT ?label WHERE {{ {_state(code)} <{RDFS_LABEL}> ?label FILTER (LANG(?label) = "{lang}") }}'
            if slot == 9:
                accept = "application/sparql-results+xml"
        elif slot < 13:
            query = (f"SELECT ?event ?type ?date WHERE {{ ?event <{DIP}participant> {_state(code)} ; "
                     f"<{DIP}eventType> ?type . OPTIONAL {{ ?event <{DIP}date> ?date }} }} LIMIT 20")
        elif slot < 15:
            query = f"CONSTRUCT {{ {_state(code)} ?p ?o }} WHERE {{ {_state(code)} ?p ?o }}"
            accept = "text/turtle"
        elif slot < 17:
            name = rng.choice(sorted(WITH_PARAMS))
            names = WITH_PARAMS[name]
            values = rng.sample(PAIR_CODES, len(names))
            query = (saved[name] + f"\nVALUES ({' '.join('?' + p for p in names)}) "
                                   f"{{ ({' '.join(_state(v) for v in values)}) }}\n")
        elif slot < 19:
            query = saved[rng.choice(WITHOUT_PARAMS)]
        else:
            query = f"SELECT ?type (COUNT(?e) AS ?n) WHERE {{ ?e <{DIP}eventType> ?type }} GROUP BY ?type ORDER BY DESC(?n)"
            accept = "text/csv"
        if unique:
            query += f"\n# request {i}\n"
        out.append((query, accept))
    return out


@dataclass
class Result:
    answered: int = 0
    wall_s: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else float("nan")

    def line(self, name: str) -> str:
        return (f"{name:<10} {self.answered:>6} answered  {len(self.errors):>4} errors  "
                f"{self.answered / self.wall_s:8.1f} queries/s  p50 {1000 * self.percentile(0.5):7.1f} ms  "
                f"p99 {1000 * self.percentile(0.99):7.1f} ms")


def send(url: str, queries: list[tuple[str, str]], *, clients: int = 8, limit_s: float = 300.0) -> Result:
    """POST each query (a form body) to ``url`` from ``clients`` threads with kept connections."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"{url}: this benchmark talks to loopback only")
    result = Result()
    lock = threading.Lock()
    pending = iter(queries)
    stop_at = time.monotonic() + limit_s

    def client() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        while time.monotonic() < stop_at:
            with lock:
                item = next(pending, None)
            if item is None:
                break
            query, accept = item
            body = urllib.parse.urlencode({"query": query})
            started = time.perf_counter()
            try:
                conn.request("POST", parts.path, body=body, headers={
                    "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
                response = conn.getresponse()
                data = response.read()
                error = None if response.status == 200 else f"{response.status} {data[:120]!r}"
                if response.will_close:
                    conn.close()
            except (OSError, http.client.HTTPException) as exc:
                error = f"{type(exc).__name__}: {exc}"
                conn.close()
            elapsed = time.perf_counter() - started
            with lock:
                result.answered += error is None
                result.latencies.append(elapsed)
                if error is not None:
                    result.errors.append(f"{error} for {query[:80]!r}")
        conn.close()

    threads = [threading.Thread(target=client, name=f"client-{i}") for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.wall_s = time.perf_counter() - started
    return result


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, limit: float = 60.0) -> None:
    import socket

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited: {process.stderr.read() if process.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {limit:g} s")


def start_kg_serve(graph: Path, workers: int | None = None) -> tuple[subprocess.Popen, str]:
    extra = ["--workers", str(workers)] if workers else []
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", str(graph),
                                "--port", "0", "-q", "--timeout", "10", *extra], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
    if not match:
        process.kill()
        raise RuntimeError(f"kg serve did not start: {line} {process.stderr.read()}")
    if "store " not in line:
        print(f"note: kg serve is not reading {graph}/store (stale?): {line.strip()}", file=sys.stderr)
    return process, match.group(1)


def start_oxigraph(graph: Path) -> tuple[subprocess.Popen, str]:
    program = Path(sys.executable).parent / "oxigraph"
    port = _free_port()
    process = subprocess.Popen([str(program if program.exists() else "oxigraph"), "serve-read-only",
                                "--location", str(graph / "store"), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph", "--timeout-s", "10"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for(port, process)
    return process, f"http://127.0.0.1:{port}/query"


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="a build folder with a fresh store/ (default: build data/samples)")
    parser.add_argument("--queries", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--limit-s", type=float, default=300.0, help="seconds per server at most")
    parser.add_argument("--unique", action="store_true", help="make every query text distinct")
    parser.add_argument("--rounds", type=int, default=2,
                        help="run both servers this many times, alternating (the first round parses new texts)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, help="kg serve --workers (default: its own default)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-serve-load-") as scratch:
        graph = args.graph
        if graph is None:
            sys.path.insert(0, str(ROOT))
            from kg import build

            graph = Path(scratch) / "demo"
            build([ROOT / "data" / "samples"], graph, html=False)
        queries = mixed_queries(args.queries, args.seed, args.unique)
        print(f"{len(queries)} queries ({len({q for q, _ in queries})} distinct texts), {args.clients} clients, "
              f"graph {graph}")
        kg_process, kg_url = start_kg_serve(graph, args.workers)
        ox_process, ox_url = start_oxigraph(graph)
        try:
            for name, url in (("kg serve", kg_url), ("oxigraph", ox_url)):  # warm both up (and their caches)
                send(url, queries[:200], clients=args.clients, limit_s=60)
            totals: dict[str, list[Result]] = {"kg serve": [], "oxigraph": []}
            for round_ in range(args.rounds):
                for name, url in (("kg serve", kg_url), ("oxigraph", ox_url)):
                    result = send(url, queries, clients=args.clients, limit_s=args.limit_s)
                    totals[name].append(result)
                    print(f"round {round_ + 1}: " + result.line(name))
                    for error in result.errors[:3]:
                        print(f"    {error}")
            kg_rate = sum(r.answered for r in totals["kg serve"]) / sum(r.wall_s for r in totals["kg serve"])
            ox_rate = sum(r.answered for r in totals["oxigraph"]) / sum(r.wall_s for r in totals["oxigraph"])
            print(f"kg serve answers {kg_rate:.1f} queries/s, Oxigraph {ox_rate:.1f}: "
                  f"{100 * kg_rate / ox_rate:.0f} % of Oxigraph's throughput")
        finally:
            _stop(kg_process)
            _stop(ox_process)


if __name__ == "__main__":
    main()
