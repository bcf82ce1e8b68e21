"""Rules: ``ontologies/rules/construct-*.rq`` CONSTRUCT queries run over the whole dataset; what they
build goes into the derived named graph (replaced on every run)."""
from __future__ import annotations

import pyoxigraph as ox

from .. import resources
from ..ids import Minter


def derive(store: ox.Store, m: Minter) -> list[ox.Quad]:
    graph = ox.NamedNode(m.derived_graph())
    if graph in set(store.named_graphs()):
        store.remove_graph(graph)
    out: list[ox.Quad] = []
    for rule in resources.rules_files():
        query = rule.read_text(encoding="utf-8")
        for t in store.query(query, use_default_graph_as_union=True):
            out.append(ox.Quad(t.subject, t.predicate, t.object, graph))
    return out
