"""Keys and the firm–worker link, found from the data whatever the columns are called.

Survey teams name their keys ``ID``, ``FactoryID``, ``idfirm``, ``company_no``, ``MaDN``; Kobo links a
repeat group with ``_index`` / ``_parent_index``, ODK with ``KEY`` / ``PARENT_KEY``. A name list
misses most of them, so the link is found as an *inclusion dependency*: a column of the firm table
whose values are unique and (almost) never missing, and a column of the worker table whose values
fall (almost) all inside it. Values are compared as text keys (:func:`core.common.text.code_key`), so
12, 12.0 and "12" are one firm while "007" stays "007".

Two traps decide the scoring. Small firm numbers (1..160) and worker numbers restarting 1..8 inside
each firm both "fall inside" the firm IDs: the real link covers (almost) every firm, repeats (several
workers per firm) and is constant over runs of rows; a worker number covers only the first few firm
IDs, counts up row by row and is named like a worker number. Names are hints, never the only
evidence: when the data does not decide (two candidates close, or the best matches fewer than 90 %
of the workers), :func:`find_link` keeps its best guess and asks a :class:`Question`.

Everything inferred is a :class:`Finding` (codes ``link_found``, ``link_weak``, ``no_link``,
``link_not_named``, ``firm_key_found``, ``worker_ids_restart``, ``worker_id_found``); what the data
then shows row by row (each orphan worker, each firm without workers, duplicate IDs, a missing firm
ID column) is core.model.validation's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.common.findings import Finding
from core.common.messages import joined, say
from core.common.text import code_key_codes, fold
from core.io.rawtable import RawTable
from core.model.questions import Candidate, Question

MIN_INCLUSION = 0.5
"""Below this share of worker values found among the firm keys, a column is no link at all."""
SURE_INCLUSION = 0.9
"""Below this, the link is asked about even when it is the only candidate."""
CLOSE = 0.08
"""Two links whose scores differ by less than this are a close call: the user is asked."""
MIN_KEY_COMPLETE = 0.9
MIN_KEY_UNIQUE = 0.95
N_EXAMPLES = 5

_FIRM_WORDS = ("firm", "company", "factory", "enterprise", "establishment", "plant", "doanh nghiep",
               "doanhnghiep", "cong ty", "congty", "nha may", "idstd", "madn", "idfirm", "business",
               "employer", "co so", "โรงงาน", "บริษัท")
_FIRM_TOKENS = frozenset({"dn", "cty", "fid"})
_WORKER_WORDS = ("worker", "respondent", "employee", "person", "individual", "member", "staff",
                 "nguoi lao dong", "lao dong", "cong nhan", "nhan vien", "idworker", "manld",
                 "คนงาน", "พนักงาน")
_WORKER_TOKENS = frozenset({"stt", "no", "nr", "num", "number", "resp", "nld", "wid", "pid",
                            "seq", "serial", "line", "order", "w", "tt", "so"})
_KEY_TOKENS = frozenset({"id", "key", "code", "ma", "index", "uuid", "ident", "identifier"})
_TIME_WORDS = ("start", "end", "today", "time", "date", "submission time", "submissiondate",
               "deviceid", "device id")
_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\d([ T]\d\d:\d\d)?")

_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("index", "parent index", 0.1,
     "Kobo repeat group: _index in the parent, _parent_index in the child"),
    ("key", "parent key", 0.1, "ODK repeat group: KEY in the parent, PARENT_KEY in the child"),
    ("id", "submission id", 0.05,
     "Kobo repeat group: _id in the parent, _submission__id in the child"),
    ("uuid", "submission uuid", 0.05,
     "Kobo repeat group: _uuid in the parent, _submission__uuid in the child"),
)
"""(parent column, child column, bonus, what it is) in fold() form: platform repeat-group links.
The documented link of each platform (``_index``, ``KEY``) gets the larger bonus, so it is the
one reported when several columns link the same rows."""


@dataclass
class Link:
    """How workers link to their firm, as found from the data (and what was inferred on the way)."""

    firm_column: str | None
    """Column of the firm table holding the firm key."""
    worker_column: str | None
    """Column of the worker table pointing at it."""
    match_rate: float
    """Share of non-missing worker link values found among the firm keys."""
    n_orphans: int
    """Worker rows whose link value is not a firm key."""
    orphan_examples: list[str]
    firms_without_workers: int
    worker_key: tuple[str, ...]
    """``("worker_id",)``, or ``("firm_id", "worker_id")`` when worker numbers restart in each firm."""
    confidence: float
    findings: list[Finding] = field(default_factory=list)
    """What was inferred, in plain words with the numbers."""
    question: Question | None = None
    """Asked when the evidence is weak or two candidates are close (best guess first)."""
    worker_id_column: str | None = None
    """The worker number column: ``worker_id_named`` when it exists, else one found from the data
    (numbers 1..k inside each firm, or a unique column named like a worker ID); None if none."""


# ----------------------------------------------------------------------------- text keys
@dataclass
class _Keys:
    """One column as text keys: per-row key codes into ``uniques`` (-1 for missing)."""

    codes: np.ndarray
    uniques: list[str]

    @property
    def present(self) -> np.ndarray:
        return self.codes >= 0

    @property
    def n_present(self) -> int:
        return int(np.count_nonzero(self.codes >= 0))

    def counts(self) -> np.ndarray:
        present = self.codes[self.codes >= 0]
        return np.bincount(present, minlength=len(self.uniques))

    def value(self, i: int) -> str | None:
        c = int(self.codes[i])
        return None if c < 0 else self.uniques[c]


def _text_keys(values: pd.Series) -> _Keys:
    """Row keys as ``code_key`` writes them (12, 12.0 and "12" one key, "007" its own)."""
    codes, uniques = code_key_codes(values)
    return _Keys(codes, uniques)


def _is_fractional(values: pd.Series) -> bool:
    """A float column with non-integral values (money, shares): never a key."""
    if not pd.api.types.is_float_dtype(values):
        return False
    v = values.dropna().to_numpy(dtype=float)
    return bool(len(v)) and bool(np.any(v != np.floor(v)))


def _looks_like_time(values: pd.Series, name_f: str) -> bool:
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    if any(w == name_f or name_f.endswith(" " + w) for w in _TIME_WORDS):
        return True
    sample = values.dropna().head(20)
    return bool(len(sample)) and all(isinstance(v, str) and _ISO_TIME.match(v) for v in sample)


def _last_part(name_f: str, raw: str) -> str:
    """The question's own name without its Kobo/ODK group path ("firm_info/employees" →
    "employees"), so a group called firm_info does not make every column firm-like."""
    for sep in ("/", "-"):
        if sep in raw:
            last = fold(raw.rsplit(sep, 1)[1])
            if last:
                return last
    return name_f


def _number_shape(values: pd.Series, present: int) -> float:
    """Firm numbers are dense (1..n, 101..160); counts and amounts that happen to differ on
    every row (employees, sales) are spread far wider than the number of rows."""
    if not pd.api.types.is_numeric_dtype(values) or present < 3:
        return 0.0
    v = values.dropna().to_numpy(dtype=float)
    span = float(v.max() - v.min() + 1)
    return 0.1 if span <= 2 * present else -0.15


def _tokens(name_f: str) -> set[str]:
    return set(name_f.split())


def _has_word(name_f: str, words: tuple[str, ...]) -> bool:
    squeezed = name_f.replace(" ", "")
    return any(w in name_f or w.replace(" ", "") in squeezed for w in words)


def _worker_like(name_f: str) -> bool:
    return _has_word(name_f, _WORKER_WORDS) or bool(_tokens(name_f) & _WORKER_TOKENS)


def _worker_word(name_f: str) -> bool:
    """A word that names a worker ("worker", "respondent", "nld"), not just "no" or "stt"."""
    return _has_word(name_f, _WORKER_WORDS)


def _firm_like(name_f: str) -> bool:
    return _has_word(name_f, _FIRM_WORDS) or bool(_tokens(name_f) & _FIRM_TOKENS)


def _firm_key_name(name_f: str) -> float:
    """Name evidence that a firm-table column is the firm key, -1..1."""
    if _worker_word(name_f) and not _firm_like(name_f):
        return -0.5
    if _firm_like(name_f) and (_tokens(name_f) & _KEY_TOKENS or name_f in ("idstd", "madn",
                                                                             "idfirm")):
        return 1.0
    if _tokens(name_f) & _KEY_TOKENS or name_f.endswith(("id", "code", "no")):
        return 0.6
    if _firm_like(name_f):
        return 0.4
    return 0.0


def _worker_link_name(name_f: str) -> float:
    """Name evidence that a worker-table column points at the firm, -1..1."""
    if name_f in ("parent index", "parent key", "submission id", "submission uuid"):
        return 1.0
    firm = _firm_like(name_f)
    if firm and not _worker_word(name_f):
        return 1.0  # "company_no", "Factory ID", "idfirm"
    if _worker_word(name_f) and not firm:
        return -1.0  # "idworker", "Worker ID", "respondent"
    if _worker_like(name_f) and not firm:
        return -0.7  # "stt", "No.", "resp_no"
    if name_f in ("index", "key"):
        return -0.5  # a repeat row's own key
    if _tokens(name_f) & _KEY_TOKENS:
        return 0.2
    return 0.0


def _pair_hint(firm_f: str, worker_f: str) -> tuple[float, str | None]:
    """(bonus, description) of a platform repeat-group link or a column named alike on both
    sides; (0, None) otherwise."""
    for parent, child, bonus, what in _PAIRS:
        if firm_f == parent and worker_f == child:
            return bonus, what
    if firm_f == worker_f and _worker_link_name(worker_f) >= 0:
        return 0.05, None
    return 0.0, None


# ----------------------------------------------------------------------------- firm keys
def key_candidates(table: RawTable) -> list[tuple[str, float]]:
    """Columns whose values are unique and (almost) never missing, best first, with a 0..1 score.

    A key is unique among its non-missing values (a rare duplicate is tolerated: it is a data
    error validation reports, not a reason to lose the link) and filled on at least 90 % of rows.
    Fractional numbers and timestamps are never keys; names like ``ID``, ``FactoryID``, ``_index``
    rank a column higher, the first column a little.
    """
    out = [(col, score) for col, score, _ in _key_columns(table)]
    return out


def _key_columns(table: RawTable) -> list[tuple[str, float, _Keys]]:
    data = table.data
    n = len(data)
    found: list[tuple[str, float, _Keys]] = []
    if n == 0:
        return found
    for pos, col in enumerate(data.columns):
        values = data[col]
        if pd.api.types.is_bool_dtype(values) or _is_fractional(values):
            continue
        name_f = fold(col)
        if _looks_like_time(values, name_f):
            continue
        keys = _text_keys(values)
        present = keys.n_present
        if present == 0:
            continue
        complete = present / n
        unique = len(keys.uniques) / present
        if complete < MIN_KEY_COMPLETE or unique < MIN_KEY_UNIQUE or (n > 2 and len(keys.uniques) < 3):
            continue
        sample = keys.uniques[:200]
        prose = np.mean([" " in u and len(u) > 25 for u in sample]) > 0.5  # names, addresses
        name_score = _firm_key_name(_last_part(name_f, str(col)))
        score = (0.55 * complete * unique ** 4 + 0.3 * max(0.0, name_score)
                 + (0.1 if pos == 0 else 0.0) + _number_shape(values, present)
                 - (0.25 if prose else 0.0) - (0.3 * -name_score if name_score < 0 else 0.0))
        found.append((str(col), round(min(1.0, max(0.05, score + 0.05)), 3), keys))
    found.sort(key=lambda t: -t[1])
    return found


# ----------------------------------------------------------------------------- link candidates
@dataclass
class _Cand:
    firm_column: str
    worker_column: str
    inclusion: float
    coverage: float
    repetition: float
    order: float
    name: float
    named: bool
    score: float
    assignment: np.ndarray
    """Per worker row: the firm key index it points at (-1 missing, -2 orphan)."""
    n_present: int
    n_matched: int
    n_firms: int
    n_firms_with_workers: int
    pair_hint: str | None = None
    hint_bonus: float = 0.0

    @property
    def name_support(self) -> bool:
        """Something besides the values says this is the link: the worker column's name, the
        same name on both sides, a platform pair, or the name mapper's proposal."""
        return self.name > 0 or self.hint_bonus > 0 or self.named

    def evidence(self, n_workers: int) -> str:
        parts = [say('{share} of {n} worker rows with a value match one of the {firms} firm IDs '
                     'in "{column}"; {with_workers} of {firms} firms have workers',
                     share=_pct(self.inclusion), n=f"{self.n_present:,}",
                     firms=f"{self.n_firms:,}", column=self.firm_column,
                     with_workers=f"{self.n_firms_with_workers:,}")]
        if self.n_present < n_workers:
            parts.append(say("; {n} worker rows have no value",
                             n=f"{n_workers - self.n_present:,}"))
        if self.pair_hint:
            parts.append(f" ({self.pair_hint})")
        return joined(parts)


