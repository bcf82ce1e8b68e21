"""The analysis layer: projections of the graph onto networkx, measures with known answers, dyads."""
import csv
import doctest
import json
import shutil

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.analyse import (
    analyse,
    betweenness,
    communities,
    dyad_profile,
    dyad_profiles,
    dyads,
    ego,
    measures,
    memberships,
    pagerank,
    projections,
    shared_membership,
    state_graph,
    state_interactions,
    strength,
)
from kg.analyse.projections import EventRecord, actor_event_graph
from kg.graph.files import write_combined
from kg.graph.io import output_graph_files
from kg.cli import app
from kg.errors import UsageError
from kg.graph.io import load_store
from kg.graph.query import saved_queries
from kg.pipeline import build

from .conftest import ROOT

# ---------------------------------------------------------------- measures on graphs with known answers


@pytest.mark.parametrize("module", [measures, projections])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, extraglobs={"nx": nx})
    assert result.attempted > 0 and result.failed == 0


def test_the_centre_of_a_star_ranks_first_by_pagerank_and_betweenness():
    G = nx.star_graph(6)
    pr, bc = pagerank(G), betweenness(G)
    assert max(pr, key=pr.get) == 0 and all(pr[0] > pr[n] for n in range(1, 7))
    assert bc[0] == 1.0 and all(bc[n] == 0.0 for n in range(1, 7))


def test_pagerank_follows_the_direction_of_the_edges():
    G = nx.DiGraph([("TJ", "IR"), ("IL", "IR"), ("RU", "IR")])
    pr = pagerank(G)
    assert max(pr, key=pr.get) == "IR"
    assert pagerank(nx.Graph()) == {}


def test_two_cliques_joined_by_one_edge_are_two_communities():
    G = nx.complete_graph(5)
    G.add_edges_from(nx.complete_graph(range(5, 10)).edges)
    G.add_edge(4, 5)
    found = communities(G)
    assert sorted(set(found.values())) == [0, 1]
    assert len({found[n] for n in range(5)}) == 1 and len({found[n] for n in range(5, 10)}) == 1
    assert found[0] != found[9]
    assert communities(G) == found  # fixed seed: the same answer every time


def test_communities_of_a_directed_multigraph_and_of_isolated_nodes():
    M = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b"), ("c", "d")])
    M.add_node("e")
    found = communities(M)
    assert found["a"] == found["b"] != found["c"] == found["d"]
    assert found["e"] not in {found["a"], found["c"]}
    assert communities(nx.Graph()) == {}


def test_strength_sums_the_weights_of_a_nodes_edges():
    G = nx.Graph()
    G.add_edge("IR", "TJ", weight=6)
    G.add_edge("IR", "IL", weight=1)
    G.add_edge("TJ", "RU", weight=2.5)
    assert strength(G) == {"IR": 7, "TJ": 8.5, "IL": 1, "RU": 2.5}
    assert strength(G, weight=None) == {"IR": 2, "TJ": 2, "IL": 1, "RU": 1}
    M = nx.MultiDiGraph()
    M.add_edge("IR", "TJ", weight=1)
    M.add_edge("TJ", "IR", weight=1)
    M.add_edge("IR", "TJ", weight=1)
    assert strength(M) == {"IR": 3, "TJ": 3}


def test_betweenness_is_sampled_with_a_fixed_seed_above_the_exact_limit(monkeypatch):
    G = nx.barbell_graph(6, 3)
    exact = betweenness(G)
    monkeypatch.setattr(measures, "EXACT_BETWEENNESS_LIMIT", 5)
    monkeypatch.setattr(measures, "BETWEENNESS_SAMPLES", 4)
    sampled = betweenness(G)
    assert sampled == betweenness(G)
    assert sampled != exact
    assert betweenness(G, k=10_000) == exact  # more samples than nodes: exact


def test_ego_reads_edges_both_ways_and_stops_at_the_radius():
    G = nx.DiGraph([("TJ", "IR"), ("IR", "IL"), ("IL", "US")])
    assert ego(G, "IR") == {"IR": 0, "IL": 1, "TJ": 1}
    assert ego(G, "TJ", radius=3) == {"TJ": 0, "IR": 1, "IL": 2, "US": 3}
    with pytest.raises(nx.NodeNotFound):
        ego(G, "FR")


