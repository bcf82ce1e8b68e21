"""kg build: a folder of articles becomes a graph on disk, deterministic and safe to rebuild."""
import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build
from kg.graph.files import article_file
from kg.graph.io import read_dataset, read_output

from .conftest import (ROOT, SEED_ID, folder_report, graph_files, report_without_timing, require_tool,
                       write_two_articles)

BASE = "https://w3id.org/dipkg/id/"


def _graph(quads, name):
    return [q for q in quads if q.graph_name == ox.NamedNode(BASE + name)]


def test_build_writes_a_graph_file_per_article_the_manifest_the_report_and_the_pages(seed_build):
    for name in ("graphs/_reference.nq", "graphs/_ontology.nq", "graphs/_derived.nq", article_file(SEED_ID),
                 "manifest.sqlite", "report.json", "graph.html"):
        assert (seed_build / name).stat().st_size > 0, name
    assert not (seed_build / "graph.trig").exists() and not (seed_build / "graph.ttl").exists()
    report = json.loads((seed_build / "report.json").read_text())
    assert [a["id"] for a in report["articles"]] == [SEED_ID]
    assert report["last_run"]["failures"] == []
    assert report["last_run"]["extracted"] == report["totals"]["articles"] == 1


def test_seed_graph_links_iran_tajikistan_and_the_sco_to_wikidata(seed_build):
    quads = _graph(read_output(seed_build), f"graph/article/{SEED_ID}")
    same_as = {(q.subject.value, q.object.value) for q in quads
               if q.predicate.value == "http://www.w3.org/2002/07/owl#sameAs"}
    assert (BASE + "state/IR", "http://www.wikidata.org/entity/Q794") in same_as
    assert (BASE + "state/TJ", "http://www.wikidata.org/entity/Q863") in same_as
    assert (BASE + "org/SCO", "http://www.wikidata.org/entity/Q485207") in same_as


