"""The interactive view, checked in a real headless Chromium (no mocks)."""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import typer
from typer.testing import CliRunner

from kg.graph.io import load_store
from kg.render.index import write_index
from kg.render.views import MAX_SIZE, MIN_SIZE, render_view

from .conftest import ROOT, SEED_ID, require_tool

INJECTION = "<script>window.__pwned = 1</script>"
# No name resolves, so a page that tried to load anything from the network would fail to.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return require_tool("chromium")


def run_chromium(page: Path, tmp: Path, *extra: str, fragment: str = "#selftest") -> str:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    done = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *extra,
                           page.resolve().as_uri() + fragment],
                          capture_output=True, text=True, timeout=60, check=False)
    return done.stdout


def page_data(page: Path) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"),
                      re.DOTALL)
    return json.loads(found.group(1))


class Links(HTMLParser):
    """The hrefs of a page and the elements it holds, as Chromium's DOM has them."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.add(tag)
        self.hrefs += [v for k, v in attrs if k == "href" and v]


def dom(page: Path, tmp: Path) -> tuple[str, Links]:
    """The page as Chromium parsed it, with the network off, and its links and elements."""
    text = run_chromium(page, tmp, "--dump-dom", "--virtual-time-budget=3000", fragment="")
    assert "<body" in text, text[-2000:]
    links = Links()
    links.feed(text.split("<body", 1)[1])
    return text, links


def selftest(page: Path, tmp: Path) -> dict:
    dom = run_chromium(page, tmp, "--dump-dom", "--virtual-time-budget=5000")
    found = re.search(r'<pre id="kg-selftest">(.*?)</pre>', dom, re.DOTALL)
    assert found, "the page's self-test did not run:\n" + dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def injected_build(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article and a second one whose evidence quote carries a script element."""
    from kg import build

    src = tmp_path_factory.mktemp("inject-src")
    shutil.copy(seeds / f"{SEED_ID}.txt", src / f"{SEED_ID}.txt")
    (src / "inject.txt").write_text(f"Iran and Oman signed two agreements in Muscat on 3 March 2025 {INJECTION}.\n",
                                    encoding="utf-8")
    out = tmp_path_factory.mktemp("inject-build")
    result = build([src], out, html=False)
    assert result.ok, result.failures
    return out


def test_page_is_offline_and_escaped(injected_build: Path, tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    result = render_view(load_store(injected_build), page)
    assert (result["nodes"], result["cut_nodes"]) == (4, 0)
    text = page.read_text(encoding="utf-8")
    assert INJECTION not in text and "window.__pwned" in text  # in the data, escaped
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text, re.IGNORECASE)
    assert not re.search(r"<link\b[^>]*href", text, re.IGNORECASE) and not re.search(r"url\(\s*['\"]?(?:https?:)?//", text, re.IGNORECASE)
    assert "default-src 'none'" in text  # the page's policy forbids loading anything
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL).group(1)
    assert "</" not in data
    quotes = [f["quote"] for e in json.loads(data)["edges"] for f in e["facts"]]
    assert any(INJECTION in q for q in quotes)


@pytest.mark.slow
def test_view_in_chromium(seed_build: Path, injected_build: Path, tmp_path: Path) -> None:
    chromium()
    page = tmp_path / "seed.html"
    render_view(load_store(seed_build), page)
    got = selftest(page, tmp_path)
    assert got["canvas"] is True
    assert got["drawn"] == {"nodes": 3, "edges": 2}  # Iran, Tajikistan, Israel
    assert "وفي ختام اللقاء" in got["panels"]["TJ"]  # the meeting's quote, shown for Tajikistan
    assert "000_fa529241b47a1e68" in got["panels"]["TJ"]
    assert "criticism" in got["edges"]["IL|IR"] and "انتقد نصيرزاده" in got["edges"]["IL|IR"]
    # Unticking "criticism" hides the Iran–Israel edge and Israel with it; the others keep both edges.
    assert got["filters"]["statement_criticism"] == {"nodes": 2, "edges": 1}
    assert got["filters"]["meeting"] == {"nodes": 3, "edges": 2}
    assert got["after_filters"] == got["drawn"]
    assert got["search"]["selected"] == [got["search"]["code"]]

    page = tmp_path / "inject.html"
    render_view(load_store(injected_build), page)
    got = selftest(page, tmp_path)
    assert got["pwned"] == "undefined"
    assert INJECTION in got["panels"]["OM"]  # shown literally, as text
    assert got["drawn"]["nodes"] == 4

    shots = ROOT / "outputs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "view.png"
    shot.unlink(missing_ok=True)
    run_chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,900", "--virtual-time-budget=5000",
                 fragment="#show=OM")
    assert shot.exists() and shot.stat().st_size > 10_000


