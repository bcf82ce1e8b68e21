"""Reasoning at build time: the construct rules always, the OWL 2 RL closure on request, both into
the derived named graph and nowhere else."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build
from kg.graph.io import read_output

from .conftest import SEED_ID

BASE = "https://w3id.org/dipkg/id/"
DIP = "https://w3id.org/dipkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL = "http://www.w3.org/2002/07/owl#"
PROV_ASSOCIATED = "http://www.w3.org/ns/prov#wasAssociatedWith"
DERIVED = ox.NamedNode(BASE + "graph/derived")
ARTICLE = ox.NamedNode(BASE + f"graph/article/{SEED_ID}")


@pytest.fixture(scope="module")
def owl_build(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> list[ox.Quad]:
    out = tmp_path_factory.mktemp("owl-rl")
    result = build([seeds], out, html=False, owl_rl=True)
    assert result.ok, result.failures
    return read_output(out)


def _meeting(quads: list[ox.Quad]) -> ox.NamedNode:
    [event] = {q.subject for q in quads if q.graph_name == ARTICLE
               and q.predicate.value == RDF_TYPE and q.object.value == DIP + "Meeting"}
    return event


@pytest.mark.slow
def test_the_seed_meeting_is_an_event_and_its_states_are_associated_with_it(owl_build):
    event = _meeting(owl_build)
    derived = {(q.subject, q.predicate.value, q.object.value) for q in owl_build if q.graph_name == DERIVED}
    # dip:Meeting rdfs:subClassOf dip:Event; dip:participant rdfs:subPropertyOf prov:wasAssociatedWith.
    assert (event, RDF_TYPE, DIP + "Event") in derived
    assert {(event, PROV_ASSOCIATED, BASE + "state/IR"), (event, PROV_ASSOCIATED, BASE + "state/TJ")} <= derived
    in_article = {(q.predicate.value, q.object.value) for q in owl_build if q.graph_name == ARTICLE and q.subject == event}
    assert (RDF_TYPE, DIP + "Event") not in in_article


@pytest.mark.slow
def test_the_closure_keeps_only_new_statements_about_our_own_resources(owl_build):
    asserted = {(q.subject, q.predicate, q.object) for q in owl_build if q.graph_name != DERIVED}
    inferred = [q for q in owl_build if q.graph_name == DERIVED]
    assert inferred
    for q in inferred:
        assert isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(BASE), q
        assert not isinstance(q.object, ox.BlankNode), q
        assert not (q.predicate.value == RDF_TYPE and q.object.value == OWL + "Thing"), q
        assert not (q.predicate.value == OWL + "sameAs" and q.subject == q.object), q
        # No copy of a statement onto a Wikidata item that one of ours is owl:sameAs.
        assert not q.object.value.startswith("http://www.wikidata.org/entity/"), q
        assert (q.subject, q.predicate, q.object) not in asserted, q


def test_without_the_option_the_closure_is_not_added(seed_build):
    quads = read_output(seed_build)
    event = _meeting(quads)
    assert not [q for q in quads if q.subject == event and q.predicate.value == RDF_TYPE
                and q.object.value == DIP + "Event"]
