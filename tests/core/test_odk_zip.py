"""A zip of csv files (ODK Central "csv zip", SurveyCTO, Kobo csv exports) read as one source.

ODK Central's export is ``<form>.csv`` plus ``<form>-<repeat>.csv`` per repeat group (columns
``SubmissionDate``, ``group-question``, ``meta-instanceID``, ``KEY``, ``PARENT_KEY``), with the
photos in ``media/`` when "All data and media" is chosen. The same size limits as workbooks
apply: a zip bomb is refused before anything large is inflated.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from core.common.errors import FileRefusedError, ResourceLimitError
from core.io import limits
from core.io.readers import read_source
from core.io.xlsform import apply_xlsform, find_xlsform
from tests.core.hostile_files import bomb_part, part, write_zip

MAIN_CSV = (
    "SubmissionDate,start,end,firm_info-firm_id,firm_info-sector,firm_info-total_workers,"
    "changes,meta-instanceID,KEY,SubmitterID,SubmitterName,ReviewState\n"
    "2024-03-01T09:00:00.000Z,2024-03-01T08:00,2024-03-01T08:40,F001,apparel,120,"
    "automation lean,uuid:aa1,uuid:aa1,5,enum1,\n"
    "2024-03-02T09:00:00.000Z,2024-03-02T08:00,2024-03-02T08:30,F002,electronics,45,cad,"
    "uuid:aa2,uuid:aa2,5,enum1,approved\n")
WORKERS_CSV = (
    "workers-gender,workers-monthly_wage,PARENT_KEY,KEY\n"
    "female,6500,uuid:aa1,uuid:aa1/workers[1]\n"
    "male,7000,uuid:aa1,uuid:aa1/workers[2]\n"
    "female,5800,uuid:aa2,uuid:aa2/workers[1]\n")


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_main_and_repeat_csv_are_two_tables(tmp_path):
    path = _zip(tmp_path / "upgrading.zip", {"upgrading.csv": MAIN_CSV,
                                             "upgrading-workers.csv": WORKERS_CSV})
    source = read_source(path)
    assert source.kind == "csvzip"
    tables = {t.name: t for t in source.tables}
    assert list(tables) == ["upgrading", "upgrading-workers"]
    main, workers = tables["upgrading"], tables["upgrading-workers"]
    assert main.n_rows == 2 and workers.n_rows == 3
    assert main.header_row == 1
    assert main.data["firm_info-firm_id"].tolist() == ["F001", "F002"]
    assert main.data["firm_info-total_workers"].tolist() == [120, 45]
    assert workers.data["PARENT_KEY"].tolist() == ["uuid:aa1", "uuid:aa1", "uuid:aa2"]
    assert "upgrading, upgrading-workers" in source.notes[0]
    assert len(source.sha256) == 64


def test_form_labels_odk_tables_through_dash_prefixes(tmp_path):
    import openpyxl

    from tests.core.test_xlsform import CHOICES, SETTINGS, SURVEY

    form_path = tmp_path / "upgrading_form.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in (("survey", SURVEY), ("choices", CHOICES), ("settings", SETTINGS)):
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(form_path)
    data = read_source(_zip(tmp_path / "odk.zip", {"upgrading.csv": MAIN_CSV,
                                                   "upgrading-workers.csv": WORKERS_CSV}))
    form = find_xlsform(read_source(form_path).tables)
    notes = apply_xlsform(form, data.tables)
    main, workers = data.tables
    assert main.variable_labels["firm_info-sector"] == "Main sector"
    assert main.value_labels["firm_info-sector"]["electronics"] == "Electronics"
    assert workers.variable_labels["workers-monthly_wage"] == "Monthly wage"
    assert form.repeat_tables == {"upgrading-workers": "workers"}
    assert any("repeat group 'workers'" in n and "PARENT_KEY" in n for n in notes)
    assert "SubmissionDate" not in main.variable_labels


def test_media_folder_is_ignored_with_a_note(tmp_path):
    path = _zip(tmp_path / "all_data_and_media.zip", {
        "upgrading.csv": MAIN_CSV, "upgrading-workers.csv": WORKERS_CSV,
        "media/1712345678.jpg": b"\xff\xd8\xff\xe0" + bytes(200),
        "media/1712345999.m4a": bytes(100), "media/": b""})
    source = read_source(path)
    assert [t.name for t in source.tables] == ["upgrading", "upgrading-workers"]
    media = [n for n in source.notes if "not read" in n]
    assert len(media) == 1 and "2 other files" in media[0] and "media/" in media[0]


def test_names_pointing_outside_the_zip_are_ignored(tmp_path):
    path = _zip(tmp_path / "x.zip", {"upgrading.csv": MAIN_CSV, "../evil.csv": "a,b\n1,2\n",
                                     "/etc/cron.csv": "a,b\n1,2\n"})
    source = read_source(path)
    assert [t.name for t in source.tables] == ["upgrading"]
    assert any("2 files were ignored" in n and "outside the zip" in n for n in source.notes)


def test_surveycto_csv_in_a_folder_and_a_misnamed_zip(tmp_path):
    path = _zip(tmp_path / "export.xlsx", {
        "export/Firm survey_WIDE.csv": "KEY,firm_id,sector\nuuid:1,F1,1\nuuid:2,F2,2\n",
        "__MACOSX/export/._Firm survey_WIDE.csv": bytes(40)})
    source = read_source(path)
    assert [t.name for t in source.tables] == ["Firm survey_WIDE"]
    assert source.tables[0].data["firm_id"].tolist() == ["F1", "F2"]
    assert any("zip archive of csv files" in n for n in source.notes)


def test_a_zip_without_csv_is_refused_as_before(tmp_path):
    path = _zip(tmp_path / "photos.zip", {"media/1.jpg": bytes(50), "readme.txt": "hello"})
    with pytest.raises(FileRefusedError, match="not a spreadsheet or data file"):
        read_source(path)


def test_an_unreadable_member_is_left_out_but_one_good_csv_is_kept(tmp_path):
    path = _zip(tmp_path / "x.zip", {"upgrading.csv": MAIN_CSV, "empty.csv": ""})
    source = read_source(path)
    assert [t.name for t in source.tables] == ["upgrading"]
    assert any("empty.csv is empty" in n for n in source.notes)
    with pytest.raises(FileRefusedError, match="No csv file in this zip could be read"):
        read_source(_zip(tmp_path / "y.zip", {"empty.csv": ""}))


def test_zip_bomb_member_is_refused_by_its_declared_ratio(tmp_path):
    block = b"1,2,3,4\n" * 131072  # 1 MB
    path = write_zip(tmp_path / "bomb.zip", [
        part("upgrading.csv", MAIN_CSV),
        bomb_part("upgrading-workers.csv", b"a,b,c,d\n", block, 300, b"")])
    start = time.perf_counter()
    with pytest.raises(ResourceLimitError, match="exhaust memory"):
        read_source(path)
    assert time.perf_counter() - start < 5


def test_member_unpacking_beyond_its_declared_size_is_refused(tmp_path):
    block = b"1,2,3,4\n" * 131072
    path = write_zip(tmp_path / "liar.zip", [
        bomb_part("upgrading.csv", b"a,b,c,d\n", block, 40, b"", declared_size=4000)])
    start = time.perf_counter()
    with pytest.raises(ResourceLimitError, match="more than the 4 KB it declares") as info:
        read_source(path)
    assert "liar.zip" in str(info.value) and "upgrading.csv" in str(info.value)
    assert time.perf_counter() - start < 5


def test_declared_total_over_2_gb_is_refused(tmp_path):
    path = write_zip(tmp_path / "huge.zip", [
        bomb_part("a.csv", b"a,b\n", b"1,2\n" * 262144, 1, b"", declared_size=3_000_000_000)])
    with pytest.raises(FileRefusedError, match="more than 2 GB"):
        read_source(path)


def test_csv_members_over_the_memory_budget_are_refused(tmp_path):
    big = "a,b,c,d\n" + "1,2,3,4\n" * 2_000_000  # 16 MB
    path = _zip(tmp_path / "big.zip", {"big.csv": big})
    limits.set_memory_budget(limits.MIN_BUDGET)  # 64 MB < 16 MB × 5
    try:
        with pytest.raises(ResourceLimitError, match="memory"):
            read_source(path)
    finally:
        limits.set_memory_budget(None)
