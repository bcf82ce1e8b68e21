"""The benchmark corpus generator (benchmarks/corpus.py): seeded, distinct, readable by kg."""
from __future__ import annotations

import hashlib
import json

from benchmarks.corpus import SETS, load_sources, main, write_corpus
from kg.ingest import read_sources


def _rows(folder):
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open(encoding="utf-8")]


def test_same_seed_gives_byte_identical_files_and_another_seed_other_articles(tmp_path):
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        write_corpus(300, tmp_path / name, seed=seed, rows_per_file=100)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == ["articles-0000000.jsonl", "articles-0000100.jsonl", "articles-0000200.jsonl"]
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert {r["text"] for r in _rows(tmp_path / "a")}.isdisjoint(r["text"] for r in _rows(tmp_path / "c"))


def test_every_article_has_its_own_id_and_content_hash(tmp_path):
    write_corpus(3000, tmp_path)
    rows = _rows(tmp_path)
    assert len({r["id"] for r in rows}) == len({hashlib.sha256(r["text"].encode()).hexdigest() for r in rows}) == 3000


def test_the_mix_is_a_feeds_mostly_ordinary_news_in_three_languages(tmp_path):
    _, mix = write_corpus(2000, tmp_path)
    diplomatic = sum(v for (_, kind), v in mix.items() if kind == "diplomatic")
    assert 0.25 < diplomatic / 2000 < 0.35
    by_lang = {lang: mix[lang, "diplomatic"] + mix[lang, "ordinary"] for lang in ("ar", "en", "fa")}
    assert by_lang["ar"] > by_lang["en"] > by_lang["fa"] > 300


def test_start_continues_the_same_corpus(tmp_path):
    write_corpus(120, tmp_path / "all", rows_per_file=1000)
    write_corpus(20, tmp_path / "tail", start=100)
    assert _rows(tmp_path / "tail") == _rows(tmp_path / "all")[100:]


def test_sources_are_the_evaluation_sets_and_never_the_unseen_ones():
    assert "unseen" not in SETS and "general_unseen" not in SETS
    sources = load_sources()
    assert len(sources) > 700 and not any(s.id.startswith(("unseen_", "gu_")) for s in sources)


def test_kg_reads_every_row_with_its_language_and_date(tmp_path):
    write_corpus(50, tmp_path, fmt="jsonl")
    read = list(read_sources([tmp_path]))
    assert all(not isinstance(item, Exception) for item in read) and len(read) == 50
    assert all(article.lang in ("ar", "en", "fa") and article.date for article, _ in read)


def test_txt_format_writes_one_file_per_article_under_its_language(tmp_path):
    main(["30", str(tmp_path), "--format", "txt", "--seed", "3"])
    files = sorted(tmp_path.rglob("*.txt"))
    assert len(files) == 30 and {f.parent.name for f in files} <= {"ar", "en", "fa"}
    assert all(f.name.endswith(".txt") and "-s3-" in f.stem for f in files)
