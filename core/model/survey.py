"""The survey: canonical firm and worker frames built from raw tables and a study.

One row per firm and per worker, columns named by role, dtypes by role kind (core/model/roles.py):
ids as text, categories as pandas ``category`` with canonical spellings, yes/no as nullable
``boolean``, numbers as float64. Declared missing codes become missing *per variable* (never
globally), value maps turn codes into canonical values, and spelling variants of the same category
("Apparel ", "apparel") merge into one value — each merge is reported. Nothing is dropped: a value
that cannot be interpreted becomes missing and is reported with its sheet, row and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.common.messages import say
from core.common.text import code_key, fold, tidy_spelling
from core.io.headers import reader_note_code
from core.io.rawtable import RawTable
from core.model.canonical import Survey
from core.model.category_values import canonical_value, spelling_key, vocabulary
from core.model.pairs import ordinal_value_map
from core.model.roles import NO_WORDS, YES_WORDS, Level, Role, role
from core.model.study import LEVEL_OF_SIDE, SIDES, Study
from core.model.validation import validate_survey

_YES = {fold(w) for w in YES_WORDS}
_UNMAPPED = object()
"""Marks an answer the value map does not cover (reported as an unlabeled code)."""
_NO = {fold(w) for w in NO_WORDS}


def _rows(table: RawTable) -> np.ndarray:
    if table.source_rows is not None:
        return np.asarray(table.source_rows, dtype=np.int64)
    return np.array([table.sheet_row(i) for i in range(table.n_rows)], dtype=np.int64)


def _missing_mask(values: pd.Series, codes: list[Any],
                  ranges: list[tuple[float, float]] | None = None) -> pd.Series:
    """True where a value is one of the column's declared missing codes (text or number)."""
    if not codes and not ranges:
        return pd.Series(False, index=values.index)
    keys = {code_key(c) for c in codes}
    mask = map_distinct(values, lambda v: code_key(v) in keys, None in keys).astype(bool)
    if ranges:
        num = pd.to_numeric(values, errors="coerce")
        for lo, hi in ranges:
            mask |= num.between(lo, hi).fillna(False).astype(bool)
    return mask


def _is_number(text: Any) -> bool:
    try:
        float(str(text).replace(",", ""))
    except ValueError:
        return False
    return True


