"""Autosave without Qt: atomic writes, read back, crash marker, unclean-exit detection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import core.project.project_file as project_mod
from core.project.autosave import AUTOSAVE_FORMAT, AutosaveSession, autosave_folder, find_recoverable
from core.project.project_file import read_project

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture
def project(tmp_path: Path):
    for name in ("sample_survey.xlsx", "sample_survey.uex.json"):
        shutil.copy(RESOURCES / name, tmp_path / name)
    p = read_project(tmp_path / "sample_survey.uex.json")
    p.study.subset = {"firms": {"sector": ["apparel"]}}
    p.subsets = {"Apparel": {"firms": {"sector": ["apparel"]}}}
    p.views = {"open": ["firms", "upgrading"], "current": "upgrading"}
    return p


def test_folder_is_inside_the_data_folder(tmp_path):
    assert autosave_folder(tmp_path) == tmp_path / "autosave"


def test_clean_exit_leaves_nothing_to_restore(tmp_path, project):
    folder = tmp_path / "data"
    session = AutosaveSession(folder).start()
    session.save(project)
    assert session.autosave_path.is_file() and session.lock_path.is_file()
    session.close()
    assert list(folder.iterdir()) == []
    assert find_recoverable(folder) == []


def test_a_running_session_is_not_offered(tmp_path, project):
    session = AutosaveSession(tmp_path).start()
    session.save(project)
    assert find_recoverable(tmp_path) == []  # its lock is held: another window is open
    session.close()


def test_unclean_exit_is_detected_and_state_read_back_exactly(tmp_path, project):
    session = AutosaveSession(tmp_path).start()
    path = session.save(project)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["format"] == AUTOSAVE_FORMAT
    assert record["project_path"] == str(project.path.resolve())
    # Simulate the process dying: the OS drops the lock, nothing is cleaned up.
    session._lock.close()
    session._lock = None
    found = find_recoverable(tmp_path)
    assert [r.session_id for r in found] == [session.session_id]
    restored = found[0].project()
    assert restored.to_json(None) == project.to_json(None)
    assert restored.path == project.path and restored.modified
    assert found[0].title == "sample_survey.uex.json"
    found[0].discard()
    assert find_recoverable(tmp_path) == [] and list(tmp_path.glob("session-*")) == []


def test_unsaved_project_restores_without_a_path(tmp_path, project):
    project.path = None
    session = AutosaveSession(tmp_path / "a").start()
    session.save(project)
    session._lock.close()
    session._lock = None
    rec = find_recoverable(tmp_path / "a")[0]
    assert rec.project_path is None and rec.title == "an unsaved project"
    restored = rec.project()
    assert restored.path is None
    assert restored.study.subset == {"firms": {"sector": ["apparel"]}}


def test_newest_first_and_a_dead_marker_without_autosave_is_cleared(tmp_path, project):
    old = AutosaveSession(tmp_path, "old").start()
    old.save(project)
    new = AutosaveSession(tmp_path, "new").start()
    project.views = {"open": ["firms"]}
    new.save(project)
    empty = AutosaveSession(tmp_path, "empty").start()
    for s in (old, new, empty):
        s._lock.close()
        s._lock = None
    found = find_recoverable(tmp_path)
    assert [r.session_id for r in found] == ["new", "old"]
    assert not (tmp_path / "session-empty.lock").exists()


def test_a_failed_write_keeps_the_previous_autosave(tmp_path, project, monkeypatch):
    session = AutosaveSession(tmp_path).start()
    session.save(project)
    before = session.autosave_path.read_bytes()
    monkeypatch.setattr(project_mod.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError(5)))
    project.views = {"open": []}
    with pytest.raises(OSError):
        session.save(project)
    assert session.autosave_path.read_bytes() == before
    assert [p for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    monkeypatch.undo()
    session.close()


def test_an_unreadable_autosave_is_set_aside_not_deleted(tmp_path):
    (tmp_path / "session-x.lock").write_text("")
    (tmp_path / "session-x.uex.json").write_text("{half a fi", encoding="utf-8")
    assert find_recoverable(tmp_path) == []
    assert (tmp_path / "session-x.uex.unreadable").is_file()


def test_two_sessions_do_not_share_a_marker(tmp_path):
    a = AutosaveSession(tmp_path, "same").start()
    with pytest.raises(RuntimeError):
        AutosaveSession(tmp_path, "same").start()
    a.close()
