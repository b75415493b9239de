"""Adjusted gaps: the difference between groups of workers with their composition held fixed.

Why: "do upgrading firms pay more?" answered by raw group means mixes the firms' upgrading with
who works there and where: upgraders employ more technicians and more men, and are more often in
one country. Researchers expect the gap with those held constant beside the raw one (DOMAIN.md;
issue 12: the process gap in wage ÷ minimum falls from +0.166 to +0.104 once country, sector and
skill are held constant).

Exactly what is computed, per outcome y and grouping g with reference group r, on the rows where
y, g and the firm are known, the weight (when given) is positive and every control is known:

    y = a + Σ_{h≠r} b_h·1[g = h] + controls·c + e

by least squares (WLS with pweights when weights are given; a linear probability model when y
is 0/1), with the firm-clustered CR1 covariance of :func:`core.analysis.clustered.cluster_ols`
(statsmodels ``cov_type="cluster"``, ``use_t=True``; Stata's ``regress y i.g controls [pw=w],
vce(cluster firm)``): G/(G−1)·(N−1)/(N−K) and t with G−1 df, G the firms in the fit. b_h is
group h's adjusted gap; its 95 % interval is b_h ± t(G−1)·se and its p-value two-sided, unless
the caller passes a wild cluster bootstrap (few firms), which then makes both.

Controls: categorical ones (text, categories, yes/no) enter as dummies of their levels present
in the fit, the first level (category order, else sorted) left out, so ``country`` as a control
is country fixed effects; numbers enter as they are. What is left out is said in ``notes``:
rows with a missing control (counted per control), a control with a single value, and columns
the constant and earlier controls already determine (K then counts the columns kept, as Stata's
``regress`` does after omitting collinear ones). A group whose gap the controls cannot be told
apart from (e.g. all its workers, and only they, in one country that is a control) gets null
numbers and a note, never a number from an arbitrary generalised inverse; the other groups keep
theirs (their coefficients do not depend on how that collinearity is resolved).

Cost: the dummies are built with one scatter per control, the collinearity checks work on the
k×k cross-product, so 100k workers × 10 controls take well under a second.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.analysis.clustered import cluster_ols
from core.analysis.exact_tests import t_ppf, t_sf
from core.analysis.measures import firm_positions

DEFAULT_CONTROLS: tuple[str, ...] = ("skill_group", "gender")
"""Held constant unless the user chooses otherwise (plus country when the subset spans several)."""
OPTIONAL_CONTROLS: tuple[str, ...] = ("country", "sector", "tenure_years", "age", "contract",
                                      "employees", "education", "ownership")
"""What the user can add (role names of core/model/roles.py; firm roles are carried to each
worker; ``country`` gives country fixed effects, ``employees`` is firm size)."""
CONTROL_CHOICES: tuple[str, ...] = tuple(dict.fromkeys((*DEFAULT_CONTROLS, *OPTIONAL_CONTROLS)))
"""Every control a user can choose, defaults first (the Settings dialog lists them so)."""
AUTOMATIC_CONTROLS: frozenset[str] = frozenset((*DEFAULT_CONTROLS, "country"))
"""What ``controls=None`` stands for: the defaults, and country when the subset has several."""
P_CLUSTER_T = "cluster_t"
P_WILD_BOOTSTRAP = "wild_bootstrap"
ADJUSTED_COLUMNS = ["group", "adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high",
                    "adj_p_value", "adj_p_method", "adj_n_workers", "adj_n_firms"]
COLLINEAR_TOL = 1e-9
"""A column is dropped as collinear when less than this share of its (weighted, uncentred) sum
of squares is left after projecting it on the columns kept before it."""


@dataclass
class AdjustedResult:
    """The adjusted gaps of one comparison table and what was held constant."""

    table: pd.DataFrame
    """One row per group with workers (y, group and firm known), :data:`ADJUSTED_COLUMNS`."""
    controls: list[str] = field(default_factory=list)
    """The controls used (names of ``controls``' columns with at least one column kept)."""
    columns: list[str] = field(default_factory=list)
    """The fitted design, in order: ``const``, ``group=<name>`` dummies, then the controls'
    columns (``name=level`` for a dummy, ``name`` for a number). The bootstrap is given the
    index of a ``group=`` column."""
    notes: list[str] = field(default_factory=list)
    """Plain sentences for the warnings: rows left out, columns dropped, gaps not estimable."""
    reference: str | None = None
    dropped_columns: list[str] = field(default_factory=list)
    """Control columns left out because the constant and earlier controls determine them."""
    n_dropped_missing: int = 0
    """Workers left out because a control is missing (they have y, group and firm)."""
    n_obs: int = 0
    n_firms: int = 0


# ------------------------------------------------------------------------------ choosing controls

def _worker_values(firms: pd.DataFrame, workers: pd.DataFrame, name: str) -> pd.Series | None:
    if name in workers.columns and name != "firm_id":
        return workers[name]
    if name in firms.columns and name != "firm_id" and "firm_id" in workers.columns \
            and "firm_id" in firms.columns:
        return control_frame(firms, workers, [name])[name]
    return None


def controls_for(firms: pd.DataFrame, workers: pd.DataFrame,
                 requested: Sequence[str] | None = None) -> list[str]:
    """The controls that apply to these workers: ``requested`` as given, or (None)
    :data:`DEFAULT_CONTROLS` plus ``country`` when the workers' firms are in several countries
    (pooling minimum-wage regimes without it would credit the country mix to the group); each
    kept when the workers, or their firms, have it with at least two known values *among these
    workers* (a subset's constant control is no control)."""
    names = list(DEFAULT_CONTROLS) if requested is None else list(requested)
    if requested is None and "country" not in names:
        names.append("country")  # kept below only when the workers span several countries
    out = []
    for name in dict.fromkeys(names):
        values = _worker_values(firms, workers, name)
        if values is not None and values.nunique(dropna=True) >= 2:
            out.append(name)
    return out


def control_frame(firms: pd.DataFrame, workers: pd.DataFrame, names: Sequence[str]
                  ) -> pd.DataFrame:
    """The controls aligned to ``workers`` (same index): a worker column as it is, or a firm
    column carried to each worker through firm_id, as core.analysis.comparisons.worker_group
    carries groups (missing where the worker's firm is not in the firm table). Categories stay
    categorical with their order, numbers become float, anything else object with None."""
    out: dict[str, pd.Series] = {}
    pos = None
    for name in names:
        if name in workers.columns and name != "firm_id":
            out[name] = workers[name]
        elif name in firms.columns and "firm_id" in workers.columns:
            if pos is None:
                pos = firm_positions(firms["firm_id"], workers["firm_id"])
            out[name] = _carry(firms[name], pos, workers.index)
    return pd.DataFrame(out, index=workers.index)


def _carry(col: pd.Series, pos: np.ndarray, index: pd.Index) -> pd.Series:
    """Firm column → one value per worker (``pos``: the worker's firm row, -1 for none)."""
    safe = np.maximum(pos, 0)
    missing = pos < 0
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = col.cat.codes.to_numpy().astype(np.int64)
        taken = codes[safe] if len(codes) else np.full(len(pos), -1)
        return pd.Series(pd.Categorical.from_codes(np.where(missing, -1, taken), dtype=col.dtype),
                         index=index)
    if _is_number(col):
        values = col.to_numpy(dtype=float, na_value=np.nan)
        taken = values[safe] if len(values) else np.full(len(pos), np.nan)
        return pd.Series(np.where(missing, np.nan, taken), index=index)
    values = col.astype(object).to_numpy()
    taken = values[safe] if len(values) else np.full(len(pos), None, dtype=object)
    taken = np.array(taken, dtype=object)
    taken[missing] = None
    return pd.Series(taken, index=index, dtype=object)


# ------------------------------------------------------------------------------ design

def _is_number(s: pd.Series) -> bool:
    return (pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype)
            and not isinstance(s.dtype, pd.CategoricalDtype))


