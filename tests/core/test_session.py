"""The session (core.project.session): its JSON is the project file. Round trips of the sample
and of a project with every part non-default, in this process and a fresh one; settings and
workshop mode where the window saves them; reading never changes anything; listeners."""

from __future__ import annotations

import copy
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from core.analysis.subset import Subset
from core.common.errors import ProjectFileError
from core.model.study import Study
from core.project.autosave import AutosaveSession, find_recoverable
from core.project.commands import (
    FACETS,
    DeleteSubset,
    SaveSubset,
    SetComparison,
    SetRules,
    SetStudy,
    SetSubset,
    settings_command,
)
from core.project.history import History
from core.project.opening import open_session
from core.project.project_file import project_from_json, read_project
from core.project.session import CHANGE_KINDS, VIEW_KEYS, WORKSHOP_KEY, Change, Session

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
SAMPLE = RESOURCES / "sample_survey.uex.json"
VIETNAM = {"firms": {"country": ["Vietnam"]}}
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}

VIEW_STATES = {  # a non-default choice in every tab
    "firms": {"sort": ["employees", "descending"], "columns": ["A1", "A2", "A6"]},
    "workers": {"sort": ["W8a", "ascending"], "search": "sewing"},
    "upgrading": {"by": "sector", "show": "shares"},
    "outcomes": {"outcome": "monthly_wage", "group": "highest_type", "breakdown": "gender"},
    "matrix": {"cutoff": "value", "value": 0.68, "rows": "skill_group", "columns": "contract"},
    "chart_builder": {"kind": "bar", "x": "country", "y": "monthly_wage", "colour": "gender",
                      "statistic": "median"},
}


@pytest.fixture
def sample(folder: Path) -> Session:
    return Session.from_project(read_project(folder / SAMPLE.name))


def _rules() -> dict:
    rules = json.loads((RESOURCES / "default_rules.json").read_text(encoding="utf-8"))
    rules["types"]["product"] = {"any": ["new_product"]}
    return rules


def _everything(session: Session) -> History:
    """Every part of the session away from its default, the way the window changes it."""
    history = History(session)
    history.push(SaveSubset("Vietnam", VIETNAM))
    history.push(SaveSubset("VN electronics", VN_ELECTRONICS))
    history.push(SaveSubset("Women", {"workers": {"gender": ["female"]},
                                      "worker_ranges": {"age": [18, 35]}}))
    history.push(SetSubset.from_session(session, VIETNAM, merge_key=FACETS))
    history.push(SetSubset.from_session(session, VN_ELECTRONICS, merge_key=FACETS))
    history.push(SetComparison.from_session(session, {"firms": {"country": ["Cambodia"]}}))
    history.push(SetRules.from_session(session, _rules()))
    history.push(settings_command(session, {"min_firms": 5, "min_workers": 20, "few_firms": 15,
                                            "share_by": ["sector"], WORKSHOP_KEY: True}))
    for view, state in VIEW_STATES.items():
        session.set_view_state(view, state)
    session.set_open_views(list(VIEW_KEYS))
    session.set_current_view("matrix")
    return history


def _fresh(session: Session, path: Path) -> Session:
    """The session as another run reads it back from ``path``."""
    return Session.from_project(read_project(path))


# ----------------------------------------------------------------------------- round trips
def test_the_sample_round_trips(sample, folder):
    path = folder / SAMPLE.name
    original = json.loads(path.read_text(encoding="utf-8"))
    out = sample.to_json(path)
    for key, value in original.items():
        assert out[key] == value, key  # every key of the file, as it was
    assert out["subsets"] == {} and out["active_subset"] is None
    assert out["comparison"] is None and out["views"] == {}
    assert out["data_files"][0]["path"] == "sample_survey.xlsx"
    again = Session.from_project(project_from_json(out, path))
    assert again.to_json(path) == out
    assert sample.rules is None and sample.settings == {} and not sample.workshop_mode
    assert sample.subset.is_empty() and sample.comparison is None and sample.current_view is None


