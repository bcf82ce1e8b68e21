"""Readers turn files into articles; bad input costs only itself, with one clear line."""
import codecs
import json
import os
import socket
import threading
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import ReadOptions, read_sources


def _read(paths, **options):
    ok, bad = [], []
    for item in read_sources(paths, ReadOptions(**options)):
        (bad if isinstance(item, InputError) else ok).append(item)
    return ok, bad


def test_text_file_becomes_one_article_named_after_the_file(tmp_path):
    (tmp_path / "a1.txt").write_text("طهران - التقى الوزيران اليوم.", encoding="utf-8")
    ok, bad = _read([tmp_path / "a1.txt"])
    assert not bad
    article, warnings = ok[0]
    assert article.id == "a1" and article.text.startswith("طهران")


def test_empty_file_is_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    _, bad = _read([tmp_path / "empty.txt"])
    assert "empty.txt: empty file" in str(bad[0])


def test_binary_file_is_reported(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\x00\x00\x01\x02" * 50)
    _, bad = _read([tmp_path / "blob.txt"])
    assert "binary file" in str(bad[0]) and "blob.txt" in str(bad[0])


def test_windows_1256_arabic_is_detected_and_read_with_a_warning(tmp_path):
    text = "التقى وزير الخارجية الإيراني نظيره العماني في مسقط اليوم وبحث معه العلاقات الثنائية."
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1256"))
    ok, bad = _read([tmp_path / "cp.txt"])
    assert not bad
    article, warnings = ok[0]
    assert article.text == text
    assert warnings and "not UTF-8" in warnings[0] and "cp1256" in warnings[0]


def test_missing_path_is_reported(tmp_path):
    _, bad = _read([tmp_path / "nope.txt"])
    assert str(bad[0]).endswith("nope.txt: no such file or folder")


def test_enormous_file_is_skipped_with_its_size(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    _, bad = _read([tmp_path / "big.txt"], max_bytes=1000)
    assert "file too large" in str(bad[0])


def test_malformed_json_lines_row_is_reported_with_its_row_and_the_rest_is_read(tmp_path):
    rows = [
        json.dumps({"id": "r1", "text": "Iran and Oman signed two agreements.", "lang": "en", "date": "2025-03-01"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"text": "An article with no id gets its content hash."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ok, bad = _read([tmp_path / "feed.jsonl"])
    assert [a.id for a, _ in ok][0] == "r1"
    assert ok[1][0].id.startswith("h") and len(ok) == 2
    assert str(ok[0][0].date) == "2025-03-01"
    messages = sorted(str(b) for b in bad)
    assert "feed.jsonl:2: malformed JSON" in messages[0]
    assert "feed.jsonl:3: row has no 'text' string" in messages[1]


def test_html_page_loses_its_chrome(tmp_path):
    page = """<html><head><title>Talks in Muscat</title></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Iran and Oman hold talks</h1>
    <p>MUSCAT, March 3 (IRNA) -- Iranian Foreign Minister Abbas Araghchi met his Omani counterpart
    Badr Albusaidi in Muscat on Monday and discussed regional developments and bilateral trade.</p>
    <p>The two sides also reviewed preparations for the next meeting of their joint economic committee.</p>
    </article><footer>Share this article. Copyright 2025.</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    ok, bad = _read([tmp_path / "page.html"])
    assert not bad
    article = ok[0][0]
    assert "Araghchi" in article.text and "Home" not in article.text and "Copyright" not in article.text


def test_unsupported_file_given_explicitly_is_reported(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    _, bad = _read([tmp_path / "x.pdf"])
    assert "unsupported file type .pdf" in str(bad[0])


def test_folder_reads_every_supported_file_and_skips_gold_files(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("two", encoding="utf-8")
    ok, bad = _read([tmp_path])
    assert sorted(a.id for a, _ in ok) == ["a", "b"] and not bad


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Oman and Iran sign accords</title><link>https://news.example.org/1</link>
<guid>wire-2025-0001</guid><pubDate>Sun, 13 Apr 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>MUSCAT -- Oman and Iran signed two agreements on Sunday.</p><p>The two sides also discussed trade.</p>]]></content:encoded></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><id>urn:wire:42</id><title>Talks</title><link href="https://news.example.org/42"/>
<published>2025-06-02T08:00:00Z</published><summary>Kazakhstan and Uzbekistan held talks in Astana.</summary></entry>
</feed>"""


def test_rss_feed_items_become_articles_with_their_metadata(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    ok, bad = _read([tmp_path / "wire.rss"])
    article = ok[0][0]
    assert article.id == "wire-2025-0001" and str(article.date) == "2025-04-13"
    assert article.text.startswith("MUSCAT -- Oman and Iran signed two agreements") and "<p>" not in article.text
    assert "wire.rss#2: feed item has no text" in str(bad[0])


def test_atom_feed_entries_become_articles(tmp_path):
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    ok, bad = _read([tmp_path / "wire.atom"])
    assert not bad and ok[0][0].id == "urn-wire-42" and ok[0][0].url == "https://news.example.org/42"


def test_a_broken_feed_is_reported(tmp_path):
    (tmp_path / "bad.xml").write_text("<rss><channel><item>", encoding="utf-8")
    _, bad = _read([tmp_path / "bad.xml"])
    assert "bad.xml: not a readable feed" in str(bad[0])


def _read_within(paths, seconds=30):
    """``_read`` that fails the test, instead of hanging it, when reading blocks."""
    done = {}
    reader = threading.Thread(target=lambda: done.update(items=_read(paths)), daemon=True)
    reader.start()
    reader.join(seconds)
    assert not reader.is_alive(), f"reading {paths} did not end within {seconds} s"
    return done["items"]


def _fifo(folder):
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("where", ["given", "in a folder"])
def test_a_fifo_is_reported_in_one_line_and_never_read(tmp_path, where):
    fifo = _fifo(tmp_path)
    (tmp_path / "good.txt").write_text("Oman praised Qatar's mediation.", encoding="utf-8")
    try:
        ok, bad = _read_within([fifo] if where == "given" else [tmp_path])
    finally:
        try:  # lets a reader that did open it (the bug) go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    assert [str(b) for b in bad] == [
        f"{fifo}: a FIFO (named pipe), not a file; kg reads regular files and folders only"]
    assert [a.id for a, _ in ok] == ([] if where == "given" else ["good"])


def test_a_socket_and_a_device_are_reported_not_read(tmp_path):
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        _, bad = _read_within([path, Path("/dev/null")])
    finally:
        server.close()
    assert [b.problem.split(",")[0] for b in bad] == ["a socket", "a device"]


@pytest.mark.parametrize("bom,codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, bom, codec):
    text = "التقى وزير الخارجية الإيراني نظيره العماني في مسقط. Iran and Oman met in Muscat."
    (tmp_path / "wide.txt").write_bytes(bom + text.encode(codec))
    ok, bad = _read([tmp_path / "wide.txt"])
    assert not bad
    article, warnings = ok[0]
    assert article.text == text and warnings == []


def test_a_byte_order_mark_followed_by_garbage_is_one_error(tmp_path):
    (tmp_path / "odd.txt").write_bytes(codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00")  # past U+10FFFF
    _, bad = _read([tmp_path / "odd.txt"])
    assert str(bad[0]).startswith(f"{tmp_path / 'odd.txt'}: starts with a UTF-32 byte-order mark but is not valid")


def test_a_lone_surrogate_in_a_json_lines_row_becomes_a_replacement_character_with_a_warning(tmp_path):
    rows = ['{"id": "ok", "text": "Oman praised Qatar."}',
            '{"id": "odd", "title": "A \\udc80 title", "text": "Iran\\ud800 and Oman met.\\u0000"}']
    (tmp_path / "w.jsonl").write_text("\n".join(rows), encoding="utf-8")
    ok, bad = _read([tmp_path / "w.jsonl"])
    assert not bad
    odd = ok[1][0]
    assert odd.text == "Iran\ufffd and Oman met.\ufffd" and odd.title == "A \ufffd title"
    assert sorted(ok[1][1]) == [
        f"{tmp_path / 'w.jsonl'}:2: 1 invalid character(s) (lone surrogate or NUL) replaced with U+FFFD",
        f"{tmp_path / 'w.jsonl'}:2: 2 invalid character(s) (lone surrogate or NUL) replaced with U+FFFD",
    ]


def test_a_line_separator_inside_a_json_string_does_not_split_the_row(tmp_path):
    row = {"id": "ls", "text": "Iran and Oman met.\u2028Qatar condemned the strike.\x85\x0c"}
    (tmp_path / "w.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    ok, bad = _read([tmp_path / "w.jsonl"])
    assert not bad and [a.text for a, _ in ok] == [row["text"]]


def test_articles_record_their_path_inside_the_source_they_came_through(tmp_path, monkeypatch):
    (tmp_path / "news" / "wires").mkdir(parents=True)
    (tmp_path / "news" / "wires" / "x.txt").write_text("Oman praised Qatar.", encoding="utf-8")
    (tmp_path / "news" / "y.jsonl").write_text('{"text": "Iran and Oman met."}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for root in ("news", "./news/", str(tmp_path / "news")):
        ok, _ = _read([root])
        assert sorted(a.source for a, _ in ok) == ["wires/x.txt", "y.jsonl:1"], root
    for spelling in ("news/wires/x.txt", "./news/wires/../wires/x.txt", str(tmp_path / "news/wires/x.txt")):
        ok, _ = _read([spelling])
        assert ok[0][0].source == "x.txt", spelling


def test_the_module_examples_run():
    import doctest

    import kg.ingest

    assert doctest.testmod(kg.ingest).failed == 0
