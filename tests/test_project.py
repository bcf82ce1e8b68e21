"""What a newcomer meets first: the README's commands work as written, `make test` is the fast check and
leaves out exactly the slow tests, and CI runs everything (issue 17)."""
from __future__ import annotations

import ast
import re

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _recipe(target: str) -> list[str]:
    match = re.search(rf"^{re.escape(target)}:[^\n]*\n((?:\t[^\n]*\n)*)", MAKEFILE, re.M)
    assert match, f"no make target {target}"
    return [line.strip() for line in match.group(1).splitlines()]


def test_the_readme_starts_with_make_demo_and_make_test():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert [line.split("#")[0].strip() for line in first_block.splitlines()] == ["make demo", "make test"]


def test_the_readme_puts_kg_on_the_path_once_and_then_calls_it_kg():
    assert ". .venv/bin/activate" in README
    assert ".venv/bin/kg" not in README


def test_every_make_target_the_readme_names_exists():
    named = set(re.findall(r"\bmake ([a-z][a-z-]*)", README))
    assert {"demo", "test", "test-all"} <= named
    for target in named:
        assert re.search(rf"^{re.escape(target)}:", MAKEFILE, re.M), f"README names make {target}"


def test_make_test_leaves_out_the_slow_tests_and_test_all_runs_them_after_it():
    assert '$(BIN)/python -m pytest -m "not slow"' in _recipe("test")
    assert re.search(r"^test-all: test\b", MAKEFILE, re.M)
    assert "$(BIN)/python -m pytest -m slow" in _recipe("test-all")


def test_ci_runs_every_test():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip().startswith("make ")]
    assert commands == ["make test-all", "make test-compiled"]


# What makes a test slow: it starts another program (Chromium, rapper, an Oxigraph server, a kg
# process), or it uses a fixture that reasons with OWL RL or starts a server.
SLOW_CALLS = {"require_tool", "chromium", "run_chromium", "selftest", "dom", "Popen"}
SLOW_FIXTURES = {("test_push.py", "server"), ("test_reasoning.py", "owl_build"), ("test_packaging.py", "wheel")}


def _is_slow(function: ast.FunctionDef) -> bool:
    return any(ast.unparse(d) in ("pytest.mark.slow", "mark.slow") for d in function.decorator_list)


def _needs_slow(module: str, function: ast.FunctionDef) -> str | None:
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in SLOW_CALLS:
                return f"calls {name}()"
    for arg in function.args.args:
        if (module, arg.arg) in SLOW_FIXTURES:
            return f"uses the fixture {arg.arg}"
    return None


TESTS = [(path.name, node) for path in sorted((ROOT / "tests").glob("test_*.py"))
         for node in ast.parse(path.read_text(encoding="utf-8")).body
         if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")]


@pytest.mark.parametrize("module, function", [t for t in TESTS if _needs_slow(*t)],
                         ids=lambda x: x if isinstance(x, str) else x.name)
def test_tests_that_start_programs_are_marked_slow(module, function):
    assert _is_slow(function), f"{module}::{function.name} {_needs_slow(module, function)}: mark it slow"
