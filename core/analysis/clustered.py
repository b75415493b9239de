"""Least squares with a firm-clustered CR1 covariance: the fit every worker comparison uses
(core.analysis.comparisons for raw gaps, core.analysis.adjusted for gaps with controls), in a
module of its own so both can import it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class ClusterFit:
    """OLS/WLS coefficients with a CR1 firm-clustered covariance and its t degrees of freedom."""

    params: np.ndarray
    cov: np.ndarray
    n_obs: int
    n_clusters: int

    @property
    def se(self) -> np.ndarray:
        diag = np.diag(self.cov)
        # a constant outcome gives a variance of 0 up to rounding (e.g. -1e-33): clip, keep NaN
        return np.sqrt(np.where(diag < 0, 0.0, diag))

    @property
    def df(self) -> int:
        return self.n_clusters - 1


def cluster_ols(y: np.ndarray, X: np.ndarray, clusters: np.ndarray,
                weights: np.ndarray | None = None) -> ClusterFit:
    """Least squares of y on X (weighted if given) with statsmodels' CR1 cluster covariance.

    With a single cluster the covariance is undefined and returned as NaN (never a crash).
    """
    from statsmodels.stats.sandwich_covariance import cov_cluster

    y = np.asarray(y, dtype=float)
    X = np.asarray(X, dtype=float)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    codes, uniques = pd.factorize(np.asarray(clusters), sort=False)
    n_clusters = len(uniques)
    xtwx = X.T @ (X * w[:, None])
    bread = np.linalg.pinv(xtwx)
    params = bread @ (X.T @ (w * y))
    k = X.shape[1]
    if n_clusters < 2 or len(y) <= k:
        return ClusterFit(params, np.full((k, k), np.nan), len(y), n_clusters)
    resid = y - X @ params
    scores = X * (w * resid)[:, None]
    cov = cov_cluster((scores, bread), codes.astype(np.int64), use_correction=True)
    return ClusterFit(params, np.asarray(cov), len(y), n_clusters)


__all__ = ["ClusterFit", "cluster_ols"]
