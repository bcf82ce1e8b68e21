"""Validation benchmark: `kg validate` on a graph of about a million quads shaped like a real build.

Prints figures; it asserts nothing.

    python benchmarks/validate.py [--quads 1000000] [--keep DIR] [--pyshacl]

The graph: every evaluation set under data/ is built once (about 170 articles, 93,000 quads with the
reference, ontology and derived graphs), then each article's named graph is copied under new ids
(its graph, article, events, evidence and every other node minted in it get a suffix per copy) until
the dataset holds --quads quads. Copies keep the facts, so the violations found are those of the
built evaluation articles, each found once per copy.

Times: writing the graph is not counted; `kg validate GRAPH.trig` is timed as a separate process
(reading, checking, printing), then the library call once more in this process with its two steps.
--pyshacl also times pySHACL on the evaluation build alone (without copies): the engine `kg validate`
used before, for the ratio.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
EVALUATION_SETS = ["corpus", "heldout", "probe", "fresh", "fresh2", "unseen"]
ARTICLE_GRAPH = "https://w3id.org/dipkg/id/graph/article/"


def build_evaluation_sets(out: Path) -> list[ox.Quad]:
    from kg import build

    result = build([ROOT / "data" / name for name in EVALUATION_SETS], out, html=False, disk_store=False)
    if not result.articles:
        raise SystemExit("no articles built")
    from kg.graph.io import read_output

    return read_output(out)


def _renamer(suffix: str, local: set):
    def rename(term):
        if isinstance(term, ox.BlankNode):
            return ox.BlankNode(term.value + suffix.replace("-", "_"))
        if isinstance(term, ox.NamedNode) and term in local:
            return ox.NamedNode(term.value + suffix)
        return term
    return rename


def replicate(quads: list[ox.Quad], target: int) -> list[ox.Quad]:
    """``quads`` with every article graph copied under new ids until there are about ``target`` quads."""
    shared, articles = [], {}
    for q in quads:
        name = q.graph_name
        if isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_GRAPH):
            articles.setdefault(name, []).append(q)
        else:
            shared.append(q)
    # Nodes described outside the articles (states, organisations, places, the ontology) keep their
    # IRIs, so copies point at the same reference data; the rest is the article's own.
    described_elsewhere = {q.subject for q in shared}
    local = {name: {q.subject for q in graph if q.subject not in described_elsewhere} | {name}
             for name, graph in articles.items()}
    out = list(quads)
    copy = 0
    while len(out) < target:
        copy += 1
        for name, graph in articles.items():
            rename = _renamer(f"-copy{copy}", local[name])
            out.extend(ox.Quad(rename(q.subject), q.predicate, rename(q.object), rename(q.graph_name))
                       for q in graph)
            if len(out) >= target:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="write the graph here (kept) instead of a temporary folder")
    parser.add_argument("--pyshacl", action="store_true", help="also time pySHACL on the evaluation build alone")
    args = parser.parse_args()

    from kg.graph.io import read_dataset
    from kg.graph.validate import validate_quads, validate_with_pyshacl

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        base = build_evaluation_sets(Path(tmp) / "build")
        quads = replicate(base, args.quads)
        graph = folder / "graph.trig"
        ox.serialize(quads, str(graph), ox.RdfFormat.TRIG)
        print(f"graph: {len(quads):,} quads ({len(base):,} built from the evaluation sets, then copied), "
              f"{graph.stat().st_size / 1e6:.0f} MB of TriG")
        del quads

        kg = Path(sys.executable).with_name("kg")
        start = time.perf_counter()
        done = subprocess.run([str(kg), "validate", str(graph)], capture_output=True, text=True)
        took = time.perf_counter() - start
        findings = done.stdout.count("\n") if done.returncode == 1 else 0
        print(f"kg validate (a process):  {took:6.1f} s   exit {done.returncode}, {findings:,} violation(s)")

        start = time.perf_counter()
        quads = read_dataset(graph)
        read = time.perf_counter() - start
        start = time.perf_counter()
        violations = validate_quads(quads)
        checked = time.perf_counter() - start
        print(f"  in this process: reading {read:.1f} s, checking {checked:.1f} s, {len(violations):,} violation(s)")

        if args.pyshacl:
            start = time.perf_counter()
            slow = validate_with_pyshacl(base)
            print(f"pySHACL on the {len(base):,} built quads alone: {time.perf_counter() - start:.1f} s, "
                  f"{len(slow)} violation(s); compiled checks on the same: "
                  f"{'the same' if slow == validate_quads(base) else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
