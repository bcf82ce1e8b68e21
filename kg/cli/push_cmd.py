from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..graph.remote import DEFAULT_GSP_PATH, push
from .common import cli_errors


def push_cli(
    graph: Annotated[Path, typer.Argument(help="A graph file or a build output folder.")],
    url: Annotated[str, typer.Argument(help="Base URL of a SPARQL 1.1 server, e.g. http://127.0.0.1:7878.")],
    gsp_path: Annotated[str, typer.Option("--gsp-path", help="Path (or full URL) of the Graph Store endpoint.")] = DEFAULT_GSP_PATH,
    only_articles: Annotated[bool, typer.Option("--only-articles", help="Push the per-article graphs only.")] = False,
    graph_iri: Annotated[list[str] | None, typer.Option("--graph", "-g", help="Push only this graph IRI (repeatable).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for each request.")] = 60,
) -> None:
    """Push each named graph of a build to a remote store (HTTP PUT per graph; pushing again replaces)."""
    with cli_errors():
        result = push(graph, url, graphs=graph_iri or None, timeout=timeout, gsp_path=gsp_path,
                      only_articles=only_articles)
        typer.echo(f"pushed {result['graphs']} graphs, {result['triples']} triples to {result['store']}")


def register(app: typer.Typer) -> None:
    app.command("push")(push_cli)
