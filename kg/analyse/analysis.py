"""``kg analyze``: measures of the network of states (:func:`analyse`) and the tables they are written to."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..outdir import replacing, write_atomic
from .aggregates import Counts, counts_of, events_between_states, state_network
from .measures import betweenness, communities, pagerank, strength

STATE_COLUMNS = ["state", "label", "events", "degree", "strength", "tone", "pagerank", "betweenness", "community"]
DYAD_COLUMNS = ["state_a", "state_b", "label_a", "label_b", "weight", "tone", "types", "first", "last"]


@dataclass
class Analysis:
    """Measures of the state graph: one row per state and per pair of states, best first."""

    states: list[dict] = field(default_factory=list)
    dyads: list[dict] = field(default_factory=list)
    communities: list[list[str]] = field(default_factory=list)
    graph: nx.Graph = field(default_factory=nx.Graph)
    #: Events that join two states or more; None counts the event IRIs on the graph's edges.
    events: int | None = None
    #: The counts the measures were made from (:mod:`.aggregates`), for the pages that show them too.
    counts: Counts | None = None

    def summary(self) -> dict:
        events = self.events if self.events is not None else \
            len({e for _, _, ev in self.graph.edges(data="events") for e in ev or ()})
        return {"states": self.graph.number_of_nodes(), "dyads": self.graph.number_of_edges(),
                "events": events, "communities": len(self.communities)}

    def to_json(self) -> dict:
        return {"summary": self.summary(), "states": self.states, "dyads": self.dyads,
                "communities": [{"id": i, "states": members} for i, members in enumerate(self.communities)]}


def _round(value: float) -> float:
    return round(float(value), 6)


def analyse(store: ox.Store, lang: str = "en", include_planned: bool = True, counts: Counts | None = None) -> Analysis:
    """Strength, PageRank, betweenness and Louvain communities of the states, and their dyads.

    PageRank runs on the directed interactions (initiator to other party, both ways for meetings
    and signings, weighted by their number of events), the other measures on the undirected graph
    of dyads weighted by their number of events. Both come aggregated from the store
    (:func:`.aggregates.state_network`): a few rows per pair of states, whatever the corpus size.
    """
    counts = counts if counts is not None else counts_of(store, ["states"])
    interactions, G = state_network(store, lang, include_planned, counts)
    s, pr, bc, comm = strength(G), pagerank(interactions), betweenness(G), communities(G)
    tone = dict(G.degree(weight="tone"))
    rows = [
        {"state": n, "label": data.get("label", n), "events": data.get("events", 0), "degree": G.degree(n),
         "strength": s[n], "tone": _round(tone[n]), "pagerank": _round(pr.get(n, 0.0)),
         "betweenness": _round(bc.get(n, 0.0)), "community": comm.get(n)}
        for n, data in G.nodes(data=True)
    ]
    rows.sort(key=lambda r: (-r["strength"], -r["pagerank"], r["state"]))
    pairs = [
        {"state_a": a, "state_b": b, "label_a": G.nodes[a].get("label", a), "label_b": G.nodes[b].get("label", b),
         "weight": d["weight"], "tone": _round(d["tone"]),
         "types": " ".join(f"{t}:{c}" for t, c in sorted(d["types"].items())),
         "first": d["first"], "last": d["last"]}
        for a, b, d in G.edges(data=True)
    ]
    pairs.sort(key=lambda r: (-r["weight"], -r["tone"], r["state_a"], r["state_b"]))
    groups: dict[int, list[str]] = {}
    for node, cid in comm.items():
        groups.setdefault(cid, []).append(node)
    return Analysis(rows, pairs, [sorted(groups[i]) for i in sorted(groups)], G,
                    events_between_states(counts, include_planned), counts)


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: ("" if r.get(c) is None else r.get(c)) for c in columns} for r in rows)


def write_analysis(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write ``measures.csv``, ``measures.json`` and ``dyads.csv`` into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    measures_csv, measures_json, dyads_csv = (out_dir / "measures.csv", out_dir / "measures.json",
                                              out_dir / "dyads.csv")
    _write_csv(measures_csv, STATE_COLUMNS, analysis.states)
    _write_csv(dyads_csv, DYAD_COLUMNS, analysis.dyads)
    write_atomic(measures_json, json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) + "\n")
    return [measures_csv, measures_json, dyads_csv]
