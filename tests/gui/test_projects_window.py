"""Projects in the window (issue 6): save and reopen to identical numbers, moved and changed data
files, the autosave, the restore offer at start, the crash guard, the selftest failing fast."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from core.project.autosave import AutosaveSession, autosave_folder, find_recoverable
from core.project.project_file import ProjectCheck, read_project, save_project
from gui import app as gui_app
from gui import survey_loader
from gui.autosave import AutosaveController
from gui.controllers import analysis_controller
from gui.crash_guard import install_crash_guard
from gui.main_window import MainWindow
from gui.settings_store import data_dir, flush_log, log_path
from gui.survey_loader import load_for_window

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
SAMPLE_PROJECT = RESOURCES / "sample_survey.uex.json"
RULES = {"types": {"process": {"any": ["new_machinery", "automation"]},
                   "product": {"any": ["new_product"]}}}
SETTINGS = {"min_firms": 5, "min_workers": 20, "few_firms": 40}


def copy_sample(folder: Path, extra: dict | None = None, fingerprints: bool = False) -> Path:
    """The bundled sample project and workbook in ``folder`` (optionally with extra keys; with
    ``fingerprints``, saved once by core so it records the workbook's SHA-256)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(RESOURCES / "sample_survey.xlsx", folder / "sample_survey.xlsx")
    data = json.loads(SAMPLE_PROJECT.read_text(encoding="utf-8"))
    data.update(extra or {})
    target = folder / "study.uex.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    if fingerprints:
        save_project(read_project(target))
    return target


def new_window(qtbot) -> MainWindow:
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(window)
    return window


def open_and_settle(qtbot, window: MainWindow, path: Path) -> None:
    """Open ``path`` and wait until the views show the analysis of the project's state."""
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(path)
    assert opened.args == [True]
    settle(qtbot, window)


def settle(qtbot, window: MainWindow) -> None:
    def ready() -> bool:
        result = window.current_result()[0]
        return (result is not None and not window.analysis_controller.is_busy()
                and result.subset.to_json() == window.current_subset().to_json()
                and result.rules == (window.current_rules() or result.rules)
                and all(getattr(result.settings, k) == v
                        for k, v in window.analysis_settings().items()
                        if hasattr(result.settings, k)))
    qtbot.waitUntil(ready, timeout=30_000)


def upgrading_json(window: MainWindow) -> str:
    """The core result behind the upgrading view, as JSON."""
    window.refresh_views()
    result = window.upgrading_view.result
    assert result is not None
    return json.dumps(result.to_json(), sort_keys=True, default=str)


def test_a_saved_project_reopens_in_a_new_window_with_identical_numbers(qtbot, tmp_path,
                                                                       monkeypatch):
    source = copy_sample(tmp_path / "work", extra={"x_team_note": {"owner": "Lan"}})
    first = new_window(qtbot)
    open_and_settle(qtbot, first, source)
    assert first.project is not None and first.project.path == source
    assert not first.is_modified()

    panel = first.subset_panel
    panel.set_value_checked("country", "Vietnam", True)
    panel.save_current("Vietnam")
    panel.set_value_checked("sector", "electronics", True)
    first.set_rules(RULES)
    first.set_project_settings(SETTINGS)
    first.tabs.setCurrentWidget(first.upgrading_view)
    settle(qtbot, first)
    assert first.is_modified() and "not saved" in first.windowTitle()
    expected = upgrading_json(first)
    assert json.loads(expected)["settings"]["min_firms"] == 5

    target = tmp_path / "elsewhere" / "mine.uex.json"
    target.parent.mkdir()
    monkeypatch.setattr(first, "choose_project_path", lambda: target)
    assert first.save_project(ask=True) == target
    assert not first.is_modified() and "not saved" not in first.windowTitle()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["x_team_note"] == {"owner": "Lan"}  # unknown keys are kept
    assert saved["firms"]["path"] == "../work/sample_survey.xlsx"  # relative to the project
    assert saved["subset"] == {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}
    assert saved["subsets"] == {"Vietnam": {"firms": {"country": ["Vietnam"]}}}
    assert saved["rules"] == RULES and saved["settings"] == SETTINGS
    assert saved["views"]["current"] == "upgrading"
    assert saved["data_files"][0]["sha256"]
    assert not list(target.parent.glob("*.tmp"))  # written atomically

    second = new_window(qtbot)
    open_and_settle(qtbot, second, target)
    assert second.project_path() == target
    assert second.current_subset().to_json() == first.current_subset().to_json()
    assert list(second.subset_panel.saved_subsets()) == ["Vietnam"]
    assert second.current_rules() == RULES
    assert second.project_settings() == SETTINGS
    assert second.tabs.currentWidget() is second.upgrading_view
    assert upgrading_json(second) == expected  # identical numbers
    assert not second.is_modified()


def test_a_moved_data_file_is_asked_for_and_the_project_opens(qtbot, tmp_path, monkeypatch):
    project = copy_sample(tmp_path / "old")
    moved = tmp_path / "new place" / "survey 2024 (final).xlsx"
    moved.parent.mkdir()
    shutil.move(tmp_path / "old" / "sample_survey.xlsx", moved)
    window = new_window(qtbot)
    asked: list[str] = []

    def choose(missing):
        asked.append(missing.name)
        return moved

    monkeypatch.setattr(window, "choose_data_file", choose)
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(project)
    assert opened.args == [True] and asked == ["sample_survey.xlsx"]
    assert window.firms_model.rowCount() == 280
    assert Path(window.project.study.firms.path) == moved
    assert window.is_modified()  # the new place is saved with the project
    assert window.save_project() == project
    assert read_project(project).study.firms.path == moved


def test_cancelling_the_question_for_a_missing_file_keeps_the_window_as_it_was(qtbot, tmp_path,
                                                                               monkeypatch):
    project = copy_sample(tmp_path / "old")
    (tmp_path / "old" / "sample_survey.xlsx").unlink()
    window = new_window(qtbot)
    monkeypatch.setattr(window, "choose_data_file", lambda missing: None)
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(project)
    assert opened.args == [False] and window.project is None and not window.survey_title()


def change_workbook(path: Path) -> None:
    """Open the survey in a spreadsheet program and save it again: same data, other bytes."""
    book = openpyxl.load_workbook(path)
    book.properties.lastModifiedBy = "Minh"
    book.save(path)


def test_a_changed_data_file_is_reported_before_anything_is_recomputed(qtbot, tmp_path,
                                                                       monkeypatch):
    window = new_window(qtbot)
    first = copy_sample(tmp_path / "first")
    open_and_settle(qtbot, window, first)
    before = (window.survey_title(), window.project, upgrading_json(window))

    other = copy_sample(tmp_path / "second", fingerprints=True)
    change_workbook(tmp_path / "second" / "sample_survey.xlsx")
    events: list[str] = []
    real_load = ProjectCheck.load
    real_derived = survey_loader.compute_derived
    monkeypatch.setattr(ProjectCheck, "load",
                        lambda self, *a, **k: (events.append("load"), real_load(self, *a, **k))[1])
    monkeypatch.setattr(survey_loader, "compute_derived",
                        lambda *a, **k: (events.append("derive"), real_derived(*a, **k))[1])
    monkeypatch.setattr(analysis_controller, "run_analysis_pair",
                        lambda *a, **k: events.append("analysis"))
    shown: list[list[str]] = []

    def confirm(check) -> bool:
        shown.append([c.path.name for c in check.changed_files])
        events.append("asked")
        return False  # Cancel

    monkeypatch.setattr(window, "confirm_changed_files", confirm)
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(other)
    assert opened.args == [False]
    assert shown == [["sample_survey.xlsx"]] and events == ["asked"]  # nothing recomputed
    assert (window.survey_title(), window.project, upgrading_json(window)) == before
    assert window.project_path() == first

    # Continue: now it opens, computed from the file as it is, and says so
    monkeypatch.setattr(window, "confirm_changed_files",
                        lambda check: events.append("asked") or True)
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(other)
    assert opened.args == [True]
    assert events[:3] == ["asked", "asked", "load"]
    assert window.project_path() == other and window.is_modified()


def test_the_changed_file_message_is_in_plain_words(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from core.project.project_file import check_project

    project = copy_sample(tmp_path / "p", fingerprints=True)
    change_workbook(tmp_path / "p" / "sample_survey.xlsx")
    check = check_project(project)
    window = new_window(qtbot)
    seen: dict[str, str] = {}

    def answer() -> None:
        box = window.findChild(QMessageBox, "changedDataBox")
        seen["text"], seen["more"] = box.text(), box.informativeText()
        box.reject()

    QTimer.singleShot(0, answer)
    assert window.confirm_changed_files(check) is False
    assert "sample_survey.xlsx" in seen["text"] and "changed since" in seen["text"]
    assert "Cancel" in seen["more"]


def test_autosave_is_written_after_a_subset_change_and_dropped_on_save(qtbot, tmp_path,
                                                                      monkeypatch):
    project = copy_sample(tmp_path / "p")
    window = new_window(qtbot)
    folder = autosave_folder(data_dir())
    controller = AutosaveController(folder, snapshot=window.autosave_snapshot, parent=window)
    controller.start()
    window.set_autosave(controller)
    open_and_settle(qtbot, window, project)
    assert not controller.autosave_path.exists()  # nothing changed yet: nothing to keep

    with qtbot.waitSignal(controller.saved, timeout=5_000):
        window.subset_panel.set_value_checked("country", "Thailand", True)
    record = json.loads(controller.autosave_path.read_text(encoding="utf-8"))
    assert record["project"]["subset"] == {"firms": {"country": ["Thailand"]}}
    assert record["project_path"] == str(project.resolve())

    with qtbot.waitSignal(controller.saved, timeout=5_000):
        window.set_rules(RULES)
    record = json.loads(controller.autosave_path.read_text(encoding="utf-8"))
    assert record["project"]["rules"] == RULES

    assert window.save_project() == project
    assert not controller.autosave_path.exists()
    window.close()  # a clean exit: no marker left, nothing offered next time
    assert find_recoverable(folder) == [] and not list(folder.glob("session-*"))


def test_the_app_offers_to_restore_a_dead_session_and_opens_it(qtbot, tmp_path, monkeypatch):
    project_path = copy_sample(tmp_path / "p")
    project = read_project(project_path)
    project.study.subset = {"firms": {"sector": ["electronics"]}}
    project.subsets = {"Electronics": {"firms": {"sector": ["electronics"]}}}
    project.modified = True
    folder = autosave_folder(data_dir())
    dead = AutosaveSession(folder)
    dead.start()
    dead.save(project)
    dead._lock.close()  # the process died: its lock is gone, the marker and autosave stay
    dead._lock = None

    from gui import autosave as autosave_ui

    asked: list[str] = []
    monkeypatch.setattr(autosave_ui, "ask_restore",
                        lambda parent, recovery: asked.append(recovery.title) or True)
    seen: dict[str, object] = {}

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                      and w.isVisible() and not w.survey_title())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.project is not None and not window.is_loading(),
                        timeout=30_000)
        seen["subset"] = window.current_subset().to_json()
        seen["saved"] = list(window.subset_panel.saved_subsets())
        seen["path"] = window.project_path()
        seen["title"] = window.windowTitle()
        seen["autosave"] = window.autosave().autosave_path.is_file()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run([], loader=load_for_window, sample_path=SAMPLE_PROJECT) == 0
    assert asked == ["study.uex.json"]
    assert seen["subset"] == {"firms": {"sector": ["electronics"]}}
    assert seen["saved"] == ["Electronics"]
    assert seen["path"] == project_path.resolve()
    assert "not saved" in str(seen["title"])
    assert seen["autosave"]  # the restored state is this session's autosave at once
    assert find_recoverable(folder) == []
    hook_owner = getattr(sys.excepthook, "__self__", None)
    assert type(hook_owner).__name__ != "CrashGuard"  # run() removed its hooks on the way out


