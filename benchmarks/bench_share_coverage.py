"""Coverage of worker-share intervals when workers are clustered in few firms.

Issue 12, item 2, "Done when": coverage of share intervals ≥ 93 % at true shares 0.05 and 0.12
with 6, 10 and 30 firms. Compared side by side, on the same simulated samples:

- ``wald_t``: today's interval, mean ± t(G−1)·se (core.analysis.comparisons before the fix);
- ``korn_graubard``: core.analysis.intervals.share_interval (Clopper–Pearson on the
  design-effective n with the degrees-of-freedom adjustment).

Simulation: G firms with 5–25 workers each (uniform), a firm random effect u ~ N(0, σ²) on the
logit scale, worker outcome ~ Bernoulli(expit(a + u)); a is set so that the population share
E[expit(a + u)] is exactly the true share, σ so that the intraclass correlation is the ICC of the
row (0.05, 0.10, 0.20). By default the ICC is the usual one of a logit random effect,
σ² / (σ² + π²/3) (``--icc-scale logit``); ``--icc-scale binary`` sets it on the 0/1 outcome
instead, a much more clustered stress test (an ICC of 0.20 on the 0/1 scale at a share of 0.05
needs σ = 1.9, a latent ICC of 0.51). Every row shows both ICCs. The share and its CR1
firm-clustered SE are those of ``compare`` (checked against ``compare`` itself on the first
samples). Reported per setting: coverage of the true share (Monte-Carlo SE ≈ 0.2 points at the
default 10,000 samples), the share of zero-width intervals and of intervals leaving [0, 1], and
the median width.

Run: ``.venv/bin/python benchmarks/bench_share_coverage.py [--reps 10000]
[--icc-scale logit|binary] [--seed 1] [--json]``
(a few seconds at the default; exit code 0 when korn_graubard meets the target everywhere).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis.comparisons import compare
from core.analysis.intervals import share_interval

FIRMS = (6, 10, 30)
SHARES = (0.05, 0.12)
ICCS = (0.05, 0.10, 0.20)
WORKERS_PER_FIRM = (5, 25)
TARGET = 0.93
ALPHA = 0.05

_NODES, _WEIGHTS = np.polynomial.hermite_e.hermegauss(80)
_WEIGHTS = _WEIGHTS / _WEIGHTS.sum()


def _expit(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _moments(a: float, sigma: float) -> tuple[float, float]:
    """E[expit(a + σZ)] and the ICC of the 0/1 outcome, by Gauss–Hermite quadrature."""
    pi = _expit(a + sigma * _NODES)
    mean = float(_WEIGHTS @ pi)
    between = float(_WEIGHTS @ (pi - mean) ** 2)
    return mean, between / (mean * (1.0 - mean))


def _intercept(share: float, sigma: float) -> float:
    lo, hi = -20.0, 20.0
    for _ in range(100):
        mid = (lo + hi) / 2.0
        lo, hi = (mid, hi) if _moments(mid, sigma)[0] < share else (lo, mid)
    return (lo + hi) / 2.0


def latent_icc(sigma: float) -> float:
    """ICC of a logit random effect on the latent scale (Snijders & Bosker)."""
    return sigma * sigma / (sigma * sigma + np.pi ** 2 / 3.0)


def calibrate(share: float, icc: float, scale: str = "logit") -> tuple[float, float]:
    """(a, σ) giving this population share and this ICC (latent logit scale or 0/1 scale)."""
    if scale == "logit":
        sigma = float(np.sqrt(icc / (1.0 - icc) * np.pi ** 2 / 3.0))
        return _intercept(share, sigma), sigma
    lo, hi = 0.0, 5.0
    for _ in range(60):
        mid = (lo + hi) / 2.0
        got = _moments(_intercept(share, mid), mid)[1]
        lo, hi = (mid, hi) if got < icc else (lo, mid)
    sigma = (lo + hi) / 2.0
    return _intercept(share, sigma), sigma


def simulate(n_firms: int, share: float, a: float, sigma: float, reps: int,
             rng: np.random.Generator) -> dict[str, np.ndarray]:
    """``reps`` samples at once: per sample the share, its CR1 SE, n workers, n firms."""
    sizes = rng.integers(WORKERS_PER_FIRM[0], WORKERS_PER_FIRM[1] + 1, size=(reps, n_firms))
    u = rng.normal(0.0, sigma, size=(reps, n_firms))
    yes = rng.binomial(sizes, _expit(a + u))  # workers with y = 1 per (sample, firm)
    n = sizes.sum(axis=1).astype(float)
    mean = yes.sum(axis=1) / n
    # CR1 of a mean, as compare(): G/(G−1) · Σ_f (Σ_i e_i)² / N², e_i = y_i − mean
    score = yes - sizes * mean[:, None]
    se = np.sqrt(n_firms / (n_firms - 1.0) * (score * score).sum(axis=1)) / n
    return {"mean": mean, "se": se, "n": n, "g": np.full(reps, n_firms), "sizes": sizes,
            "yes": yes}


def check_against_compare(sample: dict[str, np.ndarray], k: int = 5) -> float:
    """Largest |difference| of mean, se and both interval bounds vs compare() on k samples."""
    worst = 0.0
    for r in range(min(k, len(sample["mean"]))):
        sizes, yes = sample["sizes"][r], sample["yes"][r]
        firm = np.repeat(np.arange(len(sizes)), sizes)
        y = np.concatenate([np.r_[np.ones(k1), np.zeros(s - k1)] for s, k1 in zip(sizes, yes, strict=True)])
        row = compare(y, pd.Series(pd.Categorical(["all"] * len(y))), firm, scale="share").iloc[0]
        lo, hi = share_interval(sample["mean"][r], sample["se"][r], sample["n"][r],
                                sample["g"][r])
        worst = max(worst, abs(row["mean"] - sample["mean"][r]), abs(row["se"] - sample["se"][r]),
                    abs(row["ci_low"] - lo), abs(row["ci_high"] - hi))
    return worst


def evaluate(sample: dict[str, np.ndarray], share: float) -> dict[str, dict[str, float]]:
    from scipy.stats import t

    mean, se = sample["mean"], sample["se"]
    half = t.ppf(1 - ALPHA / 2, sample["g"] - 1) * se
    methods = {"wald_t": (mean - half, mean + half),
               "korn_graubard": share_interval(mean, se, sample["n"], sample["g"], ALPHA)}
    out = {}
    for name, (lo, hi) in methods.items():
        width = hi - lo
        out[name] = {
            "coverage": float(np.mean((lo <= share) & (share <= hi))),
            "zero_width": float(np.mean(width <= 1e-12)),
            "outside_01": float(np.mean((lo < 0) | (hi > 1))),
            "median_width": float(np.median(width)),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=10000, help="samples per setting")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--icc-scale", choices=("logit", "binary"), default="logit",
                        help="scale on which the ICC of a row is set (default: logit)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    t0 = time.perf_counter()
    rows = []
    worst = 0.0
    for g in FIRMS:
        for share in SHARES:
            for icc in ICCS:
                a, sigma = calibrate(share, icc, args.icc_scale)
                sample = simulate(g, share, a, sigma, args.reps, rng)
                worst = max(worst, check_against_compare(sample))
                res = evaluate(sample, share)
                rows.append({"firms": g, "true_share": share, "sigma": sigma,
                             "icc_logit": latent_icc(sigma),
                             "icc_binary": _moments(a, sigma)[1],
                             "zero_count_samples": float(np.mean(sample["mean"] == 0)), **res})
    elapsed = time.perf_counter() - t0
    met = all(r["korn_graubard"]["coverage"] >= TARGET for r in rows)
    if args.json:
        print(json.dumps({"reps": args.reps, "seed": args.seed, "icc_scale": args.icc_scale,
                          "alpha": ALPHA, "target": TARGET,
                          "workers_per_firm": WORKERS_PER_FIRM, "max_diff_vs_compare": worst,
                          "seconds": round(elapsed, 1), "target_met": met, "rows": rows},
                         indent=2))
    else:
        print(f"Share-interval coverage, nominal 95 %, {args.reps} samples per row, seed "
              f"{args.seed}; ICC set on the {args.icc_scale} scale; "
              f"{WORKERS_PER_FIRM[0]}–{WORKERS_PER_FIRM[1]} workers per firm; "
              f"max |diff| vs compare(): {worst:.1e}; {elapsed:.1f} s\n")
        print("| firms | true share | ICC logit | ICC 0/1 | samples with 0 yes | Wald t coverage "
              "| Wald t zero width | Wald t outside [0,1] | KG coverage | KG zero width | KG median width |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            w, k = r["wald_t"], r["korn_graubard"]
            print(f"| {r['firms']} | {r['true_share']:.2f} | {r['icc_logit']:.2f} | "
                  f"{r['icc_binary']:.3f} | "
                  f"{r['zero_count_samples']:.1%} | {w['coverage']:.1%} | {w['zero_width']:.1%} | "
                  f"{w['outside_01']:.1%} | {k['coverage']:.1%} | {k['zero_width']:.1%} | "
                  f"{k['median_width']:.3f} |")
        print(f"\nTarget (KG coverage ≥ {TARGET:.0%} everywhere): {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
