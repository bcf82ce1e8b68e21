"""Readers of a build folder (issue 15): starting ``kg``, ``kg dyad`` and every saved query, each timed
as the command an analyst types, and each saved query again inside one process, the store already open.

Prints two tables; it asserts nothing.

    python benchmarks/readers.py OUT [--reference TREE] [--pair IR TJ] [--only NAME,NAME] [--cap 120]
                                     [--repeat 3] [--json FILE]

OUT is a ``kg build`` output folder (``build.py 100000 --add 0 --keep`` leaves one in
``WORKDIR/n100000/out``). ``--reference TREE`` times another version of kg on the same folder in the
same run, the figure to compare with: TREE holds its ``kg`` package (``git archive REV | tar -x -C TREE``).

Commands, each a process of its own (``python -P -c 'import kg.cli; kg.cli.main()' ...`` with the
tree on ``PYTHONPATH``), stopped after ``--cap`` seconds; wall and CPU seconds, the best of ``--repeat``
runs (the machine is shared: the best run is the one least disturbed):

* ``kg --help`` (every command's module imported) and ``kg queries`` (the query command's only):
  what starting ``kg`` costs (Python, imports; no store opened);
* ``kg dyad OUT A B --json`` (``--pair``, default IR TJ), and with ``--all`` (every event listed);
* ``kg query OUT NAME -f json -p ...`` for every saved query of this tree: ``queries.py``'s typical
  values, except the article, the folder's article with the most events.

Then, for each saved query, one process that opens the store read-only (seconds, ``open``) and runs
the bound query through ``kg.graph.query.run``: milliseconds until its first 20 rows were read
(``first 20``; a sorted query has done all its work by then) and until its last, and its rows.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import _busiest_article, _rows, timed  # noqa: E402
from queries import QUERY_VALUES, VALUES, typical_values  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KG = "import kg.cli; kg.cli.main()"
# The saved queries of a tree, with their typical values, read in a process with that tree on the path.
LIST_QUERIES = ("import json, sys; sys.path.insert(0, sys.argv[1]); from queries import QUERY_VALUES, typical_values; "
                "from kg.graph.query import saved_queries; values = json.loads(sys.argv[2]); "
                "print(json.dumps({n: typical_values(q, {**values, **QUERY_VALUES.get(n, {})}) "
                "for n, q in saved_queries().items()}))")
# One saved query inside one process: open the store, run, read the first 20 rows, then the rest.
IN_PROCESS = """
import json, sys, time
started = time.perf_counter()
from kg.graph.query import run, saved_queries
from kg.graph.store import close_store, open_store
imported = time.perf_counter()
store = open_store(sys.argv[1])
opened = time.perf_counter()
solutions = run(store, saved_queries()[sys.argv[2]], json.loads(sys.argv[3]))
rows, first = 0, None
for _ in solutions:
    rows += 1
    if rows == 20:
        first = time.perf_counter()
done = time.perf_counter()
print(json.dumps({"import_s": imported - started, "open_s": opened - imported, "rows": rows,
                  "first_ms": 1000 * ((first or done) - opened), "all_ms": 1000 * (done - opened)}))
close_store(store)
"""


def _env(tree: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(tree))


def _python(*arguments: str) -> list[str]:
    """This Python running ``arguments``, with ``-P``: the folder it is started in (this checkout)
    does not go before the tree on the path, so each tree's ``kg`` is the one imported."""
    return [sys.executable, "-P", *arguments]


def _best(command: list[str], tree: Path, cap: float, repeat: int, scratch: Path) -> dict:
    """The run of ``command`` with the least wall time (a failed or stopped one ends the series)."""
    best = None
    for _ in range(repeat):
        figures = timed(command, cap, scratch / "reader.log", env=_env(tree), stdout=scratch / "answer.out")
        figures["rows"] = _rows(scratch / "answer.out") if figures["ok"] else None
        if not figures["ok"]:
            return figures
        if best is None or figures["wall_s"] < best["wall_s"]:
            best = figures
    return best


def saved_query_values(tree: Path, values: dict[str, str]) -> dict[str, dict[str, str]]:
    """Each saved query of ``tree`` by name, with its parameters bound to their typical values."""
    listed = subprocess.run(_python("-c", LIST_QUERIES, str(HERE), json.dumps(values)),
                            capture_output=True, text=True, check=True, env=_env(tree)).stdout
    return json.loads(listed)


