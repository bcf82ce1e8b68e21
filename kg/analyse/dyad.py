"""Everything the graph says about two states: their events, agreements, shared organisations, tone."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from ..errors import UsageError
from ..graph.query import SavedQuery
from ..resolve import outlet_of
from .aggregates import Counts, PairTotal, _undirected, interactions
from .projections import (
    ORG_PREFIX,
    SYMMETRIC_TYPES,
    EventRecord,
    HeldMemberships,
    _records,
    _rows_sorted_here,
    dyad_events,
    events,
    for_events,
    held_memberships,
    place_labels,
    saved,
    state_labels,
)

if TYPE_CHECKING:
    from ..render.kept_events import KeptEvents

T = TypeVar("T")

#: What a dyad counts: real-world events (canonical events of cross-article resolution) or mentions.
COUNTS = ("events", "mentions")


@dataclass
class CanonicalRecord(EventRecord):
    """A canonical event of two states: its mentions' shared attributes and each mention as a report."""

    mentions: int = 1
    sources: int = 1
    first_reported: str | None = None
    last_reported: str | None = None
    conflicts: list[str] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)


def _report(m: EventRecord, outlet: str | None) -> dict:
    return {"event": m.iri, "article": m.article, "outlet": outlet, "date": m.date, "article_date": m.article_date,
            "place": m.place, "count": m.count, "documents": m.documents, "quote": m.quote}


def _agreed(values: Iterable[T | None]) -> T | None:
    """The one value the reports state, or None when none states one or they disagree."""
    found = {v for v in values if v is not None}
    return found.pop() if len(found) == 1 else None


def canonical_dyad_events(store: ox.Store, a: str, b: str, mentions: list[EventRecord]) -> list[CanonicalRecord]:
    """The canonical events of states ``a`` and ``b``, each with the ``mentions`` that report it.

    A mention that no canonical event groups (a graph built before resolution) stands for an event
    of its own.
    """
    return _canonical(_canonical_rows(store, "projection-dyad-canonical", {"country_a": a, "country_b": b}),
                      mentions)


def _canonical_rows(store: ox.Store, query: str | SavedQuery, values: dict[str, str] | None = None,
                    table: list[dict[str, str]] | None = None) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    for row in _rows_sorted_here(store, saved(query) if isinstance(query, str) else query, values, table=table):
        rows[str(row["canonical"])].append(row)
    return rows


def _canonical_rows_in_hand(groups: dict, mentions: Iterable[str]) -> dict[str, list[dict]]:
    """The rows ``projection-canonical-events.rq`` gives for ``mentions``, from the canonical events
    of a build's resolution (``groups``, by mention IRI) as :mod:`kg.graph.canonical` writes them,
    with each mention's outlet in place of its article's URL."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for mention in sorted(mentions):
        group = groups.get(mention)
        if group is None:
            continue
        first, last = group.reported
        conflicts = group.conflicts()
        outlet = next(m.outlet for m in group.mentions if m.iri == mention)
        rows[group.iri].append({
            "canonical": group.iri, "mention": mention, "mentions": str(len(group.mentions)),
            "sources": str(group.sources), "first": first if first and last else None,
            "last": last if first and last else None,
            "conflicting_count": "true" if "count" in conflicts else None,
            "conflicting_date": "true" if "date" in conflicts else None, "outlet": outlet})
    return rows


def _canonical(rows: dict[str, list[dict]], mentions: list[EventRecord]) -> list[CanonicalRecord]:
    by_iri = {m.iri: m for m in mentions}
    grouped: set[str] = set()
    found: list[CanonicalRecord] = []
    for iri, group in sorted(rows.items()):
        outlets = {r["mention"]: r["outlet"] if "outlet" in r else outlet_of(r["url"]) for r in group}
        members = [by_iri[r] for r in sorted(outlets) if r in by_iri]
        if not members:
            continue
        grouped.update(m.iri for m in members)
        head, row = members[0], group[0]
        conflicts = [name for name, flag in (("count", row["conflicting_count"]), ("date", row["conflicting_date"]))
                     if flag == "true"]
        found.append(CanonicalRecord(
            iri, head.type, head.tone, head.status, None if "date" in conflicts else _agreed(m.date for m in members),
            head.initiator, list(head.participants), list(head.targets),
            place=_agreed(m.place for m in members), place_label=_agreed(m.place_label for m in members),
            documents=None if "count" in conflicts else _agreed(m.documents for m in members),
            count=None if "count" in conflicts else _agreed(m.count for m in members),
            evidence=sorted({ev for m in members for ev in m.evidence}),
            article_date=min((m.article_date for m in members if m.article_date), default=None),
            mentions=int(row["mentions"]), sources=int(row["sources"]),
            first_reported=row["first"], last_reported=row["last"], conflicts=conflicts,
            reports=[_report(m, outlets[m.iri]) for m in sorted(members, key=lambda m: (m.when or "", m.article or ""))],
        ))
    for m in mentions:
        if m.iri not in grouped:
            found.append(CanonicalRecord(m.iri, m.type, m.tone, m.status, m.date, m.initiator, m.participants,
                                         m.targets, m.place, m.place_label, m.documents, m.count, m.evidence,
                                         m.article_date, first_reported=m.article_date,
                                         last_reported=m.article_date, reports=[_report(m, None)]))
    return sorted(found, key=lambda e: (e.when or "", e.iri))


def _well_formed(code: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", code or ""):
        raise UsageError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
    return code.upper()


def _code(store_labels: dict[str, str], code: str) -> str:
    code = _well_formed(code)
    if code not in store_labels:
        raise UsageError(f"{code}: no such state in the graph")
    return code


def _labels_of(store: ox.Store, lang: str, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The labels of the states of ``pairs``, read for those states only (a malformed code is a
    usage error before anything is read)."""
    return state_labels(store, lang, {_well_formed(code) for pair in pairs for code in pair})


