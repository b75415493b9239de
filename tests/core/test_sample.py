"""The bundled sample survey: reproducible, the right shape, and showing the DOMAIN.md findings.

Stylised facts are computed here from the raw codes with plain pandas (1 = yes; 98/99/blank are
not yes), independent of the study/survey/rules modules, so a regression in the generator shows
up even if those modules change.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from core.model import sample
from core.model.roles import ROLES, role, role_names

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_XLSX = RESOURCES / sample.SAMPLE_WORKBOOK
PROJECT_JSON = RESOURCES / sample.SAMPLE_PROJECT
TEMPLATE_XLSX = RESOURCES / sample.TEMPLATE_WORKBOOK

PROCESS = ["C1", "C2", "C3", "C4", "C5", "C6a"]
DAYS_PER_MONTH = 26
MONTHLY_FACTOR = {1: 1.0, 2: DAYS_PER_MONTH / 12, 3: 52 / 12, 4: float(DAYS_PER_MONTH)}


@pytest.fixture(scope="module")
def generated() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return sample.generate_sample()


@pytest.fixture(scope="module")
def firms(generated) -> pd.DataFrame:
    f = generated[0]
    out = pd.DataFrame({"firm_id": f["A1"], "country": f["A2"], "sector": f["A3"]})
    out["process"] = _any_yes(f, PROCESS)
    out["product"] = _any_yes(f, ["D1", "D2"]) | _known(f["D3"], 500).gt(0).fillna(False)
    stage_up = (_known(f["E1a"], 3) > _known(f["E1b"], 3)).fillna(False)
    out["functional"] = _any_yes(f, ["E2", "E3", "E4"]) | stage_up
    out["chain"] = _any_yes(f, ["F1"]) | _known(f["F2"], 100).ge(10).fillna(False)
    out["upgraded"] = out[["process", "product", "functional", "chain"]].any(axis=1)
    now, before = _known(f["B3a"], 4), _known(f["B3b"], 4)
    known = now.notna() & before.notna()
    out["bargaining_improved"] = (now > before).where(known)
    return out


@pytest.fixture(scope="module")
def workers(generated, firms) -> pd.DataFrame:
    w = generated[1]
    out = pd.DataFrame({"firm_id": w["W1"], "skill": w["W5"], "gender": w["W2"]})
    factor = w["W8b"].astype("float64").map(MONTHLY_FACTOR)
    out["monthly"] = w["W8a"].astype("float64") * factor
    out["log_monthly"] = np.log(out["monthly"])
    return out.merge(firms[["firm_id", "country", "sector", "upgraded"]], on="firm_id")


def _any_yes(frame: pd.DataFrame, codes: list[str]) -> pd.Series:
    return frame[codes].eq(1).fillna(False).any(axis=1)


def _known(column: pd.Series, highest: int) -> pd.Series:
    """Numeric answers with missing codes (98, 99, 998) and blanks as NaN."""
    values = column.astype("float64")
    return values.where(values <= highest)


def _forward_filled(codebook: pd.DataFrame) -> pd.DataFrame:
    """What a reader does: Sheet/Variable/Question carried down, codes left as they are."""
    names = ["Sheet", "Variable", "Question"]
    return codebook.assign(**{c: codebook[c].ffill() for c in names})


# ------------------------------------------------------------------------- determinism
def test_generating_twice_gives_identical_frames(generated):
    again = sample.generate_sample()
    for first, second in zip(generated, again, strict=True):
        pd.testing.assert_frame_equal(first, second)


def _sheet_rows(ws) -> list[tuple]:
    return [row for row in ws.iter_rows(min_row=sample.HEADER_ROW + 1, values_only=True)]


@pytest.mark.parametrize("index,sheet", [(0, "Firms"), (1, "Workers"), (2, "Codebook")])
def test_committed_workbook_matches_the_generator(generated, index, sheet):
    """If this fails, the generator changed: rerun `python -m core.model.sample` and commit."""
    ws = load_workbook(SAMPLE_XLSX, read_only=True)[sheet]
    frame = generated[index]
    header = next(ws.iter_rows(min_row=sample.HEADER_ROW, max_row=sample.HEADER_ROW,
                               values_only=True))
    assert list(header) == list(frame.columns)
    assert _sheet_rows(ws) == sample.frame_rows(frame)


def test_writer_is_byte_reproducible(tmp_path):
    first = sample.write_sample_workbook(tmp_path / "a.xlsx").read_bytes()
    second = sample.write_sample_workbook(tmp_path / "b.xlsx").read_bytes()
    assert first == second == SAMPLE_XLSX.read_bytes()


def test_committed_project_and_template_match_the_generator(tmp_path):
    sample.write_project(tmp_path / "p.uex.json")
    assert (tmp_path / "p.uex.json").read_text("utf-8") == PROJECT_JSON.read_text("utf-8")
    sample.write_template(tmp_path / "t.xlsx")
    assert (tmp_path / "t.xlsx").read_bytes() == TEMPLATE_XLSX.read_bytes()


def test_main_writes_the_three_resources(tmp_path, capsys):
    assert sample.main([str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {sample.SAMPLE_WORKBOOK, sample.SAMPLE_PROJECT, sample.TEMPLATE_WORKBOOK}
    assert "wrote" in capsys.readouterr().out


# ------------------------------------------------------------------------- workbook layout
def test_each_sheet_has_title_blank_row_and_header_on_row_3():
    wb = load_workbook(SAMPLE_XLSX, read_only=True)
    assert wb.sheetnames == ["Firms", "Workers", "Codebook", "About"]
    for ws in wb:
        rows = list(ws.iter_rows(min_row=1, max_row=3, values_only=True))
        assert rows[0][0] == sample.TITLES[ws.title]
        assert all(v is None for v in rows[1])
        assert rows[2][0] is not None


def test_about_sheet_records_provenance():
    ws = load_workbook(SAMPLE_XLSX, read_only=True)["About"]
    text = " ".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v)
    for needle in ("SYNTHETIC", str(sample.SAMPLE_SEED), sample.GENERATOR_VERSION, "VND", "THB",
                   "MMK"):
        assert needle in text


def test_codebook_is_long_format_filled_only_on_first_rows(generated):
    codebook = generated[2]
    assert tuple(codebook.columns) == sample.CODEBOOK_COLUMNS
    filled = _forward_filled(codebook)
    for sheet, raw in (("Firms", generated[0]), ("Workers", generated[1])):
        assert list(filled.loc[filled["Sheet"] == sheet, "Variable"].unique()) == list(raw.columns)
    first_rows = codebook["Variable"].notna()
    assert codebook.loc[first_rows, "Question"].notna().all()
    assert codebook.loc[~first_rows, ["Sheet", "Question"]].isna().all().all()
    yes_no = codebook[filled["Variable"] == "C1"]
    assert list(zip(yes_no["Code"], yes_no["Code label"], strict=True)) == [
        (1, "Yes"), (2, "No"), (98, "Don't know"), (99, "Refused")]


def test_every_coded_answer_has_a_label(generated):
    codebook = _forward_filled(generated[2])
    for raw in generated[:2]:
        for column in raw.columns:
            labels = set(codebook.loc[codebook["Variable"] == column, "Code"].dropna())
            if labels and column not in ("D3", "F2"):  # amounts with a don't-know code only
                assert set(raw[column].dropna()) <= labels, column


# ------------------------------------------------------------------------- sizes and links
def test_sizes_by_country(generated):
    firms, workers, _ = generated
    assert len(firms) == 280 and len(workers) == 802
    assert firms["A2"].value_counts().to_dict() == {1: 160, 2: 60, 3: 60}
    country_of = firms.set_index("A1")["A2"]
    assert workers["W1"].map(country_of).value_counts().to_dict() == {1: 400, 2: 200, 3: 202}
    assert firms.groupby("A2")["A3"].unique().map(sorted).to_dict() == {
        1: [1, 2], 2: [2], 3: [1]}


def test_ids_are_unique_and_every_worker_has_a_firm(generated):
    firms, workers, _ = generated
    assert firms["A1"].is_unique and workers["W0"].is_unique
    assert workers["W1"].isin(firms["A1"]).all()
    per_firm = workers["W1"].value_counts()
    assert per_firm.between(1, 6).all()
    assert 3 <= (~firms["A1"].isin(workers["W1"])).sum() <= 5


def test_missing_codes_and_blanks_are_scattered(generated):
    workers = generated[1]
    yes_no = workers[["W8c", *[f"W{i}" for i in range(10, 21)]]]
    answers = yes_no.stack(future_stack=True)
    assert 0.02 <= answers.isin([98, 99]).mean() <= 0.04
    assert 0.0 < answers.isna().mean() < 0.03


# ------------------------------------------------------------------------- project file
def test_project_file_is_valid_and_points_at_existing_columns(generated):
    project = json.loads(PROJECT_JSON.read_text("utf-8"))
    assert project["format"] == "upgrading-explorer-project" and project["version"] == 1
    assert project["rules"] is None and project["subset"] == {} and project["settings"] == {}
    sheets = {"firms": generated[0], "workers": generated[1]}
    for key, level in (("firms", "firm"), ("workers", "worker")):
        table = project[key]
        assert table == {"path": "sample_survey.xlsx", "sheet": key.title(), "header_row": 3}
        columns = set(sheets[key].columns)
        for name, column in project["roles"][key].items():
            role(level, name)  # raises for a non-canonical role
            assert column in columns
        assert set(project["missing_codes"][key]) <= columns
        assert set(project["value_maps"][key]) <= columns
    assert project["roles"]["firms"]["firm_id"] == "A1"
    assert project["roles"]["workers"]["firm_id"] == "W1"


# The sample is a simple random sample surveyed on one date: it declares no design or date roles.
NOT_IN_SAMPLE = {"weight", "strata", "psu", "survey_date"}


def test_project_maps_every_canonical_role_except_design_and_date():
    project = json.loads(PROJECT_JSON.read_text("utf-8"))
    for key, level in (("firms", "firm"), ("workers", "worker")):
        expected = set(role_names(level)) - NOT_IN_SAMPLE
        assert set(project["roles"][key]) == expected


def test_value_maps_use_canonical_values_for_category_roles():
    project = json.loads(PROJECT_JSON.read_text("utf-8"))
    for key, level in (("firms", "firm"), ("workers", "worker")):
        by_column = {c: n for n, c in project["roles"][key].items()}
        for column, mapping in project["value_maps"][key].items():
            r = role(level, by_column[column])
            assert r.kind == "category"
            assert all(code.isdigit() for code in mapping)
            if r.canonical_values:
                assert set(mapping.values()) <= set(r.canonical_values), column
    assert project["value_maps"]["firms"]["A3"] == {"1": "apparel", "2": "electronics"}
    assert project["missing_codes"]["firms"]["C1"] == [98, 99]


# ------------------------------------------------------------------------- stylised facts
def test_process_is_common_then_product_then_functional_then_chain(firms):
    shares = firms[["process", "product", "functional", "chain"]].mean()
    assert 0.40 <= shares["process"] <= 0.60
    assert 0.10 <= shares["product"] <= 0.15
    assert 0.05 <= shares["functional"] <= 0.10
    assert shares["process"] > shares["product"] > shares["functional"] > shares["chain"]


def test_more_upgrading_in_electronics_than_apparel(firms):
    by_sector = firms.groupby("sector")[["process", "product", "functional"]].mean()
    assert by_sector.loc[2, "process"] - by_sector.loc[1, "process"] >= 0.15
    assert (by_sector.loc[2] > by_sector.loc[1]).all()


def test_bargaining_position_rarely_improved(firms):
    improved = firms["bargaining_improved"].dropna()
    assert len(improved) > 250
    assert 0.03 < improved.mean() < 0.20


def test_technicians_and_managers_earn_more_than_production_workers(workers):
    median = workers.groupby(["country", "skill"])["monthly"].median().unstack()
    assert (median[2] > median[1]).all() and (median[4] > median[1]).all()
    assert (median[4] > median[2]).all()


@pytest.mark.parametrize("country,low,high", [
    (1, 5_000_000, 9_000_000),   # VND a month
    (2, 9_100, 15_000),          # THB: 350-450 a day × 26, or 11,000-25,000 a month
    (3, 125_000, 250_000),       # MMK: 4,800-8,000 a day × 26
])
def test_production_wages_are_plausible(workers, country, low, high):
    pay = workers.loc[(workers["country"] == country) & (workers["skill"] == 1), "monthly"]
    assert low <= pay.median() <= high
    assert pay.dropna().between(low * 0.5, high * 2.2).all()


def test_pay_periods_are_mixed(generated):
    workers = generated[1]
    periods = workers["W8b"].value_counts(normalize=True)
    assert periods[1] > 0.5 and periods[4] > 0.1
    assert {2, 3, 5} <= set(periods.index)


def test_skilled_gain_more_in_upgrading_firms_but_line_workers_do_not(workers):
    """Difference in differences of mean log monthly pay, within each country."""
    cell = workers.assign(skilled=workers["skill"] > 1).groupby(
        ["country", "skilled", "upgraded"])["log_monthly"].mean()
    gap = cell.xs(True, level="upgraded") - cell.xs(False, level="upgraded")
    line_gap = gap.xs(False, level="skilled")
    skilled_gain = gap.xs(True, level="skilled") - line_gap
    assert line_gap.abs().max() < 0.05          # no clear link for line workers
    assert (skilled_gain > 0).all()
    assert skilled_gain.idxmax() == 2           # strongest in Thailand


def test_women_dominate_apparel_more_than_electronics(workers):
    female = workers.assign(f=workers["gender"] == 2).groupby("sector")["f"].mean()
    assert 0.70 <= female[1] <= 0.85 and 0.45 <= female[2] <= 0.65


# ------------------------------------------------------------------------- template
def test_template_lists_every_canonical_role():
    wb = load_workbook(io.BytesIO(TEMPLATE_XLSX.read_bytes()))
    firms_header = [c.value for c in wb["Firms"][1]]
    workers_header = [c.value for c in wb["Workers"][1]]
    assert firms_header[0] == "firm_id" and workers_header[0] == "firm_id"
    assert sorted(firms_header) == sorted(role_names("firm"))
    assert sorted(workers_header) == sorted(role_names("worker"))
    assert wb["Firms"].max_row == 1 and wb["Firms"].freeze_panes == "A2"
    codebook = list(wb["Codebook"].iter_rows(values_only=True))
    assert codebook[0] == sample.TEMPLATE_COLUMNS
    assert {(row[0], row[1]) for row in codebook[1:]} == {(r.level, r.name) for r in ROLES}
    assert all(row[5] and row[6] for row in codebook[1:])
