"""Everything the graph says about two states: their events, agreements, shared organisations, tone."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pyoxigraph as ox

from ..errors import UsageError
from .projections import ORG_PREFIX, EventRecord, dyad_events, memberships, state_labels


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
    found = dyad_events(store, a, b, lang)

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

    B = memberships(store, on_date=on_date, lang=lang)
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
