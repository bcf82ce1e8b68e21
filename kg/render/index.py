"""The analyst's starting page: ``index.html`` linking the views, the dyad profiles and the analysis tables.

:func:`write_index` writes, inside a build folder::

    index.html                 summary, links, and the analysis tables as HTML
    graph.html                 the state view
    views/persons.html         persons joined by the events they share
    views/memberships.html     states and the organisations they belong to
    views/events.html          actors joined to the events they take part in
    dyads/IR-TJ.html           one profile per pair of states with events (the busiest first)
    analysis/measures.csv      what ``kg analyze -o`` writes: measures.csv, dyads.csv, measures.json
    analysis/dyads.csv
    analysis/measures.json

These pages are static HTML without any script: the Content-Security-Policy forbids scripts and
every network load, and all text from the graph goes through :func:`html.escape`. Quotes carry
``dir="auto"`` so Arabic and Persian read right to left inside an English page.
"""
from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote as url_quote

import pyoxigraph as ox

from ..analyse import Analysis, analyse, listed_profiles, write_analysis
from ..analyse.aggregates import Counts, counts_of
from .kept_events import KeptEvents
from .views import render_view

#: Dyad profile pages written at most (the dyads with the most events); the rest stay in dyads.csv.
MAX_DYAD_PAGES = 200
#: Rows of the dyad and state tables shown in the index; the CSV files hold them all.
MAX_TABLE_ROWS = 500

VIEWS = (
    ("graph.html", "states", "States", "States joined by the events between them (meetings, visits, agreements, statements…)."),
    ("views/persons.html", "persons", "Persons", "Persons joined by the events they take part in together."),
    ("views/memberships.html", "memberships", "Memberships", "The states in the news and the international organisations they belong to."),
    ("views/events.html", "events", "Actors and events", "Each event joined to the states, organisations and persons in it."),
)

STYLE = """
:root { color-scheme: light; }
body { font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', system-ui, sans-serif; font-size: 15px;
       line-height: 1.5; color: #1a202c; margin: 0 auto; padding: 1em 1.5em 3em; max-width: 78em; }
h1 { font-size: 1.5em; margin: .3em 0; } h2 { font-size: 1.15em; margin: 1.6em 0 .4em; border-bottom: 1px solid #cbd5e0; }
nav { font-size: .9em; } nav a { margin-inline-end: 1em; }
a { color: #2b6cb0; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { text-align: start; vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #e2e8f0; }
th { background: #edf2f7; font-weight: 600; position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #f7fafc; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code, td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.quote { unicode-bidi: plaintext; white-space: pre-wrap; max-width: 36em; }
.note { color: #4a5568; font-size: .9em; }
.hostile { color: #c53030; } .friendly { color: #2f855a; }
.summary { font-size: 1.05em; }
.cards { display: flex; flex-wrap: wrap; gap: 1em; padding: 0; list-style: none; }
.cards li { border: 1px solid #cbd5e0; border-radius: 6px; padding: .6em .9em; width: 15em; }
.cards a { font-weight: 600; }
svg text { font-size: 11px; fill: #4a5568; }
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
</body>
</html>
"""


def _e(value: object) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def _href(path: str) -> str:
    return _e(url_quote(path, safe="/#=:"))


