"""The window's one background worker (gui.concurrent): latest wins per purpose, cancel, progress
in order, one error path, a shutdown that waits, and no thread left behind."""

from __future__ import annotations

import threading
import time

import pytest

from core.common.errors import FileRefusedError
from gui.concurrent import THREAD_NAME, Cancelled, Executor, Failure


def worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(THREAD_NAME) and t.is_alive()]


@pytest.fixture
def executor(qtbot):
    ex = Executor()
    yield ex
    ex.shutdown()


def test_latest_task_of_a_purpose_wins_and_others_still_report(qtbot, executor):
    seen: list[tuple[str, object]] = []
    executor.finished.connect(lambda key, value: seen.append((key, value)))
    gate = threading.Event()
    executor.submit("analysis", lambda: (gate.wait(5), "old")[1])
    executor.submit("analysis", lambda: "middle")  # queued, superseded before it runs
    executor.submit("outcomes", lambda: "table")
    last = executor.submit("analysis", lambda: "new")
    gate.set()
    qtbot.waitUntil(lambda: not executor.is_busy(), timeout=5_000)
    assert seen == [("outcomes", "table"), ("analysis", "new")]
    assert last.future.done()


def test_results_of_superseded_running_task_are_dropped(qtbot, executor):
    results, progress = [], []
    started = threading.Event()
    release = threading.Event()

    def slow(state):
        started.set()
        release.wait(5)
        state.partial("old partial")  # dropped: cancelled
        return "old"

    executor.start("open", slow, on_finished=results.append, on_partial=progress.append)
    assert started.wait(5)
    executor.start("open", lambda state: "new", on_finished=results.append)
    release.set()
    qtbot.waitUntil(lambda: not executor.is_busy(), timeout=5_000)
    executor.wait()
    qtbot.wait(20)
    assert results == ["new"] and progress == []


def test_cancel_stops_a_polling_job_and_reports_nothing(qtbot, executor):
    ran_to_end, reported = [], []
    started = threading.Event()

    def job(state):
        started.set()
        for _ in range(500):
            state.progress("working")  # raises Cancelled once cancelled
            time.sleep(0.01)
        ran_to_end.append(True)
        return "done"

    task = executor.start("open", job, on_finished=reported.append,
                          on_failed=reported.append)
    assert started.wait(5)
    with qtbot.waitSignal(executor.busyChanged, timeout=2_000) as busy:
        assert executor.cancel("open")
    assert busy.args == [False]
    assert executor.wait(5)
    qtbot.wait(20)
    assert task.is_cancelled() and not ran_to_end and reported == []
    assert not executor.cancel("open")  # nothing left to cancel


def test_progress_and_partial_results_arrive_in_order_before_the_result(qtbot, executor):
    events: list[tuple[str, object]] = []

    def job(state, n):
        for i in range(n):
            state.progress(f"step {i}")
            state.partial(i)
        return "result"

    executor.progress.connect(lambda key, m: events.append(("signal", m)))
    with qtbot.waitSignal(executor.finished, timeout=5_000):
        executor.start("derived", job, 5, on_progress=lambda m: events.append(("progress", m)),
                       on_partial=lambda v: events.append(("partial", v)),
                       on_finished=lambda r: events.append(("finished", r)))
    own = [e for e in events if e[0] != "signal"]
    expected = []
    for i in range(5):
        expected += [("progress", f"step {i}"), ("partial", i)]
    assert own == [*expected, ("finished", "result")]
    assert [m for kind, m in events if kind == "signal"] == [f"step {i}" for i in range(5)]


def test_an_exception_becomes_the_failed_signal_with_plain_words(qtbot, executor):
    failures: list[Failure] = []

    def refuse(state):
        raise FileRefusedError("The file is damaged", where="x.xlsx", todo="Save it again")

    with qtbot.waitSignal(executor.failed, timeout=5_000) as blocker:
        executor.start("open", refuse, on_failed=failures.append)
    key, message, details = blocker.args
    assert key == "open" and "The file is damaged" in message
    assert "FileRefusedError" in details and "Traceback" in details
    assert failures and failures[0].expected and failures[0].message == message
    with qtbot.waitSignal(executor.failed, timeout=5_000) as blocker:
        executor.submit("analysis", lambda: 1 / 0)
    assert blocker.args[1] == "division by zero"
    assert not executor.is_busy()


def test_cancelled_raised_by_the_job_is_not_a_failure(qtbot, executor):
    failed = []
    executor.failed.connect(lambda *a: failed.append(a))

    def job(state):
        raise Cancelled

    executor.start("open", job)
    executor.wait()
    qtbot.wait(20)
    assert failed == []


def test_deliver_hands_over_a_result_and_drops_the_running_one(qtbot, executor):
    seen = []
    executor.finished.connect(lambda key, value: seen.append((key, value)))
    gate = threading.Event()
    executor.submit("analysis", lambda: (gate.wait(5), "computed")[1])
    executor.deliver("analysis", "known")
    gate.set()
    executor.wait()
    qtbot.wait(20)
    assert seen == [("analysis", "known")] and not executor.is_busy()


def test_one_worker_thread_and_shutdown_waits_for_it(qtbot):
    before = len(worker_threads())
    executor = Executor()
    assert executor.thread_count() == 0  # no thread before the first task
    ran = []
    threads = set()

    def job(i):
        threads.add(threading.current_thread().name)
        time.sleep(0.05)
        ran.append(i)

    for i in range(4):
        executor.submit(f"k{i}", job, i)
    assert executor.thread_count() == 1
    assert executor.shutdown(timeout=10)
    # the running job finished before shutdown returned; queued ones were cancelled
    assert ran and ran == sorted(ran)
    assert len(threads) == 1
    assert executor.thread_count() == 0
    assert len(worker_threads()) == before  # no leaked thread
    with qtbot.waitSignal(executor.finished, timeout=5_000):  # usable again: a new thread
        executor.submit("k", job, 9)
    assert executor.shutdown() and len(worker_threads()) == before


def test_nothing_is_reported_after_shutdown(qtbot):
    executor = Executor()
    seen = []
    executor.finished.connect(lambda *a: seen.append(a))
    executor.submit("analysis", lambda: (time.sleep(0.1), "late")[1])
    executor.shutdown()
    qtbot.wait(50)
    assert seen == [] and not executor.is_busy()


def test_the_window_uses_one_worker_and_leaves_no_thread_behind(qtbot):
    from pathlib import Path

    from gui.main_window import MainWindow
    from gui.survey_loader import load_for_window

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
    before = len(worker_threads())
    window = MainWindow(loader=load_for_window, sample_path=sample)
    qtbot.addWidget(window)
    assert window.outcomes_view.runner is window.executor  # one executor for the window
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.open_sample()
    assert window.executor.thread_count() == 1
    assert len(worker_threads()) == before + 1
    window.close()  # shutdown waits for the worker
    assert window.executor.thread_count() == 0 and len(worker_threads()) == before