def _pct(share: float) -> str:
    p = 100 * share
    if 99.5 <= p < 100:
        return f"{p:.1f} %"
    return f"{p:.0f} %"


def _run_shape(codes: np.ndarray) -> float:
    """Share of consecutive rows with the same value: high when a firm's workers sit together,
    0 for a worker number (it changes on every row) and near 0 when rows are shuffled."""
    if len(codes) < 3:
        return 0.0
    a, b = codes[:-1], codes[1:]
    both = (a >= 0) & (b >= 0)
    if not both.any():
        return 0.0
    return float(np.mean(a[both] == b[both]))


def _counts_up(values: pd.Series) -> float:
    """Share of consecutive rows where a numeric column goes up by exactly one."""
    nums = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    if len(nums) < 3:
        return 0.0
    d = nums[1:] - nums[:-1]
    ok = ~np.isnan(d)
    return float(np.mean(d[ok] == 1)) if ok.any() else 0.0


def _candidates(firms: RawTable, workers: RawTable, firm_named: str | None,
                worker_named: str | None) -> list[_Cand]:
    keys = _key_columns(firms)
    wdata = workers.data
    n_w = len(wdata)
    out: list[_Cand] = []
    if n_w == 0 or not keys:
        return out
    wkeys: dict[str, _Keys] = {}
    for col in wdata.columns:
        values = wdata[col]
        if pd.api.types.is_bool_dtype(values) or _is_fractional(values):
            continue
        wkeys[str(col)] = _text_keys(values)
    for fcol, fscore, fk in keys:
        f_index = {k: i for i, k in enumerate(fk.uniques)}
        f_name = fold(fcol)
        for wcol, wk in wkeys.items():
            present = wk.n_present
            if present == 0:
                continue
            to_firm = np.array([f_index.get(u, -2) for u in wk.uniques], dtype=np.int64)
            counts = wk.counts()
            matched = int(counts[to_firm >= 0].sum())
            inclusion = matched / present
            if inclusion < MIN_INCLUSION:
                continue
            w_name = fold(wcol)
            n_distinct = int(np.count_nonzero(counts))
            per_value = present / max(1, n_distinct)
            # a link repeats (several workers per firm); a column unique per worker does not
            if per_value < 1.05 and n_w > len(fk.uniques):
                continue
            repetition = min(1.0, per_value - 1.0)
            firms_hit = int(np.count_nonzero(to_firm >= 0))
            coverage = firms_hit / len(fk.uniques)
            shape = _run_shape(wk.codes)
            order = shape - (_counts_up(wdata[wcol]) if shape < 0.5 else 0.0)
            bonus, hint = _pair_hint(f_name, w_name)
            name = 1.0 if hint else _worker_link_name(w_name)
            named = (worker_named is not None and wcol == worker_named
                     and (firm_named is None or fcol == firm_named))
            score = (0.45 * inclusion + 0.25 * coverage + 0.05 * repetition + 0.1 * order
                     + 0.15 * name + bonus + (0.05 if named else 0.0) + 0.03 * fscore)
            assign = np.where(wk.codes >= 0, np.append(to_firm, -1)[wk.codes], -1)
            out.append(_Cand(fcol, wcol, inclusion, coverage, repetition, order, name, named,
                             round(score, 4), assign, present, matched, len(fk.uniques),
                             firms_hit, hint, bonus))
    out.sort(key=lambda c: -c.score)
    return out


