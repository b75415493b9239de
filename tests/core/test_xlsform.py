"""XLSForm form definitions as the codebook of Kobo / ODK / SurveyCTO deliveries (core.io.xlsform).

The workbooks are built the way these tools and their users lay them out: a survey sheet with
groups, a repeat (the worker roster), select_one / select_multiple questions labelled in English
and Vietnamese, a choices sheet and a settings sheet; data sheets shaped like Kobo's xlsx export
(``group/question`` headers, ``question/option`` split columns, ``_index`` / ``_parent_index``).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from core.io.codebook import apply_codebook, codebook_score, parse_codebook
from core.io.readers import read_source
from core.io.xlsform import apply_xlsform, find_xlsform, is_xlsform_sheet, pick_language
from core.model.loading import open_data_file

SURVEY = [
    ["type", "name", "label::English (en)", "label::Vietnamese (vi)", "hint", "required",
     "relevant", "appearance"],
    ["start", "start", None, None, None, None, None, None],
    ["end", "end", None, None, None, None, None, None],
    ["begin_group", "firm_info", "Firm information", "Thông tin doanh nghiệp", None, None, None,
     "field-list"],
    ["text", "firm_id", "Firm ID", "Mã doanh nghiệp", None, "yes", None, None],
    ["select_one sector", "sector", "Main sector", "Ngành chính", None, "yes", None, None],
    ["integer", "total_workers", "Total workers", "Tổng số lao động", "Full-time", None, None,
     None],
    ["end_group", None, None, None, None, None, None, None],
    ["select_multiple changes", "changes", "Which changes since 2019?", "Những thay đổi nào?",
     None, None, None, "minimal"],
    ["select_one yn", "exports", "Does the firm export?", "Doanh nghiệp có xuất khẩu không?",
     None, None, None, None],
    ["begin_repeat", "workers", "Workers", "Người lao động", None, None, None, None],
    ["select_one gender", "gender", "Gender", "Giới tính", None, None, None, None],
    ["decimal", "monthly_wage", "Monthly wage", "Lương tháng", None, None,
     "${gender} != ''", None],
    ["end_repeat", None, None, None, None, None, None, None],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Vietnamese (vi)"],
    ["sector", "apparel", "Apparel", "May mặc"],
    ["sector", "electronics", "Electronics", "Điện tử"],
    ["changes", "automation", "Automation", "Tự động hóa"],
    ["changes", "cad", "Computer-aided design", "Thiết kế có máy tính hỗ trợ"],
    ["changes", "lean", "Lean production", "Sản xuất tinh gọn"],
    ["yn", 1, "Yes", "Có"],
    ["yn", 0, "No", "Không"],
    ["gender", "female", "Female", "Nữ"],
    ["gender", "male", "Male", "Nam"],
]
SETTINGS = [["form_title", "form_id", "default_language"],
            ["Upgrading survey", "upgrading", "Vietnamese (vi)"]]
MAIN = [
    ["start", "end", "firm_info/firm_id", "firm_info/sector", "firm_info/total_workers",
     "changes", "changes/automation", "changes/cad", "changes/lean", "exports", "_id", "_uuid",
     "_submission_time", "_index"],
    ["2024-03-01T08:00", "2024-03-01T08:40", "F001", "apparel", 120, "automation lean", 1, 0, 1,
     1, 11, "u-1", "2024-03-01", 1],
    ["2024-03-02T08:00", "2024-03-02T08:30", "F002", "electronics", 45, "cad", 0, 1, 0, 0, 12,
     "u-2", "2024-03-02", 2],
    ["2024-03-03T08:00", "2024-03-03T09:10", "F003", "apparel", 300, "", 0, 0, 0, 1, 13,
     "u-3", "2024-03-03", 3],
]
WORKERS = [
    ["workers/gender", "workers/monthly_wage", "_index", "_parent_table_name", "_parent_index",
     "_submission__uuid"],
    ["female", 6500, 1, "Upgrading survey", 1, "u-1"],
    ["male", 7000, 2, "Upgrading survey", 1, "u-1"],
    ["female", 5800, 3, "Upgrading survey", 2, "u-2"],
    ["female", 6100, 4, "Upgrading survey", 3, "u-3"],
]


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _kobo_delivery(tmp_path: Path, main=MAIN, workers=WORKERS) -> Path:
    return _workbook(tmp_path / "kobo_export.xlsx", {
        "Upgrading survey": main, "workers": workers,
        "survey": SURVEY, "choices": CHOICES, "settings": SETTINGS})


@pytest.fixture
def kobo(tmp_path):
    source = read_source(_kobo_delivery(tmp_path))
    return {t.name: t for t in source.tables}


def test_form_sheets_are_recognised_and_count_as_codebooks(kobo):
    assert is_xlsform_sheet(kobo["survey"]) == "survey"
    assert is_xlsform_sheet(kobo["choices"]) == "choices"
    assert is_xlsform_sheet(kobo["settings"]) == "settings"
    assert is_xlsform_sheet(kobo["Upgrading survey"]) is None
    assert is_xlsform_sheet(kobo["workers"]) is None
    for name in ("survey", "choices", "settings"):
        assert codebook_score(kobo[name]) >= 0.7
    for name in ("Upgrading survey", "workers"):
        assert codebook_score(kobo[name]) < 0.7
    # read as a plain codebook, a choices sheet would label a column named "cad"; it does not
    assert parse_codebook(kobo["choices"]).variable_labels == {}


def test_a_data_sheet_with_name_and_type_columns_is_not_a_form(tmp_path):
    path = _workbook(tmp_path / "firms.xlsx", {"survey": [
        ["name", "type", "label", "workers"],
        ["An Phat", "private", "A", 120], ["Minh Long", "state", "B", 80],
        ["Hoa Sen", "foreign", "C", 300], ["Viet Tien", "private", "D", 95]]})
    (table,) = read_source(path).tables
    assert is_xlsform_sheet(table) is None
    assert find_xlsform([table]) is None


def test_find_xlsform_reads_types_groups_repeats_and_languages(kobo):
    form = find_xlsform(list(kobo.values()))
    assert form is not None
    assert form.languages == ["English", "Vietnamese"]
    assert form.default_language == "Vietnamese"
    assert form.title == "Upgrading survey"
    assert form.repeats == ["workers"]
    sector = form.questions["sector"]
    assert (sector.type, sector.list_name, sector.group_path, sector.repeat) == (
        "select_one", "sector", ("firm_info",), None)
    assert sector.labels == {"English": "Main sector", "Vietnamese": "Ngành chính"}
    assert form.questions["changes"].type == "select_multiple"
    assert form.questions["total_workers"].type == "integer"
    wage = form.questions["monthly_wage"]
    assert (wage.type, wage.repeat, wage.group_path) == ("decimal", "workers", ("workers",))
    assert form.choices["sector"]["apparel"] == {"English": "Apparel", "Vietnamese": "May mặc"}
    assert set(form.choices["yn"]) == {"1", "0"}
    assert "begin_group" not in {q.type for q in form.questions.values()}
    # English is preferred over the form's default language; an asked-for language wins
    assert pick_language(form) == "English"
    assert pick_language(form, "vi") == "Vietnamese"


def test_apply_labels_columns_values_and_option_columns(kobo):
    form = find_xlsform(list(kobo.values()))
    main, workers = kobo["Upgrading survey"], kobo["workers"]
    notes = apply_xlsform(form, [main, workers])
    assert main.variable_labels["firm_info/sector"] == "Main sector"
    assert main.variable_labels["firm_info/firm_id"] == "Firm ID"
    assert main.value_labels["firm_info/sector"] == {"apparel": "Apparel",
                                                      "electronics": "Electronics"}
    assert main.variable_labels["changes"] == "Which changes since 2019?"
    assert main.variable_labels["changes/automation"] == "Which changes since 2019? — Automation"
    assert main.variable_labels["changes/cad"] == (
        "Which changes since 2019? — Computer-aided design")
    assert "changes" not in main.value_labels  # space-separated names are not codes
    # numeric choice names label numeric data as numbers
    assert main.value_labels["exports"] == {1: "Yes", 0: "No"}
    assert workers.value_labels["workers/gender"] == {"female": "Female", "male": "Male"}
    assert workers.variable_labels["workers/monthly_wage"] == "Monthly wage"
    # metadata columns are not questions of the form
    assert "_uuid" not in main.variable_labels and "_parent_index" not in workers.variable_labels
    # the other language stays available
    assert form.labels_for("Upgrading survey", "firm_info/sector")["Vietnamese"] == "Ngành chính"
    assert form.labels_for("Upgrading survey", "changes/lean") == {
        "English": "Which changes since 2019? — Lean production",
        "Vietnamese": "Những thay đổi nào? — Sản xuất tinh gọn"}
    # the repeat is named, with its link, in the notes and on the table
    assert form.repeat_tables == {"workers": "workers"}
    repeat = [n for n in notes if "repeat group 'workers'" in n]
    assert len(repeat) == 1 and "_parent_index" in repeat[0] and "'workers'" in repeat[0]
    assert repeat[0] in workers.notes and repeat[0] not in main.notes
    assert any("group prefixes" in n for n in main.notes)
    assert any("labels in Vietnamese are kept too" in n for n in main.notes)


def test_labels_already_in_the_file_win_and_language_can_be_chosen(kobo):
    form = find_xlsform(list(kobo.values()))
    main = kobo["Upgrading survey"]
    main.variable_labels["firm_info/firm_id"] = "Company code (from the team)"
    apply_xlsform(form, [main], language="Vietnamese")
    assert main.variable_labels["firm_info/firm_id"] == "Company code (from the team)"
    assert main.variable_labels["firm_info/sector"] == "Ngành chính"
    assert main.value_labels["firm_info/sector"]["apparel"] == "May mặc"


def _label_headers(rows: list[list], with_groups: bool) -> list[list]:
    """The MAIN sheet as Kobo's "labels" export writes it (English headers)."""
    group = "Firm information/" if with_groups else ""
    header = ["start", "end", f"{group}Firm ID", f"{group}Main sector",
              f"{group}Total workers", "Which changes since 2019?",
              "Which changes since 2019?/Automation",
              "Which changes since 2019?/Computer-aided design",
              "Which changes since 2019?/Lean production", "Does the firm export?", "_id",
              "_uuid", "_submission_time", "_index"]
    return [header, *rows[1:]]


