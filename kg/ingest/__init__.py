"""Readers: plain text and Markdown, HTML pages, JSON Lines, RSS/Atom feeds, and folders of these
-> :class:`Article`.

Readers never raise on a bad input: :func:`read_sources` yields an :class:`~kg.errors.InputError`
in its place, so one broken file costs only itself.
"""
from __future__ import annotations

import datetime as dt
import json
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


def _decode(raw: bytes, source: str) -> tuple[str, str | None]:
    """Text of ``raw`` and a warning when it was not UTF-8 (Arabic pages are often windows-1256)."""
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


def _read_bytes(path: Path, options: ReadOptions) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size > options.max_bytes:
        raise InputError(str(path), f"file too large ({size / 1e6:.1f} MB > limit {options.max_bytes / 1e6:.1f} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_text_file(path: Path, options: ReadOptions = ReadOptions()) -> tuple[Article, list[str]]:
    text, warning = _decode(_read_bytes(path, options), str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(id=path.stem, text=text, source=str(path)), [warning] if warning else []


def read_html_file(path: Path, options: ReadOptions = ReadOptions()) -> tuple[Article, list[str]]:
    import trafilatura

    html, warning = _decode(_read_bytes(path, options), str(path))
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
        source=str(path),
    ), [warning] if warning else []


def read_jsonl_file(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[tuple[Article, list[str]] | InputError]:
    """One article per row: ``{"id", "url", "title", "date", "lang", "text"}`` (only ``text`` required)."""
    try:
        raw = _read_bytes(path, options)
        content, warning = _decode(raw, str(path))
    except InputError as exc:
        yield exc
        return
    warnings = [warning] if warning else []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield InputError(where, "row is not a JSON object")
            continue
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            yield InputError(where, "row has no 'text' string")
            continue
        article_id = str(row.get("id") or "") or "h" + short_hash(text)
        try:
            date = parse_date(row.get("date"))
        except (ValueError, TypeError):
            yield InputError(where, f"unreadable date {row.get('date')!r}")
            continue
        lang = row.get("lang")
        yield Article(
            id=article_id, text=text.replace("\r\n", "\n"), title=row.get("title") or None, date=date,
            url=row.get("url") or None, lang=lang if isinstance(lang, str) and lang else None, source=where,
        ), warnings
        warnings = []


# Files that describe a folder of articles rather than being one.
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "notes")


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED
        and not p.stem.lower().startswith(NOT_ARTICLES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_sources(paths: Iterable[Path | str], options: ReadOptions = ReadOptions()
                 ) -> Iterator[tuple[Article, list[str]] | InputError]:
    """Articles (with reader warnings) from files and folders, or an InputError per bad input."""
    for raw_path in paths:
        path = Path(raw_path)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
            continue
        files = _files_under(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            yield InputError(str(path), f"folder holds no articles ({', '.join(sorted(SUPPORTED))})")
        for file in files:
            suffix = file.suffix.lower()
            try:
                if suffix in TEXT_SUFFIXES:
                    yield read_text_file(file, options)
                elif suffix in HTML_SUFFIXES:
                    yield read_html_file(file, options)
                elif suffix in JSONL_SUFFIXES:
                    yield from read_jsonl_file(file, options)
                elif suffix in FEED_SUFFIXES:
                    from .feeds import read_feed

                    data, warning = _decode(_read_bytes(file, options), str(file))
                    yield from read_feed(file, data, [warning] if warning else [])
                else:
                    yield InputError(str(file), f"unsupported file type {suffix or '(none)'}; "
                                                f"expected one of {', '.join(sorted(SUPPORTED))}")
            except InputError as exc:
                yield exc
