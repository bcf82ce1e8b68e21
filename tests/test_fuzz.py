"""Property tests over ingest -> extract -> build with hostile text (issue 17).

Whatever the bytes or characters (bidi and other controls, lone surrogates escaped in JSON Lines,
mixed Arabic, Persian and Latin, very long lines, NUL bytes), kg never shows a traceback: an input
is read or reported in one line, extraction returns facts whose quotes are the text at their
offsets, and a build writes a graph that an independent parser reads. Example counts are kept
small; the builds are marked slow.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.graph.io import read_output
from kg import build
from kg.cli import app
from kg.errors import InputError
from kg.extract import Extractor
from kg.ingest import SUPPORTED, read_sources
from kg.model import Article

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BUILDS = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = (
    [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)]  # C0, DEL, C1
    + list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # bidi controls
    + list("\u200c\u200d\ufeff\u2028\u2029\ufffe\uffff\U0010ffff\ufffd")
    + ["\ud800", "\udbff", "\udc00", "\udfff"]  # lone surrogates
)
WORDS = [
    "Iran", "Oman", "Qatar", "Israel", "Tajikistan", "SCO", "met", "signed", "agreements", "condemned",
    "visited", "Muscat", "Tehran", "minister", "President", "Monday", "2025", "«", "»", ".", ",", " ", "\n",
    "إيران", "عمان", "قطر", "التقى", "وزير", "الخارجية", "اتفاقيات", "وقع", "أدان", "مسقط", "٢٠٢٥",
    "ایران", "عمان", "وزیر", "امور", "خارجه", "دیدار", "کرد", "می\u200cکند", "۱۴۰۴", "تهران",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(HOSTILE), st.characters()), max_size=60,
).map("".join)
# A very long line now and then: the same hostile text many times over, without a line break.
long_or_short = st.one_of(
    hostile_text,
    st.builds(lambda text, times: (text.replace("\n", " ") + " ") * times, hostile_text, st.integers(200, 4000)),
)


def _one_line_errors(items) -> list[Article]:
    articles = []
    for item in items:
        if isinstance(item, InputError):
            message = str(item)
            assert "\n" not in message and "\r" not in message and message.strip() == message, message
        else:
            article, warnings = item
            assert all("\n" not in w for w in warnings), warnings
            article.text.encode("utf-8")  # never a lone surrogate past the readers
            for value in (article.id, article.title, article.url, article.source):
                if value is not None:
                    value.encode("utf-8")
            articles.append(article)
    return articles


def _row(text: str, extra: dict) -> dict:
    return {"text": text, **extra}


row_strategy = st.one_of(
    st.builds(_row, long_or_short, st.fixed_dictionaries({}, optional={
        "id": st.one_of(hostile_text, st.integers(), st.none()),
        "title": st.one_of(hostile_text, st.integers(), st.lists(st.integers(), max_size=2)),
        "date": st.one_of(hostile_text, st.just("2025-02-30"), st.just("2025-03-01"), st.integers(), st.none()),
        "lang": st.one_of(st.sampled_from(["ar", "en", "fa", "", "xx"]), hostile_text, st.integers()),
        "url": st.one_of(hostile_text, st.just("https://news.example.org/1")),
    })),
    st.one_of(st.integers(), st.lists(st.integers(), max_size=2), st.just({"title": "no text"})),
)


def _jsonl(rows: list, ascii_escapes: bool) -> bytes:
    lines = [json.dumps(row, ensure_ascii=ascii_escapes) for row in rows]
    # Without ASCII escapes a lone surrogate goes out as the invalid UTF-8 bytes that some tools write.
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(sorted(SUPPORTED)))
def test_any_bytes_in_any_supported_file_are_read_or_reported_in_one_line(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        _one_line_errors(read_sources([path]))


@FAST
@given(text=long_or_short, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_text_file_is_read_or_reported_in_one_line(text, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(text.encode(encoding, "surrogatepass") if encoding in ("utf-8", "utf-8-sig")
                         else text.encode(encoding, "replace"))
        _one_line_errors(read_sources([path]))


@FAST
@given(rows=st.lists(row_strategy, min_size=1, max_size=5), ascii_escapes=st.booleans())
def test_every_json_lines_row_is_read_or_reported_on_its_own(rows, ascii_escapes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_bytes(_jsonl(rows, ascii_escapes))
        items = list(read_sources([path]))
        articles = _one_line_errors(items)
        if ascii_escapes:  # valid UTF-8: each row stands alone, read or reported under its own number
            assert len(items) == len(rows)
            assert len(articles) == sum(1 for r in rows if isinstance(r, dict) and str(r.get("text", "")).strip())


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@FAST
@given(text=long_or_short, lang=st.sampled_from([None, "ar", "en", "fa"]))
def test_extraction_of_any_text_quotes_the_text_at_its_offsets(extractor, text, lang):
    text = text.encode("utf-8", "replace").decode("utf-8")  # what the readers hand on: no lone surrogates
    x = extractor.extract(Article("fuzz", text, lang=lang))
    for mention in [*x.states, *x.organisations, *x.places]:
        assert text[mention.start:mention.end] == mention.surface
    evidence = [e.evidence for e in x.events] + [f.evidence for f in [*x.persons, *x.memberships] if f.evidence]
    for span in evidence:
        assert text[span.start:span.end] == span.quote


@FAST
@given(rows=st.lists(row_strategy, min_size=1, max_size=3), ascii_escapes=st.booleans())
def test_kg_extract_prints_json_or_one_line_errors_never_a_traceback(rows, ascii_escapes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_bytes(_jsonl(rows, ascii_escapes))
        result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert all(line.startswith(("kg: error: ", "kg: warning: ")) for line in result.stderr.splitlines()), result.stderr
    if result.stdout:
        json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's TriG parser uses its own deprecated API
@BUILDS
@given(rows=st.lists(row_strategy, min_size=1, max_size=4), text=long_or_short, ascii_escapes=st.booleans(),
       html=st.booleans())
def test_a_build_of_hostile_articles_writes_a_graph_that_parses(rows, text, ascii_escapes, html):
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "src"
        src.mkdir()
        (src / "rows.jsonl").write_bytes(_jsonl(rows, ascii_escapes))
        (src / "plain.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
        out = Path(folder) / "out"
        result = build([src], out, html=html, disk_store=False, combined=True)
        assert all("\n" not in line for line in [*result.failures, *result.warnings])
        quads = set(read_output(out))
        dataset = rdflib.Dataset()
        dataset.parse(out / "graph.trig", format="trig")
        assert quads and len(set(dataset.quads())) == len(quads)
        assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) > 0
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["totals"]["articles"] == len(result.articles)
