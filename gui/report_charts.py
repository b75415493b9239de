"""The report's pictures, drawn with the window's own chart code (offscreen when headless).

Why here: charts are Qt (pyqtgraph); core's report writer takes them as PNG bytes by finding key
(core.export.report_docx). The numbers drawn are core's: the upgrading summary, the bargaining
counts and the upgraded-or-not comparison the findings state (core.analysis.findings), so a
picture never disagrees with the sentence above it. Each picture carries the same caption as an
exported chart (gui.chart_caption).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice

from gui.chart_caption import caption_lines

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult

SIZE = (900, 520)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _app() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app.instance = QApplication([])  # kept alive for the process


def _png(chart, caption: list[str]) -> bytes:
    """Lay the chart out as if shown (never on screen), then render it with its caption."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.show()
    QApplication.processEvents()
    chart._fit_label_room()  # the plot's real height is known only now
    image = chart.render_image(1.5, caption)
    chart.close()
    chart.deleteLater()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_charts(result: AnalysisResult, language: str, source_title: str = ""
                  ) -> dict[str, bytes]:
    """PNG bytes by finding key: the upgrading types, bargaining, and each outcome compared
    between firms that upgraded and firms that did not."""
    _app()
    from gui import i18n

    previous = i18n.current_language()
    if language == previous:
        return _render(result, source_title)
    i18n.install_language(language)
    try:
        return _render(result, source_title)
    finally:  # the window (or the next caller) keeps its own language
        i18n.install_language(previous)


def _render(result: AnalysisResult, source_title: str) -> dict[str, bytes]:
    from core.analysis.findings import NOT_UPGRADED, UPGRADED, upgraded_comparisons
    from gui.charts import BarSeries, Chart, bar_chart, count, number, percent1
    from gui.views.labels import type_label, value_text, variable_label

    caption = caption_lines(result, source_title)
    out: dict[str, bytes] = {}

    def chart(title: str, x_label: str, y_label: str) -> Chart:
        c = Chart(title, x_label, y_label)
        c.resize(*SIZE)
        return c

    summary = result.upgrading_summary
    if len(summary):
        c = chart(tr("Share of firms with each type of upgrading"),
                  tr("Type of upgrading"), tr("Share of firms, % (95% CI)"))
        bar_chart(c, [type_label(t, short=True) for t in summary["type"]],
                  [BarSeries("", summary["share"].tolist(), summary["ci_low"].tolist(),
                             summary["ci_high"].tolist(), suppressed=summary["suppressed"].tolist())],
                  fmt=percent1, y_range=(0, 1.0), legend=False)
        out["upgrading_counts"] = _png(c, caption)
    bargaining = result.bargaining
    if bargaining is not None and len(bargaining):
        rows = bargaining[bargaining["value"] != "unknown"]
        c = chart(tr("Bargaining position with buyers"), "", tr("Number of firms"))
        bar_chart(c, [value_text(v) for v in rows["value"]],
                  [BarSeries("", rows["n_firms"].astype(float).tolist(),
                             suppressed=rows["suppressed"].tolist())], fmt=count, legend=False)
        out["bargaining"] = _png(c, caption)
    table = upgraded_comparisons(result)
    for outcome, rows in (table.groupby("outcome", sort=False) if len(table) else []):
        rows = rows.set_index(rows["group"].astype(str)).reindex([NOT_UPGRADED, UPGRADED])
        if rows["mean"].isna().all():
            continue
        share = str(rows["scale"].iloc[0]) == "share"
        c = chart(variable_label(outcome, share=share), variable_label("upgraded_any"),
                  variable_label(outcome, share=share) + tr(" (95% CI, clustered by firm)"))
        bar_chart(c, [value_text(g) for g in rows.index],
                  [BarSeries("", rows["mean"].tolist(), rows["ci_low"].tolist(),
                             rows["ci_high"].tolist(),
                             suppressed=rows["suppressed"].fillna(True).astype(bool).tolist())],
                  fmt=percent1 if share else number, legend=False)
        out[f"outcome:{outcome}"] = _png(c, caption)
    return out


__all__ = ["render_charts"]
