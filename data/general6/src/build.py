"""Serialise the hand-written general6 texts and annotations to NAME.txt + NAME.gold.json.

Each module fa.py / ar.py / en.py holds a list ARTICLES of dicts written by hand:
  slug, source, date (ISO), dl (date-line style), text (headline, blank line, body; the date line is
  inserted after the headline), ev (events, compact), per (persons), org (organisation codes), notes.
This script only formats date lines, converts digits (Persian digits for Persian items unless `latin`;
Arabic-Indic digits for Arabic items marked `indic`; Arabic ي/ك letter forms for Persian items marked
`ar_letters`), fills {WD}/{WDY} with the weekday of the article date / the day before, derives
`countries` from events and persons and `memberships` from data/reference/memberships.csv, and checks
the result (evidence and person surfaces are substrings, event types, topics and ISO codes are valid).
Run from data/general6: python3 src/build.py fa ar en
"""
import csv
import datetime as dt
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
REF = SET.parent / "reference" / "memberships.csv"
TYPES = {"meeting", "visit", "agreement", "summit", "statement_praise", "statement_criticism",
         "congratulation", "appointment", "sanction", "expulsion", "recognition", "other"}
TOPICS = {"counter-terrorism", "extremism", "arms smuggling", "organized crime", "drug trafficking",
          "security", "defence cooperation", "political cooperation", "trade", "economic cooperation",
          "energy", "culture", "education", "science and technology", "health", "agriculture", "media",
          "tourism", "humanitarian", "human rights", "Palestinian question", "regional conflicts", "sports"}
ISO = set("""IL IN CL PH AF AE AM AZ BH BY CN DE EG ES FR GB IN IQ IR IT JO JP KG KW KZ LB MA MY OM PK QA RU SA SY TJ
TM TN TR UA US UZ YE DZ LY SD KR ID BR ZA NG ET KE CH AT NL BE SE NO GR CY PS VE CU BD LK TH VN""".split())
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
AF_MONTHS = "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split()
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_M_EG = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
AR_M_LV = "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|")
EN_M = "January February March April May June July August September October November December".split()
TJ_M = "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()
NOWRUZ = {1402: dt.date(2023, 3, 21), 1403: dt.date(2024, 3, 20), 1404: dt.date(2025, 3, 21),
          1405: dt.date(2026, 3, 21)}


def jalali(d):
    """(year, month, day) of a Gregorian date in the Solar Hijri calendar (1402-1405)."""
    y = max(k for k, v in NOWRUZ.items() if v <= d)
    n = (d - NOWRUZ[y]).days
    for m in range(12):
        length = 31 if m < 6 else 30
        if n < length or m == 11:
            return y, m + 1, n + 1
        n -= length


def date_line(d, style):
    y, m, day = jalali(d)
    if style == "ir":
        return f"{day} {FA_MONTHS[m - 1]} {y}".translate(FA_DIG)
    if style == "irwd":
        return f"{FA_WD[d.weekday()]} {day} {FA_MONTHS[m - 1]} {y}".translate(FA_DIG)
    if style == "af":
        return f"{day} {AF_MONTHS[m - 1]} {y}".translate(FA_DIG)
    if style == "tj":
        return f"{d.day} {TJ_M[d.month - 1]} {d.year}".translate(FA_DIG)
    if style == "ar":
        return f"{AR_WD[d.weekday()]} {d.day} {AR_M_EG[d.month - 1]} {d.year}"
    if style == "arlv":
        return f"{AR_WD[d.weekday()]} {d.day} {AR_M_LV[d.month - 1]} {d.year}"
    if style == "aris":
        return d.isoformat()
    if style == "en":
        return f"{d.day} {EN_M[d.month - 1]} {d.year}"
    if style == "enus":
        return f"{EN_M[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def load_memberships():
    rows = []
    with REF.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(r)
    return rows


def members(rows, org, states, day):
    out = []
    for r in rows:
        if r["org"] != org or r["state"] not in states:
            continue
        if r["start"] and r["start"] > day:
            continue
        if r["end"] and r["end"] < day:
            continue
        out.append({"country": r["state"], "org": org, "status": r["status"]})
    return out


