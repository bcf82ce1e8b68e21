"""Interactive offline views of the graph: one self-contained HTML page per view.

The page carries vis-network inline (the copy bundled with pyvis) and loads nothing from the
network. Nodes are states, organisations, persons or events; an edge joins two of them and lists
the facts (events or memberships) behind it. The page has a legend, a search box, a filter per event
type, a date range and a side panel that shows the facts of a clicked node or edge.

The layout is computed here, not in the browser: each connected component is laid out on its own
and the components are packed side by side, so the first picture is the final one (no nodes flying
about while a physics simulation settles) and the same graph always looks the same.

Large graphs are cut to stay usable: at most ``max_nodes`` nodes (ranked by the view's measure),
``max_edges`` edges (the heaviest) and ``max_facts`` facts listed with their evidence; the facts
beyond that are still counted, per type and date, so edge widths and filters stay exact. The page
says what was cut.

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
import numpy as np
import pyoxigraph as ox

from ..analyse import measures
from ..analyse.projections import (
    ORG_PREFIX,
    actor_event_graph,
    events,
    memberships,
    state_interactions,
    state_labels,
)
from ..errors import UsageError

PROJECTIONS = ("states", "persons", "memberships", "events")
#: Radius of a node (vis-network pixels at zoom 1) for the lowest and the highest measure.
MIN_SIZE, MAX_SIZE = 12, 34
#: Distance between the two nodes of a pair; larger components spread as the square root of their size.
SPACING = 240
#: Components of up to this many nodes get the Kamada–Kawai layout (even, but quadratic), larger ones a spring layout.
KAMADA_KAWAI_LIMIT = 100
TEMPLATES = Path(__file__).resolve().parent / "templates"

KINDS = {
    "state": {"colour": "#2b6cb0", "shape": "dot", "name": "State"},
    "organisation": {"colour": "#b7791f", "shape": "diamond", "name": "Organisation"},
    "person": {"colour": "#2f855a", "shape": "triangle", "name": "Person"},
    "event": {"colour": "#805ad5", "shape": "square", "name": "Event"},
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


def _events(store: ox.Store, lang: str) -> tuple[dict[str, dict], dict[tuple[str, str], list[dict]]]:
    B = actor_event_graph(store, lang)
    nodes = {n: {"label": d["label"], "kind": d["kind"],
                 "code": d.get("code") or n.rsplit("/", 1)[-1]} for n, d in B.nodes(data=True)}
    facts = {}
    for event, data in B.nodes(data=True):
        if data["kind"] != "event":
            continue
        actors = sorted(B[event], key=lambda a: (B[event][a]["role"] != "participant", not B[event][a]["initiator"],
                                                 B[event][a]["role"], str(a)))
        fact = _fact(event, data["type"], data["when"], [nodes[a]["label"] for a in actors], data["quote"],
                     data["article"], data["tone"], place=data["place_label"])
        for actor in actors:
            role = B[event][actor]["role"]
            facts[tuple(sorted((actor, event)))] = [{**fact, "role": "initiator" if B[event][actor]["initiator"] else role}]
    return nodes, facts


# ---------------------------------------------------------------- layout and sizes


def _sizes(score: dict, nodes: Iterable) -> dict:
    """Node radii between MIN_SIZE and MAX_SIZE by the square root of the measure's spread.

    When every node has (nearly) the same measure they all get the middle size, so a graph of
    equal pairs does not look like a graph of hubs.
    """
    values = {n: float(score.get(n, 0.0)) for n in nodes}
    lo, hi = min(values.values(), default=0.0), max(values.values(), default=0.0)
    if hi <= 0 or (hi - lo) / hi < 0.05:
        return {n: (MIN_SIZE + MAX_SIZE) / 2 for n in values}
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt((v - lo) / (hi - lo)), 2) for n, v in values.items()}


def _component_layout(H: nx.Graph) -> dict:
    members = sorted(H, key=str)
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) == 2:
        return {members[0]: (-1.0, 0.0), members[1]: (1.0, 0.0)}
    if len(members) <= KAMADA_KAWAI_LIMIT:
        # Starting from a circle in a fixed order keeps the result the same from run to run; the
        # weights are event counts, not distances, so every edge counts as one hop.
        start = nx.circular_layout(members)
        pos = nx.kamada_kawai_layout(H, pos=start, weight=None)
    else:
        pos = nx.spring_layout(H, seed=measures.SEED, iterations=50)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {n: ((p[0] - cx) / span, (p[1] - cy) / span) for n, p in pos.items()}


def _spread(pos: dict, sizes: dict, iterations: int = 60) -> dict:
    """Push apart nodes that overlap (with a margin for their labels), in pixel coordinates.

    Force layouts put nodes with the same neighbours (two events of the same people) on one spot;
    this moves each overlapping pair apart along the line between them, half the shortfall each.
    """
    names = list(pos)
    if len(names) < 2:
        return pos
    xy = np.array([pos[n] for n in names], dtype=float)
    radius = np.array([sizes[n] for n in names], dtype=float) + 14.0
    need = radius[:, None] + radius[None, :]
    np.fill_diagonal(need, 0.0)
    # Nodes on the very same spot separate along fixed directions, so the result does not vary.
    jitter = np.stack([np.cos(np.arange(len(names)) * 2.399963), np.sin(np.arange(len(names)) * 2.399963)], axis=1)
    for _ in range(iterations):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2))
        short = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(short, 0.0)
        if short.max() < 0.5:
            break
        coincide = dist < 1e-6
        unit = np.where(coincide[:, :, None], jitter[:, None, :] - jitter[None, :, :], delta)
        norm = np.sqrt((unit ** 2).sum(axis=2))
        norm[norm == 0] = 1.0
        xy += ((unit / norm[:, :, None]) * (short / 2)[:, :, None]).sum(axis=1)
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, xy)}


def _layout(G: nx.Graph, sizes: dict, edge_length: float = SPACING) -> dict:
    """Positions in vis-network pixels: components laid out apart, then packed in rows, largest first.

    ``edge_length`` is the length a small component's edges are stretched to: long enough for
    the edge labels (the event types of a pair of states), shorter where edges carry no label.
    """
    components = sorted((sorted(c, key=str) for c in nx.connected_components(G)), key=lambda c: (-len(c), str(c[0])))
    boxes = []
    for comp in components:
        H = G.subgraph(comp)
        unit = _component_layout(H)
        radius = SPACING / 2 * math.sqrt(len(comp) / 2) if len(comp) > 1 else 0.0
        if H.number_of_edges():
            # Small components: stretch until an edge is about edge_length long, room for its label.
            mean = sum(math.dist(unit[a], unit[b]) for a, b in H.edges()) / H.number_of_edges()
            radius = min(max(radius, edge_length / max(mean, 1e-6)), 2 * radius)
        pos = {n: (px * radius, py * radius) for n, (px, py) in unit.items()}
        pos = _spread(pos, sizes)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        boxes.append(({n: (px - min(xs), py - min(ys)) for n, (px, py) in pos.items()},
                      max(xs) - min(xs), max(ys) - min(ys)))
    gap = SPACING / 2
    width = max([w + gap for _, w, _ in boxes] + [math.sqrt(sum((max(w, h) + gap) ** 2 for _, w, h in boxes)) * 1.4])
    positions: dict = {}
    x = y = row_height = 0.0
    for pos, w, h in boxes:
        if x > 0 and x + w + gap > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            positions[n] = (round(x + gap / 2 + px, 1), round(y + gap / 2 + py, 1))
        x += w + gap
        row_height = max(row_height, h + gap)
    return positions


def _cut_facts(kept: list[dict], quota: int) -> tuple[list[dict], list[list]]:
    """The latest ``quota`` facts, and the others counted as ``[type, date, count, tone]`` per type and date."""
    listed = kept[-quota:] if quota else []
    rest: dict[tuple[str, str | None], list] = {}
    for f in kept[: len(kept) - len(listed)]:
        bucket = rest.setdefault((f["type"], f["date"]), [f["type"], f["date"], 0, 0.0])
        bucket[2] += 1
        bucket[3] = round(bucket[3] + float(f["tone"] or 0.0), 6)
    return listed, sorted(rest.values(), key=lambda b: (b[0], b[1] or ""))


def _top_bipartite(G: nx.Graph, nodes: dict, score: dict, limit: int) -> list:
    """The busiest actors (a quarter of ``limit``), then their events, those joining most of them and latest first.

    Ranking both sides by one measure would keep only actors (an actor has hundreds of events, an
    event a handful of actors) and so draw no edge at all.
    """
    actors = sorted((n for n in G if nodes[n]["kind"] != "event"), key=lambda n: (-score.get(n, 0.0), str(n)))
    chosen = actors[: max(1, limit // 4)]
    inside = set(chosen)
    linked = [e for e in G if nodes[e]["kind"] == "event" and any(a in inside for a in G[e])]
    linked.sort(key=str)
    linked.sort(key=lambda e: max((f["date"] or "" for fs in (G[e][a]["facts"] for a in G[e]) for f in fs),
                                  default=""), reverse=True)
    linked.sort(key=lambda e: sum(a in inside for a in G[e]), reverse=True)
    chosen += linked[: limit - len(chosen)]
    return chosen + actors[len(inside): len(inside) + limit - len(chosen)]


# ---------------------------------------------------------------- the view


def render_view(store: ox.Store, out: Path, *, projection: str = "states", focus: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                event_types: Iterable[str] | None = None, min_weight: int = 1, lang: str = "en",
                max_nodes: int = 300, max_edges: int = 1500, max_facts: int = 3000,
                title: str | None = None, home: str | None = None, around: Iterable[str] | None = None) -> dict:
    """Write one self-contained interactive HTML view of ``store`` to ``out``.

    ``projection`` picks the nodes: ``states`` (joined by events), ``persons`` (joined by the
    events they are involved in together), ``memberships`` (states and their organisations) or
    ``events`` (actors joined to the events they take part in). ``focus`` keeps the ego network of
    one node (an ISO code, ``org:CODE`` or a person's id), ``around`` the nodes among these ids and
    their neighbours (the memberships of the states in the news, say), ``date_from``/``date_to`` and
    ``event_types`` keep the facts inside, ``min_weight`` the edges with at least that many facts.

    A large graph is cut: ``max_nodes`` keeps the nodes ranked highest (PageRank for states and
    persons, strength otherwise), ``max_edges`` the edges with the most facts among them, and
    ``max_facts`` is how many facts the page lists with their evidence (the latest of each edge,
    shared out evenly); the others are only counted. ``home`` is a relative link shown in the
    page's header (the index page). Returns the counts: ``nodes``, ``edges``,
    ``facts`` (listed), ``counted`` (all facts on the edges shown), ``cut_nodes``, ``cut_edges``,
    ``unlisted_facts``, ``bytes`` and ``path``.
    """
    if projection not in PROJECTIONS:
        raise UsageError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    if min(max_nodes, max_edges) < 1 or max_facts < 0:
        raise UsageError("max_nodes and max_edges must be at least 1, max_facts at least 0")
    if home is not None and re.match(r"^(?:[a-z][a-z0-9+.-]*:|/)", home, re.IGNORECASE):
        raise UsageError(f"home {home!r} must be a relative link")
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    wanted = None if event_types is None else {t.strip() for t in event_types if t.strip()}
    builders = {"states": _states, "persons": _persons, "memberships": _memberships, "events": _events}
    nodes, facts = builders[projection](store, lang)

    def keep(f: dict) -> bool:
        if wanted is not None and f["type"] not in wanted and f["type"].split(":")[-1] not in wanted:
            return False
        if start and (f["date"] is None or f["date"] < start):
            return False
        return not (end and (f["date"] is None or f["date"] > end))

    G = nx.Graph()
    G.add_nodes_from(sorted(nodes, key=str))
    for (a, b), found in sorted(facts.items()):
        kept = sorted((f for f in found if keep(f)), key=lambda f: (f["date"] or "", f["event"]))
        if len(kept) >= max(min_weight, 1):
            G.add_edge(a, b, weight=len(kept), facts=kept)
    filtered = start or end or wanted is not None or min_weight > 1
    if filtered:
        G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0])
    if around is not None:
        wanted_nodes = set(around)
        centre = [n for n in G if n in wanted_nodes]
        G = G.subgraph(set(centre).union(*(G[n] for n in centre))).copy()
    if focus:
        target = focus if focus in G else next((n for n in G if nodes[n]["code"].lower() == focus.lower()), None)
        if target is None:
            raise UsageError(f"{focus!r} is not a node of this view")
        G = G.subgraph(measures.ego(G, target)).copy()
    total_nodes, total_edges = G.number_of_nodes(), G.number_of_edges()

    measure_name = "pagerank" if projection in ("states", "persons") else "strength"
    score = measures.pagerank(G) if measure_name == "pagerank" else measures.strength(G)
    if total_nodes > max_nodes:
        chosen = _top_bipartite(G, nodes, score, max_nodes) if projection == "events" else \
            sorted(G, key=lambda n: (-score.get(n, 0.0), str(n)))[:max_nodes]
        G = G.subgraph(chosen).copy()
    if G.number_of_edges() > max_edges:
        heaviest = sorted(G.edges(data="weight"), key=lambda e: (-e[2], str(min(e[0], e[1])), str(max(e[0], e[1]))))
        H = nx.Graph()
        H.add_nodes_from(G)
        H.add_edges_from((a, b, G[a][b]) for a, b, _ in heaviest[:max_edges])
        G = H
    cut_nodes, cut_edges = total_nodes - G.number_of_nodes(), total_edges - G.number_of_edges()
    sizes = _sizes(score, G)
    positions = _layout(G, sizes, SPACING if projection in ("states", "persons") else SPACING / 2)

    page_nodes = []
    for n in sorted(G, key=str):
        info = nodes[n]
        kind = KINDS[info["kind"]]
        x, y = positions[n]
        page_nodes.append({"id": n, "label": info["label"], "code": info["code"], "kind": info["kind"],
                           "measure": round(float(score.get(n, 0.0)), 6), "size": sizes[n],
                           "color": kind["colour"], "shape": kind["shape"], "x": x, "y": y})

    ordered = sorted(G.edges(data=True), key=lambda x: (str(min(x[0], x[1], key=str)), str(max(x[0], x[1], key=str))))
    # Share the listed facts out evenly: light edges list all theirs, what they leave goes to the heavy ones.
    quota, budget = {}, max_facts
    by_weight = sorted(range(len(ordered)), key=lambda i: (ordered[i][2]["weight"], i))
    for left, i in zip(range(len(by_weight), 0, -1), by_weight):
        quota[i] = min(ordered[i][2]["weight"], budget // left)
        budget -= quota[i]
    page_edges = []
    for i, (a, b, d) in enumerate(ordered):
        a, b = sorted((a, b), key=str)
        listed, rest = _cut_facts(d["facts"], quota[i])
        edge = {"id": f"e{i}", "from": a, "to": b, "facts": listed, "rest": rest, "weight": d["weight"]}
        if projection == "events":
            # "participant" and "person" on every edge would only be noise; who acts and who is acted on is not.
            role = d["facts"][0]["role"]
            edge["label"] = role if role in ("initiator", "target") else ""
        elif projection == "memberships" and all(f["type"] == "membership:member" for f in d["facts"]):
            edge["label"] = ""  # full membership is the rule; only observers, partners... are named
        page_edges.append(edge)
    listed_facts = [f for e in page_edges for f in e["facts"]]
    counted = sum(e["weight"] for e in page_edges)
    dates = [f["date"] for f in listed_facts if f["date"]] + [r[1] for e in page_edges for r in e["rest"] if r[1]]
    data = {
        "meta": {
            "title": title or f"kg – {projection}", "projection": projection, "lang": lang,
            "focus": focus, "measure": measure_name, "physics": False, "home": home,
            "cut_nodes": cut_nodes, "cut_edges": cut_edges, "total_nodes": total_nodes,
            "total_edges": total_edges, "max_nodes": max_nodes, "max_edges": max_edges,
            "unlisted_facts": counted - len(listed_facts),
            "types": sorted({f["type"] for f in listed_facts} | {r[0] for e in page_edges for r in e["rest"]}),
            "dates": [min(dates, default=None), max(dates, default=None)],
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
    return {"nodes": len(page_nodes), "edges": len(page_edges), "facts": len(listed_facts), "counted": counted,
            "cut_nodes": cut_nodes, "cut_edges": cut_edges, "unlisted_facts": counted - len(listed_facts),
            "physics": False, "bytes": out.stat().st_size, "path": str(out)}
