"""The global exception hook: plain-words dialog, traceback in the log, window still usable."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from core.common.errors import SubsetError
from gui.crash_guard import install_crash_guard

pytestmark = pytest.mark.qt_no_exception_capture  # the guard, not pytest-qt, owns the hook here


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.setObjectName("mainWindow")
    button = QPushButton("Recount", win)
    button.setObjectName("recount")
    win.setCentralWidget(button)
    win.clicks = 0
    win.fail_next = True

    def on_click():
        if win.fail_next:
            win.fail_next = False
            raise ZeroDivisionError("division by zero in a view")
        win.clicks += 1

    button.clicked.connect(on_click)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def guard(window, tmp_path):
    g = install_crash_guard(tmp_path / "data", window)
    yield g
    if g.last_box is not None:
        g.last_box.done(0)
    g.uninstall()


def _close_box(qtbot, guard) -> QMessageBox:
    qtbot.waitUntil(lambda: guard.last_box is not None and guard.last_box.isVisible(),
                    timeout=3000)
    box = guard.last_box
    texts = (box.windowTitle(), box.text(), box.informativeText(), box.detailedText())
    box.done(0)
    qtbot.waitUntil(lambda: guard.last_box is None, timeout=3000)
    return texts


def test_an_error_in_a_slot_shows_a_dialog_logs_and_the_window_carries_on(qtbot, window, guard):
    button = window.findChild(QPushButton, "recount")
    button.click()  # raises inside a Qt slot → sys.excepthook
    title, text, informative, details = _close_box(qtbot, guard)
    assert title == "Something went wrong"
    assert "ZeroDivisionError" in text and "Your project is still open" in text
    assert str(guard.log_path) in informative
    assert "division by zero in a view" in details and "Traceback" in details
    guard._handler.flush()
    log = guard.log_path.read_text(encoding="utf-8")
    assert "division by zero in a view" in log and "on_click" in log
    button.click()  # the window still works
    assert window.clicks == 1 and window.isVisible()


def test_an_error_in_a_timer_callback_is_caught(qtbot, guard):
    def fail():
        raise KeyError("missing column")

    QTimer.singleShot(0, fail)
    _, text, _, details = _close_box(qtbot, guard)
    assert "KeyError" in text and "missing column" in details


def test_an_error_in_a_thread_reaches_the_dialog_on_the_gui_thread(qtbot, guard):
    def work():
        raise RuntimeError("bootstrap failed")

    t = threading.Thread(target=work, name="bootstrap-worker")
    t.start()
    t.join()
    _, text, _, details = _close_box(qtbot, guard)
    assert "RuntimeError" in text and "bootstrap failed" in details
    guard._handler.flush()
    assert "in thread bootstrap-worker" in guard.log_path.read_text(encoding="utf-8")


def test_a_user_facing_error_shows_its_own_words(qtbot, guard):
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(
        SubsetError("Unknown firm role 'colour' in the subset", todo="Remove the filter")))
    title, text, _, _ = _close_box(qtbot, guard)
    assert title == "Something could not be done"
    assert text == "Unknown firm role 'colour' in the subset. Remove the filter."


def test_a_storm_of_errors_shows_one_dialog(qtbot, guard):
    for i in range(20):
        guard.excepthook(ValueError, ValueError(f"paint {i}"), None)
    qtbot.waitUntil(lambda: guard.last_box is not None, timeout=3000)
    qtbot.wait(50)
    assert guard.suppressed == 19 and guard.caught == 20
    _close_box(qtbot, guard)
    guard.excepthook(ValueError, ValueError("after"), None)  # the next error is shown again
    _, _, _, details = _close_box(qtbot, guard)
    assert "after" in details


def test_keyboard_interrupt_goes_to_the_previous_hook_and_uninstall_restores(tmp_path, qtbot):
    seen = []
    previous = sys.excepthook
    sys.excepthook = lambda *args: seen.append(args[0])
    try:
        g = install_crash_guard(tmp_path)
        assert sys.excepthook == g.excepthook and threading.excepthook == g.thread_excepthook
        g.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        assert seen == [KeyboardInterrupt] and g.caught == 0
        g.uninstall()
        assert sys.excepthook is not g.excepthook
        assert threading.excepthook is not g.thread_excepthook
    finally:
        sys.excepthook = previous


def test_the_dialog_outlives_a_deleted_window(qtbot, tmp_path):
    win = QMainWindow()
    g = install_crash_guard(tmp_path, win)
    try:
        win.deleteLater()
        qtbot.wait(10)
        g.excepthook(ValueError, ValueError("late"), None)
        qtbot.waitUntil(lambda: g.last_box is not None, timeout=3000)
        assert g.last_box.parent() is None
        g.last_box.done(0)
    finally:
        g.uninstall()
