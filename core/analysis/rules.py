"""Upgrading rules as data, their validation, and their vectorised three-valued evaluation.

No published algorithm assigns firms to upgrading types (DOMAIN.md), so every rule is a plain,
JSON-serialisable dict the researcher can read, edit and save, and every firm's category comes with
an explanation naming the items that fired and the items that were missing.

A rule set::

    {"types": {"process": {"any": ["new_machinery", ...]}, ...},
     "bargaining": {"now": "price_setting_now", "before": "price_setting_before"},
     "downgrading": {"any": [{"stage_change": ["stage_now", "stage_before"], "op": "<"}, ...]}}

An expression is ``{"any": [items]}`` or ``{"all": [items]}``; an item is a yes/no role name, a
comparison ``{"role": r, "op": ">", "value": 0}``, a stage change
``{"stage_change": ["stage_now", "stage_before"], "op": ">"}``, or a nested expression.

Logic (DOMAIN.md "Default rules, exactly"): an ``any`` is true if one condition is true, unknown if
all conditions are missing, otherwise false (one known "no" beside missing items is "no"); an ``all``
uses Kleene logic (false if one is false, true if all are true, else unknown). Conditions on roles the
survey lacks are left out; a type none of whose roles exist is not computed and is reported.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from core.common.errors import RuleError
from core.common.messages import say
from core.common.paths import resource_path
from core.model.roles import Role, roles_for

RESOURCES = resource_path()
DEFAULT_RULES_PATH = RESOURCES / "default_rules.json"

TYPES: tuple[str, ...] = ("process", "product", "functional", "chain", "end_market")
RANKED_TYPES: tuple[str, ...] = ("process", "product", "functional", "chain")
"""The four Humphrey–Schmitz types, lowest to highest; end-market is reported beside them."""
HIGHEST_TYPE_VALUES: tuple[str, ...] = ("none", "process", "product", "functional", "chain",
                                        "unknown")
BARGAINING_VALUES: tuple[str, ...] = ("worse", "unchanged", "improved")

_OPS = {
    ">": np.greater, ">=": np.greater_equal, "<": np.less, "<=": np.less_equal,
    "==": np.equal, "!=": np.not_equal,
}
_EQUALITY_OPS = ("==", "!=")
_FIRM_ROLES: dict[str, Role] = {r.name: r for r in roles_for("firm")}
_TOP_KEYS = {"types", "bargaining", "downgrading", "format", "version", "name", "note"}


# ------------------------------------------------------------------------------ loading

def default_rules() -> dict:
    """The DOMAIN.md version-1 rule set, read fresh from resources (callers may mutate it)."""
    return load_rules(DEFAULT_RULES_PATH)


def load_rules(path: str | Path) -> dict:
    """Read and validate a rule set saved as JSON."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RuleError(f"The rule file is not valid JSON: {exc.msg}",
                        where=f"{path.name}, line {exc.lineno}",
                        todo="Fix the file or restore the default rules") from None
    return validate_rules(data)


def rules_to_json(rules: Mapping) -> str:
    """Serialise a (validated) rule set, stable and human-readable."""
    return json.dumps(validate_rules(rules), indent=2, ensure_ascii=False)


# ------------------------------------------------------------------------------ validation

def validate_rules(rules: Any) -> dict:
    """Check a user rule set and return a normalised deep copy, or raise RuleError saying what is
    wrong, where, and what to do. Roles are checked against the canonical firm roles, not the
    survey: a rule may mention a role this survey lacks (it is then left out at evaluation)."""
    if not isinstance(rules, Mapping):
        raise RuleError("A rule set must be an object with a 'types' entry",
                        todo='Start from the default rules, e.g. {"types": {"process": ...}}')
    unknown = set(rules) - _TOP_KEYS
    if unknown:
        raise RuleError(f"Unknown entry {sorted(unknown)[0]!r} in the rule set",
                        todo=f"Use only {', '.join(sorted(_TOP_KEYS))}")
    types = rules.get("types")
    if not isinstance(types, Mapping) or not types:
        raise RuleError("The rule set has no 'types' object",
                        todo="Define at least one of " + ", ".join(TYPES))
    out = copy.deepcopy(dict(rules))
    for name, expr in types.items():
        if name not in TYPES:
            raise RuleError(f"Unknown upgrading type {name!r}", where="rules → types",
                            todo="Use " + ", ".join(TYPES))
        out["types"][name] = _check_top(expr, f"rule for {name}")
    if rules.get("downgrading") is not None:
        out["downgrading"] = _check_top(rules["downgrading"], "rule for downgrading")
    barg = rules.get("bargaining")
    if barg is not None:
        if not isinstance(barg, Mapping) or set(barg) != {"now", "before"}:
            raise RuleError("'bargaining' must name two roles, 'now' and 'before'",
                            where="rules → bargaining",
                            todo='Write {"now": "price_setting_now", '
                                 '"before": "price_setting_before"}')
        for key in ("now", "before"):
            _check_ordered_role(barg[key], f"rules → bargaining → {key}")
    return out


