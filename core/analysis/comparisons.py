"""Worker outcomes by group, compared honestly: firm-clustered OLS, Stata's numbers.

Upgrading is a firm attribute shared by all of a firm's workers, so worker-level contrasts cluster
standard errors by firm (DOMAIN.md "Worker outcomes and how to compare them honestly").

Exactly what is computed, per outcome y and grouping g, on the rows where y and g are known (and
the weight, when one is declared, is positive):

- per group: n_workers, n_firms, mean of y (weighted if declared), 95% CI from OLS of y on a
  constant over that group's rows, firm-clustered CR1 covariance, t with (firms in group − 1) df;
- difference from the reference: OLS of y on a constant and dummies of the other groups over all
  rows, CR1 covariance, t with (firms − 1) df: coefficient, 95% CI and two-sided p-value.

CR1 is Stata's ``regress y i.g, vce(cluster firm_id)``: V = G/(G−1) · (N−1)/(N−K) ·
(X'WX)⁻¹ (Σ_g s_g s_g') (X'WX)⁻¹ with cluster scores s_g = Σ_{i∈g} w_i x_i e_i, and t(G−1) for
inference. statsmodels reproduces it with ``OLS(...).fit(cov_type="cluster",
cov_kwds={"groups": firm}, use_t=True)``: ``use_correction=True`` (the default) applies
G/(G−1)·(N−1)/(N−K), ``df_correction=True`` (the default) makes the t df G−1, and ``use_t=True`` is
needed, else statsmodels reports normal-based p-values. :func:`cluster_ols` solves the normal
equations and takes the sandwich from statsmodels' ``cov_cluster``. :func:`compare` computes the same
fits (one per group for its mean, one joint for the differences) without building a design matrix:
with dummies only, X'WX and X'Wy are per-group sums and the cluster scores are per-(group, firm)
sums of w·e, so after factorising the firm IDs once everything is a few ``np.bincount`` passes
(about 50 ms instead of 340 ms for 330k workers). The tests check every number against a plain
statsmodels fit, a hand-written CR1 sandwich and (tests/core/test_perf_equivalence.py) the
per-group ``cluster_ols`` fits.

Wages: ``monthly_wage`` rows compare levels (readable, local currency; pooling countries mixes
currencies and is flagged), ``log_monthly_wage`` rows are DOMAIN.md's regression outcome, their
differences in log points (×100 ≈ percent). Each row's mean, CI and difference share one scale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionArray

from core.analysis.clustered import ClusterFit, cluster_ols  # noqa: F401 (re-exported)
from core.analysis.design import worker_weights
from core.analysis.disclosure import DisclosureRule
from core.analysis.exact_tests import t_ppf, t_sf
from core.analysis.intervals import t_two_sided
from core.analysis.measures import firm_positions, yesno_float
from core.analysis.upgraded import NOT_UPGRADED, UPGRADED_GROUPING, with_upgraded
from core.common.messages import say

COMPARISON_COLUMNS = [
    "outcome", "group_var", "group", "reference", "scale", "n_workers", "n_firms", "mean",
    "se", "ci_low", "ci_high", "diff", "diff_se", "diff_ci_low", "diff_ci_high", "p_value",
    "few_firms", "suppressed", "p_method", "p_adjusted", "ci_method", "p_note",
    "adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high", "adj_p_value",
    "adj_p_method",
]
P_CLUSTER_T = "cluster_t"
ADJ_DEFERRED = "deferred"
"""``adj_p_method`` of a row whose adjusted gap the quick pass left to the full result."""
P_WILD_BOOTSTRAP = "wild_bootstrap"
P_PERMUTATION = "permutation"
"""``p_method`` of a few-firm difference between groups of firms (a firm attribute such as the
upgrading type or the sector): randomisation inference over firms (core.analysis.randomisation),
calibrated where the wild bootstrap is not (a small group against a large one)."""
SMALL_CLUSTER_METHODS = (P_WILD_BOOTSTRAP, P_PERMUTATION)
CI_CLUSTER_T = "cluster_t"
NO_VARIATION = "cannot test: no variation within the groups"
"""``p_note`` of a difference whose groups are each constant: a p-value would be an artefact."""
SHARE_FEW_FIRMS = "few firms: a share's p-value can be too small"
"""``p_note`` of a share difference tested by the wild bootstrap (a grouping within firms, such
as gender) where either group has fewer than ``Thresholds.bootstrap_group_below`` (but at least
``low_power_below``) firms: the wild bootstrap then calls a non-existent difference "clear" in
7–10 % of surveys at a nominal 5 % (benchmarks/bench_calibration.py, 6–10 firms against 100, a
share of 12 %). Groups of firms get the permutation test instead, which holds 5 % there."""
LOW_POWER = "too few firms: this test can hardly detect anything"
"""``p_note`` of a difference where either group has fewer than ``Thresholds.low_power_below``
firms: every bootstrap is then conservative (benchmarks/bench_calibration.py: 1 % rejections
at a nominal 5 % with 3 firms against 30), so a large p-value is no evidence of "no
difference"."""

