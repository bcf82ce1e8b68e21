"""kg validate: the shapes accept what kg builds and reject broken graphs, readably."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.validate import validate_file

BROKEN = sorted((Path(__file__).parent / "fixtures" / "broken").glob("*.trig"))
EXPECTED = {
    "confidence-above-one": "confidence must be one decimal in [0, 1]",
    "event-without-evidence": "event has no evidence",
    "event-without-participant": "event needs at least one participant",
    "evidence-outside-article": "evidence span lies outside its article",
    "membership-without-organisation": "membership must name exactly one organisation",
    "negative-count": "document count must be one non-negative integer",
}


def test_every_broken_graph_has_an_expected_message():
    assert {p.stem for p in BROKEN} == set(EXPECTED)


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_graph_fails_with_a_readable_message(path):
    violations = validate_file(path)
    assert violations, f"{path.name} should not conform"
    assert any(EXPECTED[path.stem] in v.message for v in violations)
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert EXPECTED[path.stem] in result.output


def test_the_built_seed_graph_conforms(seed_build):
    assert validate_file(seed_build) == []
    result = CliRunner().invoke(app, ["validate", str(seed_build)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_validating_a_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "none.trig")])
    assert result.exit_code == 2
