"""Long texts take more lines instead of being cut (issue 13, projector layout): tab titles,
subset facet headings, a chart's x-axis title."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem

from gui.charts import BarSeries, Chart, bar_chart, percent1
from gui.wrapped_headings import wrap_headings
from gui.wrapping_tabs import WrappingTabWidget

TITLES = ["Kết luận chính", "Doanh nghiệp", "Người lao động", "Nâng cấp",
          "Kết quả đối với người lao động", "Kinh tế × xã hội", "Tạo biểu đồ"]


def _tabs(qtbot, width: int) -> WrappingTabWidget:
    tabs = WrappingTabWidget()
    qtbot.addWidget(tabs)
    for title in TITLES:
        tabs.addTab(QLabel(title), title)
    tabs.resize(width, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def _all_tabs_inside(tabs: WrappingTabWidget) -> bool:
    bar = tabs.tabBar()
    return all(bar.rect().contains(bar.tabRect(i)) and bar.tabRect(i).width() >= bar.tabSizeHint(i).width()
               for i in range(bar.count()))


def test_titles_stay_on_one_line_when_they_fit(qtbot):
    tabs = _tabs(qtbot, 1400)
    assert tabs.wrapping_bar().wrapped_tabs() == frozenset()
    assert _all_tabs_inside(tabs)


def test_the_widest_titles_take_two_lines_until_every_tab_is_in_view(qtbot):
    tabs = _tabs(qtbot, 1400)
    one_line = sum(tabs.tabBar().tabSizeHint(i).width() for i in range(tabs.count()))
    tabs.resize(round(one_line * 0.8), 300)
    qtbot.waitUntil(lambda: bool(tabs.wrapping_bar().wrapped_tabs()))
    wrapped = tabs.wrapping_bar().wrapped_tabs()
    assert 4 in wrapped  # the longest title is the first to wrap
    assert len(wrapped) < len(TITLES)  # only as many as needed
    qtbot.waitUntil(lambda: _all_tabs_inside(tabs))
    bar = tabs.tabBar()
    assert bar.tabSizeHint(4).height() > QFontMetrics(bar.font()).height() * 2 - 2
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES  # the title itself is kept
    tabs.resize(1400, 300)  # room again: back to one line
    qtbot.waitUntil(lambda: tabs.wrapping_bar().wrapped_tabs() == frozenset())


def test_a_hidden_tab_gives_its_room_back(qtbot):
    tabs = _tabs(qtbot, 1400)
    one_line = sum(tabs.tabBar().tabSizeHint(i).width() for i in range(tabs.count()))
    widest = tabs.tabBar().tabSizeHint(4).width()
    tabs.resize(one_line - widest // 2, 300)
    qtbot.waitUntil(lambda: bool(tabs.wrapping_bar().wrapped_tabs()))
    tabs.setTabVisible(4, False)
    assert tabs.wrapping_bar().wrapped_tabs() == frozenset()


def test_facet_headings_wrap_to_the_tree_width_and_values_do_not(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    wrap_headings(tree)
    heading = QTreeWidgetItem(["Loại nâng cấp cao nhất (doanh nghiệp)", ""])
    tree.addTopLevelItem(heading)
    heading.setFirstColumnSpanned(True)
    heading.addChild(QTreeWidgetItem(["Không nâng cấp", "139"]))
    heading.setExpanded(True)
    tree.resize(600, 300)
    tree.show()
    qtbot.waitExposed(tree)
    one_row = tree.visualItemRect(heading).height()
    value_row = tree.visualItemRect(heading.child(0)).height()
    assert one_row == value_row  # wide enough: one line
    tree.resize(150, 300)
    qtbot.waitUntil(lambda: tree.visualItemRect(heading).height() >= 2 * one_row - 4)
    assert tree.visualItemRect(heading.child(0)).height() == value_row


def test_a_long_x_axis_title_wraps_inside_the_chart(qtbot):
    chart = Chart("Mean wage", "", "Wage", object_name="wrapDemo")
    qtbot.addWidget(chart)
    chart.resize(420, 360)
    chart.show()
    qtbot.waitExposed(chart)
    bar_chart(chart, ["No upgrading", "Upgraded (any type)"],
              [BarSeries("All", [0.4, 0.5], [0.3, 0.4], [0.5, 0.6])], fmt=percent1)
    axis = chart.getPlotItem().getAxis("bottom")
    short_height = axis.height()
    chart.set_labels(x_label="Có nâng cấp (bất kỳ loại nào) hay không (nhóm tham chiếu: "
                             "Chưa nâng cấp)")
    qtbot.waitUntil(lambda: axis.height() > short_height)
    label = axis.label.mapRectToScene(axis.label.boundingRect())
    assert label.left() >= -1 and label.right() <= chart.width() + 1
    assert np.isfinite(label.height()) and label.height() > QFontMetrics(axis.label.font()).height()


def test_rule_items_take_the_whole_row_or_wrap_beside_their_test(qtbot):
    from gui.views.rule_editor import RuleEditor

    editor = RuleEditor()
    qtbot.addWidget(editor)
    editor.resize(260, 700)
    editor.show()
    qtbot.waitExposed(editor)
    tree = editor.tree
    rows = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]
    with_widgets = [r for r in rows if tree.itemWidget(r, 1) is not None]
    plain = [r for r in rows if tree.itemWidget(r, 1) is None]
    assert with_widgets and plain
    assert all(r.isFirstColumnSpanned() for r in plain)  # no empty test/value cells beside them
    assert not any(r.isFirstColumnSpanned() for r in with_widgets)
    one_line = min(tree.visualItemRect(r).height() for r in plain)
    longest = max(with_widgets, key=lambda r: QFontMetrics(tree.font()).horizontalAdvance(r.text(0)))
    assert QFontMetrics(tree.font()).horizontalAdvance(longest.text(0)) > tree.columnWidth(0)
    qtbot.waitUntil(lambda: tree.visualItemRect(longest).height() > one_line)  # wrapped, not cut
