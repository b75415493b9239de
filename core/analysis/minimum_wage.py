"""The applicable minimum wage: a user-editable table and a vectorised lookup by country, region and date.

The bundled table (resources/minimum_wages.csv) holds the DOMAIN.md figures. Researchers edit it (new
years, more Thai provinces), so loading validates it and says which CSV row is wrong.

Region matching is forgiving: case and surrounding spaces are ignored, a leading "region", "vùng" or
"zone" is dropped, and 1–4 are read as Vietnam's Roman-numbered regions I–IV. A row with a blank region
is the country's default, used when the firm's region is missing or not listed (Myanmar has one
national rate; for Thailand the default is the lowest provincial rate, 328 baht/day, so unlisted
provinces get an upper bound on wage_to_minimum: the lookup reports how many firms used a default).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.common.errors import UserFacingError
from core.common.paths import resource_path
from core.common.text import fold

RESOURCES = resource_path()
DEFAULT_TABLE_PATH = RESOURCES / "minimum_wages.csv"
COLUMNS = ("country", "region", "effective_from", "amount", "currency", "period", "source")
PERIODS = ("month", "day")
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
_NOISE_WORDS = frozenset({
    "region", "vung", "zone", "province", "tinh", "minimum", "wage", "mwr", "area", "khu", "vuc",
    "vietnam", "viet", "nam", "thailand", "myanmar", "burma", "cambodia", "indonesia",
})


class MinimumWageTableError(UserFacingError):
    """The minimum-wage table is malformed (missing column, bad date, amount or period)."""


def load_minimum_wages(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate a minimum-wage CSV (the bundled one by default)."""
    path = Path(path) if path is not None else DEFAULT_TABLE_PATH
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise MinimumWageTableError(f"The minimum-wage table cannot be read: {exc}",
                                    where=str(path), todo="Fix or restore the CSV") from None
    return validate_minimum_wages(raw, source=path.name)


def validate_minimum_wages(table: pd.DataFrame, *, source: str = "minimum-wage table"
                           ) -> pd.DataFrame:
    """Check a (possibly user-edited) table and return it typed: effective_from as Timestamp,
    amount float, region '' for a country default. Errors name the CSV row (header = row 1)."""
    missing = [c for c in COLUMNS if c not in table.columns and c != "source"]
    if missing:
        raise MinimumWageTableError(f"The minimum-wage table lacks the column {missing[0]!r}",
                                    where=source, todo="Columns: " + ", ".join(COLUMNS))
    out = table.copy()
    if "source" not in out.columns:
        out["source"] = ""
    for col in ("country", "region", "currency", "period", "source"):
        out[col] = out[col].fillna("").astype(str).str.strip()
    rows = pd.Series(np.arange(len(out)) + 2, index=out.index)

    def fail(mask: pd.Series, what: str, todo: str) -> None:
        if mask.any():
            row = int(rows[mask].iloc[0])
            raise MinimumWageTableError(what, where=f"{source}, row {row}", todo=todo)

    fail(out["country"] == "", "A minimum-wage row has no country", "Fill in the country")
    dates = pd.to_datetime(out["effective_from"].astype(str).str.strip(), format="ISO8601",
                           errors="coerce")
    fail(dates.isna(), "A minimum-wage row has no valid effective_from date",
         "Write the date as YYYY-MM-DD")
    amounts = pd.to_numeric(out["amount"], errors="coerce")
    fail(~(amounts > 0), "A minimum-wage amount is missing, not a number or not positive",
         "Write a plain positive number without thousands separators, e.g. 4680000")
    period = out["period"].str.casefold()
    fail(~period.isin(PERIODS), "A minimum-wage period is not 'month' or 'day'",
         "Write month or day")
    fail(out["currency"] == "", "A minimum-wage row has no currency", "Write e.g. VND")
    out["effective_from"] = dates
    out["amount"] = amounts.astype(float)
    out["period"] = period
    key = pd.DataFrame({"c": out["country"].str.casefold(), "r": normalise_region(out["region"]),
                        "d": dates})
    fail(key.duplicated(keep="first"), "Two minimum-wage rows have the same country, region "
         "and date", "Keep one of them")
    currencies = out.groupby(out["country"].str.casefold())["currency"].nunique()
    if (currencies > 1).any():
        country = currencies[currencies > 1].index[0]
        fail(out["country"].str.casefold() == country, f"Country {country!r} mixes currencies",
             "Use one currency per country")
    return out.reset_index(drop=True)