def test_every_part_non_default_round_trips_through_the_file(sample, folder):
    _everything(sample)
    path = sample.save(folder / "all.uex.json")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["subset"] == VN_ELECTRONICS and written["active_subset"] == "VN electronics"
    assert list(written["subsets"]) == ["Vietnam", "VN electronics", "Women"]
    assert written["comparison"] == {"b": {"firms": {"country": ["Cambodia"]}}}
    assert written["rules"] == _rules()
    assert written["settings"] == {"min_firms": 5, "min_workers": 20, "few_firms": 15,
                                   "share_by": ["sector"], "workshop_mode": True}
    assert written["views"] == {"state": VIEW_STATES, "open": list(VIEW_KEYS),
                                "current": "matrix"}
    again = _fresh(sample, path)
    assert again.to_json(path) == sample.to_json(path)
    assert list(again.saved_subsets) == ["Vietnam", "VN electronics", "Women"]
    assert again.saved_subsets["Women"].worker_ranges == {"age": (18.0, 35.0)}
    assert again.subset.to_json() == VN_ELECTRONICS
    assert again.comparison.to_json() == {"firms": {"country": ["Cambodia"]}}
    assert again.rules == _rules() and again.workshop_mode
    assert again.settings == {"min_firms": 5, "min_workers": 20, "few_firms": 15,
                              "share_by": ["sector"]}
    assert WORKSHOP_KEY not in again.analysis_settings
    assert {v: again.view_state(v) for v in VIEW_KEYS if v in VIEW_STATES} == VIEW_STATES
    assert all(again.view_state(v) == {} for v in VIEW_KEYS if v not in VIEW_STATES)
    assert again.current_view == "matrix" and again.open_views == list(VIEW_KEYS)


