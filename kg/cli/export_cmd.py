from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import UsageError
from ..graph.io import FORMATS, read_dataset, resolve_graph_path, write_quads
from .common import cli_errors


def export_cli(
    graph: Annotated[Path, typer.Argument(help="A graph file or a build output folder.")],
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "turtle",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Export the graph in another RDF format (Turtle by default)."""
    with cli_errors():
        if format not in FORMATS:
            raise UsageError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        quads = read_dataset(resolve_graph_path(graph))
        if out is None:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / ("export" + FORMATS[format][1])
                write_quads(quads, target, format)
                sys.stdout.buffer.write(target.read_bytes())
        else:
            write_quads(quads, out, format)
            typer.echo(f"{out}")


def register(app: typer.Typer) -> None:
    app.command("export")(export_cli)
