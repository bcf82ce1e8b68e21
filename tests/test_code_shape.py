"""The shape issue #14 asks of the extraction code: short functions, no language codes, trigger
notes named only by the rules that own them (kg.extract.notes)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.extract.notes import TRIGGER_NOTES
from kg.lexicon import all_lexicons

PACKAGE = Path(__file__).parent.parent / "kg"
MODULES = sorted((PACKAGE / "extract").glob("*.py"))
LONGEST = 80


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_function_is_longer_than_80_lines(path):
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(_tree(path))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= LONGEST]
    assert long == []


@pytest.mark.parametrize("path", [p for p in sorted(PACKAGE.rglob("*.py")) if p.name != "notes.py"],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_trigger_notes_are_written_only_in_the_notes_module(path):
    literals = [(node.lineno, node.value) for node in ast.walk(_tree(path))
                if isinstance(node, ast.Constant) and node.value in TRIGGER_NOTES]
    assert literals == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_comparison_with_a_language_code(path):
    codes = {lx.lang for lx in all_lexicons()}
    found = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Compare):
            for side in [node.left, *node.comparators]:
                values = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
                found += [(node.lineno, v.value) for v in values if isinstance(v, ast.Constant) and v.value in codes]
    assert found == []
