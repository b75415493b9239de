"""Hostile files (issue #15): each is refused in plain words or loaded, within 10 s and 1 GB.

Every file of ``tests/core/hostile_files.HOSTILE`` is opened through ``read_source`` in a child
process whose address space is capped at 1 GB (``RLIMIT_AS``): before #15 several of them
aborted the process (exit 134) or took minutes and gigabytes. The child must never be killed by a
signal, must answer within the time limit, and must give the expected outcome; refusals are one
plain paragraph naming the file. A few go through ``python main.py inspect`` as well (exit 2, one
paragraph, no traceback). The limits themselves (csv field size restored, record limits, the
budget setting, the RE2 patterns that vet a sheet's cells) are tested in-process below.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from core.common.errors import FileRefusedError, ResourceLimitError, UnreadableFileError
from core.io import limits, preflight, readers
from core.io.readers import read_source
from tests.core import hostile_files as H

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 1 << 30
TIME_LIMIT = 10.0

CHILD = r"""
import json, resource, sys, time
cap = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
sys.path.insert(0, sys.argv[3])
from core.common.errors import UserFacingError
from core.io.readers import read_source
start = time.perf_counter()
try:
    source = read_source(sys.argv[1])
    out = {"outcome": "load", "shapes": [list(t.data.shape) for t in source.tables]}
except UserFacingError as exc:
    out = {"outcome": "refuse", "message": exc.message, "type": type(exc).__name__}
out["seconds"] = time.perf_counter() - start
print(json.dumps(out))
"""

CLI = r"""
import resource, runpy, sys
cap = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
sys.path.insert(0, sys.argv[3])
sys.argv = ["main.py", "inspect", sys.argv[1]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for item in H.HOSTILE.values():
        item.build(folder / item.filename)
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != limits.BUDGET_ENV}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run_child(path: Path) -> tuple[subprocess.CompletedProcess, dict]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(MEMORY_CAP), str(ROOT)],
                          capture_output=True, text=True, timeout=TIME_LIMIT + 30, cwd=ROOT,
                          env=_env())
    assert proc.returncode >= 0, f"killed by signal {-proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc, json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", list(H.HOSTILE))
def test_hostile_file_is_refused_or_loaded_within_limits(name, hostile_dir):
    item = H.HOSTILE[name]
    path = hostile_dir / item.filename
    proc, out = _run_child(path)
    assert out["seconds"] < TIME_LIMIT, out
    assert "Traceback" not in proc.stderr, proc.stderr
    if item.expect != "either":
        assert out["outcome"] == item.expect, out
    if out["outcome"] == "refuse":
        message = out["message"]
        assert "\n" not in message
        assert item.filename in message
        assert not message.startswith("The file is damaged or incomplete"), message
        if item.words:
            assert re.search(item.words, message, re.IGNORECASE), message
        assert out["type"] != "FileRefusedError" or "entities" in message or "2 GB" in message
    else:
        assert out["shapes"], out


CLI_CASES = ["far_cell", "sheet_bomb", "ods_repeat_under_cap", "xls_huge_dimensions",
             "csv_million_columns", "fifo", "dev_zero"]


@pytest.mark.parametrize("name", CLI_CASES)
def test_inspect_refuses_hostile_file_in_one_paragraph(name, hostile_dir):
    item = H.HOSTILE[name]
    proc = subprocess.run([sys.executable, "-c", CLI, str(hostile_dir / item.filename),
                           str(MEMORY_CAP), str(ROOT)], capture_output=True, text=True,
                          timeout=TIME_LIMIT + 30, cwd=ROOT, env=_env())
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    text = (proc.stdout + proc.stderr).strip()
    assert "Traceback" not in text
    assert "\n" not in text, text
    assert re.search(item.words, text, re.IGNORECASE), text


# --- in-process checks of the limits --------------------------------------------------------------

def test_csv_field_size_limit_is_restored_and_never_raised_globally(tmp_path):
    """The first csv used to raise the process-wide limit to 1 GB for every later file."""
    before = csv.field_size_limit()
    try:
        csv.field_size_limit(50_000)
        source = read_source(H.csv_big_cell(tmp_path / "big.csv", 200_000))
        assert source.tables[0].n_rows == 3
        assert len(source.tables[0].data["comment"][0]) >= 199_000
        assert csv.field_size_limit() == 50_000
    finally:
        csv.field_size_limit(before)


