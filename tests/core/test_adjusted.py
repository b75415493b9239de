"""Adjusted gaps (core.analysis.adjusted): every number against statsmodels' formula API
(categorical and numeric controls, pweights, missing and collinear controls, a group the
controls determine), the bootstrap hook, the choice of controls, and the bundled sample."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from core.analysis.adjusted import (
    ADJUSTED_COLUMNS,
    adjusted_gaps,
    control_frame,
    controls_for,
)
from tests.fast_settings import NO_FEW_FIRM_TESTS

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
GROUPS = ["none", "process", "chain"]
TREAT = "C(g, Treatment('none'))"


def workers_data(seed: int = 0, n_firms: int = 60, binary: bool = False) -> pd.DataFrame:
    """Workers in firms with a firm-level group, country and size, and worker skill and age
    that also move the outcome (so adjusting changes the gap)."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(3, 10, n_firms)
    firm = np.repeat(np.arange(n_firms) * 7 + 100, sizes)  # IDs that are not positions
    n = len(firm)
    g = np.repeat(rng.choice(GROUPS, n_firms), sizes)
    country = np.repeat(rng.choice(["VN", "TH", "MM"], n_firms), sizes)
    size = np.repeat(rng.integers(20, 900, n_firms).astype(float), sizes)
    skill = rng.choice(["line", "technician", "manager"], n, p=[0.6, 0.25, 0.15])
    skill = np.where((g == "process") & (rng.random(n) < 0.3), "manager", skill)
    age = rng.uniform(18, 60, n)
    y = (1 + 0.2 * (g == "process") + 0.5 * (skill == "manager") + 0.3 * (country == "TH")
         + 0.01 * age + 0.0003 * size + np.repeat(rng.normal(0, 0.3, n_firms), sizes)
         + rng.normal(0, 1, n))
    if binary:
        y = (y > np.median(y)).astype(float)
    return pd.DataFrame({"y": y, "g": pd.Categorical(g, GROUPS), "firm": firm,
                         "country": country, "skill": skill, "age": age, "size": size,
                         "w": rng.uniform(0.3, 3.0, n)})


def reference_fit(d: pd.DataFrame, formula: str, weighted: bool = False):
    """Stata's ``regress ..., vce(cluster firm)`` (with [pw=w]) by statsmodels."""
    fitter = smf.wls if weighted else smf.ols
    kw = {"weights": d["w"]} if weighted else {}
    return fitter(formula, data=d, **kw).fit(cov_type="cluster",
                                             cov_kwds={"groups": pd.factorize(d["firm"])[0]},
                                             use_t=True)


def assert_matches(res, ref, groups, name=lambda g: f"{TREAT}[T.{g}]"):
    table = res.table.set_index("group")
    ci = ref.conf_int()
    for g in groups:
        term = name(g)
        assert table.loc[g, "adj_diff"] == pytest.approx(ref.params[term], rel=1e-6, abs=1e-10)
        assert table.loc[g, "adj_diff_se"] == pytest.approx(ref.bse[term], rel=1e-6)
        assert table.loc[g, "adj_p_value"] == pytest.approx(ref.pvalues[term], rel=1e-6)
        assert table.loc[g, "adj_diff_ci_low"] == pytest.approx(ci.loc[term, 0], rel=1e-6)
        assert table.loc[g, "adj_diff_ci_high"] == pytest.approx(ci.loc[term, 1], rel=1e-6)
        assert table.loc[g, "adj_p_method"] == "cluster_t"


@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("binary", [False, True])
def test_every_number_equals_statsmodels(weighted, binary):
    d = workers_data(binary=binary)
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill", "country", "age", "size"]],
                        weights=d["w"] if weighted else None, reference="none")
    ref = reference_fit(d, f"y ~ {TREAT} + C(skill) + C(country) + age + size", weighted)
    assert_matches(res, ref, ["process", "chain"])
    table = res.table.set_index("group")
    assert list(res.table.columns) == ADJUSTED_COLUMNS
    assert table.loc["none", "adj_diff"] == 0 and np.isnan(table.loc["none", "adj_p_value"])
    assert table.loc["none", "adj_p_method"] is None
    assert table["adj_n_workers"].to_dict() == d["g"].value_counts().to_dict()
    assert res.controls == ["skill", "country", "age", "size"]
    assert res.columns == ["const", "group=process", "group=chain", "skill=manager",
                           "skill=technician", "country=TH", "country=VN", "age", "size"]
    assert res.notes == []


