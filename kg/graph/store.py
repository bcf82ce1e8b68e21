"""The embedded on-disk store beside a build's files, and the one way commands open a graph.

``kg build`` writes ``OUT/store/``, an Oxigraph (RocksDB) store holding exactly the quads of
``OUT/graph.trig``. Commands given a build folder open that store read-only instead of parsing the
TriG file into memory, so a large graph is queried without being loaded first and several readers
(``kg serve``, ``kg query``...) share one copy on disk.

Two files of ours sit inside the store folder; RocksDB ignores files it did not name:

* ``kg-stamp.json`` records the SHA-256 of the ``graph.trig`` the store was written with. A reader
  uses the store only when the stamp matches the ``graph.trig`` beside it, so a store left behind by
  an interrupted build, a ``--no-disk-store`` build or a hand-edited ``graph.trig`` is never used:
  the reader falls back to ``graph.trig`` in memory, which is always the reference.
* ``kg.lock`` is an advisory lock (``flock``): a writer holds it exclusively, readers hold it shared
  for as long as their store is open. RocksDB keeps out a second writer but not readers, and a
  read-only store opened while another process writes the files is undefined behaviour. So a build
  that finds readers leaves the store alone (and stale), and a reader that finds a build writing
  reads ``graph.trig`` instead.

A store opened read-only is not flushed or closed explicitly: it has nothing to write, and RocksDB
releases it when the last reference goes. :func:`close_store` (or :func:`opened_store`) drops ours
and the lock; a command that just exits releases both with the process.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import UsageError
from .io import load_store

try:
    import fcntl
except ImportError:  # Windows: no flock, so readers cannot keep a build out; they read graph.trig
    fcntl = None

STORE_DIR = "store"
STAMP = "kg-stamp.json"
LOCK = "kg.lock"
GRAPH_FILE = "graph.trig"

# Read-only stores we opened, by id: the store (so the id stays its own) and the lock's descriptor.
_HELD: dict[int, tuple[ox.Store, int]] = {}


@dataclass(frozen=True)
class StoreUpdate:
    """What a build changed in the on-disk store."""

    path: Path
    quads: int
    added: int
    removed: int
    graphs_replaced: int
    graphs_dropped: int


def store_path(out_dir: Path | str) -> Path:
    return Path(out_dir) / STORE_DIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_stamp(folder: Path) -> dict | None:
    try:
        stamp = json.loads((folder / STORE_DIR / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _stamp_matches(folder: Path, stamp: dict | None) -> bool:
    if not stamp:
        return False
    graph = folder / GRAPH_FILE
    try:
        size = graph.stat().st_size
    except OSError:
        return False
    # The size rules most stale stores out without reading the file.
    return stamp.get("bytes") == size and stamp.get("sha256") == _sha256(graph)


def is_fresh(out_dir: Path | str) -> bool:
    """Whether ``OUT/store`` holds exactly the quads of ``OUT/graph.trig``."""
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


def open_store(path: Path | str, *, in_memory: bool = False) -> ox.Store:
    """The graph at ``path`` (a build folder or a graph file), ready for SPARQL.

    A build folder with a fresh ``store/`` gives that store, read-only; anything else (a graph file,
    a folder without a store or with a stale or busy one, ``in_memory=True``) gives an in-memory
    store loaded from the file. Both answer the same queries; only the in-memory one can be changed.
    """
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
def opened_store(path: Path | str, *, in_memory: bool = False) -> Iterator[ox.Store]:
    """:func:`open_store` for a ``with`` block: the lock is released at its end."""
    store = open_store(path, in_memory=in_memory)
    try:
        yield store
    finally:
        close_store(store)


def _by_graph(quads: Iterable[ox.Quad]) -> dict:
    groups: dict = defaultdict(set)
    for q in quads:
        groups[q.graph_name].add(q)
    return groups


def _as_stored(quads: list[ox.Quad]) -> dict:
    # Oxigraph keeps some literals in a canonical form ("22"^^xsd:nonNegativeInteger comes back as
    # "22"^^xsd:integer), so the quads are compared with the store's contents as a store returns them.
    scratch = ox.Store()
    scratch.bulk_extend(quads)
    return _by_graph(scratch)


def _sync(store: ox.Store, quads: list[ox.Quad]) -> tuple[int, int, int, int]:
    """Make ``store`` hold exactly ``quads``, touching only the graphs that differ."""
    if next(iter(store), None) is None:
        # A new store: the bulk loader is several times faster than transactions, and a crash
        # half-way leaves no stamp, so nobody reads the half-loaded store.
        store.bulk_extend(quads)
        return len(set(quads)), 0, len(_by_graph(quads)), 0
    wanted = _as_stored(quads)
    present = set(store.named_graphs())
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        present.add(ox.DefaultGraph())
    dropped = present - wanted.keys()
    for graph in dropped:
        if isinstance(graph, ox.DefaultGraph):
            store.clear_graph(graph)
        else:
            store.remove_graph(graph)
    added = removed = replaced = 0
    for graph, want in wanted.items():
        have = set(store.quads_for_pattern(None, None, None, graph)) if graph in present else set()
        gone, new = have - want, want - have
        for q in gone:
            store.remove(q)
        if new:
            store.extend(new)
        if gone or new:
            replaced += 1
        added += len(new)
        removed += len(gone)
    return added, removed, replaced, len(dropped)


def _prune_logs(directory: Path) -> None:
    # RocksDB keeps the info log of every earlier opening as LOG.old.*: one more file per build.
    for old in directory.glob("LOG.old.*"):
        old.unlink(missing_ok=True)


def write_store(out_dir: Path | str, quads: list[ox.Quad]) -> StoreUpdate | None:
    """Bring ``OUT/store`` to exactly ``quads`` (which must be what ``OUT/graph.trig`` holds).

    Graphs no longer in ``quads`` are dropped and changed graphs rewritten, so building again gives
    the same contents and a rebuilt article's graph replaces the old one. Returns ``None``, leaving
    the store untouched and stale, when a reader (``kg serve``...) holds it and it differs.
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
            stamp = _read_stamp(folder)
            if _stamp_matches(folder, stamp):  # readers hold it, but it already has these quads
                return StoreUpdate(directory, stamp.get("quads", 0), 0, 0, 0, 0)
            return None
        # No stamp while the store changes: an interrupted build leaves a store nobody reads.
        (directory / STAMP).unlink(missing_ok=True)
        try:
            store = ox.Store(str(directory))
        except OSError as exc:
            raise UsageError(f"{directory}: cannot open the store ({str(exc).splitlines()[0]}); another "
                             "program may have it open, or remove the folder and build again") from exc
        try:
            added, removed, replaced, dropped = _sync(store, quads)
            store.flush()
        finally:
            del store  # the last reference: RocksDB closes and releases its own lock
        _prune_logs(directory)
        graph = folder / GRAPH_FILE
        count = len(set(quads))
        stamp = {"bytes": graph.stat().st_size, "sha256": _sha256(graph), "quads": count}
        tmp = directory / (STAMP + ".part")
        tmp.write_text(json.dumps(stamp, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(directory / STAMP)
        return StoreUpdate(directory, count, added, removed, replaced, dropped)
    finally:
        os.close(fd)


def stamped_quads(out_dir: Path | str) -> int | None:
    """The number of quads the stamp of ``OUT/store`` records (counting a store's quads scans it)."""
    stamp = _read_stamp(Path(out_dir))
    return stamp.get("quads") if stamp else None
