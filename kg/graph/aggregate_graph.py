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
* for the person view: ``dip:PersonEventCount`` (reports naming a person, ``dip:aboutPerson``),
  ``dip:DailyPersonCount`` and ``dip:PersonPairCount``, the same as the daily and pair counts for its
  edges (``dip:aboutPerson`` and ``dip:withActor``: two persons of one report, or a person named alone
  and a state of the report; :func:`kg.analyse.aggregates.person_ends`);
* ``dip:BetweenStatesCount``: events that join two states or more (``dip:planned``, ``dip:eventCount``),
  written for both values of ``dip:planned`` even when zero: a graph with them is a graph whose
  counts are kept (:func:`kg.analyse.stored_counts.read_counts` reads them back).

Days are ``xsd:date`` literals (undated events have none); counts are ``xsd:integer``, the type that
every SPARQL server gives back as it was stored (Virtuoso turns ``xsd:nonNegativeInteger`` into it).
"""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from rdflib import RDF

from ..analyse.aggregates import Counts, PairTotal
from ..ids import Minter
from .build import _Lines, _Quads, lit
from .namespaces import DIP, EVT


def _day(value: str | None):
    return lit(dt.date.fromisoformat(value)) if value else None


def aggregate_quads(counts: Counts, m: Minter) -> list[ox.Quad]:
    """The aggregates named graph of ``counts``."""
    return _aggregates_into(_Quads(m.aggregates_graph()), counts, m)


def aggregate_lines(counts: Counts, m: Minter) -> list[str]:
    """The same graph as N-Quads lines (:class:`~kg.graph.build._Lines`), as a build writes it."""
    return _aggregates_into(_Lines(m.aggregates_graph()), counts, m)


def _aggregates_into(q: _Quads | _Lines, counts: Counts, m: Minter) -> list:

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
        _day_quads(q, n, type_, day, reports, tone)
    for (state, planned), events in counts.states.items():
        n = node("state", DIP.StateEventCount, state, planned)
        q.add(n, DIP.aboutState, m.state(state))
        q.add(n, DIP.planned, lit(planned))
        q.add(n, DIP.eventCount, lit(events))
    for (a, b), total in counts.pairs.items():
        n = node("pair", DIP.PairCount, a, b)
        q.add(n, DIP.fromState, m.state(a))
        q.add(n, DIP.toState, m.state(b))
        _pair_quads(q, n, total)
    _person_quads(counts, m, q, node)
    for planned in (False, True):
        n = node("between-states", DIP.BetweenStatesCount, planned)
        q.add(n, DIP.planned, lit(planned))
        q.add(n, DIP.eventCount, lit(counts.between.get(planned, 0)))
    return q.items


def _actor(m: Minter, other: str) -> str:
    """A person's IRI as it is; a state's code as the state's IRI."""
    return other if other.startswith(("http://", "https://")) else m.state(other)


def _day_quads(q: _Quads, n: str, type_: str, day: str, reports: int, tone: float) -> None:
    """What a daily count says besides its ends: the type, the day (none when undated), the reports, the tone."""
    q.add(n, DIP.countedType, EVT[type_])
    if day:
        q.add(n, DIP.day, _day(day))
    q.add(n, DIP.reportCount, lit(reports))
    q.add(n, DIP.toneSum, lit(float(tone)))


def _pair_quads(q: _Quads, n: str, total: PairTotal) -> None:
    q.add(n, DIP.eventCount, lit(total.events))
    q.add(n, DIP.reportCount, lit(total.reports))
    for event in total.latest:
        q.add(n, DIP.latestReport, event)
    if total.cut is not None:
        q.add(n, DIP.latestCut, lit(total.cut))


def _person_quads(counts: Counts, m: Minter, q: _Quads, node) -> None:
    """The person view's counts: reports per person, per edge and day, and per edge with its latest."""
    for person, reports in counts.persons.items():
        n = node("person", DIP.PersonEventCount, person)
        q.add(n, DIP.aboutPerson, person)
        q.add(n, DIP.reportCount, lit(reports))
    for (person, other, type_, day), (reports, tone) in counts.person_days.items():
        n = node("person-day", DIP.DailyPersonCount, person, other, type_, day)
        q.add(n, DIP.aboutPerson, person)
        q.add(n, DIP.withActor, _actor(m, other))
        _day_quads(q, n, type_, day, reports, tone)
    for (person, other), total in counts.person_pairs.items():
        n = node("person-pair", DIP.PersonPairCount, person, other)
        q.add(n, DIP.aboutPerson, person)
        q.add(n, DIP.withActor, _actor(m, other))
        _pair_quads(q, n, total)
