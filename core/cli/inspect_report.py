"""The `inspect` report: what the app understood of a file, as JSON (DESIGN.md keys) or plain text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from core.common.errors import UserFacingError
from core.model.loading import LoadedSurvey
from core.model.questions import Question
from core.model.roles import role
from core.model.study import LEVEL_OF_SIDE, SIDES, Study
from core.model.study_edit import inferred_changes, is_value_question
from core.project.opening import open_survey

ANSWER_IN_THE_APP = ("if that is wrong, open the file in the app and answer the question in the "
                     "import review")


def inspect_report(path: Path | str) -> dict[str, Any]:
    """Open ``path`` and describe it. Never raises for bad input: ``loadable`` says if it read."""
    try:
        loaded = open_survey(path)
    except UserFacingError as exc:
        return {"loadable": False, "message": exc.message, "tables": [], "mapping": {},
                "validation": [], "questions": [], "inferred": []}
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
        "questions": [q.to_json() for q in study.questions],
        "inferred": [f.to_json() for f in inferred_changes(loaded)],
        "assumed_values": {side: dict(study.assumed_values.get(side, {})) for side in SIDES},
        "unit_scale": {side: dict(study.unit_scale.get(side, {})) for side in SIDES},
    }


def _plain_role(level: str, role_name: str) -> str:
    """A role's description without its bracketed examples, lower-cased: "pay period"."""
    try:
        text = role(level, role_name).description  # type: ignore[arg-type]
    except KeyError:
        return role_name.replace("_", " ")
    text = re.sub(r"\s*\(.*\)\s*$", "", text).strip()
    return text[:1].lower() + text[1:]


def question_warning(question: Question) -> str:
    """What was assumed for an open question, in one sentence for ``analyze``'s warnings: 'Assumed
    "ID" links workers to their firm (96 % of 240 worker rows match a firm); if that is wrong, …'."""
    level = LEVEL_OF_SIDE.get(question.side, "worker")
    best = question.assumed
    if best is None or (best.column is None and best.value is None):
        why = f" ({question.why})" if question.why else ""
        return (f"Not decided: {question.text}{why}; open the file in the app and answer the "
                "question in the import review")
    evidence = f" ({best.evidence})" if best.evidence else ""
    if is_value_question(question):
        return (f'Assumed {_plain_role(level, question.role)} is "{best.value}" for every '
                f"{level}{evidence}; {ANSWER_IN_THE_APP}")
    if question.role == "firm_id" and question.side == "workers":
        what = "links workers to their firm"
    elif question.role == "firm_id":
        what = "is the firm ID of the firm table"
    else:
        what = f"is the {_plain_role(level, question.role)} of the {question.side[:-1]} table"
    return f'Assumed "{best.column}" {what}{evidence}; {ANSWER_IN_THE_APP}'


def question_warnings(study: Study) -> list[str]:
    """One warning sentence per open question of the study (none for a reviewed study)."""
    return [question_warning(q) for q in study.questions]


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
    lines = _question_lines(report.get("questions") or [])
    lines.append(report["message"])
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
    lines += _understanding_lines(report)
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


def _where(f: dict[str, Any]) -> str:
    where = str(f.get("table") or "")
    if f.get("row"):
        where += f", row {f['row']}"
    if f.get("column"):
        where += f", column {f['column']}"
    return where


def _question_lines(questions: list[dict[str, Any]]) -> list[str]:
    """The open questions, first in the report: what was assumed and what else fits."""
    if not questions:
        return []
    lines = [f"Questions to answer before you trust the numbers ({len(questions)}; answer them "
             "in the app's import review):"]
    for i, q in enumerate(questions, 1):
        why = f" ({q['why']})" if q.get("why") else ""
        lines.append(f"  {i}. {q['text']}{why}")
        for j, c in enumerate(q.get("candidates") or []):
            shown = c.get("value", c.get("column"))
            shown = "none of these" if shown is None else f'"{shown}"'
            label = "assumed now" if j == 0 else "or"
            evidence = f" — {c['evidence']}" if c.get("evidence") else ""
            lines.append(f"     {label}: {shown}{evidence}")
    lines.append("")
    return lines


def _understanding_lines(report: dict[str, Any]) -> list[str]:
    """Values assumed for every row, unit multipliers, and everything inferred or changed."""
    lines: list[str] = []
    assumed = [(side, r, v) for side in SIDES
               for r, v in (report.get("assumed_values", {}).get(side) or {}).items()]
    if assumed:
        lines += ["", "Assumed for every row (no column states it):"]
        lines += [f"  {side}: {r} = {v}" for side, r, v in assumed]
    scale = [(side, c, f) for side in SIDES
             for c, f in (report.get("unit_scale", {}).get(side) or {}).items()]
    if scale:
        lines += ["", "Numbers multiplied (unit from the column name):"]
        lines += [f"  {side}: {c} × {f:g}" for side, c, f in scale]
    inferred = report.get("inferred") or []
    if inferred:
        lines += ["", f"What was assumed or changed ({len(inferred)}):"]
        lines += [f"  {_where(f)}: {f['message']}" for f in inferred]
    return lines
