"""Projections of the RDF graph onto networkx graphs, each read by one saved query.

The queries are ``ontologies/queries/projection-*.rq``; they run over the union of all named graphs.
Nodes are ISO 3166-1 codes for states (``"IR"``) and ``"org:<code>"`` for organisations (``"org:SCO"``),
since some organisation codes are also country codes (the African Union and Australia are both AU).
In the actor–event graph, persons are ``"person:<slug>"`` (the last part of their IRI) and events
their IRI.
Dates are ISO strings (``"2024-11-24"``) so the graphs can be written by any networkx writer.

How an event becomes edges between states (its parties are its participants, then its targets):

* meetings, summits and agreement signings (:data:`SYMMETRIC_TYPES`) join every two parties, in
  both directions;
* an event with a target points from each participant that is not a target to each target
  (Iran criticises Israel: IR -> IL);
* any other event points from its initiator, the first participant, to each other party
  (a visit: visitor -> host);
* an event with a single party (an appointment) adds its state as a node but no edge.

The tone of an edge is the Goldstein score of the event's type (``dip:goldsteinScore`` in the
event-type scheme; a narrower type without one takes its broader type's, and a type with none
counts as neutral, 0).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import permutations
from typing import TYPE_CHECKING, Iterable

import pyoxigraph as ox

from .. import resources
from ..errors import UsageError
from ..graph.query import SavedQuery, parse_query_text, run
from ..event_types import event_types

if TYPE_CHECKING:
    import networkx as nx

#: Meetings, summits and signings: their edges run both ways (``ontologies/vocab/event-types.csv``).
SYMMETRIC_TYPES = event_types().having("symmetric")

#: Membership statuses counted by default: full members (not observers, partners or applicants).
MEMBER_STATUSES = ("member",)
ORG_PREFIX = "org:"
PERSON_PREFIX = "person:"


def saved(name: str) -> SavedQuery:
    """The packaged query ``ontologies/queries/<name>.rq``."""
    path = resources.queries_dir() / f"{name}.rq"
    return parse_query_text(path.read_text(encoding="utf-8"), name, path)


def for_events(name: str, variable: str, kind: str = "iri") -> SavedQuery:
    """Saved query ``name`` taking the values of ``variable`` (the IRIs of the events to read, or
    terms of another parameter type ``kind``) as a table (its text unchanged: the rows go into a
    ``VALUES`` block, :func:`kg.graph.query.bound_text`)."""
    query = saved(name)
    return parse_query_text(f"#+ param: {variable} {kind}  the values to read\n{query.text}", query.name, query.path)


def _rows(store: ox.Store, name: str | SavedQuery, values: dict[str, str] | None = None,
          table: list[dict[str, str]] | None = None) -> Iterable[dict[str, str | None]]:
    """The rows of a saved query (by name, or the query itself) as dicts of plain values."""
    solutions = run(store, saved(name) if isinstance(name, str) else name, values, table=table)
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {n: (None if solution[n] is None else solution[n].value) for n in names}


#: A query's final ``ORDER BY`` of plain variables, ascending.
_ORDER_BY = re.compile(r"\nORDER BY((?: \?\w+)+)\s*$")


def _rows_sorted_here(store: ox.Store, query: SavedQuery, values: dict[str, str] | None = None,
                      table: list[dict[str, str]] | None = None) -> list[dict[str, str | None]]:
    """:func:`_rows` of a query ending in ``ORDER BY ?a ?b...``, run without it and sorted here in
    the same order (unbound first, then by value; the variables are IRIs and plain strings). Given
    thousands of events in a ``VALUES`` block, Oxigraph took twice as long with its own sort."""
    found = _ORDER_BY.search(query.text)
    if found is None:
        return list(_rows(store, query, values, table))
    names = [name.lstrip("?") for name in found.group(1).split()]
    rows = list(_rows(store, replace(query, text=query.text[:found.start()] + "\n"), values, table))
    rows.sort(key=lambda row: tuple((row[n] is not None, row[n] or "") for n in names))
    return rows

def actor_label_rows(store: ox.Store, actors: Iterable[str]) -> list[dict[str, str | None]]:
    """The rows of ``view-actor-labels.rq`` for ``actors`` (IRIs), in the order of its ``ORDER BY``
    (by actor and language, the longest label first, then by label), sorted here: Oxigraph took 3 s
    to sort the labels of the 300 persons of the person view at 100,000 articles, 0.2 s to find them."""
    table = [{"actor": a} for a in actors]
    if not table:
        return []
    query = saved("view-actor-labels")
    unordered = replace(query, text=query.text[:query.text.index("\nORDER BY")] + "\n")
    rows = list(_rows(store, unordered, table=table))
    rows.sort(key=lambda row: (row["actor"], row["label_lang"] or "", -len(row["label"] or ""), row["label"] or ""))
    return rows

def _label(labels: dict[str, str], lang: str, fallback: str) -> str:
    return labels.get(lang) or labels.get("en") or fallback


def _iso_date(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


# ---------------------------------------------------------------- events


@dataclass
class EventRecord:
    """One event as the projections see it: its parties by ISO code and its first evidence."""

    iri: str
    type: str
    tone: float
    status: str | None = None
    date: str | None = None
    initiator: str | None = None
    participants: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    place_label: str | None = None
    documents: int | None = None
    count: int | None = None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, quote), sorted
    article_date: str | None = None

    @property
    def parties(self) -> list[str]:
        return self.participants + [t for t in self.targets if t not in self.participants]

    @property
    def quote(self) -> str | None:
        return self.evidence[0][1] if self.evidence else None

    @property
    def article(self) -> str | None:
        return self.evidence[0][0] if self.evidence else None

    @property
    def when(self) -> str | None:
        """The event's date, or failing that the date of the article that reports it."""
        return self.date or self.article_date

    def pairs(self) -> list[tuple[str, str]]:
        """Directed (source, target) state pairs of this event, by the rules in the module notes."""
        parties = self.parties
        if len(parties) < 2:
            return []
        if self.type in SYMMETRIC_TYPES:
            return list(permutations(parties, 2))
        if self.targets:
            return [(p, t) for p in self.participants if p not in self.targets for t in self.targets]
        source = self.initiator if self.initiator in parties else parties[0]
        return [(source, p) for p in parties if p != source]


