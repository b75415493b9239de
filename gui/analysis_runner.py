"""Run core work off the GUI thread; the latest request of each kind wins.

``AnalysisRunner`` owns a one-thread ``QThreadPool``. Each request carries a *key* ("analysis",
"outcomes", ...) and a generation number; when a newer request with the same key arrives, queued
older ones are dropped and the result of one still running is ignored, so a user dragging a filter
only ever sees the numbers of the last subset. Results cross to the GUI thread as queued signals.

    runner = AnalysisRunner(parent=window)
    runner.resultReady.connect(view.set_result)
    runner.request_analysis(survey.firms, survey.workers, subset=subset, rules=rules)

Worker rows: ``request_analysis`` tags each worker row with its position in the worker table it
was given (column :data:`ROW_COLUMN`), so the views' ``workersSelected`` signals carry positions in
that table even though ``run_analysis`` returns only the subset's rows.

The main window asks for subset A (and B while comparing) in one request,
:meth:`AnalysisRunner.request_analysis_pair` → ``pairReady(result, result_b)``; a result it already
has (e.g. the whole survey, computed with the derived columns) is handed over with
:meth:`AnalysisRunner.deliver_pair`, which also makes any older request stale.

Before the runner is destroyed (window close, test teardown) call :meth:`shutdown`.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ROW_COLUMN = "_worker_row"
"""Column added to the worker table: each row's position in the table given to the runner."""


def tag_worker_rows(workers: pd.DataFrame | None) -> pd.DataFrame | None:
    """The worker table plus :data:`ROW_COLUMN` (0..n-1), for mapping subset rows back."""
    if workers is None:
        return None
    return workers.assign(**{ROW_COLUMN: np.arange(len(workers), dtype=np.int64)})


def run_analysis_tagged(firms: pd.DataFrame, workers: pd.DataFrame | None, **kwargs: Any):
    """``core.analysis.pipeline.run_analysis`` with worker rows tagged (what the runner calls)."""
    from core.analysis.pipeline import run_analysis

    return run_analysis(firms, tag_worker_rows(workers), **kwargs)


def run_analysis_pair(firms: pd.DataFrame, workers: pd.DataFrame | None, *, subset: Any = None,
                      subset_b: Any = None, **kwargs: Any) -> tuple[Any, Any]:
    """Subset A and, when ``subset_b`` is given, subset B (same rules and settings)."""
    result = run_analysis_tagged(firms, workers, subset=subset, **kwargs)
    result_b = (None if subset_b is None
                else run_analysis_tagged(firms, workers, subset=subset_b, **kwargs))
    return result, result_b


class _Relay(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, str, str)


class _Task(QRunnable):
    def __init__(self, relay: _Relay, key: str, generation: int, fn: Callable[..., Any],
                 args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it alive: tryTake must never see a freed task
        self.relay, self.key, self.generation = relay, key, generation
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as error:  # reported to the GUI in plain words, never lost
            message = getattr(error, "message", None) or str(error) or type(error).__name__
            details = "".join(traceback.format_exception(type(error), error,
                                                         error.__traceback__))
            self.relay.failed.emit(self.key, self.generation, str(message), details)
            return
        finally:
            self.fn, self.args, self.kwargs = None, (), {}  # release the data frames early
        self.relay.done.emit(self.key, self.generation, result)


class AnalysisRunner(QObject):
    """Latest-request-wins background execution of core calls.

    Signals:
      ``finished(str key, object result)``: the result of the latest request of ``key``;
      ``resultReady(object)``: an ``AnalysisResult`` from :meth:`request_analysis`;
      ``pairReady(object, object)``: (A, B or None) from :meth:`request_analysis_pair`;
      ``failed(str key, str message, str details)``: the latest request of ``key`` raised;
      ``busyChanged(bool)``: True while any request is pending (show a progress indicator).
    """

    finished = Signal(str, object)
    resultReady = Signal(object)
    pairReady = Signal(object, object)
    failed = Signal(str, str, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._counter = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending: set[str] = set()
        self._tasks: dict[str, _Task] = {}
        self._retired: list[_Task] = []

    # -- requests --------------------------------------------------------------------------------

    def submit(self, key: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        """Run ``fn(*args, **kwargs)`` in the background; returns the request's generation.
        Only the latest request of ``key`` reports (``finished`` or ``failed``)."""
        generation = next(self._counter)
        self._latest[key] = generation
        was_busy = bool(self._pending)
        self._pending.add(key)
        older = self._tasks.pop(key, None)
        if older is not None:
            self._pool.tryTake(older)  # drop it if it has not started; a running one is ignored
            self._retired.append(older)
        del self._retired[:-16]  # long finished by now; keep a few in case one still runs
        task = _Task(self._relay, key, generation, fn, args, kwargs)
        self._tasks[key] = task
        self._pool.start(task)
        if not was_busy:
            self.busyChanged.emit(True)
        return generation

    def request_analysis(self, firms: pd.DataFrame, workers: pd.DataFrame | None = None,
                         **kwargs: Any) -> int:
        """``run_analysis(firms, workers, **kwargs)`` off the GUI thread → ``resultReady``."""
        return self.submit("analysis", run_analysis_tagged, firms, workers, **kwargs)

    def request_analysis_pair(self, firms: pd.DataFrame, workers: pd.DataFrame | None = None, *,
                              subset: Any = None, subset_b: Any = None, **kwargs: Any) -> int:
        """Subsets A and B (None: not comparing) off the GUI thread → ``pairReady``."""
        return self.submit("pair", run_analysis_pair, firms, workers, subset=subset,
                           subset_b=subset_b, **kwargs)

    def discard(self, key: str) -> None:
        """Forget the requests of ``key``: a queued one is dropped, a running one ignored."""
        task = self._tasks.pop(key, None)
        if task is not None:
            self._pool.tryTake(task)
            self._retired.append(task)
        self._latest[key] = next(self._counter)
        if key in self._pending:
            self._settle(key)

    def deliver_pair(self, result: Any, result_b: Any = None) -> None:
        """Hand over a pair computed elsewhere as if it were the latest request's."""
        self.discard("pair")
        self.pairReady.emit(result, result_b)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every started request has run (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> None:
        """Drop queued requests, wait for the running one, and ignore what it reports."""
        for task in self._tasks.values():
            self._pool.tryTake(task)
        self._latest.clear()
        self._pool.waitForDone(msecs)
        self._tasks.clear()
        self._retired.clear()
        if self._pending:
            self._pending.clear()
            self.busyChanged.emit(False)

    # -- results ---------------------------------------------------------------------------------

    def _settle(self, key: str) -> None:
        self._pending.discard(key)
        if not self._pending:
            self.busyChanged.emit(False)

    @Slot(str, int, object)
    def _on_done(self, key: str, generation: int, result: Any) -> None:
        if self._latest.get(key) != generation:
            return
        self._settle(key)
        self.finished.emit(key, result)
        if key == "analysis":
            self.resultReady.emit(result)
        elif key == "pair":
            self.pairReady.emit(*result)

    @Slot(str, int, str, str)
    def _on_failed(self, key: str, generation: int, message: str, details: str) -> None:
        if self._latest.get(key) != generation:
            return
        self._settle(key)
        self.failed.emit(key, message, details)


__all__ = ["ROW_COLUMN", "AnalysisRunner", "run_analysis_pair", "run_analysis_tagged",
           "tag_worker_rows"]