def firm_codes_of(firm_id: np.ndarray | pd.Series) -> np.ndarray:
    """Integer cluster codes of the workers' firms (order of first appearance)."""
    return np.asarray(pd.factorize(pd.Series(np.asarray(firm_id, dtype=object)))[0],
                      dtype=np.int64)


def encode_control(s: pd.Series) -> tuple[np.ndarray | None, np.ndarray, list[str]]:
    """(values of a number, else None; level codes, -1 where missing; level names)."""
    if _is_number(s):
        values = s.to_numpy(dtype=float, na_value=np.nan)
        return np.where(np.isfinite(values), values, np.nan), np.zeros(0, np.int64), []
    if isinstance(s.dtype, pd.CategoricalDtype):
        return None, s.cat.codes.to_numpy().astype(np.int64), [str(c) for c in
                                                                s.cat.categories]
    values = s.astype(object).to_numpy()
    try:
        codes, levels = pd.factorize(values, sort=True)
    except TypeError:  # mixed types cannot be sorted: first appearance
        codes, levels = pd.factorize(values)
    return None, np.asarray(codes, dtype=np.int64), [str(v) for v in levels]


def _left_share(A: np.ndarray, basis: list[int], j: int) -> float:
    """Share of column j's sum of squares outside the span of ``basis`` (A unit-diagonal)."""
    if not basis:
        return 1.0
    a = A[np.ix_(basis, [j])]
    return float(A[j, j] - (a.T @ np.linalg.pinv(A[np.ix_(basis, basis)]) @ a)[0, 0])


