"""Results workbook and JSON: provenance, formatting, disclosure marks, and never a formula."""

from __future__ import annotations

import json
import zipfile

import openpyxl
import pytest

import core
from core.analysis.pipeline import run_analysis
from core.export.results_export import write_cell, write_results_json, write_results_xlsx
from tests.core.test_analysis import (
    DESIGN_COMPARISON_KEYS,
    DESIGN_FIRM_KEYS,
    DESIGN_TOP_KEYS,
    synthetic_survey,
)
from tests.fast_settings import NO_FEW_FIRM_TESTS

NASTY = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "\t=1", "\r=1", "=HYPERLINK(\"x\")"]
MARK = "suppressed (<3 firms or <10 workers)"


@pytest.fixture(scope="module")
def result():
    firms, workers = synthetic_survey(n_firms=30, workers_per_firm=3, seed=2)
    firms["firm_id"] = firms["firm_id"].astype(object)
    old = list(firms["firm_id"][: len(NASTY)])
    firms.loc[: len(NASTY) - 1, "firm_id"] = NASTY
    workers["firm_id"] = workers["firm_id"].replace(dict(zip(old, NASTY, strict=True)))
    return run_analysis(firms, workers)


@pytest.fixture(scope="module")
def workbook(result, tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "results.xlsx"
    write_results_xlsx(result, path, about={"source_file": "=evil.xlsx", "sha256": "ab" * 32,
                                            "note": "-not a formula"})
    return path


def test_sheets_frozen_headers_and_bold(workbook):
    wb = openpyxl.load_workbook(workbook)
    for name in ("About", "Firms", "Upgrading summary", "Comparisons", "Matrix"):
        assert name in wb.sheetnames
    assert wb["Firms"].freeze_panes == "B2"
    assert wb["Upgrading summary"].freeze_panes == "A2"
    assert wb["Comparisons"]["A1"].font.bold
    assert wb["Firms"].column_dimensions["A"].width >= 10


def test_no_cell_is_a_formula(workbook):
    wb = openpyxl.load_workbook(workbook)
    texts = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    # XML normalises a carriage return to a line feed on reading; the text stays literal
    assert {t.replace("\r", "\n") for t in NASTY} <= texts
    assert "=evil.xlsx" in texts and "-not a formula" in texts
    with zipfile.ZipFile(workbook) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8")


def test_write_cell_quotes_formula_triggers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate([*NASTY, "plain"], 1):
        write_cell(ws, i, 1, text)
    path = tmp_path / "cells.xlsx"
    wb.save(path)
    back = openpyxl.load_workbook(path).active
    assert [back.cell(i, 1).value for i in range(1, len(NASTY) + 2)] == [
        t.replace("\r", "\n") for t in [*NASTY, "plain"]]
    assert all(back.cell(i, 1).data_type == "s" for i in range(1, len(NASTY) + 2))
    assert back["A1"].quotePrefix and not back[f"A{len(NASTY) + 1}"].quotePrefix


def test_about_sheet_provenance(workbook, result):
    ws = openpyxl.load_workbook(workbook)["About"]
    about = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, ws.max_row + 1)}
    assert about["SHA-256"] == "ab" * 32
    assert about["App version"] == core.__version__
    assert "Rules sheet" in about["Rules"]
    rules_rows = {r[0]: r[1] for r in openpyxl.load_workbook(workbook)["Rules"].iter_rows(
        min_row=2, values_only=True)}
    assert json.loads(rules_rows["Rule data (JSON)"]) == result.rules
    assert json.loads(about["Settings"])["min_firms"] == 3
    assert json.loads(about["Subset"]) == {}
    assert about["Date"]


def test_suppressed_cells_marked_grey_and_blank(workbook, result):
    ws = openpyxl.load_workbook(workbook)["Comparisons"]
    header = [c.value for c in ws[1]]
    col = {name: i + 1 for i, name in enumerate(header)}
    seen = 0
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["suppressed"]).value == "yes":
            seen += 1
            assert ws.cell(r, col["mean"]).value == MARK
            assert ws.cell(r, col["mean"]).fill.start_color.rgb.endswith("D9D9D9")
            assert ws.cell(r, col["ci_low"]).value is None
            assert ws.cell(r, col["p_value"]).value is None
            assert ws.cell(r, col["n_firms"]).value is not None
    assert seen == int(result.comparisons["suppressed"].sum()) > 0


