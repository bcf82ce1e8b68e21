from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..graph.endpoint import DEFAULT_TIMEOUT
from ..graph.store import opened_store
from ..render.views import render_view
from .common import EndpointTimeout, GraphOrEndpoint, cli_errors


def view_cli(
    graph: GraphOrEndpoint,
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write (one self-contained offline page).")],
    projection: Annotated[str, typer.Option(help="Nodes of the view: states, persons, memberships, or events (actors joined to their events).")] = "states",
    focus: Annotated[str | None, typer.Option(help="Only this node and its neighbours (an ISO code, e.g. IR).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Only facts on or after this day (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Only facts on or before this day (YYYY-MM-DD).")] = None,
    types: Annotated[str | None, typer.Option(help="Only these event types, comma-separated (meeting,visit).")] = None,
    min_weight: Annotated[int, typer.Option(help="Only edges with at least this many facts.", min=1)] = 1,
    lang: Annotated[str, typer.Option(help="Language of the labels (English is the fallback).")] = "en",
    max_nodes: Annotated[int, typer.Option(help="Keep the nodes ranked highest, at most this many.", min=1)] = 300,
    max_edges: Annotated[int, typer.Option(help="Keep the edges with the most facts, at most this many.", min=1)] = 1500,
    max_facts: Annotated[int, typer.Option(help="List at most this many facts with their evidence (the others are counted).", min=0)] = 3000,
    timeout: EndpointTimeout = DEFAULT_TIMEOUT,
) -> None:
    """Write an interactive offline HTML view: search, filters and the facts behind every edge."""
    with cli_errors():
        with opened_store(graph, timeout=timeout) as store:
            result = render_view(store, out, projection=projection, focus=focus, date_from=date_from,
                                 date_to=date_to, event_types=types.split(",") if types else None,
                                 min_weight=min_weight, lang=lang, max_nodes=max_nodes, max_edges=max_edges,
                                 max_facts=max_facts)
    cut = f" ({result['cut_nodes']} nodes, {result['cut_edges']} edges cut)" if result["cut_nodes"] or result["cut_edges"] else ""
    unlisted = f", {result['unlisted_facts']} more counted but not listed" if result["unlisted_facts"] else ""
    typer.echo(f"{result['nodes']} nodes, {result['edges']} edges, {result['facts']} facts{unlisted}{cut}; wrote {out}")


def register(app: typer.Typer) -> None:
    app.command("view")(view_cli)
