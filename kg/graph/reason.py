"""Rules: ``ontologies/rules/construct-*.rq`` CONSTRUCT queries run over the whole dataset; what they
build goes into the derived named graph (replaced on every run). Optionally the OWL 2 RL closure of
the ontology and the facts goes there too."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .. import resources
from ..ids import Minter
from .io import union_triples


def derive(store: ox.Store, m: Minter) -> list[ox.Quad]:
    graph = ox.NamedNode(m.derived_graph())
    if graph in set(store.named_graphs()):
        store.remove_graph(graph)
    out: list[ox.Quad] = []
    for rule in resources.rules_files():
        query = rule.read_text(encoding="utf-8")
        for t in store.query(query, use_default_graph_as_union=True):
            out.append(ox.Quad(t.subject, t.predicate, t.object, graph))
    return out


def owl_rl_closure(quads: Iterable[ox.Quad], m: Minter) -> list[ox.Quad]:
    """Triples the OWL 2 RL rules entail from ``quads`` (all graphs together), in the derived graph.

    Kept: what is said of our own resources (subject in the base namespace) that no graph says
    already. Left out as noise: blank nodes, ``x a owl:Thing``, triples whose object is an outside
    name (a Wikidata item) for one of ours, and triples that only restate an asserted one with a
    name swapped for an ``owl:sameAs`` equal: the closure copies every fact about a state onto each
    of its names. An ``owl:sameAs`` between two of our own names stays, as it says something new.
    """
    import owlrl
    import rdflib

    data = ox.serialize(union_triples(quads), format=ox.RdfFormat.N_TRIPLES) or b""
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt")
    asserted = set(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)

    base = m.base
    same_as, rdf_type, thing = rdflib.OWL.sameAs, rdflib.RDF.type, rdflib.OWL.Thing

    def ours(term) -> bool:
        return isinstance(term, rdflib.URIRef) and str(term).startswith(base)

    # The closure makes owl:sameAs symmetric and transitive, so a term's equals are its objects.
    canonical: dict = {}
    for s in set(graph.subjects(same_as)):
        equals = {s, *graph.objects(s, same_as)}
        canonical[s] = min(equals, key=lambda t: (not ours(t), str(t)))

    def modulo_same_as(t):
        s, p, o = t
        return canonical.get(s, s), p, canonical.get(o, o)

    restated = {modulo_same_as(t) for t in asserted}
    inferred = rdflib.Graph()
    for t in graph:
        s, p, o = t
        if t in asserted or not ours(s) or isinstance(o, rdflib.BNode) or (p == rdf_type and o == thing):
            continue
        if p == same_as:
            if ours(o) and o != s:
                inferred.add(t)
            continue
        if not ours(o) and ours(canonical.get(o, o)):
            continue  # the same statement with our own name for the object is there
        if modulo_same_as(t) not in restated:
            inferred.add(t)
    target = ox.NamedNode(m.derived_graph())
    return [ox.Quad(t.subject, t.predicate, t.object, target)
            for t in ox.parse(inferred.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)]
