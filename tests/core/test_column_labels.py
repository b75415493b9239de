"""Column headings in words (issue 13): questionnaire codes become the role's words or a short
form of the question; never two columns with one heading."""

from __future__ import annotations

import pytest

from core.model.column_labels import HEADING_CHARS, column_headings, role_heading, shorten


@pytest.mark.parametrize(("question", "heading"), [
    ("Q5. How many people does this establishment employ today?", "How many people does this…"),
    ("Export share: % of sales exported directly", "Export share"),
    ("A4. Region or province (minimum wage region)", "Region or province"),
    ("In the last 3 years, did the firm add a design function?", "Did the firm add a design…"),
    ("W3 - Age", "Age"),
    ("[b2] Gender", "Gender"),
    ("q12b) Trình độ học vấn", "Trình độ học vấn"),
    ("Pay amount, per the pay period, in the local currency", "Pay amount"),
    ("2019 sales", "2019 sales"),  # a number that is not a code stays
])
def test_questions_are_made_short(question, heading):
    assert shorten(question) == heading
    assert len(shorten(question)) <= HEADING_CHARS


def test_a_role_reads_in_the_language_asked_for():
    assert role_heading("firm", "sector") == "Sector"
    assert role_heading("firm", "sector", "vi") == "Ngành"
    assert role_heading("firm", "no_such_role") == ""


def test_roles_win_over_questions_and_clashes_carry_their_codes():
    roles = {"new_process": "C3", "new_product": "D1", "country": "A2"}
    questions = {"A2": "A2. Country of the establishment", "Z9": "Z9. Notes of the interviewer",
                 "C3": "…", "D1": "…"}
    headings = column_headings(roles, questions, "firm", role_words={"country": "Land"})
    assert headings["A2"] == "Land"  # the interface's own word first
    assert headings["Z9"] == "Notes of the interviewer"
    assert headings["C3"].endswith("(C3)") and headings["D1"].endswith("(D1)")
    assert headings["C3"] != headings["D1"]
    assert "B1" not in headings  # no role, no question: the code stays
