"""The event types, defined once: what each is (``ontologies/vocab/event-types.ttl``: labels, CAMEO
codes, PLOVER category, Goldstein weight, OWL class) and how the pipeline treats it
(``ontologies/vocab/event-types.csv``: flags and base confidence).

The extractor, the lexicon check and the graph builder read this object instead of keeping sets of
their own; a type in one file and not the other is an error when it loads.

>>> types = event_types()
>>> types["meeting"].symmetric, types["visit"].symmetric
(True, False)
>>> sorted(types.having("hostile"))
['expulsion', 'sanction']
>>> types["statement_criticism"].plover, types["statement_criticism"].labels["en"]
('ACCUSE', 'criticism')
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import resources
from .errors import LexiconError

SKOS = "http://www.w3.org/2004/02/skos/core#"
DIP = "https://w3id.org/dipkg/ontology#"
#: The flags of ``event-types.csv``, each a column of yes or empty.
FLAGS = ("symmetric", "contact", "hostile", "group", "directed", "talk", "deed", "judged", "between")


@dataclass(frozen=True)
class EventType:
    name: str
    #: Every two parties stand in the same relation (a meeting joins them all).
    symmetric: bool
    #: States come into contact: a place is a party's destination, not a topic.
    contact: bool
    #: An act against a state: its author is the antagonist a later condemnation means.
    hostile: bool
    #: Several subjects each do it in one sentence: one event per member.
    group: bool
    #: Done to a target.
    directed: bool
    #: The sentence's topics are what the parties talked about.
    talk: bool
    #: A deed, not words: what "the move" refers back to.
    deed: bool
    #: An act a statement may judge or name as its topic.
    judged: bool
    #: Needs two distinct states.
    between: bool
    base_confidence: float
    #: The SKOS concept, the notation of its broader concept ("statement"), the OWL class of its events.
    concept: str
    broader: str | None
    event_class: str
    labels: dict[str, str]
    cameo: tuple[str, ...]
    plover: str | None
    goldstein: float | None


class EventTypes(dict[str, EventType]):
    """Every event type by name, in the order of ``event-types.csv``."""

    def __init__(self) -> None:
        super().__init__()
        self._sets: dict[str, frozenset[str]] = {}

    def having(self, flag: str) -> frozenset[str]:
        """Names of the types with ``flag`` set (one of :data:`FLAGS`)."""
        if flag not in FLAGS:
            raise KeyError(f"no event-type flag {flag!r}; known: {', '.join(FLAGS)}")
        if flag not in self._sets:  # the extractor asks for the same sets for every article
            self._sets[flag] = frozenset(name for name, t in self.items() if getattr(t, flag))
        return self._sets[flag]

    def narrower(self, broader: str) -> frozenset[str]:
        """Names of the types whose broader concept is ``broader`` ("statement": praise, criticism)."""
        key = "broader:" + broader
        if key not in self._sets:
            self._sets[key] = frozenset(name for name, t in self.items() if t.broader == broader)
        return self._sets[key]


def _concepts(path: Path) -> dict[str, dict[str, list]]:
    """notation -> {predicate IRI: [objects]} of the concepts of the SKOS file."""
    import pyoxigraph as ox

    by_subject: dict[str, dict[str, list]] = {}
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        by_subject.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
    return {props[SKOS + "notation"][0].value: {"iri": [iri], **props}
            for iri, props in by_subject.items() if SKOS + "notation" in props}


def _broader(concept: dict[str, list], concepts: dict[str, dict[str, list]]) -> str | None:
    iris = {c.value for c in concept.get(SKOS + "broader", [])}
    return next((name for name, c in concepts.items() if c["iri"][0] in iris), None)


@cache
def event_types() -> EventTypes:
    """The event types, read once from ``ontologies/vocab/event-types.{csv,ttl}``."""
    folder = resources.ontologies() / "vocab"
    table, scheme = folder / "event-types.csv", folder / "event-types.ttl"
    concepts = _concepts(scheme)
    out = EventTypes()
    with table.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(ln for ln in fh if ln.strip() and not ln.startswith("#"))
        for n, row in enumerate(rows, 1):
            name = row["type"]
            concept = concepts.get(name)
            if concept is None:
                raise LexiconError(f"{table}: row {n}: event type {name!r} is no concept of {scheme.name}")
            bad = [f for f in FLAGS if row.get(f, "") not in ("", "yes")]
            if bad:
                raise LexiconError(f"{table}: row {n}: flag {bad[0]} must be yes or empty, not {row[bad[0]]!r}")
            yes = {f: row[f] == "yes" for f in FLAGS}
            goldstein = concept.get(DIP + "goldsteinScore")
            out[name] = EventType(
                name, symmetric=yes["symmetric"], contact=yes["contact"], hostile=yes["hostile"],
                group=yes["group"], directed=yes["directed"], talk=yes["talk"], deed=yes["deed"],
                judged=yes["judged"], between=yes["between"], base_confidence=float(row["base_confidence"]),
                concept=concept["iri"][0], broader=_broader(concept, concepts),
                event_class=concept[DIP + "eventClass"][0].value,
                labels={lit.language: lit.value for lit in concept.get(SKOS + "prefLabel", [])},
                cameo=tuple(sorted(c.value for c in concept.get(DIP + "cameoCode", []))),
                plover=concept[DIP + "ploverCategory"][0].value if DIP + "ploverCategory" in concept else None,
                goldstein=float(goldstein[0].value) if goldstein else None)
    return out
