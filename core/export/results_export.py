"""Results exports: a formatted workbook for people, a JSON file for scripts.

The workbook is opened at workshops, in Excel or LibreOffice, by people who did not run the
analysis: it carries its provenance (About sheet), marks disclosure-suppressed cells instead of
printing them, and never contains a formula — survey text such as ``=1+1`` or ``@SUM(A1)`` is
written as a literal string (data type 's' plus Excel's quote prefix), so opening the file can
never execute or recompute anything.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

import core
from core.analysis.disclosure import (
    CELL_SUPPRESSED,
    COMPARISON_WITHHELD,
    COUNT_WITHHELD,
    DIFFERENCE_COLUMNS,
    MATRIX_CELL_WITHHELD,
    MATRIX_WITHHELD,
    ROUNDING_BASE,
    SHARE_WITHHELD,
    STATISTIC_WITHHELD,
    TEST_WITHHELD,
    is_workshop,
    round_count,
    round_counts,
    withhold,
    withhold_firm_means,
    withhold_suppressed,
    withhold_suppressed_matrix,
    withhold_suppressed_tests,
)
from core.analysis.pipeline import AnalysisResult, clean_value, with_views
from core.analysis.rules import describe_rules
from core.analysis.view_choices import ViewChoices
from core.common.atomic import atomic_path
from core.common.jsonfile import write_text_atomic
from core.common.messages import in_language
from core.export.headings import Headings, headings

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
BOLD = Font(bold=True)
PERCENT, COUNT, P_VALUE, DECIMAL, MONEY = "0.0%", "#,##0", "0.000", "0.000", "#,##0"
_MAX_WIDTH = {"explanation": 100}


_EN = headings("en")


def suppressed_text(result: AnalysisResult, h: Headings = _EN) -> str:
    """The marker written in withheld cells, with the thresholds actually used (the words of
    core.analysis.disclosure's marker, in the workbook's language)."""
    rule = result.disclosure
    return h.word("suppressed (<{firms} firms or <{workers} workers)").format(
        firms=rule.min_firms, workers=rule.min_workers)


def write_cell(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None):
    """Write one value safely: NaN/NA → empty; text always literal (never a formula)."""
    value = clean_value(value)
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    elif isinstance(value, dict | list):
        cell.value = json.dumps(value, ensure_ascii=False)
        cell.data_type = "s"
    else:
        cell.value = value
        if number_format and isinstance(value, int | float) and not isinstance(value, bool):
            cell.number_format = number_format
    return cell


def _formats_for(columns: list[str]) -> dict[str, str]:
    out = {}
    for c in columns:
        if c in ("share", "ci_low", "ci_high") or c.endswith("_share"):
            out[c] = PERCENT
        elif c.startswith("n_") or c.endswith("_n") or c in ("n", "upgrading_score", "dof"):
            out[c] = COUNT
        elif c in ("p_value", "p_adjusted", "adj_p_value"):
            out[c] = P_VALUE
        elif c in ("median_ms", "statistic") or c.endswith("_mean"):
            out[c] = DECIMAL
    return out


def _write_table(ws: Worksheet, frame: pd.DataFrame, *, formats: Mapping[str, str] | None = None,
                 freeze: str = "A2", h: Headings = _EN, rounded: bool = False) -> None:
    """Header row (bold, frozen) and the rows of a DataFrame, with per-column number formats.
    Number columns get right-aligned headers, so each heading sits above its figures.
    ``rounded``: counts to multiples of 5 (workshop mode)."""
    numeric = _numeric_columns(frame)
    if rounded:
        frame = round_counts(frame)
    columns = [str(c) for c in frame.columns]
    fmt = {**_formats_for(columns), **(formats or {})}
    _write_header(ws, columns, numeric, h)
    for i, row in enumerate(frame.astype(object).itertuples(index=False, name=None), 2):
        for j, (name, value) in enumerate(zip(columns, row, strict=True), 1):
            write_cell(ws, i, j, h.value(name, value), fmt.get(name))
    ws.freeze_panes = freeze
    _fit_widths(ws, columns, numeric, h)


def _numeric_columns(frame: pd.DataFrame) -> set[str]:
    return {str(c) for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])
            and not pd.api.types.is_bool_dtype(frame[c])}


def _write_header(ws: Worksheet, columns: list[str], numeric: set[str], h: Headings = _EN
                  ) -> None:
    """Bold headings; right-aligned over number columns, so each heading sits above its figures."""
    for j, name in enumerate(columns, 1):
        cell = write_cell(ws, 1, j, h.column(name))
        cell.font = BOLD
        if name in numeric:
            cell.alignment = Alignment(horizontal="right")


def _fit_widths(ws: Worksheet, columns: list[str], numeric: set[str] = frozenset(),
                h: Headings = _EN) -> None:
    """Text columns as wide as their longest entry (capped); number columns as wide as their
    heading, since their cells show formatted figures, not the stored full precision."""
    for j, name in enumerate(columns, 1):
        letter = get_column_letter(j)
        if name in numeric:
            ws.column_dimensions[letter].width = min(max(10, len(h.column(name)) + 3), 30)
            continue
        longest = max((len(str(c.value)) for c in ws[letter][:500] if c.value is not None),
                      default=len(h.column(name)))
        ws.column_dimensions[letter].width = min(max(10, longest + 2),
                                                 _MAX_WIDTH.get(name, 45))


def _write_about(ws: Worksheet, result: AnalysisResult, about: Mapping[str, Any],
                 h: Headings = _EN, rounded: bool = False) -> None:
    rows: list[tuple[str, Any]] = [
        ("Source file", about.get("source_file", about.get("source", ""))),
        ("SHA-256", about.get("sha256", "")),
        ("Date", about.get("date") or dt.datetime.now().astimezone().isoformat(
            timespec="seconds")),
        ("App version", about.get("app_version", core.__version__)),
        ("Firms in subset", result.n_firms),
        ("Workers in subset", result.n_workers),
        ("Subset", json.dumps(result.subset.to_json(), ensure_ascii=False)),
        ("Rules", h.word("see the Rules sheet (in words, and as data for reproduction)")),
        ("Settings", json.dumps(result.settings.to_json(), ensure_ascii=False)),
        ("View choices", json.dumps(result.views.choices.to_json(), ensure_ascii=False)
         if result.views is not None else ""),
        ("Upgrading types computed", ", ".join(result.computed_types)),
        ("Comparisons", h.word("OLS on group dummies, firm-clustered SEs (CR1, Stata's "
                               "vce(cluster)), t with firms-1 df; monthly_wage in levels, "
                               "log_monthly_wage in log points")),
        ("Disclosure", h.word("{marker}: numbers withheld").format(
            marker=suppressed_text(result, h)) + "; " + h.word(
            "a withheld number's complements (other groups or cells that would give it back "
            "through a total or a margin) and group tests over a withheld group are withheld "
            "too; Fisher's odds ratio is withheld when a cell has fewer firms than the "
            "threshold; a firm's mean index over fewer workers than the threshold is "
            "withheld")),
    ]
    adjusted_for = getattr(result, "adjusted_for", None)
    if adjusted_for:
        rows.append(("Adjusted for", ", ".join(str(a) for a in adjusted_for)))
    design = getattr(result, "design", None)
    if design:
        rows.append(("Survey design", ", ".join(
            f"{k}: {v if v is not None else h.word('none')}" for k, v in dict(design).items())))
    if rounded:
        rows[4:6] = [("Firms in subset", round_count(result.n_firms)),
                     ("Workers in subset", round_count(result.n_workers))]
        rows.append(("Workshop mode", h.word(
            "counts rounded to the nearest multiple of {base}, so that two runs cannot be "
            "differenced; individual firms not shown").format(base=ROUNDING_BASE)))
    shown = {"source_file", "source", "sha256", "date", "app_version"}
    rows += [(str(k), v) for k, v in about.items() if k not in shown]
    rows += [("Warning", in_language(w, h.language)) for w in result.warnings]
    write_cell(ws, 1, 1, h.about_label("Item")).font = BOLD
    write_cell(ws, 1, 2, h.about_label("Value")).font = BOLD
    for i, (key, value) in enumerate(rows, 2):
        write_cell(ws, i, 1, h.about_label(key)).alignment = Alignment(vertical="top")
        write_cell(ws, i, 2, value).alignment = Alignment(wrap_text=True, vertical="top",
                                                          horizontal="left")
        # Spreadsheet programs do not grow wrapped rows on their own when printing: size them.
        lines = max(1, -(-len(str(value)) // 120) + str(value).count("\n"))
        ws.row_dimensions[i].height = min(409, 15 * lines)
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 110


def _write_comparisons(ws: Worksheet, result: AnalysisResult, h: Headings = _EN,
                       frame: pd.DataFrame | None = None, freeze: str = "D2",
                       rounded: bool = False) -> None:
    """Comparison rows (the analysis', or the outcomes view's ``frame``): withheld cells grey and
    marked, the value formats by outcome scale. Columns the frame does not have (the adjusted
    gap, the p-value method …) are simply not written; unknown extra columns are written as
    they are."""
    frame = result.comparisons if frame is None else frame
    shown = withhold_suppressed(frame)
    if rounded:
        shown = round_counts(shown)
    columns = list(frame.columns)
    base = _formats_for(columns)
    marker = suppressed_text(result, h)
    numeric = _numeric_columns(frame)
    _write_header(ws, columns, numeric, h)
    for i, (rec, out) in enumerate(zip(frame.astype(object).to_dict("records"),
                                       shown.astype(object).to_dict("records"), strict=True), 2):
        scale = str(rec.get("scale", ""))
        value_fmt = (PERCENT if scale == "share" else MONEY if rec["outcome"] == "monthly_wage"
                     else DECIMAL)
        diff_cols = {c for c in DIFFERENCE_COLUMNS if c in rec}
        withheld = set(COMPARISON_WITHHELD) & set(rec) if rec["suppressed"] else set()
        if not rec["suppressed"] and any(
                pd.notna(rec[c]) and pd.isna(out[c]) for c in diff_cols):
            withheld |= diff_cols  # against a withheld reference group
        for j, name in enumerate(columns, 1):
            if name in withheld:
                cell = write_cell(ws, i, j, marker if name == "mean" else None)
                cell.fill = GREY
                continue
            fmt = base.get(name)
            if name in ("mean", "ci_low", "ci_high", "diff", "diff_ci_low", "diff_ci_high",
                        "se", "diff_se", "adj_diff", "adj_diff_se", "adj_diff_ci_low",
                        "adj_diff_ci_high"):
                fmt = value_fmt if not (name.startswith(("diff", "adj_diff")) and rec[
                    "outcome"] == "log_monthly_wage") else DECIMAL
            value = out[name]
            if name in ("few_firms", "suppressed"):
                value = h.word("yes") if bool(value) else h.word("no")
            write_cell(ws, i, j, h.value(name, value), fmt)
    ws.freeze_panes = freeze
    _fit_widths(ws, columns, numeric, h)


def _write_withheld(ws: Worksheet, frame: pd.DataFrame, columns: tuple[str, ...],
                    result: AnalysisResult, h: Headings, rounded: bool = False) -> None:
    """A table whose suppressed rows lose ``columns`` (grey, the first one marked)."""
    shown = withhold(frame, columns) if "suppressed" in frame.columns else frame
    _write_table(ws, shown, h=h, rounded=rounded)
    if "suppressed" in frame.columns:
        _mark_suppressed_rows(ws, shown, [c for c in columns if c in frame.columns],
                              suppressed_text(result, h))


def _write_marked(ws: Worksheet, shown: pd.DataFrame, marks: list[tuple[str, tuple[str, ...]]],
                  result: AnalysisResult, h: Headings, rounded: bool) -> None:
    """A table already withheld (``shown``), its withheld cells grey and marked: for each
    (flag column, columns) of ``marks``, the rows where the flag is set."""
    _write_table(ws, shown, h=h, rounded=rounded)
    marker = suppressed_text(result, h)
    if shown.empty:
        return
    columns = list(shown.columns)
    for flag, cols in marks:
        if flag not in columns:
            continue
        cols = [c for c in cols if c in columns]
        for i, hit in enumerate(shown[flag].astype(bool), 2):
            if not hit:
                continue
            for k, name in enumerate(cols):
                cell = ws.cell(row=i, column=columns.index(name) + 1)
                cell.fill = GREY
                if k == 0:
                    write_cell(ws, i, cell.column, marker)


def _readable_flags(frame: pd.DataFrame, h: Headings = _EN) -> pd.DataFrame:
    """Yes/no/unknown flags as words: a spreadsheet shows nullable booleans as 1/0 or TRUE/FALSE
    and an unknown as a blank that reads like "no"."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_bool_dtype(out[col]) or str(out[col].dtype) == "boolean":
            out[col] = out[col].astype(object).map(
                lambda v: h.word("unknown") if v is None or v is pd.NA
                else h.word("yes") if v else h.word("no"))
    return out