def test_categorical_controls_follow_their_category_order_and_reference_defaults_first():
    d = workers_data(3)
    skill = pd.Categorical(d["skill"], ["manager", "technician", "line", "unused"])
    controls = pd.DataFrame({"skill": skill, "country": d["country"].to_numpy()},
                            index=d.index + 5)  # aligned by position, not by index
    res = adjusted_gaps(d["y"].to_numpy(), d["g"], d["firm"].to_numpy(), controls)
    assert res.columns[3:5] == ["skill=technician", "skill=line"]  # manager left out
    ref = reference_fit(d, f"y ~ {TREAT} + C(skill) + C(country)")
    assert_matches(res, ref, ["process", "chain"])


def test_adjusting_moves_the_gap_the_controls_explain():
    d = workers_data(4, n_firms=200)
    raw = reference_fit(d, f"y ~ {TREAT}").params[f"{TREAT}[T.process]"]
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="none")
    adj = res.table.set_index("group").loc["process", "adj_diff"]
    # process firms employ more managers, who earn 0.5 more: about 0.3 × 0.85 × 0.5 of the gap
    assert raw - adj == pytest.approx(0.3 * 0.85 * 0.5, abs=0.07)


@pytest.mark.parametrize("weighted", [False, True])
def test_rows_with_a_missing_control_are_left_out_and_counted(weighted):
    d = workers_data(1)
    d["skill"] = d["skill"].astype(object)
    d.loc[d.index[:25], "skill"] = None
    d.loc[d.index[20:30], "age"] = np.nan
    d.loc[d.index[40], "y"] = np.nan  # a missing outcome is not a missing control
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill", "age"]], reference="none",
                        weights=d["w"] if weighted else None)
    (note,) = res.notes
    assert "30 workers with a missing control" in note
    assert "25 no skill" in note and "10 no age" in note
    kept = d.dropna(subset=["y", "skill", "age"])
    ref = reference_fit(kept, f"y ~ {TREAT} + C(skill) + age", weighted)
    assert_matches(res, ref, ["process", "chain"])
    assert res.table["adj_n_workers"].sum() == len(kept)


def test_collinear_and_constant_controls_are_dropped_and_named():
    d = workers_data(2)
    d["country_copy"] = d["country"].map({"VN": "Viet Nam", "TH": "Thai", "MM": "Burma"})
    d["age_months"] = d["age"] * 12 + 3
    d["one_sector"] = "apparel"
    d["one_size"] = 50.0
    res = adjusted_gaps(d["y"], d["g"], d["firm"],
                        d[["country", "age", "country_copy", "age_months", "one_sector",
                           "one_size"]], reference="none")
    ref = reference_fit(d, f"y ~ {TREAT} + C(country) + age")
    assert_matches(res, ref, ["process", "chain"])  # K = rank: Stata's omitted columns
    assert res.controls == ["country", "age"]
    assert any("one_sector, one_size have a single value" in n for n in res.notes)
    (dropped,) = [n for n in res.notes if "already determined" in n]
    assert "country_copy=" in dropped and "age_months" in dropped and "country=" not in dropped


def test_a_group_the_controls_determine_has_no_adjusted_gap():
    d = workers_data(5)
    d["country"] = np.where(d["g"] == "chain", "MM", np.where(d["country"] == "MM", "VN",
                                                                d["country"]))
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["country", "skill"]], reference="none")
    table = res.table.set_index("group")
    assert table.loc["chain", ["adj_diff", "adj_diff_se", "adj_p_value", "adj_diff_ci_low",
                               "adj_diff_ci_high"]].isna().all()
    assert table.loc["chain", "adj_p_method"] is None
    assert any("no adjusted gap for 'chain'" in n for n in res.notes)
    assert "group=chain" not in res.columns and "country=TH" in res.columns
    # process is still estimable: equal to statsmodels without the chain dummy (same span)
    d["process"] = (d["g"] == "process").astype(float)
    ref = reference_fit(d, "y ~ process + C(country) + C(skill)")
    assert_matches(res, ref, ["process"], name=lambda g: g)


