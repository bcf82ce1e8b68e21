"""The manifest of a build folder (``OUT/manifest.sqlite``): what is built there and from what.

``kg build`` extracts an article once per (content, extractor version): the manifest records, for
every article built into the folder, the digest of the article as read (:func:`article_digest`),
the extractor version (:func:`extractor_version`), its graph and what the
report says about it. A build skips an article whose id, digest and version it finds here (and
whose graph file exists).

It also records every graph file with the SHA-256 of its bytes, the digest the on-disk store was
last given for that graph (``stored``) and, per remote server, the digest last pushed there: a
graph whose file digest differs from one of those is what the store or the server still lacks.
After each build the ``state`` (a digest of every graph's name and file digest) describes the whole
graph; the store's stamp repeats the state it holds (:mod:`kg.graph.store`).

SQLite (from the standard library) because the manifest is small rows looked up by key and updated
a batch at a time, by one writer with concurrent readers, and it must survive a kill at any moment:
each batch is one transaction, so a killed build leaves the manifest of the last finished batch.
The rule that keeps the folder consistent after a kill: a graph file is written (whole, renamed into
place) *before* the manifest row that names it, and the store is told of a file only after it.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> with Manifest.open(out) as m:
...     m.record_graph("https://example.org/graph/reference", "graphs/_reference.nq", 3, "ab12")
...     [g.iri for g in m.pending()]
['https://example.org/graph/reference']
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError, UsageError
from .model import Article

if TYPE_CHECKING:
    from .reference import Reference

MANIFEST = "manifest.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    extractor TEXT NOT NULL,
    graph TEXT NOT NULL,
    file TEXT NOT NULL,
    source TEXT,
    lang TEXT,
    date TEXT,
    events INTEGER NOT NULL,
    counts TEXT NOT NULL,
    warnings TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS graph (
    iri TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    quads INTEGER NOT NULL,
    sha TEXT NOT NULL,
    stored TEXT
);
CREATE TABLE IF NOT EXISTS pushed (
    remote TEXT NOT NULL,
    iri TEXT NOT NULL,
    sha TEXT NOT NULL,
    PRIMARY KEY (remote, iri)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def extractor_version(ref: "Reference", base_iri: str, min_confidence: float) -> str:
    """A digest of everything an article's graph depends on besides the article: the package's code,
    lexicons, models and ontologies, the reference data, the base IRI and the minimum confidence.

    Computed once per build (a few hundred files); a change to any of them extracts every article
    again, which is what keeps a cached graph equal to a fresh one.
    """
    from . import resources

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    folders = [package, resources.root() / "data" / "lexicons", resources.confidence_model_file().parent,
               resources.ontologies()]
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{path.relative_to(folder)}\0".encode("utf-8"))
            digest.update(path.read_bytes())
    # The reference object, not its folder: a build may be given another one (tests, kg evaluate).
    digest.update(repr(ref).encode("utf-8"))
    digest.update(f"\0{base_iri}\0{min_confidence!r}".encode("utf-8"))
    return digest.hexdigest()[:32]


def article_digest(article: Article) -> str:
    """SHA-256 of everything read from an article that its graph depends on."""
    fields = [article.id, article.text, article.lang, article.title, article.date, article.url, article.source]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArticleRecord:
    """One article as the manifest and ``report.json`` describe it."""

    id: str
    digest: str
    extractor: str
    graph: str
    file: str
    source: str | None
    lang: str | None
    date: str | None
    counts: dict
    warnings: list[str]
    #: The article's event mentions as :mod:`kg.resolve` reads them (JSON objects), so that a build
    #: resolves events across every article of the folder without extracting them again.
    mentions: tuple[dict, ...] = ()

    def report(self) -> dict:
        return {"id": self.id, "source": self.source, "lang": self.lang, "date": self.date,
                "counts": self.counts, "warnings": self.warnings}


@dataclass(frozen=True)
class GraphFile:
    iri: str
    file: str
    quads: int
    sha: str


class Manifest:
    """An open manifest; use :meth:`open` (for a build) or :meth:`read_only` (for readers)."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, out: Path | str) -> "Manifest":
        path = Path(out) / MANIFEST
        try:
            db = sqlite3.connect(path, timeout=60, isolation_level=None)
            db.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise _error(path, exc) from exc
        return cls(db, path)

    @classmethod
    def read_only(cls, out: Path | str) -> "Manifest | None":
        """The manifest of a build folder, or ``None`` where there is none."""
        path = Path(out) / MANIFEST
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=60, isolation_level=None)
            db.execute("SELECT 1 FROM graph LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise UsageError(f"{path}: cannot be read ({exc}); build again into another folder") from exc
        return cls(db, path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self, statements: Iterable[tuple[str, tuple]]) -> None:
        """Run ``statements`` as one transaction."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    self._db.execute(sql, params)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _error(self.path, exc) from exc

    # -- articles ---------------------------------------------------------------------------------

    def known(self, ids: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """(digest, extractor version, file) of those of ``ids`` the manifest has."""
        found: dict[str, tuple[str, str, str]] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self._db.execute(f"SELECT id, digest, extractor, file FROM article WHERE id IN "
                                    f"({','.join('?' * len(chunk))})", chunk)
            found.update((i, (d, e, f)) for i, d, e, f in rows)
        return found

    def record_articles(self, records: Iterable[tuple[ArticleRecord, GraphFile]]) -> None:
        """Record a batch of articles and their graph files in one transaction."""
        statements = []
        for a, g in records:
            statements.append(("INSERT OR REPLACE INTO article VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                               (a.id, a.digest, a.extractor, a.graph, a.file, a.source, a.lang, a.date,
                                a.counts.get("events", 0), json.dumps(a.counts, sort_keys=True),
                                json.dumps(a.warnings, ensure_ascii=False),
                                json.dumps(list(a.mentions), ensure_ascii=False, sort_keys=True))))
            statements.append(_upsert_graph(g))
        self._write(statements)

    def articles(self) -> Iterator[ArticleRecord]:
        """Every article, by id."""
        rows = self._db.execute("SELECT id, digest, extractor, graph, file, source, lang, date, counts, warnings "
                                "FROM article ORDER BY id")
        for i, d, e, g, f, s, lang, date, counts, warnings in rows:
            yield ArticleRecord(i, d, e, g, f, s, lang, date, json.loads(counts), json.loads(warnings))

    def mentions(self) -> Iterator[dict]:
        """The event mentions of every article (:meth:`kg.resolve.MentionRecord.to_json`), by article."""
        for (text,) in self._db.execute("SELECT mentions FROM article ORDER BY id"):
            yield from json.loads(text)

    def totals(self) -> dict:
        articles, events = self._db.execute("SELECT COUNT(*), COALESCE(SUM(events), 0) FROM article").fetchone()
        quads, = self._db.execute("SELECT COALESCE(SUM(quads), 0) FROM graph").fetchone()
        return {"articles": articles, "events": events, "quads": quads}

    # -- graphs -----------------------------------------------------------------------------------

    def record_graph(self, iri: str, file: str, quads: int, sha: str) -> None:
        self._write([_upsert_graph(GraphFile(iri, file, quads, sha))])

    def graph(self, iri: str) -> GraphFile | None:
        row = self._db.execute("SELECT iri, file, quads, sha FROM graph WHERE iri = ?", (iri,)).fetchone()
        return GraphFile(*row) if row else None

    def graphs(self) -> list[GraphFile]:
        """Every graph of the folder, by IRI."""
        return [GraphFile(*r) for r in self._db.execute("SELECT iri, file, quads, sha FROM graph ORDER BY iri")]

    def pending(self) -> list[GraphFile]:
        """The graphs whose file the on-disk store does not hold yet."""
        return [GraphFile(*r) for r in self._db.execute(
            "SELECT iri, file, quads, sha FROM graph WHERE stored IS NOT sha ORDER BY iri")]

    def stored_digest(self, iri: str) -> str | None:
        """The digest of the file of graph ``iri`` that the on-disk store holds (None: not stored)."""
        row = self._db.execute("SELECT stored FROM graph WHERE iri = ?", (iri,)).fetchone()
        return row[0] if row else None

    def anything_stored(self) -> bool:
        return self._db.execute("SELECT 1 FROM graph WHERE stored IS NOT NULL LIMIT 1").fetchone() is not None

    def mark_stored(self, graphs: Iterable[GraphFile]) -> None:
        self._write(("UPDATE graph SET stored = ? WHERE iri = ?", (g.sha, g.iri)) for g in graphs)

    def forget_stored(self, iri: str | None = None) -> None:
        """The store lost graph ``iri`` (every graph, if ``None``: it is new or was cleared)."""
        if iri is None:
            self._write([("UPDATE graph SET stored = NULL", ())])
        else:
            self._write([("UPDATE graph SET stored = NULL WHERE iri = ?", (iri,))])

    def unpushed(self, remote: str) -> list[GraphFile]:
        """The graphs whose file ``remote`` has not been given yet."""
        return [GraphFile(*r) for r in self._db.execute(
            "SELECT g.iri, g.file, g.quads, g.sha FROM graph g LEFT JOIN pushed p ON p.iri = g.iri AND p.remote = ? "
            "WHERE p.sha IS NOT g.sha ORDER BY g.iri", (remote,))]

    def mark_pushed(self, remote: str, graphs: Iterable[GraphFile]) -> None:
        self._write(("INSERT OR REPLACE INTO pushed VALUES (?,?,?)", (remote, g.iri, g.sha)) for g in graphs)

    # -- state ------------------------------------------------------------------------------------

    def compute_state(self, excluding: str | None = None) -> str:
        """A digest of every graph's IRI and file digest (but ``excluding``'s): equal states, equal graphs."""
        digest = hashlib.sha256()
        for iri, sha in self._db.execute("SELECT iri, sha FROM graph WHERE iri IS NOT ? ORDER BY iri", (excluding,)):
            digest.update(f"{iri} {sha}\n".encode("utf-8"))
        return digest.hexdigest()

    def articles_state(self) -> str:
        """A digest of every article's id, content digest and extractor version: what its event
        mentions (and so the folder's canonical events) come from."""
        digest = hashlib.sha256()
        for row in self._db.execute("SELECT id, digest, extractor FROM article ORDER BY id"):
            digest.update(("\t".join(row) + "\n").encode("utf-8"))
        return digest.hexdigest()

    def state(self) -> str | None:
        return self.meta("state")

    def set_state(self, state: str) -> None:
        self.set_meta("state", state)

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._write([("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))])


def _upsert_graph(g: GraphFile) -> tuple[str, tuple]:
    # The digest the store holds is kept: an unchanged file stays stored.
    return ("INSERT INTO graph (iri, file, quads, sha) VALUES (?,?,?,?) ON CONFLICT(iri) DO UPDATE SET "
            "file = excluded.file, quads = excluded.quads, sha = excluded.sha", (g.iri, g.file, g.quads, g.sha))


def _error(path: Path, exc: sqlite3.Error) -> OutputError:
    return OutputError(str(path), f"cannot write: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