def _event(e: EventRecord) -> dict:
    return {
        "event": e.iri,
        "type": e.type,
        "status": e.status,
        "date": e.date,
        "article_date": e.article_date,
        "initiator": e.initiator,
        "participants": e.participants,
        "targets": e.targets,
        "place": e.place,
        "place_label": e.place_label,
        "documents": e.documents,
        "count": e.count,
        "tone": e.tone,
        "quote": e.quote,
        "article": e.article,
        "evidence": [{"article": article, "quote": quote} for article, quote in e.evidence],
        **({"mentions": e.mentions, "sources": e.sources, "first_reported": e.first_reported,
            "last_reported": e.last_reported, "conflicts": e.conflicts, "reports": e.reports}
           if isinstance(e, CanonicalRecord) else {}),
    }


def dyad_profile(store: ox.Store, a: str, b: str, on_date: dt.date | str | None = None,
                 lang: str = "en", count: str = "events") -> dict:
    """The relations of states ``a`` and ``b`` (ISO codes) as the graph records them.

    ``count`` says what an event is: ``"events"`` (the default) counts real-world events, the
    canonical events of cross-article resolution (:mod:`kg.resolve`), so three reports of one
    meeting are one meeting; ``"mentions"`` counts every event each article reports.

    Returns a JSON-ready dict:

    * ``a``, ``b``: ``{"code", "label"}``; ``counting``: ``count``;
    * ``events``: every event both take part in, by date (undated first), each with its type,
      status, date, initiator, parties, place and its label in ``lang``, documents signed, tone
      and evidence quotes with their article ids. Counting events, each also has ``mentions`` and
      ``sources`` (how many reports and outlets), ``first_reported``/``last_reported``,
      ``conflicts`` (``"count"``, ``"date"``: attributes its reports disagree on; the event then
      states none) and ``reports``: each mention with its article, outlet, date, place, count and
      evidence;
    * ``counts``: events per type; ``total``: number of events; ``mentions``: number of reports;
    * ``agreements``: the agreement signings (place, date, documents) and ``documents``, the
      number of documents they signed in all (where stated);
    * ``shared_organisations``: organisations both are full members of (on ``on_date``, or
      currently when it is None), with ``since``, the later of the two accession dates;
    * ``first_contact``, ``last_contact``: the earliest and latest date of an event that took
      place (the event's date, else its article's), None when none is dated;
    * ``tone``: the sum of the Goldstein scores of the events; ``tone_over_time``: a list of
      ``[date, tone]``, summed per date, for the dated events.

    Raises :class:`~kg.errors.UsageError` when a code is malformed, the same as the other, or not
    a state of the graph.
    """
    if count not in COUNTS:
        raise UsageError(f"count must be one of {', '.join(COUNTS)}, got {count!r}")
    labels = _labels_of(store, lang, [(a, b)])
    a, b = _code(labels, a), _code(labels, b)
    if a == b:
        raise UsageError(f"a dyad needs two different states, got {a} twice")
    found: list[EventRecord] = dyad_events(store, a, b, lang)
    if count == "events":
        found = list(canonical_dyad_events(store, a, b, found))
    held = held_memberships(store, on_date=on_date, lang=lang, states=(a, b))
    return _with_counting(_profile(a, b, labels, found, held), found, count)