def _same_link(a: _Cand, b: _Cand) -> bool:
    """Two candidates put (almost) every worker in the same firm: one link under two names
    (``_parent_index`` and ``_submission__id`` of a Kobo repeat), not a choice to ask about."""
    both = (a.assignment >= 0) & (b.assignment >= 0)
    if not both.any():
        return False
    # assignments index different firm columns: compare through the firm rows' partition
    pa, pb = a.assignment[both], b.assignment[both]
    pairs = np.unique(pa * (int(pb.max()) + 1) + pb)
    pair_a, pair_b = pairs // (int(pb.max()) + 1), pairs % (int(pb.max()) + 1)
    one_to_one = len(np.unique(pair_a)) == len(pairs) == len(np.unique(pair_b))
    agree = both.sum() / max(1, max(a.n_present, b.n_present))
    return bool(one_to_one and agree >= 0.98)


# ----------------------------------------------------------------------------- worker keys
def restarts_within(worker_ids: pd.Series, firm_ids: pd.Series) -> bool:
    """True when worker numbers restart inside each firm: duplicated across firms (fewer than
    half as many distinct numbers as rows, repeated in two firms or more) but (almost) unique
    within each firm (a number twice in one firm on at most a fifth of the repeated rows: those
    are errors validation reports), so the worker is identified by firm + worker number.

    Shared with core.model.validation so the proposal and the checks agree on what is a
    duplicate."""
    wk, fk = _text_keys(worker_ids), _text_keys(firm_ids)
    ok = wk.present & fk.present
    n = int(np.count_nonzero(ok))
    if n < 4:
        return False
    w, f = wk.codes[ok], fk.codes[ok]
    n_distinct = len(np.unique(w))
    if n_distinct > 0.5 * n:
        return False
    pairs = pd.DataFrame({"f": f, "w": w})
    inside = int(pairs.duplicated(keep=False).sum())  # a number twice in one firm: an error
    overall = int(pd.Series(w).duplicated(keep=False).sum())
    firms_per_id = pairs.drop_duplicates().groupby("w")["f"].nunique()
    return inside <= 0.2 * overall and int((firms_per_id >= 2).sum()) >= 1


