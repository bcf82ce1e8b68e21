"""kg push against a real Oxigraph server: graphs arrive, pushing again changes nothing, errors are one line."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import push_cmd
from kg.graph.remote import endpoints, push

from . import servers
from .conftest import SEED_ID, write_two_articles

ARTICLE_GRAPH = f"https://w3id.org/dipkg/id/graph/article/{SEED_ID}"
DIP = "https://w3id.org/dipkg/ontology#"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    with servers.oxigraph(tmp_path_factory.mktemp("oxigraph") / "store", union_default_graph=False) as started:
        yield started.base


def _select(base: str, query: str) -> list[dict]:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(endpoints(base).query)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.query().convert()["results"]["bindings"]


def _count(base: str) -> int:
    rows = _select(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"]["value"])


@pytest.mark.slow
def test_push_is_idempotent_and_queryable(server: str, seed_build: Path) -> None:
    first = push(seed_build, server)
    assert first["graphs"] >= 1 and first["triples"] > 0
    assert ARTICLE_GRAPH in first["pushed"]
    after_first = _count(server)
    assert after_first == first["triples"]

    second = push(seed_build, server)
    assert second["triples"] == first["triples"]
    assert _count(server) == after_first  # PUT replaced each graph: nothing doubled

    graphs = {row["g"]["value"] for row in _select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert ARTICLE_GRAPH in graphs
    meetings = _select(server, f"""
        SELECT ?e ?state WHERE {{
          GRAPH <{ARTICLE_GRAPH}> {{ ?e a <{DIP}Meeting> ; <{DIP}participant> ?state }}
        }}""")
    assert meetings, "the seed's meeting event is missing on the server"
    assert {"https://w3id.org/dipkg/id/state/IR", "https://w3id.org/dipkg/id/state/TJ"} <= {
        row["state"]["value"] for row in meetings}


@pytest.mark.slow
def test_push_only_articles_through_cli(server: str, seed_build: Path) -> None:
    app = typer.Typer()
    push_cmd.register(app)
    app.command("noop")(lambda: None)  # two commands, so `push` is a subcommand as in kg
    result = CliRunner().invoke(app, ["push", str(seed_build), server, "--only-articles"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed 1 graphs, ")


def test_push_to_closed_port_is_one_clean_line(seed_build: Path) -> None:
    app = typer.Typer()
    push_cmd.register(app)
    app.command("noop")(lambda: None)
    url = f"http://127.0.0.1:{servers.free_port()}"
    result = CliRunner().invoke(app, ["push", str(seed_build), url, "--timeout", "5"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = getattr(result, "stderr", None) or result.output
    lines = message.strip().splitlines()
    assert len(lines) == 1, message
    assert lines[0].startswith("kg: error: cannot reach") and "connection refused" in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_wrong_store_path_is_an_http_error(server: str, seed_build: Path) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match=r"HTTP 404"):
        push(seed_build, server, gsp_path="/no-such-endpoint", only_articles=True)


@pytest.mark.slow
def test_build_with_a_remote_store_loads_every_graph_there_and_again_replaces(server: str, seeds: Path,
                                                                             tmp_path: Path) -> None:
    from kg import build
    from kg.graph.io import read_output

    out = tmp_path / "out"
    result = build([seeds], out, html=False, remote=server)
    local = read_output(out)
    assert result.pushed["triples"] == len(local)
    assert set(result.pushed["pushed"]) == {q.graph_name.value for q in local}
    in_article = len([q for q in local if q.graph_name.value == ARTICLE_GRAPH])
    article_count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ARTICLE_GRAPH}> {{ ?s ?p ?o }} }}"
    assert int(_select(server, article_count)[0]["n"]["value"]) == in_article
    total = _count(server)

    again = build([seeds], out, html=False, remote=server)
    assert again.pushed["graphs"] == 0  # the server has every graph already
    assert _count(server) == total
    assert int(_select(server, article_count)[0]["n"]["value"]) == in_article


@pytest.mark.slow
def test_build_with_a_remote_store_pushes_only_the_graphs_that_changed(server: str, tmp_path: Path) -> None:
    from kg import build

    src = write_two_articles(tmp_path)
    out = tmp_path / "out"
    first = build([src], out, html=False, remote=server)
    assert {g.rsplit("/", 1)[-1] for g in first.pushed["pushed"]} == {"a", "b", "reference", "ontology", "canonical", "aggregates", "derived"}
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    second = build([src], out, html=False, remote=server)
    assert {g.rsplit("/", 1)[-1] for g in second.pushed["pushed"]} <= {"a", "canonical", "aggregates", "derived"}
    assert any(g.endswith("/graph/article/a") for g in second.pushed["pushed"])
    counts = _select(server, "SELECT ?n WHERE { GRAPH <https://w3id.org/dipkg/id/graph/article/a> "
                             "{ ?s <https://w3id.org/dipkg/ontology#documentCount> ?n } }")
    assert {row["n"]["value"] for row in counts} == {"4"}


def test_build_with_a_malformed_store_url_stops_before_any_work(seeds: Path, tmp_path: Path) -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(seeds), "--out", str(tmp_path / "out"), "--store", "127.0.0.1:7878"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in result.output
    assert not (tmp_path / "out").exists()


def test_build_whose_push_fails_keeps_the_local_graph_and_says_so(seeds: Path, tmp_path: Path) -> None:
    from kg.cli import app

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(seeds), "--out", str(out), "--no-html", "-q",
                                      "--store", f"http://127.0.0.1:{servers.free_port()}"])
    assert result.exit_code == 2
    assert f"{out} is built, but the push failed: cannot reach" in result.output
    assert (out / "report.json").exists() and (out / "graphs").is_dir()
