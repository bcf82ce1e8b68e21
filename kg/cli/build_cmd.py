from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..ids import DEFAULT_BASE
from ..ingest import DEFAULT_MAX_BYTES, ReadOptions
from ..pipeline import build
from .common import cli_errors, err


def build_cli(
    sources: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html, .jsonl, .rss, .atom).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing; updated in place).")] = Path("outputs/graph"),
    base_iri: Annotated[str, typer.Option(help="Base IRI for minted entities, facts and graphs.")] = DEFAULT_BASE,
    max_mb: Annotated[float, typer.Option(help="Skip input files larger than this many megabytes.")] = DEFAULT_MAX_BYTES / 1e6,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write graph.html.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Build the knowledge graph from articles: graph.trig, graph.ttl, report.json, graph.html."""
    console = Console(stderr=True)
    with cli_errors():
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                      console=console, transient=True, disable=quiet) as bar:
            task = bar.add_task("extracting", total=None)

            def tick(source: str) -> None:
                bar.update(task, advance=1, description=f"extracting {Path(source).name[:40]}")

            result = build(sources, out, base_iri=base_iri, read_options=ReadOptions(int(max_mb * 1e6)),
                           progress=tick, html=html)
    for line in result.warnings:
        err(f"kg: warning: {line}")
    for line in result.failures:
        err(f"kg: error: {line}")
    events = sum(a["counts"]["events"] for a in result.articles)
    typer.echo(f"{len(result.articles)} articles, {events} events -> {out}")
    for kind, path in result.files.items():
        typer.echo(f"  {kind:8} {path}")
    if result.failures:
        err(f"kg: {len(result.failures)} input(s) failed; the others were built")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("build")(build_cli)
