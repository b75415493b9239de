"""The choices a user makes in each analysis view, as data: saved in the project (``views.state``)
and given to ``run_analysis``, so ``analyze`` computes the very tables the window shows.

Each part reads its own JSON leniently (:meth:`from_json` keeps what is valid and falls back to the
default for anything else: a project written by hand or by an older version never fails to open
over a view choice). Whether a choice is *available* for a survey (an outcome it lacks) is decided
when the choice is resolved against the data, by the module that computes the view's numbers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

VIEW_KEYS = ("upgrading", "outcomes", "matrix", "chart_builder")
"""Keys of ``views.state`` in a project file, one per analysis view."""
CUTOFF_KINDS = ("median", "mean", "value")
BUILDER_LEVELS = ("workers", "firms")
BUILDER_KINDS = ("bar", "box", "histogram", "scatter")
CUTOFF_DECIMALS = 2
"""A cut-off value has two decimals (what the window's box shows and keeps)."""


def _text(data: Mapping, key: str, default: str | None) -> str | None:
    value = data.get(key, default)
    return value if isinstance(value, str) and value else default


def _mapping(data: Any) -> Mapping:
    return data if isinstance(data, Mapping) else {}


@dataclass(frozen=True)
class UpgradingChoice:
    """The firm category the share bars are split by ("none": all firms together)."""

    split: str = "sector"

    def to_json(self) -> dict:
        return {"by": self.split}

    @classmethod
    def from_json(cls, data: Any) -> UpgradingChoice:
        data = _mapping(data)
        return cls(_text(data, "by", _text(data, "split", cls.split)))


@dataclass(frozen=True)
class OutcomeChoice:
    """The outcome, the grouping compared, and the worker category drawn side by side."""

    outcome: str = "wage_to_minimum"
    grouping: str = "upgraded_any"
    breakdown: str = "none"

    def to_json(self) -> dict:
        return {"outcome": self.outcome, "grouping": self.grouping, "breakdown": self.breakdown}

    @classmethod
    def from_json(cls, data: Any) -> OutcomeChoice:
        data = _mapping(data)
        return cls(*(_text(data, f.name, f.default) for f in fields(cls)))


@dataclass(frozen=True)
class MatrixChoice:
    """Whose MS index makes a firm's social score (all workers, or one level of a worker
    category), and the social cut-off: the median or mean of the firm means, or a value."""

    breakdown_var: str = "all"
    breakdown: str = "all"
    cutoff_kind: str = "median"
    cutoff_value: float = 0.6

    def to_json(self) -> dict:
        return {"breakdown_var": self.breakdown_var, "breakdown": self.breakdown,
                "cutoff_kind": self.cutoff_kind, "cutoff_value": self.cutoff_value}

    @classmethod
    def from_json(cls, data: Any) -> MatrixChoice:
        data = _mapping(data)
        kind = _text(data, "cutoff_kind", cls.cutoff_kind)
        value = data.get("cutoff_value", cls.cutoff_value)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value) or not 0.0 <= value <= 1.0:
            value = cls.cutoff_value
        var = _text(data, "breakdown_var", cls.breakdown_var)
        level = data.get("breakdown", cls.breakdown)
        level = str(level) if isinstance(level, str | int | float) and not isinstance(
            level, bool) else cls.breakdown
        if var == "all":
            level = "all"
        return cls(var, level, kind if kind in CUTOFF_KINDS else cls.cutoff_kind,
                   round(float(value), CUTOFF_DECIMALS))


@dataclass(frozen=True)
class BuilderChoice:
    """The chart builder: table (workers or firms), chart kind, variable, grouping and the second
    variable of a scatter; None = the builder's default for the data."""

    level: str = "workers"
    kind: str = "bar"
    variable: str | None = None
    group: str | None = None
    y_variable: str | None = None

    def to_json(self) -> dict:
        return {"level": self.level, "kind": self.kind, "variable": self.variable,
                "group": self.group, "y_variable": self.y_variable}

    @classmethod
    def from_json(cls, data: Any) -> BuilderChoice:
        data = _mapping(data)
        level = _text(data, "level", cls.level)
        kind = _text(data, "kind", cls.kind)
        return cls(level if level in BUILDER_LEVELS else cls.level,
                   kind if kind in BUILDER_KINDS else cls.kind,
                   _text(data, "variable", None), _text(data, "group", None),
                   _text(data, "y_variable", None))


@dataclass(frozen=True)
class ViewChoices:
    """Every view's choices; its JSON is a project's ``views.state`` (other keys there are
    ignored here and kept by the project file)."""

    upgrading: UpgradingChoice = UpgradingChoice()
    outcomes: OutcomeChoice = OutcomeChoice()
    matrix: MatrixChoice = MatrixChoice()
    chart_builder: BuilderChoice = BuilderChoice()

    def to_json(self) -> dict:
        return {key: getattr(self, key).to_json() for key in VIEW_KEYS}

    @classmethod
    def from_json(cls, state: Any) -> ViewChoices:
        state = _mapping(state)
        return cls(UpgradingChoice.from_json(state.get("upgrading")),
                   OutcomeChoice.from_json(state.get("outcomes")),
                   MatrixChoice.from_json(state.get("matrix")),
                   BuilderChoice.from_json(state.get("chart_builder")))

    @classmethod
    def coerce(cls, value: ViewChoices | Mapping | None) -> ViewChoices:
        return value if isinstance(value, ViewChoices) else cls.from_json(value)


__all__ = ["BUILDER_KINDS", "BUILDER_LEVELS", "CUTOFF_KINDS", "VIEW_KEYS", "BuilderChoice",
           "MatrixChoice", "OutcomeChoice", "UpgradingChoice", "ViewChoices"]
