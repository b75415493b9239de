"""Worker measures: monthly wage, wage relative to the minimum, regular contract, MS and ER indices.

Pay arrives per month, fortnight, week, day, hour or piece; comparing workers needs one unit, and
comparing countries needs the ratio to the applicable minimum (DOMAIN.md "Worker outcomes"). The
social-upgrading indices follow Barrientos, Gereffi & Rossi's two components, kept apart.

Regular contract (DOMAIN.md: "indefinite or ≥ 1 year"): the canonical ``fixed_term`` value is what the
study maps "1-3 years" / "12-36 months" / "xác định thời hạn" to (core/model/roles.py), i.e. Vietnam's
Labour Code fixed-term contract of 12–36 months, so by default fixed_term counts as regular.
Surveys whose fixed-term bucket includes contracts under a year should set
``fixed_term_is_regular=False``. Contracts stated as under a year ("< 1 year", "Fixed <1y",
"dưới 1 năm", seasonal) are the canonical ``fixed_term_short`` (core/model/category_values.py) and are
never regular, whatever the setting; temporary, casual and day work (``temporary``: "Temporary",
"tạm thời", "công nhật"), probation and no contract are never regular either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.analysis.minimum_wage import applicable_minimum, load_minimum_wages

PAY_PERIOD_FACTORS: dict[str, float | str] = {
    "month": 1.0,
    "fortnight": 26.0 / 12.0,
    "week": 52.0 / 12.0,
    "day": "days_per_month",
    "hour": "hours_per_week × 52/12",
    "piece": float("nan"),
}
"""Monthly conversion factors (DOMAIN.md "Default rules, exactly"); day and hour depend on a setting
or on the worker's hours. Piece rates and unknown periods give a missing monthly wage."""

MS_ITEMS = ("ms_wage_ge_minimum", "ms_regular_contract", "ms_social_insurance",
            "ms_hours_le_48", "ms_no_injury", "ms_training")
ER_ITEMS = ("er_cba_covered", "er_union_comfortable", "er_committee",
            "er_no_discrimination_barrier", "er_suggestion_heard")
MAX_WEEKLY_HOURS = 48.0


@dataclass(frozen=True)
class MeasureSettings:
    """Settings for worker measures; every default is DOMAIN.md's, every one is editable."""

    days_per_month: float = 26.0
    reference_date: str | None = None
    """ISO date for the applicable minimum; None = the latest date in the table."""
    fixed_term_is_regular: bool = True
    ms_min_items: int = 4
    er_min_items: int = 3


@dataclass
class MeasuresResult:
    """Derived worker columns (indexed like the workers table) and what could not be computed."""

    table: pd.DataFrame
    warnings: list[str] = field(default_factory=list)


def yesno_float(s: pd.Series) -> np.ndarray:
    """A yes/no column as 1.0 / 0.0 / NaN (so means are shares and NaN stays missing)."""
    arr = s.astype("boolean")
    return np.where(arr.isna().to_numpy(), np.nan, arr.fillna(False).to_numpy(dtype=float))


def _num(workers: pd.DataFrame, name: str) -> np.ndarray:
    if name not in workers.columns:
        return np.full(len(workers), np.nan)
    return workers[name].to_numpy(dtype=float, na_value=np.nan)


def firm_positions(firm_ids: pd.Series, worker_firm_ids: pd.Series) -> np.ndarray:
    """Row position of each worker's firm in the firm table (-1 if absent). Duplicate firm IDs
    (reported by the survey validation) resolve to their first row instead of failing."""
    index = pd.Index(firm_ids.to_numpy())
    if not index.is_unique:
        index = index[~index.duplicated()]
        first = pd.Series(np.arange(len(firm_ids)))[~pd.Index(firm_ids.to_numpy()).duplicated()]
        pos = index.get_indexer(worker_firm_ids.to_numpy())
        return np.where(pos >= 0, first.to_numpy()[np.maximum(pos, 0)], -1)
    return index.get_indexer(worker_firm_ids.to_numpy())


def monthly_wage(workers: pd.DataFrame, *, days_per_month: float = 26.0) -> pd.Series:
    """pay_amount × factor(pay_period); NaN for piece rates, unknown periods or missing inputs."""
    amount = _num(workers, "pay_amount")
    if "pay_period" not in workers.columns:
        return pd.Series(np.full(len(workers), np.nan), index=workers.index, name="monthly_wage")
    period = workers["pay_period"].astype("string").str.strip().str.casefold()
    hours = _num(workers, "hours_per_week")
    factor = np.full(len(workers), np.nan)
    for name, value in (("month", 1.0), ("fortnight", 26.0 / 12.0), ("week", 52.0 / 12.0),
                        ("day", float(days_per_month))):
        factor = np.where((period == name).fillna(False).to_numpy(bool), value, factor)
    is_hour = (period == "hour").fillna(False).to_numpy(bool)
    factor = np.where(is_hour, hours * 52.0 / 12.0, factor)
    return pd.Series(amount * factor, index=workers.index, name="monthly_wage")


