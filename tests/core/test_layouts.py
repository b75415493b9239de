"""Layouts (core.model.layouts, wired in core.model.loading): stacked records split, a firm table
derived from a long worker file, wide worker groups reshaped, one-column multi-selects split — each
reported with counts and sheet rows — and the look-alikes that must be left alone, with a warning
when a check fails."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.io.rawtable import RawTable
from core.model.layouts import restructure
from core.model.loading import open_data_file
from core.project.opening import open_survey
from core.project.project_file import project_from_loaded, save_project


def _codes(loaded) -> list[str]:
    return [f.code for f in loaded.survey.findings]


def _finding(loaded, code: str):
    hits = [f for f in loaded.survey.findings if f.code == code]
    assert hits, f"no {code} finding in {_codes(loaded)}"
    return hits[0]


# ----------------------------------------------------------------------------- data
def _stacked_rows(firm_word="firm", worker_word="worker", n_firms=10, per_firm=4):
    rows = []
    for f in range(1, n_firms + 1):
        rows.append({"record_type": firm_word, "firm_id": f"F{f:02d}",
                     "country": "Vietnam" if f % 2 else "Cambodia", "sector": "Apparel",
                     "employees": 100 + f, "new_machinery": "Yes" if f % 3 else "No",
                     "worker_id": None, "gender": None, "age": None, "monthly_wage": None})
        for w in range(1, per_firm + 1):
            rows.append({"record_type": worker_word, "firm_id": f"F{f:02d}", "country": None,
                         "sector": None, "employees": None, "new_machinery": None,
                         "worker_id": w, "gender": "Female" if w % 2 else "Male",
                         "age": 20 + w, "monthly_wage": 300 + w})
    return pd.DataFrame(rows)


def _long_rows(n_firms=12, per_firm=5, vary_sector=False):
    rows = []
    for f in range(1, n_firms + 1):
        for w in range(1, per_firm + 1):
            rows.append({"firm_id": f"F{f:02d}",
                         "country": "Vietnam" if (f + (w if vary_sector else 0)) % 2
                         else "Cambodia",
                         "sector": ["Apparel", "Footwear", "Electronics"][(w + f) % 3]
                         if vary_sector else "Apparel",
                         "employees": 100 + f * (w if vary_sector else 1),
                         "new_machinery": ("Yes" if (f + w) % 2 else "No") if vary_sector
                         else ("Yes" if f % 3 else "No"),
                         "worker_id": w, "gender": "Female" if (w + f) % 2 else "Male",
                         "age": 20 + w + f, "monthly_wage": 300 + w * f})
    return pd.DataFrame(rows)


def _wide_rows(n_firms=8):
    rows = []
    for f in range(1, n_firms + 1):
        r = {"firm_id": f"F{f:02d}", "country": "Vietnam", "sector": "Apparel",
             "employees": 50 + f, "new_machinery": "Yes"}
        for i in range(1, 5):
            filled = i <= 2 + f % 3  # 3, 4 or 2 workers
            r[f"w_age_{i}"] = 20 + i + f if filled else None
            r[f"w_gender_{i}"] = ("Female" if i % 2 else "Male") if filled else None
            r[f"w_wage_{i}"] = 300 + i if filled else None
        rows.append(r)
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- 1. stacked
def test_stacked_records_are_split_into_firms_and_workers_with_their_sheet_rows(tmp_path):
    path = tmp_path / "stacked.xlsx"
    _stacked_rows().to_excel(path, sheet_name="Records", index=False)
    loaded = open_data_file(path)
    assert loaded.kinds == {"Records (firms)": "firms", "Records (workers)": "workers"}
    assert len(loaded.survey.firms) == 10 and len(loaded.survey.workers) == 40
    firms, workers = (loaded.survey.raw[s] for s in ("firms", "workers"))
    # sheet rows as Excel shows them: header in row 1, firm F01 in row 2, its workers in 3..6
    assert list(firms.source_rows[:3]) == [2, 7, 12]
    assert list(workers.source_rows[:5]) == [3, 4, 5, 6, 8]
    assert "gender" not in firms.data.columns and "sector" not in workers.data.columns
    assert "firm_id" in firms.data.columns and "firm_id" in workers.data.columns
    assert loaded.study.firms.sheet == "Records (firms)"
    f = _finding(loaded, "records_split")
    assert "10 firm rows" in f.message and "40 worker rows" in f.message
    assert f.column == "record_type"


def test_stacked_codes_with_value_labels_and_vietnamese_words():
    data = _stacked_rows(firm_word=1, worker_word=2)
    table = RawTable("Data", data, header_row=1,
                     value_labels={"record_type": {1: "Doanh nghiệp", 2: "Người lao động"}})
    out = restructure([table])
    assert [t.name for t in out.tables] == ["Data (firms)", "Data (workers)"]
    firms, workers = out.tables
    assert firms.n_rows == 10 and workers.n_rows == 40
    assert workers.value_labels == {}  # the record type column is not carried over
    assert [f.code for f in out.findings] == ["records_split"]
    assert "value labels" in out.findings[0].message


def test_stacked_with_an_untyped_row_is_not_split_and_says_where():
    data = _stacked_rows()
    data.loc[3, "record_type"] = None
    out = restructure([RawTable("Records", data, header_row=1)])
    assert [t.name for t in out.tables] == ["Records"]
    (f,) = out.findings
    assert f.code == "not_reshaped" and f.severity == "warning" and f.row == 5


def test_a_stray_worker_answer_on_a_firm_row_is_reported():
    data = _stacked_rows()
    data.loc[0, "age"] = 44  # firm row, sheet row 2
    out = restructure([RawTable("Records", data, header_row=1)])
    firms = out.tables[0]
    assert "age" not in firms.data.columns
    stray = [f for f in out.findings if f.severity == "warning"]
    assert len(stray) == 1 and stray[0].row == 2 and stray[0].column == "age"


def test_unlabelled_record_codes_one_and_two_are_split_by_the_columns_they_fill():
    out = restructure([RawTable("Records", _stacked_rows(firm_word=1, worker_word=2),
                                header_row=1)])
    assert [t.name for t in out.tables] == ["Records (firms)", "Records (workers)"]
    assert out.tables[0].n_rows == 10 and "sector" in out.tables[0].data.columns
    assert "columns each kind of row fills" in out.findings[0].message


def _contract_sheets(column: str = "contract type") -> tuple[pd.DataFrame, pd.DataFrame]:
    """A proper firm sheet and a worker sheet whose two-code question has follow-ups asked of
    one code each (skip logic): the look-alike of unlabelled stacked records."""
    rng = np.random.default_rng(3)
    firms = pd.DataFrame({"firm_id": range(1, 41),
                          "sector": rng.choice(["garment", "electronics"], 40),
                          "employees": rng.integers(50, 900, 40)})
    code = rng.integers(1, 3, 120)
    workers = pd.DataFrame({
        "firm_id": np.repeat(np.arange(1, 41), 3), "worker_id": np.tile([1, 2, 3], 40),
        "gender": rng.choice(["Female", "Male"], 120), "age": rng.integers(18, 60, 120),
        column: code,
        "months left on contract": np.where(code == 2, rng.integers(1, 24, 120), np.nan),
        "pension scheme": np.where(code == 1, rng.integers(0, 2, 120), np.nan)})
    return firms, workers


def test_a_two_code_question_with_skip_logic_is_not_read_as_stacked_records(tmp_path):
    path = tmp_path / "contracttype.xlsx"
    firms, workers = _contract_sheets()
    with pd.ExcelWriter(path) as xw:
        firms.to_excel(xw, sheet_name="Firms", index=False)
        workers.to_excel(xw, sheet_name="Workers", index=False)
    loaded = open_data_file(path)
    assert loaded.kinds == {"Firms": "firms", "Workers": "workers"}
    assert loaded.survey.n_workers == 120 and loaded.survey.n_firms == 40
    assert not {"records_split", "not_reshaped"} & set(_codes(loaded))


@pytest.mark.parametrize("others", [False, True])
def test_record_type_codes_answered_alike_by_both_codes_are_not_split(others):
    """Even under a real record-type name: gender and age filled for both codes (or a firm
    table elsewhere in the survey) mean one kind of record; the sheet stays whole, said."""
    firms, data = _contract_sheets(column="record type")
    workers = RawTable("Workers", data, header_row=1)
    context = [RawTable("Firms", firms, header_row=1)] if others else []
    out = restructure([workers], others=context)
    assert [t.name for t in out.tables] == ["Workers"] and out.tables[0].n_rows == 120
    (f,) = [f for f in out.findings if f.code == "not_reshaped"]
    assert f.severity == "warning" and f.column == "record type"
    assert "gender" in f.message and "age" in f.message


def test_a_firm_table_elsewhere_stops_an_unlabelled_split():
    data = _stacked_rows(firm_word=1, worker_word=2)
    firms = RawTable("Firms", pd.DataFrame({"firm_id": ["F01", "F02", "F03"],
                                            "sector": ["Apparel"] * 3,
                                            "employees": [100, 200, 300]}), header_row=1)
    out = restructure([RawTable("Records", data, header_row=1)], others=[firms])
    assert [t.name for t in out.tables] == ["Records"]
    (f,) = out.findings
    assert f.code == "not_reshaped" and '"Firms"' in f.message


# ----------------------------------------------------------------------------- 2. long file
def test_long_worker_file_gets_a_firm_table_from_the_constant_columns(tmp_path):
    path = tmp_path / "long.xlsx"
    data = _long_rows()
    data.loc[7, "country"] = "Thailand"  # one firm (F02, sheet rows 7..11) typed differently
    data.to_excel(path, sheet_name="Workers", index=False)
    loaded = open_data_file(path)
    assert loaded.kinds["Workers (firms)"] == "firms" and loaded.kinds["Workers"] == "workers"
    assert len(loaded.survey.firms) == 12 and len(loaded.survey.workers) == 60
    firms = loaded.survey.raw["firms"]
    assert list(firms.data.columns) == ["firm_id", "country", "sector", "employees",
                                        "new_machinery"]
    assert list(firms.source_rows[:3]) == [2, 7, 12]  # each firm at its first worker's row
    assert firms.data["country"].iloc[1] == "Cambodia"  # the first row's answer is kept
    derived = [x for x in loaded.survey.findings if x.code == "firms_derived"]
    assert [x.severity for x in derived] == ["info", "warning"]
    assert "12 firms from 60 worker rows" in derived[0].message
    varies = derived[1]
    assert varies.row == 9 and varies.column == "country"
    assert ('Firm F02' in varies.message and '"Cambodia" at sheet rows 7, 8, 10, 11' in
            varies.message and '"Thailand" at sheet row 9' in varies.message)


def test_long_file_whose_firm_columns_vary_gets_no_firm_table_and_a_warning():
    out = restructure([RawTable("Workers", _long_rows(vary_sector=True), header_row=1)])
    assert [t.name for t in out.tables] == ["Workers"]
    (f,) = out.findings
    assert f.code == "not_reshaped" and f.severity == "warning"
    assert '"sector"' in f.message and "firm F" in f.message


def test_no_firm_table_is_derived_when_the_workbook_has_one():
    firms = RawTable("Firms", _long_rows().drop_duplicates("firm_id")[
        ["firm_id", "country", "sector", "employees", "new_machinery"]].reset_index(drop=True),
        header_row=1)
    out = restructure([firms, RawTable("Workers", _long_rows(), header_row=1)])
    assert [t.name for t in out.tables] == ["Firms", "Workers"] and out.findings == []


# ----------------------------------------------------------------------------- 3. wide
def test_wide_worker_groups_are_reshaped_and_empty_slots_counted(tmp_path):
    path = tmp_path / "wide.csv"
    _wide_rows().to_csv(path, index=False)
    loaded = open_data_file(path)
    assert loaded.kinds == {"wide": "firms", "wide (workers)": "workers"}
    assert len(loaded.survey.firms) == 8 and len(loaded.survey.workers) == 25
    firms, workers = (loaded.survey.raw[s] for s in ("firms", "workers"))
    assert not any(c.startswith("w_") for c in firms.data.columns)
    assert list(workers.data.columns) == ["firm_id", "worker_no", "age", "gender", "wage"]
    assert list(workers.source_rows[:4]) == [2, 2, 2, 3]  # F01 (csv row 2) has 3 workers
    assert loaded.study.workers.sheet == "wide (workers)"  # a csv: the project must say
    f = _finding(loaded, "workers_reshaped")
    assert "25 workers from 8 firm rows" in f.message and "7 empty slots" in f.message


def test_a_worker_with_one_answer_is_kept():
    data = _wide_rows(2)
    data.loc[0, ["w_age_4", "w_gender_4", "w_wage_4"]] = [None, None, 280]
    out = restructure([RawTable("f", data)])
    workers = out.tables[1]
    assert workers.n_rows == 4 + 4  # F01: slots 1..4 (slot 4 only a wage), F02: 1..4
    last = workers.data[workers.data["firm_id"] == "F01"].iloc[-1]
    assert last["worker_no"] == 4 and last["wage"] == 280 and pd.isna(last["age"])


@pytest.mark.parametrize("names", [
    ("worker_age_{}", "worker_gender_{}"), ("age_w{}", "gender_w{}"), ("w{}_age", "w{}_gender")])
def test_other_namings_of_worker_groups(names):
    data = pd.DataFrame({"firm_id": ["A", "B", "C"], "sector": ["x", "y", "z"]})
    for i in (1, 2, 3):
        data[names[0].format(i)] = [30, 31, None]
        data[names[1].format(i)] = ["Female", "Male", None]
    out = restructure([RawTable("f", data)])
    assert [t.name for t in out.tables] == ["f", "f (workers)"]
    assert out.tables[1].n_rows == 6
    assert {"age", "gender"} <= set(out.tables[1].data.columns)


def _slow_reshape(t: RawTable, key: str, group: dict[str, dict[int, str]]) -> pd.DataFrame:
    """The reference: every firm row, every slot, every question read one cell at a time."""
    slots = sorted({i for cols in group.values() for i in cols})
    parts: dict[str, list] = {key: [], "worker_no": [], **{n: [] for n in group}}
    for r in range(t.n_rows):
        for i in slots:
            cells = {n: cols.get(i) for n, cols in group.items()}
            got = {n: (None if c is None else t.data[c].iloc[r]) for n, c in cells.items()}
            if all(v is None or (isinstance(v, float) and np.isnan(v))
                   or (isinstance(v, str) and not v.strip()) for v in got.values()):
                continue
            parts[key].append(t.data[key].iloc[r])
            parts["worker_no"].append(i)
            for n, v in got.items():
                parts[n].append(v)
    out = pd.DataFrame(parts)
    for n in group:
        present = out[n].dropna()
        if out[n].dtype == object and len(present) and all(
                isinstance(v, (int, float, np.integer, np.floating)) for v in present):
            out[n] = pd.to_numeric(out[n], errors="coerce")
    out["worker_no"] = out["worker_no"].astype("int64")
    return out


def test_the_wide_reshape_gives_the_same_worker_table_as_reading_cell_by_cell():
    rng = np.random.default_rng(5)
    n = 40
    data = {"firm_id": [f"F{i:02d}" for i in range(n)], "sector": "Apparel",
            "employees": rng.integers(10, 99, n)}
    for i in range(1, 5):
        filled = rng.random(n) < 0.7
        data[f"w_age_{i}"] = np.where(filled, rng.integers(18, 60, n), np.nan)
        data[f"w_gender_{i}"] = pd.Series(rng.choice(["Female", "Male", " "], n),
                                          dtype=object).where(filled, None)
        if i <= 3:  # a question asked of the first three workers only
            data[f"w_wage_{i}"] = np.where(filled & (rng.random(n) < 0.8),
                                           rng.integers(100, 900, n), np.nan)
    table = RawTable("f", pd.DataFrame(data), header_row=1,
                     source_rows=np.arange(n, dtype=np.int64) * 2 + 5)
    out = restructure([table])
    workers = out.tables[1]
    group = {s: {i: f"w_{s}_{i}" for i in range(1, 5) if f"w_{s}_{i}" in data}
             for s in ("age", "gender", "wage")}
    pd.testing.assert_frame_equal(workers.data, _slow_reshape(table, "firm_id", group))
    firm_row = {f: r for f, r in zip(data["firm_id"], table.source_rows, strict=True)}
    assert list(workers.source_rows) == [firm_row[f] for f in workers.data["firm_id"]]
    counts = workers.data["worker_no"].value_counts()
    assert f"1: {counts[1]}, 2: {counts[2]}, 3: {counts[3]}, 4: {counts[4]}" in (
        out.findings[0].message)
    assert f"{4 * n - len(workers.data)} empty slots" in out.findings[0].message


def test_numbered_phone_columns_are_not_a_worker_group():
    data = pd.DataFrame({"firm_id": ["A", "B", "C"], "phone_1": ["1", "2", "3"],
                         "phone_2": ["4", None, "6"], "email_1": ["a@x", "b@x", "c@x"],
                         "email_2": [None, "d@x", None]})
    out = restructure([RawTable("f", data)])
    assert [t.name for t in out.tables] == ["f"] and out.findings == []
    assert out.tables[0].data.equals(data)


# ----------------------------------------------------------------------------- 4. multi-select
def test_space_separated_multiselect_gets_kobo_split_columns(tmp_path):
    path = tmp_path / "firms.csv"
    answers = ["machines automation cad lean", "machines", None, "cad lean", "automation cad",
               "lean", "machines lean"]
    pd.DataFrame({"firm_id": [f"F{i}" for i in range(7)], "country": "Vietnam",
                  "upgrading": answers}).to_csv(path, index=False)
    loaded = open_data_file(path)
    data = loaded.sources[0].tables[0].data
    assert [c for c in data.columns if c.startswith("upgrading/")] == [
        "upgrading/machines", "upgrading/automation", "upgrading/cad", "upgrading/lean"]
    assert list(data["upgrading/lean"].iloc[:4].fillna(-1)) == [1, 0, -1, 1]
    assert "upgrading" in data.columns
    f = _finding(loaded, "multiselect_split")
    assert f.column == "upgrading" and f.row == 2 and "lean 4 of 6" in f.message


def test_existing_split_columns_and_free_text_are_left_alone():
    comments = ["good factory needs more training", "workers happy with new line",
                "manager said orders fell", "no comment", "visited twice because of rain",
                "owner wants more export orders"]
    data = pd.DataFrame({"firm_id": list("ABCDEF"), "comments": comments,
                         "q12": ["a b", "a", "b", "a b", "b", "a"],
                         "q12/a": [1, 1, 0, 1, 0, 1], "q12/b": [1, 0, 1, 1, 1, 0]})
    out = restructure([RawTable("f", data)])
    assert out.findings == [] and list(out.tables[0].data.columns) == list(data.columns)



def test_multi_word_place_and_level_names_are_not_split_as_choices(tmp_path):
    """"ha noi", "ho chi minh", "lower secondary": fixed phrases (a word keeps its neighbour,
    no answer is part of another), not ticked choices."""
    path = tmp_path / "regions.csv"
    provinces = ["ha noi", "ho chi minh", "hai phong", "da nang", "binh duong"]
    levels = ["primary", "lower secondary", "upper secondary", "tertiary", "none"]
    pd.DataFrame({"firm_id": [i // 3 for i in range(60)],
                  "worker_id": [i % 3 + 1 for i in range(60)],
                  "province": [provinces[i % 5] for i in range(60)],
                  "education": [levels[i % 5] for i in range(60)],
                  "gender": ["male" if i % 2 else "female" for i in range(60)],
                  "age": [20 + i % 30 for i in range(60)]}).to_csv(path, index=False)
    loaded = open_data_file(path)
    columns = [str(c) for t in loaded.sources[0].tables for c in t.data.columns]
    assert not [c for c in columns if c.startswith(("province/", "education/"))]
    assert "multiselect_split" not in _codes(loaded)


# ----------------------------------------------------------------------------- projects
@pytest.mark.parametrize("kind", ["stacked.xlsx", "long.xlsx", "wide.csv"])
def test_a_project_on_derived_tables_reopens_with_the_same_tables(tmp_path: Path, kind):
    path = tmp_path / kind
    if kind == "stacked.xlsx":
        _stacked_rows().to_excel(path, sheet_name="Records", index=False)
    elif kind == "long.xlsx":
        _long_rows().to_excel(path, sheet_name="Workers", index=False)
    else:
        _wide_rows().to_csv(path, index=False)
    first = open_survey(path)
    saved = save_project(project_from_loaded(first), tmp_path / "p.uex.json")
    again = open_survey(saved)
    for side in ("firms", "workers"):
        a, b = first.survey.raw[side], again.survey.raw[side]
        assert a.name == b.name
        assert a.data.equals(b.data)
        assert np.array_equal(a.source_rows, b.source_rows)
        pd.testing.assert_frame_equal(getattr(first.survey, side), getattr(again.survey, side))
    layout = {"stacked.xlsx": "records_split", "long.xlsx": "firms_derived",
              "wide.csv": "workers_reshaped"}[kind]
    assert layout in _codes(again)


def test_reading_again_with_a_header_row_rebuilds_the_derived_tables(tmp_path: Path):
    """What a header-row change in the review needs: the derived sheet's row goes to its origin."""
    from core.model.loading import reread_source

    path = tmp_path / "stacked.xlsx"
    with pd.ExcelWriter(path) as xw:
        pd.DataFrame([["Survey of factories, 2024"]]).to_excel(
            xw, sheet_name="Records", index=False, header=False)
        _stacked_rows().to_excel(xw, sheet_name="Records", index=False, startrow=2)
    source = reread_source(path, {"Records (firms)": 3})
    assert [t.name for t in source.tables] == ["Records (firms)", "Records (workers)"]
    firms = source.tables[0]
    assert firms.header_row == 3 and firms.n_rows == 10 and int(firms.source_rows[0]) == 4
    assert [f.code for f in source.layout_findings] == ["records_split"]
