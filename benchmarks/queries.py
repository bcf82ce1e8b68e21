"""Saved-query benchmark: every saved query, with typical parameters, on a graph of N articles.

Prints a table (query, parameters, seconds, rows); it asserts nothing.

    python benchmarks/queries.py [--articles 1000] [--workdir /tmp/kg-bench-queries] [--cap 60]
                                 [--only meetings-between,facts-with-evidence] [-p NAME=VALUE ...]

The graph: the evaluation articles (``data/corpus``, ``data/heldout``, ``data/fresh``,
``data/fresh2``) are built once with ``kg build`` into ``WORKDIR/base``; their article graphs are
then copied under new ids until there are N articles (copy k renames every article, event,
evidence and agreement IRI, the article graph and the article's ``dcterms:identifier`` with the
suffix ``-rk``; copy 0 keeps the original ids), and the copies, with the reference, ontology and
derived graphs once, are bulk-loaded into an on-disk Oxigraph store, ``WORKDIR/n<N>/store``: the
kind of store ``kg build`` writes and ``kg query`` opens. Copying quads is much faster than
building N articles and gives the same shape of graph. An existing store for the same N is reused.

Each query runs in its own process on the store opened read-only (as ``kg query`` opens it),
through :func:`kg.graph.query.run`, with every result row read; a query still running after
``--cap`` seconds (wall clock) is stopped and shown as ``> CAP``. The figures: CPU seconds of the
query's process and wall-clock seconds, for the query and reading its rows (the store's opening is
not counted); on a busy shared machine the CPU figure is the steadier one.
"""
from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "data" / d for d in ("corpus", "heldout", "fresh", "fresh2")]
BASE = "https://w3id.org/dipkg/id/"
GRAPH_ARTICLE = BASE + "graph/article/"
IDENTIFIER = "<http://purl.org/dc/terms/identifier>"
MARK = "\x00"  # where a copy's suffix goes in an article graph's N-Quads template
RENAMED = re.compile(r"(<" + re.escape(BASE) + r"(?:graph/)?(?:article|event|evidence|agreement)/[^>]*)>")

#: Typical values by parameter name (a query's own entry in QUERY_VALUES wins).
VALUES = {"country": "IR", "country_a": "IR", "country_b": "TJ", "topic": "counter-terrorism",
          "article": "en_a01_iran_tajikistan_defence", "lang": "ar", "on_date": "2024-06-01",
          "node": BASE + "state/IR", "person": "abbas-araghchi", "org": "SCO",
          "state_a": "IR", "state_b": "TJ", "since": "2025-06-01", "earliest": "2025-06-01",
          "other": BASE + "person/emomali-sobirzoda", "event": BASE + "event/3e41d434590bfbdd",
          "actor": BASE + "state/IR"}
#: Values for one query's parameters, where the typical value by name is of another type (the view
#: queries take a person's IRI, the others its id).
QUERY_VALUES = {name: {"person": BASE + "person/abbas-araghchi"}
                for name in ("view-person-events", "view-person-recent", "view-actor-labels")}


def typical_values(query, values: dict[str, str] = VALUES) -> dict[str, str]:
    """The parameters ``query`` (a saved query) declares, each bound to its value in ``values``."""
    return {p.name: values[p.name] for p in query.params}


