"""kg export: every RDF format reads back, with an independent parser, as the graph that was written;
every network format reads back into networkx (or the csv module) as the projection that was written."""
import csv
import doctest
import io
import json
import random
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import resources
from kg.analyse import network_io, projections
from kg.analyse.network_io import (
    PROJECTIONS,
    csv_paths,
    csv_tables,
    flat_graph,
    gexf_bytes,
    graphml_bytes,
    project,
    scalar,
    write_network,
)
from kg.cli import app
from kg.errors import UsageError
from kg.graph import jsonld
from kg.graph.io import load_store, read_dataset, read_output

from .conftest import require_tool

DIP = "https://w3id.org/dipkg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def seed_quads(seed_build):
    quads = set(read_output(seed_build))
    # Without blank nodes, two datasets are isomorphic exactly when their sets of quads are equal,
    # which is the comparison every test below makes (and it names the quads that differ).
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name))
    return quads


@pytest.fixture(scope="module")
def seed_store(seed_build):
    return load_store(seed_build)


def export(runner, graph: Path, out: Path, *args: str) -> Path:
    result = runner.invoke(app, ["export", str(graph), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def by_graph(quads) -> dict[str, set]:
    graphs: dict[str, set] = defaultdict(set)
    for q in quads:
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        graphs[name].add(ox.Triple(q.subject, q.predicate, q.object))
    return dict(graphs)


def union(quads) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def rapper_quads(path: Path, syntax: str) -> list[ox.Quad]:
    rapper = require_tool("rapper")
    run = subprocess.run([rapper, "-q", "-i", syntax, "-o", "nquads", str(path)], capture_output=True)
    assert run.returncode == 0, run.stderr.decode()
    # Raptor escapes characters its own way; reading its N-Quads back makes the terms comparable.
    return [q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object)
            for q in ox.parse(run.stdout, format=ox.RdfFormat.N_QUADS)]


def from_rdflib(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def rdflib_quads(data: bytes) -> set[ox.Quad]:
    dataset = rdflib.Dataset()
    # rdflib rewrites lexical forms by default ("007"^^xsd:integer becomes "7"); a round trip must
    # see the literal as written.
    normalize, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        dataset.parse(data=data, format="json-ld")
    finally:
        rdflib.NORMALIZE_LITERALS = normalize
    quads = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = ox.DefaultGraph() if g is None or g == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else from_rdflib(g)
        quads.add(ox.Quad(from_rdflib(s), from_rdflib(p), from_rdflib(o), graph))
    return quads


# ---------------------------------------------------------------- RDF formats


@pytest.mark.parametrize("fmt,name", [("trig", "graph.trig"), ("turtle", "graph.ttl")])
def test_export_of_a_build_folder_streams_the_combined_file_that_build_combined_writes(runner, seeds, seed_build,
                                                                                      tmp_path, fmt, name):
    from kg import build

    combined = tmp_path / "combined"
    build([seeds], combined, html=False, disk_store=False, combined=True)
    exported = export(runner, seed_build, tmp_path / name, "--format", fmt)
    assert exported.read_bytes() == (combined / name).read_bytes()
    stdout = runner.invoke(app, ["export", str(seed_build), "--format", fmt])
    assert stdout.exit_code == 0 and stdout.stdout_bytes == exported.read_bytes()


@pytest.mark.parametrize("fmt,syntax,suffix", [
    ("turtle", "turtle", ".ttl"), ("ntriples", "ntriples", ".nt"), ("rdfxml", "rdfxml", ".rdf"),
])
@pytest.mark.slow
def test_triple_formats_read_back_by_raptor_as_the_union_of_the_graphs(runner, seed_build, seed_quads, tmp_path,
                                                                        fmt, syntax, suffix):
    out = export(runner, seed_build, tmp_path / f"export{suffix}", "--format", fmt)
    back = rapper_quads(out, syntax)
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in back)
    assert len(back) == len(union(seed_quads))
    assert union(back) == union(seed_quads)


def assert_same_named_graphs(back, expected_quads):
    expected, got = by_graph(expected_quads), by_graph(back)
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert got[name] == expected[name], name


@pytest.mark.slow
@pytest.mark.parametrize("fmt,syntax,suffix", [("trig", "trig", ".trig"), ("nquads", "nquads", ".nq")])
def test_quad_formats_read_back_by_raptor_graph_by_graph(runner, seed_build, seed_quads, tmp_path, fmt, syntax, suffix):
    out = export(runner, seed_build, tmp_path / f"export{suffix}", "--format", fmt)
    back = rapper_quads(out, syntax)
    assert len(back) == len(seed_quads)
    assert_same_named_graphs(back, seed_quads)


def test_jsonld_reads_back_by_rdflib_graph_by_graph(runner, seed_build, seed_quads, tmp_path):
    out = export(runner, seed_build, tmp_path / "export.jsonld", "--format", "jsonld")
    assert_same_named_graphs(rdflib_quads(out.read_bytes()), seed_quads)


def test_jsonld_reads_back_by_oxigraph_so_kg_commands_take_it_as_input(runner, seed_build, seed_quads, tmp_path):
    out = export(runner, seed_build, tmp_path / "export.jsonld", "--format", "jsonld")
    assert set(read_dataset(out)) == seed_quads


def test_jsonld_is_compacted_with_the_packaged_context_and_keeps_named_graphs(runner, seed_build, seed_quads,
                                                                               tmp_path):
    out = export(runner, seed_build, tmp_path / "export.jsonld", "--format", "jsonld")
    doc = json.loads(out.read_text(encoding="utf-8"))
    packaged = json.loads(resources.jsonld_context_file().read_text(encoding="utf-8"))
    assert doc["@context"] == packaged["@context"]  # inline, so reading it needs no network
    graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
    assert set(graphs) == {q.graph_name.value for q in seed_quads}
    article = next(nodes for name, nodes in graphs.items() if "/graph/article/" in name)
    meeting = next(n for n in article if n.get("@type") == "Meeting")
    assert all(isinstance(p, str) and p.startswith("https://") for p in meeting["participant"])
    assert meeting["eventType"] == "evt:meeting"
    ontology = graphs["https://w3id.org/dipkg/id/graph/ontology"]
    assert any(n["@id"] == "dip:Meeting" for n in ontology)


def test_jsonld_bytes_do_not_depend_on_the_order_of_the_quads(seed_quads):
    quads = sorted(seed_quads, key=str)
    shuffled = list(quads)
    random.Random(7).shuffle(shuffled)
    assert jsonld.serialize(shuffled) == jsonld.serialize(quads)


# ---------------------------------------------------------------- JSON-LD: the context and awkward values


def test_the_packaged_context_is_the_one_the_ontology_gives():
    expected = jsonld.context_document(jsonld.build_context())
    assert resources.jsonld_context_file().read_bytes() == expected, \
        "ontologies/context.jsonld is stale: run `.venv/bin/python -m kg.graph.jsonld`"


def test_the_context_names_every_prefix_class_and_property_of_the_ontology():
    context = jsonld.load_context()
    assert context["dip"] == DIP and context["evt"] == "https://w3id.org/dipkg/vocab/event-type/"
    assert context["Meeting"] == "dip:Meeting"
    assert context["participant"] == {"@id": "dip:participant", "@type": "@id"}
    assert context["date"] == {"@id": "dip:date", "@type": "xsd:date"}
    assert context["iso2"] == "dip:iso2"  # a string is a plain JSON string: no coercion needed
    # topic and rank name namespaces, so dip:topic and dip:rank stay compact IRIs
    assert context["topic"] == "https://w3id.org/dipkg/vocab/topic/"


def _quad(s, p, o, g=None):
    node = lambda v: v if isinstance(v, (ox.Literal, ox.BlankNode)) else ox.NamedNode(v)
    return ox.Quad(node(s), node(p), node(o), ox.DefaultGraph() if g is None else ox.NamedNode(g))


AWKWARD = [
    # values that do not fit their term's coercion must keep their own type
    _quad("https://x.org/e1", DIP + "participant", ox.Literal("a name, not an IRI"), "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "date", ox.Literal("spring 2024"), "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "date", ox.Literal("2024-11-24", datatype=ox.NamedNode(XSD + "date")),
          "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "date", ox.Literal("2024", datatype=ox.NamedNode(XSD + "gYear")), "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "confidence", ox.Literal("0.50", datatype=ox.NamedNode(XSD + "decimal")),
          "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "count", ox.Literal("007", datatype=ox.NamedNode(XSD + "integer")),
          "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "goldsteinScore", ox.Literal("0.5", datatype=ox.NamedNode(XSD + "double")),
          "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "roleLabel", ox.Literal("وزير", language="ar"), "https://x.org/g"),
    _quad("https://x.org/e1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", DIP + "Meeting", "https://x.org/g"),
    _quad("https://x.org/e1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://x.org/OwnClass",
          "https://x.org/g"),
    # IRIs a prefix must not shorten: the bare namespace, and a suffix that would read as an authority
    _quad("https://x.org/e1", DIP + "place", DIP, "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "place", "http://www.wikidata.org/entity///odd", "https://x.org/g"),
    _quad("https://x.org/e1", "https://x.org/own-property", "https://x.org/e2", "https://x.org/g"),
    # a graph's name described in the default graph, and a triple in two graphs
    _quad("https://x.org/g", "http://purl.org/dc/terms/source", "https://x.org/feed"),
    _quad("https://x.org/e1", DIP + "code", ox.Literal('quote " and \\ backslash'), "https://x.org/g"),
    _quad("https://x.org/e1", DIP + "code", ox.Literal('quote " and \\ backslash'), "https://x.org/h"),
]


def test_values_that_do_not_fit_a_term_read_back_exactly():
    data = jsonld.serialize(AWKWARD)
    assert rdflib_quads(data) == set(AWKWARD)
    assert set(ox.parse(data, format=ox.RdfFormat.JSON_LD)) == set(AWKWARD)


def test_blank_nodes_read_back_as_an_isomorphic_graph():
    b = ox.BlankNode("ev1")
    quads = [ox.Quad(ox.NamedNode("https://x.org/e1"), ox.NamedNode(DIP + "evidence"), b, ox.DefaultGraph()),
             ox.Quad(b, ox.NamedNode("http://www.w3.org/ns/oa#exact"), ox.Literal("said"), ox.DefaultGraph()),
             ox.Quad(b, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.BlankNode("cls"),
                     ox.DefaultGraph())]
    expected = rdflib.Graph().parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    got = rdflib.Graph().parse(data=jsonld.serialize(quads), format="json-ld")
    assert isomorphic(got, expected)


# ---------------------------------------------------------------- network formats

NETWORKS = sorted(PROJECTIONS)


def test_docstring_examples_run():
    result = doctest.testmod(network_io)
    assert result.attempted > 0 and result.failed == 0


@pytest.fixture(scope="module")
def networks(seed_store):
    return {name: project(seed_store, name) for name in NETWORKS}


def edge_set(G):
    return {frozenset((str(u), str(v))) for u, v in G.edges()}


def test_the_projections_are_those_of_the_analysis_layer(networks, seed_store):
    assert set(PROJECTIONS) == {"states", "persons", "memberships", "shared", "bipartite"}
    assert edge_set(networks["states"]) == edge_set(projections.state_graph(seed_store))
    assert edge_set(networks["shared"]) == edge_set(projections.shared_membership(seed_store))
    assert edge_set(networks["bipartite"]) == edge_set(projections.actor_event_graph(seed_store))
    # memberships of every status (observers too), as kg view draws them
    assert edge_set(networks["memberships"]) == edge_set(projections.memberships(seed_store, statuses=None))
    assert networks["persons"].number_of_nodes() > 0 and networks["states"].number_of_edges() > 0


@pytest.mark.parametrize("name", NETWORKS)
def test_graphml_reads_back_with_every_attribute_and_its_type(networks, name):
    G = networks[name]
    back = nx.read_graphml(io.BytesIO(graphml_bytes(G)))
    flat = flat_graph(G)
    assert set(back.nodes) == {str(n) for n in G.nodes}
    assert edge_set(back) == edge_set(G)
    for node, data in flat.nodes(data=True):
        assert back.nodes[str(node)] == data, node
    for u, v, data in flat.edges(data=True):
        assert back.edges[str(u), str(v)] == data, (u, v)


@pytest.mark.parametrize("name", NETWORKS)
def test_gexf_reads_back_with_labels_weights_and_attributes(networks, name):
    G = networks[name]
    back = nx.read_gexf(io.BytesIO(gexf_bytes(G)))
    flat = flat_graph(G)
    assert set(back.nodes) == {str(n) for n in G.nodes}
    assert edge_set(back) == edge_set(G)
    for node, data in flat.nodes(data=True):
        expected = {"label": str(node), **data}
        assert back.nodes[str(node)] == expected, node
    for u, v, data in flat.edges(data=True):
        got = dict(back.edges[str(u), str(v)])
        got.pop("id")  # GEXF numbers its edges
        expected = {("type_" if k == "type" else k): v for k, v in data.items()}
        if "weight" in expected:
            expected["weight"] = float(expected["weight"])  # GEXF weights are doubles
        assert got == expected, (u, v)


def test_gexf_marks_membership_dates_as_time_intervals(networks):
    data = gexf_bytes(networks["memberships"]).decode("utf-8")
    assert 'mode="dynamic"' in data and 'timeformat="date"' in data and "lastmodifieddate" not in data


@pytest.mark.parametrize("name", NETWORKS)
def test_csv_tables_read_back_with_the_same_nodes_edges_and_weights(networks, tmp_path, name):
    G = networks[name]
    nodes_path, edges_path = write_network(G, "csv", tmp_path / name)
    with nodes_path.open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_path.open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert {row["id"] for row in nodes} == {str(n) for n in G.nodes}
    assert len(edges) == G.number_of_edges()
    assert {frozenset((row["source"], row["target"])) for row in edges} == edge_set(G)
    for row in edges:
        data = G.edges[row["source"], row["target"]]
        if "weight" in data:
            assert float(row["weight"]) == data["weight"]
    labels = {row["id"]: row["label"] for row in nodes}
    assert all(labels[str(n)] == str(d["label"]) for n, d in G.nodes(data=True) if d.get("label") is not None)


def test_network_bytes_do_not_depend_on_the_order_nodes_and_edges_were_added():
    def graph(order):
        G = nx.Graph()
        for u, v, w in order:
            G.add_node(u, label=u.lower())
            G.add_node(v, label=v.lower())
            G.add_edge(u, v, weight=w, events=["-".join(sorted((u, v)))])
        return G

    edges = [("IR", "TJ", 2), ("OM", "IR", 1), ("TJ", "KZ", 3), ("AZ", "PK", 1)]
    a, b = graph(edges), graph([(v, u, w) for u, v, w in reversed(edges)])
    assert graphml_bytes(a) == graphml_bytes(b)
    assert gexf_bytes(a) == gexf_bytes(b)
    assert csv_tables(a) == csv_tables(b)


def test_attributes_are_flattened_to_one_scalar_and_one_type_each():
    G = nx.Graph()
    G.add_node("IR", label="Iran", codes=["b", "a"], score=1, note=None)
    G.add_node("TJ", label="Tajikistan", codes={"b", "a"}, score=0.5, note=3)
    G.add_node("OM", label="Oman", note="n/a")
    G.add_edge("IR", "TJ", types=Counter(visit=1, meeting=2), flag=True)
    flat = flat_graph(G)
    assert flat.nodes["IR"] == {"label": "Iran", "codes": "b;a", "score": 1.0}  # lists keep their order
    assert flat.nodes["TJ"] == {"label": "Tajikistan", "codes": "a;b", "score": 0.5, "note": "3"}  # sets are sorted
    assert flat.nodes["OM"] == {"label": "Oman", "note": "n/a"}
    assert flat.edges["IR", "TJ"] == {"types": "meeting:2;visit:1", "flag": True}
    back = nx.read_graphml(io.BytesIO(graphml_bytes(G)))
    assert back.nodes["TJ"]["note"] == "3" and back.nodes["IR"]["score"] == 1.0
    assert back.edges["IR", "TJ"]["flag"] is True
    nodes, edges = csv_tables(G)
    assert edges == "source,target,flag,types\nIR,TJ,true,meeting:2;visit:1\n"
    assert scalar(("x", 1)) == "x;1" and scalar(None) is None


def test_identity_columns_win_over_attributes_of_the_same_name():
    G = nx.DiGraph()
    G.add_node("a", id="own id")
    G.add_edge("a", "b", source="a report")
    nodes, edges = csv_tables(G)
    assert nodes.splitlines()[0] == "id,id_" and "a,own id" in nodes
    assert edges == "source,target,source_\na,b,a report\n"


def test_csv_out_is_a_folder_unless_it_names_a_csv_file(tmp_path):
    assert csv_paths(tmp_path / "net") == (tmp_path / "net" / "nodes.csv", tmp_path / "net" / "edges.csv")
    assert csv_paths(tmp_path / "states.csv") == (tmp_path / "states.nodes.csv", tmp_path / "states.edges.csv")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        csv_paths(tmp_path / "file.txt")


# ---------------------------------------------------------------- the command


def test_export_writes_a_projection_as_graphml_to_stdout(runner, seed_build):
    result = runner.invoke(app, ["export", str(seed_build), "--format", "graphml", "--projection", "states"])
    assert result.exit_code == 0, result.output
    G = nx.parse_graphml(result.stdout_bytes)
    assert G.number_of_edges() > 0 and all("label" in d for _, d in G.nodes(data=True))


def test_export_network_defaults_to_the_states_projection(runner, seed_build, networks):
    result = runner.invoke(app, ["export", str(seed_build), "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert edge_set(nx.read_gexf(io.BytesIO(result.stdout_bytes))) == edge_set(networks["states"])


def test_export_csv_prints_the_two_files_it_wrote(runner, seed_build, tmp_path):
    result = runner.invoke(app, ["export", str(seed_build), "-f", "csv", "--projection", "bipartite",
                                 "-o", str(tmp_path / "bipartite.csv")])
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(tmp_path / "bipartite.nodes.csv"), str(tmp_path / "bipartite.edges.csv")]


@pytest.mark.parametrize("args,message", [
    (["-f", "csv", "--projection", "states"], "give --out FOLDER or --out NAME.csv"),
    (["-f", "graphml", "--projection", "allies"], "unknown projection 'allies'"),
    (["-f", "turtle", "--projection", "states"], "--projection applies to graphml, gexf, csv"),
    (["-f", "yaml"], "unknown format 'yaml'"),
])
def test_export_usage_errors_are_one_line_and_exit_2(runner, seed_build, args, message):
    result = runner.invoke(app, ["export", str(seed_build), *args])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
