"""Canonical frames and validation from raw tables and a study (no file reading involved)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from core.io.rawtable import RawTable
from core.model.study import Study, TableRef
from core.model.survey import build_survey


def _survey(firm_data, worker_data, roles, missing=None, value_maps=None, firm_labels=None,
            worker_labels=None):
    firms = RawTable("Firms", pd.DataFrame(firm_data), header_row=3, value_labels=firm_labels or {})
    workers = RawTable("Workers", pd.DataFrame(worker_data), header_row=1,
                       value_labels=worker_labels or {})
    study = Study(firms=TableRef(Path("x.xlsx"), "Firms", 3),
                  workers=TableRef(Path("x.xlsx"), "Workers", 1))
    study.roles = roles
    study.missing_codes = missing or {"firms": {}, "workers": {}}
    study.value_maps = value_maps or {"firms": {}, "workers": {}}
    return build_survey(study, {"firms": firms, "workers": workers})


BASE_ROLES = {"firms": {"firm_id": "id", "sector": "sec", "new_machinery": "q7"},
              "workers": {"firm_id": "fid", "worker_id": "wid", "pay_amount": "pay"}}


def _codes(survey, code):
    return [f for f in survey.findings if f.code == code]


def test_ids_keep_leading_zeros_and_integral_numbers_lose_decimals():
    s = _survey({"id": ["007", "010"], "sec": ["a", "a"], "q7": [1, 2]},
                {"fid": ["007", "010"], "wid": [1.0, 2.0], "pay": [1, 2]}, BASE_ROLES)
    assert s.firms["firm_id"].tolist() == ["007", "010"]
    assert s.workers["worker_id"].tolist() == ["1", "2"]


def test_yes_no_recode_and_per_variable_missing_codes():
    s = _survey({"id": ["1", "2", "3", "4", "5"], "sec": ["x"] * 5, "q7": [1, 2, 98, None, 0]},
                {"fid": ["1"], "wid": ["w"], "pay": [98.0]}, BASE_ROLES,
                missing={"firms": {"q7": [98]}, "workers": {}})
    assert s.firms["new_machinery"].dtype == "boolean"
    assert s.firms["new_machinery"].tolist() == [True, False, pd.NA, pd.NA, False]
    # 98 is missing only for q7: the same number as pay stays a number
    assert s.workers["pay_amount"].tolist() == [98.0]


def test_yes_no_from_vietnamese_text_and_labels():
    s = _survey({"id": ["1", "2", "3"], "sec": ["x"] * 3, "q7": ["Có", "không", "CO"]},
                {"fid": ["1"], "wid": ["w"], "pay": [1]}, BASE_ROLES)
    assert s.firms["new_machinery"].tolist() == [True, False, True]


def test_unlabeled_yes_no_code_is_missing_and_reported_with_row():
    s = _survey({"id": ["1", "2"], "sec": ["x", "x"], "q7": [1, 7]},
                {"fid": ["1"], "wid": ["w"], "pay": [1]}, BASE_ROLES)
    assert s.firms["new_machinery"].isna().tolist() == [False, True]
    (f,) = _codes(s, "unlabeled_code")
    assert (f.table, f.row, f.column) == ("Firms", 5, "q7")  # header row 3 → data from row 4


def test_category_spellings_merge_and_are_reported():
    s = _survey({"id": ["1", "2", "3", "4"], "sec": ["Apparel ", "apparel", "Garment", "Electronics"],
                 "q7": [1, 1, 1, 1]},
                {"fid": ["1"], "wid": ["w"], "pay": [1]}, BASE_ROLES)
    assert s.firms["sector"].dtype == "category"
    assert s.firms["sector"].tolist() == ["apparel", "apparel", "apparel", "electronics"]
    assert _codes(s, "spelling_merged")


def test_value_maps_from_codes_including_float_codes():
    s = _survey({"id": ["1", "2"], "sec": [1.0, 2.0], "q7": [1, 1]},
                {"fid": ["1"], "wid": ["w"], "pay": [1]}, BASE_ROLES,
                value_maps={"firms": {"sec": {"1": "apparel", "2": "electronics"}}, "workers": {}})
    assert s.firms["sector"].tolist() == ["apparel", "electronics"]


def test_validation_duplicates_orphans_and_firms_without_workers():
    s = _survey({"id": ["1", "2", "2", "3"], "sec": ["x"] * 4, "q7": [1] * 4},
                {"fid": ["1", "1", "9"], "wid": ["a", "b", "b"], "pay": [5e6, 6e6, 5.5e6]},
                BASE_ROLES)
    dups = _codes(s, "duplicate_id")
    assert {(f.table, f.row) for f in dups} == {("Firms", 5), ("Firms", 6), ("Workers", 3), ("Workers", 4)}
    (orphan,) = _codes(s, "orphan_worker")
    assert (orphan.table, orphan.row, orphan.column) == ("Workers", 4, "fid")
    alone = {f.row for f in _codes(s, "firm_without_workers")}
    assert alone == {5, 6, 7}  # firms 2, 2 and 3


def test_out_of_range_values_are_kept_and_reported():
    roles = {"firms": {"firm_id": "id"}, "workers": {"firm_id": "fid", "age": "age"}}
    s = _survey({"id": ["1"]}, {"fid": ["1", "1"], "age": [34, 340]}, roles)
    assert s.workers["age"].tolist() == [34.0, 340.0]
    (f,) = _codes(s, "out_of_range")
    assert f.row == 3 and f.column == "age"


def test_pay_in_another_unit_is_suspected():
    roles = {"firms": {"firm_id": "id"}, "workers": {"firm_id": "fid", "pay_amount": "pay"}}
    pay = [6_000_000.0] * 9 + [6_000.0]  # one answer in thousand VND
    s = _survey({"id": ["1"]}, {"fid": ["1"] * 10, "pay": pay}, roles)
    (f,) = _codes(s, "unit_suspicion")
    assert f.row == 11


def test_numbers_stored_as_text_with_separators():
    roles = {"firms": {"firm_id": "id", "employees": "emp"}, "workers": {}}
    s = _survey({"id": ["1", "2", "3"], "emp": ["1,250", "30", " 2 400 "]}, {}, roles)
    assert np.allclose(s.firms["employees"].to_numpy(), [1250, 30, 2400])


def test_total_row_is_flagged():
    roles = {"firms": {"firm_id": "id", "employees": "emp"}, "workers": {}}
    s = _survey({"id": ["1", "2", "Total"], "emp": [10, 20, 30]}, {}, roles)
    (f,) = _codes(s, "total_row")
    assert f.row == 6


def test_missing_firm_id_role_is_an_error_not_a_crash():
    roles = {"firms": {"employees": "emp"}, "workers": {}}
    s = _survey({"emp": [10, 20]}, {}, roles)
    assert _codes(s, "no_firm_id")


def test_written_out_dont_know_is_proposed_as_missing_and_not_reported():
    from core.model.study import propose_missing_codes

    table = RawTable("Firms", pd.DataFrame({"q7": ["Yes", "Don't know", "No", "Refused"]}))
    assert propose_missing_codes(table) == {"q7": ["Don't know", "Refused"]}
    s = _survey({"id": ["1", "2", "3", "4"], "sec": ["x"] * 4, "q7": table.data["q7"]},
                {"fid": ["1"], "wid": ["w"], "pay": [1]}, BASE_ROLES,
                missing={"firms": propose_missing_codes(table), "workers": {}})
    assert s.firms["new_machinery"].tolist() == [True, pd.NA, False, pd.NA]
    assert not _codes(s, "unlabeled_code")


def test_compound_labels_naming_one_value_are_recognised():
    from core.model.study import canonical_value

    assert canonical_value("firm", "sector", "Apparel/garments") == "apparel"
    assert canonical_value("firm", "sector", "Garments and textiles") == "apparel"
    assert canonical_value("firm", "sector", "Apparel and electronics") is None
    assert canonical_value("firm", "ownership", "Foreign-owned") == "foreign"
