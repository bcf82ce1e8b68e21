"""The events the pair pages list, kept between builds: ``OUT/dyads/.events.jsonl``.

Each pair page lists its latest events with their evidence (:func:`kg.analyse.dyad.listed_profiles`),
read from the store event by event: 4,000 events, 5 to 10 s at 100,000 articles. A thousand articles
added change the latest events of a pair by a few, so a build keeps what it read, and the next build
reads from the store only the events it does not have.

What an event's record says comes from its article's graph (type, date, place, parties, evidence,
the article's date) and from the reference and ontology graphs (place labels, state codes, tone).
So a kept record is used only while the manifest still has its article with the same content digest
and extractor version, and the reference and ontology graphs are those it was read with (the file
names their versions and the language of the labels; any other file is ignored whole). The file
holds exactly the records the pages list now, one JSON line each, sorted by IRI: the same folder
gives the same file however it was built. It is written whole and renamed (:func:`kg.outdir.replacing`),
so a build killed at any point leaves the old file or the new one, each checked as above.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from ..analyse.projections import EventRecord
from ..manifest import Manifest
from ..outdir import replacing

FILE = ".events.jsonl"


class KeptEvents:
    """The records of ``OUT/dyads/.events.jsonl`` still true of the folder, and a way to save new ones."""

    def __init__(self, out: Path | str, lang: str) -> None:
        self.path = Path(out) / "dyads" / FILE
        self.out = Path(out)
        self.articles: dict[str, str] = {}  # article id -> "digest version", as the manifest has it now
        # iri -> record, article, "digest version", and its line in the file (written again as it was)
        self.records: dict[str, tuple[EventRecord, str, str, str]] = {}
        manifest = Manifest.read_only(self.out)
        if manifest is None:  # not a build folder: nothing to check a record by, so none is kept
            self.header = None
            return
        with manifest:
            self.header = {"lang": lang, "reference": manifest.meta("reference-version"),
                           "ontology": manifest.meta("ontology-version")}
        self._read()

    def _read(self) -> None:
        try:
            with self.path.open(encoding="utf-8") as lines:
                if json.loads(next(lines, "null")) != self.header:
                    return
                for line in lines:
                    entry = json.loads(line)
                    record = entry["record"]
                    record["evidence"] = [tuple(x) for x in record["evidence"]]
                    self.records[record["iri"]] = (EventRecord(**record), entry["article"], entry["digest"],
                                                   line.rstrip("\n"))
        except (OSError, ValueError, KeyError, TypeError):
            self.records = {}  # unreadable: read every event from the store again

    def _digests(self, articles: set[str]) -> dict[str, str]:
        missing = articles - set(self.articles)
        if missing:
            with Manifest.read_only(self.out) as manifest:
                self.articles.update((i, f"{d} {v}") for i, (d, v, _) in manifest.known(sorted(missing)).items())
        return {a: self.articles[a] for a in articles if a in self.articles}

    def valid(self, iris: list[str]) -> dict[str, EventRecord]:
        """The kept records of ``iris`` whose article is still the one they were read from."""
        wanted = [self.records[i] for i in iris if i in self.records]
        now = self._digests({article for _, article, _, _ in wanted})
        return {record.iri: record for record, article, digest, _ in wanted if now.get(article) == digest}

    def save(self, records: dict[str, EventRecord]) -> None:
        """Keep ``records`` (those the pages list now) in place of what the file held; a record
        without evidence (no article to check it by) is left out."""
        if self.header is None:
            return
        now = self._digests({r.article for r in records.values() if r.article})
        lines = [json.dumps(self.header, sort_keys=True)]
        for iri in sorted(records):
            record, kept = records[iri], self.records.get(iri)
            if kept is not None and kept[0] is record and kept[2] == now.get(record.article):
                lines.append(kept[3])  # a record kept as it was read: its line as it was
            elif record.article in now:
                lines.append(json.dumps({"article": record.article, "digest": now[record.article],
                                         "record": asdict(record)}, ensure_ascii=False, sort_keys=True))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(self.path) as tmp:
            tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
