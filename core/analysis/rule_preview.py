"""What a rule change would do, before it is applied: counts per type and the firms that move.

The rule editor shows "14 firms change category" from here; a script or test gets the same number by
calling :func:`preview_rules` on the same firm table (no Qt, no state).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.rules import TYPES, evaluate_rules, validate_rules


@dataclass
class RulePreview:
    """Before/after of a rule change on one firm table."""

    counts: pd.DataFrame
    """One row per type (and 'downgraded'): type, yes_before, yes_after, unknown_before,
    unknown_after, n_flipped (firms whose yes/no/unknown value changed)."""
    changed: pd.DataFrame
    """Firms whose highest type changes: firm_id, before, after."""
    transitions: pd.DataFrame
    """before, after, n_firms: how many firms move from each category to each other one."""
    n_firms: int

    @property
    def n_changed(self) -> int:
        return len(self.changed)


def _tri(s: pd.Series | None, n: int) -> np.ndarray:
    """'yes' / 'no' / 'unknown' / 'not computed' per firm, for comparing flags."""
    if s is None:
        return np.full(n, "not computed", dtype=object)
    arr = s.astype("boolean")
    return np.where(arr.isna().to_numpy(), "unknown",
                    np.where(arr.fillna(False).to_numpy(dtype=bool), "yes", "no")).astype(object)


def preview_rules(firms: pd.DataFrame, current: Mapping | None,
                  proposed: Mapping | None) -> RulePreview:
    """Evaluate both rule sets on ``firms`` (canonical firm roles; derived columns are ignored) and
    compare: per-type counts and the firms whose ``highest_type`` changes. None = default rules.
    Raises core.common.errors.RuleError when ``proposed`` is not a valid rule set."""
    proposed = None if proposed is None else validate_rules(proposed)
    before = evaluate_rules(firms, current).table
    same = (validate_rules(current) if current is not None else None) == proposed
    after = before if same else evaluate_rules(firms, proposed).table  # once on a new result
    n = len(firms)
    rows = []
    for name in (*TYPES, "downgraded"):
        b = _tri(before.get(name), n)
        a = _tri(after.get(name), n)
        if name not in before.columns and name not in after.columns:
            continue
        rows.append({"type": name, "yes_before": int((b == "yes").sum()),
                     "yes_after": int((a == "yes").sum()),
                     "unknown_before": int((b == "unknown").sum()),
                     "unknown_after": int((a == "unknown").sum()),
                     "n_flipped": int((a != b).sum())})
    counts = pd.DataFrame(rows, columns=["type", "yes_before", "yes_after", "unknown_before",
                                         "unknown_after", "n_flipped"])
    hb = before["highest_type"].astype(str).to_numpy()
    ha = after["highest_type"].astype(str).to_numpy()
    moved = hb != ha
    ids = (firms["firm_id"].to_numpy() if "firm_id" in firms.columns
           else np.arange(n))
    changed = pd.DataFrame({"firm_id": ids[moved], "before": hb[moved], "after": ha[moved]})
    transitions = (changed.groupby(["before", "after"], sort=True).size()
                   .rename("n_firms").reset_index()
                   .sort_values("n_firms", ascending=False, kind="stable")
                   .reset_index(drop=True)) if len(changed) else pd.DataFrame(
        columns=["before", "after", "n_firms"])
    return RulePreview(counts, changed.reset_index(drop=True), transitions, n)


__all__ = ["RulePreview", "preview_rules"]