def test_every_evidence_quote_is_the_text_at_its_offsets(seed_build, seeds):
    text = (seeds / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    quads = _graph(read_output(seed_build), f"graph/article/{SEED_ID}")
    by_subject = {}
    for q in quads:
        by_subject.setdefault(q.subject.value, {})[q.predicate.value.rsplit("#", 1)[-1]] = q.object.value
    quotes = {s[: -len("#quote")]: v["exact"] for s, v in by_subject.items() if s.endswith("#quote")}
    positions = {s[: -len("#position")]: (int(v["start"]), int(v["end"]))
                 for s, v in by_subject.items() if s.endswith("#position")}
    assert quotes and quotes.keys() == positions.keys()
    for evidence, quote in quotes.items():
        start, end = positions[evidence]
        assert text[start:end] == quote


def test_every_fact_has_evidence(seed_build):
    quads = _graph(read_output(seed_build), f"graph/article/{SEED_ID}")
    events = {q.subject for q in quads if q.predicate.value.endswith("#eventType")}
    with_evidence = {q.subject for q in quads if q.predicate.value.endswith("#evidence")}
    assert len(events) >= 6 and events <= with_evidence


def test_two_builds_of_the_same_input_are_byte_identical(seeds, seed_build, tmp_path):
    build([seeds], tmp_path)
    assert graph_files(tmp_path) == graph_files(seed_build)
    assert report_without_timing(tmp_path) == report_without_timing(seed_build)
    assert (tmp_path / "graph.html").read_bytes() == (seed_build / "graph.html").read_bytes()


def test_the_combined_files_are_byte_identical_for_the_same_input_and_streamed_on_request(seeds, seed_build, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    build([seeds], one, html=False, combined=True)
    shutil.copytree(seed_build, two)
    build([seeds], two, html=False, combined=True)
    for name in ("graph.trig", "graph.ttl"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert set(read_dataset(one / "graph.trig")) == set(read_output(seed_build))
    assert set(read_dataset(one / "graph.ttl")) == {ox.Quad(q.subject, q.predicate, q.object)
                                                    for q in read_output(seed_build)}


def test_rebuilding_over_the_output_extracts_nothing_and_changes_nothing(seeds, seed_build, tmp_path):
    out = tmp_path / "again"
    shutil.copytree(seed_build, out)
    result = build([seeds], out)
    assert result.run["extracted"] == 0 and result.run["reused"] == 1
    assert graph_files(out) == graph_files(seed_build)
    assert folder_report(out) == folder_report(seed_build)


def test_rebuilding_one_article_keeps_the_others_and_replaces_its_own(tmp_path):
    src = write_two_articles(tmp_path)
    out = tmp_path / "out"
    build([src], out)
    before = read_output(out)
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    build([src / "a.txt"], out)
    after = read_output(out)
    graph_b = ox.NamedNode(BASE + "graph/article/b")
    assert {q for q in before if q.graph_name == graph_b} == {q for q in after if q.graph_name == graph_b}
    counts = {q.object.value for q in after if q.predicate.value.endswith("#documentCount")}
    assert counts == {"4"}


def test_a_bad_input_does_not_stop_the_batch_or_lose_stored_articles(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out)
    (src / "empty.txt").write_text("", encoding="utf-8")
    result = build([src / "empty.txt", tmp_path / "missing.txt"], out)
    assert len(result.failures) == 2
    graphs = {q.graph_name.value for q in read_output(out)}
    assert BASE + "graph/article/good" in graphs


@pytest.mark.slow
@pytest.mark.parametrize("name,syntax", [("graph.trig", "trig"), ("graph.ttl", "turtle"),
                                         (article_file(SEED_ID), "nquads")])
def test_outputs_parse_with_an_independent_parser(seeds, tmp_path, name, syntax):
    rapper = require_tool("rapper")
    build([seeds], tmp_path, html=False, disk_store=False, combined=True)
    run = subprocess.run([rapper, "-i", syntax, "-c", str(tmp_path / name)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "returned" in run.stderr


def test_the_reference_and_derived_graphs_are_separate(seed_build):
    graphs = {q.graph_name.value for q in read_output(seed_build)}
    assert {BASE + "graph/reference", BASE + "graph/derived", BASE + "graph/ontology"} <= graphs


def test_base_iri_is_configurable(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Iran and Oman signed three agreements.", encoding="utf-8")
    build([src], tmp_path / "out", base_iri="https://example.org/news/")
    subjects = {q.subject.value for q in read_output(tmp_path / "out")}
    assert any(s.startswith("https://example.org/news/event/") for s in subjects)


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_the_graph_does_not_depend_on_how_the_input_path_was_typed(tmp_path, monkeypatch, kind):
    src = write_two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)
    target = "src/a.txt" if kind == "file" else "src"
    spellings = [target, f"./{target}", str(tmp_path / target)]
    for number, spelling in enumerate(spellings):
        build([spelling], tmp_path / f"out{number}", html=False, disk_store=False)
    first = graph_files(tmp_path / "out0")
    assert all(graph_files(tmp_path / f"out{n}") == first for n in (1, 2))
    assert all(report_without_timing(tmp_path / f"out{n}") == report_without_timing(tmp_path / "out0") for n in (1, 2))
    paths = {q.object.value for q in read_output(tmp_path / "out0")
             if q.predicate.value.endswith("#sourcePath")}
    assert paths == ({"a.txt"} if kind == "file" else {"a.txt", "b.txt"})
    assert src.is_dir()


def test_a_lone_surrogate_in_a_json_lines_row_costs_one_warning_not_the_batch(tmp_path):
    rows = ['{"id": "good", "text": "Oman praised Qatar\'s mediation."}',
            '{"id": "odd", "text": "Iran and Oman signed three agreements\\ud800 in Muscat."}']
    (tmp_path / "w.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = build([tmp_path / "w.jsonl"], tmp_path / "out", html=False, disk_store=False)
    assert result.ok and result.articles == ["good", "odd"]
    assert result.warnings == [f"{tmp_path / 'w.jsonl'}:2: 1 invalid character(s) (lone surrogate or NUL) "
                               "replaced with U+FFFD"]
    quotes = {q.object.value for q in read_output(tmp_path / "out")
              if q.predicate.value == "http://www.w3.org/ns/oa#exact"}
    assert "Iran and Oman signed three agreements\ufffd in Muscat." in quotes


def test_the_output_folder_examples_run():
    import doctest

    import kg.outdir

    result = doctest.testmod(kg.outdir)
    assert result.attempted and result.failed == 0


def test_a_meeting_held_and_one_planned_in_the_same_sentence_are_two_events_of_one_status_each(tmp_path):
    src = tmp_path / "talks.txt"
    src.write_text("MUSCAT - Iran and Oman held talks in Muscat on Monday and agreed to hold the next round "
                   "of talks in Tehran next month.\n", encoding="utf-8")
    build([src], tmp_path / "out", html=False, disk_store=False)
    store = ox.Store()
    store.extend(read_output(tmp_path / "out"))
    # The reported events (dip:eventType), not the canonical events that group them across articles.
    rows = store.query("SELECT ?e (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?e "
                       "<https://w3id.org/dipkg/ontology#status> ?s ; "
                       "<https://w3id.org/dipkg/ontology#eventType> ?t } } GROUP BY ?e")
    counts = sorted(int(r["n"].value) for r in rows)
    assert counts == [1, 1]


def test_extraction_across_two_processes_gives_the_same_graph_as_one(tmp_path):
    corpus = Path(__file__).parent.parent / "data" / "corpus"  # 72 articles: enough to start processes
    one = build([corpus], tmp_path / "one", html=False, disk_store=False, jobs=1)
    two = build([corpus], tmp_path / "two", html=False, disk_store=False, jobs=2)
    assert len(one.articles) == len(two.articles) >= 64
    assert graph_files(tmp_path / "one") == graph_files(tmp_path / "two")


def test_an_article_graph_written_as_lines_is_the_bytes_of_its_quads(seeds, tmp_path):
    from kg.extract import Extractor
    from kg.graph.build import article_lines, article_quads
    from kg.graph.files import write_graph_file, write_lines_file
    from kg.ids import Minter
    from kg.pipeline import extract_sources

    extractor = Extractor()
    found = extract_sources([seeds, ROOT / "data" / "corpus"], extractor).extractions
    assert {x.lang for x in found} >= {"en", "ar", "fa"}
    for x in found:
        lines = write_lines_file(tmp_path / "lines.nq", article_lines(x, Minter(), extractor.ref))
        assert lines == write_graph_file(tmp_path / "quads.nq", article_quads(x, Minter(), extractor.ref))
