"""Open the sample survey in the analysis views without the main window, time them, and save
screenshots (1280×800) of each view on the whole sample and on the Vietnam-electronics subset.

    QT_QPA_PLATFORM=offscreen python benchmarks/demo_views.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str = "/tmp/shots/issue5") -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from core.analysis.subset import Subset
    from core.project.opening import open_survey
    from gui.controllers.analysis_controller import run_analysis_tagged
    from gui.views.chart_builder import ChartBuilder
    from gui.views.matrix_view import MatrixView
    from gui.views.outcomes_view import OutcomesView
    from gui.views.upgrading_view import UpgradingView

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    survey = open_survey(ROOT / "resources" / "sample_survey.uex.json").survey
    subsets = {
        "sample": Subset(),
        "vn_electronics": Subset(firms={"country": ["Vietnam"], "sector": ["electronics"]}),
    }
    for tag, subset in subsets.items():
        t0 = time.perf_counter()
        result = run_analysis_tagged(survey.firms, survey.workers, subset=subset)
        print(f"{tag}: run_analysis {time.perf_counter() - t0:.2f} s")
        views = {
            "upgrading": UpgradingView(),
            "outcomes": OutcomesView(),
            "matrix": MatrixView(),
            "builder": ChartBuilder(),
        }
        for name, view in views.items():
            view.resize(1280, 800)
            view.show()
            t0 = time.perf_counter()
            view.set_result(result)
            if isinstance(view, OutcomesView):
                view.runner.wait()
                app.processEvents()
            app.processEvents()
            print(f"  {name}: set_result {time.perf_counter() - t0:.2f} s")
            view.grab().save(str(out / f"{tag}_{name}.png"))
        up = views["upgrading"]
        for i, suffix in ((1, "combinations"), (2, "bargaining")):
            up.chart_tabs.setCurrentIndex(i)
            app.processEvents()
            up.grab().save(str(out / f"{tag}_upgrading_{suffix}.png"))
        up.chart_tabs.setCurrentIndex(0)
        up.set_split("country")
        app.processEvents()
        up.grab().save(str(out / f"{tag}_upgrading_by_country.png"))
        up.rule_editor.set_threshold("product", 2, 10.0)
        app.processEvents()
        up.grab().save(str(out / f"{tag}_upgrading_rule_preview.png"))
        oc = views["outcomes"]
        oc.set_breakdown("skill_group")
        oc.runner.wait()
        app.processEvents()
        oc.grab().save(str(out / f"{tag}_outcomes_by_skill.png"))
        oc.set_breakdown("none")
        oc.set_outcome("monthly_wage")
        oc.runner.wait()
        app.processEvents()
        oc.grab().save(str(out / f"{tag}_outcomes_wage.png"))
        mv = views["matrix"]
        mv.set_breakdown("skill_group", "technician")
        app.processEvents()
        mv.grab().save(str(out / f"{tag}_matrix_technicians.png"))
        cb = views["builder"]
        for kind in ("box", "histogram", "scatter"):
            cb.configure(kind=kind, variable="wage_to_minimum", group="sector")
            app.processEvents()
            cb.grab().save(str(out / f"{tag}_builder_{kind}.png"))
        up.shares_chart.export_png(out / f"{tag}_shares_export.png")
        up.shares_chart.export_svg(out / f"{tag}_shares_export.svg")
        for view in views.values():
            if hasattr(view, "shutdown"):
                view.shutdown()
            view.close()
            view.deleteLater()
        app.processEvents()
    print(f"Screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
