"""The event makers of kg.extract.makers, specified by their case files (tests/cases/makers/<name>.tsv).

Every registered maker has a case in Arabic, English and Persian: the sentence alone makes the event
(type, participants, target) with every rule on, and does not with that maker switched off, so each
case shows the maker's own work.
"""
from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import kg.extract.discourse
import kg.extract.notes
import kg.extract.rules
from kg.extract import Extractor, to_gold
from kg.extract.makers import MAKERS, makers_for
from kg.extract.notes import TRIGGER_NOTES
from kg.lexicon import all_lexicons
from .rule_cases import case_params, read_cases, rules_only_extractor
from kg.model import Article

CASES = Path(__file__).parent / "cases" / "makers"
NAMES = list(MAKERS)


def _cases(name: str) -> list[dict[str, str]]:
    return read_cases("makers", name)


ALL_CASES = case_params("makers", NAMES)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return rules_only_extractor()


def _events(extractor: Extractor, case: dict[str, str]) -> list[tuple[str, str, str]]:
    article = Article("case", case["text"] + "\n", lang=case["lang"])
    return [(e["type"], " ".join(e["participants"]), e.get("target") or "")
            for e in to_gold(extractor.extract(article), extractor.ref)["events"]]


@pytest.mark.parametrize("name", NAMES)
def test_every_maker_has_a_case_in_every_language(name):
    assert (CASES / f"{name}.tsv").exists(), f"no case file for event maker {name}"
    assert {c["lang"] for c in _cases(name)} >= {"ar", "en", "fa"}


@pytest.mark.parametrize("name, case", ALL_CASES)
def test_maker_case(name, case, extractor):
    expected = (case["type"], case["participants"], case["target"] or "")
    found = _events(extractor, case)
    assert expected in found, f"{case['text']!r} should make {expected}: {found}"
    without = _events(Extractor(extractor.ref, min_confidence=0.0, disabled=frozenset({name})), case)
    assert expected not in without, f"{case['text']!r} makes {expected} even without {name}: {without}"


def test_every_event_type_has_a_maker_and_every_maker_a_summary():
    types = {row["type"] for lx in all_lexicons() for row in lx.table("triggers")}
    assert all(makers_for(t) for t in types)
    assert all(m.summary and m.types for m in MAKERS.values())


def test_every_note_the_lexicons_use_is_one_the_rules_own():
    used = {row["note"] for lx in all_lexicons() for row in lx.table("triggers") if row.get("note")}
    assert used <= set(TRIGGER_NOTES)


def test_a_misspelt_note_is_an_error_naming_the_file_and_row(tmp_path):
    from kg.lexicon import Lexicon, problems

    (tmp_path / "triggers.csv").write_text("form,type,status,note\nmet,meeting,,neds-person\n", encoding="utf-8")
    assert problems(Lexicon("xx", tmp_path)) == [f"{tmp_path / 'triggers.csv'}: row 1: unknown note 'neds-person'"]


@pytest.mark.parametrize("module", [kg.extract.notes, kg.extract.discourse, kg.extract.rules])
def test_the_examples_in_the_docstrings_hold(module):
    assert doctest.testmod(module).failed == 0
