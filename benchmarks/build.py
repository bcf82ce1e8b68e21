"""End-to-end builds: `kg build` of generated corpora of N articles, full and incremental.

Prints a table; it asserts nothing.

    python benchmarks/build.py [SIZES ...] [--workdir /tmp/kg-bench-build] [--cap 1200] [--add 1000]
                               [--jobs J] [--seed 1] [--json FILE] [--plot FILE.png] [--keep]

SIZES default to 1000 10000 (100000 only when named; none when ``--also`` is given, which then
only prints and plots earlier figures). For each size N, ``corpus.py`` writes N
articles (seed ``--seed``, JSON Lines) and ``kg build IN -o OUT -q`` runs as a process of its own,
the command an analyst types, with ``KG_STAGE_TIMES=1`` so that it prints each stage's seconds
(:mod:`kg.timing`). Then the incremental case: the ``--add`` articles that follow the first N in the
same corpus (``corpus.py --start N``) built into the same OUT (``kg build ADD -o OUT``; 0 skips it).
``--readers`` also times, on each full build's output, ``kg dyad``, ``kg analyze``, ``kg view`` (every
projection) and every saved query through ``kg query`` (``queries.py``'s typical values), each a
process of its own stopped after ``--reader-cap`` seconds.

Figures per build: wall-clock and CPU seconds (the build and every worker it waited for), articles
per second of wall time, peak memory (``RSS``: the largest resident set of any one process of
the build, from the kernel; ``tree``: the largest memory of the build and its workers together,
sampled every 0.2 s as the sum of their proportional set sizes, which counts a page they share
once), what the output folder holds (quads and events from
``report.json``; megabytes of the store, the graph files and the HTML) and each stage's share of
the wall time. A build still running after ``--cap`` seconds is stopped (its process group is
killed) and shown as ``did not finish`` with the stage it had reached. The load average of the
machine when each build starts is shown beside it: other work on a shared machine slows a build.

``--json FILE`` writes the figures (``--also FILE`` adds an earlier run's to the table and plot), ``--plot FILE.png`` draws wall and CPU time and peak memory against the
corpus size (needs matplotlib: ``pip install -e '.[bench]'``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import VALUES  # noqa: E402

HERE = Path(__file__).resolve().parent
# The saved queries' names and parameters, with queries.py's typical values, read in a process of
# its own: this one stays small, because a child's peak RSS, as the kernel reports it, is never less
# than its parent's resident set when it was started.
LIST_QUERIES = ("import json, sys; sys.path.insert(0, sys.argv[1]); from queries import QUERY_VALUES, typical_values; "
                "from kg.graph.query import saved_queries; values = json.loads(sys.argv[2]); "
                "print(json.dumps({n: typical_values(q, {**values, **QUERY_VALUES.get(n, {})}) "
                "for n, q in saved_queries().items()}))")

STAGE_LINE = re.compile(r"^kg stage (\w+): (started|[\d.]+ s)$", re.M)
HTML = ("index.html", "graph.html", "views", "dyads", "analysis")
GRAPH_FILES = ("graphs", "manifest.sqlite", "graph.trig", "graph.ttl", "report.json")
VIEWS = ("states", "persons", "memberships", "events")


def kg_command() -> str:
    """The ``kg`` of the Python running this script (its virtual environment), else the one on PATH."""
    beside = Path(sys.executable).parent / "kg"
    return str(beside) if beside.exists() else (shutil.which("kg") or "kg")


def _tree_memory(pid: int) -> int:
    """Bytes of memory ``pid`` and its descendants hold now (0 once it has gone).

    The proportional set size (Pss): a page that forked workers share with the build counts once
    in all, where adding their resident sets would count it once per process.
    """
    total, pending = 0, [pid]
    while pending:
        p = pending.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii", errors="replace") as fh:
                total += next((int(line.split()[1]) * 1024 for line in fh if line.startswith("Pss:")), 0)
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as fh:
                pending.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def timed(command: list[str], cap: float, log: Path, env: dict[str, str] | None = None,
          stdout: Path | None = None) -> dict:
    """Run ``command`` (stdout to ``stdout``, else with stderr to ``log``) for at most ``cap`` seconds.

    ``{"ok", "returncode", "wall_s", "cpu_s", "peak_rss_mb", "tree_pss_mb", "stages", "reached"}``;
    ``ok`` is False when it failed or was stopped at the cap.
    """
    with log.open("wb") as err, open(stdout or os.devnull, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out if stdout else err, stderr=err, env=env,
                                   start_new_session=True)
        tree, stopped, status, usage = 0, False, 0, None
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            tree = max(tree, _tree_memory(process.pid))
            if time.perf_counter() - started > cap:
                os.killpg(process.pid, signal.SIGKILL)  # the build's own group: it and its workers
                stopped = True
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.2)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    stages, reached = {}, None
    for name, what in STAGE_LINE.findall(text):
        reached = name
        if what != "started":
            stages[name] = float(what[:-2])
    return {"ok": not stopped and process.returncode == 0, "stopped": stopped, "returncode": process.returncode,
            "wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024), "tree_pss_mb": round(max(tree, 1) / 2**20),
            "stages": stages, "reached": reached}


def _megabytes(path: Path) -> float:
    if not path.exists():
        return 0.0
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def output_figures(out: Path) -> dict:
    """What a build output folder holds: articles, events and quads (report.json) and megabytes."""
    figures: dict = {"store_mb": round(_megabytes(out / "store"), 1),
                     "files_mb": round(sum(_megabytes(out / name) for name in GRAPH_FILES), 1),
                     "html_mb": round(sum(_megabytes(out / name) for name in HTML), 1)}
    try:
        totals = json.loads((out / "report.json").read_text(encoding="utf-8"))["totals"]
        figures.update(report_articles=totals["articles"], events=totals["events"], quads=totals["quads"])
    except (OSError, ValueError, KeyError):
        pass
    return figures


def build_once(sources: Path, out: Path, cap: float, jobs: int | None, log: Path) -> dict:
    """``kg build SOURCES -o OUT -q`` timed, with the output's figures when it finished."""
    env = dict(os.environ, KG_STAGE_TIMES="1")
    command = [kg_command(), "build", str(sources), "-o", str(out), "-q"]
    if jobs:
        command += ["--jobs", str(jobs)]
    load = os.getloadavg()[0]
    figures = timed(command, cap, log, env)
    figures["load_avg"] = round(load, 2)
    figures["log"] = str(log)
    if figures["ok"]:
        figures.update(output_figures(out))
    return figures


