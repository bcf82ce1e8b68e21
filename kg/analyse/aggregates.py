"""The state network as counts: per pair of states, per state, per day, never one row per event.

Every reader of the state network (``kg analyze``, the state view, the index, ``kg dyad``'s totals)
wants the same few numbers: how many real-world events join two states, of which types, with what
tone, first and last on which day, and how many reports each day. :func:`count` computes them from
:class:`Report` records, one per event mention with the canonical event it belongs to
(:mod:`kg.resolve`), so that the reports of one meeting in several articles count once as an event
(``kg dyad --count mentions`` counts every report).

Where the reports come from:

* a build computes them from the resolution's groups (:func:`reports_of_groups`) and keeps the counts
  in the store as the aggregates named graph (:mod:`kg.graph.aggregate_graph`, ``dip:InteractionCount``
  and its siblings): readers then read a few thousand rows whatever the size of the corpus, and a day's
  new articles change a few hundred of its lines;
* a graph without that graph (a file made by hand, a graph of an earlier kg) is counted from its
  events as the store lists them (``aggregate-reports.rq``): one row per event, fine for small graphs.

Which pairs an event joins (:func:`directed_pairs`): for the symmetric types (a meeting, a summit, a
signing: :mod:`kg.event_types`) every two of its states, both ways; for the others, each participant
that is not a target to each target state, or, when no state is a target, the initiator to each other
state. A non-state party (an organisation) joins no pair.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..event_types import event_types
from ..ids import Minter
from .projections import SYMMETRIC_TYPES, _rows, _rows_sorted_here, for_events, state_labels

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class Report:
    """One event mention as the counts see it: the mention (``event``), the real-world event it
    reports (``unit``: its canonical event, or itself), its type, whether planned, its states by role
    and its day (the date it states, else its article's; None when neither is known)."""

    event: str
    unit: str
    type: str
    planned: bool
    participants: frozenset[str]
    targets: frozenset[str]
    initiators: frozenset[str]
    day: str | None
    #: The Goldstein score of its type (0 for a type without one).
    tone: float = 0.0
    #: The IRIs of the persons it names.
    persons: frozenset[str] = frozenset()

    @property
    def states(self) -> frozenset[str]:
        return self.participants | self.targets


def directed_pairs(r: Report) -> set[tuple[str, str]]:
    """(source, target) pairs of states the report joins (see the module notes)."""
    if r.type in SYMMETRIC_TYPES:
        return {(a, b) for a in r.states for b in r.states if a != b}
    if r.targets:
        return {(a, b) for a in r.participants - r.targets for b in r.targets if a != b}
    return {(a, b) for a in r.initiators for b in r.states if a != b}


def tone_of(type_: str) -> float:
    """The Goldstein score of an event type (0 for a type without one), as the ontology a build
    writes states it (``event-types.ttl``)."""
    found = event_types().get(type_)
    return float(found.goldstein) if found is not None and found.goldstein is not None else 0.0


@dataclass(frozen=True)
class Interaction:
    """Events from ``source`` to ``target`` of one type: how many, their summed tone, first and last day."""

    source: str
    target: str
    type: str
    events: int
    tone: float
    first: str | None
    last: str | None


#: Real-world events whose reports a pair of states keeps as its latest (what its page lists), and
#: reports kept of each (their evidence; how many there are in all is the canonical event's count).
LATEST_PER_PAIR = 20
REPORTS_PER_EVENT = 2


@dataclass
class PairTotal:
    """All events of two states whatever their type or direction: how many real-world events and
    reports, and :data:`REPORTS_PER_EVENT` reports of each of its :data:`LATEST_PER_PAIR` latest
    events (by their latest day)."""

    events: int
    reports: int
    latest: tuple[str, ...] = ()
    #: The day of the latest event left out of ``latest`` ("" when undated; None when none is left out):
    #: the reports on any later day are all in ``latest``, as far as :data:`REPORTS_PER_EVENT` allows.
    cut: str | None = None
    #: The day of each report of ``latest`` ("" when undated), when the counts were made in this
    #: process (a build); read from a store, empty until :func:`learn_days` asks the reports.
    days: dict[str, str] = field(default_factory=dict, compare=False)

    def after(self, since: str | None) -> list[str]:
        """The reports of ``latest`` that may be on or after ``since`` (an undated one is before any
        day): all of them when their days are not known here."""
        if since is None or not self.days:
            return list(self.latest)
        return [e for e in self.latest if self.days.get(e, "") >= since]

    def covers(self, since: str | None) -> bool:
        """Whether ``latest`` holds the reports of every event with a report after ``since`` (None:
        of every event)."""
        return self.cut is None or (since is not None and since > self.cut)


@dataclass
class Counts:
    """What :func:`count` gives: the rows every reader of the state network needs."""

    #: (source, target, type, planned) -> Interaction (``events``: real-world events).
    interactions: dict[tuple[str, str, str, bool], Interaction] = field(default_factory=dict)
    #: (source, target, type, day or "") -> [reports, summed tone of the reports].
    days: dict[tuple[str, str, str, str], list] = field(default_factory=dict)
    #: (state, planned) -> real-world events the state takes part in (with other states or none).
    states: dict[tuple[str, bool], int] = field(default_factory=dict)
    #: planned -> real-world events that join two states or more.
    between: dict[bool, int] = field(default_factory=dict)
    #: (a, b), a < b -> the pair's totals and latest reports.
    pairs: dict[tuple[str, str], PairTotal] = field(default_factory=dict)
    #: person IRI -> reports naming the person, the most named first.
    persons: dict[str, int] = field(default_factory=dict)
    #: The person view's edges (:func:`person_ends`): (person, other, type, day or "") -> [reports,
    #: summed tone], and (person, other) -> totals and latest reports.
    person_days: dict[tuple[str, str, str, str], list] = field(default_factory=dict)
    person_pairs: dict[tuple[str, str], PairTotal] = field(default_factory=dict)
    #: Every event mention as (IRI, the IRIs of its states and persons, its day or ""), when a build
    #: made the counts from the resolution (:func:`event_actors`); None when read from a store. Not
    #: part of the aggregates graph: the events view picks its events from it instead of asking the
    #: store to rank every event (``view-actor-events.rq``, 10 s at 100,000 articles).
    event_actors: list[tuple[str, frozenset[str], str]] | None = field(default=None, compare=False, repr=False)
    #: Every report counted, by its event's IRI, when a build made the counts (None when read from a
    #: store): the views take the reports of the latest events of their edges from it instead of
    #: reading them from the store (``aggregate-reports.rq``, 4 s at 100,000 articles). Not stored.
    reports: dict[str, Report] | None = field(default=None, compare=False, repr=False)
    #: The canonical event (:class:`kg.resolve.Group`) of every mention, by the mention's IRI, when a
    #: build made the counts: the pair pages take what they say of a real-world event from it instead
    #: of reading the canonical graph (2 s at 100,000 articles). Not stored.
    groups: dict | None = field(default=None, compare=False, repr=False)


def count(reports: Iterable[Report]) -> Counts:
    """The counts of ``reports`` (any order gives the same)."""
    tally = _Tally()
    for r in reports:
        tally.add(r)
    return tally.counts()


def person_ends(r: Report) -> list[tuple[str, str]]:
    """The edges of the person view a report makes: every two of its persons, or, when it names one
    person alone, that person and each of its states (``(person, other)``, person IRIs sort first)."""
    persons = sorted(r.persons)
    if len(persons) > 1:
        return list(combinations(persons, 2))
    return [(persons[0], state) for state in sorted(r.states)] if persons else []


class _Tally:
    """What :func:`count` gathers, report by report."""

    def __init__(self) -> None:
        self.units: dict[tuple, dict[str, float]] = defaultdict(dict)
        self.spans: dict[tuple, list] = {}
        self.days: dict[tuple[str, str, str, str], list] = {}
        self.state_units: dict[tuple[str, bool], set[str]] = defaultdict(set)
        self.between: dict[bool, set[str]] = defaultdict(set)
        # pair -> unit -> [latest day, reports], for states and for the person view's edges
        self.pairs: dict[tuple[str, str], dict[str, list]] = defaultdict(dict)
        self.person_pairs: dict[tuple[str, str], dict[str, list]] = defaultdict(dict)
        self.person_days: dict[tuple[str, str, str, str], list] = {}
        self.person_reports: Counter[str] = Counter()

    def add(self, r: Report) -> None:
        for pair in combinations(sorted(r.states), 2):
            _remember(self.pairs[pair], r)
        for state in r.states:
            self.state_units[(state, r.planned)].add(r.unit)
        if len(r.states) > 1:
            self.between[r.planned].add(r.unit)
        for source, target in directed_pairs(r):
            key = (source, target, r.type, r.planned)
            self.units[key][r.unit] = r.tone
            span = self.spans.setdefault(key, [None, None])
            span[0], span[1] = _earliest(span[0], r.day), _latest(span[1], r.day)
            _add_day(self.days, (source, target, r.type, r.day or ""), r.tone)
        for person in r.persons:
            self.person_reports[person] += 1
        for person, other in person_ends(r):
            _remember(self.person_pairs[(person, other)], r)
            _add_day(self.person_days, (person, other, r.type, r.day or ""), r.tone)

    def counts(self) -> Counts:
        result = Counts(days=dict(sorted(self.days.items())), person_days=dict(sorted(self.person_days.items())))
        for key in sorted(self.units):
            tones = self.units[key]
            result.interactions[key] = Interaction(key[0], key[1], key[2], len(tones), round(sum(tones.values()), 6),
                                                   *self.spans[key])
        result.states = {key: len(found) for key, found in sorted(self.state_units.items())}
        result.between = {planned: len(self.between.get(planned, ())) for planned in (False, True)}
        result.pairs = {pair: _pair_total(self.pairs[pair]) for pair in sorted(self.pairs)}
        result.person_pairs = {pair: _pair_total(self.person_pairs[pair]) for pair in sorted(self.person_pairs)}
        result.persons = dict(sorted(self.person_reports.items(), key=lambda x: (-x[1], x[0])))
        return result


def _remember(units: dict[str, list], r: Report) -> None:
    unit = units.setdefault(r.unit, ["", []])
    unit[0] = max(unit[0], r.day or "")
    unit[1].append((r.day or "", r.event))


def _add_day(days: dict, key: tuple, tone: float) -> None:
    day = days.setdefault(key, [0, 0.0])
    day[0] += 1
    day[1] = round(day[1] + tone, 6)


def _pair_total(units: dict[str, list]) -> PairTotal:
    ranked = sorted(units, key=lambda u: (units[u][0], u), reverse=True)
    latest, rest = ranked[:LATEST_PER_PAIR], ranked[LATEST_PER_PAIR:]
    # Of each event, the reports that a view listing the latest facts (by day, then IRI) would list first.
    kept = {event: day for u in latest for day, event in sorted(units[u][1], reverse=True)[:REPORTS_PER_EVENT]}
    return PairTotal(len(units), sum(len(found[1]) for found in units.values()), tuple(sorted(kept)),
                     units[rest[0]][0] if rest else None, kept)


def reports_of_groups(groups: Iterable, states: Iterable[str], minter: Minter) -> Iterable[Report]:
    """Reports from the groups of :func:`kg.resolve.resolve` (each mention of each group); ``states``:
    the codes that are states (those with ``dip:iso2``), the other parties are left out; persons get
    the IRIs ``minter`` gives them in the article graphs."""
    known = frozenset(states)
    person_iris: dict[str, str] = {}  # each person's IRI made once (100,000 mentions name 100,000 persons)
    for group in groups:
        for m in group.mentions:
            participants = frozenset(p for p in m.participants if p in known)
            targets = frozenset((m.target,)) & known if m.target else frozenset()
            initiators = frozenset(m.participants[:1]) & known
            for key, _, _ in m.persons:
                if key not in person_iris:
                    person_iris[key] = str(minter.person(key))
            persons = frozenset(person_iris[key] for key, _, _ in m.persons)
            yield Report(m.iri, group.iri, m.type, m.status == "planned", participants, targets, initiators, m.date,
                         tone_of(m.type), persons)


def event_actors(groups: Iterable, minter: Minter) -> list[tuple[str, frozenset[str], str]]:
    """(IRI, actors, day) of each mention of the groups of :func:`kg.resolve.resolve`: the actors with
    the IRIs the article graphs give them (its participants and target as ``dip:participant`` and
    ``dip:target``, its persons as ``dip:involvesPerson``), the day its date, else its article's
    ("" when neither is known), as ``view-actor-events.rq`` reads them from the store."""
    found = []
    iris: dict[tuple[bool, str], str] = {}  # each state's and person's IRI made once

    def iri(person: bool, key: str) -> str:
        made = iris.get((person, key))
        if made is None:
            made = iris[(person, key)] = str(minter.person(key) if person else minter.state(key))
        return made

    for group in groups:
        for m in group.mentions:
            states = (*m.participants, *((m.target,) if m.target else ()))
            actors = frozenset([*(iri(False, code) for code in states), *(iri(True, key) for key, _, _ in m.persons)])
            found.append((m.iri, actors, m.date or ""))
    return found


def reports_of(store: ox.Store, events: Iterable[str], counts: Counts) -> list[Report]:
    """The reports of ``events`` (IRIs), sorted by IRI: those the counts have in hand (a build's),
    else read from the store (:func:`reports_in_store`)."""
    if counts.reports is None:
        return reports_in_store(store, events)
    return [counts.reports[e] for e in sorted(events) if e in counts.reports]


def reports_in_store(store: ox.Store, events: Iterable[str] | None = None) -> list[Report]:
    """Reports of every event of ``store`` as it states them (``aggregate-reports.rq``): one row per
    event and state or person, so for graphs without the aggregates graph, not for large ones; or of the
    ``events`` given (IRIs) only."""
    found: dict[str, dict] = {}
    if events is not None:
        table = [{"event": e} for e in events]
        rows = _rows_sorted_here(store, for_events("aggregate-reports", "event"), table=table) if table else ()
    else:
        rows = _rows(store, "aggregate-reports")
    for row in rows:
        r = found.setdefault(row["event"], {"unit": row["canonical"] or row["event"], "type": row["type"] or "other",
                                            "planned": row["planned"] == "true", "day": row["day"] or None,
                                            "tone": float(row["tone"] or 0.0),
                                            "participant": set(), "target": set(), "initiator": set(),
                                            "person": set()})
        if row["party"] is not None and row["role"] in ("participant", "target", "initiator", "person"):
            r[row["role"]].add(row["party"])
        if row["day"] and (r["day"] is None or row["day"] < r["day"]):
            r["day"] = row["day"]  # an undated event reported by articles of several dates: the earliest
    return [Report(event, r["unit"], r["type"], r["planned"], frozenset(r["participant"]), frozenset(r["target"]),
                   frozenset(r["initiator"]), r["day"], r["tone"], frozenset(r["person"]))
            for event, r in sorted(found.items())]


def learn_days(store: ox.Store, totals: Iterable[PairTotal]) -> None:
    """Give ``totals`` read from a store the day of each report they keep (``aggregate-report-days.rq``),
    so that :meth:`PairTotal.after` picks those in a window before they are read whole."""
    missing = [t for t in totals if t.latest and not t.days]
    table = [{"event": e} for e in sorted({e for t in missing for e in t.latest})]
    days: dict[str, str] = {}
    for row in _rows(store, "aggregate-report-days", table=table) if table else ():
        day = row["day"] or ""
        if row["event"] not in days or (day and (not days[row["event"]] or day < days[row["event"]])):
            days[row["event"]] = day  # an undated event reported by articles of several dates: the earliest
    for t in missing:
        t.days.update({e: days.get(e, "") for e in t.latest})


def counts_of(store: ox.Store, parts: Iterable[str] | None = None, pair: tuple[str, str] | None = None) -> Counts:
    """The counts of ``store``: read from its aggregates graph when it has one (a build's), those of
    ``parts`` only (:data:`kg.analyse.stored_counts.PARTS`; default all) and of the days and pairs
    those of ``pair`` only (two ISO codes) when given, else counted from its events."""
    from .stored_counts import PARTS, read_counts

    kept = read_counts(store, PARTS if parts is None else frozenset(parts), pair)
    return kept if kept is not None else count(reports_in_store(store))


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def _counts(source: ox.Store | Counts) -> Counts:
    return source if isinstance(source, Counts) else counts_of(source)


def interactions(source: ox.Store | Counts, include_planned: bool = True) -> list[Interaction]:
    """Directed interactions per type, planned and occurred events together (or occurred only)."""
    merged: dict[tuple[str, str, str], Interaction] = {}
    for (source_state, target, type_, planned), found in _counts(source).interactions.items():
        if planned and not include_planned:
            continue
        key = (source_state, target, type_)
        old = merged.get(key)
        events, tone, first, last = found.events, found.tone, found.first, found.last
        if old is not None:
            events, tone = events + old.events, tone + old.tone
            first, last = _earliest(old.first, first), _latest(old.last, last)
        merged[key] = Interaction(*key, events, round(tone, 6), first, last)
    return [merged[k] for k in sorted(merged)]


def state_events(source: ox.Store | Counts, include_planned: bool = True) -> dict[str, int]:
    """ISO code -> number of events the state takes part in."""
    counts: Counter[str] = Counter()
    for (state, planned), events in _counts(source).states.items():
        if include_planned or not planned:
            counts[state] += events
    return dict(sorted(counts.items()))


def events_between_states(source: ox.Store | Counts, include_planned: bool = True) -> int:
    """How many events join two states or more."""
    return sum(events for planned, events in _counts(source).between.items() if include_planned or not planned)


def state_network(store: ox.Store, lang: str = "en", include_planned: bool = True,
                  counts: Counts | None = None) -> tuple[nx.DiGraph, nx.Graph]:
    """The directed graph of interactions and the undirected graph of dyads, both weighted by events.

    Nodes (every state in an event, the same in both) carry ``label`` and ``events``. Directed
    edges carry ``weight``; undirected ones ``weight``, ``tone``, ``types`` (a Counter), ``first``
    and ``last``. An event between two states counts once per pair whatever its direction: a
    meeting, which runs both ways, once.
    """
    import networkx as nx

    labels = state_labels(store, lang)
    counts = counts if counts is not None else counts_of(store, ["states"])
    rows = interactions(counts, include_planned)
    D, G = nx.DiGraph(), nx.Graph()
    for code, events in state_events(counts, include_planned).items():
        D.add_node(code, label=labels.get(code, code), events=events)
    for found in rows:
        if D.has_edge(found.source, found.target):
            D[found.source][found.target]["weight"] += found.events
        else:
            D.add_edge(found.source, found.target, weight=found.events)
    G.add_nodes_from(D.nodes(data=True))
    G.add_edges_from((a, b, d) for (a, b), d in sorted(_undirected(rows).items()))
    return D, G


def _undirected(rows: list[Interaction]) -> dict[tuple[str, str], dict]:
    """Dyads from directed rows: a symmetric type's events are counted once, from the pair's first state."""
    pairs: dict[tuple[str, str], dict] = {}
    for found in rows:
        a, b = sorted((found.source, found.target))
        if found.type in SYMMETRIC_TYPES and found.source != a:
            continue  # the same events run the other way too
        d = pairs.setdefault((a, b), {"weight": 0, "tone": 0.0, "types": Counter(), "first": None, "last": None})
        d["weight"] += found.events
        d["tone"] = round(d["tone"] + found.tone, 6)
        d["types"][found.type] += found.events
        d["first"], d["last"] = _earliest(d["first"], found.first), _latest(d["last"], found.last)
    return pairs