def _check_top(expr: Any, where: str) -> dict:
    """A type's expression must be any/all; a bare item is accepted as a one-item ``any``."""
    if not (isinstance(expr, Mapping) and len(expr) == 1 and next(iter(expr)) in ("any", "all")):
        expr = {"any": [expr]}
    _check_expr(expr, where)
    return copy.deepcopy(dict(expr))


def _check_expr(expr: Any, where: str) -> None:
    if isinstance(expr, str):
        r = _known_role(expr, where)
        if r.kind != "yesno":
            hint = (f'compare it, e.g. {{"role": "{expr}", "op": ">", "value": 0}}'
                    if r.kind in ("number", "ordinal") else
                    f'compare it, e.g. {{"role": "{expr}", "op": "==", "value": "..."}}')
            raise RuleError(f"Role {expr!r} is a {r.kind}, not yes/no, so it cannot stand alone",
                            where=where, todo=hint.capitalize())
        return
    if not isinstance(expr, Mapping):
        raise RuleError(f"Malformed rule item {expr!r}", where=where,
                        todo="Use a role name, a comparison, a stage change, or any/all")
    keys = set(expr)
    if keys in ({"any"}, {"all"}):
        (kind, items), = expr.items()
        if not isinstance(items, list) or not items:
            raise RuleError(f"'{kind}' needs a non-empty list of items", where=where)
        for i, item in enumerate(items, 1):
            _check_expr(item, f"{where}, item {i}")
        return
    if "role" in keys:
        if not keys <= {"role", "op", "value"} or keys != {"role", "op", "value"}:
            raise RuleError("A comparison needs exactly 'role', 'op' and 'value'", where=where,
                            todo='Write e.g. {"role": "unit_price_change_pct", "op": ">", '
                                 '"value": 0}')
        r = _known_role(expr["role"], where)
        op, value = expr["op"], expr["value"]
        _check_op(op, where)
        _check_value(r, op, value, where)
        return
    if "stage_change" in keys:
        if keys != {"stage_change", "op"}:
            raise RuleError("A stage change needs exactly 'stage_change' and 'op'", where=where)
        pair = expr["stage_change"]
        if not (isinstance(pair, list) and len(pair) == 2):
            raise RuleError("'stage_change' must list two roles, now and before", where=where,
                            todo='Write ["stage_now", "stage_before"]')
        for name in pair:
            _check_ordered_role(name, where)
        _check_op(expr["op"], where)
        return
    raise RuleError(f"Malformed rule item with keys {sorted(keys)}", where=where,
                    todo="Use a role name, {role, op, value}, {stage_change, op}, any or all")


def _known_role(name: Any, where: str) -> Role:
    if not isinstance(name, str) or name not in _FIRM_ROLES:
        raise RuleError(f"Unknown role {name!r}", where=where,
                        todo="Use a canonical firm role, e.g. new_machinery, stage_now")
    r = _FIRM_ROLES[name]
    if r.kind in ("id", "weight"):
        raise RuleError(f"Role {name!r} is an {r.kind} and cannot be used in a rule", where=where)
    return r


def _check_ordered_role(name: Any, where: str) -> None:
    r = _known_role(name, where)
    if r.kind not in ("number", "ordinal"):
        raise RuleError(f"Role {name!r} is a {r.kind}; only numbers or ordinal stages can be "
                        "compared now against before", where=where)


def _check_op(op: Any, where: str) -> None:
    if op not in _OPS:
        raise RuleError(f"Unknown operator {op!r}", where=where,
                        todo="Use one of " + " ".join(_OPS))


