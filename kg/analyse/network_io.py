"""Projections of the graph written for network tools: GraphML, GEXF (Gephi) and CSV tables.

From a notebook::

    from kg.graph.io import load_store
    from kg.analyse.network_io import project, write_network

    G = project(load_store("outputs/demo"), "states")      # a networkx graph
    write_network(G, "gexf", Path("states.gexf"))         # or "graphml", or "csv"

The projections (:data:`PROJECTIONS`) are those of :mod:`kg.analyse.projections` and of ``kg view``:

* ``states``: states joined by the events between them, one edge per pair (``weight`` = events,
  ``tone``, ``types``, ``first``, ``last``, ``events``);
* ``persons``: the persons named in events, joined when they act in the same event (a person alone
  in an event is joined to its states), as ``kg view --projection persons`` draws them;
* ``memberships``: states and the organisations they belong to, every status (``status``,
  ``start``, ``end`` on the edges);
* ``shared``: states joined by the organisations they are full members of together (``weight``,
  ``organisations``);
* ``bipartite``: actors (states, organisations, persons; ``bipartite=0``) joined to the events they
  take part in (``bipartite=1``), each edge with the actor's ``role`` and ``initiator``.

Every writer takes the same flattened copy of the graph (:func:`flat_graph`), because GraphML, GEXF
and CSV cells hold one scalar each: lists become ``;``-joined strings in their order, sets and
mappings (``types``) ``;``-joined in sorted order (``meeting:2;visit:1``), and ``None`` is left
out. An attribute whose values mix numbers and text is written as text throughout, so each file
declares one type per attribute. Nodes and edges are sorted, so the same graph gives the same bytes.

GEXF gives some attribute names a meaning of its own: ``label``, ``weight``, ``start`` and ``end``
are written as GEXF's (memberships become time intervals in Gephi); ``type`` on an edge would be
read as its direction, and ``id``, ``pid``, ``viz``, ``parents``, ``slices``, ``spells`` as
structure, so those are written with a trailing underscore (``type_``). The GEXF file carries no
modification date, which would change the bytes every day.

CSV is two files, named by :func:`csv_paths`: ``nodes.csv`` (``id`` then the node attributes) and
``edges.csv`` (``source``, ``target``, ``key`` for multigraphs, then the edge attributes). The
identity columns win: an attribute called ``id``, ``source``, ``target`` or ``key`` is renamed with
a trailing underscore. Booleans are ``true``/``false``, missing values empty cells.
"""
from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Callable

import networkx as nx
import pyoxigraph as ox
from networkx.readwrite.gexf import GEXFWriter

from ..errors import UsageError
from . import projections

NETWORK_FORMATS = ("graphml", "gexf", "csv")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}
_GEXF_RESERVED = {"node": {"id", "pid", "viz", "parents", "slices", "spells"},
                  "edge": {"id", "type", "slices", "spells"}}
_CSV_RESERVED = {"node": {"id"}, "edge": {"source", "target", "key"}}


# ---------------------------------------------------------------- projections


def _persons(store: ox.Store, lang: str) -> nx.Graph:
    # The view owns the rule of who is joined to whom; reading its result keeps the file and the
    # picture in agreement. Imported here because the view module itself builds on this package.
    from ..render.views import person_facts

    nodes, facts = person_facts(store, lang)
    G = nx.Graph()
    for node, data in nodes.items():
        G.add_node(node, label=data["label"], kind=data["kind"], code=data["code"])
    for (a, b), found in facts.items():
        events = sorted({f["event"] for f in found})
        dates = sorted(f["date"] for f in found if f.get("date"))
        G.add_edge(a, b, weight=len(events), tone=round(sum(float(f.get("tone") or 0.0) for f in found), 6),
                   types=Counter(f["type"] for f in found), first=dates[0] if dates else None,
                   last=dates[-1] if dates else None, events=events)
    return G


#: Projection name -> function of (store, lang) giving the networkx graph.
PROJECTIONS: dict[str, Callable[[ox.Store, str], nx.Graph]] = {
    "states": lambda store, lang: projections.state_graph(store, lang),
    "persons": _persons,
    "memberships": lambda store, lang: projections.memberships(store, statuses=None, lang=lang),
    "shared": lambda store, lang: projections.shared_membership(store, lang=lang),
    "bipartite": lambda store, lang: projections.actor_event_graph(store, lang),
}


def project(store: ox.Store, name: str, lang: str = "en") -> nx.Graph:
    """The projection ``name`` (a key of :data:`PROJECTIONS`) of ``store``, labels in ``lang``."""
    if name not in PROJECTIONS:
        raise UsageError(f"unknown projection {name!r}; choose one of {', '.join(PROJECTIONS)}")
    return PROJECTIONS[name](store, lang)


# ---------------------------------------------------------------- flattening


