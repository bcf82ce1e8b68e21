"""Corpus generator: N news articles in Arabic, English and Persian for volume benchmarks, seeded.

    python benchmarks/corpus.py N OUTDIR [--seed 1] [--format jsonl|txt] [--start 0]
                                         [--rows-per-file 10000] [--diplomatic 0.3]

Each article is one of the evaluation articles under ``data/`` (the sets in ``SETS``; never
``data/unseen`` or ``data/general_unseen``) with small variations, so that every article has its
own content hash and its own id:

* its date (the ``date`` field of a JSON Lines row) moved by up to 30 days either way, from the
  date its gold file gives (not in ``--format txt``, whose files carry no date);
* two neighbouring body paragraphs swapped, about one article in two that has four paragraphs or
  more (the headline and the dateline's paragraph stay first);
* one count in the text changed, about one article in two (a number of two or three digits, 32 or
  more, so that days of the month and years are left alone), in the digits it was written in;
* a last line naming the story, as wires and Persian agencies end a dispatch (``Story ID: 0000042``,
  ``رقم الخبر: 0000042``, ``کد خبر: 0000042``): the article's number, which makes every text distinct.

The mix is a feed's: ``--diplomatic`` (default 0.3) of the articles are drawn from those whose gold
file lists an event, the rest from ordinary news (protests, sport, weather, markets...); languages
by ``LANGUAGES`` (Arabic 40 %, English 35 %, Persian 25 %). Article ``j`` (counted from 0) depends
only on the seed and ``j``, so ``--start 10000`` with the same seed gives the articles that follow
the first 10,000: the way to add articles to a built corpus.

Output: ``--format jsonl`` (default) writes ``OUTDIR/articles-JJJJJJJ.jsonl``, one file per
``--rows-per-file`` articles, named by the number of its first article; each row
``{"id", "lang", "date", "text"}``. ``--format txt`` writes ``OUTDIR/LANG/ID.txt``. The same
arguments give byte-identical files. It prints the files written and the mix to stderr.
The id of article ``j``: ``ORIGINAL-sSEED-J`` (``ar_a01_saudi_oman_riyadh-s1-42``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The sets articles are drawn from; data/unseen and data/general_unseen are never read.
SETS = ("corpus", "heldout", "probe", "fresh", "fresh2", "general", "general2", "general3", "general4")
#: Share of each language in the feed.
LANGUAGES = {"ar": 0.40, "en": 0.35, "fa": 0.25}
STORY_LINE = {"ar": "رقم الخبر: {}", "en": "Story ID: {}", "fa": "کد خبر: {}"}
MAX_SHIFT_DAYS = 30
# A count of two or three digits in any script, not part of a longer number, a date or a time.
_COUNT = re.compile(r"(?<![\d/.:\-])\d{2,3}(?![\d/.:\-])")


@dataclass(frozen=True)
class Source:
    """One evaluation article a generated one is made from."""

    id: str
    lang: str
    date: dt.date | None
    paragraphs: tuple[str, ...]
    diplomatic: bool


def load_sources(data: Path = ROOT / "data") -> list[Source]:
    """The evaluation articles of ``SETS`` with a gold file beside them, in a fixed order."""
    sources = []
    for name in SETS:
        for text_file in sorted((data / name).glob("*/*.txt")):
            gold_file = text_file.with_name(text_file.stem + ".gold.json")
            if not gold_file.exists():
                continue
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = text_file.read_text(encoding="utf-8").replace("\r\n", "\n").strip()
            date = dt.date.fromisoformat(gold["date"]) if gold.get("date") else None
            paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
            sources.append(Source(text_file.stem, gold.get("lang") or text_file.parent.name, date,
                                  paragraphs, bool(gold.get("events"))))
    return sources


def _change_count(paragraph: str, rng: random.Random) -> str | None:
    """``paragraph`` with one count of 32 or more changed by 1 to 9; None when it holds none."""
    counts = [m for m in _COUNT.finditer(paragraph) if int(m.group()) >= 32]
    if not counts:
        return None
    m = counts[rng.randrange(len(counts))]
    zero = ord(m.group()[0]) - int(m.group()[0])  # the digit zero of the script it is written in
    changed = "".join(chr(zero + int(d)) for d in str(int(m.group()) + rng.randint(1, 9)))
    return paragraph[:m.start()] + changed + paragraph[m.end():]


def article(j: int, seed: int, pools: dict[tuple[str, bool], list[Source]], diplomatic: float) -> dict:
    """Article number ``j`` of the corpus of ``seed``: ``{"id", "lang", "date", "text"}``."""
    return _draw(j, seed, pools, diplomatic)[0]


def _draw(j: int, seed: int, pools: dict[tuple[str, bool], list[Source]], diplomatic: float
          ) -> tuple[dict, bool]:
    # One generator per article, so that article j is the same whatever --start is. (Seed s's article
    # j + 1,000,003 draws as seed s + 1's article j does; the story line still keeps their texts apart.)
    rng = random.Random(seed * 1_000_003 + j)
    is_diplomatic = rng.random() < diplomatic
    lang = rng.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]
    pool = pools[lang, is_diplomatic]
    source = pool[rng.randrange(len(pool))]
    paragraphs = list(source.paragraphs)
    if len(paragraphs) >= 4 and rng.random() < 0.5:
        i = rng.randrange(2, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    if rng.random() < 0.5:
        order = list(range(1, len(paragraphs)))
        rng.shuffle(order)
        for i in order:
            changed = _change_count(paragraphs[i], rng)
            if changed is not None:
                paragraphs[i] = changed
                break
    paragraphs.append(STORY_LINE[source.lang].format(f"{j:07d}"))
    date = source.date + dt.timedelta(days=rng.randint(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS)) if source.date else None
    return {"id": f"{source.id}-s{seed}-{j}", "lang": source.lang,
            "date": date.isoformat() if date else None, "text": "\n\n".join(paragraphs) + "\n"}, is_diplomatic


def pools_of(sources: list[Source]) -> dict[tuple[str, bool], list[Source]]:
    """Sources by (language, diplomatic); every pool the mix draws from must hold some."""
    pools: dict[tuple[str, bool], list[Source]] = {(lang, d): [] for lang in LANGUAGES for d in (True, False)}
    for s in sources:
        if s.lang in LANGUAGES:
            pools[s.lang, s.diplomatic].append(s)
    empty = [f"{lang} {'diplomatic' if d else 'ordinary'}" for (lang, d), p in pools.items() if not p]
    if empty:
        raise SystemExit(f"no evaluation articles for: {', '.join(empty)}")
    return pools


def write_corpus(n: int, outdir: Path, *, seed: int = 1, fmt: str = "jsonl", start: int = 0,
                 rows_per_file: int = 10_000, diplomatic: float = 0.3) -> tuple[list[Path], Counter]:
    """Write articles ``start`` to ``start + n - 1`` of the corpus of ``seed``.

    Returns the files written and the mix: a count per (language, "diplomatic" or "ordinary").
    """
    pools = pools_of(load_sources())
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    mix: Counter = Counter()
    for first in range(start, start + n, rows_per_file if fmt == "jsonl" else n):
        rows = []
        for j in range(first, min(first + rows_per_file, start + n) if fmt == "jsonl" else start + n):
            row, is_diplomatic = _draw(j, seed, pools, diplomatic)
            mix[row["lang"], "diplomatic" if is_diplomatic else "ordinary"] += 1
            rows.append(row)
        if fmt == "jsonl":
            path = outdir / f"articles-{first:07d}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            written.append(path)
            continue
        for row in rows:
            path = outdir / row["lang"] / f"{row['id']}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(row["text"], encoding="utf-8")
            written.append(path)
    return written, mix


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("outdir", type=Path, help="folder to write them in (created if missing)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--start", type=int, default=0, help="number of the first article (default 0)")
    parser.add_argument("--rows-per-file", type=int, default=10_000, help="JSON Lines rows per file")
    parser.add_argument("--diplomatic", type=float, default=0.3, help="share of diplomatic news (0-1)")
    args = parser.parse_args(argv)
    if args.n < 1 or args.start < 0 or args.rows_per_file < 1 or not 0 <= args.diplomatic <= 1:
        parser.error("N and --rows-per-file must be positive, --start not negative, --diplomatic within 0-1")
    if args.outdir.exists() and not args.outdir.is_dir():
        parser.error(f"{args.outdir}: exists and is not a folder")
    started = time.perf_counter()
    files, mix = write_corpus(args.n, args.outdir, seed=args.seed, fmt=args.format, start=args.start,
                         rows_per_file=args.rows_per_file, diplomatic=args.diplomatic)
    took = time.perf_counter() - started
    shown = files if len(files) <= 3 else [files[0], "...", files[-1]]
    print(f"{args.n:,} articles in {len(files):,} file(s) in {took:.1f} s: {' '.join(map(str, shown))}",
          file=sys.stderr)
    for lang in LANGUAGES:
        print(f"  {lang}: {mix[lang, 'diplomatic']:,} diplomatic, {mix[lang, 'ordinary']:,} ordinary", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
