from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_ID = "000_fa529241b47a1e68"


def write_two_articles(folder: Path) -> Path:
    """Two one-line articles, a (an agreement between Iran and Oman) and b (a condemnation), in ``folder``/src."""
    src = folder / "src"
    src.mkdir()
    (src / "a.txt").write_text("Iran and Oman signed three agreements in Muscat on Monday.", encoding="utf-8")
    (src / "b.txt").write_text("Qatar condemned Israel's strike.", encoding="utf-8")
    return src


def require_tool(name: str) -> str:
    """Path of an external program; in CI a missing one is a failure, elsewhere a skip."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not (SEEDS / f"{SEED_ID}.txt").exists():
        if os.environ.get("CI"):
            pytest.fail(f"seed article missing: {SEEDS}")
        pytest.skip("shared seeds not present")
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once for the whole session (read-only for tests)."""
    from kg import build

    out = tmp_path_factory.mktemp("seed-build")
    result = build([seeds], out)
    assert result.ok, result.failures
    return out


@pytest.fixture(scope="session")
def mini_reference():
    from kg.reference import load_reference

    return load_reference(FIXTURES / "reference-mini")


def graph_files(out: Path) -> dict[str, bytes]:
    """The bytes of every graph file of a build folder, by path: what two equal builds share."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "graphs").rglob("*.nq"))}


def report_without_timing(out: Path) -> dict:
    """``report.json`` without the one entry that differs between equal builds (the run's seconds)."""
    import json

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    report["last_run"].pop("seconds")
    return report


def folder_report(out: Path) -> dict:
    """``report.json`` without its ``last_run``: what it says of the whole folder."""
    import json

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    report.pop("last_run")
    return report