@pytest.mark.parametrize("with_groups", [False, True])
def test_label_header_variant_is_renamed_to_the_form_names(tmp_path, with_groups):
    path = _kobo_delivery(tmp_path, main=_label_headers(MAIN, with_groups))
    tables = {t.name: t for t in read_source(path).tables}
    form = find_xlsform(list(tables.values()))
    main = tables["Upgrading survey"]
    main.variable_labels["Which changes since 2019?"] = "kept through the rename"
    notes = apply_xlsform(form, [main])
    cols = list(main.data.columns)
    assert cols[:10] == ["start", "end", "firm_id", "sector", "total_workers", "changes",
                         "changes/automation", "changes/cad", "changes/lean", "exports"]
    assert cols[10:] == ["_id", "_uuid", "_submission_time", "_index"]
    assert main.data["firm_id"].tolist() == ["F001", "F002", "F003"]
    assert main.variable_labels["sector"] == "Main sector"
    assert main.value_labels["sector"] == {"apparel": "Apparel", "electronics": "Electronics"}
    assert main.variable_labels["changes"] == "kept through the rename"
    assert main.variable_labels["changes/cad"] == (
        "Which changes since 2019? — Computer-aided design")
    renamed = [n for n in notes if "Column headers are question labels" in n]
    assert len(renamed) == 1 and "matched to the form's names" in renamed[0]
    assert "8 of 14 columns" in renamed[0] and "(in English)" in renamed[0]