def test_filters_focus_and_cut(injected_build: Path, tmp_path: Path) -> None:
    store = load_store(injected_build)
    r = render_view(store, tmp_path / "a.html", focus="OM")
    assert (r["nodes"], r["edges"]) == (2, 1)
    r = render_view(store, tmp_path / "b.html", event_types=["meeting", "visit"])
    assert (r["nodes"], r["edges"]) == (2, 1)
    r = render_view(store, tmp_path / "c.html", date_from="2025-01-01")
    assert (r["nodes"], r["edges"], r["facts"]) == (2, 1, 1)  # only the dated Oman agreement
    r = render_view(store, tmp_path / "d.html", max_nodes=2)
    assert (r["nodes"], r["cut_nodes"]) == (2, 2) and r["cut_edges"] >= 1
    meta = json.loads(re.search(r'id="kg-data">(.*?)</script>', (tmp_path / "d.html").read_text(encoding="utf-8"),
                                re.DOTALL).group(1))["meta"]
    assert (meta["cut_nodes"], meta["total_nodes"]) == (2, 4)
    r = render_view(store, tmp_path / "e.html", projection="persons")
    assert r["nodes"] >= 2
    r = render_view(store, tmp_path / "f.html", projection="memberships", focus="TJ")
    assert r["nodes"] > 2
    r = render_view(store, tmp_path / "g.html", lang="ar")
    labels = [n["label"] for n in json.loads(re.search(r'id="kg-data">(.*?)</script>',
                                                        (tmp_path / "g.html").read_text(encoding="utf-8"), re.DOTALL).group(1))["nodes"]]
    assert "إيران" in labels


def test_cli(injected_build: Path, tmp_path: Path) -> None:
    from kg.cli.view_cmd import register

    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:  # keeps "view" a subcommand
        pass

    out = tmp_path / "v.html"
    done = CliRunner().invoke(app, ["view", str(injected_build), "-o", str(out), "--types", "meeting,visit",
                                    "--lang", "ar", "--max-nodes", "5"])
    assert done.exit_code == 0, done.output
    assert out.exists() and "2 nodes, 1 edges" in done.output
    bad = CliRunner().invoke(app, ["view", str(injected_build), "-o", str(out), "--projection", "planets"])
    assert bad.exit_code == 2
    bad = CliRunner().invoke(app, ["view", str(injected_build), "-o", str(out), "--focus", "ZZ"])
    assert bad.exit_code == 2


@pytest.mark.slow
def test_small_views_are_laid_out_apart_at_a_readable_zoom(seed_build: Path, tmp_path: Path) -> None:
    """A graph of a few nodes: bounded sizes, no two nodes overlapping, and no zooming in past 1:1."""
    for name, kwargs in (("states", {}), ("events", {"projection": "events"}), ("persons", {"projection": "persons"})):
        page = tmp_path / f"{name}.html"
        render_view(load_store(seed_build), page, **kwargs)
        nodes = page_data(page)["nodes"]
        assert all(MIN_SIZE <= n["size"] <= MAX_SIZE for n in nodes)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                gap = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
                assert gap > a["size"] + b["size"], (name, a["id"], b["id"], gap)
    sizes = {n["id"]: n["size"] for n in page_data(tmp_path / "states.html")["nodes"]}
    assert sizes["IR"] > sizes["TJ"] > sizes["IL"] == MIN_SIZE and sizes["IR"] == MAX_SIZE  # by PageRank
    got = selftest(tmp_path / "states.html", tmp_path)
    assert 0 < got["scale"] <= 1