def test_number_formats(tmp_path):
    result = run_analysis(*synthetic_survey(n_firms=400), subset={"firms": {"country": ["Vietnam"]}})
    path = write_results_xlsx(result, tmp_path / "b.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Upgrading summary"]
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("share") + 1).number_format == "0.0%"
    assert ws.cell(2, header.index("n_known") + 1).number_format == "#,##0"
    comp = wb["Comparisons"]
    header = [c.value for c in comp[1]]
    p_cells = [comp.cell(r, header.index("p_value") + 1) for r in range(2, comp.max_row + 1)]
    assert any(c.number_format == "0.000" for c in p_cells if isinstance(c.value, float))
    wage = [r for r in range(2, comp.max_row + 1)
            if comp.cell(r, header.index("outcome") + 1).value == "monthly_wage"]
    assert comp.cell(wage[0], header.index("mean") + 1).number_format == "#,##0"
    share = [r for r in range(2, comp.max_row + 1)
             if comp.cell(r, header.index("outcome") + 1).value == "training"]
    assert comp.cell(share[0], header.index("mean") + 1).number_format == "0.0%"


def test_json_file_matches_design(result, tmp_path):
    path = write_results_json(result, tmp_path / "r.json")
    text = path.read_text(encoding="utf-8")
    assert "NaN" not in text and "Infinity" not in text
    data = json.loads(text)
    assert set(data) >= DESIGN_TOP_KEYS
    assert all(set(f) >= DESIGN_FIRM_KEYS for f in data["firms"])
    assert all(set(c) >= DESIGN_COMPARISON_KEYS for c in data["comparisons"])
    assert {f["firm_id"] for f in data["firms"]} >= set(NASTY)


def test_rules_sheet_reads_in_words_and_keeps_the_data(tmp_path):
    result = run_analysis(*synthetic_survey(n_firms=60))
    wb = openpyxl.load_workbook(write_results_xlsx(result, tmp_path / "r.xlsx"))
    assert wb.sheetnames[:2] == ["About", "Rules"]
    rows = {r[0]: r[1] for r in wb["Rules"].iter_rows(min_row=2, values_only=True)}
    assert rows["Process"].startswith("yes when any of these is yes: invested in new machinery")
    assert json.loads(rows["Rule data (JSON)"]) == result.rules
    vi = openpyxl.load_workbook(write_results_xlsx(result, tmp_path / "v.xlsx", language="vi"))
    assert vi.sheetnames[1] == "Quy tắc"
    vi_rows = {r[0]: r[1] for r in vi["Quy tắc"].iter_rows(min_row=2, values_only=True)}
    assert vi_rows["Quy trình"].startswith("có khi ít nhất một trong các mục sau là có")


def _sheet(path, name):
    ws = openpyxl.load_workbook(path)[name]
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, row, strict=False))
                    for row in ws.iter_rows(min_row=2, values_only=True)]


