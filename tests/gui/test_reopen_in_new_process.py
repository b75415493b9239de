"""What was presented is what reopens: a project saved with a non-default choice in every view
(upgrading split, outcome, grouping, breakdown, matrix breakdown and cut-off, chart builder, A vs B)
reopens in a NEW PROCESS with the same choices, the same tab and identical numbers in every chart
and table of every view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox

from tests.fast_settings import NO_FEW_FIRM_TESTS
from tests.gui.shown_numbers import settle_views, shown_numbers
from tests.gui.test_projects_window import copy_sample, new_window, open_and_settle, settle

REPO = Path(__file__).resolve().parents[2]


def _other_choice(box: QComboBox) -> str:
    """A choice of this drop-down other than the one shown (as a user picks another entry)."""
    current = box.currentIndex()
    for i in range(box.count()):
        if i != current and box.itemData(i):
            box.setCurrentIndex(i)
            return box.itemData(i)
    raise AssertionError(f"{box.objectName()} offers one choice only")


def test_every_view_choice_and_number_comes_back_in_a_new_process(qtbot, tmp_path):
    # no bootstrap or permutation test (most of each of the window's four analyses): the
    # numbers must come back identical whichever test computed them
    source = copy_sample(tmp_path / "work", extra={"settings": NO_FEW_FIRM_TESTS})
    window = new_window(qtbot)
    window.resize(1280, 800)
    window.show()
    open_and_settle(qtbot, window, source)
    defaults = {v.objectName(): v.view_state() for v in window.views}

    window.subset_panel.set_value_checked("country", "Vietnam", True)
    window.subset_panel.save_current("Vietnam")
    window.subset_panel.clear()
    window.subset_panel.compare_with("Vietnam")          # A (everyone) vs B (Vietnam)
    settle(qtbot, window)
    window.tabs.setCurrentWidget(window.upgrading_view)
    window.upgrading_view.set_split("ownership")
    outcomes = window.outcomes_view
    window.tabs.setCurrentWidget(outcomes)
    outcomes.set_outcome("training")
    _other_choice(outcomes.group_box)
    _other_choice(outcomes.breakdown_box)
    matrix = window.matrix_view
    window.tabs.setCurrentWidget(matrix)
    _other_choice(matrix.breakdown_box)
    matrix.set_cutoff("value", 0.55)
    builder = window.chart_builder
    window.tabs.setCurrentWidget(builder)
    builder.configure(level="workers", kind="box", variable="hours_per_week", group="skill_group")
    window.tabs.setCurrentWidget(matrix)
    settle_views(QApplication.instance(), window)

    before = shown_numbers(window)
    changed = [name for name, state in before["states"].items() if state != defaults[name]]
    assert sorted(changed) == sorted(defaults), f"left at default: {set(defaults) - set(changed)}"
    assert before["comparison"][1] is not None
    assert window.save_project() == source
    saved = json.loads(source.read_text(encoding="utf-8"))
    assert saved["comparison"] is not None and saved["views"]["current"] == "matrix"

    out = tmp_path / "reopened.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    run = subprocess.run([sys.executable, "-m", "tests.gui.shown_numbers", str(source), str(out)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    after = json.loads(out.read_text(encoding="utf-8"))
    before = json.loads(json.dumps(before, sort_keys=True))
    assert after["states"] == before["states"]
    assert after["current_tab"] == before["current_tab"]
    assert after["comparison"] == before["comparison"]
    assert after["matrix"] == before["matrix"]
    assert after["tables"] == before["tables"]
    assert after["charts"] == before["charts"]
    assert sum(len(rows) for rows in before["tables"].values()) > 20
    assert sum(len(items) for items in before["charts"].values()) > 10
