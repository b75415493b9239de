"""The report to take home (.docx, python-docx): the findings in words, each with its chart and
the numbers behind it, the subset, the rules in words, the methods and the data's provenance, in
the reader's language (issue 13).

Why core writes it and not the window: ``analyze --report`` makes the same file headless, and the
numbers are the findings' (core.analysis.findings), never recomputed here. Charts are pictures a
caller supplies (PNG bytes by finding key): the window draws its own; the command line gets them
from the ``chart_renderer`` that ``main.py`` installs (it needs Qt, which core never imports). No
renderer, no picture: the report still has every statement and table.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import core
from core.analysis.findings_languages import wording
from core.analysis.rules import describe_rules
from core.common.atomic import atomic_path
from core.common.messages import in_language
from core.export.report_words import report_words

if TYPE_CHECKING:
    from core.analysis.findings import Finding
    from core.analysis.findings_wording import Wording
    from core.analysis.pipeline import AnalysisResult

ChartRenderer = Callable[["AnalysisResult", str], Mapping[str, bytes]]
chart_renderer: ChartRenderer | None = None
"""Installed by main.py (Qt, offscreen): result, language → PNG bytes by finding key."""


def _number(words: Wording, key: str, value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return words.count(value)
    if not math.isfinite(float(value)):
        return "—"
    if key.startswith(("share", "gap")) or key in ("ci_low", "ci_high"):
        return words.percent(float(value))
    if key.startswith("p_"):
        return words.p_value(float(value))
    return _plain(words, float(value))


def _plain(words: Wording, value: float) -> str:
    """A mean as the tables show it: three significant digits, the language's separators."""
    from babel.numbers import format_decimal

    digits = max(0, 2 - math.floor(math.log10(abs(value)))) if value else 0
    return format_decimal(round(value, digits), locale=words.locale)


def _signed(words: Wording, value: float) -> str:
    """A signed difference: two decimals when small, three significant digits when large."""
    if abs(value) < 100:
        return words.signed_decimal(value)
    sign = "+" if value > 0 else "\u2212"
    return sign + _plain(words, abs(value))


def _rows(finding: Finding, words: Wording, say: Mapping[str, str]) -> list[tuple[str, str]]:
    """The numbers behind one finding as (label, value) rows, in the reader's words."""
    n = finding.numbers
    fmt = lambda k: _number(words, k, n.get(k))  # noqa: E731
    if finding.key.startswith("outcome:") and "diff" in n:
        if n.get("scale") == "share":  # share differences in percentage points
            diff = words.signed_whole(n["diff"])
            span = f"{words.signed_whole(n['diff_ci_low'])} … {words.signed_whole(n['diff_ci_high'])}"
        else:
            diff = _signed(words, n["diff"])
            span = f"{_signed(words, n['diff_ci_low'])} … {_signed(words, n['diff_ci_high'])}"
        rows = [(say["firms_pair"], f"{fmt('n_firms_upgraded')} / {fmt('n_firms_not')}"),
                (say["workers_pair"], f"{fmt('n_workers_upgraded')} / {fmt('n_workers_not')}"),
                (say["means_pair"], f"{_plain(words, n['mean_upgraded'])} / "
                                    f"{_plain(words, n['mean_not'])}"),
                (say["difference"], diff), (say["range"], span),
                (say["p_value"], fmt("p_value")), (say["p_holm"], fmt("p_holm")),
                (say["method"], say.get(str(n.get("p_method")), str(n.get("p_method"))))]
        if "adj_diff" in n:
            adjusted = (words.signed_whole(n["adj_diff"]) if n.get("scale") == "share"
                        else _signed(words, n["adj_diff"]))
            rows.insert(5, (say["adjusted"], adjusted))
        return rows
    rows = []
    for key, value in n.items():
        if key.startswith("share_") and key != "share_any" and key not in ("share_a", "share_b"):
            label = say["share_type"].format(type=words.types.get(key[6:], key[6:]))
        elif key in ("share_a", "share_b"):
            side = key[-1]
            label = say["group_share"].format(group=words.value(n.get(f"sector_{side}")),
                                              n=fmt(f"n_{side}"))
        elif key in ("sector_a", "sector_b", "n_a", "n_b", "weighted", "outcome"):
            continue
        elif key in ("ci_low", "ci_high"):
            if key == "ci_high":
                continue
            label, value = say["interval"], None
            rows.append((label, f"{fmt('ci_low')} … {fmt('ci_high')}"))
            continue
        else:
            label = say.get(key, key)
        text = _number(words, key, value)
        if text:
            rows.append((label, text))
    return rows