def _numbered_within(values: pd.Series, groups: np.ndarray) -> bool:
    """Integers 1..k inside (almost) every firm with two workers or more."""
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return False
    nums = values.astype(float)
    if nums.isna().mean() > 0.1 or nums.min() != 1 or _is_fractional(nums):
        return False
    frame = pd.DataFrame({"g": groups, "v": nums.to_numpy()})
    frame = frame[(frame["g"] >= 0) & frame["v"].notna()]
    sizes = frame.groupby("g")["v"].size()
    multi = sizes[sizes >= 2].index
    if len(multi) < 3:
        return False
    sub = frame[frame["g"].isin(multi)]
    stats = sub.groupby("g")["v"].agg(["min", "max", "nunique", "size"])
    exact = ((stats["min"] == 1) & (stats["max"] == stats["size"])
             & (stats["nunique"] == stats["size"]))
    return float(exact.mean()) >= 0.8


def _worker_key(workers: RawTable, link_col: str | None, id_col: str | None,
                assignment: np.ndarray | None) -> tuple[tuple[str, ...], str | None,
                                                        list[Finding]]:
    data = workers.data
    findings: list[Finding] = []
    if link_col is None or link_col not in data.columns:
        return ("worker_id",), id_col if id_col in data.columns else None, findings
    groups = (assignment if assignment is not None
              else _text_keys(data[link_col]).codes)
    found_why = None
    if id_col is None or id_col not in data.columns:
        found = _find_worker_number(workers, link_col, groups)
        id_col, found_why = found if found else (None, None)
    if id_col is None:
        return ("worker_id",), None, findings
    ids = data[id_col]
    if restarts_within(ids, data[link_col]):
        wk = _text_keys(ids)
        in_firm = wk.present & (groups >= 0)
        per_firm = pd.Series(wk.codes[in_firm]).groupby(groups[in_firm]).size()
        findings.append(Finding(
            "info",
            say('Worker numbers in column "{column}" restart in each firm ({distinct} distinct '
                "numbers over {n} workers in {firms} firms, at most {most} per firm): they are "
                'not duplicates; a worker is identified by firm ("{link}") + worker number',
                column=id_col, distinct=f"{len(wk.uniques):,}", n=f"{wk.n_present:,}",
                firms=f"{len(per_firm):,}", most=int(per_firm.max()) if len(per_firm) else 0,
                link=link_col),
            workers.name, None, id_col, "worker_ids_restart"))
        return ("firm_id", "worker_id"), id_col, findings
    if found_why:
        findings.append(Finding(
            "info", say('Column "{column}" is taken as the worker ID: {why}', column=id_col,
                        why=found_why),
            workers.name, None, id_col, "worker_id_found"))
    return ("worker_id",), id_col, findings


