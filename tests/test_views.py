"""The interactive view, checked in a real headless Chromium (no mocks)."""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.graph.io import load_store
from kg.render.views import render_view

from .conftest import ROOT, SEED_ID, require_tool

INJECTION = "<script>window.__pwned = 1</script>"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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
