from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..graph.remote import DEFAULT_GSP_PATH
from ..ids import DEFAULT_BASE
from ..ingest import DEFAULT_MAX_BYTES, ReadOptions
from ..pipeline import build
from .common import MinConfidence, cli_errors, err


def build_cli(
    sources: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html, .jsonl, .rss, .atom).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing; updated in place).")] = Path("outputs/graph"),
    base_iri: Annotated[str, typer.Option(help="Base IRI for minted entities, facts and graphs.")] = DEFAULT_BASE,
    max_mb: Annotated[float, typer.Option(help="Skip input files larger than this many megabytes.")] = DEFAULT_MAX_BYTES / 1e6,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write index.html and what it links: the views (graph.html, views/), pair pages (dyads/) and analysis tables.")] = True,
    disk_store: Annotated[bool, typer.Option(
        "--disk-store/--no-disk-store",
        help="Keep OUT/store/, an embedded Oxigraph store equal to the graph files (OUT/graphs/), which "
             "kg query, serve, analyze, dyad and view open instead of loading the graph files.")] = True,
    combined: Annotated[bool, typer.Option(
        "--combined", help="Also write OUT/graph.trig (every named graph) and OUT/graph.ttl (graphs merged), "
                           "streamed from the graph files; kg export OUT --format trig|turtle does the same.")] = False,
    owl_rl: Annotated[bool, typer.Option(
        "--owl-rl", help="Add the OWL 2 RL closure of ontology and facts to the derived graph (slow: "
                         "pure Python, about half a minute for one article with the reference data).")] = False,
    remote: Annotated[str | None, typer.Option(
        "--store", metavar="URL",
        help="Also load into this SPARQL 1.1 server every named graph it has not been given yet (Graph Store "
             "Protocol PUT per graph, so a changed graph replaces its old self), e.g. http://127.0.0.1:7878.")] = None,
    gsp_path: Annotated[str, typer.Option(
        "--gsp-path", help="With --store: path (or full URL) of the Graph Store endpoint.")] = DEFAULT_GSP_PATH,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors (and that store/ was left as it was, if so): no progress bar, no warnings about articles, no summary.")] = False,
    wait: Annotated[bool, typer.Option(
        "--wait", help="If another kg build is writing to OUT, wait for it to finish instead of stopping "
                       "with an error.")] = False,
    min_confidence: MinConfidence = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="Processes that extract at once (default: every core); the output is "
                                    "the same for any number.")] = None,
) -> None:
    """Build or update the knowledge graph from articles: graphs/ (a file per article), manifest.sqlite, report.json, store/, index.html with the views and tables.

    An article already built with the same content and the same kg is not extracted again; only the
    graphs that changed are replaced in store/.
    """
    console = Console(stderr=True)
    with cli_errors():
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                      console=console, transient=True, disable=quiet) as bar:
            task = bar.add_task("extracting", total=None)

            def tick(source: str) -> None:
                bar.update(task, advance=1, description=f"extracting {Path(source).name[:40]}")

            result = build(sources, out, base_iri=base_iri, read_options=ReadOptions(int(max_mb * 1e6)),
                           progress=tick, html=html, disk_store=disk_store, owl_rl=owl_rl, remote=remote,
                           gsp_path=gsp_path, wait=wait, on_wait=lambda line: console.print(
                               f"kg: {line}", markup=False, highlight=False, soft_wrap=True),
                           min_confidence=min_confidence, jobs=jobs, combined=combined)
    if not quiet:
        for line in result.warnings:
            err(f"kg: warning: {line}")
    for line in result.notices:  # an output left as it was (store/ held by a reader): said even with -q
        err(f"kg: warning: {line}")
    for line in result.failures:
        err(f"kg: error: {line}")
    if not quiet:
        run, totals = result.run, result.totals
        typer.echo(f"{run['read']} articles read ({run['extracted']} extracted, {run['reused']} unchanged) in "
                   f"{run['seconds']:g} s; {out} holds {totals['articles']} articles, {totals['events']} events")
        for kind, path in result.files.items():
            typer.echo(f"  {kind:8} {path}")
        if result.pushed:
            typer.echo(f"pushed {result.pushed['graphs']} graphs, {result.pushed['triples']} triples to "
                       f"{result.pushed['store']}")
    if result.failures:
        err(f"kg: {len(result.failures)} input(s) failed; the others were built")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("build")(build_cli)
