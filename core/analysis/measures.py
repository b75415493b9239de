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
"tạm thời", "công nhật", "casual", "daily"), probation and no contract are never regular either:
none of them promises a year. ``fixed_term_is_regular`` governs ``fixed_term`` only. A contract
text stating a duration is read by it ("temporary, 1-3 years" is ``fixed_term``).

Minimum wage by date: each worker's minimum is the row in force, in the firm's country and region,
at the worker's survey_date, else the firm's survey_date, else 1 July of the country's survey year
(``MeasureSettings.survey_years``), else ``reference_date``, else the table's latest date; the
columns ``min_wage_date`` / ``min_wage_date_source`` / ``min_wage_source`` say which, per worker,
so :func:`measure_warnings` can count any subset. A date before the country's first row gives no
minimum and a warning naming the country, the date and the row to add.

Pay outliers (``pay_outlier``): log monthly pay at least 5× from the median of its country × pay
period and at least 3.5 robust z (MAD) from it; kept, flagged and counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.analysis.minimum_wage import (
    default_reference_date,
    load_minimum_wages,
    minimum_at_dates,
)
from core.common.messages import say

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
    """ISO date for the applicable minimum of workers with no survey date and no survey year;
    None = the latest date in the table."""
    fixed_term_is_regular: bool = True
    ms_min_items: int = 4
    er_min_items: int = 3
    survey_years: dict[str, int] = field(default_factory=dict)
    """Year each country was surveyed ({"Vietnam": 2019}), for workers and firms with no survey
    date: the minimum wage in force on 1 July of that year applies."""
    pay_outlier_ratio: float = 5.0
    """A monthly pay this many times above (or below) the median of its country × pay period ..."""
    pay_outlier_z: float = 3.5
    """... and this far from it in robust z (median / MAD of log pay) is flagged as an outlier."""


MIN_WAGE_SOURCES = ("table", "default", "none", "no_row_at_date")
"""``min_wage_source``: the country and region's row of the minimum-wage table; the country's
default row (region missing or not listed); no row for the country or region at all; the
country is in the table but no row was in force yet at the worker's date."""
DATE_SOURCES = ("worker_date", "firm_date", "survey_year", "reference_date", "latest")
"""``min_wage_date_source``: the worker's survey_date, the firm's survey_date, the country's
survey year (setting), the reference_date setting, the table's latest date."""
_DATE_SOURCE_WORDS = {
    "worker_date": "the worker's survey date", "firm_date": "the firm's survey date",
    "survey_year": "the country's survey year in Settings (1 July)",
    "reference_date": "the reference date in Settings",
    "latest": "the minimum-wage table's latest date",
}
PAY_OUTLIER_MIN_GROUP = 5
"""Fewer workers with pay in a country × pay period: no median to compare with (not flagged)."""
_MAD_SCALE = 1.4826
"""MAD × this = the standard deviation of a normal distribution (robust z)."""


@dataclass
class MeasuresResult:
    """Derived worker columns (indexed like the workers table) and what could not be computed."""

    table: pd.DataFrame
    warnings: list[str] = field(default_factory=list)
    """Everything worth saying about the whole table: the settings' problems and
    :func:`measure_warnings` on every row."""
    setting_warnings: list[str] = field(default_factory=list)
    """The settings' problems alone (true of any subset): an analysis of a subset shows these
    and :func:`measure_warnings` on the subset's rows."""


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
    (reported by the survey validation) resolve to their first row instead of failing.

    The workers' IDs are factorized first and only the distinct ones looked up (issue #14: 5×
    faster at 1M workers, and an analysis asks this 18 times); with a blank firm ID in the firm
    table the plain look-up runs, so a blank matches a blank exactly as before."""
    index = pd.Index(firm_ids.to_numpy())
    first_rows = None
    if not index.is_unique:
        keep = ~index.duplicated()
        index = index[keep]
        first_rows = np.flatnonzero(keep)
    wanted = worker_firm_ids.to_numpy()
    if index.hasnans or len(wanted) == 0:
        pos = index.get_indexer(wanted)
    else:
        codes, distinct = pd.factorize(wanted)
        pos = np.append(index.get_indexer(distinct), -1)[codes]  # code -1: a blank ID
    if first_rows is not None:
        pos = np.where(pos >= 0, first_rows[np.maximum(pos, 0)], -1)
    return pos


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
    0.0 for fixed_term_short / temporary / probation / none (/ fixed_term), NaN when the contract
    is unknown. ``fixed_term_short`` (under a year) and ``temporary`` (temporary, casual, day
    work) are never regular: the setting is about ``fixed_term`` only."""
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


