"""Derived columns and the analysis: asked of core on the window's one background worker, handed
to the views.

Once a survey is shown, its derived columns (upgrading flags, highest type, monthly wage, ...)
are computed with ``core.analysis.pipeline.run_analysis`` on the whole survey (task "derived")
and appended to the tables and the frames the subset panel filters. After that, and after every
subset, comparison, rule or settings change, the controller asks for the analysis of subset A
(and B while comparing) (task "analysis"); the executor drops superseded results, so only the
numbers of the last request reach the views: the one shown at once, the others when their tab is
opened.

Worker rows: each worker row is tagged with its position in the worker table (column
:data:`ROW_COLUMN`), so the views' ``workersSelected`` carry positions in that table although
``run_analysis`` returns only the subset's rows.
"""

from __future__ import annotations

import contextlib
import copy
import json
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Qt, QTimer

from core.analysis.subset import Subset
from gui import survey_loader
from gui.concurrent import Failure, TaskState
from gui.error_dialog import format_details, plain_message, record
from gui.i18n import current_language
from gui.views.base import ROW_COLUMN
from gui.views.labels import role_words

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.table_view import TablePanel
    from gui.views import AnalysisView



def tag_worker_rows(workers: pd.DataFrame | None) -> pd.DataFrame | None:
    """The worker table plus :data:`ROW_COLUMN` (0..n-1), for mapping subset rows back."""
    if workers is None:
        return None
    return workers.assign(**{ROW_COLUMN: np.arange(len(workers), dtype=np.int64)})


def run_analysis_tagged(firms: pd.DataFrame, workers: pd.DataFrame | None, **kwargs: Any):
    """``core.analysis.pipeline.run_analysis`` with worker rows tagged."""
    from core.analysis.pipeline import run_analysis

    return run_analysis(firms, tag_worker_rows(workers), **kwargs)


def run_analysis_pair(firms: pd.DataFrame, workers: pd.DataFrame | None, *, subset: Any = None,
                      subset_b: Any = None, language: str = "en", prepared: Any = None,
                      reuse: tuple[Any, Any] = (None, None), **kwargs: Any) -> tuple[Any, Any]:
    """Subset A and, when ``subset_b`` is given, subset B (same rules and settings); findings
    in the interface ``language``. ``workers`` already tagged (:func:`tag_worker_rows`);
    ``prepared`` the survey's rules and measures from an earlier call, reused when they still
    fit (core.analysis.pipeline.ensure_prepared); the result carries the one used as
    ``result.prepared``; ``reuse`` the quick pass of A and B, whose numbers that no few-firm
    test touches the full pass takes over."""
    from core.analysis.pipeline import ensure_prepared, run_analysis

    keys = ("rules", "settings", "minimum_wages")
    prepared = ensure_prepared(prepared, firms, workers,
                               **{k: kwargs[k] for k in keys if k in kwargs})
    result = run_analysis(firms, workers, subset=subset, prepared=prepared, reuse=reuse[0],
                          **kwargs)
    result_b = (None if subset_b is None
                else run_analysis(firms, workers, subset=subset_b, prepared=prepared,
                                  reuse=reuse[1], **kwargs))
    result.prepared = prepared
    for r in (result, result_b):
        if r is not None:
            r.language = language
    result.stated_findings()  # here, off the GUI thread: the Findings tab only draws them
    return result, result_b


QUICK_PASS_WORKERS = 50_000
"""From this many workers in the survey, a new subset is shown first with the t-test for the
few-firm differences (core's quick pass), then again when their bootstrap or permutation test
has run; smaller surveys get the full result in one step (the quick pass would add, not save,
time there)."""


def wants_quick_pass(workers: pd.DataFrame | None) -> bool:
    return workers is not None and len(workers) >= QUICK_PASS_WORKERS


