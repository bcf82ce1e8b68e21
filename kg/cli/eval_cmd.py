from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..errors import InputError, UsageError
from ..evaluate import (ATTRIBUTES, KINDS, check_baseline, check_cluster_baseline, cluster_scores, has_clusters,
                        read_golds, rule_precision, score)
from ..extract import Extractor, to_gold
from ..extract.rules import switchable_rule_names
from ..ids import Minter
from ..ingest import read_sources
from ..model import Extraction
from ..resolve import mentions_of, resolve
from .common import MinConfidence, cli_errors, err


def _predictions(source: Path, golds: dict[str, dict], predicted: bool,
                 disabled: frozenset[str] = frozenset(),
                 min_confidence: float | None = None) -> tuple[dict[str, dict], list[str]]:
    failures: list[str] = []
    if predicted:
        out = {}
        files = sorted(source.rglob("*.json")) if source.is_dir() else [source]
        for file in files:
            data = json.loads(file.read_text(encoding="utf-8"))
            for doc in data if isinstance(data, list) else [data]:
                out[doc.get("id") or file.stem] = doc
        return out, failures
    extractor = Extractor(disabled=disabled, min_confidence=min_confidence)
    out = {}
    extractions: list[Extraction] = []
    for item in read_sources([source]):
        if isinstance(item, InputError):
            failures.append(str(item))
            continue
        article = item[0]
        if article.id in golds:
            extractions.append(extractor.extract(article))
            out[article.id] = to_gold(extractions[-1], extractor.ref)
    _identities(extractions, out)
    return out, failures


def _identities(extractions: list[Extraction], out: dict[str, dict]) -> None:
    """Adds to each predicted event the canonical event it is resolved into (across all the articles,
    as a build would), and to each predicted person its IRI: what the cluster scores compare."""
    minter = Minter()
    canonical = {iri: g.iri for g in resolve((m for x in extractions for m in mentions_of(x, minter)), minter=minter)
                 for iri in g.members}
    for x in extractions:
        doc = out[x.article.id]
        for ev, mention in zip(doc["events"], mentions_of(x, minter)):
            ev["canonical"] = canonical[mention.iri]
        for person, fact in zip(doc["persons"], x.persons):
            person["iri"] = str(minter.person(fact.key))