def _find_worker_number(workers: RawTable, link_col: str,
                        groups: np.ndarray) -> tuple[str, str] | None:
    """A worker ID the name mapper missed, with why: integers 1..k inside each firm, a unique
    column named like a worker ID ("idworker", "MaNLD"), or the repeat row's own key (Kobo
    ``_index`` beside ``_parent_index``, ODK ``KEY`` beside ``PARENT_KEY``)."""
    data = workers.data
    numbered = [str(c) for c in data.columns
                if c != link_col and _numbered_within(data[c], groups)]
    if numbered:  # numbers 1..k in (almost) every firm: a worker number, whatever its name
        named = [c for c in numbered if _worker_like(fold(c))]
        return (named or numbered)[0], say("it numbers the workers 1, 2, 3 … inside each firm")
    repeat_key = {"parent index": "index", "parent key": "key"}.get(fold(link_col))
    for col in data.columns:
        if col == link_col:
            continue
        name_f = fold(col)
        own_key = name_f == repeat_key
        if not own_key and not (_worker_like(name_f) and (
                _tokens(name_f) & _KEY_TOKENS or name_f.startswith("id")
                or name_f in ("idworker", "manld"))):
            continue
        keys = _text_keys(data[col])
        if keys.n_present and keys.n_present >= 0.9 * len(data) \
                and len(keys.uniques) == keys.n_present:
            why = (say('it is the repeat group\'s own row key beside "{column}"', column=link_col)
                   if own_key else say("its values are unique and its name says worker"))
            return str(col), why
    return None