@pytest.mark.qt_no_exception_capture  # the guard, not pytest-qt, owns the hook here
def test_a_raising_slot_shows_the_crash_dialog_and_the_window_stays_usable(qtbot, tmp_path,
                                                                          monkeypatch):
    window = new_window(qtbot)
    open_and_settle(qtbot, window, copy_sample(tmp_path / "p"))
    guard = install_crash_guard(data_dir(), window)
    boxes: list[tuple[str, str, str, str]] = []

    def show(title: str, text: str, details: str) -> None:  # the dialog, patched
        box = guard._make_box(title, text, details)
        boxes.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        box.deleteLater()

    monkeypatch.setattr(guard, "_show", show)
    guard.errorCaught.disconnect()
    guard.errorCaught.connect(show)
    fail = [True]

    def broken_listener(_subset) -> None:
        if fail[0]:
            fail[0] = False
            raise ZeroDivisionError("a view divided by an empty group")

    window.subsetChanged.connect(broken_listener)
    try:
        window.subset_panel.set_value_checked("country", "Vietnam", True)
        qtbot.waitUntil(lambda: bool(boxes), timeout=5_000)
        title, text, informative, details = boxes[0]
        assert title == "Something went wrong" and "ZeroDivisionError" in text
        assert "Your project is still open" in text
        assert str(log_path()) in informative  # the app's one log file
        assert "a view divided by an empty group" in details
        flush_log()
        assert "a view divided by an empty group" in log_path().read_text(encoding="utf-8")

        # still usable: the subset filters, the analysis follows, the project saves
        window.subset_panel.set_value_checked("sector", "electronics", True)
        settle(qtbot, window)
        assert window.subset_panel.summary_text() == "64 of 280 firms · 144 of 802 workers"
        assert window.firms_model.rowCount() == 64
        assert window.save_project() is not None
    finally:
        guard.uninstall()


