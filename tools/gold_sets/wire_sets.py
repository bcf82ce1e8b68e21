"""The builder of the long-wire evaluation sets (data/realistic2, data/realistic3): writes each set's
articles and gold files from the hand-written specs in its src/ folder (ar.py, en.py, fa.py).

Each spec holds the article text and its gold facts as written by the annotator; this module only
serialises them, derives `countries` (parties, targets, persons' states, stated memberships) and the
reference memberships of the organisations named, and checks that every evidence and person surface
is a verbatim substring of the text and that codes, types and topics are valid. A set's src/build.py
names the set and calls :func:`main`.
"""
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "data" / "reference"
TYPES = {"meeting", "visit", "agreement", "summit", "statement_praise", "statement_criticism", "congratulation",
         "appointment", "sanction", "expulsion", "recognition", "other"}
TOPICS = {"counter-terrorism", "extremism", "arms smuggling", "organized crime", "drug trafficking", "security",
          "defence cooperation", "political cooperation", "trade", "economic cooperation", "energy", "culture",
          "education", "science and technology", "health", "agriculture", "media", "tourism", "humanitarian",
          "human rights", "Palestinian question", "regional conflicts", "sports"}


@dataclass
class P:
    name: str
    surface: str
    role: str
    country: str | None
    rank: str | None = None


@dataclass
class E:
    type: str
    parts: str
    target: str | None
    persons: list
    place: str | None
    date: str | None
    evidence: str
    count: int | None = None
    topics: str = ""
    status: str = "occurred"


@dataclass
class A:
    id: str
    date: str
    source: str
    text: str
    orgs: str = ""
    persons: list = field(default_factory=list)
    events: list = field(default_factory=list)
    stated: list = field(default_factory=list)
    notes: str = ""


def _rows(name):
    with open(REF / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


STATES = {row["code"] for row in _rows("states.csv")}
ORGS = {row["code"] for row in _rows("organisations.csv")}
MEMBERS = _rows("memberships.csv")
PERSON_NAMES = {row["id"]: row["name_en"] for row in _rows("persons.csv")}
FORMS = {}
for row in _rows("person_forms.csv"):
    FORMS.setdefault(row["form"], set()).add(PERSON_NAMES.get(row["id"]))


def _valid_at(row, date):
    start, end = row["start"], row["end"]
    return (not start or start[:10] <= date) and (not end or date < end[:10])


def _memberships(article, countries):
    stated = [{"country": c, "org": o, "status": s} for c, o, s in article.stated]
    out, seen = list(stated), {(m["country"], m["org"]) for m in stated}
    for org in article.orgs.split():
        for row in MEMBERS:
            if row["org"] == org and row["state"] in countries and row["status"] in ("member", "observer") \
                    and _valid_at(row, article.date) and (row["state"], org) not in seen:
                out.append({"country": row["state"], "org": org, "status": row["status"]})
                seen.add((row["state"], org))
    return out


def _countries(article):
    out = []
    for event in article.events:
        for code in event.parts.split() + ([event.target] if event.target else []):
            if code not in out:
                out.append(code)
    for person in article.persons:
        if person.country and person.country not in out:
            out.append(person.country)
    for code, _, _ in article.stated:
        if code not in out:
            out.append(code)
    return out


def _check(article, problems):
    text, where = article.text, article.id
    names = {p.name for p in article.persons}
    for person in article.persons:
        if person.surface not in text:
            problems.append(f"{where}: surface not in text: {person.surface}")
        if person.country and person.country not in STATES:
            problems.append(f"{where}: bad person state {person.country}")
        known = FORMS.get(person.surface)
        if known and person.name not in known:
            print(f"note {where}: {person.surface} is {known} in the reference, gold says {person.name}")
    for event in article.events:
        if event.type not in TYPES:
            problems.append(f"{where}: bad type {event.type}")
        if event.evidence not in text:
            problems.append(f"{where}: evidence not in text: {event.evidence}")
        for code in event.parts.split() + ([event.target] if event.target else []):
            if code not in STATES:
                problems.append(f"{where}: bad state {code}")
        for topic in filter(None, (t.strip() for t in event.topics.split(";"))):
            if topic not in TOPICS:
                problems.append(f"{where}: bad topic {topic}")
        for name in event.persons:
            if name not in names:
                problems.append(f"{where}: event person not listed: {name}")
        if event.status not in ("occurred", "planned"):
            problems.append(f"{where}: bad status {event.status}")
        if event.date and not re.fullmatch(r"\d{4}-\d\d-\d\d", event.date):
            problems.append(f"{where}: bad date {event.date}")
    for org in article.orgs.split():
        if org not in ORGS:
            problems.append(f"{where}: bad org {org}")


def _gold(article, lang, source):
    countries = _countries(article)
    return {
        "id": article.id, "lang": lang, "source": source + article.source, "date": article.date,
        "countries": countries, "organizations": article.orgs.split(),
        "persons": [{"name": p.name, "surface": p.surface, "role": p.role, "rank": p.rank, "country": p.country}
                    for p in article.persons],
        "events": [{"type": e.type, "participants": e.parts.split(), "target": e.target, "persons": list(e.persons),
                    "place": e.place, "date": e.date, "count": e.count,
                    "topics": [t.strip() for t in e.topics.split(";") if t.strip()], "status": e.status,
                    "evidence": e.evidence} for e in article.events],
        "memberships": _memberships(article, countries),
        "notes": article.notes,
    }


def main(set_name: str, prefix: str, source: str, specs: Path) -> int:
    """Write data/<set_name> from the spec modules in ``specs``; ids start with ``prefix``, gold sources
    with ``source``. Returns 1 when a check fails."""
    sys.path.insert(0, str(specs))
    out = ROOT / "data" / set_name
    problems, table = [], []
    for lang in ("ar", "en", "fa"):
        try:
            module = __import__(lang)
        except ModuleNotFoundError:
            continue
        for article in module.ARTICLES:
            if not article.id.startswith(f"{prefix}{lang}_"):
                problems.append(f"{article.id}: bad id prefix")
            _check(article, problems)
            text = article.text.strip() + "\n"
            (out / lang / f"{article.id}.txt").write_text(text, encoding="utf-8")
            gold = _gold(article, lang, source)
            (out / lang / f"{article.id}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            words = len(text.split())
            if not 250 <= words <= 400:
                print(f"note {article.id}: {words} words")
            table.append((article.id, words, len(article.events)))
    for line in problems:
        print("PROBLEM", line)
    for row in table:
        print(*row)
    return 1 if problems else 0