def _busiest_article(out: Path) -> str:
    """The id of the article with the most events in the build (the one-article lookup's value)."""
    articles = json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"]
    return max(articles, key=lambda a: (a["counts"]["events"], a["id"]))["id"]


def _rows(answer: Path) -> int | None:
    """Rows of a ``kg query -f json`` answer (SPARQL results JSON), None when it holds none."""
    try:
        return len(json.loads(answer.read_text(encoding="utf-8"))["results"]["bindings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def time_readers(out: Path, folder: Path, cap: float) -> list[dict]:
    """``kg dyad``, ``kg analyze``, ``kg view`` (each projection) and every saved query on ``out``.

    First ``kg queries``, which opens no graph: what starting ``kg`` costs each of the others. Each
    is one process, stopped after ``cap`` seconds; the queries' values are ``queries.py``'s
    typical ones, except the article: the build's article with the most events.
    """
    kg = kg_command()
    values = dict(VALUES, article=_busiest_article(out))
    pair = (values["country_a"], values["country_b"])
    runs = [("start-up (kg queries)", "-", [kg, "queries"]),  # the floor: Python, imports, the query files
            ("dyad", " ".join(pair), [kg, "dyad", str(out), *pair]),
            ("analyze", "-", [kg, "analyze", str(out), "-q", "-o", str(folder / "analysis")])]
    runs += [(f"view {p}", "-", [kg, "view", str(out), "--projection", p, "-o", str(folder / f"view-{p}.html")])
             for p in VIEWS]
    listed = subprocess.run([sys.executable, "-c", LIST_QUERIES, str(HERE), json.dumps(values)],
                            capture_output=True, text=True, check=True).stdout
    for name, bound in json.loads(listed).items():
        shown = " ".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in bound.items() if k != "article") or "-"
        runs.append((f"query {name}", shown, [kg, "query", str(out), name, "-f", "json",
                                              *(x for k, v in bound.items() for x in ("-p", f"{k}={v}"))]))
    results = []
    for reader, parameters, command in runs:
        answer = folder / "answer.out"
        figures = timed(command, cap, folder / "reader.log", stdout=answer)
        results.append({"reader": reader, "parameters": parameters, "ok": figures["ok"],
                        "stopped": figures["stopped"], "wall_s": figures["wall_s"], "cpu_s": figures["cpu_s"],
                        "peak_rss_mb": figures["peak_rss_mb"],
                        "rows": _rows(answer) if reader.startswith("query") and figures["ok"] else None})
        print(f"  {reader} {parameters}: {figures['wall_s']:.1f} s{'' if figures['ok'] else ' (did not finish)'}",
              file=sys.stderr, flush=True)
    return results


def write_corpus(n: int, folder: Path, seed: int, start: int = 0) -> None:
    """``corpus.py`` as a process of its own (see LIST_QUERIES for why)."""
    subprocess.run([sys.executable, str(HERE / "corpus.py"), str(n), str(folder), "--seed", str(seed),
                    "--start", str(start)], check=True, stderr=subprocess.DEVNULL)


def run_size(n: int, args: argparse.Namespace) -> dict:
    """A full build of ``n`` articles, then (when it finished) the build adding ``args.add`` more."""
    folder = args.workdir / f"n{n}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    write_corpus(n, folder / "in", args.seed)
    print(f"building {n:,} articles ...", file=sys.stderr, flush=True)
    entry = {"articles": n, "cap_s": args.cap, "full": build_once(folder / "in", folder / "out", args.cap, args.jobs,
                                               folder / "build.log")}
    if args.readers and entry["full"]["ok"]:
        print(f"timing the readers on {n:,} articles ...", file=sys.stderr, flush=True)
        entry["readers_load_avg"] = round(os.getloadavg()[0], 2)
        entry["reader_cap_s"] = args.reader_cap
        entry["readers"] = time_readers(folder / "out", folder, args.reader_cap)
    if args.add and entry["full"]["ok"]:
        write_corpus(args.add, folder / "add", args.seed, start=n)
        print(f"adding {args.add:,} articles to {n:,} ...", file=sys.stderr, flush=True)
        entry["add"] = build_once(folder / "add", folder / "out", args.cap, args.jobs, folder / "add.log")
        entry["add"]["articles"] = args.add
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return entry


def _shares(figures: dict) -> str:
    """Each stage's share of the wall time; ``start`` is the rest (starting Python, imports, exit)."""
    stages = dict(figures.get("stages") or {})
    if not stages or not figures["wall_s"]:
        return ""
    if figures["ok"]:
        stages = {"start": max(figures["wall_s"] - sum(stages.values()), 0.0), **stages}
    return " ".join(f"{name} {100 * s / figures['wall_s']:.0f}%" for name, s in stages.items())


def print_table(results: list[dict], cap: float) -> None:
    print(f"{'articles':>9} {'build':<5} {'wall s':>8} {'cpu s':>8} {'art/s':>6} {'RSS MB':>7} {'tree MB':>7} "
          f"{'quads':>10} {'store MB':>8} {'files MB':>8} {'html MB':>7} {'load':>5}  stages (share of wall)")
    for entry in results:
        for kind in ("full", "add"):
            f = entry.get(kind)
            if f is None:
                continue
            n = entry["articles"] if kind == "full" else f["articles"]
            if not f["ok"]:
                why = (f"did not finish in {entry.get('cap_s', cap):.0f} s (stage {f['reached'] or 'before reading'})" if f["stopped"]
                       else f"failed (exit {f['returncode']}, see {f['log']})")
                print(f"{entry['articles']:>9,} {kind:<5} {f['wall_s']:>8.1f} {f['cpu_s']:>8.1f} {'-':>6} "
                      f"{f['peak_rss_mb']:>7} {f['tree_pss_mb']:>7} {why:>36} {f['load_avg']:>5.2f}  {_shares(f)}")
                continue
            print(f"{entry['articles']:>9,} {kind:<5} {f['wall_s']:>8.1f} {f['cpu_s']:>8.1f} {n / f['wall_s']:>6.1f} "
                  f"{f['peak_rss_mb']:>7} {f['tree_pss_mb']:>7} {f.get('quads', 0):>10,} {f['store_mb']:>8.1f} "
                  f"{f['files_mb']:>8.1f} {f['html_mb']:>7.1f} {f['load_avg']:>5.2f}  {_shares(f)}")


def print_readers(results: list[dict], cap: float) -> None:
    """One row per reader, wall seconds (and rows of a query) at each size."""
    timed_sizes = [e for e in results if e.get("readers")]
    if not timed_sizes:
        return
    print("\nreaders on the full build's output: wall seconds / CPU seconds (rows of a query); "
          f"> CAP: stopped after CAP seconds")
    print(f"{'reader':<34} {'parameters':<44}" + "".join(f" {e['articles']:>20,}" for e in timed_sizes))
    print(f"{'load average when they started':<79}" + "".join(f" {e['readers_load_avg']:>20.2f}" for e in timed_sizes))
    for i, first in enumerate(timed_sizes[0]["readers"]):
        cells = []
        for e in timed_sizes:
            r = e["readers"][i]
            cell = (f"{r['wall_s']:.1f} / {r['cpu_s']:.1f}" if r["ok"]
                    else ("> " + format(e.get("reader_cap_s", cap), ".0f") if r["stopped"] else "failed"))
            if r["rows"] is not None:
                cell += f" ({r['rows']})"
            cells.append(f" {cell:>20}")
        print(f"{first['reader']:<34} {first['parameters'][:44]:<44}" + "".join(cells))


def plot(results: list[dict], path: Path) -> None:
    """Wall time and peak memory against corpus size, full builds and additions."""
    try:
        import matplotlib
    except ImportError:
        raise SystemExit("--plot needs matplotlib: pip install -e '.[bench]'") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    added = next((e["add"]["articles"] for e in results if e.get("add")), 0)
    for kind, label, marker in (("full", "full build", "o"), ("add", f"adding {added:,} articles to it", "s")):
        done = [(e["articles"], e[kind]) for e in results if e.get(kind) and e[kind]["ok"]]
        if not done:
            continue
        sizes = [n for n, _ in done]
        line, = left.plot(sizes, [f["wall_s"] for _, f in done], marker=marker, label=f"{label}: wall")
        left.plot(sizes, [f["cpu_s"] for _, f in done], marker=marker, linestyle="--", color=line.get_color(),
                  label=f"{label}: CPU")
        line, = right.plot(sizes, [f["tree_pss_mb"] for _, f in done], marker=marker, label=f"{label}: all processes")
        right.plot(sizes, [f["peak_rss_mb"] for _, f in done], marker=marker, linestyle="--", color=line.get_color(),
                   label=f"{label}: largest one")
    stopped = [(e["articles"], e["full"]) for e in results if not e["full"]["ok"]]
    if stopped:
        left.plot([n for n, _ in stopped], [f["wall_s"] for _, f in stopped], "x", color="red",
                  label="did not finish (time at the cap)")
        right.plot([n for n, _ in stopped], [f["tree_pss_mb"] for _, f in stopped], "x", color="red")
    for axis, title, unit in ((left, "Time", "seconds"), (right, "Peak memory", "MiB")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        for scale in (axis.xaxis, axis.yaxis):
            scale.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            scale.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
            scale.set_minor_formatter(matplotlib.ticker.NullFormatter())
        axis.set_xlabel("articles in the corpus")
        axis.set_ylabel(unit)
        axis.set_title(title)
        axis.grid(True, which="both", alpha=0.3)
    left.legend(fontsize=8)
    right.legend(fontsize=8)
    fig.suptitle("kg build, end to end (benchmarks/build.py)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*",
                        help="corpus sizes (articles; default 1000 10000, none when --also is given)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench-build"))
    parser.add_argument("--cap", type=float, default=1200.0, help="seconds before a build is stopped")
    parser.add_argument("--add", type=int, default=1000, help="articles added after each full build (0: none)")
    parser.add_argument("--jobs", type=int, help="passed to kg build --jobs (default: kg's own)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (corpus.py)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--plot", type=Path, help="draw time and memory against size into this PNG")
    parser.add_argument("--readers", action="store_true",
                        help="also time kg dyad, kg analyze, kg view and every saved query at each size")
    parser.add_argument("--reader-cap", type=float, default=120.0, help="seconds before a reader is stopped")
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="an earlier run's --json file, whose sizes join the table and the plot")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and outputs under --workdir")
    args = parser.parse_args(argv)
    if not args.sizes and not args.also:
        args.sizes = [1000, 10000]

    results = []
    for n in args.sizes:
        results.append(run_size(n, args))
        if args.json:  # after each size, so that a long run stopped later still leaves figures
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    earlier = [e for path in args.also for e in json.loads(path.read_text(encoding="utf-8"))]
    results = sorted(earlier + results, key=lambda e: e["articles"])
    print(f"kg build, corpus seed {args.seed}, {os.cpu_count()} CPUs, cap {args.cap:.0f} s")
    print_table(results, args.cap)
    print_readers(results, args.reader_cap)
    if args.plot:
        plot(results, args.plot)


if __name__ == "__main__":
    main()