def _check_value(r: Role, op: str, value: Any, where: str) -> None:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if r.kind in ("number", "ordinal"):
        if not is_number:
            raise RuleError(f"Type clash: {r.name!r} is a number but is compared with "
                            f"{value!r}", where=where, todo="Compare it with a number")
        if value != value:  # NaN
            raise RuleError("A comparison value cannot be NaN", where=where)
    elif r.kind == "yesno":
        if not isinstance(value, bool):
            raise RuleError(f"Type clash: {r.name!r} is yes/no but is compared with "
                            f"{value!r}", where=where,
                            todo='Use the role name alone, or "value": true/false')
        if op not in _EQUALITY_OPS:
            raise RuleError(f"Yes/no role {r.name!r} only supports == and !=", where=where)
    elif r.kind == "category":
        if not isinstance(value, str):
            raise RuleError(f"Type clash: {r.name!r} is a category but is compared with "
                            f"{value!r}", where=where, todo="Compare it with a text value")
        if op not in _EQUALITY_OPS:
            raise RuleError(f"Category role {r.name!r} only supports == and !=", where=where)


# ------------------------------------------------------------------------------ evaluation

@dataclass
class _Tri:
    """A three-valued column: ``value`` is meaningful only where ``known``."""

    value: np.ndarray
    known: np.ndarray


@dataclass
class RuleResult:
    """Per-firm flags plus what could not be computed, for warnings and the About sheet."""

    table: pd.DataFrame
    """firm_id (when present), the computed types (nullable boolean), highest_type, upgrading_score,
    bargaining_change, downgraded, explanation. Indexed like the input firms."""
    computed: list[str] = field(default_factory=list)
    not_computed: list[str] = field(default_factory=list)
    left_out: dict[str, list[str]] = field(default_factory=dict)
    """Per type (and 'downgrading', 'bargaining'): roles named by the rule that the survey lacks."""
    warnings: list[str] = field(default_factory=list)


def _roles_in(expr: Any) -> list[str]:
    if isinstance(expr, str):
        return [expr]
    if "role" in expr:
        return [expr["role"]]
    if "stage_change" in expr:
        return list(expr["stage_change"])
    key = "any" if "any" in expr else "all"
    return [r for item in expr[key] for r in _roles_in(item)]


def _label(expr: Any) -> str:
    if isinstance(expr, str):
        return expr
    if "role" in expr:
        value = expr["value"]
        shown = str(value).lower() if isinstance(value, bool) else f"{value:g}" if isinstance(
            value, float) else str(value)
        return f"{expr['role']} {expr['op']} {shown}"
    if "stage_change" in expr:
        now, before = expr["stage_change"]
        return f"{now} {expr['op']} {before}"
    key = "any" if "any" in expr else "all"
    return f"{key} of ({', '.join(_label(i) for i in expr[key])})"


def describe_rules(rules: Mapping, language: str = "en") -> list[tuple[str, str]]:
    """The rules in plain words, one line per type, for readers of the results workbook and the
    report: ("Process", "yes when any of these is yes: invested in new machinery…; …") — in
    ``language`` (core.analysis.rule_words)."""
    from core.analysis.rule_words import describe_rules as in_words

    return in_words(validate_rules(rules), language)


def _yesno_column(firms: pd.DataFrame, name: str) -> _Tri:
    s = firms[name]
    if isinstance(s.dtype, pd.BooleanDtype) or s.dtype == bool:
        arr = s.astype("boolean")
        return _Tri(arr.fillna(False).to_numpy(dtype=bool), arr.notna().to_numpy())
    if pd.api.types.is_numeric_dtype(s.dtype):
        x = s.to_numpy(dtype=float, na_value=np.nan)
        known = ~np.isnan(x)
        if np.any(known & (x != 0) & (x != 1)):
            raise RuleError(f"Yes/no role {name!r} holds numbers other than 0 and 1",
                            todo="Recode it to true/false in the study mapping")
        return _Tri(known & (x == 1), known)
    raise RuleError(f"Yes/no role {name!r} holds {s.dtype} values",
                    todo="Recode it to true/false in the study mapping")


