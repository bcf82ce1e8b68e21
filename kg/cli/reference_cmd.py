from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..reference import load_reference
from ..reference_check import ambiguity_rules, check_reference
from .common import cli_errors, err

reference_app = typer.Typer(help="Reference data: states, organisations, places, memberships, officials.",
                            no_args_is_help=True)


@reference_app.command("check")
def check_cli(
    directory: Annotated[Optional[Path], typer.Argument(help="Folder of reference tables (default: the packaged one).")] = None,
    show_rules: Annotated[bool, typer.Option("--rules", help="Also list forms shared across kinds and which kind wins.")] = False,
) -> None:
    """Validate the reference tables: ids, dates, ambiguous and unreachable surface forms."""
    with cli_errors():
        problems = check_reference(directory)
        ref = load_reference(directory) if not problems or show_rules else None
    if show_rules and ref is not None:
        for line in ambiguity_rules(ref):
            typer.echo(f"rule: {line}")
    if problems:
        for p in problems:
            typer.echo(str(p))
        err(f"kg: {len(problems)} problem(s) in the reference data")
        raise typer.Exit(1)
    typer.echo(f"reference data OK: {len(ref.states)} states, {len(ref.organisations)} organisations, "
               f"{len(ref.places)} places, {len(ref.memberships)} memberships, {len(ref.persons)} persons, "
               f"{len(ref.forms)} surface forms")


def register(app: typer.Typer) -> None:
    app.add_typer(reference_app, name="reference")
