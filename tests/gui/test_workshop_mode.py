"""Workshop mode and the project settings (issue 6): individual firms hidden, aggregates kept;
disclosure thresholds from the Settings dialog reach the analysis; exports stay safe."""

from __future__ import annotations

import csv
import json

import openpyxl
import pandas as pd
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui.main_window import MainWindow
from gui.settings_dialog import SettingsDialog
from tests.gui.test_projects_window import (
    copy_sample,
    new_window,
    open_and_settle,
    settle,
    upgrading_json,
)


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_workshop_mode_hides_firm_rows_and_ids_but_keeps_aggregates(qtbot, tmp_path,
                                                                     monkeypatch):
    project = copy_sample(tmp_path / "p")
    window = new_window(qtbot)
    open_and_settle(qtbot, window, project)
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    settle(qtbot, window)
    before = upgrading_json(window)
    firm_ids = window.current_result()[0].firms["firm_id"].head(3).tolist()
    window.tabs.setCurrentWidget(window.firms_panel)

    with qtbot.waitSignal(window.workshopModeChanged) as changed:
        window.action_workshop.trigger()
    assert changed.args == [True] and window.workshop_mode()
    # the firms table is gone, and cannot be reached from the keyboard either
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.firms_panel))
    assert window.tabs.currentWidget() is window.workers_panel
    assert not window.action_firms_tab.isEnabled()
    assert window.workshop_label.isVisibleTo(window)
    # the firm list of the upgrading view is hidden, its charts are not
    window.tabs.setCurrentWidget(window.upgrading_view)
    assert not window.upgrading_view.firm_list.isVisibleTo(window)
    assert window.upgrading_view.shares_chart.isVisibleTo(window)
    # the workers table keeps its rows but not the firm id column (W1 in the sample)
    model = window.workers_model
    assert window.workers_table.isColumnHidden(model.column_index("W1"))
    assert not window.workers_table.isColumnHidden(model.column_index("W0"))
    # no linked selection of firms
    window.upgrading_view.firmsSelected.emit(firm_ids)
    assert not window.firms_table.selectionModel().hasSelection()
    # the aggregates are those of before (no recompute for a display setting)
    settle(qtbot, window)
    assert upgrading_json(window) == before

    # exports of the rows shown carry no firm id; the firms table is not exported at all
    target = tmp_path / "workers.csv"
    window.workers_table.setColumnHidden(model.column_index("W1"), False)  # shown by hand
    monkeypatch.setattr(window.workers_panel, "choose_export_path", lambda _s: target)
    assert window.export_table(window.workers_panel) == target
    rows = read_csv(target)
    assert "W1" not in rows[0] and "firm_id" not in rows[0] and "W0" in rows[0]
    assert len(rows) - 1 == window.workers_model.rowCount()
    assert window.export_table(window.firms_panel) is None
    # the results workbook has no firm rows either
    book = tmp_path / "results.xlsx"
    monkeypatch.setattr(window, "choose_results_path", lambda: book)
    with qtbot.waitSignal(window.exportFinished, timeout=60_000):
        window.export_results()
    sheet = openpyxl.load_workbook(book, read_only=True)["Firms"]
    assert len(list(sheet.iter_rows(values_only=True))) <= 1

    # saved with the project, and back on reopening
    assert window.project.study.settings.get("workshop_mode") is True
    assert window.save_project() == project
    assert json.loads(project.read_text(encoding="utf-8"))["settings"]["workshop_mode"] is True
    again = new_window(qtbot)
    open_and_settle(qtbot, again, project)
    assert again.workshop_mode() and again.action_workshop.isChecked()
    assert not again.tabs.isTabVisible(again.tabs.indexOf(again.firms_panel))
    assert again.workers_table.isColumnHidden(again.workers_model.column_index("W1"))

    # off again: everything is back
    window.action_workshop.trigger()
    assert not window.workshop_mode()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.firms_panel))
    assert not window.workers_table.isColumnHidden(model.column_index("W1"))
    window.tabs.setCurrentWidget(window.upgrading_view)
    assert window.upgrading_view.firm_list.isVisibleTo(window)
    window.upgrading_view.firmsSelected.emit(firm_ids)
    assert window.firms_table.selectionModel().hasSelection()
    assert "workshop_mode" not in window.current_project().study.settings


