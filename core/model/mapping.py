"""Automatic role mapping: which column of a sheet plays which canonical role, and how sure we are.

Evidence, strongest first:
1. the column is named exactly like the role (``firm_id``, ``gender``): 0.99;
2. a role keyword (English, Vietnamese with or without diacritics, Thai, Burmese) in the column
   *name*; a Kobo/ODK group path (``firm_info/country``, ``firm_info-country``, ``section_b.b1``)
   is matched on its last part, the real column name is kept;
3. a keyword in the question text (variable label, second header row, codebook);
4. the values: a column whose values or value labels are the canonical spellings of a category role
   (Female/Male, Nữ/Nam, หญิง/ชาย) is that role even when its name says nothing; stage answers
   (CMT/FOB/ODM/OBM) make a stage column when the name says now or before; a 0/1 column of a split
   multi-select question (``q12/automation``) is the yes/no role its option names.
Values also veto: a yes/no role is never given to a column with many distinct numbers, a number role
never to a text column, a category role never to a column of yes/no or stage answers. Survey
metadata (``_uuid``, ``start``, ``deviceid`` …) is never mapped; link columns (``KEY``, ``_index``,
``_parent_index``) get no role but an ID (the keys module decides links from the data).
Each role gets at most one column and each column at most one role, the most confident pairs first;
each match says why (``evidence``) and names the runner-up, so a close call becomes a question.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import re
from collections import Counter, OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.common.messages import joined, say
from core.common.text import code_key, contains_phrase, fold
from core.io.rawtable import RawTable
from core.model.roles import NO_WORDS, YES_WORDS, Level, Role, roles_for

MIN_CONFIDENCE = 0.35

_YES_NO_LABELS = {fold(w) for w in (*YES_WORDS, *NO_WORDS, "yes", "no", "có", "không")}
_MISSING_LABEL_WORDS = (
    "don t know", "dont know", "do not know", "dk", "refused", "refuse", "not applicable", "n a",
    "na", "missing", "no answer", "no response", "not stated", "unknown", "skip", "skipped",
    "khong biet", "tu choi", "khong ap dung", "khong tra loi", "khong tra loi duoc",
    "in process", "not sure", "can t say", "cannot say",
)

# ----------------------------------------------------------------------------- metadata and links
_METADATA_NAMES = frozenset(n.casefold() for n in (
    # KoboToolbox
    "_uuid", "_id", "_submission_time", "_submitted_by", "_status", "_validation_status", "_notes",
    "_tags", "_version_", "__version__", "_xform_id_string", "_attachments", "_geolocation",
    "_duration", "_media_count", "_total_media", "_media_all_received", "_parent_table_name",
    "formhub/uuid", "meta/instanceID", "meta/instanceName", "meta/deprecatedID", "meta/rootUuid",
    "meta/audit",
    # XLSForm metadata questions (ODK, Kobo, SurveyCTO)
    "instanceID", "instanceName", "deprecatedID", "start", "end", "today", "deviceid",
    "subscriberid", "simserial", "simid", "phonenumber", "devicephonenum", "username", "audit",
    "starttime", "endtime", "duration", "caseid", "formdef_version",
    # ODK Central and SurveyCTO exports
    "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
    "ReviewState", "DeviceID", "FormVersion", "CompletionDate", "review_status", "review_quality",
    "review_comments", "review_corrections",
))
_METADATA_GROUPS = frozenset({"meta", "formhub", "__system"})
_LINK_NAMES = frozenset(n.casefold() for n in (
    "KEY", "PARENT_KEY", "_index", "_parent_index", "_submission__id", "_submission__uuid",
    "SET-OF", "_parent_key"))


def is_link_column(name: object) -> bool:
    """A repeat-group link column written by Kobo (``_index``, ``_parent_index``,
    ``_submission__id``) or ODK/SurveyCTO (``KEY``, ``PARENT_KEY``): kept for the keys module."""
    return str(name).strip().casefold() in _LINK_NAMES


def is_metadata_column(name: object) -> bool:
    """Survey-platform bookkeeping (submission IDs and times, device, enumerator user name,
    ``meta/instanceID`` …), never a question: no role is ever proposed for it. Link columns
    (``KEY``, ``_index``, ``_parent_index``) are not metadata (see :func:`is_link_column`)."""
    n = str(name).strip().casefold()
    if not n or n in _LINK_NAMES:
        return False
    if n in _METADATA_NAMES:
        return True
    if n.startswith("_submission__"):
        return True  # Kobo repeat sheets repeat the submission's metadata
    for sep in ("/", "-", ":", "."):
        if sep in n:
            group = n.rsplit(sep, 1)[0]
            if group in _METADATA_GROUPS or group.rsplit(sep, 1)[-1] in _METADATA_GROUPS:
                return True
    return False


# ----------------------------------------------------------------------------- group paths
_IDENT = re.compile(r"^[A-Za-z_][\w]*(?:[-.][A-Za-z_]\w*)*$")
_DASH_DOT_PATH = re.compile(r"^(?P<group>[A-Za-z_]\w*(?:[-.][A-Za-z_]\w*)*)[-.](?P<last>[A-Za-z_]\w*)$")


def _path_parts(name: str) -> tuple[str, str] | None:
    """(group, last part) of a Kobo/ODK path name, or None. ``/`` always separates a path; ``-``
    and ``.`` only between identifiers (the caller checks the group is shared by other columns)."""
    if "/" in name:
        group, last = name.rsplit("/", 1)
        if group.strip() and last.strip():
            return group, last
        return None
    m = _DASH_DOT_PATH.match(name.strip())
    if m:
        return m.group("group"), m.group("last")
    return None


def shared_groups(columns: list[str]) -> frozenset[str]:
    """Group prefixes that two or more columns share: the mark of a real questionnaire group."""
    counts = Counter(p[0] for p in (_path_parts(c) for c in columns) if p)
    return frozenset(g for g, n in counts.items() if n >= 2)


# ----------------------------------------------------------------------------- split multi-select
_OPTION_ROLES: dict[str, str] = {
    "automation": "automation", "automated": "automation", "robot": "automation",
    "robots": "automation", "cad": "cad_erp", "erp": "cad_erp", "lean": "line_reorganisation",
    "machines": "new_machinery", "machinery": "new_machinery", "machine": "new_machinery",
    "equipment": "new_machinery", "iso": "certification_new", "certification": "certification_new",
    "design": "design_added", "brand": "own_brand_added", "ownbrand": "own_brand_added",
    "rnd": "rnd_added", "rd": "rnd_added", "r_d": "rnd_added",
}
"""Option names of a split select-multiple question ("which of these did the firm do?") → role."""
_OPTION_NAME = re.compile(r"^(?P<q>[A-Za-z_][\w/.:-]*?)[/._:-](?P<opt>[A-Za-z][A-Za-z0-9]*)$")
_BINARY_KEYS = frozenset({"0", "1", "true", "false"})

# ----------------------------------------------------------------------------- stage answers
_STAGE_WORDS = ("cmt", "cmp", "cm", "cmtp", "fob", "oem", "odm", "obm", "ems", "gia cong",
                "assembly", "full package", "cut make trim", "lap rap")
_NOW_WORDS = ("now", "current", "currently", "today", "present", "hien nay", "hien tai",
              "this year", "latest")
_BEFORE_WORDS = ("before", "previous", "previously", "past", "ago", "earlier", "truoc",
                 "truoc day", "baseline", "formerly")
_STAGE_ROLES = {"stage_now": _NOW_WORDS, "stage_before": _BEFORE_WORDS}

# Thai and Burmese write words without spaces: their keywords match inside a longer name.
_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u1000-\u109f]")
_INCLUDING = re.compile(r"\b(?:incl|including|included|excl|excluding|bao gom|ke ca|khong ke|"
                        r"gom ca)\b.*$")


def _phrase_in(text_folded: str, phrase_folded: str) -> bool:
    if not phrase_folded:
        return False
    if _NO_SPACE_SCRIPT.search(phrase_folded):
        return phrase_folded in text_folded
    return contains_phrase(text_folded, phrase_folded)


@dataclass(frozen=True)
class ColumnProfile:
    """What the mapper needs to know about one column, computed once."""

    name: str
    name_folded: str
    label_folded: str
    n_nonmissing: int
    n_distinct: int
    numeric_share: float
    """Share of non-missing values that are numbers."""
    distinct_keys: frozenset[str]
    """Up to 50 distinct values as text keys (codes), for pattern checks."""
    value_label_texts: frozenset[str]
    """Folded value-label texts, excluding those that mean missing."""
    unique_share: float
    base_folded: str = ""
    """The last part of a group path (``firm_info/country`` → "country"); the name otherwise."""
    in_group: bool = False
    """The name is a path inside a group other columns share (the group words say less)."""
    option: tuple[str, str] | None = None
    """(question, option) of a split multi-select column with 0/1 answers, e.g. ("q12", "cad")."""
    examples: tuple[str, ...] = ()
    """Up to 6 distinct values (or value labels), most frequent first, for plain evidence."""
    median: float | None = None
    """Median of the numeric values (money is told by magnitude)."""
    metadata: bool = False
    link: bool = False


@dataclass(frozen=True)
class _ValueSummary:
    """The part of a column's profile that comes from its values (the costly part)."""

    n: int
    numeric_share: float
    median: float | None
    n_distinct: int
    top_keys: tuple[str, ...]
    """Up to 50 distinct text keys (:func:`code_key`), most frequent first, ties in the order
    the values first appear."""