# ----------------------------------------------------------------------------- the link
def _rows_text(table: RawTable, idx: np.ndarray) -> str:
    rows = [str(table.sheet_row(int(i))) for i in idx[:N_EXAMPLES]]
    more = f" and {len(idx) - N_EXAMPLES:,} more" if len(idx) > N_EXAMPLES else ""
    return ", ".join(rows) + more


def _no_link(workers: RawTable | None, firms: RawTable | None, why: str,
             firm_col: str | None, worker_id_named: str | None) -> Link:
    findings = []
    if workers is not None and firms is not None and workers.n_rows and firms.n_rows:
        findings.append(Finding("warning", why, workers.name, None, None, "no_link"))
    key, id_col, more = (("worker_id",), None, [])
    if workers is not None:
        key, id_col, more = _worker_key(workers, None, worker_id_named, None)
    return Link(firm_col, None, 0.0, 0, [], firms.n_rows if firms is not None else 0, key, 0.0,
                findings + more, None, id_col)


def find_link(firms: RawTable | None, workers: RawTable | None, *, firm_named: str | None = None,
              worker_named: str | None = None, worker_id_named: str | None = None) -> Link:
    """The column pair that links workers to their firm, found from the data.

    ``firm_named`` / ``worker_named`` are the columns the name-based mapper proposed for firm_id
    (may be None or wrong): they are one hint among others. ``worker_id_named`` is its proposal
    for worker_id, used to decide whether worker numbers restart inside each firm.
    """
    if firms is None or workers is None or firms is workers:
        return _one_table(firms, workers, firm_named, worker_named, worker_id_named)
    keys = _key_columns(firms)
    firm_named = firm_named if firm_named in firms.data.columns else None
    worker_named = worker_named if worker_named in workers.data.columns else None
    best_key = keys[0][0] if keys else firm_named
    if not keys:
        why = (f"No column of the firm table \"{firms.name}\" has a different value on every "
               "row, so no firm ID was found from the data")
        if firm_named and worker_named:
            return _named_only(firms, workers, firm_named, worker_named, worker_id_named, why)
        return _no_link(workers, firms, why, firm_named, worker_id_named)
    cands = _candidates(firms, workers, firm_named, worker_named)
    if not cands:
        why = (f"No column of the worker table \"{workers.name}\" has values that match the "
               f"firm IDs (tried {len(keys)} firm-table column(s) with unique values, best "
               f"\"{best_key}\")")
        if worker_named and (firm_named or best_key):
            return _named_only(firms, workers, firm_named or str(best_key), worker_named,
                               worker_id_named, why)
        return _no_link(workers, firms, why + ": no firm link was found from the data",
                        best_key, worker_id_named)
    # one candidate per distinct link; equivalent ones (same firm for every worker) collapse
    distinct: list[_Cand] = []
    for c in cands[:12]:  # the rest score far lower (codes 1..5 that fall inside firm numbers)
        if not any(_same_link(c, d) for d in distinct):
            distinct.append(c)
    best = distinct[0]
    if not best.name_support and best.coverage < 0.5:
        return _implausible(firms, workers, best, distinct, worker_id_named)
    return _link_from(firms, workers, best, distinct, firm_named, worker_named, worker_id_named)


def _doubts(best: _Cand) -> list[str]:
    """Why the best link is not sure enough to assume silently (empty when it is)."""
    out = []
    if best.inclusion < SURE_INCLUSION:
        out.append(say('only {share} of the worker rows match a firm ID through "{column}"',
                       share=_pct(best.inclusion), column=best.worker_column))
    if not best.name_support:
        if best.coverage < 0.8:
            out.append(say('the name "{column}" does not say it points at the firm, and only '
                           "{with_workers} of {firms} firms have workers through it",
                           column=best.worker_column, with_workers=best.n_firms_with_workers,
                           firms=best.n_firms))
        elif best.order < 0.3:
            out.append(say('the name "{column}" does not say it points at the firm, and the '
                           "workers of one firm are not listed together",
                           column=best.worker_column))
    return out