def test_new_comparison_columns_get_headings_and_about_lines(tmp_path):
    import dataclasses

    import numpy as np

    base = run_analysis(*synthetic_survey(), settings={
        "min_firms": 11, "references": {"highest_type": "functional"}, **NO_FEW_FIRM_TESTS})
    res = dataclasses.replace(base, comparisons=base.comparisons.assign(
        p_method="cluster_t", p_adjusted=0.5, ci_method="cluster_t", adj_diff=0.25,
        adj_diff_ci_low=0.1, adj_diff_ci_high=0.4, adj_p_value=0.03,
        adj_p_method="cluster_t"))
    res.adjusted_for = ["skill_group", "gender"]
    res.design = {"weights": "firm_weight", "strata": None, "psu": None}
    path = write_results_xlsx(res, tmp_path / "new.xlsx")
    header, rows = _sheet(path, "Comparisons")
    for col in ("p_method", "p_adjusted", "ci_method", "adj_diff", "adj_diff_ci_low",
                "adj_diff_ci_high", "adj_p_value", "adj_p_method"):
        assert col in header
    supp = [r for r in rows if r["suppressed"] == "yes"]
    shown = [r for r in rows if r["suppressed"] == "no" and r["group"] != r["reference"]]
    assert supp and all(r["adj_diff"] is None and r["adj_p_value"] is None for r in supp)
    assert any(r["adj_diff"] == 0.25 and r["p_adjusted"] == 0.5 for r in shown)
    _, about = _sheet(path, "About")
    items = {r["Item"]: r["Value"] for r in about}
    assert items["Adjusted for"] == "skill_group, gender"
    assert "weights: firm_weight" in items["Survey design"]
    vi = write_results_xlsx(res, tmp_path / "vi.xlsx", language="vi")
    header, _ = _sheet(vi, "So sánh")
    assert "Chênh lệch đã kiểm soát biến" in header and "Giá trị p đã hiệu chỉnh (Holm)" in header
    assert np.isfinite(res.comparisons["adj_diff"]).all()


def test_workshop_workbook_rounds_counts_and_shows_no_firm(result, tmp_path):
    from core.analysis.disclosure import without_firm_records

    path = write_results_xlsx(without_firm_records(result), tmp_path / "w.xlsx")
    _, firms = _sheet(path, "Firms")
    assert firms == []
    checked = 0
    for sheet in ("Upgrading summary", "Shares by group", "Comparisons", "Combinations"):
        _, rows = _sheet(path, sheet)
        for r in rows:
            for col in ("n_firms", "n_known", "n_true", "n_workers"):
                if isinstance(r.get(col), int | float):
                    assert r[col] % 5 == 0, (sheet, col, r[col])
                    checked += 1
    assert checked > 20
    _, about = _sheet(path, "About")
    items = {r["Item"]: r["Value"] for r in about}
    assert items["Firms in subset"] % 5 == 0 and "rounded" in items["Workshop mode"]


def test_firm_means_of_too_few_workers_are_not_in_the_firms_sheet(result, tmp_path):
    path = write_results_xlsx(result, tmp_path / "f.xlsx")
    _, firms = _sheet(path, "Firms")
    few = [r for r in firms if (r.get("ms_index_n") or 0) < 10]
    assert few and all(r["ms_index_mean"] is None for r in few)


def test_vietnamese_workbook_says_category_values_in_words_with_the_same_numbers(tmp_path):
    from core.export.headings import headings

    result = run_analysis(*synthetic_survey(n_firms=60))
    english = write_results_xlsx(result, tmp_path / "en.xlsx")
    vi = write_results_xlsx(result, tmp_path / "vi.xlsx", language="vi")
    h = headings("vi")
    for en_sheet, columns in (("Comparisons", ("outcome", "group_var", "group", "reference")),
                              ("Firms", ("highest_type",)),
                              ("Shares by group", ("type", "group_var", "group"))):
        header, en_rows = _sheet(english, en_sheet)
        vi_header, vi_rows = _sheet(vi, h.sheet(en_sheet))
        assert len(vi_rows) == len(en_rows)
        for en_row, vi_row in zip(en_rows, vi_rows, strict=True):
            for col, vi_col in zip(header, vi_header, strict=True):
                a, b = en_row[col], vi_row[vi_col]
                if col in columns and isinstance(a, str):
                    assert b == h.value(col, a)
                elif isinstance(a, int | float) and not isinstance(a, bool):
                    assert a == b  # numbers untouched
        said = {vi_row[h.column(c)] for vi_row in vi_rows for c in columns}
        assert said & set(h.values.values()) or said & set(h.columns.values())
    _, firms = _sheet(vi, h.sheet("Firms"))
    assert "Không nâng cấp" in {r[h.column("highest_type")] for r in firms}
    _, comparisons = _sheet(vi, h.sheet("Comparisons"))
    assert "Lương so với lương tối thiểu" in {r[h.column("outcome")] for r in comparisons}
    assert headings("en").value("outcome", "monthly_wage") == "monthly_wage"  # scripts' codes