def test_one_line_csv_is_refused_while_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 3 << 20)
    path = H.csv_one_line(tmp_path / "one.csv", 5_000_000)
    with pytest.raises(ResourceLimitError, match=r"Line 1 of the text runs for more than 3\.1 MB"):
        read_source(path)


def test_long_line_after_short_ones_names_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 3 << 20)
    path = tmp_path / "late.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 300_000 + b"3," + b"x" * 4_000_000 + b"\n")
    with pytest.raises(ResourceLimitError, match=r"Line 300,002 of the text"):
        read_source(path)


def test_giant_quoted_field_names_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FIELD_CHARS", 1 << 20)
    path = H.csv_quoted_giant_field(tmp_path / "quoted.csv", 3_000_000)
    with pytest.raises(ResourceLimitError,
                       match=r"Line 2 holds a value of more than 1,048,576 characters"):
        read_source(path)


def test_many_short_quoted_fields_over_lines_make_a_record_too_long(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1 << 20)
    path = tmp_path / "record.csv"
    path.write_text("a,b\n1,2\n" + ('"' + "x" * 100 + '\n",') * 12_000 + "\n")
    with pytest.raises(ResourceLimitError, match=r"record starting on line 3 is longer"):
        read_source(path)


def test_wide_csv_below_the_column_limit_loads(tmp_path):
    source = read_source(H.csv_wide(tmp_path / "wide.csv", 3_000, 3))
    assert source.tables[0].n_columns == 3_000


def test_locked_file_says_it_cannot_be_read(tmp_path, monkeypatch):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"PK\x03\x04 whatever")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers, "open", locked, raising=False)
    with pytest.raises(UnreadableFileError) as info:
        read_source(path)
    message = str(info.value)
    assert "cannot be read (permission denied" in message
    assert "damaged" not in message
    assert "locked" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_file_without_read_permission_says_so(tmp_path):
    path = tmp_path / "private.csv"
    path.write_text("a,b\n1,2\n")
    path.chmod(0)
    with pytest.raises(UnreadableFileError, match="permission denied"):
        read_source(path)


def test_folder_is_still_a_folder(tmp_path):
    with pytest.raises(FileRefusedError, match="This is a folder"):
        read_source(tmp_path)


def test_budget_setting_and_environment(monkeypatch):
    monkeypatch.delenv(limits.BUDGET_ENV, raising=False)
    assert limits.parse_size("8G") == 8 * 1024**3
    assert limits.parse_size("1500 MB") == 1500 * 1024**2
    assert limits.parse_size("12345") == 12345
    assert limits.parse_size("lots") is None
    default = limits.memory_budget()
    assert limits.MIN_BUDGET // 4 <= default <= limits.DEFAULT_BUDGET
    monkeypatch.setenv(limits.BUDGET_ENV, "300M")
    assert limits.memory_budget() <= 300 * 1024**2
    limits.set_memory_budget(100 * 1024**2)
    try:
        assert limits.memory_budget() <= 100 * 1024**2
    finally:
        limits.set_memory_budget(None)


def test_small_budget_refuses_a_normal_sheet_and_says_how_to_raise_it(tmp_path):
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>'
                   for r in range(1, 2001))
    path = H.write_xlsx(tmp_path / "normal.xlsx", rows, "A1:B2000")
    assert read_source(path).tables[0].n_rows == 2000
    limits.set_memory_budget(1)  # raised to MIN_BUDGET: 64 MB
    try:
        far = H.write_xlsx(tmp_path / "wide.xlsx", rows + '<row r="2001"><c r="ZZ2001"><v>1</v>'
                           "</c></row>", "A1:ZZ2001")
        with pytest.raises(ResourceLimitError, match=limits.BUDGET_ENV):
            read_source(far)
    finally:
        limits.set_memory_budget(None)