def _link_from(firms: RawTable, workers: RawTable, best: _Cand, distinct: list[_Cand],
               firm_named: str | None, worker_named: str | None,
               worker_id_named: str | None) -> Link:
    n_w = workers.n_rows
    findings: list[Finding] = []
    orphan_idx = np.flatnonzero(best.assignment == -2)
    missing_idx = np.flatnonzero(best.assignment == -1)
    wk = _text_keys(workers.data[best.worker_column])
    examples = list(dict.fromkeys(wk.value(int(i)) or "" for i in orphan_idx))[:N_EXAMPLES]
    n_without = best.n_firms - best.n_firms_with_workers
    parts = [say('Workers are linked to their firm by column "{worker_column}" of {workers} → '
                 '"{firm_column}" of {firms}, found from the data: {evidence}',
                 worker_column=best.worker_column, workers=workers.name,
                 firm_column=best.firm_column, firms=firms.name, evidence=best.evidence(n_w))]
    if not best.name_support:
        parts.append(say(" (the column names do not say so)"))
    if len(orphan_idx):
        parts.append(say(". {n} worker rows point at no firm (rows {rows}; values {values})",
                         n=f"{len(orphan_idx):,}", rows=_rows_text(workers, orphan_idx),
                         values=", ".join(f"\"{e}\"" for e in examples)))
    if len(missing_idx):
        parts.append(say(". {n} worker rows have no firm value", n=f"{len(missing_idx):,}"))
    msg = joined(parts)
    doubts = _doubts(best)
    findings.append(Finding("warning" if doubts else "info", msg, workers.name, None,
                            best.worker_column, "link_weak" if doubts else "link_found"))
    if worker_named and worker_named != best.worker_column:
        findings.append(Finding(
            "info", f"Column \"{worker_named}\" is named like the firm link, but the data says "
            f"\"{best.worker_column}\" is the link ({best.evidence(n_w)})", workers.name, None,
            worker_named, "link_not_named"))
    if firm_named and firm_named != best.firm_column:
        findings.append(Finding(
            "info", f"The firm ID is taken from column \"{best.firm_column}\", not "
            f"\"{firm_named}\": the workers' firm values match it", firms.name, None,
            best.firm_column, "link_not_named"))
    question = None
    rivals = [c for c in distinct[1:] if c.score >= best.score - CLOSE]
    if rivals or doubts:
        question = _question(best, distinct, n_w, doubts, rivals)
    key, id_col, more = _worker_key(workers, best.worker_column, worker_id_named,
                                    np.where(best.assignment >= 0, best.assignment, -1))
    findings += more
    confidence = max(0.05, min(1.0, best.score))
    if question is not None:
        confidence = min(confidence, 0.6)
    return Link(best.firm_column, best.worker_column, round(best.inclusion, 4), len(orphan_idx),
                examples, n_without, key, round(confidence, 3), findings, question, id_col)


def _candidate_list(distinct: list[_Cand], n_w: int) -> list[Candidate]:
    return [Candidate(c.worker_column, round(min(1.0, max(0.0, c.score)), 3), c.evidence(n_w))
            for c in distinct[:4]]


_NONE_OF_THESE = "none of these: the workers cannot be linked to a firm"


def _question(best: _Cand, distinct: list[_Cand], n_w: int, doubts: list[str],
              rivals: list[_Cand]) -> Question:
    cands = [*_candidate_list(distinct, n_w), Candidate(None, 0.0, say(_NONE_OF_THESE))]
    reasons = []
    if rivals:
        r = rivals[0]
        reasons.append(say(
            'two columns fit almost equally well: "{first}" ({first_share} of worker rows match, '
            '{first_with} of {first_firms} firms have workers) and "{second}" ({second_share} '
            "match, {second_with} of {second_firms} firms)", first=best.worker_column,
            first_share=_pct(best.inclusion), first_with=best.n_firms_with_workers,
            first_firms=best.n_firms, second=r.worker_column, second_share=_pct(r.inclusion),
            second_with=r.n_firms_with_workers, second_firms=r.n_firms))
    reasons += doubts
    return Question("workers.firm_id", "workers", "firm_id",
                    "Which column links workers to their firm?", cands, joined(reasons, "; "))


def _implausible(firms: RawTable, workers: RawTable, best: _Cand, distinct: list[_Cand],
                 worker_id_named: str | None) -> Link:
    """Values that fall inside the firm IDs by chance (ages 18..60 among firm numbers 1..160,
    worker numbers 1..8): nothing names the column a link and it reaches few firms, so it is
    not taken; the user is asked, "none of these" first."""
    n_w = workers.n_rows
    why = say('Column "{column}" of {workers} has values that fall among the firm IDs '
              "({evidence}), but its name does not say it points at the firm and it reaches "
              "only {with_workers} of {firms} firms, so it is not taken as the link: no firm "
              "link was found from the data", column=best.worker_column, workers=workers.name,
              evidence=best.evidence(n_w), with_workers=best.n_firms_with_workers,
              firms=best.n_firms)
    question = Question(
        "workers.firm_id", "workers", "firm_id", "Which column links workers to their firm?",
        [Candidate(None, 0.5, say(_NONE_OF_THESE)), *_candidate_list(distinct, n_w)],
        say('no column is named like a firm link, and the best match ("{column}") reaches '
            "only {with_workers} of {firms} firms", column=best.worker_column,
            with_workers=best.n_firms_with_workers, firms=best.n_firms))
    key, id_col, more = _worker_key(workers, None, worker_id_named, None)
    return Link(best.firm_column, None, 0.0, 0, [], best.n_firms, key, 0.0,
                [Finding("warning", why, workers.name, None, None, "no_link"), *more],
                question, id_col)


