"""Projects (core.project.project_file): save/open reproduces every number, unknown keys kept, moved and
changed data files reported before recomputing, atomic saves, and one migration test per old version."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import core.model.loading
import core.project.project_file as project_mod
from core.analysis.pipeline import run_analysis
from core.common.errors import ProjectFileError
from core.model.study import PROJECT_VERSION
from core.project.opening import open_survey
from core.project.project_file import (
    MIGRATIONS,
    DataFileMissingError,
    check_project,
    open_project,
    project_from_json,
    project_from_loaded,
    read_project,
    save_project,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_XLSX = RESOURCES / "sample_survey.xlsx"
SAMPLE_PROJECT = RESOURCES / "sample_survey.uex.json"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the sample survey and its project in a fresh folder."""
    shutil.copy(SAMPLE_XLSX, tmp_path / SAMPLE_XLSX.name)
    shutil.copy(SAMPLE_PROJECT, tmp_path / SAMPLE_PROJECT.name)
    return tmp_path


def _numbers(loaded) -> dict:
    study = loaded.study
    return run_analysis(loaded.survey.firms, loaded.survey.workers, rules=study.rules,
                        subset=study.subset, settings=study.settings).to_json()


def _customise(project) -> None:
    """Everything a session may change: rules, active and named subsets, settings, views."""
    rules = json.loads((RESOURCES / "default_rules.json").read_text(encoding="utf-8"))
    rules["types"]["process"] = {"any": ["new_machinery", "automation"]}
    project.study.rules = rules
    project.study.subset = {"firms": {"country": ["Vietnam"]}}
    project.study.settings = {"few_firms": 20, "min_firms": 2, "share_by": ["sector"]}
    project.subsets = {"Vietnam": {"firms": {"country": ["Vietnam"]}},
                       "Women": {"workers": {"gender": ["female"]}}}
    project.active_subset = "Vietnam"
    project.views = {"open": ["firms", "workers", "upgrading"], "current": "upgrading",
                     "state": {"upgrading": {"by": "sector"}}}
    project.comparison = {"b": {"firms": {"country": ["Cambodia"]}}}


def test_save_and_reopen_on_a_second_machine_reproduces_every_number(folder, tmp_path_factory):
    first = open_project(folder / SAMPLE_PROJECT.name)
    assert first.changed_files == [] and first.relocated == []
    _customise(first.project)
    saved = save_project(first.project, folder / "study.uex.json")
    expected = _numbers(first.loaded)

    # "Second machine": another folder, another absolute path; the project and its data move.
    other = tmp_path_factory.mktemp("elsewhere") / "deep" / "folder"
    other.mkdir(parents=True)
    for name in (SAMPLE_XLSX.name, "study.uex.json"):
        shutil.copy(folder / name, other / name)
    shutil.rmtree(folder)
    again = open_project(other / "study.uex.json")
    assert again.changed_files == [] and again.relocated == []
    assert again.project.views == first.project.views
    assert again.project.comparison == {"b": {"firms": {"country": ["Cambodia"]}}}
    assert again.project.subsets == first.project.subsets
    assert again.project.active_subset == "Vietnam"
    assert again.project.study.rules == first.project.study.rules
    assert _numbers(again.loaded) == expected
    written = json.loads((other / "study.uex.json").read_text(encoding="utf-8"))
    assert written["firms"]["path"] == SAMPLE_XLSX.name  # relative to the project
    assert written["data_files"][0]["path"] == SAMPLE_XLSX.name
    assert len(written["data_files"][0]["sha256"]) == 64
    assert written["data_files"][0]["sheets"][:2] == ["Firms", "Workers"]
    assert saved.name == "study.uex.json"


