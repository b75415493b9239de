"""The survey-date role: every way a date arrives is read, what cannot be is counted, and the
survey-design roles (strata, PSU) are taken only from columns that declare them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.io.rawtable import RawTable
from core.model.mapping import map_table
from core.model.roles import role
from core.model.study import Study, TableRef
from core.model.survey import build_survey, parse_dates


def _iso(reading) -> list[str | None]:
    return [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in reading.dates]


@pytest.mark.parametrize(("values", "want", "how"), [
    (["2019-05-14", "2019-05", "2019"], ["2019-05-14", "2019-05-15", "2019-07-01"], "text"),
    ([43599, 43600.75], ["2019-05-14", "2019-05-15"], "Excel"),
    ([21683, 21684], ["2019-05-14", "2019-05-15"], "Stata %td"),
    ([712], ["2019-05-15"], "Stata %tm"),
    ([21683 * 86_400_000.0], ["2019-05-14"], "Stata %tc"),  # ms since 1960
    ([12_219_379_200.0 + 1_557_792_000], ["2019-05-14"], "SPSS"),  # 1970 + unix
    ([2019, 2562], ["2019-07-01", "2019-07-01"], "years"),  # 2562 is Buddhist Era
    ([201905, 20190514], ["2019-05-15", None], "YYYYMM"),  # one encoding per column
    (["14/05/2019", "03/04/2019"], ["2019-05-14", "2019-04-03"], "day first"),
    (["05/14/2019", "03/04/2019"], ["2019-05-14", "2019-03-04"], "month first"),
    (["May 2019", "14 May 2019"], ["2019-05-15", "2019-05-14"], "text"),
    ([dt.date(2019, 5, 14), pd.Timestamp("2019-05-15 13:30")], ["2019-05-14", "2019-05-15"],
     "dates"),
])
def test_dates_in_every_encoding(values, want, how):
    reading = parse_dates(pd.Series(values, dtype=object))
    assert _iso(reading) == want
    assert any(how in h for h in reading.how), reading.how
    assert reading.dates.dtype == "datetime64[ns]"


def test_unreadable_values_are_counted_not_guessed():
    reading = parse_dates(pd.Series(["2019-05-14", "n/a", "Monday", None, "2019-13-45"],
                                    dtype=object))
    assert _iso(reading) == ["2019-05-14", None, None, None, None]
    assert reading.n_unparsed == 3 and reading.first_unparsed == "n/a"
    assert reading.first_unparsed_pos == 1


def test_a_datetime_column_is_kept():
    values = pd.Series(pd.to_datetime(["2019-05-14 10:00", None]))
    assert _iso(parse_dates(values)) == ["2019-05-14", None]


def test_many_rows_parse_once_per_distinct_value():
    values = pd.Series(np.tile(np.arange(43466, 43466 + 300), 3_000))  # 900k Excel serials
    reading = parse_dates(values)
    assert reading.n_unparsed == 0 and reading.dates.iloc[0] == pd.Timestamp("2019-01-01")


def _survey(firm_data: dict, roles: dict) -> object:
    firms = RawTable("Firms", pd.DataFrame(firm_data), header_row=1)
    workers = RawTable("Workers", pd.DataFrame({"fid": ["1"], "when": ["2019"]}), header_row=1)
    study = Study(firms=TableRef(Path("x.xlsx"), "Firms", 1),
                  workers=TableRef(Path("x.xlsx"), "Workers", 1))
    study.roles = {"firms": roles, "workers": {"firm_id": "fid", "survey_date": "when"}}
    return build_survey(study, {"firms": firms, "workers": workers})


def test_survey_frames_carry_dates_and_say_how_they_were_read():
    survey = _survey({"id": ["1", "2", "3"], "date": [43599, 43600, "soon"]},
                     {"firm_id": "id", "survey_date": "date"})
    assert survey.firms["survey_date"].dtype == "datetime64[ns]"
    assert survey.firms["survey_date"].iloc[0] == pd.Timestamp("2019-05-14")
    assert pd.isna(survey.firms["survey_date"].iloc[2])
    read = [f for f in survey.findings if f.code == "dates_read" and f.table == "Firms"]
    assert read and "2 value(s) read as Excel serial day numbers" in read[0].message
    bad = [f for f in survey.findings if f.code == "not_a_date"]
    assert len(bad) == 1 and '"soon" at row 4' in bad[0].message
    coarse = [f for f in survey.findings if f.code == "dates_read" and f.table == "Workers"]
    assert "read as its middle" in coarse[0].message
    assert survey.workers["survey_date"].iloc[0] == pd.Timestamp("2019-07-01")


def test_an_assumed_survey_date_fills_every_row():
    firms = RawTable("Firms", pd.DataFrame({"id": ["1", "2"]}), header_row=1)
    study = Study(firms=TableRef(Path("x.xlsx"), "Firms", 1))
    study.roles = {"firms": {"firm_id": "id"}, "workers": {}}
    study.assumed_values = {"firms": {"survey_date": "2019-05"}}
    survey = build_survey(study, {"firms": firms, "workers": None})
    assert survey.firms["survey_date"].tolist() == [pd.Timestamp("2019-05-15")] * 2


# ------------------------------------------------------------------------------ mapping

def _mapped(columns: dict, level: str = "firm") -> dict[str, str]:
    table = RawTable("Firms", pd.DataFrame(columns), header_row=1)
    return {m.column: m.role for m in map_table(table, level)}


def test_design_and_date_roles_found_only_where_declared():
    n = 8
    got = _mapped({
        "firm_id": [f"F{i}" for i in range(n)],
        "strata": [f"S{i % 3}" for i in range(n)],
        "Primary sampling unit": [f"P{i % 4}" for i in range(n)],
        "Interview date": ["2019-05-14"] * n,
        "Date of establishment": ["2001-01-01"] * n,
        "Industrial cluster": ["north", "south"] * (n // 2),
    })
    assert got["strata"] == "strata"
    assert got["Primary sampling unit"] == "psu"
    assert got["Interview date"] == "survey_date"
    assert got.get("Date of establishment") != "survey_date"
    assert got.get("Industrial cluster") not in ("psu", "strata")
    assert role("firm", "survey_date").kind == "date" and role("worker", "survey_date")
