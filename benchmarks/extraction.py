"""Extraction throughput: articles per second on one core, per language, over the development corpus.

Prints figures; it asserts nothing. Rates are articles per second of CPU time of this process (one core),
so other work on the machine does not skew them. The reference measured in the same run is the cost of reading
and normalising the same articles, so the ratio says how much the rules add on top.

    python benchmarks/extraction.py [--rounds N]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from articles import DEVELOPMENT_CORPUS, articles_under
from kg.extract import Extractor
from kg.normalise import normalise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEVELOPMENT_CORPUS)
    args = parser.parse_args()

    articles = articles_under(args.corpus)
    started = time.process_time()
    extractor = Extractor()
    for a in articles[:3]:
        extractor.extract(a)  # warm the caches (lexicons, matchers) outside the timing
    setup = time.process_time() - started

    by_lang: dict[str, list] = {}
    for a in articles:
        by_lang.setdefault(extractor.prepare(a).lang, []).append(a)

    import kg.extract.core

    compiled = not kg.extract.core.__file__.endswith(".py")
    print(f"build: {'compiled (mypyc)' if compiled else 'plain Python'}, {kg.extract.core.__file__}")
    print(f"corpus: {len(articles)} articles, {sum(len(a.text) for a in articles) / 1e3:.0f} k characters")
    print(f"set-up (reference, lexicons, matchers): {setup:.2f} s")
    print(f"{'lang':6}{'articles':>10}{'extract/s':>12}{'normalise/s':>14}{'ratio':>8}")
    for lang, group in sorted(by_lang.items()):
        extract_rates, normalise_rates, ratios = [], [], []
        for _ in range(args.rounds):
            # Each round times both back to back, so their ratio is taken at one speed of the machine
            # (a shared VM's speed drifts by up to 2x within a minute).
            t = time.process_time()
            for a in group:
                extractor.extract(a)
            extract_rates.append(len(group) / (time.process_time() - t))
            t = time.process_time()
            for a in group:
                normalise(a.text)
            normalise_rates.append(len(group) / (time.process_time() - t))
            ratios.append(normalise_rates[-1] / extract_rates[-1])
        e, n = statistics.median(extract_rates), statistics.median(normalise_rates)
        print(f"{lang:6}{len(group):>10}{e:>12.0f}{n:>14.0f}{statistics.median(ratios):>7.1f}x")


if __name__ == "__main__":
    main()
