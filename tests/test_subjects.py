"""The subject rules of kg.extract.subjects, specified by their case files (tests/cases/subjects/<name>.tsv).

Every registered rule has a case in each language it applies to (by the language's profile): with
every rule on, the text makes the event (type, participants, target), and the event names the rule
(``subject:<name>``) as the one that found its subject.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor, to_gold
from kg.extract.subjects import ADJUST, PICK, SUBJECT_RULES, subject_rules
from kg.lexicon import lexicon
from .rule_cases import case_params, read_cases, rules_only_extractor
from kg.model import Article

CASES = Path(__file__).parent / "cases" / "subjects"
NAMES = list(SUBJECT_RULES)
LANGS = ("ar", "en", "fa")


def _cases(name: str) -> list[dict[str, str]]:
    return read_cases("subjects", name)


ALL_CASES = case_params("subjects", NAMES)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return rules_only_extractor()


@pytest.mark.parametrize("name", NAMES)
def test_every_subject_rule_has_a_case_in_every_language_it_applies_to(name):
    applies = {lang for lang in LANGS if SUBJECT_RULES[name].applies(lexicon(lang))}
    assert applies, f"subject rule {name} applies to no language"
    assert (CASES / f"{name}.tsv").exists(), f"no case file for subject rule {name}"
    assert {c["lang"] for c in _cases(name)} == applies


@pytest.mark.parametrize("name, case", ALL_CASES)
def test_subject_rule_case(name, case, extractor):
    article = Article("case", case["text"] + "\n", lang=case["lang"])
    events = to_gold(extractor.extract(article), extractor.ref)["events"]
    expected = (case["type"], case["participants"], case["target"] or "")
    made = [e for e in events if (e["type"], " ".join(e["participants"]), e.get("target") or "") == expected]
    assert made, f"{case['text']!r} should make {expected}: {events}"
    assert f"subject:{name}" in made[0]["rules"], made[0]["rules"]


def test_a_switched_off_rule_is_not_tried():
    assert "verb-final" not in {r.name for r in subject_rules(PICK, frozenset({"verb-final"}))}
    assert {r.name for r in subject_rules(PICK)} | {r.name for r in subject_rules(ADJUST)} == set(NAMES)


def test_switching_a_rule_off_changes_who_acts(extractor):
    case = _cases("received-from")[1]
    article = Article("case", case["text"] + "\n", lang=case["lang"])
    loose = Extractor(extractor.ref, min_confidence=0.0, disabled=frozenset({"received-from"}))
    participants = [e["participants"] for e in to_gold(loose.extract(article), loose.ref)["events"]]
    assert participants == [case["participants"].split()[::-1]]  # the receiver is taken to act


def test_a_state_right_after_the_verb_is_its_object(extractor):
    # Trump, the one congratulated, is the last official named: no one congratulates (not Trump's state,
    # nor Trump Ukraine).
    text = ("World leaders congratulate Trump\n\nPARIS, Nov 6 (AFP) - Leaders around the world rushed on Wednesday "
            "to congratulate Donald Trump on his victory, even as some voiced unease over his plans on trade and "
            "Ukraine.")
    events = extractor.extract(Article(id="t", text=text, lang="en")).events
    assert not [e for e in events if e.type == "congratulation" and e.participants[:1] == ["US"]]


def test_he_is_the_official_named_earlier_in_the_sentence(extractor):
    text = ("JERUSALEM (AP) - Israeli Foreign Minister Israel Katz recalled the ambassadors on Tuesday.\n\n"
            "Palestinian Prime Minister Mohammad Mustafa said he thanked Spain for its decision.")
    events = to_gold(extractor.extract(Article(id="t", text=text, lang="en")), extractor.ref)["events"]
    praise = [(e["participants"], e["target"]) for e in events if e["type"] == "statement_praise"]
    assert praise == [(["PS", "ES"], "ES")]
