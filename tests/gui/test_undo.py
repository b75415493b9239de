"""Edit → Undo / Redo, driven as a user: every change is a step of the session, Ctrl+Z takes it
back (the subset, the rules, the settings, the roles) and every view shows its numbers again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui.main_window import MainWindow
from gui.settings_dialog import SettingsDialog
from gui.survey_loader import load_for_window
from tests.fast_settings import NO_FEW_FIRM_TESTS
from tests.gui.test_projects_window import settle

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_PROJECT = RESOURCES / "sample_survey.uex.json"


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    shutil.copy(RESOURCES / "sample_survey.xlsx", tmp_path / "sample_survey.xlsx")
    # no bootstrap or permutation test (most of each analysis; every edit and undo is one):
    # a step undone must give back the same numbers whichever test computed them
    project = json.loads(SAMPLE_PROJECT.read_text(encoding="utf-8"))
    project["settings"] = dict(NO_FEW_FIRM_TESTS)
    (tmp_path / "sample_survey.uex.json").write_text(json.dumps(project), encoding="utf-8")
    w = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    with qtbot.waitSignal(w.openFinished, timeout=30_000) as opened:
        w.open_path(tmp_path / "sample_survey.uex.json")
    assert opened.args == [True]
    settle(qtbot, w)
    return w


def shown(qtbot, window: MainWindow) -> str:
    """Every number the window shows: the subset panel's line, the rows of both tables, and
    what each analysis view was given and drew (tables of the outcomes view included)."""
    settle(qtbot, window)
    window.refresh_views()
    outcomes = window.outcomes_view
    window.tabs.setCurrentWidget(outcomes)
    qtbot.waitUntil(lambda: not window.analysis_controller.is_busy(), timeout=30_000)
    views = {}
    for view in window.views:
        result = view.result
        views[view.objectName()] = None if result is None else result.to_json()
    return json.dumps({
        "summary": window.subset_panel.summary_text(),
        "rows": [window.firms_model.rowCount(), window.workers_model.rowCount()],
        "views": views,
        "outcomes": outcomes.comparisons().to_json(orient="split", default_handler=str),
    }, sort_keys=True, default=str)


def press(qtbot, window: MainWindow, keys: str) -> None:
    """Ctrl+Z / Ctrl+Shift+Z typed on the window, as a user does."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    window.activateWindow()  # a dialog just closed: the window is the active one again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    QTest.keyClick(window, Qt.Key.Key_Z, modifiers)
    qtbot.wait(10)


def test_two_facet_ticks_and_clear_are_two_steps_undone_and_redone(qtbot, window):
    before = shown(qtbot, window)
    stack = window.session_controller.stack
    assert stack.count() == 0 and not window.session_controller.action_undo.isEnabled()
    panel = window.subset_panel
    panel.set_value_checked("country", "Vietnam", True)
    panel.set_value_checked("sector", "electronics", True)
    assert stack.count() == 1  # consecutive ticks merge into one step
    ticked_subset = window.current_subset().to_json()
    assert ticked_subset == {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}
    ticked = shown(qtbot, window)
    assert ticked != before
    assert "changed, not saved" in window.windowTitle()

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert stack.count() == 2 and window.current_subset().to_json() == {}
    undo = window.session_controller.action_undo
    assert undo.text() == "Undo Clear the subset" and undo.isEnabled()

    press(qtbot, window, "Ctrl+Z")
    assert window.current_subset().to_json() == ticked_subset
    assert shown(qtbot, window) == ticked
    press(qtbot, window, "Ctrl+Z")
    assert window.current_subset().to_json() == {}
    assert window.session_controller.session.subset.to_json() == {}
    assert shown(qtbot, window) == before
    assert not undo.isEnabled() and "changed, not saved" not in window.windowTitle()

    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.current_subset().to_json() == ticked_subset
    assert shown(qtbot, window) == ticked
    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.current_subset().to_json() == {}


def test_a_rule_edit_is_undone_and_redone(qtbot, window):
    before = shown(qtbot, window)
    editor = window.upgrading_view.rule_editor
    editor.set_item_enabled("process", 0, False)
    editor.apply()
    edited = editor.applied_rules()
    settle(qtbot, window)
    assert window.current_rules() == edited
    after = shown(qtbot, window)
    assert after != before
    assert window.session_controller.action_undo.text() == "Undo Change the rules"

    press(qtbot, window, "Ctrl+Z")
    assert window.current_rules() is None  # the default rules again
    assert editor.applied_rules() != edited  # the editor shows them at once
    assert shown(qtbot, window) == before
    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.current_rules() == edited
    assert shown(qtbot, window) == after