def _records(rows: Iterable[dict[str, str | None]], lang: str = "en") -> list[EventRecord]:
    events: dict[str, EventRecord] = {}
    place_labels: dict[str, dict[str, str]] = {}
    for row in rows:
        iri = row["event"]
        e = events.get(iri)
        if e is None:
            e = events[iri] = EventRecord(iri, row["type"] or "other", float(row["tone"] or 0.0),
                                          row.get("status"), _iso_date(row.get("date")), row.get("initiator"))
            order = (row.get("order") or "").split()
            e.participants = list(order)
            e.place = row.get("place")
            e.documents = int(row["documents"]) if row.get("documents") else None
            e.count = int(row["count"]) if row.get("count") else None
        party, role = row["party"], row["role"]
        bucket = e.participants if role == "participant" else e.targets
        if party not in bucket:
            bucket.append(party)
        if row.get("quote") is not None:
            ev = (row.get("article") or "", row["quote"])
            if ev not in e.evidence:
                e.evidence.append(ev)
        if row.get("article_date") and (e.article_date is None or row["article_date"] < e.article_date):
            e.article_date = _iso_date(row["article_date"])
        if row.get("place_label"):
            place_labels.setdefault(iri, {})[row.get("place_label_lang") or ""] = row["place_label"]
    for e in events.values():
        e.evidence.sort()
        if e.place:
            e.place_label = _label(place_labels.get(e.iri, {}), lang, e.place)
    return sorted(events.values(), key=lambda e: (e.when or "", e.iri))


def events(store: ox.Store) -> list[EventRecord]:
    """Every event with at least one state party (``projection-state-events.rq``), by date then IRI."""
    return _records(_rows(store, "projection-state-events"))


def dyad_events(store: ox.Store, a: str, b: str, lang: str = "en") -> list[EventRecord]:
    """The events states ``a`` and ``b`` both take part in (``projection-dyad-events.rq``)."""
    values = {"country_a": a, "country_b": b, "lang": lang}
    return _records(_rows(store, "projection-dyad-events", values), lang)


def _labels(store: ox.Store, query: str, code_column: str, lang: str, codes: Iterable[str] | None,
            kind: str) -> dict[str, str]:
    """Code -> its label in ``lang`` (English, then the code, when it has none), from a saved query
    giving one row per code and label: of every code, or of ``codes`` only (values of type ``kind``)."""
    table = None if codes is None else [{code_column: code} for code in sorted(set(codes))]
    if table == []:
        return {}
    rows = _rows(store, query, {"lang": lang}) if table is None else \
        _rows(store, for_events(query, code_column, kind), {"lang": lang}, table=table)
    labels: dict[str, dict[str, str]] = {}
    for row in rows:
        found = labels.setdefault(row[code_column], {})
        if row["label"] is not None:
            found.setdefault(row["label_lang"] or "", row["label"])
    return {code: _label(found, lang, code) for code, found in labels.items()}