# ---------------------------------------------------------------- how events become edges


@pytest.mark.parametrize("record, pairs", [
    (EventRecord("e", "meeting", 1.0, initiator="IR", participants=["IR", "TJ"]), [("IR", "TJ"), ("TJ", "IR")]),
    (EventRecord("e", "visit", 1.9, initiator="TJ", participants=["TJ", "IR"]), [("TJ", "IR")]),
    (EventRecord("e", "statement_criticism", -2.0, initiator="IR", participants=["IR"], targets=["IL"]), [("IR", "IL")]),
    (EventRecord("e", "congratulation", 3.4, initiator="IR", participants=["IR", "TJ"], targets=["TJ"]), [("IR", "TJ")]),
    (EventRecord("e", "appointment", 0.0, initiator="TJ", participants=["TJ"]), []),
    (EventRecord("e", "summit", 2.5, participants=["CN", "RU", "IR"]),
     [("CN", "RU"), ("CN", "IR"), ("RU", "CN"), ("RU", "IR"), ("IR", "CN"), ("IR", "RU")]),
])
def test_event_pairs(record, pairs):
    assert record.pairs() == pairs


# ---------------------------------------------------------------- memberships on a hand-made graph

MEMBERSHIPS_TTL = """
@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ms: <https://w3id.org/dipkg/vocab/membership-status/> .
@prefix : <https://example.org/kg/> .

:IR dip:iso2 "IR" ; rdfs:label "Iran"@en , "إيران"@ar .
:TJ dip:iso2 "TJ" ; rdfs:label "Tajikistan"@en .
:AU dip:iso2 "AU" ; rdfs:label "Australia"@en .
:SCO a dip:Organisation ; dip:code "SCO" ; rdfs:label "Shanghai Cooperation Organisation"@en .
:ECO a dip:Organisation ; dip:code "ECO" ; rdfs:label "Economic Cooperation Organization"@en .
:AUorg a dip:Organisation ; dip:code "AU" ; rdfs:label "African Union"@en .

:m1 a dip:Membership ; org:member :TJ ; org:organization :SCO ; dip:membershipStatus ms:member ; dip:startDate "2001-06-15"^^xsd:date .
:m2 a dip:Membership ; org:member :IR ; org:organization :SCO ; dip:membershipStatus ms:observer ;
    dip:startDate "2005-07-05"^^xsd:date ; dip:endDate "2023-07-04"^^xsd:date .
:m3 a dip:Membership ; org:member :IR ; org:organization :SCO ; dip:membershipStatus ms:member ; dip:startDate "2023-07-04"^^xsd:date .
:m4 a dip:Membership ; org:member :IR ; org:organization :ECO ; dip:membershipStatus ms:member ; dip:startDate "1985-01-01"^^xsd:date .
:m5 a dip:Membership ; org:member :TJ ; org:organization :ECO ; dip:membershipStatus ms:member ; dip:startDate "1992-01-01"^^xsd:date .
:m6 a dip:Membership ; org:member :AU ; org:organization :ECO ; dip:membershipStatus ms:member ;
    dip:startDate "1990-01-01"^^xsd:date ; dip:endDate "2000-01-01"^^xsd:date .
"""


def _store(turtle: str) -> ox.Store:
    store = ox.Store()
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def membership_store():
    return _store(MEMBERSHIPS_TTL)


def test_memberships_is_bipartite_and_keeps_a_state_apart_from_an_organisation_with_its_code(membership_store):
    B = memberships(membership_store, on_date="1995-01-01")
    assert nx.is_bipartite(B)
    assert B.nodes["AU"]["kind"] == "state" and B.nodes["AU"]["label"] == "Australia"
    assert B.nodes["org:ECO"]["kind"] == "organisation" and B.nodes["org:ECO"]["code"] == "ECO"
    assert set(B["AU"]) == {"org:ECO"} and "org:AU" not in B
    assert memberships(membership_store, lang="ar").nodes["IR"]["label"] == "إيران"


