"""kg: diplomatic news in, an RDF knowledge graph with provenance out.

The library API (the CLI is a thin layer over it)::

    import kg
    result = kg.build(["data/samples"], "outputs/demo")   # graphs/, manifest.sqlite, report.json, store/, graph.html
    [x] = kg.extract_file("article.txt")                   # one article's facts (kg.model.Extraction)
    r = kg.extract_sources(["wires.jsonl"])                # every good article's facts; r.failures, one line each
    store = kg.load("outputs/demo")                        # the graph as a pyoxigraph Store, ready for SPARQL
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Each name of the API and the module it comes from, imported when first used: importing kg (as every
# ``kg`` command does) then costs nothing of the extractor or the pipeline a reader never runs.
_API = {"build": ".pipeline", "extract_article": ".pipeline", "extract_file": ".pipeline",
        "extract_sources": ".pipeline", "BuildResult": ".pipeline", "ExtractResult": ".pipeline",
        "load": ".graph.store"}
_NAME_IN_MODULE = {"load": "open_store"}

if TYPE_CHECKING:
    from .graph.store import open_store as load
    from .pipeline import BuildResult, ExtractResult, build, extract_article, extract_file, extract_sources

__all__ = ["__version__", "build", "load", "extract_article", "extract_file", "extract_sources", "BuildResult",
           "ExtractResult"]


def __getattr__(name: str) -> object:
    if name not in _API:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(_API[name], __name__), _NAME_IN_MODULE.get(name, name))
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
