"""Speed of the analysis core at DESIGN.md's scale: 1M workers in 10k firms.

Target (DESIGN.md "Targets"): a clustered comparison of one outcome over 6 groups on 1M workers
in < 1 s. Also reported: rule evaluation on 10k firms, a subset change on 1M workers, and worker
measures on 1M workers. Run: ``.venv/bin/python benchmarks/bench_comparisons.py [n_workers]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis.comparisons import compare
from core.analysis.measures import worker_measures
from core.analysis.rules import evaluate_rules
from core.analysis.subset import Subset, apply_subset

GROUPS = ["none", "process", "product", "functional", "chain", "other"]


def make(n_workers: int, n_firms: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    firm_ids = np.array([f"F{i:05d}" for i in range(n_firms)], dtype=object)
    firms = pd.DataFrame({
        "firm_id": firm_ids,
        "country": pd.Categorical(rng.choice(["Vietnam", "Thailand", "Myanmar"], n_firms)),
        "sector": pd.Categorical(rng.choice(["apparel", "electronics"], n_firms)),
        "region": pd.Categorical(rng.choice(["I", "II", "Bangkok", ""], n_firms)),
        "stage_now": rng.integers(0, 4, n_firms).astype(float),
        "stage_before": rng.integers(0, 4, n_firms).astype(float),
        "unit_price_change_pct": rng.normal(0, 5, n_firms),
        "highest_type": pd.Categorical(rng.choice(GROUPS, n_firms), categories=GROUPS),
    })
    for role in ("new_machinery", "new_process", "automation", "new_product", "design_added"):
        v = rng.random(n_firms)
        firms[role] = pd.array(np.where(v < 0.1, None, v < 0.4), dtype="boolean")
    fpos = rng.integers(0, n_firms, n_workers)
    workers = pd.DataFrame({
        "firm_id": pd.Categorical(firm_ids[fpos]).astype(object),
        "gender": pd.Categorical(rng.choice(["female", "male"], n_workers)),
        "pay_amount": rng.lognormal(15, 0.3, n_workers),
        "pay_period": pd.Categorical(rng.choice(["month", "day"], n_workers)),
        "hours_per_week": rng.normal(48, 5, n_workers),
        "training": pd.array(rng.random(n_workers) < 0.4, dtype="boolean"),
    })
    workers["y"] = np.log(workers["pay_amount"]) + 0.05 * (fpos % 6)
    return firms, workers


def timed(label: str, fn, repeat: int = 3) -> float:
    best = np.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<58} {best * 1000:8.0f} ms")
    return best


def main(n_workers: int = 1_000_000, n_firms: int = 10_000) -> None:
    firms, workers = make(n_workers, n_firms)
    group = pd.Series(pd.Categorical.from_codes(
        firms["highest_type"].cat.codes.to_numpy()[
            pd.Index(firms["firm_id"]).get_indexer(workers["firm_id"])],
        dtype=firms["highest_type"].dtype))
    y = workers["y"].to_numpy()
    compare(y[:1000], group[:1000], workers["firm_id"][:1000])  # warm imports
    print(f"{n_workers:,} workers in {n_firms:,} firms")
    t = timed("clustered comparison, 1 outcome × 6 groups (target < 1 s)",
              lambda: compare(y, group, workers["firm_id"], reference="none"))
    timed("evaluate default rules on the firms",
          lambda: evaluate_rules(firms))
    timed("apply a firm + worker subset",
          lambda: apply_subset(firms, workers, Subset(firms={"country": ["Vietnam"]},
                                                      workers={"gender": ["female"]})), 5)
    timed("worker measures (wage, minimum, indices)",
          lambda: worker_measures(firms, workers), 1)
    print("target met" if t < 1.0 else "TARGET MISSED: comparison took > 1 s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
