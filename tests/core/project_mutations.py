"""Mutated project files (issue #15, item 10): every value of the sample project replaced, one at a
time, by a value of another type, and a few structural attacks (deep nesting, NaN, huge numbers).

:func:`mutations` yields (key path, mutated project object); :func:`outcome` opens one as the
window does (read, check the data files, build the survey, analyse) and says how it ended:
``"ok"``, ``"refused"`` (a plain-words UserFacingError) or ``"crash: <type>"`` (anything else,
which the window can only show as "Something went wrong inside").
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ANALYSED_KEYS = ("rules", "subset", "settings", "views", "subsets", "comparison", "x_deep")
"""Top-level keys the analysis reads (the others are read by the survey build already)."""
REPLACEMENTS: list[Any] = [None, True, 0, -1, 2.5, 10**30, "", "x", [], [1, "a"], {},
                           {"a": 1}, math.nan, math.inf]


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(value, dict):  # every top-level key, the first few of deeper mappings
        for k, v in list(value.items())[:None if not path else 4]:
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            yield from _paths(v, (*path, i))


def _set(data: Any, path: tuple, value: Any) -> Any:
    data = copy.deepcopy(data)
    if not path:
        return value
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def rich_project(project: dict) -> dict:
    """The sample project with every optional key filled (rules, subset, settings, views, named
    subsets, comparison), so their values are mutated too."""
    from core.analysis.rules import default_rules

    rules = default_rules()
    rules["types"] = dict(list(rules["types"].items())[:2])
    return {**project, "rules": rules,
            "subset": {"firms": {"country": ["Vietnam"]}, "firm_ranges": {"employees": [10, 500]},
                       "workers": {"gender": ["female"]}},
            "settings": {"min_firms": 3, "few_firms": 30, "outcomes": ["monthly_wage"],
                         "group_vars": ["highest_type"], "survey_years": {"Vietnam": 2019},
                         "controls": ["gender"], "bootstrap_draws": 99},
            "views": {"open": ["firms", "upgrading"], "current": "upgrading",
                      "state": {"upgrading": {"by": "sector"}}},
            "subsets": {"VN": {"firms": {"country": ["Vietnam"]}}}, "active_subset": "VN",
            "comparison": {"b": {"firms": {"country": ["Thailand"]}}}}


class Deep:
    """A list nested ``depth`` deep, written as text (json.dumps itself cannot nest that far)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth


DEEP_MARK = "__deep_nesting__"


def mutations(project: dict) -> Iterator[tuple[str, Any]]:
    """Every (path, replacement) of the project, plus structural attacks. The path's first
    part says whether the analysis reads it (ANALYSED_KEYS)."""
    for path in _paths(project):
        if path[:1] in (("format",), ("version",)) or not path:
            continue
        for value in REPLACEMENTS:
            yield "/".join(map(str, path)) + f" = {value!r}"[:60], _set(project, path, value)
    for depth in (100, 600, 5000, 200_000):
        yield f"x_deep nested {depth}", {**project, "x_deep": Deep(depth)}
        yield f"settings nested {depth}", {**project, "settings": {"a": Deep(depth)}}
        yield f"rules nested {depth}", {**project, "rules": {"types": Deep(depth)}}


def write(path: Path, data: Any) -> Path:
    """The project as JSON text (NaN and Infinity as the tokens Python writes)."""
    deep: list[int] = []

    def encode(value: Any) -> Any:
        if isinstance(value, Deep):
            deep.append(value.depth)
            return DEEP_MARK
        raise TypeError(type(value).__name__)

    text = json.dumps(data, allow_nan=True, default=encode)
    for depth in deep:
        text = text.replace(f'"{DEEP_MARK}"', "[" * depth + "]" * depth, 1)
    path.write_text(text, encoding="utf-8")
    return path


def outcome(path: Path, *, analyse: bool = True) -> str:
    """How ``analyze PATH`` (read, check the data files, build the survey, analyse, print) ends
    (see module docstring); ``analyse=False``: ``inspect PATH`` (no analysis, faster). Runs in
    this process; the output is discarded."""
    import contextlib
    import io

    from core.cli.main import main

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["analyze" if analyse else "inspect", str(path)])
    text = err.getvalue()
    if code == 0:
        return "ok"
    if "Something went wrong inside" in text or "Traceback" in text:
        return "crash: " + text.split("(", 1)[-1].split(")", 1)[0][:100]
    return "refused"