def map_distinct(values: pd.Series, fn, missing: Any = None) -> pd.Series:
    """``values.map(fn)`` computed once per distinct value (a 100k-row column has a handful):
    the same result, ``missing`` where the value is missing."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    results = np.empty(len(uniques) + 1, dtype=object)
    results[:-1] = [fn(u) for u in uniques]
    results[-1] = missing
    return pd.Series(results[codes], index=values.index, dtype=object)


def _to_number(values: pd.Series) -> pd.Series:
    """Numbers as float64; text numbers with thousands separators or spaces understood."""
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype("float64")
    as_text = map_distinct(values, lambda v: v if not isinstance(v, str) else
                           v.replace("\u00a0", "").replace(" ", "").replace(",", ""))
    return pd.to_numeric(as_text, errors="coerce").astype("float64")


# ----------------------------------------------------------------------------- dates
DATE_RANGE = (pd.Timestamp("1985-01-01"), pd.Timestamp("2039-12-31"))
"""Plausible survey dates. Numbers are read as dates in the one encoding that puts most of a
column's values in this range (the encodings' ranges do not overlap here)."""
_BUDDHIST_OFFSET = 543
"""Thai years are often Buddhist Era: 2562 BE = 2019 CE."""


def _mid_year(year: int) -> pd.Timestamp:
    return pd.Timestamp(year=int(year), month=7, day=1)


def _mid_month(year: int, month: int) -> pd.Timestamp:
    return pd.Timestamp(year=int(year), month=int(month), day=15)


def _year_of(y: float) -> int | None:
    """A whole number as a Common Era year (Buddhist Era years shifted), None if implausible."""
    if y != int(y):
        return None
    y = int(y)
    if DATE_RANGE[0].year + _BUDDHIST_OFFSET <= y <= DATE_RANGE[1].year + _BUDDHIST_OFFSET:
        y -= _BUDDHIST_OFFSET
    return y if DATE_RANGE[0].year <= y <= DATE_RANGE[1].year else None


def _from_days(origin: str, unit: str):
    base = pd.Timestamp(origin)

    def read(x: float) -> pd.Timestamp | None:
        try:
            return (base + pd.to_timedelta(float(x), unit=unit)).normalize()
        except (OverflowError, ValueError, pd.errors.OutOfBoundsDatetime,
                pd.errors.OutOfBoundsTimedelta):
            return None
    return read


def _yyyymm(x: float) -> pd.Timestamp | None:
    if x != int(x):
        return None
    y, m = divmod(int(x), 100)
    return _mid_month(y, m) if 1 <= m <= 12 and _year_of(y) == y else None


def _yyyymmdd(x: float) -> pd.Timestamp | None:
    if x != int(x):
        return None
    y, md = divmod(int(x), 10000)
    m, d = divmod(md, 100)
    try:
        return pd.Timestamp(year=y, month=m, day=d) if _year_of(y) == y else None
    except ValueError:
        return None


def _stata_month(x: float) -> pd.Timestamp | None:
    if x != int(x):
        return None
    y, m = divmod(int(x), 12)
    return _mid_month(1960 + y, m + 1)


_NUMERIC_DATES = (
    ("years (each read as 1 July)", lambda x: None if (y := _year_of(x)) is None
     else _mid_year(y)),
    ("YYYYMM numbers (each read as the 15th)", _yyyymm),
    ("YYYYMMDD numbers", _yyyymmdd),
    ("Excel serial day numbers", _from_days("1899-12-30", "D")),
    ("Stata %td dates (days since 1960)", _from_days("1960-01-01", "D")),
    ("Stata %tm months (each read as the 15th)", _stata_month),
    ("Stata %tc date-times (milliseconds since 1960)", _from_days("1960-01-01", "ms")),
    ("SPSS dates (seconds since 14 Oct 1582)", _from_days("1582-10-14", "s")),
)
_YEAR_TEXT = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_MONTH_NAME_YEAR = re.compile(r"[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{4}\s+[A-Za-z]{3,9}\.?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T].*)?")


def _plausible(ts: pd.Timestamp | None) -> bool:
    return ts is not None and DATE_RANGE[0] <= ts <= DATE_RANGE[1]


def _read_number(fn, x: float) -> pd.Timestamp | None:
    """``fn(x)``, None when the number is no date in that encoding (or out of pandas' range)."""
    try:
        return fn(x)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime,
            pd.errors.OutOfBoundsTimedelta):
        return None


def _as_number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float | np.integer | np.floating):
        return None if np.isnan(v) else float(v)
    if isinstance(v, str) and re.fullmatch(r"\d+(?:\.\d+)?", v.strip()):
        return float(v.strip())
    return None


def _ymd(y: int, m: int, d: int) -> pd.Timestamp | None:
    y = y + 2000 if y < 100 else y
    year = _year_of(y)
    if year is None:
        return None
    try:
        return pd.Timestamp(year=year, month=m, day=d)
    except ValueError:
        return None


