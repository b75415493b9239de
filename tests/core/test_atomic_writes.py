"""Every export is whole or not there (issue #15, items 8 and 14): core.common.atomic.

Unit checks of the writer (a failed write keeps the old file and leaves no temp file, a full disk
keeps the old file, permissions kept, read-only refused, orphans of killed writers removed), the
exports routed through it, and a few kill -9 trials per export kind (the full 50 per kind:
``python -m benchmarks.bench_kill_trials``).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core.common import atomic
from core.common.jsonfile import write_json_atomic, write_text_atomic
from core.export.table_export import export_table
from tests.core import kill_trials

POSIX = os.name == "posix"


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_failing_writer_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "results.xlsx"
    target.write_bytes(b"old workbook")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_bytes(b"half of a new one")
        raise RuntimeError("writer crashed")
    assert target.read_bytes() == b"old workbook"
    assert _temps(tmp_path) == []


def test_a_full_disk_keeps_the_old_file(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("a,b\n1,2\n", encoding="utf-8")

    class FullDisk:
        def __iter__(self):
            yield ["x", "y"]
            raise OSError(errno.ENOSPC, "No space left on device")

    frame = pd.DataFrame({"x": [1], "y": [2]})
    with pytest.raises(OSError) as info, atomic.atomic_open(target, "w") as fh:
        for row in FullDisk():
            fh.write(",".join(row) + "\n")
    assert info.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "a,b\n1,2\n"
    assert _temps(tmp_path) == []
    export_table(frame, target)  # and the next write works
    assert target.read_text(encoding="utf-8-sig").splitlines() == ["x,y", "1,2"]


def test_nothing_written_is_not_a_new_file(tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old chart")
    with pytest.raises(OSError), atomic.atomic_path(target):
        pass  # the writer (e.g. QImage.save) silently wrote nothing
    assert target.read_bytes() == b"old chart"
    assert _temps(tmp_path) == []


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_permissions_are_kept_and_new_files_are_not_private(tmp_path):
    shared = tmp_path / "shared.json"
    shared.write_text("{}", encoding="utf-8")
    os.chmod(shared, 0o664)
    write_json_atomic({"a": 1}, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    fresh = write_text_atomic("x\n", tmp_path / "new.py")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root may write read-only files")
def test_a_read_only_file_is_not_replaced(tmp_path):
    target = tmp_path / "study.uex.json"
    target.write_text('{"keep": true}', encoding="utf-8")
    os.chmod(target, 0o444)
    with pytest.raises(PermissionError):
        write_json_atomic({"keep": False}, target)
    assert json.loads(target.read_text(encoding="utf-8")) == {"keep": True}
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert _temps(tmp_path) == []


def test_a_read_only_file_is_refused_even_for_root(tmp_path, monkeypatch):
    """The check asks os.access, so it holds where the test above cannot run as root."""
    target = tmp_path / "t.json"
    target.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: False)
    with pytest.raises(PermissionError):
        write_json_atomic({"a": 1}, target)


@pytest.mark.skipif(not POSIX, reason="process ids of dead processes")
def test_orphans_of_a_killed_writer_are_removed_by_the_next_write(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    target = tmp_path / "results.json"
    orphan = tmp_path / f".results.json.{pid}.abc123.tmp"
    orphan.write_bytes(b"x" * 1000)
    other = tmp_path / f".other.json.{pid}.abc123.tmp"  # another target's: not ours to remove
    other.write_bytes(b"y")
    alive = tmp_path / f".results.json.{os.getppid()}.abc123.tmp"  # a writer still running
    alive.write_bytes(b"z")
    write_json_atomic({"a": 1}, target)
    assert not orphan.exists()
    assert other.exists() and alive.exists()


@pytest.mark.parametrize("kind", sorted(kill_trials.KINDS))
def test_killed_exports_leave_the_old_file_or_a_whole_new_one(kind, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("kill")
    result_file = kill_trials.make_result(scratch / "result.pickle") \
        if kind in ("workbook", "json", "report") else _frames_only(scratch / "frames.pickle")
    report = kill_trials.run_trials(kind, scratch, trials=2, result_file=result_file, seed=7)
    assert report.trials == 2
    assert report.broken == []
    assert report.orphans_after_clean_write == 0


def _frames_only(path: Path) -> Path:
    """The kinds that need no analysis get the frames and no result (saves 4 s per test)."""
    import pickle

    from tests.core.test_analysis import synthetic_survey

    firms, workers = synthetic_survey(n_firms=60, workers_per_firm=6, seed=3)
    path.write_bytes(pickle.dumps((firms, workers, None)))
    return path


def test_the_trial_detects_a_broken_file(tmp_path):
    """The check the trials rely on fails on a cut file (so a pass means something)."""
    good = tmp_path / "results.json"
    good.write_text('{"a": [1, 2, 3]}', encoding="utf-8")
    reference = good.read_bytes()
    assert kill_trials.whole("json", good, reference) == ""
    good.write_bytes(reference[:7])
    assert kill_trials.whole("json", good, reference) != ""
    book = tmp_path / "results.xlsx"
    export_table(pd.DataFrame({"a": range(500)}), book)
    assert kill_trials.whole("workbook", book) == ""
    book.write_bytes(book.read_bytes()[:-100])
    assert kill_trials.whole("workbook", book) != ""
