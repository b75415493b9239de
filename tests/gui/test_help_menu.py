"""Help → User guide (F1) and Workshop handout open the offline files; a missing file is said
in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

import gui.main_window as main_window
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    opened: list[Path] = []
    messages: list[str] = []
    monkeypatch.setattr(window, "open_external",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    monkeypatch.setattr(window, "show_help_missing", messages.append)
    window.opened, window.messages = opened, messages
    yield window
    window.close()


def test_user_guide_opens_the_offline_html(window):
    menu = window.findChild(QMenu, "helpMenu")
    assert menu is not None and window.action_user_guide in menu.actions()
    assert window.action_user_guide.shortcut() == QKeySequence("F1")
    window.action_user_guide.trigger()
    assert len(window.opened) == 1
    path = window.opened[0]
    assert path.is_file() and path.name == "index.html" and path.parent.name == "html"
    assert not window.messages


def test_handout_opens_the_pdf(window):
    window.action_handout.trigger()
    assert [p.name for p in window.opened] == ["handout.pdf"] and window.opened[0].is_file()


def test_a_missing_guide_is_said_in_plain_words(window, monkeypatch, tmp_path):
    monkeypatch.setattr(main_window, "guide_path", lambda *parts: tmp_path.joinpath(*parts))
    assert window.open_user_guide() is False
    assert not window.opened
    assert len(window.messages) == 1 and "index.html" in window.messages[0]