NOT_REGULAR_CONTRACTS = ("fixed_term_short", "temporary", "probation", "none")
"""Canonical contract values that are never regular (DOMAIN.md: regular = indefinite or ≥ 1 year)."""


def regular_contract(workers: pd.DataFrame, *, fixed_term_is_regular: bool = True) -> pd.Series:
    """1.0 for a regular contract (indefinite, and fixed_term unless the setting says otherwise),
    0.0 for fixed_term_short / probation / none (/ fixed_term), NaN when the contract is unknown.
    ``fixed_term_short`` (under a year) is never regular: the setting is about ``fixed_term``."""
    if "contract" not in workers.columns:
        return pd.Series(np.full(len(workers), np.nan), index=workers.index,
                         name="regular_contract")
    c = workers["contract"].astype("string").str.strip().str.casefold()
    regular = ["indefinite", "fixed_term"] if fixed_term_is_regular else ["indefinite"]
    value = np.where(c.isna().to_numpy(), np.nan, c.isin(regular).fillna(False).to_numpy(float))
    return pd.Series(value, index=workers.index, name="regular_contract")


def _index(items: pd.DataFrame, min_items: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the non-missing items where at least ``min_items`` are known, and the count."""
    if items.shape[1] == 0:
        n = len(items)
        return np.full(n, np.nan), np.zeros(n, dtype=np.int64)
    x = items.to_numpy(dtype=float)
    known = ~np.isnan(x)
    count = known.sum(axis=1)
    total = np.where(known, x, 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count >= min_items, total / np.maximum(count, 1), np.nan)
    return mean, count


def worker_measures(firms: pd.DataFrame, workers: pd.DataFrame, *,
                    settings: MeasureSettings | None = None,
                    minimum_wages: pd.DataFrame | None = None) -> MeasuresResult:
    """All derived worker columns at once: monthly_wage, log_monthly_wage, wage_to_minimum,
    min_wage_currency, regular_contract, the MS and ER items (1/0/NaN), ms_index, er_index and the
    number of items each index used."""
    settings = settings or MeasureSettings()
    warnings: list[str] = []
    out = pd.DataFrame(index=workers.index)
    wage = monthly_wage(workers, days_per_month=settings.days_per_month)
    out["monthly_wage"] = wage
    with np.errstate(divide="ignore", invalid="ignore"):
        out["log_monthly_wage"] = np.where(wage > 0, np.log(wage.where(wage > 0)), np.nan)
    if "pay_amount" not in workers.columns or "pay_period" not in workers.columns:
        warnings.append("monthly_wage not computed: the survey lacks "
                        + ", ".join(r for r in ("pay_amount", "pay_period")
                                    if r not in workers.columns))
    elif "pay_period" in workers.columns:
        n_piece = int((workers["pay_period"].astype("string") == "piece").sum())
        if n_piece:
            warnings.append(f"{n_piece} workers paid by piece: monthly_wage is missing for them")

    ratio = np.full(len(workers), np.nan)
    has_wage = "monthly_wage" in out and not np.all(np.isnan(wage.to_numpy()))
    if "country" not in firms.columns:
        warnings.append("wage_to_minimum not computed: the survey lacks the firm's country")
    elif has_wage and "firm_id" in workers.columns and "firm_id" in firms.columns:
        table = minimum_wages if minimum_wages is not None else load_minimum_wages()
        lookup = applicable_minimum(firms["country"],
                                    firms["region"] if "region" in firms.columns else None,
                                    table, reference_date=settings.reference_date,
                                    days_per_month=settings.days_per_month)
        pos = firm_positions(firms["firm_id"], workers["firm_id"])
        found = pos >= 0
        minimum = np.where(found, lookup.monthly[np.maximum(pos, 0)], np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = wage.to_numpy(float) / minimum
        out["min_wage_currency"] = pd.array(
            np.where(found, lookup.currency[np.maximum(pos, 0)], None), dtype="string")
        n_none = int((lookup.matched == "none").sum())
        n_default = int((lookup.matched == "country default").sum())
        if n_none:
            warnings.append(f"{n_none} firms have no applicable minimum wage (country or region "
                            "not in the minimum-wage table): wage_to_minimum is missing there")
        if n_default:
            warnings.append(f"{n_default} firms use their country's default minimum wage "
                            "(region missing or not listed in the table)")
        warnings.extend(_unit_warnings(ratio, firms, workers, pos))
    out["wage_to_minimum"] = ratio

    out["regular_contract"] = regular_contract(
        workers, fixed_term_is_regular=settings.fixed_term_is_regular)
    if "contract" in workers.columns:
        known = {"indefinite", "fixed_term", *NOT_REGULAR_CONTRACTS}
        other = workers["contract"].astype("string").str.strip()
        other = other[other.notna() & ~other.str.casefold().isin(list(known))]
        if len(other):
            shown = ", ".join(f'"{v}"' for v in pd.unique(other)[:6])
            warnings.append(f"{len(other)} workers have a contract type that is not one of "
                            f"indefinite / fixed_term / fixed_term_short / probation / none ({shown}): "
                            "regular_contract counts them as not regular; give the values a meaning "
                            "in the import review")
    ms = pd.DataFrame(index=workers.index)
    if not np.all(np.isnan(ratio)):
        with np.errstate(invalid="ignore"):
            ms["ms_wage_ge_minimum"] = np.where(np.isnan(ratio), np.nan, ratio >= 1.0)
    if "contract" in workers.columns:
        ms["ms_regular_contract"] = out["regular_contract"]
    if "social_insurance" in workers.columns:
        ms["ms_social_insurance"] = yesno_float(workers["social_insurance"])
    if "hours_per_week" in workers.columns:
        hours = _num(workers, "hours_per_week")
        with np.errstate(invalid="ignore"):
            ms["ms_hours_le_48"] = np.where(np.isnan(hours), np.nan, hours <= MAX_WEEKLY_HOURS)
    if "injury" in workers.columns:
        ms["ms_no_injury"] = 1.0 - yesno_float(workers["injury"])
    if "training" in workers.columns:
        ms["ms_training"] = yesno_float(workers["training"])
    er = pd.DataFrame(index=workers.index)
    for role in ("cba_covered", "union_comfortable", "committee"):
        if role in workers.columns:
            er[f"er_{role}"] = yesno_float(workers[role])
    if "discrimination_barrier" in workers.columns:
        er["er_no_discrimination_barrier"] = 1.0 - yesno_float(workers["discrimination_barrier"])
    if "suggestion_heard" in workers.columns:
        er["er_suggestion_heard"] = yesno_float(workers["suggestion_heard"])

    out = pd.concat([out, ms, er], axis=1)
    out["ms_index"], out["ms_n_items"] = _index(ms, settings.ms_min_items)
    out["er_index"], out["er_n_items"] = _index(er, settings.er_min_items)
    if ms.shape[1] < settings.ms_min_items:
        warnings.append(f"ms_index not computed: the survey has {ms.shape[1]} of the "
                        f"{len(MS_ITEMS)} MS items, fewer than the {settings.ms_min_items} needed")
    if er.shape[1] < settings.er_min_items:
        warnings.append(f"er_index not computed: the survey has {er.shape[1]} of the "
                        f"{len(ER_ITEMS)} ER items, fewer than the {settings.er_min_items} needed")
    return MeasuresResult(out, warnings)


def _unit_warnings(ratio: np.ndarray, firms: pd.DataFrame, workers: pd.DataFrame,
                   pos: np.ndarray) -> list[str]:
    """Money units drift (VND vs thousand VND): a median ratio far from 1 betrays them."""
    country = np.where(pos >= 0, firms["country"].astype(object).to_numpy()[np.maximum(pos, 0)],
                       None)
    frame = pd.DataFrame({"country": country, "ratio": ratio}).dropna()
    if frame.empty:
        return []
    medians = frame.groupby("country")["ratio"].median()
    return [f"{c}: the median wage is {m:.3g} times the minimum wage; check the pay units "
            "(e.g. thousand VND instead of VND)" for c, m in medians.items()
            if m < 0.1 or m > 20]


def firm_means(values: pd.DataFrame, firm_id: pd.Series, columns: list[str]) -> pd.DataFrame:
    """Per firm, the mean of each worker column over workers with a value, and their number
    (DOMAIN.md: a firm's social score is shown with the number of workers behind it)."""
    frame = values[columns].copy()
    frame["firm_id"] = firm_id.to_numpy()
    grouped = frame.groupby("firm_id", observed=True, sort=False)
    means = grouped[columns].mean().add_suffix("_mean")
    counts = grouped[columns].count().add_suffix("_n")
    out = pd.concat([means, counts], axis=1)
    order = [c for col in columns for c in (f"{col}_mean", f"{col}_n")]
    return out[order].reset_index()
