"""Checks of the reference tables (``kg reference check``): ids, dates, ambiguity, reachability."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import resources
from .errors import UsageError
from .extract.gazetteer import KIND_PRIORITY, Gazetteer, entries_from_reference
from .lexicon import lexicon
from .normalise import match_key, normalise
from .reference import Reference, load_reference

ID_PATTERNS = {
    "state": re.compile(r"^[A-Z]{2}$"),
    "organisation": re.compile(r"^[A-Z][A-Z0-9+-]*$"),
    "place": re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
    "person": re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
}
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Problem:
    table: str
    message: str

    def __str__(self) -> str:
        return f"{self.table}: {self.message}"


def _raw_dates(directory: Path) -> list[Problem]:
    problems = []
    for name, columns in (("memberships.csv", ("start", "end")), ("occupancies.csv", ("start", "end"))):
        path = directory / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for number, row in enumerate(csv.DictReader(fh), start=2):
                for column in columns:
                    value = (row.get(column) or "").strip()
                    if value and not ISO_DATE.match(value):
                        problems.append(Problem(name, f"line {number}: {column} {value!r} is not an ISO date"))
    return problems


def check_reference(directory: Path | None = None) -> list[Problem]:
    """Every problem found in the reference tables (an empty list: all good)."""
    directory = directory or resources.reference_dir()
    problems = _raw_dates(directory)
    if problems:
        return problems
    try:
        ref = load_reference(directory)
    except UsageError as exc:
        return [Problem("reference", str(exc))]
    problems += _ids(ref)
    problems += _links(ref)
    problems += _ambiguous_forms(ref)
    problems += _unreachable_forms(ref)
    return problems


def _ids(ref: Reference) -> list[Problem]:
    out = []
    tables = {"state": ref.states, "organisation": ref.organisations, "place": ref.places, "person": ref.persons}
    for kind, table in tables.items():
        for key, item in table.items():
            if not ID_PATTERNS[kind].match(key):
                out.append(Problem(kind, f"id {key!r} is not well-formed"))
            wikidata = getattr(item, "wikidata", "")
            if wikidata and not WIKIDATA.match(wikidata):
                out.append(Problem(kind, f"{key}: Wikidata id {wikidata!r} is not well-formed"))
    for s in ref.states.values():
        if s.iso3 and not re.match(r"^[A-Z]{3}$", s.iso3):
            out.append(Problem("state", f"{s.code}: ISO alpha-3 {s.iso3!r} is not well-formed"))
    seen: dict[tuple[str, str], str] = {}
    for kind, table in tables.items():
        for key, item in table.items():
            wikidata = getattr(item, "wikidata", "")
            if wikidata:
                if (kind, wikidata) in seen:
                    out.append(Problem(kind, f"Wikidata id {wikidata} used by {seen[(kind, wikidata)]} and {key}"))
                seen[(kind, wikidata)] = key
    return out


def _links(ref: Reference) -> list[Problem]:
    out = []
    for m in ref.memberships:
        if m.state not in ref.states:
            out.append(Problem("memberships", f"unknown state {m.state!r} ({m.org})"))
        if m.org not in ref.organisations:
            out.append(Problem("memberships", f"unknown organisation {m.org!r} ({m.state})"))
        if m.start and m.end and m.end <= m.start:
            out.append(Problem("memberships", f"{m.state} in {m.org}: ends before it starts"))
    for o in ref.occupancies:
        if o.person not in ref.persons:
            out.append(Problem("occupancies", f"unknown person {o.person!r}"))
        if o.state not in ref.states and o.state not in ref.organisations:
            out.append(Problem("occupancies", f"{o.person}: unknown state or organisation {o.state!r}"))
    for p in ref.places.values():
        if p.country and p.country not in ref.states:
            out.append(Problem("places", f"{p.id}: unknown country {p.country!r}"))
    for f in ref.forms:
        table = {"state": ref.states, "organisation": ref.organisations, "place": ref.places,
                 "person": ref.persons}[f.entity_kind]
        if f.entity not in table:
            out.append(Problem(f"{f.entity_kind} forms", f"form {f.form!r} points to unknown id {f.entity!r}"))
    return out


def _owners(ref: Reference) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(lang, folded form) -> the (kind, id) of every entity written that way."""
    owners: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for f in ref.forms:
        owners[(f.lang, match_key(f.form))].add((f.entity_kind, f.entity))
    return owners


def _ambiguous_forms(ref: Reference) -> list[Problem]:
    """Forms that name two entities of one kind: no rule chooses between them."""
    out = []
    for (lang, key), entities in sorted(_owners(ref).items()):
        by_kind: dict[str, set[str]] = defaultdict(set)
        for kind, entity in entities:
            by_kind[kind].add(entity)
        for kind, ids in sorted(by_kind.items()):
            if len(ids) > 1:
                out.append(Problem(f"{kind} forms", f"{lang} form {key!r} names {', '.join(sorted(ids))}"))
    return out


def ambiguity_rules(ref: Reference) -> list[str]:
    """Forms shared by entities of different kinds, and which one the kind priority picks."""
    lines = []
    for (lang, key), entities in sorted(_owners(ref).items()):
        kinds = {k for k, _ in entities}
        if len(kinds) > 1:
            winner = min(entities, key=lambda e: KIND_PRIORITY[e[0]])
            lines.append(f"{lang} {key!r}: {', '.join(f'{k}:{e}' for k, e in sorted(entities))} -> {winner[0]}:{winner[1]}")
    return lines


def _unreachable_forms(ref: Reference) -> list[Problem]:
    """Arabic and Persian forms the matcher cannot find again after normalisation."""
    gazetteers = {lang: Gazetteer(entries_from_reference(ref, lang), [lexicon(lang)]) for lang in ("ar", "fa")}
    out = []
    for f in ref.forms:
        if f.lang not in ("ar", "fa"):
            continue
        norm = normalise(f.form)
        found = gazetteers[f.lang].find(norm)
        covering = [m for m in found if m.start - m.prefix == 0 and m.end == len(norm.text.rstrip())]
        if not any(m.entry.entity == f.entity or KIND_PRIORITY[m.entry.entity_kind] < KIND_PRIORITY[f.entity_kind]
                   for m in covering):
            out.append(Problem(f"{f.entity_kind} forms", f"{f.lang} form {f.form!r} of {f.entity} is not found by the matcher"))
    return out