def _sweep(A: np.ndarray, order: Sequence[int], basis: list[int]) -> list[int]:
    """Extend ``basis`` (in place) by each column of ``order`` that adds to its span; return
    the columns left out."""
    dropped = []
    for j in order:
        if _left_share(A, basis, j) > COLLINEAR_TOL:
            basis.append(j)
        else:
            dropped.append(j)
    return dropped


def _constant(values: np.ndarray) -> bool:
    return len(values) > 0 and float(np.ptp(values)) <= 1e-12 * max(
        1.0, float(np.max(np.abs(values))))


def _null_table(names: Sequence[str], n_workers: Sequence[int], n_firms: Sequence[int]
                ) -> dict[str, list]:
    return {"group": list(names), "adj_diff": [np.nan] * len(names),
            "adj_diff_se": [np.nan] * len(names), "adj_diff_ci_low": [np.nan] * len(names),
            "adj_diff_ci_high": [np.nan] * len(names), "adj_p_value": [np.nan] * len(names),
            "adj_p_method": [None] * len(names), "adj_n_workers": [int(v) for v in n_workers],
            "adj_n_firms": [int(v) for v in n_firms]}


# ------------------------------------------------------------------------------ the fit

def _distinct_codes(codes: np.ndarray) -> np.ndarray:
    """``np.unique`` of non-negative integer codes, by counting when the codes are dense (issue
    #14: the hashing unique was 0.9 s of a facet change at 1M workers); same sorted values."""
    if len(codes) == 0:
        return np.unique(codes)
    top = int(codes.max()) + 1
    if top <= 4 * len(codes) + 4096:
        return np.flatnonzero(np.bincount(codes, minlength=top))
    return np.unique(codes)