def base_graph(workdir: Path) -> Path:
    """``graph.trig`` of the evaluation articles, built once."""
    out = workdir / "base"
    trig = out / "graph.trig"
    if not trig.exists():
        from kg import build

        started = time.perf_counter()
        result = build(SOURCES, out, html=False, disk_store=False, combined=True)
        if not result.ok:
            raise SystemExit(f"building the evaluation articles failed: {result.failures}")
        print(f"built the evaluation articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return trig


def _templates(trig: Path) -> tuple[bytes, list[str]]:
    """N-Quads of the shared graphs, and one template per article graph (MARK where a suffix goes)."""
    import pyoxigraph as ox

    scratch = ox.Store()
    scratch.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    shared, articles = [], {}
    for quad in scratch:
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(GRAPH_ARTICLE):
            line = str(quad) + " .\n"
            line = RENAMED.sub(lambda m: m.group(1) + MARK + ">", line)
            if IDENTIFIER in line:
                line = re.sub(r'"([^"]*)"', lambda m: '"' + m.group(1) + MARK + '"', line, count=1)
            articles.setdefault(graph.value, []).append(line)
        else:
            shared.append(str(quad) + " .\n")
    return "".join(shared).encode("utf-8"), ["".join(lines) for _, lines in sorted(articles.items())]


class _Copies(io.RawIOBase):
    """A readable stream of N-Quads: the shared graphs, then article graphs copied to ``n`` articles."""

    def __init__(self, shared: bytes, templates: list[str], n: int):
        self._chunks = self._generate(shared, templates, n)
        self._pending = b""

    @staticmethod
    def _generate(shared, templates, n):
        yield shared
        for i in range(n):
            copy, index = divmod(i, len(templates))
            yield templates[index].replace(MARK, f"-r{copy}" if copy else "").encode("utf-8")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def replicated_store(workdir: Path, n: int) -> tuple[Path, int]:
    """An on-disk store of ``n`` articles (reused when one exists) and its number of quads."""
    import pyoxigraph as ox

    folder = workdir / f"n{n}"
    info = folder / "quads.json"
    if info.exists():
        return folder / "store", json.loads(info.read_text())["quads"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shared, templates = _templates(base_graph(workdir))
    started = time.perf_counter()
    store = ox.Store(str(folder / "store"))
    store.bulk_load(io.BufferedReader(_Copies(shared, templates, n), 1 << 20), format=ox.RdfFormat.N_QUADS)
    store.flush()
    quads = len(store)
    del store
    info.write_text(json.dumps({"articles": n, "quads": quads}))
    print(f"loaded {quads:,} quads ({n:,} articles) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder / "store", quads


def _time_query(store_dir: str, name: str, values: dict[str, str], answer) -> None:
    import pyoxigraph as ox

    from kg.graph.query import run, saved_queries

    store = ox.Store.read_only(store_dir)
    query = saved_queries()[name]
    started, cpu_started = time.perf_counter(), time.process_time()
    solutions = run(store, query, values)
    count = sum(1 for _ in solutions) if isinstance(solutions, (ox.QuerySolutions, ox.QueryTriples)) else 1
    answer.send((time.process_time() - cpu_started, time.perf_counter() - started, count))


def time_query(store_dir: Path, name: str, values: dict[str, str], cap: float) -> tuple | None:
    """(CPU seconds, wall seconds, rows) of one saved query in a process of its own; None past ``cap``."""
    receive, send = mp.Pipe(duplex=False)
    worker = mp.get_context("fork").Process(target=_time_query, args=(str(store_dir), name, values, send))
    worker.start()
    if receive.poll(cap):
        result = receive.recv()
        worker.join()
        return result
    worker.kill()
    worker.join()
    return None


def main(argv: list[str] | None = None) -> None:
    from kg.graph.query import saved_queries

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench-queries"))
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a query is stopped")
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    parser.add_argument("-p", "--param", action="append", default=[], help="NAME=VALUE overriding a typical value")
    args = parser.parse_args(argv)

    values = dict(VALUES)
    values.update(item.split("=", 1) for item in args.param)
    store_dir, quads = replicated_store(args.workdir, args.articles)
    wanted = [n for n in args.only.split(",") if n] or list(saved_queries())
    print(f"{args.articles:,} articles, {quads:,} quads, on-disk store {store_dir}")
    print(f"{'query':<28} {'parameters':<44} {'cpu s':>8} {'wall s':>8} {'rows':>8}")
    for name in wanted:
        query = saved_queries()[name]
        bound = typical_values(query, {**values, **QUERY_VALUES.get(name, {})})
        timed = time_query(store_dir, name, bound, args.cap)
        shown = " ".join(f"{k}={v.replace(BASE, '')}" for k, v in bound.items()) or "-"
        if timed is None:
            figures = f"{'-':>8} {'> ' + format(args.cap, '.0f'):>8} {'-':>8}"
        else:
            figures = f"{timed[0]:>8.3f} {timed[1]:>8.3f} {timed[2]:>8}"
        print(f"{name:<28} {shown:<44} {figures}", flush=True)


if __name__ == "__main__":
    main()
