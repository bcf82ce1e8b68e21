from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..extract.guards import all_guards


def rules_cli(
    as_json: Annotated[bool, typer.Option("--json", help="Print the rules as JSON.")] = False,
) -> None:
    """List the named extraction rules (guards): name, event types, what each one stops."""
    rows = all_guards()
    if as_json:
        typer.echo(json.dumps([{"name": n, "types": t.split(), "summary": s} for n, t, s in rows],
                              ensure_ascii=False, indent=2))
        return
    table = Table(title="kg rules: guards (switch one off with kg eval --disable NAME)")
    for column in ("name", "types", "summary"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("rules")(rules_cli)
