"""Concepts are defined once, in the SKOS schemes; every id the lexicons and extractors use resolves."""
from functools import cache

import pyoxigraph as ox
import pytest

from kg import resources
from kg.graph.namespaces import VOCAB_BASE
from kg.lexicon import lexicon
from kg.event_types import event_types

SKOS = "http://www.w3.org/2004/02/skos/core#"


@cache
def concepts() -> dict[str, dict[str, str]]:
    """concept path (topic/trade) -> {lang: prefLabel}"""
    out: dict[str, dict[str, str]] = {}
    for path in resources.vocab_files():
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            iri = t.subject.value
            if not iri.startswith(VOCAB_BASE):
                continue
            key = iri[len(VOCAB_BASE):]
            if t.predicate.value == SKOS + "prefLabel":
                out.setdefault(key, {})[t.object.language] = t.object.value
            elif t.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
                out.setdefault(key, {})
    return out


def test_every_concept_has_english_arabic_and_persian_labels():
    missing = [k for k, labels in concepts().items() if "/" in k and not {"en", "ar", "fa"} <= set(labels)]
    assert missing == []


def test_every_event_type_is_a_concept():
    assert {f"event-type/{t}" for t in event_types()} <= set(concepts())


@pytest.mark.parametrize("lang", resources.languages())
def test_every_lexicon_id_resolves_to_a_concept(lang):
    lx = lexicon(lang)
    known = set(concepts())
    wanted = {f"role/{r['role']}" for r in lx.table("titles")}
    wanted |= {f"rank/{r['rank']}" for r in lx.table("ranks")}
    wanted |= {f"topic/{r['topic']}" for r in lx.table("topics")}
    wanted |= {f"event-type/{r['type']}" for r in lx.table("triggers")}
    assert sorted(wanted - known) == []


def test_reference_occupancies_use_known_roles():
    from kg.reference import default_reference

    roles = {f"role/{o.role}" for o in default_reference().occupancies}
    assert sorted(roles - set(concepts())) == []


def test_topic_labels_are_the_ones_the_gold_format_uses():
    labels = {v["en"] for k, v in concepts().items() if k.startswith("topic/")}
    assert {"counter-terrorism", "defence cooperation", "arms smuggling", "organized crime",
            "Palestinian question", "science and technology"} <= labels