def test_two_groups_that_together_make_a_control_level_both_lose_their_gap():
    """process + chain = Thailand: only their contrast is identified, so neither gap from
    'none' is (adding the dummies one at a time would give process a number: wrong)."""
    d = workers_data(6)
    d["country"] = np.where(d["g"] == "none", np.where(d["country"] == "TH", "VN",
                                                       d["country"]), "TH")
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["country"]], reference="none")
    table = res.table.set_index("group")
    assert table.loc[["process", "chain"], "adj_diff"].isna().all()
    assert any("'process', 'chain'" in n for n in res.notes)
    # the span is kept: one of the two dummies stays in the design (their contrast)
    assert sum(c.startswith("group=") for c in res.columns) == 1


def test_the_bootstrap_gets_the_design_and_the_column_of_each_group_asked_for():
    d = workers_data(7)
    d.loc[d.index[:5], "skill"] = None
    seen = []

    class Fake:
        p_value, ci_low, ci_high = 0.5, -1.0, 1.0

    def fake(y, X, clusters, column, weights=None):
        seen.append((y, X, clusters, column, weights))
        return Fake()

    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill", "age"]], reference="none",
                        weights=d["w"], bootstrap=fake, bootstrap_groups={"chain"})
    table = res.table.set_index("group")
    assert table.loc["chain", "adj_p_method"] == "wild_bootstrap"
    assert table.loc["chain", ["adj_p_value", "adj_diff_ci_low", "adj_diff_ci_high"]
                     ].tolist() == [0.5, -1.0, 1.0]
    assert table.loc["process", "adj_p_method"] == "cluster_t"
    (y, X, clusters, column, weights), = seen
    kept = d.iloc[5:]
    assert column == res.columns.index("group=chain") == 2
    np.testing.assert_array_equal(X[:, column], (kept["g"] == "chain").to_numpy(float))
    np.testing.assert_array_equal(y, kept["y"].to_numpy())
    np.testing.assert_array_equal(weights, kept["w"].to_numpy())
    assert len(pd.unique(clusters)) == kept["firm"].nunique()
    # the same design as the formula API's, column for column (patsy orders it the same way)
    ref = smf.wls(f"y ~ {TREAT} + C(skill) + age", data=kept, weights=kept["w"]).fit()
    np.testing.assert_allclose(X, ref.model.exog)
    # the estimate beside the bootstrap's interval is still the regression's
    assert table.loc["chain", "adj_diff"] == pytest.approx(ref.params[f"{TREAT}[T.chain]"],
                                                           rel=1e-9)
    # with no set of groups named, every group is bootstrapped
    seen.clear()
    adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="none", bootstrap=fake)
    assert [s[3] for s in seen] == [1, 2]


def test_missing_reference_and_degenerate_data_give_nulls_not_numbers():
    d = workers_data(8)
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="product")
    assert res.table["adj_diff"].isna().all() and "'product'" in res.notes[0]
    one_firm = d[d["firm"] == d["firm"].iloc[0]].copy()
    one_firm["g"] = pd.Categorical(np.where(np.arange(len(one_firm)) % 2, "process", "none"),
                                   GROUPS)
    res = adjusted_gaps(one_firm["y"], one_firm["g"], one_firm["firm"], one_firm[["age"]],
                        reference="none")
    row = res.table.set_index("group").loc["process"]
    assert np.isfinite(row["adj_diff"]) and np.isnan(row["adj_p_value"])
    assert row["adj_p_method"] is None and any("one firm" in n for n in res.notes)
    flat = d.assign(y=1.0)
    res = adjusted_gaps(flat["y"], flat["g"], flat["firm"], flat[["skill"]], reference="none")
    table = res.table.set_index("group")
    assert table["adj_p_value"].isna().all()
    assert table.loc["process", "adj_diff"] == pytest.approx(0, abs=1e-12)
    assert any("no variation" in n for n in res.notes)