def _region_key(text: str) -> str:
    """One region's comparable key: folded, with country names and words such as "region",
    "vùng", "province", "minimum wage" dropped, and 1–4 read as Vietnam's Roman-numbered regions.
    So "Vietnam: minimum-wage Region I", "Vùng I", "region 1" and "I" all give "i"."""
    words = [w for w in fold(text).split() if w not in _NOISE_WORDS]
    key = " ".join(words)
    return _ROMAN.get(key, key)


def normalise_region(values: pd.Series) -> pd.Series:
    """Comparable region keys ('Region 1' == 'I' == 'vùng i' == 'Vietnam: minimum-wage Region I').
    Computed once per distinct spelling, so it stays fast on a million rows."""
    s = values.astype("string").fillna("")
    keys = {v: _region_key(v) for v in pd.unique(s)}
    return s.map(keys).astype(object)


def default_reference_date(table: pd.DataFrame) -> pd.Timestamp:
    """The latest effective date in the table: each country's newest figure applies."""
    return pd.Timestamp(table["effective_from"].max())


@dataclass
class MinimumLookup:
    """Per firm: applicable monthly minimum (NaN if none), its currency, and how it matched."""

    monthly: np.ndarray
    currency: np.ndarray
    matched: np.ndarray
    """'region', 'country default' or 'none'."""
    reference_date: pd.Timestamp


def applicable_minimum(country: pd.Series, region: pd.Series | None, table: pd.DataFrame, *,
                       reference_date: str | pd.Timestamp | None = None,
                       days_per_month: float = 26.0) -> MinimumLookup:
    """Monthly minimum applicable to each firm at the reference date (daily rates × days_per_month).

    Vectorised: the table is reduced to the rows in force at the date (one per country and region),
    then joined to the firms, first on (country, region), then on (country, default row).
    """
    ref = default_reference_date(table) if reference_date is None else pd.Timestamp(
        reference_date)
    in_force = table[table["effective_from"] <= ref].copy()
    in_force["c"] = in_force["country"].str.casefold()
    in_force["r"] = normalise_region(in_force["region"])
    in_force = in_force.sort_values("effective_from").drop_duplicates(["c", "r"], keep="last")
    in_force["monthly"] = in_force["amount"] * np.where(in_force["period"] == "day",
                                                        float(days_per_month), 1.0)
    firms = pd.DataFrame({
        "c": country.astype("string").fillna("").str.strip().str.casefold().astype(object)
        .to_numpy(),
        "r": (normalise_region(region) if region is not None
              else pd.Series([""] * len(country), dtype=object)).to_numpy(),
    })
    cols = ["c", "r", "monthly", "currency"]
    by_region = firms.merge(in_force[cols], on=["c", "r"], how="left")
    defaults = in_force.loc[in_force["r"] == "", ["c", "monthly", "currency"]]
    by_country = firms[["c"]].merge(defaults, on="c", how="left")
    has_region = by_region["monthly"].notna().to_numpy() & (firms["r"] != "").to_numpy()
    monthly = np.where(has_region, by_region["monthly"].to_numpy(float),
                       by_country["monthly"].to_numpy(float))
    currency = np.where(has_region, by_region["currency"].to_numpy(object),
                        by_country["currency"].to_numpy(object))
    matched = np.where(has_region, "region",
                       np.where(np.isnan(monthly), "none", "country default"))
    return MinimumLookup(monthly, currency, matched, ref)
