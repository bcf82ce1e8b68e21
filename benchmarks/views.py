"""View benchmark: how long `kg view` takes and how big its page gets, up to 50,000 events.

Prints a table; it asserts nothing. The graphs are synthetic but built the way `kg build` builds
them: the packaged reference and ontology graphs, plus one named graph per synthetic article made by
the same code (``kg.graph.build.article_quads``) from synthetic extractions: six events per article,
between real states drawn with a skew (a few states are in many events, as in the news), with
persons, places, dates and an Arabic evidence quote each. The reference measured in the same run is
the smallest graph (5,000 events by default); ratios are against it.

    python benchmarks/views.py [--events 5000,50000] [--projections states,persons,events]
                               [--index] [--screenshot DIR]

Times are wall-clock seconds of ``render_view`` alone (the SPARQL projection, the layout and the
page), not of building the store. ``--index`` also times ``write_index``, all that ``kg build``
adds to write its HTML (four views, the analysis tables and up to 200 dyad pages); its size is
that of the whole folder. With ``--screenshot DIR`` (and Chromium on the PATH) the page of
the largest graph is photographed, to check by eye that it opens and says what was cut.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.graph.build import article_quads, ontology_quads, reference_quads
from kg.ids import Minter
from kg.model import Article, EventFact, Evidence, Extraction, PersonFact
from kg.reference import default_reference
from kg.render.index import write_index
from kg.render.views import render_view

EVENTS_PER_ARTICLE = 6
TYPES = ["meeting", "visit", "agreement", "summit", "statement_praise", "statement_criticism", "congratulation",
         "sanction", "appointment"]
TARGETED = {"statement_criticism", "sanction", "congratulation"}
WORDS = ("التقى وزير الخارجية نظيره في العاصمة لبحث العلاقات الثنائية والتعاون الاقتصادي والأمني "
         "ووقع الجانبان مذكرات تفاهم في مجالات الطاقة والنقل والتجارة وأشاد بالدور الإقليمي").split()


def synthetic_store(n_events: int, seed: int = 7) -> ox.Store:
    """A store shaped like a build of ``n_events`` events (about 40 quads each)."""
    rng = random.Random(seed)
    ref, minter = default_reference(), Minter()
    states = sorted(ref.states)
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(states))]
    rng.shuffle(states)  # the skew falls on arbitrary states, not on the alphabet
    places = sorted(ref.places)
    n_people = max(50, n_events // 10)
    store = ox.Store()
    store.extend(reference_quads(ref, minter))
    store.extend(ontology_quads(minter))
    start = dt.date(2015, 1, 1)
    quads: list[ox.Quad] = []
    for a in range(0, n_events, EVENTS_PER_ARTICLE):
        article_id = f"a{a // EVENTS_PER_ARTICLE:06d}"
        day = start + dt.timedelta(days=rng.randrange(3650))
        quotes = [" ".join(rng.choices(WORDS, k=rng.randint(8, 24))) + "." for _ in range(min(EVENTS_PER_ARTICLE, n_events - a))]
        text = "\n".join(quotes)
        article = Article(article_id, text, "ar", date=day)
        people = {f"p{rng.randrange(n_people)}" for _ in range(3)}
        persons = [PersonFact(key, f"Person {key[1:]}", f"الشخص {key[1:]}") for key in sorted(people)]
        events, offset = [], 0
        for quote in quotes:
            kind = rng.choice(TYPES)
            parties = list(dict.fromkeys(rng.choices(states, weights, k=rng.choice((1, 2, 2, 2, 3)))))
            target = None
            if kind in TARGETED and len(parties) > 1:
                target = parties.pop()
            evidence = Evidence(article_id, offset, offset + len(quote), quote, "bench", "0", 0.8)
            offset += len(quote) + 1
            events.append(EventFact(kind, parties, evidence, target=target,
                                    persons=rng.sample(sorted(people), rng.choice((0, 1, 2))),
                                    place=rng.choice(places), date=day - dt.timedelta(days=rng.randrange(3)),
                                    count=rng.randint(1, 20) if kind == "agreement" else None))
        quads.extend(article_quads(Extraction(article, "ar", persons=persons, events=events, article_date=day),
                                   minter, ref))
        if len(quads) > 200_000:
            store.extend(quads)
            quads.clear()
    store.extend(quads)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", default="5000,50000", help="comma-separated graph sizes; the first is the reference")
    parser.add_argument("--projections", default="states,persons,events")
    parser.add_argument("--index", action="store_true", help="also time write_index (the HTML of kg build)")
    parser.add_argument("--screenshot", type=Path, help="folder for a screenshot of the largest states view")
    args = parser.parse_args()
    sizes = [int(x) for x in args.events.split(",")]
    projections = [p.strip() for p in args.projections.split(",") if p.strip()]

    work = Path(tempfile.mkdtemp(prefix="kg-bench-views-"))
    rows, reference, largest = [], {}, None
    try:
        for n in sizes:
            began = time.perf_counter()
            store = synthetic_store(n)
            print(f"{n:,} events: {len(store):,} quads, store built in {time.perf_counter() - began:.1f} s",
                  file=sys.stderr, flush=True)
            for projection in projections:
                page = work / f"{projection}-{n}.html"
                began = time.perf_counter()
                r = render_view(store, page, projection=projection)
                seconds = time.perf_counter() - began
                reference.setdefault(projection, (seconds, r["bytes"]))
                rows.append((n, projection, seconds, r, reference[projection]))
                if projection == "states":
                    largest = page
            if args.index:
                site = work / f"site-{n}"
                began = time.perf_counter()
                write_index(store, site)
                seconds = time.perf_counter() - began
                size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
                pages = len(list((site / "dyads").glob("*.html")))
                r = {"bytes": size, "nodes": "-", "cut_nodes": "-", "edges": "-", "cut_edges": "-",
                     "facts": f"{pages} dyad pages", "counted": "-"}
                reference.setdefault("index", (seconds, size))
                rows.append((n, "index", seconds, r, reference["index"]))
            del store
        header = ["events", "view", "seconds", "x ref", "HTML MB", "x ref", "nodes shown/cut", "edges shown/cut",
                  "facts listed/counted"]  # for the index: the folder's size and its dyad pages
        table = [[f"{n:,}", p, f"{s:.2f}", f"{s / ref[0]:.1f}", f"{r['bytes'] / 1e6:.2f}", f"{r['bytes'] / ref[1]:.1f}",
                  f"{r['nodes']}/{r['cut_nodes']}", f"{r['edges']}/{r['cut_edges']}", f"{r['facts']}/{r['counted']}"]
                 for n, p, s, r, ref in rows]
        widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(header)]
        print(f"ratios against {sizes[0]:,} events in this run; defaults max_nodes=300, max_edges=1500, max_facts=3000")
        print("  ".join(h.rjust(w) for h, w in zip(header, widths)))
        for row in table:
            print("  ".join(c.rjust(w) for c, w in zip(row, widths)))
        if args.screenshot and largest is not None:
            browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
            if browser is None:
                print("no Chromium on the PATH: no screenshot", file=sys.stderr)
            else:
                args.screenshot.mkdir(parents=True, exist_ok=True)
                shot = args.screenshot.resolve() / f"view-{sizes[-1]}-events.png"
                subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", f"--user-data-dir={work / 'profile'}",
                                f"--screenshot={shot}", "--window-size=1400,900", "--virtual-time-budget=15000",
                                largest.resolve().as_uri()], capture_output=True, timeout=180, check=False)
                print(f"screenshot: {shot}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