def _number(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return f"{value:+.1f}" if value else "0"
    return str(value)


def _tone_class(value: float | None) -> str:
    return "hostile" if (value or 0) < 0 else "friendly" if (value or 0) > 0 else ""


def _short_type(name: str) -> str:
    return name.removeprefix("statement_").replace("_", " ")


def _type_count(item: str) -> str:
    """``statement_praise:2`` (as dyads.csv writes it) -> ``praise 2``."""
    name, _, count = item.rpartition(":")
    return f"{_short_type(name or count)} {count}" if name else _short_type(item)


def _page(path: Path, title: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(PAGE.format(title=_e(title), style=STYLE, body=body), encoding="utf-8")
    tmp.replace(path)


def _table(headers: Iterable[tuple[str, str]], rows: Iterable[Iterable[tuple[str, str]]]) -> str:
    """A table from ``(class, header)`` pairs and rows of ``(class, already escaped HTML)`` cells."""
    head = "".join(f'<th class="{c}" scope="col">{_e(h)}</th>' for c, h in headers)
    body = "\n".join("<tr>" + "".join(f'<td class="{c}">{cell}</td>' for c, cell in row) + "</tr>" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def dyad_file(a: str, b: str) -> str:
    """The profile page of a pair of states, relative to the index: ``dyads/IR-TJ.html``."""
    return "dyads/{}-{}.html".format(*sorted((a, b)))


# ---------------------------------------------------------------- dyad pages


def _tone_chart(points: list[list]) -> str:
    """An inline SVG bar per day: above the line friendly, below hostile."""
    if not points:
        return '<p class="note">No dated events, so no tone over time.</p>'
    width, height, pad = 640, 140, 20
    top = max(abs(t) for _, t in points) or 1.0
    step = (width - 2 * pad) / len(points)
    bar = max(2.0, min(24.0, step * 0.7))
    mid = height / 2
    bars = []
    for i, (day, tone) in enumerate(points):
        h = (height / 2 - pad) * abs(tone) / top
        x = pad + i * step + (step - bar) / 2
        y = mid - h if tone >= 0 else mid
        colour = "#c53030" if tone < 0 else "#2f855a"
        bars.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{max(h, 1):.1f}" fill="{colour}">'
                    f"<title>{_e(day)}: {_e(_number(float(tone)))}</title></rect>")
    first, last = _e(points[0][0]), _e(points[-1][0])
    return (f'<svg role="img" aria-label="Tone per day" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f'<line x1="{pad}" y1="{mid}" x2="{width - pad}" y2="{mid}" stroke="#a0aec0"/>' + "".join(bars)
            + f'<text x="{pad}" y="{height - 4}">{first}</text>'
            + f'<text x="{width - pad}" y="{height - 4}" text-anchor="end">{last}</text></svg>')


def _dyad_page(profile: dict) -> tuple[str, str]:
    a, b = profile["a"], profile["b"]
    title = f"{a['label']} – {b['label']}"
    tone = profile["tone"]
    reports = profile.get("mentions", profile["total"])
    facts = [f"{profile['total']} event(s)" + (f" in {reports} reports" if reports != profile["total"] else ""),
             f'tone <span class="{_tone_class(tone)}">{_e(_number(float(tone)))}</span>']
    if profile["first_contact"]:
        facts.append(f"first contact {_e(profile['first_contact'])}, last {_e(profile['last_contact'])}")
    listed = profile.get("listed", profile["total"])
    if listed < profile["total"]:
        if profile["counts"].get("agreement"):
            facts.append(f"{profile['counts']['agreement']} agreement signing(s)")
    elif profile["agreements"]:
        facts.append(f"{len(profile['agreements'])} agreement signing(s), {profile['documents']} document(s) signed")
    labels = {a["code"]: a["label"], b["code"]: b["label"]}
    rows = []
    for e in profile["events"]:
        if e["date"]:
            when = _e(e["date"])
        elif e["article_date"]:
            when = f'{_e(e["article_date"])} <span class="note">(article)</span>'
        else:
            when = '<span class="note">undated</span>'
        status = "" if e["status"] in (None, "Occurred") else f' <span class="note">({_e(e["status"].lower())})</span>'
        quotes = "".join(f'<div class="quote" dir="auto">{_e(x["quote"])}</div>' for x in e["evidence"]) or \
            '<span class="note">none</span>'
        articles = "<br>".join(sorted({_e(x["article"]) for x in e["evidence"] if x["article"]}))
        # One real-world event, several reports (kg.resolve); a page lists a few of them, the count is all.
        reports = max(len({r["article"] for r in e.get("reports", ())}), e.get("mentions", 1))
        if reports > 1:
            differ = f", differing on {_e(', '.join(e['conflicts']))}" if e.get("conflicts") else ""
            articles += f'<br><span class="note">{reports} reports{differ}</span>'
        rows.append([("date", when), ("", _e(_short_type(e["type"])) + status),
                     ("", _e(labels.get(e["initiator"], e["initiator"]))),
                     ("", _e(e["place_label"] or e["place"])), ("num", _e(e["documents"])),
                     (f"num {_tone_class(e['tone'])}", _e(_number(float(e["tone"])))),
                     ("", quotes), ("code", articles)])
    events = _table([("date", "Date"), ("", "Type"), ("", "Initiator"), ("", "Place"), ("num", "Documents"),
                     ("num", "Tone"), ("", "Evidence"), ("code", "Article")], rows) if rows else \
        '<p class="note">No events.</p>'
    orgs = _table([("code", "Code"), ("", "Organisation"), ("date", "Both members since")],
                  [[("code", _e(o["code"])), ("", f'<span dir="auto">{_e(o["label"])}</span>'), ("date", _e(o["since"]))]
                   for o in profile["shared_organisations"]]) if profile["shared_organisations"] else \
        '<p class="note">No organisation both are current full members of.</p>'
    counts = ", ".join(f"{_e(_short_type(t))} {n}" for t, n in profile["counts"].items())
    body = f"""<nav><a href="../index.html">← Index</a><a href="../graph.html#show={_e(a['code'])}">{_e(a['label'])} in the state view</a><a href="../graph.html#show={_e(b['code'])}">{_e(b['label'])} in the state view</a></nav>
<h1 dir="auto">{_e(title)}</h1>
<p class="summary">{' · '.join(facts)}</p>
<p class="note">By type: {counts or 'none'}. Dates are the event's own; an undated event takes its article's date where known.</p>
<h2>Events</h2>
{_listed_note(listed, profile["total"])}
{events}
<h2>Shared organisations</h2>
{orgs}
<h2>Tone over time</h2>
<p class="note">Sum of the Goldstein scores of the reports of each day, of all the pair's events (positive: cooperation, negative: conflict).</p>
{_tone_chart(profile["tone_over_time"])}
"""
    return title, body


def _listed_note(listed: int, total: int) -> str:
    if listed >= total:
        return ""
    return (f'<p class="note">The latest {listed} of {total} events; <code>kg dyad</code> lists them all, '
            "and the counts above are of all of them.</p>")


# ---------------------------------------------------------------- the index


def _rel(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def _index_body(analysis: Analysis, views: list[dict], dyad_pages: dict[tuple[str, str], str],
                files: list[tuple[str, str]], report: dict | None) -> str:
    s = analysis.summary()
    count = ((report or {}).get("totals") or {}).get("articles")
    articles = f" from {count} article(s)" if isinstance(count, int) else ""
    cards = "\n".join(
        f'<li><a href="{_href(v["href"])}">{_e(v["name"])}</a><br><span class="note">{_e(v["what"])}</span><br>'
        f'{v["nodes"]} node(s), {v["edges"]} edge(s)'
        + (f'; <span class="hostile">{v["cut_nodes"]} node(s) and {v["cut_edges"]} edge(s) cut</span>'
           if v["cut_nodes"] or v["cut_edges"] else "") + "</li>" for v in views)
    labels = {r["state"]: r["label"] for r in analysis.states}

    dyad_rows = []
    for d in analysis.dyads[:MAX_TABLE_ROWS]:
        pair = f'{_e(d["label_a"])} – {_e(d["label_b"])}'
        page = dyad_pages.get((d["state_a"], d["state_b"]))
        dyad_rows.append([("", f'<a href="{_href(page)}" dir="auto">{pair}</a>' if page else pair),
                          ("code", f'{_e(d["state_a"])}–{_e(d["state_b"])}'), ("num", _e(d["weight"])),
                          (f"num {_tone_class(d['tone'])}", _e(_number(float(d["tone"])))),
                          ("", _e(", ".join(_type_count(t) for t in d["types"].split()))),
                          ("date", _e(d["first"])), ("date", _e(d["last"]))])
    more_dyads = len(analysis.dyads) - len(dyad_rows)
    dyads = _table([("", "Pair"), ("code", "Codes"), ("num", "Events"), ("num", "Tone"), ("", "Types"),
                    ("date", "First"), ("date", "Last")], dyad_rows) if dyad_rows else '<p class="note">No pair of states shares an event.</p>'
    if more_dyads > 0:
        dyads += f'<p class="note">{more_dyads} more pair(s) in analysis/dyads.csv.</p>'
    if len(analysis.dyads) > len(dyad_pages):
        dyads += f'<p class="note">Profile pages for the {len(dyad_pages)} busiest pairs.</p>'

    state_rows = [[("", f'<a href="graph.html#show={_e(r["state"])}" dir="auto">{_e(r["label"])}</a>'),
                   ("code", _e(r["state"])), ("num", _e(r["events"])), ("num", _e(r["degree"])),
                   ("num", _e(r["strength"])), (f"num {_tone_class(r['tone'])}", _e(_number(float(r["tone"])))),
                   ("num", f'{r["pagerank"]:.3f}'), ("num", f'{r["betweenness"]:.3f}'), ("num", _e(r["community"]))]
                  for r in analysis.states[:MAX_TABLE_ROWS]]
    states = _table([("", "State"), ("code", "Code"), ("num", "Events"), ("num", "Partners"), ("num", "Strength"),
                     ("num", "Tone"), ("num", "PageRank"), ("num", "Betweenness"), ("num", "Community")],
                    state_rows) if state_rows else '<p class="note">No states.</p>'
    communities = _table([("num", "Community"), ("num", "Size"), ("", "States")],
                         [[("num", str(i)), ("num", str(len(m))),
                           ("", ", ".join(f'<span dir="auto">{_e(labels.get(c, c))}</span>' for c in m))]
                          for i, m in enumerate(analysis.communities[:MAX_TABLE_ROWS])]) if analysis.communities else ""
    downloads = "\n".join(f'<li><a href="{_href(href)}">{_e(href)}</a> <span class="note">{_e(what)}</span></li>'
                          for href, what in files)
    return f"""<h1>Diplomatic knowledge graph</h1>
<p class="summary">{s['states']} state(s), {s['dyads']} pair(s) of states, {s['events']} event(s) between states{_e(articles)}, {s['communities']} communit{'y' if s['communities'] == 1 else 'ies'}.</p>
<h2>Interactive views</h2>
<p class="note">Each view works offline: search, filters by event type and date, and the evidence of every fact in the side panel.</p>
<ul class="cards">
{cards}
</ul>
<h2>Pairs of states</h2>
<p class="note">The busiest first; a pair's page lists its events with their evidence, the organisations both belong to and the tone over time.</p>
{dyads}
<h2>States</h2>
<p class="note">Strength: events with other states; tone: sum of their Goldstein scores; PageRank on who acts towards whom; communities by the Louvain method.</p>
{states}
{'<h2>Communities</h2>' + communities if communities else ''}
<h2>Files</h2>
<ul>
{downloads}
</ul>
"""


def write_index(store: ox.Store, out_dir: Path | str, *, lang: str = "en", analysis_dir: Path | str | None = None,
                max_dyad_pages: int = MAX_DYAD_PAGES, analysis: Analysis | None = None,
                counts: Counts | None = None, keep_events: bool = False) -> Path:
    """Write ``index.html`` in ``out_dir`` and everything it links (see the module notes); return its path.

    ``analysis_dir`` is where the analysis tables go (default ``out_dir/analysis``). ``counts``
    (:mod:`kg.analyse.aggregates`; a build has them in hand) are read from the store once when not given. Dyad pages no
    longer backed by the graph are removed, so a rebuild never leaves stale profiles behind.
    ``keep_events`` (a build folder's pages) keeps the events the pair pages list for the next build
    (:mod:`.kept_events`).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = Path(analysis_dir) if analysis_dir is not None else out / "analysis"
    counts = counts if counts is not None else counts_of(store)
    analysis = analysis or analyse(store, lang=lang, counts=counts)
    written = write_analysis(analysis, tables)

    views = []
    for href, projection, name, what in VIEWS:
        title = "kg — state interactions" if projection == "states" else f"kg — {name.lower()}"
        home = _rel(out / "index.html", (out / href).parent)
        # The memberships of every state in the reference would hide the few the articles are about.
        around = [r["state"] for r in analysis.states] if projection == "memberships" else None
        result = render_view(store, out / href, projection=projection, lang=lang, title=title, home=home,
                             around=around, counts=counts)
        views.append({"href": href, "name": name, "what": what, **result})

    dyad_dir = out / "dyads"
    dyad_pages: dict[tuple[str, str], str] = {}
    busiest = [(d["state_a"], d["state_b"]) for d in analysis.dyads[:max_dyad_pages]]
    kept = KeptEvents(out, lang) if keep_events else None
    for (a, b), profile in listed_profiles(store, busiest, counts, lang=lang, kept=kept).items():
        href = dyad_file(a, b)
        title, body = _dyad_page(profile)
        _page(out / href, f"{title} — kg", body)
        dyad_pages[(a, b)] = href
    if dyad_dir.is_dir():
        current = {Path(h).name for h in dyad_pages.values()}
        for old in dyad_dir.iterdir():
            if re.fullmatch(r"[A-Z]{2}-[A-Z]{2}\.html", old.name) and old.name not in current:
                old.unlink()

    names = {"measures.csv": "one row per state: events, partners, strength, tone, PageRank, betweenness, community",
             "dyads.csv": "one row per pair of states: events, tone, types, first and last date",
             "measures.json": "the same measures and the communities as JSON"}
    files = [(_rel(p, out), names.get(p.name, "")) for p in written]
    for name, what in (("graph.trig", "the graph, one named graph per article"),
                       ("graph.ttl", "the same triples as Turtle, graphs merged"),
                       ("report.json", "what was read from each article, and what failed")):
        if (out / name).exists():
            files.append((name, what))
    report = None
    if (out / "report.json").exists():
        try:
            report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        except ValueError:  # a damaged report only loses the article count
            report = None
    index = out / "index.html"
    _page(index, "kg — index", _index_body(analysis, views, dyad_pages, files, report))
    return index
