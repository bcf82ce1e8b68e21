"""Interactive offline views of the graph: one self-contained HTML page per view.

The page carries vis-network inline (the copy bundled with pyvis) and loads nothing from the
network. Nodes are states, organisations or persons; an edge joins two of them and lists the facts
(events or memberships) behind it. The page has a legend, a search box, a filter per event type, a
date range and a side panel that shows the facts of a clicked node or edge.

All data goes into the page as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` written as JSON escapes, so no quote can close the script element; the page's script
fills the panel with DOM text nodes only. Opening the page with ``#selftest`` runs a small
self-test that writes its results into ``<pre id="kg-selftest">`` (used by the tests).
"""
from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..analyse import measures
from ..analyse.projections import (
    ORG_PREFIX,
    events,
    memberships,
    state_interactions,
    state_labels,
)
from ..errors import UsageError

PROJECTIONS = ("states", "persons", "memberships")
#: Above this many nodes the page draws without the physics layout (positions are computed here).
PHYSICS_LIMIT = 300
TEMPLATES = Path(__file__).resolve().parent / "templates"

KINDS = {
    "state": {"colour": "#2b6cb0", "shape": "dot", "name": "State"},
    "organisation": {"colour": "#b7791f", "shape": "diamond", "name": "Organisation"},
    "person": {"colour": "#2f855a", "shape": "triangle", "name": "Person"},
}

