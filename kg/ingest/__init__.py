"""Readers: plain text and Markdown, HTML pages, JSON Lines, RSS/Atom feeds, and folders of these
-> :class:`Article`.

Readers never raise on a bad input: :func:`read_sources` yields an :class:`~kg.errors.InputError`
in its place, so one broken file costs only itself.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..ids import short_hash
from ..model import Article

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


# Byte-order marks that name the encoding; UTF-32's come first because UTF-16 LE's is a prefix of one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(raw: bytes, source: str) -> tuple[str, str | None]:
    """Text of ``raw`` and a warning when it was not UTF-8 (Arabic pages are often windows-1256).

    UTF-16 and UTF-32 files are read when they start with a byte-order mark.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"starts with a {codec.upper()} byte-order mark but is not valid "
                                         f"{codec.upper()} (byte {exc.start})") from exc
            if not text.strip():
                raise InputError(source, "empty file")
            return text, None
    if not raw.strip():
        raise InputError(source, "empty file")
    sample = raw[:65536]
    if b"\x00" in sample:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1256", "iso8859_6", "cp1252", "utf_16", "cp1251", "iso8859_1"]).best()
    if best is None:
        raise InputError(source, "not UTF-8 and no known encoding fits; convert it to UTF-8")
    text = str(best)
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t")
    if controls > 8:
        raise InputError(source, "binary file (control characters), not text")
    return text, f"{source}: not UTF-8, read as {best.encoding}"


# Code points no UTF-8 output can hold (lone surrogates, which a JSON escape such as \ud800 can produce) and NUL.
_INVALID = re.compile("[\x00\ud800-\udfff]")


def _clean(value: str, where: str, warnings: list[str]) -> str:
    """``value`` with invalid code points replaced by U+FFFD; a warning naming ``where`` when any were."""
    cleaned, count = _INVALID.subn("\ufffd", value)
    if count:
        warnings.append(f"{where}: {count} invalid character(s) (lone surrogate or NUL) replaced with U+FFFD")
    return cleaned


def parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        import dateparser

        parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
        return parsed.date() if parsed else None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _not_regular(path: Path, mode: int) -> InputError:
    return InputError(str(path), f"{_kind(mode)}, not a file; kg reads regular files and folders only")


def _read_bytes(path: Path, options: ReadOptions) -> bytes:
    # A FIFO, socket or device is never opened: reading one would block for ever or never end.
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(mode):
        raise _not_regular(path, mode)
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since, opening it still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(path, info.st_mode)
            if info.st_size > options.max_bytes:
                raise InputError(str(path), f"file too large ({info.st_size / 1e6:.1f} MB > limit "
                                            f"{options.max_bytes / 1e6:.1f} MB)")
            return fh.read()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_text_file(path: Path, options: ReadOptions = ReadOptions(), name: str | None = None
                   ) -> tuple[Article, list[str]]:
    """One article; ``name`` is the source it records (default: ``path`` as given)."""
    text, warning = _decode(_read_bytes(path, options), str(path))
    warnings = [warning] if warning else []
    text = _clean(text, str(path), warnings).replace("\r\n", "\n").replace("\r", "\n")
    return Article(id=path.stem, text=text, source=name or str(path)), warnings


def read_html_file(path: Path, options: ReadOptions = ReadOptions(), name: str | None = None
                   ) -> tuple[Article, list[str]]:
    import trafilatura

    html, warning = _decode(_read_bytes(path, options), str(path))
    warnings = [warning] if warning else []
    html = _clean(html, str(path), warnings)
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      favor_precision=True, with_metadata=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(str(path), "no article text found in the HTML page")
    lang = getattr(doc, "language", None)
    return Article(
        id=path.stem,
        text=body,
        title=getattr(doc, "title", None) or None,
        date=parse_date(getattr(doc, "date", None)),
        url=getattr(doc, "url", None) or None,
        lang=lang if lang in ("ar", "en", "fa") else None,
        source=name or str(path),
    ), warnings


def _string(row: dict, key: str, where: str, warnings: list[str]) -> str | None:
    value = row.get(key)
    return _clean(value, where, warnings) if isinstance(value, str) and value else None


