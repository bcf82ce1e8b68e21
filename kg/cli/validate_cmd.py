from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..graph.validate import validate_file
from .common import cli_errors, err


def validate_cli(
    graph: Annotated[Path, typer.Argument(help="A graph file (.trig, .ttl, .nq...) or a build output folder.")],
) -> None:
    """Check a graph against the SHACL shapes; exits 1 on any violation."""
    with cli_errors():
        violations = validate_file(graph)
    if not violations:
        typer.echo(f"{graph}: conforms")
        return
    for v in violations:
        typer.echo(str(v))
    err(f"kg: {graph}: {len(violations)} violation(s)")
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("validate")(validate_cli)
