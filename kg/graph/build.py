"""Turn extractions and reference data into quads, each fact in its named graph.

* one named graph per article: the article node, its facts, and the evidence of each fact;
* the reference graph: states, organisations, places, memberships, known officials and posts;
* the ontology graph: ``dip.ttl`` and the SKOS schemes, so queries can use their labels.

Every node has a deterministic IRI (:mod:`kg.ids`) and no blank nodes are used, so the same input
always serialises to the same bytes.
"""
from __future__ import annotations

import datetime as dt
from functools import cache
import pyoxigraph as ox
from rdflib import RDF, RDFS, OWL, XSD, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .. import __version__, resources
from ..event_types import event_types
from ..ids import Minter
from ..model import Evidence, EventFact, Extraction
from ..reference import Reference
from .namespaces import DIP, EVT, MSTATUS, OA, ORG, PROV, RANK, ROLE, TOPIC, WD


@cache
def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def lit(value: object, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=N(XSD.boolean))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=N(XSD.integer))
    if isinstance(value, float):
        return ox.Literal(f"{value:.3f}", datatype=N(XSD.decimal))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=N(XSD.date))
    return ox.Literal(str(value))


def count_lit(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(XSD.nonNegativeInteger))


class _Quads:
    """Collects quads for one named graph."""

    def __init__(self, graph: URIRef):
        self.graph = N(graph)
        self.items: list[ox.Quad] = []
        self._predicates: dict[str, ox.NamedNode] = {}  # a few dozen, each made once

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        obj = o if isinstance(o, (ox.NamedNode, ox.Literal)) else N(o)
        predicate = self._predicates.get(p)
        if predicate is None:
            predicate = self._predicates[p] = N(p)
        self.items.append(ox.Quad(N(s), predicate, obj, self.graph))


class _Lines:
    """Collects one named graph as N-Quads lines (without line ends) rather than quads, for the large
    graphs a build writes whole from the resolution (canonical, aggregates): a third of the time of
    making quads and serialising them, the same bytes. Its IRIs are the minter's (:mod:`kg.ids`),
    valid by construction; a literal is written as Oxigraph writes it (its ``str``)."""

    def __init__(self, graph: URIRef):
        self.suffix = f" <{graph}> ."
        self.items: list[str] = []
        self._literals: dict[ox.Literal, str] = {}  # counts and days repeat: each written once

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        if isinstance(o, ox.Literal):
            term = self._literals.get(o)
            if term is None:
                term = self._literals[o] = str(o)
        else:
            term = f"<{o.value if isinstance(o, ox.NamedNode) else o}>"
        self.items.append(f"<{s}> <{p}> {term}{self.suffix}")

def _evidence(q: _Quads, m: Minter, ev: Evidence, fact: URIRef, rules: list[str] | None = None) -> None:
    # One evidence node per fact: two facts read from one sentence keep their own confidence.
    e = m.evidence(ev.article_id, ev.start, ev.end, ev.extractor, str(fact))
    article = m.article(ev.article_id)
    q.add(fact, DIP.evidence, e)
    q.add(fact, PROV.wasDerivedFrom, article)
    q.add(e, RDF.type, DIP.Evidence)
    q.add(e, OA.hasSource, article)
    q.add(e, OA.hasSelector, URIRef(e + "#quote"))
    q.add(e, OA.hasSelector, URIRef(e + "#position"))
    q.add(URIRef(e + "#quote"), RDF.type, OA.TextQuoteSelector)
    q.add(URIRef(e + "#quote"), OA.exact, lit(ev.quote))
    q.add(URIRef(e + "#position"), RDF.type, OA.TextPositionSelector)
    q.add(URIRef(e + "#position"), OA.start, count_lit(ev.start))
    q.add(URIRef(e + "#position"), OA.end, count_lit(ev.end))
    q.add(e, DIP.extractor, lit(ev.extractor))
    q.add(e, DIP.extractorVersion, lit(ev.version))
    q.add(e, DIP.confidence, lit(round(ev.confidence, 3)))
    for rule in sorted(rules or ()):
        q.add(e, DIP.rule, lit(rule))  # the extraction rules that made the fact (kg eval --by-rule)
    q.add(e, PROV.wasDerivedFrom, article)


