"""Fixtures shared by the core tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled sample project and workbook (tests write beside it, never in resources/)."""
    for name in ("sample_survey.xlsx", "sample_survey.uex.json"):
        shutil.copy(RESOURCES / name, tmp_path / name)
    return tmp_path