def test_controls_for_checks_the_subset_and_adds_country_only_when_several():
    firms = pd.DataFrame({"firm_id": ["a", "b", "c", "d"],
                          "country": pd.Categorical(["VN", "TH", "VN", "MM"]),
                          "sector": ["apparel", "apparel", "apparel", "footwear"],
                          "employees": [10.0, 50.0, np.nan, 5.0]})
    workers = pd.DataFrame({"firm_id": ["a", "b", "c", "c", "x"],
                            "gender": ["f", "f", "m", "f", None],
                            "skill_group": ["line"] * 5, "age": [20, 30, np.nan, 40, 50]})
    assert controls_for(firms, workers) == ["gender", "country"]  # one skill group
    vn = workers[workers["firm_id"].isin(["a", "c"])]
    assert controls_for(firms, vn) == ["gender"]  # one country in this subset
    # sector varies in the firm table, not among these workers' firms
    assert controls_for(firms, workers, ["sector", "employees", "age", "tenure_years"]) == [
        "employees", "age"]
    frame = control_frame(firms, workers, ["gender", "country", "employees", "sector"])
    assert frame.index.equals(workers.index)
    assert frame["country"].astype(object).tolist()[:4] == ["VN", "TH", "VN", "VN"]
    assert pd.isna(frame["country"].iloc[4])  # firm x is not in the firm table
    assert list(frame["country"].cat.categories) == ["MM", "TH", "VN"]
    assert frame["employees"].tolist()[:2] == [10.0, 50.0] and frame["employees"].isna()[2:].all()
    assert frame["sector"].tolist()[:4] == ["apparel"] * 4 and frame["sector"].iloc[4] is None


def test_many_workers_and_controls_are_handled_vectorised():
    rng = np.random.default_rng(9)
    n, n_firms = 100_000, 2000
    firm = rng.integers(0, n_firms, n)
    g = pd.Categorical(np.array(GROUPS)[firm % 3], GROUPS)
    controls = pd.DataFrame({f"c{j}": rng.choice(list("abcdef"), n) for j in range(8)})
    controls["x1"], controls["x2"] = rng.normal(size=n), rng.normal(size=n)
    y = rng.normal(size=n) + 0.1 * (firm % 3 == 1)
    res = adjusted_gaps(y, g, firm, controls, reference="none")
    assert len(res.columns) == 1 + 2 + 8 * 5 + 2
    assert res.table["adj_p_method"].tolist() == [None, "cluster_t", "cluster_t"]


@pytest.fixture(scope="module")
def sample_result():
    from core.analysis.pipeline import run_analysis
    from core.project.opening import open_survey

    survey = open_survey(SAMPLE).survey
    return run_analysis(survey.firms, survey.workers, settings=NO_FEW_FIRM_TESTS)


def test_sample_adjusted_gap_equals_the_formula_api_and_differs_from_the_raw(sample_result):
    result = sample_result
    assert result.adjusted_for == ["skill_group", "gender", "country"]
    rows = result.comparisons[(result.comparisons["outcome"] == "wage_to_minimum")
                              & (result.comparisons["group_var"] == "highest_type")]
    w = result.workers
    firms = result.firms.set_index("firm_id")
    d = pd.DataFrame({"y": w["wage_to_minimum"], "firm": w["firm_id"],
                      "g": w["firm_id"].map(firms["highest_type"]).astype(object),
                      "skill": w["skill_group"].astype(object),
                      "gender": w["gender"].astype(object),
                      "country": w["firm_id"].map(firms["country"]).astype(object)}).dropna()
    d = d[d["g"] != "unknown"]
    ref = reference_fit(d, f"y ~ {TREAT} + C(skill) + C(gender) + C(country)")
    raw = reference_fit(d.assign(w=1.0), f"y ~ {TREAT}")
    by_group = rows.set_index("group")
    for g in by_group.index.drop("none"):
        term = f"{TREAT}[T.{g}]"
        row = by_group.loc[g]
        assert row["adj_diff"] == pytest.approx(ref.params[term], rel=1e-6)
        assert row["adj_diff_se"] == pytest.approx(ref.bse[term], rel=1e-6)
        assert row["adj_p_value"] == pytest.approx(ref.pvalues[term], rel=1e-6)
        if not row["suppressed"]:
            assert row["diff"] == pytest.approx(raw.params[term], rel=1e-6)
    process = by_group.loc["process"]
    assert abs(process["adj_diff"] - process["diff"]) > 0.01


