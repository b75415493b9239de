"""The window's ONE background worker: tasks keyed by purpose, the latest of each purpose wins.

The idea is Orange3's ``Orange/widgets/utils/concurrent.py`` (our own code): a one-worker executor,
a task-state object through which the job reports progress and partial results — they cross to
the GUI thread as queued signals — and cancellation by polling. Starting a task cancels the
previous task of the same purpose ("open", "derived", "analysis", "outcomes", ...): a queued one
never runs, a running one is asked to stop and, whatever it returns, its result, progress and
error are dropped *here*, so no caller needs staleness tokens.

Threads: exactly ONE worker thread (``concurrent.futures.ThreadPoolExecutor(max_workers=1)``,
named ``uex-worker``), created with the first task and joined by :meth:`Executor.shutdown`. Tasks
of different purposes therefore run one after another, in the order they were started.

    executor = Executor(parent=window)
    executor.start("open", job, path, on_finished=show, on_failed=explain, on_progress=say)
    # job(state, path): state.progress("Reading …"), state.partial(x), state.is_cancelled()
    executor.submit("outcomes", compute, frame)        # plain fn(*args): no state argument
    executor.finished.connect(...)                     # (key, result) of the latest task of key

One error path: a job that raises becomes a :class:`Failure` (plain message from
``core.common.errors.UserFacingError`` when there is one, the traceback as details), written once
to the log through :func:`gui.error_dialog.record`, then handed to ``on_failed`` and emitted as
``failed(key, message, details)``. The caller only shows it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from gui.error_dialog import format_details, plain_message, record

log = logging.getLogger(__name__)

THREAD_NAME = "uex-worker"
"""Name prefix of the worker thread (tests look for leaked threads by it)."""


class Cancelled(Exception):
    """Raised inside a job by :meth:`TaskState.progress` once its task was cancelled."""


@dataclass(frozen=True)
class Failure:
    """What a failed job tells the GUI: plain words, details, and whether it was expected."""

    message: str
    """Plain words: the UserFacingError's message, else the exception's text or type name."""
    details: str
    """The formatted traceback (for "Show Details…" and the log)."""
    expected: bool
    """True for a core.common.errors.UserFacingError (a file refused, a rule invalid, ...)."""
    error: BaseException | None = field(default=None, compare=False)
    log_file: Path | None = None
    """The log file the details were written to (set by the executor)."""


def failure_of(error: BaseException) -> Failure:
    """The :class:`Failure` for an exception (plain message when core gave one)."""
    plain = plain_message(error)
    message = plain or str(error) or type(error).__name__
    return Failure(message, format_details(error), plain is not None, error)


class TaskState:
    """Handed to a job started with :meth:`Executor.start`; safe to use from the worker thread."""

    def __init__(self, relay: _Relay, task_id: int) -> None:
        self._relay = relay
        self._id = task_id
        self._cancel = threading.Event()

    def is_cancelled(self) -> bool:
        """Poll this in long loops and return early when True."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, message: str) -> None:
        """Say what the job is doing; raises :class:`Cancelled` once the task was cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        self._relay.progress.emit(self._id, str(message))

    def partial(self, value: Any) -> None:
        """Hand over a partial result (delivered before the final one, in order)."""
        if not self._cancel.is_set():
            self._relay.partial.emit(self._id, value)

    # the shape of the old ``fn(progress, cancelled)`` callbacks, for jobs that take two callables
    def __call__(self, message: str) -> None:
        self.progress(message)


class _Relay(QObject):
    """Emitted on the worker thread; received on the GUI thread (queued: the receiver lives
    there)."""

    progress = Signal(int, str)
    partial = Signal(int, object)
    done = Signal(int, object)
    failed = Signal(int, object)
    ended = Signal(int)
    """Always last, also for a cancelled job."""


@dataclass
class Task:
    """The GUI-side handle of one started job."""

    key: str
    id: int
    state: TaskState
    on_finished: Callable[[Any], None] | None = None
    on_failed: Callable[[Failure], None] | None = None
    on_progress: Callable[[str], None] | None = None
    on_partial: Callable[[Any], None] | None = None
    future: Future | None = None
    ended: bool = False

    def cancel(self) -> None:
        """Ask the job to stop; nothing it reports afterwards reaches the GUI."""
        self.state.cancel()
        if self.future is not None:
            self.future.cancel()

    def is_cancelled(self) -> bool:
        return self.state.is_cancelled()


class Executor(QObject):
    """ONE worker thread for the window; tasks keyed by purpose, latest of each key wins.

    Signals (GUI thread; only ever for the latest, uncancelled task of a key):
      ``progress(str key, str message)``, ``partialResult(str key, object value)``,
      ``finished(str key, object result)``, ``failed(str key, str message, str details)``;
      ``busyChanged(bool)``: True while any key has a task that has not reported yet.
    """

    progress = Signal(str, str)
    partialResult = Signal(str, object)
    finished = Signal(str, object)
    failed = Signal(str, str, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.partial.connect(self._on_partial)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.ended.connect(self._on_ended)
        self._ids = itertools.count(1)
        self._current: dict[str, Task] = {}
        """The latest task of each key that has not reported yet."""
        self._running: dict[int, Task] = {}
        """Every task whose job has not ended (also superseded and cancelled ones)."""

    # -- starting --------------------------------------------------------------------------------

    def start(self, key: str, job: Callable[..., Any], *args: Any,
              on_finished: Callable[[Any], None] | None = None,
              on_failed: Callable[[Failure], None] | None = None,
              on_progress: Callable[[str], None] | None = None,
              on_partial: Callable[[Any], None] | None = None, **kwargs: Any) -> Task:
        """Run ``job(state, *args, **kwargs)`` on the worker; cancels the previous ``key`` task."""
        return self._start(key, job, args, kwargs, with_state=True, on_finished=on_finished,
                           on_failed=on_failed, on_progress=on_progress, on_partial=on_partial)

    def submit(self, key: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """Run ``fn(*args, **kwargs)`` (no state argument); report through the signals only."""
        return self._start(key, fn, args, kwargs, with_state=False)

    def _start(self, key: str, fn: Callable[..., Any], args: tuple, kwargs: dict, *,
               with_state: bool, **callbacks: Any) -> Task:
        was_busy = self.is_busy()
        self._drop(key)
        task_id = next(self._ids)
        state = TaskState(self._relay, task_id)
        task = Task(key, task_id, state, **callbacks)
        self._current[key] = task
        self._running[task_id] = task
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)
        call = (lambda: fn(state, *args, **kwargs)) if with_state else (
            lambda: fn(*args, **kwargs))
        task.future = self._pool.submit(self._run, task_id, state, call)
        task.future.add_done_callback(lambda f, i=task_id: self._future_done(f, i))
        if not was_busy:
            self.busyChanged.emit(True)
        return task

    def _run(self, task_id: int, state: TaskState, call: Callable[[], Any]) -> None:
        """On the worker thread: run the job and send what it produced (never raises)."""
        try:
            if state.is_cancelled():
                return
            try:
                result = call()
            except Cancelled:
                return
            except BaseException as error:  # one error path: the GUI explains it
                if not state.is_cancelled():
                    self._relay.failed.emit(task_id, failure_of(error))
                return
            if not state.is_cancelled():
                self._relay.done.emit(task_id, result)
        finally:
            self._relay.ended.emit(task_id)

    def _future_done(self, future: Future, task_id: int) -> None:
        """A queued future cancelled before it ran never calls ``_run``: end it here."""
        if future.cancelled():
            self._relay.ended.emit(task_id)

    # -- cancelling ------------------------------------------------------------------------------

    def _drop(self, key: str) -> bool:
        task = self._current.pop(key, None)
        if task is None:
            return False
        task.cancel()
        return True

    def cancel(self, key: str) -> bool:
        """Cancel the current task of ``key``; True when there was one."""
        dropped = self._drop(key)
        if dropped and not self.is_busy():
            self.busyChanged.emit(False)
        return dropped

    def deliver(self, key: str, result: Any) -> None:
        """Hand over a result computed elsewhere as the latest result of ``key`` (the task of
        ``key`` still running is cancelled: its result would be older)."""
        self.cancel(key)
        self.finished.emit(key, result)

    # -- state -----------------------------------------------------------------------------------

    def current(self, key: str) -> Task | None:
        """The task of ``key`` that has not reported yet, if any."""
        return self._current.get(key)

    def is_busy(self, key: str | None = None) -> bool:
        """True while a (latest) task has not reported: of ``key``, or of any key."""
        return key in self._current if key is not None else bool(self._current)

    def thread_count(self) -> int:
        """Worker threads alive now (0 before the first task and after shutdown; never > 1)."""
        pool = self._pool
        return 0 if pool is None else sum(t.is_alive() for t in getattr(pool, "_threads", ()))

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until every started job has ended (their reports are then queued for the
        event loop). Tests and shutdown use it; True when everything ended in time."""
        futures = [t.future for t in list(self._running.values()) if t.future is not None]
        _done, pending = wait_futures(futures, timeout=timeout)
        return not pending

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel everything, wait for the running job, join the worker thread. Nothing of
        those tasks is reported afterwards; True when the thread stopped in time. A task started
        later gets a new worker thread (shut down again before the owner goes away)."""
        was_busy = self.is_busy()
        for task in list(self._running.values()):
            task.cancel()
        self._current.clear()
        stopped = self.wait(timeout)
        if self._pool is not None:
            self._pool.shutdown(wait=stopped, cancel_futures=True)
            self._pool = None
        if not stopped:
            log.warning("Background work still running after %.0f s", timeout)
        self._running.clear()
        if was_busy:
            self.busyChanged.emit(False)
        return stopped

    # -- reports (GUI thread) --------------------------------------------------------------------

    def _live(self, task_id: int) -> Task | None:
        """The task if it is still the latest of its key and not cancelled, else None."""
        task = self._running.get(task_id)
        if task is None or task.is_cancelled() or self._current.get(task.key) is not task:
            return None
        return task

    def _settle(self, task: Task) -> None:
        if self._current.get(task.key) is task:
            del self._current[task.key]
            if not self._current:
                self.busyChanged.emit(False)

    @Slot(int, str)
    def _on_progress(self, task_id: int, message: str) -> None:
        task = self._live(task_id)
        if task is None:
            return
        if task.on_progress is not None:
            task.on_progress(message)
        self.progress.emit(task.key, message)

    @Slot(int, object)
    def _on_partial(self, task_id: int, value: Any) -> None:
        task = self._live(task_id)
        if task is None:
            return
        if task.on_partial is not None:
            task.on_partial(value)
        self.partialResult.emit(task.key, value)

    @Slot(int, object)
    def _on_done(self, task_id: int, result: Any) -> None:
        task = self._live(task_id)
        if task is None:
            return
        self._settle(task)
        if task.on_finished is not None:
            task.on_finished(result)
        self.finished.emit(task.key, result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, failure: Failure) -> None:
        task = self._live(task_id)
        if task is None:
            return
        self._settle(task)
        failure = replace(failure, log_file=record(
            f"Background task “{task.key}” failed", failure.details, expected=failure.expected))
        if task.on_failed is not None:
            task.on_failed(failure)
        self.failed.emit(task.key, failure.message, failure.details)

    @Slot(int)
    def _on_ended(self, task_id: int) -> None:
        task = self._running.pop(task_id, None)
        if task is None:
            return
        task.ended = True
        if task.is_cancelled():  # a cancelled job that was still current (shutdown) settles
            self._settle(task)


__all__ = ["THREAD_NAME", "Cancelled", "Executor", "Failure", "Task", "TaskState", "failure_of"]
