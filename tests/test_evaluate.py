"""kg eval: precision, recall and F1 per language and fact kind, plus attribute accuracy."""
import copy
import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import KINDS, check_baseline, score

GOLD = {
    "a1": {
        "id": "a1", "lang": "ar", "countries": ["IR", "TJ"], "organizations": ["SCO"],
        "persons": [{"name": "Aziz Nasirzadeh", "surface": "عزيز نصيرزاده", "country": "IR"}],
        "events": [
            {"type": "meeting", "participants": ["IR", "TJ"], "target": None, "place": "Tehran",
             "date": None, "count": None, "topics": ["counter-terrorism"], "status": "occurred"},
            {"type": "agreement", "participants": ["IR", "TJ"], "target": None, "place": "Dushanbe",
             "date": None, "count": 22, "topics": [], "status": "occurred"},
        ],
        "memberships": [{"country": "IR", "org": "SCO", "status": "member"}],
    },
    "e1": {"id": "e1", "lang": "en", "countries": ["QA"], "organizations": [], "persons": [],
           "events": [{"type": "statement_criticism", "participants": ["QA"], "target": "IL"}], "memberships": []},
}


def test_gold_scored_against_itself_is_perfect_everywhere():
    result = score(GOLD, GOLD)
    for lang in ("ar", "en", "all"):
        for kind in KINDS:
            assert result["languages"][lang][kind]["f1"] == 1.0, (lang, kind)
    assert result["languages"]["ar"]["attributes"]["count"]["accuracy"] == 1.0
    assert result["articles"] == {}


def test_empty_predictions_have_zero_recall():
    result = score(GOLD, {})
    for kind in KINDS:
        assert result["languages"]["all"][kind]["recall"] == 0.0, kind


def test_events_match_on_type_and_parties_whatever_the_order():
    pred = copy.deepcopy(GOLD)
    pred["a1"]["events"][0]["participants"] = ["TJ", "IR"]
    pred["a1"]["events"][1]["count"] = 2
    result = score(GOLD, pred)
    assert result["languages"]["all"]["events"]["f1"] == 1.0
    assert result["languages"]["ar"]["attributes"]["count"]["accuracy"] == 0.5
    assert result["articles"]["a1"]["events"]["attributes"][0]["attribute"] == "count"


def test_persons_match_on_name_or_surface():
    pred = copy.deepcopy(GOLD)
    pred["a1"]["persons"] = [{"name": "عزيز نصيرزاده", "surface": "عزيز نصيرزاده"}]
    assert score(GOLD, pred)["languages"]["ar"]["persons"]["f1"] == 1.0


def test_a_spurious_event_lowers_precision_and_is_listed():
    pred = copy.deepcopy(GOLD)
    pred["e1"]["events"].append({"type": "sanction", "participants": ["QA"], "target": "IR", "evidence": "x"})
    result = score(GOLD, pred)
    assert result["languages"]["en"]["events"]["precision"] == 0.5
    assert result["articles"]["e1"]["events"]["spurious"][0]["type"] == "sanction"


def test_wrong_events_are_counted_per_100_texts():
    pred = copy.deepcopy(GOLD)
    pred["e1"]["events"].append({"type": "sanction", "participants": ["QA"], "target": "IR", "evidence": "x"})
    result = score(GOLD, pred)
    articles = result["languages"]["all"]["articles"]
    assert result["languages"]["all"]["wrong_events_per_100"] == round(100 / articles, 2)
    assert score(GOLD, GOLD)["languages"]["all"]["wrong_events_per_100"] == 0


def test_baseline_catches_more_wrong_events_per_100_texts():
    baseline = {"languages": {"ar": {"wrong_events_per_100": 0.5}}}
    assert check_baseline({"languages": {"ar": {"wrong_events_per_100": 0.7}}}, baseline) == []
    problems = check_baseline({"languages": {"ar": {"wrong_events_per_100": 1.5}}}, baseline)
    assert problems == ["ar wrong events per 100 texts 1.50 is above the baseline 0.50"]


def test_baseline_catches_a_drop_of_more_than_two_points():
    baseline = {"languages": {"all": {"events": {"f1": 0.9}}}}
    good = {"languages": {"all": {"events": {"f1": 0.89}}}}
    bad = {"languages": {"all": {"events": {"f1": 0.87}}}}
    assert check_baseline(good, baseline) == []
    assert "below the baseline" in check_baseline(bad, baseline)[0]