def _survey_year_dates(country: np.ndarray, survey_years: dict[str, int]
                       ) -> tuple[np.ndarray, list[str]]:
    """1 July of each row's country survey year (NaT where the setting has none), and what in
    the setting could not be used."""
    out = np.full(len(country), np.datetime64("NaT"), dtype="datetime64[ns]")
    problems: list[str] = []
    years: dict[str, np.datetime64] = {}
    for name, year in (survey_years or {}).items():
        try:
            y = int(str(year).strip())
        except ValueError:
            y = -1
        if not 1900 <= y <= 2100:
            problems.append(f'The survey year set for {name} ("{year}") is not a year: it is '
                            "not used; correct it in Settings")
            continue
        years[str(name).strip().casefold()] = np.datetime64(f"{y:04d}-07-01", "ns")
    if years:  # once per distinct country, then by code
        codes, uniques = pd.factorize(np.asarray(country, dtype=object), use_na_sentinel=True)
        per = np.array([years.get(str(u).strip().casefold(), np.datetime64("NaT"))
                        for u in uniques] + [np.datetime64("NaT")], dtype="datetime64[ns]")
        out = per[codes]
        present = {str(u).strip().casefold() for u in uniques}
        for name in survey_years:
            if str(name).strip().casefold() in years and str(name).strip().casefold() \
                    not in present:
                problems.append(f'The survey year set for "{name}" matches no country of '
                                "the survey: it is not used; write the country as the survey "
                                "spells it (" + ", ".join(str(u) for u in uniques[:6]) + ")")
    return out, problems


