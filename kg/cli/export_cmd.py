from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..analyse.network_io import NETWORK_FORMATS, PROJECTIONS, network_bytes, project, write_network
from ..errors import UsageError
from ..graph.io import FORMATS, load_store, read_output, write_quads
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

    turtle, ntriples and rdfxml merge the named graphs; trig, nquads and jsonld keep them.

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
        quads = read_output(graph)
        if out is None:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / ("export" + FORMATS[format][1])
                write_quads(quads, target, format)
                sys.stdout.buffer.write(target.read_bytes())
        else:
            write_quads(quads, out, format)
            typer.echo(f"{out}")


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
