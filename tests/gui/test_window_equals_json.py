"""The window and ``analyze`` report the same numbers: open a project in the real window, and every
number each view shows — bar heights, whisker ends, box quartiles, table cells, quadrant counts,
cut-offs — equals the corresponding entry of ``python main.py analyze <project> --json`` run as a
separate process, for the whole sample (default view choices) and for a Vietnam + Electronics
subset with other choices in every view (saved in the project's ``views.state``). A one-firm
subset shows no share in the window."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from gui.charts import number, percent
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.gui.sample_window import close_window, draw_every_view, silence_errors

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}
CHOICES = {
    "upgrading": {"by": "ownership"},
    "outcomes": {"outcome": "monthly_wage", "grouping": "highest_type", "breakdown": "gender"},
    "matrix": {"breakdown_var": "skill_group", "breakdown": "production", "cutoff_kind": "mean",
               "cutoff_value": 0.6},
    "chart_builder": {"level": "workers", "kind": "box", "variable": "hours_per_week",
                      "group": "skill_group", "y_variable": None},
}


def project_file(folder: Path, name: str, *, subset: dict | None = None,
                 state: dict | None = None) -> Path:
    """The sample project, its data files named by absolute path, with a subset and choices."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for side in ("firms", "workers"):
        data[side]["path"] = str((SAMPLE.parent / data[side]["path"]).resolve())
    data["subset"] = subset or {}
    if state is not None:
        data["views"] = {"open": ["firms", "workers", "upgrading", "outcomes", "matrix",
                                  "chart_builder"], "current": "upgrading", "state": state}
    path = folder / name
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def analyze_json(project: Path, folder: Path, *where: str) -> dict:
    out = folder / f"{project.stem}.{len(where)}.json"
    args = [a for w in where for a in ("--where", w)]
    subprocess.run([sys.executable, str(REPO / "main.py"), "analyze", str(project), *args,
                    "--json", str(out)], check=True, capture_output=True, text=True,
                   timeout=180)
    return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------ what a chart draws

def bar_series(chart, horizontal: bool = False) -> list[dict]:
    """Each coloured bar series in drawing order: its bar lengths and, per bar position, the
    whisker ends (low, high) of the error bars drawn over it."""
    out: list[dict] = []
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.BarGraphItem):
            pen = item.opts.get("pen")
            if pen is None or pen.style() == Qt.PenStyle.NoPen:
                continue  # a hatch or overlay
            lengths = item.opts["width" if horizontal else "height"]
            pos = item.opts["y" if horizontal else "x"]
            out.append({"values": np.asarray(lengths, dtype=float),
                        "pos": np.asarray(pos, dtype=float), "ci": {}})
        elif isinstance(item, pg.ErrorBarItem) and out:
            o = item.opts
            for x, y, top, bottom in zip(o["x"], o["y"], o["top"], o["bottom"], strict=True):
                out[-1]["ci"][round(float(x), 6)] = (y - bottom, y + top)
    return out


def box_whiskers(chart) -> dict[float, dict]:
    """Per box position: median, quartiles and whisker ends as drawn."""
    boxes = {}
    for item in chart.getPlotItem().items:
        if isinstance(item, pg.PlotDataItem):
            xs, ys = item.getData()
            if xs is not None and len(xs) == 10:
                boxes[round(float(xs[2]), 6)] = {"median": ys[0], "q3": ys[2], "high": ys[3],
                                                 "q1": ys[4], "low": ys[5]}
    return boxes


def expect_bars(drawn: dict, rows: list[dict], value: str = "share", low: str = "ci_low",
                high: str = "ci_high") -> None:
    """A drawn series against JSON rows: withheld rows drawn at 0 without a whisker."""
    assert len(drawn["values"]) == len(rows)
    for x, length, row in zip(drawn["pos"], drawn["values"], rows, strict=True):
        ci = drawn["ci"].get(round(float(x), 6))
        if row[value] is None:
            assert length == 0 and ci is None
            continue
        assert length == pytest.approx(row[value], rel=1e-12)
        if row[low] is not None:
            assert ci == (pytest.approx(row[low], rel=1e-9), pytest.approx(row[high], rel=1e-9))


