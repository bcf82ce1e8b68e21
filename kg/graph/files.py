"""The graph files of a build folder: one sorted N-Quads file per named graph.

``kg build`` keeps each article's named graph in its own file, and the reference, ontology and
derived graphs in theirs::

    OUT/graphs/_reference.nq  _ontology.nq  _derived.nq
    OUT/graphs/3f/some-article-id.nq         (3f: two hex digits of a hash of the article id)

A file holds the distinct quads of one graph as N-Quads lines sorted by their bytes, so the same
article extracted by the same extractor gives a byte-identical file. Files are written beside their
place and renamed over it (:func:`kg.outdir.replacing`): a reader sees the old file or the new one.
The hash folders keep any one folder to a few hundred files at a million articles.

Which files make up the graph is what the manifest (:mod:`kg.manifest`) lists; a file the manifest
does not list (left by a build killed before it recorded the file) is not part of the graph.

The combined ``graph.trig`` and ``graph.ttl`` are written from these files on request
(:func:`write_combined`), streamed: TriG is the files one after the other in the order of their
graph names; Turtle (all graphs merged) is a merge of the files' sorted lines through temporary
files, so neither holds the corpus in memory. The same files give byte-identical output.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> g = ox.NamedNode("https://example.org/graph/a")
>>> q = ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal("o"), g)
>>> path = folder / article_file("a")
>>> write_graph_file(path, [q, q])  # doctest: +ELLIPSIS
(1, ...)
>>> path.read_text()
'<https://example.org/s> <https://example.org/p> "o" <https://example.org/graph/a> .\\n'
"""
from __future__ import annotations

import hashlib
import heapq
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pyoxigraph as ox

from ..ids import safe_local, short_hash
from ..outdir import replacing
from .prefixes import PREFIXES

GRAPHS_DIR = "graphs"
#: The files of the graphs that are not an article's, by the name the manifest knows them by.
SPECIAL_FILES = {"reference": "_reference.nq", "ontology": "_ontology.nq", "derived": "_derived.nq",
                 "canonical": "_canonical.nq", "aggregates": "_aggregates.nq"}
#: How many sorted files one merge step reads at once (each is an open file).
MERGE_FAN_IN = 256


def article_file(article_id: str) -> str:
    """Where an article's graph is kept, relative to the build folder.

    >>> article_file("000_fa529241b47a1e68")
    'graphs/eb/000_fa529241b47a1e68.nq'
    """
    bucket = hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:2]
    name = safe_local(article_id)
    if name != article_id or len(name) > 120:
        # Two ids that differ only in characters a file name cannot hold keep two files.
        name = f"{name[:100]}-{short_hash(article_id, length=12)}"
    return f"{GRAPHS_DIR}/{bucket}/{name}.nq"


def special_file(name: str) -> str:
    """Where the reference, ontology, derived or canonical graph is kept, relative to the build folder."""
    return f"{GRAPHS_DIR}/{SPECIAL_FILES[name]}"


def nquads_lines(quads: Iterable[ox.Quad]) -> list[bytes]:
    """The distinct N-Quads lines of ``quads``, sorted by their bytes (without line ends)."""
    return sorted(set((ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").splitlines()))


def write_graph_file(path: Path, quads: Iterable[ox.Quad]) -> tuple[int, str]:
    """Write one graph's quads to ``path`` (sorted, distinct, whole or not at all).

    Returns the number of quads and the SHA-256 of the file's bytes."""
    return _write_sorted(path, nquads_lines(quads))


def write_lines_file(path: Path, lines: Iterable[str]) -> tuple[int, str]:
    """:func:`write_graph_file` of a graph given as N-Quads lines (without line ends)."""
    return _write_sorted(path, sorted({line.encode("utf-8") for line in lines}))


def _write_sorted(path: Path, lines: list[bytes]) -> tuple[int, str]:
    data = b"".join(line + b"\n" for line in lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        tmp.write_bytes(data)
    return len(lines), hashlib.sha256(data).hexdigest()


def read_graph_file(path: Path) -> Iterator[ox.Quad]:
    """The quads of one graph file, parsed as they are read."""
    with path.open("rb") as f:
        yield from ox.parse(f, format=ox.RdfFormat.N_QUADS)


def quads_of(paths: Iterable[Path]) -> Iterator[ox.Quad]:
    """The quads of several graph files, one file after the other."""
    for path in paths:
        yield from read_graph_file(path)


def _graph_key(graph_iri: str) -> bytes:
    # The order of ``kg.graph.io.sorted_quads``: by the graph's N-Quads token.
    return f"<{graph_iri}>".encode("utf-8")


def _triple_line(line: bytes) -> bytes:
    # "<s> <p> <o> <g> ." -> "<s> <p> <o> .": the graph is the IRI token before the final dot. A
    # file's triple lines stay sorted: what follows the object is a space in both forms.
    return line.rsplit(b" ", 2)[0] + b" .\n"


def _merge_into(sources: list[Path], target: Path, transform) -> None:
    """Merge sorted line files into one sorted file, without repeated lines."""
    with ExitStack() as files, target.open("wb") as out:
        streams = [(transform(line) for line in files.enter_context(p.open("rb"))) for p in sources]
        last = None
        for line in heapq.merge(*streams):
            if line != last:
                out.write(line)
                last = line


def _merged_triples(paths: list[Path], scratch: Path) -> Path:
    """One file of the distinct triple lines of all ``paths``, sorted; merged ``MERGE_FAN_IN`` at a time."""
    level, transform = paths, _triple_line
    round_ = 0
    while True:
        groups = [level[i:i + MERGE_FAN_IN] for i in range(0, len(level), MERGE_FAN_IN)] or [[]]
        merged = []
        for number, group in enumerate(groups):
            target = scratch / f"merge-{round_}-{number}.nt"
            _merge_into(group, target, transform)
            merged.append(target)
        for old in level if round_ else []:
            old.unlink()
        if len(merged) == 1:
            return merged[0]
        level, transform, round_ = merged, (lambda line: line), round_ + 1


def write_combined(graphs: Iterable[tuple[str, Path]], path: Path, fmt: str) -> None:
    """Write ``graph.trig`` (``fmt="trig"``) or ``graph.ttl`` (``"turtle"``) from graph files.

    ``graphs`` are (graph IRI, file) pairs; the output is the same whatever their order. The file
    is written beside ``path`` and renamed over it.
    """
    ordered = [p for _, p in sorted(graphs, key=lambda gp: _graph_key(gp[0]))]
    with replacing(path) as tmp:
        if fmt == "trig":
            ox.serialize(quads_of(ordered), str(tmp), ox.RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "turtle":
            with tempfile.TemporaryDirectory(prefix="kg-merge-", dir=path.parent) as scratch:
                merged = _merged_triples(ordered, Path(scratch))
                with merged.open("rb") as lines:
                    ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), str(tmp),
                                 ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        else:
            raise ValueError(f"combined files are trig or turtle, not {fmt!r}")
        if not tmp.exists():  # no quads at all
            tmp.write_bytes(b"")
