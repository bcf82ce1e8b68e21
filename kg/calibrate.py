"""Fitting the event-confidence model (:mod:`kg.extract.confidence`) and measuring it.

Every event the extractor makes on an evaluation set is labelled right (it matches a gold event: same
type and parties) or wrong; a logistic regression over the event's feature names is fitted on the
development sets and judged on sets it never saw: how well it ranks right above wrong (ROC AUC),
how close its probabilities are to the outcomes (Brier score) and, per band of confidence, how often
events in the band are right (the reliability table).

>>> brier([0.9, 0.2], [1, 0])
0.025
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import _match, _same_event, read_golds
from .extract import Extractor, to_gold
from .extract.confidence import ConfidenceModel
from .ingest import read_sources


@dataclass
class Labelled:
    """Events of some evaluation sets: their features, whether each is right, and where it came from."""

    features: list[list[str]] = field(default_factory=list)
    right: list[int] = field(default_factory=list)
    sets: list[str] = field(default_factory=list)

    def extend(self, other: "Labelled") -> None:
        self.features += other.features
        self.right += other.right
        self.sets += other.sets


def label_events(folder: Path, extractor: Extractor | None = None) -> Labelled:
    """Extracts every article of an evaluation set that has a gold file and labels its events."""
    extractor = extractor or Extractor(min_confidence=0.0)  # every event: the model is fitted on all
    golds = read_golds([folder])
    out = Labelled()
    for item in read_sources([folder]):
        if not isinstance(item, tuple) or item[0].id not in golds:
            continue
        x = extractor.extract(item[0])
        predicted = to_gold(x, extractor.ref)["events"]
        matched, _, _ = _match(golds[item[0].id].get("events") or [], predicted, _same_event)
        right = {id(p) for _, p in matched}
        for ev, row in zip(x.events, predicted):
            out.features.append(list(ev.features))
            out.right.append(1 if id(row) in right else 0)
            out.sets.append(folder.name)
    return out


def fit(data: Labelled, strength: float = 1.0) -> ConfidenceModel:
    """A logistic regression (L2, ``strength`` as scikit-learn's C) over the feature names."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    matrix = vectors.fit_transform([{f: 1 for f in fs} for fs in data.features])
    model = LogisticRegression(C=strength, max_iter=2000).fit(matrix, data.right)
    weights = {name: round(float(w), 4) for name, w in zip(vectors.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-4}
    return ConfidenceModel(round(float(model.intercept_[0]), 4), weights)


def brier(probabilities: list[float], outcomes: list[int]) -> float:
    """Mean squared distance between the probabilities and what happened (0 is perfect)."""
    return round(sum((p - o) ** 2 for p, o in zip(probabilities, outcomes)) / len(outcomes), 4) if outcomes else 0.0


def roc_auc(probabilities: list[float], outcomes: list[int]) -> float | None:
    """The chance that a right event scores above a wrong one (ties count half); None without both."""
    right = [p for p, o in zip(probabilities, outcomes) if o]
    wrong = [p for p, o in zip(probabilities, outcomes) if not o]
    if not right or not wrong:
        return None
    above = sum(1.0 if r > w else 0.5 if r == w else 0.0 for r in right for w in wrong)
    return round(above / (len(right) * len(wrong)), 4)


def reliability(probabilities: list[float], outcomes: list[int], bands: int = 5) -> list[dict]:
    """Per band of confidence: how many events fall in it, their mean confidence and how many are right."""
    rows = []
    for b in range(bands):
        low, high = b / bands, (b + 1) / bands
        inside = [(p, o) for p, o in zip(probabilities, outcomes) if low <= p < high or b == bands - 1 and p == 1.0]
        rows.append({"band": f"{low:.1f}-{high:.1f}", "events": len(inside),
                     "mean_confidence": round(sum(p for p, _ in inside) / len(inside), 3) if inside else None,
                     "right": round(sum(o for _, o in inside) / len(inside), 3) if inside else None})
    return rows


def measure(model: ConfidenceModel, data: Labelled) -> dict:
    probabilities = [model.probability(fs) for fs in data.features]
    return {"events": len(data.right), "right": sum(data.right), "roc_auc": roc_auc(probabilities, data.right),
            "brier": brier(probabilities, data.right), "reliability": reliability(probabilities, data.right)}


def write_model(model: ConfidenceModel, path: Path, fitted_on: list[str], report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "about": "Event confidence: a logistic regression over feature names (kg.extract.confidence). "
                 "Written by kg calibrate; do not edit by hand.",
        "fitted_on": fitted_on, "fitted": dt.date.today().isoformat(), "report": report,
        "intercept": model.intercept, "weights": dict(sorted(model.weights.items())),
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
