"""File → Export analysis as Python script: the script is readable, runs headless, and prints the
numbers core computes for the same subset, rules and settings."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import numpy as np

from core.analysis.pipeline import run_analysis
from core.analysis.rules import default_rules
from core.analysis.subset import Subset
from core.export.script_export import analysis_script, script_for_result, write_analysis_script
from core.project.opening import open_survey

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
SUBSET = Subset(firms={"country": ["Vietnam"], "sector": ["electronics"]})


def run(path: Path) -> str:
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          check=True, timeout=120).stdout


def test_script_is_valid_python_and_names_its_inputs():
    text = analysis_script(SAMPLE, subset=SUBSET, outcome="training")
    ast.parse(text)
    assert "open_survey" in text and "run_analysis" in text and "Subset.from_json" in text
    assert "'Vietnam'" in text and "'electronics'" in text
    assert "RULES = None" in text
    assert "'outcomes': ['training']" in text
    assert "PySide6" not in text and "gui" not in text


def test_script_reproduces_core_numbers(tmp_path):
    rules = default_rules()
    rules["types"]["product"]["any"][2]["value"] = 5
    survey = open_survey(SAMPLE).survey
    result = run_analysis(survey.firms, survey.workers, rules=rules, subset=SUBSET,
                          settings={"outcomes": ["wage_to_minimum"]})
    path = tmp_path / "again.py"
    path.write_text(script_for_result(result, SAMPLE), encoding="utf-8")
    out = run(path)
    assert f"Subset: {result.n_firms} firms, {result.n_workers} workers" in out
    shares = {m.group(1): float(m.group(2))
              for m in re.finditer(r"^\s+(\w+)\s+all=all\s+([\d.]+)%", out, re.M)}
    expected = result.upgrading_summary.set_index("type")["share"]
    for t, share in expected.items():
        assert shares[t] == round(100 * share, 1)
    means = [float(m.group(1)) for m in re.finditer(r"mean=([\d.]+) \[", out)]
    core = result.comparisons[~result.comparisons["suppressed"]]
    np.testing.assert_allclose(means, core["mean"], atol=1e-4)
    assert "suppressed" in out  # the chain group has too few firms here
    assert "'value': 5" in path.read_text(encoding="utf-8")


def test_write_analysis_script(tmp_path):
    path = write_analysis_script(tmp_path / "a.py", SAMPLE)
    assert path.read_text(encoding="utf-8").startswith('"""Upgrading Explorer analysis')
    assert "Share of firms with each upgrading type" in run(path)


def test_script_prints_what_each_view_shows_for_its_choices(tmp_path):
    views = {"outcomes": {"outcome": "training", "grouping": "sector", "breakdown": "none"},
             "matrix": {"breakdown_var": "all", "breakdown": "all", "cutoff_kind": "mean",
                        "cutoff_value": 0.6}}
    path = write_analysis_script(tmp_path / "views.py", SAMPLE, subset=SUBSET, views=views)
    assert "'cutoff_kind': 'mean'" in path.read_text(encoding="utf-8")
    out = run(path)
    survey = open_survey(SAMPLE).survey
    data = run_analysis(survey.firms, survey.workers, subset=SUBSET, views=views).to_json()
    matrix = data["matrix_chart"]
    assert f"cut-off mean = {matrix['cutoff']:.4f}" in out
    for q in matrix["quadrants"]:
        assert f"{q['economic']} / MS {q['social']}: {q['n_firms']} firms" in out
    (table,) = data["outcome_tables"]
    assert "Worker outcomes: training by sector" in out
    printed = [float(m.group(1)) for m in re.finditer(r"\| value ([\d.]+) \[", out)]
    shown = [r["mean"] for r in table["rows"] if r["mean"] is not None]
    shown += [g["mean"] for g in data["chart_builder"]["groups"] if g["mean"] is not None]
    np.testing.assert_allclose(printed, shown, atol=1e-4)