def read_jsonl_file(path: Path, options: ReadOptions = ReadOptions(), name: str | None = None
                    ) -> Iterator[tuple[Article, list[str]] | InputError]:
    """One article per row: ``{"id", "url", "title", "date", "lang", "text"}`` (only ``text`` required).

    A bad row is one :class:`InputError` naming the file and row; the other rows are read.
    """
    try:
        raw = _read_bytes(path, options)
        content, warning = _decode(raw, str(path))
    except InputError as exc:
        yield exc
        return
    warnings = [warning] if warning else []
    # Only \n ends a row: str.splitlines() would also split inside a row at U+2028, U+0085 and the like.
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield InputError(where, "malformed JSON (nested too deeply)")
            continue
        if not isinstance(row, dict):
            yield InputError(where, "row is not a JSON object")
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(where, "row has no 'text' string")
            continue
        text = _clean(text, where, warnings)
        raw_id = row.get("id")
        article_id = (_clean(str(raw_id), where, []) if raw_id not in (None, "") else "") or "h" + short_hash(text)
        date_value = row.get("date")
        try:
            date = parse_date(_clean(date_value, where, []) if isinstance(date_value, str) else date_value)
        except (ValueError, TypeError, OverflowError):
            yield InputError(where, f"unreadable date {row.get('date')!r}")
            continue
        lang = _string(row, "lang", where, [])
        yield Article(
            id=article_id, text=text.replace("\r\n", "\n"), title=_string(row, "title", where, warnings),
            date=date, url=_string(row, "url", where, warnings), lang=lang,
            source=f"{name or path}:{number}",
        ), warnings
        warnings = []


# Files that describe a folder of articles rather than being one.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "notes")


def _files_under(folder: Path) -> list[Path]:
    # Entries that are not folders: a FIFO or socket named like an article is reported, not skipped.
    return sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in SUPPORTED and p.exists() and not p.is_dir()
        and not p.stem.lower().startswith(NOT_ARTICLES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def source_name(file: Path, root: Path) -> str:
    """The source an article records: ``file``'s path inside the folder ``root`` it was found in, or
    its bare name when ``root`` is the file itself, so however the path was typed (``a/x.txt``,
    ``./a/x.txt``, ``/home/me/a/x.txt``) the graph is the same.

    >>> source_name(Path("./data/samples/x.txt"), Path("./data/samples/x.txt"))
    'x.txt'
    >>> source_name(Path("data/samples/wires/x.jsonl"), Path("data/samples"))
    'wires/x.jsonl'
    """
    return file.name if file == root else file.relative_to(root).as_posix()


def read_sources(paths: Iterable[Path | str], options: ReadOptions = ReadOptions()
                 ) -> Iterator[tuple[Article, list[str]] | InputError]:
    """Articles (with reader warnings) from files and folders, or an InputError per bad input.

    Errors and warnings name files as they were given; articles record :func:`source_name`.
    """
    for raw_path in paths:
        path = Path(raw_path)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        is_dir = stat.S_ISDIR(mode)
        if not is_dir and not stat.S_ISREG(mode):
            yield _not_regular(path, mode)
            continue
        files = _files_under(path) if is_dir else [path]
        if is_dir and not files:
            yield InputError(str(path), f"folder holds no articles ({', '.join(sorted(SUPPORTED))})")
        for file in files:
            suffix = file.suffix.lower()
            name = source_name(file, path)
            try:
                if suffix in TEXT_SUFFIXES:
                    yield read_text_file(file, options, name)
                elif suffix in HTML_SUFFIXES:
                    yield read_html_file(file, options, name)
                elif suffix in JSONL_SUFFIXES:
                    yield from read_jsonl_file(file, options, name)
                elif suffix in FEED_SUFFIXES:
                    from .feeds import read_feed

                    data, warning = _decode(_read_bytes(file, options), str(file))
                    warnings = [warning] if warning else []
                    data = _clean(data, str(file), warnings)
                    yield from read_feed(file, data, warnings, name)
                else:
                    yield InputError(str(file), f"unsupported file type {suffix or '(none)'}; "
                                                f"expected one of {', '.join(sorted(SUPPORTED))}")
            except InputError as exc:
                yield exc
