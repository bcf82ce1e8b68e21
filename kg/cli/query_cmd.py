from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import pyoxigraph as ox
import typer

from ..errors import UsageError
from ..graph.endpoint import DEFAULT_TIMEOUT
from ..graph.prefixes import compact
from ..ids import DEFAULT_BASE
from .common import EndpointTimeout, GraphOrEndpoint, cli_errors


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"parameter {item!r} is not NAME=VALUE")
        key, value = item.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def query_cli(
    graph: GraphOrEndpoint,
    query: Annotated[str, typer.Argument(help="A saved query name (see `kg queries`), a .rq file, or the query text.")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE, bound as an RDF term of the type the query declares.")] = None,
    format: Annotated[ResultFormat, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL results JSON).")] = ResultFormat.table,
    base_iri: Annotated[str, typer.Option(help="Base IRI the graph was built with.")] = DEFAULT_BASE,
    timeout: EndpointTimeout = DEFAULT_TIMEOUT,
) -> None:
    """Run a SPARQL query over the graph (all named graphs merged)."""
    from ..graph.query import format_solutions, resolve_query, run
    from ..graph.store import opened_store

    with cli_errors():
        saved = resolve_query(query)
        params = _params(param or [])
        with opened_store(graph, timeout=timeout) as store:
            solutions = run(store, saved, params, base_iri)
            if format is ResultFormat.table and isinstance(solutions, ox.QuerySolutions):
                variables = [v.value for v in solutions.variables]
                table_rows = [[_shown(row[v], base_iri) for v in variables] for row in solutions]
                text = None
            else:
                text = format_solutions(solutions, format.value)
            del solutions  # results read from the store must go before the store is released
        if text is None:
            _print_table(saved.summary or saved.name, variables, table_rows)
            typer.echo(f"{len(table_rows)} row(s)")
        else:
            typer.echo(text, nl=False)


def _shown(term: ox.Term | None, base_iri: str) -> str:
    if term is None:
        return ""
    return compact(term.value, base_iri) if isinstance(term, ox.NamedNode) else term.value


def _print_table(title: str, variables: list[str], table_rows: list[list[str]]) -> None:
    """A table when its words fit the terminal, else one block per row (one line per value).

    Words (IRIs, codes, dates) are never broken; only text with spaces wraps.
    """
    from rich.console import Console
    from rich.table import Table

    console = Console()
    words = [max((len(w) for r in table_rows for w in r[i].split()), default=0) for i in range(len(variables))]
    least = [max(len(v), w) for v, w in zip(variables, words)]
    if sum(least) + 3 * len(variables) + 1 <= console.width:
        table = Table(title=title)
        for v, width in zip(variables, least):
            table.add_column(v, overflow="fold", min_width=width)
        for r in table_rows:
            table.add_row(*r)
        console.print(table)
        return
    console.print(title, style="italic", highlight=False)
    for n, r in enumerate(table_rows, 1):
        record = Table.grid(padding=(0, 2))
        record.add_column(style="bold", no_wrap=True)
        record.add_column(overflow="fold")
        for v, value in zip(variables, r):
            record.add_row(v, value)
        console.print(f"-- row {n} --", highlight=False)
        console.print(record)


def queries_cli() -> None:
    """List the saved queries with their summaries and parameters."""
    from ..graph.query import saved_queries

    for name, q in saved_queries().items():
        params = " ".join(f"-p {p.name}=<{p.type}>" for p in q.params)
        typer.echo(f"{name}  {params}".rstrip())
        typer.echo(f"    {q.summary}")
        if q.export:
            typer.echo(f"    An export: {q.export}; its time grows with the graph (-f csv to a file).")


def register(app: typer.Typer) -> None:
    app.command("query")(query_cli)
    app.command("queries")(queries_cli)
