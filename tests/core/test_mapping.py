"""Automatic role mapping from names, question text (EN/VI) and value patterns."""

from __future__ import annotations

import pandas as pd

from core.io.rawtable import RawTable
from core.model.mapping import is_missing_label, map_table
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
