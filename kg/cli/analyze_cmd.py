from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import UsageError
from ..graph.endpoint import DEFAULT_TIMEOUT, is_endpoint_url
from .common import EndpointTimeout, GraphOrEndpoint, cli_errors

if TYPE_CHECKING:
    from rich.table import Table


def default_output_dir(graph: Path | str) -> Path:
    """``analysis/`` beside the graph: inside a build folder, or next to a graph file."""
    if is_endpoint_url(graph):
        raise UsageError(f"{graph}: a SPARQL endpoint has no folder to write analysis/ in: give --out DIR")
    graph = Path(graph)
    return (graph if graph.is_dir() else graph.parent) / "analysis"


def _short(text: str | None, limit: int = 60) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c, overflow="fold", no_wrap=c in ("type", "state", "code", "date"))
    for r in rows:
        table.add_row(*("" if v is None else f"{v:.4f}" if isinstance(v, float) else str(v) for v in r))
    return table


def analyze_cli(
    graph: GraphOrEndpoint,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder for measures.csv, measures.json and dyads.csv (default: analysis/ beside the graph; needed when GRAPH is a URL).")] = None,
    top: Annotated[int, typer.Option(help="Rows shown per table.", min=1)] = 10,
    lang: Annotated[str, typer.Option(help="Language of the state labels (English is the fallback).")] = "en",
    planned: Annotated[bool, typer.Option("--planned/--no-planned", help="Count planned events too.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Write the files and print nothing but errors.")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write DIR/index.html: the views, one page per pair of states and these tables, linked from one page.")] = None,
    timeout: EndpointTimeout = DEFAULT_TIMEOUT,
) -> None:
    """Measure the network of states: strength, PageRank, betweenness, communities, busiest dyads."""
    from rich.console import Console

    from ..analyse.aggregates import counts_of
    from ..analyse.analysis import analyse, write_analysis
    from ..graph.store import opened_store

    with cli_errors():
        tables = out or default_output_dir(graph)  # before any work: a URL without --out is a usage error
        with opened_store(graph, timeout=timeout) as store:
            # The pages need every part of the counts, the measures only the state network's: read once.
            counts = counts_of(store) if html is not None else None
            result = analyse(store, lang=lang, include_planned=planned, counts=counts)
            paths = write_analysis(result, tables)
            if html is not None:
                from ..render.index import write_index

                paths.append(write_index(store, html, lang=lang, analysis_dir=tables, analysis=result,
                                         counts=counts))
    if not quiet:
        console = Console()
        by_strength = result.states[:top]
        console.print(_table("Top states by strength (events with other states)",
                             ["state", "label", "strength", "degree", "tone"],
                             [[r["state"], r["label"], r["strength"], r["degree"], r["tone"]] for r in by_strength]))
        by_pagerank = sorted(result.states, key=lambda r: (-r["pagerank"], r["state"]))[:top]
        console.print(_table("Top states by PageRank", ["state", "label", "pagerank", "betweenness"],
                             [[r["state"], r["label"], r["pagerank"], r["betweenness"]] for r in by_pagerank]))
        console.print(_table("Communities (Louvain)", ["id", "size", "states"],
                             [[i, len(m), " ".join(m)] for i, m in enumerate(result.communities[:top])]))
        console.print(_table("Top dyads", ["pair", "events", "tone", "types", "first", "last"],
                             [[f"{d['state_a']}–{d['state_b']}", d["weight"], d["tone"], d["types"], d["first"], d["last"]]
                              for d in result.dyads[:top]]))
        s = result.summary()
        typer.echo(f"{s['states']} states, {s['dyads']} dyads, {s['events']} events, {s['communities']} communities; "
                   f"wrote {', '.join(str(p) for p in paths)}")


def dyad_cli(
    graph: GraphOrEndpoint,
    state_a: Annotated[str, typer.Argument(help="One state (ISO 3166-1 alpha-2 code, e.g. IR).")],
    state_b: Annotated[str, typer.Argument(help="The other state (e.g. TJ).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the profile as JSON.")] = False,
    on_date: Annotated[Optional[str], typer.Option(help="Shared organisations on this day (YYYY-MM-DD; default: current).")] = None,
    lang: Annotated[str, typer.Option(help="Language of the labels (English is the fallback).")] = "en",
    count: Annotated[str, typer.Option("--count", help="What an event is: 'events' (real-world events: the reports of one "
                                                         "meeting count once) or 'mentions' (every report counts).")] = "events",
    every: Annotated[bool, typer.Option("--all", help="List every event of the pair (read one by one: slow on a large "
                                                     "graph); by default the latest ones are listed and all are counted.")] = False,
    timeout: EndpointTimeout = DEFAULT_TIMEOUT,
) -> None:
    """Everything the graph says about two states: events, agreements, shared organisations, tone."""
    from ..analyse.aggregates import counts_of
    from ..analyse.dyad import dyad_profile, listed_profiles
    from ..graph.store import opened_store

    with cli_errors():
        with opened_store(graph, timeout=timeout) as store:
            if count == "events" and not every:
                # The totals of all events from the counts the graph keeps, the latest events listed.
                counts = counts_of(store, ["states", "days", "pairs"], (state_a, state_b))
                profile = listed_profiles(store, [(state_a, state_b)], counts, on_date=on_date, lang=lang)[(state_a, state_b)]
            else:
                profile = dyad_profile(store, state_a, state_b, on_date=on_date, lang=lang, count=count)
    if as_json:
        typer.echo(json.dumps(profile, ensure_ascii=False, indent=2))
        return
    from rich.console import Console

    a, b = profile["a"], profile["b"]
    console = Console()
    console.print(f"[bold]{a['label']} ({a['code']}) – {b['label']} ({b['code']})[/bold]: "
                  f"{profile['total']} {'event' if profile['counting'] == 'events' else 'mention'}(s) "
                  f"({profile['mentions']} report(s)), tone {profile['tone']:+.1f}, "
                  f"first contact {profile['first_contact'] or '?'}, last {profile['last_contact'] or '?'}")
    console.print(_table("Events", ["date", "type", "by", "place", "docs", "tone", "reports", "quote"],
                         [[e["date"] or e["article_date"], e["type"], e["initiator"], e["place_label"],
                           e["documents"], f"{e['tone']:+.1f}",
                           f"{e.get('mentions', 1)}" + (f" (differ: {', '.join(e['conflicts'])})" if e.get("conflicts") else ""),
                           _short(e["quote"])] for e in profile["events"]]))
    if profile["agreements"]:
        console.print(f"Agreements: {len(profile['agreements'])} signing(s), {profile['documents']} document(s)")
    console.print(_table("Shared organisations", ["code", "label", "since"],
                         [[o["code"], o["label"], o["since"]] for o in profile["shared_organisations"]]))
    if profile["tone_over_time"]:
        console.print(_table("Tone over time", ["date", "tone"], profile["tone_over_time"]))


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_cli)
    app.command("dyad")(dyad_cli)
