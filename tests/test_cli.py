"""The kg command: every command has help, results go to stdout, errors to stderr, exit codes mean something."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from kg.cli import app

COMMANDS = ["build", "extract", "validate", "export", "eval", "query", "queries", "analyze", "dyad", "serve", "push", "view", "rules",
            "compact"]


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


def test_every_extracted_event_names_the_rules_that_made_it(runner):
    import pyoxigraph as ox

    samples = Path(__file__).parent.parent / "data" / "samples"
    result = runner.invoke(app, ["extract", str(samples), "--format", "turtle"])
    assert result.exit_code == 0
    store = ox.Store()
    store.load(result.stdout.encode("utf-8"), ox.RdfFormat.TURTLE)
    dip = "https://w3id.org/dipkg/ontology#"
    events = {str(q.subject) for q in store.quads_for_pattern(None, ox.NamedNode(dip + "eventType"), None)}
    named = {str(r["e"]) for r in store.query(
        f"SELECT DISTINCT ?e WHERE {{ ?e <{dip}eventType> ?t ; <{dip}evidence>/<{dip}rule> ?rule }}")}
    assert events and named == events


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
    assert (tmp_path / "out" / "graphs" / "_reference.nq").exists()
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


def _kg(*args: str, columns: int | None = None) -> Result:
    """kg run with its stdout and stderr apart (``result.stdout``, ``result.stderr``), on a terminal
    of ``columns`` columns when given."""
    return CliRunner(env={"COLUMNS": str(columns)} if columns else None).invoke(app, list(args))


def test_quiet_build_prints_nothing_but_errors(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    (src / "a.md").write_text("Qatar praised Oman's mediation.", encoding="utf-8")  # the same id: a warning
    done = _kg("build", str(src), "-o", str(tmp_path / "out"), "-q", "--no-html")
    assert (done.exit_code, done.stdout, done.stderr) == (0, "", "")
    loud = _kg("build", str(src), "-o", str(tmp_path / "out2"), "--no-html")
    assert "already used by another article" in loud.stderr and "articles" in loud.stdout

    (src / "b.txt").write_bytes(b"")
    done = _kg("build", str(src), "-o", str(tmp_path / "out"), "-q", "--no-html")
    assert done.exit_code == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [f"kg: error: {src / 'b.txt'}: empty file",
                                        "kg: 1 input(s) failed; the others were built"]


def test_quiet_analyze_writes_the_tables_and_prints_nothing(seed_build, tmp_path):
    done = _kg("analyze", str(seed_build), "-o", str(tmp_path / "tables"), "-q")
    assert (done.exit_code, done.stdout, done.stderr) == (0, "", "")
    assert (tmp_path / "tables" / "measures.csv").exists()


def test_query_tables_show_iris_with_prefixes_and_whole_on_80_columns(seed_build):
    done = _kg("query", str(seed_build), "meetings-between", "-p", "country_a=IR", "-p", "country_b=TJ", columns=80)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "https://" not in done.stdout
    # too wide for a table on 80 columns: one block per row, each IRI on its line, unbroken
    for name, value in [("country_a", "id:state/IR"), ("country_b", "id:state/TJ"),
                        ("article", "id:article/000_fa529241b47a1e68")]:
        assert any(line.split() == [name, value] for line in lines), (name, done.stdout)
    assert any(line.split()[:1] == ["event"] and line.split()[1].startswith("id:event/") for line in lines)


def test_a_query_table_that_fits_stays_a_table_with_prefixed_iris(seed_build):
    query = "SELECT ?state ?type WHERE { ?state a ?type ; <https://w3id.org/dipkg/ontology#iso2> 'TJ' }"
    done = _kg("query", str(seed_build), query, columns=80)
    assert done.exit_code == 0, done.stderr
    assert "┃ state" in done.stdout
    assert "│ id:state/TJ │ dip:State" in done.stdout


@pytest.mark.parametrize("query, column", [("SELECT ?x WHERE {", 18),
                                           ("PREFIX ex: <https://example.org/> SELEC ?x WHERE { ?x ?p ?o }", 44)])
def test_an_inline_query_with_a_syntax_error_gets_its_parse_error_on_one_line(seed_build, query, column):
    done = _kg("query", str(seed_build), query)
    assert done.exit_code == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(f"kg: error: inline query: SPARQL syntax error at line 1, column {column}: expected")
    assert "unknown query" not in line


def test_a_query_file_with_a_syntax_error_is_named(seed_build, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("#+ summary: broken\nSELEC ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    done = _kg("query", str(seed_build), str(bad))
    assert done.exit_code == 2
    assert done.stderr.startswith(f"kg: error: {bad}: SPARQL syntax error at line 2, column 10")


def test_a_name_that_is_no_saved_query_is_unknown(seed_build):
    done = _kg("query", str(seed_build), "meetings-betwen")
    assert done.exit_code == 2
    assert done.stderr == "kg: error: unknown query 'meetings-betwen'; `kg queries` lists the saved ones\n"


def test_compact_docstring_examples_run():
    import doctest

    from kg.graph import prefixes

    result = doctest.testmod(prefixes)
    assert result.attempted >= 3 and result.failed == 0


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


# The libraries a reader of a folder has no use for: loading them was most of the 1.5 s kg took to
# start (issue 15).
NOT_FOR_READERS = ("rdflib", "networkx", "pyvis", "sklearn", "numpy", "scipy", "kg.extract", "kg.pipeline")


@pytest.mark.parametrize("arguments", [
    ["dyad", "{out}", "IR", "TJ", "--json"],
    ["query", "{out}", "meetings-between", "-p", "country_a=IR", "-p", "country_b=TJ", "-f", "csv"],
    ["query", "{out}", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "json"],
    ["queries"],
], ids=lambda a: a[0] if a[0] == "queries" else " ".join(a[:3:2]))
def test_issue_15_kg_reads_a_folder_without_importing_the_extractor_rdflib_or_networkx(seed_build, arguments):
    import subprocess
    import sys

    script = ("import sys; import kg.cli\n"
              "try:\n    kg.cli.main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
              f"print(sorted(m for m in sys.modules if m.startswith({NOT_FOR_READERS!r})), file=sys.stderr)")
    argv = [a.replace("{out}", str(seed_build)) for a in arguments]
    done = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).parents[1])
    assert done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
