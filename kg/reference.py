"""Reference knowledge: states, organisations, places, memberships, persons and their posts.

Loaded from the CSV files under ``data/reference/`` (each with a ``source`` column). The extractors
resolve mentions against it; the graph builder writes it into its own named graph.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from . import resources
from .errors import UsageError


@dataclass(frozen=True)
class State:
    code: str
    iso3: str
    wikidata: str
    un_status: str
    names: dict[str, str]  # lang -> short name
    official: dict[str, str]
    source: str


@dataclass(frozen=True)
class Organisation:
    code: str
    wikidata: str
    type: str
    names: dict[str, str]
    headquarters: str
    founded: str
    parent: str
    source: str


@dataclass(frozen=True)
class Place:
    id: str
    wikidata: str
    country: str
    kind: str  # capital | seat | city
    names: dict[str, str]
    source: str


@dataclass(frozen=True)
class Person:
    id: str
    wikidata: str
    names: dict[str, str]
    source: str


class _Dated:
    """A period with an inclusive start and an exclusive end, either of them unknown."""

    start: dt.date | None
    end: dt.date | None

    def active_on(self, day: dt.date | None) -> bool:
        """Valid on ``day``; with no day, still valid today (no end)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Membership(_Dated):
    state: str
    org: str
    status: str
    start: dt.date | None
    end: dt.date | None
    source: str


@dataclass(frozen=True)
class Occupancy(_Dated):
    person: str
    role: str
    state: str
    start: dt.date | None
    end: dt.date | None
    source: str


@dataclass(frozen=True)
class SurfaceForm:
    """One way of writing an entity: ``kind`` says how (name, adjective, alias, acronym...)."""

    entity_kind: str  # state | organisation | place | person
    entity: str
    lang: str
    kind: str
    form: str
    source: str


def _grouped(rows, key) -> dict:
    """``rows`` in lists by ``key(row)``, in their order."""
    index: dict = defaultdict(list)
    for row in rows:
        index[key(row)].append(row)
    return index


@dataclass(eq=False)  # hashed by identity: loaded once, never changed
class Reference:
    states: dict[str, State] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    memberships: list[Membership] = field(default_factory=list)
    occupancies: list[Occupancy] = field(default_factory=list)
    forms: list[SurfaceForm] = field(default_factory=list)

    @cached_property
    def _capitals(self) -> dict[str, str]:
        return {p.id: p.country for p in self.places.values() if p.kind in ("capital", "seat") and p.country}

    def capitals(self) -> dict[str, str]:
        """place id -> state code, for capitals and seats of government (metonymy: "Tehran said")."""
        return self._capitals

    # Indexes built once: the reference is not changed after loading.
    @cached_property
    def _forms_by_entity(self) -> dict[tuple[str, str], list[SurfaceForm]]:
        return _grouped(self.forms, lambda f: (f.entity_kind, f.entity))

    @cached_property
    def _occupancies_by_person(self) -> dict[str, list[Occupancy]]:
        return _grouped(self.occupancies, lambda o: o.person)

    @cached_property
    def _memberships_by_pair(self) -> dict[tuple[str, str], list[Membership]]:
        return _grouped(self.memberships, lambda m: (m.state, m.org))

    @cache
    def unique_surnames(self, lang: str) -> dict[str, str]:
        """Last words of known officials' names (and their listed surnames) that name only one of them."""
        from .normalise import match_key

        owners: dict[str, set[str]] = defaultdict(set)
        for f in self.forms:
            if f.entity_kind == "person" and f.lang == lang and f.form.split():
                owners[match_key(f.form.split()[-1] if f.kind != "surname" else f.form)].add(f.entity)
        return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1 and len(key) >= 3}

    @cache
    def states_by_first_word(self, lang: str, article: str) -> dict[str, frozenset[str]]:
        """The states whose names in ``lang`` open with each word, the definite ``article`` taken off
        ("مملكه" -> SA, JO, MA, BH...): what a wire's "the Kingdom" alone may mean."""
        from .normalise import match_key

        out: dict[str, set[str]] = defaultdict(set)
        for f in self.forms:
            if f.entity_kind == "state" and f.lang == lang and f.form.split():
                first = match_key(f.form.split()[0])
                out[first[len(article):] if article and first.startswith(article) else first].add(f.entity)
        return {word: frozenset(states) for word, states in out.items()}

    def forms_of(self, entity_kind: str, entity: str) -> list[SurfaceForm]:
        """Surface forms of one entity (built once; the reference is not changed after loading)."""
        return self._forms_by_entity.get((entity_kind, entity), [])

    def members(self, org: str, day: dt.date | None = None, statuses: tuple[str, ...] = ("member",)) -> set[str]:
        return {m.state for m in self.memberships if m.org == org and m.status in statuses and m.active_on(day)}

    def membership(self, state: str, org: str, day: dt.date | None) -> Membership | None:
        """The membership of ``state`` in ``org`` valid on ``day`` (today's when ``day`` is None)."""
        found = [m for m in self._memberships_by_pair.get((state, org), ()) if m.active_on(day)]
        order = ("member", "observer", "partner", "dialogue_partner", "candidate")
        found.sort(key=lambda m: order.index(m.status) if m.status in order else len(order))
        return found[0] if found else None

    def posts_of(self, person: str, day: dt.date | None) -> list[Occupancy]:
        held = self._occupancies_by_person.get(person, [])
        active = [o for o in held if o.active_on(day)]
        return active or sorted(held, key=lambda o: o.start or dt.date.min, reverse=True)

    def person_name(self, key: str, default: str) -> str:
        """A known person's name in the language of the graph's labels (:data:`LABEL_LANG`), else ``default``."""
        person = self.persons.get(key)
        return person.names.get(LABEL_LANG, default) if person is not None else default

    def label(self, kind: str, entity: str, lang: str = "en") -> str:
        table = {"state": self.states, "organisation": self.organisations, "place": self.places,
                 "person": self.persons}[kind]
        item = table.get(entity)
        if item is None:
            return entity
        return item.names.get(lang) or item.names.get("en") or entity