DEFAULT_OUTCOMES: dict[str, str] = {
    "monthly_wage": "mean (local currency per month)",
    "log_monthly_wage": "mean of log; difference in log points",
    "wage_to_minimum": "mean ratio to the applicable minimum wage",
    "hours_per_week": "mean hours",
    "training": "share",
    "promoted": "share",
    "social_insurance": "share",
    "regular_contract": "share",
    "ms_index": "mean index (0-1)",
    "er_index": "mean index (0-1)",
}
"""Default outcomes and the scale each row reports, in display order (those the survey has)."""

DEFAULT_REFERENCES: dict[str, str] = {"highest_type": "none", UPGRADED_GROUPING: NOT_UPGRADED}
MISSING_GROUP_VALUES: dict[str, tuple[str, ...]] = {"highest_type": ("unknown",)}
"""Group values treated as unknown (excluded from comparisons): a firm whose highest type is
'unknown' has no known group."""


@dataclass(frozen=True)
class Thresholds:
    """Flag thresholds (settings): few firms warns; the disclosure rule (min_firms, min_workers,
    core.analysis.disclosure) decides which rows are suppressed."""

    few_firms: int = 30
    min_firms: int = 3
    min_workers: int = 10
    bootstrap_total_below: int = 30
    """A difference whose two groups together have fewer firms gets the wild bootstrap."""
    bootstrap_group_below: int = 20
    """... as does one where either group has fewer firms than this. 20, not the 10 first
    planned: with 10 firms against 30 the t-test rejects a true null in 7.8–8.1 % of share
    comparisons at a nominal 5 %, the bootstrap in 6.2 % (benchmarks/bench_calibration.py)."""
    bootstrap_draws: int = 9999
    bootstrap_seed: int = 20261202
    low_power_below: int = 7
    """A difference where either group has fewer firms says the test can hardly detect
    anything (``p_note`` :data:`LOW_POWER`)."""
    defer_small_cluster: bool = False
    """Keep the t(G−1) test where few firms would call for the bootstrap or the permutation
    test: the window's quick first pass after a facet change (issue 14), replaced by the full
    result as soon as that has been computed. Never in ``analyze`` or an export."""
    defer_adjusted: bool = False
    """Leave the adjusted gaps (a regression with the controls per outcome, the costliest part
    at 1M workers) to the full result: same quick pass; their rows say :data:`ADJ_DEFERRED`."""

    def for_quick_pass(self) -> Thresholds:
        """These thresholds for the window's quick first pass (issue 14)."""
        return dataclasses.replace(self, defer_small_cluster=True, defer_adjusted=True)

    @property
    def disclosure(self) -> DisclosureRule:
        return DisclosureRule.of(self)

    def wants_bootstrap(self, n_firms_a: int, n_firms_b: int) -> bool:
        """Whether a difference between groups of these many firms is tested by the wild
        cluster restricted bootstrap rather than t(G−1): few firms make the t over-confident
        (27 % rejections at 5 % with 3 firms; benchmarks/bench_calibration.py)."""
        return (n_firms_a + n_firms_b < self.bootstrap_total_below
                or min(n_firms_a, n_firms_b) < self.bootstrap_group_below)


def _t_quantile(df: int) -> float:
    return float(t_ppf(0.975, df)) if df >= 1 else np.nan


def _p_value(tstat: np.ndarray, df: int) -> np.ndarray:
    if df < 1:
        return np.full(np.shape(tstat), np.nan)
    return 2.0 * t_sf(np.abs(tstat), df)


def _firm_codes(firm_id: np.ndarray | pd.Series) -> tuple[np.ndarray, int]:
    """Integer codes of the firm IDs (-1 where missing, as ``pd.notna`` sees it) and the number
    of distinct IDs, in one hash pass. pandas arrays (Arrow text, categoricals) are factorised
    natively; an object array of text goes through Arrow, which hashes it faster than pandas."""
    if isinstance(firm_id, pd.Series | pd.Index):
        firm_id = firm_id.array
    if isinstance(firm_id, ExtensionArray) and not isinstance(firm_id,
                                                              pd.arrays.NumpyExtensionArray):
        codes, uniques = pd.factorize(firm_id)
        return np.asarray(codes, dtype=np.int64), len(uniques)
    if isinstance(firm_id, ExtensionArray):  # a NumpyExtensionArray
        firm_id = firm_id.to_numpy()
    values = firm_id if isinstance(firm_id, np.ndarray) else np.asarray(firm_id, dtype=object)
    if values.dtype == object or values.dtype.kind in "US":
        values = values.astype(object, copy=False)
        text = _arrow_text_codes(values)
        if text is not None:
            return text
    codes, uniques = pd.factorize(values)
    return np.asarray(codes, dtype=np.int64), len(uniques)