@pytest.mark.slow
def test_events_view_in_chromium(seed_build: Path, tmp_path: Path) -> None:
    page = tmp_path / "events.html"
    r = render_view(load_store(seed_build), page, projection="events")
    assert (r["nodes"], r["edges"]) == (13, 23)  # 8 events, 3 states, 2 persons
    got = selftest(page, tmp_path)
    assert got["canvas"] is True and got["drawn"] == {"nodes": 13, "edges": 23}
    assert "وفي ختام اللقاء" in got["panels"]["person:aziz-nasirzadeh"]  # the Tehran meeting he attended
    meeting = next(n["id"] for n in page_data(page)["nodes"] if n["label"] == "meeting · Tehran")
    assert "Tehran" in got["panels"][meeting] and "000_fa529241b47a1e68" in got["panels"][meeting]
    # Unticking "meeting" hides the meeting and its four edges; every actor has other events.
    assert got["filters"]["meeting"] == {"nodes": 12, "edges": 19}
    labels = {e["label"] for e in page_data(page)["edges"]}
    assert labels == {"", "initiator", "target"}


@pytest.mark.slow
def test_a_cut_view_says_what_it_cut_and_still_counts_exactly(injected_build: Path, seed_build: Path,
                                                              tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    r = render_view(load_store(injected_build), page, max_nodes=3, max_edges=1, max_facts=2)
    assert (r["nodes"], r["cut_nodes"], r["edges"], r["facts"]) == (3, 1, 1, 2)
    assert r["unlisted_facts"] == r["counted"] - 2 > 0
    got = selftest(page, tmp_path)
    assert "1 node(s) cut" in got["cut_note"] and "not listed" in got["cut_note"] and "edge(s) cut" in got["cut_note"]
    # Facts not listed still count: with none listed, the filters hide just what the full view hides.
    page = tmp_path / "unlisted.html"
    render_view(load_store(seed_build), page, max_facts=0)
    got = selftest(page, tmp_path)
    assert got["drawn"] == {"nodes": 3, "edges": 2}
    assert got["filters"]["statement_criticism"] == {"nodes": 2, "edges": 1}
    assert "6 older fact(s) not listed" in got["edges"]["IR|TJ"]


@pytest.mark.slow
def test_the_index_links_every_page_and_the_dyad_page_lists_the_events(seed_build: Path, tmp_path: Path) -> None:
    chromium()
    index = seed_build / "index.html"  # written by kg build
    assert index.exists()
    _, links = dom(index, tmp_path)
    local = {unquote(urlsplit(h).path) for h in links.hrefs}
    assert {"graph.html", "views/persons.html", "views/memberships.html", "views/events.html", "dyads/IR-TJ.html",
            "dyads/IL-IR.html", "analysis/measures.csv", "analysis/dyads.csv", "analysis/measures.json"} <= local
    assert all((seed_build / h).is_file() for h in local), [h for h in local if not (seed_build / h).is_file()]
    for view in ("graph.html", "views/events.html"):
        home = page_data(seed_build / view)["meta"]["home"]
        assert ((seed_build / view).parent / home).resolve() == index.resolve()

    text, links = dom(seed_build / "dyads" / "IR-TJ.html", tmp_path)
    assert all((seed_build / "dyads" / unquote(urlsplit(h).path)).is_file() for h in links.hrefs)
    rows = [re.sub(r"<[^>]+>", " ", r) for r in re.findall(r"<tr>(.*?)</tr>", text, re.DOTALL)]
    assert any(re.search(r"\bmeeting\b.*\bTehran\b", r, re.DOTALL) for r in rows)
    assert any(re.search(r"\bagreement\b.*\bDushanbe\s+22\b", r, re.DOTALL) for r in rows)
    assert "22 document(s) signed" in text and "Shanghai Cooperation Organisation" in text
    assert 'dir="auto"' in text

    shots = ROOT / "outputs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for page, name in ((index, "index.png"), (seed_build / "dyads" / "IR-TJ.html", "dyad-IR-TJ.png")):
        (shots / name).unlink(missing_ok=True)
        run_chromium(page, tmp_path, f"--screenshot={shots / name}", "--window-size=1280,1000",
                     "--virtual-time-budget=3000", fragment="")
        assert (shots / name).stat().st_size > 10_000


@pytest.mark.slow
def test_a_script_in_a_quote_does_not_run_on_the_dyad_page(injected_build: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_index(load_store(injected_build), out)
    page = out / "dyads" / "IR-OM.html"
    raw = page.read_text(encoding="utf-8")
    assert INJECTION not in raw and html.escape(INJECTION) in raw
    assert "<script" not in raw and "default-src 'none'" in raw  # no script of its own, none allowed
    text, links = dom(page, tmp_path)
    assert "script" not in links.tags  # the quote stayed text: no element was made of it
    assert html.escape(INJECTION, quote=False) in text  # and it is shown as written


def test_kg_view_events_and_kg_analyze_html(seed_build: Path, tmp_path: Path) -> None:
    from kg.cli import app

    out = tmp_path / "events.html"
    done = CliRunner().invoke(app, ["view", str(seed_build), "-o", str(out), "--projection", "events",
                                    "--max-nodes", "6"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("6 nodes") and "(7 nodes, " in done.output  # 13 - 6 cut
    site = tmp_path / "site"
    done = CliRunner().invoke(app, ["analyze", str(seed_build), "-q", "-o", str(tmp_path / "tables"), "--html", str(site)])
    assert done.exit_code == 0, done.output
    assert (site / "index.html").is_file() and (site / "dyads" / "IR-TJ.html").is_file()
    assert 'href="../tables/measures.csv"' in (site / "index.html").read_text(encoding="utf-8")


def test_a_person_view_of_the_most_active_says_how_many_it_left_out(seed_build: Path, tmp_path: Path) -> None:
    """Issue 15: the store picks the most active persons; the page says of how many."""
    store = load_store(seed_build)
    whole = render_view(store, tmp_path / "all.html", projection="persons")
    page = tmp_path / "top.html"
    r = render_view(store, page, projection="persons", max_nodes=1)
    meta = json.loads(re.search(r'id="kg-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.DOTALL).group(1))["meta"]
    persons = sum(1 for n in json.loads(re.search(r'id="kg-data">(.*?)</script>', (tmp_path / "all.html").read_text(
        encoding="utf-8"), re.DOTALL).group(1))["nodes"] if n["kind"] == "person")
    assert persons >= 2 and whole["cut_nodes"] == 0
    assert meta["chosen"] == f"showing the 1 most active of {persons} persons"
    assert r["nodes"] == 1 and r["cut_nodes"] == meta["total_nodes"] - 1 > 0


def test_an_edge_lists_its_latest_facts_and_counts_the_others_by_type_and_day(injected_build: Path, tmp_path: Path) -> None:
    page = tmp_path / "one.html"
    render_view(load_store(injected_build), page, max_facts=1, focus="OM")
    edge = page_data(page)["edges"][0]
    assert (edge["from"], edge["to"]) == ("IR", "OM") and edge["weight"] == len(edge["facts"]) + sum(r[2] for r in edge["rest"])
    assert [f["date"] for f in edge["facts"]] == ["2025-03-03"] and edge["facts"][0]["place"] == "Muscat"
    assert INJECTION in edge["facts"][0]["quote"] and edge["facts"][0]["tone"] > 0