def test_memberships_on_a_day_and_by_status(membership_store):
    assert set(memberships(membership_store, on_date="2010-01-01")["IR"]) == {"org:ECO"}
    assert set(memberships(membership_store, on_date="2010-01-01", statuses=None)["IR"]) == {"org:ECO", "org:SCO"}
    current = memberships(membership_store)
    assert set(current["IR"]) == {"org:ECO", "org:SCO"} and "AU" not in current
    assert current["IR"]["org:SCO"]["start"] == "2023-07-04"
    with pytest.raises(UsageError):
        memberships(membership_store, on_date="2010-13-01")


def test_shared_membership_counts_the_organisations_two_states_share(membership_store):
    G = shared_membership(membership_store)
    assert G["IR"]["TJ"]["weight"] == 2 and G["IR"]["TJ"]["organisations"] == ["ECO", "SCO"]
    old = shared_membership(membership_store, on_date="1995-01-01")
    assert old["IR"]["TJ"]["weight"] == 1 and old["AU"]["TJ"]["organisations"] == ["ECO"]
    assert all(kind == "state" for _, kind in old.nodes(data="kind"))


# ---------------------------------------------------------------- dated events on a hand-made graph

EVENTS_TTL = MEMBERSHIPS_TTL + """
@prefix evt: <https://w3id.org/dipkg/vocab/event-type/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

evt:meeting dip:goldsteinScore "1.0"^^xsd:decimal .
evt:statement dip:goldsteinScore "0.0"^^xsd:decimal .
evt:statement_criticism skos:broader evt:statement .
evt:sanction dip:goldsteinScore "-8.0"^^xsd:decimal .

:a1 dcterms:identifier "a1" ; dcterms:date "2024-03-01"^^xsd:date .
:ev1 oa:hasSource :a1 ; oa:hasSelector :q1 . :q1 oa:exact "They met." .
:ev2 oa:hasSource :a1 ; oa:hasSelector :q2 . :q2 oa:exact "They met again." .
:ev3 oa:hasSource :a1 ; oa:hasSelector :q3 . :q3 oa:exact "Tajikistan criticised Iran." .

:e1 dip:eventType evt:meeting ; dip:participant :IR , :TJ ; dip:initiator :IR ; dip:participantOrder "IR TJ" ;
    dip:status dip:Occurred ; dip:date "2024-01-10"^^xsd:date ; dip:evidence :ev1 .
:e2 dip:eventType evt:meeting ; dip:participant :TJ , :IR ; dip:initiator :TJ ; dip:participantOrder "TJ IR" ;
    dip:status dip:Occurred ; dip:date "2024-02-20"^^xsd:date ; dip:evidence :ev2 .
:e3 dip:eventType evt:statement_criticism ; dip:participant :TJ ; dip:initiator :TJ ; dip:target :IR ;
    dip:status dip:Occurred ; dip:evidence :ev3 .
:e4 dip:eventType evt:meeting ; dip:participant :IR , :TJ ; dip:initiator :IR ;
    dip:status dip:Planned ; dip:date "2024-06-01"^^xsd:date .
"""


@pytest.fixture(scope="module")
def events_store():
    return _store(EVENTS_TTL)


def test_dyad_contacts_and_tone_over_time(events_store):
    p = dyad_profile(events_store, "TJ", "IR")
    assert p["total"] == 4 and p["counts"] == {"meeting": 3, "statement_criticism": 1}
    # The undated criticism takes its article's date; a broader type's weight stands in for its own.
    assert p["first_contact"] == "2024-01-10" and p["last_contact"] == "2024-03-01"  # planned: not a contact
    assert p["tone_over_time"] == [["2024-01-10", 1.0], ["2024-02-20", 1.0], ["2024-03-01", 0.0], ["2024-06-01", 1.0]]
    assert p["shared_organisations"] == [{"code": "ECO", "label": "Economic Cooperation Organization", "since": "1992-01-01"},
                                         {"code": "SCO", "label": "Shanghai Cooperation Organisation", "since": "2023-07-04"}]
    assert [e["quote"] for e in p["events"]][:2] == ["They met.", "They met again."]


