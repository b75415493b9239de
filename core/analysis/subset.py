"""Subsets: serialisable descriptions of which firms and workers to look at, applied as masks.

A subset is logical state (value sets, ranges, a text search), never a copy of rows, so every view
re-evaluates it and a project file reproduces it (DESIGN.md "Subset"). Semantics:

- firm filters (firm roles, or derived firm columns such as ``highest_type``) keep those firms and
  all their workers;
- worker filters keep the matching workers; firm-level tables still use the firm filters only, and
  report how many firms the filtered workers come from;
- ``text`` keeps firms whose firm_id or any text/category value contains it (case-insensitive).
Filters combine with AND; values within one role with OR. An empty subset keeps everything.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowExtensionArray

from core.common.errors import SubsetError
from core.model.roles import NO_WORDS, YES_WORDS, Level, Role, roles_for

Range = tuple[float | None, float | None]
_FIRM_ROLES = {r.name: r for r in roles_for("firm")}
_WORKER_ROLES = {r.name: r for r in roles_for("worker")}
DERIVED_FIRM_COLUMNS = ("highest_type", "bargaining_change", "process", "product", "functional",
                        "chain", "end_market", "downgraded", "upgrading_score", "ms_index_mean",
                        "er_index_mean")
"""Columns core adds to the firm table (run_analysis): the window shows them, subsets filter on
them; the firm means of the worker indices are whole-survey means (not of the subset)."""
DERIVED_WORKER_COLUMNS = ("monthly_wage", "wage_to_minimum", "ms_index", "er_index",
                          "regular_contract")


@dataclass
class Subset:
    """Which firms and workers to keep. Values are canonical spellings (text); yes/no values are
    "true"/"false"; ranges are inclusive, None meaning open."""

    firms: dict[str, list[str]] = field(default_factory=dict)
    workers: dict[str, list[str]] = field(default_factory=dict)
    firm_ranges: dict[str, Range] = field(default_factory=dict)
    worker_ranges: dict[str, Range] = field(default_factory=dict)
    text: str = ""

    def is_empty(self) -> bool:
        return not (self.firms or self.workers or self.firm_ranges or self.worker_ranges
                    or self.text.strip())

    def to_json(self) -> dict:
        """A JSON-ready dict; empty parts are omitted so the empty subset is ``{}``."""
        out: dict[str, Any] = {}
        if self.firms:
            out["firms"] = {k: list(v) for k, v in self.firms.items()}
        if self.workers:
            out["workers"] = {k: list(v) for k, v in self.workers.items()}
        if self.firm_ranges:
            out["firm_ranges"] = {k: list(v) for k, v in self.firm_ranges.items()}
        if self.worker_ranges:
            out["worker_ranges"] = {k: list(v) for k, v in self.worker_ranges.items()}
        if self.text.strip():
            out["text"] = self.text
        return out

    @classmethod
    def from_json(cls, data: Mapping | str | None) -> Subset:
        """Inverse of to_json; accepts a dict, a JSON string, or None/{} for everything."""
        if data is None:
            return cls()
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except json.JSONDecodeError as exc:
                raise SubsetError(f"The subset is not valid JSON: {exc.msg}") from None
        if not isinstance(data, Mapping):
            raise SubsetError("A subset must be a JSON object")
        unknown = set(data) - {"firms", "workers", "firm_ranges", "worker_ranges", "text"}
        if unknown:
            raise SubsetError(f"Unknown subset entry {sorted(unknown)[0]!r}",
                              todo="Use firms, workers, firm_ranges, worker_ranges, text")

        def values(key: str) -> dict[str, list[str]]:
            part = data.get(key) or {}
            if not isinstance(part, Mapping):
                raise SubsetError(f"Subset entry {key!r} must map roles to lists of values")
            out = {}
            for role, vals in part.items():
                if isinstance(vals, str | bool | int | float):
                    vals = [vals]
                if not isinstance(vals, list | tuple):
                    raise SubsetError(f"The values for {role!r} must be a list",
                                      todo='Write e.g. {"country": ["Vietnam"]}')
                out[str(role)] = [_as_text(v) for v in vals]
            return out

        def ranges(key: str) -> dict[str, Range]:
            part = data.get(key) or {}
            if not isinstance(part, Mapping):
                raise SubsetError(f"Subset entry {key!r} must map roles to [low, high] ranges")
            out = {}
            for role, pair in part.items():
                if not (isinstance(pair, list | tuple) and len(pair) == 2):
                    raise SubsetError(f"The range for {role!r} must be [low, high]",
                                      todo="Use null for an open end")
                try:
                    lo, hi = (None if v is None else float(v) for v in pair)
                except (TypeError, ValueError):
                    raise SubsetError(f"The range for {role!r} must hold numbers",
                                      todo="Use null for an open end") from None
                out[str(role)] = (lo, hi)
            return out

        return cls(values("firms"), values("workers"), ranges("firm_ranges"),
                   ranges("worker_ranges"), str(data.get("text") or ""))


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass
class SubsetMasks:
    """Boolean masks over the firm and worker tables, plus the counts the GUI line shows."""

    firms: np.ndarray
    workers: np.ndarray
    n_firms_of_workers: int
    """Number of distinct firms the kept workers come from."""

    @property
    def n_firms(self) -> int:
        return int(self.firms.sum())

    @property
    def n_workers(self) -> int:
        return int(self.workers.sum())


# ------------------------------------------------------------------------------ masks

def _value_mask(series: pd.Series, values: list[str], role: str) -> np.ndarray:
    """Rows whose value is one of ``values`` (case-insensitive text match; yes/no by word)."""
    if isinstance(series.dtype, pd.BooleanDtype) or series.dtype == bool:
        wanted = set()
        for v in values:
            word = v.strip().casefold()
            if word in YES_WORDS:
                wanted.add(True)
            elif word in NO_WORDS:
                wanted.add(False)
            else:
                raise SubsetError(f"{v!r} is not a yes/no value for {role!r}",
                                  todo="Use true or false")
        s = series.astype("boolean")
        mask = np.zeros(len(series), dtype=bool)
        for w in wanted:
            mask |= (s == w).fillna(False).to_numpy(dtype=bool)
        return mask
    wanted_text = {v.strip().casefold() for v in values}
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = pd.Index(series.cat.categories).astype(str).str.strip().str.casefold()
        hit = np.zeros(len(cats) + 1, dtype=bool)  # the last slot is "missing" (code -1)
        hit[:-1] = cats.isin(list(wanted_text))
        return hit[series.cat.codes.to_numpy()]
    if pd.api.types.is_numeric_dtype(series.dtype):
        nums = []
        for v in values:
            try:
                nums.append(float(v))
            except ValueError:
                raise SubsetError(f"{v!r} is not a number for {role!r}") from None
        return np.isin(series.to_numpy(dtype=float, na_value=np.nan), nums)
    text = series.astype("string").str.strip().str.casefold()
    return text.isin(list(wanted_text)).fillna(False).to_numpy(dtype=bool)


def _range_mask(series: pd.Series, bounds: Range, role: str) -> np.ndarray:
    try:
        x = series.to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError):
        raise SubsetError(f"{role!r} is not a number, so it cannot take a range") from None
    lo, hi = bounds
    mask = ~np.isnan(x)
    with np.errstate(invalid="ignore"):
        if lo is not None:
            mask &= x >= lo
        if hi is not None:
            mask &= x <= hi
    return mask


def _column(frame: pd.DataFrame, role: str, level: str) -> pd.Series:
    if role in frame.columns:
        return frame[role]
    known = _FIRM_ROLES if level == "firm" else _WORKER_ROLES
    derived = DERIVED_FIRM_COLUMNS if level == "firm" else DERIVED_WORKER_COLUMNS
    if role in known or role in derived:
        raise SubsetError(f"The survey has no {level} role {role!r} to filter on",
                          todo="Remove this filter or map a column to the role")
    raise SubsetError(f"Unknown {level} role {role!r} in the subset",
                      todo="Use a canonical role name, e.g. country, sector, skill_group")


def filter_masks(firms: pd.DataFrame, workers: pd.DataFrame, subset: Subset
                 ) -> dict[tuple[str, str], np.ndarray]:
    """One mask per filter, keyed by (level, role); ('firm', '#text') for the text search.
    Kept separate so facet counts can leave one filter out without recomputing the others."""
    masks: dict[tuple[str, str], np.ndarray] = {}
    for role, values in subset.firms.items():
        masks[("firm", role)] = _value_mask(_column(firms, role, "firm"), values, role)
    for role, bounds in subset.firm_ranges.items():
        key = ("firm", role) if ("firm", role) not in masks else ("firm", role + "#range")
        masks[key] = _range_mask(_column(firms, role, "firm"), bounds, role)
    for role, values in subset.workers.items():
        masks[("worker", role)] = _value_mask(_column(workers, role, "worker"), values, role)
    for role, bounds in subset.worker_ranges.items():
        key = ("worker", role) if ("worker", role) not in masks else ("worker", role + "#range")
        masks[key] = _range_mask(_column(workers, role, "worker"), bounds, role)
    if subset.text.strip():
        masks[("firm", "#text")] = _text_mask(firms, subset.text)
    return masks


def _text_mask(firms: pd.DataFrame, text: str) -> np.ndarray:
    needle = text.strip().casefold()
    mask = np.zeros(len(firms), dtype=bool)
    for col in firms.columns:
        s = firms[col]
        if isinstance(s.dtype, pd.CategoricalDtype):
            cats = pd.Index(s.cat.categories).astype(str).str.casefold()
            hits = np.flatnonzero(cats.str.contains(needle, regex=False))
            mask |= np.isin(s.cat.codes.to_numpy(), hits)
        elif s.dtype == object or isinstance(s.dtype, pd.StringDtype):
            mask |= s.astype("string").str.casefold().str.contains(
                needle, regex=False).fillna(False).to_numpy(dtype=bool)
    return mask


def _combine(masks: Iterable[np.ndarray], n: int) -> np.ndarray:
    out = np.ones(n, dtype=bool)
    for m in masks:
        out &= m
    return out


_CODES_CACHE_SIZE = 4
_codes_cache: list[tuple[Any, np.ndarray, pd.Index]] = []
_codes_lock = threading.Lock()


def _worker_firm_codes(ids: pd.Series) -> tuple[np.ndarray, pd.Index] | None:
    """Each worker's firm as an integer code into the distinct firm IDs (-1 when missing), or
    None when the IDs are held in a way that has no cheap codes (then ``isin`` is used).

    Categorical IDs give their codes directly. Arrow-backed text (pandas' default ``str``) is
    immutable, so its factorisation is cached per Arrow array: the cache holds the array, so its
    identity cannot be reused while cached, and any edit of the column makes a new array. A facet
    change then pays for hashing a million IDs once, not on every click."""
    if isinstance(ids.dtype, pd.CategoricalDtype):
        return ids.cat.codes.to_numpy(), ids.cat.categories
    values = ids.array
    if not isinstance(values, ArrowExtensionArray):
        return None
    chunks = values.__arrow_array__()
    if not (pa.types.is_string(chunks.type) or pa.types.is_large_string(chunks.type)):
        return None
    with _codes_lock:
        for i, (held, codes, uniques) in enumerate(_codes_cache):
            if held is chunks:
                _codes_cache.insert(0, _codes_cache.pop(i))
                return codes, uniques
    codes, uniques = pd.factorize(values)
    codes = np.asarray(codes, dtype=np.int64)
    codes.flags.writeable = False
    uniques = pd.Index(uniques)
    with _codes_lock:
        _codes_cache.insert(0, (chunks, codes, uniques))
        del _codes_cache[_CODES_CACHE_SIZE:]
    return codes, uniques


def _workers_of(firms: pd.DataFrame, workers: pd.DataFrame, firm_mask: np.ndarray) -> np.ndarray:
    """Workers whose firm_id is the firm_id of a kept firm (as ``isin`` matches them)."""
    if "firm_id" not in workers.columns or "firm_id" not in firms.columns:
        return np.ones(len(workers), dtype=bool)
    found = _worker_firm_codes(workers["firm_id"])
    if found is None:
        kept = pd.unique(firms["firm_id"].to_numpy()[firm_mask])
        return workers["firm_id"].isin(kept).to_numpy(dtype=bool)
    codes, uniques = found
    firm_ids = firms["firm_id"]
    position = uniques.get_indexer(firm_ids)  # each firm row's code among the workers' IDs
    keep = np.zeros(len(uniques) + 1, dtype=bool)  # the last slot is "firm_id missing" (-1)
    keep[position[firm_mask & (position >= 0)]] = True
    keep[-1] = bool(np.any(firm_mask & firm_ids.isna().to_numpy(dtype=bool)))
    return keep[codes]


def _n_firms_of(workers: pd.DataFrame, worker_mask: np.ndarray) -> int:
    """Distinct non-missing firm IDs among the kept workers."""
    if "firm_id" not in workers.columns:
        return 0
    found = _worker_firm_codes(workers["firm_id"])
    if found is None:
        return int(workers.loc[worker_mask, "firm_id"].nunique())
    codes, uniques = found
    kept = codes[worker_mask]
    return int(np.count_nonzero(np.bincount(kept[kept >= 0], minlength=len(uniques))))


def apply_subset(firms: pd.DataFrame, workers: pd.DataFrame, subset: Subset | None
                 ) -> SubsetMasks:
    """Evaluate a subset to masks. With no filter at all, every firm and worker is kept
    (including workers whose firm is missing from the firm table)."""
    subset = subset or Subset()
    masks = filter_masks(firms, workers, subset)
    firm_mask = _combine((m for (lvl, _), m in masks.items() if lvl == "firm"), len(firms))
    worker_mask = _combine((m for (lvl, _), m in masks.items() if lvl == "worker"), len(workers))
    if any(lvl == "firm" for lvl, _ in masks):
        worker_mask &= _workers_of(firms, workers, firm_mask)
    return SubsetMasks(firm_mask, worker_mask, _n_firms_of(workers, worker_mask))


# ------------------------------------------------------------------------------ facets

def facet_counts(firms: pd.DataFrame, workers: pd.DataFrame, subset: Subset | None,
                 roles: Iterable[tuple[Level, str]] | None = None) -> dict[tuple[str, str],
                                                                           pd.Series]:
    """For each categorical facet, the counts of its values under all the OTHER filters (the
    facet's own selection is left out, so unticked values still show how many they would add).
    Firm facets count firms (under the other firm filters and the text search); worker facets
    count workers (under the other worker filters, in firms passing every firm filter)."""
    subset = subset or Subset()
    masks = filter_masks(firms, workers, subset)
    if roles is None:
        roles = [("firm", c) for c in firms.columns if _is_facet(firms[c])]
        roles += [("worker", c) for c in workers.columns
                  if c != "firm_id" and _is_facet(workers[c])]
    firm_all = _combine((m for (lvl, _), m in masks.items() if lvl == "firm"), len(firms))
    firm_workers = (_workers_of(firms, workers, firm_all)
                    if any(lvl == "firm" for lvl, _ in masks) else np.ones(len(workers), bool))
    out: dict[tuple[str, str], pd.Series] = {}
    for level, role in roles:
        if level == "firm":
            others = _combine((m for (lvl, r), m in masks.items()
                               if lvl == "firm" and r != role), len(firms))
            series = firms.loc[others, role]
        else:
            others = _combine((m for (lvl, r), m in masks.items()
                               if lvl == "worker" and r != role), len(workers))
            series = workers.loc[others & firm_workers, role]
        out[(level, role)] = series.value_counts(dropna=False, sort=False)
    return out


def _is_facet(s: pd.Series) -> bool:
    return isinstance(s.dtype, pd.CategoricalDtype | pd.BooleanDtype)


# ------------------------------------------------------------------------------ --where

def parse_where(items: Iterable[str], firms: pd.DataFrame | None = None,
                workers: pd.DataFrame | None = None, *, base: Subset | None = None) -> Subset:
    """Turn ``--where ROLE=VALUE[,VALUE...]`` arguments into a Subset.

    Roles are canonical names (firm roles first; ``firm_id`` is a firm filter). Values match the
    survey's values, the role's canonical values and their known spellings, case-insensitively, and
    are stored in canonical spelling; numbers take ``LOW..HIGH`` (either end may be empty).
    Unknown roles or values raise SubsetError listing what would work.
    """
    subset = base or Subset()
    subset = Subset.from_json(subset.to_json())
    for item in items:
        if "=" not in item:
            raise SubsetError(f"Cannot read the filter {item!r}",
                              todo="Write ROLE=VALUE, e.g. --where country=Vietnam")
        role_name, _, raw = item.partition("=")
        role_name, raw = role_name.strip().casefold(), raw.strip()
        level, role, frame = _locate(role_name, firms, workers)
        values = [v.strip() for v in raw.split(",") if v.strip()]
        if not values:
            raise SubsetError(f"No value given for {role_name!r}", todo="Write ROLE=VALUE")
        if role.kind in ("number", "ordinal", "weight") and ".." in raw:
            lo, _, hi = raw.partition("..")
            try:
                bounds = (float(lo) if lo.strip() else None, float(hi) if hi.strip() else None)
            except ValueError:
                raise SubsetError(f"Cannot read the range {raw!r} for {role.name!r}",
                                  todo="Write LOW..HIGH, e.g. employees=50..500") from None
            target = subset.firm_ranges if level == "firm" else subset.worker_ranges
            target[role.name] = bounds
            continue
        canonical = [_canonical_value(role, v, frame) for v in values]
        target = subset.firms if level == "firm" else subset.workers
        target[role.name] = list(dict.fromkeys([*target.get(role.name, []), *canonical]))
    return subset


def _locate(name: str, firms: pd.DataFrame | None, workers: pd.DataFrame | None
            ) -> tuple[str, Role, pd.DataFrame | None]:
    if name in _FIRM_ROLES:
        return "firm", _FIRM_ROLES[name], firms
    if name in _WORKER_ROLES:
        return "worker", _WORKER_ROLES[name], workers
    known = sorted(set(_FIRM_ROLES) | set(_WORKER_ROLES))
    raise SubsetError(f"Unknown role {name!r} in --where",
                      todo="Use one of: " + ", ".join(known))


def _canonical_value(role: Role, value: str, frame: pd.DataFrame | None) -> str:
    word = value.strip().casefold()
    if role.kind == "yesno":
        if word in YES_WORDS:
            return "true"
        if word in NO_WORDS:
            return "false"
        raise SubsetError(f"{value!r} is not a yes/no value for {role.name!r}",
                          todo="Use yes or no")
    candidates: dict[str, str] = {}
    if frame is not None and role.name in frame.columns:
        s = frame[role.name]
        present = (s.cat.categories if isinstance(s.dtype, pd.CategoricalDtype)
                   else pd.unique(s.dropna()))
        for v in present:
            candidates[str(v).strip().casefold()] = str(v)
    for canon, spellings in role.canonical_values.items():
        candidates.setdefault(canon.casefold(), canon)
        for spelling in spellings:
            candidates.setdefault(spelling.casefold(), canon)
    if role.kind in ("number", "ordinal", "weight"):
        try:
            float(value)
        except ValueError:
            raise SubsetError(f"{value!r} is not a number for {role.name!r}",
                              todo="Write a number, or a range LOW..HIGH") from None
        return value.strip()
    if role.kind == "id" and frame is None:
        return value.strip()
    if word in candidates:
        return candidates[word]
    if role.kind == "id" and frame is not None and role.name not in frame.columns:
        return value.strip()
    shown = sorted({v for v in candidates.values()})
    raise SubsetError(f"{value!r} is not a value of {role.name!r}",
                      todo=("Use one of: " + ", ".join(shown[:30])) if shown else
                      "The survey has no values for this role")


def subset_summary(masks: SubsetMasks, n_firms_total: int, n_workers_total: int) -> str:
    """The subset panel's line: '312 of 480 firms · 790 of 1,200 workers'."""
    return (f"{masks.n_firms:,} of {n_firms_total:,} firms · "
            f"{masks.n_workers:,} of {n_workers_total:,} workers")


__all__ = ["Subset", "SubsetMasks", "apply_subset", "facet_counts", "filter_masks",
           "parse_where", "subset_summary"]
