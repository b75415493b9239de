"""The import review says core's findings and questions in the interface language (issue 13):
what was assumed or changed, why a question is asked and each answer's evidence, in Vietnamese,
Thai or Burmese, with the same columns and numbers as the English sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from core.common.messages import in_language
from core.model import study_edit
from core.model.loading import open_data_file
from gui import i18n
from gui.import_dialog import ImportDialog

DELIVERIES = Path(__file__).resolve().parents[1] / "data" / "deliveries"


@pytest.fixture
def vietnamese():
    assert i18n.install_language("vi")
    yield
    i18n.install_language("en")


def review(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(open_data_file(path), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d,.]*", text)


def test_what_was_assumed_or_changed_is_vietnamese_with_the_same_numbers(qtbot, vietnamese):
    path = DELIVERIES / "kobo_vn_repeat.xlsx"
    dialog = review(qtbot, path)
    english = [f.message for f in study_edit.inferred_changes(dialog.loaded())]
    shown = [dialog.inferred.item(r, 3).text() for r in range(dialog.inferred.rowCount())]
    assert len(shown) == len(english) >= 3
    said_again = [s for s, e in zip(shown, english, strict=True) if s != str(e)]
    assert len(said_again) >= 3, shown  # the link, the answers read as, the restart ...
    for s, e in zip(shown, english, strict=True):
        assert numbers(s) == numbers(str(e)) or sorted(numbers(s)) == sorted(numbers(str(e)))
    assert any(s.startswith("Người lao động được nối với doanh nghiệp") for s in shown), shown


def test_a_question_s_reason_and_answers_are_vietnamese(qtbot, vietnamese):
    path = DELIVERIES / "vn_ambiguous_link.xlsx"
    dialog = review(qtbot, path)
    (question,) = dialog.loaded().study.questions
    label = dialog.findChild(QLabel, "questionText_" + question.id.replace(".", "_"))
    assert in_language(question.why, "vi") != str(question.why)
    assert in_language(question.why, "vi") in label.text().replace("&quot;", '"')
    assert "khớp" in label.text()
    box = dialog.findChild(QComboBox, "questionChoice_" + question.id.replace(".", "_"))
    texts = [box.itemText(i) for i in range(box.count())]
    assert any("dòng người lao động có giá trị khớp" in t for t in texts), texts
    assert "không thể nối người lao động với doanh nghiệp" in texts[-1] or any(
        "không thể nối người lao động" in t for t in texts), texts


@pytest.mark.parametrize("lang", ["th", "my"])
def test_thai_and_burmese_reviews_say_them_too(qtbot, lang):
    assert i18n.install_language(lang)
    try:
        dialog = review(qtbot, DELIVERIES / "vn_ambiguous_link.xlsx")
        (question,) = dialog.loaded().study.questions
        label = dialog.findChild(QLabel, "questionText_" + question.id.replace(".", "_"))
        assert in_language(question.why, lang) != str(question.why)
        assert "fit almost equally" not in label.text() and "match a firm" not in label.text()
    finally:
        i18n.install_language("en")
