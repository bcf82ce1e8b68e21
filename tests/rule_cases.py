"""The case files of the named extraction rules (``tests/cases/<kind>/<rule>.tsv``): tab-separated,
a header row, lines starting with ``#`` are comments. Read by the tests of guards, makers and subject
rules, each with an extractor that applies the rules alone, before any confidence threshold."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.extract import Extractor

CASES = Path(__file__).parent / "cases"


def read_cases(kind: str, name: str) -> list[dict[str, str]]:
    """The cases of rule ``name`` of ``kind`` (guards, makers, subjects)."""
    with (CASES / kind / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def has_cases(kind: str, name: str) -> bool:
    return (CASES / kind / f"{name}.tsv").exists()


def case_params(kind: str, names: list[str]) -> list:
    """One test parameter (rule name, case) per case of every rule in ``names`` that has a case file."""
    return [pytest.param(name, case, id=f"{name}-{case['lang']}")
            for name in names if has_cases(kind, name) for case in read_cases(kind, name)]


def rules_only_extractor() -> Extractor:
    """Every rule on, every event kept: the confidence threshold is not what a rule's cases test."""
    return Extractor(min_confidence=0.0)