def test_settings_ok_is_one_step_undone_and_redone(qtbot, window):
    before = shown(qtbot, window)
    old_settings = window.project_settings()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.min_firms.setValue(40)
        dialog.min_workers.setValue(60)
        dialog.workshop.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert window.edit_settings() is True
    assert window.session_controller.stack.count() == 1  # thresholds and workshop: one step
    assert window.workshop_mode() and window.analysis_settings()["min_firms"] == 40
    after = shown(qtbot, window)
    assert after != before

    press(qtbot, window, "Ctrl+Z")
    assert window.project_settings() == old_settings and not window.workshop_mode()
    assert not window.action_workshop.isChecked()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.firms_panel))
    assert shown(qtbot, window) == before
    press(qtbot, window, "Ctrl+Shift+Z")
    assert window.workshop_mode() and window.analysis_settings()["min_firms"] == 40
    assert shown(qtbot, window) == after


def test_saved_subsets_and_comparison_are_steps(qtbot, window):
    panel = window.subset_panel
    stack = window.session_controller.stack
    panel.set_value_checked("country", "Vietnam", True)
    panel.save_current("Vietnam")
    panel.compare_with("Vietnam")
    panel.rename_saved("Vietnam", "VN")
    assert list(panel.saved_subsets()) == ["VN"] and panel.comparison_name() == "VN"
    panel.delete_saved("VN")  # also stops comparing: one step
    assert stack.count() == 5 and panel.comparison() == (None, None)
    assert window.project.subsets == {}

    window.session_controller.action_undo.trigger()
    assert list(panel.saved_subsets()) == ["VN"] and panel.comparison()[1] is not None
    window.session_controller.action_undo.trigger()
    assert list(panel.saved_subsets()) == ["Vietnam"]
    window.session_controller.action_undo.trigger()
    assert panel.comparison() == (None, None)
    window.session_controller.action_undo.trigger()
    assert panel.saved_subsets() == {}
    assert window.current_subset().to_json() == {"firms": {"country": ["Vietnam"]}}
    settle(qtbot, window)
    for _ in range(4):
        window.session_controller.action_redo.trigger()
    assert panel.saved_subsets() == {} and panel.comparison() == (None, None)


def test_review_import_again_changes_a_role_and_undo_brings_it_back(qtbot, window):
    study = window.project.study
    column = study.roles["firms"]["ownership"]
    assert "ownership" in window.analysis_frames()[0].columns
    cancelled = window.review_import_again()
    assert cancelled
    dialog = window.import_dialog()
    assert dialog is not None and dialog.objectName() == "importDialog"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # Cancel: nothing
    qtbot.waitUntil(lambda: window.import_dialog() is None)
    assert window.session_controller.stack.count() == 0

    assert window.review_import_again()
    dialog = window.import_dialog()
    assert dialog.choose_role("firms", column, None)
    with qtbot.waitSignal(window.surveyLoaded, timeout=30_000):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "ownership" not in window.project.study.roles["firms"]
    assert "ownership" not in window.analysis_frames()[0].columns
    assert window.session_controller.action_undo.text() == "Undo Review the import"
    assert "changed, not saved" in window.windowTitle()
    settle(qtbot, window)

    with qtbot.waitSignal(window.surveyLoaded, timeout=30_000):
        press(qtbot, window, "Ctrl+Z")
    assert window.project.study.roles["firms"]["ownership"] == column
    qtbot.waitUntil(lambda: "ownership" in window.analysis_frames()[0].columns, timeout=30_000)
    settle(qtbot, window)
    with qtbot.waitSignal(window.surveyLoaded, timeout=30_000):
        press(qtbot, window, "Ctrl+Shift+Z")
    assert "ownership" not in window.project.study.roles["firms"]


def test_a_facet_ticked_and_unticked_leaves_no_step(qtbot, window):
    panel = window.subset_panel
    stack = window.session_controller.stack
    panel.set_value_checked("country", "Vietnam", True)
    panel.set_value_checked("country", "Vietnam", False)
    assert stack.count() == 0 and not window.is_modified()
    # the first change after a save is a step of its own (not merged into the saved state)
    panel.set_value_checked("country", "Vietnam", True)
    assert window.save_project() is not None and not window.is_modified()
    panel.set_value_checked("country", "Thailand", True)
    assert stack.count() == 2 and window.is_modified()
    window.session_controller.action_undo.trigger()
    assert not window.is_modified()
    assert window.current_subset().to_json() == {"firms": {"country": ["Vietnam"]}}
