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
    from core.model.category_values import canonical_value

    assert canonical_value("firm", "sector", "Apparel/garments") == "apparel"
    assert canonical_value("firm", "sector", "Garments and textiles") == "apparel"
    assert canonical_value("firm", "sector", "Apparel and electronics") is None
    assert canonical_value("firm", "ownership", "Foreign-owned") == "foreign"


# ----------------------------------------------------------------------------- values (issue 11)
def _build(firm_data, worker_data, roles, **fields):
    """A survey from a study with any of value_maps / unit_scale / assumed_values / inferred."""
    firms = RawTable("Firms", pd.DataFrame(firm_data), header_row=1,
                     value_labels=fields.pop("firm_labels", {}))
    workers = RawTable("Workers", pd.DataFrame(worker_data), header_row=1)
    study = Study(firms=TableRef(Path("x.xlsx"), "Firms", 1),
                  workers=TableRef(Path("x.xlsx"), "Workers", 1))
    study.roles = roles
    for name, value in fields.items():
        setattr(study, name, value)
    return build_survey(study, {"firms": firms, "workers": workers})


STAGE_ROLES = {"firms": {"firm_id": "id", "stage_before": "s16", "stage_now": "s19"},
               "workers": {}}


def test_ordinal_text_goes_through_the_value_map_and_unmapped_text_is_reported():
    vmaps = {"firms": {"s16": {"CMT": "0", "FOB": "1"}, "s19": {"CMT": "0", "ODM": "2"}},
             "workers": {}}
    s = _build({"id": ["1", "2", "3"], "s16": ["CMT", "fob", "CMT"], "s19": ["ODM", "XYZ", 1]},
               {}, STAGE_ROLES, value_maps=vmaps)
    assert s.firms["stage_before"].tolist() == [0.0, 1.0, 0.0]  # "fob" meets "FOB"
    got = s.firms["stage_now"].tolist()
    assert got[0] == 2.0 and np.isnan(got[1]) and got[2] == 1.0  # bare number kept
    (f,) = _codes(s, "unlabeled_code")
    assert (f.column, f.row) == ("s19", 3) and "XYZ" in f.message
    assert not _codes(s, "not_a_number") and not _codes(s, "ordinal_recoded")


def test_ordinal_text_without_a_value_map_is_read_on_the_scale_and_reported():
    s = _build({"id": ["1", "2", "3"], "s16": ["CMT", "gia công", "FOB"],
                "s19": ["FOB", "ODM", "thương hiệu riêng"]}, {}, STAGE_ROLES)
    assert s.firms["stage_before"].tolist() == [0.0, 0.0, 1.0]
    assert s.firms["stage_now"].tolist() == [1.0, 2.0, 3.0]
    recoded = {f.column: f.message for f in _codes(s, "ordinal_recoded")}
    assert set(recoded) == {"s16", "s19"} and '"CMT" → 0' in recoded["s16"]


def test_one_based_stage_codes_with_labels_are_recoded_to_the_scale():
    labels = {1: "CMT", 2: "FOB / OEM", 3: "ODM", 4: "OBM"}
    s = _build({"id": ["1", "2", "3"], "s16": [1, 2, 4], "s19": [2, 3, 9]}, {}, STAGE_ROLES,
               firm_labels={"s16": labels, "s19": labels})
    assert s.firms["stage_before"].tolist() == [0.0, 1.0, 3.0]
    now = s.firms["stage_now"].tolist()
    assert now[:2] == [1.0, 2.0] and np.isnan(now[2])  # 9 has no label: missing, reported
    assert [f.column for f in _codes(s, "unlabeled_code")] == ["s19"]
    assert not _codes(s, "out_of_range")


def test_plain_ordinal_numbers_are_unchanged():
    s = _build({"id": ["1", "2"], "s16": [0, 1], "s19": [2, 5]}, {}, STAGE_ROLES)
    assert s.firms["stage_now"].tolist() == [2.0, 5.0]
    assert [f.row for f in _codes(s, "out_of_range")] == [3]
    assert not _codes(s, "ordinal_recoded")


def test_unit_scale_multiplies_and_says_why():
    from core.common.findings import Finding

    roles = {"firms": {"firm_id": "id"},
             "workers": {"firm_id": "fid", "pay_amount": "Lương (nghìn đồng)", "age": "age"}}
    why = Finding("info", "The name says thousand đồng.", "Workers", None, "Lương (nghìn đồng)",
                  "unit_from_name")
    s = _build({"id": ["1"]}, {"fid": ["1", "1"], "Lương (nghìn đồng)": [5000, "6,500"],
                               "age": [30, 40]}, roles,
               unit_scale={"firms": {}, "workers": {"Lương (nghìn đồng)": 1000, "age": 1.0}},
               inferred=[why])
    assert s.workers["pay_amount"].tolist() == [5_000_000.0, 6_500_000.0]
    assert s.workers["age"].tolist() == [30.0, 40.0]
    (f,) = _codes(s, "unit_scaled")
    assert f.message == ('pay_amount in column "Lương (nghìn đồng)" multiplied by 1000 '
                         "(The name says thousand đồng)")
    assert why in s.findings  # the study's inferred findings reach the report