def test_saved_in_one_process_read_in_a_fresh_one_is_the_same_session(sample, folder):
    _everything(sample)
    path = sample.save(folder / "all.uex.json")
    code = ("import json, sys\n"
            "from pathlib import Path\n"
            "from core.project.project_file import read_project\n"
            "from core.project.session import Session, session_json_text\n"
            "p = Path(sys.argv[1])\n"
            "s = Session.from_project(read_project(p))\n"
            "print(session_json_text(s, p))\n"
            "print(json.dumps([s.workshop_mode, s.current_view, s.view_state('outcomes'),"
            " list(s.saved_subsets), s.comparison.to_json(), s.analysis_settings]))\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=REPO, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=True)
    first, second = done.stdout.splitlines()
    assert json.loads(first) == sample.to_json(path)
    assert first == json.dumps(sample.to_json(path), ensure_ascii=False)  # key order too
    assert json.loads(second) == [True, "matrix", VIEW_STATES["outcomes"],
                                  ["Vietnam", "VN electronics", "Women"],
                                  {"firms": {"country": ["Cambodia"]}}, sample.analysis_settings]


def test_unknown_keys_survive_a_session(folder):
    path = folder / SAMPLE.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["my_tool"] = {"keep": [1, 2]}
    data["views"] = {"current": "upgrading", "zoom": 2, "state": {"upgrading": {"by": "sector"}}}
    data["settings"] = {"min_firms": 4, "future_setting": "x"}
    path.write_text(json.dumps(data), encoding="utf-8")
    session = Session.from_project(read_project(path))
    session.apply(SetStudy.from_session(session, copy.deepcopy(session.study)))
    new_study = copy.deepcopy(session.study)
    new_study.extra = {}  # a study straight from the import review knows no project keys
    new_study.roles["firms"].pop("region")
    session.apply(SetStudy.from_session(session, new_study))
    out = session.to_json(path)
    assert out["my_tool"] == {"keep": [1, 2]} and out["views"]["zoom"] == 2
    assert out["settings"]["future_setting"] == "x"
    assert "region" not in out["roles"]["firms"]


# ----------------------------------------------------------------------------- settings
def test_workshop_mode_is_read_and_written_inside_settings(folder):
    path = folder / SAMPLE.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["settings"] = {"min_firms": 4, "workshop_mode": True}  # as the window saves it
    path.write_text(json.dumps(data), encoding="utf-8")
    session = Session.from_project(read_project(path))
    assert session.workshop_mode
    assert session.settings == {"min_firms": 4} == session.analysis_settings
    assert session.to_json(path)["settings"] == {"min_firms": 4, "workshop_mode": True}
    session.set_workshop_mode(False)
    assert session.to_json(path)["settings"] == {"min_firms": 4}  # absent when off
    session.set_settings({"min_firms": 6, WORKSHOP_KEY: True})  # the flag is not a setting
    assert not session.workshop_mode and session.settings == {"min_firms": 6}


def test_non_finite_numbers_are_saved_as_null(sample, folder):
    sample.set_view_state("matrix", {"cutoff": "value", "value": float("nan")})
    sample.set_settings({"reference_mark": float("inf"), "min_firms": 3})
    path = sample.save(folder / "nan.uex.json")
    text = path.read_text(encoding="utf-8")

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the file")

    written = json.loads(text, parse_constant=refuse)
    assert written["views"]["state"]["matrix"] == {"cutoff": "value", "value": None}
    assert written["settings"] == {"reference_mark": None, "min_firms": 3}
    assert sample.to_json(path) == written
    assert math.isnan(sample.view_state("matrix")["value"])  # the session keeps what it was given


def test_a_value_json_cannot_hold_is_refused_in_plain_words(sample, folder):
    sample.set_view_state("outcomes", {"colour": object()})
    with pytest.raises(ProjectFileError) as info:
        sample.save(folder / "bad.uex.json")
    assert "cannot be saved" in info.value.message
    assert not (folder / "bad.uex.json").exists()


# ----------------------------------------------------------------------------- reading
def test_reading_returns_copies_and_never_changes_the_session(sample, folder):
    _everything(sample)
    before = sample.to_json(folder / "p.uex.json")
    revision = sample.revision
    sample.subset.firms["country"].append("Cambodia")
    sample.saved_subsets["Vietnam"].firms.clear()
    sample.comparison.text = "x"
    sample.rules["types"].clear()
    sample.settings["min_firms"] = 99
    sample.view_state("matrix")["value"] = 1
    project = sample.to_project()
    assert project is not sample.project
    project.subsets.clear()
    project.study.roles["firms"].clear()
    assert sample.to_json(folder / "p.uex.json") == before and sample.revision == revision


def test_to_json_does_not_touch_the_live_project(folder):
    project = read_project(folder / SAMPLE.name)
    assert project.data_files == []  # a hand-written project: no fingerprints yet
    session = Session.from_project(project)
    out = session.to_json(folder / "p.uex.json")
    assert len(out["data_files"][0]["sha256"]) == 64
    assert session.project.data_files == [] and project.data_files == []


def test_from_project_takes_a_copy(folder):
    project = read_project(folder / SAMPLE.name)
    session = Session.from_project(project)
    project.study.roles["firms"].clear()
    project.subsets["x"] = VIETNAM
    assert session.study.roles["firms"] and session.saved_subsets == {}


def test_a_saved_subset_that_cannot_be_read_is_left_out_with_a_note(folder):
    path = folder / SAMPLE.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["subsets"] = {"Good": VIETNAM, "Bad": {"colour": ["red"]}}
    path.write_text(json.dumps(data), encoding="utf-8")
    session = Session.from_project(read_project(path))
    assert list(session.saved_subsets) == ["Good"]
    assert len(session.notes) == 1 and "“Bad” could not be read" in session.notes[0]


def test_save_as_records_the_new_path_and_saves_the_current_format(sample, folder):
    sample.apply(SetSubset.from_session(sample, VIETNAM))
    assert sample.project.modified
    target = sample.save(folder / "elsewhere" / "copy")
    assert target.name == "copy.uex.json" and sample.project.path == target
    assert not sample.project.modified
    assert sample.save() == target  # Save again: the same file


def test_an_empty_session_has_no_project_until_a_study_comes(folder):
    session = Session()
    assert session.study is None and session.project is None
    with pytest.raises(ProjectFileError, match="No survey is open"):
        session.to_json()
    session.set_subset(Subset.from_json(VIETNAM))
    study = read_project(folder / SAMPLE.name).study
    session.apply(SetStudy(study, Study()))
    assert session.study.roles == study.roles
    assert session.to_json(folder / "p.uex.json")["subset"] == VIETNAM


# ----------------------------------------------------------------------------- listeners
def test_view_choices_notify_views_and_do_not_mark_the_project_changed(sample):
    heard: list[Change] = []
    sample.subscribe(heard.append)
    revision = sample.revision
    sample.set_view_state("outcomes", {"outcome": "monthly_wage"})
    sample.set_current_view("outcomes")
    sample.set_open_views(["workers", "outcomes"])
    assert [c.kinds for c in heard] == [frozenset({"views"})] * 3
    assert "views" in heard[0] and sample.revision == revision + 3
    assert not sample.project.modified
    sample.set_view_state("outcomes", {"outcome": "monthly_wage"})  # the same again
    sample.set_current_view("outcomes")
    assert len(heard) == 3 and sample.revision == revision + 3


def test_setters_notify_only_real_changes_and_unsubscribe_works(sample):
    heard: list[Change] = []
    unsubscribe = sample.subscribe(heard.append)
    sample.set_subset(Subset())
    sample.set_rules(None)
    sample.set_settings({})
    sample.set_comparison(None)
    assert heard == []
    sample.set_subset(Subset.from_json(VIETNAM))
    sample.set_comparison(Subset.from_json(VIETNAM))
    assert [set(c.kinds) for c in heard] == [{"subset"}, {"comparison"}]
    unsubscribe()
    unsubscribe()  # twice is harmless
    sample.set_rules(_rules())
    assert len(heard) == 2


def test_a_failing_listener_does_not_stop_the_others(sample):
    heard: list[Change] = []

    def broken(change: Change) -> None:
        raise RuntimeError("listener bug")

    sample.subscribe(broken)
    sample.subscribe(heard.append)
    with pytest.raises(RuntimeError, match="listener bug"):
        sample.set_subset(Subset.from_json(VIETNAM))
    assert [set(c.kinds) for c in heard] == [{"subset"}]
    assert sample.subset.to_json() == VIETNAM


def test_reset_shows_another_project_in_one_change(sample, folder):
    _everything(sample)
    heard: list[Change] = []
    sample.subscribe(heard.append)
    sample.reset(read_project(folder / SAMPLE.name))
    assert [c.kinds for c in heard] == [frozenset(CHANGE_KINDS)]
    assert sample.saved_subsets == {} and sample.rules is None and not sample.workshop_mode
    assert sample.current_view is None


def test_delete_then_undo_notifies_saved_subsets_each_time(sample):
    sample.set_saved_subsets({"Vietnam": Subset.from_json(VIETNAM)})
    history = History(sample)
    heard: list[Change] = []
    sample.subscribe(heard.append)
    history.push(DeleteSubset("Vietnam"))
    history.undo()
    history.redo()
    assert [set(c.kinds) for c in heard] == [{"saved_subsets"}] * 3


# ----------------------------------------------------------------------------- other entries
def test_open_session_of_a_project_and_of_a_data_file(folder):
    _everything(session := Session.from_project(read_project(folder / SAMPLE.name)))
    path = session.save(folder / "all.uex.json")
    opened, loaded = open_session(path)
    mine, theirs = session.to_json(path), opened.to_json(path)
    assert theirs["data_files"][0]["sha256"] == mine["data_files"][0]["sha256"]
    assert theirs["data_files"][0]["sheets"][:2] == ["Firms", "Workers"]  # now read: known
    mine.pop("data_files"), theirs.pop("data_files")
    assert theirs == mine
    assert loaded.survey.n_firms == 280
    fresh, loaded = open_session(folder / "sample_survey.xlsx")
    assert fresh.project.path is None and fresh.subset.is_empty()
    assert fresh.study.roles["firms"]["firm_id"] == loaded.study.roles["firms"]["firm_id"]


def test_autosave_of_a_session_restores_the_same_session(sample, tmp_path):
    _everything(sample)
    autosave = AutosaveSession(tmp_path / "autosave").start()
    autosave.save(sample)
    autosave._lock.close()  # the process dies: the OS drops the lock
    autosave._lock = None
    (recovery,) = find_recoverable(tmp_path / "autosave")
    restored = recovery.session()
    assert restored.to_json() == sample.to_json()
    assert restored.project.modified and restored.project.path == sample.project.path
