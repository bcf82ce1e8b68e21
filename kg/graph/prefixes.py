"""The project's IRI prefixes as plain strings, and :func:`compact` for showing IRIs to people.

Kept apart from :mod:`kg.graph.namespaces` (rdflib's closed namespaces, for writing graphs) so that
the readers, which only need the strings, start without importing rdflib.
"""
from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/dipkg/ontology"
VOCAB_BASE = "https://w3id.org/dipkg/vocab/"

PREFIXES = {
    "dip": ONTOLOGY_IRI + "#",
    "evt": VOCAB_BASE + "event-type/",
    "topic": VOCAB_BASE + "topic/",
    "role": VOCAB_BASE + "role/",
    "rank": VOCAB_BASE + "rank/",
    "mstatus": VOCAB_BASE + "membership-status/",
    "wd": "http://www.wikidata.org/entity/",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}


def compact(iri: str, base_iri: str | None = None) -> str:
    """``iri`` written with the project's prefixes, for people to read; the IRI itself when none fits.

    Entities and facts minted under the base IRI take the prefix ``id:`` (display only: a local part
    such as ``state/IR`` is not a Turtle prefixed name).

    >>> compact("https://w3id.org/dipkg/ontology#Meeting")
    'dip:Meeting'
    >>> compact("https://w3id.org/dipkg/id/state/IR")
    'id:state/IR'
    >>> compact("https://example.org/x")
    'https://example.org/x'
    """
    from ..ids import DEFAULT_BASE

    base = base_iri or DEFAULT_BASE
    best = ("", "")
    for prefix, namespace in [*PREFIXES.items(), ("id", base)]:
        if iri.startswith(namespace) and len(namespace) > len(best[1]):
            best = (prefix, namespace)
    return f"{best[0]}:{iri[len(best[1]):]}" if best[1] else iri
