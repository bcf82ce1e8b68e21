"""Network measures as pure functions ``G -> dict`` (node -> value).

They take any networkx graph: the projections of :mod:`kg.analyse.projections` or one made by hand.
Randomised algorithms use a fixed seed, so the same graph always gives the same answer.
"""
from __future__ import annotations

from typing import Hashable

import networkx as nx

#: Seed of the randomised algorithms (Louvain, sampled betweenness).
SEED = 42
#: Largest graph (in nodes) whose betweenness is computed exactly; above it, it is sampled.
EXACT_BETWEENNESS_LIMIT = 1000
#: Number of source nodes sampled for betweenness on graphs above the limit.
BETWEENNESS_SAMPLES = 200


def _undirected_simple(G: nx.Graph, weight: str | None) -> nx.Graph:
    """An undirected graph without parallel edges; their weights (default 1) are summed."""
    if not G.is_directed() and not G.is_multigraph():
        return G
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        w = data.get(weight, 1) if weight else 1
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def strength(G: nx.Graph, weight: str | None = "weight") -> dict[Hashable, float]:
    """Weighted degree: the sum of the weights of a node's edges (in and out for directed graphs).

    Parameters
    ----------
    G : networkx graph
    weight : str or None
        Edge attribute holding the weight (an edge without it counts 1); None counts edges.

    Returns
    -------
    dict
        Node -> strength.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("IR", "TJ", weight=6)
    >>> G.add_edge("IR", "IL", weight=1)
    >>> strength(G)
    {'IR': 7, 'TJ': 6, 'IL': 1}
    """
    return dict(G.degree(weight=weight))


def pagerank(G: nx.Graph, weight: str | None = "weight", alpha: float = 0.85) -> dict[Hashable, float]:
    """PageRank with edge weights; on a directed graph, importance flows along the edges.

    Parallel edges of a multigraph add their weights. Negative weights are not allowed: rank by
    event counts (``weight``), not by tone.

    Parameters
    ----------
    G : networkx graph
    weight : str or None
        Edge attribute holding the weight; None gives every edge weight 1.
    alpha : float
        Damping factor.

    Returns
    -------
    dict
        Node -> PageRank; the values sum to 1 (empty for an empty graph).

    Examples
    --------
    >>> G = nx.star_graph(4)
    >>> pr = pagerank(G)
    >>> max(pr, key=pr.get)
    0
    >>> round(sum(pr.values()), 6)
    1.0
    """
    if G.number_of_nodes() == 0:
        return {}
    return nx.pagerank(G, alpha=alpha, weight=weight)


def betweenness(G: nx.Graph, k: int | None = None, weight: str | None = None,
                normalized: bool = True, seed: int = SEED) -> dict[Hashable, float]:
    """Betweenness centrality: how often a node lies on the shortest paths between others.

    Exact on graphs of up to :data:`EXACT_BETWEENNESS_LIMIT` nodes; above that (or when ``k`` is
    given) it is estimated from ``k`` sampled source nodes (default :data:`BETWEENNESS_SAMPLES`)
    drawn with a fixed ``seed``, so repeated runs agree.

    Parameters
    ----------
    G : networkx graph
    k : int or None
        Number of sampled source nodes; None means exact when the graph is small enough.
    weight : str or None
        Edge attribute read as a *distance*. The default None counts hops, which suits event
        counts: more events between two states bring them closer, not further apart.
    normalized : bool
        Divide by the number of pairs of other nodes.
    seed : int
        Seed of the sampling.

    Returns
    -------
    dict
        Node -> betweenness.

    Examples
    --------
    >>> G = nx.star_graph(3)
    >>> betweenness(G)
    {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0}
    """
    n = G.number_of_nodes()
    if k is None and n > EXACT_BETWEENNESS_LIMIT:
        k = BETWEENNESS_SAMPLES
    if k is not None and k >= n:
        k = None
    return nx.betweenness_centrality(G, k=k, normalized=normalized, weight=weight, seed=seed if k else None)


def communities(G: nx.Graph, weight: str | None = "weight", resolution: float = 1.0,
                seed: int = SEED) -> dict[Hashable, int]:
    """Louvain communities, numbered from 0 by size (largest first), with a fixed seed.

    Directed and multi-edge graphs are read as undirected, the weights of parallel and opposite
    edges summed. A node without edges is a community of its own.

    Parameters
    ----------
    G : networkx graph
    weight : str or None
        Edge attribute holding the (non-negative) weight; None gives every edge weight 1.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    seed : int
        Seed of the Louvain method.

    Returns
    -------
    dict
        Node -> community id.

    Examples
    --------
    Two triangles joined by one edge are two communities:

    >>> G = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> found = communities(G)
    >>> sorted(set(found.values()))
    [0, 1]
    >>> found[1] == found[2] == found[3] != found[4] == found[5] == found[6]
    True
    """
    H = _undirected_simple(G, weight)
    if H.number_of_nodes() == 0:
        return {}
    parts = nx.community.louvain_communities(H, weight="weight" if weight else None,
                                             resolution=resolution, seed=seed)
    ordered = sorted(parts, key=lambda part: (-len(part), min(str(n) for n in part)))
    return {node: i for i, part in enumerate(ordered) for node in part}


def ego(G: nx.Graph, node: Hashable, radius: int = 1) -> dict[Hashable, int]:
    """The nodes within ``radius`` hops of ``node`` (edges read in both directions), with their distance.

    ``G.subgraph(ego(G, node))`` is the ego network itself.

    Parameters
    ----------
    G : networkx graph
    node : node of G
    radius : int
        Largest number of hops.

    Returns
    -------
    dict
        Node -> hops from ``node`` (``node`` itself at 0), nearest first.

    Raises
    ------
    networkx.NodeNotFound
        When ``node`` is not in ``G``.

    Examples
    --------
    >>> G = nx.path_graph(["IL", "IR", "TJ", "RU"])
    >>> ego(G, "IR")
    {'IR': 0, 'IL': 1, 'TJ': 1}
    >>> ego(G, "IR", radius=2)
    {'IR': 0, 'IL': 1, 'TJ': 1, 'RU': 2}
    """
    H = G.to_undirected(as_view=True) if G.is_directed() else G
    found = nx.single_source_shortest_path_length(H, node, cutoff=radius)
    return dict(sorted(found.items(), key=lambda item: (item[1], str(item[0]))))