def test_state_graph_dates_and_planned_events(events_store):
    G = state_graph(events_store)
    assert G["IR"]["TJ"]["weight"] == 4 and G["IR"]["TJ"]["first"] == "2024-01-10" and G["IR"]["TJ"]["last"] == "2024-06-01"
    assert state_graph(events_store, include_planned=False)["IR"]["TJ"]["weight"] == 3
    M = state_interactions(events_store)
    assert ("TJ", "IR", "https://example.org/kg/e3") in M.edges(keys=True)
    assert ("IR", "TJ", "https://example.org/kg/e3") not in M.edges(keys=True)


# ---------------------------------------------------------------- actors and events on a hand-made graph

ACTORS_TTL = EVENTS_TTL + """
evt:summit dip:goldsteinScore "2.5"^^xsd:decimal .
:p1 a dip:Person ; rdfs:label "عزيز نصيرزاده"@ar , "Aziz Nasirzadeh"@en .
:p2 a dip:Person ; rdfs:label "امامعلی صابرزاده"@fa .
:tehran dip:code "tehran" ; rdfs:label "Tehran"@en , "طهران"@ar .
:e1 dip:involvesPerson :p1 , :p2 ; dip:place :tehran .
:e5 dip:eventType evt:summit ; dip:participant :IR , :SCO ; dip:initiator :IR ; dip:status dip:Occurred ;
    dip:date "2024-07-04"^^xsd:date ; dip:involvesPerson :p1 .
"""


@pytest.fixture(scope="module")
def actors_store():
    return _store(ACTORS_TTL)


def test_actor_event_graph_joins_each_event_to_its_states_organisations_and_persons(actors_store):
    B = actor_event_graph(actors_store)
    e = "https://example.org/kg/e"
    assert nx.is_bipartite(B)
    assert {n for n, side in B.nodes(data="bipartite") if side == 0} == {
        "IR", "TJ", "org:SCO", "person:p1", "person:p2"}
    assert {n for n, side in B.nodes(data="bipartite") if side == 1} == {f"{e}{i}" for i in range(1, 6)}
    assert set(B[f"{e}1"]) == {"IR", "TJ", "person:p1", "person:p2"}
    assert set(B[f"{e}5"]) == {"IR", "org:SCO", "person:p1"}
    assert B.number_of_edges() == 4 + 2 + 2 + 2 + 3
    # Tajikistan criticised Iran: TJ initiates, IR is the target.
    assert B["TJ"][f"{e}3"] == {"role": "participant", "initiator": True}
    assert B["IR"][f"{e}3"] == {"role": "target", "initiator": False}
    assert B["person:p1"][f"{e}1"]["role"] == "person" and B["org:SCO"][f"{e}5"]["role"] == "participant"


def test_actor_event_graph_node_attributes(actors_store):
    B = actor_event_graph(actors_store)
    meeting = B.nodes["https://example.org/kg/e1"]
    assert (meeting["type"], meeting["date"], meeting["place_label"], meeting["tone"]) == ("meeting", "2024-01-10", "Tehran", 1.0)
    assert meeting["label"] == "meeting · Tehran · 2024-01-10" and meeting["quote"] == "They met."
    criticism = B.nodes["https://example.org/kg/e3"]
    assert (criticism["date"], criticism["when"], criticism["tone"]) == (None, "2024-03-01", 0.0)  # the article's date
    assert B.nodes["org:SCO"] == {"kind": "organisation", "bipartite": 0, "code": "SCO",
                                  "label": "Shanghai Cooperation Organisation"}
    assert B.nodes["person:p1"]["label"] == "Aziz Nasirzadeh"
    assert B.nodes["person:p2"]["label"] == "امامعلی صابرزاده"  # no English name: any label beats the slug
    assert actor_event_graph(actors_store, lang="ar").nodes["IR"]["label"] == "إيران"
    assert actor_event_graph(actors_store, lang="ar").nodes["https://example.org/kg/e1"]["place_label"] == "طهران"


# ---------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_store(seed_build):
    return load_store(seed_build)


