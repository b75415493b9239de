"""Study edits of the import review, replayed headless: each returns a new study; rebuild applies it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from core.common.errors import UserFacingError
from core.common.findings import Finding
from core.model import study_edit
from core.model.loading import open_with_study
from core.model.questions import Candidate, Question
from core.project.opening import open_survey


def write_small_workbook(path: Path, *, title_rows: int = 0) -> Path:
    """Ten firms and thirty workers with spelling variants, a 98 code and exact role names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Firms"
    for i in range(title_rows):
        ws.append([f"Survey title line {i + 1}"])
    ws.append(["firm_id", "country", "sector", "ownership", "employees", "year_founded"])
    countries = ["Vietnam", "Viet Nam ", "Thailand", "Vietnam", "Thailand", "Vietnam", "Thailand",
                 "Vietnam", "Vietnam", "Thailand"]
    sectors = ["Apparel", "electronics", "Apparel", "Electronics", "apparel ", "Electronics",
               "Apparel", "Electronics", "Garments", "Electronics"]
    owners = ["foreign", "domestic", "foreign", "domestic", "foreign", "state", "domestic",
              "foreign", "domestic", "foreign"]
    for i in range(10):
        ws.append([f"F{i + 1:02d}", countries[i], sectors[i], owners[i], 50 * (i + 1), 1990 + i])
    workers = wb.create_sheet("Workers")
    workers.append(["worker_id", "firm_id", "gender", "age", "pay_amount", "pay_period",
                    "skill_group", "contract"])
    k = 0
    for i in range(10):
        for j in range(3):
            k += 1
            workers.append([f"W{k:03d}", f"F{i + 1:02d}", "female" if k % 2 else "male",
                            98 if k == 5 else 20 + k % 30, 5_000_000 + k * 10_000, "month",
                            "production" if j else "technician",
                            "indefinite" if j != 2 else "fixed-term"])
    wb.save(path)
    return path


@pytest.fixture
def loaded(tmp_path):
    return open_survey(write_small_workbook(tmp_path / "small.xlsx"))


def test_reviews_list_every_column_with_role_and_confidence(loaded):
    reviews = study_edit.column_reviews(loaded, "firms")
    assert [r.column for r in reviews][:3] == ["firm_id", "country", "sector"]
    country = reviews[1]
    assert country.role == "country" and country.confidence == pytest.approx(0.99)
    assert "Vietnam" in country.examples


def test_set_role_moves_the_role_and_clear_role_removes_it(loaded):
    study = loaded.study
    moved = study_edit.set_role(study, "firms", "region", "country")
    assert moved.roles["firms"]["region"] == "country"
    assert "country" not in moved.roles["firms"]  # the column lost its old role
    assert study.roles["firms"]["country"] == "country"  # the original study is untouched
    assert moved.confidence["firms"]["region"] == 1.0
    rebuilt = study_edit.rebuild(loaded, moved)
    assert "region" in rebuilt.survey.firms.columns and "country" not in rebuilt.survey.firms
    cleared = study_edit.clear_role(moved, "firms", "country")
    assert "region" not in cleared.roles["firms"]
    with pytest.raises(KeyError):
        study_edit.set_role(study, "firms", "no_such_role", "country")


def test_missing_codes_parse_and_apply(loaded):
    assert study_edit.parse_codes("98, 99; Don't know\n98") == [98, 99, "Don't know"]
    assert study_edit.parse_codes("2.5") == [2.5]
    assert study_edit.format_codes([98, 99.0, "DK"]) == "98, 99, DK"
    before = study_edit.rebuild(loaded, loaded.study)
    assert (before.survey.workers["age"] == 98).sum() == 1
    edited = study_edit.set_missing_codes(loaded.study, "workers", "age", [98])
    after = study_edit.rebuild(loaded, edited)
    assert (after.survey.workers["age"] == 98).sum() == 0
    assert not any(f.code == "out_of_range" for f in after.survey.findings)
    assert study_edit.set_missing_codes(edited, "workers", "age", []).missing_codes["workers"] == {}


def test_value_readings_and_merges(loaded):
    readings = {r.raw: r for r in study_edit.value_readings(loaded, "firms", "sector")}
    assert readings["apparel"].read_as == readings["Apparel"].read_as == "apparel"
    assert readings["Garments"].read_as == "apparel"  # a known spelling of the canonical value
    merges = study_edit.spelling_merges(loaded)
    assert any(f.column == "country" for f in merges)
    wanted = {raw: r.read_as for raw, r in readings.items()}
    wanted["Electronics"] = "Apparel"  # a (deliberately odd) merge to prove the map applies
    edited = study_edit.set_value_merges(loaded.study, "firms", "sector", wanted)
    rebuilt = study_edit.rebuild(loaded, edited)
    assert rebuilt.survey.firms["sector"].value_counts().to_dict() == {"apparel": 9,
                                                                       "electronics": 1}
    assert not any(f.code == "unlabeled_code" for f in rebuilt.survey.findings)