def _subset_words(result: AnalysisResult, say: Mapping[str, str], words: Wording) -> str:
    subset = result.subset
    parts = [f"{words.controls.get(role, role)}: {', '.join(words.value(v) for v in values)}"
             for chosen in (subset.firms, subset.workers) for role, values in chosen.items()]
    parts += [f"{words.controls.get(role, role)} {lo if lo is not None else ''}–"
              f"{hi if hi is not None else ''}"
              for ranges in (subset.firm_ranges, subset.worker_ranges)
              for role, (lo, hi) in ranges.items()]
    if subset.text.strip():
        parts.append(f"“{subset.text.strip()}”")
    return "; ".join(parts) or say["all"]


def write_report(result: AnalysisResult, path: Path, *, language: str = "en",
                 title: str = "", about: Mapping[str, Any] | None = None,
                 charts: Mapping[str, bytes] | None = None) -> Path:
    """Write the report of ``result`` to ``path`` (.docx) and return it."""
    from docx import Document
    from docx.shared import Cm, Pt

    say, words = report_words(language), wording(language)
    stated = result.stated_findings(language)
    if charts is None and chart_renderer is not None:
        charts = chart_renderer(result, language)
    charts = dict(charts or {})
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(say["title"], level=0)
    if title:
        doc.add_paragraph(say["survey"].format(title=title))
    doc.add_paragraph(say["subset"].format(subset=_subset_words(result, say, words),
                                           firms=words.count(result.n_firms),
                                           workers=words.count(result.n_workers)))
    doc.add_heading(say["findings"], level=1)
    for finding in stated:
        statement = doc.add_paragraph(finding.statement, style="List Number")
        picture = charts.get(finding.key)
        rows = _rows(finding, words, say)
        # a statement never ends a page apart from its chart, nor a chart apart from its table
        statement.paragraph_format.keep_with_next = bool(picture or rows)
        if picture:
            doc.add_picture(io.BytesIO(picture), width=Cm(15))
            doc.paragraphs[-1].paragraph_format.keep_with_next = bool(rows)
        if rows:
            table = doc.add_table(rows=0, cols=2)
            table.style = "Light Grid Accent 1"
            for i, (label, value) in enumerate(rows):
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
                for cell in cells:  # the table stays on one page
                    cell.paragraphs[0].paragraph_format.keep_with_next = i < len(rows) - 1
            doc.add_paragraph()
    doc.add_heading(say["methods"], level=1)
    settings = result.settings
    controls = words.join([words.controls.get(c, c) for c in result.adjusted_for]) \
        or say["no_controls"]
    doc.add_paragraph(say["methods_text"].format(
        seed=int(settings.thresholds.bootstrap_seed), controls=controls,
        min_firms=result.disclosure.min_firms, min_workers=result.disclosure.min_workers))
    doc.add_heading(say["rules"], level=1)
    for name, text in describe_rules(result.rules, language):
        doc.add_paragraph(f"{name}: {text}", style="List Bullet")
    if result.warnings:
        doc.add_heading(say["warnings"], level=1)
        for warning in result.warnings:
            doc.add_paragraph(in_language(warning, language), style="List Bullet")
    doc.add_heading(say["provenance"], level=1)
    about = dict(about or {})
    labels = {"source_file": say["file"], "sha256": say["sha256"],
              "Project file": say["project"], "Command": say["command"]}
    table = doc.add_table(rows=1, cols=2)
    table.style = "Light Grid Accent 1"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = say["item"], say["value"]
    today = dt.date.today().isoformat()
    for key, value in [*about.items(), ("date", today)]:
        if value:
            cells = table.add_row().cells
            cells[0].text = labels.get(key, say.get(key, key))
            cells[1].text = str(value)
    doc.add_paragraph(say["made"].format(version=core.__version__, date=today))
    path = Path(path)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
    return path


__all__ = ["chart_renderer", "write_report"]
