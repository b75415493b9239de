"""Analyses of small surveys remembered by exactly what they were computed from (issue 14).

A facet ticked and unticked again, an undo, a redo, a reopened project or a second window on
the same survey asks :func:`core.analysis.pipeline.run_analysis` for a result it has already
computed; on the sample that is 2–3 s of bootstrap and permutation tests each time. Here the
result is kept as pickled bytes under a SHA-256 of its inputs: each frame's column names,
types, index and every cell (:func:`_add_frame`), and the rules, settings, subsets and view
choices as sorted JSON (:func:`_canonical`), so:

- a hit is what a fresh run would return: the analysis is deterministic (fixed seeds) and the
  key holds every input it reads (frames, rules, settings, subsets, view choices, the
  minimum-wage table, or the size and time of its file, as ``ensure_prepared`` checks it);
- an equal key means equal inputs, values and Python types alike ("1" and 1 differ); inputs
  that are equal but spelled differently (a subset's values in another order) only miss, they
  never hit wrongly;
- every hit is a new object (unpickled), so a caller that changes its result cannot change the
  next one.

Only surveys up to :data:`MAX_CELLS` cells are remembered: larger ones would pay for hashing
and copying what the window's prepared survey and quick pass already save.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

MAX_CELLS = 1_000_000
"""Firm and worker cells (rows × columns) up to which results are remembered."""
MAX_ENTRIES = 8
MAX_BYTES = 64 * 1024 * 1024
"""At most this many remembered results, and bytes of them; the least recently used go first."""

_lock = threading.Lock()
_entries: OrderedDict[bytes, bytes] = OrderedDict()
_state = {"enabled": True, "hits": 0, "misses": 0}


def _cells(frame: pd.DataFrame | None) -> int:
    return 0 if frame is None else int(frame.shape[0]) * max(int(frame.shape[1]), 1)


def key_of(firms: pd.DataFrame, workers: pd.DataFrame | None, inputs: tuple[Any, ...]
           ) -> bytes | None:
    """The key of an analysis of these frames and other ``inputs`` (all picklable values),
    or None when it is not to be remembered (too large, switched off, not picklable)."""
    if not _state["enabled"] or _cells(firms) + _cells(workers) > MAX_CELLS:
        return None
    digest = hashlib.sha256()
    try:
        for frame in (firms, workers):
            _add_frame(digest, frame)
        digest.update(pickle.dumps([_canonical(v) for v in inputs],
                                   protocol=pickle.HIGHEST_PROTOCOL))
    except Exception:  # an odd cell type: just compute, never fail over a cache
        return None
    return digest.digest()


def _add_frame(digest: Any, frame: pd.DataFrame | None) -> None:
    """Feed ``frame``'s column names, types and cell values to ``digest``. Not the frame's own
    pickle: pandas keeps caches in it (a boolean column pickles differently once it has been
    read), which would make the same survey a new key after every analysis."""
    def add(*parts: Any) -> None:
        for part in parts:
            data = part if isinstance(part, bytes) else pickle.dumps(
                part, protocol=pickle.HIGHEST_PROTOCOL)
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)

    if frame is None:
        add("no frame")
        return
    add("frame", list(frame.columns), frame.index.tolist(), dict(frame.attrs))
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        dtype = column.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            add("categorical", column.cat.categories.tolist(), bool(dtype.ordered),
                column.cat.codes.to_numpy().tobytes())
        elif isinstance(dtype, np.dtype) and dtype.kind != "O":
            add(str(dtype), np.ascontiguousarray(column.to_numpy()).tobytes())
        else:  # object, strings, nullable: every cell as the Python value it is (1 ≠ "1")
            add(str(dtype), column.to_numpy(dtype=object).tolist())


def _canonical(value: Any) -> Any:
    """Rules, subsets, settings and view choices as sorted JSON text, so the same request made
    from a project's JSON or from objects gives one key (JSON keeps 1 and "1" apart); anything
    else, or what JSON cannot hold, as itself (pickled with the frames)."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value
    plain = value.to_json() if hasattr(value, "to_json") and callable(value.to_json) else value
    if not isinstance(plain, (dict, list, tuple, str, int, float, bool, type(None))):
        return value
    try:
        return ("json", json.dumps(plain, sort_keys=True, ensure_ascii=False))
    except (TypeError, ValueError):
        return value


def recall(key: bytes | None) -> Any | None:
    """A new copy of the result remembered under ``key``, or None."""
    if key is None:
        return None
    with _lock:
        data = _entries.get(key)
        if data is None:
            _state["misses"] += 1
            return None
        _entries.move_to_end(key)
        _state["hits"] += 1
    return pickle.loads(data)


def remember(key: bytes | None, result: Any) -> None:
    """Keep ``result`` under ``key`` (nothing when the key is None or it cannot be pickled)."""
    if key is None:
        return
    try:
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # not remembered; the result itself is fine
        return
    if len(data) > MAX_BYTES:
        return
    with _lock:
        _entries[key] = data
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES or sum(map(len, _entries.values())) > MAX_BYTES:
            _entries.popitem(last=False)


def clear() -> None:
    """Forget every remembered result."""
    with _lock:
        _entries.clear()


def counts() -> dict[str, int]:
    """Hits and misses so far, and results remembered now (for tests and benchmarks)."""
    with _lock:
        return {"hits": _state["hits"], "misses": _state["misses"], "entries": len(_entries)}


def enable(on: bool = True) -> None:
    """Remember results from now on (``on``) or compute every analysis afresh (a benchmark's
    baseline)."""
    with _lock:
        _state["enabled"] = bool(on)


@contextlib.contextmanager
def disabled() -> Iterator[None]:
    """Compute every analysis afresh inside the block (a test that patches the analysis'
    internals must see them run)."""
    with _lock:
        before = _state["enabled"]
        _state["enabled"] = False
    try:
        yield
    finally:
        with _lock:
            _state["enabled"] = before


__all__ = ["MAX_CELLS", "clear", "counts", "disabled", "enable", "key_of", "recall", "remember"]
