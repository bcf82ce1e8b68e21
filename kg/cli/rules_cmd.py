from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..extract.rules import all_rules


def rules_cli(
    as_json: Annotated[bool, typer.Option("--json", help="Print the rules as JSON.")] = False,
) -> None:
    """List the named extraction rules: guards (what each one stops), subject rules (who acts) and event
    makers (what each one makes)."""
    rows = all_rules()
    if as_json:
        typer.echo(json.dumps([{"name": n, "kind": k, "types": t.split(), "summary": s} for n, k, t, s in rows],
                              ensure_ascii=False, indent=2))
        return
    table = Table(title="kg rules: guards, subject rules and event makers (switch one off with kg eval --disable NAME)")
    for column in ("name", "kind", "types", "summary"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("rules")(rules_cli)