def test_cli_scores_predictions_and_writes_json(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    for key, doc in GOLD.items():
        (gold_dir / f"{key}.gold.json").write_text(json.dumps(doc), encoding="utf-8")
        (pred_dir / f"{key}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(pred_dir), str(gold_dir), "--predicted", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["languages"]["all"]["events"]["f1"] == 1.0


def test_the_scoring_examples_in_the_docstrings_hold():
    import doctest

    import kg.evaluate

    result = doctest.testmod(kg.evaluate)
    assert result.attempted >= 3 and result.failed == 0


def test_eval_by_rule_scores_every_rule_of_the_predicted_events(tmp_path):
    out = tmp_path / "scores.json"
    corpus = Path(__file__).parent.parent / "data" / "probe"
    result = CliRunner().invoke(app, ["eval", str(corpus), str(corpus), "--by-rule", "--json", str(out)])
    assert result.exit_code == 0, result.output
    rules = json.loads(out.read_text(encoding="utf-8"))["rules"]
    assert any(name.startswith("trigger:") for name in rules) and any(name.startswith("subject:") for name in rules)
    events = json.loads(out.read_text(encoding="utf-8"))["languages"]["all"]["events"]
    # every predicted event names its trigger rule: the trigger rows add up to all predictions
    trigger_rows = [r for name, r in rules.items() if name.startswith("trigger:")]
    assert sum(r["right"] + r["wrong"] for r in trigger_rows) == events["tp"] + events["fp"]
    assert "events per extraction rule" in result.output


# ---------------------------------------------------------------- identity across articles (issue 16)


def _reports(*canonical: str) -> tuple[dict, dict]:
    """Gold and predictions of one meeting reported by three articles, each prediction resolved
    into the canonical event named."""
    golds, preds = {}, {}
    for i, c in enumerate(canonical):
        event = {"type": "meeting", "participants": ["IR", "TJ"], "target": None, "cluster": "E1"}
        person = {"name": "Aziz Nasirzadeh", "surface": "Aziz Nasirzadeh", "country": "IR"}
        golds[f"a{i}"] = {"id": f"a{i}", "lang": "en", "events": [event], "persons": [person]}
        preds[f"a{i}"] = {"id": f"a{i}", "events": [{**event, "canonical": c}],
                          "persons": [{**person, "iri": f"urn:person:{c}"}]}
    return golds, preds


def test_three_reports_resolved_into_one_event_score_perfectly():
    from kg.evaluate import cluster_scores

    scores = cluster_scores(*_reports("x", "x", "x"))
    assert scores["events"]["bcubed_f1"] == scores["events"]["pairwise_f1"] == 1.0
    assert scores["events"]["found"] == scores["events"]["gold_events"] == 3


def test_a_report_left_apart_lowers_recall_not_precision():
    from kg.evaluate import cluster_scores

    events = cluster_scores(*_reports("x", "x", "y"))["events"]
    assert (events["pairwise_precision"], events["pairwise_recall"]) == (1.0, 0.3333)
    assert events["split_clusters"] == ["E1"] and events["false_merges"] == 0
    persons = cluster_scores(*_reports("x", "x", "y"))["persons"]
    assert persons["bcubed_recall"] < 1.0


def test_a_near_miss_merged_is_a_false_merge():
    from kg.evaluate import cluster_scores

    golds, preds = _reports("x", "x")
    golds["a1"]["events"][0]["cluster"] = "N1"
    events = cluster_scores(golds, preds)["events"]
    assert events["false_merges"] == 1 and events["merged_clusters"] == [["E1", "N1"]]
    assert events["pairwise_precision"] == 0.0


def test_kg_eval_on_the_cluster_set_reports_event_merging_and_person_identity(tmp_path):
    clusters = Path(__file__).parent.parent / "data" / "clusters"
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(clusters), str(clusters), "--json", str(out),
                                      "--baseline", str(clusters / "baseline.json")])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))["clusters"]
    assert scores["events"]["false_merges"] == 0  # no near-miss merged with its event
    assert scores["events"]["bcubed_f1"] >= 0.9
    assert "identity across articles" in result.output
