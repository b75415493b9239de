"""Property tests (hypothesis): the header detector, the rules engine and subset specs never fail
with anything but the project's own plain-words errors (UserFacingError subclasses), whatever
they are given. Readers have their own property tests (test_readers_properties.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis.rules import evaluate_rules, validate_rules
from core.analysis.subset import Subset, apply_subset, facet_counts
from core.common.errors import UserFacingError
from core.io.headers import HeaderLayout, detect_header
from core.model.roles import roles_for

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIRM_ROLES = [r.name for r in roles_for("firm")]
WORKER_ROLES = [r.name for r in roles_for("worker")]
OPS = [">", ">=", "<", "<=", "==", "!=", "=>", "", None]

# ----------------------------------------------------------------------------- cells and grids
cells = st.one_of(
    st.none(), st.just(""), st.just("  "),
    st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.text(max_size=12),
    st.sampled_from(["Q1", "firm_id", "Total", "Tổng", "#N/A", "=SUM(A1)", "Mã DN", "1,234.5",
                     "Don't know", "nan"]),
    st.dates().map(pd.Timestamp), st.datetimes(),
)


@FAST
@given(st.lists(st.lists(cells, max_size=8), max_size=15), st.frozensets(st.integers(0, 15)))
def test_header_detector_never_crashes(grid, group_rows):
    try:
        layout = detect_header(grid, group_rows)
    except UserFacingError:
        return
    assert isinstance(layout, HeaderLayout)
    assert 0 <= layout.data_start <= max(len(grid), 0) + 2
    if layout.header_index is not None:
        assert 0 <= layout.header_index < len(grid)


# ----------------------------------------------------------------------------- rules
role_names = st.one_of(st.sampled_from(FIRM_ROLES), st.text(max_size=6), st.integers(), st.none())
values = st.one_of(st.integers(-5, 5), st.floats(allow_nan=True), st.booleans(), st.text(max_size=5),
                   st.none(), st.lists(st.integers(), max_size=2))
leaf = st.one_of(
    role_names,
    st.fixed_dictionaries({"role": role_names, "op": st.sampled_from(OPS), "value": values}),
    st.fixed_dictionaries({"stage_change": st.lists(role_names, max_size=3),
                           "op": st.sampled_from(OPS)}),
    st.dictionaries(st.sampled_from(["role", "op", "value", "any", "x"]), values, max_size=3),
)
expressions = st.recursive(
    leaf, lambda inner: st.one_of(
        st.fixed_dictionaries({"any": st.lists(inner, max_size=4)}),
        st.fixed_dictionaries({"all": st.lists(inner, max_size=4)}),
        st.fixed_dictionaries({"any": inner})),
    max_leaves=8)
type_names = st.sampled_from(["process", "product", "functional", "chain", "end_market", "other"])
rule_sets = st.one_of(
    st.fixed_dictionaries(
        {"types": st.dictionaries(type_names, expressions, max_size=5)},
        optional={"downgrading": expressions,
                  "bargaining": st.one_of(
                      st.fixed_dictionaries({"now": role_names, "before": role_names}), values),
                  "name": st.text(max_size=5), "junk": values}),
    values, st.dictionaries(st.text(max_size=4), values, max_size=2))


def _column(draw, n: int) -> pd.Series:
    kind = draw(st.sampled_from(["bool", "boolean", "float", "int", "text", "category", "object"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    if kind == "bool":
        return pd.Series(rng.random(n) < 0.5)
    if kind == "boolean":
        return pd.Series(pd.array(np.where(rng.random(n) < 0.2, None, rng.random(n) < 0.5),
                                  dtype="boolean"))
    if kind == "float":
        x = rng.integers(-2, 5, n).astype(float)
        x[rng.random(n) < 0.2] = np.nan
        return pd.Series(x)
    if kind == "int":
        return pd.Series(rng.integers(0, 2, n))
    words = np.array(["yes", "no", "apparel", "Vietnam", "", "3"], dtype=object)
    text = pd.Series(words[rng.integers(0, len(words), n)])
    if kind == "category":
        return text.astype("category")
    if kind == "object":
        return pd.Series([draw(values) for _ in range(n)], dtype=object)
    return text.astype("string")


@st.composite
def firm_frames(draw, roles=FIRM_ROLES) -> pd.DataFrame:
    n = draw(st.integers(0, 12))
    chosen = draw(st.lists(st.sampled_from(roles), unique=True, max_size=10))
    frame = pd.DataFrame({"firm_id": [f"F{i}" for i in range(n)]})
    for name in chosen:
        if name != "firm_id":
            frame[name] = _column(draw, n).to_numpy()
    return frame


@FAST
@given(rule_sets)
def test_validate_rules_accepts_or_says_why(rules):
    try:
        out = validate_rules(rules)
    except UserFacingError as exc:
        assert exc.message
        return
    assert validate_rules(out) == out  # validation is idempotent


@FAST
@given(rule_sets, firm_frames())
def test_evaluate_rules_on_random_firms(rules, firms):
    try:
        result = evaluate_rules(firms, rules)
    except UserFacingError:
        return
    assert len(result.table) == len(firms)
    assert set(result.table["highest_type"].dropna().unique()) <= {
        "none", "process", "product", "functional", "chain", "unknown"}


_KINDS: dict[str, list[str]] = {}
for _r in roles_for("firm"):
    _KINDS.setdefault(_r.kind, []).append(_r.name)
valid_leaf = st.one_of(
    st.sampled_from(_KINDS["yesno"]),
    st.fixed_dictionaries({"role": st.sampled_from(_KINDS["number"] + _KINDS["ordinal"]),
                           "op": st.sampled_from(OPS[:6]),
                           "value": st.one_of(st.integers(-3, 3), st.floats(-3, 3))}),
    st.fixed_dictionaries({"role": st.sampled_from(_KINDS["category"]),
                           "op": st.sampled_from(["==", "!="]), "value": st.text(max_size=4)}),
    st.fixed_dictionaries({"role": st.sampled_from(_KINDS["yesno"]),
                           "op": st.sampled_from(["==", "!="]), "value": st.booleans()}),
    st.fixed_dictionaries({"stage_change": st.lists(st.sampled_from(_KINDS["ordinal"]),
                                                    min_size=2, max_size=2),
                           "op": st.sampled_from(OPS[:6])}),
)
valid_expressions = st.recursive(
    valid_leaf, lambda inner: st.one_of(
        st.fixed_dictionaries({"any": st.lists(inner, min_size=1, max_size=4)}),
        st.fixed_dictionaries({"all": st.lists(inner, min_size=1, max_size=4)})),
    max_leaves=8)
valid_rule_sets = st.fixed_dictionaries(
    {"types": st.dictionaries(type_names.filter(lambda t: t != "other"), valid_expressions,
                              min_size=1, max_size=5)},
    optional={"downgrading": valid_expressions,
              "bargaining": st.just({"now": "price_setting_now",
                                     "before": "price_setting_before"})})


@FAST
@given(valid_rule_sets, firm_frames())
def test_valid_rules_evaluate_on_random_firms(rules, firms):
    validate_rules(rules)  # well-formed by construction: must be accepted
    try:
        result = evaluate_rules(firms, rules)
    except UserFacingError:  # e.g. a yes/no role holding text: the study must recode it
        return
    assert len(result.table) == len(firms)
    assert (result.table["upgrading_score"] >= 0).all()
    assert len(result.computed) + len(result.not_computed) == len(rules["types"])


@FAST
@given(firm_frames())
def test_default_rules_on_random_firms(firms):
    try:
        result = evaluate_rules(firms)
    except UserFacingError:
        return
    assert len(result.table) == len(firms)


# ----------------------------------------------------------------------------- subsets
subset_values = st.one_of(st.text(max_size=6), st.integers(), st.booleans(), st.floats(),
                          st.none(), st.sampled_from(["Vietnam", "apparel", "yes", "true", "3"]))
value_maps = st.dictionaries(st.one_of(st.sampled_from(FIRM_ROLES + WORKER_ROLES),
                                       st.text(max_size=5)),
                             st.one_of(st.lists(subset_values, max_size=3), subset_values,
                                       st.dictionaries(st.text(max_size=2), subset_values,
                                                       max_size=1)),
                             max_size=3)
range_maps = st.dictionaries(st.sampled_from(FIRM_ROLES + WORKER_ROLES + ["x"]),
                             st.one_of(st.tuples(subset_values, subset_values).map(list),
                                       st.lists(st.floats(), max_size=3), subset_values),
                             max_size=2)
subset_specs = st.one_of(
    st.fixed_dictionaries({}, optional={"firms": value_maps, "workers": value_maps,
                                        "firm_ranges": range_maps, "worker_ranges": range_maps,
                                        "text": st.one_of(st.text(max_size=5), st.integers()),
                                        "other": subset_values}),
    subset_values, st.text(max_size=20), st.lists(st.integers(), max_size=2))


@st.composite
def surveys(draw) -> tuple[pd.DataFrame, pd.DataFrame]:
    firms = draw(firm_frames())
    workers = draw(firm_frames(WORKER_ROLES))
    if len(firms) and len(workers):
        rng = np.random.default_rng(len(workers))
        workers["firm_id"] = firms["firm_id"].to_numpy()[rng.integers(0, len(firms), len(workers))]
    return firms, workers


@FAST
@given(subset_specs, surveys())
def test_subset_specs_round_trip_and_apply(spec, survey):
    firms, workers = survey
    try:
        subset = Subset.from_json(spec)
    except UserFacingError:
        return
    assert Subset.from_json(subset.to_json()) == subset
    try:
        masks = apply_subset(firms, workers, subset)
        facet_counts(firms, workers, subset)
    except UserFacingError:
        return
    assert masks.firms.shape == (len(firms),) and masks.workers.shape == (len(workers),)
    assert masks.n_firms <= len(firms) and masks.n_workers <= len(workers)
