"""Kill -9 trials on every export (issue #15, item 8): 50 per kind by default.

    python -m benchmarks.bench_kill_trials [--trials 50] [--kind workbook ...]

Each trial starts a writer that rewrites one export in a loop and kills it with SIGKILL at a
random moment; the target must open as a whole file afterwards, and the temp files killed writers
leave must be gone after the next clean write. Prints one row per export kind. The machinery is
``tests/core/kill_trials.py`` (the test suite runs two trials per kind with it).
"""

from __future__ import annotations

from tests.core.kill_trials import main

if __name__ == "__main__":
    raise SystemExit(main())
