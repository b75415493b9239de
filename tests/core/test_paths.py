"""core.common.paths.resource_path: the checkout's resources/ normally, the bundle's folder when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import main
from core.analysis import minimum_wage, rules
from core.common import paths

REPO = Path(__file__).resolve().parents[2]


def test_resource_path_in_a_checkout_is_the_repo_resources_folder():
    assert paths.resource_path() == REPO / "resources"
    sample = paths.resource_path("sample_survey.uex.json")
    assert sample == REPO / "resources" / "sample_survey.uex.json"
    assert sample.is_file()


def test_every_bundled_file_the_app_reads_exists():
    for path in (main.SAMPLE_PROJECT, rules.DEFAULT_RULES_PATH, minimum_wage.DEFAULT_TABLE_PATH,
                 paths.resource_path("sample_survey.xlsx")):
        assert path.is_file(), path
        assert path.parent == paths.resource_path()


def test_frozen_with_meipass_uses_the_bundle_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.app_root() == tmp_path
    assert paths.resource_path("default_rules.json") == tmp_path / "resources" / "default_rules.json"
    assert paths.resource_path("translations", "app_vi.qm") == (
        tmp_path / "resources" / "translations" / "app_vi.qm")


def test_frozen_without_meipass_uses_the_executables_folder(monkeypatch, tmp_path):
    exe = tmp_path / "UpgradingExplorer"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.resource_path("minimum_wages.csv") == tmp_path / "resources" / "minimum_wages.csv"


def test_not_frozen_ignores_a_stray_meipass(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path() == REPO / "resources"


def test_guide_entry_point_exists_in_a_checkout():
    from core.common.paths import guide_path

    assert guide_path("html", "index.html").is_file()
