"""The ``kg`` command: thin wrappers over the library, one module per command.

Exit codes: 0 all good; 1 some inputs failed (the rest were processed) or a check found problems;
2 usage error (missing path, bad option).

``kg NAME ...`` imports the module of command NAME alone (:data:`COMMANDS`), so that a reader such as
``kg query`` or ``kg dyad`` does not pay for importing the extractor, the build and their libraries;
``kg --help`` and :data:`app` (what the tests invoke) have every command.
"""
from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable

import typer

from ..errors import KgError, UsageError

#: Each command and the module of this package that registers it, in the order ``kg --help`` lists them.
COMMANDS = {
    "build": "build_cmd", "extract": "extract_cmd", "validate": "validate_cmd", "export": "export_cmd",
    "eval": "eval_cmd", "reference": "reference_cmd", "query": "query_cmd", "queries": "query_cmd",
    "analyze": "analyze_cmd", "dyad": "analyze_cmd", "serve": "serve_cmd", "push": "push_cmd",
    "view": "view_cmd", "rules": "rules_cmd", "calibrate": "calibrate_cmd", "compact": "compact_cmd",
}


def make_app(modules: Iterable[str] = COMMANDS.values()) -> typer.Typer:
    """The ``kg`` application with the commands of ``modules`` (default: all)."""
    app = typer.Typer(
        name="kg",
        help="Turn diplomatic news into an RDF knowledge graph with provenance.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def commands() -> None:
        # An application of one command still takes the command's name first (kg query ...).
        pass

    for module in dict.fromkeys(modules):  # in order, each once
        importlib.import_module(f".{module}", __name__).register(app)
    return app


def __getattr__(name: str) -> object:
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()["app"] = made = make_app()
    return made


def main() -> None:
    asked = sys.argv[1] if len(sys.argv) > 1 else None
    app = make_app([COMMANDS[asked]]) if asked in COMMANDS else make_app()
    try:
        app()
    except UsageError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        sys.exit(1)