def _text_date(text: str, dayfirst: bool) -> tuple[pd.Timestamp | None, bool]:
    """One text as a date, and whether it stated only a year or a month."""
    t = text.strip()
    if m := _ISO.fullmatch(t):
        return _ymd(int(m[1]), int(m[2]), int(m[3])), False
    if m := _YEAR_MONTH.fullmatch(t):
        y = _year_of(int(m[1]))
        ok = y is not None and 1 <= int(m[2]) <= 12
        return (_mid_month(y, int(m[2])) if ok else None), True
    if m := _MONTH_YEAR.fullmatch(t):
        y = _year_of(int(m[2]))
        ok = y is not None and 1 <= int(m[1]) <= 12
        return (_mid_month(y, int(m[1])) if ok else None), True
    if m := _DMY.fullmatch(t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        d, mo = (a, b) if dayfirst else (b, a)
        return _ymd(y, mo, d), False
    if _MONTH_NAME_YEAR.fullmatch(t):  # "May 2019", "2019 May": a month, read as its 15th
        ts = pd.to_datetime(t, errors="coerce")
        if ts is not pd.NaT and not pd.isna(ts) and _year_of(ts.year) == ts.year:
            return _mid_month(ts.year, ts.month), True
        return None, False
    if not re.search(r"\d{4}", t):
        return None, False  # "n/a", "Monday": never guessed into a date
    try:
        ts = pd.to_datetime(t, dayfirst=dayfirst, errors="coerce")
    except (ValueError, TypeError, OverflowError):
        return None, False
    if ts is pd.NaT or pd.isna(ts):
        return None, False
    ts = pd.Timestamp(ts)
    if ts.tzinfo is not None:
        ts = ts.tz_localize(None)
    return ts.normalize(), False


@dataclass
class DateReading:
    """A column read as dates: the dates (``datetime64``, NaT where unreadable) and how."""

    dates: pd.Series
    how: list[str]
    """The encodings met, in words ("ISO text dates", "Excel serial day numbers", ...)."""
    n_unparsed: int
    first_unparsed: Any = None
    first_unparsed_pos: int | None = None
    n_coarse: int = 0
    """Values that gave only a year (read as 1 July) or a month (read as the 15th)."""
    n_out_of_range: int = 0
    dayfirst: bool | None = None
    """For D/M/Y-style text: True when read day first (set when such text was met)."""


def parse_dates(values: pd.Series) -> DateReading:
    """Read a survey-date column: real dates, ISO text ("2019-05-14", "2019-05", "2019"),
    D/M/Y text, Excel serial day numbers, Stata %td/%tm/%tc and SPSS date numbers, bare years
    (Thai Buddhist-Era years shifted by 543). A year stands for 1 July, a month for its 15th.

    Numbers are read in the single encoding that puts most of the column's distinct values
    between 1985 and 2039 (the encodings cannot be confused in that window); numbers that do
    not fit it are left unread and counted. Work is per distinct value, so a million rows of a
    few hundred interview dates cost a few hundred parses."""
    index = values.index
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        dates = values
        if getattr(dates.dt, "tz", None) is not None:
            dates = dates.dt.tz_localize(None)
        dates = dates.dt.normalize().astype("datetime64[ns]")
        out = (~dates.between(*DATE_RANGE) & dates.notna()).sum()
        return DateReading(dates, ["dates"], 0, n_out_of_range=int(out))
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    uniq = list(uniques)
    parsed: list[pd.Timestamp | None] = [None] * len(uniq)
    coarse = np.zeros(len(uniq), dtype=bool)
    how: list[str] = []
    numbers = {i: n for i, u in enumerate(uniq) if (n := _as_number(u)) is not None}
    if numbers:
        best_name, best_fn, best_hits = None, None, 0
        for name, fn in _NUMERIC_DATES:
            hits = sum(_plausible(_read_number(fn, x)) for x in numbers.values())
            if hits > best_hits:
                best_name, best_fn, best_hits = name, fn, hits
        if best_fn is not None:
            how.append(best_name)
            for i, x in numbers.items():
                ts = _read_number(best_fn, x)
                if _plausible(ts):
                    parsed[i] = ts
                    coarse[i] = "each read" in best_name
    texts = {i: str(u) for i, u in enumerate(uniq) if i not in numbers and isinstance(u, str)}
    dayfirst: bool | None = None
    if texts:
        pairs = [(int(m[1]), int(m[2])) for t in texts.values() if (m := _DMY.fullmatch(t.strip()))]
        if pairs:
            # D/M/Y is the convention where these surveys run; M/D/Y only if a day shows it
            dayfirst = not (any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs))
        text_hits = 0
        for i, t in texts.items():
            ts, is_coarse = _text_date(t, dayfirst if dayfirst is not None else True)
            if ts is not None:
                parsed[i], coarse[i] = ts, is_coarse
                text_hits += 1
        if text_hits:
            how.append("text dates" + ("" if dayfirst is None else
                                       " (day first)" if dayfirst else " (month first)"))
    for i, u in enumerate(uniq):
        if parsed[i] is None and i not in numbers and i not in texts:
            try:
                ts = pd.Timestamp(u)
            except (ValueError, TypeError, OverflowError):
                continue
            if ts is not pd.NaT and not pd.isna(ts):
                parsed[i] = (ts.tz_localize(None) if ts.tzinfo else ts).normalize()
                if "dates" not in how:
                    how.append("dates")
    stamps = np.array([np.datetime64("NaT", "ns") if p is None else p.to_datetime64()
                       for p in parsed] + [np.datetime64("NaT", "ns")], dtype="datetime64[ns]")
    dates = pd.Series(stamps[codes], index=index, dtype="datetime64[ns]")
    bad_unique = np.array([p is None for p in parsed] + [False])
    bad_rows = bad_unique[codes]
    n_bad = int(bad_rows.sum())
    first_pos = int(np.flatnonzero(bad_rows)[0]) if n_bad else None
    out = int((dates.notna() & ~dates.between(*DATE_RANGE)).sum())
    return DateReading(dates, how, n_bad,
                       values.iloc[first_pos] if first_pos is not None else None, first_pos,
                       int(np.append(coarse, False)[codes].sum()), out, dayfirst)