def test_state_graph_of_the_seed(seed_store):
    G = state_graph(seed_store)
    assert G["IR"]["TJ"]["weight"] >= 5 and G["IR"]["TJ"]["tone"] > 0
    assert G["IR"]["IL"]["tone"] < 0 and G["IR"]["IL"]["types"]["statement_criticism"] == 1
    assert G.nodes["IR"]["label"] == "Iran"
    assert sum(G["IR"]["TJ"]["types"].values()) == G["IR"]["TJ"]["weight"]


def test_interactions_carry_the_event_and_its_evidence(seed_store):
    M = state_interactions(seed_store)
    criticism = [d for u, v, d in M.edges(data=True) if d["type"] == "statement_criticism"]
    assert len(criticism) == 1 and criticism[0]["tone"] == -2.0
    assert all(d["quote"] and d["article"] and d["event"].startswith("https://") for _, _, d in M.edges(data=True))
    assert ("IL", "IR") not in M.edges()  # Israel did not act
    meetings = {(u, v) for u, v, d in M.edges(data=True) if d["type"] == "meeting"}
    assert {("IR", "TJ"), ("TJ", "IR")} <= meetings


def test_dyad_profile_of_iran_and_tajikistan(seed_store):
    p = dyad_profile(seed_store, "IR", "tj")
    assert p["a"] == {"code": "IR", "label": "Iran"} and p["b"]["code"] == "TJ"
    seen = {(e["type"], e["place_label"]) for e in p["events"]}
    assert ("meeting", "Tehran") in seen and ("visit", "Tehran") in seen
    assert p["counts"]["congratulation"] >= 1 and p["counts"]["statement_praise"] >= 1
    assert any(x["documents"] == 22 and x["place_label"] == "Dushanbe" for x in p["agreements"])
    assert p["documents"] >= 22
    assert "SCO" in {o["code"] for o in p["shared_organisations"]}
    assert all(e["quote"] for e in p["events"])
    assert p["tone"] > 0 and p["total"] == len(p["events"])
    assert all(isinstance(day, str) for day, _ in p["tone_over_time"])
    json.dumps(p)  # JSON-ready


def test_dyad_profiles_at_once_are_the_profiles_one_by_one(seed_store, events_store):
    pairs = [("IR", "TJ"), ("IL", "IR"), ("tj", "IL")]
    assert dyad_profiles(seed_store, pairs) == {pair: dyad_profile(seed_store, *pair) for pair in pairs}
    assert dyad_profiles(seed_store, pairs, lang="ar")[("IR", "TJ")] == dyad_profile(seed_store, "IR", "TJ", lang="ar")
    assert dyad_profiles(events_store, [("TJ", "IR")], on_date="2010-01-01") == {
        ("TJ", "IR"): dyad_profile(events_store, "TJ", "IR", on_date="2010-01-01")}
    with pytest.raises(UsageError):
        dyad_profiles(seed_store, [("IR", "XX")])


@pytest.mark.parametrize("a, b", [("IR", "XX"), ("IRN", "TJ"), ("IR", "ir")])
def test_dyad_profile_rejects_unknown_or_repeated_states(seed_store, a, b):
    with pytest.raises(UsageError):
        dyad_profile(seed_store, a, b)


def test_actor_event_graph_of_the_seed(seed_store):
    B = actor_event_graph(seed_store)
    events = {n: d for n, d in B.nodes(data=True) if d["bipartite"] == 1}
    assert len(events) == 8 and len(B) - len(events) == 5  # Iran, Tajikistan, Israel and two ministers
    meeting = next(n for n, d in events.items() if d["type"] == "meeting")
    assert events[meeting]["place_label"] == "Tehran"
    assert set(B[meeting]) == {"IR", "TJ", "person:aziz-nasirzadeh", "person:emomali-sobirzoda"}
    assert [(n, d["role"]) for n, d in B["IL"].items()] == [(next(n for n, d in events.items()
                                                               if d["type"] == "statement_criticism"), "target")]