def eval_cli(
    source: Annotated[Path, typer.Argument(help="Articles to extract (file or folder), or predictions with --predicted.")],
    gold: Annotated[Path, typer.Argument(help="Gold files (*.gold.json): a file or a folder.")],
    predicted: Annotated[bool, typer.Option("--predicted", help="SOURCE holds predictions (JSON in the gold schema), not articles.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the scores (and differences) as JSON here.")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="List per article what was missed and what was spurious.")] = False,
    baseline: Annotated[Optional[Path], typer.Option(help="Fail when an F1 falls more than 0.02 below this baseline JSON.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(help="Write the current F1 scores as a new baseline.")] = None,
    disable: Annotated[Optional[list[str]], typer.Option("--disable", help="Switch off a rule (a guard, a subject rule or an event maker) by name (see kg rules); repeatable.")] = None,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="Also print, per extraction rule, its right and wrong events and precision.")] = False,
    min_confidence: MinConfidence = None,
) -> None:
    """Score extraction against gold files: precision, recall, F1 per language and fact kind."""
    console = Console()
    with cli_errors():
        if not gold.exists():
            raise UsageError(f"{gold}: no such file or folder")
        if not source.exists():
            raise UsageError(f"{source}: no such file or folder")
        golds = read_golds([gold])
        if not golds:
            raise UsageError(f"{gold}: no *.gold.json files")
        unknown = sorted(set(disable or ()) - switchable_rule_names())
        if unknown:
            raise UsageError(f"no rule to switch off: {', '.join(unknown)} (kg rules lists them; subject defaults are always on)")
        predictions, failures = _predictions(source, golds, predicted, frozenset(disable or ()), min_confidence)
        result = score(golds, predictions)
        if by_rule:
            result["rules"] = rule_precision(golds, predictions)
        if has_clusters(golds):
            result["clusters"] = cluster_scores(golds, predictions)
    for line in failures:
        err(f"kg: error: {line}")
    table = Table(title=f"kg eval: {source} against {gold}")
    for column in ("lang", "articles", "kind", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column in ("lang", "kind") else "right")
    for lang, s in result["languages"].items():
        for i, kind in enumerate(KINDS):
            k = s[kind]
            table.add_row(lang if i == 0 else "", str(s["articles"]) if i == 0 else "", kind,
                          f"{k['precision']:.2f}", f"{k['recall']:.2f}", f"{k['f1']:.2f}",
                          str(k["tp"]), str(k["fp"]), str(k["fn"]), end_section=i == len(KINDS) - 1)
    console.print(table)
    attributes = Table(title="accuracy on matched events")
    attributes.add_column("lang")
    for attribute in ATTRIBUTES:
        attributes.add_column(attribute, justify="right")
    for lang, s in result["languages"].items():
        attributes.add_row(lang, *["-" if s["attributes"][a]["accuracy"] is None
                                   else f"{s['attributes'][a]['accuracy']:.2f} ({s['attributes'][a]['total']})"
                                   for a in ATTRIBUTES])
    console.print(attributes)
    console.print("wrong events per 100 texts: " + ", ".join(
        f"{lang} {s['wrong_events_per_100']:.2f}" for lang, s in result["languages"].items()), highlight=False)
    if "clusters" in result:
        clusters = Table(title="identity across articles (over the gold events and persons extraction found)")
        for column in ("kind", "found", "pairwise P", "R", "F1", "B-cubed P", "R", "F1", "false merges"):
            clusters.add_column(column, justify="left" if column == "kind" else "right")
        for kind, c in result["clusters"].items():
            clusters.add_row(kind, f"{c['found']}/{c['gold_' + kind]}",
                             *[f"{c[m]:.2f}" for m in ("pairwise_precision", "pairwise_recall", "pairwise_f1",
                                                       "bcubed_precision", "bcubed_recall", "bcubed_f1")],
                             str(c["false_merges"]))
        console.print(clusters)
        if diff:
            events = result["clusters"]["events"]
            for cluster in events["split_clusters"]:
                console.print(f"  event {cluster}: its reports were resolved into more than one event", markup=False,
                              highlight=False)
            for merged in events["merged_clusters"]:
                console.print(f"  events {', '.join(merged)}: resolved into one event", markup=False, highlight=False)
    if by_rule:
        rules = Table(title="events per extraction rule")
        for column in ("rule", "right", "wrong", "precision"):
            rules.add_column(column, justify="left" if column == "rule" else "right")
        for rule, r in sorted(result["rules"].items(), key=lambda kv: (kv[1]["precision"], kv[0])):
            rules.add_row(rule, str(r["right"]), str(r["wrong"]), f"{r['precision']:.2f}")
        console.print(rules)
    if diff:
        for article_id, d in result["articles"].items():
            console.print(f"[bold]{article_id}[/bold]", markup=True, highlight=False)
            for kind, what in d.items():
                if kind == "events":
                    for ev in what["missed"]:
                        console.print(f"  events missed   {ev['type']} {ev['participants']} -> {ev['target']}: {ev['evidence']}",
                                      markup=False, highlight=False)
                    for ev in what["spurious"]:
                        console.print(f"  events spurious {ev['type']} {ev['participants']} -> {ev['target']}: {ev['evidence']}",
                                      markup=False, highlight=False)
                    for a in what["attributes"]:
                        console.print(f"  {a['attribute']} of {a['type']} {a['parties']}: gold {a['gold']!r}, got {a['predicted']!r}",
                                      markup=False, highlight=False)
                elif isinstance(what, dict):
                    console.print(f"  {kind}: missed {what['missed']} spurious {what['spurious']}", markup=False,
                                  highlight=False)
                else:
                    console.print(f"  {kind}: {what}", markup=False, highlight=False)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if write_baseline:
        summary = {"languages": {lang: {**{k: {"f1": s[k]["f1"]} for k in KINDS},
                                        "wrong_events_per_100": s["wrong_events_per_100"]}
                                 for lang, s in result["languages"].items()}}
        if "clusters" in result:
            summary["clusters"] = {kind: {m: c[m] for m in ("pairwise_f1", "bcubed_f1")}
                                   for kind, c in result["clusters"].items()}
        write_baseline.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    code = 1 if failures else 0
    if baseline:
        expected = json.loads(baseline.read_text(encoding="utf-8"))
        problems = check_baseline(result, expected) + check_cluster_baseline(result, expected)
        for line in problems:
            err(f"kg: regression: {line}")
        if problems:
            code = 1
        else:
            typer.echo(f"no F1 below and no rate of wrong events above the baseline in {baseline}")
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cli)
