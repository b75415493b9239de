"""DataFrameTableModel: formatting, value labels, sorting, row filters, headers, Qt model contract."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from gui.table_model import RAW_VALUE_ROLE, DataFrameTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def column_text(model: DataFrameTableModel, name: str) -> list[str]:
    """The column as the view shows it, top to bottom."""
    c = model.column_index(name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def cell(model: DataFrameTableModel, row: int, name: str, role=DISPLAY):
    return model.data(model.index(row, model.column_index(name)), role)


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "firm_id": [1001, 1002, 1003, 1004, 1005],
        "employees": [1_234_567, 20, 300, 20, 4_500],
        "wage": [4_500_000.5, np.nan, 12.25, 3.0, 12.25],
        "share": [0.125, 0.5, np.nan, 0.0625, 1.0],
        "sector": [1, 2, 2, 1, 3],
        "size": pd.Categorical(["large", "small", None, "medium", "small"],
                               categories=["small", "medium", "large"], ordered=True),
        "country": pd.Categorical(["Vietnam", "Thailand", "Myanmar", None, "Vietnam"]),
        "name": pd.Series(["beta", "Alpha", None, "alpha", "Gamma"], dtype="str"),
        "exporter": [True, False, True, False, True],
        "certified": pd.array([True, None, False, True, None], dtype="boolean"),
        "surveyed": pd.to_datetime(["2024-03-01", None, "2024-02-28", "2024-03-15", "2024-01-02"]),
        "year_founded": [1998, 2001, 2010, 1985, 2015],
        "answers": pd.array([1, 2, None, 98, 1], dtype="Int64"),
        "mixed": [3, "x", 2.5, None, "A"],
    })


@pytest.fixture
def model(qtbot, frame) -> DataFrameTableModel:
    return DataFrameTableModel(
        frame,
        value_labels={"sector": {1: "Apparel", 2: "Electronics"}, "answers": {"98": "Don't know"}},
        variable_labels={"employees": "Q5. How many people work here?"},
        derived_columns={"share"},
    )


# -- formatting ------------------------------------------------------------------------------------


def test_numbers_have_thousands_separators_and_sensible_decimals(model):
    assert column_text(model, "employees") == ["1,234,567", "20", "300", "20", "4,500"]
    assert column_text(model, "wage") == ["4,500,000.50", "", "12.25", "3.00", "12.25"]
    # shares below 1 get up to 4 decimals, the same for the whole column so they line up
    assert column_text(model, "share") == ["0.1250", "0.5000", "", "0.0625", "1.0000"]


def test_ids_and_years_have_no_thousands_separator(model):
    assert column_text(model, "firm_id")[0] == "1001"
    assert column_text(model, "year_founded")[0] == "1998"


def test_missing_is_empty_booleans_are_yes_no_dates_iso(model):
    assert column_text(model, "exporter") == ["Yes", "No", "Yes", "No", "Yes"]
    assert column_text(model, "certified") == ["Yes", "", "No", "Yes", ""]
    assert column_text(model, "surveyed") == ["2024-03-01", "", "2024-02-28", "2024-03-15",
                                              "2024-01-02"]
    assert column_text(model, "country") == ["Vietnam", "Thailand", "Myanmar", "", "Vietnam"]
    assert column_text(model, "name") == ["beta", "Alpha", "", "alpha", "Gamma"]
    assert column_text(model, "mixed") == ["3", "x", "2.5", "", "A"]


def test_float_codes_read_as_whole_numbers(qtbot):
    model = DataFrameTableModel(pd.DataFrame({"q": [1.0, 2.0, np.nan, 1500.0]}))
    assert column_text(model, "q") == ["1", "2", "", "1,500"]


def test_value_labels_shown_and_toggled(model):
    assert column_text(model, "sector") == ["Apparel", "Electronics", "Electronics", "Apparel", "3"]
    # a label keyed "98" (text) still matches the stored integer 98
    assert column_text(model, "answers") == ["1", "2", "", "Don't know", "1"]
    assert cell(model, 0, "sector", TOOLTIP) == "Code 1"
    model.set_show_value_labels(False)
    assert not model.show_value_labels()
    assert column_text(model, "sector") == ["1", "2", "2", "1", "3"]
    assert column_text(model, "answers")[3] == "98"
    assert cell(model, 0, "sector", TOOLTIP) == "Label: Apparel"
    model.set_show_value_labels(True)
    assert column_text(model, "sector")[0] == "Apparel"


def test_value_labels_on_categories_and_text(qtbot):
    frame = pd.DataFrame({"c": pd.Categorical([2, 1, None]), "t": ["A", "B", "Z"]})
    model = DataFrameTableModel(frame, value_labels={"c": {1: "One", 2: "Two"},
                                                     "t": {"A": "Apparel"}})
    assert column_text(model, "c") == ["Two", "One", ""]
    assert column_text(model, "t") == ["Apparel", "B", "Z"]
    model.set_show_value_labels(False)
    assert column_text(model, "c") == ["2", "1", ""]
    assert column_text(model, "t") == ["A", "B", "Z"]


def test_numbers_align_right_text_left(model):
    assert cell(model, 0, "employees", ALIGN) == RIGHT
    assert cell(model, 0, "name", ALIGN) == LEFT
    assert cell(model, 0, "sector", ALIGN) == LEFT  # labels shown: it reads as text
    model.set_show_value_labels(False)
    assert cell(model, 0, "sector", ALIGN) == RIGHT


def test_raw_value_role_gives_stored_values(model):
    assert cell(model, 0, "employees", RAW_VALUE_ROLE) == 1_234_567
    assert cell(model, 1, "wage", RAW_VALUE_ROLE) is None
    assert cell(model, 0, "sector", RAW_VALUE_ROLE) == 1
    assert cell(model, 0, "size", RAW_VALUE_ROLE) == "large"


def test_long_and_multiline_text_is_cut_for_the_cell(qtbot):
    long = "x" * 10_000
    model = DataFrameTableModel(pd.DataFrame({"note": [long, "two\nlines"]}))
    shown = column_text(model, "note")
    assert len(shown[0]) < 400 and shown[0].endswith("…")
    assert shown[1] == "two lines"
    assert len(cell(model, 0, "note", TOOLTIP)) <= 2000


def test_unserved_roles_return_none(model):
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


# -- headers ----------------------------------------------------------------------------------------


def test_header_shows_name_and_question_text_tooltip(model):
    c = model.column_index("employees")
    assert model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) == "employees"
    assert model.headerData(c, Qt.Orientation.Horizontal, TOOLTIP) == \
        "Q5. How many people work here?"
    assert model.headerData(model.column_index("name"), Qt.Orientation.Horizontal, TOOLTIP) is None


def test_derived_columns_have_a_distinct_header(model):
    c = model.column_index("share")
    font = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()
    assert "Derived" in model.headerData(c, Qt.Orientation.Horizontal, TOOLTIP)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def test_vertical_header_shows_the_frame_row_number(model):
    model.sort(model.column_index("employees"), ASC)
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) == "2"  # frame row 1, 1-based


# -- sorting ----------------------------------------------------------------------------------------


def test_sort_numbers_ascending_and_descending_missing_last(model):
    c = model.column_index("wage")
    model.sort(c, ASC)
    assert column_text(model, "wage") == ["3.00", "12.25", "12.25", "4,500,000.50", ""]
    assert list(model.visible_rows()) == [3, 2, 4, 0, 1]  # ties keep file order
    model.sort(c, DESC)
    assert column_text(model, "wage") == ["4,500,000.50", "12.25", "12.25", "3.00", ""]
    assert list(model.visible_rows()) == [0, 2, 4, 3, 1]
    assert model.sort_column() == c and model.sort_order() == DESC


def test_sort_nullable_integers_and_booleans_missing_last(model):
    model.sort(model.column_index("certified"), DESC)
    assert column_text(model, "certified") == ["Yes", "Yes", "No", "", ""]
    model.sort(model.column_index("answers"), DESC)
    assert column_text(model, "answers") == ["Don't know", "2", "1", "1", ""]


def test_sort_dates(model):
    model.sort(model.column_index("surveyed"), ASC)
    assert column_text(model, "surveyed") == ["2024-01-02", "2024-02-28", "2024-03-01",
                                              "2024-03-15", ""]


def test_sort_ordered_category_by_category_order(model):
    model.sort(model.column_index("size"), ASC)
    assert column_text(model, "size") == ["small", "small", "medium", "large", ""]
    model.sort(model.column_index("size"), DESC)
    assert column_text(model, "size") == ["large", "medium", "small", "small", ""]


def test_sort_unordered_category_by_text(model):
    model.sort(model.column_index("country"), ASC)
    assert column_text(model, "country") == ["Myanmar", "Thailand", "Vietnam", "Vietnam", ""]


def test_sort_category_by_label_text_follows_the_toggle(qtbot):
    frame = pd.DataFrame({"c": pd.Categorical(["b", "a", "c"])})
    model = DataFrameTableModel(frame, value_labels={"c": {"a": "Zebra", "b": "Yak", "c": "Ant"}})
    model.sort(0, ASC)
    assert column_text(model, "c") == ["Ant", "Yak", "Zebra"]
    model.set_show_value_labels(False)
    assert column_text(model, "c") == ["a", "b", "c"]


def test_sort_text_case_insensitive_and_mixed_as_text(model):
    model.sort(model.column_index("name"), ASC)
    assert column_text(model, "name") == ["Alpha", "alpha", "beta", "Gamma", ""]
    model.sort(model.column_index("name"), DESC)
    # "Alpha" and "alpha" tie (case-insensitive), so they keep file order in both directions
    assert column_text(model, "name") == ["Gamma", "beta", "Alpha", "alpha", ""]
    model.sort(model.column_index("mixed"), ASC)
    assert column_text(model, "mixed") == ["2.5", "3", "A", "x", ""]


def test_sort_text_blank_counts_as_missing(qtbot):
    model = DataFrameTableModel(pd.DataFrame({"t": ["b", " ", None, "a", ""],
                                              "o": ["b", " ", None, 2, ""]}))
    model.sort(0, DESC)
    assert column_text(model, "t") == ["b", "a", " ", "", ""]
    model.sort(1, ASC)
    assert column_text(model, "o") == ["2", "b", " ", "", ""]


@pytest.mark.parametrize("distinct", [60_000, 500], ids=["mostly-distinct", "few-distinct"])
def test_sort_large_text_columns_both_strategies(qtbot, distinct):
    """Above 50k rows text ranks are computed directly or via hash-encoding, by distinctness."""
    rng = np.random.default_rng(3)
    words = [f"{'AB'[i % 2]}x{i:06d}" for i in rng.permutation(distinct)]
    values = [words[i % distinct] for i in range(60_000)]
    values[5] = None
    frame = pd.DataFrame({"t": pd.Series(values, dtype="str")})
    model = DataFrameTableModel(frame)
    model.sort(0, ASC)
    expected = sorted((i for i, v in enumerate(values) if v is not None),
                      key=lambda i: values[i].lower())
    assert list(model.visible_rows()) == [*expected, 5]


def test_sort_coded_numbers_by_code_even_with_labels(model):
    model.sort(model.column_index("sector"), DESC)
    assert column_text(model, "sector") == ["3", "Electronics", "Electronics", "Apparel",
                                            "Apparel"]


def test_sort_minus_one_restores_file_order(model):
    model.sort(model.column_index("wage"), ASC)
    model.sort(-1, ASC)
    assert list(model.visible_rows()) == [0, 1, 2, 3, 4]
    assert model.sort_column() == -1


def test_sort_keeps_selection_on_the_same_frame_row(model):
    index = QPersistentModelIndex(model.index(0, 1))  # frame row 0
    model.sort(model.column_index("employees"), ASC)  # frame row 0 has the largest value
    assert index.row() == 4 and index.column() == 1
    assert model.source_row(index.row()) == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-5, 5).map(float)), max_size=40),
       st.booleans())
def test_sort_matches_pandas_stable_sort(values, ascending):
    """Property: same order as pandas' stable sort with missing last (ties in file order)."""
    frame = pd.DataFrame({"x": pd.array(values, dtype="float64")})
    model = DataFrameTableModel(frame)
    model.sort(0, ASC if ascending else DESC)
    expected = frame["x"].sort_values(ascending=ascending, kind="stable",
                                      na_position="last").index
    assert list(model.visible_rows()) == list(expected)