def analysis_job(state: TaskState, firms: pd.DataFrame, workers: pd.DataFrame | None,
                 reuse: tuple[Any, Any] | None = None, **kwargs: Any) -> tuple[Any, Any]:
    """The analysis task: for a large survey the quick pass first, handed over as a partial
    result, then the full one (nothing is handed over once a newer request superseded it).
    ``reuse``: a quick pass already shown (the whole survey's, from the derived columns): only
    the full pass is left to do."""
    if reuse is not None:
        state.progress("Testing the differences that rest on few firms")
        return run_analysis_pair(firms, workers, reuse=reuse, **kwargs)
    if not wants_quick_pass(workers):
        return run_analysis_pair(firms, workers, **kwargs)
    quick = run_analysis_pair(firms, workers, provisional=True, **kwargs)
    if not any(r is not None and r.deferred_tests for r in quick):
        for r in quick:
            if r is not None:
                r.provisional = False  # nothing was deferred: these are the full numbers
        return quick
    state.partial(quick)
    state.progress("Testing the differences that rest on few firms")
    kwargs["prepared"] = quick[0].prepared
    return run_analysis_pair(firms, workers, reuse=quick, **kwargs)


def _derived_job(state: TaskState, firms, workers, rules, settings,
                 language: str = "en") -> survey_loader.Derived:
    state.progress("Computing upgrading types and worker measures")
    derived = survey_loader.compute_derived(firms, workers, rules=rules, settings=settings,
                                            provisional=wants_quick_pass(workers))
    result = derived.result
    if result is not None:  # the whole survey's result is shown first: its findings are said
        result.language = language  # here, off the GUI thread (4 s at 100k workers)
        result.stated_findings()
        if result.provisional and not result.deferred_tests:
            result.provisional = False  # nothing was deferred: these are the full numbers
    return derived


