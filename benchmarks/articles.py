"""The articles the extraction benchmarks read: every readable article under a folder."""
from __future__ import annotations

from pathlib import Path

from kg.ingest import read_sources

DEVELOPMENT_CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def articles_under(folder: Path) -> list:
    """The articles of ``folder`` (unreadable files are skipped); exits when there are none."""
    articles = [item[0] for item in read_sources([folder]) if not isinstance(item, Exception)]
    if not articles:
        raise SystemExit(f"no articles under {folder}")
    return articles
