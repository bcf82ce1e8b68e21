"""The output folder survives concurrent builds, killed builds, full disks and read-only folders (issue 17).

These tests run real ``kg build`` processes: two at once into one folder, one killed with SIGKILL
half-way, one whose files may not grow past 64 KB (``RLIMIT_FSIZE``, as on a full disk), one that
may not write to the folder at all. What two builds must agree on: every graph file, what the
report says of the folder (its ``last_run`` describes the run), the pages and the store's quads.
"""
from __future__ import annotations

import fcntl
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import build
from kg.graph.files import article_file
from kg.graph.io import load_store
from kg.graph.store import is_fresh, is_on_disk, opened_store
from kg.outdir import LOCK_FILE

from .conftest import folder_report, graph_files, require_tool, write_two_articles

pytestmark = pytest.mark.slow

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"]
PAGES = ("graph.html", "index.html")


def _kg(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300, **options)


def _start(*args: str, **options) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **options)


def _until(condition, what: str, proc: subprocess.Popen | None = None, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the build ended (exit {proc.returncode}) before {what}: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting until {what}")
        time.sleep(0.0005)


def _lock_is_held(out: Path) -> bool:
    try:
        fd = os.open(out / LOCK_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _article_ids(out: Path) -> set[str]:
    return {a["id"] for a in json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"]}


def _graphs(out: Path) -> str:
    return b"".join(graph_files(out).values()).decode("utf-8")


def _parts(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.part")]


def _snapshot(out: Path) -> dict:
    # The pair pages too, and the events they list kept for the next build (dyads/.events.jsonl).
    return {"graphs": graph_files(out), "report": folder_report(out),
            **{name: (out / name).read_bytes() for name in PAGES},
            **{str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "dyads").iterdir())}}


def _stored(out: Path) -> set:
    with opened_store(out) as store:
        assert is_on_disk(store)
        return set(store)


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path]:
    """Two inputs: a.txt (an agreement between Iran and Oman) and b.txt (a condemnation)."""
    src = write_two_articles(tmp_path)
    return src / "a.txt", src / "b.txt"


def _paused_build_holding_the_lock(source: Path, out: Path) -> subprocess.Popen:
    """A real build of ``source`` into ``out``, stopped (SIGSTOP) while it holds the folder's lock."""
    first = _start("build", str(source), "-o", str(out), "-q")
    _until(lambda: _lock_is_held(out), "the first build holds the lock", first)
    first.send_signal(signal.SIGSTOP)
    return first


def test_a_second_build_into_a_busy_folder_stops_at_once_with_one_line_and_nothing_is_lost(sources, tmp_path):
    a, b = sources
    out = tmp_path / "out"
    first = _paused_build_holding_the_lock(a, out)
    try:  # the first build stays stopped until the second has ended: the second cannot have waited for it
        second = _kg("build", str(b), "-o", str(out), "-q")
    finally:
        first.send_signal(signal.SIGCONT)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "another kg build" in lines[0] and str(out) in lines[0], second.stderr
    assert _article_ids(out) == {"a"}
    assert "graph/article/a>" in _graphs(out) and "graph/article/b>" not in _graphs(out)


def test_with_wait_the_second_build_runs_after_the_first_and_keeps_its_articles(sources, tmp_path):
    a, b = sources
    out = tmp_path / "out"
    first = _paused_build_holding_the_lock(a, out)
    try:
        second = _start("build", str(b), "-o", str(out), "-q", "--wait")
        waiting = second.stderr.readline()  # said once it finds the folder busy
        if "waiting for it" not in waiting:
            second.kill()
            pytest.fail(waiting + second.stderr.read())
        assert "another kg build" in waiting and str(out) in waiting
        time.sleep(1)
        assert second.poll() is None  # still waiting behind the paused build
    finally:
        first.send_signal(signal.SIGCONT)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.wait(timeout=300) == 0, second.stderr.read()
    assert _article_ids(out) == {"a", "b"}  # the report describes the folder...
    graphs = _graphs(out)
    assert "graph/article/a>" in graphs and "graph/article/b>" in graphs  # ...and the graph holds both


def _graph_file_written(out: Path) -> bool:
    # b's graph file is in place: the manifest, the store, the derived graph and the pages may follow.
    return (out / article_file("b")).exists()


def _store_being_written(out: Path) -> bool:
    # The store's stamp is removed while the store changes and written again at the end.
    return not (out / "store" / "kg-stamp.json").exists()


def _pages_being_written(out: Path) -> bool:
    # The new report is in place and the store matches the graph files: only the pages are left.
    try:
        return _article_ids(out) == {"a", "b"} and is_fresh(out)
    except (OSError, ValueError):
        return False


@pytest.fixture(scope="module")
def a_then_b(tmp_path_factory) -> Path:
    """a.txt built, then b.txt built into the same folder, neither interrupted."""
    folder = tmp_path_factory.mktemp("a-then-b")
    src = write_two_articles(folder)
    out = folder / "out"
    assert build([src / "a.txt"], out).ok
    assert build([src / "b.txt"], out).ok
    return out


@pytest.mark.parametrize("moment", [_graph_file_written, _store_being_written, _pages_being_written],
                         ids=["graph-files", "store", "pages"])
def test_a_build_killed_half_way_and_run_again_gives_what_an_uninterrupted_build_gives(sources, tmp_path, a_then_b,
                                                                                          moment):
    a, b = sources
    out = tmp_path / "out"
    assert _kg("build", str(a), "-o", str(out), "-q").returncode == 0
    doomed = _start("build", str(b), "-o", str(out), "-q")
    _until(lambda: moment(out), f"{moment.__name__}", doomed)
    doomed.kill()
    assert doomed.wait(timeout=60) == -signal.SIGKILL

    again = _kg("build", str(b), "-o", str(out), "-q")
    assert again.returncode == 0, again.stderr
    assert _parts(out) == []
    assert _snapshot(out) == _snapshot(a_then_b)
    assert is_fresh(out) and _stored(out) == _stored(a_then_b)


def test_a_graph_file_left_by_a_build_killed_before_the_manifest_named_it_is_written_again(sources, tmp_path,
                                                                                             a_then_b):
    a, b = sources
    out = tmp_path / "out"
    assert build([a], out).ok
    orphan = out / article_file("b")  # as a build killed between writing b's file and recording it leaves it
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes((out / article_file("a")).read_bytes())
    assert build([b], out).ok
    assert _snapshot(out) == _snapshot(a_then_b)
    assert is_fresh(out) and _stored(out) == _stored(a_then_b)


def test_a_store_bulk_load_killed_half_way_is_cleared_and_loaded_again(sources, tmp_path, a_then_b):
    a, b = sources
    out = tmp_path / "out"
    assert build([a, b], out, disk_store=False).ok
    half = [q for q in load_store(out) if "article/a" in q.graph_name.value]  # what a killed bulk load left
    (out / "store").mkdir()
    import pyoxigraph as ox

    store = ox.Store(str(out / "store"))
    store.bulk_extend(half[: len(half) // 2])
    del store
    assert build([a, b], out).ok
    assert is_fresh(out) and _stored(out) == _stored(a_then_b)


def _without_root_powers() -> list[str]:
    """A command prefix under which folder permissions hold, even for root (which ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = require_tool("setpriv")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def test_a_read_only_output_folder_fails_with_one_line_and_keeps_the_previous_output(sources, tmp_path):
    a, b = sources
    out = tmp_path / "out"
    assert build([a], out, disk_store=False).ok
    before = _snapshot(out)
    folders = [out, *(p for p in out.rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    try:
        run = subprocess.run([*_without_root_powers(), *KG, "build", str(b), "-o", str(out), "-q", "--no-disk-store"],
                             capture_output=True, text=True, timeout=300)
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {out}") and "Permission denied" in lines[0], run.stderr
    assert _snapshot(out) == before
    assert _parts(out) == []


def _small_files_only() -> None:
    limit = 64 * 1024  # the store needs far more: writing it fails with EFBIG, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_fails_with_one_line_naming_the_file_and_the_next_build_finishes(sources, tmp_path, a_then_b):
    a, b = sources
    out = tmp_path / "out"
    assert build([a], out).ok
    before = _snapshot(out)
    run = _kg("build", str(b), "-o", str(out), "-q", preexec_fn=_small_files_only)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {out}") and "cannot write" in lines[0], run.stderr
    assert _parts(out) == []
    again = _kg("build", str(b), "-o", str(out), "-q")  # room again: the next build finishes the work
    assert again.returncode == 0, again.stderr
    assert _snapshot(out) == _snapshot(a_then_b)
    assert is_fresh(out) and _stored(out) == _stored(a_then_b)


def test_leftovers_of_a_killed_build_are_removed_by_the_next_one(sources, tmp_path):
    a, _ = sources
    out = tmp_path / "out"
    assert build([a], out).ok
    (out / "graph.trig.part").write_bytes(b"@prefix half-written")
    (out / "views" / "gone.html.part").write_text("<html>", encoding="utf-8")  # no build writes gone.html
    gone = out / (article_file("gone") + ".part")
    gone.parent.mkdir(exist_ok=True)
    gone.write_text("<x> <y> <z> <g> .", encoding="utf-8")
    (out / "film.mkv.part").write_bytes(b"someone else's download")
    result = build([a], out)
    assert _parts(out) == [out / "film.mkv.part"]
    assert any("removed 3 unfinished file(s)" in notice for notice in result.notices)