def dyad_profiles(store: ox.Store, pairs: Iterable[tuple[str, str]], on_date: dt.date | str | None = None,
                  lang: str = "en", count: str = "events") -> dict[tuple[str, str], dict]:
    """:func:`dyad_profile` of many pairs of states at once, keyed by the pairs as given.

    One pass over the events and the memberships (and, counting events, one over the canonical
    events) serves every pair, where calling :func:`dyad_profile` per pair would query the whole
    graph each time (the index of a large graph writes hundreds of profiles).
    """
    if count not in COUNTS:
        raise UsageError(f"count must be one of {', '.join(COUNTS)}, got {count!r}")
    labels = state_labels(store, lang)
    wanted: dict[tuple[str, str], tuple[str, str]] = {}
    for a, b in pairs:
        x, y = _code(labels, a), _code(labels, b)
        if x == y:
            raise UsageError(f"a dyad needs two different states, got {x} twice")
        wanted[(a, b)] = (x, y)
    places = place_labels(store, lang)
    by_pair: dict[tuple[str, str], list[EventRecord]] = defaultdict(list)
    keys = {tuple(sorted(pair)) for pair in wanted.values()}
    for e in events(store):
        if e.place:
            e.place_label = places.get(e.place, e.place)
        parties = sorted(set(e.parties))
        for i, x in enumerate(parties):
            for y in parties[i + 1:]:
                if (x, y) in keys:
                    by_pair[(x, y)].append(e)
    canonical = _canonical_rows(store, "projection-canonical-events") if count == "events" else {}
    held = held_memberships(store, on_date=on_date, lang=lang)
    profiles = {}
    for pair, (x, y) in wanted.items():
        found: list[EventRecord] = by_pair.get(tuple(sorted((x, y))), [])
        if count == "events":
            # Rows of the canonical events of this pair only: those whose mentions are its events.
            iris = {e.iri for e in found}
            found = list(_canonical({c: rows for c, rows in canonical.items() if rows[0]["mention"] in iris}, found))
        profiles[pair] = _with_counting(_profile(x, y, labels, found, held), found, count)
    return profiles


def listed_profiles(store: ox.Store, pairs: Iterable[tuple[str, str]], counts: Counts,
                    on_date: dt.date | str | None = None, lang: str = "en",
                    kept: KeptEvents | None = None) -> dict[tuple[str, str], dict]:
    """Profiles of many pairs of states for their pages: the totals, types, tone and days of all their
    events from ``counts`` (:mod:`.aggregates`), and the latest events (``counts.pairs[...].latest``)
    read with their evidence: what a page costs does not grow with the corpus.

    Each profile is :func:`dyad_profile`'s, counting real-world events, with ``listed`` (the events it
    lists) beside ``total``; ``on_date`` as there. ``kept`` (a build's) gives the events read by the
    build before that are still true of the folder, and keeps those listed now for the next build.
    """
    pairs = list(pairs)
    labels = _labels_of(store, lang, pairs)
    asked = {pair: (_code(labels, pair[0]), _code(labels, pair[1])) for pair in pairs}
    if any(a == b for a, b in asked.values()):
        raise UsageError("a dyad needs two different states")
    wanted = {pair: tuple(sorted(codes)) for pair, codes in asked.items()}
    latest = sorted({e for key in wanted.values() for e in (counts.pairs[key].latest if key in counts.pairs else ())})
    by_iri = kept.valid(latest) if kept is not None else {}
    by_iri.update((e.iri, e) for e in _latest_records(store, [e for e in latest if e not in by_iri], lang))
    if kept is not None:
        kept.save({e: by_iri[e] for e in latest if e in by_iri})
    if counts.groups is not None:
        rows = _canonical_rows_in_hand(counts.groups, latest)
    else:
        rows = _canonical_rows(store, for_events("projection-canonical-events", "mention"),
                               table=[{"mention": e} for e in latest]) if latest else {}
    dyads = _undirected(interactions(counts))
    by_pair = _PairRows(counts, set(wanted.values()))
    held = held_memberships(store, on_date=on_date, lang=lang,
                            states={code for key in wanted.values() for code in key})
    profiles = {}
    for pair, key in wanted.items():
        total = counts.pairs.get(key)
        mentions = [by_iri[e] for e in (total.latest if total else ()) if e in by_iri]
        iris = {e.iri for e in mentions}
        found = list(_canonical({c: r for c, r in rows.items() if r[0]["mention"] in iris}, mentions))
        profile = _profile(*key, labels, found, held)
        if asked[pair] != key:  # asked as (b, a): the profile keeps the order it was asked in
            profile["a"], profile["b"] = profile["b"], profile["a"]
        profile.update(_totals(key, by_pair, dyads.get(key), total))
        profile["listed"] = len(found)
        profiles[pair] = profile
    return profiles


