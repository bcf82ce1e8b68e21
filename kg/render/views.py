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

No view reads every event into Python (issue 15). The state and person views take each edge's
facts counted per type and day, and the persons ranked by their reports, from the counts a build
keeps in the store (:mod:`kg.analyse.aggregates`, :mod:`kg.graph.aggregate_graph`), and list each
edge's latest facts from the reports those counts keep; the actor–event view lets the store pick the
most active actors (``view-actor-activity.rq``) and draws those alone, saying of how many (a build
ranks their events from the mentions it has in hand, a reader asks the store). Only the
facts an edge lists are read, with their evidence, for the edges shown. What a view holds in memory
grows with what it shows, not with the corpus.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
import pyoxigraph as ox

from ..analyse import measures
from ..analyse.aggregates import (Counts, PairTotal, Report, counts_of, directed_pairs, learn_days, reports_of,
                                  state_events)
from ..analyse.projections import (
    ORG_PREFIX,
    SYMMETRIC_TYPES,
    _actor_node,
    _rows,
    _rows_sorted_here,
    actor_event_graph,
    actor_label_rows,
    events,
    memberships,
    saved,
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


def _count_into(edge: dict, type_: str, day: str | None, row: dict) -> None:
    """Add a row of a ``view-*-days`` query (events and summed tone of one type on one day) to an
    edge's counts: ``[type, day, events, tone]`` by (type, day)."""
    bucket = edge.setdefault((type_, day), [type_, day, 0, 0.0])
    bucket[2] += int(row["events"])
    bucket[3] = round(bucket[3] + float(row["tone_sum"] or 0.0), 6)


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


@dataclass
class Projection:
    """What a view draws, before it is cut: nodes, and per edge its facts counted per type and day.

    ``buckets`` maps an edge (its two ends, sorted) to ``[type, day, count, tone]`` lists (day None
    when undated, tone the sum of the facts' tones). ``listed`` gives the facts of some edges with
    their evidence: for each edge, those on or after a day (None: all of them), as :func:`_fact`
    dicts; with ``exact=False`` an edge may list only the latest facts the counts keep. ``labels`` is an edge label per edge, where the projection has one.
    ``note`` says how the nodes were chosen when the store chose them (the most active persons...).
    """

    nodes: dict[str, dict]
    buckets: dict[tuple[str, str], list[list]]
    listed: Callable[..., dict[tuple[str, str], list[dict]]]
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    total_nodes: int | None = None
    note: str | None = None


def _counted(facts: dict[tuple[str, str], list[dict]]) -> dict[tuple[str, str], list[list]]:
    """Facts in hand counted per type and day, as :class:`Projection` keeps them."""
    out: dict[tuple[str, str], list[list]] = {}
    for pair, found in facts.items():
        buckets: dict[tuple[str, str | None], list] = {}
        for f in found:
            b = buckets.setdefault((f["type"], f["date"]), [f["type"], f["date"], 0, 0.0])
            b[2] += 1
            b[3] = round(b[3] + float(f["tone"] or 0.0), 6)
        out[pair] = list(buckets.values())
    return out


def _in_hand(nodes: dict[str, dict], facts: dict[tuple[str, str], list[dict]], **extra) -> Projection:
    """A projection whose facts are all read already (small ones: memberships)."""
    def listed(since: dict[tuple[str, str], str | None], exact: bool = True) -> dict[tuple[str, str], list[dict]]:
        return {pair: [f for f in facts.get(pair, []) if day is None or (f["date"] or "") >= day]
                for pair, day in since.items()}
    return Projection(nodes, _counted(facts), listed, **extra)


def _states(store: ox.Store, lang: str, max_nodes: int, counts: Counts | None = None) -> Projection:
    """States, and per pair of states its reports counted per type and day (the aggregates graph,
    :func:`kg.analyse.aggregates.counts_of`); the facts listed are read for the edges shown only.
    All states are read (about 200): ``max_nodes`` cuts them by PageRank later."""
    labels = state_labels(store, lang)
    counts = counts if counts is not None else counts_of(store, ["states", "days", "pairs"])
    nodes = {code: {"label": labels.get(code, code), "kind": "state", "code": code} for code in state_events(counts)}
    buckets: dict[tuple[str, str], dict[tuple[str, str | None], list]] = defaultdict(dict)
    for (source, target, type_, day), (reports, tone) in counts.days.items():
        a, b = sorted((source, target))
        if type_ in SYMMETRIC_TYPES and source != a:
            continue  # counted from the pair's first state: the same events run both ways
        for code in (a, b):
            nodes.setdefault(code, {"label": labels.get(code, code), "kind": "state", "code": code})
        _count_into(buckets[(a, b)], type_, day or None, {"events": reports, "tone_sum": tone})

    def rows(since: dict[tuple[str, str], str | None], exact: bool) -> Iterable[dict]:
        # The facts of an edge whose latest reports the counts keep (:class:`PairTotal`) are those
        # reports (unless ``exact`` asks for every fact since the day and they do not reach back so
        # far); the others are read pair by pair, or, for the busy edges whose latest facts begin on
        # or after the day _window picks, in one query day first, so that the store follows only
        # recent events to their states.
        kept = {pair: day for pair, day in since.items()
                if pair in counts.pairs and (counts.pairs[pair].covers(day) or not exact)}
        yield from _latest_rows(store, counts, kept)
        since = {pair: day for pair, day in since.items() if pair not in kept}
        if not since:
            return
        counts_by_pair = {pair: list(b.values()) for pair, b in buckets.items()}
        earliest = _window(since, counts_by_pair)
        recent = {pair: day for pair, day in since.items() if earliest is not None and day is not None and day >= earliest}
        apart = [{"state_a": a, "state_b": b, "since": day or ""} for (a, b), day in sorted(since.items())
                 if (a, b) not in recent]
        if apart:
            yield from _rows(store, "view-state-events", table=apart)
        if recent:
            for row in _rows(store, "view-state-recent", {"earliest": earliest}):
                day = recent.get((row["state_a"], row["state_b"]))
                if day is not None and day <= (row["day"] or ""):
                    yield row

    def listed(since: dict[tuple[str, str], str | None], exact: bool = True) -> dict[tuple[str, str], list[dict]]:
        found: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
        for row in rows(since, exact):
            a, b, event = row["state_a"], row["state_b"], row["event"]
            old = found[(a, b)].get(event)
            day = row["day"] or None
            if old is not None:  # one row per article date of an undated event: the earliest is its day
                old["date"] = min(filter(None, (old["date"], day)), default=None)
                continue
            if row["from"]:
                other = b if row["from"] == a else a
                direction = f"{nodes[row['from']]['label']} → {nodes[other]['label']}"
            else:
                direction = f"{nodes[a]['label']} ↔ {nodes[b]['label']}"
            found[(a, b)][event] = _fact(event, row["type"] or "other", day, [direction], None, None, 0.0,
                                         place=None, documents=None)
        return {pair: list(facts.values()) for pair, facts in found.items()}

    return Projection(nodes, {pair: list(b.values()) for pair, b in buckets.items()}, listed)


def _kept_reports(store: ox.Store, counts: Counts, totals: dict[tuple[str, str], PairTotal],
                  since: dict[tuple[str, str], str | None]) -> Iterable[tuple[Report, tuple[str, str]]]:
    """The latest reports the counts keep of each edge of ``since`` (``totals`` by edge) that fall on
    or after its day, read by their IRIs, each with its edge: a view's cost stays that of what it lists."""
    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    learn_days(store, (totals[edge] for edge, day in since.items() if day is not None))
    for edge, day in since.items():
        for event in totals[edge].after(day):
            wanted[event].append(edge)
    for report in reports_of(store, sorted(wanted), counts):
        for edge in wanted[report.event]:
            if since[edge] is None or (report.day or "") >= since[edge]:  # an undated report is before any day
                yield report, edge


def _latest_rows(store: ox.Store, counts: Counts, since: dict[tuple[str, str], str | None]) -> Iterable[dict]:
    """Rows as ``view-state-events.rq`` gives them, for the latest reports the counts keep of each pair."""
    for report, (a, b) in _kept_reports(store, counts, counts.pairs, since):
        directions = directed_pairs(report)
        if report.type in SYMMETRIC_TYPES:
            source = ""
        elif (a, b) in directions:
            source = a
        elif (b, a) in directions:
            source = b
        else:
            continue  # both states take part, but neither acts towards the other
        yield {"state_a": a, "state_b": b, "event": report.event, "type": report.type, "day": report.day,
               "from": source}


def _latest_person_rows(store: ox.Store, since: dict[tuple[str, str], str | None], counts: Counts) -> Iterable[dict]:
    """Rows as ``view-person-events.rq`` gives them, for the latest reports the counts keep of each
    edge of the person view (keyed as the counts key it: person, other)."""
    for report, (person, other) in _kept_reports(store, counts, counts.person_pairs, since):
        yield {"person": person, "other": other, "event": report.event, "type": report.type, "day": report.day}


def _window(since: dict[tuple[str, str], str | None], buckets: dict[tuple[str, str], list[list]]) -> str | None:
    """The first day of the facts read day first; edges listing facts from before it are read pair by pair.

    Reading day first costs about the events since that day, reading an edge pair by pair about its
    events: the day is the one that makes the two together least, judged from the counts per day.
    None when no edge is worth reading day first.
    """
    per_day: dict[str, int] = defaultdict(int)
    for found in buckets.values():
        for _, day, count, _ in found:
            if day:
                per_day[day] += count
    days = sorted(per_day, reverse=True)
    weights = {pair: sum(b[2] for b in buckets.get(pair, [])) for pair, day in since.items() if day is not None}
    best, best_cost, recent = None, sum(weights.values()), 0
    by_since = sorted(((day, pair) for pair, day in since.items() if day is not None), reverse=True)
    i = 0
    for day in days:
        recent += per_day[day]
        while i < len(by_since) and by_since[i][0] >= day:
            i += 1
        cost = recent + sum(weights[pair] for _, pair in by_since[i:])
        if cost < best_cost:
            best, best_cost = day, cost
    return best


def _evidence(store: ox.Store, facts: list[dict], lang: str) -> None:
    """Fill in the tone, place, documents and first evidence of the listed facts (``view-event-facts.rq``)."""
    by_event: dict[str, list[dict]] = defaultdict(list)
    for f in facts:
        by_event[f["event"]].append(f)
    if not by_event:
        return
    places: dict[str, dict[str, str]] = defaultdict(dict)
    evidence: dict[str, set] = defaultdict(set)
    details: dict[str, dict] = {}
    for row in _rows_sorted_here(store, saved("view-event-facts"), {"lang": lang},
                                table=[{"event": e} for e in sorted(by_event)]):
        event = row["event"]
        d = details.setdefault(event, {"tone": float(row["tone"] or 0.0), "place": row["place"],
                                       "documents": int(row["documents"]) if row["documents"] else None})
        if row["place_label"]:
            places[event].setdefault(row["place_label_lang"] or "", row["place_label"])
        if row["quote"] is not None:
            evidence[event].add((row["article"] or "", row["quote"]))
        d["place"] = d["place"] or row["place"]
    for event, found in by_event.items():
        d = details.get(event, {"tone": 0.0, "place": None, "documents": None})
        labels = places.get(event, {})
        place = (labels.get(lang) or labels.get("en") or d["place"]) if d["place"] else None
        first = min(evidence[event]) if evidence.get(event) else (None, None)
        for f in found:
            f.update(tone=d["tone"], place=place, documents=d["documents"], article=first[0] or None, quote=first[1])


def person_facts(store: ox.Store, lang: str) -> tuple[dict[str, dict], dict[tuple[str, str], list[dict]]]:
    """Every person of every event, and per pair of persons (or a person alone and a state) each
    event they share: the whole person projection, read event by event (for ``kg export``; the
    view reads :func:`_persons`, bounded)."""
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


def _persons(store: ox.Store, lang: str, max_nodes: int, counts: Counts | None = None) -> Projection:
    """The ``max_nodes`` persons named in most reports, and per pair of them, or of one of them alone
    in an event and a state of the event, the reports counted per type and day (the aggregates
    graph, :func:`kg.analyse.aggregates.counts_of`); the facts listed are read for the edges shown only."""
    counts = counts if counts is not None else counts_of(store, ["persons"])
    activity = list(counts.persons)
    chosen = activity[:max_nodes]
    inside = set(chosen)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in actor_label_rows(store, chosen):
        found[row["actor"]].setdefault(row["label_lang"] or "", row["label"])
    nodes: dict[str, dict] = {}
    for person in chosen:
        labels, slug = found.get(person, {}), person.rsplit("/", 1)[-1]
        nodes[person] = {"label": labels.get(lang) or labels.get("en") or next(
            (labels[k] for k in sorted(labels)), slug), "kind": "person", "code": slug}
    states = state_labels(store, lang)
    buckets: dict[tuple[str, str], dict[tuple[str, str | None], list]] = defaultdict(dict)
    ends: dict[tuple[str, str], tuple[str, str]] = {}  # edge -> its key in the counts
    for (person, other, type_, day), (reports, tone) in counts.person_days.items():
        if person not in inside or (other.startswith(("http://", "https://")) and other not in inside):
            continue  # a person not shown
        if other not in nodes:
            nodes[other] = {"label": states.get(other, other), "kind": "state", "code": other}
        edge = tuple(sorted((person, other)))
        ends[edge] = (person, other)
        _count_into(buckets[edge], type_ or "other", day or None, {"events": reports, "tone_sum": tone})

    def rows(since: dict[tuple[str, str], str | None], exact: bool) -> Iterable[dict]:
        # As for the state view: the latest reports the counts keep where they reach back far enough
        # (or need not), else light edges pair by pair and the latest facts of the others day first.
        kept = {edge: day for edge, day in since.items()
                if ends.get(edge) in counts.person_pairs and (counts.person_pairs[ends[edge]].covers(day) or not exact)}
        yield from _latest_person_rows(store, {ends[edge]: day for edge, day in kept.items()}, counts)
        since = {edge: day for edge, day in since.items() if edge not in kept}
        if not since:
            return
        by_edge = {pair: list(b.values()) for pair, b in buckets.items()}
        earliest = _window(since, by_edge)
        recent = {pair: day for pair, day in since.items() if earliest is not None and day is not None and day >= earliest}
        apart = []
        for (a, b), day in sorted(since.items()):
            if (a, b) not in recent:
                person, other = (a, b) if nodes[a]["kind"] == "person" else (b, a)
                apart.append({"person": person, "other": other, "since": day or ""})
        if apart:
            yield from _rows(store, "view-person-events", table=apart)
        if recent:
            for row in _rows(store, "view-person-recent", {"earliest": earliest}):
                day = recent.get(tuple(sorted((row["person"], row["other"]))))
                if day is not None and day <= (row["day"] or ""):
                    yield row

    def listed(since: dict[tuple[str, str], str | None], exact: bool = True) -> dict[tuple[str, str], list[dict]]:
        facts: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
        for row in rows(since, exact):
            pair = tuple(sorted((row["person"], row["other"])))
            day = row["day"] or None
            old = facts[pair].get(row["event"])
            if old is not None:
                old["date"] = min(filter(None, (old["date"], day)), default=None)
                continue
            facts[pair][row["event"]] = _fact(row["event"], row["type"] or "other", day,
                                              [nodes[pair[0]]["label"], nodes[pair[1]]["label"]], None, None, 0.0)
        return {pair: list(found.values()) for pair, found in facts.items()}

    note = None
    if len(activity) > len(chosen):
        note = f"showing the {len(chosen):,} most active of {len(activity):,} persons"
    return Projection(nodes, {pair: list(b.values()) for pair, b in buckets.items()}, listed,
                      total_nodes=len(activity) + sum(n["kind"] == "state" for n in nodes.values()), note=note)


def _memberships(store: ox.Store, lang: str, max_nodes: int, counts: Counts | None = None) -> Projection:
    """States and the organisations they belong to: reference data, small, read whole."""
    B = memberships(store, statuses=None, lang=lang)
    nodes = {n: {"label": d.get("label") or n, "kind": d["kind"],
                 "code": d.get("code") or n.removeprefix(ORG_PREFIX)} for n, d in B.nodes(data=True)}
    facts, labels = {}, {}
    for u, v, d in B.edges(data=True):
        state, org = (u, v) if nodes[u]["kind"] == "state" else (v, u)
        pair = tuple(sorted((u, v)))
        status = d.get("status") or "member"
        facts[pair] = [_fact(f"{state}/{org}", f"membership:{status}", d.get("start"),
                             [nodes[state]["label"], nodes[org]["label"]], None, None, 0.0, end=d.get("end"))]
        if status == "member":
            labels[pair] = ""  # full membership is the rule; only observers, partners... are named
    return _in_hand(nodes, facts, labels=labels)


def _events(store: ox.Store, lang: str, max_nodes: int, counts: Counts | None = None) -> Projection:
    """The busiest actors (a quarter of ``max_nodes``, ``view-actor-activity.rq``), the events that
    join most of them, latest first (``view-actor-events.rq``), and each of those events joined to
    the chosen actors in it (``view-event-actors.rq``).

    Ranking both sides by one measure would keep only actors (an actor has hundreds of events, an
    event a handful of actors) and so draw no edge at all.
    """
    activity = list(_rows(store, "view-actor-activity"))
    chosen = activity[: max(1, max_nodes // 4)]
    ids = {row["actor"]: _actor_node(row["kind"], row["code"]) for row in chosen}
    if counts is not None and counts.event_actors is not None:
        picked = _actor_events_here(counts.event_actors, set(ids))
    else:
        picked = [row["event"] for row in _rows(store, "view-actor-events", table=[{"actor": a} for a in ids])] \
            if ids else []
    events = picked[: max_nodes - len(chosen)]
    B = actor_event_graph(store, lang, events=events)
    nodes, facts, labels = {}, {}, {}
    for event in events:
        if event not in B:
            continue
        data = B.nodes[event]
        nodes[event] = {"label": data["label"], "kind": "event", "code": event.rsplit("/", 1)[-1]}
        actors = sorted(B[event], key=lambda a: (B[event][a]["role"] != "participant", not B[event][a]["initiator"],
                                                 B[event][a]["role"], str(a)))
        fact = _fact(event, data["type"], data["when"], [B.nodes[a]["label"] for a in actors], data["quote"],
                     data["article"], data["tone"], place=data["place_label"])
        for actor in actors:
            if actor not in ids.values():
                continue
            nodes[actor] = {"label": B.nodes[actor]["label"], "kind": B.nodes[actor]["kind"],
                            "code": B.nodes[actor]["code"]}
            pair = tuple(sorted((actor, event)))
            role = "initiator" if B[event][actor]["initiator"] else B[event][actor]["role"]
            facts[pair] = [{**fact, "role": role}]
            # "participant" and "person" on every edge would only be noise; who acts and who is acted on is not.
            labels[pair] = role if role in ("initiator", "target") else ""
    total_events = int(next(iter(_rows(store, "view-event-count")))["events"])
    note = None
    if len(activity) > len(chosen) or total_events > len(events):
        note = (f"showing the {len(chosen):,} most active of {len(activity):,} actors and "
                f"{len(events):,} of {total_events:,} events, those that join most of them")
    return _in_hand(nodes, facts, labels=labels, total_nodes=len(activity) + total_events, note=note)


#: Events ``view-actor-events.rq`` gives at most.
ACTOR_EVENTS = 5000


def _actor_events_here(mentions: list[tuple[str, frozenset[str], str]], actors: set[str]) -> list[str]:
    """What ``view-actor-events.rq`` gives for ``actors``, from the mentions a build has in hand
    (:attr:`Counts.event_actors`): the events with most of them, then the latest, then by IRI, all
    descending."""
    ranked = []
    for event, found, day in mentions:
        joined = len(found & actors)
        if joined:
            ranked.append((joined, day, event))
    ranked.sort(reverse=True)
    return [event for _, _, event in ranked[:ACTOR_EVENTS]]

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


def _since(buckets: list[list], quota: int) -> str | None:
    """The first day of an edge's latest ``quota`` facts, from its counts per type and day (sorted by
    day, undated first); None when the quota reaches the undated facts, so all are read."""
    count = 0
    for _, day, n, _ in reversed(buckets):
        count += n
        if count >= quota:
            return day
    return None


def _rest(buckets: list[list], listed: list[dict]) -> list[list]:
    """The facts not listed, counted as ``[type, date, count, tone]`` per type and date."""
    rest = {(b[0], b[1]): [b[0], b[1], b[2], b[3]] for b in buckets}
    for f in listed:
        bucket = rest.get((f["type"], f["date"]))
        if bucket is None:  # counted under another day (never so far): leave the counts as they are
            continue
        bucket[2] -= 1
        bucket[3] = round(bucket[3] - float(f["tone"] or 0.0), 6)
    return sorted((b for b in rest.values() if b[2] > 0), key=lambda b: (b[0], b[1] or ""))


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
    linked.sort(key=lambda e: max((b[1] or "" for bs in (G[e][a]["buckets"] for a in G[e]) for b in bs),
                                  default=""), reverse=True)
    linked.sort(key=lambda e: sum(a in inside for a in G[e]), reverse=True)
    chosen += linked[: limit - len(chosen)]
    return chosen + actors[len(inside): len(inside) + limit - len(chosen)]


# ---------------------------------------------------------------- the view


def render_view(store: ox.Store, out: Path, *, projection: str = "states", focus: str | None = None,
                date_from: str | None = None, date_to: str | None = None,
                event_types: Iterable[str] | None = None, min_weight: int = 1, lang: str = "en",
                max_nodes: int = 300, max_edges: int = 1500, max_facts: int = 3000,
                title: str | None = None, home: str | None = None, around: Iterable[str] | None = None,
                counts: Counts | None = None) -> dict:
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
    page's header (the index page). ``counts`` (:mod:`kg.analyse.aggregates`) saves reading them
    from the store again (a build has them in hand). Returns the counts: ``nodes``, ``edges``,
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
    view = builders[projection](store, lang, max_nodes, counts)
    nodes = view.nodes

    def keep(f: dict) -> bool:
        if wanted is not None and f["type"] not in wanted and f["type"].split(":")[-1] not in wanted:
            return False
        if start and (f["date"] is None or f["date"] < start):
            return False
        return not (end and (f["date"] is None or f["date"] > end))

    G = nx.Graph()
    G.add_nodes_from(sorted(nodes, key=str))
    for (a, b), found in sorted(view.buckets.items()):
        kept = sorted((b_ for b_ in found if keep({"type": b_[0], "date": b_[1]})), key=lambda b_: (b_[1] or "", b_[0]))
        weight = sum(b_[2] for b_ in kept)
        if weight >= max(min_weight, 1):
            G.add_edge(a, b, weight=weight, buckets=kept)
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
    if view.total_nodes is not None and not (filtered or around is not None or focus):
        total_nodes = max(total_nodes, view.total_nodes)  # the store chose the nodes: count those it left out

    measure_name = "pagerank" if projection in ("states", "persons") else "strength"
    score = measures.pagerank(G) if measure_name == "pagerank" else measures.strength(G)
    if G.number_of_nodes() > max_nodes:
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
    # Only the facts listed are read with their evidence: from the day where an edge's latest
    # quota of facts begins, found from its counts per day.
    since = {}
    for i, (a, b, d) in enumerate(ordered):
        if quota[i]:
            since[tuple(sorted((a, b)))] = _since(d["buckets"], quota[i])
    # A view cut to dates lists the facts of its window, wherever they are; otherwise an edge lists its
    # latest facts as far as the counts keep them (the others are counted, not listed).
    fetched = view.listed(since, exact=bool(start or end)) if since else {}
    listed_by_edge = {}
    for i, (a, b, d) in enumerate(ordered):
        pair = tuple(sorted((a, b)))
        found = sorted((f for f in fetched.get(pair, []) if keep(f)), key=lambda f: (f["date"] or "", f["event"]))
        listed_by_edge[i] = found[len(found) - quota[i]:] if quota[i] else []
    if projection in ("states", "persons"):
        _evidence(store, [f for fs in listed_by_edge.values() for f in fs], lang)
    page_edges = []
    for i, (a, b, d) in enumerate(ordered):
        a, b = sorted((a, b), key=str)
        listed = listed_by_edge[i]
        edge = {"id": f"e{i}", "from": a, "to": b, "facts": listed, "rest": _rest(d["buckets"], listed),
                "weight": d["weight"]}
        label = view.labels.get(tuple(sorted((a, b))))
        if label is not None:
            edge["label"] = label
        page_edges.append(edge)
    listed_facts = [f for e in page_edges for f in e["facts"]]
    counted = sum(e["weight"] for e in page_edges)
    dates = [f["date"] for f in listed_facts if f["date"]] + [r[1] for e in page_edges for r in e["rest"] if r[1]]
    data = {
        "meta": {
            "title": title or f"kg – {projection}", "projection": projection, "lang": lang,
            "focus": focus, "measure": measure_name, "physics": False, "home": home,
            "cut_nodes": cut_nodes, "cut_edges": cut_edges, "total_nodes": total_nodes, "chosen": view.note,
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
