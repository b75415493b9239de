"""A facet change on a large survey (issue 14): the window shows core's quick pass first (the
t-test for the few-firm differences), says that it is provisional, does not export it, and
replaces it with the full result; the survey's rules and measures are prepared once and reused
by every subset while the rules stay."""

from __future__ import annotations

import contextlib
import json

from pytestqt.exceptions import TimeoutError

from core.analysis import pipeline
from gui.controllers import analysis_controller
from tests.gui.sample_window import open_sample_window


def _json(result) -> str:
    return json.dumps(result.to_json(), sort_keys=True, default=str)


def test_a_new_subset_shows_the_quick_pass_then_the_full_result(qtbot, monkeypatch):
    monkeypatch.setattr(analysis_controller, "QUICK_PASS_WORKERS", 0)  # the sample is "large"
    prepared = []
    real_prepare = pipeline.prepare_survey
    monkeypatch.setattr(pipeline, "prepare_survey",
                        lambda *a, **k: prepared.append(1) or real_prepare(*a, **k))
    window = open_sample_window(qtbot)
    qtbot.waitUntil(lambda: not window.analysis_controller.is_busy(), timeout=60_000)
    preparations = len(prepared)
    shown = []
    states = []
    banners = []  # the Findings tab says "provisional" while the quick pass is shown

    def record(result, _b) -> None:
        shown.append(result)
        states.append((window.analysis_busy_label.isVisible(),
                       window.analysis_busy_label.text(),
                       window.action_export_results.isEnabled(),
                       window.action_export_report.isEnabled()))
        banners.append(not window.findings_view.provisional.isHidden())

    window.analysisShown.connect(record)
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: len(shown) >= 2 and not window.analysis_controller.is_busy(),
                    timeout=60_000)

    quick, full = shown[0], shown[-1]
    assert quick.provisional and quick.deferred_tests > 0
    assert quick.warnings[0].startswith("Provisional")
    busy_visible, text, export_results, export_report = states[0]
    assert busy_visible and text.startswith("Provisional"), text
    assert not export_results and not export_report  # never export the quick pass
    assert banners[0] and not banners[-1]
    assert window.findings_view.provisional.text().startswith("⚠ Provisional")
    assert not full.provisional and full.deferred_tests == 0
    assert window.current_result()[0] is full
    assert window.action_export_results.isEnabled()
    assert not window.analysis_busy_label.isVisible()
    # the facet change reused the survey's preparation: no new one
    assert len(prepared) == preparations
    # the full result is what a fresh analysis of the same subset gives
    firms, workers = window.analysis_controller.inputs()
    fresh = pipeline.run_analysis(firms, workers, subset=full.subset,
                                  rules=window.session_controller.rules(),
                                  views=full.views.choices,
                                  settings=window.session_controller.analysis_settings()
                                  or None)
    fresh.language = full.language
    assert _json(full) == _json(fresh)


def test_a_small_survey_gets_the_full_result_in_one_step(qtbot):
    window = open_sample_window(qtbot)
    qtbot.waitUntil(lambda: not window.analysis_controller.is_busy(), timeout=60_000)
    shown = []
    window.analysisShown.connect(lambda result, _b: shown.append(result))
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: bool(shown) and not window.analysis_controller.is_busy(),
                    timeout=60_000)
    assert len(shown) == 1 and not shown[0].provisional
    assert window.analysis_controller.inputs()[1] is not None
    assert len(window.analysis_controller.inputs()[1]) < \
        analysis_controller.QUICK_PASS_WORKERS


