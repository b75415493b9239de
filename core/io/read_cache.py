"""The read cache of DESIGN.md: a file read before opens from Parquet in the user's cache folder.

Keyed by the file's SHA-256 (with its name, kind, the header rows asked for and the reader code's
own fingerprint), so a changed file, a changed reader or a different header row is a miss; the
cache lives only in the folder the window configures (:func:`configure`), never beside the user's
file; the command line and tests read without it unless they configure one.

Exactness first (a cache that returns other values is "silent wrong"): numeric, boolean, date and
text columns go through Arrow and are checked after the write against what was read (dtype and
values); object columns, where readers keep a sheet's mixed cells (12.5, "n/a", a date, True), are
stored as one type tag per cell plus one Arrow column per type present, and come back as the same
Python objects. A table holding anything else (a timezone, a number beyond 64 bits, a label that
is not text) is not cached: that file is simply read again next time. A damaged or unreadable
entry is deleted and the file read as usual.

Writes happen on a background thread from an Arrow copy taken at once, so what later steps do to
the tables (codebook labels, restructuring) never reaches the cache; the entry appears by one
rename, and the oldest entries go when the cache passes :data:`MAX_ENTRIES` or :data:`MAX_BYTES`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.common.messages import message_from_json, message_json
from core.io.rawtable import RawTable

log = logging.getLogger(__name__)

FORMAT = 1
MAX_ENTRIES = 16
MAX_BYTES = 4 << 30
SUBFOLDER = "reads"
STALE_TEMP_SECONDS = 3600

_folder: Path | None = None
_writers: list[threading.Thread] = []
_lock = threading.Lock()


class Uncacheable(Exception):
    """The tables hold something the cache cannot give back exactly."""


def configure(folder: Path | str | None) -> None:
    """Use ``folder`` (created when needed) for the read cache; None switches it off."""
    global _folder
    _folder = Path(folder) / SUBFOLDER if folder is not None else None


def folder() -> Path | None:
    return _folder


def wait_for_writes(timeout: float | None = None) -> None:
    """Block until the background writes started so far have ended (tests, shutdown)."""
    with _lock:
        pending = list(_writers)
    for thread in pending:
        thread.join(timeout)


# ------------------------------------------------------------------------------------------ keys
def _code_stamp() -> str:
    """Fingerprint of the code that reads and restructures files (core.io, core.model,
    core.common): any change to it is a miss. A frozen build without sources falls back to the
    version number."""
    import core

    sha = hashlib.sha256(f"{FORMAT}:{core.__version__}".encode())
    root = Path(core.__file__).resolve().parent
    for sub in ("io", "model", "common"):
        for source in sorted((root / sub).glob("*.py")):
            try:
                sha.update(source.name.encode() + source.read_bytes())
            except OSError:
                sha.update(source.name.encode())
    return sha.hexdigest()[:16]


_stamp: str | None = None


def key(digest: str, name: str, kind: str, include_hidden: bool,
        header_rows: Mapping[str, int | None] | None) -> str:
    """The entry name for one read of one file content (:func:`derived_key` names what core
    makes of that read alone, e.g. its restructured tables)."""
    global _stamp
    if _stamp is None:
        _stamp = _code_stamp()
    rows = sorted((str(k), v) for k, v in (header_rows or {}).items())
    text = json.dumps([_stamp, digest, name, kind, bool(include_hidden), rows])
    return hashlib.sha256(text.encode()).hexdigest()


def derived_key(entry: str, what: str) -> str:
    """The entry of something computed from the read ``entry`` alone (deterministic)."""
    return hashlib.sha256(f"{entry}:{what}".encode()).hexdigest()


# -------------------------------------------------------------------------------- typed scalars
def _scalar(value: Any) -> list:
    kind = type(value)
    if kind is str:
        return ["s", value]
    if kind is bool or kind is np.bool_:
        return ["b", bool(value)]
    if kind is int or kind is np.int64 or kind is np.int32:
        number = int(value)
        if kind is int:
            return ["i", number]
        return ["i64" if kind is np.int64 else "i32", number]
    if kind is float or kind is np.float64:
        return ["f" if kind is float else "f64", float(value).hex()]
    raise Uncacheable(f"a {kind.__name__} among the labels or missing codes")


def _unscalar(item: list) -> Any:
    tag, value = item
    if tag == "s":
        return str(value)
    if tag == "b":
        return bool(value)
    if tag == "i":
        return int(value)
    if tag == "i64":
        return np.int64(value)
    if tag == "i32":
        return np.int32(value)
    if tag == "f":
        return float.fromhex(value)
    if tag == "f64":
        return np.float64(float.fromhex(value))
    raise ValueError(f"unknown tag {tag!r}")


def _text_map(mapping: Mapping) -> dict[str, str]:
    if not all(type(k) is str and type(v) is str for k, v in mapping.items()):
        raise Uncacheable("a column or question label that is not text")
    return dict(mapping)


def _meta_of(table: RawTable) -> dict:
    for column, labels in table.value_labels.items():
        if type(column) is not str or not all(type(v) is str for v in labels.values()):
            raise Uncacheable("a value label that is not text")
    return {
        "name": table.name,
        "header_row": table.header_row,
        "hidden": bool(table.hidden),
        "notes": [message_json(n) for n in table.notes],
        "variable_labels": _text_map(table.variable_labels),
        "value_labels": {c: [[_scalar(code), label] for code, label in labels.items()]
                         for c, labels in table.value_labels.items()},
        "missing_values": {str(c): [_scalar(v) for v in values]
                           for c, values in table.missing_values.items()},
        "missing_ranges": {str(c): [[_scalar(lo), _scalar(hi)] for lo, hi in ranges]
                           for c, ranges in table.missing_ranges.items()},
        "has_source_rows": table.source_rows is not None,
    }


# ------------------------------------------------------------------------- object columns, cells
_TAGS: dict[type, int] = {type(None): 0, str: 2, int: 3, float: 4, bool: 5, dt.date: 6,
                          dt.datetime: 7, dt.time: 8, dt.timedelta: 9}
_NAN = 1
_PARTS = {2: "str", 3: "int", 4: "float", 5: "bool", 6: "date", 7: "datetime", 8: "time",
          9: "timedelta"}


def _tag_cells(values: np.ndarray) -> np.ndarray:
    tags = np.fromiter((_TAGS.get(type(v), -1) for v in values), dtype=np.int8,
                       count=len(values))
    if (tags < 0).any():
        odd = type(values[int(np.flatnonzero(tags < 0)[0])]).__name__
        raise Uncacheable(f"a cell of type {odd}")
    floats = np.flatnonzero(tags == 4)
    if len(floats):
        as_float = values[floats].astype(float)
        tags[floats[np.isnan(as_float)]] = _NAN
    return tags


def _encode_object(name: str, values: np.ndarray) -> dict[str, Any]:
    """One object column as ``{arrow column name: array}``: the tags, and per type present one
    full-length part holding that type's cells (null elsewhere)."""
    import pyarrow as pa

    tags = _tag_cells(values)
    parts: dict[str, Any] = {f"{name}\x00tag": pa.array(tags, type=pa.int8())}
    for tag in np.unique(tags):
        if tag in (0, _NAN):
            continue
        holder = np.full(len(values), None, dtype=object)
        mask = tags == tag
        holder[mask] = values[mask]
        cells = holder.tolist()
        if int(tag) in (7, 8) and any(c.tzinfo is not None or c.fold
                                      for c in values[mask]):
            raise Uncacheable("a date or time with a time zone")
        parts[f"{name}\x00{_PARTS[int(tag)]}"] = _arrow_part(int(tag), cells)
    return parts


