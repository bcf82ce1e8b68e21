"""The wheel carries the ontology, lexicons, reference data and samples: an installed kg needs no checkout."""
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                          "-w", str(out), str(ROOT)], capture_output=True, text=True)
    if run.returncode != 0 and "hatchling" in run.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert run.returncode == 0, run.stderr
    return next(out.glob("kg-*.whl"))


@pytest.mark.slow
def test_wheel_holds_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("kg/_resources/ontologies/dip.ttl", "kg/_resources/ontologies/shapes/dip-shapes.ttl",
                     "kg/_resources/ontologies/context.jsonld",
                     "kg/_resources/ontologies/vocab/topics.ttl", "kg/_resources/data/reference/states.csv",
                     "kg/_resources/data/lexicons/ar/triggers.csv", "kg/_resources/data/lexicons/en/triggers.csv",
                     "kg/_resources/data/resolve/windows.csv"):
        assert required in names, required
    assert any(n.startswith("kg/_resources/ontologies/queries/") and n.endswith(".rq") for n in names)


def test_installed_copy_is_preferred_over_the_checkout(tmp_path, monkeypatch):
    from kg import resources

    fake = tmp_path / "kg"
    (fake / "_resources" / "ontologies").mkdir(parents=True)
    (fake / "_resources" / "ontologies" / "dip.ttl").write_text("# installed copy\n")
    monkeypatch.setattr(resources, "_PACKAGE_DIR", fake)
    resources.root.cache_clear()
    try:
        assert resources.root() == fake / "_resources"
    finally:
        resources.root.cache_clear()
