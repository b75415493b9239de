"""Whole `inspect` processes as the user waits, beside a raw read and an older tree, same run.

    .venv/bin/python benchmarks/bench_inspect.py [--rows 100000] [--repeat 5] [--base DIR]

Writes a 100k-row × 40-column worker survey as xlsx and csv (benchmarks/run.py's generator),
then times, from process start to exit, each as the median of ``--repeat`` runs:
- ``python main.py inspect FILE --json`` of this tree (read, header rows, classification, the
  mapping, the link found from the data, pairs, layouts, the survey and its validation);
- the same command of ``--base DIR`` (another checkout, e.g. before a change), if given;
- a process that only does the raw read (fastexcel for xlsx, pandas for csv): DESIGN.md's
  baseline ("≤ 1.3× a process that only does the raw fastexcel read").
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import as_file_frame, make_firms, make_workers, write_xlsx

REPO = Path(__file__).resolve().parents[1]
RAW = {
    "xlsx": "import fastexcel, sys; fastexcel.read_excel(sys.argv[1]).load_sheet(0).to_pandas()",
    "csv": "import pandas, sys; pandas.read_csv(sys.argv[1])",
}


def timed(cmd: list[str], cwd: Path, repeat: int) -> float:
    """Median wall time of a whole process (start to exit)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed in {cwd}:\n{done.stderr[-2000:]}")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--base", type=Path, help="another checkout to time beside this one")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(7)
    firms = make_firms(max(args.rows // 100, 10), rng)
    frame = as_file_frame(make_workers(args.rows, firms["firm_id"].to_numpy(), rng))
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        files = {"xlsx": Path(tmp) / "workers.xlsx", "csv": Path(tmp) / "workers.csv"}
        write_xlsx(frame, files["xlsx"])
        frame.to_csv(files["csv"], index=False)
        print(f"{args.rows:,} rows × {frame.shape[1]} columns; median of {args.repeat} "
              "whole processes")
        for kind, path in files.items():
            raw = timed([py, "-c", RAW[kind], str(path)], REPO, args.repeat)
            ours = timed([py, "main.py", "inspect", str(path), "--json"], REPO, args.repeat)
            line = (f"  inspect {kind}: {ours:6.2f} s   raw read process {raw:6.2f} s "
                    f"(× {ours / raw:.2f})")
            if args.base:
                base = timed([py, "main.py", "inspect", str(path), "--json"], args.base,
                             args.repeat)
                line += f"   base tree {base:6.2f} s (this tree × {ours / base:.2f})"
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
