"""The aggregates named graph: the counts of the state network (:mod:`kg.analyse.aggregates`) kept in
the store, so that readers read a few thousand rows instead of every event.

A build writes it beside the canonical graph, from the same resolution (``OUT/graphs/_aggregates.nq``).
Its nodes, each with a deterministic IRI from its key:

* ``dip:InteractionCount``: events of one type from one state to another (``dip:fromState``,
  ``dip:toState``, ``dip:countedType``, ``dip:planned``), with ``dip:eventCount`` (real-world events),
  ``dip:toneSum`` (their Goldstein scores) and ``dip:firstDay``/``dip:lastDay``;
* ``dip:DailyInteractionCount``: the same per day (``dip:day``; none for undated reports), counting
  reports (``dip:reportCount``) and their tone: what a view's time filter needs;
* ``dip:StateEventCount``: events a state takes part in (``dip:aboutState``, ``dip:planned``, ``dip:eventCount``);
* ``dip:PairCount``: every event of two states (``dip:fromState`` the one whose code sorts first,
  ``dip:toState`` the other) whatever its type or direction: ``dip:eventCount``, ``dip:reportCount`` and
  ``dip:latestReport``, the reports of its latest events (what the pair's page lists), and
  ``dip:latestCut``, the day of the latest event left out ("" when undated; none when none is);
* ``dip:BetweenStatesCount``: events that join two states or more (``dip:planned``, ``dip:eventCount``),
  written for both values of ``dip:planned`` even when zero: a graph with them is a graph whose
  counts are kept (:func:`read_counts`).

Days are ``xsd:date`` literals (undated events have none); counts are ``xsd:integer``, the type that
every SPARQL server gives back as it was stored (Virtuoso turns ``xsd:nonNegativeInteger`` into it).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pyoxigraph as ox
from rdflib import RDF

from ..analyse.aggregates import Counts, Interaction, PairTotal
from ..analyse.projections import _rows
from ..ids import Minter
from .build import _Quads, lit
from .namespaces import DIP, EVT


def _day(value: str | None):
    return lit(dt.date.fromisoformat(value)) if value else None


def aggregate_quads(counts: Counts, m: Minter) -> list[ox.Quad]:
    """The aggregates named graph of ``counts``."""
    q = _Quads(m.aggregates_graph())

    def node(kind: str, cls, *key: object) -> str:
        iri = m.aggregate(kind, *key)
        q.add(iri, RDF.type, cls)
        return iri

    for (source, target, type_, planned), found in counts.interactions.items():
        n = node("interaction", DIP.InteractionCount, source, target, type_, planned)
        q.add(n, DIP.fromState, m.state(source))
        q.add(n, DIP.toState, m.state(target))
        q.add(n, DIP.countedType, EVT[type_])
        q.add(n, DIP.planned, lit(planned))
        q.add(n, DIP.eventCount, lit(found.events))
        q.add(n, DIP.toneSum, lit(float(found.tone)))
        for prop, value in ((DIP.firstDay, found.first), (DIP.lastDay, found.last)):
            if value:
                q.add(n, prop, _day(value))
    for (source, target, type_, day), (reports, tone) in counts.days.items():
        n = node("day", DIP.DailyInteractionCount, source, target, type_, day)
        q.add(n, DIP.fromState, m.state(source))
        q.add(n, DIP.toState, m.state(target))
        q.add(n, DIP.countedType, EVT[type_])
        if day:
            q.add(n, DIP.day, _day(day))
        q.add(n, DIP.reportCount, lit(reports))
        q.add(n, DIP.toneSum, lit(float(tone)))
    for (state, planned), events in counts.states.items():
        n = node("state", DIP.StateEventCount, state, planned)
        q.add(n, DIP.aboutState, m.state(state))
        q.add(n, DIP.planned, lit(planned))
        q.add(n, DIP.eventCount, lit(events))
    for (a, b), total in counts.pairs.items():
        n = node("pair", DIP.PairCount, a, b)
        q.add(n, DIP.fromState, m.state(a))
        q.add(n, DIP.toState, m.state(b))
        q.add(n, DIP.eventCount, lit(total.events))
        q.add(n, DIP.reportCount, lit(total.reports))
        for event in total.latest:
            q.add(n, DIP.latestReport, event)
        if total.cut is not None:
            q.add(n, DIP.latestCut, lit(total.cut))
    for planned in (False, True):
        n = node("between-states", DIP.BetweenStatesCount, planned)
        q.add(n, DIP.planned, lit(planned))
        q.add(n, DIP.eventCount, lit(counts.between.get(planned, 0)))
    return q.items


def read_counts(store: ox.Store) -> Counts | None:
    """The counts an aggregates graph in ``store`` keeps (``aggregate-*.rq``); None when it has none."""
    between = {row["planned"] == "true": int(row["events"]) for row in _rows(store, "aggregate-between-states")}
    if not between:
        return None
    counts = Counts(between={planned: between.get(planned, 0) for planned in (False, True)})
    for row in _rows(store, "aggregate-interactions"):
        planned = row["planned"] == "true"
        key = (row["source"], row["target"], row["type"], planned)
        counts.interactions[key] = Interaction(*key[:3], int(row["events"]), round(float(row["tone_sum"]), 6),
                                               row["first"], row["last"])
    for row in _rows(store, "aggregate-days"):
        key = (row["source"], row["target"], row["type"], row["day"] or "")
        counts.days[key] = [int(row["reports"]), round(float(row["tone_sum"]), 6)]
    for row in _rows(store, "aggregate-states"):
        counts.states[(row["state"], row["planned"] == "true")] = int(row["events"])
    latest: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _rows(store, "aggregate-latest"):
        latest[(row["a"], row["b"])].append(row["event"])
    for row in _rows(store, "aggregate-pairs"):
        pair = (row["a"], row["b"])
        counts.pairs[pair] = PairTotal(int(row["events"]), int(row["reports"]), tuple(sorted(latest[pair])),
                                       row["cut"])
    counts.interactions = dict(sorted(counts.interactions.items()))
    counts.days = dict(sorted(counts.days.items()))
    counts.states = dict(sorted(counts.states.items()))
    counts.pairs = dict(sorted(counts.pairs.items()))
    return counts