def place_labels(store: ox.Store, lang: str = "en", places: Iterable[str] | None = None) -> dict[str, str]:
    """Place code -> its label in ``lang``, for the places of events (of ``places`` only, when given)."""
    return _labels(store, "projection-places", "place", lang, places, "string")


def state_labels(store: ox.Store, lang: str = "en", codes: Iterable[str] | None = None) -> dict[str, str]:
    """ISO code -> the state's label in ``lang`` (English, then the code, when it has none); of the
    states ``codes`` only (ISO codes; those the graph has), when given."""
    return _labels(store, "projection-states", "code", lang, codes, "iso2")


def state_interactions(store: ox.Store, lang: str = "en", include_planned: bool = True) -> nx.MultiDiGraph:
    """One directed edge per event and pair of states it joins.

    Edges are keyed by the event IRI and carry ``event``, ``type``, ``date``, ``status``, ``tone``,
    ``place``, ``documents``, ``quote`` and ``article`` (the first evidence), ``symmetric`` and
    ``weight`` (1, so weighted measures count events). Nodes carry ``label`` and ``events`` (how
    many events the state takes part in, those with no other party included).
    """
    import networkx as nx

    labels = state_labels(store, lang)
    G = nx.MultiDiGraph()
    for e in events(store):
        if not include_planned and e.status == "Planned":
            continue
        for party in e.parties:
            if party not in G:
                G.add_node(party, label=labels.get(party, party), events=0)
            G.nodes[party]["events"] += 1
        for u, v in e.pairs():
            G.add_edge(u, v, key=e.iri, event=e.iri, type=e.type, date=e.when, status=e.status,
                       tone=e.tone, place=e.place, place_label=e.place_label, documents=e.documents, quote=e.quote,
                       article=e.article, symmetric=e.type in SYMMETRIC_TYPES, weight=1)
    return G


def dyads(interactions: nx.MultiDiGraph) -> nx.Graph:
    """Aggregate an interaction graph per pair of states, whatever the direction.

    Each event counts once per pair: ``weight`` (number of events), ``tone`` (sum of their
    Goldstein scores), ``types`` (Counter of event types), ``first`` and ``last`` (dates, None when
    no event is dated) and ``events`` (IRIs).

    >>> import networkx as nx
    >>> M = nx.MultiDiGraph()
    >>> M.add_edge("IR", "TJ", key="e1", event="e1", type="meeting", tone=1.0, date="2024-11-24")
    'e1'
    >>> M.add_edge("TJ", "IR", key="e1", event="e1", type="meeting", tone=1.0, date="2024-11-24")
    'e1'
    >>> M.add_edge("IR", "IL", key="e2", event="e2", type="statement_criticism", tone=-2.0, date=None)
    'e2'
    >>> G = dyads(M)
    >>> G["IR"]["TJ"]["weight"], G["IR"]["IL"]["tone"]
    (1, -2.0)
    """
    import networkx as nx

    G = nx.Graph()
    G.add_nodes_from(interactions.nodes(data=True))
    seen: set[tuple[str, str, str]] = set()
    for u, v, data in sorted(interactions.edges(data=True), key=lambda x: (x[0], x[1], x[2].get("event") or "")):
        a, b = sorted((u, v))
        key = (a, b, data.get("event") or f"{u}->{v}")
        if key in seen:
            continue
        seen.add(key)
        if not G.has_edge(a, b):
            G.add_edge(a, b, weight=0, tone=0.0, types=Counter(), first=None, last=None, events=[])
        d = G[a][b]
        d["weight"] += 1
        d["tone"] = round(d["tone"] + float(data.get("tone") or 0.0), 6)
        d["types"][data.get("type") or "other"] += 1
        d["events"].append(key[2])
        date = data.get("date")
        if date:
            d["first"] = date if d["first"] is None else min(d["first"], date)
            d["last"] = date if d["last"] is None else max(d["last"], date)
    return G


def state_graph(store: ox.Store, lang: str = "en", include_planned: bool = True) -> nx.Graph:
    """States joined by the events between them, one weighted edge per pair (see :func:`dyads`)."""
    return dyads(state_interactions(store, lang, include_planned))


# ---------------------------------------------------------------- memberships


def _day(on_date: dt.date | str | None) -> str | None:
    if on_date is None or isinstance(on_date, dt.date):
        return _iso_date(on_date)
    try:
        return dt.date.fromisoformat(on_date).isoformat()
    except ValueError:
        raise UsageError(f"{on_date!r} is not a date (YYYY-MM-DD)") from None


