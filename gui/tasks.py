"""Background work: run a function on a thread pool and hear about it on the GUI thread.

As in Orange3's concurrent helpers: a task object whose signals cross to the GUI thread queued,
progress reported by the function through a callback, cancellation by polling (the function asks
``cancelled()`` or its progress callback raises :class:`Cancelled`). A cancelled task's result is
never delivered, so the window can move on at once while the thread winds down.

The window owns one :class:`TaskRunner` (one worker thread: loads and derived columns queue in
order) and calls :meth:`TaskRunner.shutdown` before it goes away, so no thread outlives it (tests
rely on that).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task (by its progress callback) once the user pressed Cancel."""


class TaskSignals(QObject):
    """Emitted from the worker thread; connected slots run on the GUI thread (queued)."""

    progress = Signal(str)
    finished = Signal(object)
    """The function's return value (not emitted when cancelled)."""
    failed = Signal(object, str)
    """The exception and its formatted traceback (not emitted when cancelled)."""
    done = Signal()
    """Always emitted last, whatever happened."""


class Task(QRunnable):
    """One call of ``fn(progress, cancelled)`` on a pool thread."""

    def __init__(self, fn: Callable[[Callable[[str], None], Callable[[], bool]], Any],
                 name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps a reference until done
        self.fn = fn
        self.name = name
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_finished(self) -> bool:
        return self._finished.is_set()

    def _progress(self, message: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(str(message))

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self._cancel.is_set)
        except Cancelled:
            pass
        except BaseException as error:  # delivered to the GUI, which explains it
            if not self._cancel.is_set():
                details = "".join(traceback.format_exception(type(error), error,
                                                             error.__traceback__))
                self.signals.failed.emit(error, details)
        else:
            if not self._cancel.is_set():
                self.signals.finished.emit(result)
        finally:
            self._finished.set()
            self.signals.done.emit()


class TaskRunner(QObject):
    """A private thread pool (not the global one, so shutting down waits only for our work)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: list[Task] = []

    def start(self, fn: Callable[[Callable[[str], None], Callable[[], bool]], Any], *,
              on_finished: Callable[[Any], None] | None = None,
              on_failed: Callable[[BaseException, str], None] | None = None,
              on_progress: Callable[[str], None] | None = None,
              name: str = "") -> Task:
        task = Task(fn, name)
        if on_finished is not None:
            task.signals.finished.connect(on_finished)
        if on_failed is not None:
            task.signals.failed.connect(on_failed)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.done.connect(lambda t=task: self._forget(t))
        self._tasks.append(task)
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def busy(self) -> bool:
        return any(not t.is_finished() for t in self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the threads; True when they all stopped."""
        self.cancel_all()
        stopped = self.pool.waitForDone(timeout_ms)
        if not stopped:
            log.warning("Background work still running after %d ms", timeout_ms)
        return stopped
