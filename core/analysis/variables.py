"""What kind of variable a column is, so every view offers the same choices as ``analyze``:
groupings (categories, yes/no, text with few values), numbers, money and its currencies.

These decide what can be compared or charted, so they live in core: the window fills its lists
from them and the analysis resolves a saved choice against the same lists.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

MONEY_VARIABLES = ("monthly_wage", "log_monthly_wage", "pay_amount")
"""Worker variables in a local currency: never pooled across currencies."""
NOT_VARIABLES = ("firm_id", "worker_id", "explanation")
"""Columns that identify or explain rows; never a grouping or a measure."""
COUNT_COLUMNS = ("ms_n_items", "er_n_items")
"""How many items an index rests on: bookkeeping, not a variable to chart."""


def is_yes_no(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.BooleanDtype) or series.dtype == bool


def categorical_columns(frame: pd.DataFrame, *, max_levels: int = 12,
                        skip: Iterable[str] = ()) -> list[str]:
    """Columns usable as a grouping: categories, yes/no, or text with few distinct values."""
    out = []
    skip = set(skip)
    for name in frame.columns:
        if name in skip or name.startswith("_") or name in NOT_VARIABLES:
            continue
        s = frame[name]
        if isinstance(s.dtype, pd.CategoricalDtype) or is_yes_no(s):
            if s.nunique(dropna=True) <= max_levels:
                out.append(name)
        elif s.dtype == object and 1 < s.nunique(dropna=True) <= max_levels:
            out.append(name)
    return out


def numeric_columns(frame: pd.DataFrame, *, skip: Iterable[str] = ()) -> list[str]:
    """Columns holding amounts (not yes/no, not item counts)."""
    skip = set(skip)
    return [c for c in frame.columns if c not in skip and not c.startswith("_")
            and pd.api.types.is_numeric_dtype(frame[c].dtype) and not is_yes_no(frame[c])
            and c not in COUNT_COLUMNS]


def group_values(series: pd.Series) -> pd.Series:
    """A grouping as categorical text (yes/no → 'yes'/'no'), categories in their order."""
    if is_yes_no(series):
        return series.astype("boolean").map({True: "yes", False: "no"}).astype(
            pd.CategoricalDtype(["no", "yes"]))
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.rename_categories([str(c) for c in series.cat.categories])
    return series.astype("string").astype("category")


def currencies_of(workers: pd.DataFrame) -> list[str]:
    """The currencies of the workers' pay (from the applicable minimum wage), sorted."""
    if "min_wage_currency" not in workers.columns:
        return []
    return sorted(str(c) for c in pd.unique(workers["min_wage_currency"].dropna().astype(str)))


def currency_of(workers: pd.DataFrame) -> str | None:
    """The one currency of the workers' pay, or None when several (or unknown)."""
    found = currencies_of(workers)
    return found[0] if len(found) == 1 else None


def pooled_currencies(variable: str, *workers: pd.DataFrame | None) -> list[str]:
    """The currencies a money variable would pool over these worker tables (empty: safe)."""
    if variable not in MONEY_VARIABLES:
        return []
    found = sorted({c for w in workers if w is not None for c in currencies_of(w)})
    return found if len(found) > 1 else []


def pick(current: str | None, names: list[str], *preferred: str) -> str | None:
    """A choice kept when it is still offered, else the first preferred one offered, else the
    first name (None when nothing is offered): how every view falls back."""
    if current in names:
        return current
    for name in preferred:
        if name in names:
            return name
    return names[0] if names else None


__all__ = ["MONEY_VARIABLES", "categorical_columns", "currencies_of", "currency_of",
           "group_values", "is_yes_no", "numeric_columns", "pick", "pooled_currencies"]
