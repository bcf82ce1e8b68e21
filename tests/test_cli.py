"""The kg command: every command has help, results go to stdout, errors to stderr, exit codes mean something."""
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

COMMANDS = ["build", "extract", "validate", "export", "eval", "query", "queries", "analyze", "dyad", "serve", "push", "view"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output and len(result.output) > 200


def test_extract_prints_the_gold_schema_with_a_confidence_per_event(runner, seeds):
    result = runner.invoke(app, ["extract", str(seeds / "000_fa529241b47a1e68.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert set(doc) >= {"id", "lang", "date", "countries", "organizations", "persons", "events", "memberships"}
    assert doc["events"] and all(0 <= e["confidence"] <= 1 for e in doc["events"])


def test_extract_turtle_is_the_articles_facts(runner, seeds):
    result = runner.invoke(app, ["extract", str(seeds / "000_fa529241b47a1e68.txt"), "--format", "turtle"])
    assert result.exit_code == 0
    assert "dip:Meeting" in result.output and "oa:TextQuoteSelector" in result.output


def test_extract_of_a_missing_file_is_an_input_error(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "no.txt")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_build_exits_1_when_some_inputs_failed_and_2_on_usage_errors(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "b.txt: empty file" in result.output
    assert (tmp_path / "out" / "graph.trig").exists()
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.txt"), "-q"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o2"), "--base-iri", "not an iri", "-q"])
    assert result.exit_code == 2


@pytest.mark.parametrize("fmt", ["turtle", "trig", "ntriples", "nquads", "rdfxml", "jsonld"])
def test_export_writes_every_format(runner, seed_build, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(app, ["export", str(seed_build), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000


def test_export_to_stdout_defaults_to_turtle(runner, seed_build):
    result = runner.invoke(app, ["export", str(seed_build)])
    assert result.exit_code == 0
    assert result.output.startswith("@prefix")


def test_export_rejects_an_unknown_format(runner, seed_build):
    result = runner.invoke(app, ["export", str(seed_build), "--format", "yaml"])
    assert result.exit_code == 2
    assert "unknown format" in result.output


def test_extract_prints_the_good_rows_of_a_json_lines_file_and_one_error_line_for_the_bad_one(runner, tmp_path):
    rows = ['{"id": "r1", "text": "Iran and Oman signed three agreements in Muscat on Monday."}',
            '{"id": "r2", "text": ',
            '{"id": "r3", "text": "Qatar condemned Israel\'s strike."}']
    (tmp_path / "w.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "w.jsonl")])
    assert result.exit_code == 1
    assert [doc["id"] for doc in json.loads(result.stdout)] == ["r1", "r3"]
    assert result.stderr.splitlines() == [f"kg: error: {tmp_path / 'w.jsonl'}:2: malformed JSON "
                                          "(Expecting value at column 22)"]


@pytest.mark.parametrize("command", [["extract"], ["build", "--no-html", "--no-disk-store", "-q", "-o"]])
def test_extract_and_build_report_a_fifo_in_one_line_instead_of_waiting_on_it(runner, tmp_path, command):
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    args = [*command, str(tmp_path / "out"), str(fifo)] if command[0] == "build" else [*command, str(fifo)]
    done = {}
    worker = threading.Thread(target=lambda: done.update(result=runner.invoke(app, args)), daemon=True)
    worker.start()
    worker.join(120)
    if worker.is_alive():
        try:  # let it go before failing
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
        pytest.fail(f"kg {command[0]} is still reading the FIFO")
    result = done["result"]
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"kg: error: {fifo}: a FIFO (named pipe), not a file; "
                                             "kg reads regular files and folders only")
