"""One disclosure rule for every output: a subset of one firm publishes none of that firm's shares,
means or cut-offs — in the JSON of ``analyze``, in the results workbook, in the exported script —
while the counts that say why stay; the overall shares follow the rule like shares by group; the
per-firm records follow workshop mode, not the thresholds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from core.analysis.disclosure import (
    DisclosureRule,
    withhold_suppressed,
    without_firm_records,
    workshop_mode,
)
from core.analysis.firm_stats import type_combinations, type_shares
from core.analysis.pipeline import run_analysis
from core.export.results_export import write_results_xlsx
from core.export.script_export import script_for_result
from core.project.opening import open_survey

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
ONE_FIRM = {"firms": {"firm_id": ["VN001"]}}
PUBLISHED_NUMBERS = {"share", "ci_low", "ci_high", "n_true", "mean", "se", "diff", "diff_se",
                     "diff_ci_low", "diff_ci_high", "p_value", "median_ms", "cutoff", "q1",
                     "median", "q3", "low", "high", "statistic"}
"""Keys that carry a statistic of the firms or workers behind them (never a count)."""
NOT_STATISTICS = {"firms", "settings", "rules", "subset", "view_choices"}
"""Top-level JSON keys that are not statistics: the per-firm records (workshop mode's concern)
and the inputs."""


@pytest.fixture(scope="module")
def survey():
    return open_survey(SAMPLE).survey


@pytest.fixture(scope="module")
def one_firm(survey):
    return run_analysis(survey.firms, survey.workers, subset=ONE_FIRM)


def published(data, path="") -> list[tuple[str, object]]:
    """Every (path, value) under a statistic's key in a JSON tree."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            where = f"{path}.{key}"
            if key in PUBLISHED_NUMBERS and not isinstance(value, dict | list):
                found.append((where, value))
            else:
                found += published(value, where)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += published(value, f"{path}[{i}]")
    return found


def statistics_of(data: dict) -> list[tuple[str, object]]:
    return [(p, v) for key, value in data.items() if key not in NOT_STATISTICS
            for p, v in published(value, key)]


# ----------------------------------------------------------------------------------- the rule

def test_the_rule_by_hand():
    rule = DisclosureRule(min_firms=3, min_workers=10)
    assert rule.too_few_firms(np.array([2, 3])).tolist() == [True, False]
    assert rule.too_few_workers(np.array([3, 3, 2]), np.array([9, 10, 50])).tolist() == [
        True, False, True]
    assert rule.marker() == "suppressed (<3 firms or <10 workers)"


def test_overall_shares_follow_the_same_rule_as_groups():
    flags = pd.DataFrame({"process": pd.array([True, False, None], dtype="boolean"),
                          "sector": ["a", "a", "b"]})
    overall = type_shares(flags, ["process"], min_firms=3).iloc[0]
    assert overall["n_known"] == 2 and bool(overall["suppressed"])  # 2 known < 3 firms
    assert not type_shares(flags, ["process"], min_firms=2)["suppressed"].iloc[0]
    by = type_shares(flags, ["process"], by="sector", min_firms=2).set_index("group")
    assert by["suppressed"].to_dict() == {"a": False, "b": True}


def test_withheld_combinations_list_every_combination():
    f = pd.DataFrame({"process": pd.array([True, None], dtype="boolean"),
                      "product": pd.array([False, True], dtype="boolean")})
    out = type_combinations(f, ["process", "product"], min_firms=3)
    known = out[~out["combination"].str.startswith("incomplete")]
    assert set(known["combination"]) == {"none", "process", "product", "process+product"}
    assert known["suppressed"].all()


def test_a_withheld_reference_withholds_the_differences_of_its_own_table_only():
    table = pd.DataFrame({
        "subset": ["A", "A", "B", "B"], "breakdown": "all", "outcome": "y", "group_var": "g",
        "group": ["none", "chain", "none", "chain"], "reference": "none",
        "mean": [1.0, 2.0, 1.0, 2.0], "se": 0.1, "ci_low": 0.5, "ci_high": 2.5,
        "diff": [0.0, 1.0, 0.0, 1.0], "diff_se": 0.1, "diff_ci_low": 0.8, "diff_ci_high": 1.2,
        "p_value": [np.nan, 0.01, np.nan, 0.02], "suppressed": [True, False, False, False]})
    out = withhold_suppressed(table)
    assert np.isnan(out.loc[0, "mean"]) and out.loc[1, "mean"] == 2.0
    assert np.isnan(out.loc[1, "diff"]) and np.isnan(out.loc[1, "p_value"])
    assert out.loc[3, "diff"] == 1.0 and out.loc[3, "p_value"] == 0.02  # B's reference is shown


# ------------------------------------------------------------------------- a one-firm subset

def test_one_firm_subset_json_publishes_no_share_of_that_firm(one_firm):
    data = json.loads(json.dumps(one_firm.to_json(), allow_nan=False))
    assert data["n_firms"] == 1
    stats = statistics_of(data)
    assert stats, "the walk must reach the statistics"
    assert [(p, v) for p, v in stats if v is not None] == []
    for row in data["upgrading_summary"].values():
        assert row["suppressed"] and row["n_known"] == 1  # the count says why
    assert all(r["n_firms"] is None for r in data["combinations"]
               if not r["combination"].startswith("incomplete"))
    assert data["matrix_chart"]["suppressed"] and data["matrix_chart"]["n_points"] == 0
    assert all(q["n_firms"] is None for q in data["matrix_chart"]["quadrants"])
    assert all(r["n_firms"] is None for r in data["matrix"])
    # the per-firm record is the analyst's microdata: kept, as in the window's firm list …
    assert [f["firm_id"] for f in data["firms"]] == ["VN001"]
    # … and workshop mode leaves it out, as the window does
    assert without_firm_records(one_firm).to_json()["firms"] == []


def test_one_firm_subset_cli_json_and_workbook(tmp_path):
    js, xlsx = tmp_path / "one.json", tmp_path / "one.xlsx"
    subprocess.run([sys.executable, str(REPO / "main.py"), "analyze", str(SAMPLE),
                    "--where", "firm_id=VN001", "--json", str(js), "--out", str(xlsx)],
                   check=True, capture_output=True, text=True, timeout=120)
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["n_firms"] == 1
    assert [(p, v) for p, v in statistics_of(data) if v is not None] == []
    book = openpyxl.load_workbook(xlsx)
    checked = 0
    for ws in book.worksheets:
        if ws.title in ("About", "Rules", "Firms", "Charts"):
            continue
        header = [c.value for c in ws[1]]
        for j, name in enumerate(header, 1):
            if str(name).removeprefix("box_") not in PUBLISHED_NUMBERS:
                continue
            for i in range(2, ws.max_row + 1):
                value = ws.cell(i, j).value
                checked += 1
                assert value is None or (isinstance(value, str) and value.startswith(
                    "suppressed")), (ws.title, name, i, value)
    assert checked > 50
    assert "Outcome table" in book.sheetnames and "Upgrading chart" in book.sheetnames


def test_one_firm_subset_workbook_written_by_core(one_firm, tmp_path):
    path = write_results_xlsx(one_firm, tmp_path / "one.xlsx")
    book = openpyxl.load_workbook(path)
    shares = book["Upgrading summary"]
    header = [c.value for c in shares[1]]
    for r in range(2, shares.max_row + 1):
        assert shares.cell(r, header.index("share") + 1).value.startswith("suppressed")
        assert shares.cell(r, header.index("n_true") + 1).value is None
        assert shares.cell(r, header.index("n_known") + 1).value == 1


def test_one_firm_subset_script_prints_no_share(one_firm, tmp_path):
    script = tmp_path / "one.py"
    script.write_text(script_for_result(one_firm, SAMPLE), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert "Subset: 1 firms" in out
    assert not re.search(r"\d\.\d%", out)  # no share printed anywhere
    assert "value suppressed" in out and "share suppressed" in out


def test_workshop_mode_reads_the_project_setting():
    assert workshop_mode({"workshop_mode": True}) and not workshop_mode({}) and \
        not workshop_mode(None)


def test_analyze_on_a_workshop_project_writes_no_firm_record(tmp_path):
    project = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for side in ("firms", "workers"):
        project[side]["path"] = str((SAMPLE.parent / project[side]["path"]).resolve())
    project["settings"] = {"workshop_mode": True}
    path = tmp_path / "workshop.uex.json"
    path.write_text(json.dumps(project), encoding="utf-8")
    js = tmp_path / "w.json"
    subprocess.run([sys.executable, str(REPO / "main.py"), "analyze", str(path), "--json",
                    str(js)], check=True, capture_output=True, text=True, timeout=120)
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["firms"] == [] and data["n_firms"] == 280
    assert data["upgrading_summary"]["process"]["share"] is not None  # aggregates unchanged
