"""The counts a build keeps in the store's aggregates graph (:mod:`kg.graph.aggregate_graph`), read
back (``aggregate-*.rq``) into the :class:`~kg.analyse.aggregates.Counts` they were made from.

Apart from the module that writes them, so that a reader (``kg dyad``) needs neither rdflib nor the
graph builder.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from .aggregates import Counts, Interaction, PairTotal
from .projections import _rows, for_events

#: What :func:`read_counts` can read: the state network (interactions, states, events between states),
#: its days, the pairs of states with their latest reports, and the person view's counts.
PARTS = frozenset({"states", "days", "pairs", "persons"})


def read_counts(store: ox.Store, parts: frozenset[str] = PARTS, pair: tuple[str, str] | None = None) -> Counts | None:
    """The counts an aggregates graph in ``store`` keeps (``aggregate-*.rq``), those of ``parts``
    only (the others stay empty), and of the interactions, states, days and pairs only those of
    ``pair`` (two ISO codes) when given (``aggregate-pair-*.rq``); None when it has none."""
    between = {row["planned"] == "true": int(row["events"]) for row in _rows(store, "aggregate-between-states")}
    if not between:
        return None
    counts = Counts(between={planned: between.get(planned, 0) for planned in (False, True)})
    ends = {"state_a": pair[0], "state_b": pair[1]} if pair else None
    if "states" in parts:
        _read_state_network(store, counts, ends)
    if "days" in parts:
        for row in _rows(store, "aggregate-pair-days" if ends else "aggregate-days", ends):
            key = (row["source"], row["target"], row["type"], row["day"] or "")
            counts.days[key] = [int(row["reports"]), round(float(row["tone_sum"]), 6)]
    if "pairs" in parts:
        counts.pairs = _read_pairs(store, "aggregate-pair" if ends else "aggregate-pairs",
                                   "aggregate-pair-latest" if ends else "aggregate-latest", ("a", "b"), ends)
    if "persons" in parts:
        _read_person_counts(store, counts)
    counts.interactions = dict(sorted(counts.interactions.items()))
    counts.days = dict(sorted(counts.days.items()))
    counts.states = dict(sorted(counts.states.items()))
    return counts


def _read_state_network(store: ox.Store, counts: Counts, ends: dict[str, str] | None) -> None:
    """The interactions and the states' events: all of them, or those of the pair of states ``ends``."""
    interactions = _rows(store, "aggregate-pair-interactions", ends) if ends else _rows(store, "aggregate-interactions")
    for row in interactions:
        planned = row["planned"] == "true"
        key = (row["source"], row["target"], row["type"], planned)
        counts.interactions[key] = Interaction(*key[:3], int(row["events"]), round(float(row["tone_sum"]), 6),
                                               row["first"], row["last"])
    states = _rows(store, for_events("aggregate-states", "state_node", "state"),
                   table=[{"state_node": code} for code in ends.values()]) if ends else _rows(store, "aggregate-states")
    for row in states:
        counts.states[(row["state"], row["planned"] == "true")] = int(row["events"])


def _read_pairs(store: ox.Store, totals: str, latest_query: str, ends: tuple[str, str],
                values: dict[str, str] | None = None) -> dict:
    latest: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _rows(store, latest_query, values):
        latest[(row[ends[0]], row[ends[1]])].append(row["event"])
    pairs = {}
    for row in _rows(store, totals, values):
        pair = (row[ends[0]], row[ends[1]])
        pairs[pair] = PairTotal(int(row["events"]), int(row["reports"]), tuple(sorted(latest[pair])), row["cut"])
    return dict(sorted(pairs.items()))


def _read_person_counts(store: ox.Store, counts: Counts) -> None:
    for row in _rows(store, "aggregate-persons"):
        counts.persons[row["person"]] = int(row["reports"])
    for row in _rows(store, "aggregate-person-days"):
        key = (row["person"], row["other"], row["type"], row["day"] or "")
        counts.person_days[key] = [int(row["reports"]), round(float(row["tone_sum"]), 6)]
    counts.person_pairs = _read_pairs(store, "aggregate-person-pairs", "aggregate-person-latest", ("person", "other"))
    counts.persons = dict(sorted(counts.persons.items(), key=lambda x: (-x[1], x[0])))
    counts.person_days = dict(sorted(counts.person_days.items()))