def adjusted_gaps(y: np.ndarray | pd.Series, group: pd.Series | pd.Categorical,
                  firm_id: np.ndarray | pd.Series,
                  controls: pd.DataFrame, *, weights: np.ndarray | pd.Series | None = None,
                  reference: str | None = None, bootstrap: Callable | None = None,
                  bootstrap_groups: Collection[str] | None = None,
                  encoded: Mapping[str, tuple] | None = None,
                  firm_codes: np.ndarray | None = None) -> AdjustedResult:
    """Each group's gap from ``reference`` holding ``controls`` constant (module docstring).

    Inputs are aligned by position. ``group`` is categorical (order kept); the reference
    defaults to the first group present, as in core.analysis.comparisons.compare, whose rows
    these match. ``bootstrap(y, X, clusters, column, weights=...)`` (returning an object with
    p_value, ci_low, ci_high) replaces the t(G−1) p-value and interval of the groups in
    ``bootstrap_groups`` (None: every group) — the caller's few-firm rule; it is given the
    fitted design X and the column of the group's dummy. ``encoded`` (control name →
    :func:`encode_control` of that column) and ``firm_codes`` (:func:`firm_codes_of`
    ``firm_id``) let a caller fitting many outcomes on the same workers encode them once.
    """
    y_all = np.asarray(y, dtype=float)
    group = group if isinstance(group, pd.Series) else pd.Series(group)
    cat = group if isinstance(group.dtype, pd.CategoricalDtype) else group.astype("category")
    gcodes = cat.cat.codes.to_numpy().astype(np.int64)
    categories = [str(c) for c in cat.cat.categories]
    fcodes = firm_codes_of(firm_id) if firm_codes is None else firm_codes
    valid = np.isfinite(y_all) & (gcodes >= 0) & (fcodes >= 0)
    w_all = None if weights is None else np.asarray(weights, dtype=float)
    if w_all is not None:
        valid &= np.isfinite(w_all) & (w_all > 0)
    present = np.flatnonzero(np.bincount(gcodes[valid], minlength=len(categories)))
    names = [categories[i] for i in present]
    if reference is None and names:
        reference = names[0]
    notes: list[str] = []

    # Controls: encode each once; rows with any missing are left out, counted per control.
    encoded = []
    known = valid.copy()
    missing_by: dict[str, int] = {}
    for name in controls.columns:
        values, codes, levels = (encoded[name] if encoded is not None and name in encoded
                                 else encode_control(controls[name]))
        miss = np.isnan(values) if values is not None else codes < 0
        if (miss & valid).any():
            missing_by[str(name)] = int((miss & valid).sum())
        known &= ~miss
        encoded.append((str(name), values, codes, levels))
    n_missing = int(valid.sum() - known.sum())
    if n_missing:
        notes.append(f"{n_missing} workers with a missing control are left out of the adjusted "
                     "gap (" + ", ".join(f"{v} no {k}" for k, v in missing_by.items())
                     + "); the raw gap counts them")
    rows = np.flatnonzero(known)
    m = len(rows)
    yy, gg, cl = y_all[rows], gcodes[rows], fcodes[rows]
    ww = None if w_all is None else w_all[rows]
    n_workers = np.bincount(gg, minlength=len(categories))
    n_firms = np.zeros(len(categories), dtype=np.int64)
    if m:
        width = int(cl.max()) + 1
        cells = _distinct_codes(gg * width + cl)
        n_firms = np.bincount(cells // width, minlength=len(categories))
    table = _null_table(names, n_workers[present], n_firms[present])
    result = AdjustedResult(pd.DataFrame(table, columns=ADJUSTED_COLUMNS), [], [], notes,
                            reference, n_dropped_missing=n_missing, n_obs=m,
                            n_firms=len(_distinct_codes(cl)))
    if reference not in categories or not n_workers[categories.index(reference)]:
        notes.insert(0, f"no adjusted gaps: the reference group {reference!r} has no workers "
                        "with every control known")
        return result
    ref = categories.index(reference)
    others = [i for i in present if i != ref and n_workers[i]]
    emptied = [categories[i] for i in present if not n_workers[i]]
    if emptied:
        notes.append("no adjusted gap for " + ", ".join(repr(n) for n in emptied)
                     + ": none of its workers has every control known")

    # Columns: const, group dummies, controls (dummies of the levels present, first left out).
    labels, roles, blocks = ["const"], [None], [np.ones((m, 1))]
    single = []
    for name, values, codes, levels in encoded:
        if values is not None:
            v = values[rows]
            if _constant(v):
                single.append(name)
                continue
            blocks.append(v[:, None])
            labels.append(name)
            roles.append(name)
            continue
        c = codes[rows]
        used = np.flatnonzero(np.bincount(c, minlength=len(levels)))
        if len(used) < 2:
            single.append(name)
            continue
        local = np.full(len(levels), -1, dtype=np.int64)
        local[used] = np.arange(len(used))
        lc = local[c]
        block = np.zeros((m, len(used) - 1))
        hit = np.flatnonzero(lc > 0)
        block[hit, lc[hit] - 1] = 1.0
        blocks.append(block)
        labels += [f"{name}={levels[i]}" for i in used[1:]]
        roles += [name] * (len(used) - 1)
    if single:
        notes.append(", ".join(single) + (" has" if len(single) == 1 else " have")
                     + " a single value among the workers compared and cannot be held constant")
    n_ctrl = len(labels)
    group_block = np.zeros((m, len(others)))
    for k, i in enumerate(others):
        group_block[gg == i, k] = 1.0
    X_all = np.hstack([*blocks, group_block])
    group_idx = list(range(n_ctrl, n_ctrl + len(others)))

    # Collinearity on the unit-diagonal cross-product: controls first (a control the others
    # determine is dropped), then the groups (a group the controls determine has no gap).
    A = X_all.T @ (X_all if ww is None else X_all * ww[:, None])
    scale = np.sqrt(np.maximum(np.diag(A), 1e-300))
    A = A / np.outer(scale, scale)
    ctrl_basis = [0]
    dropped = _sweep(A, range(1, n_ctrl), ctrl_basis)
    if dropped:
        notes.append("already determined by other controls, left out: "
                     + ", ".join(labels[j] for j in dropped))
    basis = list(ctrl_basis)
    _sweep(A, group_idx, basis)
    everything = ctrl_basis + group_idx
    identified = {i: j in basis and _left_share(A, [c for c in everything if c != j], j)
                  > COLLINEAR_TOL for i, j in zip(others, group_idx, strict=True)}
    lost = [categories[i] for i in others if not identified[i]]
    if lost:
        notes.append("no adjusted gap for " + ", ".join(repr(n) for n in lost)
                     + ": the controls tell " + ("this group" if len(lost) == 1 else
                                                 "these groups")
                     + " apart from the reference (e.g. all its workers in one country), so "
                     "the gap cannot be separated from them")
    order = [0] + [j for j in group_idx if j in basis] + [j for j in ctrl_basis if j != 0]
    X = X_all[:, order]
    all_labels = labels + [f"group={categories[i]}" for i in others]
    result.columns = [all_labels[j] for j in order]
    result.dropped_columns = [labels[j] for j in dropped]
    kept_roles = {roles[j] for j in ctrl_basis if j != 0}
    result.controls = [name for name, *_ in encoded if name in kept_roles]

    fit = cluster_ols(yy, X, cl, ww)
    df = fit.df
    tq = float(t_ppf(0.975, df)) if df >= 1 else np.nan
    if df < 1:
        notes.append(f"all {m} workers compared are in one firm: the adjusted gaps cannot be "
                     "tested")
    out = pd.DataFrame(table, columns=ADJUSTED_COLUMNS).set_index("group")
    if others:
        out.loc[reference, "adj_diff"] = 0.0
    flat = []
    for i in others:
        name = categories[i]
        if not identified[i]:
            continue
        col = order.index(group_idx[others.index(i)])
        coef, se = float(fit.params[col]), float(fit.se[col])
        out.loc[name, ["adj_diff", "adj_diff_se"]] = [coef, se if np.isfinite(se) else np.nan]
        if df < 1 or not np.isfinite(se):
            continue
        pair = (gg == i) | (gg == ref)
        if (_constant(yy[gg == i]) and _constant(yy[gg == ref])) or se <= 1e-12 * max(
                1.0, abs(coef), float(np.std(yy[pair]))):
            out.loc[name, "adj_diff_se"] = np.nan
            flat.append(name)
            continue
        low, high = coef - tq * se, coef + tq * se
        p, method = float(2.0 * t_sf(abs(coef / se), df)), P_CLUSTER_T
        if bootstrap is not None and (bootstrap_groups is None or name in bootstrap_groups):
            res = bootstrap(yy, X, cl, col, weights=ww)
            p, low, high = float(res.p_value), float(res.ci_low), float(res.ci_high)
            method = P_WILD_BOOTSTRAP if np.isfinite(p) else None
        out.loc[name, ["adj_diff_ci_low", "adj_diff_ci_high", "adj_p_value"]] = [low, high, p]
        out.loc[name, "adj_p_method"] = method
    if flat:
        notes.append("adjusted gap of " + ", ".join(repr(n) for n in flat) + " not tested: "
                     "no variation in the outcome within the groups compared (any p-value "
                     "would be an artefact of rounding)")
    out = out.reset_index()
    out["adj_p_method"] = out["adj_p_method"].astype(object).where(out["adj_p_method"].notna(),
                                                                   None)
    result.table = out[ADJUSTED_COLUMNS]
    return result


__all__ = ["ADJUSTED_COLUMNS", "DEFAULT_CONTROLS", "OPTIONAL_CONTROLS", "AdjustedResult",
           "adjusted_gaps", "control_frame", "controls_for", "encode_control", "firm_codes_of"]