def _wrap_explanations(ws: Worksheet, columns: list[str], width: int = 90) -> None:
    """The firm explanations run long: wrap them in a fixed-width column, rows sized to fit."""
    if "explanation" not in columns:
        return
    j = columns.index("explanation") + 1
    ws.column_dimensions[get_column_letter(j)].width = width
    for i in range(2, ws.max_row + 1):
        for k in range(1, ws.max_column + 1):
            ws.cell(i, k).alignment = Alignment(vertical="top", horizontal=ws.cell(
                i, k).alignment.horizontal)
        cell = ws.cell(i, j)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(1, -(-len(str(cell.value or "")) // width))
        ws.row_dimensions[i].height = min(409, 15 * lines)


def _print_fit_to_width(ws: Worksheet, *, header: bool = True) -> None:
    """Landscape, one page wide, header row repeated: a printed or PDF'd sheet stays readable."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header:
        ws.print_title_rows = "1:1"


def _write_rules(ws: Worksheet, rules: Mapping[str, Any], h: Headings) -> None:
    """The rules in words a reader can check, then the exact rule data for reproduction."""
    write_cell(ws, 1, 1, h.about_label("Type")).font = BOLD
    write_cell(ws, 1, 2, h.about_label("Rule")).font = BOLD
    rows = [*describe_rules(rules, h.language),
            (h.about_label("Rule data (JSON)"), json.dumps(rules, ensure_ascii=False))]
    for i, (name, text) in enumerate(rows, 2):
        write_cell(ws, i, 1, name).alignment = Alignment(vertical="top")
        write_cell(ws, i, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = min(409, 15 * max(1, -(-len(text) // 110)))
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 115


def write_results_xlsx(result: AnalysisResult, path: str | Path, *,
                       about: Mapping[str, Any] | None = None,
                       images: Mapping[str, str | Path | bytes] | None = None,
                       image_scale: float = 0.5, language: str = "en",
                       views: ViewChoices | Mapping | None = None,
                       result_b: AnalysisResult | None = None,
                       workshop: bool | None = None) -> Path:
    """The results workbook: About, Firms, Upgrading summary, Shares by group, Group tests,
    Combinations, Bargaining, Comparisons, Matrix, and what the views show (Upgrading chart,
    Outcome table, Chart builder). Suppressed cells are grey and marked.

    ``images``: caption → PNG (a path or the bytes), e.g. the window's charts; they go on a
    "Charts" sheet, each under its caption, shown at ``image_scale`` × their pixel size (0.5: a
    2×-resolution export appears at its on-screen size and prints sharp).

    ``language``: "en" or "vi" (core.export.headings): sheet names, headings, About labels and the
    yes/no words in that language; cell values (ids, canonical categories) stay as they are.

    ``views``: the window's view choices (a ViewChoices or a project's ``views.state``) and
    ``result_b`` subset B when comparing: the view sheets then show what the window shows
    (default: the choices the result was computed for).

    ``workshop``: workshop mode (default: whether ``result`` came from
    core.analysis.disclosure.without_firm_records): every count rounded to a multiple of 5
    and no firm record."""
    path = Path(path)
    if views is not None or result_b is not None:
        result = with_views(result, views if views is not None else (
            result.views.choices if result.views is not None else None), result_b)
    rounded = is_workshop(result) if workshop is None else bool(workshop)
    h = headings(language)
    wb = Workbook()
    _write_about(wb.active, result, about or {}, h, rounded)
    wb.active.title = h.sheet("About")
    _write_rules(wb.create_sheet(h.sheet("Rules")), result.rules, h)
    firm_cols = [c for c in ("firm_id", "country", "sector", "region", "process", "product",
                             "functional", "chain", "end_market", "highest_type",
                             "upgrading_score", "bargaining_change", "downgraded",
                             "ms_index_mean", "ms_index_n", "er_index_mean", "er_index_n",
                             "explanation") if c in result.firms.columns]
    firms_ws = wb.create_sheet(h.sheet("Firms"))
    firms = result.firms.iloc[0:0] if rounded else result.firms
    firms = withhold_firm_means(firms[firm_cols], result.disclosure)
    _write_table(firms_ws, _readable_flags(firms, h), freeze="B2", h=h)
    _wrap_explanations(firms_ws, firm_cols)
    _write_withheld(wb.create_sheet(h.sheet("Upgrading summary")), result.upgrading_summary,
                    SHARE_WITHHELD, result, h, rounded)
    _write_withheld(wb.create_sheet(h.sheet("Shares by group")), result.shares_by_group,
                    SHARE_WITHHELD, result, h, rounded)
    _write_marked(wb.create_sheet(h.sheet("Group tests")),
                  withhold_suppressed_tests(result.group_tests),
                  [("suppressed", TEST_WITHHELD), (STATISTIC_WITHHELD, ("statistic",))],
                  result, h, rounded)
    _write_withheld(wb.create_sheet(h.sheet("Combinations")), result.combinations,
                    COUNT_WITHHELD, result, h, rounded)
    _write_withheld(wb.create_sheet(h.sheet("Bargaining")), result.bargaining, COUNT_WITHHELD,
                    result, h, rounded)
    _write_comparisons(wb.create_sheet(h.sheet("Comparisons")), result, h, rounded=rounded)
    _write_marked(wb.create_sheet(h.sheet("Matrix")), withhold_suppressed_matrix(result.matrix),
                  [("suppressed", MATRIX_WITHHELD), (CELL_SUPPRESSED, MATRIX_CELL_WITHHELD)],
                  result, h, rounded)
    _write_views(wb, result, h, rounded)
    if images:
        _write_images(wb.create_sheet(h.sheet("Charts")), images, image_scale)
    for ws in wb.worksheets:
        _print_fit_to_width(ws, header=ws.title != h.sheet("Charts"))
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def _write_views(wb: Workbook, result: AnalysisResult, h: Headings, rounded: bool = False
                 ) -> None:
    """What the window's views show for the result's view choices: the upgrading chart's bars,
    the outcomes view's table and the chart builder's groups."""
    views = result.views
    if views is None:
        return
    up = views.upgrading
    bars = pd.DataFrame(up.shares.records() + (up.downgrading.records()
                                               if up.downgrading is not None else []))
    _write_withheld(wb.create_sheet(h.sheet("Upgrading chart")), bars, SHARE_WITHHELD,
                    result, h, rounded)
    table = views.outcomes.frame()
    ws = wb.create_sheet(h.sheet("Outcome table"))
    if table.empty:
        _write_table(ws, table, h=h)
    else:
        _write_comparisons(ws, result, h, frame=table, freeze="E2", rounded=rounded)
    builder = views.chart_builder
    rows = [{"level": builder.choice.level, "kind": builder.choice.kind,
             "variable": builder.choice.variable, "group_var": builder.choice.group,
             "group": g.group, "n": g.n, "n_firms": g.n_firms, "suppressed": g.suppressed,
             "mean": g.mean, "ci_low": g.ci_low, "ci_high": g.ci_high,
             **({f"box_{k}": v for k, v in g.box.to_json().items()} if g.box else {})}
            for g in builder.groups]
    _write_withheld(wb.create_sheet(h.sheet("Chart builder")), pd.DataFrame(rows),
                    ("mean", "ci_low", "ci_high"), result, h, rounded)


class PngImage(Image):
    """An embedded PNG that needs no Pillow (openpyxl's Image opens files with Pillow only to
    learn their size and format; a PNG's header says both)."""

    def __init__(self, data: bytes, width: int | None = None, height: int | None = None):
        size = png_size(data)
        self.ref = None
        self._png = bytes(data)
        self.format = "png"
        self.width, self.height = (width, height) if width and height else size

    def _data(self) -> bytes:
        return self._png


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's header; ValueError if ``data`` is not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


_ROW_PX = 20  # a default row's height in pixels (15 points)
_MAX_IMAGE_WIDTH = 1100


def _write_images(ws: Worksheet, images: Mapping[str, str | Path | bytes], scale: float) -> None:
    """Each image under a bold caption, one below the other."""
    ws.column_dimensions["A"].width = 120
    row = 1
    for caption, source in images.items():
        data = source if isinstance(source, bytes | bytearray) else Path(source).read_bytes()
        width, height = png_size(data)
        shown = max(scale, 0.01)
        if width * shown > _MAX_IMAGE_WIDTH:
            shown = _MAX_IMAGE_WIDTH / width
        w, h = max(1, round(width * shown)), max(1, round(height * shown))
        write_cell(ws, row, 1, str(caption)).font = BOLD
        ws.add_image(PngImage(data, w, h), f"A{row + 1}")
        below = row + 1 + -(-h // _ROW_PX) + 2
        for r in range(row, below):  # spreadsheet programs differ in the default row height
            ws.row_dimensions[r].height = _ROW_PX * 0.75
        ws.row_breaks.append(Break(id=below - 1))  # printed: one chart per page
        row = below


def _mark_suppressed_rows(ws: Worksheet, frame: pd.DataFrame, cols: list[str], marker: str
                          ) -> None:
    if frame.empty:
        return
    columns = list(frame.columns)
    for i, supp in enumerate(frame["suppressed"].astype(bool), 2):
        if not supp:
            continue
        for k, name in enumerate(cols):
            cell = ws.cell(row=i, column=columns.index(name) + 1)
            cell.fill = GREY
            if name == "share" or (k == 0 and "share" not in cols):
                write_cell(ws, i, cell.column, marker)


def write_results_json(result: AnalysisResult, path: str | Path, *,
                       views: ViewChoices | Mapping | None = None,
                       result_b: AnalysisResult | None = None) -> Path:
    """DESIGN.md's `analyze` JSON (strict: no NaN tokens); ``views`` / ``result_b`` as for
    :func:`write_results_xlsx`."""
    path = Path(path)
    if views is not None or result_b is not None:
        result = with_views(result, views if views is not None else (
            result.views.choices if result.views is not None else None), result_b)
    text = json.dumps(result.to_json(), indent=2, ensure_ascii=False, allow_nan=False)
    return write_text_atomic(text + "\n", path)
