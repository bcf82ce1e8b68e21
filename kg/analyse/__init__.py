"""The analysis layer: the RDF graph projected onto networkx graphs, and measures over them.

* :mod:`.aggregates` reads the state network as the store aggregates it (``aggregate-*.rq``): a few
  rows per pair of states, whatever the size of the corpus; :func:`analyse` builds on it;
* :mod:`.projections` reads the graph with saved queries (``projection-*.rq``) into networkx graphs,
  event by event (for exports and the dyad profiles);
* :mod:`.measures` holds pure functions ``G -> dict``;
* :mod:`.dyad` profiles the relations of two states.

:func:`analyse` puts them together for ``kg analyze``; :func:`write_analysis` writes the tables.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Each name this package offers and the module that defines it, imported when first used: a reader
# that needs the counts or one pair's profile (kg dyad) does not load networkx and every measure.
_EXPORTS = {
    "Analysis": ".analysis", "analyse": ".analysis", "write_analysis": ".analysis",
    "STATE_COLUMNS": ".analysis", "DYAD_COLUMNS": ".analysis",
    "dyad_profile": ".dyad", "dyad_profiles": ".dyad", "listed_profiles": ".dyad",
    "betweenness": ".measures", "communities": ".measures", "ego": ".measures", "pagerank": ".measures",
    "strength": ".measures",
    "EventRecord": ".projections", "dyads": ".projections", "events": ".projections", "memberships": ".projections",
    "shared_membership": ".projections", "state_graph": ".projections", "state_interactions": ".projections",
    "state_labels": ".projections",
}

if TYPE_CHECKING:
    from .analysis import DYAD_COLUMNS, STATE_COLUMNS, Analysis, analyse, write_analysis
    from .dyad import dyad_profile, dyad_profiles, listed_profiles
    from .measures import betweenness, communities, ego, pagerank, strength
    from .projections import (EventRecord, dyads, events, memberships, shared_membership, state_graph,
                              state_interactions, state_labels)

__all__ = [
    "Analysis", "EventRecord", "analyse", "betweenness", "communities", "dyad_profile", "dyad_profiles", "dyads", "ego",
    "listed_profiles",
    "events", "memberships", "pagerank", "shared_membership", "state_graph", "state_interactions",
    "state_labels", "strength", "write_analysis",
]


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
