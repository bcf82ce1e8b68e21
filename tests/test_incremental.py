"""kg build is incremental (issue 15): an article is extracted once per content and extractor version,
a build replaces only the graphs that changed, and building N articles then M more gives what a
build of the N+M gives."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import build
from kg.graph.files import article_file
from kg.graph.io import load_store
from kg.graph.store import is_fresh, is_on_disk, opened_store
from kg.manifest import Manifest

from .conftest import ROOT, folder_report, graph_files, report_without_timing

ENGLISH = sorted((ROOT / "data" / "corpus" / "en").glob("*.txt"))[:12]


def _copy(files: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _stored(out: Path) -> set:
    with opened_store(out) as store:
        assert is_on_disk(store)
        return set(store)


@pytest.fixture(scope="module")
def all_at_once(tmp_path_factory) -> Path:
    """The twelve English articles built in one go."""
    folder = tmp_path_factory.mktemp("all-at-once")
    out = folder / "out"
    assert build([_copy(ENGLISH, folder / "src")], out, html=False).ok
    return out


def test_building_n_articles_then_m_more_gives_the_build_of_all_n_plus_m(all_at_once, tmp_path):
    out = tmp_path / "out"
    first = build([_copy(ENGLISH[:8], tmp_path / "first")], out, html=False)
    then = build([_copy(ENGLISH[8:], tmp_path / "then")], out, html=False)
    assert first.run["extracted"] == 8 and then.run["extracted"] == 4 and then.run["reused"] == 0
    assert graph_files(out) == graph_files(all_at_once)
    assert folder_report(out) == folder_report(all_at_once)
    assert is_fresh(out) and _stored(out) == _stored(all_at_once)


def test_an_article_already_built_is_not_extracted_again_and_the_report_keeps_every_article(all_at_once, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(all_at_once, out)
    result = build([_copy(ENGLISH[:3], tmp_path / "again")], out, html=False)
    assert result.run | {"seconds": 0} == {"read": 3, "extracted": 0, "reused": 3, "changed": 0, "failed": 0,
                                            "failures": [], "warnings": [], "seconds": 0}
    assert result.store_update.graphs_replaced == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == report["totals"]["articles"] == 12
    assert report["last_run"]["reused"] == 3
    assert graph_files(out) == graph_files(all_at_once)


def test_another_extractor_version_extracts_every_article_again(all_at_once, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(all_at_once, out)
    stricter = build([_copy(ENGLISH[:2], tmp_path / "src")], out, html=False, min_confidence=0.9)
    assert stricter.run["extracted"] == 2 and stricter.run["reused"] == 0
    with Manifest.read_only(out) as manifest:
        versions = {a.id: a.extractor for a in manifest.articles()}
    assert len(set(versions.values())) == 2  # the two articles rebuilt carry the new version


def test_an_edited_article_replaces_its_graph_file_and_only_its_graph_in_the_store(all_at_once, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(all_at_once, out)
    src = _copy(ENGLISH[:1], tmp_path / "src")
    edited = src / ENGLISH[0].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOman praised Qatar's mediation.\n", encoding="utf-8")
    article_id = ENGLISH[0].stem
    before = graph_files(all_at_once)
    result = build([src], out, html=False)
    assert result.run["extracted"] == 1 and result.run["changed"] == 1
    after = graph_files(out)
    changed = {name for name in after if after[name] != before.get(name)}
    # The canonical events are resolved again with the article's new mentions (here the same events),
    # and the state network counted again from them (here one praise more).
    resolved = {"graphs/_canonical.nq", "graphs/_aggregates.nq"}
    assert article_file(article_id) in changed <= {article_file(article_id), "graphs/_derived.nq"} | resolved
    assert "graphs/_aggregates.nq" in changed
    # The article's graph and the derived graph, derived again (and the resolved ones that changed).
    assert result.store_update.graphs_replaced == 2 + len(resolved & changed)
    assert _stored(out) == set(load_store(out))


def test_the_batch_size_does_not_change_the_output(all_at_once, tmp_path):
    out = tmp_path / "out"
    assert build([_copy(ENGLISH, tmp_path / "src")], out, html=False, batch=5).ok
    assert graph_files(out) == graph_files(all_at_once)
    assert report_without_timing(out) == report_without_timing(all_at_once)


def test_the_same_article_twice_in_one_run_is_read_once_and_a_reused_id_gets_a_new_one(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    (src / "other").mkdir()
    (src / "other" / "a.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    (src / "a.md").write_text("Qatar praised Oman's mediation.", encoding="utf-8")
    result = build([src], tmp_path / "out", html=False, disk_store=False)
    assert result.run["read"] == 2 and len(result.articles) == 2
    assert any("already used by another article" in w for w in result.warnings)


def test_a_folder_built_by_an_earlier_kg_is_refused_with_one_line_and_left_alone(tmp_path):
    from kg.errors import UsageError

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.trig").write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    src = tmp_path / "a.txt"
    src.write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    with pytest.raises(UsageError, match="built by an earlier kg"):
        build([src], out, html=False)
    assert sorted(p.name for p in out.iterdir()) == [".kg-build.lock", "graph.trig"]


def test_an_id_a_file_name_cannot_hold_gets_a_file_of_its_own():
    names = {article_file(i) for i in ("a/b", "a:b", "a b", "a-b", "x" * 300)}
    assert len(names) == 5 and all(n.startswith("graphs/") and n.count("/") == 2 for n in names)
    assert all(len(n.rsplit("/", 1)[1]) < 140 for n in names)


def test_the_examples_of_the_graph_files_and_the_manifest_run():
    import doctest

    import kg.graph.files
    import kg.manifest

    for module in (kg.graph.files, kg.manifest):
        result = doctest.testmod(module)
        assert result.attempted and result.failed == 0, module.__name__


#: The pages a build writes beside the graph (kg.render.index).
PAGES = ("index.html", "graph.html", "views", "dyads", "analysis")


def _pages(out: Path) -> dict[str, bytes]:
    files = [p for name in PAGES for p in ([out / name] if (out / name).is_file() else sorted((out / name).rglob("*")))]
    return {str(p.relative_to(out)): p.read_bytes() for p in files if p.is_file()}


@pytest.fixture(scope="module")
def pages_at_once(tmp_path_factory) -> Path:
    """The twelve English articles built in one go, with the pages."""
    folder = tmp_path_factory.mktemp("pages-at-once")
    out = folder / "out"
    assert build([_copy(ENGLISH, folder / "src")], out).ok
    return out


def test_the_pages_of_n_articles_then_m_more_are_the_pages_of_all_n_plus_m(pages_at_once, tmp_path):
    out = tmp_path / "out"
    build([_copy(ENGLISH[:8], tmp_path / "first")], out)
    first = _pages(out)
    build([_copy(ENGLISH[8:], tmp_path / "then")], out)
    pages = _pages(out)
    assert "views/events.html" in pages and any(name.startswith("dyads/") for name in pages)
    assert pages == _pages(pages_at_once)
    # Both kinds of pair were there: one the new articles left alone, one whose counts they changed.
    pairs = [name for name in first if name.startswith("dyads/") and name.endswith(".html")]
    assert any(pages.get(name) == first[name] for name in pairs)
    assert any(pages.get(name) != first[name] for name in pairs)


@pytest.mark.parametrize("page, projection, title", [("graph.html", "states", "kg — state interactions"),
                                                    ("views/persons.html", "persons", "kg — persons"),
                                                    ("views/events.html", "events", "kg — actors and events")])
def test_a_view_a_build_draws_from_the_reports_in_hand_is_the_one_drawn_from_the_store(pages_at_once, tmp_path,
                                                                                      page, projection, title):
    from kg.render.views import render_view

    with opened_store(pages_at_once) as store:
        render_view(store, tmp_path / page, projection=projection, title=title,
                    home="index.html" if page == "graph.html" else "../index.html")
    assert (tmp_path / page).read_bytes() == (pages_at_once / page).read_bytes()


def _kept_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "dyads" / ".events.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_pair_pages_reuse_the_events_they_listed_until_the_article_of_one_changes(tmp_path):
    src, out = _copy(ENGLISH[:8], tmp_path / "src"), tmp_path / "out"
    build([src], out)
    header, *kept = _kept_lines(out)
    assert kept and header["lang"] == "en" and all(k["record"]["evidence"] for k in kept)
    # A kept record is what the next build lists, unread: mark one and build again, nothing changed.
    marked = kept[0]
    marked["record"]["evidence"][0][1] = "KEPT, NOT READ AGAIN"
    lines = [header, *kept]
    (out / "dyads" / ".events.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    build([src], out)
    assert any("KEPT, NOT READ AGAIN" in page.read_text(encoding="utf-8") for page in (out / "dyads").glob("*.html"))
    # Its article edited: the record is read from the store again.
    edited = src / f"{marked['article']}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOman praised Qatar's mediation.\n", encoding="utf-8")
    build([src], out)
    assert not any("KEPT, NOT READ AGAIN" in p.read_text(encoding="utf-8") for p in (out / "dyads").glob("*.html"))
    assert "KEPT, NOT READ AGAIN" not in (out / "dyads" / ".events.jsonl").read_text(encoding="utf-8")


def test_kept_events_of_other_reference_data_are_not_used(tmp_path):
    src, out = _copy(ENGLISH[:8], tmp_path / "src"), tmp_path / "out"
    build([src], out)
    header, *kept = _kept_lines(out)
    kept[0]["record"]["evidence"][0][1] = "KEPT, NOT READ AGAIN"
    lines = [dict(header, reference="another version"), *kept]
    (out / "dyads" / ".events.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    build([src], out)
    assert not any("KEPT, NOT READ AGAIN" in p.read_text(encoding="utf-8") for p in (out / "dyads").glob("*.html"))


def test_the_pages_a_build_writes_from_what_it_has_in_hand_are_those_written_from_its_store(pages_at_once, tmp_path):
    from kg.render.index import write_index

    copy = tmp_path / "copy"
    shutil.copytree(pages_at_once, copy)
    for name in PAGES:
        shutil.rmtree(copy / name, ignore_errors=True) if (copy / name).is_dir() else (copy / name).unlink()
    with opened_store(copy) as store:
        write_index(store, copy)  # the counts, reports and canonical events read from the store
    expected = {name: data for name, data in _pages(pages_at_once).items() if not name.endswith(".events.jsonl")}
    assert _pages(copy) == expected
