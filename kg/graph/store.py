"""The embedded on-disk store beside a build's files, and the one way commands open a graph.

``kg build`` writes ``OUT/store/``, an Oxigraph (RocksDB) store holding exactly the quads of the
graph files that ``OUT/manifest.sqlite`` lists (:mod:`kg.graph.files`, :mod:`kg.manifest`).
Commands given a build folder open that store read-only instead of parsing the graph files into
memory, so a large graph is queried without being loaded first and several readers (``kg serve``,
``kg query``...) share one copy on disk.

A build changes the store graph by graph (:func:`update_store`): only the graphs whose file changed
since the store last took them are dropped and inserted again, one transaction per batch of
graphs; a new (or emptied) store is filled by the bulk loader instead. The manifest records which
file digest the store holds for each graph, so a build killed at any point leaves a store the next
build finishes instead of rebuilding.

Two files of ours sit inside the store folder; RocksDB ignores files it did not name:

* ``kg-stamp.json`` records the manifest's ``state`` (a digest of every graph file) the store holds.
  A reader uses the store only when the stamp's state is the manifest's, so a store left behind by an
  interrupted build, a ``--no-disk-store`` build or a build that found the store busy is never used:
  the reader loads the graph files in memory instead, which are always the reference. (A graph file
  edited by hand is not noticed: the manifest's digests are trusted, as reading every file to check
  them would cost what the store saves.)
* ``copies/`` holds, for the large graphs that every build changes a little (the canonical,
  aggregates and derived graphs, :data:`PATCHED`), the file the store took last time (a hard link: no bytes are
  copied). The next build sends the store the difference of the two sorted files instead of the
  whole graph: at 100,000 articles the canonical graph is 170 MB of N-Quads, of which a day's
  articles change a few thousand lines.
* ``kg.lock`` is an advisory lock (``flock``): a writer holds it exclusively, readers hold it shared
  for as long as their store is open. RocksDB keeps out a second writer but not readers, and a
  read-only store opened while another process writes the files is undefined behaviour. So a build
  that finds readers leaves the store alone (and stale: the next build catches up), and a reader
  that finds a build writing reads the graph files instead.

A store opened read-only is not flushed or closed explicitly: it has nothing to write, and RocksDB
releases it when the last reference goes. :func:`close_store` (or :func:`opened_store`) drops ours
and the lock; a command that just exits releases both with the process.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import OutputError, UsageError
from ..manifest import GraphFile, Manifest
from .endpoint import DEFAULT_TIMEOUT, SparqlEndpoint, is_endpoint_url
from .io import load_store

try:
    import fcntl
except ImportError:  # Windows: no flock, so readers cannot keep a build out; they read the graph files
    fcntl = None

STORE_DIR = "store"
STAMP = "kg-stamp.json"
LOCK = "kg.lock"
#: Graphs per store transaction.
STORE_BATCH = 1000
#: The graph files the store is given as a difference from the copy it took last (see the module notes).
PATCHED = ("_canonical.nq", "_aggregates.nq", "_derived.nq")
COPIES = "copies"

# Read-only stores we opened, by id: the store (so the id stays its own) and the lock's descriptor.
_HELD: dict[int, tuple[ox.Store, int]] = {}


@dataclass(frozen=True)
class StoreUpdate:
    """What a build changed in the on-disk store."""

    path: Path
    quads: int
    graphs_replaced: int
    bulk_loaded: bool
    #: Of ``graphs_replaced``, those given as a difference from the store's copy (see :data:`PATCHED`).
    graphs_patched: int = 0


def store_path(out_dir: Path | str) -> Path:
    return Path(out_dir) / STORE_DIR


def _read_stamp(folder: Path) -> dict | None:
    try:
        stamp = json.loads((folder / STORE_DIR / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _manifest_state(folder: Path) -> str | None:
    try:
        manifest = Manifest.read_only(folder)
    except UsageError:
        return None
    if manifest is None:
        return None
    with manifest:
        return manifest.state()


def _stamp_matches(folder: Path, stamp: dict | None) -> bool:
    if not stamp or not stamp.get("state"):
        return False
    return stamp["state"] == _manifest_state(folder)


def is_fresh(out_dir: Path | str) -> bool:
    """Whether ``OUT/store`` holds exactly the quads of the graph files ``OUT/manifest.sqlite`` lists."""
    folder = Path(out_dir)
    return _stamp_matches(folder, _read_stamp(folder))


def _open_read_only(folder: Path) -> ox.Store | None:
    directory = folder / STORE_DIR
    if fcntl is None or not (directory / STAMP).exists():
        return None
    try:
        fd = os.open(directory / LOCK, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # a build is writing it
        os.close(fd)
        return None
    try:
        store = ox.Store.read_only(str(directory)) if _stamp_matches(folder, _read_stamp(folder)) else None
    except OSError:
        store = None
    if store is None:
        os.close(fd)  # closing the descriptor releases the lock
        return None
    _HELD[id(store)] = (store, fd)
    return store


def open_store(path: Path | str, *, in_memory: bool = False,
               timeout: float = DEFAULT_TIMEOUT) -> ox.Store | SparqlEndpoint:
    """The graph at ``path`` (a build folder, a graph file or a SPARQL endpoint's URL), ready for SPARQL.

    A build folder with a fresh ``store/`` gives that store, read-only; anything else (a graph file,
    a folder without a store or with a stale or busy one, ``in_memory=True``) gives an in-memory
    store loaded from the file, or from the folder's graph files. Both answer the same queries; only
    the in-memory one can be changed. An ``http(s)://`` URL (a string) gives a
    :class:`~kg.graph.endpoint.SparqlEndpoint`, which answers the readers' queries only (``timeout``
    is its wait in seconds).
    """
    if is_endpoint_url(path):
        if in_memory:
            raise UsageError(f"{path}: this needs a build folder or a graph file, not a SPARQL endpoint")
        return SparqlEndpoint(str(path), timeout=timeout)
    path = Path(path)
    if not in_memory and path.is_dir():
        store = _open_read_only(path)
        if store is not None:
            return store
    return load_store(path)


def is_on_disk(store: ox.Store) -> bool:
    """Whether ``store`` came from :func:`open_store` as a read-only on-disk store."""
    return id(store) in _HELD and _HELD[id(store)][0] is store


def close_store(store: ox.Store) -> None:
    """Release our hold on a store from :func:`open_store` (and its lock); a no-op for others."""
    held = _HELD.get(id(store))
    if held is not None and held[0] is store:
        del _HELD[id(store)]
        os.close(held[1])


@contextmanager
def opened_store(path: Path | str, *, in_memory: bool = False,
                 timeout: float = DEFAULT_TIMEOUT) -> Iterator[ox.Store | SparqlEndpoint]:
    """:func:`open_store` for a ``with`` block: the lock is released at its end."""
    store = open_store(path, in_memory=in_memory, timeout=timeout)
    try:
        yield store
    finally:
        close_store(store)


def _insert_data(out: Path, graphs: list[GraphFile]) -> str:
    """One SPARQL update that replaces ``graphs`` with the contents of their files."""
    parts = [f"DROP SILENT GRAPH <{g.iri}> ;" for g in graphs]
    parts.append("INSERT DATA {")
    for g in graphs:
        parts.append(f"GRAPH <{g.iri}> {{")
        with (out / g.file).open("rb") as f:
            parts.extend(_data_lines(line.rstrip(b"\n") for line in f))
        parts.append("}")
    parts.append("}")
    return "\n".join(parts)


def _data_lines(lines: Iterable[bytes]) -> Iterator[str]:
    # "<s> <p> <o> <g> ." -> "<s> <p> <o> .": N-Triples terms are SPARQL terms.
    for line in lines:
        yield line.rsplit(b" ", 2)[0].decode("utf-8") + " ."


def sorted_difference(old: Path, new: Path) -> tuple[list[bytes], list[bytes]]:
    """The lines only ``old`` has and those only ``new`` has, of two files of sorted distinct lines
    (graph files are), read once each side by side."""
    removed: list[bytes] = []
    added: list[bytes] = []
    with old.open("rb") as a, new.open("rb") as b:
        x, y = a.readline(), b.readline()
        while x or y:
            if x and (not y or x < y):
                removed.append(x.rstrip(b"\n"))
                x = a.readline()
            elif y and (not x or y < x):
                added.append(y.rstrip(b"\n"))
                y = b.readline()
            else:
                x, y = a.readline(), b.readline()
    return removed, added


def _copy_of(out: Path, g: GraphFile) -> Path:
    return out / STORE_DIR / COPIES / Path(g.file).name


def _keep_copy(out: Path, g: GraphFile) -> None:
    """Link the file the store now holds for ``g`` under ``copies/`` (writers replace graph files by
    renaming a new file over them, so the link keeps this version)."""
    if Path(g.file).name not in PATCHED:
        return
    copy = _copy_of(out, g)
    copy.parent.mkdir(exist_ok=True)
    tmp = copy.with_name(copy.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        os.link(out / g.file, tmp)
    except OSError:  # a file system without hard links: copy the bytes
        tmp.write_bytes((out / g.file).read_bytes())
    tmp.replace(copy)


def _patch(store: ox.Store, out: Path, manifest: Manifest, g: GraphFile) -> bool:
    """Give the store ``g`` as the difference from the copy it took last, in one transaction;
    False when there is no usable copy (then the graph is replaced whole)."""
    copy = _copy_of(out, g)
    held = manifest.stored_digest(g.iri)
    if Path(g.file).name not in PATCHED or held is None or not copy.is_file():
        return False
    if hashlib.sha256(copy.read_bytes()).hexdigest() != held:
        return False
    removed, added = sorted_difference(copy, out / g.file)
    if any(b"_:" in line for line in removed):
        return False  # DELETE DATA takes no blank nodes (none of these graphs has any, but be safe)
    parts = []
    if removed:
        parts += ["DELETE DATA {", f"GRAPH <{g.iri}> {{", *_data_lines(removed), "}", "} ;"]
    parts += ["INSERT DATA {", f"GRAPH <{g.iri}> {{", *_data_lines(added), "}", "}"]
    # Both in one update: one transaction, so a build killed here leaves the store as it was.
    store.update("\n".join(parts))
    return True


def _apply(store: ox.Store, out: Path, manifest: Manifest, batch: int) -> tuple[int, bool, int]:
    """Give ``store`` every graph file it lacks; returns how many graphs, whether by bulk load, and
    how many as a difference."""
    if next(iter(store), None) is None:
        manifest.forget_stored()  # emptied or new: whatever the manifest says it held is gone
    elif not manifest.anything_stored():
        store.clear()  # quads of unknown origin (a manifest removed by hand): start again
    pending = manifest.pending()
    if not pending:
        return 0, False, 0
    if not manifest.anything_stored():
        # A new store: the bulk loader is several times faster than transactions. It is given the
        # files' bytes ``batch`` graphs at a time (parsed by Oxigraph; given every quad at once it
        # holds them all: 1.7 GB at 10k articles). A batch is marked stored once loaded; a crash
        # half-way through one leaves it pending, and the next build replaces its graphs whole.
        for start in range(0, len(pending), batch):
            chunk = pending[start:start + batch]
            store.bulk_load(b"".join((out / g.file).read_bytes() for g in chunk), format=ox.RdfFormat.N_QUADS)
            store.flush()
            for g in chunk:
                _keep_copy(out, g)
            manifest.mark_stored(chunk)
        return len(pending), True, 0
    whole = []
    for g in pending:
        if _patch(store, out, manifest, g):
            _keep_copy(out, g)
            manifest.mark_stored([g])
        else:
            whole.append(g)
    for start in range(0, len(whole), batch):
        chunk = whole[start:start + batch]
        store.update(_insert_data(out, chunk))  # one transaction: all of the batch or none
        for g in chunk:
            _keep_copy(out, g)
        manifest.mark_stored(chunk)
    return len(pending), False, len(pending) - len(whole)


def _prune_logs(directory: Path) -> None:
    # RocksDB keeps the info log of every earlier opening as LOG.old.*: one more file per build.
    for old in directory.glob("LOG.old.*"):
        old.unlink(missing_ok=True)


@contextmanager
def store_writer(out_dir: Path | str, keep_stamp: bool = False) -> Iterator[ox.Store | None]:
    """``OUT/store`` opened for writing, its stamp removed; ``None`` when a reader holds it.

    No stamp while the store changes: an interrupted build leaves a store nobody reads until a
    build has finished it (:func:`update_store` then :func:`write_stamp`). ``keep_stamp`` keeps it,
    for a writer that changes no quad (:func:`compact_store`).
    """
    folder = Path(out_dir)
    directory = folder / STORE_DIR
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory}: exists and is not a folder")
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield None
            return
        if not keep_stamp:
            (directory / STAMP).unlink(missing_ok=True)
        try:
            store = ox.Store(str(directory))
        except OSError as exc:
            raise OutputError(str(directory), f"cannot write the store ({str(exc).splitlines()[0]}); another "
                                              "program may have it open, or the disk is full") from exc
        try:
            yield store
            store.flush()
        finally:
            del store  # the last reference: RocksDB closes and releases its own lock
        _prune_logs(directory)
    finally:
        os.close(fd)


def update_store(store: ox.Store, out_dir: Path | str, manifest: Manifest,
                 batch: int = STORE_BATCH) -> StoreUpdate:
    """Bring ``store`` (from :func:`store_writer`) to the graph files ``manifest`` lists.

    Only the graphs whose file changed since the store took them are replaced, ``batch`` graphs
    per transaction; graphs the manifest no longer lists are not removed (builds only add or
    replace graphs).
    """
    folder = Path(out_dir)
    replaced, bulk, patched = _apply(store, folder, manifest, batch)
    return StoreUpdate(folder / STORE_DIR, manifest.totals()["quads"], replaced, bulk, patched)


def write_stamp(out_dir: Path | str, state: str, quads: int) -> None:
    """Say that ``OUT/store`` holds the graphs of the manifest ``state`` (``quads`` of them)."""
    directory = Path(out_dir) / STORE_DIR
    tmp = directory / (STAMP + ".part")
    tmp.write_text(json.dumps({"quads": quads, "state": state}, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(directory / STAMP)


def stamped_quads(out_dir: Path | str) -> int | None:
    """The number of quads the stamp of ``OUT/store`` records (counting a store's quads scans it)."""
    stamp = _read_stamp(Path(out_dir))
    return stamp.get("quads") if stamp else None


@dataclass(frozen=True)
class Compaction:
    """What :func:`compact_store` did: the store's folder and its size in bytes before and after."""

    directory: Path
    before: int
    after: int


def _size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file() and not p.is_symlink())


def compact_store(out_dir: Path | str) -> Compaction:
    """Compact ``OUT/store`` (RocksDB's full compaction, pyoxigraph's ``Store.optimize``): the same
    quads in fewer, sorted files, which the readers then look up faster.

    A build does not compact: it would pay the compaction (37 s at 100,000 articles, for 4.4 GB ->
    2.8 GB and queries twice as fast) at every incremental build. The stamp stays: no quad changes.
    Raises :class:`UsageError` when the folder has no store, :class:`OutputError` when readers (or a
    build) have it open.
    """
    folder = Path(out_dir)
    directory = folder / STORE_DIR
    if not (directory / "CURRENT").is_file():
        raise UsageError(f"{directory}: no store to compact (kg build writes one)")
    before = _size(directory)
    with store_writer(folder, keep_stamp=True) as store:
        if store is None:
            raise OutputError(str(directory), "in use by a reader or a build; compact it when they are done")
        store.optimize()
    return Compaction(directory, before, _size(directory))
