"""Parallel extraction: articles per second of wall time with 1, 2... processes (``kg build --jobs``).

Extracts the evaluation articles, replicated under new ids up to ``--articles``, through
``kg.workers.extract_all`` with each number of jobs, and prints wall time, articles per second and
the speed-up against one job measured in the same run (the machine's other load changes absolute
figures, so only the ratio travels). Checks that every number of jobs gives the same extractions.

    python benchmarks/jobs.py [--articles 3000] [--jobs 1 2]
"""
from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from articles import articles_under
from kg.extract import Extractor, to_gold
from kg.workers import extract_all

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ["corpus", "probe", "fresh", "fresh2", "general", "general2"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    base = [a for name in SETS for a in articles_under(DATA / name)]
    articles = [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(args.articles)]
    extractor = Extractor()
    for a in base[:5]:
        extractor.extract(a)  # caches warm before any timing
    first = None
    print(f"{len(articles)} articles ({len(base)} distinct)")
    print(f"{'jobs':>4} {'seconds':>8} {'articles/s':>11} {'speed-up':>9}")
    outputs = []
    for jobs in args.jobs:
        started = time.perf_counter()
        done = list(extract_all(articles, extractor, jobs))
        took = time.perf_counter() - started
        first = first or took
        outputs.append([to_gold(x, extractor.ref)["events"] if not isinstance(x, str) else x for x in done])
        print(f"{jobs:>4} {took:>8.2f} {len(articles) / took:>11.0f} {first / took:>8.2f}x")
    print("same extractions for every number of jobs:", all(o == outputs[0] for o in outputs))


if __name__ == "__main__":
    main()
