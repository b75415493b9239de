"""JSON files that are always whole: the one writer for projects, autosaves and import memories.

A save goes to a temp file in the target's folder, is flushed and fsync'ed, renamed over the
target and the folder is fsync'ed too, so after a crash or power cut the file is either the old
version or the new one, never half of one (and the rename itself survives). Values JSON cannot
hold are made JSON first (:func:`json_safe`): NaN and infinities become null, numpy scalars plain
numbers, tuples lists, paths text; anything else is refused in plain words (TypeError).

It lives at the bottom layer so every layer that saves JSON (the project file, the autosave, the
remembered import reviews; core.project.project_file re-exports it) gets the same guarantees.
"""

from __future__ import annotations

import json
import math
import numbers
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.common.atomic import atomic_open, fsync_folder


def json_safe(value: Any) -> Any:
    """``value`` with every part JSON can hold as JSON would read it back.

    Non-finite numbers become None (JSON has no NaN); numpy scalars and arrays become Python
    numbers and lists; tuples become lists; mapping keys become text; paths become text. Raises
    TypeError naming the type for anything else (an object, a function), so a bad value is found
    before a file is touched.
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, Mapping):
        return {(k if isinstance(k, str) else str(json_safe(k))): json_safe(v)
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    item = getattr(value, "item", None)  # numpy bool_ and other 0-d scalars
    tolist = getattr(value, "tolist", None)  # numpy arrays
    if callable(tolist):
        return json_safe(tolist())
    if callable(item):
        return json_safe(item())
    raise TypeError(f"A value of type {type(value).__name__} cannot be written to a JSON file")


def json_text(data: Any) -> str:
    """The text :func:`write_json_atomic` writes: UTF-8 friendly, indented, no NaN."""
    return json.dumps(json_safe(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_json_atomic(data: Any, path: Path | str) -> Path:
    """Write JSON so the file is always either the old or the new version, never half of one:
    a temp file in the same folder, flushed and fsync'ed, renamed over the target, then the
    folder fsync'ed so the rename is on disk too. Raises TypeError (before touching any file)
    for a value JSON cannot hold, OSError when the disk refuses."""
    return write_text_atomic(json_text(data), path)


def write_text_atomic(text: str, path: Path | str) -> Path:
    """Write UTF-8 text as :func:`write_json_atomic` does: the old file or the whole new one,
    never half of one (core.common.atomic: temp file beside it, fsync, rename, folder fsync,
    permissions kept, no temp file left, a read-only target refused)."""
    path = Path(path)
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


__all__ = ["fsync_folder", "json_safe", "json_text", "write_json_atomic", "write_text_atomic"]
