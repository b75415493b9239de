"""Kill -9 trials on every export (issue #15, item 8): the file is the old one or a whole new one.

A child process computes a small analysis once, writes one export kind to the target, says
``ready`` and then rewrites the target in a loop; the parent kills it with SIGKILL at a random
moment inside a write and checks that the target still opens as that kind of file. Temp files a
killed writer leaves are counted; the next write to the same target removes them
(core.common.atomic.remove_orphans).

Used by ``tests/core/test_atomic_writes.py`` (a few trials per kind) and by
``benchmarks/bench_kill_trials.py`` (50 per kind, the audit's figure).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

KINDS = {
    "workbook": "results.xlsx",
    "json": "results.json",
    "csv": "table.csv",
    "table_xlsx": "table.xlsx",
    "script": "analysis.py",
    "report": "report.docx",
    "project": "study.uex.json",
}

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[3])
from tests.core.kill_trials import writer
write = writer(sys.argv[1], sys.argv[2], sys.argv[4])
write()
print("ready", flush=True)
while True:
    write()
"""


def make_result(path: Path) -> Path:
    """Compute the analysis the writers export once and pickle it (a child then starts in a
    second instead of recomputing bootstraps)."""
    import pickle

    from core.analysis.pipeline import run_analysis
    from tests.core.test_analysis import synthetic_survey

    firms, workers = synthetic_survey(n_firms=60, workers_per_firm=6, seed=3)
    path.write_bytes(pickle.dumps((firms, workers, run_analysis(firms, workers))))
    return path


def writer(kind: str, target: str, result_file: str):
    """A function writing export ``kind`` to ``target`` (big enough that a write takes time)."""
    import pickle

    firms, workers, result = pickle.loads(Path(result_file).read_bytes())
    path = Path(target)
    if kind == "workbook":
        from core.export.results_export import write_results_xlsx
        return lambda: write_results_xlsx(result, path)
    if kind == "json":
        from core.export.results_export import write_results_json
        return lambda: write_results_json(result, path)
    if kind in ("csv", "table_xlsx"):
        import pandas as pd

        from core.export.table_export import export_table
        big = pd.concat([workers] * 4, ignore_index=True)
        return lambda: export_table(big, path)
    if kind == "script":
        from core.export.script_export import write_analysis_script
        return lambda: write_analysis_script(path, "survey.xlsx", subset={"firms": {"country": ["Vietnam"]}})
    if kind == "report":
        from core.export.report_docx import write_report
        return lambda: write_report(result, path, charts={})
    if kind == "project":
        from core.common.jsonfile import write_json_atomic
        data = {"format": "uex", "firms": firms.head(200).to_dict("list")}
        return lambda: write_json_atomic(data, path)
    raise ValueError(kind)


TEXT_KINDS = ("json", "csv", "script", "project")
"""Kinds whose every write is byte-identical: a complete file equals the first one written."""


def whole(kind: str, path: Path, reference: bytes | None = None) -> str:
    """'' when ``path`` opens as a complete file of ``kind`` (for a text kind: equals
    ``reference``, the same export written without interruption), else what is wrong."""
    if not path.exists():
        return "missing"
    if kind in TEXT_KINDS and reference is not None and path.read_bytes() != reference:
        return f"differs from a complete write ({path.stat().st_size} of {len(reference)} bytes)"
    try:
        if kind in ("workbook", "table_xlsx", "report"):
            with zipfile.ZipFile(path) as zf:
                bad = zf.testzip()
            if bad:
                return f"corrupt member {bad}"
            if kind != "report":
                import openpyxl
                openpyxl.load_workbook(path, read_only=True).close()
            else:
                import docx
                docx.Document(str(path))
        elif kind in ("json", "project"):
            json.loads(path.read_text(encoding="utf-8"))
        elif kind == "csv":
            if not path.read_text(encoding="utf-8-sig").endswith("\n"):
                return "cut short"
        elif kind == "script":
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
    except Exception as exc:  # any failure to open is the finding
        return f"{type(exc).__name__}: {exc}"
    return ""


def orphans(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


@dataclass
class TrialReport:
    kind: str
    trials: int = 0
    broken: list[str] = field(default_factory=list)
    orphans_seen: int = 0
    orphans_after_clean_write: int = 0
    write_seconds: float = 0.0


def _start(kind: str, target: Path, result_file: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", OMP_NUM_THREADS="1",
               OPENBLAS_NUM_THREADS="1")
    return subprocess.Popen([sys.executable, "-c", CHILD, kind, str(target), str(ROOT),
                             str(result_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env=env)


def _time_one_write(kind: str, target: Path, result_file: Path) -> float:
    write = writer(kind, str(target), str(result_file))
    write()
    start = time.perf_counter()
    write()
    return time.perf_counter() - start


def run_trials(kind: str, folder: Path, trials: int, result_file: Path, seed: int = 0
               ) -> TrialReport:
    """``trials`` kills of a writer of ``kind`` in ``folder``; what was found after each.
    ``result_file``: from :func:`make_result`."""
    rng = random.Random(seed)
    target = folder / KINDS[kind]
    report = TrialReport(kind)
    report.write_seconds = _time_one_write(kind, target, result_file)
    reference = target.read_bytes()
    for _ in range(trials):
        child = _start(kind, target, result_file)
        try:
            line = child.stdout.readline()
            if line.strip() != "ready":
                raise RuntimeError(f"{kind} writer did not start: {child.stderr.read()[-2000:]}")
            time.sleep(rng.uniform(0, 1.5 * report.write_seconds))
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait(timeout=30)
            child.stdout.close()
            child.stderr.close()
        report.trials += 1
        problem = whole(kind, target, reference)
        if problem:
            report.broken.append(problem)
        report.orphans_seen += len(orphans(target))
    writer(kind, str(target), str(result_file))()
    report.orphans_after_clean_write = len(orphans(target))
    return report


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--kind", action="append", choices=sorted(KINDS))
    args = parser.parse_args(argv)
    failed = 0
    print(f"{'export':<12} {'trials':>6} {'broken':>6} {'orphans seen':>12} "
          f"{'left after a clean write':>24} {'one write':>10}")
    with tempfile.TemporaryDirectory() as scratch:
        result_file = make_result(Path(scratch) / "result.pickle")
        reports = []
        for kind in args.kind or list(KINDS):
            folder = Path(scratch) / kind
            folder.mkdir()
            reports.append(run_trials(kind, folder, args.trials, result_file))
    for r in reports:
        failed += len(r.broken) + r.orphans_after_clean_write
        print(f"{r.kind:<12} {r.trials:>6} {len(r.broken):>6} {r.orphans_seen:>12} "
              f"{r.orphans_after_clean_write:>24} {r.write_seconds * 1000:>8.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
