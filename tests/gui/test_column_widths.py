"""Column widths come from the texts a column shows (``fit_columns``), not from Qt laying out
every cell: a column is as wide as its widest sampled text or its header, within bounds, and a
long value sizes its column even when it is far down the table."""

from __future__ import annotations

import pandas as pd

from gui.table_view import _MAX_COLUMN_WIDTH, _MIN_COLUMN_WIDTH, TablePanel


def test_columns_fit_their_widest_text_and_header_within_bounds(qtbot):
    panel = TablePanel("firmsTable", "Firms", "firms")
    qtbot.addWidget(panel)
    rows = 5000
    remark = "a much longer remark, written at the very end"
    frame = pd.DataFrame({
        "id": [f"F{i}" for i in range(rows)],
        "note": ["short"] * (rows - 1) + [remark],
        "essay": ["word " * 200] * rows,
        "n": range(rows),
    })
    panel.model.set_frame(frame)
    panel.view.fit_columns()
    view, cells = panel.view, panel.view.fontMetrics()
    widths = {name: view.columnWidth(i) for i, name in enumerate(frame.columns)}
    # the remark is the last row: the sample spans the rows shown, first and last included
    assert widths["note"] >= cells.horizontalAdvance(remark) > cells.horizontalAdvance("short")
    assert widths["essay"] == _MAX_COLUMN_WIDTH
    assert widths["n"] >= _MIN_COLUMN_WIDTH
    header = view.horizontalHeader()
    for i in range(len(frame.columns)):  # never narrower than the header asks
        assert view.columnWidth(i) >= min(header.sectionSizeHint(i), _MAX_COLUMN_WIDTH)
    # only the columns asked for are sized again
    view.setColumnWidth(0, 400)
    view.fit_columns([1])
    assert view.columnWidth(0) == 400 and view.columnWidth(1) == widths["note"]
