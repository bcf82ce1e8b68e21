"""Readers turn files into articles; bad input costs only itself, with one clear line."""
import json


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
