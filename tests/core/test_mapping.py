"""Automatic role mapping from names, question text (EN/VI) and value patterns."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pandas as pd

from core.common.text import code_key
from core.io.rawtable import RawTable
from core.model.mapping import is_missing_label, map_table, profile_column
from core.model.study import classify_tables


def _table(name, data, labels=None, value_labels=None):
    return RawTable(name=name, data=pd.DataFrame(data), header_row=1,
                    variable_labels=labels or {}, value_labels=value_labels or {})


def _roles(matches):
    return {m.role: m.column for m in matches}


def test_exact_role_names_map_with_high_confidence():
    t = _table("Workers", {"worker_id": ["1", "2"], "firm_id": ["A", "A"],
                           "gender": ["female", "male"], "age": [23, 40]})
    m = {x.role: x for x in map_table(t, "worker")}
    assert m["gender"].column == "gender" and m["gender"].confidence >= 0.95
    assert m["worker_id"].column == "worker_id"
    assert m["age"].column == "age"


def test_vietnamese_headers_with_and_without_diacritics():
    t = _table("Người lao động", {
        "Mã doanh nghiệp": ["DN01", "DN01", "DN02"],
        "Gioi tinh": ["Nữ", "Nam", "Nữ"],
        "Tiền lương": [6_500_000, 7_000_000, 5_900_000],
        "Tuổi": [25, 31, 44],
    })
    roles = _roles(map_table(t, "worker"))
    assert roles["firm_id"] == "Mã doanh nghiệp"
    assert roles["gender"] == "Gioi tinh"
    assert roles["pay_amount"] == "Tiền lương"
    assert roles["age"] == "Tuổi"


def test_question_codes_mapped_from_question_text():
    t = _table("Firms", {"Q1": ["F1", "F2"], "Q7": [1, 2], "Q8": [2, 98]},
               labels={"Q1": "Firm ID",
                       "Q7": "In the last 3 years, did the firm invest in new machinery or equipment?",
                       "Q8": "Did the firm introduce a new or improved product?"},
               value_labels={"Q7": {1: "Yes", 2: "No", 98: "Don't know"},
                             "Q8": {1: "Yes", 2: "No", 98: "Don't know"}})
    roles = _roles(map_table(t, "firm"))
    assert roles == {"firm_id": "Q1", "new_machinery": "Q7", "new_product": "Q8"}


def test_value_pattern_alone_identifies_gender():
    t = _table("W", {"X3": [1, 2, 1, 1]}, value_labels={"X3": {1: "Female", 2: "Male"}})
    roles = _roles(map_table(t, "worker"))
    assert roles.get("gender") == "X3"


def test_yes_no_role_not_given_to_a_many_valued_number_column():
    t = _table("F", {"training budget": [100.0, 2500.5, 3300.0, 12.0, 870.0]})
    assert "training" not in _roles(map_table(t, "worker"))


def test_pay_period_beats_pay_amount_for_the_period_column():
    t = _table("W", {"wage": [5e6, 2e5], "pay period": ["month", "day"]})
    roles = _roles(map_table(t, "worker"))
    assert roles["pay_amount"] == "wage"
    assert roles["pay_period"] == "pay period"


def test_unrelated_columns_get_no_role():
    t = _table("Sheet1", {"colour": ["red", "blue"], "xyz": [1.5, 2.5]})
    assert map_table(t, "worker") == [] or all(m.confidence < 0.6 for m in map_table(t, "worker"))


def test_missing_labels_recognised_in_english_and_vietnamese():
    assert is_missing_label("Don't know")
    assert is_missing_label("Refused")
    assert is_missing_label("Không biết")
    assert is_missing_label("N/A")
    assert not is_missing_label("No")
    assert not is_missing_label("Yes")


def test_classify_firm_and_worker_tables():
    firms = _table("Sheet A", {"firm_id": ["1", "2", "3"], "sector": ["apparel", "electronics", "apparel"],
                               "employees": [100, 250, 80], "new_machinery": [1, 2, 1]})
    workers = _table("Sheet B", {"worker_id": ["a", "b", "c", "d"], "firm_id": ["1", "1", "2", "3"],
                                 "gender": ["female", "male", "female", "female"],
                                 "hours_per_week": [48, 52, 60, 44]})
    kinds = classify_tables([workers, firms])
    assert kinds.firms is firms and kinds.workers is workers
    assert kinds.kinds == {"Sheet A": "firms", "Sheet B": "workers"}


def test_dont_know_answers_do_not_hide_a_yes_no_question():
    t = _table("Firms", {"Firm ID": ["1", "2", "3", "4"],
                         "New machinery": ["Yes", "No", "Don't know", "Yes"],
                         "New process": ["No", "Refused", None, "Yes"]})
    roles = _roles(map_table(t, "firm"))
    assert roles["new_machinery"] == "New machinery" and roles["new_process"] == "New process"


def test_a_lost_certification_is_not_taken_for_a_gained_one():
    t = _table("Firms", {"Gained ISO certification": ["Yes", "No"],
                         "Lost ISO certification": ["No", "No"]})
    roles = _roles(map_table(t, "firm"))
    assert roles["certification_new"] == "Gained ISO certification"
    assert roles["certification_lost"] == "Lost ISO certification"


def test_plural_and_reordered_headers():
    t = _table("Firms", {"Introduced new or improved products": ["Yes", "No"],
                         "Sales share from new sector (%)": [0.0, 15.0]})
    roles = _roles(map_table(t, "firm"))
    assert roles["new_product"] == "Introduced new or improved products"
    assert roles["new_sector_sales_share"] == "Sales share from new sector (%)"


# ============================================================================ issue 11: vocabulary
import pytest  # noqa: E402

from core.common.text import fold  # noqa: E402
from core.model.mapping import (  # noqa: E402
    is_link_column,
    is_metadata_column,
    select_multiple_roles,
)
from core.model.roles import NO_WORDS, YES_WORDS, role  # noqa: E402
from core.model.study import canonical_value  # noqa: E402

_HOURS = [48, 52, 60, 44, 50]


@pytest.mark.parametrize("header", ["Hours/week", "hours_week", "w_hours", "Giờ làm/tuần",
                                    "giờ làm mỗi tuần", "Gio lam/tuan", "ชั่วโมงทำงาน", "Hours",
                                    "Hours worked per week (incl. overtime)"])
def test_hours_headers(header):
    t = _table("W", {header: _HOURS, "Age": [20, 30, 40, 50, 35]})
    assert _roles(map_table(t, "worker"))["hours_per_week"] == header


@pytest.mark.parametrize("header", ["Hours per day", "Training hours", "Giờ làm/ngày"])
def test_hours_that_are_not_weekly_hours_are_not_taken(header):
    t = _table("W", {header: [8, 9, 10, 8, 9]})
    assert "hours_per_week" not in _roles(map_table(t, "worker"))


@pytest.mark.parametrize("header", ["Job", "Job title", "Occupation", "Nghề nghiệp", "ตำแหน่ง"])
def test_job_headers_are_the_skill_group(header):
    t = _table("W", {header: ["Sewer", "Technician", "Supervisor", "Manager"]})
    assert _roles(map_table(t, "worker"))["skill_group"] == header


def test_job_words_in_other_questions_do_not_make_a_skill_group():
    t = _table("W", {"Job training": ["Yes", "No", "Yes"], "Years in this job": [1, 5, 12],
                     "Job satisfaction": [1, 2, 3]})
    roles = _roles(map_table(t, "worker"))
    assert "skill_group" not in roles
    assert roles["training"] == "Job training"


@pytest.mark.parametrize("header", ["Total workers", "total employees", "no. of workers",
                                    "Số công nhân", "จำนวนพนักงาน",
                                    "How many people does the factory employ?"])
def test_employee_count_headers(header):
    t = _table("F", {header: [120, 300, 80, 45]})
    assert _roles(map_table(t, "firm"))["employees"] == header


def test_counts_of_some_workers_are_not_the_firm_size():
    t = _table("F", {"Number of female workers": [60, 200, 40],
                     "Total workers interviewed": [5, 5, 4]})
    assert "employees" not in _roles(map_table(t, "firm"))


@pytest.mark.parametrize(("header", "role_name"), [
    ("design", "design_added"), ("own design", "design_added"),
    ("design capability", "design_added"), ("machines", "new_machinery"),
    ("new machines", "new_machinery"), ("machinery", "new_machinery")])
def test_design_and_machine_headers(header, role_name):
    t = _table("F", {header: ["Yes", "No", "Yes"]})
    assert _roles(map_table(t, "firm"))[role_name] == header


def test_designation_and_machine_counts_are_not_upgrading():
    t = _table("F", {"Designation": ["Owner", "Manager", "Owner"],
                     "Number of machines": [10, 200, 35]})
    roles = _roles(map_table(t, "firm"))
    assert "design_added" not in roles and "new_machinery" not in roles


@pytest.mark.parametrize("header", ["price setting", "pricing power", "sets price", "định giá"])
def test_price_setting_words_fit_both_price_roles(header):
    t = _table("F", {header: [1, 2, 3, 4]})
    prof_roles = _roles(map_table(t, "firm"))
    assert prof_roles.get("price_setting_now") == header  # a lone column: now, questionnaire order
    before = _table("F", {f"{header} before": [1, 2, 3, 4]})
    assert _roles(map_table(before, "firm")).get("price_setting_before") == f"{header} before"


def test_price_setting_years_put_the_earlier_year_before():
    t = _table("F", {"Price setting 2019": [1, 2, 3], "Price setting 2016": [1, 1, 2]})
    roles = _roles(map_table(t, "firm"))
    assert roles["price_setting_before"] == "Price setting 2016"
    assert roles["price_setting_now"] == "Price setting 2019"


@pytest.mark.parametrize("header", ["monthly wage", "monthly earnings", "monthly_wage",
                                    "Lương tháng", "thu nhập hàng tháng", "ค่าจ้างรายเดือน",
                                    "Lương tháng (nghìn đồng)", "How much are you paid?"])
def test_monthly_pay_headers(header):
    t = _table("W", {header: [6.5e6, 7e6, 5.9e6], "Pay period": ["month", "month", "day"]})
    roles = _roles(map_table(t, "worker"))
    assert roles["pay_amount"] == header
    assert roles["pay_period"] == "Pay period"


def test_pay_evidence_names_the_word_and_the_size_of_the_values():
    t = _table("W", {"wage": [6.5e6, 7e6, 5.9e6]})
    (m,) = map_table(t, "worker")
    assert "'wage'" in m.evidence and "đồng" in m.evidence


# ----------------------------------------------------------------------------- group paths
@pytest.mark.parametrize("prefix", ["firm_info/", "firm_info-", "section_b."])
def test_group_prefixes_match_on_the_last_part_and_keep_the_name(prefix):
    t = _table("F", {f"{prefix}country": ["Vietnam", "Thailand", "Vietnam"],
                     f"{prefix}sector": ["apparel", "electronics", "apparel"],
                     f"{prefix}employees": [100, 250, 80]})
    roles = _roles(map_table(t, "firm"))
    assert roles == {"country": f"{prefix}country", "sector": f"{prefix}sector",
                     "employees": f"{prefix}employees"}


def test_a_coded_question_inside_a_group_uses_its_label():
    t = _table("F", {"group_ab12/q3": [1, 0, 1], "group_ab12/q4": [10, 20, 30]},
               labels={"group_ab12/q3": "Did the firm introduce a new product?"})
    assert _roles(map_table(t, "firm"))["new_product"] == "group_ab12/q3"


def test_group_words_do_not_make_a_phrase_with_the_question_name():
    # "process/iso_new" is an ISO certification inside the "process" group, not a new process
    t = _table("F", {"process/iso_new": ["no", "yes", "no"], "process/other": ["a", "b", "c"]})
    roles = _roles(map_table(t, "firm"))
    assert roles == {"certification_new": "process/iso_new"}


def test_a_hyphen_is_not_a_group_separator_for_a_lone_column():
    t = _table("W", {"fixed-term": [1, 0, 1]})
    prof = map_table(t, "worker")
    assert all(m.column == "fixed-term" for m in prof)


# ----------------------------------------------------------------------------- metadata and links
_META = ["_uuid", "_id", "_submission_time", "_submitted_by", "_status", "_validation_status",
         "_notes", "_tags", "_version_", "__version__", "formhub/uuid", "meta/instanceID",
         "meta-instanceID", "instanceID", "start", "end", "today", "deviceid", "subscriberid",
         "simserial", "phonenumber", "username", "SubmissionDate", "_submission__submission_time"]


@pytest.mark.parametrize("name", _META)
def test_metadata_columns_recognised(name):
    assert is_metadata_column(name)


@pytest.mark.parametrize("name", ["KEY", "PARENT_KEY", "_index", "_parent_index",
                                  "_submission__id"])
def test_link_columns_are_not_metadata(name):
    assert is_link_column(name) and not is_metadata_column(name)


@pytest.mark.parametrize("name", ["country", "firm_info/country", "end_market", "started_year"])
def test_questions_are_not_metadata(name):
    assert not is_metadata_column(name)


def test_metadata_is_never_mapped_even_with_a_telling_label():
    data = {name: ["a", "b", "c"] for name in _META}
    labels = {name: "Gender of the respondent" for name in _META}
    t = _table("W", data, labels=labels, value_labels={"_id": {"a": "Female", "b": "Male"}})
    assert map_table(t, "worker") == []


def test_link_columns_get_no_question_role():
    t = _table("W", {"_index": [1, 2, 3], "KEY": ["u1", "u2", "u3"]},
               labels={"_index": "Age in years", "KEY": "Hours worked per week"})
    assert {m.role for m in map_table(t, "worker")} <= {"worker_id", "firm_id"}


# ----------------------------------------------------------------------------- multi-select
def test_split_multi_select_options_map_to_their_yes_no_roles():
    t = _table("F", {"q12/automation": [0, 1, 1, 0], "q12/cad": [1, 0, 0, 0],
                     "q12.lean": [True, False, True, False], "machines/iso": [None, 1, None, 1],
                     "q14_design": [0, 0, 1, 1], "q14_brand": [0, 1, 1, 1],
                     "q14_rnd": [1, 0, 0, 1], "q15/machines": [0, 1, 0, 1]})
    m = {x.role: x for x in map_table(t, "firm")}
    assert {r: x.column for r, x in m.items()} == {
        "automation": "q12/automation", "cad_erp": "q12/cad", "line_reorganisation": "q12.lean",
        "certification_new": "machines/iso", "design_added": "q14_design",
        "own_brand_added": "q14_brand", "rnd_added": "q14_rnd", "new_machinery": "q15/machines"}
    assert "multi-select question 'q12'" in m["cad_erp"].evidence
    assert "blanks" in m["certification_new"].evidence


def test_an_option_name_with_answers_that_are_not_0_1_is_not_an_option():
    t = _table("F", {"q12_cad": ["CorelDraw", "AutoCAD", "none"]})
    assert "cad_erp" not in _roles(map_table(t, "firm")) or \
        "multi-select" not in map_table(t, "firm")[0].evidence


def test_one_column_select_multiple_gives_each_option_role():
    t = _table("F", {"process/q12": ["machines lean", "automation cad", None, "cad",
                                     "machines cad lean"], "country": ["VN"] * 5})
    found = {m.role: m for m in select_multiple_roles(t, "firm")}
    assert set(found) == {"new_machinery", "automation", "cad_erp", "line_reorganisation"}
    assert all(m.column == "process/q12" for m in found.values())
    assert "2 of 4" in found["new_machinery"].evidence
    assert "automation" not in {m.role for m in select_multiple_roles(t, "firm", {"automation"})}
    # free text with spaces is not a multi-select
    text = _table("F", {"notes": ["machines were old", "we bought cad software", "lean months"]})
    assert select_multiple_roles(text, "firm") == []


# ----------------------------------------------------------------------------- answers in TH/MY/VI
def test_thai_and_burmese_yes_no_words_fold_apart():
    for yes, no in (("ใช่", "ไม่ใช่"), ("มี", "ไม่มี"), ("ဟုတ်", "မဟုတ်"), ("ရှိ", "မရှိ"),
                    ("Có", "Không")):
        assert fold(yes) != fold(no)
        assert fold(yes) in {fold(w) for w in YES_WORDS}
        assert fold(no) in {fold(w) for w in NO_WORDS}
    assert not {fold(w) for w in YES_WORDS} & {fold(w) for w in NO_WORDS}


def test_no_spelling_of_a_canonical_value_folds_onto_another_value():
    from core.model.roles import ROLES
    for r in ROLES:
        seen: dict[str, str] = {}
        for canon, spellings in r.canonical_values.items():
            for s in (canon, *spellings):
                assert seen.setdefault(fold(s), canon) == canon, (r.name, s)


@pytest.mark.parametrize(("values", "role_name"), [
    (["ใช่", "ไม่ใช่", "ใช่"], "training"), (["ဟုတ်", "မဟုတ်", "ဟုတ်"], "training"),
    (["มี", "ไม่มี", "มี"], "training"), (["Có", "Không", "Chưa"], "training")])
def test_yes_no_answers_in_thai_burmese_vietnamese(values, role_name):
    t = _table("W", {"Training": values})
    (m,) = map_table(t, "worker")
    assert m.role == role_name and "values are" in m.evidence


@pytest.mark.parametrize("values", [["หญิง", "ชาย", "หญิง"], ["အမျိုးသမီး", "အမျိုးသား"],
                                    ["Nữ", "Nam", "Nữ"]])
def test_gender_found_by_its_answers(values):
    t = _table("W", {"X7": values, "X8": [1.5, 2.5, 3.5][:len(values)]})
    assert _roles(map_table(t, "worker")).get("gender") == "X7"


@pytest.mark.parametrize(("text", "period"), [
    ("รายวัน", "day"), ("รายเดือน", "month"), ("รายสัปดาห์", "week"), ("รายชั่วโมง", "hour"),
    ("နေ့စား", "day"), ("လစာ", "month"), ("theo ngày", "day"), ("theo tháng", "month")])
def test_pay_periods_in_thai_burmese_vietnamese(text, period):
    assert canonical_value("worker", "pay_period", text) == period


def test_short_fixed_term_contracts_are_their_own_value():
    assert list(role("worker", "contract").canonical_values)[:3] == [
        "indefinite", "fixed_term", "fixed_term_short"]
    for text in ("under 1 year", "less than 12 months", "dưới 1 năm", "seasonal", "thời vụ"):
        assert canonical_value("worker", "contract", text) == "fixed_term_short", text
    for text in ("fixed-term", "1-3 years", "1 year or more", "từ 1 năm trở lên"):
        assert canonical_value("worker", "contract", text) == "fixed_term", text
    # told apart only by a symbol, and read apart (they fold alike: the symbols decide)
    assert canonical_value("worker", "contract", "Fixed <1y") == "fixed_term_short"
    assert canonical_value("worker", "contract", "Fixed >=1y") == "fixed_term"


# ----------------------------------------------------------------------------- stages and runners-up
def test_stage_answers_make_a_stage_column_when_the_name_says_when():
    t = _table("F", {"Main production arrangement, now": ["CMT", "FOB", "ODM", "CMT"],
                     "Main production arrangement, previously": ["CMT", "CMT", "FOB", "CMT"],
                     "Position": ["CMT", "FOB", "OBM", "ODM"]})
    roles = _roles(map_table(t, "firm"))
    assert roles["stage_now"] == "Main production arrangement, now"
    assert roles["stage_before"] == "Main production arrangement, previously"
    assert "Position" not in roles.values()  # stage answers with no 'when' are left to the pairs


def test_stage_answers_are_not_a_skill_group():
    t = _table("W", {"Position": ["CMT", "FOB", "OBM", "ODM"]})
    assert "skill_group" not in _roles(map_table(t, "worker"))


def test_runner_up_names_the_close_second_column():
    t = _table("W", {"wage": [6.5e6, 7e6], "salary": [6.4e6, 7.1e6], "age": [20, 30]})
    m = {x.role: x for x in map_table(t, "worker")}
    assert m["pay_amount"].column == "wage"
    assert m["pay_amount"].runner_up == "salary"
    assert m["pay_amount"].runner_up_confidence == pytest.approx(m["pay_amount"].confidence)
    assert m["age"].runner_up is None and m["age"].runner_up_confidence == 0.0


def test_runner_up_is_not_a_column_another_role_took():
    t = _table("W", {"wage": [5e6, 2e5], "pay period": ["month", "day"]})
    m = {x.role: x for x in map_table(t, "worker")}
    assert m["pay_amount"].runner_up is None


# ----------------------------------------------------------------------------- profiles from distinct values
def _profile_row_by_row(s: pd.Series) -> dict:
    """The value part of a column profile as it was computed before: one code_key per row."""
    nonmissing = s.dropna()
    if not pd.api.types.is_numeric_dtype(nonmissing):
        nonmissing = nonmissing[nonmissing.map(lambda v: code_key(v) is not None)]
    n = len(nonmissing)
    if not n:
        return {"n_nonmissing": 0, "numeric_share": 0.0, "median": None, "n_distinct": 0,
                "distinct_keys": frozenset(), "examples": (), "unique_share": 0.0}
    numeric = pd.to_numeric(nonmissing, errors="coerce")
    if pd.api.types.is_bool_dtype(nonmissing):
        numeric = nonmissing.astype(float)
    counts = nonmissing.map(code_key).value_counts()
    return {"n_nonmissing": n, "numeric_share": float(numeric.notna().mean()),
            "median": (float(numeric.dropna().astype(float).median())
                       if numeric.notna().any() else None),
            "n_distinct": len(counts), "distinct_keys": frozenset(counts.index[:50]),
            "examples": tuple(counts.index[:6]), "unique_share": len(counts) / n}


_MIXED = [1, "1", 1.0, " 1 ", "", None, float("nan"), True, "x", "2.5", 2.5, "b", "x", False, 0,
          "  ", "1e3", "0012", 12, "Female", "female ", [1, 2]]


@pytest.mark.parametrize("values", [
    _MIXED[:-1],  # numbers, numeric text, blanks, text, booleans
    _MIXED,  # and an unhashable list
    [str(i % 97) for i in range(2000)] + [None, " "],  # 97 tied keys: ties keep first appearance
    [i * 0.5 for i in range(3000)] + [float("nan")] * 10,  # many distinct numbers
    [True, False, None, True],
])
def test_profile_from_distinct_values_equals_the_row_by_row_profile(values):
    t = _table("W", {"q1": pd.Series(values, dtype=object), "q2": pd.Series(values).astype(str)})
    for column in ("q1", "q2"):
        prof = profile_column(t, column)
        got = {k: getattr(prof, k) for k in _profile_row_by_row(t.data[column])}
        assert got == _profile_row_by_row(t.data[column]), column


def test_profile_of_typed_columns_equals_the_row_by_row_profile():
    t = _table("W", {"i": [3, 1, 2, 3, 1], "f": [1.0, 2.5, float("nan"), 0.0, 1.0],
                     "b": [True, False, True, True, False],
                     "s": pd.Series(["b", "a", None, " ", "a"], dtype="str"),
                     "n": pd.Series([1, None, 2, 2, 7], dtype="Int64"),
                     "d": pd.to_datetime(["2020-01-01", None, "2021-02-03", "2020-01-01", None])})
    for column in t.data.columns:
        prof = profile_column(t, column)
        got = {k: getattr(prof, k) for k in _profile_row_by_row(t.data[column])}
        assert got == _profile_row_by_row(t.data[column]), column


def test_profile_follows_value_labels_and_values_changed_between_calls():
    t = _table("W", {"X7": [1, 2, 1, 2], "q9": ["a", "b", "a", "c"]})
    assert profile_column(t, "X7").value_label_texts == frozenset()
    assert "gender" not in _roles(map_table(t, "worker"))
    t.value_labels["X7"] = {1: "Female", 2: "Male"}  # a codebook applied after a first look
    assert profile_column(t, "X7").value_label_texts == {"female", "male"}
    assert _roles(map_table(t, "worker")).get("gender") == "X7"
    t.value_labels["X7"][2] = "Don't know"  # labels edited in place
    assert profile_column(t, "X7").value_label_texts == {"female"}
    t.variable_labels["q9"] = "Age of the worker"
    assert profile_column(t, "q9").label_folded == "age of the worker"
    # values edited in place, same table and column object: never a stale profile
    before = profile_column(t, "q9")
    t.data.loc[3, "q9"] = "a"
    after = profile_column(t, "q9")
    assert (before.n_distinct, after.n_distinct) == (3, 2)
    assert after.examples == ("a", "b")
    t.data["q9"] = ["1", "1", "1", "1"]
    assert profile_column(t, "q9").numeric_share == 1.0


def test_same_values_of_another_type_are_profiled_anew():
    ints = _table("W", {"q": pd.Series([1, 2, 1], dtype=object)})
    texts = _table("W", {"q": pd.Series(["1", "2", "1.0"], dtype=object)})
    floats = _table("W", {"q": pd.Series([1.0, 2.0, 1.0], dtype=object)})
    assert profile_column(ints, "q").distinct_keys == {"1", "2"}
    assert profile_column(texts, "q").distinct_keys == {"1", "2", "1.0"}
    assert profile_column(floats, "q").distinct_keys == {"1", "2"}
    mixed = _table("W", {"q": pd.Series([True, 1.5], dtype=object)})
    assert profile_column(mixed, "q").median == 1.25
    # pandas hashes 1 and Decimal("1.0") alike (they are equal), but their codes differ
    assert profile_column(_table("W", {"q": pd.Series([1, 1], dtype=object)}), "q").n_distinct == 1
    one_and_decimal = _table("W", {"q": pd.Series([1, Decimal("1.0")], dtype=object)})
    assert profile_column(one_and_decimal, "q").distinct_keys == {"1", "1.0"}


def test_inside_one_open_values_edited_in_place_still_give_a_fresh_profile():
    """core.model.mapping.one_open remembers fingerprints by the data's identity: an edit
    through pandas (copy on write) must still be seen, as outside the block."""
    from core.model.mapping import one_open

    with one_open():
        t = _table("W", {"q9": ["a", "b", "a", "c"], "n": [1.0, 2.0, 3.0, 4.0]})
        before = profile_column(t, "q9")
        assert profile_column(t, "q9") == before  # remembered
        t.data.loc[3, "q9"] = "a"
        after = profile_column(t, "q9")
        assert (before.n_distinct, after.n_distinct) == (3, 2)
        numbers = profile_column(t, "n")
        t.data.loc[0, "n"] = 90.0
        assert profile_column(t, "n").median != numbers.median
        t.data["q9"] = ["1", "1", "1", "1"]
        assert profile_column(t, "q9").numeric_share == 1.0
        for _ in range(50):  # temporary columns come and go: never another column's profile
            col = pd.Series([str(i) for i in range(_ % 7 + 2)])
            assert profile_column(_table("W", {"c": col}), "c").n_distinct == _ % 7 + 2


def test_a_proposal_is_the_same_with_fingerprints_remembered_during_the_open(tmp_path,
                                                                             monkeypatch):
    from pathlib import Path

    import core.model.loading as loading
    import core.model.mapping as mapping
    from core.model.study import study_to_json

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.xlsx"
    remembered = loading.open_data_file(sample)
    mapping._SUMMARY_CACHE.clear()
    monkeypatch.setattr(loading, "one_open", lambda: contextlib.nullcontext())
    plain = loading.open_data_file(sample)
    where = tmp_path / "p.uex.json"
    assert study_to_json(remembered.study, where) == study_to_json(plain.study, where)
    pd.testing.assert_frame_equal(remembered.survey.workers, plain.survey.workers)
