"""Readers of a large store: `kg analyze`, `kg view` of each projection and the HTML of `kg build`.

Prints a table (step, wall seconds, CPU seconds, peak RSS, what was written); it asserts nothing.

    python benchmarks/views_store.py [--articles 10000] [--workdir /tmp/kg-bench-queries]
                                     [--steps analyze,states,persons,memberships,events,index]
                                     [--cap 900]

The store is the one ``benchmarks/queries.py`` builds: the evaluation articles built once, their
article graphs copied under new ids to N articles and bulk-loaded into an on-disk Oxigraph store
(reused when it exists). Each step runs in a process of its own on the store opened read-only (as
the commands open a build's store), so its peak RSS is its own; the store's opening is counted.

* ``analyze``: :func:`kg.analyse.analyse` and :func:`kg.analyse.write_analysis`, what `kg analyze`
  does;
* ``states``, ``persons``, ``memberships``, ``events``: :func:`kg.render.views.render_view` of that
  projection with the defaults of `kg view`;
* ``index``: :func:`kg.render.index.write_index`, all the HTML `kg build` writes (four views, the
  analysis tables, up to 200 dyad pages).

A step still running after ``--cap`` seconds is stopped and shown as ``> CAP``.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEPS = ("analyze", "states", "persons", "memberships", "events", "index")


def _one(step: str, store_dir: str, out: str) -> dict:
    import pyoxigraph as ox

    started, cpu = time.perf_counter(), time.process_time()
    store = ox.Store.read_only(store_dir)
    out_dir = Path(out)
    if step == "analyze":
        from kg.analyse import analyse, write_analysis

        result = analyse(store)
        write_analysis(result, out_dir)
        s = result.summary()
        shown = f"{s['states']} states, {s['dyads']} dyads, {s['events']} events"
    elif step == "index":
        from kg.render.index import write_index

        write_index(store, out_dir)
        size = sum(f.stat().st_size for f in out_dir.rglob("*") if f.is_file())
        shown = f"{len(list((out_dir / 'dyads').glob('*.html')))} dyad pages, {size / 1e6:.1f} MB"
    else:
        from kg.render.views import render_view

        r = render_view(store, out_dir / f"{step}.html", projection=step)
        shown = (f"{r['nodes']} nodes ({r['cut_nodes']} cut), {r['edges']} edges ({r['cut_edges']} cut), "
                 f"{r['facts']} facts listed of {r['counted']}, {r['bytes'] / 1e6:.1f} MB")
    return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "shown": shown}


def run_step(step: str, store_dir: Path, cap: float) -> dict | None:
    """Figures of one step in a process of its own; None when it ran past ``cap`` seconds."""
    with tempfile.TemporaryDirectory(prefix=f"kg-bench-{step}-") as out:
        try:
            done = subprocess.run([sys.executable, __file__, "--one", step, str(store_dir), out],
                                  capture_output=True, text=True, timeout=cap, check=False)
        except subprocess.TimeoutExpired:
            return None
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--one"]:
        print(json.dumps(_one(*argv[1:4])))
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from queries import replicated_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench-queries"))
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--cap", type=float, default=900.0, help="seconds before a step is stopped")
    args = parser.parse_args(argv)
    store_dir, quads = replicated_store(args.workdir, args.articles)
    print(f"{args.articles:,} articles, {quads:,} quads, on-disk store {store_dir}")
    print(f"{'step':<12} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>12}  written")
    for step in (s.strip() for s in args.steps.split(",") if s.strip()):
        if step not in STEPS:
            raise SystemExit(f"unknown step {step!r}; choose from {', '.join(STEPS)}")
        r = run_step(step, store_dir, args.cap)
        if r is None:
            print(f"{step:<12} {'> ' + format(args.cap, '.0f'):>8} {'-':>8} {'-':>12}  stopped", flush=True)
        else:
            print(f"{step:<12} {r['wall']:>8.1f} {r['cpu']:>8.1f} {r['rss_mb']:>12.0f}  {r['shown']}", flush=True)


if __name__ == "__main__":
    main()