def event_parties(event: EventFact) -> list[str]:
    parties = list(event.participants)
    if event.target and event.target not in parties:
        parties.append(event.target)
    return parties


def article_quads(x: Extraction, m: Minter, ref: Reference) -> list[ox.Quad]:
    """Quads of one article's named graph."""
    return _article_into(_Quads(m.article_graph(x.article.id)), x, m, ref)


def article_lines(x: Extraction, m: Minter, ref: Reference) -> list[str]:
    """The same graph as N-Quads lines (:class:`_Lines`), as a build writes it."""
    return _article_into(_Lines(m.article_graph(x.article.id)), x, m, ref)


def _article_into(q: _Quads | _Lines, x: Extraction, m: Minter, ref: Reference) -> list:
    a = x.article
    art = m.article(a.id)
    q.add(art, RDF.type, DIP.Article)
    q.add(art, DCTERMS.identifier, lit(a.id))
    q.add(art, DCTERMS.language, lit(x.lang))
    q.add(art, DIP.contentHash, lit(a.content_hash))
    q.add(art, DIP.textLength, count_lit(len(a.text)))
    if a.title:
        q.add(art, DCTERMS.title, lit(a.title))
    if x.article_date:
        q.add(art, DCTERMS.date, lit(x.article_date))
    if a.url:
        q.add(art, DCTERMS.source, lit(a.url))
    if a.source:
        q.add(art, DIP.sourcePath, lit(a.source))

    # Entities the article names: typed and linked to Wikidata inside the article graph too, with
    # the evidence of their first mention, so the graph of one article stands on its own.
    seen: set[tuple[str, str]] = set()
    for mention in [*x.states, *x.organisations, *x.places]:
        if (mention.kind, mention.entity) in seen:
            continue
        seen.add((mention.kind, mention.entity))
        node, cls, table = {
            "state": (m.state, DIP.State, ref.states),
            "organisation": (m.org, DIP.InternationalOrganisation, ref.organisations),
            "place": (m.place, DIP.Place, ref.places),
        }[mention.kind]
        iri = node(mention.entity)
        q.add(art, DCTERMS.references, iri)
        q.add(iri, RDF.type, cls)
        if cls == DIP.InternationalOrganisation:
            q.add(iri, RDF.type, DIP.Organisation)
        item = table.get(mention.entity)
        if item is not None and item.wikidata:
            q.add(iri, OWL.sameAs, WD[item.wikidata])
        span = Evidence(a.id, mention.start, mention.end, mention.surface, "kg.gazetteer", __version__, 0.9)
        _evidence(q, m, span, iri)

    for p in x.persons:
        person = m.person(p.key)
        q.add(person, RDF.type, DIP.Person)
        q.add(person, RDFS.label, lit(p.surface, x.lang))
        if p.name and p.name != p.surface:
            q.add(person, RDFS.label, lit(p.name, "en"))
        if p.rank:
            q.add(person, DIP.rank, RANK[p.rank])
        q.add(art, DCTERMS.references, person)
        if p.evidence:
            _evidence(q, m, p.evidence, person)
        if p.role or p.country:
            occ = m.occupancy(p.key, p.role or "official", p.country, a.id)
            q.add(occ, RDF.type, DIP.Occupancy)
            q.add(occ, DIP.holder, person)
            if p.role and p.country:
                _post(q, m, occ, person, p.role, p.country, m.state(p.country))
            elif p.role:
                q.add(occ, ORG.role, ROLE[p.role])
            if p.country:
                q.add(occ, DIP.forState, m.state(p.country))
            if p.role_label:
                q.add(occ, DIP.roleLabel, lit(p.role_label, x.lang))
            if p.evidence:
                _evidence(q, m, p.evidence, occ)

    person_iris = {p.key: m.person(p.key) for p in x.persons}
    for ev in x.events:
        parties = event_parties(ev)
        e = m.event(a.id, ev.type, parties, ev.evidence.start, ev.status)
        q.add(e, RDF.type, event_types()[ev.type].event_class)
        q.add(e, DIP.eventType, EVT[ev.type])
        q.add(e, DIP.status, DIP.Planned if ev.status == "planned" else DIP.Occurred)
        for i, code in enumerate(ev.participants):
            q.add(e, DIP.participant, m.state(code))
            if i == 0:
                q.add(e, DIP.initiator, m.state(code))
        if ev.participants:
            q.add(e, DIP.participantOrder, lit(" ".join(ev.participants)))
        if ev.target:
            q.add(e, DIP.target, m.state(ev.target))
        for key in ev.persons:
            q.add(e, DIP.involvesPerson, person_iris.get(key, m.person(key)))
        if ev.place:
            q.add(e, DIP.place, m.place(ev.place))
        if ev.date:
            q.add(e, DIP.date, lit(ev.date))
        for topic in sorted(set(ev.topics)):
            q.add(e, DIP.topic, TOPIC[topic])
        if ev.type == "agreement":
            agreement = m.agreement(e)
            q.add(e, DIP.signed, agreement)
            q.add(agreement, RDF.type, DIP.Agreement)
            if ev.count is not None:
                q.add(agreement, DIP.documentCount, count_lit(ev.count))
        elif ev.count is not None:
            q.add(e, DIP.count, count_lit(ev.count))
        _evidence(q, m, ev.evidence, e, ev.rules)

    for ms in x.memberships:
        node = m.membership(ms.country, ms.org, ms.status, ms.start.isoformat() if ms.start else None)
        if ms.stated:
            # A membership the article itself states is a fact of the article.
            q.add(node, RDF.type, DIP.Membership)
            q.add(node, ORG.member, m.state(ms.country))
            q.add(node, ORG.organization, m.org(ms.org))
            q.add(node, DIP.membershipStatus, MSTATUS[ms.status])
        q.add(node, DIP.basis, lit("stated" if ms.stated else "reference"))
        if ms.evidence:
            _evidence(q, m, ms.evidence, node)
    return q.items


