"""Everything the graph says about two states: their events, agreements, shared organisations, tone."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

import pyoxigraph as ox

from ..errors import UsageError
from .projections import ORG_PREFIX, EventRecord, dyad_events, events, memberships, place_labels, state_labels


def _code(store_labels: dict[str, str], code: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", code or ""):
        raise UsageError(f"{code!r} is not an ISO 3166-1 alpha-2 code")
    code = code.upper()
    if code not in store_labels:
        raise UsageError(f"{code}: no such state in the graph")
    return code


def _event(e: EventRecord) -> dict:
    return {
        "event": e.iri,
        "type": e.type,
        "status": e.status,
        "date": e.date,
        "article_date": e.article_date,
        "initiator": e.initiator,
        "participants": e.participants,
        "targets": e.targets,
        "place": e.place,
        "place_label": e.place_label,
        "documents": e.documents,
        "count": e.count,
        "tone": e.tone,
        "quote": e.quote,
        "article": e.article,
        "evidence": [{"article": article, "quote": quote} for article, quote in e.evidence],
    }


def dyad_profile(store: ox.Store, a: str, b: str, on_date: dt.date | str | None = None,
                 lang: str = "en") -> dict:
    """The relations of states ``a`` and ``b`` (ISO codes) as the graph records them.

    Returns a JSON-ready dict:

    * ``a``, ``b``: ``{"code", "label"}``;
    * ``events``: every event both take part in, by date (undated first), each with its type,
      status, date, initiator, parties, place and its label in ``lang``, documents signed, tone
      and evidence quotes with their article ids;
    * ``counts``: events per type; ``total``: number of events;
    * ``agreements``: the agreement signings (place, date, documents) and ``documents``, the
      number of documents they signed in all (where stated);
    * ``shared_organisations``: organisations both are full members of (on ``on_date``, or
      currently when it is None), with ``since``, the later of the two accession dates;
    * ``first_contact``, ``last_contact``: the earliest and latest date of an event that took
      place (the event's date, else its article's), None when none is dated;
    * ``tone``: the sum of the Goldstein scores of the events; ``tone_over_time``: a list of
      ``[date, tone]``, summed per date, for the dated events.

    Raises :class:`~kg.errors.UsageError` when a code is malformed, the same as the other, or not
    a state of the graph.
    """
    labels = state_labels(store, lang)
    a, b = _code(labels, a), _code(labels, b)
    if a == b:
        raise UsageError(f"a dyad needs two different states, got {a} twice")
    return _profile(a, b, labels, dyad_events(store, a, b, lang), memberships(store, on_date=on_date, lang=lang))


def dyad_profiles(store: ox.Store, pairs: Iterable[tuple[str, str]], on_date: dt.date | str | None = None,
                  lang: str = "en") -> dict[tuple[str, str], dict]:
    """:func:`dyad_profile` of many pairs of states at once, keyed by the pairs as given.

    One pass over the events and the memberships serves every pair, where calling
    :func:`dyad_profile` per pair would query the whole graph each time (the index of a large
    graph writes hundreds of profiles).
    """
    labels = state_labels(store, lang)
    wanted: dict[tuple[str, str], tuple[str, str]] = {}
    for a, b in pairs:
        x, y = _code(labels, a), _code(labels, b)
        if x == y:
            raise UsageError(f"a dyad needs two different states, got {x} twice")
        wanted[(a, b)] = (x, y)
    places = place_labels(store, lang)
    by_pair: dict[tuple[str, str], list[EventRecord]] = defaultdict(list)
    keys = {tuple(sorted(pair)) for pair in wanted.values()}
    for e in events(store):
        if e.place:
            e.place_label = places.get(e.place, e.place)
        parties = sorted(set(e.parties))
        for i, x in enumerate(parties):
            for y in parties[i + 1:]:
                if (x, y) in keys:
                    by_pair[(x, y)].append(e)
    B = memberships(store, on_date=on_date, lang=lang)
    return {pair: _profile(x, y, labels, by_pair.get(tuple(sorted((x, y))), []), B) for pair, (x, y) in wanted.items()}


def _profile(a: str, b: str, labels: dict[str, str], found: list[EventRecord], B: nx.Graph) -> dict:
    occurred = [e.when for e in found if e.when and e.status != "Planned"]
    tone_by_date: Counter[str] = Counter()
    for e in found:
        if e.when:
            tone_by_date[e.when] += e.tone
    agreements = [
        {"event": e.iri, "date": e.date, "place": e.place, "place_label": e.place_label,
         "documents": e.documents, "status": e.status, "quote": e.quote}
        for e in found if e.type == "agreement"
    ]

    shared = []
    if a in B and b in B:
        for org in sorted(set(B[a]) & set(B[b])):
            starts = [s for s in (B[a][org]["start"], B[b][org]["start"]) if s]
            shared.append({"code": org.removeprefix(ORG_PREFIX), "label": B.nodes[org]["label"],
                           "since": max(starts) if starts else None})

    return {
        "a": {"code": a, "label": labels[a]},
        "b": {"code": b, "label": labels[b]},
        "total": len(found),
        "counts": dict(sorted(Counter(e.type for e in found).items())),
        "events": [_event(e) for e in found],
        "agreements": agreements,
        "documents": sum(x["documents"] or 0 for x in agreements),
        "shared_organisations": shared,
        "first_contact": min(occurred) if occurred else None,
        "last_contact": max(occurred) if occurred else None,
        "tone": round(sum(e.tone for e in found), 6),
        "tone_over_time": [[day, round(tone, 6)] for day, tone in sorted(tone_by_date.items())],
    }