def scalar(value: object) -> str | int | float | bool | None:
    """One cell's worth of ``value``.

    >>> scalar(["b", "a"]), scalar({"b", "a"}), scalar(Counter(visit=1, meeting=2)), scalar(None)
    ('b;a', 'a;b', 'meeting:2;visit:1', None)
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return ";".join(f"{k}:{v}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
    if isinstance(value, (set, frozenset)):
        return ";".join(sorted(str(v) for v in value))
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return str(value)


def _flat(data: Mapping) -> dict:
    return {str(k): v for k, v in ((k, scalar(v)) for k, v in data.items()) if v is not None}


def _one_type_per_attribute(records: list[dict]) -> None:
    found: dict[str, set[type]] = defaultdict(set)
    for record in records:
        for key, value in record.items():
            found[key].add(type(value))
    for key, types in found.items():
        if len(types) < 2:
            continue
        cast = float if types <= {int, float} else str
        for record in records:
            if key in record:
                record[key] = cast(record[key])


def flat_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with scalar attributes (see the module notes), nodes and edges sorted."""
    H = (nx.MultiDiGraph if G.is_multigraph() else nx.DiGraph)() if G.is_directed() else \
        (nx.MultiGraph if G.is_multigraph() else nx.Graph)()
    H.graph.update(_flat(G.graph))
    nodes = sorted(((n, _flat(d)) for n, d in G.nodes(data=True)), key=lambda item: str(item[0]))
    _one_type_per_attribute([d for _, d in nodes])
    H.add_nodes_from(nodes)
    edges = []
    for edge in (G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)):
        u, v, data = edge[0], edge[1], edge[-1]
        if not G.is_directed() and str(v) < str(u):
            u, v = v, u  # an undirected edge is listed from its smaller end, whichever way it was added
        key = (edge[2],) if G.is_multigraph() else ()
        edges.append((u, v, *key, _flat(data)))
    edges.sort(key=lambda e: tuple(str(x) for x in e[:-1]))
    _one_type_per_attribute([e[-1] for e in edges])
    H.add_edges_from(edges)
    return H


def _renamed(data: Mapping, reserved: set[str]) -> dict:
    return {(f"{k}_" if k in reserved else k): v for k, v in data.items()}


# ---------------------------------------------------------------- writers


def graphml_bytes(G: nx.Graph) -> bytes:
    """``G`` as GraphML (UTF-8)."""
    buffer = io.BytesIO()
    nx.write_graphml(flat_graph(G), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def gexf_bytes(G: nx.Graph) -> bytes:
    """``G`` as GEXF 1.2 (UTF-8), reserved attribute names renamed (see the module notes)."""
    flat = flat_graph(G)
    H = flat.__class__()
    H.graph.update(flat.graph)
    H.add_nodes_from((n, _renamed(d, _GEXF_RESERVED["node"])) for n, d in flat.nodes(data=True))
    reserved = _GEXF_RESERVED["edge"]
    if flat.is_multigraph():
        H.add_edges_from((u, v, k, _renamed(d, reserved)) for u, v, k, d in flat.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, _renamed(d, reserved)) for u, v, d in flat.edges(data=True))
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(H)
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def csv_paths(out: Path) -> tuple[Path, Path]:
    """Where the CSV tables of ``--out out`` go.

    A path ending in ``.csv`` is a name for both: ``net/states.csv`` gives ``net/states.nodes.csv``
    and ``net/states.edges.csv``. Any other path is a folder (made if missing) holding
    ``nodes.csv`` and ``edges.csv``.
    """
    out = Path(out)
    if out.suffix.lower() == ".csv":
        stem = out.name[: -len(out.suffix)]
        return out.with_name(f"{stem}.nodes.csv"), out.with_name(f"{stem}.edges.csv")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; --out for csv is a folder or a name ending in .csv")
    return out / "nodes.csv", out / "edges.csv"


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _table(first: list[str], rows: list[tuple[list, dict]], reserved: set[str]) -> str:
    renamed = [(ids, _renamed(data, reserved)) for ids, data in rows]
    columns = first + sorted({k for _, data in renamed for k in data})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for ids, data in renamed:
        writer.writerow([_cell(v) for v in ids] + [_cell(data.get(c)) for c in columns[len(first):]])
    return buffer.getvalue()


def csv_tables(G: nx.Graph) -> tuple[str, str]:
    """The node table and the edge table of ``G`` as CSV text."""
    flat = flat_graph(G)
    nodes = _table(["id"], [([n], d) for n, d in flat.nodes(data=True)], _CSV_RESERVED["node"])
    if flat.is_multigraph():
        edges = _table(["source", "target", "key"], [([u, v, k], d) for u, v, k, d in flat.edges(keys=True, data=True)],
                       _CSV_RESERVED["edge"])
    else:
        edges = _table(["source", "target"], [([u, v], d) for u, v, d in flat.edges(data=True)], _CSV_RESERVED["edge"])
    return nodes, edges


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)  # a reader never sees half a file


def network_bytes(G: nx.Graph, fmt: str) -> bytes:
    """``G`` as one GraphML or GEXF document (CSV is two files: see :func:`csv_tables`)."""
    if fmt == "graphml":
        return graphml_bytes(G)
    if fmt == "gexf":
        return gexf_bytes(G)
    raise UsageError(f"{fmt!r} is not a one-file network format; choose graphml or gexf")


def write_network(G: nx.Graph, fmt: str, out: Path) -> list[Path]:
    """Write ``G`` in ``fmt`` (graphml, gexf or csv) at ``out``; return the paths written."""
    if fmt not in NETWORK_FORMATS:
        raise UsageError(f"unknown network format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}")
    out = Path(out)
    if fmt == "csv":
        paths = csv_paths(out)
        for path, text in zip(paths, csv_tables(G)):
            _replace(path, text.encode("utf-8"))
        return list(paths)
    _replace(out, network_bytes(G, fmt))
    return [out]
