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
    country_listed: np.ndarray | None = None
    """Per row (dated lookups only): the table has rows for the country, so a 'none' match means
    no row was in force yet at the row's date (e.g. Thailand in 2019)."""
    first_date: np.ndarray | None = None
    """Per row (dated lookups only): the earliest effective date the table holds for the
    country (NaT if none), to say what a 'none' at an early date is missing."""


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


def _monthly_rows(table: pd.DataFrame, days_per_month: float) -> pd.DataFrame:
    rows = table.copy()
    rows["c"] = rows["country"].str.casefold()
    rows["r"] = normalise_region(rows["region"])
    rows["monthly"] = rows["amount"] * np.where(rows["period"] == "day", float(days_per_month),
                                                1.0)
    rows["effective_from"] = rows["effective_from"].astype("datetime64[ns]")
    for key in ("c", "r"):  # one key dtype on both sides of the joins
        rows[key] = rows[key].astype(object).astype(str)
    return rows[["c", "r", "effective_from", "monthly", "currency"]]


def _factorize(values: pd.Series | np.ndarray | None, n: int) -> tuple[np.ndarray, list]:
    """Codes (missing → the last code) and distinct values, the missing one (None) last."""
    if values is None:
        return np.zeros(n, dtype=np.int64), [None]
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    codes = np.where(codes < 0, len(uniques), codes)
    return codes, [*uniques, None]


def _country_key(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)) \
        else str(value).strip().casefold()


def _region_value_key(value: object) -> str:
    return "" if _country_key(value) == "" else _region_key(str(value))


def minimum_at_dates(country: pd.Series, region: pd.Series | None, dates: pd.Series,
                     table: pd.DataFrame, *, days_per_month: float = 26.0) -> MinimumLookup:
    """Monthly minimum applicable to each row (a worker) at its own date: the table's row for
    the country and region in force on that date, else the country's default row in force then.

    Vectorised with two ``merge_asof`` joins on integer keys (country × region, then country on
    the default rows), so a million workers cost two sorted joins, never a loop per row; names
    are normalised once per distinct spelling. Rows whose date is missing get no minimum."""
    n = len(country)
    rows = _monthly_rows(table, days_per_month)
    pair_ids: dict[tuple[str, str], int] = {}
    country_ids: dict[str, int] = {}
    for cc, rr in zip(rows["c"], rows["r"], strict=True):
        pair_ids.setdefault((cc, rr), len(pair_ids))
        country_ids.setdefault(cc, len(country_ids))
    row_pair = np.array([pair_ids[(cc, rr)] for cc, rr in zip(rows["c"], rows["r"],
                                                              strict=True)], dtype=np.int64)
    row_country = np.array([country_ids[cc] for cc in rows["c"]], dtype=np.int64)
    # names normalised once per distinct spelling; per row only integer codes
    c_codes, c_uniques = _factorize(country, n)
    r_codes, r_uniques = _factorize(region, n)
    c_keys = [_country_key(u) for u in c_uniques]
    r_keys = [_region_value_key(u) for u in r_uniques]
    pair_table = np.array([[pair_ids.get((ck, rk), -1) for rk in r_keys] for ck in c_keys],
                          dtype=np.int64)
    my_pair = pair_table[c_codes, r_codes]
    my_country = np.array([country_ids.get(ck, -1) for ck in c_keys], dtype=np.int64)[c_codes]
    r_blank = np.array([rk == "" for rk in r_keys], dtype=bool)[r_codes]
    first = rows.groupby("c")["effective_from"].min()
    first_date = np.array([pd.Timestamp(first[ck]).to_datetime64() if ck in first.index
                           else np.datetime64("NaT") for ck in c_keys],
                          dtype="datetime64[ns]")[c_codes]
    listed = np.array([ck in first.index for ck in c_keys], dtype=bool)[c_codes]
    when = np.asarray(pd.to_datetime(pd.Series(np.asarray(dates)), errors="coerce"),
                      dtype="datetime64[ns]")
    left = pd.DataFrame({"k": my_pair, "kc": my_country, "date": when, "pos": np.arange(n)})
    dated = left[~np.isnat(when)].sort_values("date", kind="stable")
    right = pd.DataFrame({"k": row_pair, "kc": row_country, "default": rows["r"].eq("").to_numpy(),
                          "effective_from": rows["effective_from"].to_numpy(),
                          "monthly": rows["monthly"].to_numpy(float),
                          "currency": rows["currency"].astype(object).to_numpy()}
                         ).sort_values("effective_from", kind="stable")
    monthly = np.full(n, np.nan)
    currency = np.full(n, None, dtype=object)
    matched = np.full(n, "none", dtype=object)
    if len(dated) and len(right):
        cols = ["effective_from", "monthly", "currency"]
        by_region = pd.merge_asof(dated, right[["k", *cols]], left_on="date",
                                  right_on="effective_from", by="k", direction="backward")
        defaults = right.loc[right["default"], ["kc", *cols]]
        by_country = pd.merge_asof(dated, defaults, left_on="date", right_on="effective_from",
                                   by="kc", direction="backward")
        pos = dated["pos"].to_numpy()
        has_region = by_region["monthly"].notna().to_numpy() & ~r_blank[pos]
        region_m = by_region["monthly"].to_numpy(float)
        country_m = by_country["monthly"].to_numpy(float)
        monthly[pos] = np.where(has_region, region_m, country_m)
        currency[pos] = np.where(has_region, by_region["currency"].to_numpy(object),
                                 by_country["currency"].to_numpy(object))
        matched[pos] = np.where(has_region, "region",
                                np.where(np.isnan(monthly[pos]), "none", "country default"))
    currency = np.where(np.isnan(monthly), None, currency)
    latest = default_reference_date(table) if len(table) else pd.NaT
    return MinimumLookup(monthly, currency, matched, latest, listed, first_date)