def parse_date(value: str, *, where: str = "") -> dt.date | None:
    """ISO date, or a bare year (taken as 1 January), or empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1)
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-01")
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{where}: not an ISO date: {value!r}") from exc


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(line for line in fh if not line.startswith("#"))
        ]


LANGS = ("en", "ar", "fa")
#: The language of the graph's labels and of the names it gives known persons.
LABEL_LANG = "en"


def load_reference(directory: Path | None = None) -> Reference:
    """Read every reference table in ``directory`` (the packaged ``data/reference`` by default)."""
    d = directory or resources.reference_dir()
    ref = Reference()
    for r in _rows(d / "states.csv"):
        ref.states[r["code"]] = State(
            code=r["code"], iso3=r.get("iso3", ""), wikidata=r.get("wikidata", ""),
            un_status=r.get("un_status", ""),
            names={lang: r[f"name_{lang}"] for lang in LANGS if r.get(f"name_{lang}")},
            official={lang: r[f"official_{lang}"] for lang in LANGS if r.get(f"official_{lang}")},
            source=r.get("source", ""),
        )
    for r in _rows(d / "organisations.csv"):
        ref.organisations[r["code"]] = Organisation(
            code=r["code"], wikidata=r.get("wikidata", ""), type=r.get("type", ""),
            names={lang: r[f"name_{lang}"] for lang in LANGS if r.get(f"name_{lang}")},
            headquarters=r.get("headquarters", ""), founded=r.get("founded", ""),
            parent=r.get("parent", ""), source=r.get("source", ""),
        )
    for r in _rows(d / "places.csv"):
        ref.places[r["id"]] = Place(
            id=r["id"], wikidata=r.get("wikidata", ""), country=r.get("country", ""),
            kind=r.get("kind", "city"),
            names={lang: r[f"name_{lang}"] for lang in LANGS if r.get(f"name_{lang}")},
            source=r.get("source", ""),
        )
    for r in _rows(d / "persons.csv"):
        ref.persons[r["id"]] = Person(
            id=r["id"], wikidata=r.get("wikidata", ""),
            names={lang: r[f"name_{lang}"] for lang in LANGS if r.get(f"name_{lang}")},
            source=r.get("source", ""),
        )
    for r in _rows(d / "memberships.csv"):
        where = f"{d / 'memberships.csv'} ({r.get('state')}, {r.get('org')})"
        ref.memberships.append(Membership(
            state=r["state"], org=r["org"], status=r.get("status") or "member",
            start=parse_date(r.get("start", ""), where=where), end=parse_date(r.get("end", ""), where=where),
            source=r.get("source", ""),
        ))
    for r in _rows(d / "occupancies.csv"):
        where = f"{d / 'occupancies.csv'} ({r.get('person')})"
        ref.occupancies.append(Occupancy(
            person=r["person"], role=r["role"], state=r.get("state", ""),
            start=parse_date(r.get("start", ""), where=where), end=parse_date(r.get("end", ""), where=where),
            source=r.get("source", ""),
        ))
    form_files = {
        "state": ("state_forms.csv", "code"),
        "organisation": ("organisation_forms.csv", "code"),
        "place": ("place_forms.csv", "id"),
        "person": ("person_forms.csv", "id"),
    }
    seen: set[tuple[str, str, str, str]] = set()
    for entity_kind, (filename, id_column) in form_files.items():
        for r in _rows(d / filename):
            key = (entity_kind, r[id_column], r["lang"], r["form"])
            if key in seen or not r["form"]:
                continue
            seen.add(key)
            ref.forms.append(SurfaceForm(entity_kind, r[id_column], r["lang"], r.get("kind", "name"),
                                         r["form"], r.get("source", "")))
    # Names in the main tables are surface forms too, even where a forms file forgot them.
    tables = (("state", ref.states), ("organisation", ref.organisations), ("place", ref.places),
              ("person", ref.persons))
    for entity_kind, table in tables:
        for item_id, item in table.items():
            extra = [(lang, "name", name) for lang, name in item.names.items()]
            if isinstance(item, State):
                extra += [(lang, "official", name) for lang, name in item.official.items()]
            for lang, kind, form in extra:
                key = (entity_kind, item_id, lang, form)
                if key not in seen:
                    seen.add(key)
                    ref.forms.append(SurfaceForm(entity_kind, item_id, lang, kind, form, item.source))
    ref.memberships.sort(key=lambda m: (m.org, m.state, m.start or dt.date.min))
    return ref


@cache
def default_reference() -> Reference:
    """The packaged reference data, loaded once per process (it is read-only)."""
    return load_reference()


def by_kind(forms: list[SurfaceForm]) -> dict[str, list[SurfaceForm]]:
    grouped: dict[str, list[SurfaceForm]] = defaultdict(list)
    for f in forms:
        grouped[f.entity_kind].append(f)
    return grouped