def wd_fill(text, d, lang):
    names = {"fa": FA_WD, "ar": AR_WD, "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}[lang]
    y = d - dt.timedelta(days=1)
    return text.replace("{WD}", names[d.weekday()]).replace("{WDY}", names[y.weekday()])


def build(lang):
    mod = importlib.import_module(lang)
    rows = load_memberships()
    out_dir = SET / lang
    out_dir.mkdir(exist_ok=True)
    problems = []
    seen = set()
    for i, a in enumerate(mod.ARTICLES, 1):
        name = f"gen6_{lang}_{i:03d}_{a['slug']}"
        assert a["slug"] not in seen, a["slug"]
        seen.add(a["slug"])
        d = dt.date.fromisoformat(a["date"])
        head, body = a["text"].strip().split("\n\n", 1)
        body = wd_fill(body, d, lang)
        text = f"{head}\n\n{date_line(d, a['dl'])}\n\n{body}\n"
        conv = lang == "fa" and not a.get("latin")
        if a.get("ar_letters"):
            conv_letters = str.maketrans("یک", "يك")
        else:
            conv_letters = str.maketrans("", "")
        if lang == "ar" and a.get("indic"):
            conv = True
        digits = AR_DIG if lang == "ar" else FA_DIG
        if conv:
            text = text.translate(digits)
        text = text.translate(conv_letters)
        events = []
        for e in a.get("ev", []):
            ev = (e["ev"].translate(digits) if conv else e["ev"]).translate(conv_letters)
            ev = wd_fill(ev, d, lang)
            if ev not in text:
                problems.append(f"{name}: evidence not in text: {ev[:60]}")
            if e["type"] not in TYPES:
                problems.append(f"{name}: bad type {e['type']}")
            for t in e.get("topics", []):
                if t not in TOPICS:
                    problems.append(f"{name}: bad topic {t}")
            edate = e.get("date", "D")
            if edate == "D":
                edate = a["date"]
            elif edate == "D-1":
                edate = (d - dt.timedelta(days=1)).isoformat()
            events.append({"type": e["type"], "participants": e["p"], "target": e.get("t"),
                           "persons": e.get("persons", []), "place": e.get("place"), "date": edate,
                           "count": e.get("count"), "topics": e.get("topics", []),
                           "status": e.get("status", "occurred"), "evidence": ev})
        persons = [{"name": p[0], "surface": (p[1].translate(digits) if conv else p[1]).translate(conv_letters), "role": p[2],
                    "rank": p[3], "country": p[4]} for p in a.get("per", [])]
        for p in persons:
            if p["surface"] not in text:
                problems.append(f"{name}: person surface not in text: {p['surface']}")
        for e in events:
            for pn in e["persons"]:
                if pn not in {p["name"] for p in persons}:
                    problems.append(f"{name}: event person not listed: {pn}")
        countries = []
        for e in events:
            for c in e["participants"] + ([e["target"]] if e["target"] else []):
                if c not in countries:
                    countries.append(c)
        for p in persons:
            if p["country"] and p["country"] not in countries:
                countries.append(p["country"])
        for c in countries:
            if c not in ISO:
                problems.append(f"{name}: unknown ISO {c}")
        orgs = a.get("org", [])
        mems = []
        for o in orgs:
            mems += members(rows, o, countries, a["date"])
        gold = {"id": name, "lang": lang, "source": "general6 development set (written 2026-12-07), " + a["source"],
                "date": a["date"], "countries": countries, "organizations": orgs, "persons": persons,
                "events": events, "memberships": mems}
        if a.get("notes"):
            gold["notes"] = a["notes"]
        (out_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        (out_dir / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    n_ev = sum(1 for a in mod.ARTICLES if a.get("ev"))
    print(f"{lang}: {len(mod.ARTICLES)} texts, {n_ev} with events, "
          f"{sum(len(a.get('ev', [])) for a in mod.ARTICLES)} events")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return not problems


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    ok = all([build(lang) for lang in sys.argv[1:]])
    sys.exit(0 if ok else 1)
