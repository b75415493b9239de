"""Codebook sheets in both common shapes become variable and value labels."""

from __future__ import annotations

import pandas as pd

from core.io.codebook import apply_codebook, codebook_score, parse_codebook
from core.io.rawtable import RawTable


def test_long_codebook_with_forward_filled_variables():
    cb = RawTable("Codebook", pd.DataFrame({
        "Sheet": ["Firms", None, None, "Workers", None],
        "Variable": ["A3", None, None, "W2", None],
        "Question": ["Sector", None, None, "Gender of respondent", None],
        "Code": [1, 2, 98, 1, 2],
        "Code label": ["Apparel", "Electronics", "Don't know", "Female", "Male"],
    }))
    assert codebook_score(cb) >= 0.7
    book = parse_codebook(cb)
    assert book.variable_labels[("Firms", "A3")] == "Sector"
    assert book.value_labels[("Firms", "A3")] == {1: "Apparel", 2: "Electronics", 98: "Don't know"}
    assert book.value_labels[("Workers", "W2")] == {1: "Female", 2: "Male"}


def test_wide_codebook_with_values_text():
    cb = RawTable("Variables", pd.DataFrame({
        "Variable name": ["q5", "q6"],
        "Label": ["Has social insurance", "Hours per week"],
        "Values": ["1=Yes; 2=No; 98=Don't know", None],
    }))
    book = parse_codebook(cb)
    assert book.value_labels[(None, "q5")] == {1: "Yes", 2: "No", 98: "Don't know"}
    assert book.variable_labels[(None, "q6")] == "Hours per week"


def test_apply_codebook_keeps_labels_the_file_already_has():
    cb = RawTable("Codebook", pd.DataFrame({"Variable": ["x", "y"], "Question": ["X text", "Y text"]}))
    data = RawTable("Data", pd.DataFrame({"x": [1], "y": [2]}), variable_labels={"y": "from file"})
    apply_codebook(parse_codebook(cb), [data])
    assert data.variable_labels == {"x": "X text", "y": "from file"}


def test_data_sheet_is_not_a_codebook():
    data = RawTable("Workers", pd.DataFrame({"worker_id": [1], "gender": [1], "age": [30]}))
    assert codebook_score(data) < 0.7
