"""Whole processes against a baseline tree, in the same run (issue #14's "side by side").

    git worktree add /tmp/before <commit>
    .venv/bin/python -m benchmarks.process_ab /tmp/before \\
        "analyze resources/sample_survey.uex.json" "inspect tests/data/deliveries/kobo_vn_repeat.xlsx"

Each command runs as ``python main.py <command>`` in the baseline tree and in this one,
alternating, ``--runs`` times each (default 3); the wall clock from spawn to exit is printed for
every run, with the medians. The baseline uses this tree's virtual environment, so only the code
differs. Paths in the commands are read from inside each tree (give absolute paths to files
outside it).
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def timed(tree: Path, command: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(tree / "main.py"), *shlex.split(command)], cwd=tree,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("commands", nargs="+", help='main.py arguments, e.g. "analyze FILE"')
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print("| command | now (s) | baseline (s) | median now / baseline |")
    print("|---|---|---|---|")
    for command in args.commands:
        now, before = [], []
        for _ in range(args.runs):
            before.append(timed(args.baseline.resolve(), command))
            now.append(timed(HERE, command))
        print(f"| `{command}` | {' / '.join(f'{t:.2f}' for t in now)} | "
              f"{' / '.join(f'{t:.2f}' for t in before)} | "
              f"{statistics.median(now):.2f} / {statistics.median(before):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
