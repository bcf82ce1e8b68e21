"""A build's output folder: one writer at a time, files replaced whole, leftovers of a killed run cleared.

* ``OUT/.kg-build.lock`` is held (``flock``, exclusive) for the whole build. A second build into the
  same folder fails at once with :class:`~kg.errors.OutputError`, or waits for the first with
  ``wait=True``. The kernel drops the lock with the process, so a killed build never leaves the
  folder locked.
* Every file is written as ``NAME.part`` beside its target and renamed over it once complete, so a
  reader, or a build killed half-way, sees the old file or the new one, never part of one.
* The ``.part`` files a killed build left are removed by the next build, once it holds the lock.
* An operating-system error while writing (read-only folder, full disk, no permission) becomes one
  :class:`~kg.errors.OutputError` naming the path.

Example::

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> with output_lock(out):
    ...     _ = write_atomic(out / "a.txt", "done")
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir())
    ('done', ['.kg-build.lock', 'a.txt'])
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import OutputError

try:
    import fcntl
except ImportError:  # Windows: no flock; builds into one folder are not kept apart there
    fcntl = None  # type: ignore[assignment]

PART = ".part"
LOCK_FILE = ".kg-build.lock"
#: What a build writes in its folder, and the folders it writes into (see :mod:`kg.render.index`).
BUILD_FILES = ("graph.trig", "graph.ttl", "report.json", "index.html", "graph.html")
BUILD_FOLDERS = ("views", "dyads", "analysis", "store", "graphs")
#: Build folders whose subfolders hold build files too (``graphs/3f/ARTICLE.nq``).
NESTED_FOLDERS = ("graphs",)


def part_path(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place."""
    return path.with_name(path.name + PART)


def _reason(exc: OSError) -> str:
    if exc.strerror:
        return exc.strerror
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def writing(path: Path | str) -> Iterator[None]:
    """Turn an :class:`OSError` raised in the block into one :class:`OutputError` line.

    The line names the file the error is about (without a ``.part`` ending), else ``path``.
    """
    try:
        yield
    except OSError as exc:
        name = os.fsdecode(exc.filename) if exc.filename else str(path)
        if name.endswith(PART):
            name = name[: -len(PART)]
        raise OutputError(name, f"cannot write: {_reason(exc)}") from exc


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield the ``.part`` path to write; at the end of the block it replaces ``path``.

    If the block fails the ``.part`` file is removed and ``path`` is left as it was.
    """
    tmp = part_path(path)
    with writing(path):
        try:
            yield tmp
            os.replace(tmp, path)
        except BaseException:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8), all at once."""
    with replacing(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


class Staging:
    """Files written as ``.part`` first and renamed into place together by :meth:`commit`.

    A failure while writing any of them leaves every old file, so the files of one build never mix
    with those of the previous one.
    """

    def __init__(self) -> None:
        self._parts: list[tuple[Path, Path]] = []

    @contextmanager
    def file(self, target: Path) -> Iterator[Path]:
        """Yield the path to write ``target``'s new contents to."""
        tmp = part_path(target)
        self._parts.append((tmp, target))
        with writing(target):
            yield tmp

    def commit(self) -> None:
        for tmp, target in self._parts:
            with writing(target):
                os.replace(tmp, target)
        self._parts.clear()

    def discard(self) -> None:
        for tmp, _ in self._parts:
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
        self._parts.clear()


@contextmanager
def staging() -> Iterator[Staging]:
    """A :class:`Staging` committed when the block ends well and discarded when it fails."""
    stage = Staging()
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    stage.commit()


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the ``.part`` files a killed build left in ``folder``; return what was removed.

    Only the build's own: beside :data:`BUILD_FILES` and inside :data:`BUILD_FOLDERS`, so a
    ``film.mkv.part`` download in a folder given as ``-o`` is left alone.
    """
    candidates = [folder / (name + PART) for name in BUILD_FILES]
    folders = [folder / sub for sub in BUILD_FOLDERS]
    for sub in NESTED_FOLDERS:
        with suppress(OSError):
            folders.extend(p for p in (folder / sub).iterdir() if p.is_dir())
    for sub in folders:
        with suppress(OSError):
            candidates.extend(p for p in sub.iterdir() if p.name.endswith(PART))
    removed = []
    for path in candidates:
        with suppress(OSError):
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path)
    return sorted(removed)


def _holder(fd: int) -> str:
    with suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).split()[0])
        return f" (pid {pid})"
    return ""


@contextmanager
def output_lock(folder: Path, *, wait: bool = False,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold ``folder``'s build lock for the block; ``folder`` must exist.

    Raises :class:`OutputError` when another build holds it (unless ``wait``: then ``on_wait``
    is told who holds it, and the block starts when that build ends), or when the folder cannot be
    written to at all.
    """
    lock = folder / LOCK_FILE
    with writing(folder):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError:
            if not lock.exists():
                raise
            fd = os.open(lock, os.O_RDONLY)  # a folder made read-only after a build: fail at the first write
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise OutputError(str(folder), f"another kg build{_holder(fd)} is writing to this folder; "
                                                   "build again when it has finished, or pass --wait") from None
                if on_wait:
                    on_wait(f"{folder}: another kg build{_holder(fd)} is writing to this folder; waiting for it")
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError:  # a file system without locks (some network mounts): build as before, unguarded
                pass
        with suppress(OSError):  # only says who holds the lock
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)