def model_cells(model) -> list[list[str]]:
    return [[model.text(r, c) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# ------------------------------------------------------------------------------- the views

def check_upgrading(window: MainWindow, data: dict) -> int:
    view = window.upgrading_view
    window.tabs.setCurrentWidget(view)
    up = data["upgrading_by"]
    assert view.split() == up["split"]
    checked = 0
    for chart, rows in ((view.shares_chart, up["shares"]),
                        (view.downgrading_chart, up["downgrading"] or [])):
        drawn = bar_series(chart)
        by_series: dict[int, list[dict]] = {}
        for row in rows:
            by_series.setdefault(row["series"], []).append(row)
        assert len(drawn) == len(by_series)
        for series, (_j, series_rows) in zip(drawn, sorted(by_series.items()), strict=True):
            expect_bars(series, series_rows)
            checked += len(series_rows)
    combos = [c for c in data["combinations"]]
    (drawn,) = bar_series(view.combinations_chart, horizontal=True)
    np.testing.assert_array_equal(drawn["values"],
                                  [c["n_firms"] or 0 for c in combos])
    (drawn,) = bar_series(view.bargaining_chart)
    np.testing.assert_array_equal(drawn["values"], [b["n_firms"] or 0
                                                    for b in data["bargaining"]])
    return checked + len(combos) + len(data["bargaining"])


def check_outcomes(window: MainWindow, data: dict) -> int:
    view = window.outcomes_view
    (table,) = data["outcome_tables"]
    assert view.view_state() == {k: table[k] for k in ("outcome", "grouping", "breakdown")}
    rows = table["rows"]
    groups = list(dict.fromkeys(r["group"] for r in rows))
    series = list(dict.fromkeys((r["subset"], r["breakdown"]) for r in rows))
    drawn = bar_series(view.means_chart)
    assert len(drawn) == len(series)
    for bars, key in zip(drawn, series, strict=True):
        mine = {r["group"]: r for r in rows if (r["subset"], r["breakdown"]) == key}
        expect_bars(bars, [mine.get(g, {"mean": None}) for g in groups], value="mean")
    # the comparison table, cell by cell
    model = view.table_model
    head = headers(model)
    cells = model_cells(model)
    assert len(cells) == len(rows)
    share = table["is_share"]
    for cell, row in zip(cells, rows, strict=True):
        got = dict(zip(head, cell, strict=True))
        assert got["Firms"] == f"{row['n_firms']:,}" and got["Workers"] == f"{row['n_workers']:,}"
        mean = row["mean"]
        text = ("—" if mean is None else percent(mean, 1) if share else
                f"{mean:,.0f}" if abs(mean) >= 1000 else number(mean))
        assert got["Share" if share else "Mean"] == text
        p = row["p_value"]
        assert got["p-value"] == ("—" if p is None else "< 0.001" if p < 0.0005 else f"{p:.3f}")
    # the box plot: quartiles and whisker ends of every box drawn
    view.chart_tabs.setCurrentIndex(1)
    boxes = box_whiskers(view.box_chart)
    shown = [b for b in table["box"]["groups"] if b["median"] is not None]
    assert len(boxes) == len(shown) > 0
    for i, b in enumerate(table["box"]["groups"]):
        if b["median"] is None:
            assert float(i) not in boxes
            continue
        for key in ("median", "q1", "q3", "low", "high"):
            assert boxes[float(i)][key] == pytest.approx(b[key], rel=1e-12)
    view.chart_tabs.setCurrentIndex(0)
    return len(rows) + len(shown)


def check_matrix(window: MainWindow, data: dict) -> int:
    view = window.matrix_view
    window.tabs.setCurrentWidget(view)
    m = data["matrix_chart"]
    assert view.view_state() == data["view_choices"]["matrix"]
    assert view.cutoff() == pytest.approx(m["cutoff"], rel=1e-12)
    assert view.cut_value.value() == pytest.approx(round(m["cutoff"], 2))
    note = float(re.search(r"cut-off = ([\d.]+)", view.note.text()).group(1))
    assert note == pytest.approx(round(m["cutoff"], 2))
    assert len(view.points()) == m["n_points"]
    # the quadrant labels on the chart (their words, or on a short chart their count only)
    labels = view.quadrant_labels()
    words = {"upgraded": "Upgraded", "not upgraded": "Not upgraded"}
    shown = {}
    for (econ, social), text in labels.items():
        lines = text.split("\n")
        if len(lines) == 3:
            assert lines[0] == words[econ]
            assert lines[1].startswith("MS above" if social == "above" else "MS at or below")
        shown[(econ, social)] = int(lines[-1].split()[0])
    assert shown == {(q["economic"], q["social"]): q["n_firms"] for q in m["quadrants"]}
    # the table under the chart: every breakdown's quadrants and cut-off
    cells = model_cells(view.counts_model)
    records = data["matrix"]
    keys = list(dict.fromkeys((r["breakdown_var"], r["breakdown"]) for r in records))
    assert len(cells) == len(keys)
    for row, key in zip(cells, keys, strict=True):
        mine = [r for r in records if (r["breakdown_var"], r["breakdown"]) == key]
        quads = [next(r for r in mine if r["economic"] == e and r["social"].startswith(s))
                 for e in ("upgraded", "not upgraded") for s in ("above", "at or below")]
        assert row[2:6] == [("—" if q["n_firms"] is None else f"{q['n_firms']:,}")
                            for q in quads]
        cut = mine[0]["cutoff"]
        assert row[6] == ("—" if cut is None else f"{cut:.2f}")
    return 4 + len(cells) * 5


def check_builder(window: MainWindow, data: dict) -> int:
    view = window.chart_builder
    window.tabs.setCurrentWidget(view)
    b = data["chart_builder"]
    assert view.view_state() == data["view_choices"]["chart_builder"]
    groups = b["groups"]
    if b["kind"] == "bar":
        (drawn,) = bar_series(view.chart)
        expect_bars(drawn, groups, value="mean")
        return len(groups)
    boxes = box_whiskers(view.chart)
    shown = [g for g in groups if g["box"] is not None]
    assert len(boxes) == len(shown) > 0
    for i, g in enumerate(groups):
        if g["box"] is not None:
            for key in ("median", "q1", "q3", "low", "high"):
                assert boxes[float(i)][key] == pytest.approx(g["box"][key], rel=1e-12)
    return len(shown)


def open_project(qtbot, window: MainWindow, path: Path, state: dict | None) -> None:
    """File → Open the project; the views show its saved choices (given again here, so this
    test checks the numbers whoever restores the choices)."""
    with qtbot.waitSignal(window.analysisShown, timeout=60_000):
        with qtbot.waitSignal(window.openFinished, timeout=60_000) as opened:
            window.open_path(path)
        assert opened.args == [True]
    draw_every_view(window)
    views = {"upgrading": window.upgrading_view, "outcomes": window.outcomes_view,
             "matrix": window.matrix_view, "chart_builder": window.chart_builder}
    outcomes = window.outcomes_view
    with qtbot.waitSignal(outcomes.computed, timeout=30_000):
        for key, view in views.items():
            view.apply_view_state((state or {}).get(key, {}) if state else
                                  view.view_state())
    qtbot.waitUntil(lambda: not window.executor.is_busy(), timeout=30_000)
    window.refresh_views()


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = silence_errors(monkeypatch)
    win = MainWindow(loader=load_for_window, sample_path=SAMPLE)
    qtbot.addWidget(win)
    # the projects below name the bundled workbook by absolute path, outside their folder,
    # without a fingerprint: the window asks before reading it (issue #15); the user says yes
    monkeypatch.setattr(win, "confirm_outside_files", lambda check: True)
    win.resize(1280, 800)
    win.show()
    yield win
    close_window(win)
    assert errors == []


@pytest.mark.parametrize("case", ["sample", "vn_electronics"])
def test_every_number_of_every_view_equals_analyze_json(qtbot, window, tmp_path, case):
    if case == "sample":
        project = project_file(tmp_path, "sample.uex.json")
        state = None
    else:
        project = project_file(tmp_path, "vn.uex.json", subset=VN_ELECTRONICS, state=CHOICES)
        state = CHOICES
    data = analyze_json(project, tmp_path)
    open_project(qtbot, window, project, state)
    result = window.current_result()[0]
    assert result.n_firms == data["n_firms"] and result.n_workers == data["n_workers"]
    if state is not None:
        assert data["view_choices"]["upgrading"] == state["upgrading"]
        assert data["view_choices"]["outcomes"] == state["outcomes"]
    checked = (check_upgrading(window, data) + check_outcomes(window, data)
               + check_matrix(window, data) + check_builder(window, data))
    assert checked > 40


def test_a_one_firm_subset_shows_no_share_in_the_window(qtbot, window, tmp_path):
    project = project_file(tmp_path, "one.uex.json", subset={"firms": {"firm_id": ["VN001"]}})
    open_project(qtbot, window, project, None)
    result = window.current_result()[0]
    assert result.n_firms == 1
    view = window.upgrading_view
    window.tabs.setCurrentWidget(view)
    for split in ("none", "sector"):
        view.set_split(split)
        assert all(not s["values"].any() and not s["ci"] for s in bar_series(view.shares_chart))
    assert "too few firms" in view.combinations_chart.message()
    outcomes = window.outcomes_view
    assert outcomes.comparisons()["mean"].isna().all()
    assert all(not s["values"].any() for s in bar_series(outcomes.means_chart))
    assert not box_whiskers(outcomes.box_chart)
    assert "Too few to show" in window.matrix_view.chart.message()
    builder = window.chart_builder
    assert all(not s["values"].any() for s in bar_series(builder.chart))
    for chart in (*view.charts().values(), *outcomes.charts().values(),
                  window.matrix_view.chart, builder.chart):
        for item in chart.getPlotItem().items:
            if isinstance(item, pg.TextItem):
                assert not re.search(r"\d%", item.textItem.toPlainText())