def test_set_table_kind_swaps_and_reproposes(loaded):
    swapped = study_edit.set_table_kind(loaded, "Workers", "other")
    assert swapped.kinds["Workers"] == "other"
    assert swapped.study.workers is None and swapped.study.roles["workers"] == {}
    assert swapped.survey.workers.empty
    back = study_edit.set_table_kind(swapped, "Workers", "workers")
    assert back.study.workers.sheet == "Workers"
    assert back.study.roles["workers"]["gender"] == "gender"
    assert len(back.survey.workers) == 30
    with pytest.raises(ValueError):
        study_edit.set_table_kind(loaded, "Workers", "nonsense")


def test_set_header_row_reads_the_sheet_again(tmp_path):
    loaded = open_survey(write_small_workbook(tmp_path / "titled.xlsx", title_rows=2))
    assert study_edit.table_named(loaded, "Firms").header_row == 3
    moved = study_edit.set_header_row(loaded, "Firms", 4)  # the first firm becomes the header
    table = study_edit.table_named(moved, "Firms")
    assert table.header_row == 4 and next(iter(table.data.columns)) == "F01"
    assert table.n_rows == 9
    assert study_edit.sheet_rows(table)[0] == 5
    back = study_edit.set_header_row(moved, "Firms", 3)
    assert back.study.roles["firms"]["country"] == "country"
    assert len(back.survey.firms) == 10
    with pytest.raises(UserFacingError):
        study_edit.set_header_row(loaded, "Firms", 0)


def test_row_position_maps_sheet_rows_to_data_rows(loaded):
    table = study_edit.table_named(loaded, "Workers")
    assert study_edit.row_position(table, 2) == 0  # header in row 1
    assert study_edit.row_position(table, 6) == 4
    assert study_edit.row_position(table, 1) is None
    assert study_edit.row_position(table, 999) is None


def test_open_with_study_reuses_the_sources_read(loaded, monkeypatch):
    import core.model.loading

    study = study_edit.accepted_study(loaded)
    assert set(study.confidence["firms"].values()) == {1.0}
    monkeypatch.setattr(core.model.loading, "read_source",
                        lambda *a, **k: pytest.fail("read the file again"))
    again = open_with_study(study, sources=loaded.sources)
    assert again.project_path is None
    pd.testing.assert_frame_equal(again.survey.firms, loaded.survey.firms)


# ----------------------------------------------------------------------------- questions
def ask(loaded, *, link=True, skill=True, period=False):
    """Questions as the proposal asks them (best guess applied and first), plus a dropped-rows
    inference, on the small workbook."""
    study = loaded.study
    if link:
        study.questions.append(Question(
            "workers.firm_id", "workers", "firm_id", "Which column links workers to their firm?",
            [Candidate("firm_id", 0.61, "61 % of 30 worker rows match a firm"),
             Candidate("worker_id", 0.05, "0 % of 30 worker rows match a firm")],
            "Only 61 % of the worker rows match a firm"))
    if skill:
        study.questions.append(Question(
            "workers.skill_group", "workers", "skill_group",
            "Which column says the worker's skill group?",
            [Candidate("skill_group", 0.55, "the name says skill group"),
             Candidate("contract", 0.5, "two answers, like a skill group")],
            "Two columns fit almost equally well"))
    if period:
        study.questions.append(Question(
            "workers.pay_period", "workers", "pay_period", "What period is the pay for?",
            [Candidate(None, 0.7, 'the column name says "month"', value="month"),
             Candidate(None, 0.2, "a day's pay is rarely this large", value="day")],
            "No column states the pay period"))
    study.inferred.append(Finding(
        "info", "2 rows under the table look like notes (\"Ghi chú…\") and were left out",
        "Firms", 12, None, "rows_dropped"))
    return loaded


