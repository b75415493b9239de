"""What an exported chart says under itself: the subset, its size, the data source and the date.

Why: a chart pasted into a ministry's slides or a report travels without the window around it;
"All firms (n=64)" on a picture of Vietnam electronics misleads (issue 13). The words come from
the same labels as the subset panel; the counts are the analysis result's (core).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gui.views.labels import value_text

if TYPE_CHECKING:
    from core.analysis.pipeline import AnalysisResult


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def subset_words(result: AnalysisResult) -> str:
    """'Country: Vietnam; Sector: Electronics' (all firms and workers: 'All firms and
    workers'); ranges as 'Employees 50–500'."""
    from gui.subset_panel import facet_title

    subset = result.subset
    parts = []
    for chosen in (subset.firms, subset.workers):
        for role, values in chosen.items():
            parts.append(f"{facet_title(role)}: {', '.join(value_text(v) for v in values)}")
    for ranges in (subset.firm_ranges, subset.worker_ranges):
        for role, (low, high) in ranges.items():
            low_text = "" if low is None else f"{low:,.10g}"
            high_text = "" if high is None else f"{high:,.10g}"
            parts.append(f"{facet_title(role)} {low_text}–{high_text}")
    if subset.text.strip():
        parts.append(tr("firm name contains “{text}”").format(text=subset.text.strip()))
    return "; ".join(parts) if parts else tr("All firms and workers")


def caption_lines(result: AnalysisResult | None, source_title: str,
                  today: datetime.date | None = None) -> list[str]:
    """The footer lines of an exported chart (none before a survey is analysed)."""
    if result is None:
        return []
    today = today or datetime.date.today()
    return [
        tr("Subset: {subset} ({firms} firms, {workers} workers)").format(
            subset=subset_words(result), firms=f"{result.n_firms:,}",
            workers=f"{result.n_workers:,}"),
        tr("Data: {source} · exported {date} with Upgrading Explorer").format(
            source=source_title or tr("survey"), date=today.isoformat()),
    ]


__all__ = ["caption_lines", "subset_words"]
