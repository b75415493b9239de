"""Upgrading rules: DOMAIN.md's defaults, hand-worked three-valued logic, validation, properties."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis.rules import (
    DEFAULT_RULES_PATH,
    default_rules,
    evaluate_rules,
    load_rules,
    rules_to_json,
    validate_rules,
)
from core.common.errors import RuleError

PROCESS = ["new_machinery", "new_process", "automation", "cad_erp", "line_reorganisation",
           "certification_new"]
T, F, M = True, False, None


def yn(*values) -> pd.arrays.BooleanArray:
    return pd.array(list(values), dtype="boolean")


def firms_with(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    frame = pd.DataFrame({"firm_id": [f"F{i}" for i in range(n)]})
    for name, values in columns.items():
        frame[name] = values
    return frame


# ------------------------------------------------------------------------------ defaults

def test_default_rules_are_domain_version_1_exactly():
    rules = default_rules()
    assert rules["version"] == 1
    assert rules["types"]["process"] == {"any": PROCESS}
    assert rules["types"]["product"] == {"any": [
        "new_product", "product_complexity_up",
        {"role": "unit_price_change_pct", "op": ">", "value": 0}]}
    assert rules["types"]["functional"] == {"any": [
        {"stage_change": ["stage_now", "stage_before"], "op": ">"},
        "design_added", "rnd_added", "own_brand_added"]}
    assert rules["types"]["chain"] == {"any": [
        "sector_changed", {"role": "new_sector_sales_share", "op": ">=", "value": 10}]}
    assert rules["types"]["end_market"] == {"any": ["new_export_market", "new_buyer"]}
    assert rules["bargaining"] == {"now": "price_setting_now", "before": "price_setting_before"}
    assert rules["downgrading"] == {"any": [
        {"stage_change": ["stage_now", "stage_before"], "op": "<"},
        "certification_lost", "export_stopped"]}


def test_default_rules_round_trip_through_json(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(rules_to_json(default_rules()), encoding="utf-8")
    assert load_rules(path) == default_rules()
    assert json.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))["types"]


# ------------------------------------------------------------------------------ hand-worked logic

def test_process_all_missing_is_unknown_not_no():
    firms = firms_with(**{r: yn(M, T) for r in PROCESS})
    out = evaluate_rules(firms).table
    assert out["process"].isna().iloc[0]
    assert out["highest_type"].iloc[0] == "unknown"
    assert out["explanation"].iloc[0].startswith(
        "process: unknown (all of new_machinery, new_process, automation, cad_erp, "
        "line_reorganisation, certification_new missing)")


def test_one_true_rest_missing_is_true_and_all_false_is_false_and_false_plus_missing_is_false():
    firms = firms_with(new_machinery=yn(T, F, F, M), automation=yn(M, F, M, M),
                       cad_erp=yn(M, F, M, M))
    out = evaluate_rules(firms).table
    assert out["process"].tolist() == [True, False, False, pd.NA]
    assert out["highest_type"].tolist() == ["process", "none", "none", "unknown"]
    # the last firm's only type is unknown: no score, never 0 like a verified non-upgrader
    assert out["upgrading_score"].tolist() == [1, 0, 0, pd.NA]
    assert out["explanation"].tolist() == [
        "process: yes (new_machinery; missing: automation, cad_erp)",
        "process: no",
        "process: no (missing: automation, cad_erp)",
        "process: unknown (all of new_machinery, automation, cad_erp missing)",
    ]


def test_missing_role_is_left_out_and_reported():
    firms = firms_with(new_machinery=yn(F, T))
    res = evaluate_rules(firms)
    assert res.table["process"].tolist() == [False, True]
    assert set(res.left_out["process"]) == set(PROCESS[1:])
    assert any("process: conditions left out" in w for w in res.warnings)


def test_type_without_any_role_is_not_computed():
    firms = firms_with(new_machinery=yn(T))
    res = evaluate_rules(firms)
    for name in ("product", "functional", "chain", "end_market"):
        assert name not in res.table.columns
        assert name in res.not_computed
    assert "downgraded" not in res.table.columns
    assert "bargaining_change" not in res.table.columns
    assert res.computed == ["process"]


def test_thresholds_and_stage_changes():
    firms = firms_with(
        unit_price_change_pct=[0.0, 0.5, np.nan, -3.0],
        new_sector_sales_share=[10.0, 9.99, np.nan, 50.0],
        stage_now=[2.0, 1.0, np.nan, 0.0], stage_before=[1.0, 1.0, 1.0, 2.0],
        price_setting_now=[3.0, 2.0, np.nan, 1.0], price_setting_before=[2.0, 2.0, 1.0, 4.0],
    )
    out = evaluate_rules(firms).table
    assert out["product"].tolist() == [False, True, pd.NA, False]
    assert out["chain"].tolist() == [True, False, pd.NA, True]
    assert out["functional"].tolist() == [True, False, pd.NA, False]
    assert out["downgraded"].tolist() == [False, False, pd.NA, True]
    assert out["bargaining_change"].astype(object).tolist() == [
        "improved", "unchanged", np.nan, "worse"]
    assert out["highest_type"].tolist() == ["chain", "product", "unknown", "chain"]
    assert out["upgrading_score"].tolist() == [2, 1, pd.NA, 1]  # firm 3: every type unknown


def test_highest_type_order_and_unknown():
    firms = firms_with(new_machinery=yn(T, F, F, T), new_product=yn(T, M, F, F),
                       design_added=yn(F, F, F, M), sector_changed=yn(F, F, F, F))
    out = evaluate_rules(firms).table
    # firm 2: process no, product unknown → none of the computed is true, one unknown
    assert out["highest_type"].tolist() == ["product", "unknown", "none", "process"]


def test_downgrading_with_declared_items_and_explanation():
    firms = firms_with(certification_lost=yn(T, F, M), export_stopped=yn(M, F, M),
                       new_machinery=yn(F, F, F))
    out = evaluate_rules(firms).table
    assert out["downgraded"].tolist() == [True, False, pd.NA]
    assert out["explanation"].iloc[0] == (
        "process: no; downgraded: yes (certification_lost; missing: export_stopped)")


def test_all_expression_uses_kleene_logic():
    rules = {"types": {"process": {"all": ["new_machinery", "automation"]}}}
    firms = firms_with(new_machinery=yn(T, T, F, M, M, F),
                       automation=yn(T, M, M, M, F, F))
    out = evaluate_rules(firms, rules).table
    assert out["process"].tolist() == [True, pd.NA, False, pd.NA, False, False]
    assert out["explanation"].tolist()[:3] == [
        "process: yes (new_machinery, automation)",
        "process: unknown (missing: automation)",
        "process: no (false: new_machinery; missing: automation)",
    ]


def test_nested_expression_and_category_comparison():
    rules = {"types": {"product": {"any": [
        {"all": ["new_product", {"role": "sector", "op": "==", "value": "Electronics"}]}]}}}
    firms = firms_with(new_product=yn(T, T, M),
                       sector=pd.Categorical(["electronics", "apparel", "electronics"]))
    out = evaluate_rules(firms, rules).table
    assert out["product"].tolist() == [True, False, pd.NA]
    assert "all of (new_product, sector == Electronics)" in out["explanation"].iloc[0]


def test_yesno_compared_with_boolean_value():
    rules = {"types": {"process": {"any": [{"role": "new_machinery", "op": "==",
                                            "value": False}]}}}
    out = evaluate_rules(firms_with(new_machinery=yn(T, F, M)), rules).table
    assert out["process"].tolist() == [False, True, pd.NA]


def test_numeric_zero_one_yesno_column_is_accepted_but_two_is_refused():
    out = evaluate_rules(firms_with(new_machinery=[1.0, 0.0, np.nan])).table
    assert out["process"].tolist() == [True, False, pd.NA]
    with pytest.raises(RuleError, match="other than 0 and 1"):
        evaluate_rules(firms_with(new_machinery=[1.0, 2.0]))


def test_empty_firm_table():
    out = evaluate_rules(firms_with(new_machinery=yn())).table
    assert len(out) == 0 and "explanation" in out.columns


# ------------------------------------------------------------------------------ validation

@pytest.mark.parametrize(("rules", "message"), [
    ({"types": {"process": {"any": ["new_machinerie"]}}}, "Unknown role 'new_machinerie'"),
    ({"types": {"product": {"any": [{"role": "unit_price_change_pct", "op": "=>",
                                     "value": 0}]}}}, "Unknown operator '=>'"),
    ({"types": {"process": {"any": [{"role": "new_machinery", "op": "==", "value": 1}]}}},
     "Type clash: 'new_machinery' is yes/no"),
    ({"types": {"product": {"any": [{"role": "unit_price_change_pct", "op": ">",
                                     "value": "0"}]}}}, "Type clash"),
    ({"types": {"product": {"any": ["unit_price_change_pct"]}}}, "is a number, not yes/no"),
    ({"types": {"process": {"any": []}}}, "non-empty list"),
    ({"types": {"process": {"any": [42]}}}, "Malformed rule item"),
    ({"types": {"process": {"any": [{"role": "new_machinery"}]}}}, "exactly 'role', 'op'"),
    ({"types": {"upgrade": {"any": ["new_machinery"]}}}, "Unknown upgrading type 'upgrade'"),
    ({"types": {"functional": {"any": [{"stage_change": ["stage_now"], "op": ">"}]}}},
     "two roles"),
    ({"types": {"functional": {"any": [{"stage_change": ["new_product", "stage_before"],
                                        "op": ">"}]}}}, "only numbers or ordinal"),
    ({"types": {"process": {"any": ["firm_id"]}}}, "is an id"),
    ({"types": {}}, "no 'types'"),
    ([], "must be an object"),
    ({"types": {"process": "new_machinery"}, "extra": 1}, "Unknown entry 'extra'"),
    ({"types": {"process": "new_machinery"}, "bargaining": {"now": "price_setting_now"}},
     "'bargaining' must name two roles"),
])
def test_invalid_rules_raise_clear_errors(rules, message):
    with pytest.raises(RuleError) as err:
        validate_rules(rules)
    assert message in str(err.value)


def test_error_message_says_where():
    rules = {"types": {"process": {"any": ["new_machinery", "bogus"]}}}
    with pytest.raises(RuleError) as err:
        validate_rules(rules)
    assert "rule for process, item 2" in str(err.value)


def test_bare_item_is_accepted_as_one_item_any():
    assert validate_rules({"types": {"process": "new_machinery"}})["types"]["process"] == {
        "any": ["new_machinery"]}


def test_load_rules_reports_bad_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleError, match="not valid JSON"):
        load_rules(path)


# ------------------------------------------------------------------------------ properties

tri = st.sampled_from([True, False, None])


def _reference_any(values: list) -> bool | None:
    """DOMAIN.md, per firm, written plainly: true if any true; unknown if all missing; else no."""
    if any(v is True for v in values):
        return True
    if all(v is None for v in values):
        return None
    return False


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(tri, min_size=6, max_size=6), min_size=1, max_size=12),
       st.integers(0, 5))
def test_adding_a_true_item_never_turns_a_type_false(rows, item):
    firms = firms_with(**{r: yn(*[row[i] for row in rows]) for i, r in enumerate(PROCESS)})
    before = evaluate_rules(firms).table["process"]
    assert [None if pd.isna(v) else bool(v) for v in before] == [
        _reference_any(row) for row in rows]
    firms[PROCESS[item]] = yn(*([True] * len(rows)))
    after = evaluate_rules(firms).table["process"]
    assert after.fillna(False).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(tri, tri, tri), min_size=1, max_size=10), st.integers(0, 2))
def test_all_expression_is_monotone(rows, item):
    names = ["new_machinery", "automation", "cad_erp"]
    rules = {"types": {"process": {"all": names}}}
    firms = firms_with(**{n: yn(*[row[i] for row in rows]) for i, n in enumerate(names)})
    order = {False: 0, None: 1, True: 2}
    before = [None if pd.isna(v) else bool(v) for v in evaluate_rules(firms, rules).table[
        "process"]]
    firms[names[item]] = yn(*([True] * len(rows)))
    after = [None if pd.isna(v) else bool(v) for v in evaluate_rules(firms, rules).table[
        "process"]]
    assert all(order[a] >= order[b] for a, b in zip(after, before, strict=True))


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_default_rules_agree_with_a_plain_per_firm_implementation(data):
    """An independent, loop-per-firm reading of DOMAIN.md's rules, against the vectorised one."""
    n = data.draw(st.integers(1, 8))
    col = lambda: [data.draw(tri) for _ in range(n)]  # noqa: E731
    num = lambda lo, hi: [data.draw(st.one_of(st.none(), st.floats(lo, hi)))  # noqa: E731
                          for _ in range(n)]
    yesno_roles = [*PROCESS, "new_product", "product_complexity_up", "design_added", "rnd_added",
                   "own_brand_added", "sector_changed"]
    values = {r: col() for r in yesno_roles}
    price = num(-5, 5)
    share = num(0, 20)
    now, before = num(0, 3), num(0, 3)
    firms = firms_with(**{r: yn(*v) for r, v in values.items()},
                       unit_price_change_pct=[np.nan if v is None else v for v in price],
                       new_sector_sales_share=[np.nan if v is None else v for v in share],
                       stage_now=[np.nan if v is None else v for v in now],
                       stage_before=[np.nan if v is None else v for v in before])
    out = evaluate_rules(firms).table

    def cmp(a, b, op):
        return None if a is None or b is None else op(a, b)

    for i in range(n):
        expected = {
            "process": _reference_any([values[r][i] for r in PROCESS]),
            "product": _reference_any([values["new_product"][i],
                                       values["product_complexity_up"][i],
                                       cmp(price[i], 0, float.__gt__)]),
            "functional": _reference_any([cmp(now[i], before[i], float.__gt__),
                                          values["design_added"][i], values["rnd_added"][i],
                                          values["own_brand_added"][i]]),
            "chain": _reference_any([values["sector_changed"][i],
                                     cmp(share[i], 10.0, float.__ge__)]),
        }
        for name, want in expected.items():
            got = out[name].iloc[i]
            assert (None if pd.isna(got) else bool(got)) == want, (name, i)
        trues = [t for t in ("chain", "functional", "product", "process") if expected[t]]
        want_high = trues[0] if trues else ("unknown" if None in expected.values() else "none")
        assert out["highest_type"].iloc[i] == want_high
        if all(v is None for v in expected.values()):
            assert pd.isna(out["upgrading_score"].iloc[i])  # all unknown: null, not 0
        else:
            assert out["upgrading_score"].iloc[i] == len(trues)


def test_rules_described_in_words_follow_the_rule_data():
    from core.analysis.rules import default_rules, describe_rules

    rules = default_rules()
    rules["types"]["chain"]["any"][1]["value"] = 25
    lines = dict(describe_rules(rules))
    assert lines["Process"].startswith("yes when any of these is yes: invested in new machinery")
    assert "introduced CAD or ERP systems" in lines["Process"]  # words, not the code cad_erp
    assert "share of sales in a new sector ≥ 25" in lines["Chain (new sector)"]
    assert "value-chain stage now < value-chain stage before" in lines["Downgraded"]
    assert "_" not in "".join(lines.values())
    vietnamese = dict(describe_rules(rules, "vi"))
    assert vietnamese["Quy trình"].startswith("có khi ít nhất một trong các mục sau là có: "
                                              "đầu tư máy móc")
    assert "tỷ lệ doanh thu từ ngành mới ≥ 25" in vietnamese["Chuỗi (sang ngành mới)"]
    assert list(vietnamese.values())[-1].startswith("một loại là không rõ")
    for language in ("th", "my"):  # phrases drafted, item names English until the catalogue has them
        assert len(describe_rules(rules, language)) == len(lines)
