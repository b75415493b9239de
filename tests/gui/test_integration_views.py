"""The analysis views inside the real window, driven as a user: open the sample project by File →
Open, see the bars equal core's numbers, tick Vietnam + Electronics, click a bar and find exactly
those firms selected in the tables, compare A vs B, edit a rule, export the results workbook and
the script (which prints the window's numbers), save the rules with the project, and leave no
thread running."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from core.analysis.pipeline import run_analysis
from core.analysis.subset import Subset
from core.project.opening import open_survey
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.gui.test_views import solid_bar_heights

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = Subset(firms={"country": ["Vietnam"], "sector": ["electronics"]})
TYPES = ("process", "product", "functional", "chain", "end_market")


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture
def errors(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def core_shares(result) -> np.ndarray:
    flags = [t for t in TYPES if t in result.computed_types]
    return result.upgrading_summary.set_index("type").loc[flags, "share"].to_numpy()


def shown_shares(window: MainWindow) -> np.ndarray:
    view = window.upgrading_view
    window.tabs.setCurrentWidget(view)
    view.set_split("none")
    (heights,) = solid_bar_heights(view.shares_chart)
    return heights


def next_analysis(qtbot, window: MainWindow, action, timeout: int = 20_000):
    """Do ``action`` and wait until the views got the analysis it leads to."""
    with qtbot.waitSignal(window.analysisShown, timeout=timeout) as blocker:
        action()
    return blocker.args


@pytest.fixture
def window(qtbot, monkeypatch, errors):
    win = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    monkeypatch.setattr(win, "choose_file", lambda: SAMPLE)
    with qtbot.waitSignal(win.analysisShown, timeout=30_000):
        with qtbot.waitSignal(win.openFinished, timeout=20_000) as opened:
            win.action_open.trigger()  # File → Open…
        assert opened.args == [True]
    yield win
    win.close()
    # nothing left running: the window's one background worker is idle
    assert not win.executor.is_busy()
    assert errors == []


def test_views_are_tabs_of_the_window_and_show_core_numbers(qtbot, window, survey):
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Findings", "Firms", "Workers", "Upgrading", "Worker outcomes",
                    "Economic × social", "Chart builder"]
    for name in ("findingsView", "upgradingView", "outcomesView", "matrixView", "chartBuilder"):
        assert window.findChild(QWidget, name) is not None

    np.testing.assert_allclose(shown_shares(window), core_shares(
        run_analysis(survey.firms, survey.workers)))
    assert window.action_export_results.isEnabled()

    # the other views got it too once opened
    window.tabs.setCurrentWidget(window.matrix_view)
    assert window.matrix_view.result is window.current_result()[0]
    window.tabs.setCurrentWidget(window.outcomes_view)
    qtbot.waitUntil(lambda: not window.outcomes_view.comparisons().empty, timeout=10_000)

    # tick Vietnam + Electronics: the bars become core's numbers for that subset, off the GUI
    # thread, with the busy indicator on while it runs
    busy: list[bool] = []
    window.executor.busyChanged.connect(busy.append)
    panel = window.subset_panel

    def tick() -> None:
        panel.set_value_checked("country", "Vietnam", True)
        panel.set_value_checked("sector", "electronics", True)

    result, result_b = next_analysis(qtbot, window, tick)
    assert result_b is None and result.n_firms == 64
    assert busy[0] is True  # (the outcomes view, shown, now asks for its comparison too)
    qtbot.waitUntil(lambda: busy[-1] is False, timeout=10_000)
    assert not window.analysis_busy.isVisible()
    core = run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS)
    np.testing.assert_allclose(shown_shares(window), core_shares(core))
    assert shown_shares(window)[0] != pytest.approx(
        core_shares(run_analysis(survey.firms, survey.workers))[0])

    # click the "process" bar: exactly those firms are selected in the firms table, their
    # workers in the workers table, and the status bar says how many
    view = window.upgrading_view
    share = core.upgrading_summary.set_index("type").loc["process", "share"]
    view.shares_chart.click_data(0.0, share / 2)
    firms = window.analysis_frames()[0]
    chosen = set(firms["firm_id"].iloc[window.selected_source_rows(window.firms_panel)])
    expected = set(core.firms.loc[core.firms["process"].astype("boolean").fillna(False)
                                  .to_numpy(dtype=bool), "firm_id"])
    assert chosen == expected and len(chosen) == core.upgrading_summary.set_index(
        "type").loc["process", "n_true"]
    workers = survey.workers
    worker_rows = window.selected_source_rows(window.workers_panel)
    assert set(workers["firm_id"].iloc[worker_rows]) <= expected
    assert len(worker_rows) == int(workers["firm_id"].isin(expected).sum())
    assert window.statusBar().currentMessage() == (
        f"Selected: {len(expected)} firms, {len(worker_rows)} workers")
    current = window.firms_table.currentIndex().row()
    assert current == min(window.firms_model.view_rows(
        window.selected_source_rows(window.firms_panel)))

    # select two rows in the firms table: the views highlight those firms
    model = window.firms_model
    selection = window.firms_table.selectionModel()
    selection.clearSelection()
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = [firms["firm_id"].iloc[model.source_row(r)] for r in (0, 2)]
    qtbot.waitUntil(lambda: sorted(view.selected_firms) == sorted(ids), timeout=2000)
    assert sorted(window.matrix_view.selected_firms) == sorted(ids)

    # A vs B: B (everyone) is drawn beside A
    result, result_b = next_analysis(qtbot, window, lambda: panel.compare_with(None))
    assert result.n_firms == 64 and result_b.n_firms == 280
    window.tabs.setCurrentWidget(view)
    drawn = [h for h in solid_bar_heights(view.shares_chart) if h.size]  # (not the overlay)
    assert len(drawn) == 2
    np.testing.assert_allclose(drawn[1], core_shares(run_analysis(survey.firms, survey.workers)))
    next_analysis(qtbot, window, panel.stop_comparing)


def test_exports_rules_and_project(qtbot, window, survey, tmp_path, monkeypatch):
    panel = window.subset_panel

    def tick() -> None:
        panel.set_value_checked("country", "Vietnam", True)
        panel.set_value_checked("sector", "electronics", True)

    next_analysis(qtbot, window, tick)
    heights = shown_shares(window)

    # File → Export results workbook…: the tables, the provenance and the charts as images
    target = tmp_path / "results.xlsx"
    monkeypatch.setattr(window, "choose_results_path", lambda: target)
    with qtbot.waitSignal(window.exportFinished, timeout=20_000) as written:
        assert window.export_results() == target
    assert written.args == ["results", target]
    # every chart was drawn with this subset, the outcome charts too (computed in the background
    # for the export, since that tab was never opened)
    assert window.outcomes_view.result is window.current_result()[0]
    assert not window.outcomes_view.means_chart.message()
    book = openpyxl.load_workbook(target)
    for sheet in ("About", "Firms", "Upgrading summary", "Shares by group", "Comparisons",
                  "Matrix", "Charts"):
        assert sheet in book.sheetnames
    about = {r[0]: r[1] for r in book["About"].iter_rows(min_row=2, values_only=True)}
    source = open_survey(SAMPLE).sources[0]
    assert source.sha256 in about["SHA-256"] and str(source.path) in about["Source file"]
    assert json.loads(about["Subset"])["firms"] == {"country": ["Vietnam"],
                                                    "sector": ["electronics"]}
    assert about["Firms in subset"] == 64
    captions = [c for (c,) in book["Charts"].iter_rows(max_col=1, values_only=True) if c]
    assert any(c.startswith("Upgrading: Share of firms") for c in captions)
    assert any(c.startswith("Economic × social") for c in captions)
    assert any(c.startswith("Worker outcomes: Mean") for c in captions)
    with zipfile.ZipFile(target) as archive:
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
        assert len(media) == len(captions) >= 6
        for name in media:
            image = QImage.fromData(archive.read(name), "PNG")
            assert not image.isNull() and image.width() > 400

    # File → Export analysis as Python script…: it prints the numbers the window shows
    script = tmp_path / "analysis.py"
    monkeypatch.setattr(window, "choose_script_path", lambda: script)
    assert window.export_script() == script
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    printed = {m.group(1): float(m.group(2)) for m in re.finditer(
        r"^\s+(\w+)\s+all=all\s+([\d.]+)%", out, re.M)}
    result = window.current_result()[0]
    flags = [t for t in TYPES if t in result.computed_types]
    np.testing.assert_allclose([printed[t] for t in flags], np.round(100 * heights, 1),
                               atol=0.051)
    assert f"Subset: {result.n_firms} firms, {result.n_workers} workers" in out

    # the rule editor: untick an item, apply; the analysis and the derived columns follow, and
    # Save project writes the rules
    editor = window.upgrading_view.rule_editor
    editor.set_item_enabled("process", 0, False)
    with qtbot.waitSignal(window.derivedReady, timeout=20_000):
        result, _ = next_analysis(qtbot, window, editor.apply)
    rules = window.current_rules()
    assert rules is not None and result.rules == rules
    core = run_analysis(survey.firms, survey.workers, rules=rules, subset=VN_ELECTRONICS)
    np.testing.assert_allclose(shown_shares(window), core_shares(core))
    project = tmp_path / "mine.uex.json"
    monkeypatch.setattr(window, "choose_project_path", lambda: project)
    assert window.save_project(ask=True) == project
    saved = json.loads(project.read_text(encoding="utf-8"))
    assert saved["rules"] == rules

    # reopening the project brings the rules back into the analysis and the editor
    window.subset_panel.clear()
    with qtbot.waitSignal(window.analysisShown, timeout=30_000) as shown:
        window.open_path(project)
    assert window.current_rules() == rules and shown.args[0].rules == rules
    assert window.upgrading_view.rule_editor.applied_rules() == rules
