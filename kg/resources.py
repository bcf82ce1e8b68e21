"""The one place that finds the packaged ontology, lexicons, reference data and samples.

In a checkout they sit at the top of the repository; in an installed wheel they are copied under
``kg/_resources`` (see ``pyproject.toml``). Every other module asks here instead of guessing paths.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def root() -> Path:
    """Folder holding ``ontologies/`` and ``data/`` (installed copy first, then the checkout)."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent):
        if (candidate / "ontologies" / "dip.ttl").is_file():
            return candidate
    raise FileNotFoundError(
        "kg cannot find its ontology and data files; reinstall the package or run from a checkout"
    )


def ontologies() -> Path:
    return root() / "ontologies"


def ontology_file() -> Path:
    return ontologies() / "dip.ttl"


def jsonld_context_file() -> Path:
    """The JSON-LD context of ``kg export --format jsonld`` (generated from ``dip.ttl``)."""
    return ontologies() / "context.jsonld"


def vocab_files() -> list[Path]:
    return sorted((ontologies() / "vocab").glob("*.ttl"))


def shapes_files() -> list[Path]:
    return sorted((ontologies() / "shapes").glob("*.ttl"))


def rules_files() -> list[Path]:
    return sorted((ontologies() / "rules").glob("construct-*.rq"))


def queries_dir() -> Path:
    return ontologies() / "queries"


def reference_dir() -> Path:
    return root() / "data" / "reference"


def lexicon_dir(lang: str) -> Path:
    return root() / "data" / "lexicons" / lang


def resolve_windows_file() -> Path:
    """Per event type, how many days apart two reports of one event may be (``kg.resolve``)."""
    return root() / "data" / "resolve" / "windows.csv"


def confidence_model_file() -> Path:
    """The fitted event-confidence model (``kg calibrate`` writes it)."""
    return root() / "data" / "models" / "confidence.json"


@cache
def languages() -> list[str]:
    """Languages with a lexicon folder: adding a folder adds a language (read once per process)."""
    base = root() / "data" / "lexicons"
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("_"))