def test_the_settings_dialog_sets_the_disclosure_thresholds_of_the_analysis(qtbot, tmp_path):
    window = new_window(qtbot)
    open_and_settle(qtbot, window, copy_sample(tmp_path / "p"))
    result = window.current_result()[0]
    assert (result.settings.min_firms, result.settings.min_workers,
            result.settings.few_firms) == (3, 10, 30)
    suppressed_before = int(result.comparisons["suppressed"].sum())

    dialog = window.make_settings_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SettingsDialog) and dialog.objectName() == "settingsDialog"
    assert (dialog.min_firms.value(), dialog.min_workers.value(),
            dialog.few_firms.value()) == (3, 10, 30)
    assert not dialog.workshop.isChecked()
    dialog.deleteLater()

    def answer() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, SettingsDialog)
        shown.min_firms.setValue(40)
        shown.min_workers.setValue(60)
        shown.few_firms.setValue(50)
        shown.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.projectChanged):
        assert window.edit_settings() is True
    settle(qtbot, window)
    result = window.current_result()[0]
    assert (result.settings.min_firms, result.settings.min_workers,
            result.settings.few_firms) == (40, 60, 50)
    assert int(result.comparisons["suppressed"].sum()) > suppressed_before
    assert window.current_project().study.settings == {
        "min_firms": 40, "min_workers": 60, "few_firms": 50, "controls": None,
        "use_weights": True, "survey_years": {}}
    assert window.is_modified()

    # Restore defaults, then Cancel: nothing changes
    def cancel() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, SettingsDialog)
        shown.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
        assert shown.min_firms.value() == 3
        shown.reject()

    QTimer.singleShot(0, cancel)
    assert window.edit_settings() is False
    assert window.project_settings()["min_firms"] == 40


def test_the_settings_dialog_sets_controls_weights_and_survey_years(qtbot, tmp_path,
                                                                    monkeypatch):
    """Issue 12: the adjusted difference's controls and the survey year are the user's
    choice, in the dialog; a year that cannot be read is refused in words, the dialog stays."""
    window = new_window(qtbot)
    open_and_settle(qtbot, window, copy_sample(tmp_path / "p"))
    result = window.current_result()[0]
    assert result.adjusted_for == ["skill_group", "gender", "country"]
    assert set(result.workers["min_wage_date_source"]) == {"latest"}
    warned: list[str] = []
    monkeypatch.setattr("gui.settings_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))

    def answer() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, SettingsDialog)
        assert shown.controls["gender"].isChecked() and not shown.controls["sector"].isChecked()
        shown.controls["gender"].setChecked(False)
        shown.controls["sector"].setChecked(True)
        shown.survey_years.setText("Vietnam 19")
        shown.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert shown.isVisible() and warned and "Vietnam 19" in warned[0]
        shown.survey_years.setText("Vietnam 2019, Thailand: 2020")
        shown.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.projectChanged):
        assert window.edit_settings() is True
    settle(qtbot, window)
    result = window.current_result()[0]
    assert result.adjusted_for == ["skill_group", "country", "sector"]
    assert result.settings.survey_years == {"Vietnam": 2019, "Thailand": 2020}
    countries = result.workers["firm_id"].map(result.firms.set_index("firm_id")["country"])
    sources = result.workers.loc[countries.isin(["Vietnam", "Thailand"]).to_numpy(),
                                 "min_wage_date_source"]
    assert set(sources) == {"survey_year"}
    # the window's table shows what core computed with these controls
    view = window.outcomes_view
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.outcome_table() is not None
                    and view.outcome_table().adjusted_for == ("skill_group", "country", "sector"),
                    timeout=20_000)


def test_exported_csv_of_the_rows_shown_neutralises_formulas_and_keeps_numbers(qtbot, tmp_path,
                                                                              monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    workers = pd.DataFrame({
        "worker_id": ["W1", "W2", "W3", "W4"],
        "comment": ["=SUM(A1)", "@cmd", "-2+3", "fine"],
        "code": ["-5", "+84", "=1+1", "12"],
        "pay": [1500.0, -3.5, 2_000_000.0, float("nan")],
    })
    window.show_survey("Injected", pd.DataFrame({"firm_id": ["F1"]}), workers)
    window.tabs.setCurrentWidget(window.workers_panel)
    target = tmp_path / "rows.csv"
    monkeypatch.setattr(window.workers_panel, "choose_export_path", lambda _s: target)
    assert window.export_table(window.current_panel()) == target
    rows = read_csv(target)
    assert rows[0] == ["worker_id", "comment", "code", "pay"]
    assert [r[1] for r in rows[1:]] == ["'=SUM(A1)", "'@cmd", "'-2+3", "fine"]
    assert [r[2] for r in rows[1:]] == ["-5", "+84", "'=1+1", "12"]  # plain numbers stay
    assert [r[3] for r in rows[1:]] == ["1500", "-3.5", "2000000", ""]