def commands(out: Path, pair: tuple[str, str], queries: dict[str, dict[str, str]]) -> list[tuple[str, str, list[str]]]:
    """(reader, parameters shown, arguments of kg) of every command timed."""
    runs = [("start-up (kg --help)", "-", ["--help"]),
            ("start-up (kg queries)", "-", ["queries"]),
            (f"kg dyad {' '.join(pair)}", "--json", ["dyad", str(out), *pair, "--json"]),
            (f"kg dyad {' '.join(pair)} --all", "--json", ["dyad", str(out), *pair, "--json", "--all"])]
    for name, bound in queries.items():
        shown = " ".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in bound.items()) or "-"
        runs.append((f"query {name}", shown[:44], ["query", str(out), name, "-f", "json",
                                                   *(x for k, v in bound.items() for x in ("-p", f"{k}={v}"))]))
    return runs


def time_tree(tree: Path, out: Path, runs: list, queries: dict, args: argparse.Namespace, scratch: Path) -> dict:
    """Every command of ``runs`` and every query of ``queries`` in process, with ``tree``'s kg."""
    found: dict = {"commands": {}, "in_process": {}}
    for reader, _, arguments in runs:
        if reader.startswith("query ") and reader[6:] not in queries:
            continue  # a query this tree does not have
        found["commands"][reader] = _best(_python("-c", KG, *arguments), tree, args.cap, args.repeat, scratch)
        print(f"  {tree.name}: {reader}: {found['commands'][reader]['wall_s']:.2f} s", file=sys.stderr, flush=True)
    for name, bound in queries.items():
        figures = timed(_python("-c", IN_PROCESS, str(out), name, json.dumps(bound)), args.cap,
                        scratch / "reader.log", env=_env(tree), stdout=scratch / "answer.out")
        found["in_process"][name] = (json.loads((scratch / "answer.out").read_text(encoding="utf-8"))
                                     if figures["ok"] else None)
    return found


def _cell(figures: dict | None, cap: float) -> str:
    if figures is None:
        return "-"
    if not figures["ok"]:
        return f"> {cap:.0f}" if figures["stopped"] else "failed"
    rows = "" if figures.get("rows") is None else f" ({figures['rows']})"
    return f"{figures['wall_s']:.2f} / {figures['cpu_s']:.2f}{rows}"


def _in_process_cell(figures: dict | None) -> str:
    if figures is None:
        return "-"
    return f"{figures['open_s']:.3f} {figures['first_ms']:.0f} {figures['all_ms']:.0f} {figures['rows']}"


def print_tables(trees: list[Path], runs: list, results: dict[str, dict], cap: float) -> None:
    names = [t.name for t in trees]
    print("commands, each a process of its own: wall / CPU seconds (rows of a query's answer), best run")
    print(f"{'reader':<40} {'parameters':<44}" + "".join(f" {n:>24}" for n in names))
    for reader, shown, _ in runs:
        cells = [_cell(results[n]["commands"].get(reader), cap) for n in names]
        print(f"{reader:<40} {shown:<44}" + "".join(f" {c:>24}" for c in cells))
    print("\nsaved queries in one process: store opened (s), first 20 rows (ms), all rows (ms), rows")
    print(f"{'query':<40}" + "".join(f" {n:>28}" for n in names))
    for reader, _, _ in runs:
        if reader.startswith("query "):
            cells = [_in_process_cell(results[n]["in_process"].get(reader[6:])) for n in names]
            print(f"{reader[6:]:<40}" + "".join(f" {c:>28}" for c in cells))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a kg build output folder")
    parser.add_argument("--reference", type=Path, help="a folder holding another version of the kg package")
    parser.add_argument("--pair", nargs=2, default=["IR", "TJ"], metavar=("A", "B"))
    parser.add_argument("--only", default="", help="comma-separated saved query names (default: all)")
    parser.add_argument("--cap", type=float, default=120.0, help="seconds before a command is stopped")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the best is shown")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)

    values = dict(VALUES, article=_busiest_article(args.out))
    trees = ([args.reference.resolve()] if args.reference else []) + [ROOT]
    wanted = {n for n in args.only.split(",") if n}
    queries = {tree.name: {n: v for n, v in saved_query_values(tree, values).items() if not wanted or n in wanted}
               for tree in trees}
    runs = commands(args.out, tuple(args.pair), queries[ROOT.name])
    results = {}
    with tempfile.TemporaryDirectory(prefix="kg-readers-") as scratch:
        for tree in trees:
            results[tree.name] = time_tree(tree, args.out, runs, queries[tree.name], args, Path(scratch))
    print(f"kg readers on {args.out} ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end)")
    print_tables(trees, runs, results, args.cap)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