def _latest_records(store: ox.Store, iris: list[str], lang: str) -> list[EventRecord]:
    """The records of the events ``iris`` with their evidence and their places' labels."""
    if not iris:
        return []
    table = [{"event": e} for e in iris]
    records = _records(_rows_sorted_here(store, for_events("projection-state-events", "event"), table=table))
    places = place_labels(store, lang, {e.place for e in records if e.place})
    for e in records:
        if e.place:
            e.place_label = places.get(e.place, e.place)
    return records

class _PairRows:
    """The interactions and daily counts of each of ``pairs`` (sorted codes), in the order of the
    counts: one pass over the counts for all the pages, where a pass per page cost 40 ms each at
    100,000 articles."""

    def __init__(self, counts: Counts, pairs: set[tuple[str, str]]) -> None:
        self.occurred: dict[tuple[str, str], list] = defaultdict(list)
        self.days: dict[tuple[str, str], list[tuple[str, str, str, float]]] = defaultdict(list)
        for (s, t, _, planned), x in counts.interactions.items():
            key = (s, t) if s < t else (t, s)
            if not planned and key in pairs:
                self.occurred[key].append(x)
        for (s, t, type_, day), (_, tone) in counts.days.items():
            key = (s, t) if s < t else (t, s)
            if key in pairs:
                self.days[key].append((s, type_, day, tone))


def _totals(key: tuple[str, str], rows: _PairRows, dyad: dict | None, total: PairTotal | None) -> dict:
    """What the whole of a pair's events say, from the counts: the fields of :func:`_profile` that
    its listed events alone would understate."""
    a, _ = key
    occurred = rows.occurred.get(key, [])
    tone_by_day: Counter[str] = Counter()
    for s, type_, day, tone in rows.days.get(key, ()):
        if day and (type_ not in SYMMETRIC_TYPES or s == a):
            tone_by_day[day] += tone
    return {
        "total": total.events if total else 0,
        "mentions": total.reports if total else 0,
        "counting": "events",
        "counts": dict(sorted(dyad["types"].items())) if dyad else {},
        "tone": round(dyad["tone"], 6) if dyad else 0.0,
        "first_contact": min((x.first for x in occurred if x.first), default=None),
        "last_contact": max((x.last for x in occurred if x.last), default=None),
        "tone_over_time": [[day, round(tone, 6)] for day, tone in sorted(tone_by_day.items())],
    }


def _with_counting(profile: dict, found: list[EventRecord], count: str) -> dict:
    profile["counting"] = count
    profile["mentions"] = sum(getattr(e, "mentions", 1) for e in found)
    return profile


def _profile(a: str, b: str, labels: dict[str, str], found: list[EventRecord], held: HeldMemberships) -> dict:
    occurred = [e.when for e in found if e.when and e.status != "Planned"]
    tone_by_date: Counter[str] = Counter()
    for e in found:
        if e.when:
            tone_by_date[e.when] += e.tone
    agreements = [
        {"event": e.iri, "date": e.date, "place": e.place, "place_label": e.place_label,
         "documents": e.documents, "status": e.status, "quote": e.quote}
        for e in found if e.type == "agreement"
    ]

    shared = []
    of_a, of_b = held.of(a), held.of(b)
    for org in sorted(set(of_a) & set(of_b)):
        starts = [s for s in (of_a[org]["start"], of_b[org]["start"]) if s]
        shared.append({"code": org.removeprefix(ORG_PREFIX), "label": held.org_labels[org],
                       "since": max(starts) if starts else None})

    return {
        "a": {"code": a, "label": labels[a]},
        "b": {"code": b, "label": labels[b]},
        "total": len(found),
        "counts": dict(sorted(Counter(e.type for e in found).items())),
        "events": [_event(e) for e in found],
        "agreements": agreements,
        "documents": sum(x["documents"] or 0 for x in agreements),
        "shared_organisations": shared,
        "first_contact": min(occurred) if occurred else None,
        "last_contact": max(occurred) if occurred else None,
        "tone": round(sum(e.tone for e in found), 6),
        "tone_over_time": [[day, round(tone, 6)] for day, tone in sorted(tone_by_date.items())],
    }