def test_a_group_whose_workers_all_lack_a_control_keeps_its_row_with_nulls():
    d = workers_data(10)
    d["skill"] = d["skill"].astype(object).where(d["g"] != "chain", None)
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="none")
    table = res.table.set_index("group")
    assert table.loc["chain", "adj_n_workers"] == 0 and np.isnan(table.loc["chain", "adj_diff"])
    assert any("no adjusted gap for 'chain': none of its workers" in n for n in res.notes)
    kept = d[d["g"] != "chain"].assign(g=lambda f: f["g"].cat.remove_unused_categories())
    assert_matches(res, reference_fit(kept, f"y ~ {TREAT} + C(skill)"), ["process"])


def test_yes_no_and_text_controls_are_dummies_like_the_formula_apis():
    d = workers_data(11)
    d["union"] = pd.array(np.random.default_rng(1).random(len(d)) < 0.4, dtype="boolean")
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["union", "country"]], weights=d["w"],
                        reference="none")
    assert res.columns[3:] == ["union=True", "country=TH", "country=VN"]
    ref = reference_fit(d.assign(union=d["union"].astype(bool)),
                        f"y ~ {TREAT} + C(union) + C(country)", weighted=True)
    assert_matches(res, ref, ["process", "chain"])


def test_a_bootstrap_that_cannot_test_leaves_no_method():
    d = workers_data(12)

    class Nan:
        p_value = ci_low = ci_high = float("nan")

    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="none",
                        bootstrap=lambda *a, **k: Nan(), bootstrap_groups={"process"})
    table = res.table.set_index("group")
    assert table.loc["process", "adj_p_method"] is None
    assert np.isnan(table.loc["process", "adj_p_value"]) and np.isfinite(
        table.loc["process", "adj_diff"])
    assert table.loc["chain", "adj_p_method"] == "cluster_t"


def test_sample_process_wage_gap_shrinks_once_country_sector_and_skill_are_held(sample_result):
    """Issue 12's example: the process gap in wage ÷ minimum, raw and adjusted."""
    from core.analysis.comparisons import worker_group

    firms, w = sample_result.firms, sample_result.workers
    group = worker_group("highest_type", firms, w)
    y = w["wage_to_minimum"].to_numpy(dtype=float)
    rows = sample_result.comparisons
    raw = rows[(rows["outcome"] == "wage_to_minimum") & (rows["group_var"] == "highest_type")
               ].set_index("group")
    gaps = {}
    for controls in (["country", "sector", "skill_group"], ["skill_group", "gender", "country"]):
        res = adjusted_gaps(y, group, w["firm_id"], control_frame(firms, w, controls),
                            reference="none")
        gaps[tuple(controls)] = res.table.set_index("group")["adj_diff"]
        assert res.controls == controls
    for g in ("process", "functional"):
        held = gaps[("country", "sector", "skill_group")][g]
        print(f"wage_to_minimum {g}: raw {raw.loc[g, 'diff']:+.3f}, adjusted for country, "
              f"sector, skill {held:+.3f}, for the defaults "
              f"{gaps[('skill_group', 'gender', 'country')][g]:+.3f}")
        assert 0 < held < raw.loc[g, "diff"]
    assert raw.loc["process", "diff"] - gaps[("country", "sector", "skill_group")][
        "process"] > 0.02