def _re2_matches(strings: list[str], pattern: str) -> list[bool]:
    arr = pa.array(strings, type=pa.binary())
    return pc.match_substring_regex(arr, pattern=f"^(?:{pattern})").to_pylist()


@pytest.mark.parametrize("bound", [1, 9, 10, 99, 100, 101, 1999, 100001, 1048576])
def test_greater_digits_pattern_matches_exactly_the_larger_numbers(bound):
    rng = random.Random(bound)
    candidates = sorted({*range(1, 2100), *(rng.randrange(1, 3_000_000) for _ in range(3000)),
                         bound - 1, bound, bound + 1} - {0})
    got = _re2_matches([f"{n}\"" for n in candidates], preflight._greater_digits(str(bound)))
    assert got == [n > bound for n in candidates]
    assert _re2_matches(["01\"", "007\""], preflight._greater_digits(str(bound))) == [True, True]


@pytest.mark.parametrize("bound", [1, 2, 26, 27, 40, 52, 702, 703, 16384])
def test_greater_letters_pattern_matches_exactly_the_later_columns(bound):
    candidates = [*range(1, 20_000, 7), bound - 1, bound, bound + 1, 16384]
    candidates = [c for c in candidates if c >= 1]
    refs = [preflight.col_letters(c) + "1" for c in candidates]
    refs_lower = [r.lower() for r in refs]
    pattern = preflight._greater_letters(preflight.col_letters(bound))
    assert _re2_matches(refs, pattern) == [c > bound for c in candidates]
    assert _re2_matches(refs_lower, pattern) == [c > bound for c in candidates]


def test_declared_grid_is_trusted_only_when_no_cell_contradicts_it(tmp_path):
    """The fast check and the cell-by-cell placement agree on a sheet they both can read."""
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="C{r}"><v>1</v></c></row>'
                   for r in range(1, 301))
    for dimension, expect_rows in (("A1:C300", 300), (None, 300), ("A1:B2", 300)):
        path = H.write_xlsx(tmp_path / f"d{expect_rows}{dimension}.xlsx".replace(":", ""), rows,
                            dimension)
        check = preflight.check_workbook(path, "xlsx")
        grid = check.grids["Data"]
        assert (grid.rows, grid.columns) == (expect_rows, 3)


def test_xlsx_error_cells_are_still_flagged_by_the_preflight(tmp_path):
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row r="2"><c r="A2" t="e"><v>#N/A</v></c></row>'
            '<row r="3"><c r="A3"><f>1/0</f></c></row><row r="4"><c r="A4"><v>4</v></c></row>')
    path = H.write_xlsx(tmp_path / "flags.xlsx", rows, "A1:A4")
    check = preflight.check_workbook(path, "xlsx")
    assert check.flags["Data"].errors == [("A2", "#N/A")]
    assert check.flags["Data"].uncached == ["A3"]


def _xlsb_record(rtype: int, data: bytes) -> bytes:
    head = bytes([rtype]) if rtype < 0x80 else bytes([(rtype & 0x7F) | 0x80, rtype >> 7])
    size, out = len(data), b""
    while True:
        byte = size & 0x7F
        size >>= 7
        out += bytes([byte | (0x80 if size else 0)])
        if not size:
            break
    return head + out + data


def test_xlsb_records_are_placed_by_row_header_and_column():
    import struct

    def real(col: int) -> bytes:  # BrtCellReal: column, style, value
        return _xlsb_record(0x0005, struct.pack("<IId", col, 0, 1.0))

    sheet = (_xlsb_record(0x0000, struct.pack("<I", 0) + b"\0" * 10) + real(0) + real(1)
             + _xlsb_record(0x0094, b"\0" * 16)  # some other record (BrtWsDim) is skipped
             + _xlsb_record(0x0000, struct.pack("<I", 4999) + b"\0" * 10) + real(16383)
             + _xlsb_record(0x0092, b""))
    pieces = [sheet[i:i + 7] for i in range(0, len(sheet), 7)]  # records split across chunks
    grid = preflight._xlsb_grid("t.xlsb", "Sheet1", iter(pieces), 10**9)
    assert (grid.rows, grid.columns, grid.parsed_cells, grid.far_ref) == (5000, 16384, 3,
                                                                          "XFD5000")
