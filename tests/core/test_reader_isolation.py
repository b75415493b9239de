"""Workbooks and Stata/SPSS files parsed in the reader process (core.io.isolation, issue #15):
what comes back equals an in-process read, refusals keep their words, and a library that aborts,
crashes, runs out of memory or hangs ends only the reader process; the caller gets a plain-words
refusal naming the file and the next read works."""

from __future__ import annotations

import csv
import os
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from core.common.errors import FileRefusedError, PasswordProtectedError, ResourceLimitError
from core.io import isolation, readers
from core.io.readers import read_source
from tests.core import isolation_helpers as helpers

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLE = REPO / "resources" / "sample_survey.xlsx"
ISOLATED_KINDS = ("xlsx", "xlsm", "xlsb", "xls", "ods", "dta", "sav", "zsav", "por")


def _corpus_files() -> list[tuple[str, str]]:
    """Every refused file of the isolated kinds, and every fourth loadable one (by name)."""
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with open(manifest, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["kind"] in ISOLATED_KINDS]
    rows.sort(key=lambda r: r["file"])
    refused = [r for r in rows if r["expected"] == "refuse"]
    loaded = [r for r in rows if r["expected"] == "load"][::4]
    return [(r["file"], r["expected"]) for r in refused + loaded]


@pytest.fixture
def isolated():
    isolation.enable(True)
    yield
    isolation.enable(False)


def _outcome(path: Path):
    try:
        return read_source(path)
    except FileRefusedError as exc:
        return exc


def _assert_same(a, b) -> None:
    if isinstance(a, Exception) or isinstance(b, Exception):
        assert type(a) is type(b), (a, b)
        assert str(a) == str(b)
        return
    assert (a.kind, a.sha256, a.notes) == (b.kind, b.sha256, b.notes)
    assert [t.name for t in a.tables] == [t.name for t in b.tables]
    for x, y in zip(a.tables, b.tables, strict=True):
        pd.testing.assert_frame_equal(x.data, y.data)
        assert (x.header_row, x.hidden, x.notes, x.variable_labels, x.value_labels,
                x.missing_values, x.missing_ranges) == (
            y.header_row, y.hidden, y.notes, y.variable_labels, y.value_labels,
            y.missing_values, y.missing_ranges)
        assert (x.source_rows is None) == (y.source_rows is None)
        if x.source_rows is not None:
            assert list(x.source_rows) == list(y.source_rows)


@pytest.mark.skipif(not _corpus_files(), reason="the shared corpus is not beside the project")
def test_reads_in_the_reader_process_equal_in_process_reads(isolated, monkeypatch):
    pid = isolation.run(helpers.process_id)
    assert pid != os.getpid()  # really elsewhere
    seen = {"load": 0, "refuse": 0}
    for name, expected in [*_corpus_files(), ("sample", "load")]:
        path = SAMPLE if name == "sample" else CORPUS / name
        there = _outcome(path)
        monkeypatch.setenv(isolation.IN_PROCESS_ENV, "1")
        here = _outcome(path)
        monkeypatch.delenv(isolation.IN_PROCESS_ENV)
        _assert_same(there, here)
        assert isinstance(here, Exception) == (expected == "refuse"), (name, here)
        seen["refuse" if isinstance(here, Exception) else "load"] += 1
    assert seen["refuse"] >= 5 and seen["load"] >= 30, seen
    assert isolation.run(helpers.process_id) == pid  # one reader process served them all


@pytest.mark.parametrize("fault", [
    helpers.abort_now,
    pytest.param(helpers.crash_on_bad_pointer, marks=pytest.mark.skipif(
        sys.platform == "win32", reason="ctypes turns an access violation into OSError there")),
])
def test_a_library_crash_is_a_plain_refusal_and_the_next_read_works(isolated, monkeypatch,
                                                                     fault):
    first = isolation.run(helpers.process_id)
    monkeypatch.setattr(readers, "read_workbook", fault)
    started = time.monotonic()
    with pytest.raises(isolation.ReaderCrashedError) as caught:
        read_source(SAMPLE)
    assert time.monotonic() - started < 30
    words = str(caught.value)
    assert "sample_survey.xlsx" in words and "stopped unexpectedly" in words
    assert "nothing of it was kept" in words and "save a copy" in words
    assert "Traceback" not in words and "SIG" not in words
    monkeypatch.undo()
    again = read_source(SAMPLE)  # a fresh reader process
    assert [t.name for t in again.tables][:2] == ["Firms", "Workers"]
    assert isolation.run(helpers.process_id) != first


def test_library_output_on_stdout_does_not_garble_the_answer(isolated):
    value = {"rows": list(range(1000)), "text": "Nâng cấp quy trình"}
    assert isolation.run(helpers.print_noise_and_return, value) == value


def test_errors_come_back_as_raised(isolated):
    with pytest.raises(RuntimeError, match="OddError: 7: odd"):
        isolation.run(helpers.raise_odd_error)
    with pytest.raises(PasswordProtectedError) as caught:
        isolation.run(helpers.raise_refusal, "The file is locked", "a.xlsx", "Ask for the password")
    assert (caught.value.what, caught.value.where, caught.value.todo) == (
        "The file is locked", "a.xlsx", "Ask for the password")


@pytest.mark.skipif(sys.platform == "win32", reason="the address-space cap is POSIX only")
def test_a_runaway_allocation_ends_as_a_memory_refusal_not_a_dead_computer(isolated,
                                                                           monkeypatch):
    assert isolation.run(helpers.allocate, 50_000_000) == 50_000_000  # honest reads still fit
    monkeypatch.setattr(readers, "read_workbook", helpers.allocate_far_too_much)
    with pytest.raises(ResourceLimitError, match="too big to open"):
        read_source(SAMPLE)
    monkeypatch.undo()
    assert read_source(SAMPLE).tables


def test_cancel_stops_the_read_at_once_and_the_next_read_works(isolated):
    isolation.run(helpers.process_id)  # started and warm
    outcome: list[BaseException | float] = []

    def read() -> None:
        try:
            outcome.append(isolation.run(helpers.sleep, 120, where="big.xlsx"))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=read)
    thread.start()
    deadline = time.monotonic() + 20
    while not isolation.busy():
        assert time.monotonic() < deadline, "the read never started"
        time.sleep(0.05)
    assert isolation.cancel()
    thread.join(timeout=20)
    assert not thread.is_alive()
    assert isinstance(outcome[0], isolation.ReadCancelledError)
    assert "cancelled" in str(outcome[0]) and "big.xlsx" in str(outcome[0])
    assert isolation.run(helpers.sleep, 0) == 0


def test_reads_stay_in_process_unless_enabled(monkeypatch):
    assert not isolation.enabled()
    assert isolation.run(helpers.process_id) == os.getpid()
    isolation.enable(True)
    try:
        monkeypatch.setenv(isolation.IN_PROCESS_ENV, "1")
        assert isolation.run(helpers.process_id) == os.getpid()
    finally:
        isolation.enable(False)
