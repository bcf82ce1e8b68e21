"""kg: diplomatic news in, an RDF knowledge graph with provenance out.

The library API (the CLI is a thin layer over it)::

    import kg
    result = kg.build(["data/samples"], "outputs/demo")   # graphs/, manifest.sqlite, report.json, store/, graph.html
    [x] = kg.extract_file("article.txt")                   # one article's facts (kg.model.Extraction)
    r = kg.extract_sources(["wires.jsonl"])                # every good article's facts; r.failures, one line each
    store = kg.load("outputs/demo")                        # the graph as a pyoxigraph Store, ready for SPARQL
"""
__version__ = "0.1.0"

from .graph.store import open_store as load  # noqa: E402
from .pipeline import BuildResult, ExtractResult, build, extract_article, extract_file, extract_sources  # noqa: E402

__all__ = ["__version__", "build", "load", "extract_article", "extract_file", "extract_sources", "BuildResult",
           "ExtractResult"]