def test_answering_a_question_sets_the_role_and_closes_only_that_question(loaded):
    ask(loaded)
    answered = study_edit.answer_question(loaded, "workers.skill_group", "contract")
    assert answered.study.roles["workers"]["skill_group"] == "contract"
    assert answered.study.confidence["workers"]["skill_group"] == 1.0
    assert [q.id for q in answered.study.questions] == ["workers.firm_id"]
    assert set(answered.survey.workers["skill_group"].dropna()) == {"indefinite", "fixed-term"}
    # the study shown before stays as it was (every edit returns a new one)
    assert loaded.study.roles["workers"]["skill_group"] == "skill_group"
    assert len(loaded.study.questions) == 2
    # "None of these": the role is left unset
    none = study_edit.answer_question(answered, "workers.firm_id", None)
    assert "firm_id" not in none.study.roles["workers"] and none.study.questions == []
    with pytest.raises(KeyError):
        study_edit.answer_question(none, "workers.firm_id", "firm_id")  # answered already
    with pytest.raises(UserFacingError):
        study_edit.answer_question(answered, "workers.firm_id", "no such column")


def test_a_value_answer_is_assumed_for_every_row(loaded):
    ask(loaded, link=False, skill=False, period=True)
    answered = study_edit.answer_question(loaded, "workers.pay_period", None, "day")
    assert answered.study.assumed_values["workers"] == {"pay_period": "day"}
    assert "pay_period" not in answered.study.roles["workers"]  # the value replaces a column
    assert answered.study.questions == []
    question = loaded.study.questions[0]
    assert study_edit.current_answer(loaded.study, question) is None  # nothing assumed yet
    loaded.study.assumed_values["workers"]["pay_period"] = "month"
    assert study_edit.current_answer(loaded.study, question) == 0


def test_setting_a_role_by_hand_answers_its_question_and_other_edits_keep_them(loaded):
    ask(loaded, period=True)
    loaded.study.assumed_values["workers"]["pay_period"] = "month"
    study = study_edit.set_role(loaded.study, "workers", "skill_group", "contract")
    assert [q.id for q in study.questions] == ["workers.firm_id", "workers.pay_period"]
    study = study_edit.set_role(study, "workers", "pay_period", "pay_period")
    assert [q.id for q in study.questions] == ["workers.firm_id"]
    assert study.assumed_values["workers"] == {}  # a column states the period now
    kept = study_edit.set_missing_codes(study, "workers", "age", [98])
    kept = study_edit.set_value_merges(kept, "firms", "sector", {"Apparel": "apparel"})
    kept = study_edit.clear_role(kept, "workers", "firm_id")
    assert [q.id for q in kept.questions] == ["workers.firm_id"]
    # clearing the assumed column leaves the question open, with no candidate applied
    assert study_edit.current_answer(kept, kept.questions[0]) is None
    rebuilt = study_edit.rebuild(loaded, kept)
    assert [q.id for q in rebuilt.study.questions] == ["workers.firm_id"]
    assert study_edit.accepted_study(rebuilt).questions == []  # accepting accepts the rest


def test_a_sheet_proposed_again_drops_its_questions_and_inferences(loaded):
    ask(loaded)
    loaded.study.inferred.append(Finding("info", "Pay read in thousands", "Workers", None,
                                         "pay_amount", "unit_inferred"))
    swapped = study_edit.set_table_kind(loaded, "Workers", "other")
    assert swapped.study.questions == []
    assert [f.code for f in swapped.study.inferred] == ["rows_dropped"]  # the Firms sheet's


def test_inferred_changes_list_inferences_and_changes_once(loaded):
    ask(loaded)
    changes = study_edit.inferred_changes(loaded)
    codes = [f.code for f in changes]
    assert "rows_dropped" in codes
    assert "spelling_merged" in codes
    assert "firm_without_workers" not in codes
    doubled = study_edit.rebuild(loaded, loaded.study)
    doubled.survey.findings.append(loaded.study.inferred[0])  # reported by the survey too
    assert len(study_edit.inferred_changes(doubled)) == len(changes)


def test_moving_the_header_row_of_a_derived_table_reads_and_splits_again():
    """A stacked sheet is split into "Data (firms)" / "Data (workers)"; choosing the header row
    of the derived table re-reads the sheet and splits it again (no KeyError, same counts)."""
    from core.model.loading import open_data_file

    path = Path(__file__).resolve().parents[1] / "data" / "deliveries" / "stacked_records_th.xlsx"
    loaded = open_data_file(path)
    assert (loaded.survey.n_firms, loaded.survey.n_workers) == (25, 103)
    again = study_edit.set_header_row(loaded, "Data (firms)", 1)
    assert {t.name for s in again.sources for t in s.tables} >= {"Data (firms)", "Data (workers)"}
    assert (again.survey.n_firms, again.survey.n_workers) == (25, 103)
    assert any(f.code == "records_split" for f in again.survey.findings)
