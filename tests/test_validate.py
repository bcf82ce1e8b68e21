"""kg validate: the shapes accept what kg builds and reject broken graphs, readably."""
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.io import read_dataset, read_output
from kg.graph.validate import Unsupported, compile_shapes, validate_file, validate_quads, validate_with_pyshacl

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
BROKEN = sorted((Path(__file__).parent / "fixtures" / "broken").glob("*.trig"))
EXPECTED = {
    "canonical-conflict-with-a-count": "canonical event states a value (23) for an attribute its mentions disagree on",
    "canonical-mention-count-wrong": "mention count 3 differs from the number of mentions 2",
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


# --- the compiled checks against pySHACL, and at scale (issue 17) -----------------------------------

EDGE_CASES = FIXTURES / "edge-cases.trig"


@pytest.mark.parametrize("path", BROKEN + [EDGE_CASES], ids=lambda p: p.stem)
def test_the_compiled_checks_report_exactly_what_pyshacl_reports(path):
    quads = read_dataset(path)
    assert validate_quads(quads) == validate_with_pyshacl(quads)


def test_edge_cases_are_each_reported_once_even_when_repeated_in_two_graphs():
    found = [str(v) for v in validate_file(EDGE_CASES)]
    assert len(found) == 24
    assert found.count("Violation: https://example.org/kg/ev1: evidence span lies outside its article "
                       "(start 90, end 101, article length 100)") == 1
    # "3"^^xsd:nonNegativeInteger is well typed (an Oxigraph store would have made it an xsd:integer)
    assert not any(v.startswith("Violation: https://example.org/kg/e1 dip:count") for v in found)
    assert "Violation: https://example.org/kg/e2 dip:count: count must be one non-negative integer" in found
    # a subclass of a subclass of dip:State is a state: targeted by the state shape, a valid participant
    assert "Violation: https://example.org/kg/XX dip:iso2: ISO code must be two capital letters" in found


def test_the_seed_build_gives_pyshacl_and_the_compiled_checks_the_same_answer(seed_build):
    quads = read_output(seed_build)
    assert validate_quads(quads) == validate_with_pyshacl(quads) == []


def test_a_shape_the_checks_do_not_cover_is_left_to_pyshacl():
    shapes = rdflib.Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix dip: <https://w3id.org/dipkg/ontology#> .
        <https://example.org/shapes#S> a sh:NodeShape ; sh:targetClass dip:State ;
            sh:or ( [ sh:path dip:iso3 ; sh:minCount 1 ] [ sh:path dip:capital ; sh:minCount 1 ] ) .
        """, format="turtle")
    with pytest.raises(Unsupported):
        compile_shapes(shapes)
    quads = read_dataset(FIXTURES / "edge-cases.trig")
    assert {v.focus for v in validate_quads(quads, shapes)} == {
        "https://example.org/kg/IR", "https://example.org/kg/XX", "https://example.org/kg/IRI"}


@pytest.mark.slow
def test_two_hundred_thousand_quads_validate_in_seconds(seed_build, tmp_path):
    # pySHACL, which `kg validate` used before, had not finished this graph after four minutes.
    from benchmarks.validate import replicate

    quads = replicate(read_output(seed_build), 200_000)
    graph = tmp_path / "graph.nq"
    ox.serialize(quads, str(graph), ox.RdfFormat.N_QUADS)
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["validate", str(graph)])
    assert result.exit_code == 0 and "conforms" in result.output
    assert time.perf_counter() - start < 20


def test_an_event_whose_evidence_names_no_rule_is_a_violation(seed_build, tmp_path):
    # The seed's graph with every dip:rule removed: each event then fails, by both engines.
    quads = [q for q in read_output(seed_build)
             if q.predicate.value != "https://w3id.org/dipkg/ontology#rule"]
    found = [str(v) for v in validate_quads(quads)]
    assert found and all(v.endswith("event evidence names no extraction rule") for v in found)
    assert sorted(found) == sorted(str(v) for v in validate_with_pyshacl(quads))