def _arrow_text_codes(values: np.ndarray) -> tuple[np.ndarray, int] | None:
    """Codes of an object array holding only text and missing values (None, NaN, pd.NA), via
    Arrow's dictionary encoding; None when anything else is in it (pandas then factorises)."""
    import pyarrow as pa

    try:
        arr = pa.array(values, from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError, UnicodeError, OverflowError):
        return None
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return None
    encoded = arr.dictionary_encode()
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    return codes, len(encoded.dictionary)


def _cell_sums(scores: np.ndarray, key: np.ndarray, n_keys: int
               ) -> tuple[np.ndarray, np.ndarray]:
    """Sums of ``scores`` per (group, firm) cell ``key`` (in row order, like statsmodels'
    bincount) over the cells present: (sums, cell keys)."""
    if n_keys <= 4 * len(key) + 4096:
        present = np.flatnonzero(np.bincount(key, minlength=n_keys))
        return np.bincount(key, weights=scores, minlength=n_keys)[present], present
    cells, uniques = pd.factorize(key)
    return np.bincount(cells, weights=scores, minlength=len(uniques)), uniques


def compare(y: np.ndarray | pd.Series, group: pd.Series, firm_id: np.ndarray | pd.Series, *,
            weights: np.ndarray | pd.Series | None = None, reference: str | None = None,
            outcome: str = "y", group_var: str = "group", scale: str = "mean",
            thresholds: Thresholds | None = None,
            firm_codes: tuple[np.ndarray, int] | None = None) -> pd.DataFrame:
    """One row per group with n, mean, CI, difference from the reference, p-value and flags.

    ``group`` is categorical (order kept); the reference defaults to the first group present.
    A missing reference gives null differences; a single-firm group gives a NaN CI.

    The numbers are those of :func:`cluster_ols` fitted per group (a constant) and once jointly
    (constant + dummies), computed in a few vectorised passes: the firm IDs are factorised once,
    and every fit of a dummy design only needs sums per group and per (group, firm) cell.
    """
    thresholds = thresholds or Thresholds()
    y = np.asarray(y, dtype=float)
    cat = group.astype("category") if not isinstance(group.dtype, pd.CategoricalDtype) else group
    codes = cat.cat.codes.to_numpy()
    # ``firm_codes``: _firm_codes(firm_id) computed once by a caller comparing many outcomes
    firm_codes, n_firm_codes = firm_codes if firm_codes is not None else _firm_codes(firm_id)
    valid = ~np.isnan(y) & (codes >= 0) & (firm_codes >= 0)
    w = None
    if weights is not None:
        w_all = np.asarray(weights, dtype=float)
        valid &= np.isfinite(w_all) & (w_all > 0)
        w = w_all[valid]
    y, codes, firm_codes = y[valid], codes[valid], firm_codes[valid]
    categories = [str(c) for c in cat.cat.categories]
    n_workers = np.bincount(codes, minlength=len(categories))
    present = np.flatnonzero(n_workers > 0)
    names = [categories[i] for i in present]
    if reference is None and names:
        reference = names[0]
    rows = {c: [] for c in COMPARISON_COLUMNS}
    if not names:
        return pd.DataFrame(rows)

    # Groups renumbered 0..P-1 over the groups present; cells are (group, firm) pairs.
    n_present = len(present)
    local = np.full(len(categories), -1, dtype=np.int64)
    local[present] = np.arange(n_present)
    g = local[codes]
    key = g * n_firm_codes + firm_codes
    n_keys = n_present * n_firm_codes
    nw = n_workers[present]
    sw = nw.astype(float) if w is None else np.bincount(g, weights=w, minlength=n_present)
    swy = np.bincount(g, weights=y if w is None else w * y, minlength=n_present)

    # Per group: OLS of y on a constant, CR1 by firm. bread = (Σw)⁻¹, mean = bread·Σwy,
    # meat = Σ_firms (Σ w e)², V = bread·meat·bread · G/(G−1) · (N−1)/(N−1).
    with np.errstate(divide="ignore", invalid="ignore"):
        bread = 1.0 / sw
        means = bread * swy
    resid = y - means[g]
    sums, cells = _cell_sums(resid if w is None else w * resid, key, n_keys)
    nf = np.bincount(cells // n_firm_codes, minlength=n_present)
    meat = np.bincount(cells // n_firm_codes, weights=sums * sums, minlength=n_present)
    with np.errstate(divide="ignore", invalid="ignore"):
        var = bread * meat * bread
        var *= nf / (nf - 1.0) * ((nw - 1.0) / (nw - 1.0))
    var = np.where((nf < 2) | (nw <= 1), np.nan, var)
    ses = np.sqrt(np.where(var < 0, 0.0, var))
    half = t_two_sided(nf - 1) * ses
    lows, highs = means - half, means + half

    ci_method = np.full(n_present, CI_CLUSTER_T, dtype=object)
    if scale == "share":  # Wald intervals leave [0, 1] and collapse at 0/n: Korn–Graubard
        from core.analysis.intervals import SHARE_CI_METHOD, share_interval

        lows, highs = share_interval(means, ses, nw, nf)
        ci_method[:] = SHARE_CI_METHOD

    diff = np.full(n_present, np.nan)
    diff_se = np.full(n_present, np.nan)
    p = np.full(n_present, np.nan)
    diff_low = np.full(n_present, np.nan)
    diff_high = np.full(n_present, np.nan)
    p_method = np.full(n_present, None, dtype=object)
    p_note = np.full(n_present, "", dtype=object)
    if reference in names:
        ref_pos = names.index(reference)
        others = [i for i in range(n_present) if i != ref_pos]
        diff[ref_pos] = 0.0
        if others:
            fit = _dummy_fit(y, w, g, firm_codes, n_firm_codes, key, n_keys, ref_pos, others,
                             sw, swy)
            half_d = _t_quantile(fit.df) * fit.se[1:]
            diff[others] = fit.params[1:]
            diff_se[others] = fit.se[1:]
            diff_low[others] = fit.params[1:] - half_d
            diff_high[others] = fit.params[1:] + half_d
            with np.errstate(invalid="ignore", divide="ignore"):
                p[others] = _p_value(fit.params[1:] / fit.se[1:], fit.df)
            p_method[others] = P_CLUSTER_T
            # A firm attribute puts each firm in one group: one (group, firm) cell per firm.
            firm_level = int(nf.sum()) == int(np.count_nonzero(
                np.bincount(firm_codes, minlength=n_firm_codes)))
            _small_cluster_tests(y, w, g, firm_codes, ref_pos, others, nf, thresholds,
                                 diff_low, diff_high, p, p_method, p_note,
                                 share=scale == "share", firm_level=firm_level)

    out = pd.DataFrame({
        "outcome": outcome, "group_var": group_var, "group": names, "reference": reference,
        "scale": scale, "n_workers": nw, "n_firms": nf, "mean": means, "se": ses,
        "ci_low": lows, "ci_high": highs, "diff": diff, "diff_se": diff_se,
        "diff_ci_low": diff_low, "diff_ci_high": diff_high, "p_value": p,
        "few_firms": nf < thresholds.few_firms,
        "suppressed": thresholds.disclosure.too_few_workers(nf, nw),
        "p_method": p_method, "p_adjusted": np.nan, "ci_method": ci_method, "p_note": p_note,
        "adj_diff": np.nan, "adj_diff_se": np.nan, "adj_diff_ci_low": np.nan,
        "adj_diff_ci_high": np.nan, "adj_p_value": np.nan, "adj_p_method": None,
    })
    return out[COMPARISON_COLUMNS]


def _small_cluster_tests(y: np.ndarray, w: np.ndarray | None, g: np.ndarray,
                         firm_codes: np.ndarray, ref_pos: int, others: list[int],
                         nf: np.ndarray, thresholds: Thresholds, diff_low: np.ndarray,
                         diff_high: np.ndarray, p: np.ndarray, p_method: np.ndarray,
                         p_note: np.ndarray, *, share: bool = False,
                         firm_level: bool = False) -> None:
    """Replace, in place, the t(G−1) p-value and interval of each difference that rests on few
    firms: between groups of firms (``firm_level``) by the permutation test over firms of the
    two groups, otherwise by the wild cluster restricted bootstrap (same joint model, same
    clusters). Withhold the p-value of a difference between groups that are each constant ("no
    variation": any p-value there is an artefact of rounding, e.g. 2e-139). Notes say where
    the calibration benchmark finds the p-value unreliable: groups under
    ``low_power_below`` firms (:data:`LOW_POWER`), and bootstrapped shares with a group under
    ``bootstrap_group_below`` firms (:data:`SHARE_FEW_FIRMS`)."""
    pair_constant = _constant_groups(y, g, len(nf))
    X = None
    for j, pos in enumerate(others, start=1):
        if pair_constant[pos] and pair_constant[ref_pos]:
            p[pos], diff_low[pos], diff_high[pos] = np.nan, np.nan, np.nan
            p_method[pos], p_note[pos] = None, NO_VARIATION
            continue
        fewest = min(int(nf[ref_pos]), int(nf[pos]))
        if fewest < thresholds.low_power_below:
            p_note[pos] = LOW_POWER
        elif share and not firm_level and fewest < thresholds.bootstrap_group_below:
            p_note[pos] = SHARE_FEW_FIRMS
        if (thresholds.defer_small_cluster
                or not thresholds.wants_bootstrap(int(nf[ref_pos]), int(nf[pos]))):
            continue
        if firm_level:
            from core.analysis.randomisation import firm_randomisation_test

            pair = (g == pos) | (g == ref_pos)
            res = firm_randomisation_test(
                y[pair], firm_codes[pair], g[pair] == pos,
                weights=None if w is None else w[pair], draws=thresholds.bootstrap_draws,
                seed=thresholds.bootstrap_seed)
            p[pos], diff_low[pos], diff_high[pos] = res.p_value, res.ci_low, res.ci_high
            p_method[pos] = P_PERMUTATION if np.isfinite(res.p_value) else None
            continue
        from core.analysis.bootstrap import wild_cluster_bootstrap

        if X is None:
            X = np.zeros((len(y), len(others) + 1))
            X[:, 0] = 1.0
            for col, other in enumerate(others, start=1):
                X[g == other, col] = 1.0
        res = wild_cluster_bootstrap(y, X, firm_codes, j, weights=w,
                                     draws=thresholds.bootstrap_draws,
                                     seed=thresholds.bootstrap_seed)
        p[pos], diff_low[pos], diff_high[pos] = res.p_value, res.ci_low, res.ci_high
        p_method[pos] = P_WILD_BOOTSTRAP


def _constant_groups(y: np.ndarray, g: np.ndarray, n_groups: int) -> np.ndarray:
    """Per group: every value the same (a share of 0 or 1, or one value repeated), from the
    spread around the group's first value (exact for repeated values, one bincount pass)."""
    first = np.full(n_groups, np.nan)
    order = np.arange(len(g))[::-1]
    first[g[order]] = y[order]  # the last write per group is its first row
    spread = np.bincount(g, weights=np.abs(y - first[g]), minlength=n_groups)
    return spread <= 1e-12 * np.maximum(1.0, np.abs(first)) * np.bincount(g, minlength=n_groups)


def holm(p_values: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values over the finite entries (NaN stays NaN): the
    adjustment statsmodels' ``multipletests(method="holm")`` makes, without importing it."""
    p_values = np.asarray(p_values, dtype=float)
    out = np.full(p_values.shape, np.nan)
    ok = np.flatnonzero(np.isfinite(p_values))
    m = len(ok)
    if not m:
        return out
    order = ok[np.argsort(p_values[ok], kind="stable")]
    stepped = (m - np.arange(m)) * p_values[order]
    out[order] = np.minimum(1.0, np.maximum.accumulate(stepped))
    return out


def _dummy_fit(y: np.ndarray, w: np.ndarray | None, g: np.ndarray, firm_codes: np.ndarray,
               n_firm_codes: int, key: np.ndarray, n_keys: int, ref_pos: int,
               others: list[int], sw: np.ndarray, swy: np.ndarray) -> ClusterFit:
    """:func:`cluster_ols` of y on a constant and dummies of the ``others`` groups, from sums.

    X'WX and X'Wy of a dummy design are per-group sums; the cluster scores s_f = Σ w x e are the
    firm's total (constant column) and its per-group cell sums (dummy columns)."""
    k = len(others) + 1
    n_present = len(sw)
    col = np.zeros(n_present, dtype=np.int64)  # dummy column of each group (0: reference)
    col[others] = np.arange(1, k)
    design = np.zeros((n_present, k))  # the design row of each group
    design[:, 0] = 1.0
    design[others, np.arange(1, k)] = 1.0
    xtwx = np.zeros((k, k))
    xtwx[0, 0] = sw.sum()
    xtwx[0, 1:] = xtwx[1:, 0] = sw[others]
    xtwx[np.arange(1, k), np.arange(1, k)] = sw[others]
    xtwy = np.concatenate([[swy.sum()], swy[others]])
    bread = np.linalg.pinv(xtwx)
    params = bread @ xtwy
    n_obs = len(y)
    present_firms = np.bincount(firm_codes, minlength=n_firm_codes) > 0
    n_clusters = int(np.count_nonzero(present_firms))
    if n_clusters < 2 or n_obs <= k:
        return ClusterFit(params, np.full((k, k), np.nan), n_obs, n_clusters)
    resid = y - (design @ params)[g]
    scores = resid if w is None else w * resid
    sums, cells = _cell_sums(scores, key, n_keys)
    firm_scores = np.zeros((n_firm_codes, k))
    firm_scores[:, 0] = np.bincount(firm_codes, weights=scores, minlength=n_firm_codes)
    cell_col = col[cells // n_firm_codes]
    dummy = cell_col > 0
    firm_scores[cells[dummy] % n_firm_codes, cell_col[dummy]] = sums[dummy]
    firm_scores = firm_scores[present_firms]
    meat = firm_scores.T @ firm_scores
    cov = bread @ meat @ bread.T
    cov *= n_clusters / (n_clusters - 1.0) * ((n_obs - 1.0) / float(n_obs - k))
    return ClusterFit(params, cov, n_obs, n_clusters)


# ------------------------------------------------------------------------------ outcomes

def outcome_values(name: str, workers: pd.DataFrame) -> np.ndarray | None:
    """An outcome column as float (yes/no → 1/0), or None if the survey lacks it."""
    if name not in workers.columns:
        return None
    s = workers[name]
    if isinstance(s.dtype, pd.BooleanDtype) or s.dtype == bool:
        return yesno_float(s)
    try:
        return s.to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError):
        return None


def worker_group(group_var: str, firms: pd.DataFrame, workers: pd.DataFrame) -> pd.Series:
    """The grouping variable aligned to workers: a worker column, or a firm column carried to each
    worker through firm_id. Values listed in MISSING_GROUP_VALUES become missing."""
    if group_var == UPGRADED_GROUPING:
        firms = with_upgraded(firms)
    if group_var in workers.columns and group_var != "firm_id":
        s = workers[group_var]
    elif group_var in firms.columns:
        pos = firm_positions(firms["firm_id"], workers["firm_id"])
        col = firms[group_var]
        if not isinstance(col.dtype, pd.CategoricalDtype):
            col = col.astype("category")
        firm_codes = col.cat.codes.to_numpy()
        codes = (np.where(pos >= 0, firm_codes[np.maximum(pos, 0)], -1) if len(firm_codes)
                 else np.full(len(workers), -1, dtype=np.int8))  # no firm table: unknown
        s = pd.Series(pd.Categorical.from_codes(codes, dtype=col.dtype), index=workers.index)
    else:
        raise KeyError(group_var)
    if isinstance(s.dtype, pd.BooleanDtype) or s.dtype == bool:
        s = s.astype("boolean").map({True: "yes", False: "no"}).astype(
            pd.CategoricalDtype(["no", "yes"]))
    elif not isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype("category")
    drop = [v for v in MISSING_GROUP_VALUES.get(group_var, ()) if v in s.cat.categories]
    if drop:
        s = s.cat.set_categories([c for c in s.cat.categories if c not in drop])
    return s


MONEY_OUTCOMES = ("monthly_wage", "log_monthly_wage")
"""Outcomes in a local currency: meaningless when pooled across countries."""


def _countries_of(firms: pd.DataFrame, workers: pd.DataFrame) -> list[str]:
    """The countries the workers' firms are in (for the currency check)."""
    if "country" not in firms.columns or "firm_id" not in workers.columns:
        return []
    pos = firm_positions(firms["firm_id"], workers["firm_id"])
    found = pd.unique(firms["country"].astype(object).to_numpy()[pos[pos >= 0]])
    return [str(c) for c in found if pd.notna(c)]


def comparison_weights(firms: pd.DataFrame, workers: pd.DataFrame) -> np.ndarray | None:
    """Each worker's sampling weight: the firm's weight × the worker's within-firm weight, the
    side not declared counting as 1 (pweights across two stages, core.analysis.design.
    worker_weights); None when neither table has a ``weight``. A worker whose firm is not in
    the firm table, or has no usable weight, gets NaN (left out, and counted by the caller)."""
    firm_side = None
    if "weight" in firms.columns and "firm_id" in workers.columns and "firm_id" in firms.columns:
        firm_w = pd.to_numeric(firms["weight"], errors="coerce").to_numpy(dtype=float,
                                                                        na_value=np.nan)
        pos = firm_positions(firms["firm_id"], workers["firm_id"])
        firm_side = np.where(pos >= 0, firm_w[np.maximum(pos, 0)] if len(firm_w) else np.nan,
                             np.nan)
    worker_side = None
    if "weight" in workers.columns:
        worker_side = pd.to_numeric(workers["weight"], errors="coerce").to_numpy(
            dtype=float, na_value=np.nan)
    return worker_weights(firm_side, worker_side)


def run_comparisons(firms: pd.DataFrame, workers: pd.DataFrame, *,
                    outcomes: Sequence[str] | None = None,
                    group_vars: Sequence[str] = ("highest_type",),
                    references: Mapping[str, str] | None = None,
                    use_weights: bool = True,
                    thresholds: Thresholds | None = None,
                    controls: Sequence[str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Every outcome × grouping the survey supports, stacked; plus warnings for what is missing.

    ``workers`` must already hold the derived measures (monthly_wage, ...) beside the roles.
    Weights (``use_weights``): :func:`comparison_weights`. Each row also carries
    the gap adjusted for ``controls`` (None: core.analysis.adjusted's defaults) and the Holm
    p-value of its table; ``out.attrs["adjusted_for"]`` names the controls used.
    """
    from core.analysis.adjusted import control_frame, controls_for, encode_control, firm_codes_of

    refs = {**DEFAULT_REFERENCES, **(references or {})}
    warnings: list[str] = []
    names = list(outcomes) if outcomes is not None else list(DEFAULT_OUTCOMES)
    weights = comparison_weights(firms, workers) if use_weights else None
    if weights is not None:
        n_bad = int((~(np.isfinite(weights) & (weights > 0))).sum())
        if n_bad:
            warnings.append(say("{n} workers have a missing or non-positive weight and are "
                                "left out of the weighted comparisons", n=n_bad))
    countries = _countries_of(firms, workers)
    if len(countries) > 1:
        pooled = [n for n in names if n in MONEY_OUTCOMES]
        if outcomes is None and pooled:
            names = [n for n in names if n not in MONEY_OUTCOMES]
            warnings.append(say("Wages in money are not compared across {countries}: pay is "
                                "in different currencies. Wage relative to the minimum is "
                                "compared instead; choose one country to compare wages",
                                countries=", ".join(countries)))
        elif pooled:
            warnings.append(say("{outcomes} pools the currencies of {countries}: compare "
                                "wage_to_minimum, or restrict to one country",
                                outcomes=", ".join(pooled), countries=", ".join(countries)))
    control_names = controls_for(firms, workers, controls) if "firm_id" in workers else []
    control_table = control_frame(firms, workers, control_names)
    # encoded once for every outcome's adjusted gap (they fit the same workers)
    encoded = {str(c): encode_control(control_table[c]) for c in control_table.columns}
    firm_codes = firm_codes_of(workers["firm_id"]) if encoded else None
    cluster_codes = None  # once for every outcome × grouping, when the first one is compared
    values_of: dict[str, tuple[np.ndarray | None, str]] = {}
    used_controls: list[str] = []
    frames = []
    for group_var in group_vars:
        try:
            group = worker_group(group_var, firms, workers)
        except KeyError:
            warnings.append(say("comparisons by {group_var} skipped: the survey has no such "
                                "column", group_var=group_var))
            continue
        reference = refs.get(group_var)
        if reference is not None and reference not in group.cat.categories:
            reference = None
        for name in names:
            if name not in values_of:  # the same for every grouping
                values_of[name] = _outcome_and_scale(name, workers)
            y, scale = values_of[name]
            if y is None:
                if outcomes is not None:
                    warnings.append(say("outcome {outcome} skipped: not in the survey",
                                        outcome=name))
                continue
            if cluster_codes is None:
                cluster_codes = _firm_codes(workers["firm_id"])
            table = compare(y, group, workers["firm_id"], weights=weights, reference=reference,
                            outcome=name, group_var=group_var, scale=scale,
                            thresholds=thresholds, firm_codes=cluster_codes)
            table["p_adjusted"] = holm(shown_p_values(table))
            own = [c for c in control_table.columns if c != group_var]
            if own and not table.empty and thresholds is not None and thresholds.defer_adjusted:
                table.loc[table["group"] != table["reference"], "adj_p_method"] = ADJ_DEFERRED
            elif own and not table.empty:
                used, notes = _add_adjusted(table, y, group, workers["firm_id"],
                                            control_table[own], weights, thresholds,
                                            encoded=encoded, firm_codes=firm_codes)
                used_controls += [c for c in used if c not in used_controls]
                warnings += [say("{outcome} by {group_var}: {note}", outcome=name,
                                 group_var=group_var, note=note) for note in notes]
            if not table.empty:
                ref_rows = table["group"] == table["reference"].iloc[0]
                if not ref_rows.any():
                    warnings.append(say("{outcome} by {group_var}: the reference group "
                                        "{reference} has no workers; no differences",
                                        outcome=name, group_var=group_var,
                                        reference=repr(refs.get(group_var))))
            frames.append(table)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=COMPARISON_COLUMNS)
    out.attrs["adjusted_for"] = used_controls
    few = out.loc[out["few_firms"].astype(bool) & ~out["suppressed"].astype(bool)]
    if not few.empty:
        n_boot = int((few["p_method"] == P_WILD_BOOTSTRAP).sum())
        n_perm = int((few["p_method"] == P_PERMUTATION).sum())
        tested = [say("{n} by a permutation test over firms", n=n_perm)] if n_perm else []
        tested += [say("{n} by a wild cluster bootstrap", n=n_boot)] if n_boot else []
        few_firms = (thresholds or Thresholds()).few_firms
        if not tested:
            warnings.append(say("{n} comparison rows rest on fewer than {few} firms: their "
                                "ranges are rough", n=len(few), few=few_firms))
        else:
            how = tested[0] if len(tested) == 1 else say("{first} and {second}",
                                                         first=tested[0], second=tested[1])
            warnings.append(say("{n} comparison rows rest on fewer than {few} firms: their "
                                "ranges are rough; of their differences, {tested} (few firms "
                                "make the usual test over-confident)",
                                n=len(few), few=few_firms, tested=how))
    return out, warnings


def _outcome_and_scale(name: str, workers: pd.DataFrame) -> tuple[np.ndarray | None, str]:
    """An outcome's values (None: not in the survey, or all missing) and its scale: a share
    when every known value is 0 or 1 (the indices excepted), else the outcome's default."""
    y = outcome_values(name, workers)
    if y is None or np.all(np.isnan(y)):
        return None, ""
    scale = DEFAULT_OUTCOMES.get(name, "mean")
    if set(np.unique(y[~np.isnan(y)])) <= {0.0, 1.0} and name not in ("ms_index", "er_index"):
        scale = "share"
    return y, scale


def _add_adjusted(table: pd.DataFrame, y: np.ndarray, group: pd.Series,
                  firm_id: pd.Series, controls: pd.DataFrame, weights: np.ndarray | None,
                  thresholds: Thresholds | None, *, encoded: Mapping | None = None,
                  firm_codes: np.ndarray | None = None) -> tuple[list[str], list[str]]:
    """Fill the ``adj_*`` columns of one comparison table in place: the gap from the reference
    holding the controls equal (firm-clustered OLS; the wild bootstrap when a difference of the
    table rests on few firms, as for the raw gap). Returns the controls used and notes."""
    from core.analysis.adjusted import adjusted_gaps

    thresholds = thresholds or Thresholds()
    reference = table["reference"].iloc[0]
    if reference is None or pd.isna(reference) or not (table["group"] == reference).any():
        return [], []
    bootstrap = None
    small = table["p_method"].isin(SMALL_CLUSTER_METHODS)
    if small.any():
        from core.analysis.bootstrap import wild_cluster_bootstrap

        def bootstrap(yy, X, clusters, column, weights=None):
            return wild_cluster_bootstrap(yy, X, clusters, column, weights=weights,
                                          draws=thresholds.bootstrap_draws,
                                          seed=thresholds.bootstrap_seed)
    few = set(table.loc[small, "group"].astype(str))
    res = adjusted_gaps(y, group, firm_id, controls, weights=weights, reference=str(reference),
                        bootstrap=bootstrap, bootstrap_groups=few, encoded=encoded,
                        firm_codes=firm_codes)
    adj = res.table.set_index("group")
    pos = table["group"].astype(str)
    for col in ("adj_diff", "adj_diff_se", "adj_diff_ci_low", "adj_diff_ci_high",
                "adj_p_value"):
        table[col] = pos.map(adj[col]).to_numpy(dtype=float, na_value=np.nan)
    table["adj_p_method"] = pos.map(adj["adj_p_method"]).astype(object).where(
        pos.map(adj["adj_p_method"]).notna(), None).to_numpy()
    return list(res.controls), list(res.notes)


def deferred_tests(comparisons: pd.DataFrame, thresholds: Thresholds) -> int:
    """How many differences kept the t(G−1) test only because ``defer_small_cluster`` was
    set: the rows the full analysis tests by the bootstrap or the permutation test."""
    if not thresholds.defer_small_cluster or comparisons.empty:
        return 0
    count = 0
    for _, table in comparisons.groupby(["outcome", "group_var"], sort=False):
        ref = table.loc[table["group"] == table["reference"], "n_firms"]
        if ref.empty:
            continue
        tested = table.loc[(table["group"] != table["reference"])
                           & (table["p_method"] == P_CLUSTER_T)]
        count += sum(thresholds.wants_bootstrap(int(ref.iloc[0]), int(n))
                     for n in tested["n_firms"])
    return count


def deferred_adjusted(comparisons: pd.DataFrame) -> int:
    """How many adjusted gaps the quick pass left to the full result (``defer_adjusted``)."""
    if comparisons.empty or "adj_p_method" not in comparisons.columns:
        return 0
    return int((comparisons["adj_p_method"] == ADJ_DEFERRED).sum())


def shown_p_values(table: pd.DataFrame) -> np.ndarray:
    """The p-values of one comparison table that are published: not of a suppressed group, not
    against a suppressed reference (Holm adjusts over these only, so a withheld p-value cannot
    be read back from the adjusted ones)."""
    p = table["p_value"].to_numpy(dtype=float, na_value=np.nan).copy()
    supp = table["suppressed"].to_numpy(dtype=bool)
    is_ref = (table["group"] == table["reference"]).to_numpy(dtype=bool)
    if (supp & is_ref).any():
        return np.full(len(p), np.nan)
    p[supp | is_ref] = np.nan
    return p
