"""Drive the real window in this process (offscreen) and time what a user waits for.

Started by ``benchmarks/end_to_end.py`` as a fresh process per measurement; prints one JSON object.

    python benchmarks/window_timing.py FILE [--facet ROLE=VALUE] [--tabs]

Times are from process start (``UEX_BENCH_T0``, the parent's ``time.time()`` just before the
spawn) or from the user's action, until the window has painted the result (``grab()``):

- ``open_to_paint``: process start → the survey's tables painted (an import review that appears
  is accepted at once, as a user pressing OK would; its own time is reported apart);
  ``action_to_paint``: the same from File → Open in a window already up;
- ``facet_to_paint``: ticking the facet → the analysis of the new subset shown in the current tab
  and painted (``facet_to_settled``: until no background work is left, e.g. a bootstrap);
- ``facet_back_to_paint`` / ``facet_again_to_paint`` (``--facet-back``): unticking the facet
  (back to the whole survey) and ticking it once more → painted; both subsets were computed
  before, so these are the remembered results of ``core.analysis.result_memo`` (``--no-memo``:
  the same steps computed afresh, the baseline);
- ``first_switch_<tab>``: switching to a tab for the first time after that result → painted
  (``…_settled``: until its background work, e.g. the Outcomes comparison, has ended too);
- ``peak_rss_mb`` and ``frames_mb`` (the firm and worker frames the window holds, deep size).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    t0 = float(os.environ.get("UEX_BENCH_T0", time.time()))
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--facet", help="ROLE=VALUE to tick after opening")
    parser.add_argument("--tabs", action="store_true", help="time the first tab switches")
    parser.add_argument("--facet-back", action="store_true",
                        help="after --facet, untick it and tick it again (remembered results)")
    parser.add_argument("--no-memo", action="store_true",
                        help="compute every analysis afresh (core.analysis.result_memo off)")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)

    from core.io import isolation

    if args.no_memo:
        from core.analysis import result_memo

        result_memo.enable(False)
    isolation.start()  # as main.py does
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui.main_window import MainWindow
    from gui.survey_loader import load_for_window

    window = MainWindow(loader=load_for_window)
    window.resize(1280, 800)
    window.show()
    out: dict[str, float | str | None] = {}
    state = {"opened": None, "shown": 0}
    window.openFinished.connect(lambda ok: state.__setitem__("opened", ok))
    window.analysisShown.connect(lambda *_: state.__setitem__("shown", state["shown"] + 1))

    def wait(condition, what: str) -> None:
        deadline = time.monotonic() + args.timeout
        while not condition():
            app.processEvents()
            time.sleep(0.002)
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")

    review_seconds = 0.0
    action = time.time()
    window.open_path(args.file)

    def opened_or_review() -> bool:
        nonlocal review_seconds
        dialog = window.open_controller.import_dialog()
        if dialog is not None and dialog.isVisible():
            start = time.monotonic()
            dialog.accept()
            review_seconds += time.monotonic() - start
        return state["opened"] is not None

    wait(opened_or_review, "the file to open")
    if not state["opened"]:
        print(json.dumps({"error": "the file did not open"}))
        return 1
    tables = [window.findChild(QTableView, n) for n in ("firmsTable", "workersTable")]
    wait(lambda: any(t is not None and t.model().rowCount() > 0 for t in tables), "tables")
    window.grab()
    out["open_to_paint"] = time.time() - t0
    out["action_to_paint"] = time.time() - action
    out["review_accepted"] = review_seconds > 0
    out["rows"] = str([t.model().rowCount() for t in tables if t is not None])

    if args.facet or args.tabs:
        wait(lambda: state["shown"] > 0 and not window.analysis_controller.is_busy(),
             "the first analysis")
        window.grab()
        out["open_to_first_result"] = time.time() - t0
    if args.facet:
        role, value = args.facet.split("=", 1)
        before = state["shown"]
        start = time.perf_counter()
        window.subset_panel.set_value_checked(role, value, True)
        wait(lambda: state["shown"] > before, "the new subset's analysis")
        window.grab()
        out["facet_to_paint"] = time.perf_counter() - start
        wait(lambda: not window.analysis_controller.is_busy(), "background work to end")
        window.grab()
        out["facet_to_settled"] = time.perf_counter() - start
        for name, checked in (("facet_back", False), ("facet_again", True)):
            if not args.facet_back:
                break
            before = state["shown"]
            start = time.perf_counter()
            window.subset_panel.set_value_checked(role, value, checked)
            wait(lambda before=before: state["shown"] > before
                 and not window.analysis_controller.is_busy(),
                 f"{name}: the analysis")
            window.grab()
            out[f"{name}_to_paint"] = time.perf_counter() - start
    if args.tabs:
        for name in ("upgrading_view", "outcomes_view"):
            view = getattr(window, name)
            start = time.perf_counter()
            window.tabs.setCurrentWidget(view)
            app.processEvents()
            window.grab()
            out[f"first_switch_{name}"] = time.perf_counter() - start
            wait(lambda: not window.analysis_controller.is_busy(), f"{name} to settle")
            window.grab()
            out[f"first_switch_{name}_settled"] = time.perf_counter() - start
    frames = [window.firms_panel.model.frame(), window.workers_panel.model.frame()]
    out["frames_mb"] = sum(f.memory_usage(deep=True).sum() for f in frames) / 1e6
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    isolation.shutdown()  # reaped: its peak is the children's
    out["reader_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