# -- row filters ------------------------------------------------------------------------------------


def test_row_filter_by_mask_and_by_positions(model, qtbot):
    with qtbot.waitSignal(model.modelReset):
        model.set_row_filter(np.array([True, False, True, False, True]))
    assert model.rowCount() == 3
    assert [model.source_row(r) for r in range(3)] == [0, 2, 4]
    assert column_text(model, "firm_id") == ["1001", "1003", "1005"]
    model.set_row_filter([3, 1])
    assert column_text(model, "firm_id") == ["1004", "1002"]
    assert list(model.view_rows([1, 3, 0])) == [1, 0, -1]
    model.set_row_filter(None)
    assert model.rowCount() == 5 and model.row_filter() is None


def test_row_filter_keeps_the_sort(model):
    model.sort(model.column_index("employees"), DESC)
    model.set_row_filter(pd.Series([False, True, True, True, True]))
    assert column_text(model, "employees") == ["4,500", "300", "20", "20"]
    assert list(model.visible_rows()) == [4, 2, 1, 3]


def test_row_filter_rejects_a_mask_of_the_wrong_length(model):
    with pytest.raises(ValueError):
        model.set_row_filter(np.array([True, False]))
    with pytest.raises(IndexError):
        model.set_row_filter([0, 99])


# -- frame changes and the Qt contract -----------------------------------------------------------------