def _active(start: str | None, end: str | None, on_date: str | None) -> bool:
    if on_date is None:
        return end is None  # current as the data records it: not (yet) ended
    return (start is None or start <= on_date) and (end is None or on_date < end)


@dataclass
class HeldMemberships:
    """Memberships of states in organisations held on a day (:func:`held_memberships`)."""

    #: (state code, organisation node ``org:CODE``) -> the membership kept: ``status``, ``start``,
    #: ``end``; in the order the store gave them.
    memberships: dict[tuple[str, str], dict] = field(default_factory=dict)
    #: Organisation node -> its label.
    org_labels: dict[str, str] = field(default_factory=dict)
    #: ``memberships`` by state, made when first asked (the pages of hundreds of pairs ask for each).
    _by_state: dict[str, dict[str, dict]] | None = field(default=None, init=False, repr=False, compare=False)

    def of(self, state: str) -> dict[str, dict]:
        """The organisations ``state`` belongs to, each with its membership."""
        if self._by_state is None:
            self._by_state = defaultdict(dict)
            for (holder, org), found in self.memberships.items():
                self._by_state[holder][org] = found
        return self._by_state.get(state, {})


def held_memberships(store: ox.Store, on_date: dt.date | str | None = None,
                     statuses: Iterable[str] | None = MEMBER_STATUSES, lang: str = "en",
                     states: Iterable[str] | None = None) -> HeldMemberships:
    """The memberships held on ``on_date`` (start <= day < end; without it, those that have not
    ended) of the ``statuses`` given (default: full members; None keeps all), of every state or of
    ``states`` (ISO codes) only; organisation labels in ``lang`` (English, then the code)."""
    day = _day(on_date)
    wanted = None if statuses is None else set(statuses)
    table = None if states is None else [{"state": code} for code in sorted(set(states))]
    rows = _rows(store, "projection-memberships", {"lang": lang}) if table is None else \
        _rows(store, for_events("projection-memberships", "state", "iso2"), {"lang": lang}, table=table) if table else ()
    labels: dict[str, dict[str, str]] = {}
    held = HeldMemberships()
    for row in rows:
        org = ORG_PREFIX + row["org"]
        if row["org_label"] is not None:
            labels.setdefault(org, {}).setdefault(row["org_label_lang"] or "", row["org_label"])
        if wanted is not None and row["status"] not in wanted:
            continue
        start, end = _iso_date(row["start"]), _iso_date(row["end"])
        if not _active(start, end, day):
            continue
        old = held.memberships.get((row["state"], org))
        # Two memberships of one pair (observer, then member): keep the one that began last.
        if old is None or (start or "") > (old["start"] or ""):
            held.memberships[(row["state"], org)] = {"status": row["status"], "start": start, "end": end}
    held.org_labels = {org: _label(labels.get(org, {}), lang, org.removeprefix(ORG_PREFIX))
                       for _, org in held.memberships}
    return held


def memberships(store: ox.Store, on_date: dt.date | str | None = None,
                statuses: Iterable[str] | None = MEMBER_STATUSES, lang: str = "en") -> nx.Graph:
    """Bipartite graph of states and the organisations they belong to.

    Nodes have ``kind`` (``"state"`` or ``"organisation"``, and networkx's ``bipartite`` 0 or 1),
    ``label`` and, for organisations, ``code``. Edges carry ``status``, ``start`` and ``end``.

    ``on_date`` keeps the memberships held that day (start <= day < end); without it, those that
    have not ended. ``statuses`` keeps those statuses (default: full members); None keeps all.
    """
    import networkx as nx

    labels = state_labels(store, lang)
    held = held_memberships(store, on_date, statuses, lang)
    B = nx.Graph()
    for (state, org), found in held.memberships.items():
        B.add_node(state, kind="state", bipartite=0, label=labels.get(state, state))
        B.add_node(org, kind="organisation", bipartite=1, code=org.removeprefix(ORG_PREFIX),
                   label=held.org_labels[org])
        B.add_edge(state, org, **found)
    return B


def shared_membership(store: ox.Store, on_date: dt.date | str | None = None,
                      statuses: Iterable[str] | None = MEMBER_STATUSES, lang: str = "en") -> nx.Graph:
    """States joined by the organisations they share: ``weight`` is their number, ``organisations`` their codes."""
    from networkx.algorithms import bipartite

    B = memberships(store, on_date, statuses, lang)
    states = [n for n, kind in B.nodes(data="kind") if kind == "state"]
    G = bipartite.weighted_projected_graph(B, states)
    for a, b, data in G.edges(data=True):
        shared = set(B[a]) & set(B[b])
        data["organisations"] = sorted(B.nodes[o]["code"] for o in shared)
    return G


