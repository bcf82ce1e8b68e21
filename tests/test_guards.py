"""The guards of kg.extract.guards, specified by their case files (tests/cases/guards/<name>.tsv).

Every registered guard has a case file with cases in Arabic, English and Persian. A `block` case
makes an event of its type when no guard runs, and none when this guard alone runs (so the case
exercises this guard, whatever the others would also say) nor with every guard on; a `keep` case
makes its event with every guard on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor, to_gold
from kg.extract.guards import EVENT_GUARDS, GUARDS, all_guards, blocking_event_guard
from kg.extract.makers import MAKERS
from kg.extract.subjects import SUBJECT_RULES
from .rule_cases import read_cases, rules_only_extractor
from kg.model import Article, EventFact, Evidence

CASES = Path(__file__).parent / "cases" / "guards"
NAMES = sorted(GUARDS)
_EVIDENCE = Evidence("t", 0, 1, "x", "test", "0", 0.5)


def _cases(name: str) -> list[dict[str, str]]:
    return read_cases("guards", name)


ALL_CASES = [pytest.param(name, case, id=f"{name}-{n}-{case['lang']}-{case['expect']}")
             for name in NAMES if (CASES / f"{name}.tsv").exists() for n, case in enumerate(_cases(name))]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return rules_only_extractor()


def _types(extractor: Extractor, case: dict[str, str]) -> list[str]:
    article = Article("case", case["text"] + "\n", lang=case["lang"])
    return [e["type"] for e in to_gold(extractor.extract(article), extractor.ref)["events"]]


@pytest.mark.parametrize("name", NAMES)
def test_every_trigger_guard_has_cases_in_every_language(name):
    assert (CASES / f"{name}.tsv").exists(), f"no case file for guard {name}"
    cases = _cases(name)
    for lang in ("ar", "en", "fa"):
        assert {c["expect"] for c in cases if c["lang"] == lang} == {"block", "keep"}, (name, lang)


@pytest.mark.parametrize("name, case", ALL_CASES)
def test_guard_case(name, case, extractor):
    found = _types(extractor, case)
    if case["expect"] == "keep":
        assert case["type"] in found, f"{case['text']!r} should make a {case['type']} event: {found}"
        return
    assert case["type"] not in found, f"{case['text']!r} should make no {case['type']} event: {found}"
    every = frozenset([*NAMES, *EVENT_GUARDS])
    unguarded = _types(Extractor(extractor.ref, min_confidence=0.0, disabled=every), case)
    assert case["type"] in unguarded, f"{case['text']!r} makes no {case['type']} event even unguarded: {unguarded}"
    alone = _types(Extractor(extractor.ref, min_confidence=0.0, disabled=every - {name}), case)
    assert case["type"] not in alone, f"{name} alone does not block {case['text']!r}: {alone}"


def test_guards_are_listed_with_a_summary():
    rows = all_guards()
    assert sorted(name for name, _, _ in rows) == sorted([*NAMES, *EVENT_GUARDS])
    assert all(summary for _, _, summary in rows)


@pytest.mark.parametrize("etype, parties, blocked", [
    ("meeting", ["EG", "EG"], True),  # two officials of one state
    ("statement_criticism", ["IR"], True),  # a criticism with no state criticised
    ("meeting", ["EG", "IT"], False),
    ("appointment", ["JO"], False),  # a state appoints its own officials
    ("summit", ["QA"], False),  # one state named at an organisation's summit
])
def test_one_state_only_needs_two_states_between_states(etype, parties, blocked):
    event = EventFact(etype, parties[:1], _EVIDENCE, target=parties[1] if len(parties) > 1 else None,
                      persons=["someone"])
    assert (blocking_event_guard(event) == "one-state-only") is blocked
    assert blocking_event_guard(event, [], frozenset({"one-state-only"})) is None


@pytest.mark.parametrize("lang,text,summit", [
    ("en", "NEW DELHI - Modi and Putin held summit talks in Moscow on Tuesday.", False),
    ("en", "ASTANA - The leaders of China and Russia attended the summit of the Shanghai Cooperation Organisation.", True),
    ("ar", "وعقب القمة، أقام الرئيس المصري مأدبة عشاء تكريما للرئيس الفرنسي.", False),
    ("fa", "پس از اجلاس، نخست‌وزیر ژاپن از رئیس‌جمهور کره جنوبی در توکیو پذیرایی کرد.", False),
])
def test_a_summit_of_two_states_is_their_meeting_unless_an_organisation_holds_it(extractor, lang, text, summit):
    events = to_gold(extractor.extract(Article("t", "News\n\n" + text + "\n", lang=lang)), extractor.ref)["events"]
    assert any(e["type"] == "summit" for e in events) is summit
    if not summit:
        loose = Extractor(extractor.ref, min_confidence=0.0, disabled=frozenset({"two-state-summit"}))
        assert any(e["type"] == "summit" for e in to_gold(loose.extract(Article("t", "News\n\n" + text + "\n", lang=lang)),
                                                       loose.ref)["events"])


def test_a_disabled_guard_lets_its_trigger_through(extractor):
    text = "PARIS, May 4 - Thousands of protesters marched through central Paris, carrying banners condemning Israel.\n"
    article = Article("t", text, lang="en")
    assert not to_gold(extractor.extract(article), extractor.ref)["events"]
    loose = Extractor(extractor.ref, min_confidence=0.0, disabled=frozenset({"non-state-subject"}))
    assert [e["type"] for e in to_gold(loose.extract(article), loose.ref)["events"]] == ["statement_criticism"]


def test_kg_rules_lists_every_guard_and_maker_and_eval_refuses_an_unknown_one(tmp_path):
    import json

    from typer.testing import CliRunner

    from kg.cli import app
    from kg.extract.rules import PARTY_RULES, SUBJECT_DEFAULTS

    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["rules", "--json"]).stdout)
    assert [r["name"] for r in listed] == [*GUARDS, *EVENT_GUARDS, *SUBJECT_RULES, *MAKERS, *PARTY_RULES,
                                           *SUBJECT_DEFAULTS]
    assert {r["kind"] for r in listed} == {"guard", "subject (pick)", "subject (adjust)", "maker", "parties",
                                           "subject (always on)"}
    gold = Path(__file__).parent.parent / "data" / "probe"
    result = runner.invoke(app, ["eval", str(gold), str(gold), "--disable", "no-such-guard"])
    assert result.exit_code == 2
