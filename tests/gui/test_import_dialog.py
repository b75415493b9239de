"""The import review, driven as a user: File → Open a new workbook, check and change, accept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSpinBox

from gui.import_dialog import ImportDialog
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.core.test_study_edit import write_small_workbook

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_PROJECT = RESOURCES / "sample_survey.uex.json"
SAMPLE_XLSX = RESOURCES / "sample_survey.xlsx"


@pytest.fixture
def errors(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def workbook(tmp_path) -> Path:
    return write_small_workbook(tmp_path / "small survey.xlsx")


def start_open(qtbot, window: MainWindow, monkeypatch, path: Path) -> ImportDialog | None:
    """File → Open… with the file dialog patched; returns the review if one is shown."""
    results: list[bool] = []
    window.openFinished.connect(results.append)
    monkeypatch.setattr(window, "choose_file", lambda: path)
    window.action_open.trigger()
    qtbot.waitUntil(lambda: window.import_dialog() is not None or bool(results), timeout=20_000)
    return window.import_dialog()


def accept(qtbot, window: MainWindow, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(window.openFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]


def test_a_new_workbook_is_reviewed_a_role_changed_and_accepted(qtbot, window, workbook,
                                                                monkeypatch, errors):
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    assert dialog is not None and dialog.objectName() == "importDialog"
    assert dialog.isVisible()
    # sheets and what they are
    assert [dialog.sheets.item(r, 0).text() for r in range(dialog.sheets.rowCount())] == \
        ["Firms", "Workers"]
    assert dialog._kind_boxes["Firms"].currentData() == "firms"
    # every column with its proposed role and confidence
    assert dialog.role_shown("country") == "country"
    row = dialog._row_of("ownership")
    assert dialog.columns.item(row, 2).text() == "99%"

    # change a role from the searchable list: ownership → region
    dialog.columns.selectRow(row)
    qtbot.mouseClick(dialog.change_role, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "province")  # a keyword, not the role's name
    assert picker.chosen_role() == "region"
    with qtbot.waitSignal(dialog.surveyChanged):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert dialog.role_shown("ownership") == "region"
    assert dialog.role_shown("country") == "country"

    accept(qtbot, window, dialog)
    assert window.import_dialog() is None
    assert window.firms_model.rowCount() == 10 and window.workers_model.rowCount() == 30
    firms, _ = window.analysis_frames()
    assert "region" in firms.columns and "ownership" not in firms.columns
    assert window.subset_panel.facet_item("region", "foreign") is not None
    assert not errors

    # the choice is remembered for this file: no review the second time, same mapping
    assert start_open(qtbot, window, monkeypatch, workbook) is None
    qtbot.waitUntil(lambda: not window.is_loading())
    firms, _ = window.analysis_frames()
    assert "region" in firms.columns


def test_the_header_row_can_be_moved_and_the_preview_follows(qtbot, window, tmp_path,
                                                             monkeypatch):
    path = write_small_workbook(tmp_path / "titled.xlsx", title_rows=2)
    dialog = start_open(qtbot, window, monkeypatch, path)
    spin = dialog.sheets.cellWidget(0, 2)
    assert isinstance(spin, QSpinBox) and spin.value() == 3
    dialog.tabs.setCurrentIndex(1)
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "firm_id"
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "4"  # Excel's row
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        spin.setValue(4)
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "F01"
    assert dialog.preview_model.rowCount() == 9
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        dialog.sheets.cellWidget(0, 2).setValue(3)
    assert dialog.role_shown("country") == "country"
    dialog.reject()


def test_clicking_a_finding_shows_that_row_and_missing_codes_are_editable(qtbot, window,
                                                                          workbook, monkeypatch):
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    rows = [r for r in range(dialog.problems.rowCount())
            if "age = 98" in dialog.problems.item(r, 3).text()]
    assert len(rows) == 1
    assert dialog.problems.item(rows[0], 2).text() == "6"
    dialog.tabs.setCurrentIndex(3)
    rect = dialog.problems.visualItemRect(dialog.problems.item(rows[0], 3))
    qtbot.mouseClick(dialog.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.tabs.currentIndex() == 1  # the preview
    assert dialog._preview_table == "Workers"
    assert dialog.preview_current_sheet_row() == 6
    assert dialog.preview_model.column_name(dialog.preview.currentIndex().column()) == "age"

    # mark 98 as "no answer" for age: the finding goes away
    dialog.side_box.setCurrentIndex(1)
    cell = dialog.columns.item(dialog._row_of("age"), 3)
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        cell.setText("98")
    assert not any("age = 98" in dialog.problems.item(r, 3).text()
                   for r in range(dialog.problems.rowCount()))
    assert dialog.columns.item(dialog._row_of("age"), 3).text() == "98"
    dialog.reject()


def test_spellings_are_listed_and_can_be_merged(qtbot, window, workbook, monkeypatch):
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    texts = [dialog.merges.item(i).text() for i in range(dialog.merges.count())]
    assert any('"Vietnam", "Viet Nam"' in t for t in texts)
    assert dialog.select_value_column("firms", "sector")
    raws = [dialog.values.item(r, 0).text() for r in range(dialog.values.rowCount())]
    row = raws.index("Garments")
    assert dialog.values.item(row, 2).text() == "apparel"
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        dialog.values.item(row, 2).setText("electronics")
    counts = dialog.loaded().survey.firms["sector"].value_counts().to_dict()
    assert counts == {"apparel": 4, "electronics": 6}
    dialog.reject()


def test_choosing_which_sheet_is_which(qtbot, window, workbook, monkeypatch):
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    with qtbot.waitSignal(dialog.surveyChanged):
        dialog._kind_boxes["Workers"].setCurrentIndex(3)  # Not used
    assert dialog.loaded().study.workers is None
    assert dialog.loaded().survey.workers.empty
    with qtbot.waitSignal(dialog.surveyChanged):
        dialog._kind_boxes["Workers"].setCurrentIndex(1)  # Workers
    assert dialog.current_side() == "workers"
    assert dialog.role_shown("gender") == "gender"
    dialog.reject()


def test_cancelling_the_review_keeps_the_survey_that_was_open(qtbot, window, workbook,
                                                              monkeypatch):
    with qtbot.waitSignal(window.openFinished, timeout=20_000):
        window.open_sample()
    dialog = start_open(qtbot, window, monkeypatch, workbook)
    with qtbot.waitSignal(window.openFinished) as blocker:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert window.survey_title() == "Sample survey"
    assert window.firms_model.rowCount() == 280


def test_project_files_and_the_bundled_sample_open_without_a_review(qtbot, tmp_path,
                                                                    monkeypatch):
    window = MainWindow(loader=load_for_window, sample_path=SAMPLE_XLSX)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.openFinished, timeout=20_000) as blocker:
        window.open_sample()
    assert blocker.args == [True] and window.import_dialog() is None
    assert window.firms_model.rowCount() == 280
    assert start_open(qtbot, window, monkeypatch, SAMPLE_PROJECT) is None
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.project_path() == SAMPLE_PROJECT


# ----------------------------------------------------------------------------- questions first
@pytest.fixture
def asked(tmp_path):
    """A new workbook whose proposal asks two questions and left two notes rows out."""
    from core.model.loading import open_data_file
    from tests.core.test_study_edit import ask

    path = write_small_workbook(tmp_path / "asked.xlsx")
    return path, ask(open_data_file(path))


def review(qtbot, path, loaded) -> ImportDialog:
    dialog = ImportDialog(loaded, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def top_in_dialog(dialog: ImportDialog, widget) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


def combo_texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_the_questions_come_first_with_their_answers_best_first(qtbot, asked):
    from PySide6.QtWidgets import QComboBox

    dialog = review(qtbot, *asked)
    panel = dialog.findChild(type(dialog.questions_box), "importQuestions")
    assert panel is dialog.questions_box and panel.isVisible()
    assert panel.title() == "2 questions need your answer"
    assert top_in_dialog(dialog, panel) < top_in_dialog(dialog, dialog.inferred_box) \
        < top_in_dialog(dialog, dialog.sheets) < top_in_dialog(dialog, dialog.tabs)
    box = dialog.findChild(QComboBox, "questionChoice_workers_firm_id")
    assert box is not None and box.isVisible()
    assert combo_texts(box) == ["Assumed now: firm_id — 61 % of 30 worker rows match a firm",
                                "worker_id — 0 % of 30 worker rows match a firm",
                                "None of these"]
    assert box.currentIndex() == 0
    text = dialog.findChild(QLabel, "questionText_workers_firm_id").text()
    assert "Which column links workers to their firm?" in text and "Only 61 %" in text


def test_choosing_another_answer_changes_the_role_and_closes_the_question(qtbot, asked):
    from PySide6.QtWidgets import QComboBox

    dialog = review(qtbot, *asked)
    box = dialog.findChild(QComboBox, "questionChoice_workers_skill_group")
    assert combo_texts(box)[:2] == ["Assumed now: skill_group — the name says skill group",
                                    "contract — two answers, like a skill group"]
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        box.setCurrentIndex(1)
    assert dialog.current_side() == "workers"  # the column list shows the answer
    assert dialog.role_shown("contract") == "skill_group"
    assert dialog.role_shown("skill_group") == "(no role)"
    assert dialog.question_ids() == ["workers.firm_id"]
    assert dialog.question_box("workers.skill_group") is None
    assert dialog.questions_box.title() == "1 question needs your answer"
    # the guess is right: "This is right" closes the last question; the panel goes
    keep = dialog.findChild(QPushButton, "questionConfirm_workers_firm_id")
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert dialog.loaded().study.questions == []
    assert dialog.loaded().study.roles["workers"]["firm_id"] == "firm_id"
    assert not dialog.questions_box.isVisible()


def test_setting_the_role_by_hand_also_answers_the_question(qtbot, asked):
    dialog = review(qtbot, *asked)
    with qtbot.waitSignal(dialog.surveyChanged, timeout=5_000):
        assert dialog.choose_role("workers", "contract", "skill_group")
    assert dialog.question_ids() == ["workers.firm_id"]


def test_what_was_assumed_or_changed_lists_merges_and_dropped_rows(qtbot, asked):
    dialog = review(qtbot, *asked)
    panel = dialog.findChild(type(dialog.inferred_box), "importInferred")
    assert panel is dialog.inferred_box and panel.isVisible()
    texts = dialog.inferred_texts()
    assert panel.title() == f"What was assumed or changed ({len(texts)})"
    assert 'Firms · 12: 2 rows under the table look like notes ("Ghi chú…") and ' \
           'were left out' in texts
    assert any(t.startswith('Firms · country: "Vietnam", "Viet Nam" were read as one value')
               for t in texts)
    row = next(i for i, t in enumerate(texts) if t.startswith("Firms · country"))
    assert dialog.show_inferred(row)  # the merged column, shown in the preview
    assert dialog.tabs.currentIndex() == 1 and dialog._preview_table == "Firms"


def test_at_1024x768_with_a_projector_font_the_questions_are_not_clipped(qtbot, asked):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    normal = app.font()
    big = app.font()
    big.setPointSizeF(normal.pointSizeF() * 1.5)
    app.setFont(big)
    try:
        dialog = review(qtbot, *asked)
        dialog.resize(1024, 768)
        qtbot.wait(50)
        inside = dialog.rect()
        scroll = dialog.questions_scroll
        assert not scroll.verticalScrollBar().isVisible()  # two questions fit without scrolling
        for qid in dialog.question_ids():
            box = dialog.question_box(qid)
            rect = box.rect().translated(box.mapTo(dialog, box.rect().topLeft()))
            assert inside.contains(rect), (qid, rect)
            in_view = box.rect().translated(box.mapTo(scroll.viewport(), box.rect().topLeft()))
            assert scroll.viewport().rect().contains(in_view), (qid, in_view)
        panel = dialog.questions_box
        assert inside.contains(panel.geometry())
        assert dialog.tabs.height() > 150  # the column list is still usable below
        button = dialog.accept_button
        assert inside.contains(button.rect().translated(button.mapTo(dialog, button.rect().topLeft())))
    finally:
        app.setFont(normal)


def test_a_weak_firm_link_is_asked_in_vietnamese_with_the_best_guess_first(qtbot):
    """The corpus delivery whose workers' firm codes are a quarter mistyped: the review asks
    which column links workers to their firm, in the interface's language, guess first."""
    from PySide6.QtWidgets import QComboBox, QLabel

    from core.model.loading import open_data_file
    from gui import i18n

    path = (Path(__file__).resolve().parents[1] / "data" / "deliveries"
            / "vn_ambiguous_link.xlsx")
    i18n.install_language("vi")
    try:
        dialog = review(qtbot, path, open_data_file(path))
        label = dialog.findChild(QLabel, "questionText_workers_firm_id")
        assert label is not None and "Cột nào liên kết người lao động" in label.text()
        box = dialog.findChild(QComboBox, "questionChoice_workers_firm_id")
        assert "Mã DN" in box.itemText(0) and "75 %" in box.itemText(0)
    finally:
        i18n.install_language("en")


