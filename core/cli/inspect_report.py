"""The `inspect` report: what the app understood of a file, as JSON (DESIGN.md keys) or plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.common.errors import UserFacingError
from core.model.loading import LoadedSurvey
from core.model.roles import role
from core.model.study import LEVEL_OF_SIDE, SIDES
from core.project.opening import open_survey


def inspect_report(path: Path | str) -> dict[str, Any]:
    """Open ``path`` and describe it. Never raises for bad input: ``loadable`` says if it read."""
    try:
        loaded = open_survey(path)
    except UserFacingError as exc:
        return {"loadable": False, "message": exc.message, "tables": [], "mapping": {},
                "validation": []}
    return report_for(loaded)


def report_for(loaded: LoadedSurvey) -> dict[str, Any]:
    survey = loaded.survey
    study = loaded.study
    tables = []
    for source in loaded.sources:
        for t in source.tables:
            tables.append({
                "name": t.name,
                "file": source.path.name,
                "kind": loaded.kinds.get(t.name, "other"),
                "header_row": t.header_row,
                "n_rows": t.n_rows,
                "n_columns": t.n_columns,
            })
    mapping = {
        side: {r: {"column": col, "confidence": study.confidence.get(side, {}).get(r, 1.0)}
               for r, col in study.roles.get(side, {}).items()}
        for side in SIDES
    }
    missing_roles = {side: survey.missing_roles(side) for side in SIDES
                     if study.table_ref(side) is not None}
    message = _summary(loaded)
    return {
        "loadable": True,
        "message": message,
        "tables": tables,
        "mapping": mapping,
        "validation": [f.to_json() for f in survey.findings],
        "n_firms": survey.n_firms,
        "n_workers": survey.n_workers,
        "missing_codes": study.missing_codes,
        "missing_roles": missing_roles,
        "notes": list(loaded.notes),
    }


def _summary(loaded: LoadedSurvey) -> str:
    s = loaded.survey
    parts = []
    if s.study.firms is None and s.study.workers is None:
        return ("The file was read, but no firm or worker table was recognised: no column looks "
                "like a survey question we know. The tables can still be browsed; assign the "
                "roles in the import review")
    if s.study.firms is not None:
        parts.append(f"{s.n_firms:,} firms")
    else:
        parts.append("no firm table recognised")
    if s.study.workers is not None:
        parts.append(f"{s.n_workers:,} workers")
    else:
        parts.append("no worker table recognised")
    n_err = sum(f.severity == "error" for f in s.findings)
    n_warn = sum(f.severity == "warning" for f in s.findings)
    parts.append(f"{n_err} error(s), {n_warn} warning(s) in the validation report")
    return "; ".join(parts)


def format_text(report: dict[str, Any], *, max_findings: int = 60) -> str:
    """A readable report for the terminal."""
    if not report["loadable"]:
        return report["message"]
    lines = [report["message"]]
    lines += [f"Note: {n}" for n in report.get("notes", [])]
    lines += ["", "Sheets:"]
    for t in report["tables"]:
        hdr = f"header on row {t['header_row']}" if t["header_row"] else "no header row"
        lines.append(f"  {t['name']:<24} {t['kind']:<9} {hdr:<20} "
                     f"{t['n_rows']:>8,} rows × {t['n_columns']:,} columns")
    for side in SIDES:
        mapping = report["mapping"].get(side) or {}
        if not mapping:
            continue
        lines += ["", f"Roles in the {side} table (proposed column, confidence):"]
        level = LEVEL_OF_SIDE[side]
        for r, m in mapping.items():
            desc = role(level, r).description
            lines.append(f"  {r:<24} ← {m['column']:<16} {m['confidence']:.2f}  {desc}")
        missing = report.get("missing_roles", {}).get(side)
        if missing:
            lines.append(f"  not found: {', '.join(missing)}")
    codes = report.get("missing_codes", {})
    shown = [(side, col, c) for side in SIDES for col, c in (codes.get(side) or {}).items()]
    if shown:
        lines += ["", "Missing codes proposed (from value labels):"]
        for side, col, c in shown[:20]:
            lines.append(f"  {side}: {col} → {', '.join(str(x) for x in c)}")
        if len(shown) > 20:
            lines.append(f"  ... and {len(shown) - 20} more columns")
    findings = report["validation"]
    lines += ["", f"Validation ({len(findings)} finding(s)):"]
    for f in findings[:max_findings]:
        where = f["table"]
        if f.get("row"):
            where += f", row {f['row']}"
        if f.get("column"):
            where += f", column {f['column']}"
        lines.append(f"  [{f['severity']}] {where}: {f['message']}")
    if len(findings) > max_findings:
        lines.append(f"  ... {len(findings) - max_findings} more (use --json for all)")
    return "\n".join(lines)