_TOP_KEYS = 50


def _value_summary_rowwise(s: pd.Series) -> _ValueSummary:
    """The summary computed row by row (one :func:`code_key` per row): the reference that
    :func:`_value_summary` must equal, and its fallback for values it cannot group."""
    nonmissing = s.dropna()
    if not pd.api.types.is_numeric_dtype(nonmissing):
        nonmissing = nonmissing[nonmissing.map(lambda v: code_key(v) is not None)]
    n = len(nonmissing)
    if not n:
        return _ValueSummary(0, 0.0, None, 0, ())
    median = None
    numeric = pd.to_numeric(nonmissing, errors="coerce")
    if pd.api.types.is_bool_dtype(nonmissing):
        numeric = nonmissing.astype(float)
    numeric_share = float(numeric.notna().mean())
    if numeric.notna().any():
        median = float(numeric.dropna().astype(float).median())
    counts = nonmissing.map(code_key).value_counts()
    return _ValueSummary(n, numeric_share, median, len(counts),
                         tuple(str(k) for k in counts.index[:_TOP_KEYS]))


def _distinct_values(nonmissing: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """(the first row of each distinct value, in the order they first appear; how often each
    occurs). Values of different Python types are never merged (``1``, ``1.0``, ``True`` and
    ``"1"`` stay apart, as they may convert differently). TypeError for unhashable values."""
    values = nonmissing.to_numpy(dtype=object) if nonmissing.dtype == object else None
    if values is not None and len(set(map(type, values))) > 1:
        groups: dict[tuple[type, object], list[int]] = {}
        for i, v in enumerate(values):
            g = groups.get((type(v), v))
            if g is None:
                groups[(type(v), v)] = [i, 1]
            else:
                g[1] += 1
        first = np.array([g[0] for g in groups.values()], dtype=np.int64)
        counts = np.array([g[1] for g in groups.values()], dtype=np.int64)
    else:
        codes, uniques = pd.factorize(nonmissing)
        # codes number the values in the order they first appear: a value is new where its
        # code exceeds every code before it
        seen = np.maximum.accumulate(np.concatenate(([-1], codes[:-1]))) if len(codes) else codes
        first = np.flatnonzero(codes > seen)
        counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    return nonmissing.iloc[first], counts


_SUMMARY_CACHE: OrderedDict[tuple[str, int, bytes], _ValueSummary] = OrderedDict()
_SUMMARY_CACHE_SIZE = 4096
_CACHED_KINDS = frozenset("biufcmMO")
"""numpy dtype kinds (and the text dtype) whose hash covers every value exactly."""


_UNIFORM_INFERRED = frozenset({"string", "empty", "integer", "floating", "boolean", "bytes"})
"""``infer_dtype`` answers (missing values skipped) that mean one Python type for every value:
None and NaN may differ between two such columns, but every summary drops both alike."""


_OPEN_MEMO: contextvars.ContextVar[dict | None] = contextvars.ContextVar("fingerprints",
                                                                         default=None)


@contextlib.contextmanager
def one_open() -> Iterator[None]:
    """The steps of one open (layouts, classification, proposal, build) map the same columns
    up to 14 times, each time hashing every value to find the remembered summary (issue #14:
    8 s of a 1M-worker project). Inside this block a column's fingerprint is remembered by the
    identity of its data (buffer address, length, strides, dtype) and the column is kept alive
    until the block ends, so that buffer cannot be reused by another column; an edit through
    pandas never writes into a buffer another object holds (copy on write), so an edited
    column has new data and a new fingerprint. Per thread (a context variable)."""
    if _OPEN_MEMO.get() is not None:
        yield
        return
    token = _OPEN_MEMO.set({})
    try:
        yield
    finally:
        _OPEN_MEMO.reset(token)


def _data_identity(s: pd.Series) -> tuple[tuple, object] | None:
    """Who holds this column's values (an ndarray's buffer, or the extension array itself),
    and the object to keep alive so that no other column can get that buffer or id."""
    values = s.array
    if isinstance(values, pd.arrays.NumpyExtensionArray) or isinstance(s.dtype, np.dtype):
        data = s.to_numpy(copy=False)
        if not isinstance(data, np.ndarray):
            return None
        return ("np", data.__array_interface__["data"][0], data.strides, len(data),
                str(data.dtype)), data
    return ("ext", id(values), len(values), str(s.dtype)), values


def _fingerprint(s: pd.Series) -> tuple[str, int, bytes] | None:
    memo = _OPEN_MEMO.get()
    if memo is None:
        return _content_fingerprint(s)
    held = _data_identity(s)
    if held is None:
        return _content_fingerprint(s)
    identity, keep = held
    found = memo.get(identity)
    if found is None:  # the data is kept alive: its buffer stays its own until the block ends
        found = memo[identity] = (s, keep, _content_fingerprint(s))
    return found[2]


def _content_fingerprint(s: pd.Series) -> tuple[str, int, bytes] | None:
    """(dtype, length, digest of every value in order): what the value summary depends on, so
    equal fingerprints mean an equal summary whichever table or call the column comes from.
    Object columns also hash each value's type (pandas hashes ``1``, ``1.0``, ``True`` alike).
    None for dtypes not hashed exactly (categories, other extension types): not cached."""
    dtype = s.dtype
    exact = isinstance(dtype, pd.StringDtype) or (isinstance(dtype, np.dtype)
                                                  and dtype.kind in _CACHED_KINDS)
    if not exact:
        return None
    try:
        hashes = pd.util.hash_pandas_object(s, index=False).to_numpy()
    except (TypeError, ValueError):
        return None
    digest = hashlib.blake2b(hashes.tobytes(), digest_size=20)
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        # one type for every value (the usual text column): its name says it, without a Python
        # call per cell; mixed types hash each value's type
        inferred = pd.api.types.infer_dtype(s, skipna=True)
        digest.update(inferred.encode())
        if inferred not in _UNIFORM_INFERRED:
            digest.update(np.fromiter(map(id, map(type, s.to_numpy())), dtype=np.uint64,
                                      count=len(s)).tobytes())
    return str(dtype), len(s), digest.digest()


def _cached_value_summary(s: pd.Series) -> _ValueSummary:
    """:func:`_value_summary`, remembered by the column's content: the layout, level and study
    steps map the same tables many times, and a codebook or a reshape between two calls changes
    labels or makes a new column, never a stale summary (a changed value changes the digest)."""
    key = _fingerprint(s)
    if key is None:
        return _value_summary(s)
    hit = _SUMMARY_CACHE.get(key)
    if hit is not None:
        _SUMMARY_CACHE.move_to_end(key)
        return hit
    summary = _value_summary(s)
    _SUMMARY_CACHE[key] = summary
    if len(_SUMMARY_CACHE) > _SUMMARY_CACHE_SIZE:
        _SUMMARY_CACHE.popitem(last=False)
    return summary


def _numeric_summary(values: np.ndarray) -> _ValueSummary:
    """:func:`_value_summary` of a plain numeric column without a key per distinct value:
    distinct numbers have distinct keys (1.0 and 1 are one number), so only the most frequent
    need theirs (1M distinct amounts were 1M :func:`code_key` calls)."""
    if values.dtype.kind == "f":
        values = values[~np.isnan(values)]
    n = len(values)
    if not n:
        return _ValueSummary(0, 0.0, None, 0, ())
    codes, uniques = pd.factorize(values)  # numbered in order of first appearance
    counts = np.bincount(codes, minlength=len(uniques))
    top = np.argsort(-counts, kind="stable")[:_TOP_KEYS]  # ties keep first appearance
    keys = tuple(code_key(uniques[i].item()) for i in top)
    return _ValueSummary(n, 1.0, float(np.median(values.astype(float))), len(uniques), keys)


def _value_summary(s: pd.Series) -> _ValueSummary:
    """The values' summary from the distinct values (one :func:`code_key` per distinct value,
    not per row: a 100k-row column of a few answers costs a few calls), the same as
    :func:`_value_summary_rowwise` gives."""
    if (isinstance(s.dtype, np.dtype) and s.dtype.kind in "iuf"):
        return _numeric_summary(s.to_numpy())
    nonmissing = s.dropna()
    try:
        reps, counts = _distinct_values(nonmissing)
    except TypeError:  # unhashable values (lists, dicts): group their text keys row by row
        return _value_summary_rowwise(s)
    keys = [code_key(v) for v in reps]
    if not pd.api.types.is_numeric_dtype(nonmissing):
        keep = np.fromiter((k is not None for k in keys), dtype=bool, count=len(keys))
        if not keep.all():
            reps = reps[keep]
            counts = counts[keep]
            keys = [k for k in keys if k is not None]
    n = int(counts.sum())
    if not n:
        return _ValueSummary(0, 0.0, None, 0, ())
    numeric = pd.to_numeric(reps, errors="coerce")
    if pd.api.types.is_bool_dtype(reps):
        numeric = reps.astype(float)
    valid = numeric.notna().to_numpy()
    numeric_share = float(np.float64(counts[valid].sum()) / n)
    median = None
    if valid.any():
        numbers = numeric[valid].astype(float).to_numpy()
        median = float(pd.Series(np.repeat(numbers, counts[valid])).median())
    by_key: dict[str, int] = {}
    for k, c in zip(keys, counts.tolist(), strict=True):
        if k is not None:
            by_key[k] = by_key.get(k, 0) + c
    ranked = sorted(by_key.items(), key=lambda kc: -kc[1])  # stable: ties keep first appearance
    return _ValueSummary(n, numeric_share, median, len(by_key),
                         tuple(k for k, _ in ranked[:_TOP_KEYS]))


def profile_column(table: RawTable, column: str,
                   groups: frozenset[str] | None = None) -> ColumnProfile:
    """Summarise one column (values, labels) for scoring. ``groups`` are the table's shared group
    prefixes (:func:`shared_groups`), computed from the table when not given."""
    v = _cached_value_summary(table.data[column])
    n, numeric_share, median, n_distinct = v.n, v.numeric_share, v.median, v.n_distinct
    distinct_keys = frozenset(v.top_keys)
    examples = v.top_keys[:6]
    labels = table.value_labels.get(column, {})
    label_texts = frozenset(
        f for f in (fold(t) for t in labels.values()) if f and not is_missing_label(f)
    )
    if labels:
        examples = tuple(str(t) for t in labels.values() if not is_missing_label(str(t)))[:6]
    if groups is None:
        groups = shared_groups([str(c) for c in table.data.columns])
    name = str(column)
    base, in_group = name, False
    parts = _path_parts(name)
    if parts and (parts[0] in groups or "/" in name):
        base, in_group = parts[1], parts[0] in groups
    option = None
    m = _OPTION_NAME.match(name.strip())
    if m and m.group("opt").casefold() in _OPTION_ROLES:
        folded_keys = {fold(k) for k in distinct_keys}
        if folded_keys and folded_keys <= _BINARY_KEYS and not label_texts - _YES_NO_LABELS:
            option = (re.split(r"[/:]", m.group("q"))[-1], m.group("opt"))
    return ColumnProfile(
        name=name,
        name_folded=fold(name),
        label_folded=fold(table.variable_labels.get(column, "")),
        n_nonmissing=n,
        n_distinct=n_distinct,
        numeric_share=numeric_share,
        distinct_keys=distinct_keys,
        value_label_texts=label_texts,
        unique_share=(n_distinct / n) if n else 0.0,
        base_folded=fold(base),
        in_group=in_group,
        option=option,
        examples=examples,
        median=median,
        metadata=is_metadata_column(name),
        link=is_link_column(name),
    )


@functools.lru_cache(maxsize=16384)
def is_missing_label(label: str) -> bool:
    """Does a value label mean 'no real answer' (don't know, refused, not applicable...)?
    Remembered: a load asks it of the same labels in every mapping pass (#14)."""
    f = fold(label)
    return any(contains_phrase(f, w) for w in _MISSING_LABEL_WORDS)


_KEYWORD_CACHE: dict[tuple[int, str, bool], tuple[Role, tuple[float, str]]] = {}
_KEYWORD_CACHE_SIZE = 50000


def _keyword_match(role: Role, text_folded: str, reorder: bool = True) -> tuple[float, str]:
    """:func:`_match_keywords`, remembered: a column name is scored against the same roles by
    every mapping pass of a load (14 passes for two tables), and the answer depends on the role
    and the text only. The role is kept with the answer, so its id cannot be reused meanwhile."""
    key = (id(role), text_folded, reorder)
    hit = _KEYWORD_CACHE.get(key)
    if hit is not None and hit[0] is role:
        return hit[1]
    result = _match_keywords(role, text_folded, reorder)
    if len(_KEYWORD_CACHE) >= _KEYWORD_CACHE_SIZE:
        _KEYWORD_CACHE.clear()
    _KEYWORD_CACHE[key] = (role, result)
    return result


def _match_keywords(role: Role, text_folded: str, reorder: bool = True) -> tuple[float, str]:
    """(0..1, keyword): the longest role keyword found in the text, longer phrases being more
    specific; 0 when a word of ``role.excluding`` is there (outside an "incl./excl." aside).
    ``reorder`` also accepts a phrase's words in another order ("sales share from new sector")."""
    if not text_folded:
        return 0.0, ""
    excluding, keywords = _role_words(role)
    core_text = _INCLUDING.sub("", text_folded)
    if any(_phrase_in(core_text, w) for w in excluding):
        return 0.0, ""
    best, best_kw = 0.0, ""
    present = set(_stems(text_folded))
    for kw, k, no_space, n_words, strength, stems in keywords:
        if _phrase_in(text_folded, k):
            if strength > best:
                best, best_kw = strength, kw
        elif (reorder and not no_space and n_words >= 2 and stems <= present
              and 0.9 * strength > best):
            # the same words in another order or form ("Sales share from new sector")
            best, best_kw = 0.9 * strength, kw
    return best, best_kw


_ROLE_WORDS: dict[int, tuple[Role, tuple[str, ...], tuple]] = {}


def _role_words(role: Role) -> tuple[tuple[str, ...], tuple]:
    """The role's excluding words folded, and per keyword (raw, folded, no-space script, word
    count, strength, stems): folded once per role, not once per column and pass."""
    hit = _ROLE_WORDS.get(id(role))
    if hit is not None and hit[0] is role:
        return hit[1], hit[2]
    excluding = tuple(fold(w) for w in role.excluding)
    keywords = []
    for kw in (role.name, *role.keywords):
        k = fold(kw)
        if not k:
            continue
        no_space = bool(_NO_SPACE_SCRIPT.search(k))
        n_words = len(kw.split()) if no_space else len(k.split())
        strength = min(0.55 + 0.12 * min(n_words, 3) + (0.05 if len(k) >= 8 else 0.0), 0.9)
        keywords.append((kw, k, no_space, n_words, strength, frozenset(_stems(k))))
    _ROLE_WORDS[id(role)] = (role, excluding, tuple(keywords))
    return excluding, tuple(keywords)


def _keyword_strength(role: Role, text_folded: str) -> float:
    """0..1: the longest role keyword found in the text, longer phrases being more specific."""
    return _keyword_match(role, text_folded)[0]


def _stems(text_folded: str) -> list[str]:
    """Words with a plural -s dropped, so 'products' meets 'product' and 'sales' meets 'sale'."""
    out = []
    for w in text_folded.split():
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def _value_texts(prof: ColumnProfile) -> set[str]:
    """The folded answers a value check looks at: value labels, else text values."""
    texts = set(prof.value_label_texts)
    if not texts and prof.numeric_share < 0.5:
        texts = {fold(k) for k in prof.distinct_keys}
    return {t for t in texts if t and not is_missing_label(t)}


def _category_value_match(role: Role, prof: ColumnProfile) -> float:
    """Share of the column's distinct values/labels that are canonical spellings of the role."""
    if not role.canonical_values:
        return 0.0
    spellings = {fold(s) for alts in role.canonical_values.values() for s in alts}
    spellings |= {fold(k) for k in role.canonical_values}
    texts = _value_texts(prof)
    if not texts:
        return 0.0
    return sum(t in spellings for t in texts) / len(texts)


def _stage_value_share(prof: ColumnProfile) -> float:
    """Share of the distinct text answers that name a value-chain stage (CMT, FOB, ODM, OBM)."""
    texts = _value_texts(prof)
    if len(texts) < 2:
        return 0.0
    return sum(any(contains_phrase(t, w) for w in _STAGE_WORDS) for t in texts) / len(texts)


def _looks_yes_no(prof: ColumnProfile) -> bool:
    if prof.value_label_texts:
        return bool(prof.value_label_texts) and prof.value_label_texts <= _YES_NO_LABELS
    folded = {fold(k) for k in prof.distinct_keys}
    if not folded:
        return True
    # answers that mean "no answer" (Don't know, 98, 99) say nothing about the column's kind
    real = {f for f in folded if not is_missing_label(f) and (not f.isdigit() or int(f) < 90)}
    return real <= _YES_NO_LABELS


def _yes_no_words_only(prof: ColumnProfile) -> bool:
    """Answers are yes/no *words* (Yes/No, Có/Không, ใช่/ไม่ใช่), not bare codes like 1/2."""
    texts = _value_texts(prof)
    return bool(texts) and texts <= _YES_NO_LABELS and any(not t.isdigit() for t in texts)


def _kind_fit(role: Role, prof: ColumnProfile, level_table_rows: int) -> float:
    """Multiplier 0..1: do the values fit the role's kind? 0 vetoes."""
    if prof.n_nonmissing == 0:
        return 0.6  # an empty column may still be the right one; say so with lower confidence
    if role.kind == "yesno":
        return 1.0 if _looks_yes_no(prof) else 0.15
    if role.kind in ("number", "weight"):
        if prof.numeric_share >= 0.9:
            # a number role coded with few labelled categories is suspicious (e.g. age groups)
            return 0.7 if prof.value_label_texts and prof.n_distinct <= 8 else 1.0
        return 0.1
    if role.kind == "ordinal":
        if prof.numeric_share >= 0.9 and prof.n_distinct <= 12:
            return 1.0
        if role.name in _STAGE_ROLES and _stage_value_share(prof) >= 0.6:
            return 1.0
        return 0.2
    if role.kind == "id":
        return 1.0 if prof.n_distinct >= 2 else 0.3
    if role.kind == "category":
        if prof.n_distinct > 60 and prof.unique_share > 0.5:
            return 0.2
        if _yes_no_words_only(prof) or _stage_value_share(prof) >= 0.6:
            return 0.2  # answers of a yes/no or a stage question, whatever the name says
        if (role.canonical_values and not prof.value_label_texts and prof.numeric_share >= 0.9
                and prof.n_distinct > 12):
            return 0.3  # many distinct numbers are not a handful of categories
        return 1.0
    return 1.0


def _plain(keyword: str) -> str:
    """A keyword as the evidence shows it: "new product", not the role name "new_product"."""
    return keyword.replace("_", " ")


def _show(values: tuple[str, ...], n: int = 4) -> str:
    return "/".join(values[:n]) + ("/…" if len(values) > n else "")


def score_with_evidence(role: Role, prof: ColumnProfile, n_rows: int) -> tuple[float, str]:
    """Confidence 0..1 that ``prof`` is the column for ``role``, and why, in plain words."""
    if prof.metadata or (prof.link and role.kind != "id"):
        return 0.0, ""
    role_f = fold(role.name)
    name_score, name_ev = 0.0, ""
    if role.name != "weight" and role_f in (prof.name_folded, prof.base_folded):
        name_score, name_ev = 0.99, say("the column is named '{role}'", role=role.name)
    elif prof.option is not None:
        question, opt = prof.option
        if _OPTION_ROLES[opt.casefold()] == role.name:
            name_score = 0.8
            name_ev = say("option '{option}' of the multi-select question '{question}' (answers "
                          "{answers} and blanks)" if prof.n_nonmissing < n_rows else
                          "option '{option}' of the multi-select question '{question}' (answers "
                          "{answers})", option=opt, question=question,
                          answers=_show(prof.examples))
    else:
        # a group path's words ("process/iso_new") count less, and never reordered: the group
        # name and the question name are not one phrase
        texts = [(prof.base_folded or prof.name_folded, 1.0, True)]
        if prof.base_folded and prof.base_folded != prof.name_folded:
            texts.append((prof.name_folded, 0.9 if prof.in_group else 1.0, not prof.in_group))
        for text, factor, reorder in texts:
            s, kw = _keyword_match(role, text, reorder)
            if s * factor > name_score:
                name_score, name_ev = s * factor, say("name contains '{keyword}'",
                                                      keyword=_plain(kw))
    label_s, label_kw = _keyword_match(role, prof.label_folded)
    label_score = 0.92 * label_s
    value_score, value_ev = 0.0, ""
    match = _category_value_match(role, prof)
    if match >= 0.6:
        value_score, value_ev = 0.45 + 0.4 * match, say("values are {values}",
                                                        values=_show(prof.examples))
    if role.name in _STAGE_ROLES and _stage_value_share(prof) >= 0.6:
        says = f"{prof.base_folded or prof.name_folded} {prof.label_folded}"
        other = _BEFORE_WORDS if role.name == "stage_now" else _NOW_WORDS
        if (any(contains_phrase(says, w) for w in _STAGE_ROLES[role.name])
                and not any(contains_phrase(says, w) for w in other)):
            value_score = max(value_score, 0.75)
            value_ev = say("values are stages ({values}) and the name says now"
                           if role.name == "stage_now" else
                           "values are stages ({values}) and the name says before",
                           values=_show(prof.examples))
    base = max(name_score, label_score, value_score)
    if base == 0.0:
        return 0.0, ""
    label_ev = say("question text contains '{keyword}'", keyword=_plain(label_kw))
    if base == name_score:
        parts = [name_ev]
    elif base == label_score:
        parts = [label_ev]
    else:
        parts = [value_ev]
    if name_score and label_score:
        if base == name_score:
            parts.append(label_ev)
        base = min(0.99, base + 0.05)
    fit = _kind_fit(role, prof, n_rows)
    if fit >= 1.0 and prof.n_nonmissing:
        if role.kind == "yesno" and _yes_no_words_only(prof) and "values are" not in "; ".join(parts):
            parts.append(say("values are {values}", values=_show(prof.examples)))
        elif (role.name == "pay_amount" and prof.median is not None
              and 1e5 <= prof.median <= 1e8):
            base = min(0.99, base + 0.03)
            parts.append(say("values of about {median} have the size of monthly pay in đồng "
                             "(VND)", median=f"{prof.median:,.0f}"))
    elif fit < 1.0:
        parts.append(say("the values do not fit well"))
    return float(base * fit), joined(parts, "; ")


_SCORE_CACHE: dict[ColumnProfile, dict[tuple[int, int], tuple[Role, tuple[float, str]]]] = {}
_SCORE_CACHE_SIZE = 20000


def _cached_score(role: Role, prof: ColumnProfile, n_rows: int) -> tuple[float, str]:
    """:func:`score_with_evidence`, remembered: it depends only on the role, the profile (equal
    profiles score alike) and the row count. The role object is kept with its score, so its id
    cannot be reused by another role while the entry lives."""
    by_role = _SCORE_CACHE.get(prof)
    if by_role is None:
        if len(_SCORE_CACHE) >= _SCORE_CACHE_SIZE:
            _SCORE_CACHE.clear()
        by_role = _SCORE_CACHE[prof] = {}
    hit = by_role.get((id(role), n_rows))
    if hit is not None and hit[0] is role:
        return hit[1]
    result = score_with_evidence(role, prof, n_rows)
    by_role[(id(role), n_rows)] = (role, result)
    return result


def score_column(role: Role, prof: ColumnProfile, n_rows: int) -> float:
    """Confidence 0..1 that ``prof`` is the column for ``role``."""
    return score_with_evidence(role, prof, n_rows)[0]


@dataclass(frozen=True)
class RoleMatch:
    role: str
    column: str
    confidence: float
    runner_up: str | None = None
    """The next-best column for this role among the columns no other role took (a close one is a
    question for the user, not a silent choice)."""
    runner_up_confidence: float = 0.0
    evidence: str = ""
    """Why, in plain words: "name contains 'wage'", "values are Có/Không"."""


def map_table(table: RawTable, level: Level) -> list[RoleMatch]:
    """Propose a column for each role of ``level`` in ``table`` (roles with no candidate omitted)."""
    columns = [str(c) for c in table.data.columns]
    groups = shared_groups(columns)
    profiles = [profile_column(table, c, groups) for c in table.data.columns]
    roles = roles_for(level)
    if not profiles or not roles:
        return []
    scored = [[_cached_score(r, p, table.n_rows) for p in profiles] for r in roles]
    scores = np.array([[s for s, _ in row] for row in scored])
    evidence = [[e for _, e in row] for row in scored]
    return _assign(roles, profiles, scores, evidence)


def _assign(roles: list[Role], profiles: list[ColumnProfile], scores: np.ndarray,
            evidence: list[list[str]] | None = None) -> list[RoleMatch]:
    """Greedy one-to-one assignment, most confident pair first (ties: questionnaire order)."""
    chosen: dict[int, tuple[int, float]] = {}
    used_cols: set[int] = set()
    order = np.argsort(-scores, axis=None, kind="stable")
    for flat in order:
        ri, ci = divmod(int(flat), scores.shape[1])
        s = scores[ri, ci]
        if s < MIN_CONFIDENCE:
            break
        if ri in chosen or ci in used_cols:
            continue
        chosen[ri] = (ci, float(s))
        used_cols.add(ci)
    _order_pairs_by_year(roles, profiles, scores, chosen)
    matches: list[RoleMatch] = []
    for ri, (ci, s) in chosen.items():
        others = [c for c in range(scores.shape[1]) if c != ci and c not in used_cols]
        runner, runner_s = None, 0.0
        if others:
            best = max(others, key=lambda c: scores[ri, c])
            if scores[ri, best] >= MIN_CONFIDENCE:
                runner, runner_s = profiles[best].name, round(float(scores[ri, best]), 2)
        ev = evidence[ri][ci] if evidence is not None else ""
        matches.append(RoleMatch(roles[ri].name, profiles[ci].name, round(s, 2), runner, runner_s,
                                 ev))
    order_of = {r.name: i for i, r in enumerate(roles)}
    return sorted(matches, key=lambda m: order_of[m.role])


def select_multiple_roles(table: RawTable, level: Level,
                          taken: set[str] | frozenset[str] = frozenset()) -> list[RoleMatch]:
    """Yes/no roles answered inside one select-multiple column, as ODK and Kobo write it: the
    chosen option names separated by spaces ("machines cad lean"). Each option that names a role
    (:data:`_OPTION_ROLES`) gives a match on that column: the role is "yes" where the option is
    listed. Several roles share the column, so these are not part of :func:`map_table`'s
    one-to-one assignment; roles in ``taken`` (already mapped) are skipped."""
    if level != "firm":
        return []
    out: dict[str, RoleMatch] = {}
    for col in table.data.columns:
        name = str(col)
        if is_metadata_column(name) or is_link_column(name):
            continue
        values = table.data[col].dropna()
        values = values[values.map(lambda v: isinstance(v, str) and bool(v.strip()))]
        if len(values) < 2 or len(values) < 0.5 * table.data[col].notna().sum():
            continue
        token_lists = [v.split() for v in values]
        tokens = {t for ts in token_lists for t in ts}
        if not any(len(ts) > 1 for ts in token_lists) or len(tokens) > 30:
            continue
        known = {t for t in tokens if t.casefold() in _OPTION_ROLES}
        if len(known) < 2 or len(known) < 0.5 * len(tokens):
            continue
        example = next(v for v, ts in zip(values, token_lists, strict=True) if len(ts) > 1)
        for opt in sorted(known):
            role_name = _OPTION_ROLES[opt.casefold()]
            if role_name in taken or role_name in out:
                continue
            n_yes = sum(opt in ts for ts in token_lists)
            out[role_name] = RoleMatch(
                role_name, name, 0.75,
                evidence=(f"'{name}' lists the chosen options of a multi-select question "
                          f"(\"{example}\"); option '{opt}' is chosen by {n_yes} of "
                          f"{len(values)} firms that answered"))
    order_of = {r.name: i for i, r in enumerate(roles_for(level))}
    return sorted(out.values(), key=lambda m: order_of[m.role])


_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_PAIRED_ROLES = (("stage_before", "stage_now"), ("price_setting_before", "price_setting_now"))


def _order_pairs_by_year(roles: list[Role], profiles: list[ColumnProfile], scores: np.ndarray,
                         chosen: dict[int, tuple[int, float]]) -> None:
    """A before/now pair whose names carry years the wrong way round (now = 2016, before = 2019)
    is swapped: the earlier year is before (core.model.pairs gives the full year evidence)."""
    index = {r.name: i for i, r in enumerate(roles)}
    for before, now in _PAIRED_ROLES:
        bi, ni = index.get(before), index.get(now)
        if bi is None or ni is None or bi not in chosen or ni not in chosen:
            continue
        years = []
        for ri in (bi, ni):
            found = _YEAR.findall(profiles[chosen[ri][0]].name)
            years.append(int(found[0]) if len(found) == 1 else None)
        if None not in years and years[0] > years[1]:
            (bc, _), (nc, _) = chosen[bi], chosen[ni]
            chosen[bi] = (nc, float(scores[bi, nc]))
            chosen[ni] = (bc, float(scores[ni, bc]))


def table_level_scores(table: RawTable,
                       matches: Mapping[str, list[RoleMatch]] | None = None) -> dict[str, float]:
    """How firm-like and worker-like a table is: summed confidence of its role matches (the
    firm ID aside), plus a bonus when the sheet's name says firms or workers. ``matches``: the
    table's ``map_table`` results per level when the caller already has them."""
    out: dict[str, float] = {}
    for level in ("firm", "worker"):
        found = matches[level] if matches is not None else map_table(table, level)
        out[level] = sum(m.confidence for m in found if m.role != "firm_id")
    name = fold(table.name)
    if any(w in name for w in ("firm", "enterprise", "company", "establishment", "doanh nghiep",
                               "cong ty", "employer")):
        out["firm"] += 2.0
    if any(w in name for w in ("worker", "employee", "individual", "respondent", "person",
                               "nguoi lao dong", "cong nhan", "nld", "staff")):
        out["worker"] += 2.0
    return out