def test_one_data_folder_and_one_log_file(tmp_path, monkeypatch):
    from gui import autosave as autosave_ui
    from gui import crash_guard

    monkeypatch.setenv("UPGRADING_EXPLORER_DATA_DIR", str(tmp_path / "here"))
    assert autosave_ui.user_data_folder() == data_dir() == tmp_path / "here"
    assert log_path() == tmp_path / "here" / "upgrading-explorer.log"
    assert log_path().name == crash_guard.LOG_NAME


class StubApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def test_the_selftest_fails_fast_when_the_background_analysis_fails(qtbot, monkeypatch, capsys):
    def broken(*_args, **_kwargs):
        raise RuntimeError("the regression did not converge")

    monkeypatch.setattr(survey_loader, "compute_derived", broken)
    window = new_window(qtbot)
    app = StubApp()
    gui_app._arm_selftest(app, window)
    window.open_path(SAMPLE_PROJECT)
    qtbot.waitUntil(lambda: bool(app.codes), timeout=30_000)
    assert app.codes == [1]
    err = capsys.readouterr().err
    assert "selftest: the derived columns failed: RuntimeError" in err
    assert "the regression did not converge" in err


def test_the_selftest_fails_fast_when_the_analysis_of_the_views_fails(qtbot, monkeypatch,
                                                                      capsys):
    window = new_window(qtbot)
    open_and_settle(qtbot, window, SAMPLE_PROJECT)

    def broken(*_args, **_kwargs):
        raise RuntimeError("singular matrix")

    monkeypatch.setattr(analysis_controller, "run_analysis_pair", broken)
    app = StubApp()
    gui_app._arm_selftest(app, window)
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: bool(app.codes), timeout=30_000)
    assert app.codes == [1]
    assert "selftest: the analysis failed: singular matrix" in capsys.readouterr().err