def _arrow_part(tag: int, cells: list):
    import pyarrow as pa

    types = {2: pa.string(), 3: pa.int64(), 4: pa.float64(), 5: pa.bool_(), 6: pa.date32(),
             7: pa.timestamp("us"), 8: pa.time64("us"), 9: pa.duration("us")}
    try:
        return pa.array(cells, type=types[tag])
    except (OverflowError, pa.ArrowInvalid) as exc:
        raise Uncacheable("a number or date the cache cannot hold exactly") from exc


def _decode_object(table, name: str) -> np.ndarray:
    tags = table.column(f"{name}\x00tag").to_numpy()
    out = np.full(len(tags), None, dtype=object)
    out[tags == _NAN] = np.nan
    for tag, part in _PARTS.items():
        column = f"{name}\x00{part}"
        if column not in table.column_names:
            continue
        holder = np.empty(len(tags), dtype=object)
        holder[:] = table.column(column).to_pylist()
        where = tags == tag
        out[where] = holder[where]
    return out


# ------------------------------------------------------------------------------------- encoding
@dataclass
class _Encoded:
    arrow: Any  # pyarrow.Table of the whole RawTable
    meta: dict
    native: list[str]
    """Columns that went through Arrow as they are (checked after the write)."""
    reference: pd.DataFrame
    """Those columns as read, kept for the check (a shallow copy: the frames are not edited)."""


