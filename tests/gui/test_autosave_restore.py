"""Autosave survives a real crash: a child process opens a project, changes it, autosaves through
gui.autosave and is killed with SIGKILL; the next start detects the unclean exit and restores
identical state and identical numbers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.analysis.pipeline import run_analysis
from core.project.autosave import find_recoverable
from core.project.project_file import check_data_files, read_project
from gui.autosave import AutosaveController, offer_restore

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"

CHILD = textwrap.dedent("""
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    from core.analysis.pipeline import run_analysis
    from core.project.project_file import open_project
    from gui.autosave import AutosaveController

    app = QApplication([])
    project_path, folder, expected = sys.argv[2], sys.argv[3], sys.argv[4]
    opened = open_project(project_path)
    project = opened.project
    controller = AutosaveController(folder, snapshot=lambda: project)
    controller.start()
    # The session's changes: study, rules, subsets, settings, views.
    project.study.roles["workers"].pop("piece_rate", None)
    project.study.missing_codes["firms"]["A6"] = [9999]
    project.study.rules = {"types": {"process": {"any": ["new_machinery", "automation"]},
                                     "product": {"any": ["new_product"]}}}
    project.study.subset = {"firms": {"country": ["Thailand"]}}
    project.study.settings = {"few_firms": 10, "min_firms": 2}
    project.subsets = {"Thailand": {"firms": {"country": ["Thailand"]}}}
    project.active_subset = "Thailand"
    project.views = {"open": ["firms", "outcomes"], "current": "outcomes"}
    survey = opened.loaded.survey
    numbers = run_analysis(survey.firms, survey.workers, rules=project.study.rules,
                           subset=project.study.subset, settings=project.study.settings)

    def report(path):
        with open(expected, "w", encoding="utf-8") as fh:
            json.dump({"project": project.to_json(None), "n_firms": numbers.n_firms,
                       "summary": numbers.to_json()["upgrading_summary"]}, fh)
        print("SAVED", path, flush=True)

    controller.saved.connect(report)
    controller.note_change()
    app.exec()  # runs until killed
""")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    for name in ("sample_survey.xlsx", "sample_survey.uex.json"):
        shutil.copy(RESOURCES / name, tmp_path / name)
    return tmp_path / "sample_survey.uex.json"


def _run_and_kill(tmp_path: Path, project: Path, folder: Path) -> dict:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    expected = tmp_path / "expected.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(script), str(REPO), str(project), str(folder),
                              str(expected)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("SAVED") or not line:
                break
        assert line.startswith("SAVED"), child.stderr.read()
        assert child.poll() is None  # still running, mid-session
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode != 0
    return json.loads(expected.read_text(encoding="utf-8"))


def test_killed_session_is_detected_and_restored_identically(qtbot, tmp_path, project_copy):
    folder = tmp_path / "user-data" / "autosave"
    expected = _run_and_kill(tmp_path, project_copy, folder)
    assert len(list(folder.glob("session-*.lock"))) == 1  # the crash marker was left behind

    found = find_recoverable(folder)
    assert len(found) == 1 and found[0].project_path == project_copy.resolve()

    asked = []
    controller = AutosaveController(folder, snapshot=lambda: None)
    controller.start()
    project = offer_restore(None, folder, controller=controller,
                            ask=lambda parent, rec: asked.append(rec.title) or True)
    assert asked == ["sample_survey.uex.json"]
    assert project is not None and project.modified
    assert project.path == project_copy.resolve()
    assert project.to_json(None) == expected["project"]  # identical state
    assert read_project(project_copy).study.subset == {}  # the project file was not touched

    # The restored state lives in this session's autosave before the old one is deleted.
    assert controller.autosave_path.is_file()
    assert find_recoverable(folder) == []

    result = check_data_files(project).load()
    assert result.changed_files == []
    survey = result.loaded.survey
    numbers = run_analysis(survey.firms, survey.workers, rules=project.study.rules,
                           subset=project.study.subset, settings=project.study.settings)
    assert numbers.n_firms == expected["n_firms"]
    assert numbers.to_json()["upgrading_summary"] == expected["summary"]
    assert "piece_rate" not in survey.workers.columns
    controller.stop(clean=True)
    assert list(folder.iterdir()) == []


def test_declining_the_restore_discards_it(qtbot, tmp_path, project_copy):
    folder = tmp_path / "autosave"
    _run_and_kill(tmp_path, project_copy, folder)
    assert offer_restore(None, folder, ask=lambda parent, rec: False) is None
    assert find_recoverable(folder) == [] and list(folder.iterdir()) == []


def test_controller_saves_on_change_and_on_the_timer(qtbot, tmp_path, project_copy):
    project = read_project(project_copy)
    controller = AutosaveController(tmp_path / "a", snapshot=lambda: project, interval_ms=50)
    controller.start()
    with qtbot.waitSignal(controller.saved, timeout=2000):
        for _ in range(5):  # a burst of changes: coalesced
            controller.note_change()
    assert controller.saves == 1
    with qtbot.waitSignal(controller.saved, timeout=2000):  # the timer, without a change
        pass
    controller.project_saved()
    assert not controller.autosave_path.exists()
    controller.stop(clean=True)
    assert not controller.session.lock_path.exists()


def test_a_failing_snapshot_is_reported_not_raised(qtbot, tmp_path):
    def broken():
        raise ValueError("state not serialisable")

    controller = AutosaveController(tmp_path, snapshot=broken)
    controller.start()
    with qtbot.waitSignal(controller.failed, timeout=2000) as blocker:
        controller.note_change()
    assert "could not be autosaved" in blocker.args[0]
    controller.stop()
