"""Reading and writing datasets: deterministic TriG and Turtle, and the formats of ``kg export``."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..errors import InputError, UsageError
from ..outdir import replacing
from .prefixes import PREFIXES

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, ".ttl"),
    "trig": (ox.RdfFormat.TRIG, ".trig"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, ".nt"),
    "nquads": (ox.RdfFormat.N_QUADS, ".nq"),
    "rdfxml": (ox.RdfFormat.RDF_XML, ".rdf"),
    "jsonld": (ox.RdfFormat.JSON_LD, ".jsonld"),
}
QUAD_FORMATS = {"trig", "nquads", "jsonld"}


def _graph_of(line: bytes) -> bytes:
    # N-Quads: "<s> <p> <o> <g> ." - the graph is the token before the final dot.
    return line.rsplit(b" ", 2)[-2]


def _sorted_lines(statements: Iterable, fmt: ox.RdfFormat) -> bytes:
    # Sorting the N-Quads/N-Triples lines is a canonical order that costs little: the terms are
    # written once by Oxigraph, then compared as bytes. Quads are grouped by graph first.
    lines = set(ox.serialize(statements, format=fmt).splitlines())
    key = (lambda ln: (_graph_of(ln), ln)) if fmt == ox.RdfFormat.N_QUADS else None
    return b"\n".join(sorted(lines, key=key)) + b"\n"


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Distinct quads, ordered by graph, subject, predicate, object."""
    data = _sorted_lines(quads, ox.RdfFormat.N_QUADS)
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """Distinct triples of all graphs together, in the same fixed order."""
    data = _sorted_lines((ox.Triple(q.subject, q.predicate, q.object) for q in quads), ox.RdfFormat.N_TRIPLES)
    return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


def dump_quads(quads: Iterable[ox.Quad], path: Path, fmt: str) -> None:
    """Write ``quads`` in ``fmt`` straight to ``path`` (see :func:`write_quads` for the safe way)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format, _ = FORMATS[fmt]
    items = sorted_quads(quads) if fmt in QUAD_FORMATS else union_triples(quads)
    if fmt == "jsonld":
        # Oxigraph writes expanded JSON-LD only; the compacted form with the project's context is ours.
        from .jsonld import serialize

        path.write_bytes(serialize(items))
    else:
        prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
        ox.serialize(items, str(path), rdf_format, prefixes=prefixes)


def write_quads(quads: Iterable[ox.Quad], path: Path, fmt: str) -> None:
    """Write ``quads`` to ``path`` in ``fmt``; triple formats get the union of the graphs.

    TriG, N-Quads and JSON-LD keep the named graphs; JSON-LD is compacted with the project's
    context (:mod:`kg.graph.jsonld`). The file is written beside ``path`` and renamed over it, so a
    failure (full disk, no permission: :class:`~kg.errors.OutputError`) leaves the old one.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with replacing(Path(path)) as tmp:
        dump_quads(quads, tmp, fmt)


def read_dataset(path: Path | str) -> list[ox.Quad]:
    """Quads of a TriG / N-Quads file (or the default graph of a triple format)."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    suffix = path.suffix.lower()
    fmt = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
           ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD}.get(suffix)
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format {suffix!r} (use .trig, .nq, .ttl, .nt, .rdf, .jsonld)")
    try:
        parsed = ox.parse(path=str(path), format=fmt)
        return [q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                for q in parsed]
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(str(path), f"not valid {suffix[1:]}: {str(exc).splitlines()[0]}") from exc


def output_graph_files(folder: Path | str) -> list[tuple[str, Path]]:
    """(graph IRI, file) of every graph of a build folder, as its manifest lists them."""
    from ..manifest import Manifest

    folder = Path(folder)
    manifest = Manifest.read_only(folder)
    if manifest is None:
        raise UsageError(f"{folder}: folder holds no build (no manifest.sqlite); run `kg build` first")
    with manifest:
        return [(g.iri, folder / g.file) for g in manifest.graphs()]


def read_output(path: Path | str) -> list[ox.Quad]:
    """Quads of a build folder (its graph files) or of a graph file."""
    from .files import quads_of

    path = Path(path)
    if path.is_dir():
        try:
            return list(quads_of(p for _, p in output_graph_files(path)))
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(str(path), f"a graph file cannot be read: {str(exc).splitlines()[0]}") from exc
    return read_dataset(path)


def load_store(path: Path | str) -> ox.Store:
    """An in-memory Oxigraph store holding the dataset at ``path`` (a graph file or a build folder)."""
    store = ox.Store()
    path = Path(path)
    if path.is_dir():
        from .files import quads_of

        store.bulk_extend(quads_of(p for _, p in output_graph_files(path)))
    else:
        store.extend(read_dataset(path))
    return store
