from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..analyse.network_io import NETWORK_FORMATS, PROJECTIONS, network_bytes, project, write_network
from ..errors import UsageError
from ..graph.files import write_combined
from ..graph.io import FORMATS, load_store, output_graph_files, read_output, write_quads
from ..outdir import writing
from .common import cli_errors

ALL_FORMATS = (*FORMATS, *NETWORK_FORMATS)


def export_cli(
    graph: Annotated[Path, typer.Argument(help="A graph file or a build output folder.")],
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(ALL_FORMATS)}.")] = "turtle",
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o",
        help="Output file (default: stdout). For csv, required: a folder that gets nodes.csv and edges.csv, "
             "or a name ending in .csv (net/states.csv -> net/states.nodes.csv and net/states.edges.csv).")] = None,
    projection: Annotated[Optional[str], typer.Option(
        help=f"For graphml, gexf and csv: which network to write, one of {', '.join(PROJECTIONS)} "
             "(default: states).")] = None,
    lang: Annotated[str, typer.Option(help="Language of node labels in network formats (English is the fallback).")] = "en",
) -> None:
    """Export the graph in another RDF format (Turtle by default), or one projection of it as a network.

    turtle, ntriples and rdfxml merge the named graphs; trig, nquads and jsonld keep them. From a
    build folder, trig and turtle are streamed from its graph files (the graph.trig and graph.ttl of
    kg build --combined); the other formats load the graph in memory first.

    jsonld is compacted with the project's context (ontologies/context.jsonld), written inline.

    graphml and gexf (Gephi) are one file each; csv is a node table and an edge table.
    """
    with cli_errors():
        if format not in ALL_FORMATS:
            raise UsageError(f"unknown format {format!r}; choose one of {', '.join(ALL_FORMATS)}")
        if format in NETWORK_FORMATS:
            _export_network(graph, format, out, projection or "states", lang)
            return
        if projection is not None:
            raise UsageError(f"--projection applies to {', '.join(NETWORK_FORMATS)}, not to {format}")
        if out is None:
            import shutil
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / ("export" + FORMATS[format][1])
                _export_rdf(graph, format, target)
                with target.open("rb") as f:
                    shutil.copyfileobj(f, sys.stdout.buffer)
        else:
            _export_rdf(graph, format, out)
            typer.echo(f"{out}")


def _export_rdf(graph: Path, fmt: str, target: Path) -> None:
    if graph.is_dir() and fmt in ("trig", "turtle"):
        # A build folder's graph files, streamed: what kg build --combined writes, at any size.
        with writing(target):
            write_combined(output_graph_files(graph), target, fmt)
    else:
        write_quads(read_output(graph), target, fmt)


def _export_network(graph: Path, fmt: str, out: Path | None, projection: str, lang: str) -> None:
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    if fmt == "csv" and out is None:
        raise UsageError("csv is two files (nodes and edges): give --out FOLDER or --out NAME.csv")
    G = project(load_store(graph), projection, lang)
    if out is None:
        sys.stdout.buffer.write(network_bytes(G, fmt))
        return
    for path in write_network(G, fmt, out):
        typer.echo(f"{path}")


def register(app: typer.Typer) -> None:
    app.command("export")(export_cli)
