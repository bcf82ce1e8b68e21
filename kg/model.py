"""Dataclasses passed between the pipeline stages.

Offsets (``start``, ``end``) always index the article's original ``text``: ``text[start:end]`` is the
quote. Entity ids are the reference data's: ISO 3166-1 alpha-2 codes for states, short codes for
organisations (``SCO``), slugs for places and known persons.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Article:
    """One news article as read from its source, before any processing."""

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None  # file path (and row) it came from

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: ``quote == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    quote: str
    extractor: str
    version: str
    confidence: float


@dataclass(frozen=True)
class Mention:
    """A span of the article that names an entity (a state, organisation, place or person)."""

    kind: str  # "state" | "organisation" | "place" | "person"
    entity: str  # reference id; for places the place id; for persons the person key
    start: int
    end: int
    surface: str
    via: str = "name"  # name | official | variant | adjective | alias | acronym | capital | surname


@dataclass
class PersonFact:
    key: str  # reference id when known, else kg.ids.unknown_person_key of the name (the same in every language)
    name: str  # canonical English name when known, else the name romanised (English: as written)
    surface: str
    role: str | None = None  # role concept id (defence-minister)
    role_label: str | None = None  # the post as the article states it
    rank: str | None = None  # rank concept id
    country: str | None = None
    evidence: Evidence | None = None
    known: bool = False  # found in the reference persons table


@dataclass
class EventFact:
    type: str
    participants: list[str]
    evidence: Evidence
    target: str | None = None
    persons: list[str] = field(default_factory=list)  # person keys
    place: str | None = None  # place id
    date: dt.date | None = None
    count: int | None = None
    topics: list[str] = field(default_factory=list)  # topic concept ids
    status: str = "occurred"
    rules: list[str] = field(default_factory=list)  # names of the extraction rules that made it
    features: list[str] = field(default_factory=list, repr=False)  # what the confidence model weighed

    @property
    def confidence(self) -> float:
        return self.evidence.confidence


@dataclass
class MembershipFact:
    country: str
    org: str
    status: str
    start: dt.date | None = None
    end: dt.date | None = None
    evidence: Evidence | None = None  # the article span that states or implies it
    stated: bool = False  # the article says so itself (else it comes from reference data)


@dataclass
class Extraction:
    """Everything one article yields, with its evidence; the unit the graph builder consumes."""

    article: Article
    lang: str
    states: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    persons: list[PersonFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    #: Events found but less sure than the extractor's threshold: not asserted (no graph, no output),
    #: but their states and officials are still the article's (``kg.extract.core.involved_states``).
    uncertain: list[EventFact] = field(default_factory=list, repr=False)
    memberships: list[MembershipFact] = field(default_factory=list)
    article_date: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    content_spans: list[tuple[int, int]] = field(default_factory=list)  # paragraphs kept as content
