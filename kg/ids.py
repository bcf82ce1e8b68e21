"""Deterministic IRI minting: the same input always yields the same IRIs.

Entities from the reference data keep their codes (``state/IR``, ``org/SCO``, ``place/tehran``);
facts get a short hash of the parts that identify them, so rebuilding an article replaces its facts
instead of adding new ones.

>>> m = Minter("https://example.org/kg/")
>>> str(m.state("IR"))
'https://example.org/kg/state/IR'
>>> m.event("a1", "meeting", ["IR", "TJ"], 10) == m.event("a1", "meeting", ["IR", "TJ"], 10)
True
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/dipkg/id/"


@cache
def _uriref() -> type[URIRef]:
    """rdflib's IRI term, the type every minted IRI has: imported when the first IRI is minted, so
    that a reader that only needs :data:`DEFAULT_BASE` or the strings does not load rdflib."""
    from rdflib import URIRef

    return URIRef


def short_hash(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """ASCII slug of a name; names with no Latin letters fall back to a hash of the text."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return s or "h" + short_hash(text, length=12)


def unknown_person_key(latin_name: str) -> str:
    """Key of a person missing from the reference, from the Latin name (romanised or as written):
    one key for every spelling :func:`kg.normalise.romanise.name_key` folds together, whatever the
    language of the article.

    >>> unknown_person_key("Kazem Gharibabadi") == unknown_person_key("Kazem Gharib Abadi")
    True
    >>> unknown_person_key("Kazem Gharibabadi")
    'n-kazem-qrbd'
    """
    from .normalise.romanise import name_key

    key = name_key(latin_name)
    return "n-" + (safe_local(key) if key else "h" + short_hash(latin_name, length=12))


def safe_local(text: str) -> str:
    """A local name usable in an IRI: letters, digits, dot, dash, underscore."""
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")
    return s or "h" + short_hash(text, length=12)


@dataclass(frozen=True)
class Minter:
    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not re.match(r"^[a-z][a-z0-9+.-]*:", self.base):
            raise ValueError(f"base IRI must be absolute: {self.base!r}")
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def _iri(self, path: str) -> URIRef:
        return _uriref()(self.base + path)

    def state(self, code: str) -> URIRef:
        return self._iri(f"state/{code}")

    def org(self, code: str) -> URIRef:
        return self._iri(f"org/{safe_local(code)}")

    def place(self, place_id: str) -> URIRef:
        return self._iri(f"place/{safe_local(place_id)}")

    def person(self, key: str) -> URIRef:
        return self._iri(f"person/{safe_local(key)}")

    def post(self, role: str, state: str) -> URIRef:
        return self._iri(f"post/{safe_local(state)}/{safe_local(role)}")

    def occupancy(self, person_key: str, role: str, state: str | None, start: object = None) -> URIRef:
        return self._iri(f"occupancy/{short_hash(person_key, role, state, start)}")

    def membership(self, state: str, org: str, status: str, start: object = None) -> URIRef:
        return self._iri(f"membership/{state}-{safe_local(org)}-{status}" + (f"-{start}" if start else ""))

    def shared_membership(self, a: str, b: str, org: str, start: object, end: object) -> URIRef:
        return self._iri(f"shared-membership/{short_hash(*sorted((a, b)), org, start, end)}")

    def article(self, article_id: str) -> URIRef:
        return self._iri(f"article/{safe_local(article_id)}")

    def event(self, article_id: str, event_type: str, parties: list[str], start: int,
              status: str = "occurred") -> URIRef:
        """One event of an article. A planned event read from the same sentence as one held ("held
        talks and agreed to hold the next round") is another event: its status is part of its key
        (occurred events keep the key they always had)."""
        key = (article_id, event_type, ",".join(parties), start) + (() if status == "occurred" else (status,))
        return self._iri(f"event/{short_hash(*key)}")

    def canonical_event(self, key: str) -> URIRef:
        """A real-world event that mentions in several articles report (:mod:`kg.resolve`)."""
        return self._iri(f"canonical-event/{safe_local(key)}")

    def agreement(self, event_iri: URIRef) -> URIRef:
        return self._iri(f"agreement/{short_hash(str(event_iri))}")

    def evidence(self, article_id: str, start: int, end: int, extractor: str, fact: str = "") -> URIRef:
        return self._iri(f"evidence/{short_hash(article_id, start, end, extractor, fact)}")

    def article_graph(self, article_id: str) -> URIRef:
        return self._iri(f"graph/article/{safe_local(article_id)}")

    def reference_graph(self) -> URIRef:
        return self._iri("graph/reference")

    def canonical_graph(self) -> URIRef:
        return self._iri("graph/canonical")

    def derived_graph(self) -> URIRef:
        return self._iri("graph/derived")

    def aggregates_graph(self) -> URIRef:
        return self._iri("graph/aggregates")

    def aggregate(self, kind: str, *key: object) -> URIRef:
        """One row of the aggregates graph (:mod:`kg.graph.aggregate_graph`): ``kind`` and its key."""
        return self._iri(f"aggregate/{kind}/{short_hash(*key)}")

    def ontology_graph(self) -> URIRef:
        return self._iri("graph/ontology")