def test_closing_with_unsaved_changes_keeps_them_for_the_next_start(qtbot, tmp_path):
    """Closing never loses work silently: unsaved changes stay autosaved and are offered."""
    project = copy_sample(tmp_path / "p")
    window = new_window(qtbot)
    folder = autosave_folder(data_dir())
    controller = AutosaveController(folder, snapshot=window.autosave_snapshot, parent=window)
    controller.start()
    window.set_autosave(controller)
    open_and_settle(qtbot, window, project)
    with qtbot.waitSignal(controller.saved, timeout=5_000):
        window.subset_panel.set_value_checked("country", "Myanmar", True)
    window.close()  # unsaved: the subset change was never saved to the project file
    controller.session._lock.close()  # as when the process exits and the OS drops the lock
    (recovery,) = find_recoverable(folder)
    assert recovery.project().study.subset == {"firms": {"country": ["Myanmar"]}}


def test_view_choices_are_saved_and_come_back_in_a_new_window(qtbot, tmp_path):
    """What was presented is what reopens: each view's choices travel with the project."""
    source = copy_sample(tmp_path / "work")
    first = new_window(qtbot)
    open_and_settle(qtbot, first, source)
    first.tabs.setCurrentWidget(first.outcomes_view)
    first.refresh_views()
    first.outcomes_view.set_outcome("monthly_wage")
    first.matrix_view.set_cutoff("mean")
    assert not first.is_modified()  # a view choice is saved, but is no unsaved change
    first.subset_panel.set_value_checked("country", "Vietnam", True)
    first.subset_panel.save_current("Vietnam")
    first.subset_panel.clear()
    first.subset_panel.compare_with("Vietnam")  # A (everyone) vs B (Vietnam)
    settle(qtbot, first)
    assert first.save_project() == source
    saved = json.loads(source.read_text(encoding="utf-8"))["views"]
    assert saved["current"] == "outcomes"
    assert saved["state"]["outcomes"] == first.outcomes_view.view_state()
    expected = {view.objectName(): view.view_state() for view in first.views}

    second = new_window(qtbot)
    open_and_settle(qtbot, second, source)
    assert second.tabs.currentWidget() is second.outcomes_view
    second.refresh_views()
    assert {view.objectName(): view.view_state() for view in second.views} == expected
    assert second.outcomes_view.outcome_box.currentData() == "monthly_wage"
    assert second.comparison() == first.comparison()
    assert second.subset_panel.comparison_name() == "Vietnam"
    settle(qtbot, second)
    assert second.current_result()[1] is not None  # B is analysed again
    assert second.current_result()[1].to_json() == first.current_result()[1].to_json()


