"""Closed namespaces: a misspelt term fails at import instead of minting a new IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/dipkg/ontology"
VOCAB_BASE = "https://w3id.org/dipkg/vocab/"


class DIP(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    Actor: URIRef
    State: URIRef
    Organisation: URIRef
    InternationalOrganisation: URIRef
    GovernmentBody: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Occupancy: URIRef
    Membership: URIRef
    SharedMembership: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    AgreementSigning: URIRef
    Summit: URIRef
    Statement: URIRef
    Praise: URIRef
    Criticism: URIRef
    Congratulation: URIRef
    Appointment: URIRef
    Sanction: URIRef
    Expulsion: URIRef
    Recognition: URIRef
    CanonicalEvent: URIRef
    InteractionCount: URIRef
    DailyInteractionCount: URIRef
    StateEventCount: URIRef
    BetweenStatesCount: URIRef
    PairCount: URIRef
    PersonEventCount: URIRef
    DailyPersonCount: URIRef
    PersonPairCount: URIRef
    aboutPerson: URIRef
    withActor: URIRef
    latestReport: URIRef
    latestCut: URIRef
    fromState: URIRef
    toState: URIRef
    countedType: URIRef
    aboutState: URIRef
    planned: URIRef
    eventCount: URIRef
    reportCount: URIRef
    toneSum: URIRef
    firstDay: URIRef
    lastDay: URIRef
    day: URIRef
    Agreement: URIRef
    Topic: URIRef
    EventStatus: URIRef
    Occurred: URIRef
    Planned: URIRef
    Article: URIRef
    Evidence: URIRef
    eventType: URIRef
    participant: URIRef
    initiator: URIRef
    participantOrder: URIRef
    target: URIRef
    involvesPerson: URIRef
    place: URIRef
    date: URIRef
    count: URIRef
    status: URIRef
    topic: URIRef
    signed: URIRef
    documentCount: URIRef
    canonicalType: URIRef
    mention: URIRef
    mentionCount: URIRef
    sourceCount: URIRef
    firstReported: URIRef
    lastReported: URIRef
    conflictingCount: URIRef
    conflictingDate: URIRef
    iso2: URIRef
    iso3: URIRef
    code: URIRef
    unStatus: URIRef
    capital: URIRef
    inState: URIRef
    headquarters: URIRef
    orgType: URIRef
    rank: URIRef
    holder: URIRef
    post: URIRef
    forState: URIRef
    roleLabel: URIRef
    membershipStatus: URIRef
    startDate: URIRef
    endDate: URIRef
    sharesMembershipWith: URIRef
    state: URIRef
    organisation: URIRef
    evidence: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    rule: URIRef
    confidence: URIRef
    basis: URIRef
    contentHash: URIRef
    textLength: URIRef
    sourcePath: URIRef
    cameoCode: URIRef
    ploverCategory: URIRef
    goldsteinScore: URIRef
    eventClass: URIRef


EVT = Namespace(VOCAB_BASE + "event-type/")
TOPIC = Namespace(VOCAB_BASE + "topic/")
ROLE = Namespace(VOCAB_BASE + "role/")
RANK = Namespace(VOCAB_BASE + "rank/")
MSTATUS = Namespace(VOCAB_BASE + "membership-status/")
WD = Namespace("http://www.wikidata.org/entity/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")

PREFIXES = {
    "dip": str(DIP._NS),
    "evt": str(EVT),
    "topic": str(TOPIC),
    "role": str(ROLE),
    "rank": str(RANK),
    "mstatus": str(MSTATUS),
    "wd": str(WD),
    "org": str(ORG),
    "oa": str(OA),
    "prov": str(PROV),
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
