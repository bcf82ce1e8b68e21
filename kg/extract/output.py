"""An extraction in the evaluation schema (``docs/gold-format.md``), plus a confidence per event."""
from __future__ import annotations

from typing import Any

from ..model import Extraction
from ..reference import LABEL_LANG, Reference
from .core import involved_states

ROLE_LABELS_CACHE: dict[str, str] = {}


def concept_label(scheme: str, concept: str | None) -> str | None:
    """English prefLabel of a concept of a SKOS scheme file (topics, roles, ranks)."""
    if concept is None:
        return None
    key = f"{scheme}/{concept}"
    if not ROLE_LABELS_CACHE:
        _load_labels()
    return ROLE_LABELS_CACHE.get(key, concept.replace("-", " "))


def _load_labels() -> None:
    import pyoxigraph as ox

    from .. import resources
    from ..graph.namespaces import VOCAB_BASE

    pref = "http://www.w3.org/2004/02/skos/core#prefLabel"
    for path in resources.vocab_files():
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value == pref and isinstance(t.object, ox.Literal) and t.object.language == LABEL_LANG:
                iri = t.subject.value
                if iri.startswith(VOCAB_BASE):
                    ROLE_LABELS_CACHE[iri[len(VOCAB_BASE):]] = t.object.value
    ROLE_LABELS_CACHE.setdefault("_loaded", "")


def to_gold(x: Extraction, ref: Reference) -> dict[str, Any]:
    persons_by_key = {p.key: p for p in x.persons}
    events = []
    for ev in x.events:
        events.append({
            "type": ev.type,
            "participants": list(ev.participants),
            "target": ev.target,
            "persons": [persons_by_key[k].name if k in persons_by_key else k for k in ev.persons],
            "place": ref.label("place", ev.place) if ev.place else None,
            "date": ev.date.isoformat() if ev.date else None,
            "count": ev.count,
            "topics": [concept_label("topic", t) for t in ev.topics],
            "status": ev.status,
            "evidence": ev.evidence.quote,
            "confidence": round(ev.confidence, 3),
            "rules": list(ev.rules),
        })
    countries = sorted(involved_states(x) | {m.country for m in x.memberships})
    return {
        "id": x.article.id,
        "lang": x.lang,
        "source": x.article.source or "",
        "date": x.article_date.isoformat() if x.article_date else None,
        "countries": countries,
        "organizations": sorted({m.entity for m in x.organisations}),
        "persons": [
            {
                "name": p.name,
                "surface": p.surface,
                "role": concept_label("role", p.role),
                "rank": concept_label("rank", p.rank),
                "country": p.country,
            }
            for p in x.persons
        ],
        "events": events,
        "memberships": [{"country": m.country, "org": m.org, "status": m.status} for m in x.memberships],
    }