def test_saving_over_a_read_only_project_says_so_and_keeps_it(qtbot, tmp_path, monkeypatch):
    """Issue #15 item 14: a project the user made read-only is not replaced (a rename would
    have succeeded and dropped the protection); the message says why and what to do."""
    import os
    import stat

    from core.common import atomic

    target = copy_sample(tmp_path / "study")
    window = new_window(qtbot)
    open_and_settle(qtbot, window, target)
    before = target.read_bytes()
    os.chmod(target, 0o444)
    real_access = os.access
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: (
        False if Path(path) == target and mode == os.W_OK else real_access(path, mode)))
    shown = {}
    monkeypatch.setattr(window, "show_error",
                        lambda title, text, informative="", details="", log_file=None:
                        shown.update(title=title, text=text, informative=informative))
    assert window.save_project() is None
    assert "read-only" in shown["text"] and "study.uex.json" in shown["text"]
    assert "another name" in shown["informative"]
    assert target.read_bytes() == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert not list(target.parent.glob(".*.tmp"))
    os.chmod(target, 0o644)


def _project_reading(folder: Path, data: Path) -> Path:
    """A hand-written project (no fingerprints) in ``folder`` that reads ``data``."""
    folder.mkdir(parents=True, exist_ok=True)
    project = json.loads(SAMPLE_PROJECT.read_text(encoding="utf-8"))
    for side in ("firms", "workers"):
        project[side]["path"] = str(data)
    target = folder / "received.uex.json"
    target.write_text(json.dumps(project), encoding="utf-8")
    return target


def test_a_project_naming_data_outside_its_folder_asks_before_reading(qtbot, tmp_path,
                                                                       monkeypatch):
    """Issue #15 item 13: a project someone sent could name any file on this computer. Data
    outside the project's folder that the project does not vouch for (no SHA-256) is read only
    after the user has seen its full path and said yes."""
    private = tmp_path / "private" / "sample_survey.xlsx"
    private.parent.mkdir()
    shutil.copy(RESOURCES / "sample_survey.xlsx", private)
    target = _project_reading(tmp_path / "mail", private)
    window = new_window(qtbot)
    asked = []
    monkeypatch.setattr(window, "confirm_outside_files",
                        lambda check: asked.append(list(check.outside_files)) or False)
    read = []
    real_load = ProjectCheck.load
    monkeypatch.setattr(ProjectCheck, "load", lambda self, *a: read.append(1) or real_load(self, *a))
    with qtbot.waitSignal(window.openFinished, timeout=30_000) as opened:
        window.open_path(target)
    assert opened.args == [False]
    assert asked == [[private.resolve()]] and read == []
    assert window.project_path() is None

    monkeypatch.setattr(window, "confirm_outside_files", lambda check: True)
    open_and_settle(qtbot, window, target)
    assert window.project_path() == target and read == [1]


def test_data_inside_the_project_folder_or_vouched_for_is_not_asked_about(tmp_path):
    from core.project.project_file import check_project

    inside = copy_sample(tmp_path / "own")  # data beside the project, no fingerprints
    assert check_project(inside).outside_files == []
    elsewhere = tmp_path / "data" / "sample_survey.xlsx"
    elsewhere.parent.mkdir()
    shutil.copy(RESOURCES / "sample_survey.xlsx", elsewhere)
    target = _project_reading(tmp_path / "mail", elsewhere)
    check = check_project(target)
    assert check.outside_files == [elsewhere.resolve()]
    assert str(elsewhere.resolve()) in " ".join(check.notes)
    save_project(read_project(target))  # saved here: the project now records the file's SHA-256
    assert check_project(target).outside_files == []
    elsewhere.write_bytes(elsewhere.read_bytes() + b"\0")  # no longer the file it vouched for
    assert check_project(target).outside_files == [elsewhere.resolve()]
