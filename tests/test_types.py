"""The extraction core type-checks: the compiled build (mypyc, ``make compiled``) refuses code that does
not, and at run time compiled code enforces the declared types that plain Python only documents."""
from __future__ import annotations

import pytest

from .conftest import ROOT

api = pytest.importorskip("mypy.api")


def test_the_extraction_core_type_checks():
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "kg" / "extract")])
    assert status == 0, out + err
