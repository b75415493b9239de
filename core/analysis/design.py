"""Survey-design estimation: sampling weights, strata and PSUs, Taylor-linearised SEs.

Why: a declared firm weight (Enterprise Surveys map one automatically) changes what the survey
says — the process share is 0.464 unweighted but 0.178 weighted — and with strata and PSUs the
SE must follow the design, not an i.i.d. formula. No samplics wheel is available offline, so the
estimator is written here in numpy and checked against R survey's published numbers (via the
samplics test suite, tests/data/design/README.md).

The estimator (Wolter 2007, ch. 6; Stata ``[SVY] variance estimation``; R ``svyrecvar``), for
with-replacement sampling of PSUs within strata (no finite-population correction):

    V(θ̂) = Σ_h n_h/(n_h − 1) Σ_j (z_hj − z̄_h)(z_hj − z̄_h)',

where z_hj is the sum over the rows of PSU j in stratum h of the linearised score (for a ratio
mean: w_i (y_i − ŷ)/Σw; for a regression: w_i x_i e_i, sandwiched by the bread (X'WX)⁻¹), n_h the
number of PSUs in stratum h and z̄_h their mean. Design degrees of freedom: #PSU − #strata.

Conventions (as Stata and R):
- ``psu=None``: each row is its own PSU; ``strata=None``: one stratum. PSU labels are nested in
  strata (PSU 1 of stratum A and PSU 1 of stratum B are two PSUs), like R's ``nest=TRUE``.
- Domains (a group of workers, the known answers of a flag) are estimated as subpopulations:
  rows outside the domain keep their PSU in the design with a score of 0 (Stata ``subpop()``,
  R ``subset()``), which is the correct variance; the df counts only the PSUs and strata that
  hold domain rows (R's ``degf`` of a subset; more conservative than Stata's full-design df,
  which matters when a group has few firms).
- **Singleton strata** (one PSU in the stratum): contribute 0 to the variance and 0 to the df
  (1 PSU − 1 stratum) — Stata's ``singleunit(certainty)``, R's ``survey.lonely.psu =
  "certainty"``, samplics' ``SinglePSUEst.skip``. It treats the PSU as sampled with certainty; the
  caller reports how many there were (:func:`design_summary`), since it can understate the SE.
- Rows without a usable design (weight missing, negative or infinite; stratum or PSU missing) are
  not in the sample at all; :func:`design_summary` counts them so the caller can say so.
- Weights are pweights (inverse selection probabilities); zero weights are allowed and add 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.analysis.intervals import SHARE_CI_METHOD, effective_n, kish_effective_n, share_interval

DESIGN_TEST = "design_wald"
"""``test`` name of :func:`design_test` (Wald F with design df, Stata's adjusted Wald)."""


@dataclass(frozen=True)
class Design:
    """Per-row survey design. Any part may be None: no weights = all 1; no strata = one stratum;
    no PSU = each row its own PSU (e.g. firms as the sampled units)."""

    weights: np.ndarray | None = None
    strata: np.ndarray | None = None
    psu: np.ndarray | None = None


DESIGN_ROLES = ("weight", "strata", "psu")
"""Firm-table roles that make a survey design (core/model/roles.py)."""


def firm_design(firms: pd.DataFrame) -> Design | None:
    """The firm table's design (weight, strata, PSU roles; any may be absent), or None when it
    declares none of them, so firm statistics stay unweighted. A weight that is not a number
    counts as missing: that firm is left out of the weighted statistics (and counted by
    :func:`design_summary`)."""
    present = [r for r in DESIGN_ROLES if r in firms.columns]
    if not present:
        return None
    weights = None
    if "weight" in firms.columns:
        weights = pd.to_numeric(firms["weight"], errors="coerce").to_numpy(dtype=float,
                                                                         na_value=np.nan)

    def labels(role: str) -> np.ndarray | None:
        if role not in firms.columns:
            return None
        return firms[role].astype(object).where(firms[role].notna(), None).to_numpy()

    return Design(weights, labels("strata"), labels("psu"))


# ---------------------------------------------------------------------------- internals
def _codes(values: np.ndarray | None, n: int) -> np.ndarray:
    """Integer codes 0..k−1 of a label column (any dtype); −1 where missing; zeros when None."""
    if values is None:
        return np.zeros(n, dtype=np.int64)
    arr = np.asarray(values)
    if len(arr) != n:
        raise ValueError(f"A design column has {len(arr)} rows, expected {n}.")
    codes, _ = pd.factorize(pd.Series(arr), sort=True)
    return codes.astype(np.int64)


@dataclass(frozen=True)
class _Layout:
    """Rows in the sample, their weight, stratum code and (stratum-nested) PSU code."""

    in_sample: np.ndarray      # bool per row
    w: np.ndarray              # weight per row (0 outside the sample)
    psu: np.ndarray            # PSU code per row (−1 outside), 0..n_psu−1
    psu_stratum: np.ndarray    # stratum code of each PSU
    n_psu: int
    n_strata: int


def _layout(design: Design, n: int) -> _Layout:
    w = np.ones(n) if design.weights is None else np.asarray(design.weights, dtype=float)
    if len(w) != n:
        raise ValueError(f"The weights have {len(w)} rows, expected {n}.")
    s = _codes(design.strata, n)
    p = np.arange(n, dtype=np.int64) if design.psu is None else _codes(design.psu, n)
    ok = np.isfinite(w) & (w >= 0) & (s >= 0) & (p >= 0)
    # nest PSUs in strata: one code per (stratum, psu) pair present in the sample
    pair = s[ok] * (int(p[ok].max()) + 1 if ok.any() else 1) + p[ok]
    uniq, inv = np.unique(pair, return_inverse=True)
    psu = np.full(n, -1, dtype=np.int64)
    psu[ok] = inv
    psu_stratum_raw = np.zeros(len(uniq), dtype=np.int64)
    psu_stratum_raw[inv] = s[ok]
    _, psu_stratum = np.unique(psu_stratum_raw, return_inverse=True)
    return _Layout(ok, np.where(ok, w, 0.0), psu, psu_stratum.astype(np.int64), len(uniq),
                   int(psu_stratum.max()) + 1 if len(uniq) else 0)


def _between_psu(totals: np.ndarray, psu_stratum: np.ndarray, n_strata: int,
                 active: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Σ_h n_h/(n_h−1) Σ_j (z_hj − z̄_h)(z_hj − z̄_h)' from PSU totals (n_psu × k), and the df.

    ``active`` (n_psu × m bool, optional): which PSUs hold rows of each of m domains, for the df
    (#active PSUs − #strata with an active PSU). Returns (k × k variance, df per domain)."""
    n_psu, k = totals.shape
    n_h = np.bincount(psu_stratum, minlength=n_strata).astype(float)
    sums = np.zeros((n_strata, k))
    np.add.at(sums, psu_stratum, totals)
    means = sums / np.maximum(n_h, 1.0)[:, None]
    dev = totals - means[psu_stratum]
    factor = np.where(n_h > 1, n_h / np.maximum(n_h - 1.0, 1.0), 0.0)  # singleton: certainty
    dev = dev * np.sqrt(factor[psu_stratum])[:, None]
    var = dev.T @ dev
    if active is None:
        active = np.ones((n_psu, 1), dtype=bool)
    n_active = active.sum(axis=0)
    strata_active = np.zeros((n_strata, active.shape[1]), dtype=bool)
    np.logical_or.at(strata_active, psu_stratum, active)
    df = n_active - strata_active.sum(axis=0)
    return var, df.astype(np.int64)


# ---------------------------------------------------------------------------- public API
def design_summary(design: Design, n: int) -> dict:
    """Counts the caller turns into a Finding and the JSON ``design`` note: rows in the sample,
    rows dropped for a missing/invalid weight, stratum or PSU, strata, PSUs, singleton strata
    (treated as certainty units, variance 0) and the design df (#PSU − #strata)."""
    lay = _layout(design, n)
    n_h = np.bincount(lay.psu_stratum, minlength=lay.n_strata)
    return {"n_rows": int(lay.in_sample.sum()), "n_dropped": int(n - lay.in_sample.sum()),
            "n_strata": lay.n_strata, "n_psu": lay.n_psu,
            "n_singleton_strata": int((n_h == 1).sum()), "df": lay.n_psu - lay.n_strata}


def taylor_mean(y: np.ndarray, design: Design, *, valid: np.ndarray | None = None
                ) -> tuple[float, float, int]:
    """Weighted mean Σwy/Σw of ``y`` over the ``valid`` rows with finite y (a domain; the other
    rows keep their PSUs with score 0), its Taylor-linearised SE and the design df (#PSU − #strata
    holding domain rows). NaN mean/SE when the domain has no weight; NaN SE when df < 1."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    lay = _layout(design, n)
    dom = lay.in_sample & np.isfinite(y)
    if valid is not None:
        dom &= np.asarray(valid, dtype=bool)
    w = np.where(dom, lay.w, 0.0)
    total_w = w.sum()
    if not dom.any() or total_w <= 0:
        return float("nan"), float("nan"), 0
    yd = np.where(dom, y, 0.0)
    mean = float((w * yd).sum() / total_w)
    score = w * (yd - mean) / total_w
    rows = lay.in_sample
    totals = np.bincount(lay.psu[rows], weights=score[rows], minlength=lay.n_psu)[:, None]
    active = (np.bincount(lay.psu[rows], weights=dom[rows].astype(float),
                          minlength=lay.n_psu) > 0)[:, None]
    var, df = _between_psu(totals, lay.psu_stratum, lay.n_strata, active)
    d = int(df[0])
    se = float(np.sqrt(max(var[0, 0], 0.0))) if d >= 1 else float("nan")
    return mean, se, d


def taylor_regression_cov(X: np.ndarray, resid: np.ndarray, design: Design, bread: np.ndarray
                          ) -> tuple[np.ndarray, int]:
    """Linearised (sandwich) covariance of weighted least squares: bread · meat · bread with
    meat = Σ_h n_h/(n_h−1) Σ_j (z_hj − z̄_h)(z_hj − z̄_h)', z_hj = Σ_{i∈PSU j} w_i x_i e_i, and
    bread = (X'WX)⁻¹ — what R's ``svyglm`` and Stata's ``svy: regress`` report. Rows with a
    non-finite residual or regressor are outside the estimation (score 0, PSU kept). Returns
    (k × k covariance, df = #PSU − #strata holding estimation rows)."""
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    e = np.asarray(resid, dtype=float)
    n = len(e)
    lay = _layout(design, n)
    est = lay.in_sample & np.isfinite(e) & np.isfinite(X).all(axis=1)
    scores = np.where(est[:, None], X * (lay.w * np.where(est, e, 0.0))[:, None], 0.0)
    rows = lay.in_sample
    totals = np.zeros((lay.n_psu, X.shape[1]))
    np.add.at(totals, lay.psu[rows], scores[rows])
    active = (np.bincount(lay.psu[rows], weights=est[rows].astype(float),
                          minlength=lay.n_psu) > 0)[:, None]
    meat, df = _between_psu(totals, lay.psu_stratum, lay.n_strata, active)
    bread = np.asarray(bread, dtype=float)
    return bread @ meat @ bread.T, int(df[0])


def weighted_shares_by(flag: np.ndarray, known: np.ndarray, group_codes: np.ndarray,
                       n_groups: int, weights: np.ndarray | None,
                       strata: np.ndarray | None = None, psu: np.ndarray | None = None,
                       alpha: float = 0.05) -> dict:
    """Weighted share of ``flag`` among the ``known`` rows of each group 0..n_groups−1 (code −1:
    in no group), vectorised: the share Σw·flag/Σw, its Taylor SE (domain estimation, see the
    module docstring), and a Korn–Graubard interval that stays in [0, 1] and never collapses.

    The Korn–Graubard "n" is Kish's effective n of the group's weights, so 0/n and n/n shares
    get the interval of as many equally weighted answers, and its df the group's design df
    (#PSU − #strata holding the group). With ``n_groups=1`` and all codes 0 it gives the overall
    share. Returns arrays per group: share, se, ci_low, ci_high, n_known, n_eff (the design
    effective n behind the interval), df, n_psu; and ci_method (a string).
    """
    f = np.asarray(flag, dtype=float)
    n = len(f)
    g = np.asarray(group_codes, dtype=np.int64)
    lay = _layout(Design(weights, strata, psu), n)
    dom = lay.in_sample & np.asarray(known, dtype=bool) & np.isfinite(f) & (g >= 0) & (g < n_groups)
    gd = np.where(dom, g, 0)
    w = np.where(dom, lay.w, 0.0)
    fy = np.where(dom, f, 0.0)
    n_known = np.bincount(gd[dom], minlength=n_groups).astype(np.int64)
    total_w = np.bincount(gd, weights=w, minlength=n_groups)
    total_wy = np.bincount(gd, weights=w * fy, minlength=n_groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total_w > 0, total_wy / np.where(total_w > 0, total_w, 1.0), np.nan)
    # PSU × group totals of w and w·flag; score total z_jg = (T_wy − p_g T_w) / W_g
    idx = lay.psu[dom] * n_groups + gd[dom]
    size = lay.n_psu * n_groups
    t_w = np.bincount(idx, weights=w[dom], minlength=size).reshape(lay.n_psu, n_groups)
    t_wy = np.bincount(idx, weights=(w * fy)[dom], minlength=size).reshape(lay.n_psu, n_groups)
    cnt = np.bincount(idx, minlength=size).reshape(lay.n_psu, n_groups)
    safe_w = np.where(total_w > 0, total_w, 1.0)
    z = (t_wy - np.nan_to_num(share)[None, :] * t_w) / safe_w[None, :]
    active = cnt > 0
    var, df = _between_psu(z, lay.psu_stratum, lay.n_strata, active)
    se = np.sqrt(np.clip(np.diag(var), 0.0, None))
    se = np.where((total_w > 0) & (df >= 1), se, np.nan)
    kish = np.asarray(kish_effective_n(w, np.where(dom, g, -1), n_groups), dtype=float)
    n_eff = np.where(total_w > 0, effective_n(share, se, kish), 0.0)
    low, high = share_interval(share, se, kish, df + 1, alpha)
    return {"share": share, "se": se, "ci_low": low, "ci_high": high, "n_known": n_known,
            "n_eff": n_eff, "df": df, "n_psu": active.sum(axis=0).astype(np.int64),
            "ci_method": SHARE_CI_METHOD}


def worker_weights(firm_weight_per_worker: np.ndarray | None,
                   worker_weight: np.ndarray | None) -> np.ndarray | None:
    """Worker sampling weight = firm weight × within-firm worker weight (pweights multiply across
    the two stages, as Stata's ``svy`` does with a product of stage weights).

    Rules: a side that is not mapped (None) counts as 1 (no within-firm weight: every worker of a
    firm stands for the same number of workers); a row where a mapped weight is missing,
    negative or infinite gets NaN, i.e. the worker is left out of weighted statistics (Stata drops
    such rows too) — the caller counts ``np.isnan`` and reports it; zero is kept (adds nothing).
    Returns None when neither side is mapped (unweighted)."""
    if firm_weight_per_worker is None and worker_weight is None:
        return None
    parts = [np.asarray(a, dtype=float) for a in (firm_weight_per_worker, worker_weight)
             if a is not None]
    out = np.ones(len(parts[0]))
    for part in parts:
        if len(part) != len(out):
            raise ValueError("Firm and worker weights must have one value per worker.")
        out = out * np.where(np.isfinite(part) & (part >= 0), part, np.nan)
    return out


def design_test(flag: np.ndarray, known: np.ndarray, group_codes: np.ndarray,
                weights: np.ndarray | None, strata: np.ndarray | None = None,
                psu: np.ndarray | None = None) -> dict:
    """Do the groups' weighted shares differ? Weighted linear probability model of ``flag`` on
    group dummies (its coefficients are the group shares), Taylor covariance, and Stata's adjusted
    Wald test of q = #groups − 1 equalities (fewer when a contrast has no variation and a zero
    difference): F = W·(d − q + 1)/(d·q) on (q, d − q + 1) df, d the design df (#PSU −
    #strata of the compared rows). Returns statistic (F), dof (q),
    dof_denominator, p_value, n, test="design_wald" and note (why no p-value, else "").

    No p-value (NaN, with a note) when the rows have no variation, fewer than 2 groups hold
    known rows, a difference has zero variance (e.g. two groups with shares 0 and 1), or
    d − q + 1 < 1 — never a p of 1e-13 from rounding."""
    f = np.asarray(flag, dtype=float)
    g = np.asarray(group_codes, dtype=np.int64)
    n = len(f)
    lay = _layout(Design(weights, strata, psu), n)
    est = lay.in_sample & np.asarray(known, dtype=bool) & np.isfinite(f) & (g >= 0)
    est &= lay.w > 0
    present = np.unique(g[est])
    out = {"statistic": float("nan"), "dof": 0, "dof_denominator": 0, "p_value": float("nan"),
           "n": int(est.sum()), "test": DESIGN_TEST, "note": ""}
    if len(present) < 2:
        out["note"] = "Cannot test: fewer than two groups have answers."
        return out
    fe = f[est]
    if np.ptp(fe) <= 1e-12:
        out["note"] = "Cannot test: no variation (every answer is the same)."
        return out
    k = len(present)
    col = np.searchsorted(present, np.where(est, g, present[0]))
    X = np.zeros((n, k))
    X[np.flatnonzero(est), col[est]] = 1.0
    w = np.where(est, lay.w, 0.0)
    xtwx = np.bincount(col[est], weights=w[est], minlength=k)  # diagonal (dummies)
    beta = np.bincount(col[est], weights=(w * np.where(est, f, 0.0))[est], minlength=k) / xtwx
    resid = np.where(est, f - beta[col], np.nan)
    cov, d = taylor_regression_cov(X, resid, Design(weights, strata, psu), np.diag(1.0 / xtwx))
    R = np.hstack([-np.ones((k - 1, 1)), np.eye(k - 1)])
    diff = R @ beta
    rvr = R @ cov @ R.T
    # contrasts with no sampling variation: dropped when their difference is 0 (two groups
    # that are both all-no), untestable when it is not (all-no against all-yes)
    vals, vecs = np.linalg.eigh(rvr)
    vmax = float(vals.max())
    keep = vals > 1e-10 * vmax if vmax > 0 else np.zeros(len(vals), dtype=bool)
    along_null = vecs[:, ~keep].T @ diff
    q = int(keep.sum())
    if q == 0 or np.any(np.abs(along_null) > 1e-9):
        out["note"] = ("Cannot test: a difference between groups has no sampling variation "
                       "(every answer in the groups compared is the same).")
        return out
    den = d - q + 1
    out["dof"], out["dof_denominator"] = q, int(den)
    if den < 1:
        out["note"] = (f"Cannot test: the design has {d} degrees of freedom, too few for "
                       f"{q} comparisons.")
        return out
    proj = vecs[:, keep].T @ diff
    wald = float(np.sum(proj * proj / vals[keep]))
    stat = wald * den / (d * q)
    from scipy.special import fdtrc

    out["statistic"] = stat
    out["p_value"] = float(fdtrc(q, den, stat))
    return out