def test_unit_scale_without_a_reason_and_on_a_non_amount():
    roles = {"firms": {"firm_id": "id", "sector": "sec"}, "workers": {}}
    s = _build({"id": ["1"], "sec": ["apparel"], "emp": [10]},
               {}, {"firms": {**roles["firms"], "employees": "emp"}, "workers": {}},
               unit_scale={"firms": {"emp": 10, "sec": 1000}, "workers": {}})
    assert s.firms["employees"].tolist() == [100.0]
    assert "unit multiplier" in _codes(s, "unit_scaled")[0].message
    assert [f.column for f in _codes(s, "unit_scale_ignored")] == ["sec"]


def test_assumed_values_fill_a_role_with_no_column_in_its_dtype():
    from core.common.findings import Finding

    roles = {"firms": {"firm_id": "id"}, "workers": {"firm_id": "fid", "pay_amount": "luong"}}
    why = Finding("info", 'pay_period assumed "month": the column "Lương tháng" says monthly',
                  "Workers", None, "Lương tháng", "pay_period_from_name")
    s = _build({"id": ["1"]}, {"fid": ["1", "1", "1"], "luong": [5e6, 6e6, 7e6]}, roles,
               assumed_values={"firms": {"new_machinery": "yes", "employees": "250"},
                               "workers": {"pay_period": "Monthly"}},
               inferred=[why])
    period = s.workers["pay_period"]
    assert period.dtype == "category" and period.tolist() == ["month"] * 3
    assert s.firms["new_machinery"].dtype == "boolean" and s.firms["new_machinery"].tolist() == [True]
    assert s.firms["employees"].dtype == "float64" and s.firms["employees"].tolist() == [250.0]
    msgs = {f.table: f.message for f in _codes(s, "assumed_value") if "pay_period" in f.message}
    assert msgs["Workers"].startswith('pay_period = "month" for all 3 rows')
    assert "Lương tháng" in msgs["Workers"]
    firm_msgs = [f.message for f in _codes(s, "assumed_value") if f.table == "Firms"]
    assert all(m.endswith("(assumed for every row)") for m in firm_msgs) and len(firm_msgs) == 2


def test_assumed_value_never_overrides_a_column_and_bad_values_are_reported():
    roles = {"firms": {"firm_id": "id", "employees": "emp"}, "workers": {}}
    s = _build({"id": ["1"], "emp": [12]}, {}, roles,
               assumed_values={"firms": {"employees": "99", "year_founded": "long ago"},
                               "workers": {}})
    assert s.firms["employees"].tolist() == [12.0]
    assert "year_founded" not in s.firms.columns
    assert _codes(s, "assumed_value_unused") and _codes(s, "assumed_value_invalid")


def test_contracts_differing_by_a_symbol_stay_distinct_and_regular_contract_follows():
    from core.analysis.measures import regular_contract

    roles = {"firms": {"firm_id": "id"}, "workers": {"firm_id": "fid", "contract": "c"}}
    values = ["Fixed >=1y", "Fixed <1y", "Fixed-term ≥ 1 year", "< 1 year", "Indefinite",
              "dưới 1 năm", "Fixed <1y "]
    s = _build({"id": ["1"]}, {"fid": ["1"] * 7, "c": values}, roles)
    assert s.workers["contract"].tolist() == ["fixed_term", "fixed_term_short", "fixed_term",
                                              "fixed_term_short", "indefinite",
                                              "fixed_term_short", "fixed_term_short"]
    merged = " ".join(f.message for f in _codes(s, "spelling_merged"))
    assert '"Fixed <1y"' in merged and '"dưới 1 năm"' in merged and '"< 1 year"' in merged
    assert regular_contract(s.workers).tolist() == [1, 0, 1, 0, 1, 0, 0]
    assert regular_contract(s.workers, fixed_term_is_regular=False).tolist() == [0, 0, 0, 0, 1,
                                                                                  0, 0]


def test_spelling_merge_keeps_digits_symbols_and_negations_and_lists_every_spelling():
    roles = {"firms": {"firm_id": "id", "region": "r"}, "workers": {}}
    values = ["Region 1", "region-1", "REGION_1", "Region 2", ">5 km", "<5 km", "urban",
              "non-urban", "Hà Nội", "Ha Noi"]
    s = _build({"id": [str(i) for i in range(10)], "r": values}, {}, roles)
    got = s.firms["region"].tolist()
    assert got[0] == got[1] == got[2] != got[3]
    assert got[4] != got[5] and got[6] != got[7] and got[8] == got[9]
    msgs = [f.message for f in _codes(s, "spelling_merged")]
    assert any('"Region 1", "region-1", "REGION_1"' in m for m in msgs)
    assert len(msgs) == 2  # Region 1 variants, Hà Nội / Ha Noi


def test_country_with_survey_year_matches_where_country_vietnam():
    from core.analysis.subset import apply_subset, parse_where

    roles = {"firms": {"firm_id": "id", "country": "ctry"}, "workers": {"firm_id": "fid"}}
    s = _build({"id": ["1", "2", "3", "4", "5"],
                "ctry": ["Vietnam2023", "Viet Nam", "VN", "Thailand 2022", "Việt Nam"]},
               {"fid": ["1", "4", "5"]}, roles)
    assert s.firms["country"].tolist() == ["Vietnam"] * 3 + ["Thailand", "Vietnam"]
    subset = parse_where(["country=Vietnam"], s.firms, s.workers)
    masks = apply_subset(s.firms, s.workers, subset)
    assert masks.firms.tolist() == [True, True, True, False, True]
    assert masks.workers.tolist() == [True, False, True]
