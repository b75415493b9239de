"""Issue 11 in the real window: deliveries as teams send them open, are reviewed, accepted and
drawn, and the Firms and Workers tables hold what `inspect` counted (no crash, no error box)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli.inspect_report import inspect_report
from gui.main_window import MainWindow
from gui.survey_loader import load_for_window
from tests.gui.sample_window import close_window, draw_every_view, silence_errors
from tests.gui.test_import_dialog import accept, start_open
from tests.gui.test_projects_window import settle

DELIVERIES = Path(__file__).resolve().parents[1] / "data" / "deliveries"
HARD = ["stacked_records_th.xlsx", "long_workers_vn.csv", "surveycto_wide.csv",
        "odk_central_mm.zip", "bw_workers_sav.sav", "vn_ambiguous_link.xlsx",
        "kobo_vn_repeat.xlsx"]
"""One of each layout: stacked, long, wide, a zip of csvs, a worker file alone, a weak link, a
Kobo export with its form."""


@pytest.mark.parametrize("name", HARD)
def test_a_delivery_opens_in_the_window_with_the_counts_inspect_reports(qtbot, monkeypatch,
                                                                       name):
    errors = silence_errors(monkeypatch)
    path = DELIVERIES / name
    expected = json.loads((DELIVERIES / f"{path.stem}.expected.json").read_text("utf-8"))
    counts = inspect_report(path)
    for key in ("n_firms", "n_workers"):
        assert counts[key] == expected.get(key, counts[key]), key
    window = MainWindow(loader=load_for_window)  # closed and deleted by close_window
    window.resize(1024, 768)
    window.show()
    try:
        dialog = start_open(qtbot, window, monkeypatch, path)
        assert dialog is not None, "a new delivery is reviewed before it is used"
        accept(qtbot, window, dialog)
        settle(qtbot, window)
        draw_every_view(window)
        assert window.firms_table.model().rowCount() == counts["n_firms"]
        assert window.workers_table.model().rowCount() == counts["n_workers"]
        assert errors == []
    finally:
        close_window(window)
