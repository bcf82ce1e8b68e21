"""Quads of the canonical graph: one node per real-world event, linked to the mentions that report it.

A canonical event (``dip:CanonicalEvent``, from :mod:`kg.resolve`) carries

* its type (``dip:canonicalType``), status and parties (``dip:participant``, ``dip:target``, and
  ``dip:initiator`` for directed types, whose initiator every mention shares);
* ``dip:mention``: each event of an article graph that reports it, with ``dip:mentionCount``,
  ``dip:sourceCount`` (distinct outlets) and ``dip:firstReported``/``dip:lastReported`` (article dates);
* the date, place and count where its mentions agree (or only one states one). Where they state
  different values, the canonical event states none and is marked ``dip:conflictingCount true`` or
  ``dip:conflictingDate true``: every value stays on the mention that states it, with its evidence,
  and nothing is picked silently;
* ``dip:involvesPerson``: the persons of every mention.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDF

from ..ids import Minter
from ..event_types import event_types
from ..resolve import Group
from .build import _Lines, _Quads, count_lit, lit
from .namespaces import DIP, EVT


def canonical_quads(groups: Iterable[Group], m: Minter) -> list[ox.Quad]:
    """The canonical named graph of ``groups`` (sorted by IRI, so the output is byte-stable)."""
    return _canonical_into(_Quads(m.canonical_graph()), groups, m)


def canonical_lines(groups: Iterable[Group], m: Minter) -> list[str]:
    """The same graph as N-Quads lines (:class:`~kg.graph.build._Lines`), as a build writes it."""
    return _canonical_into(_Lines(m.canonical_graph()), groups, m)


def _canonical_into(q: _Quads | _Lines, groups: Iterable[Group], m: Minter) -> list:
    for g in sorted(groups, key=lambda g: g.iri):
        e = g.iri
        kind, status, _ = g.block
        first = g.mentions[0]
        q.add(e, RDF.type, DIP.CanonicalEvent)
        q.add(e, DIP.canonicalType, EVT[kind])
        q.add(e, DIP.status, DIP.Planned if status == "planned" else DIP.Occurred)
        participants = sorted({p for x in g.mentions for p in x.participants}) if kind in event_types().having("symmetric") \
            else list(first.participants)
        for code in participants:
            q.add(e, DIP.participant, m.state(code))
        if kind not in event_types().having("symmetric") and first.participants:
            q.add(e, DIP.initiator, m.state(first.participants[0]))
        if participants:
            q.add(e, DIP.participantOrder, lit(" ".join(participants)))
        if first.target:
            q.add(e, DIP.target, m.state(first.target))
        for mention in g.members:
            q.add(e, DIP.mention, mention)
        q.add(e, DIP.mentionCount, count_lit(len(g.mentions)))
        q.add(e, DIP.sourceCount, count_lit(g.sources))
        first_reported, last_reported = g.reported
        if first_reported and last_reported:
            q.add(e, DIP.firstReported, lit(_date(first_reported)))
            q.add(e, DIP.lastReported, lit(_date(last_reported)))
        conflicts = g.conflicts()
        dates, counts, places = g.values("date"), g.values("count"), g.values("place")
        if "date" in conflicts:
            q.add(e, DIP.conflictingDate, lit(True))
        elif dates:
            q.add(e, DIP.date, lit(_date(dates[0])))
        if "count" in conflicts:
            q.add(e, DIP.conflictingCount, lit(True))
        elif counts:
            q.add(e, DIP.count, count_lit(counts[0]))
        if len(places) == 1:  # different places never share a group (kg.resolve)
            q.add(e, DIP.place, m.place(places[0]))
        for key in sorted({p[0] for x in g.mentions for p in x.persons}):
            q.add(e, DIP.involvesPerson, m.person(key))
    return q.items


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)
