from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from .common import cli_errors


def compact_cli(
    out: Annotated[Path, typer.Argument(help="A build output folder (its store/ is compacted).")],
) -> None:
    """Compact a build folder's store: the same quads in fewer files, read faster (at 100,000
    articles 37 s, 4.4 GB -> 2.8 GB, queries about twice as fast). Not done by kg build, which would
    pay it at every incremental build: run it after a build, with no reader of the folder running."""
    from ..graph.store import compact_store

    with cli_errors():
        started = time.perf_counter()
        done = compact_store(out)
        typer.echo(f"compacted {done.directory}: {done.before / 1e6:,.1f} MB -> {done.after / 1e6:,.1f} MB "
                   f"in {time.perf_counter() - started:.1f} s")


def register(app: typer.Typer) -> None:
    app.command("compact")(compact_cli)
