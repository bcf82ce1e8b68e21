"""The ``kg`` command: thin wrappers over the library, one module per command.

Exit codes: 0 all good; 1 some inputs failed (the rest were processed) or a check found problems;
2 usage error (missing path, bad option).
"""
from __future__ import annotations

import sys

import typer

from ..errors import KgError, UsageError
from . import (analyze_cmd, build_cmd, calibrate_cmd, eval_cmd, export_cmd, extract_cmd, push_cmd, query_cmd, reference_cmd,
               rules_cmd, serve_cmd, validate_cmd, view_cmd)

app = typer.Typer(
    name="kg",
    help="Turn diplomatic news into an RDF knowledge graph with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
build_cmd.register(app)
extract_cmd.register(app)
validate_cmd.register(app)
export_cmd.register(app)
eval_cmd.register(app)
reference_cmd.register(app)
query_cmd.register(app)
analyze_cmd.register(app)
serve_cmd.register(app)
push_cmd.register(app)
view_cmd.register(app)
rules_cmd.register(app)
calibrate_cmd.register(app)


def main() -> None:
    try:
        app()
    except UsageError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(1)