def test_a_reviewed_workbook_reopens_from_the_read_cache_with_its_choices(qtbot, window,
                                                                           workbook, monkeypatch):
    """Issue #14's reopen: the remembered review is applied without a proposal first, and the
    file's tables come from the user cache folder (nothing written beside the file)."""
    import pandas.testing as pdt

    import core.model.loading as loading
    from core.io import read_cache
    from gui.settings_store import cache_dir

    dialog = start_open(qtbot, window, monkeypatch, workbook)
    row = dialog._row_of("ownership")
    dialog.columns.selectRow(row)
    qtbot.mouseClick(dialog.change_role, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.picker.search, "province")
    with qtbot.waitSignal(dialog.surveyChanged):
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    accept(qtbot, window, dialog)
    firms_before, workers_before = (f.copy() for f in window.analysis_frames())
    read_cache.wait_for_writes()

    hits, proposals = [], []
    real_load, real_propose = read_cache.load, loading.propose_study
    monkeypatch.setattr(read_cache, "load",
                        lambda entry: (lambda found: hits.append(found is not None) or found)(
                            real_load(entry)))
    monkeypatch.setattr(loading, "propose_study",
                        lambda *a, **k: proposals.append(1) or real_propose(*a, **k))
    assert start_open(qtbot, window, monkeypatch, workbook) is None  # no review again
    qtbot.waitUntil(lambda: not window.is_loading())
    assert hits and all(hits) and proposals == []
    assert read_cache.folder() is not None and read_cache.folder().parent == cache_dir()
    firms, workers = window.analysis_frames()
    assert "region" in firms.columns and "ownership" not in firms.columns
    pdt.assert_frame_equal(firms[firms_before.columns], firms_before)
    pdt.assert_frame_equal(workers[workers_before.columns], workers_before)
    assert sorted(p.name for p in workbook.parent.iterdir()) == [workbook.name]