# ---------------------------------------------------------------- actors and events


def _actor_node(kind: str, code: str) -> str:
    return {"state": code, "organisation": ORG_PREFIX + code}.get(kind, PERSON_PREFIX + code)


def _event_label(type_: str, place: str | None, when: str | None) -> str:
    name = type_.removeprefix("statement_").replace("_", " ")
    return " · ".join(part for part in (name, place, when) if part)


def actor_event_graph(store: ox.Store, lang: str = "en", events: list[str] | None = None) -> nx.Graph:
    """Bipartite graph of the actors and the events they take part in (``projection-actor-events.rq``).

    Actors (``bipartite=0``) are states, organisations (as participant or target) and the persons an
    event involves; they carry ``kind`` (``"state"``, ``"organisation"`` or ``"person"``), ``code``
    and ``label`` (in ``lang``, else English, else any label, else the code). Events
    (``bipartite=1``, ``kind="event"``) carry ``type``, ``tone``, ``status``, ``date`` (None when
    the article does not date it), ``when`` (the date, else the article's), ``place``,
    ``place_label``, ``quote`` and ``article`` (the first evidence) and a short ``label``.

    An edge joins an actor to an event with ``role``: ``"participant"`` (also for a participant
    that is a target too), ``"target"`` or ``"person"``; ``initiator`` is True for the state
    that initiates the event.

    ``events`` (IRIs) keeps those events alone, read one by one (``view-event-actors.rq``) instead
    of the whole graph's in one pass.

    >>> B = actor_event_graph(ox.Store())
    >>> B.number_of_nodes()
    0
    """
    import networkx as nx

    B = nx.Graph()
    actor_labels: dict[str, dict[str, str]] = defaultdict(dict)
    if events is None:
        rows = list(_rows(store, "projection-actor-events", {"lang": lang}))
    else:
        rows = list(_rows(store, "view-event-actors", {"lang": lang}, table=[{"event": e} for e in events])) \
            if events else []
        # Labels once per actor, not once per actor and row of its event.
        actors = sorted({row["actor"] for row in rows})
        labels: dict[str, list[dict]] = defaultdict(list)
        for row in actor_label_rows(store, actors):
            labels[row["actor"]].append(row)
        first = {}
        for row in rows:
            row.update(label=None, label_lang=None)
            first.setdefault(row["actor"], row)
        rows += [{**first[actor], "label": found["label"], "label_lang": found["label_lang"]}
                 for actor, found_rows in labels.items() for found in found_rows]
    rank = {"participant": 0, "target": 1, "person": 2}
    for row in rows:
        iri, kind, code = row["event"], row["kind"], row["code"]
        actor = _actor_node(kind, code)
        if actor not in B:
            B.add_node(actor, kind=kind, bipartite=0, code=code)
        if row["label"] is not None:
            actor_labels[actor].setdefault(row["label_lang"] or "", row["label"])
        if iri not in B:
            B.add_node(iri, kind="event", bipartite=1, type=row["type"] or "other", tone=float(row["tone"] or 0.0),
                       status=row["status"] or None, date=_iso_date(row["date"]), place=row["place"],
                       place_labels={}, evidence=set(), article_date=None)
        e = B.nodes[iri]
        if row["place_label"]:
            e["place_labels"].setdefault(row["place_label_lang"] or "", row["place_label"])
        if row["quote"] is not None:
            e["evidence"].add((row["article"] or "", row["quote"]))
        day = _iso_date(row["article_date"])
        if day and (e["article_date"] is None or day < e["article_date"]):
            e["article_date"] = day
        role = row["role"]
        old = B.get_edge_data(actor, iri)
        if old is None or rank[role] < rank[old["role"]]:
            B.add_edge(actor, iri, role=role, initiator=kind == "state" and code == row["initiator"])
    for node, data in B.nodes(data=True):
        if data["kind"] == "event":
            evidence = sorted(data.pop("evidence"))
            places = data.pop("place_labels")
            data["place_label"] = _label(places, lang, data["place"]) if data["place"] else None
            data["when"] = data["date"] or data.pop("article_date")
            data.pop("article_date", None)
            data["article"], data["quote"] = evidence[0] if evidence else (None, None)
            data["label"] = _event_label(data["type"], data["place_label"], data["when"])
        else:
            found = actor_labels.get(node, {})
            data["label"] = found.get(lang) or found.get("en") or next(
                (found[k] for k in sorted(found)), None) or data["code"]
    return B