def _number_column(firms: pd.DataFrame, name: str) -> np.ndarray:
    try:
        return firms[name].to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError):
        raise RuleError(f"Role {name!r} should hold numbers but holds text",
                        todo="Check the column mapped to it") from None


def _eval(expr: Any, firms: pd.DataFrame) -> _Tri | None:
    """Evaluate one item; None when the survey lacks a role it needs (the item is left out)."""
    n = len(firms)
    if isinstance(expr, str):
        return _yesno_column(firms, expr) if expr in firms.columns else None
    if "role" in expr:
        name, op, value = expr["role"], _OPS[expr["op"]], expr["value"]
        if name not in firms.columns:
            return None
        kind = _FIRM_ROLES[name].kind
        if kind == "yesno":
            col = _yesno_column(firms, name)
            return _Tri(op(col.value, bool(value)) & col.known, col.known)
        if kind == "category":
            s = firms[name].astype("string").str.strip().str.casefold()
            known = s.notna().to_numpy()
            hit = (s == value.strip().casefold()).fillna(False).to_numpy(dtype=bool)
            return _Tri((hit if expr["op"] == "==" else ~hit) & known, known)
        x = _number_column(firms, name)
        known = ~np.isnan(x)
        with np.errstate(invalid="ignore"):
            return _Tri(op(x, float(value)) & known, known)
    if "stage_change" in expr:
        now, before = expr["stage_change"]
        if now not in firms.columns or before not in firms.columns:
            return None
        a, b = _number_column(firms, now), _number_column(firms, before)
        known = ~(np.isnan(a) | np.isnan(b))
        with np.errstate(invalid="ignore"):
            return _Tri(_OPS[expr["op"]](a, b) & known, known)
    key = "any" if "any" in expr else "all"
    parts = [p for p in (_eval(item, firms) for item in expr[key]) if p is not None]
    if not parts:
        return None
    values = np.vstack([p.value & p.known for p in parts]) if parts else np.zeros((0, n), bool)
    knowns = np.vstack([p.known for p in parts])
    if key == "any":
        any_true = values.any(axis=0)
        return _Tri(any_true, any_true | knowns.any(axis=0))
    all_true = (values & knowns).all(axis=0)
    any_false = (knowns & ~values).any(axis=0)
    return _Tri(all_true, all_true | any_false)


def _join(masks: list[np.ndarray], labels: list[str], n: int) -> np.ndarray:
    """Comma-joined labels of the masks that are set, built column-wise (one pass per item)."""
    out = np.full(n, "", dtype=object)
    for mask, label in zip(masks, labels, strict=True):
        out = np.where(mask, np.where(out == "", label, out + ", " + label), out)
    return out


def _explain(name: str, expr: dict, firms: pd.DataFrame, result: _Tri) -> np.ndarray:
    """'process: yes (new_machinery, automation; missing: cad_erp)' and the like, per firm."""
    n = len(firms)
    key = "any" if "any" in expr else "all"
    items = [(item, _eval(item, firms)) for item in expr[key]]
    items = [(item, tri) for item, tri in items if tri is not None]
    labels = [_label(item) for item, _ in items]
    true_ = _join([t.known & t.value for _, t in items], labels, n)
    false_ = _join([t.known & ~t.value for _, t in items], labels, n)
    missing = _join([~t.known for _, t in items], labels, n)
    miss_txt = np.where(missing == "", "", "missing: " + missing)
    yes = np.where(miss_txt == "", f"{name}: yes (" + true_ + ")",
                   f"{name}: yes (" + true_ + "; " + miss_txt + ")")
    if key == "any":
        no = np.where(miss_txt == "", f"{name}: no", f"{name}: no (" + miss_txt + ")")
    else:
        no = np.where(miss_txt == "", f"{name}: no (false: " + false_ + ")",
                      f"{name}: no (false: " + false_ + "; " + miss_txt + ")")
    all_missing = true_ == ""
    all_missing &= false_ == ""
    unknown = np.where(all_missing, f"{name}: unknown (all of " + missing + " missing)",
                       f"{name}: unknown (" + miss_txt + ")")
    return np.where(result.known, np.where(result.value, yes, no), unknown)


def _nullable(tri: _Tri) -> pd.arrays.BooleanArray:
    return pd.arrays.BooleanArray(tri.value.copy(), ~tri.known)


