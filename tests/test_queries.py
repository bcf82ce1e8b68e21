"""Saved queries: every one parses, runs on the seed graph, and the key ones give the expected rows."""
import pyoxigraph as ox
import pytest

from kg.errors import UsageError
from kg.graph.query import bind, resolve_query, run, saved_queries

SAMPLE_VALUES = {"state": "IR", "org": "SCO", "place": "tehran", "person": "aziz-nasirzadeh",
                 "article": "000_fa529241b47a1e68", "topic": "counter-terrorism", "iri": "https://w3id.org/dipkg/id/state/IR",
                 "date": "2024-01-01", "int": "1", "string": "en"}


@pytest.fixture(scope="module")
def store(seed_build):
    s = ox.Store()
    s.extend(ox.parse(path=str(seed_build / "graph.trig"), format=ox.RdfFormat.TRIG))
    return s


def _values(query, **overrides):
    values = {p.name: SAMPLE_VALUES[p.type] for p in query.params}
    values.update(overrides)
    return values


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_has_a_summary_and_runs(store, name):
    query = saved_queries()[name]
    assert query.summary, f"{name}.rq needs a '#+ summary:' line"
    rows = run(store, query, _values(query))
    assert rows is not None


def _rows(store, name, **values):
    query = saved_queries()[name]
    solutions = run(store, query, _values(query, **values))
    names = [v.value for v in solutions.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in solutions]


def test_one_meeting_between_iran_and_tajikistan_in_tehran(store):
    rows = _rows(store, "meetings-between", country_a="IR", country_b="TJ")
    assert len({r["event"] for r in rows}) == 1
    assert rows[0]["place_name"] == "Tehran"


def test_iran_signed_22_documents_with_tajikistan_in_dushanbe(store):
    rows = _rows(store, "agreements-by-state", country="IR")
    assert [(r["partner_code"], r["documents"], r["place_name"]) for r in rows] == [("TJ", "22", "Dushanbe")]


def test_who_criticised_whom(store):
    assert [(r["critic"], r["target"]) for r in _rows(store, "who-criticised-whom")] == [("IR", "IL")]


def test_events_by_topic(store):
    rows = _rows(store, "events-by-topic", topic="counter-terrorism")
    assert [r["type"] for r in rows] == ["meeting"]


def test_parameters_are_bound_as_terms_not_pasted_into_the_text():
    query = saved_queries()["meetings-between"]
    hostile = 'IR" } ; DROP ALL ; #'
    with pytest.raises(UsageError, match="not an ISO 3166-1 alpha-2 code"):
        bind(query, {"country_a": hostile, "country_b": "TJ"})
    bound = bind(query, {"country_a": "IR", "country_b": "TJ"})
    assert all(isinstance(v, ox.NamedNode) for v in bound.values())


def test_unknown_and_missing_parameters_are_usage_errors():
    query = resolve_query("meetings-between")
    with pytest.raises(UsageError, match="missing parameter"):
        bind(query, {"country_a": "IR"})
    with pytest.raises(UsageError, match="unknown parameter"):
        bind(query, {"country_a": "IR", "country_b": "TJ", "x": "1"})