def _named_only(firms: RawTable, workers: RawTable, firm_col: str, worker_col: str,
                worker_id_named: str | None, why: str) -> Link:
    """The mapper's names with no support from the data: kept as the guess, and asked."""
    fk = _text_keys(firms.data[firm_col])
    wk = _text_keys(workers.data[worker_col])
    fset = set(fk.uniques)
    w_vals = np.array(wk.uniques, dtype=object)
    counts = wk.counts()
    hit = np.array([u in fset for u in wk.uniques], dtype=bool)
    present = wk.n_present
    matched = int(counts[hit].sum()) if len(hit) else 0
    rate = matched / present if present else 0.0
    orphan_rows = np.flatnonzero(wk.present & ~np.append(hit, False)[wk.codes])
    examples = [str(v) for v in w_vals[~hit][:N_EXAMPLES]] if len(hit) else []
    used = {u for u, h in zip(wk.uniques, hit, strict=True) if h}
    without = sum(1 for u in fk.uniques if u not in used)
    evidence = (f"the names say so, but only {_pct(rate)} of {present:,} worker rows with a value "
                f"match one of the {len(fk.uniques):,} values of \"{firm_col}\"")
    msg = (f"{why}. The columns named like the firm ID are kept as a guess: \"{worker_col}\" → "
           f"\"{firm_col}\"; {evidence}")
    if len(orphan_rows):
        msg += f" (rows {_rows_text(workers, orphan_rows)} point at no firm)"
    findings = [Finding("warning", msg, workers.name, None, worker_col, "link_weak")]
    question = Question(
        "workers.firm_id", "workers", "firm_id", "Which column links workers to their firm?",
        [Candidate(worker_col, 0.3, evidence),
         Candidate(None, 0.0, say(_NONE_OF_THESE))],
        say("only the column names support the link; {share} of worker rows match",
            share=_pct(rate)))
    key, id_col, more = _worker_key(workers, worker_col, worker_id_named, None)
    return Link(firm_col, worker_col, round(rate, 4), len(orphan_rows), examples, without, key,
                0.3, findings + more, question, id_col)


def _one_table(firms: RawTable | None, workers: RawTable | None, firm_named: str | None,
               worker_named: str | None, worker_id_named: str | None) -> Link:
    """Only one of the tables (or both on one sheet): no link to test; the firm key of a
    firm-only table and the worker key of a worker-only table are still found."""
    findings: list[Finding] = []
    question = None
    firm_col = None
    confidence = 0.0
    if firms is not None and firms is not workers:
        keys = key_candidates(firms)
        cols = firms.data.columns
        if firm_named in cols and any(c == firm_named for c, _ in keys):
            firm_col, confidence = firm_named, 0.9
        elif keys:
            firm_col, score = keys[0]
            confidence = score
            taken = [say('Column "{column}" is taken as the firm ID: its values differ on every '
                         "row and are never missing", column=firm_col)]
            if firm_named in cols:
                taken.append(say(' ("{named}", named like one, repeats or is missing on some '
                                 "rows)", named=firm_named))
            findings.append(Finding("info", joined(taken), firms.name, None, firm_col,
                                    "firm_key_found"))
            # with no worker table any unique column identifies the firms equally well; ask
            # only when nothing in the name says it is an ID
            if _firm_key_name(_last_part(fold(firm_col), firm_col)) <= 0:
                question = Question(
                    "firms.firm_id", "firms", "firm_id", "Which column identifies the firm?",
                    [Candidate(c, s, say("values differ on every row and are never missing"))
                     for c, s in keys[:4]],
                    say('no column is named like a firm ID; "{column}" is the first of {n} '
                        "column(s) whose values differ on every row", column=firm_col,
                        n=len(keys)))
        elif firm_named in cols:
            firm_col, confidence = firm_named, 0.3
    worker_col = worker_named if workers is not None and worker_named in workers.data.columns \
        else None
    key: tuple[str, ...] = ("worker_id",)
    id_col = None
    if workers is not None:
        key, id_col, more = _worker_key(workers, worker_col, worker_id_named, None)
        findings += more
    return Link(firm_col, worker_col, 0.0, 0, [], 0, key, round(confidence, 3), findings,
                question, id_col)


__all__ = ["Link", "find_link", "key_candidates", "restarts_within"]
