"""Exports: the rows a table shows, the results workbook (every table, the subset, the rules,
where the data came from, the charts), and the analysis as a Python script.

What is written is what the views show: the workbook waits until every view has the latest
analysis and nothing is computing. Workshop mode writes no individual firm (no firms table, no
firm ids, no firm list in the workbook).
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog

from core.common.atomic import atomic_path
from gui import i18n
from gui.charts import Chart
from gui.error_dialog import format_details, plain_message, write_failure

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.table_view import TablePanel

HIDDEN_CHART_SIZE = (960, 600)
"""Size at which a chart never shown (its tab not opened yet) is drawn for the workbook."""


class ExportController(QObject):
    """Table, results-workbook and script exports of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- the rows a table shows --------------------------------------------------------------------

    def export_table(self, panel: TablePanel | None) -> Path | None:
        """Export the rows shown (in workshop mode: never the firms table, never firm ids)."""
        window = self.window
        if panel is None or not len(panel.model.frame().columns):
            return None
        if window.workshop_mode() and panel is window.firms_panel:
            return None
        noun = "firms" if panel is window.firms_panel else "workers"
        suggested = str(Path(window.last_dir() or ".")
                        / f"{window.survey_title() or 'survey'} - {noun}.xlsx")
        path = panel.choose_export_path(suggested)
        if path is None:
            return None
        try:
            n = self._export_rows(panel, path, noun.capitalize())
        except Exception as error:
            text, todo = write_failure(error, path.name) or (
                plain_message(error) or self.tr("The rows could not be exported."), "")
            window.show_error(self.tr("Could not export"), text, todo, format_details(error))
            return None
        window.statusBar().showMessage(
            self.tr("Saved {n} rows to {name}").format(n=f"{n:,}", name=path.name), 8000)
        return path

    def _export_rows(self, panel: TablePanel, path: Path, sheet_name: str) -> int:
        if not self.window.workshop_mode():
            return panel.export_visible(path, sheet_name=sheet_name)
        from core.export.table_export import export_table

        model = panel.model
        hidden = self.window.firm_id_columns()
        columns = [model.column_name(c) for c in panel.view.visible_columns()]
        labels = model.value_labels() if model.show_value_labels() else None
        return export_table(model.frame(), path, rows=model.visible_rows(),
                            columns=[c for c in columns if str(c) not in hidden],
                            value_labels=labels, sheet_name=sheet_name)

    # -- results workbook --------------------------------------------------------------------------

    def suggested(self, suffix: str) -> str:
        window = self.window
        project_path = window.project_path()
        stem = (project_path.name.removesuffix(".uex.json") if project_path
                else window.survey_title() or "survey")
        return str(Path(window.last_dir() or ".") / f"{stem}{suffix}")

    def choose_results_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export results workbook"), self.suggested(" - results.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def choose_report_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export report"), self.suggested(" - report.docx"),
            self.tr("Word document (*.docx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def choose_script_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export analysis as Python script"),
            self.suggested(" analysis.py"), self.tr("Python script (*.py)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".py" else path.with_name(path.name + ".py")

    def about_results(self) -> dict[str, Any]:
        """Provenance for the results workbook's About sheet."""
        window = self.window
        survey = window.current_survey()
        sources = list(getattr(survey, "sources", None) or [])
        about: dict[str, Any] = {
            "source_file": "\n".join(str(s.path) for s in sources),
            "sha256": "\n".join(f"{s.sha256}  {Path(s.path).name}" for s in sources),
        }
        if window.project_path() is not None:
            about["Project file"] = str(window.project_path())
        about["Subset shown"] = window.subset_panel.summary_text()
        about["Rules used"] = (self.tr("the default rules") if window.current_rules() is None
                               else self.tr("edited in the rule editor (see Rules)"))
        result_b = window.current_result()[1]
        if result_b is not None:
            _a, b = window.comparison()
            about["Compared with (subset B)"] = json.dumps(
                b.to_json() if b is not None else {}, ensure_ascii=False)
            about["Subset B"] = self.tr("{firms} firms, {workers} workers").format(
                firms=f"{result_b.n_firms:,}", workers=f"{result_b.n_workers:,}")
        return about

    def chart_images(self, folder: Path) -> dict[str, Path]:
        """Every chart that shows data, as a 2× PNG in ``folder``: caption → file."""
        window = self.window
        window.refresh_views()
        images: dict[str, Path] = {}
        for view in window.views:
            tab = window.tabs.tabText(window.tabs.indexOf(view))
            for name, chart in view.charts().items():
                if chart.message() or not chart.getPlotItem().items:
                    continue
                caption = f"{tab}: {chart.title or name}"
                images[caption] = chart_png(chart, folder / f"{view.objectName()}_{name}.png")
        return images

    def export_results(self) -> Path | None:
        """File → Export results workbook…: every table, the subset, rules, provenance, charts.

        Returns the chosen path; the workbook is written (``exportFinished``) once the views are
        up to date, at once unless an analysis is still running (then when it ends)."""
        return self._when_settled(self.window.choose_results_path, self._write_results)

    def _when_settled(self, choose: Callable[[], Path | None],
                      write: Callable[[Path], object]) -> Path | None:
        """Ask for the path now; write once no analysis is running (the views are current)."""
        window = self.window
        if window.current_result()[0] is None:
            return None
        path = choose()
        if path is None:
            return None
        window.analysis_controller.when_settled(lambda: write(path))
        return path

    def _write_results(self, path: Path) -> Path | None:
        from core.export.results_export import write_results_xlsx

        window = self.window
        result = window.current_result()[0]
        if window.workshop_mode():  # no individual firm in the workbook either
            result = dataclasses.replace(result, firms=result.firms.iloc[0:0])
        try:
            with tempfile.TemporaryDirectory(prefix="uex-charts-") as folder:
                images = self.chart_images(Path(folder))
                write_results_xlsx(result, path, about=self.about_results(), images=images,
                                   language=i18n.current_language())
        except Exception as error:
            text, todo = write_failure(error, path.name) or (
                plain_message(error) or self.tr(
                    "The results workbook could not be written to “{name}”.").format(
                        name=path.name),
                self.tr("Choose another folder, or close the file if another program has it "
                        "open."))
            window.show_error(self.tr("Could not export the results"), text, todo,
                              format_details(error))
            return None
        window.statusBar().showMessage(self.tr("Saved the results to {name}").format(
            name=path.name), 8000)
        window.exportFinished.emit("results", path)
        return path

    # -- report ------------------------------------------------------------------------------------

    def export_report(self) -> Path | None:
        """File → Export report…: written once the views are up to date (as the workbook)."""
        return self._when_settled(self.window.choose_report_path, self._write_report)

    def _write_report(self, path: Path) -> Path | None:
        from core.export.report_docx import write_report
        from gui.report_charts import render_charts

        window = self.window
        result = window.current_result()[0]
        language = i18n.current_language()
        try:
            about = {k: v for k, v in self.about_results().items()
                     if k in ("source_file", "sha256", "Project file")}
            charts = render_charts(result, language, window.survey_title())
            write_report(result, path, language=language, title=window.survey_title(),
                         about=about, charts=charts)
        except Exception as error:
            text, todo = write_failure(error, path.name) or (
                plain_message(error) or self.tr(
                    "The report could not be written to “{name}”.").format(name=path.name),
                self.tr("Choose another folder, or close the file if another program has it "
                        "open."))
            window.show_error(self.tr("Could not export the report"), text, todo,
                              format_details(error))
            return None
        window.statusBar().showMessage(self.tr("Saved the report to {name}").format(
            name=path.name), 8000)
        window.exportFinished.emit("report", path)
        return path

    # -- analysis script ---------------------------------------------------------------------------

    def _script_survey_path(self, script: Path) -> Path | None:
        """What the script opens: the project file when there is one (it holds the column
        mapping); else the session is saved beside the script as a project file (the open
        project keeps its own path and unsaved state)."""
        window = self.window
        if window.current_survey() is None:
            return None
        if window.project_path() is not None:
            return Path(window.project_path())
        project = window.session_controller.snapshot()
        if project is None:
            return None
        from core.project.project_file import save_project

        return save_project(project, free_path(script.with_name(script.stem + ".uex.json")))

    def export_script(self) -> Path | None:
        """File → Export analysis as Python script…: reproduces the shown numbers headless."""
        window = self.window
        result = window.current_result()[0]
        if result is None:
            return None
        path = window.choose_script_path()
        if path is None:
            return None
        from core.export.script_export import write_analysis_script

        outcomes = window.outcomes_view
        try:
            survey_path = self._script_survey_path(path)
            if survey_path is None:
                return None
            write_analysis_script(
                path, survey_path, subset=result.subset, rules=window.current_rules(),
                settings=window.project_settings(),
                outcome=outcomes.outcome_box.currentData() or None,
                group_var=outcomes.group_box.currentData() or None)
        except Exception as error:
            text, todo = write_failure(error, path.name) or (
                plain_message(error) or self.tr(
                    "The script could not be written to “{name}”.").format(name=path.name),
                self.tr("Choose another folder."))
            window.show_error(self.tr("Could not export the script"), text, todo,
                              format_details(error))
            return None
        window.statusBar().showMessage(
            self.tr("Saved the script {name} (it opens {project})").format(
                name=path.name, project=survey_path.name), 8000)
        window.exportFinished.emit("script", path)
        return path


def free_path(path: Path) -> Path:
    """``path``, or "name 2.uex.json", "name 3.uex.json", … when it exists: a project saved for
    an exported script never replaces one the user keeps there (their subsets and rules)."""
    if not path.exists():
        return path
    stem = path.name[: -len(".uex.json")] if path.name.endswith(".uex.json") else path.stem
    suffix = path.name[len(stem):]
    n = 2
    while (candidate := path.with_name(f"{stem} {n}{suffix}")).exists():
        n += 1
    return candidate


def chart_png(chart: Chart, path: Path, scale: float = 2.0) -> Path:
    """A chart as PNG at ``scale``×: as shown, or, when its tab was never opened (no layout
    yet), laid out and drawn at HIDDEN_CHART_SIZE."""
    from gui.views import fit_title

    if chart.isVisible():
        fit_title(chart)
        return chart.export_png(path, scale=scale)
    width, height = HIDDEN_CHART_SIZE
    chart.resize(width, height)
    fit_title(chart)
    chart.resizeEvent(None)  # pyqtgraph lays its scene out to the widget's size here
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.scene().render(painter, QRectF(image.rect()), QRectF(0, 0, width, height))
    painter.end()
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(f"Could not write {path}")
    return path


__all__ = ["HIDDEN_CHART_SIZE", "ExportController", "chart_png"]