class _Builder:
    """Builds one side's canonical frame and collects its findings."""

    def __init__(self, side: str, table: RawTable, study: Study) -> None:
        self.side = side
        self.level: Level = LEVEL_OF_SIDE[side]
        self.table = table
        self.study = study
        self.rows = _rows(table)
        self.findings: list[Finding] = []

    def finding(self, severity: str, code: str, message: str, row: int | None = None,
                column: str | None = None) -> None:
        self.findings.append(Finding(severity, message, self.table.name, row, column, code))

    def build(self) -> pd.DataFrame:
        cols: dict[str, pd.Series] = {}
        for role_name, column in self.study.roles.get(self.side, {}).items():
            if column not in self.table.data.columns:
                self.finding("error", "missing_column",
                             f'Column "{column}" (role {role_name}) is not in this sheet; '
                             "choose another column for it in the import review",
                             column=column)
                continue
            r = role(self.level, role_name)
            cols[role_name] = self._convert(r, column)
        self._assume(cols)
        frame = pd.DataFrame(cols, index=pd.RangeIndex(self.table.n_rows))
        return frame

    # -- what the study inferred -----------------------------------------------------------
    def _reason(self, *, column: str | None = None, role_name: str | None = None) -> str | None:
        """The message of the study's inferred finding about this column or role, if any."""
        best: str | None = None
        for f in self.study.inferred:
            if f.table and f.table != self.table.name:
                continue
            text = f"{f.code} {f.message}".casefold()
            if column is not None and f.column == column:
                if "unit" in text or "multipl" in text or "thousand" in text:
                    return f.message
                best = best or f.message
            if role_name is not None and (
                    re.search(rf"(?<!\w){re.escape(role_name)}(?!\w)", text)
                    or role_name.replace("_", " ") in text):
                best = best or f.message
        return best

    def _assume(self, cols: dict[str, pd.Series]) -> None:
        """Fill each role the study assumes one value for (no column states it), reported."""
        n = self.table.n_rows
        for role_name, value in self.study.assumed_values.get(self.side, {}).items():
            try:
                r = role(self.level, role_name)
            except KeyError:
                self.finding("warning", "assumed_value_unknown_role",
                             f'The study assumes "{value}" for {role_name}, which is not a '
                             f"{self.level} role; the assumption is not used")
                continue
            if role_name in cols:
                column = self.study.roles[self.side][role_name]
                self.finding("info", "assumed_value_unused",
                             f'{role_name} is read from column "{column}", so the assumed value '
                             f'"{value}" is not used', column=column)
                continue
            series = self._constant(r, value, n)
            if series is None:
                continue
            cols[role_name] = series
            found = self._reason(role_name=role_name)
            if not found:
                reason = say("assumed for every row")
            else:  # another finding's sentence, kept as said (so in the interface language)
                reason = found if found == found.rstrip(". ") else found.rstrip(". ")  # no "."
            shown = series.iloc[0] if n else value
            self.finding("info", "assumed_value",
                         say('{role} = "{value}" for all {n} rows of this table, though no '
                             "column states it ({reason})", role=role_name, value=shown, n=n,
                             reason=reason))

    def _constant(self, r: Role, value: str, n: int) -> pd.Series | None:
        """One value for every row, with the role kind's dtype; None (reported) if it cannot be."""
        index = pd.RangeIndex(n)
        if r.kind == "category":
            canon = (canonical_value(self.level, r.name, value) if vocabulary(self.level, r.name)
                     else None) or tidy_spelling(value)
            return pd.Series(pd.Categorical([canon] * n, categories=[canon]), index=index)
        if r.kind == "yesno":
            f = fold(value)
            if f in _YES or f in _NO:
                return pd.Series(pd.array([f in _YES] * n, dtype="boolean"), index=index)
        elif r.kind == "id":
            return pd.Series([tidy_spelling(value)] * n, index=index, dtype=object)
        elif r.kind == "date":
            reading = parse_dates(pd.Series([value]))
            if reading.dates.notna().all():
                return pd.Series(np.repeat(reading.dates.to_numpy(), n), index=index,
                                 dtype="datetime64[ns]")
        else:
            try:
                number = float(str(value).replace(",", ""))
            except ValueError:
                number = None
            if number is not None:
                return pd.Series(np.full(n, number, dtype="float64"), index=index)
        self.finding("warning", "assumed_value_invalid",
                     f'The study assumes "{value}" for {r.name}, which is not a valid {r.kind} '
                     "value; the role is left out. Correct it in the import review")
        return None

    # -- per kind ------------------------------------------------------------------------
    def _raw(self, column: str) -> tuple[pd.Series, pd.Series]:
        values = self.table.data[column]
        codes = self.study.missing_codes.get(self.side, {}).get(column, [])
        declared = self.table.missing_values.get(column, [])
        ranges = self.table.missing_ranges.get(column, [])
        mask = _missing_mask(values, [*codes, *declared], ranges)
        return values.mask(mask), mask

    def _convert(self, r: Role, column: str) -> pd.Series:
        values, _ = self._raw(column)
        if r.kind == "id":
            return self._ids(values)
        if r.kind == "yesno":
            return self._yes_no(r, column, values)
        if r.kind == "category":
            return self._category(r, column, values)
        if r.kind == "ordinal":
            return self._ordinal(r, column, values)
        if r.kind == "date":
            return self._date(r, column, values)
        return self._number(r, column, values)

    def _date(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        """Dates, with one finding saying how they were read and one for what could not be."""
        self._scale_warning(r, column)
        reading = parse_dates(values)
        n_read = int(reading.dates.notna().sum())
        if n_read:
            how = ", ".join(reading.how) or "dates"
            coarse = (f"; {reading.n_coarse} give only a year or a month, read as its middle "
                      "(1 July, or the 15th)" if reading.n_coarse else "")
            self.finding("info", "dates_read",
                         f'{r.name} in column "{column}": {n_read} value(s) read as {how}'
                         f"{coarse}", column=column)
        if reading.n_unparsed:
            pos = reading.first_unparsed_pos
            self.finding("warning", "not_a_date",
                         f"{reading.n_unparsed} value(s) of {r.name} are not dates (first: "
                         f'"{reading.first_unparsed}" at row {self.rows[pos]}); they are treated '
                         "as missing. Write dates as YYYY-MM-DD, or the year alone",
                         row=int(self.rows[pos]), column=column)
        if reading.n_out_of_range:
            self.finding("warning", "out_of_range",
                         f"{reading.n_out_of_range} value(s) of {r.name} lie outside "
                         f"{DATE_RANGE[0].year}–{DATE_RANGE[1].year}; check them (they are kept)",
                         column=column)
        return reading.dates

    def _ids(self, values: pd.Series) -> pd.Series:
        keys = map_distinct(values, code_key)
        return keys.astype("string").astype(object).where(values.notna(), None)

    def _yes_no(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        self._scale_warning(r, column)
        labels = {code_key(k): v for k, v in self.table.value_labels.get(column, {}).items()}
        vmap = self.study.value_maps.get(self.side, {}).get(column, {})

        def meaning(v: Any) -> Any:
            key = code_key(v)
            if key is None:
                return pd.NA
            for text in (vmap.get(key), labels.get(key), key):
                f = fold(text) if text is not None else ""
                if f in _YES:
                    return True
                if f in _NO:
                    return False
            if isinstance(v, bool):
                return v
            return "?"

        mapped = map_distinct(values, meaning, pd.NA)
        bad = map_distinct(mapped, lambda v: isinstance(v, str), False).astype(bool)
        self._report_unlabeled(column, values, bad, "yes/no answer")
        return mapped.mask(bad).astype("boolean")

    def _category(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        self._scale_warning(r, column)
        vmap = self.study.value_maps.get(self.side, {}).get(column, {})
        labels = {code_key(k): str(v) for k, v in self.table.value_labels.get(column, {}).items()}
        keys = map_distinct(values, code_key)
        if vmap:
            mapped = map_distinct(keys, vmap.get)
            unmapped = keys.notna() & mapped.isna()
            self._report_unlabeled(column, values, unmapped, "code")
            text = mapped.where(~unmapped, keys)
        elif labels:
            mapped = map_distinct(keys, labels.get)
            unlabeled = keys.notna() & mapped.isna()
            self._report_unlabeled(column, values, unlabeled, "code")
            text = mapped.where(~unlabeled, keys)
        else:
            text = keys
        return self._normalise_spellings(r, column, text)

    def _normalise_spellings(self, r: Role, column: str, text: pd.Series) -> pd.Series:
        """Canonical spelling where the role knows one; otherwise merge case/space variants to the
        most frequent spelling. Each merge of differing spellings is reported once."""
        present = text.dropna()
        if present.empty:
            return pd.Series(pd.Categorical([None] * len(text)), index=text.index)
        counts = present.value_counts()
        target: dict[str, str] = {}
        groups: dict[str, list[str]] = {}
        vocab = vocabulary(self.level, r.name)
        for spelling in counts.index:
            canon = canonical_value(self.level, r.name, spelling) if vocab else None
            # symbols, digits and negations stay in the key: "Fixed <1y" never meets ">=1y"
            key = (("canonical", canon) if canon else
                   ("spelling", spelling_key(spelling) or tidy_spelling(spelling)))
            groups.setdefault(key, []).append(spelling)
        renamed: list[str] = []
        for (kind, key), spellings in groups.items():
            canon = key if kind == "canonical" else None
            final = canon or tidy_spelling(max(spellings, key=lambda s: counts[s]))
            for s in spellings:
                target[s] = final
            variants = [s for s in spellings if s != final]
            if len(spellings) > 1:
                shown = ", ".join(f'"{s}"' for s in spellings)
                self.finding("info", "spelling_merged",
                             say('{spellings} were read as one value "{value}" ({role})',
                                 spellings=shown, value=final, role=r.name),
                             column=column)
            elif variants:
                renamed.append(f'"{spellings[0]}" → "{final}"')
        if renamed:  # one answer, one value: a reading, not a merge; one line per column
            self.finding("info", "values_read_as",
                         say("{role} answers read as: {readings}", role=r.name,
                             readings=", ".join(renamed)), column=column)
        out = map_distinct(text, target.get)
        order = [c for c in vocab if c in set(target.values())]
        rest = sorted(set(target.values()) - set(order))
        return pd.Series(pd.Categorical(out, categories=order + rest), index=text.index)

    def _ordinal(self, r: Role, column: str, values: pd.Series) -> pd.Series:
        """Stages and scales: the study's value map first ("CMT" → 0), then numbers. Without a
        map, text answers or value labels are read on the role's scale (reported)."""
        vmap = self.study.value_maps.get(self.side, {}).get(column, {})
        derived = False
        if not vmap and (self.table.value_labels.get(column)
                         or map_distinct(values, lambda v: isinstance(v, str)
                                         and not _is_number(v), False).astype(bool).any()):
            found = ordinal_value_map(self.level, r.name, self.table, column)
            if any(k != v for k, v in found.items()):
                vmap, derived = found, True
        if not vmap:
            self._scale_warning(r, column)
            return self._number(r, column, values, scale=False)
        by_spelling: dict[str, str | None] = {}
        for k, v in vmap.items():
            sk = spelling_key(k)
            by_spelling[sk] = v if by_spelling.get(sk, v) == v else None
        numbers_recoded = any(_is_number(k) for k in vmap)

        def recode(v: Any) -> Any:
            key = code_key(v)
            if key is None:
                return None
            if key in vmap:
                return vmap[key]
            hit = by_spelling.get(spelling_key(key))
            if hit is not None:
                return hit
            if _is_number(key) and not numbers_recoded:
                return key
            return _UNMAPPED

        mapped = map_distinct(values, recode)
        unmapped = map_distinct(mapped, lambda v: v is _UNMAPPED, False).astype(bool)
        self._report_unlabeled(column, values, unmapped, "code")
        if derived:
            pairs = [f'"{k}" → {v}' for k, v in vmap.items() if k != v]
            self.finding("info", "ordinal_recoded",
                         say('{role} in column "{column}": answers read on its scale as '
                             "{readings}; give the column a value map in the import review if "
                             "this is wrong", role=r.name, column=column,
                             readings=", ".join(pairs[:12]) + (" …" if len(pairs) > 12 else "")),
                         column=column)
        mapped = mapped.mask(unmapped, None)
        nums = pd.to_numeric(mapped, errors="coerce").astype("float64")
        bad_target = mapped.notna() & nums.isna()
        if bad_target.any():
            idx = np.flatnonzero(bad_target.to_numpy())
            self.finding("warning", "not_a_number",
                         f"The value map of column \"{column}\" turns {len(idx)} answer(s) of "
                         f"{r.name} into text that is not a number (first: "
                         f"\"{mapped.iloc[idx[0]]}\"); they are treated as missing",
                         row=int(self.rows[idx[0]]), column=column)
        self._check_range(r, column, nums)
        return nums

    def _scale_warning(self, r: Role, column: str) -> None:
        if column in self.study.unit_scale.get(self.side, {}) and r.kind not in ("number",
                                                                                 "weight"):
            self.finding("warning", "unit_scale_ignored",
                         f'A unit multiplier is set for column "{column}", but {r.name} is not an '
                         "amount; the multiplier is not used", column=column)

    def _number(self, r: Role, column: str, values: pd.Series, scale: bool = True) -> pd.Series:
        nums = _to_number(values)
        not_number = values.notna() & nums.isna()
        if not_number.any():
            idx = np.flatnonzero(not_number.to_numpy())
            self.finding("warning", "not_a_number",
                         f"{len(idx)} value(s) of {r.name} are not numbers (first: "
                         f"\"{values.iloc[idx[0]]}\" at row {self.rows[idx[0]]}); they are "
                         "treated as missing", row=int(self.rows[idx[0]]), column=column)
        factor = self.study.unit_scale.get(self.side, {}).get(column) if scale else None
        if factor is not None and r.kind in ("number", "weight"):
            factor = float(factor)
            if factor != 1.0:
                nums = nums * factor
                reason = (self._reason(column=column)
                          or "the study's unit multiplier for this column").rstrip(". ")
                self.finding("info", "unit_scaled",
                             f'{r.name} in column "{column}" multiplied by {factor:g} ({reason})',
                             column=column)
        elif factor is not None:
            self._scale_warning(r, column)
        self._check_range(r, column, nums)
        return nums

    def _check_range(self, r: Role, column: str, nums: pd.Series) -> None:
        if r.valid_range is not None:
            lo, hi = r.valid_range
            out = (nums < lo) | (nums > hi)
            for i in np.flatnonzero(out.to_numpy())[:50]:
                self.finding("warning", "out_of_range",
                             say("{role} = {value} is outside the plausible range {low}–{high}; "
                                 "check the answer (it is kept)", role=r.name,
                                 value=f"{nums.iloc[i]:g}", low=f"{lo:g}", high=f"{hi:g}"),
                             row=int(self.rows[i]), column=column)
            n_out = int(out.sum())
            if n_out > 50:
                self.finding("warning", "out_of_range",
                             say("{n} more values of {role} are out of range", n=n_out - 50,
                                 role=r.name),
                             column=column)

    def _report_unlabeled(self, column: str, values: pd.Series, bad: pd.Series,
                          what: str) -> None:
        if not bad.any():
            return
        idx = np.flatnonzero(bad.to_numpy())
        distinct = pd.unique(values.iloc[idx].map(code_key))
        shown = ", ".join(str(d) for d in distinct[:8])
        self.finding("warning", "unlabeled_code",
                     f"{len(idx)} answer(s) use a {what} with no label ({shown}); they are treated "
                     "as missing until you give the code a meaning or mark it as missing",
                     row=int(self.rows[idx[0]]), column=column)


def build_survey(study: Study, tables: dict[str, RawTable | None]) -> Survey:
    """Canonical frames and validation for ``study`` applied to the raw firm/worker tables."""
    frames: dict[str, pd.DataFrame] = {}
    rows: dict[str, np.ndarray] = {}
    findings: list[Finding] = []
    for side in SIDES:
        table = tables.get(side)
        if table is None:
            # a worker file on its own: an empty firm table that still has the link column,
            # so every later step sees "no firms", not "no such column"
            frames[side] = (pd.DataFrame({"firm_id": pd.Series([], dtype=object)})
                            if side == "firms" else pd.DataFrame())
            rows[side] = np.zeros(0, dtype=np.int64)
            continue
        builder = _Builder(side, table, study)
        frames[side] = builder.build()
        rows[side] = builder.rows
        findings.extend(builder.findings)
        for note in table.notes:
            findings.append(Finding("info", note, table.name, None, None,
                                    reader_note_code(note)))
    findings.extend(study.inferred)
    survey = Survey(frames["firms"], frames["workers"], study, dict(tables), rows, findings)
    survey.findings.extend(validate_survey(survey))
    return survey