def test_label_headers_shared_by_two_questions_are_not_guessed(tmp_path):
    survey = [["type", "name", "label"],
              ["text", "firm_id", "Firm ID"],
              ["text", "other_a", "Other (specify)"],
              ["text", "other_b", "Other (specify)"],
              ["integer", "year", "Year founded"]]
    data = [["Firm ID", "Other (specify)", "Year founded"], ["F1", "x", 1999], ["F2", "y", 2005]]
    path = _workbook(tmp_path / "d.xlsx", {"data": data, "survey": survey})
    tables = {t.name: t for t in read_source(path).tables}
    form = find_xlsform(list(tables.values()))
    apply_xlsform(form, [tables["data"]])
    assert list(tables["data"].data.columns) == ["firm_id", "Other (specify)", "year"]
    assert "Other (specify)" not in tables["data"].variable_labels


def test_label_values_export_has_nothing_to_map(tmp_path):
    main = [row[:] for row in MAIN]
    for row in main[1:]:
        row[3] = {"apparel": "Apparel", "electronics": "Electronics"}[row[3]]
    tables = {t.name: t for t in read_source(_kobo_delivery(tmp_path, main=main)).tables}
    form = find_xlsform(list(tables.values()))
    notes = apply_xlsform(form, [tables["Upgrading survey"]])
    t = tables["Upgrading survey"]
    assert "firm_info/sector" not in t.value_labels
    assert t.variable_labels["firm_info/sector"] == "Main sector"
    assert any("hold answer labels, not codes" in n for n in notes)


def test_answers_outside_the_choices_are_reported_not_labelled(tmp_path):
    main = [row[:] for row in MAIN]
    for row in main[1:]:
        row[3] = "textile"
    tables = {t.name: t for t in read_source(_kobo_delivery(tmp_path, main=main)).tables}
    notes = apply_xlsform(find_xlsform(list(tables.values())), [tables["Upgrading survey"]])
    assert "firm_info/sector" not in tables["Upgrading survey"].value_labels
    assert any("match neither the names nor the labels" in n and "firm_info/sector" in n
               for n in notes)


def test_codebook_apply_does_not_take_choices_for_variables(kobo):
    main = kobo["Upgrading survey"]
    for name in ("survey", "choices", "settings"):
        apply_codebook(parse_codebook(kobo[name]), [main])
    assert main.variable_labels == {}


def test_open_data_file_takes_the_form_sheets_for_codebooks(tmp_path):
    loaded = open_data_file(_kobo_delivery(tmp_path))
    assert loaded.kinds["survey"] == "codebook"
    assert loaded.kinds["choices"] == "codebook"
    assert loaded.kinds["settings"] == "codebook"
    assert loaded.kinds["Upgrading survey"] != "codebook"
    assert loaded.kinds["workers"] != "codebook"
