"""The t, chi-square and Fisher tests the analysis uses, from ``scipy.special`` alone (issue 14).

``scipy.stats`` takes 1.3–1.9 s to import on a 2-core laptop, and every first analysis paid it:
the window's first result, each ``analyze`` and each exported script. These functions are the
same computations scipy.stats makes (scipy 1.17, pinned: the same special functions, the same
arithmetic in the same order), so every number is equal to the last bit;
``tests/core/test_exact_tests.py`` holds them to scipy.stats on every small table and many
random ones.
"""

from __future__ import annotations

import numpy as np


def t_sf(x: np.ndarray | float, df: np.ndarray | float) -> np.ndarray:
    """``scipy.stats.t.sf(x, df)``."""
    from scipy.special import stdtr

    return stdtr(df, -np.asarray(x, dtype=float))


def t_ppf(q: np.ndarray | float, df: np.ndarray | float) -> np.ndarray:
    """``scipy.stats.t.ppf(q, df)``."""
    from scipy.special import stdtrit

    return stdtrit(df, q)


def chi_square(observed: np.ndarray) -> tuple[float, int, float]:
    """``scipy.stats.chi2_contingency(observed, correction=False)``: (statistic, dof, p).
    Raises ValueError where scipy does (an expected count of zero)."""
    from scipy.special import chdtrc

    observed = np.asarray(observed)
    if np.any(observed < 0) or observed.size == 0:
        raise ValueError("a contingency table needs non-negative counts")
    as_float = np.asarray(observed, dtype=np.float64)
    expected = (as_float.sum(axis=1, keepdims=True) * as_float.sum(axis=0, keepdims=True)
                / as_float.sum() ** (as_float.ndim - 1))
    if np.any(expected == 0):
        raise ValueError("the table of expected frequencies has a zero element")
    dof = expected.size - sum(expected.shape) + expected.ndim - 1
    if dof == 0:
        return 0.0, 0, 1.0
    terms = (as_float - expected) ** 2 / expected
    statistic = np.sum(terms, axis=None)
    return float(statistic), int(dof), float(chdtrc(np.float64(dof), statistic))


def _support(M: int, n: int, N: int) -> tuple[int, int]:
    return max(N - (M - n), 0), min(n, N)


def _pmf(k: int, M: int, n: int, N: int) -> float:
    from scipy.special._ufuncs import _hypergeom_pmf

    low, high = _support(M, n, N)
    return (float(np.clip(_hypergeom_pmf(*map(np.int64, (k, n, N, M))), 0, 1))
            if low <= k <= high else 0.0)


def _cdf(k: int, M: int, n: int, N: int) -> float:
    from scipy.special._ufuncs import _hypergeom_cdf

    low, high = _support(M, n, N)
    if k >= high:
        return 1.0
    return (float(np.clip(_hypergeom_cdf(*map(np.int64, (k, n, N, M))), 0, 1))
            if k >= low else 0.0)


def _sf(k: int, M: int, n: int, N: int) -> float:
    from scipy.special._ufuncs import _hypergeom_sf

    low, high = _support(M, n, N)
    if k < low:
        return 1.0
    return (float(np.clip(_hypergeom_sf(*map(np.int64, (k, n, N, M))), 0, 1))
            if k < high else 0.0)


def _binary_search(a, d: float, lo: int, hi: int) -> int:
    """scipy's search for the table on the other side of the mode (values ascending)."""
    while lo < hi:
        mid = lo + (hi - lo) // 2
        midval = a(mid)
        if midval < d:
            lo = mid + 1
        elif midval > d:
            hi = mid - 1
        else:
            return mid
    return lo if a(lo) <= d else lo - 1


def fisher_exact(table: np.ndarray) -> tuple[float, float]:
    """``scipy.stats.fisher_exact(table)`` of a 2×2 table, two-sided: (odds ratio, p)."""
    c = np.asarray(table, dtype=np.int64)
    if c.shape != (2, 2) or np.any(c < 0):
        raise ValueError("Fisher's exact test here takes a 2×2 table of counts")
    if 0 in c.sum(axis=0) or 0 in c.sum(axis=1):
        return np.nan, 1.0
    oddsratio = c[0, 0] * c[1, 1] / (c[1, 0] * c[0, 1]) if c[1, 0] > 0 and c[0, 1] > 0 \
        else np.inf
    n1 = int(c[0, 0] + c[0, 1])
    n2 = int(c[1, 0] + c[1, 1])
    n = int(c[0, 0] + c[1, 0])
    total = n1 + n2
    x = int(c[0, 0])

    def pmf(k: int) -> float:
        return _pmf(k, total, n1, n)

    mode = int((n + 1) * (n1 + 1) / (n1 + n2 + 2))
    pexact, pmode = pmf(x), pmf(mode)
    epsilon = 1e-14
    gamma = 1 + epsilon
    if np.abs(pexact - pmode) / np.maximum(pexact, pmode) <= epsilon:
        return float(oddsratio), 1.0
    if x < mode:
        plower = _cdf(x, total, n1, n)
        if pmf(n) > pexact * gamma:
            return float(oddsratio), plower
        guess = _binary_search(lambda k: -pmf(k), -pexact * gamma, mode, n)
        pvalue = plower + _sf(guess, total, n1, n)
    else:
        pupper = _sf(x - 1, total, n1, n)
        if pmf(0) > pexact * gamma:
            return float(oddsratio), pupper
        guess = _binary_search(pmf, pexact * gamma, 0, mode)
        pvalue = pupper + _cdf(guess, total, n1, n)
    return float(oddsratio), min(pvalue, 1.0)


__all__ = ["chi_square", "fisher_exact", "t_ppf", "t_sf"]
