"""The Language menu switches the whole window to Vietnamese and back without a restart: menus,
tabs, the subset panel, chart axes and tables change; the survey, subset and analysis stay."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from core.analysis.subset import Subset
from gui import i18n
from tests.gui.sample_window import close_window, open_sample_window, silence_errors


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot)
    yield win
    i18n.install_language("en")
    close_window(win)
    assert errors == []


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def facet_headings(window) -> list[str]:
    tree = window.subset_panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_switching_to_vietnamese_and_back(qtbot, window) -> None:
    assert i18n.available_languages() == ["en", "vi", "th", "my"]
    assert all(action.isEnabled() for action in window.language_actions.values())
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&View", "&Language"]
    window.subset_panel.set_subset(Subset(firms={"country": ["Vietnam"]}))
    qtbot.waitUntil(lambda: window.current_result()[0] is not None
                    and window.current_result()[0].n_firms < 280, timeout=20_000)
    n_firms = window.current_result()[0].n_firms
    window.tabs.setCurrentWidget(window.upgrading_view)
    english_axis = window.upgrading_view.shares_chart.axis_label("bottom")
    assert english_axis == "Type of upgrading (chain = into a new sector)"
    assert window.subset_panel.title.text() == "Subset"
    assert "Country (firms)" in facet_headings(window)

    window.language_actions["vi"].trigger()  # Language → Tiếng Việt

    assert i18n.current_language() == "vi" and i18n.saved_language() == "vi"
    assert menu_titles(window)[:4] == ["&Tệp", "&Sửa", "&Xem", "&Ngôn ngữ"]
    assert tab_titles(window) == ["Kết luận chính", "Doanh nghiệp", "Người lao động", "Nâng cấp",
                                  "Kết quả đối với người lao động", "Kinh tế × xã hội",
                                  "Tạo biểu đồ"]
    assert window.subset_panel.title.text() == "Tập con"
    assert "Quốc gia (doanh nghiệp)" in facet_headings(window)
    assert window.subset_panel.summary_text().startswith(f"{n_firms}/280 doanh nghiệp")
    assert window.tabs.currentWidget() is window.upgrading_view  # same tab, new view
    assert window.upgrading_view.result is not None
    assert window.upgrading_view.shares_chart.axis_label("bottom") == "Loại nâng cấp"
    assert window.upgrading_view.shares_chart.axis_label("left") == \
        "Tỷ lệ doanh nghiệp, % (KTC 95%)"
    assert window.firms_panel.copy_button.text() == "Sao chép"
    # the survey, subset and analysis were kept
    assert window.current_subset().firms == {"country": ["Vietnam"]}
    assert window.current_result()[0].n_firms == n_firms
    window.tabs.setCurrentWidget(window.outcomes_view)
    qtbot.waitUntil(lambda: not window.outcomes_view.comparisons().empty, timeout=20_000)
    headers = [window.outcomes_view.table_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.outcomes_view.table_model.columnCount())]
    assert "Người lao động" in headers and "Giá trị p" in headers

    window.set_language("en")
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&View", "&Language"]
    assert tab_titles(window)[:4] == ["Findings", "Firms", "Workers", "Upgrading"]
    assert window.subset_panel.title.text() == "Subset"
    window.tabs.setCurrentWidget(window.upgrading_view)
    assert window.upgrading_view.shares_chart.axis_label("bottom") == english_axis
    assert window.current_subset().firms == {"country": ["Vietnam"]}



def test_burmese_interface_from_its_catalogue(qtbot, window) -> None:
    """The Burmese catalogue (machine-drafted, marked for review) drives menus, tabs and the
    Findings tab; the numbers stay core's."""
    import re

    myanmar = re.compile("[\u1000-\u109f]")
    assert window.language_actions["my"].isEnabled()
    window.set_language("my")
    assert all(myanmar.search(t) for t in menu_titles(window)[:4])
    assert myanmar.search(tab_titles(window)[0])
    window.refresh_views()
    shown = [label.text() for label in window.findings_view.labels]
    stated = window.current_result()[0].stated_findings("my")
    assert shown and all(myanmar.search(t) for t in shown)
    assert len(shown) == len(stated)
    window.set_language("en")
    assert menu_titles(window)[0] == "&File"


def test_table_numbers_take_the_language_s_symbols(qtbot, window) -> None:
    """4,700 in English is 4.700 in Vietnamese (CLDR via Babel); Thai keeps 4,700."""
    model = window.firms_model
    grouped = re.compile(r"\d{1,3}(,\d{3})+")
    r, c, english = next(
        (r, c, text) for c in range(model.columnCount()) for r in range(min(30, model.rowCount()))
        if grouped.fullmatch(text := str(model.data(model.index(r, c)) or "")))
    window.set_language("vi")
    assert model.data(model.index(r, c)) == english.replace(",", ".")
    window.set_language("th")
    assert model.data(model.index(r, c)) == english
    window.set_language("en")
    assert model.data(model.index(r, c)) == english
