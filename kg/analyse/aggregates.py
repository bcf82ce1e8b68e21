"""The state network as the store aggregates it: counts per pair of states, never one row per event.

The saved queries ``aggregate-*.rq`` group the events inside the store (Oxigraph) and hand Python
one row per (source, target, event type, planned or not), per state, and one count: a few thousand
rows whatever the size of the corpus. The graphs built from them are the same as
:func:`~kg.analyse.projections.state_interactions` and :func:`~kg.analyse.projections.dyads` would
give, without the event IRIs: an edge's weight is its number of events, its tone their summed
Goldstein scores, ``types`` the events per type, ``first`` and ``last`` their first and last day.
An event is a real-world event: the reports of one meeting in several articles, grouped into a
canonical event by :mod:`kg.resolve`, count once (``kg dyad --count mentions`` counts every report).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from .projections import SYMMETRIC_TYPES, _rows, state_labels


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


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def _wanted(row: dict, include_planned: bool) -> bool:
    return include_planned or row["planned"] != "true"


def interactions(store: ox.Store, include_planned: bool = True) -> list[Interaction]:
    """Directed interactions per type (``aggregate-interactions.rq``), planned and occurred events together."""
    merged: dict[tuple[str, str, str], Interaction] = {}
    for row in _rows(store, "aggregate-interactions"):
        if not _wanted(row, include_planned):
            continue
        key = (row["source"], row["target"], row["type"] or "other")
        old = merged.get(key)
        first, last = (None if row["first"] == "~" else row["first"]), row["last"] or None
        count, tone = int(row["events"]), float(row["tone_sum"] or 0.0)
        if old is not None:
            count, tone = count + old.events, tone + old.tone
            first, last = _earliest(old.first, first), _latest(old.last, last)
        merged[key] = Interaction(*key, count, round(tone, 6), first, last)
    return [merged[k] for k in sorted(merged)]


def state_events(store: ox.Store, include_planned: bool = True) -> dict[str, int]:
    """ISO code -> number of events the state takes part in (``aggregate-states.rq``)."""
    counts: Counter[str] = Counter()
    for row in _rows(store, "aggregate-states"):
        if _wanted(row, include_planned):
            counts[row["state"]] += int(row["events"])
    return dict(sorted(counts.items()))


def events_between_states(store: ox.Store, include_planned: bool = True) -> int:
    """How many events join two states or more (``aggregate-events-between-states.rq``)."""
    return sum(int(row["events"]) for row in _rows(store, "aggregate-events-between-states")
               if _wanted(row, include_planned))


def state_network(store: ox.Store, lang: str = "en", include_planned: bool = True) -> tuple[nx.DiGraph, nx.Graph]:
    """The directed graph of interactions and the undirected graph of dyads, both weighted by events.

    Nodes (every state in an event, the same in both) carry ``label`` and ``events``. Directed
    edges carry ``weight``; undirected ones ``weight``, ``tone``, ``types`` (a Counter), ``first``
    and ``last``. An event between two states counts once per pair whatever its direction: a
    meeting, which runs both ways, once.
    """
    labels = state_labels(store, lang)
    rows = interactions(store, include_planned)
    D, G = nx.DiGraph(), nx.Graph()
    for code, count in state_events(store, include_planned).items():
        D.add_node(code, label=labels.get(code, code), events=count)
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
