"""Helpers shared by the command modules: error output and exit codes."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from ..errors import InputError, KgError, UsageError


def err(message: str) -> None:
    print(message, file=sys.stderr)


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and the right exit code."""
    try:
        yield
    except UsageError as exc:
        err(f"kg: error: {exc}")
        raise typer.Exit(2)
    except InputError as exc:
        err(f"kg: error: {exc}")
        raise typer.Exit(1)
    except KgError as exc:
        err(f"kg: error: {exc}")
        raise typer.Exit(1)