def _encode_table(table: RawTable) -> _Encoded:
    import pyarrow as pa

    data = table.data
    columns = list(data.columns)
    if not all(type(c) is str for c in columns) or len(set(columns)) != len(columns):
        raise Uncacheable("column names that are not unique text")
    if not isinstance(data.index, pd.RangeIndex) or data.index.start != 0 \
            or data.index.step != 1:
        raise Uncacheable("an index other than the row number")
    if any("\x00" in c for c in columns):
        raise Uncacheable("a column name with a NUL character")
    meta = _meta_of(table)
    native = [c for c in columns if data[c].dtype != object]
    arrays: dict[str, Any] = {}
    if native:
        frame = pa.Table.from_pandas(data[native], preserve_index=False)
        for c in native:
            arrays[f"{c}\x00native"] = frame.column(c)
        native_meta = frame.schema.metadata or {}
        meta["pandas"] = native_meta.get(b"pandas", b"").decode()
    for c in columns:
        if c not in native:
            arrays.update(_encode_object(c, data[c].to_numpy()))
    if table.source_rows is not None:
        arrays["\x00source_rows"] = pa.array(np.asarray(table.source_rows, dtype=np.int64))
    meta["columns"] = columns
    meta["columns_dtype"] = str(data.columns.dtype)
    meta["native"] = native
    meta["native_dtypes"] = [str(data[c].dtype) for c in native]
    meta["n_rows"] = len(data)
    return _Encoded(pa.table(arrays) if arrays else pa.table({}), meta, native,
                    data[native].copy(deep=False))


def _decode_table(arrow, meta: dict) -> RawTable:
    import pyarrow as pa

    columns: list[str] = meta["columns"]
    native = set(meta["native"])
    n_rows = int(meta["n_rows"])
    data: dict[str, Any] = {}
    if native:
        names = [c for c in columns if c in native]
        frame = pa.table({c: arrow.column(f"{c}\x00native") for c in names})
        frame = frame.replace_schema_metadata({b"pandas": meta["pandas"].encode()})
        decoded = frame.to_pandas()
        for c, dtype in zip(names, meta["native_dtypes"], strict=True):
            column = decoded[c]
            if str(column.dtype) != dtype and dtype.startswith("datetime64["):
                column = column.astype(dtype)  # Parquet has no seconds unit: back to it
            data[c] = column
    for c in columns:
        if c not in native:
            data[c] = pd.Series(_decode_object(arrow, c), dtype=object)
    names_index = pd.Index(columns, dtype=meta["columns_dtype"])
    frame = pd.DataFrame(data, columns=columns) if columns else pd.DataFrame(
        index=pd.RangeIndex(n_rows), columns=names_index)
    frame.columns = names_index
    if len(frame) != n_rows:
        raise ValueError(f"{len(frame)} rows for {n_rows}")
    source_rows = arrow.column("\x00source_rows").to_numpy() \
        if meta["has_source_rows"] else None
    return RawTable(
        name=meta["name"], data=frame, header_row=meta["header_row"], source_rows=source_rows,
        variable_labels=dict(meta["variable_labels"]),
        value_labels={c: {_unscalar(code): label for code, label in items}
                      for c, items in meta["value_labels"].items()},
        missing_values={c: [_unscalar(v) for v in values]
                        for c, values in meta["missing_values"].items()},
        missing_ranges={c: [(_unscalar(lo), _unscalar(hi)) for lo, hi in ranges]
                        for c, ranges in meta["missing_ranges"].items()},
        hidden=bool(meta["hidden"]), notes=[message_from_json(n) for n in meta["notes"]])


# ---------------------------------------------------------------------------------- public API
@dataclass
class Cached:
    tables: list[RawTable]
    notes: list[str]
    extra: dict
    """What the caller stored beside the tables (JSON)."""