def test_analyse_ranks_iran_first(seed_store):
    result = analyse(seed_store)
    assert result.states[0]["state"] == "IR"
    assert result.dyads[0]["state_a"] == "IR" and result.dyads[0]["state_b"] == "TJ"
    assert {"IR", "TJ", "IL"} <= {s for group in result.communities for s in group}


# ---------------------------------------------------------------- the commands


def test_kg_dyad_json(seed_build, seed_store):
    every = CliRunner().invoke(app, ["dyad", str(seed_build), "IR", "TJ", "--json", "--all"])
    assert every.exit_code == 0, every.output
    assert json.loads(every.output) == json.loads(json.dumps(dyad_profile(seed_store, "IR", "TJ")))
    # By default the totals come from the counts the graph keeps and the latest events are listed:
    # on a graph this small, all of them, so the profile is the same.
    latest = CliRunner().invoke(app, ["dyad", str(seed_build), "TJ", "IR", "--json"])
    profile = json.loads(latest.output)
    assert profile.pop("listed") == profile["total"]
    assert profile == json.loads(json.dumps(dyad_profile(seed_store, "TJ", "IR")))


def test_kg_dyad_table_and_unknown_states(seed_build):
    runner = CliRunner()
    result = runner.invoke(app, ["dyad", str(seed_build), "IR", "TJ"])
    assert result.exit_code == 0 and "Tajikistan" in result.output and "SCO" in result.output
    result = runner.invoke(app, ["dyad", str(seed_build), "IR", "XX"])
    assert result.exit_code == 2 and "XX" in result.output


def test_kg_analyze_writes_the_measures(seed_build, tmp_path):
    out = tmp_path / "analysis"
    result = CliRunner().invoke(app, ["analyze", str(seed_build), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Top dyads" in result.output
    with (out / "measures.csv").open(encoding="utf-8") as fh:
        rows = {r["state"]: r for r in csv.DictReader(fh)}
    assert int(rows["IR"]["strength"]) >= 6 and float(rows["IL"]["tone"]) < 0
    with (out / "dyads.csv").open(encoding="utf-8") as fh:
        first = next(csv.DictReader(fh))
    assert (first["state_a"], first["state_b"]) == ("IR", "TJ")
    doc = json.loads((out / "measures.json").read_text(encoding="utf-8"))
    assert doc["summary"]["states"] >= 3 and doc["states"][0]["state"] == "IR" and doc["communities"]


def test_kg_analyze_writes_beside_the_graph_by_default(seed_build, tmp_path):
    write_combined(output_graph_files(seed_build), tmp_path / "graph.trig", "trig")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "graph.trig"), "-q"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "analysis").iterdir()} == {"measures.csv", "measures.json", "dyads.csv"}


def test_the_projection_queries_are_saved_queries_with_a_summary():
    queries = saved_queries()
    names = [n for n in queries if n.startswith("projection-")]
    assert {"projection-state-events", "projection-dyad-events", "projection-states", "projection-memberships",
            "projection-actor-events", "projection-places"} <= set(names)
    assert all(queries[n].summary for n in names)


# ---------------------------------------------------------------- aggregates read from the store (issue 15)


@pytest.mark.parametrize("fixture", ["events_store", "actors_store", "seed_store"])
@pytest.mark.parametrize("planned", [True, False])
def test_the_store_aggregates_the_same_state_network_as_the_events_read_one_by_one(request, fixture, planned):
    from kg.analyse.aggregates import events_between_states, state_network

    store = request.getfixturevalue(fixture)
    M = state_interactions(store, include_planned=planned)
    by_event = dyads(M)
    D, G = state_network(store, include_planned=planned)
    assert dict(G.nodes(data=True)) == dict(by_event.nodes(data=True))
    assert {(a, b) for a, b in M.edges()} == set(D.edges())
    assert all(D[a][b]["weight"] == M.number_of_edges(a, b) for a, b in D.edges())
    for a, b, d in by_event.edges(data=True):
        got = G[a][b]
        assert (got["weight"], got["tone"], got["types"], got["first"], got["last"]) == \
            (d["weight"], d["tone"], d["types"], d["first"], d["last"]), (a, b)
    assert G.number_of_edges() == by_event.number_of_edges()
    assert pytest.approx(pagerank(D)) == pagerank(M)
    assert events_between_states(store, planned) == len({e for _, _, ev in by_event.edges(data="events") for e in ev})


