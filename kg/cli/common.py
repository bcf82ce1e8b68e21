"""Helpers shared by the command modules: error output and exit codes."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Annotated, Iterator, Optional

import typer

from ..errors import InputError, KgError, UsageError

#: ``--min-confidence`` of every command that extracts: None leaves the extractor's default.
MinConfidence = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0, show_default=False,
    help="Leave out events less sure than this (0-1; see kg calibrate). Default: 0.45 with the fitted "
         "confidence model (events it does not find more likely wrong than right); 0 keeps every event.")]


#: GRAPH of the commands that only read (query, dyad, analyze, view): a string, since a URL is no path.
GraphOrEndpoint = Annotated[str, typer.Argument(
    metavar="GRAPH",
    help="A build output folder (its store/ is used when fresh), a graph file (.trig, .ttl...), or the URL "
         "of a SPARQL endpoint whose default graph is the union of its named graphs (e.g. "
         "http://127.0.0.1:7878/query for `oxigraph serve --union-default-graph`).")]

#: ``--timeout`` of the same commands: how long a SPARQL endpoint may take.
EndpointTimeout = Annotated[float, typer.Option(
    "--timeout", min=0.1, help="With a SPARQL endpoint as GRAPH: seconds to wait for each of its answers.")]


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