def test_a_large_survey_opens_on_the_quick_pass_and_settles_on_the_full_one(qtbot,
                                                                              monkeypatch):
    monkeypatch.setattr(analysis_controller, "QUICK_PASS_WORKERS", 0)
    from gui.main_window import MainWindow
    from gui.survey_loader import load_for_window
    from tests.gui.sample_window import SAMPLE

    window = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(window)
    window.show()
    shown = []
    window.analysisShown.connect(lambda result, _b: shown.append(result))
    window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: len(shown) >= 2 and not window.analysis_controller.is_busy(),
                    timeout=90_000)
    assert shown[0].provisional and shown[0].subset.to_json() == shown[-1].subset.to_json()
    full = shown[-1]
    assert not full.provisional and window.current_result()[0] is full
    firms, workers = window.analysis_controller.inputs()
    fresh = pipeline.run_analysis(firms, workers, subset=full.subset,
                                  rules=window.session_controller.rules(),
                                  settings=window.session_controller.analysis_settings()
                                  or None)
    fresh.language = full.language
    assert _json(full) == _json(fresh)
    # back to the whole survey later: the full numbers at once, no quick pass again
    before = len(shown)
    window.subset_panel.set_value_checked("country", "Vietnam", True)
    qtbot.waitUntil(lambda: len(shown) >= before + 2
                    and not window.analysis_controller.is_busy(), timeout=60_000)
    before = len(shown)
    window.subset_panel.set_value_checked("country", "Vietnam", False)
    qtbot.waitUntil(lambda: len(shown) > before and not window.analysis_controller.is_busy(),
                    timeout=60_000)
    assert len(shown) == before + 1 and shown[-1] is full


def test_the_outcomes_tab_draws_the_table_core_computed_with_the_result(qtbot, monkeypatch):
    from gui.views import outcomes_view as module

    asked = []
    real = module.outcome_table_for
    monkeypatch.setattr(module, "outcome_table_for",
                        lambda *a, **k: asked.append(1) or real(*a, **k))
    window = open_sample_window(qtbot)
    qtbot.waitUntil(lambda: not window.analysis_controller.is_busy(), timeout=60_000)
    view = window.outcomes_view
    window.tabs.setCurrentWidget(view)
    result = window.current_result()[0]
    qtbot.waitUntil(lambda: view.outcome_table() is not None, timeout=30_000)
    assert view.outcome_table() is result.views.outcomes  # no second computation
    assert asked == []
    other = next(n for n in view.outcome_table().outcomes
                 if n != view.outcome_table().choice.outcome)
    view.set_outcome(other)  # a choice core did not compute: asked of the runner
    qtbot.waitUntil(lambda: view.outcome_table() is not None
                    and view.outcome_table().choice.outcome == other, timeout=30_000)
    assert asked == [1]


def test_findings_longer_in_the_full_result_are_shown_whole(qtbot, monkeypatch):
    """The quick pass' statements lack the adjusted gap; the full result's are longer and must
    not be cut off at the height the shorter ones had."""
    monkeypatch.setattr(analysis_controller, "QUICK_PASS_WORKERS", 0)
    window = open_sample_window(qtbot, size=(800, 600))  # more statements than fit: it scrolls
    view = window.findings_view
    window.tabs.setCurrentWidget(view)  # open while both results arrive, as a user has it
    qtbot.waitUntil(lambda: not window.analysis_controller.is_busy(), timeout=60_000)
    shown = []
    window.analysisShown.connect(lambda result, _b: shown.append(result))
    window.subset_panel.set_value_checked("sector", "electronics", True)
    qtbot.waitUntil(lambda: len(shown) >= 2 and not window.analysis_controller.is_busy(),
                    timeout=60_000)
    assert shown[0].provisional and not shown[-1].provisional
    window.grab()
    labels = [label for label in view.labels if label.text()]
    assert any("adjust" in f.statement or f.numbers.get("adjusted_gap") is not None
               for f in shown[-1].stated_findings("en"))

    def cut() -> list[str]:
        return [label.text()[:60] for label in labels
                if label.height() < label.heightForWidth(label.width())]

    # a label given its text this turn is laid out on the next ones (on a loaded machine one
    # was still 100 px wide): wait for the layout to settle, then none may be cut
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not cut(), timeout=3_000)
    assert cut() == []
