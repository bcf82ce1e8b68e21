from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..extract import Extractor, to_gold
from ..ids import DEFAULT_BASE, Minter
from ..pipeline import extract_sources
from .common import MinConfidence, cli_errors, err


class ExtractFormat(str, Enum):
    json = "json"
    turtle = "turtle"


def extract_cli(
    path: Annotated[Path, typer.Argument(help="One article file (or a .jsonl file / folder: one result per article).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json: the evaluation schema; turtle: the article's named graph.")] = ExtractFormat.json,
    base_iri: Annotated[str, typer.Option(help="Base IRI for Turtle output.")] = DEFAULT_BASE,
    min_confidence: MinConfidence = None,
) -> None:
    """Print the facts of one article (JSON in the gold schema, or Turtle).

    A bad file or JSON Lines row is one error line on stderr (exit 1); the other articles are printed.
    """
    with cli_errors():
        extractor = Extractor(min_confidence=min_confidence)
        result = extract_sources([path], extractor)
        for line in result.warnings:
            err(f"kg: warning: {line}")
        results = result.extractions
        if not results:
            pass
        elif format is ExtractFormat.json:
            docs = [to_gold(x, extractor.ref) for x in results]
            typer.echo(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
        else:
            import pyoxigraph as ox

            from ..graph.build import article_quads
            from ..graph.io import union_triples
            from ..graph.namespaces import PREFIXES

            m = Minter(base_iri)
            quads = [q for x in results for q in article_quads(x, m, extractor.ref)]
            data = ox.serialize(union_triples(quads), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            typer.echo(data.decode("utf-8"), nl=False)
    for line in result.failures:
        err(f"kg: error: {line}")
    if result.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cli)
