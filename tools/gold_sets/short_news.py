"""The builder of the short general-news evaluation sets (data/general7, data/general8): serialises a
set's hand-written items (its src/ar.py, en.py, fa.py) to NAME.txt + NAME.gold.json.

The texts and annotations are written by hand in the set's modules; this module only prints the date
line, converts digits and letter forms where an item asks for it, derives `countries` and
`memberships`, and refuses anything it cannot verify (an evidence or person surface that is not a
verbatim substring, an unknown type, topic, ISO code or org code, a body outside 60-130 words). A set's
src/build.py names the set and calls :func:`main`.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"

TYPES = {"meeting", "visit", "agreement", "summit", "statement_praise", "statement_criticism",
         "congratulation", "appointment", "sanction", "expulsion", "recognition", "other"}
TOPICS = {"counter-terrorism", "extremism", "arms smuggling", "organized crime", "drug trafficking",
          "security", "defence cooperation", "political cooperation", "trade", "economic cooperation",
          "energy", "culture", "education", "science and technology", "health", "agriculture", "media",
          "tourism", "humanitarian", "human rights", "Palestinian question", "regional conflicts", "sports"}
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_LETTERS = str.maketrans("یک", "يك")

IR_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
AF_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
FA_GREG = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
FA_DAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_MAGHREB = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
AR_ALGERIA = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def gregorian_to_solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """Gregorian -> Solar Hijri (the arithmetic of the 33-year cycle, exact for 1178-1633 SH)."""
    cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy, gm, gd = day.year, day.month, day.day
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + cumulative[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def date_line(item: dict, day: dt.date) -> str:
    """The date line as the imitated site prints it (style chosen per item)."""
    style = item.get("dateline", "")
    wd = day.weekday()
    if style in ("ir", "ir_day", "af"):
        y, m, d = gregorian_to_solar_hijri(day)
        months = AF_MONTHS if style == "af" else IR_MONTHS
        text = f"{d} {months[m - 1]} {y}"
        if style == "ir_day":
            text = f"{FA_DAYS[wd]} {text} - {item.get('time', '10:30')}"
        if style == "af":
            text = f"{FA_DAYS[wd]}، {text}"
        return text
    if style == "tj":
        return f"{day.day} {FA_GREG[day.month - 1]} {day.year}"
    if style.startswith("ar"):
        months = {"ar_levant": AR_LEVANT, "ar_maghreb": AR_MAGHREB, "ar_algeria": AR_ALGERIA}.get(style, AR_MONTHS)
        return f"{AR_DAYS[wd]} {day.day} {months[day.month - 1]} {day.year}"
    if style == "en_us":
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "en_short":
        return f"{EN_DAYS[wd][:3]} {day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def render(item: dict, lang: str, text: str) -> str:
    """Digits and letter forms as the imitated page prints them."""
    if lang == "fa" and not item.get("latin_digits"):
        text = text.translate(FA_DIGITS)
    if lang == "ar" and item.get("indic_digits"):
        text = text.translate(AR_DIGITS)
    if item.get("arabic_letters"):
        text = text.translate(ARABIC_LETTERS)
    return text


def load_reference() -> tuple[set, set, list]:
    with open(REFERENCE / "states.csv", encoding="utf-8") as fh:
        states = {row["code"] for row in csv.DictReader(fh)}
    with open(REFERENCE / "organisations.csv", encoding="utf-8") as fh:
        orgs = {row["code"] for row in csv.DictReader(fh)}
    with open(REFERENCE / "memberships.csv", encoding="utf-8") as fh:
        members = list(csv.DictReader(fh))
    return states, orgs, members


def memberships_for(countries: list, orgs: list, day: str, members: list) -> list:
    out = []
    for org in orgs:
        for code in countries:
            for row in members:
                if row["state"] == code and row["org"] == org and row["start"] <= day and (not row["end"] or row["end"] >= day):
                    out.append({"country": code, "org": org, "status": row["status"]})
                    break
    return out


def build_item(item: dict, lang: str, number: int, ref: tuple, prefix: str, source: str) -> tuple[str, str, dict]:
    states, org_codes, members = ref
    stem = f"{prefix}{lang}_{number:03d}_{item['slug']}"
    day = dt.date.fromisoformat(item["date"])
    spans = [render(item, lang, s) for s in MARK.findall(item["body"])]
    body = render(item, lang, MARK.sub(r"\1", item["body"]).strip())
    head = render(item, lang, item["head"])
    text = f"{head}\n\n{render(item, lang, date_line(item, day))}\n\n{body}\n"
    words = len(body.split())
    if not 60 <= words <= 130:
        raise SystemExit(f"{stem}: body has {words} words (60-130 wanted)")
    persons = []
    for person in item.get("persons", []):
        surface = render(item, lang, person[1])
        if surface not in text:
            raise SystemExit(f"{stem}: person surface not in text: {surface}")
        persons.append({"name": person[0], "surface": surface, "role": person[2], "rank": None, "country": person[3]})
    events, countries = [], []
    for ev in item.get("events", []):
        evidence = spans[ev["ev"]] if isinstance(ev["ev"], int) else render(item, lang, ev["ev"])
        if evidence not in text:
            raise SystemExit(f"{stem}: evidence not in text: {evidence}")
        if ev["type"] not in TYPES or not set(ev.get("topics", [])) <= TOPICS:
            raise SystemExit(f"{stem}: unknown type or topic in {ev}")
        parties = list(ev["parts"]) + ([ev["target"]] if ev.get("target") else [])
        for code in parties:
            if code not in states:
                raise SystemExit(f"{stem}: unknown ISO code {code}")
            if code not in countries:
                countries.append(code)
        events.append({"type": ev["type"], "participants": list(ev["parts"]), "target": ev.get("target"),
                       "persons": ev.get("persons", []), "place": ev.get("place"), "date": ev.get("date"),
                       "count": ev.get("count"), "topics": ev.get("topics", []),
                       "status": ev.get("status", "occurred"), "evidence": evidence})
    known_names = {p["name"] for p in persons}
    for ev in events:
        if not set(ev["persons"]) <= known_names:
            raise SystemExit(f"{stem}: event person not in persons: {ev['persons']}")
    for person in persons:
        if person["country"] and person["country"] not in countries:
            countries.append(person["country"])
    for org in item.get("orgs", []):
        if org not in org_codes:
            raise SystemExit(f"{stem}: unknown organisation code {org}")
    gold = {"id": stem, "lang": lang, "source": f"{source}, {item['src']}",
            "date": item["date"], "countries": countries, "organizations": item.get("orgs", []),
            "persons": persons, "events": events,
            "memberships": memberships_for(countries, item.get("orgs", []), item["date"], members)}
    if item.get("notes"):
        gold["notes"] = item["notes"]
    return stem, text, gold


def main(set_dir: Path, prefix: str, source: str, langs: list[str]) -> None:
    """Write the items of the modules in ``set_dir``/src for ``langs``: ids start with ``prefix``, gold
    sources with ``source``; the files of an earlier run are replaced."""
    sys.path.insert(0, str(set_dir / "src"))
    ref = load_reference()
    for lang in langs:
        module = __import__(lang)
        out_dir = set_dir / lang
        out_dir.mkdir(exist_ok=True)
        for old in out_dir.glob(f"{prefix}*"):
            old.unlink()
        for number, item in enumerate(module.ITEMS, start=1):
            stem, text, gold = build_item(item, lang, number, ref, prefix, source)
            (out_dir / f"{stem}.txt").write_text(text, encoding="utf-8")
            (out_dir / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{lang}: {len(module.ITEMS)} items")
