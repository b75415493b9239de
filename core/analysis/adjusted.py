"""The gap between groups of workers holding other differences constant ("adjusted gap").

Why: "do upgrading firms pay more?" answered with raw group means mixes upgrading with who works
there: upgraders employ more technicians, more men, are more often in one country. Researchers
expect the gap with those held constant beside the raw one (DOMAIN.md; issue 12: the process gap
in wage ÷ minimum falls from +0.166 to +0.104 once country, sector and skill are held constant).

What is computed, per outcome y and grouping g: least squares of y on a constant, the dummies of
the non-reference groups and the controls (linear probability for 0/1 outcomes; pweights when
declared), with firm-clustered CR1 standard errors and t(G−1) (core.analysis.comparisons.
cluster_ols: Stata's ``regress y i.g controls, vce(cluster firm)``), or, when the caller passes
a bootstrap (few firms), the wild cluster restricted bootstrap's p-value and interval.

Controls: categorical ones enter as dummies (first level left out), numbers as they are. Rows with
a missing control are left out and counted; a control with one value in the rows left, or a
dummy the others already determine, is dropped and said; a group that the controls determine
completely (e.g. every worker of a group in one country that is a control) has no adjusted gap.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.analysis.clustered import cluster_ols
from core.analysis.measures import firm_positions

DEFAULT_CONTROLS = ("skill_group", "gender")
"""Held constant unless the user chooses otherwise (plus country when the subset spans several)."""
OPTIONAL_CONTROLS = ("country", "sector", "tenure_years", "age", "contract", "employees",
                     "education")
"""What the user can add (role names; firm roles are carried to each worker)."""
ADJUSTED_COLUMNS = ["group", "adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high",
                    "adj_p_value", "adj_p_method", "adj_n_workers"]


@dataclass
class AdjustedResult:
    """The adjusted gaps of one comparison table and what was held constant."""

    table: pd.DataFrame
    controls: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _known_values(s: pd.Series) -> int:
    return int(s.dropna().nunique())


def controls_for(firms: pd.DataFrame, workers: pd.DataFrame,
                 requested: Sequence[str] | None = None) -> list[str]:
    """The controls that apply to these data: ``requested`` (None: skill group and gender, and
    country when the workers' firms are in several countries), kept when the workers or their
    firms have the column with at least two known values."""
    names = list(DEFAULT_CONTROLS) if requested is None else list(requested)
    if requested is None and "country" not in names:
        names.append("country")  # kept below only when the subset spans several countries
    out = []
    for name in dict.fromkeys(names):
        if name in workers.columns and name != "firm_id":
            column = workers[name]
        elif name in firms.columns and "firm_id" in workers.columns and name != "firm_id":
            column = firms[name]
            if name == "country" and "firm_id" in firms.columns:
                pos = firm_positions(firms["firm_id"], workers["firm_id"])
                column = firms[name].iloc[pos[pos >= 0]] if len(firms) else firms[name]
        else:
            continue
        if _known_values(column) >= 2:
            out.append(name)
    return out


def control_frame(firms: pd.DataFrame, workers: pd.DataFrame, names: Sequence[str]
                  ) -> pd.DataFrame:
    """The controls aligned to the workers: worker columns as they are, firm columns carried to
    each worker through firm_id (missing for a worker whose firm is not in the firm table)."""
    out = pd.DataFrame(index=workers.index)
    pos = None
    for name in names:
        if name in workers.columns:
            out[name] = workers[name].to_numpy()
        elif name in firms.columns and "firm_id" in workers.columns:
            if pos is None:
                pos = firm_positions(firms["firm_id"], workers["firm_id"])
            values = firms[name].astype(object).to_numpy() if not pd.api.types.is_numeric_dtype(
                firms[name]) else firms[name].to_numpy(dtype=float, na_value=np.nan)
            taken = values[np.maximum(pos, 0)] if len(values) else np.full(len(pos), None)
            missing = pos < 0
            if missing.any():
                taken = taken.astype(object)
                taken[missing] = None
            out[name] = taken
    return out


def _design(controls: pd.DataFrame) -> tuple[np.ndarray, list[str], np.ndarray, list[str]]:
    """Control columns as a matrix (dummies for categories), their labels, the rows with every
    control known, and notes on what was dropped."""
    blocks, labels, notes = [], [], []
    known = np.ones(len(controls), dtype=bool)
    for name in controls.columns:
        col = controls[name]
        if pd.api.types.is_bool_dtype(col) or not pd.api.types.is_numeric_dtype(col):
            known &= col.notna().to_numpy()
        else:
            known &= np.isfinite(col.to_numpy(dtype=float, na_value=np.nan))
    for name in controls.columns:
        col = controls[name][known]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            blocks.append(col.to_numpy(dtype=float)[:, None])
            labels.append(name)
            continue
        codes, levels = pd.factorize(col.astype(object).astype(str), sort=True)
        if len(levels) < 2:
            continue
        dummies = np.zeros((len(col), len(levels) - 1))
        rows = np.flatnonzero(codes > 0)
        dummies[rows, codes[rows] - 1] = 1.0
        blocks.append(dummies)
        labels += [f"{name}={level}" for level in levels[1:]]
    matrix = np.hstack(blocks) if blocks else np.zeros((int(known.sum()), 0))
    return matrix, labels, known, notes


def _independent(base: np.ndarray, extra: np.ndarray, labels: list[str]
                 ) -> tuple[np.ndarray, list[str], list[str]]:
    """Keep the columns of ``extra`` that add to what ``base`` and the kept columns span, one at
    a time, by the rank of the cross-product (formed once: each check is on a small matrix);
    the dropped ones are named."""
    Z = np.column_stack([base, extra])
    gram = Z.T @ Z
    scale = np.sqrt(np.maximum(np.diag(gram), 1e-300))
    gram = gram / np.outer(scale, scale)  # unit diagonal: the rank test ignores units
    chosen = list(range(base.shape[1]))
    rank = np.linalg.matrix_rank(gram[np.ix_(chosen, chosen)], tol=1e-9)
    kept_labels, dropped = [], []
    for j, label in enumerate(labels):
        trial = [*chosen, base.shape[1] + j]
        trial_rank = np.linalg.matrix_rank(gram[np.ix_(trial, trial)], tol=1e-9)
        if trial_rank > rank:
            chosen, rank = trial, trial_rank
            kept_labels.append(label)
        else:
            dropped.append(label)
    return Z[:, chosen[base.shape[1]:]], kept_labels, dropped


def adjusted_gaps(y: np.ndarray, group: pd.Series, firm_id: pd.Series | np.ndarray,
                  controls: pd.DataFrame, *, weights: np.ndarray | None = None,
                  reference: str | None = None, bootstrap: Callable | None = None,
                  bootstrap_groups: Collection[str] | None = None) -> AdjustedResult:
    """Each group's gap from ``reference`` holding ``controls`` constant (see the module
    docstring). ``bootstrap(y, X, clusters, column, weights=...)`` (an object with p_value,
    ci_low, ci_high) replaces the t(G−1) p-value and interval when given, for the groups in
    ``bootstrap_groups`` (None: every group) — the caller's few-firm rule."""
    from scipy.stats import t as student_t

    y = np.asarray(y, dtype=float)
    cat = group if isinstance(group.dtype, pd.CategoricalDtype) else group.astype("category")
    codes = cat.cat.codes.to_numpy()
    firm = pd.Series(np.asarray(firm_id, dtype=object))
    valid = np.isfinite(y) & (codes >= 0) & firm.notna().to_numpy()
    w = None if weights is None else np.asarray(weights, dtype=float)
    if w is not None:
        valid &= np.isfinite(w) & (w > 0)
    ctrl_matrix, ctrl_labels, known, notes = _design(controls.reset_index(drop=True))
    n_missing = int((valid & ~known).sum())
    use = valid & known
    ctrl_rows = ctrl_matrix[use[known]]  # the control matrix has one row per known row
    if n_missing:
        notes.append(f"{n_missing} workers with a missing control "
                     f"({', '.join(controls.columns)}) are left out of the adjusted gap")
    names = [str(c) for c in cat.cat.categories]
    present = [i for i in range(len(names)) if np.any(codes[use] == i)]
    empty = pd.DataFrame({"group": [names[i] for i in present]})
    for col in ADJUSTED_COLUMNS[1:]:
        empty[col] = None if col == "adj_p_method" else np.nan
    result = AdjustedResult(empty, list(controls.columns), [], notes)
    if reference is None or reference not in names or names.index(reference) not in present:
        return result
    ref = names.index(reference)
    others = [i for i in present if i != ref]
    if not others:
        return result
    yy, gg, cl = y[use], codes[use], firm[use].to_numpy()
    ww = None if w is None else w[use]
    base = np.column_stack([np.ones(len(yy))] + [(gg == i).astype(float) for i in others])
    ctrl, labels, dropped = _independent(base, ctrl_rows, ctrl_labels)
    if dropped:
        notes.append("held constant already by the groups or other controls, left out: "
                     + ", ".join(dropped))
    X = np.column_stack([base, ctrl])
    fit = cluster_ols(yy, X, cl, ww)
    n_workers = np.bincount(gg, minlength=len(names))
    table = result.table.set_index("group")
    table["adj_n_workers"] = [int(n_workers[i]) for i in present]
    half = (float(student_t.ppf(0.975, fit.df)) if fit.df >= 1 else np.nan) * fit.se
    with np.errstate(invalid="ignore", divide="ignore"):
        p = 2.0 * student_t.sf(np.abs(fit.params / fit.se), fit.df) if fit.df >= 1 else \
            np.full(len(fit.params), np.nan)
    table.loc[reference, "adj_diff"] = 0.0
    for col, i in enumerate(others, start=1):
        name = names[i]
        if not np.isfinite(fit.se[col]) or fit.se[col] <= 0:
            continue
        low, high, p_value, method = (fit.params[col] - half[col], fit.params[col] + half[col],
                                      p[col], "cluster_t")
        if bootstrap is not None and (bootstrap_groups is None or name in bootstrap_groups):
            res = bootstrap(yy, X, cl, col, weights=ww)
            low, high, p_value, method = res.ci_low, res.ci_high, res.p_value, "wild_bootstrap"
        table.loc[name, ["adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high",
                         "adj_p_value"]] = [fit.params[col], fit.se[col], low, high, p_value]
        table.loc[name, "adj_p_method"] = method
    result.table = table.reset_index()[ADJUSTED_COLUMNS]
    result.columns = ["const", *[f"group={names[i]}" for i in others], *labels]
    result.notes = notes
    return result


__all__ = ["ADJUSTED_COLUMNS", "DEFAULT_CONTROLS", "OPTIONAL_CONTROLS", "AdjustedResult",
           "adjusted_gaps", "control_frame", "controls_for"]