def load(entry: str) -> Cached | None:
    """The tables, notes and extra of a cached entry, or None (no cache, a miss, or a damaged
    entry, which is then deleted)."""
    if _folder is None:
        return None
    where = _folder / entry
    meta_path = where / "meta.json"
    if not meta_path.is_file():
        return None
    try:
        import pyarrow.parquet as pq

        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError("another cache format")
        tables = [_decode_table(pq.read_table(where / f"t{i}.parquet"), table_meta)
                  for i, table_meta in enumerate(meta["tables"])]
        os.utime(meta_path)  # recently used: kept longest
        return Cached(tables, [message_from_json(n) for n in meta["notes"]],
                      dict(meta.get("extra") or {}))
    except Exception:
        log.warning("The cached read %s could not be used; reading the file again", where,
                    exc_info=True)
        shutil.rmtree(where, ignore_errors=True)
        return None


def store(entry: str, tables: list[RawTable], notes: list[str],
          extra: dict | None = None) -> bool:
    """Start keeping tables (Arrow copy now, files written on a background thread) with notes
    and a JSON ``extra``; False when there is no cache or the tables cannot be given back
    exactly."""
    if _folder is None:
        return False
    try:
        encoded = [_encode_table(t) for t in tables]
    except Uncacheable as exc:
        log.info("Not cached (%s): the file will be read again next time", exc)
        return False
    except Exception:
        log.info("Not cached: the tables could not be converted", exc_info=True)
        return False
    meta = {"format": FORMAT, "notes": [message_json(n) for n in notes],
            "tables": [e.meta for e in encoded], "extra": extra or {}}
    try:
        json.dumps(meta)
    except (TypeError, ValueError):
        log.info("Not cached: notes or extra that are not JSON", exc_info=True)
        return False
    target = _folder
    thread = threading.Thread(target=_write, args=(target, entry, encoded, meta),
                              name="read-cache-writer", daemon=True)
    with _lock:
        _writers[:] = [t for t in _writers if t.is_alive()]
        _writers.append(thread)
    thread.start()
    return True


def _write(folder_path: Path, entry: str, encoded: list[_Encoded], meta: dict) -> None:
    import pyarrow.parquet as pq

    final = folder_path / entry
    temp = folder_path / f".tmp-{uuid.uuid4().hex}"
    try:
        temp.mkdir(parents=True)
        for i, item in enumerate(encoded):
            pq.write_table(item.arrow, temp / f"t{i}.parquet")
            _check_native(pq.read_table(temp / f"t{i}.parquet"), item)
        (temp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        if final.exists():
            return  # another read of the same content got there first
        os.replace(temp, final)
    except _Mismatch as exc:
        log.info("Not cached (%s): the file will be read again next time", exc)
    except Exception:
        log.info("The read cache could not be written in %s", folder_path, exc_info=True)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    _prune(folder_path)


class _Mismatch(Exception):
    pass


def _check_native(arrow, item: _Encoded) -> None:
    """What Arrow gives back for the columns it took as they are equals what was read."""
    if not item.native:
        return
    back = _decode_table(arrow, item.meta).data
    for c in item.native:
        got, want = back[c], item.reference[c]
        if got.dtype != want.dtype or not got.equals(want):
            raise _Mismatch(f"column {c!r} came back as {got.dtype}, read as {want.dtype}")


def _prune(folder_path: Path) -> None:
    """Oldest entries out until the cache is within :data:`MAX_ENTRIES` and :data:`MAX_BYTES`."""
    try:
        entries = []
        now = time.time()
        for child in folder_path.iterdir():
            if child.name.startswith(".tmp-"):  # a write cut short (the app was closed)
                if now - child.stat().st_mtime > STALE_TEMP_SECONDS:
                    shutil.rmtree(child, ignore_errors=True)
                continue
            meta = child / "meta.json"
            if child.is_dir() and meta.is_file():
                size = sum(f.stat().st_size for f in child.iterdir() if f.is_file())
                entries.append((meta.stat().st_mtime, size, child))
        entries.sort(reverse=True)  # newest first
        total = 0
        for i, (_, size, child) in enumerate(entries):
            total += size
            if i >= MAX_ENTRIES or total > MAX_BYTES:
                shutil.rmtree(child, ignore_errors=True)
    except OSError:
        log.info("The read cache in %s could not be tidied", folder_path, exc_info=True)
