"""The event-confidence model: fitted by kg calibrate on sets read while writing rules, judged on
sets never read, shipped as a table of weights, and used by kg build --min-confidence."""
import doctest
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.calibrate
import kg.extract.confidence
from kg import build
from kg.calibrate import brier, fit, label_events, measure, reliability, roc_auc
from kg.cli import app
from kg.extract.confidence import ConfidenceModel, default_model
from kg.cli.calibrate_cmd import FIT_SETS, TEST_SETS

DATA = Path(__file__).parent.parent / "data"


def test_the_docstring_examples_hold():
    for module in (kg.calibrate, kg.extract.confidence):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed


def test_ranking_and_calibration_measures():
    assert roc_auc([0.9, 0.8, 0.1], [1, 1, 0]) == 1.0
    assert roc_auc([0.1, 0.9], [1, 0]) == 0.0
    assert roc_auc([0.5, 0.5], [1, 0]) == 0.5
    assert roc_auc([0.5], [1]) is None
    assert brier([1.0, 0.0], [1, 0]) == 0.0 and brier([0.0], [1]) == 1.0
    rows = reliability([0.1, 0.15, 0.95, 1.0], [0, 1, 1, 1], bands=5)
    assert rows[0] == {"band": "0.0-0.2", "events": 2, "mean_confidence": 0.125, "right": 0.5}
    assert rows[4]["events"] == 2 and rows[4]["right"] == 1.0


def test_a_model_fitted_on_one_set_ranks_the_events_of_another():
    model = fit(label_events(DATA / "probe"))
    report = measure(model, label_events(DATA / "fresh"))
    assert report["events"] > 20 and report["roc_auc"] > 0.5
    assert all(0.0 <= model.probability(f) <= 1.0 for f in label_events(DATA / "fresh").features)


def test_kg_calibrate_writes_a_model_and_reports_on_the_sets_it_did_not_fit(tmp_path):
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["calibrate", "--fit", str(DATA / "probe"), "--test", str(DATA / "fresh"),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "ROC AUC" in result.output and "reliability" in result.output
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["fitted_on"] == ["probe"] and set(written["report"]) == {"fitted", "fresh"}
    model = ConfidenceModel.read(out)
    assert model.weights and any(name.startswith("rule=") for name in model.weights)


def test_the_shipped_model_was_fitted_on_development_sets_only_and_judged_on_never_read_ones():
    shipped = json.loads((DATA / "models" / "confidence.json").read_text(encoding="utf-8"))
    assert set(shipped["fitted_on"]) == set(FIT_SETS)
    assert not set(shipped["fitted_on"]) & set(TEST_SETS)
    for name in TEST_SETS:
        assert shipped["report"][name]["roc_auc"] > 0.5
    assert default_model() is not None


@pytest.mark.parametrize("unknown", ["no-such-set"])
def test_kg_calibrate_refuses_an_unknown_set(tmp_path, unknown):
    result = CliRunner().invoke(app, ["calibrate", "--fit", str(tmp_path / unknown), "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 2


def test_build_min_confidence_leaves_out_the_events_less_sure(seeds, tmp_path):
    everything = build([seeds], tmp_path / "all", html=False, disk_store=False, min_confidence=0.0)
    assert everything.totals["events"] > 0
    sure = build([seeds], tmp_path / "sure", html=False, disk_store=False, min_confidence=0.999)
    assert sure.totals["events"] < everything.totals["events"]


def test_by_default_only_events_more_likely_right_than_wrong_are_kept():
    from kg.extract import Extractor
    from kg.extract.confidence import DEFAULT_MIN_CONFIDENCE
    from kg.ingest import read_sources

    assert default_model() is not None and 0.4 <= DEFAULT_MIN_CONFIDENCE <= 0.5
    default, everything = Extractor(), Extractor(min_confidence=0.0)
    kept = dropped = 0
    for article, _ in read_sources([DATA / "fresh2"]):
        all_events = everything.extract(article).events
        default_events = default.extract(article).events
        assert [e.evidence for e in default_events] == [e.evidence for e in all_events if e.confidence >= DEFAULT_MIN_CONFIDENCE]
        kept += len(default_events)
        dropped += len(all_events) - len(default_events)
    assert kept and dropped  # the threshold is there and leaves most events
