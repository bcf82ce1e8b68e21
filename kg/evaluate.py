"""Scoring extractions against gold files (``docs/gold-format.md``).

Sets per article for states, organisations, persons and memberships; events match on type plus the
set of parties (participants and target), one gold event to at most one predicted event; on matched
events the accuracy of count, place, date, topics and status. Scores are micro-averaged per language
and over all articles.

>>> gold = {"a": {"lang": "en", "countries": ["IR"], "events": []}}
>>> score(gold, gold)["languages"]["all"]["states"]["f1"]
1.0
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError, UsageError
from .normalise import match_key

KINDS = ("states", "organisations", "persons", "memberships", "events")
ATTRIBUTES = ("count", "place", "date", "topics", "status")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _parties(ev: dict) -> frozenset[str]:
    parties = set(ev.get("participants") or [])
    if ev.get("target"):
        parties.add(ev["target"])
    return frozenset(parties)


def _person_keys(p: dict) -> set[str]:
    return {match_key(p[k]) for k in ("name", "surface") if p.get(k)}


def _match(gold: list, pred: list, same) -> tuple[list, list, list]:
    """Pairs each gold item with the first unused predicted item ``same`` accepts."""
    used: set[int] = set()
    matched, missed = [], []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            matched.append((g, pred[hit]))
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return matched, missed, spurious


def _same_person(g: dict, p: dict) -> bool:
    return bool(_person_keys(g) & _person_keys(p))


def _same_event(g: dict, p: dict) -> bool:
    return (g.get("type"), _parties(g)) == (p.get("type"), _parties(p))


def _same(attribute: str, g: dict, p: dict) -> bool:
    if attribute == "topics":
        return {match_key(t) for t in g.get("topics") or []} == {match_key(t) for t in p.get("topics") or []}
    if attribute == "status":
        return (g.get("status") or "occurred") == (p.get("status") or "occurred")
    if attribute == "place":
        return match_key(g.get("place") or "") == match_key(p.get("place") or "")
    return g.get(attribute) == p.get(attribute)


def score_article(gold: dict, pred: dict) -> tuple[dict[str, tuple[int, int, int]], dict[str, tuple[int, int]], dict]:
    """Counts per kind, attribute accuracy counts, and the differences of one article."""
    counts: dict[str, tuple[int, int, int]] = {}
    diff: dict[str, Any] = {}

    def sets(kind: str, g: set, p: set) -> None:
        counts[kind] = (len(g & p), len(p - g), len(g - p))
        if g != p:
            diff[kind] = {"missed": sorted(map(str, g - p)), "spurious": sorted(map(str, p - g))}

    sets("states", set(gold.get("countries") or []), set(pred.get("countries") or []))
    sets("organisations", set(gold.get("organizations") or []), set(pred.get("organizations") or []))
    sets("memberships", {f"{m['country']}:{m['org']}" for m in gold.get("memberships") or []},
         {f"{m['country']}:{m['org']}" for m in pred.get("memberships") or []})
    matched, missed, spurious = _match(gold.get("persons") or [], pred.get("persons") or [], _same_person)
    counts["persons"] = (len(matched), len(spurious), len(missed))
    if missed or spurious:
        diff["persons"] = {"missed": [p.get("name") for p in missed], "spurious": [p.get("name") for p in spurious]}
    matched, missed, spurious = _match(gold.get("events") or [], pred.get("events") or [], _same_event)
    counts["events"] = (len(matched), len(spurious), len(missed))
    attributes: dict[str, tuple[int, int]] = {}
    wrong_attributes = []
    for attribute in ATTRIBUTES:
        right = sum(1 for g, p in matched if _same(attribute, g, p))
        attributes[attribute] = (right, len(matched))
        for g, p in matched:
            if not _same(attribute, g, p):
                wrong_attributes.append({"type": g.get("type"), "parties": sorted(_parties(g)),
                                         "attribute": attribute, "gold": g.get(attribute),
                                         "predicted": p.get(attribute)})
    if missed or spurious or wrong_attributes:
        diff["events"] = {
            "missed": [_event_line(e) for e in missed],
            "spurious": [_event_line(e) for e in spurious],
            "attributes": wrong_attributes,
        }
    return counts, attributes, diff


def _event_line(ev: dict) -> dict:
    return {"type": ev.get("type"), "participants": ev.get("participants"), "target": ev.get("target"),
            "evidence": ev.get("evidence")}


def score(golds: dict[str, dict], predictions: dict[str, dict]) -> dict[str, Any]:
    """Scores of ``predictions`` against ``golds`` (both keyed by article id)."""
    tallies: dict[str, dict[str, Tally]] = {}
    attrs: dict[str, dict[str, list[int]]] = {}
    articles: dict[str, int] = {}
    diffs: dict[str, dict] = {}
    for article_id in sorted(golds):
        gold = golds[article_id]
        pred = predictions.get(article_id, {})
        counts, attributes, diff = score_article(gold, pred)
        if article_id not in predictions:
            diff["missing_prediction"] = True
        for lang in (gold.get("lang") or "?", "all"):
            articles[lang] = articles.get(lang, 0) + 1
            for kind in KINDS:
                tallies.setdefault(lang, {k: Tally() for k in KINDS})[kind].add(*counts[kind])
            for attribute, (right, total) in attributes.items():
                slot = attrs.setdefault(lang, {a: [0, 0] for a in ATTRIBUTES})[attribute]
                slot[0] += right
                slot[1] += total
        if diff:
            diffs[article_id] = diff
    languages = {}
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        languages[lang] = {"articles": articles[lang]}
        languages[lang].update({kind: tallies[lang][kind].as_dict() for kind in KINDS})
        # What an analyst reading a feed meets: events the gold does not have, per 100 texts.
        languages[lang]["wrong_events_per_100"] = round(100 * tallies[lang]["events"].fp / articles[lang], 2)
        languages[lang]["attributes"] = {
            a: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
            for a, (c, t) in attrs[lang].items()
        }
    return {"languages": languages, "articles": diffs}


def rule_precision(golds: dict[str, dict], predictions: dict[str, dict]) -> dict[str, dict[str, float | int]]:
    """Per extraction rule (the ``rules`` each predicted event names), how many of the events it took
    part in are right (match a gold event) and how many are wrong, and its precision: the weak rules
    are found by measurement.

    >>> gold = {"a": {"events": [{"type": "visit", "participants": ["IR", "TJ"]}]}}
    >>> pred = {"a": {"events": [{"type": "visit", "participants": ["IR", "TJ"], "rules": ["r1"]},
    ...                          {"type": "meeting", "participants": ["IR", "TJ"], "rules": ["r1", "r2"]}]}}
    >>> rule_precision(gold, pred)["r1"]
    {'right': 1, 'wrong': 1, 'precision': 0.5}
    """
    counts: dict[str, list[int]] = {}
    for article_id, gold in golds.items():
        predicted = predictions.get(article_id, {}).get("events") or []
        matched, _, spurious = _match(gold.get("events") or [], predicted, _same_event)
        for events, slot in (([p for _, p in matched], 0), (spurious, 1)):
            for ev in events:
                for rule in ev.get("rules") or ["(no rule named)"]:
                    counts.setdefault(rule, [0, 0])[slot] += 1
    return {rule: {"right": right, "wrong": wrong, "precision": round(right / (right + wrong), 4)}
            for rule, (right, wrong) in sorted(counts.items())}


def read_golds(paths: Iterable[Path]) -> dict[str, dict]:
    """Gold files (``*.gold.json``) under the given files or folders, keyed by id."""
    golds: dict[str, dict] = {}
    for path in paths:
        files = sorted(path.rglob("*.gold.json")) if path.is_dir() else [path]
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        for file in files:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(str(file), f"not a readable gold file ({exc})") from exc
            golds[data.get("id") or file.name[: -len(".gold.json")]] = data
    return golds


#: How far wrong events per 100 texts may rise above a baseline before it counts as a regression.
WRONG_PER_100_TOLERANCE = 0.25


def check_baseline(result: dict, baseline: dict, tolerance: float = 0.02) -> list[str]:
    """Lines for every F1 that fell more than ``tolerance`` below the baseline, and for every rate of
    wrong events per 100 texts that rose more than ``WRONG_PER_100_TOLERANCE`` above it.

    >>> now = {"languages": {"ar": {"events": {"f1": 0.0}, "wrong_events_per_100": 1.5}}}
    >>> check_baseline(now, {"languages": {"ar": {"wrong_events_per_100": 0.5}}})
    ['ar wrong events per 100 texts 1.50 is above the baseline 0.50']
    """
    problems = []
    for lang, kinds in baseline.get("languages", {}).items():
        now = result["languages"].get(lang)
        if "wrong_events_per_100" in kinds and now is not None:
            rate, allowed = now["wrong_events_per_100"], kinds["wrong_events_per_100"]
            if rate > allowed + WRONG_PER_100_TOLERANCE:
                problems.append(f"{lang} wrong events per 100 texts {rate:.2f} is above the baseline {allowed:.2f}")
        for kind, value in kinds.items():
            if kind not in KINDS or not isinstance(value, dict):
                continue
            current = now[kind]["f1"] if now else 0.0
            if current < value["f1"] - tolerance:
                problems.append(f"{lang} {kind} F1 {current:.3f} is below the baseline {value['f1']:.3f}")
    return problems


# ---------------------------------------------------------------- clusters: events and persons across articles


def _pairs(clusters: dict[object, set]) -> set[frozenset]:
    out: set[frozenset] = set()
    for members in clusters.values():
        ordered = sorted(members, key=repr)
        out.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return out


def clustering(gold: dict[Any, Any], pred: dict[Any, Any]) -> dict[str, float | int]:
    """Pairwise and B-cubed precision, recall and F1 of ``pred`` against ``gold``: two maps from the
    same items to cluster ids. ``false_merges`` counts the pairs put together that the gold keeps
    apart, ``missed_merges`` the pairs kept apart that the gold puts together.

    >>> s = clustering({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "x"})
    >>> s["pairwise_precision"], s["pairwise_recall"], s["bcubed_recall"], s["false_merges"]
    (0.3333, 1.0, 1.0, 2)
    """
    items = sorted(set(gold) & set(pred), key=repr)
    by_gold: dict[object, set] = {}
    by_pred: dict[object, set] = {}
    for item in items:
        by_gold.setdefault(gold[item], set()).add(item)
        by_pred.setdefault(pred[item], set()).add(item)
    g_pairs, p_pairs = _pairs(by_gold), _pairs(by_pred)
    pairwise = Tally(len(g_pairs & p_pairs), len(p_pairs - g_pairs), len(g_pairs - p_pairs)).as_dict()
    bp = sum(len(by_gold[gold[i]] & by_pred[pred[i]]) / len(by_pred[pred[i]]) for i in items)
    br = sum(len(by_gold[gold[i]] & by_pred[pred[i]]) / len(by_gold[gold[i]]) for i in items)
    bp, br = (bp / len(items), br / len(items)) if items else (1.0, 1.0)
    return {
        "items": len(items), "gold_clusters": len(by_gold), "predicted_clusters": len(by_pred),
        "pairwise_precision": pairwise["precision"], "pairwise_recall": pairwise["recall"],
        "pairwise_f1": pairwise["f1"],
        "bcubed_precision": round(bp, 4), "bcubed_recall": round(br, 4),
        "bcubed_f1": round(2 * bp * br / (bp + br), 4) if bp + br else 0.0,
        "false_merges": pairwise["fp"], "missed_merges": pairwise["fn"],
    }


def has_clusters(golds: dict[str, dict]) -> bool:
    """Whether any gold event carries a ``cluster`` id (a cluster set, ``data/clusters``)."""
    return any("cluster" in ev for gold in golds.values() for ev in gold.get("events") or [])


def cluster_scores(golds: dict[str, dict], predictions: dict[str, dict]) -> dict[str, Any]:
    """How well events and persons are identified across articles.

    ``events``: over the gold events that extraction found (matched as :func:`score_article` matches
    them), the gold ``cluster`` of each against the ``canonical`` event its match was resolved into
    (a gold event without a cluster is a cluster of its own). ``found``/``gold_events`` say how many
    gold events that covers. ``persons``: over the gold persons extraction found, the gold canonical
    name against the predicted person's ``iri``.
    """
    gold_events: dict[tuple[str, int], object] = {}
    pred_events: dict[tuple[str, int], object] = {}
    gold_persons: dict[tuple[str, int], object] = {}
    pred_persons: dict[tuple[str, int], object] = {}
    total_events = total_persons = 0
    for article_id in sorted(golds):
        gold, pred = golds[article_id], predictions.get(article_id, {})
        events = gold.get("events") or []
        total_events += len(events)
        for (i, g), p in _match_directed(events, pred.get("events") or []):
            gold_events[(article_id, i)] = g.get("cluster", f"{article_id}#{i}")
            pred_events[(article_id, i)] = p.get("canonical", f"{article_id}#{i}")
        persons = gold.get("persons") or []
        total_persons += len(persons)
        matched, _, _ = _match(list(enumerate(persons)), pred.get("persons") or [],
                               lambda g, p: _same_person(g[1], p))
        for (i, g), p in matched:
            gold_persons[(article_id, i)] = match_key(g.get("name") or "")
            pred_persons[(article_id, i)] = p.get("iri") or match_key(p.get("name") or "")
    split = sorted({g for g in gold_events.values()
                    if len({pred_events[k] for k, c in gold_events.items() if c == g}) > 1}, key=str)
    merged = sorted({tuple(sorted({str(gold_events[k]) for k, p in pred_events.items() if p == q}))
                     for q in pred_events.values()} - {(str(g),) for g in gold_events.values()})
    return {
        "events": {"gold_events": total_events, "found": len(gold_events), **clustering(gold_events, pred_events),
                   "split_clusters": [str(g) for g in split], "merged_clusters": [list(m) for m in merged]},
        "persons": {"gold_persons": total_persons, "found": len(gold_persons),
                    **clustering(gold_persons, pred_persons)},
    }


def _match_directed(gold: list[dict], pred: list[dict]) -> list[tuple[tuple[int, dict], dict]]:
    """Gold events paired with predicted events as :func:`score_article` pairs them, except that a
    predicted event with the same initiator and target is preferred: Iran sanctioning the United
    States is not the report of the United States sanctioning Iran, whose canonical event is scored."""
    def directed(ev: dict) -> tuple:
        participants = ev.get("participants") or []
        return (ev.get("type"), participants[0] if participants else None, ev.get("target"), _parties(ev))

    exact, rest, unused = _match(list(enumerate(gold)), list(enumerate(pred)),
                                 lambda g, p: directed(g[1]) == directed(p[1]))
    loose, _, _ = _match(rest, unused, lambda g, p: _same_event(g[1], p[1]))
    return [(g, p) for g, (_, p) in exact + loose]


def check_cluster_baseline(result: dict, baseline: dict, tolerance: float = 0.02) -> list[str]:
    """Lines for every cluster F1 (pairwise, B-cubed) that fell more than ``tolerance`` below the baseline."""
    problems = []
    for kind, values in (baseline.get("clusters") or {}).items():
        now = (result.get("clusters") or {}).get(kind, {})
        for measure, value in values.items():
            current = now.get(measure, 0.0)
            if current < value - tolerance:
                problems.append(f"{kind} {measure.replace('_', ' ')} {current:.3f} is below the baseline {value:.3f}")
    return problems


def person_identity(path: Path) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of the identity of persons missing from the reference.

    ``path`` is a CSV (``person,lang,name``; ``data/eval/person_names.csv``): each name is romanised
    by its language's rules and keyed (:func:`kg.ids.unknown_person_key`); every pair of rows is a
    positive when both rows name one person, and predicted so when both get one key.
    """
    import csv

    from .lexicon import all_lexicons

    languages = {lx.lang for lx in all_lexicons()}
    rows: list[dict[str, str]] = []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(ln for ln in fh if not ln.startswith("#")), 1):
                if not row.get("person") or not row.get("name") or row.get("lang") not in languages:
                    raise InputError(str(path), f"row {n}: needs person, a known lang and name: {row}")
                rows.append(row)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    return identity_scores(rows)


