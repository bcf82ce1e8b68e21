"""Extraction speed of the working tree against an earlier revision, measured in one process.

A shared virtual machine changes speed by up to 2x within a minute, so two runs of
``extraction.py`` cannot be compared. This script loads the revision's ``kg`` package (from
``git archive``, under another name) beside the working tree's and extracts every article with both,
one after the other, article by article: both see the same machine. It prints each language's rates
and the speed-up; it asserts nothing.

    python benchmarks/extraction_versus.py REVISION [--rounds N] [corpus]
"""
from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from articles import DEVELOPMENT_CORPUS, articles_under
from kg.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]


def load_revision(revision: str, into: Path):
    """The ``kg.extract`` module of ``revision``, importable as ``kg_then.extract``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "kg", "data", "ontologies"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    # Every import inside the package is relative, so the renamed copy reads its own modules and, through
    # kg/resources.py, its own data and ontology folders beside it.
    (into / "kg").rename(into / "kg_then")
    sys.path.insert(0, str(into))
    return importlib.import_module("kg_then.extract")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="a git revision: a commit, a tag, HEAD~3")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEVELOPMENT_CORPUS)
    args = parser.parse_args()

    articles = articles_under(args.corpus)
    with tempfile.TemporaryDirectory(prefix="kg-versus-") as tmp:
        then = load_revision(args.revision, Path(tmp)).Extractor()
        now = Extractor()
        langs = {a.id: now.prepare(a).lang for a in articles}
        for a in articles:
            then.extract(a), now.extract(a)  # warm both (reference, lexicons, matchers)
        spent_then: dict[str, float] = {}
        spent_now: dict[str, float] = {}
        counts: dict[str, int] = {}
        clock = time.process_time
        for _ in range(args.rounds):
            for a in articles:
                lang = langs[a.id]
                t0 = clock()
                then.extract(a)
                t1 = clock()
                now.extract(a)
                t2 = clock()
                spent_then[lang] = spent_then.get(lang, 0.0) + t1 - t0
                spent_now[lang] = spent_now.get(lang, 0.0) + t2 - t1
                counts[lang] = counts.get(lang, 0) + 1
    print(f"articles per second of CPU, {args.rounds} rounds, interleaved; {args.revision} vs working tree")
    print(f"{'lang':6}{'then/s':>10}{'now/s':>10}{'speed-up':>10}")
    for lang in sorted(counts):
        rate_then, rate_now = counts[lang] / spent_then[lang], counts[lang] / spent_now[lang]
        print(f"{lang:6}{rate_then:>10.0f}{rate_now:>10.0f}{rate_now / rate_then:>9.2f}x")


if __name__ == "__main__":
    main()