def test_analyse_counts_and_measures_come_from_the_aggregates(events_store):
    result = analyse(events_store)
    assert result.summary() == {"states": 2, "dyads": 1, "events": 4, "communities": 1}
    assert result.dyads == [{"state_a": "IR", "state_b": "TJ", "label_a": "Iran", "label_b": "Tajikistan", "weight": 4,
                             "tone": 3.0, "types": "meeting:3 statement_criticism:1", "first": "2024-01-10",
                             "last": "2024-06-01"}]
    assert analyse(events_store, include_planned=False).summary()["events"] == 3


@pytest.fixture(scope="module")
def samples_build(tmp_path_factory):
    """The sample articles built once (no pages), read-only for the tests."""
    out = tmp_path_factory.mktemp("samples") / "out"
    build([ROOT / "data" / "samples"], out, html=False)
    return out


@pytest.fixture(params=["seed", "samples"])
def kept_counts_build(request):
    return request.getfixturevalue(f"{request.param}_build")


def test_the_counts_a_build_keeps_are_those_of_its_events(kept_counts_build):
    """The aggregates graph (from the resolution's groups) says what counting the events of the
    store says, for every pair, type, day and state."""
    from kg.analyse.aggregates import count, reports_in_store
    from kg.analyse.stored_counts import read_counts
    from kg.graph.store import opened_store

    with opened_store(kept_counts_build) as store:
        kept, counted = read_counts(store), count(reports_in_store(store))
    assert kept is not None and kept.interactions
    assert kept == counted


def _of_pair(counts, pair):
    """``counts`` cut to the rows of one pair of states (what reading them for that pair must give)."""
    from kg.analyse.aggregates import Counts

    ends = set(pair)
    return Counts(interactions={k: v for k, v in counts.interactions.items() if {k[0], k[1]} == ends},
                  days={k: v for k, v in counts.days.items() if {k[0], k[1]} == ends},
                  states={k: v for k, v in counts.states.items() if k[0] in ends},
                  between=counts.between, pairs={k: v for k, v in counts.pairs.items() if set(k) == ends})


def test_issue_15_the_counts_of_one_pair_are_its_rows_of_all_the_counts(kept_counts_build):
    """kg dyad reads one pair's counts (aggregate-pair-*.rq, starting from the two states' rows): the
    same rows as all the counts read whole and cut to the pair, asked in either order; none for two
    states without events together."""
    from kg.analyse.stored_counts import read_counts
    from kg.graph.store import opened_store

    parts = frozenset({"states", "days", "pairs"})
    with opened_store(kept_counts_build) as store:
        whole = read_counts(store, parts)
        assert whole.pairs
        for a, b in whole.pairs:
            assert read_counts(store, parts, (b, a)) == read_counts(store, parts, (a, b)) == _of_pair(whole, (a, b))
        lonely = read_counts(store, parts, ("IR", "NZ"))
    assert not lonely.pairs and not lonely.days and not lonely.interactions


def test_issue_15_labels_and_memberships_of_some_states_are_theirs_among_all(kept_counts_build):
    from kg.analyse.projections import held_memberships, place_labels, state_labels
    from kg.graph.store import opened_store

    with opened_store(kept_counts_build) as store:
        for lang in ("en", "ar"):
            states, places = state_labels(store, lang), place_labels(store, lang)
            assert state_labels(store, lang, ["TJ", "IR", "XX"]) == {c: states[c] for c in ("IR", "TJ")}
            assert place_labels(store, lang, list(places)[:2]) == dict(list(places.items())[:2])
        assert state_labels(store, codes=[]) == {} and place_labels(store, places=[]) == {}
        held, some = held_memberships(store), held_memberships(store, states=["IR", "TJ"])
    assert some.memberships == {k: v for k, v in held.memberships.items() if k[0] in ("IR", "TJ")}
    assert some.org_labels == {org: held.org_labels[org] for _, org in some.memberships}
    assert any(org == "org:SCO" for _, org in some.memberships)
