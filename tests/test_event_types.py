"""Each event type is defined once: its SKOS concept (codes, labels, class) and its row of
ontologies/vocab/event-types.csv (flags, base confidence), read into one object by kg.event_types."""
import doctest

import pytest

import kg.event_types
from kg import resources
from kg.errors import LexiconError
from kg.event_types import FLAGS, event_types
from kg.lexicon import all_lexicons


def test_the_examples_in_the_docstring_hold():
    assert doctest.testmod(kg.event_types).failed == 0


def test_every_type_has_labels_in_every_language_and_an_owl_class():
    for t in event_types().values():
        assert {"ar", "en", "fa"} <= set(t.labels), t.name
        assert t.event_class.startswith("https://w3id.org/dipkg/ontology#"), t.name


def test_codes_come_from_the_skos_scheme():
    types = event_types()
    assert types["meeting"].cameo == ("040", "043", "044")
    assert types["sanction"].plover == "SANCTION" and types["sanction"].goldstein == -8.0
    assert types["appointment"].cameo == () and types["appointment"].plover is None


def test_every_trigger_type_of_every_language_is_a_defined_type():
    used = {row["type"] for lx in all_lexicons() for row in lx.table("triggers")}
    assert used <= set(event_types())


def test_praise_and_criticism_are_statements():
    assert {n for n, t in event_types().items() if t.broader == "statement"} == {
        "statement_praise", "statement_criticism"} == event_types().narrower("statement")


def test_the_types_between_two_states_are_those_the_one_state_only_guard_holds_to():
    from kg.extract.guards import BETWEEN_STATES

    assert event_types().having("between") == BETWEEN_STATES


def test_an_unknown_flag_is_refused():
    with pytest.raises(KeyError):
        event_types().having("friendly")


def test_a_type_missing_from_the_scheme_is_an_error_naming_the_row(tmp_path, monkeypatch):
    vocab = tmp_path / "ontologies" / "vocab"
    vocab.mkdir(parents=True)
    source = resources.ontologies() / "vocab"
    (vocab / "event-types.ttl").write_text((source / "event-types.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    header = ",".join(("type", *FLAGS, "base_confidence"))
    (vocab / "event-types.csv").write_text(f"{header}\nmeeting,yes,,,,,,,,,0.8\nparade,,,,,,,,,,0.5\n",
                                           encoding="utf-8")
    monkeypatch.setattr(resources, "ontologies", lambda: tmp_path / "ontologies")
    event_types.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"event-types.csv: row 2: event type 'parade'"):
            event_types()
    finally:
        monkeypatch.undo()
        event_types.cache_clear()
