"""Cross-article event resolution (kg.resolve) on synthetic mentions: time and peak memory.

Mentions of 20 states, six event types and 1,000 days, a third of them reports of an event another
article also reports, 5% undated; resolved at once, and 100 articles added to the rest already resolved.

    python benchmarks/resolve.py [N ...]      (default: 10000 100000)
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
import tracemalloc

from kg.model import SYMMETRIC_TYPES
from kg.resolve import MentionRecord, read_windows, resolve, resolve_incremental

STATES = ["IR", "TJ", "RU", "CN", "US", "SA", "TR", "IQ", "QA", "EG", "IN", "BR", "FR", "DE", "JP", "KR", "AF",
          "SY", "OM", "AZ"]
TYPES = ["meeting", "visit", "agreement", "statement_praise", "statement_criticism", "sanction"]


def mentions(n: int, seed: int = 1) -> list[MentionRecord]:
    rnd = random.Random(seed)
    out: list[MentionRecord] = []
    for i in range(n):
        if out and rnd.random() < 0.33:  # another report of an earlier mention's event
            m = rnd.choice(out)
            out.append(MentionRecord(f"urn:e:{i}", f"art{i // 3}", m.type, m.participants, m.target, m.status,
                                     m.date, m.date_stated, m.place, m.count, m.persons, None, m.date, "en"))
            continue
        a, b = rnd.sample(STATES, 2)
        kind = rnd.choice(TYPES)
        day = None if rnd.random() < 0.05 else (dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(1000))).isoformat()
        directed_target = None if kind in SYMMETRIC_TYPES or kind == "visit" else b
        out.append(MentionRecord(f"urn:e:{i}", f"art{i // 3}", kind, (a, b) if directed_target is None else (a,),
                                 directed_target, "occurred", day, True, rnd.choice([None, "tehran", "moscow"]),
                                 None, ((f"p{rnd.randrange(50)}", a, True),) if rnd.random() < 0.5 else (),
                                 None, day, "en"))
    return out


def main(sizes: list[int]) -> None:
    windows = read_windows()
    for n in sizes:
        ms = mentions(n)
        started = time.process_time()
        groups = resolve(ms, windows)
        at_once = time.process_time() - started
        tracemalloc.start()
        resolve(ms, windows)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        # A later build that adds the last 100 articles to the rest, resolved before.
        articles = sorted({m.article for m in ms}, key=lambda a: int(a[3:]))
        new = set(articles[-100:])
        before = resolve([m for m in ms if m.article not in new], windows)
        started = time.process_time()
        after = resolve_incremental(before, new, [m for m in ms if m.article in new], windows)
        added = time.process_time() - started
        same = [(g.iri, g.members) for g in after] == [(g.iri, g.members) for g in groups]
        print(f"{n:>8,} mentions -> {len(groups):>8,} events: at once {at_once:6.2f} s CPU, peak {peak / 1e6:5.1f} MB; "
              f"adding 100 articles {added:5.2f} s CPU, same as at once: {same}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
