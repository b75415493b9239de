"""What the analysis views show, as plain JSON: each view's choices, the tab shown, A vs B, every
bar length and whisker end of every chart, every cell of every table inside a view, the matrix
cut-off and point count. Two windows that show the same thing give equal dumps.

Run as ``python -m tests.gui.shown_numbers PROJECT OUT.json`` it opens PROJECT in a fresh window
(offscreen), waits until every view has drawn, and writes the dump: the "reopen it in a new
process" half of the project round-trip test."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def _bars(chart: Any) -> list[dict]:
    out: list[dict] = []
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.BarGraphItem):
            pen = item.opts.get("pen")
            if pen is not None and pen.style() == Qt.PenStyle.NoPen:
                continue  # hatching drawn over a bar
            for key in ("height", "width", "x", "y"):
                value = item.opts.get(key)
                if value is not None and np.ndim(value) > 0:
                    out.append({key: [round(float(v), 12) for v in value]})
        elif isinstance(item, pg.ErrorBarItem):
            o = item.opts
            out.append({"error_bars": [[round(float(v), 12) for v in o[k]]
                                       for k in ("x", "y", "top", "bottom") if o.get(k) is not None]})
        elif isinstance(item, pg.ScatterPlotItem):
            out.append({"points": len(item.data)})
    return out


def _cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    if model is None or not hasattr(model, "text"):
        return []
    return [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]


def shown_numbers(window: Any) -> dict:
    """The dump described in the module docstring."""
    a, b = window.comparison()
    out: dict = {
        "current_tab": window.tabs.currentWidget().objectName(),
        "states": {v.objectName(): v.view_state() for v in window.views},
        "comparison": [s.to_json() if s is not None else None for s in (a, b)],
        "charts": {}, "tables": {},
        "matrix": {"cutoff": round(float(window.matrix_view.cutoff()), 12),
                   "points": len(window.matrix_view.points())},
    }
    for view in window.views:
        for name, chart in view.charts().items():
            out["charts"][f"{view.objectName()}.{name}"] = _bars(chart)
        for table in view.findChildren(QTableView):
            out["tables"][f"{view.objectName()}.{table.objectName()}"] = _cells(table)
    return out


def settle_views(app: Any, window: Any, timeout: float = 90.0) -> None:
    """Show every tab once and wait until no background work is left (the views are drawn)."""
    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    deadline = time.monotonic() + timeout
    current = window.tabs.currentIndex()
    for _ in range(2):
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            spin(0.05)
        while window.executor.is_busy() and time.monotonic() < deadline:
            spin(0.05)
    window.tabs.setCurrentIndex(current)
    window.refresh_views()
    spin(0.2)


def main(argv: list[str]) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from gui.survey_loader import load_for_window

    project, out = Path(argv[0]), Path(argv[1])
    app = QApplication.instance() or QApplication([])
    window = MainWindow(loader=load_for_window, sample_path=project)
    window.resize(1280, 800)
    window.show()
    shown = {"analysis": False, "opened": None}
    window.analysisShown.connect(lambda *_: shown.__setitem__("analysis", True))
    window.openFinished.connect(lambda ok: shown.__setitem__("opened", ok))
    window.open_path(project)
    deadline = time.monotonic() + 90
    while not (shown["opened"] and shown["analysis"]) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not shown["opened"]:
        print("the project did not open", file=sys.stderr)
        return 2
    settle_views(app, window)
    out.write_text(json.dumps(shown_numbers(window), indent=1, sort_keys=True), encoding="utf-8")
    window.close()
    window.executor.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