def gold_person_names(golds: dict[str, dict], known_forms: set[str]) -> list[dict[str, str]]:
    """The persons of gold files outside the reference (neither ``name`` nor ``surface`` among
    ``known_forms``, match keys), as rows for :func:`identity_scores`: the gold's canonical name is
    the person, the surface as the article writes it is the name."""
    rows = {(p["name"], g.get("lang", ""), p["surface"]) for g in golds.values() for p in g.get("persons") or []
            if p.get("name") and p.get("surface") and match_key(p["name"]) not in known_forms
            and match_key(p["surface"]) not in known_forms}
    return [{"person": person, "lang": lang, "name": name} for person, lang, name in sorted(rows)]


def identity_scores(rows: list[dict[str, str]]) -> dict[str, Any]:
    """Pairwise identity scores of ``rows`` (person, lang, name): see :func:`person_identity`."""
    from itertools import combinations

    from .ids import unknown_person_key
    from .lexicon import lexicon
    from .normalise.romanise import romanise

    for row in rows:
        row["latin"] = romanise(row["name"], lexicon(row["lang"]))
        row["key"] = unknown_person_key(row["latin"])
    tally = Tally()
    false_merges, missed = [], []
    for a, b in combinations(rows, 2):
        same, merged = a["person"] == b["person"], a["key"] == b["key"]
        tally.add(int(same and merged), int(merged and not same), int(same and not merged))
        if merged and not same:
            false_merges.append((a["name"], b["name"], a["key"]))
        elif same and not merged:
            missed.append((a["name"], b["name"], a["key"], b["key"]))
    result: dict[str, Any] = {"names": len(rows), "persons": len({r["person"] for r in rows}), **tally.as_dict()}
    result["false_merges"] = false_merges
    result["missed"] = missed
    result["rows"] = [{k: r[k] for k in ("person", "lang", "name", "latin", "key")} for r in rows]
    return result