_PERSON_QUERY = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?type ?person ?label ?label_lang WHERE {
  ?event dip:involvesPerson ?person ; dip:eventType ?type_node .
  BIND (STRAFTER(STR(?type_node), "/event-type/") AS ?type)
  OPTIONAL { ?person rdfs:label ?label . BIND (LANG(?label) AS ?label_lang) }
}
ORDER BY ?event ?person
"""


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, from the files pyvis ships for its in-line mode."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not found:
        raise UsageError("pyvis does not ship vis-network here; reinstall pyvis")
    js = found[-1]
    return js.read_text(encoding="utf-8"), js.with_name("vis-network.css").read_text(encoding="utf-8")


def _json_for_script(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left as such."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _day(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise UsageError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def _fact(event: str, type_: str, date: str | None, parties: list[str], quote: str | None,
          article: str | None, tone: float, **extra: object) -> dict:
    return {"event": event, "type": type_, "date": date, "parties": parties, "quote": quote,
            "article": article, "tone": tone, **extra}


# ---------------------------------------------------------------- projections


def _states(store: ox.Store, lang: str) -> tuple[dict[str, dict], dict[tuple[str, str], list[dict]]]:
    G = state_interactions(store, lang)
    nodes = {n: {"label": d.get("label") or n, "kind": "state", "code": n} for n, d in G.nodes(data=True)}
    facts: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for u, v, d in G.edges(data=True):
        pair = tuple(sorted((u, v)))
        if d["event"] in facts[pair]:
            continue
        direction = f"{nodes[u]['label']} ↔ {nodes[v]['label']}" if d.get("symmetric") else \
            f"{nodes[u]['label']} → {nodes[v]['label']}"
        facts[pair][d["event"]] = _fact(d["event"], d["type"], d.get("date"), [direction], d.get("quote"),
                                        d.get("article"), float(d.get("tone") or 0.0),
                                        place=d.get("place_label") or d.get("place"), documents=d.get("documents"))
    return nodes, {pair: list(found.values()) for pair, found in facts.items()}


def _persons(store: ox.Store, lang: str) -> tuple[dict[str, dict], dict[tuple[str, str], list[dict]]]:
    records = {e.iri: e for e in events(store)}
    labels = state_labels(store, lang)
    people: dict[str, dict[str, str]] = defaultdict(dict)
    involved: dict[str, list[str]] = defaultdict(list)
    types: dict[str, str] = {}
    for row in store.query(_PERSON_QUERY, use_default_graph_as_union=True):
        event, person = row["event"].value, row["person"].value
        types[event] = row["type"].value
        if person not in involved[event]:
            involved[event].append(person)
        if row["label"] is not None:
            people[person].setdefault(row["label_lang"].value if row["label_lang"] else "", row["label"].value)
    nodes: dict[str, dict] = {}
    for person in {p for ps in involved.values() for p in ps}:
        found = people.get(person, {})
        slug = person.rsplit("/", 1)[-1]
        nodes[person] = {"label": found.get(lang) or found.get("en") or next(iter(found.values()), slug),
                         "kind": "person", "code": slug}
    facts: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for event, persons in sorted(involved.items()):
        e = records.get(event)
        ends = list(persons)
        if len(ends) < 2 and e is not None:  # a lone person is joined to the event's states
            for code in e.parties:
                nodes.setdefault(code, {"label": labels.get(code, code), "kind": "state", "code": code})
                ends.append(code)
        names = [nodes[p]["label"] for p in ends]
        for i, a in enumerate(ends):
            for b in ends[i + 1:]:
                facts[tuple(sorted((a, b)))].append(_fact(
                    event, e.type if e else types[event], e.when if e else None, names,
                    e.quote if e else None, e.article if e else None, e.tone if e else 0.0))
    return nodes, dict(facts)


def _memberships(store: ox.Store, lang: str) -> tuple[dict[str, dict], dict[tuple[str, str], list[dict]]]:
    B = memberships(store, statuses=None, lang=lang)
    nodes = {n: {"label": d.get("label") or n, "kind": d["kind"],
                 "code": d.get("code") or n.removeprefix(ORG_PREFIX)} for n, d in B.nodes(data=True)}
    facts = {}
    for u, v, d in B.edges(data=True):
        state, org = (u, v) if nodes[u]["kind"] == "state" else (v, u)
        facts[tuple(sorted((u, v)))] = [_fact(f"{state}/{org}", f"membership:{d.get('status') or 'member'}",
                                              d.get("start"), [nodes[state]["label"], nodes[org]["label"]],
                                              None, None, 0.0, end=d.get("end"))]
    return nodes, facts


# ---------------------------------------------------------------- the view


def render_view(store: ox.Store, out: Path, *, projection: str = "states", focus: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                event_types: Iterable[str] | None = None, min_weight: int = 1, lang: str = "en",
                max_nodes: int = 300, title: str | None = None) -> dict:
    """Write one self-contained interactive HTML view of ``store`` to ``out``.

    ``projection`` picks the nodes: ``states`` (joined by events), ``persons`` (joined by the
    events they are involved in together) or ``memberships`` (states and their organisations).
    ``focus`` keeps the ego network of one node (an ISO code, ``org:CODE`` or a person's id),
    ``date_from``/``date_to`` and ``event_types`` keep the facts inside, ``min_weight`` the edges
    with at least that many facts, and ``max_nodes`` the nodes ranked highest (PageRank, or
    strength for memberships). Returns the counts: ``nodes``, ``edges``, ``cut_nodes``,
    ``cut_edges``, ``facts`` and ``physics``.
    """
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    if max_nodes < 1:
        raise UsageError("max_nodes must be at least 1")
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    wanted = None if event_types is None else {t.strip() for t in event_types if t.strip()}
    nodes, facts = {"states": _states, "persons": _persons, "memberships": _memberships}[projection](store, lang)

    def keep(f: dict) -> bool:
        if wanted is not None and f["type"] not in wanted and f["type"].split(":")[-1] not in wanted:
            return False
        if start and (f["date"] is None or f["date"] < start):
            return False
        return not (end and (f["date"] is None or f["date"] > end))

    G = nx.Graph()
    G.add_nodes_from(nodes)
    for (a, b), found in facts.items():
        kept = sorted((f for f in found if keep(f)), key=lambda f: (f["date"] or "", f["event"]))
        if len(kept) >= max(min_weight, 1):
            G.add_edge(a, b, weight=len(kept), facts=kept)
    filtered = start or end or wanted is not None or min_weight > 1
    if filtered:
        G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    if focus:
        target = focus if focus in G else next((n for n in G if nodes[n]["code"].lower() == focus.lower()), None)
        if target is None:
            raise UsageError(f"{focus!r} is not a node of this view")
        G = G.subgraph(measures.ego(G, target)).copy()
    total_nodes, total_edges = G.number_of_nodes(), G.number_of_edges()

    measure_name = "strength" if projection == "memberships" else "pagerank"
    score = measures.strength(G) if measure_name == "strength" else measures.pagerank(G)
    if total_nodes > max_nodes:
        ranked = sorted(G, key=lambda n: (-score.get(n, 0.0), str(n)))[:max_nodes]
        G = G.subgraph(ranked).copy()
    cut_nodes, cut_edges = total_nodes - G.number_of_nodes(), total_edges - G.number_of_edges()
    physics = G.number_of_nodes() <= PHYSICS_LIMIT
    positions = {} if physics else nx.spring_layout(G, seed=measures.SEED, iterations=30, scale=1500)

    top = max(score.values(), default=0.0) or 1.0
    page_nodes = []
    for n in sorted(G, key=str):
        info = nodes[n]
        kind = KINDS[info["kind"]]
        item = {"id": n, "label": info["label"], "code": info["code"], "kind": info["kind"],
                "measure": round(float(score.get(n, 0.0)), 6),
                "size": round(10 + 30 * math.sqrt(score.get(n, 0.0) / top), 2),
                "color": kind["colour"], "shape": kind["shape"]}
        if n in positions:
            item["x"], item["y"] = (round(float(c), 1) for c in positions[n])
        page_nodes.append(item)
    page_edges = []
    for i, (a, b, d) in enumerate(sorted(G.edges(data=True), key=lambda x: (str(min(x[0], x[1])), str(max(x[0], x[1]))))):
        a, b = sorted((a, b), key=str)
        page_edges.append({"id": f"e{i}", "from": a, "to": b, "facts": d["facts"]})
    all_facts = [f for e in page_edges for f in e["facts"]]
    data = {
        "meta": {
            "title": title or f"kg – {projection}", "projection": projection, "lang": lang,
            "focus": focus, "measure": measure_name, "physics": physics,
            "cut_nodes": cut_nodes, "cut_edges": cut_edges, "total_nodes": total_nodes,
            "total_edges": total_edges, "max_nodes": max_nodes,
            "types": sorted({f["type"] for f in all_facts}),
            "dates": [min((f["date"] for f in all_facts if f["date"]), default=None),
                      max((f["date"] for f in all_facts if f["date"]), default=None)],
            "kinds": {k: {"colour": v["colour"], "shape": v["shape"], "name": v["name"]} for k, v in KINDS.items()
                      if any(n["kind"] == k for n in page_nodes)},
        },
        "nodes": page_nodes,
        "edges": page_edges,
    }
    vis_js, vis_css = _vis_assets()
    parts = {"TITLE": html.escape(data["meta"]["title"]), "LANG": html.escape(lang),
             "VIS_CSS": vis_css, "VIEW_CSS": (TEMPLATES / "view.css").read_text(encoding="utf-8"),
             "VIS_JS": vis_js, "VIEW_JS": (TEMPLATES / "view.js").read_text(encoding="utf-8"),
             "DATA": _json_for_script(data)}
    # One pass, so nothing inserted is ever read as a placeholder.
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)],
                  (TEMPLATES / "view.html").read_text(encoding="utf-8"))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return {"nodes": len(page_nodes), "edges": len(page_edges), "facts": len(all_facts),
            "cut_nodes": cut_nodes, "cut_edges": cut_edges, "physics": physics, "path": str(out)}
