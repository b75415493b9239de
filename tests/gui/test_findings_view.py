"""The Findings tab (issue 13): first in the window and open on a cold start; two ticks answer
"do workers in upgrading firms earn more, in Vietnam electronics?" in words that are core's; a
click on a statement shows the view behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analysis.pipeline import run_analysis
from core.project.opening import open_survey
from gui.views.findings_view import FindingsView, StatementLabel
from tests.gui.sample_window import SAMPLE, close_window, open_sample_window


@pytest.fixture
def window(qtbot):
    win = open_sample_window(qtbot, size=(1024, 768))
    yield win
    close_window(win)


def test_two_ticks_answer_the_wage_question_in_words(qtbot, window):
    view = window.findChild(QWidget, "findingsView")
    assert isinstance(view, FindingsView)
    assert window.tabs.indexOf(view) == 0 and window.tabs.currentWidget() is view
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.subset_panel.set_value_checked("country", "Vietnam", True)
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.subset_panel.set_value_checked("sector", "electronics", True)
    assert window.tabs.currentWidget() is view  # nothing else to click
    result = window.current_result()[0]
    assert (result.n_firms, result.n_workers) == (64, 144)
    shown = view.texts()
    assert shown == [f.statement for f in result.stated_findings()]
    wage = next(t for t in shown if t.startswith("The monthly wage is"))
    core = next(f for f in result.stated_findings() if f.key == "outcome:monthly_wage")
    assert f"about {100 * core.numbers['gap']:.0f}% higher" in wage
    assert "(40 and 22 firms)" in wage and "not clear" in wage and "could be from" in wage
    # the same words as a fresh analysis of the same subset (one home: core)
    survey = open_survey(SAMPLE).survey
    fresh = run_analysis(survey.firms, survey.workers, subset={
        "firms": {"country": ["Vietnam"], "sector": ["electronics"]}})
    assert wage in [f.statement for f in fresh.stated_findings()]

    label = next(lb for lb in view.labels if isinstance(lb, StatementLabel)
                 and lb.finding.key == "outcome:monthly_wage")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.outcomes_view
    qtbot.waitUntil(lambda: window.outcomes_view.outcome_table() is not None, timeout=20_000)


def test_in_vietnamese_the_same_two_ticks_answer_in_vietnamese(qtbot, window):
    from gui import i18n

    try:
        window.set_language("vi")
        view = window.findChild(QWidget, "findingsView")
        with qtbot.waitSignal(window.analysisShown, timeout=30_000):
            window.subset_panel.set_value_checked("country", "Vietnam", True)
        with qtbot.waitSignal(window.analysisShown, timeout=30_000):
            window.subset_panel.set_value_checked("sector", "electronics", True)
        assert window.tabs.currentWidget() is view
        result = window.current_result()[0]
        shown = view.texts()
        assert shown == [f.statement for f in result.stated_findings("vi")]
        wage = next(t for t in shown if t.startswith("Lương tháng ở các doanh nghiệp đã nâng cấp"))
        core = next(f for f in result.stated_findings("vi") if f.key == "outcome:monthly_wage")
        english = next(f for f in result.stated_findings("en") if f.key == "outcome:monthly_wage")
        assert core.numbers == english.numbers
        assert f"cao hơn khoảng {100 * core.numbers['gap']:.0f}%" in wage
        assert "(40 và 22 doanh nghiệp)" in wage and "chưa rõ ràng" in wage
        heading = view.heading.text()
        assert "64" in heading and "144" in heading and not heading.startswith("What")
    finally:
        i18n.install_language("en")
