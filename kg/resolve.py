"""Cross-article event resolution: event mentions of different articles grouped into canonical events.

Every article mints its own events (:mod:`kg.ids`), so three wires about one meeting are three
meeting mentions. This stage groups them. Its input is :class:`MentionRecord`, a small serialisable
record made from an :class:`~kg.model.Extraction` (:func:`mentions_of`); its output is a list of
:class:`Group`, each a canonical event with a deterministic IRI and its member mentions.

Two mentions can be the same event when they have

* the same **block**: type, status and parties. For the types of
  the symmetric event types (:mod:`kg.event_types`: meeting, summit, signing) the parties are a set; for every
  other type the initiator (first participant) and the target keep their roles, so Iran criticising
  Israel and Israel criticising Iran stay apart;
* **compatible dates**: every dated member of a group lies within the window of its type
  (``data/resolve/windows.csv``: a meeting one day, a visit three...). A mention's date is the one
  the text states, or failing that its article's date (``date_stated`` says which); only stated
  dates that differ count as a disagreement;
* **compatible places**: two different places split, a missing place does not;
* **compatible persons**: two mentions that name persons for the same state, with none in common,
  split (the defence ministers' meeting and the chief of staff's meeting of the next day). Across
  languages only reference persons (known ids) are compared: the key of a person missing from the
  reference is a spelling of one language until persons are resolved across languages.

**Planned and occurred mentions are never merged.** "Will meet on Monday" and "met on Monday"
report the same meeting only if the plan was kept, which the reports alone do not prove; a plan that
fell through must not count as a meeting. Planned mentions group among themselves (three reports of
one announced visit are one planned visit).

Grouping is deterministic and not quadratic in the corpus: mentions are blocked by (type, status,
parties), sorted by (date, article, IRI) inside their block, and swept once. Each dated mention
joins the first open group (in that order) it is compatible with, where open groups are those whose
earliest date is still within the window; otherwise it starts a group. An undated mention (no stated
date and no article date) has nothing to place it in time, so it needs positive evidence: it joins
the one group of its block that it is compatible with, that states its place, and that names
reference persons of two states it names too (both sides are the same people, in the same city);
it stays alone when there are none or several (choosing among several would be a guess). A
matching place alone is not enough ("the recent signing in Dushanbe" of an undated article is not
this week's signing there), nor is one person (the foreign minister criticises Israel every week),
nor the same two people without a place (two presidents congratulate each other every year). Because the order is the
sorted order, the same mentions in any input order give the same groups and the same IRIs.

Incremental resolution (:func:`resolve_incremental`) re-resolves only the blocks that the changed
articles' mentions (old or new) fall in; groups are independent across blocks, so the result equals
resolving everything at once (tested with shuffled batches).

>>> a = MentionRecord("urn:e1", "a1", "meeting", ("IR", "TJ"), None, "occurred", "2024-11-24", True)
>>> b = MentionRecord("urn:e2", "a2", "meeting", ("TJ", "IR"), None, "occurred", "2024-11-25", False)
>>> c = MentionRecord("urn:e3", "a3", "meeting", ("IR", "TJ"), None, "occurred", "2024-12-24", True)
>>> [g.members for g in resolve([c, b, a], {"meeting": 1})]
[('urn:e1', 'urn:e2'), ('urn:e3',)]
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from . import resources
from .errors import InputError
from .ids import Minter, short_hash
from .event_types import event_types
from .model import EventFact, Extraction

#: Window (days) for a type missing from the windows file.
DEFAULT_WINDOW = 1


@dataclass(frozen=True)
class MentionRecord:
    """One event mention of one article, as much of it as resolution needs (JSON-serialisable).

    ``persons`` are ``(key, state, known)``: the person key, the state the person acts for, and
    whether the key is a reference id (comparable across articles and languages).
    """

    iri: str
    article: str
    type: str
    participants: tuple[str, ...]
    target: str | None
    status: str
    date: str | None  # ISO date: the stated date, else the article date, else None
    date_stated: bool = False
    place: str | None = None
    count: int | None = None
    persons: tuple[tuple[str, str | None, bool], ...] = ()
    outlet: str | None = None
    article_date: str | None = None
    lang: str | None = None

    @property
    def parties(self) -> tuple[str, ...]:
        return self.participants + ((self.target,) if self.target and self.target not in self.participants else ())

    @property
    def block(self) -> tuple[str, str, str]:
        """(type, status, parties): mentions of different blocks are never one event."""
        if self.type in event_types().having("symmetric"):
            parties = ",".join(sorted(set(self.parties)))
        else:
            initiator = self.participants[0] if self.participants else ""
            # The target may or may not be repeated among the participants (a congratulation lists it
            # in both): it counts once, as the target.
            others = sorted(set(self.participants[1:]) - {initiator, self.target})
            parties = f"{initiator}>{','.join(others)}>{self.target or ''}"
        return (self.type, self.status, parties)

    def sort_key(self) -> tuple:
        return (self.date is None, self.date or "", self.article, self.iri)

    def to_json(self) -> dict:
        # Field by field rather than dataclasses.asdict, which deep-copies every value: the state of a
        # folder of 100,000 articles is written on every build.
        out = {}
        for name in _MENTION_FIELDS:
            value = getattr(self, name)
            if value is None or value is False or value == ():
                continue
            out[name] = [list(p) for p in value] if name == "persons" else list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_json(cls, data: dict) -> MentionRecord:
        return cls(
            iri=data["iri"], article=data["article"], type=data["type"],
            participants=tuple(data.get("participants") or ()), target=data.get("target"),
            status=data.get("status") or "occurred", date=data.get("date"),
            date_stated=bool(data.get("date_stated")), place=data.get("place"), count=data.get("count"),
            persons=tuple((p[0], p[1], bool(p[2])) for p in data.get("persons") or ()),
            outlet=data.get("outlet"), article_date=data.get("article_date"), lang=data.get("lang"),
        )


_MENTION_FIELDS = tuple(f.name for f in fields(MentionRecord))


@dataclass
class Group:
    """A canonical event: its IRI, its block and its member mentions (sorted by date, article, IRI)."""

    iri: str
    block: tuple[str, str, str]
    mentions: list[MentionRecord] = field(default_factory=list)

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(m.iri for m in self.mentions)

    @property
    def sources(self) -> int:
        """Distinct outlets; an article whose outlet is unknown counts as a source of its own."""
        return len({m.outlet or f"article:{m.article}" for m in self.mentions})

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    @property
    def reported(self) -> tuple[str | None, str | None]:
        """First and last article date of the reports (None when no report is dated)."""
        dates = sorted(m.article_date for m in self.mentions if m.article_date)
        return (dates[0], dates[-1]) if dates else (None, None)

    def values(self, name: str) -> list:
        """The distinct values of one attribute over the members, in first-seen order (None skipped)."""
        seen: list = []
        for m in self.mentions:
            if name == "date" and not m.date_stated:
                continue  # an article date is when it was reported, not a claim about the event
            value = getattr(m, name)
            if value is not None and value not in seen:
                seen.append(value)
        return seen

    def conflicts(self) -> list[str]:
        """Attributes whose members state different values (``count``, ``date``)."""
        return [name for name in ("count", "date") if len(self.values(name)) > 1]


# ---------------------------------------------------------------- windows


def read_windows(path: Path | None = None) -> dict[str, int]:
    """Type -> window in days, from ``data/resolve/windows.csv`` (``type,days,why``).

    Raises :class:`~kg.errors.InputError` naming the file and row of a bad line.
    """
    path = path or resources.resolve_windows_file()
    windows: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row_no, row in enumerate(csv.DictReader(f), start=2):
            kind, days = (row.get("type") or "").strip(), (row.get("days") or "").strip()
            if kind not in event_types():
                raise InputError(f"{path}:{row_no}", f"unknown event type {kind!r}")
            if not days.isdigit():
                raise InputError(f"{path}:{row_no}", f"days must be a whole number, got {days!r}")
            if not (row.get("why") or "").strip():
                raise InputError(f"{path}:{row_no}", "every window needs a reason in the why column")
            windows[kind] = int(days)
    return windows


# ---------------------------------------------------------------- mentions from an extraction


def outlet_of(url: str | None) -> str | None:
    """The outlet of an article: the host of its URL without ``www.`` (None without a URL).

    >>> outlet_of("https://www.irna.ir/news/123")
    'irna.ir'
    """
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def mention_of(x: Extraction, ev: EventFact, minter: Minter) -> MentionRecord:
    parties = list(ev.participants) + ([ev.target] if ev.target and ev.target not in ev.participants else [])
    known = {p.key: (p.country, p.known) for p in x.persons}
    date = ev.date or x.article_date
    return MentionRecord(
        iri=str(minter.event(x.article.id, ev.type, parties, ev.evidence.start, ev.status)),
        article=x.article.id, type=ev.type, participants=tuple(ev.participants), target=ev.target,
        status=ev.status, date=date.isoformat() if date else None, date_stated=ev.date is not None,
        place=ev.place, count=ev.count,
        persons=tuple(sorted((k, *known.get(k, (None, False))) for k in set(ev.persons))),
        outlet=outlet_of(x.article.url),
        article_date=x.article_date.isoformat() if x.article_date else None, lang=x.lang,
    )


def mentions_of(x: Extraction, minter: Minter) -> list[MentionRecord]:
    """The event mentions of one article, with the IRIs :mod:`kg.graph.build` gives its events."""
    return [mention_of(x, ev, minter) for ev in x.events]


# ---------------------------------------------------------------- compatibility


def _days(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _persons_by_state(m: MentionRecord, known_only: bool) -> dict[str | None, set[str]]:
    by_state: dict[str | None, set[str]] = defaultdict(set)
    for key, state, known in m.persons:
        if known or not known_only:
            by_state[state].add(key)
    return by_state


def compatible(a: MentionRecord, b: MentionRecord) -> bool:
    """Place and persons allow ``a`` and ``b`` to be one event (dates are checked per group)."""
    if a.place and b.place and a.place != b.place:
        return False
    known_only = a.lang is None or a.lang != b.lang
    pa, pb = _persons_by_state(a, known_only), _persons_by_state(b, known_only)
    return not any(pa[s] and pb.get(s) and not (pa[s] & pb[s]) for s in list(pa))


def _fits(group: list[MentionRecord], m: MentionRecord, window: int) -> bool:
    if m.date is not None:
        dates = [x.date for x in group if x.date is not None]
        if dates and _days(max(max(dates), m.date), min(min(dates), m.date)) > window:
            return False
    return all(compatible(x, m) for x in group)


def _undated_fits(group: list[MentionRecord], m: MentionRecord) -> bool:
    """Whether ``group`` states the place of ``m`` and names reference persons of two states that
    ``m`` names too."""
    if not m.place or not any(x.place == m.place for x in group):
        return False
    mine = {(key, state) for key, state, known in m.persons if known and state}
    shared = {state for x in group for key, state, known in x.persons if known and (key, state) in mine}
    return len(shared) >= 2


# ---------------------------------------------------------------- resolution


def canonical_iri(minter: Minter, block: tuple[str, str, str], members: Iterable[str]) -> str:
    """Deterministic IRI of a canonical event: its block and its smallest member IRI."""
    return str(minter.canonical_event(short_hash(*block, min(members))))


def _resolve_block(block: tuple[str, str, str], mentions: list[MentionRecord], window: int,
                   minter: Minter) -> list[Group]:
    ordered = sorted(mentions, key=MentionRecord.sort_key)
    groups: list[list[MentionRecord]] = []
    open_from = 0  # groups before this index start too early for any later mention
    starts: list[str | None] = []
    for m in ordered:
        if m.date is None:
            fitting = [g for g in groups if _undated_fits(g, m) and _fits(g, m, window)]
            if len(fitting) == 1:
                fitting[0].append(m)
            else:
                groups.append([m])
                starts.append(None)
            continue
        while open_from < len(groups):
            start = starts[open_from]
            if start is None or _days(start, m.date) <= window:
                break
            open_from += 1
        for g in groups[open_from:]:
            if _fits(g, m, window):
                g.append(m)
                break
        else:
            groups.append([m])
            starts.append(m.date)
    return [Group(canonical_iri(minter, block, (x.iri for x in g)), block, g) for g in groups]


def _blocks(mentions: Iterable[MentionRecord]) -> dict[tuple[str, str, str], list[MentionRecord]]:
    blocks: dict[tuple[str, str, str], dict[str, MentionRecord]] = defaultdict(dict)
    for m in mentions:
        blocks[m.block][m.iri] = m  # a mention read twice counts once
    return {b: list(ms.values()) for b, ms in blocks.items()}


def resolve(mentions: Iterable[MentionRecord], windows: dict[str, int] | None = None,
            minter: Minter | None = None) -> list[Group]:
    """Canonical events of ``mentions``, sorted by IRI; every mention is in exactly one group."""
    windows = read_windows() if windows is None else windows
    minter = minter or Minter()
    groups: list[Group] = []
    for block, ms in _blocks(mentions).items():
        groups.extend(_resolve_block(block, ms, windows.get(block[0], DEFAULT_WINDOW), minter))
    return sorted(groups, key=lambda g: g.iri)


def resolve_incremental(previous: Iterable[Group], changed_articles: Iterable[str],
                        mentions: Iterable[MentionRecord], windows: dict[str, int] | None = None,
                        minter: Minter | None = None) -> list[Group]:
    """The groups after ``changed_articles`` were (re)extracted, given the groups before.

    ``mentions`` are the new mentions of the changed articles (none for an article removed or now
    without events). Blocks that no old or new mention of a changed article falls in keep their
    groups as they were; the others are resolved again from their remaining and new mentions.
    """
    windows = read_windows() if windows is None else windows
    minter = minter or Minter()
    changed = set(changed_articles)
    new = list(mentions)
    previous = list(previous)
    touched = {m.block for m in new}
    touched |= {g.block for g in previous if any(m.article in changed for m in g.mentions)}
    kept = [g for g in previous if g.block not in touched]
    again = [m for g in previous if g.block in touched for m in g.mentions if m.article not in changed]
    redone = [g for block, ms in _blocks([*again, *new]).items()
              for g in _resolve_block(block, ms, windows.get(block[0], DEFAULT_WINDOW), minter)]
    return sorted([*kept, *redone], key=lambda g: g.iri)


# ---------------------------------------------------------------- state between builds


def write_state(groups: Iterable[Group], path: Path) -> None:
    """The groups as JSON Lines, one mention a line with its group's IRI (sorted, so byte-stable)."""
    lines = [json.dumps({"group": g.iri, **m.to_json()}, ensure_ascii=False, sort_keys=True)
             for g in sorted(groups, key=lambda g: g.iri) for m in g.mentions]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_state(path: Path) -> list[Group]:
    """Groups written by :func:`write_state`; raises :class:`~kg.errors.InputError` naming the line."""
    groups: dict[str, Group] = {}
    for line_no, m, group_iri in _state_lines(path):
        g = groups.setdefault(group_iri, Group(group_iri, m.block))
        if g.block != m.block:
            raise InputError(f"{path}:{line_no}", f"mention {m.iri} is not of the block of group {group_iri}")
        g.mentions.append(m)
    for g in groups.values():
        g.mentions.sort(key=MentionRecord.sort_key)
    return sorted(groups.values(), key=lambda g: g.iri)


def _state_lines(path: Path) -> Iterator[tuple[int, MentionRecord, str]]:
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                yield line_no, MentionRecord.from_json(data), data["group"]
            except (json.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
                raise InputError(f"{path}:{line_no}", f"not a resolution state line ({exc})") from exc


# ---------------------------------------------------------------- the build's state file

#: The file in a build's output folder that lists the groups (written by kg.pipeline's resolve stage).
STATE_FILE = "resolution.jsonl"