def _post(q: _Quads, m: Minter, occupancy: URIRef, person: URIRef, role: str, holder_id: str,
          actor: URIRef) -> None:
    """The post an occupancy fills (W3C ORG: a role in a state or organisation) and who holds it."""
    post = m.post(role, holder_id)
    q.add(occupancy, DIP.post, post)
    q.add(post, RDF.type, DIP.Post)
    q.add(post, ORG.role, ROLE[role])
    q.add(post, ORG.postIn, actor)
    q.add(person, ORG.holds, post)


def _wikidata(q: _Quads, node: URIRef, qid: str) -> None:
    """The same thing in Wikidata: owl:sameAs for reasoners, skos:exactMatch for SKOS tools."""
    if qid:
        q.add(node, OWL.sameAs, WD[qid])
        q.add(node, SKOS.exactMatch, WD[qid])


def _labels(q: _Quads, node: URIRef, names: dict[str, str]) -> None:
    for lang, name in sorted(names.items()):
        q.add(node, RDFS.label, lit(name, lang))
        q.add(node, SKOS.prefLabel, lit(name, lang))


def reference_quads(ref: Reference, m: Minter) -> list[ox.Quad]:
    """Quads of the reference named graph."""
    q = _Quads(m.reference_graph())
    for s in ref.states.values():
        node = m.state(s.code)
        q.add(node, RDF.type, DIP.State)
        q.add(node, DIP.iso2, lit(s.code))
        if s.iso3:
            q.add(node, DIP.iso3, lit(s.iso3))
        if s.un_status:
            q.add(node, DIP.unStatus, lit(s.un_status))
        _labels(q, node, s.names)
        for lang, name in sorted(s.official.items()):
            q.add(node, SKOS.altLabel, lit(name, lang))
        _wikidata(q, node, s.wikidata)
    for o in ref.organisations.values():
        node = m.org(o.code)
        q.add(node, RDF.type, DIP.Organisation)
        q.add(node, RDF.type, DIP.InternationalOrganisation)
        q.add(node, DIP.code, lit(o.code))
        if o.type:
            q.add(node, DIP.orgType, lit(o.type))
        _labels(q, node, o.names)
        _wikidata(q, node, o.wikidata)
        if o.parent and o.parent in ref.organisations:
            q.add(node, ORG.subOrganizationOf, m.org(o.parent))
        hq = next((p for p in ref.places.values() if p.names.get("en") == o.headquarters), None)
        if hq:
            q.add(node, DIP.headquarters, m.place(hq.id))
    for p in ref.places.values():
        node = m.place(p.id)
        q.add(node, RDF.type, DIP.Place)
        q.add(node, DIP.code, lit(p.id))
        _labels(q, node, p.names)
        _wikidata(q, node, p.wikidata)
        if p.country and p.country in ref.states:
            q.add(node, DIP.inState, m.state(p.country))
            if p.kind in ("capital", "seat"):
                q.add(m.state(p.country), DIP.capital, node)
    for ms in ref.memberships:
        if ms.state not in ref.states or ms.org not in ref.organisations:
            continue
        node = m.membership(ms.state, ms.org, ms.status, ms.start.isoformat() if ms.start else None)
        q.add(node, RDF.type, DIP.Membership)
        q.add(node, ORG.member, m.state(ms.state))
        q.add(node, ORG.organization, m.org(ms.org))
        q.add(node, DIP.membershipStatus, MSTATUS[ms.status])
        if ms.start:
            q.add(node, DIP.startDate, lit(ms.start))
        if ms.end:
            q.add(node, DIP.endDate, lit(ms.end))
        if ms.source:
            q.add(node, DCTERMS.source, lit(ms.source))
    for person in ref.persons.values():
        node = m.person(person.id)
        q.add(node, RDF.type, DIP.Person)
        _labels(q, node, person.names)
        _wikidata(q, node, person.wikidata)
    for occ in ref.occupancies:
        node = m.occupancy(occ.person, occ.role, occ.state, occ.start)
        actor = m.org(occ.state) if occ.state in ref.organisations else m.state(occ.state)
        q.add(node, RDF.type, DIP.Occupancy)
        q.add(node, DIP.holder, m.person(occ.person))
        q.add(node, DIP.forState, actor)
        _post(q, m, node, m.person(occ.person), occ.role, occ.state, actor)
        if occ.start:
            q.add(node, DIP.startDate, lit(occ.start))
        if occ.end:
            q.add(node, DIP.endDate, lit(occ.end))
        if occ.source:
            q.add(node, DCTERMS.source, lit(occ.source))
    return q.items


def ontology_quads(m: Minter) -> list[ox.Quad]:
    """The ontology and the SKOS schemes, in the ontology named graph."""
    graph = N(m.ontology_graph())
    quads: list[ox.Quad] = []
    for path in [resources.ontology_file(), *resources.vocab_files()]:
        # Blank nodes (OWL lists) get IRIs numbered in parse order, so the output stays byte-stable.
        skolem: dict[ox.BlankNode, ox.NamedNode] = {}

        def fixed(term):
            if isinstance(term, ox.BlankNode):
                if term not in skolem:
                    skolem[term] = N(f"{m.base}genid/{path.stem}-{len(skolem) + 1}")
                return skolem[term]
            return term

        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(fixed(t.subject), t.predicate, fixed(t.object), graph))
    return quads