def minimum_wage_dates(firms: pd.DataFrame, workers: pd.DataFrame, pos: np.ndarray,
                       country: np.ndarray, settings: MeasureSettings,
                       table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each worker's date for the minimum wage and where it came from (:data:`DATE_SOURCES`):
    the worker's survey_date, else the firm's, else the country's survey year (setting), else
    the reference_date setting, else the table's latest date. Also the setting problems met."""
    n = len(workers)
    nat = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    worker_d = (pd.to_datetime(workers["survey_date"], errors="coerce")
                .to_numpy(dtype="datetime64[ns]") if "survey_date" in workers.columns else nat)
    firm_d = nat
    if "survey_date" in firms.columns and len(firms):
        fd = pd.to_datetime(firms["survey_date"], errors="coerce").to_numpy(
            dtype="datetime64[ns]")
        firm_d = np.where(pos >= 0, fd[np.maximum(pos, 0)], nat)
    year_d, problems = _survey_year_dates(country, settings.survey_years)
    fallback = (pd.Timestamp(settings.reference_date) if settings.reference_date
                else default_reference_date(table)).to_datetime64().astype("datetime64[ns]")
    fallback_source = "reference_date" if settings.reference_date else "latest"
    date = np.full(n, fallback, dtype="datetime64[ns]")
    source = np.full(n, fallback_source, dtype=object)
    for values, name in ((year_d, "survey_year"), (firm_d, "firm_date"),
                         (worker_d, "worker_date")):  # lowest priority first
        have = ~np.isnat(values)
        date = np.where(have, values, date)
        source = np.where(have, name, source)
    return date, source, problems


def pay_outliers(monthly: np.ndarray, country: np.ndarray, period: np.ndarray, *,
                 ratio: float = 5.0, z: float = 3.5) -> pd.arrays.BooleanArray:
    """True where a worker's monthly pay is at least ``ratio`` times above or below the median of
    their country × pay period AND at least ``z`` robust z-scores (median / MAD of log pay) from
    it; NA without pay or in a group of fewer than :data:`PAY_OUTLIER_MIN_GROUP` paid workers.

    Why both: a 10× typo (an extra zero) moves a small group's mean by a third; the ratio alone
    would also flag managers in a survey with a wide pay range, the z alone would flag modest
    deviations where nearly everyone earns the minimum (MAD near 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.where(monthly > 0, np.log(np.where(monthly > 0, monthly, 1.0)), np.nan)
    frame = pd.DataFrame({
        "c": pd.Series(country, dtype=object).astype("string").fillna("").to_numpy(),
        "p": pd.Series(period, dtype=object).astype("string").fillna("").to_numpy(),
        "x": x})
    keys = [frame["c"], frame["p"]]
    grouped = frame.groupby(keys, sort=False)["x"]
    median = grouped.transform("median").to_numpy(float)
    count = grouped.transform("count").to_numpy(float)
    dev = x - median
    mad = pd.Series(np.abs(dev)).groupby(keys, sort=False).transform("median").to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        robust = np.where(dev == 0, 0.0, np.abs(dev) / (_MAD_SCALE * mad))
    flag = (np.abs(dev) >= np.log(ratio) - 1e-12) & (robust >= z)
    unknown = np.isnan(x) | (count < PAY_OUTLIER_MIN_GROUP)
    return pd.arrays.BooleanArray(np.where(unknown, False, flag), unknown)


def worker_measures(firms: pd.DataFrame, workers: pd.DataFrame, *,
                    settings: MeasureSettings | None = None,
                    minimum_wages: pd.DataFrame | None = None) -> MeasuresResult:
    """All derived worker columns at once: monthly_wage, log_monthly_wage, wage_to_minimum,
    min_wage_currency, min_wage_source (:data:`MIN_WAGE_SOURCES`), min_wage_date and
    min_wage_date_source (:data:`DATE_SOURCES`), pay_outlier, regular_contract, the MS and ER
    items (1/0/NaN), ms_index, er_index and the number of items each index used.

    The minimum wage is the one in force at each worker's own date (:func:`minimum_wage_dates`)
    in the firm's country and region. The warnings are :func:`measure_warnings` on the whole
    table; an analysis of a subset calls that function on the subset's rows instead."""
    settings = settings or MeasureSettings()
    out = pd.DataFrame(index=workers.index)
    wage = monthly_wage(workers, days_per_month=settings.days_per_month)
    out["monthly_wage"] = wage
    with np.errstate(divide="ignore", invalid="ignore"):
        out["log_monthly_wage"] = np.where(wage > 0, np.log(wage.where(wage > 0)), np.nan)

    n = len(workers)
    ratio = np.full(n, np.nan)
    table = minimum_wages if minimum_wages is not None else load_minimum_wages()
    linked = "firm_id" in workers.columns and "firm_id" in firms.columns
    pos = firm_positions(firms["firm_id"], workers["firm_id"]) if linked else np.full(n, -1)
    found = pos >= 0
    country = np.full(n, None, dtype=object)
    if "country" in firms.columns and len(firms):
        country = np.where(found, firms["country"].astype(object).to_numpy()[np.maximum(pos, 0)],
                           None)
    has_wage = not np.all(np.isnan(wage.to_numpy()))
    setting_problems: list[str] = []
    if "country" in firms.columns and has_wage and linked:
        region = None
        if "region" in firms.columns:
            region = pd.Series(np.where(found, firms["region"].astype(object).to_numpy()[
                np.maximum(pos, 0)], None), dtype=object)
        dates, date_source, setting_problems = minimum_wage_dates(
            firms, workers, pos, country, settings, table)
        lookup = minimum_at_dates(pd.Series(country, dtype=object), region, pd.Series(dates),
                                  table, days_per_month=settings.days_per_month)
        minimum = np.where(found, lookup.monthly, np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = wage.to_numpy(float) / minimum
        out["min_wage_currency"] = pd.array(
            np.where(found & ~np.isnan(lookup.monthly), lookup.currency, None), dtype="string")
        source = np.select(
            [lookup.matched == "region", lookup.matched == "country default",
             lookup.country_listed & (dates < lookup.first_date)],
            ["table", "default", "no_row_at_date"], "none")
        out["min_wage_source"] = pd.array(np.where(found, source, "none"), dtype="string")
        out["min_wage_date"] = pd.Series(dates, index=workers.index, dtype="datetime64[ns]")
        out["min_wage_date_source"] = pd.array(date_source, dtype="string")
    out["wage_to_minimum"] = ratio
    out["pay_outlier"] = pay_outliers(
        wage.to_numpy(float), country,
        workers["pay_period"].astype(object).to_numpy() if "pay_period" in workers.columns
        else np.full(n, None, dtype=object),
        ratio=settings.pay_outlier_ratio, z=settings.pay_outlier_z)

    out["regular_contract"] = regular_contract(
        workers, fixed_term_is_regular=settings.fixed_term_is_regular)
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
    combined = pd.concat([workers, out.drop(columns=[c for c in out.columns
                                                     if c in workers.columns])], axis=1)
    warnings = setting_problems + measure_warnings(firms, combined, settings,
                                                   minimum_wages=table)
    return MeasuresResult(out, warnings, setting_problems)


def _texts(values: pd.Series | np.ndarray, missing: str) -> np.ndarray:
    """Each cell as text, ``missing`` where there is none: what ``astype("string")`` gives,
    computed once per distinct value (a 1M-worker subset has a handful of sources, periods and
    countries; converting every cell cost most of a facet change's warnings)."""
    codes, uniques = pd.factorize(values if isinstance(values, pd.Series)
                                  else pd.Series(values, dtype=object))
    words = pd.Series(np.asarray(uniques, dtype=object), dtype=object).astype("string")
    return np.append(words.fillna(missing).to_numpy(object), missing)[codes]


def _firms_and_workers(firm_id: pd.Series | None, mask: np.ndarray) -> str:
    """ "12 firms (340 workers)" for the rows in ``mask``."""
    n_workers = int(mask.sum())
    workers = say("{n} workers" if n_workers != 1 else "{n} worker", n=f"{n_workers:,}")
    if firm_id is None:
        return workers
    n_firms = int(pd.Series(firm_id.to_numpy()[mask]).nunique())
    return say("{n} firms ({workers})" if n_firms != 1 else "{n} firm ({workers})",
               n=f"{n_firms:,}", workers=workers)


def _one(firm_id: pd.Series | None, mask: np.ndarray) -> bool:
    """Whether :func:`_firms_and_workers`' phrase is singular ("1 firm (3 workers) has"): its
    head is the firms where there are firms, else the workers."""
    if firm_id is None:
        return int(mask.sum()) == 1
    return int(pd.Series(firm_id.to_numpy()[mask]).nunique()) == 1


def _day(value: np.datetime64 | pd.Timestamp) -> str:
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def measure_warnings(firms: pd.DataFrame, workers: pd.DataFrame,
                     settings: MeasureSettings | None = None, *,
                     minimum_wages: pd.DataFrame | None = None) -> list[str]:
    """The measures' warnings, counted on exactly the rows given (a subset's firms and workers,
    the workers carrying :func:`worker_measures`' columns), so an 11-firm subset never reports
    what 71 other firms did. With ``minimum_wages`` the table's first and newest dates per
    country are named too (what is missing before, what may be stale after)."""
    settings = settings or MeasureSettings()
    warnings: list[str] = []
    n = len(workers)
    firm_id = workers["firm_id"] if "firm_id" in workers.columns else None
    if "pay_amount" not in workers.columns or "pay_period" not in workers.columns:
        warnings.append(say("monthly_wage not computed: the survey lacks {roles}",
                            roles=", ".join(r for r in ("pay_amount", "pay_period")
                                            if r not in workers.columns)))
    else:
        n_piece = int((_texts(workers["pay_period"], "") == "piece").sum())
        if n_piece:
            warnings.append(say("{n} workers paid by piece: monthly_wage is missing for them",
                                n=n_piece))
    country = np.full(n, None, dtype=object)
    if "country" not in firms.columns:
        warnings.append(say("wage_to_minimum not computed: the survey lacks the firm's country"))
    elif firm_id is not None and "firm_id" in firms.columns and len(firms):
        pos = firm_positions(firms["firm_id"], firm_id)
        country = np.where(pos >= 0, firms["country"].astype(object).to_numpy()[
            np.maximum(pos, 0)], None)
    if "min_wage_source" in workers.columns and n:
        warnings.extend(_minimum_source_warnings(workers, firm_id, country, minimum_wages))
    if "wage_to_minimum" in workers.columns and n:
        warnings.extend(_unit_warnings(workers["wage_to_minimum"].to_numpy(float), country))
    if "pay_outlier" in workers.columns and n:
        warnings.extend(_outlier_warnings(workers, firm_id, country, settings))
    if "contract" in workers.columns:
        known = {"indefinite", "fixed_term", *NOT_REGULAR_CONTRACTS}
        codes, uniques = pd.factorize(workers["contract"])  # the distinct values, in row order
        stripped = pd.Series(np.asarray(uniques, dtype=object), dtype=object).astype(
            "string").str.strip()
        unknown = (stripped.notna() & ~stripped.str.casefold().isin(list(known))).to_numpy(bool)
        n_other = int(np.append(unknown, False)[codes].sum())  # code -1 (missing) is known
        if n_other:
            shown = ", ".join(f'"{v}"' for v in list(dict.fromkeys(stripped[unknown]))[:6])
            warnings.append(say("{n} workers have a contract type that is not one of "
                                "indefinite / fixed_term / fixed_term_short / temporary / "
                                "probation / none ({shown}): regular_contract counts them as not "
                                "regular; give the values a meaning in the import review",
                                n=n_other, shown=shown))
    n_ms = sum(c in workers.columns for c in MS_ITEMS)
    n_er = sum(c in workers.columns for c in ER_ITEMS)
    if n_ms < settings.ms_min_items:
        warnings.append(say("ms_index not computed: the survey has {n} of the {total} MS items, "
                            "fewer than the {needed} needed",
                            n=n_ms, total=len(MS_ITEMS), needed=settings.ms_min_items))
    if n_er < settings.er_min_items:
        warnings.append(say("er_index not computed: the survey has {n} of the {total} ER items, "
                            "fewer than the {needed} needed",
                            n=n_er, total=len(ER_ITEMS), needed=settings.er_min_items))
    return warnings


def _minimum_source_warnings(workers: pd.DataFrame, firm_id: pd.Series | None,
                             country: np.ndarray, table: pd.DataFrame | None) -> list[str]:
    """Which minimum each worker got and from which date, counted on these rows."""
    out: list[str] = []
    source = _texts(workers["min_wage_source"], "none")
    dates = (pd.to_datetime(workers["min_wage_date"], errors="coerce").to_numpy(
        dtype="datetime64[ns]") if "min_wage_date" in workers.columns
        else np.full(len(workers), np.datetime64("NaT"), dtype="datetime64[ns]"))
    date_source = (_texts(workers["min_wage_date_source"], "")
                   if "min_wage_date_source" in workers.columns
                   else np.full(len(workers), "", dtype=object))
    none = source == "none"
    if none.any():
        out.append(say("{who} has no applicable minimum wage (country or region not in the "
                       "minimum-wage table): wage_to_minimum is missing there; add the country "
                       "to the minimum-wage table in Settings" if _one(firm_id, none) else
                       "{who} have no applicable minimum wage (country or region not in the "
                       "minimum-wage table): wage_to_minimum is missing there; add the country "
                       "to the minimum-wage table in Settings",
                       who=_firms_and_workers(firm_id, none)))
    default = source == "default"
    if default.any():
        out.append(say("{who} uses its country's default minimum wage (region missing or "
                       "not listed in the table)" if _one(firm_id, default) else
                       "{who} use their country's default minimum wage (region missing or "
                       "not listed in the table)", who=_firms_and_workers(firm_id, default)))
    first = last = None
    if table is not None and len(table):
        keyed = table.assign(c=table["country"].str.casefold())
        first = keyed.groupby("c")["effective_from"].min()
        last = keyed.groupby("c")["effective_from"].max()
    names = _texts(country, "(no country)")
    early = source == "no_row_at_date"
    for name in pd.unique(names[early]):
        rows = early & (names == name)
        d = dates[rows]
        when = (f"dated {_day(d.min())}" if d.min() == d.max()
                else f"dated {_day(d.min())} to {_day(d.max())}")
        by = sorted({_DATE_SOURCE_WORDS.get(s, s) for s in date_source[rows] if s})
        since = ""
        if first is not None and str(name).casefold() in first.index:
            since = f" (its first {name} row is from {_day(first[str(name).casefold()])})"
        verb = "is" if _one(firm_id, rows) else "are"
        out.append(f"{name}: {_firms_and_workers(firm_id, rows)} {verb} {when} (by "
                   f"{', '.join(by) or 'their date'}), before any {name} row of the "
                   f"minimum-wage table{since}: wage_to_minimum is missing for them. Add the "
                   "row in force at that date to the minimum-wage table in Settings")
    if last is not None:
        matched = (source == "table") | (source == "default")
        for name in pd.unique(names[matched]):
            key = str(name).casefold()
            if key not in last.index:
                continue
            rows = matched & (names == name)
            stale = rows & (dates > (last[key] + pd.DateOffset(years=1)).to_datetime64())
            if stale.any():
                out.append(say("{country}: {who} is dated more than a year after the newest "
                               "{country} minimum wage in the table ({newest}, up to {latest}): "
                               "if the minimum changed since, add the new row to the "
                               "minimum-wage table in Settings" if _one(firm_id, stale) else
                               "{country}: {who} are dated more than a year after the newest "
                               "{country} minimum wage in the table ({newest}, up to {latest}): "
                               "if the minimum changed since, add the new row to the "
                               "minimum-wage table in Settings",
                               country=name, who=_firms_and_workers(firm_id, stale),
                               newest=_day(last[key]), latest=_day(dates[stale].max())))
    used = date_source[source != "none"]
    if len(used):
        counts = pd.Series(used).value_counts()
        if set(counts.index) <= {"latest", "reference_date"}:
            shown = list(dict.fromkeys(_day(d) for d in np.unique(
                dates[(source != "none") & ~np.isnat(dates)])))
            what = (say("the table's latest date") if "latest" in counts.index
                    else say("the reference date in Settings"))
            out.append(say("No survey date: every worker's minimum wage is the one in force on "
                           "{dates} ({what}); map the interview-date column as survey_date, or "
                           "set each country's survey year in Settings",
                           dates=", ".join(shown[:3]), what=what))
        elif len(counts) > 1 or counts.index[0] not in ("worker_date", "firm_date"):
            parts = [f"from {_DATE_SOURCE_WORDS.get(s, s)} for {int(k):,} workers"
                     for s, k in counts.items()]
            out.append("Minimum-wage dates: " + "; ".join(parts))
    return out


def _outlier_warnings(workers: pd.DataFrame, firm_id: pd.Series | None, country: np.ndarray,
                      settings: MeasureSettings) -> list[str]:
    flag = workers["pay_outlier"].astype("boolean").fillna(False).to_numpy(bool)
    if not flag.any():
        return []
    names = _texts(country, "(no country)")
    by = pd.Series(names[flag]).value_counts()
    where = ", ".join(f"{c} {k}" for c, k in by.items())
    return [say("{who} has a monthly pay at least {ratio}× above or below the median of its "
                "country and pay period (robust z ≥ {z}; {where}): check it for a typo (an "
                "extra or missing zero) or a unit slip; it is kept and marked in pay_outlier"
                if _one(firm_id, flag) else
                "{who} have a monthly pay at least {ratio}× above or below the median of their "
                "country and pay period (robust z ≥ {z}; {where}): check them for a typo (an "
                "extra or missing zero) or a unit slip; they are kept and marked in pay_outlier",
                who=_firms_and_workers(firm_id, flag), ratio=f"{settings.pay_outlier_ratio:g}",
                z=f"{settings.pay_outlier_z:g}", where=where)]


def _unit_warnings(ratio: np.ndarray, country: np.ndarray) -> list[str]:
    """Money units drift (VND vs thousand VND): a median ratio far from 1 betrays them. A 10×
    slip of a few workers leaves the median alone: :func:`pay_outliers` catches those."""
    frame = pd.DataFrame({"country": pd.Series(country, dtype=object), "ratio": ratio}).dropna()
    if frame.empty:
        return []
    medians = frame.groupby("country")["ratio"].median()
    return [say("{country}: the median wage is {ratio} times the minimum wage; check the pay "
                "units (e.g. thousand VND instead of VND)", country=c, ratio=f"{m:.3g}")
            for c, m in medians.items() if m < 0.1 or m > 20]


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


def parse_survey_years(text: str) -> dict[str, int]:
    """The per-country survey years typed in Settings ("Vietnam 2019, Thailand 2020"; commas,
    semicolons or new lines between countries, "=" or ":" allowed before the year), as the
    ``survey_years`` setting. Raises UserFacingError naming the part it cannot read."""
    import re

    from core.common.errors import UserFacingError

    out: dict[str, int] = {}
    for part in re.split(r"[,;\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        match = re.fullmatch(r"(.+?)\s*[=:]?\s*(\d{4})", part)
        if match is None or not 1900 <= int(match.group(2)) <= 2100:
            raise UserFacingError(f"Cannot read the survey year in {part!r}",
                                  where="Settings, survey year by country",
                                  todo="Write a country and a year, e.g. Vietnam 2019, "
                                       "Thailand 2020")
        out[match.group(1).strip()] = int(match.group(2))
    return out


def survey_years_text(years: dict[str, int] | None) -> str:
    """The ``survey_years`` setting as Settings shows it (what :func:`parse_survey_years` reads)."""
    return ", ".join(f"{country} {year}" for country, year in (years or {}).items())
