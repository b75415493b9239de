"""The read cache (core.io.read_cache): a file read before comes back from Parquet exactly as it
was read (values, Python types of mixed cells, labels, rows), or is read again; never stale,
never beside the user's file."""

from __future__ import annotations

import datetime as dt
import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import core.model.loading as loading
from core.io import read_cache
from core.io.rawtable import RawTable
from core.io.readers import read_source
from core.model.loading import open_data_file
from core.model.study import study_to_json
from tests.conftest import SHARED_CORPUS

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of its own, with a count of hits and misses."""
    folder = tmp_path / "cache"
    read_cache.configure(folder)
    counts = {"hit": 0, "miss": 0}
    real = read_cache.load

    def counted(entry):
        found = real(entry)
        counts["hit" if found is not None else "miss"] += 1
        return found

    monkeypatch.setattr(read_cache, "load", counted)
    yield folder / read_cache.SUBFOLDER, counts
    read_cache.wait_for_writes()
    read_cache.configure(None)


def _read_twice(path: Path, **kwargs):
    first = read_source(path, **kwargs)
    read_cache.wait_for_writes()
    return first, read_source(path, **kwargs)


def _same_cell(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def assert_same_table(a: RawTable, b: RawTable) -> None:
    pd.testing.assert_frame_equal(a.data, b.data, check_exact=True)
    for column in a.data.columns:
        if a.data[column].dtype == object:
            pairs = zip(a.data[column].tolist(), b.data[column].tolist(), strict=True)
            assert all(_same_cell(x, y) for x, y in pairs), column
    for name in ("name", "header_row", "hidden", "notes", "variable_labels", "value_labels",
                 "missing_values", "missing_ranges"):
        assert getattr(a, name) == getattr(b, name), name
    for column, labels in a.value_labels.items():
        assert [type(k) for k in labels] == [type(k) for k in b.value_labels[column]]
    assert (a.source_rows is None) == (b.source_rows is None)
    if a.source_rows is not None:
        assert np.array_equal(a.source_rows, b.source_rows)


def _corpus_files(step: int) -> list[Path]:
    if not SHARED_CORPUS.is_dir():
        return []
    files = sorted(p for p in SHARED_CORPUS.rglob("*") if p.is_file()
                   and p.name != "MANIFEST.tsv")
    return files[::step]


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="the shared corpus is not here")
def test_corpus_files_come_back_from_the_cache_exactly_as_read(cache):
    _folder, counts = cache
    read_cache.MAX_ENTRIES, old = 10_000, read_cache.MAX_ENTRIES
    compared = 0
    try:
        for path in [*_corpus_files(3), RESOURCES / "sample_survey.xlsx"]:
            try:
                first, again = _read_twice(path)
            except Exception:  # refused files: nothing to cache
                continue
            assert first.notes == again.notes and first.sha256 == again.sha256
            for a, b in zip(first.tables, again.tables, strict=True):
                assert_same_table(a, b)
            compared += 1
    finally:
        read_cache.MAX_ENTRIES = old
    assert compared > 60
    assert counts["hit"] >= compared - 3  # nearly all of them were really cached


def test_mixed_cells_labels_and_rows_round_trip_with_their_python_types(cache):
    _folder, _ = cache
    cells = ["a", 1, 2.5, float("nan"), None, True, dt.date(2024, 1, 2),
             dt.datetime(2024, 1, 2, 3, 4, 5, 678), dt.time(7, 8, 9), dt.timedelta(days=2),
             "", False, 10**15, -0.0]
    data = pd.DataFrame({
        "mixed": pd.Series(cells, dtype=object),
        "text": pd.Series(["x", None] * 7, dtype=object),
        "nums": np.arange(14, dtype=np.int64),
        "float": np.linspace(0, 1, 14),
        "when": pd.date_range("2020-01-01", periods=14, freq="D").astype("datetime64[s]"),
        "str": pd.Series(["p", "q"] * 7, dtype="str"),
        "flag": [True, False] * 7,
    })
    table = RawTable(
        "Sheet 1", data, header_row=3, source_rows=np.arange(5, 19),
        variable_labels={"mixed": "Question one"},
        value_labels={"nums": {1: "one", 2.5: "two and a half", "x": "ex",
                               np.int64(3): "three", np.float64(4.0): "four"}},
        missing_values={"nums": [98, 99.0, "NA"]},
        missing_ranges={"float": [(0.9, 1.0)]}, hidden=True, notes=["kept the totals row"])
    assert read_cache.store("entry", [table], ["a reader note"], {"k": [1, "v"]})
    read_cache.wait_for_writes()
    back = read_cache.load("entry")
    assert back is not None and back.notes == ["a reader note"] and back.extra == {"k": [1, "v"]}
    assert_same_table(table, back.tables[0])


def test_a_cached_read_s_notes_still_read_in_the_interface_language(cache):
    """A reader note is a :class:`Message`: the cache keeps its template and values, so the
    import review says it in Vietnamese on a reopen too, not only on the first read (#13)."""
    from core.common.messages import Message, in_language, say

    note = say("Sheet rows {rows} look like notes under the table ('{quote}'); they were left "
               "out of the data.", rows="12–13", quote="Ghi chú")
    table = RawTable("Sheet 1", pd.DataFrame({"a": [1, 2]}), header_row=1, notes=[note])
    assert read_cache.store("said", [table], [note, "plain words"])
    read_cache.wait_for_writes()
    back = read_cache.load("said")
    assert back is not None and back.notes == [note, "plain words"]
    for again in (back.notes[0], back.tables[0].notes[0]):
        assert isinstance(again, Message) and again == note
        assert in_language(again, "vi") == in_language(note, "vi") != str(note)
    assert not isinstance(back.notes[1], Message)


def test_a_damaged_message_in_the_cache_is_kept_as_words():
    from core.common.messages import message_from_json, message_json, say

    said = message_json(say("{n} workers", n=3))
    assert message_from_json(said) == "3 workers"
    assert message_from_json({"template": "{n} workers", "values": {}}) == "{n} workers"
    assert message_from_json({"template": "{n.__class__}", "values": {"n": 1}}) == "<class 'int'>"
    assert message_from_json({"template": "{n.nothing}", "values": {"n": 1}}) == "{n.nothing}"
    assert message_from_json(["odd"]) == "['odd']"


@pytest.mark.parametrize("odd", [
    dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    10**30,
    pd.Timestamp("2024-01-01"),
    np.float32(1.5),
    b"bytes",
])
def test_a_table_the_cache_cannot_give_back_exactly_is_not_cached(cache, odd):
    folder, _ = cache
    table = RawTable("t", pd.DataFrame({"c": pd.Series(["a", odd], dtype=object)}))
    assert read_cache.store("odd", [table], []) is False
    read_cache.wait_for_writes()
    assert read_cache.load("odd") is None
    assert not (folder / "odd").exists()


def test_a_label_that_is_not_text_is_not_cached(cache):
    table = RawTable("t", pd.DataFrame({"c": [1, 2]}), value_labels={"c": {1: 5}})
    assert read_cache.store("lab", [table], []) is False


def test_a_reopened_workbook_is_read_from_the_cache_and_never_beside_the_file(cache, tmp_path):
    folder, counts = cache
    path = tmp_path / "data" / "survey.xlsx"
    path.parent.mkdir()
    shutil.copy(RESOURCES / "sample_survey.xlsx", path)
    first, again = _read_twice(path)
    assert counts == {"hit": 1, "miss": 1}
    for a, b in zip(first.tables, again.tables, strict=True):
        assert_same_table(a, b)
    assert sorted(p.name for p in path.parent.iterdir()) == ["survey.xlsx"]
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 1


def test_other_header_rows_a_changed_file_and_previews_are_not_served_from_it(cache, tmp_path):
    _folder, counts = cache
    path = tmp_path / "survey.xlsx"
    shutil.copy(RESOURCES / "sample_survey.xlsx", path)
    _read_twice(path)
    assert counts["hit"] == 1
    other_rows = read_source(path, header_rows={"Firms": 2})
    assert counts["hit"] == 1 and other_rows.table("Firms").header_row == 2
    preview = read_source(path, max_rows=5)  # a preview is never cached nor served
    assert counts["hit"] == 1 and preview.tables[0].n_rows == 5
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book["Firms"]
    sheet.cell(row=sheet.max_row, column=1, value="changed")
    book.save(path)
    changed = read_source(path)
    assert counts["hit"] == 1  # new content: a miss
    assert changed.table("Firms").data.iloc[-1, 0] == "changed"


def test_a_damaged_entry_is_deleted_and_the_file_read_again(cache, tmp_path):
    folder, _counts = cache
    path = tmp_path / "survey.csv"
    path.write_text("firm_id,wage\n1,100\n2,200\n", encoding="utf-8")
    first, _ = _read_twice(path)
    (entry,) = [p for p in folder.iterdir() if not p.name.startswith(".")]
    (entry / "t0.parquet").write_bytes(b"not parquet at all")
    again = read_source(path)
    assert_same_table(first.tables[0], again.tables[0])
    read_cache.wait_for_writes()
    assert (entry / "meta.json").is_file()  # written anew by that read
    assert read_cache.load(entry.name) is not None


def test_without_a_configured_folder_nothing_is_cached(tmp_path):
    read_cache.configure(None)
    path = tmp_path / "survey.csv"
    path.write_text("firm_id,wage\n1,100\n", encoding="utf-8")
    read_source(path)
    read_cache.wait_for_writes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["survey.csv"]


def test_the_oldest_entries_go_when_the_cache_is_full(cache, tmp_path, monkeypatch):
    folder, _ = cache
    monkeypatch.setattr(read_cache, "MAX_ENTRIES", 2)
    for i in range(4):
        path = tmp_path / f"s{i}.csv"
        path.write_text(f"firm_id,wage\n{i},100\n", encoding="utf-8")
        read_source(path)
        read_cache.wait_for_writes()
    assert len([p for p in folder.iterdir() if not p.name.startswith(".")]) == 2


def _plain_then_cached(cache, monkeypatch, open_it):
    """``open_it()`` without the cache, once to fill it, then once more counting the runs of
    core.model.layouts.restructure and the cache hits of that last open."""
    folder, counts = cache
    read_cache.configure(None)
    plain = open_it()
    read_cache.configure(folder.parent)
    open_it()
    read_cache.wait_for_writes()
    runs: list[int] = []
    real = loading.restructure
    monkeypatch.setattr(loading, "restructure", lambda *a, **k: runs.append(1) or real(*a, **k))
    before = counts["hit"]
    cached = open_it()
    return plain, cached, runs, counts["hit"] - before


def test_a_reopened_survey_is_restructured_from_the_cache_and_is_the_same(cache, tmp_path,
                                                                          monkeypatch):
    """A long worker file from which a firm table is derived: the second open takes the derived
    tables from the cache (core.model.layouts.restructure not run) and gives the same survey."""
    rng = np.random.default_rng(1)
    firms = np.repeat(np.arange(1, 21), 5)
    path = tmp_path / "long.csv"
    pd.DataFrame({
        "firm_id": firms, "country": np.where(firms % 2, "Vietnam", "Thailand"),
        "sector": np.where(firms % 3, "apparel", "electronics"),
        "worker_id": np.arange(1, 101), "monthly_wage": rng.integers(100, 900, 100),
        "gender": rng.choice(["male", "female"], 100)}).to_csv(path, index=False)
    plain, cached, runs, hits = _plain_then_cached(cache, monkeypatch,
                                                   lambda: open_data_file(path))
    assert runs == [] and hits >= 2  # the read and its restructuring
    pd.testing.assert_frame_equal(plain.survey.firms, cached.survey.firms)
    pd.testing.assert_frame_equal(plain.survey.workers, cached.survey.workers)
    where = tmp_path / "p.uex.json"
    assert study_to_json(plain.study, where) == study_to_json(cached.study, where)
    assert plain.kinds == cached.kinds
    assert [t.name for t in plain.sources[0].tables] == [t.name for t in cached.sources[0].tables]


def test_a_two_file_survey_is_restructured_from_the_cache_when_both_reads_are(cache, tmp_path,
                                                                              monkeypatch):
    """A project's firm and worker files: each file's restructuring (the other as context)
    comes from the cache when both reads do, and the survey is the same."""
    from core.model.loading import open_with_study
    from core.model.study import classify_tables, propose_study

    rng = np.random.default_rng(2)
    firms_csv, workers_csv = tmp_path / "firms.csv", tmp_path / "workers.csv"
    pd.DataFrame({"firm_id": np.arange(1, 31), "country": ["Vietnam", "Thailand"] * 15,
                  "sector": ["apparel", "electronics", "apparel"] * 10,
                  "employees": rng.integers(20, 900, 30)}).to_csv(firms_csv, index=False)
    pd.DataFrame({"worker_id": np.arange(1, 301), "firm_id": np.repeat(np.arange(1, 31), 10),
                  "monthly_wage": rng.integers(100, 900, 300),
                  "gender": rng.choice(["male", "female"], 300)}).to_csv(workers_csv,
                                                                          index=False)
    read_cache.configure(None)
    sources = [read_source(firms_csv), read_source(workers_csv)]
    tables = [t for s in sources for t in s.tables]
    study = propose_study(tables, firm_path=firms_csv, worker_path=workers_csv,
                          kinds=classify_tables(tables))
    plain, cached, runs, hits = _plain_then_cached(cache, monkeypatch,
                                                   lambda: open_with_study(study))
    assert runs == [] and hits == 4  # two reads, two restructurings
    pd.testing.assert_frame_equal(plain.survey.firms, cached.survey.firms)
    pd.testing.assert_frame_equal(plain.survey.workers, cached.survey.workers)
    assert plain.kinds == cached.kinds
    assert [f.to_json() for f in plain.survey.findings] == \
        [f.to_json() for f in cached.survey.findings]