class AnalysisController(QObject):
    """Derived columns, analysis requests and the views' results for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.executor = window.executor
        self.firms: pd.DataFrame | None = None
        """Canonical firm frame plus derived columns, aligned with the firms table."""
        self.workers: pd.DataFrame | None = None
        self._inputs: tuple[pd.DataFrame | None, pd.DataFrame | None] = (None, None)
        self.result: Any = None
        self.result_b: Any = None
        self._armed = False
        self._asked: str | None = None
        """What the last request was for (to skip asking again for the same numbers)."""
        self._whole_survey: Any = None
        """The whole survey's result, computed with the derived columns (no subset yet)."""
        self._dirty: set[AnalysisView] = set()
        self._prepared: Any = None
        """core.analysis.pipeline.PreparedSurvey of the last analysis: rules and measures on
        the whole survey, reused by the next subset while rules and settings stay."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # coalesce the signals of one gesture
        self.timer.timeout.connect(self.request_analysis)
        self.executor.busyChanged.connect(lambda _b: self._show_busy())

    # -- a survey is shown -------------------------------------------------------------------------

    def set_frames(self, firms: pd.DataFrame | None, workers: pd.DataFrame | None) -> None:
        """A new survey's canonical frames; no analysis until its derived columns are in."""
        self.firms, self.workers = firms, workers
        # tagged once, so that every analysis of this survey gets the same frame and can reuse
        # its prepared rules and measures (pandas copies on write: the tag is one column)
        self._inputs = (firms, tag_worker_rows(workers))
        self.reset()

    def reset(self) -> None:
        self._armed = False
        self._asked = None
        self._whole_survey = None
        self._prepared = None
        self.result = self.result_b = None
        self.executor.cancel("derived")
        self.executor.cancel("analysis")
        self.window.update_actions()

    def inputs(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """The canonical frames as loaded (run_analysis derives its own columns)."""
        if self.window.current_survey() is None:  # hand-made tables: nothing to analyse
            return None, None
        return self._inputs

    # -- derived columns ---------------------------------------------------------------------------

    def start_derived(self) -> None:
        """Compute the derived columns of the survey shown, with the session's rules."""
        firms, workers = self.inputs()
        if firms is None or "firm_id" not in firms.columns:
            return
        session = self.window.session_controller
        self.window.statusBar().showMessage(self.tr("Computing upgrading types and wages…"))
        self.executor.start("derived", _derived_job, firms, workers,
                            copy.deepcopy(session.rules()), session.analysis_settings() or None,
                            current_language(),
                            on_finished=self._derived_finished, on_failed=self._derived_failed)

    def _derived_failed(self, failure: Failure) -> None:
        self.arm()  # the views then say what the analysis lacks
        why = failure.message if failure.expected else type(failure.error).__name__
        self.window.statusBar().showMessage(
            self.tr("Upgrading types could not be computed: {why}").format(why=why), 15000)
        self.window.analysisFailed.emit("derived columns", why, failure.details)

    def _derived_finished(self, derived: survey_loader.Derived) -> None:
        if self.window.current_survey() is None:
            return
        self.window.statusBar().clearMessage()
        self.window.open_controller.show_open_notes()
        self._keep_whole_survey(derived.result)
        self._prepared = getattr(derived.result, "prepared", None)
        self.add_derived_columns(derived.firms, derived.workers)

    def add_derived_columns(self, firms: pd.DataFrame | None,
                            workers: pd.DataFrame | None) -> None:
        """Append (or replace) columns computed by the app, aligned row for row with the tables:
        shown marked as derived, and added to the frames the subset panel filters (so a facet
        such as highest_type appears). Emits derivedReady."""
        window = self.window
        added_any = False
        for panel, extra, attr in ((window.firms_panel, firms, "firms"),
                                   (window.workers_panel, workers, "workers")):
            if extra is None or extra.empty or len(extra) != len(panel.model.frame()):
                continue
            model = panel.model
            stale = [c for c in extra.columns if c in model.derived_columns()]
            frame, added = survey_loader.append_columns(
                model.frame().drop(columns=stale), extra)
            model.set_headings({**model.headings(), **role_words(added)})  # "Highest type"
            replace_frame(panel, frame, added)
            analysis = getattr(self, attr)
            if analysis is not None and len(analysis) == len(extra):
                analysis = analysis.drop(columns=[c for c in extra.columns
                                                  if c in analysis.columns])
                setattr(self, attr, survey_loader.append_columns(analysis, extra)[0])
            added_any = added_any or bool(added)
        if not added_any:
            self.arm()  # nothing to add (a worker file alone): the analysis still runs
            return
        window.subset_panel.set_frames(
            self.firms if self.firms is not None else pd.DataFrame(),
            self.workers if self.workers is not None else pd.DataFrame())
        # a subset naming derived columns (highest_type, ...) can be shown whole now
        window.session_controller.show_subset()
        window.apply_workshop()
        window.derivedReady.emit()
        self.arm()

    # -- analysis requests -------------------------------------------------------------------------

    def _key(self, subset: Subset, subset_b: Subset | None) -> str:
        firms, workers = self.inputs()
        session = self.window.session_controller
        return json.dumps([id(firms), id(workers), subset.to_json(),
                           None if subset_b is None else subset_b.to_json(), session.rules(),
                           session.analysis_settings()], sort_keys=True, default=str)

    def _keep_whole_survey(self, result: Any) -> None:
        """The derived columns came from the whole survey's analysis: kept for the views
        while no subset is chosen (saves computing it again)."""
        workers = self.inputs()[1]
        if result is None or workers is None or len(result.workers) != len(workers):
            self._whole_survey = None
            return
        result.workers = result.workers.assign(
            **{ROW_COLUMN: np.arange(len(workers), dtype=np.int64)})
        self._whole_survey = (self._key(Subset(), None), result)

    def arm(self) -> None:
        self._armed = True
        self.schedule()

    def schedule(self) -> None:
        """Ask for the analysis once control returns to the event loop (one gesture, one ask)."""
        if self._armed:
            self.timer.start()

    def rules_changed(self) -> None:
        """New rules: derived columns and the analysis again."""
        if self.window.current_survey() is not None:
            self.window.statusBar().showMessage(self.tr("Applying the new rules…"), 4000)
            self.start_derived()
            self.schedule()

    def request_analysis(self) -> bool:
        """Ask for the analysis of the current subset (and B while comparing) unless it is the
        one already asked for; True when a new request went out."""
        self.timer.stop()
        firms, workers = self.inputs()
        if firms is None or "firm_id" not in firms.columns:
            return False
        subset_a, subset_b = self.window.comparison()
        subset = subset_a if subset_a is not None else self.window.current_subset()
        key = self._key(subset, subset_b)
        if key == self._asked:
            return False
        self._asked = key
        session = self.window.session_controller
        reuse = None
        if self._whole_survey is not None and self._whole_survey[0] == key:
            cached = self._whole_survey[1]
            self.executor.cancel("analysis")
            self._analysis_ready((cached, None))
            if not cached.provisional:
                return True
            reuse = (cached, None)  # shown at once; its few-firm tests follow
        self.executor.start("analysis", analysis_job, firms, workers, reuse=reuse,
                            subset=subset, subset_b=subset_b,
                            language=current_language(), prepared=self._prepared,
                            rules=copy.deepcopy(session.rules()),
                            settings=session.analysis_settings() or None,
                            on_finished=self._analysis_ready, on_failed=self._analysis_failed,
                            on_partial=self._analysis_ready)
        return True

    def is_busy(self) -> bool:
        """True while derived columns or an analysis are being computed (or about to be)."""
        return (self.timer.isActive() or self.executor.is_busy("derived")
                or self.executor.is_busy("analysis") or self.executor.is_busy("outcomes"))

    def _show_busy(self) -> None:
        busy = self.executor.is_busy("analysis") or self.executor.is_busy("outcomes")
        provisional = bool(getattr(self.result, "provisional", False)) and busy
        self.window.analysis_busy_label.setText(
            self.tr("Provisional: computing the adjusted gaps and the tests for few firms…")
            if provisional
            else self.tr("Updating the analysis…"))
        self.window.analysis_busy.setVisible(busy)
        self.window.analysis_busy_label.setVisible(busy)

    def _analysis_failed(self, failure: Failure) -> None:
        self._asked = None  # the same request may be tried again
        self.window.statusBar().showMessage(
            self.tr("The analysis could not be computed: {why}").format(why=failure.message),
            15000)
        self.window.analysisFailed.emit("analysis", failure.message, failure.details)

    def _analysis_ready(self, pair: tuple[Any, Any]) -> None:
        if self.window.current_survey() is None:
            return
        self.result, self.result_b = pair
        self._prepared = getattr(self.result, "prepared", self._prepared)
        whole = self._whole_survey
        if (whole is not None and whole[1].provisional and not self.result.provisional
                and self._asked == whole[0]):
            self._whole_survey = (whole[0], self.result)  # the full numbers from now on
        self._show_busy()
        self._dirty = set(self.window.views)
        self.window.session_controller.restore_view_states()
        self.window.findings_view.set_result(self.result, result_b=self.result_b)
        self.refresh_shown_view()
        self.window.update_actions()
        self.window.analysisShown.emit(self.result, self.result_b)

    # -- handing results to the views --------------------------------------------------------------

    def refresh_view(self, view: AnalysisView) -> None:
        self._dirty.discard(view)
        if self.result is None:
            return
        from gui.views import fit_title

        try:
            view.set_result(self.result, result_b=self.result_b)
        except Exception as error:  # one view failing must not take the others with it
            record(f"{view.objectName()} could not show the analysis", format_details(error),
                   expected=False)
            tabs = self.window.tabs
            self.window.statusBar().showMessage(
                self.tr("{view} could not show this subset: {why}").format(
                    view=tabs.tabText(tabs.indexOf(view)),
                    why=plain_message(error) or type(error).__name__), 15000)
            return
        for chart in view.charts().values():
            fit_title(chart)  # axis widths follow the data: keep the title within the chart
        firms = self.window.selection_controller.highlighted_table_firms()
        if firms:
            view.highlight_firms(firms)

    def refresh_shown_view(self) -> None:
        view = self.window.tabs.currentWidget()
        if view in self._dirty:
            self.refresh_view(view)

    def refresh_views(self) -> None:
        """Give every view the latest analysis now (before exporting their charts)."""
        for view in self.window.views:
            if view in self._dirty:
                self.refresh_view(view)

    def redraw_views(self) -> None:
        """Every view draws again when shown (new views, presentation mode)."""
        self._dirty = set(self.window.views)
        self.refresh_shown_view()

    def rebuild_views(self) -> None:
        """New analysis views (in the new language), given the current analysis and their
        choices at once."""
        window = self.window
        current = window.tabs.currentIndex()
        old_views = window.views
        states = {key: view.view_state() for key, view in window.view_keys().items()}
        outcomes = window.outcomes_view
        with contextlib.suppress(RuntimeError, TypeError):
            outcomes.runner.finished.disconnect(outcomes._on_finished)
            outcomes.runner.failed.disconnect(outcomes._on_failed)
        window.views = window.new_views()
        (window.upgrading_view, window.outcomes_view, window.matrix_view,
         window.chart_builder) = window.views
        window.tabs.blockSignals(True)
        for old, new in zip(old_views, window.views, strict=True):
            index = window.tabs.indexOf(old)
            window.tabs.removeTab(index)
            window.tabs.insertTab(index, new, "")
            window.wire_view(new)
            old.setParent(None)
            old.deleteLater()
        window.tabs.setCurrentIndex(current)
        window.tabs.blockSignals(False)
        with window.session_controller.applying():
            for key, view in window.view_keys().items():
                view.apply_view_state(states[key])
        self.redraw_views()

    def when_settled(self, action) -> None:
        """Run ``action`` once every view has the latest analysis and nothing is computing
        (views never opened compute their charts now; the outcomes view does so off the GUI
        thread)."""
        self.refresh_views()
        if not self.is_busy():
            action()
            return
        self.window.statusBar().showMessage(self.tr("Waiting for the analysis to finish…"))

        def settled(busy: bool) -> None:
            if busy:
                return
            self.executor.busyChanged.disconnect(settled)
            if self.result is not None and self.window.isVisible():
                QTimer.singleShot(0, self, lambda: self.when_settled(action))

        self.executor.busyChanged.connect(settled)


def replace_frame(panel: TablePanel, frame: pd.DataFrame, added: list[str]) -> None:
    """Show the frame with derived columns, keeping sort, hidden columns and widths."""
    model, view = panel.model, panel.view
    if not added:
        return
    sort_name = model.column_name(model.sort_column()) if model.sort_column() >= 0 else None
    order = model.sort_order()
    hidden = {model.column_name(c) for c in range(model.columnCount()) if view.isColumnHidden(c)}
    widths = {model.column_name(c): view.columnWidth(c) for c in range(model.columnCount())}
    prepared = model.prepare_frame(frame, value_labels=model.value_labels(),
                                   variable_labels=model.variable_labels(),
                                   derived_columns=set(model.derived_columns()) | set(added))
    model.commit_frame(prepared)
    view.fit_columns(c for c in range(model.columnCount()) if model.column_name(c) not in widths)
    for c in range(model.columnCount()):
        name = model.column_name(c)
        if name in widths:
            view.setColumnWidth(c, widths[name])
        view.setColumnHidden(c, name in hidden)
    if sort_name is not None:
        view.sortByColumn(model.column_index(sort_name), order)
    else:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    panel.legend.setVisible(True)
    panel.apply_filter()


__all__ = ["QUICK_PASS_WORKERS", "ROW_COLUMN", "AnalysisController", "analysis_job",
           "replace_frame", "run_analysis_pair", "run_analysis_tagged", "tag_worker_rows"]