def test_set_frame_resets_sort_and_filter(model, qtbot):
    model.sort(1, DESC)
    model.set_row_filter([0, 1])
    with qtbot.waitSignal(model.modelReset):
        model.set_frame(pd.DataFrame({"a": [3, 1, 2]}))
    assert model.rowCount() == 3 and model.columnCount() == 1
    assert model.sort_column() == -1
    assert column_text(model, "a") == ["3", "1", "2"]


def test_empty_frames(qtbot):
    model = DataFrameTableModel(pd.DataFrame())
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    model.set_frame(pd.DataFrame({"a": pd.Series([], dtype=float), "b": pd.Series([], dtype=str)}))
    model.sort(0, DESC)
    model.sort(1, ASC)
    model.set_row_filter(np.array([], dtype=bool))
    assert model.rowCount() == 0


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt warnings directly (pytest-qt's qtlog is off under ``-s``)."""
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, text: messages.append(text))
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


def test_qt_model_tester_passes_through_sort_filter_and_toggle(qtbot, model):
    """Qt's own model checker re-checks the model after every signal it emits."""
    with qt_messages() as messages:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning
        )
        model.sort(model.column_index("wage"), DESC)
        model.set_row_filter([0, 2, 4])
        model.set_show_value_labels(False)
        model.sort(model.column_index("name"), ASC)
        model.sort(-1, ASC)
        model.set_derived_columns({"wage"})
        model.set_frame(pd.DataFrame({"a": [1, 2]}))
        model.set_frame(pd.DataFrame())
    assert not [m for m in messages if "FAIL" in m], messages
    del tester
