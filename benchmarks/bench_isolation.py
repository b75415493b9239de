"""What parsing in the reader process costs (core.io.isolation, issue #15), as the user waits.

For each file, ``read_source`` end to end, median of ``--repeat`` runs, side by side in one run:
in this process, and in the (warm) reader process, which adds the hand-back of the tables
(one pickle through a private temporary file). Also the reader process's cold start (its
imports), which the window and ``main.py`` overlap with their own start-up.

Run: ``.venv/bin/python -m benchmarks.bench_isolation [--rows 1000000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.run import as_file_frame, make_firms, make_workers, write_xlsx
from core.io import isolation
from core.io.readers import read_source


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the .dta file")
    parser.add_argument("--xlsx-rows", type=int, default=100_000, help="rows of the .xlsx file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    firms = make_firms(10_000, rng)
    with tempfile.TemporaryDirectory(prefix="uex-bench-iso-") as tmp:
        files = []
        xlsx = Path(tmp, f"workers_{args.xlsx_rows}.xlsx")
        write_xlsx(as_file_frame(make_workers(args.xlsx_rows, firms["firm_id"].to_numpy(), rng)),
                   xlsx)
        files.append(xlsx)
        dta = Path(tmp, f"workers_{args.rows}.dta")
        frame = as_file_frame(make_workers(args.rows, firms["firm_id"].to_numpy(), rng))
        frame.to_stata(dta, write_index=False, version=118)
        files.append(dta)
        del frame
        isolation.enable(True)
        start = time.perf_counter()
        isolation.run(os.getpid)
        cold = time.perf_counter() - start
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
              f"pandas {pd.__version__}")
        print(f"reader process cold start (imports, first answer): {cold:.2f} s "
              "(the window and main.py start it in the background)\n")
        print("| file | in this process | in the reader process | ratio | hand-back |")
        print("|---|---|---|---|---|")
        for path in files:
            os.environ[isolation.IN_PROCESS_ENV] = "1"
            here = _median(lambda p=path: read_source(p), args.repeat)
            del os.environ[isolation.IN_PROCESS_ENV]
            there = _median(lambda p=path: read_source(p), args.repeat)
            mb = path.stat().st_size / 1e6
            print(f"| {path.name} ({mb:.0f} MB) | {here:.2f} s | {there:.2f} s | "
                  f"{there / here:.2f}× | {there - here:+.2f} s |", flush=True)
        isolation.enable(False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