def evaluate_rules(firms: pd.DataFrame, rules: Mapping | None = None) -> RuleResult:
    """Apply a rule set to the canonical firm table (one row per firm), all firms at once.

    Vectorised over firms: the only Python loops run over rule items and types.
    """
    rules = default_rules() if rules is None else validate_rules(rules)
    n = len(firms)
    table = pd.DataFrame(index=firms.index)
    if "firm_id" in firms.columns:
        table["firm_id"] = firms["firm_id"]
    result = RuleResult(table=table)
    texts: list[np.ndarray] = []
    tris: dict[str, _Tri] = {}

    for name in TYPES:
        expr = rules["types"].get(name)
        if expr is None:
            continue
        needed = _roles_in(expr)
        lacking = [r for r in dict.fromkeys(needed) if r not in firms.columns]
        tri = _eval(expr, firms)
        if tri is None:
            result.not_computed.append(name)
            result.warnings.append(say("{type} upgrading not computed: the survey has none of "
                                       "its roles ({roles})", type=name,
                                       roles=", ".join(dict.fromkeys(needed))))
            continue
        if lacking:
            result.left_out[name] = lacking
            result.warnings.append(say("{type}: conditions left out because the survey lacks "
                                       "{roles}", type=name, roles=", ".join(lacking)))
        result.computed.append(name)
        tris[name] = tri
        table[name] = _nullable(tri)
        texts.append(_explain(name, expr, firms, tri))

    ranked = [t for t in RANKED_TYPES if t in tris]
    if ranked:
        any_unknown = np.vstack([~tris[t].known for t in ranked]).any(axis=0)
        fallback = np.where(any_unknown, "unknown", "none")
        top_first = ranked[::-1]
        highest = np.select([tris[t].value for t in top_first], top_first, fallback)
        # the types known to hold; null when every type is unknown (never scored like a
        # verified non-upgrader)
        values = np.vstack([tris[t].value & tris[t].known for t in ranked]).sum(axis=0)
        any_known = np.vstack([tris[t].known for t in ranked]).any(axis=0)
        score = pd.array(np.where(any_known, values, 0), dtype="Int64")
        score[~any_known] = pd.NA
    else:
        highest = np.full(n, "unknown", dtype=object)
        score = pd.array([pd.NA] * n, dtype="Int64")
        result.warnings.append(say("No upgrading type could be computed: highest_type is "
                                   "unknown"))
    table["highest_type"] = pd.Categorical(highest, categories=list(HIGHEST_TYPE_VALUES))
    table["upgrading_score"] = score

    barg = rules.get("bargaining")
    if barg is not None:
        now, before = barg["now"], barg["before"]
        if now in firms.columns and before in firms.columns:
            delta = _number_column(firms, now) - _number_column(firms, before)
            change = np.select([delta > 0, delta == 0, delta < 0],
                               ["improved", "unchanged", "worse"], "")
            table["bargaining_change"] = pd.Categorical(
                np.where(np.isnan(delta), None, change), categories=list(BARGAINING_VALUES))
            texts.append(np.where(np.isnan(delta), "bargaining: unknown",
                                  "bargaining: " + change.astype(object)))
        else:
            lacking = [r for r in (now, before) if r not in firms.columns]
            result.left_out["bargaining"] = lacking
            result.warnings.append(say("bargaining_change not computed: the survey lacks "
                                       "{roles}", roles=", ".join(lacking)))

    down = rules.get("downgrading")
    if down is not None:
        needed = _roles_in(down)
        tri = _eval(down, firms)
        lacking = [r for r in dict.fromkeys(needed) if r not in firms.columns]
        if tri is None:
            result.left_out["downgrading"] = lacking
            result.warnings.append(say("downgraded not computed: the survey has none of its "
                                       "roles ({roles})", roles=", ".join(dict.fromkeys(needed))))
        else:
            if lacking:
                result.left_out["downgrading"] = lacking
            table["downgraded"] = _nullable(tri)
            texts.append(_explain("downgraded", down, firms, tri))

    if texts:
        explanation = texts[0]
        for t in texts[1:]:
            explanation = explanation + "; " + t
    else:
        explanation = np.full(n, "", dtype=object)
    table["explanation"] = pd.array(explanation, dtype="string") if n else pd.array(
        [], dtype="string")
    return result