def test_unknown_keys_are_kept_top_level_and_inside_entries(folder):
    path = folder / SAMPLE_PROJECT.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["my_tool"] = {"notes": ["keep me"], "n": 3}
    data["firms"]["colour"] = "blue"
    path.write_text(json.dumps(data), encoding="utf-8")
    project = read_project(path)
    save_project(project, folder / "out.uex.json")
    out = json.loads((folder / "out.uex.json").read_text(encoding="utf-8"))
    assert out["my_tool"] == {"notes": ["keep me"], "n": 3}
    assert out["firms"]["colour"] == "blue"
    for key in ("format", "version", "firms", "workers", "roles", "missing_codes", "value_maps",
                "rules", "subset", "settings"):
        assert key in out  # the DESIGN.md stable part is always written
    assert out["comparison"] is None  # A vs B off


def test_a_moved_data_file_is_found_beside_the_project(folder, tmp_path_factory):
    project = open_project(folder / SAMPLE_PROJECT.name).project
    elsewhere = tmp_path_factory.mktemp("data")
    shutil.move(folder / SAMPLE_XLSX.name, elsewhere / SAMPLE_XLSX.name)
    save_project(project, folder / "p.uex.json")  # recorded path: the old place... now moved
    data = json.loads((folder / "p.uex.json").read_text(encoding="utf-8"))
    data["firms"]["path"] = data["workers"]["path"] = "../gone/" + SAMPLE_XLSX.name
    data["data_files"][0]["path"] = "../gone/" + SAMPLE_XLSX.name
    (folder / "p.uex.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(elsewhere / SAMPLE_XLSX.name, folder / SAMPLE_XLSX.name)
    result = open_project(folder / "p.uex.json")
    assert [r.how for r in result.relocated] == ["beside the project"]
    assert "was not at" in result.notes[0]
    assert result.changed_files == []
    assert result.project.modified
    assert Path(result.project.study.firms.path) == folder / SAMPLE_XLSX.name


def test_a_missing_data_file_is_asked_for_then_used(folder, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("moved")
    shutil.move(folder / SAMPLE_XLSX.name, elsewhere / "renamed.xlsx")
    with pytest.raises(DataFileMissingError) as info:
        check_project(folder / SAMPLE_PROJECT.name)
    err = info.value
    assert isinstance(err, ProjectFileError)
    assert [m.name for m in err.missing] == [SAMPLE_XLSX.name]
    assert err.missing[0].sides == ["firms", "workers"]
    assert "not found" in err.message and "you will be asked" in err.message
    chosen = {err.missing[0].recorded: elsewhere / "renamed.xlsx"}
    result = open_project(folder / SAMPLE_PROJECT.name, chosen)
    assert [r.how for r in result.relocated] == ["chosen by you"]
    assert result.loaded.survey.n_firms == 280


def test_a_changed_data_file_is_reported_before_anything_is_recomputed(folder, monkeypatch):
    project = open_project(folder / SAMPLE_PROJECT.name).project
    save_project(project, folder / "p.uex.json")
    with open(folder / SAMPLE_XLSX.name, "ab") as fh:  # same name, different bytes
        fh.write(b"\0")
    calls = []
    monkeypatch.setattr(core.model.loading, "read_source", lambda *a, **k: calls.append(a))
    check = check_project(folder / "p.uex.json")
    assert calls == []  # step 1 only hashes: nothing read, nothing recomputed
    assert len(check.changed_files) == 1
    message = check.changed_files[0].message
    assert SAMPLE_XLSX.name in message and "has changed since the project was saved" in message
    assert "97,583 bytes" in message or "bytes" in message


def test_hand_written_project_without_fingerprints_opens_and_is_unverified(folder):
    check = check_project(folder / SAMPLE_PROJECT.name)
    assert check.unverified == [folder / SAMPLE_XLSX.name]
    result = check.load()
    assert result.project.data_files[0].sha256 == result.loaded.sources[0].sha256


def test_project_from_a_data_file_records_what_was_read(folder):
    loaded = open_survey(folder / SAMPLE_XLSX.name)
    project = project_from_loaded(loaded)
    assert project.path is None and project.title == "Untitled project"
    save_project(project, folder / "new")  # the suffix is added
    written = json.loads((folder / "new.uex.json").read_text(encoding="utf-8"))
    assert written["data_files"][0]["sha256"] == loaded.sources[0].sha256
    assert read_project(folder / "new.uex.json").study.roles == loaded.study.roles


def test_save_is_atomic_a_failed_write_keeps_the_old_file(folder, monkeypatch):
    project = read_project(folder / SAMPLE_PROJECT.name)
    target = folder / "p.uex.json"
    save_project(project, target)
    before = target.read_bytes()
    project.views = {"open": ["firms"]}

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_mod.os, "replace", boom)
    with pytest.raises(ProjectFileError, match="could not be saved"):
        save_project(project, target)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def test_save_refuses_to_overwrite_a_data_file(folder):
    project = read_project(folder / SAMPLE_PROJECT.name)
    project.study.firms.path = folder / "x.json"
    with pytest.raises(ProjectFileError, match="its own data file"):
        save_project(project, folder / "x.json")


# ----------------------------------------------------------------------------- versions
V0_EXAMPLE = {
    "format": "upgrading-explorer-project", "version": 0,
    "data": {"path": SAMPLE_XLSX.name, "firm_sheet": "Firms", "worker_sheet": "Workers",
             "header_rows": {"Firms": 3, "Workers": 3}},
    "mapping": {"firm": {"firm_id": "A1", "country": "A2", "new_machinery": "C1"},
                "worker": {"firm_id": "W1", "gender": "W2"}},
    "missing": {"firm": {"C1": [9]}, "worker": {}},
    "recodes": {"firm": {}, "worker": {"W2": {"1": "male", "2": "female"}}},
    "rules": None,
    "filter": {"firms": {"country": ["Vietnam"]}},
    "saved_filters": {"VN": {"firms": {"country": ["Vietnam"]}}},
    "options": {"few_firms": 25},
    "sha256": {},
    "comment": "kept",
}
OLD_VERSIONS = {0: V0_EXAMPLE}
"""One example project per older format version (add one with each new migration)."""


def test_every_old_version_has_a_migration_and_an_example():
    assert sorted(MIGRATIONS) == list(range(PROJECT_VERSION))
    assert sorted(OLD_VERSIONS) == list(range(PROJECT_VERSION))


@pytest.mark.parametrize("version", sorted(OLD_VERSIONS))
def test_old_version_migrates_opens_and_saves_as_current(folder, version):
    path = folder / f"old_v{version}.uex.json"
    path.write_text(json.dumps(OLD_VERSIONS[version]), encoding="utf-8")
    result = open_project(path)
    project = result.project
    assert project.migrated_from == version and project.modified
    assert "older format" in result.notes[0]
    assert project.study.roles["firms"]["country"] == "A2"
    assert project.study.missing_codes["firms"] == {"C1": [9]}
    assert project.study.value_maps["workers"]["W2"] == {"1": "male", "2": "female"}
    assert project.study.firms.header_row == 3 and project.study.workers.sheet == "Workers"
    assert project.study.subset == {"firms": {"country": ["Vietnam"]}}
    assert project.subsets == {"VN": {"firms": {"country": ["Vietnam"]}}}
    assert project.study.settings == {"few_firms": 25}
    assert result.loaded.survey.n_firms == 280
    assert set(result.loaded.survey.workers["gender"].dropna().unique()) <= {"male", "female"}
    save_project(project, path)
    out = json.loads(path.read_text(encoding="utf-8"))
    assert out["version"] == PROJECT_VERSION and out["comment"] == "kept"
    assert "mapping" not in out and "data" not in out
    assert read_project(path).migrated_from is None


def test_version_0_csv_pair_with_worker_path(tmp_path):
    data = {"format": "upgrading-explorer-project",  # no "version": the pre-release files
            "data": {"path": "firms.csv", "worker_path": "workers.csv"},
            "mapping": {"firm": {"firm_id": "id"}, "worker": {"firm_id": "fid"}}}
    project = project_from_json(data, tmp_path / "p.uex.json")
    assert project.migrated_from == 0
    assert project.study.firms.path == tmp_path / "firms.csv" and project.study.firms.sheet is None
    assert project.study.workers.path == tmp_path / "workers.csv"


@pytest.mark.parametrize("data, words", [
    ({"format": "upgrading-explorer-project", "version": PROJECT_VERSION + 1}, "newer"),
    ({"format": "upgrading-explorer-project", "version": "one"}, "not a number"),
    ({"format": "upgrading-explorer-project", "version": 0}, '"data"'),
    ({"format": "something else"}, "not an Upgrading Explorer project"),
    ([1, 2], "not an Upgrading Explorer project"),
])
def test_unreadable_versions_say_what_to_do(tmp_path, data, words):
    with pytest.raises(ProjectFileError) as info:
        project_from_json(data, tmp_path / "p.uex.json")
    assert words in info.value.message


def test_malformed_own_keys_are_clear(folder):
    data = json.loads((folder / SAMPLE_PROJECT.name).read_text(encoding="utf-8"))
    for key, value, words in (("data_files", {"a": 1}, "must be a list"),
                              ("subsets", {"x": 3}, "subsets"),
                              ("views", [1], "views"),
                              ("comparison", {"a": {}}, "comparison"),
                              ("comparison", [1], "comparison")):
        with pytest.raises(ProjectFileError, match=words):
            project_from_json({**data, key: value}, folder / "p.uex.json")


def test_minimum_wage_table_path_is_relative_in_the_file(folder):
    project = read_project(folder / SAMPLE_PROJECT.name)
    table = folder / "tables" / "mw.csv"
    table.parent.mkdir()
    shutil.copy(RESOURCES / "minimum_wages.csv", table)
    project.study.settings = {"minimum_wage_table": str(table)}
    save_project(project, folder / "p.uex.json")
    out = json.loads((folder / "p.uex.json").read_text(encoding="utf-8"))
    assert out["settings"]["minimum_wage_table"] == "tables/mw.csv"
    again = read_project(folder / "p.uex.json")
    assert Path(again.study.settings["minimum_wage_table"]) == table
    assert os.path.isabs(again.study.settings["minimum_wage_table"])


def test_non_finite_numbers_are_written_as_null(folder):
    project = read_project(folder / SAMPLE_PROJECT.name)
    project.study.settings = {"days_per_month": float("nan"), "few_firms": 30}
    project.views = {"state": {"matrix": {"value": float("-inf")}}}
    path = save_project(project, folder / "p.uex.json")

    def refuse(name):
        raise AssertionError(f"{name} written")

    out = json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)
    assert out["settings"] == {"days_per_month": None, "few_firms": 30}
    assert out["views"]["state"]["matrix"] == {"value": None}


def test_save_fsyncs_the_file_and_then_its_folder(folder, monkeypatch):
    import stat

    kinds = []
    real = os.fsync

    def fsync(fd):
        kinds.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(project_mod.os, "fsync", fsync)
    save_project(read_project(folder / SAMPLE_PROJECT.name), folder / "p.uex.json")
    assert kinds == (["file"] if os.name == "nt" else ["file", "folder"])


def test_numpy_numbers_and_tuples_in_settings_save_as_plain_json(folder):
    import numpy as np

    project = read_project(folder / SAMPLE_PROJECT.name)
    project.study.settings = {"min_firms": np.int64(4), "days_per_month": np.float64(26.5),
                              "use_weights": np.bool_(False), "share_by": ("sector",),
                              "cut": np.array([0.5, np.nan])}
    path = save_project(project, folder / "p.uex.json")
    out = json.loads(path.read_text(encoding="utf-8"))
    assert out["settings"] == {"min_firms": 4, "days_per_month": 26.5, "use_weights": False,
                               "share_by": ["sector"], "cut": [0.5, None]}
    assert type(out["settings"]["use_weights"]) is bool
