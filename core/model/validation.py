"""Cross-table checks on a built survey: IDs, links, units, stray total rows.

Per-value checks (out of range, unlabeled codes, spelling merges) happen while the frames are built
(core/model/survey.py); this module checks what needs the whole table or both tables. Every finding names
the sheet, the row as Excel shows it and the column, so the researcher can go and look.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.common.messages import say
from core.io.headers import total_row_word
from core.model.canonical import Survey
from core.model.keys import restarts_within

MAX_LISTED = 30
"""Beyond this many findings of one kind, the rest are summarised in one line."""

def _table_name(survey: Survey, side: str) -> str:
    raw = survey.raw.get(side)
    return raw.name if raw is not None else side


def _column(survey: Survey, side: str, role_name: str) -> str | None:
    return survey.study.column_for(side, role_name)


def _listed(findings: list[Finding], extra: int, severity: str, code: str, message: str,
            table: str, column: str | None) -> list[Finding]:
    if extra > 0:
        findings.append(Finding(severity, message.format(n=extra), table, None, column, code))
    return findings


def check_ids(survey: Survey, side: str, id_role: str) -> list[Finding]:
    """Duplicate and missing IDs in one table."""
    frame = survey.firms if side == "firms" else survey.workers
    table = _table_name(survey, side)
    col = _column(survey, side, id_role)
    if id_role not in frame.columns:
        if id_role == "firm_id" and len(frame.columns):
            return [Finding("error", f"No firm ID column was found in {table}: firms and workers "
                            "cannot be linked. Choose the firm ID column in the import review",
                            table, None, None, "no_firm_id")]
        return []
    ids = frame[id_role]
    rows = survey.source_rows[side]
    out: list[Finding] = []
    missing = ids.isna().to_numpy()
    for i in np.flatnonzero(missing)[:MAX_LISTED]:
        out.append(Finding("warning", f"Row has no {id_role}", table, int(rows[i]), col,
                           "missing_id"))
    if side == "workers" and id_role == "worker_id" and "firm_id" in frame.columns \
            and restarts_within(ids, frame["firm_id"]):
        return out + _compound_duplicates(survey, frame, table, col, rows, missing)
    if side == "firms" or id_role == "worker_id":
        dup = ids.duplicated(keep=False).to_numpy() & ~missing
        idx = np.flatnonzero(dup)
        for i in idx[:MAX_LISTED]:
            first = int(rows[np.flatnonzero((ids == ids.iloc[i]).to_numpy())[0]])
            out.append(Finding("error", f"Duplicate {id_role} \"{ids.iloc[i]}\" (also on row "
                               f"{first}); each {'firm' if side == 'firms' else 'worker'} must "
                               "appear once", table, int(rows[i]), col, "duplicate_id"))
        _listed(out, len(idx) - MAX_LISTED, "error", "duplicate_id",
                "{n} more rows have a duplicate " + id_role, table, col)
    return out


def _compound_duplicates(survey: Survey, frame: pd.DataFrame, table: str, col: str | None,
                         rows: np.ndarray, missing: np.ndarray) -> list[Finding]:
    """Worker numbers that restart in each firm: a worker is firm + number, so only a repeat of
    that pair is a duplicate. Said once (unless the proposal already said so)."""
    out: list[Finding] = []
    if not any(f.code == "worker_ids_restart" for f in survey.findings):
        n_firms = int(frame.loc[~missing, "firm_id"].nunique())
        out.append(Finding("info", say('Worker numbers in column "{column}" restart in each '
                                       "firm ({n} firms): workers are identified by firm + "
                                       "worker number, so the same number in two firms is not "
                                       "a duplicate", column=col, n=f"{n_firms:,}"),
                           table, None, col, "worker_ids_restart"))
    ids, firm = frame["worker_id"], frame["firm_id"]
    pair = pd.DataFrame({"f": firm.astype(object), "w": ids.astype(object)})
    dup = pair.duplicated(keep=False).to_numpy() & ~missing
    idx = np.flatnonzero(dup)
    pos = pair.assign(pos=np.arange(len(pair))).groupby(["f", "w"], dropna=False)["pos"]
    first_of, last_of = pos.transform("min").to_numpy(), pos.transform("max").to_numpy()
    for i in idx[:MAX_LISTED]:
        first = int(rows[first_of[i] if first_of[i] != i else last_of[i]])
        out.append(Finding("error", f"Duplicate worker \"{ids.iloc[i]}\" in firm "
                           f"\"{firm.iloc[i]}\" (also on row {first}); each worker must appear "
                           "once in a firm", table, int(rows[i]), col, "duplicate_id"))
    _listed(out, len(idx) - MAX_LISTED, "error", "duplicate_id",
            "{n} more rows repeat a firm + worker number", table, col)
    return out


def check_links(survey: Survey) -> list[Finding]:
    """Workers whose firm is not in the firm table, and firms without any worker."""
    if "firm_id" not in survey.firms.columns or "firm_id" not in survey.workers.columns:
        return []
    if survey.raw.get("firms") is None:  # a worker file alone: no firm table to miss them from
        return []
    out: list[Finding] = []
    firm_ids = set(survey.firms["firm_id"].dropna())
    w_ids = survey.workers["firm_id"]
    wt = _table_name(survey, "workers")
    wcol = _column(survey, "workers", "firm_id")
    orphan = (w_ids.notna() & ~w_ids.isin(firm_ids)).to_numpy()
    idx = np.flatnonzero(orphan)
    rows = survey.source_rows["workers"]
    for i in idx[:MAX_LISTED]:
        out.append(Finding("warning", say('Worker\'s firm "{firm}" is not in the firm table; '
                                          "this worker is left out of firm-level results",
                                          firm=w_ids.iloc[i]),
                           wt, int(rows[i]), wcol, "orphan_worker"))
    _listed(out, len(idx) - MAX_LISTED, "warning", "orphan_worker",
            "{n} more workers have a firm that is not in the firm table", wt, wcol)
    worker_firms = set(w_ids.dropna())
    f_ids = survey.firms["firm_id"]
    ft = _table_name(survey, "firms")
    fcol = _column(survey, "firms", "firm_id")
    frows = survey.source_rows["firms"]
    alone = (f_ids.notna() & ~f_ids.isin(worker_firms)).to_numpy()
    idx = np.flatnonzero(alone)
    for i in idx[:MAX_LISTED]:
        out.append(Finding("info", f"Firm \"{f_ids.iloc[i]}\" has no workers in the worker table",
                           ft, int(frows[i]), fcol, "firm_without_workers"))
    _listed(out, len(idx) - MAX_LISTED, "info", "firm_without_workers",
            "{n} more firms have no workers in the worker table", ft, fcol)
    return out


def check_pay_units(survey: Survey) -> list[Finding]:
    """Pay that looks like a different money unit (VND vs thousand VND): within each country and
    pay period, amounts more than 100× away from the median are flagged."""
    w = survey.workers
    if "pay_amount" not in w.columns:
        return []
    pay = w["pay_amount"]
    keys = []
    for role_name in ("pay_period",):
        if role_name in w.columns:
            keys.append(w[role_name].astype(object).fillna("?"))
    if "country" in survey.firms.columns and "firm_id" in w.columns and "firm_id" in survey.firms:
        country = w["firm_id"].map(dict(zip(survey.firms["firm_id"], survey.firms["country"],
                                            strict=False)))
        keys.append(country.astype(object).fillna("?"))
    group = (pd.Series(list(zip(*keys, strict=True)), index=w.index) if keys
             else pd.Series("all", index=w.index))
    median = pay.groupby(group).transform("median")
    ratio = pay / median
    odd = ((ratio > 100) | (ratio < 0.01)).fillna(False).to_numpy() & (median > 0).to_numpy()
    rows = survey.source_rows["workers"]
    wt = _table_name(survey, "workers")
    col = _column(survey, "workers", "pay_amount")
    out = []
    idx = np.flatnonzero(odd)
    for i in idx[:MAX_LISTED]:
        out.append(Finding("warning", f"Pay {pay.iloc[i]:,.0f} is about {ratio.iloc[i]:.3g}× the "
                           "typical pay for the same country and pay period: is it in another "
                           "unit (e.g. thousand VND)?", wt, int(rows[i]), col, "unit_suspicion"))
    _listed(out, len(idx) - MAX_LISTED, "warning", "unit_suspicion",
            "{n} more pay amounts look like a different money unit", wt, col)
    return out


def check_total_rows(survey: Survey) -> list[Finding]:
    """Rows that read 'Total' / 'Tổng cộng' in their first text cell: kept, but flagged."""
    out = []
    for side in ("firms", "workers"):
        raw = survey.raw.get(side)
        if raw is None or raw.n_rows == 0:
            continue
        tail = raw.data.tail(5)
        for i, row in tail.iterrows():
            word = total_row_word(row.tolist())  # the readers' own test, so both agree
            if word:
                out.append(Finding("warning", f"This row looks like a \"{word}\" row, not a "
                                   f"{side[:-1]}; delete it from the sheet or it is counted as one",
                                   raw.name, raw.sheet_row(int(i)), None, "total_row"))
    return out


def check_empty(survey: Survey) -> list[Finding]:
    out = []
    for side in ("firms", "workers"):
        raw = survey.raw.get(side)
        if raw is not None and raw.n_rows == 0:
            out.append(Finding("warning", f"The {side[:-1]} sheet has column names but no data "
                               "rows", raw.name, raw.header_row, None, "header_only"))
    return out


def validate_survey(survey: Survey) -> list[Finding]:
    """All cross-table checks, in the order a researcher would fix them."""
    out: list[Finding] = []
    out += check_empty(survey)
    out += check_ids(survey, "firms", "firm_id")
    out += check_ids(survey, "workers", "worker_id")
    out += check_ids(survey, "workers", "firm_id") if len(survey.workers.columns) else []
    out += check_links(survey)
    out += check_pay_units(survey)
    out += check_total_rows(survey)
    return out
