"""The on-disk store of a build: the same quads as the graph files, kept in step graph by graph by
every build, shared read-only by any number of readers, and never used when it no longer matches them."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg import build
from kg.errors import UsageError
from kg.graph.io import load_store
from kg.graph.files import article_file
from kg.graph.store import (STAMP, is_fresh, is_on_disk, open_store, opened_store, sorted_difference, store_path,
                            store_writer)

from .conftest import ROOT, SEED_ID, write_two_articles

BASE = "https://w3id.org/dipkg/id/"
DIP = "https://w3id.org/dipkg/ontology#"
ARTICLE = f"{BASE}graph/article/{SEED_ID}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _graph(store: ox.Store, name: str) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, ox.NamedNode(BASE + name)))


def _kg(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture
def two_articles(tmp_path):
    src = write_two_articles(tmp_path)
    out = tmp_path / "out"
    build([src], out, html=False)
    return src, out


def test_a_build_folder_opens_as_its_on_disk_store_holding_the_quads_of_the_graph_files(seed_build):
    in_memory = load_store(seed_build)
    with opened_store(seed_build) as store:
        assert is_on_disk(store)
        assert set(store) == set(in_memory)
        assert ox.NamedNode(ARTICLE) in set(store.named_graphs())


def test_a_graph_file_and_in_memory_requests_are_loaded_into_memory(seed_build):
    for store in (open_store(seed_build / article_file(SEED_ID)), open_store(seed_build, in_memory=True)):
        assert not is_on_disk(store)
        store.add(ox.Quad(ox.NamedNode(BASE + "x"), ox.NamedNode(DIP + "note"), ox.Literal("changeable")))


def test_several_readers_open_the_store_at_once(seed_build):
    with opened_store(seed_build) as first, opened_store(seed_build) as second:
        assert is_on_disk(first) and is_on_disk(second)
        assert len(first) == len(second) > 0


def test_rebuilding_the_same_input_leaves_the_store_as_it_was(seeds, seed_build, tmp_path):
    out = tmp_path / "again"
    shutil.copytree(seed_build, out)
    build([seeds], out, html=False)
    assert is_fresh(out)
    with opened_store(seed_build) as before, opened_store(out) as after:
        assert is_on_disk(after)
        assert set(after) == set(before)
        assert len(after) == len(before)  # nothing doubled


def test_a_rebuilt_article_replaces_its_graph_in_the_store_and_the_others_stay(two_articles):
    src, out = two_articles
    with opened_store(out) as store:
        graph_b = _graph(store, "graph/article/b")
    assert graph_b
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    build([src / "a.txt"], out, html=False)

    with opened_store(out) as store:
        assert is_on_disk(store)
        assert set(store) == set(load_store(out))
        assert _graph(store, "graph/article/b") == graph_b
        counts = {q.object.value for q in _graph(store, "graph/article/a") if q.predicate.value == DIP + "documentCount"}
        assert counts == {"4"}  # the old "3" went with the old graph


def test_a_new_store_is_bulk_loaded_and_then_only_changed_graphs_are_replaced(tmp_path):
    src = write_two_articles(tmp_path)
    out = tmp_path / "out"
    first = build([src], out, html=False).store_update
    assert first.bulk_loaded and first.graphs_replaced == 7  # a, b, reference, ontology, canonical, aggregates, derived
    unchanged = build([src], out, html=False).store_update
    assert (unchanged.bulk_loaded, unchanged.graphs_replaced) == (False, 0)
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    changed = build([src], out, html=False)
    assert changed.run["extracted"] == 1 and changed.run["reused"] == 1
    # a, the canonical events (its signing now counts four documents), derived; the counts stay
    assert (changed.store_update.bulk_loaded, changed.store_update.graphs_replaced) == (False, 3)
    with opened_store(out) as store:
        assert is_on_disk(store) and set(store) == set(load_store(out))


def test_the_canonical_graph_is_given_to_the_store_as_the_lines_that_changed(two_articles):
    src, out = two_articles
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    changed = build([src], out, html=False).store_update
    # The signing's canonical event lost its count of three and gained four: a line out, a line in.
    assert changed.graphs_patched == 1
    assert (out / "store" / "copies" / "_canonical.nq").read_bytes() == (out / "graphs" / "_canonical.nq").read_bytes()
    with opened_store(out) as store:
        assert set(store) == set(load_store(out))


def test_a_copy_that_is_not_what_the_store_took_is_not_trusted(two_articles):
    src, out = two_articles
    copy = out / "store" / "copies" / "_canonical.nq"
    damaged = copy.read_bytes()[:-200]  # a copy cut short (by hand, or a disk that filled up)
    copy.unlink()  # the copy is a hard link to the graph file: writing into it would change both
    copy.write_bytes(damaged)
    (src / "a.txt").write_text("Iran and Oman signed four agreements in Muscat on Monday.", encoding="utf-8")
    changed = build([src], out, html=False).store_update
    assert changed.graphs_patched == 0 and changed.graphs_replaced == 3  # replaced whole instead
    with opened_store(out) as store:
        assert set(store) == set(load_store(out))


def test_the_difference_of_two_sorted_graph_files(tmp_path):
    old, new = tmp_path / "old.nq", tmp_path / "new.nq"
    old.write_bytes(b"a\nc\nd\n")
    new.write_bytes(b"b\nc\ne\nf\n")
    assert sorted_difference(old, new) == ([b"a", b"d"], [b"b", b"e", b"f"])


def test_a_store_that_does_not_match_graph_trig_is_ignored(two_articles):
    src, out = two_articles
    (src / "c.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    build([src / "c.txt"], out, html=False, disk_store=False)
    assert not is_fresh(out)
    with opened_store(out) as store:
        assert not is_on_disk(store)
        assert _graph(store, "graph/article/c")

    build([src / "c.txt"], out, html=False)
    (store_path(out) / STAMP).unlink()  # as a build interrupted while writing the store leaves it
    with opened_store(out) as store:
        assert not is_on_disk(store)
        assert _graph(store, "graph/article/c")


def test_a_build_does_not_write_a_store_that_a_reader_holds(two_articles):
    src, out = two_articles
    (src / "c.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    with opened_store(out) as reader:
        assert is_on_disk(reader)
        result = build([src / "c.txt"], out, html=False)
        assert "store" not in result.files
        assert any("not updated" in n for n in result.notices)
        assert not _graph(reader, "graph/article/c")  # the reader's view did not move under it
        with opened_store(out) as late:
            assert not is_on_disk(late) and _graph(late, "graph/article/c")
    build([src / "c.txt"], out, html=False)
    with opened_store(out) as store:
        assert is_on_disk(store) and _graph(store, "graph/article/c")


def test_a_build_whose_output_is_unchanged_keeps_a_held_store(seeds, seed_build, tmp_path):
    out = tmp_path / "held"
    shutil.copytree(seed_build, out)
    with opened_store(out):
        result = build([seeds], out, html=False)
    assert result.files["store"] == str(store_path(out)) and not result.notices


def test_a_store_path_that_is_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "store").write_text("not a folder", encoding="utf-8")
    with pytest.raises(UsageError, match="not a folder"):
        with store_writer(tmp_path):
            pass


@pytest.mark.slow
def test_kg_serve_and_kg_query_read_one_folder_together_and_a_build_goes_on(two_articles):
    src, out = two_articles
    server = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", str(out),
                               "--port", "0", "-q"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
    try:
        line = server.stdout.readline()
        assert f"store {store_path(out)}" in line, (line, server.stderr.read() if server.poll() is not None else "")
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line).group(1)

        query = _kg("query", str(out), COUNT, "-f", "csv")
        assert query.returncode == 0, query.stderr
        total = int(query.stdout.splitlines()[1])
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": COUNT, "format": "csv"}),
                                    timeout=20) as response:
            assert int(response.read().decode().splitlines()[1]) == total

        (src / "c.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
        rebuilt = _kg("build", str(src / "c.txt"), "--out", str(out), "--no-html", "-q")
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert "not updated" in rebuilt.stderr
        again = _kg("query", str(out), COUNT, "-f", "csv")
        assert int(again.stdout.splitlines()[1]) > total  # read from the new graph files
    finally:
        server.terminate()
        assert server.wait(timeout=15) == 0
        server.stdout.close()
        server.stderr.close()
    rebuilt = _kg("build", str(src / "c.txt"), "--out", str(out), "--no-html", "-q")
    assert rebuilt.returncode == 0 and "not updated" not in rebuilt.stderr
    assert is_fresh(out)


# ---------------------------------------------------------------- kg compact (issue 15)


def test_kg_compact_keeps_every_quad_and_the_store_stays_the_one_readers_use(seed_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    with opened_store(out) as store:
        before = sorted(map(str, store))
    done = _kg("compact", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"compacted {out / 'store'}: ") and " MB -> " in done.stdout
    assert is_fresh(out)  # the stamp stays: no quad changed
    with opened_store(out) as store:
        assert is_on_disk(store)
        assert sorted(map(str, store)) == before


def test_kg_compact_of_a_folder_without_a_store_is_one_usage_error_line(tmp_path):
    done = _kg("compact", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr == f"kg: error: {tmp_path / 'store'}: no store to compact (kg build writes one)\n"


def test_kg_compact_leaves_a_store_that_a_reader_holds(seed_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_build, out)
    with opened_store(out) as store:
        assert is_on_disk(store)
        done = _kg("compact", str(out))
        assert len(list(store.query(COUNT))) == 1
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {out / 'store'}") and "in use by a reader" in lines[0]
