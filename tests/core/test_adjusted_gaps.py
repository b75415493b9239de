"""Adjusted gaps (core.analysis.adjusted) against statsmodels' formula API, and wired into the
comparison rows and the JSON of run_analysis."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from core.analysis.adjusted import adjusted_gaps, control_frame, controls_for
from core.analysis.pipeline import run_analysis
from core.project.opening import open_survey

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
GROUPS = ["none", "process", "chain"]


def workers_data(seed: int = 0, n_firms: int = 60) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(3, 10, n_firms)
    firm = np.repeat(np.arange(n_firms), sizes)
    n = len(firm)
    g = np.repeat(rng.choice(GROUPS, n_firms), sizes)
    country = np.repeat(rng.choice(["VN", "TH", "MM"], n_firms), sizes)
    skill = rng.choice(["line", "technician", "manager"], n)
    age = rng.uniform(18, 60, n)
    y = (1 + 0.2 * (g == "process") + 0.5 * (skill == "manager") + 0.3 * (country == "TH")
         + 0.01 * age + np.repeat(rng.normal(0, 0.3, n_firms), sizes) + rng.normal(0, 1, n))
    return pd.DataFrame({"y": y, "g": pd.Categorical(g, GROUPS), "firm": firm,
                         "country": country, "skill": skill, "age": age,
                         "w": rng.uniform(0.3, 3.0, n)})


def reference_fit(d: pd.DataFrame, formula: str, weighted: bool):
    fitter = smf.wls if weighted else smf.ols
    kw = {"weights": d["w"]} if weighted else {}
    return fitter(formula, data=d, **kw).fit(cov_type="cluster",
                                             cov_kwds={"groups": d["firm"].to_numpy()},
                                             use_t=True)


@pytest.mark.parametrize("weighted", [False, True])
def test_every_number_equals_statsmodels(weighted):
    d = workers_data()
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill", "country", "age"]],
                        weights=d["w"] if weighted else None, reference="none")
    ref = reference_fit(d, "y ~ C(g, Treatment('none')) + C(skill) + C(country) + age",
                        weighted)
    ci = ref.conf_int()
    table = res.table.set_index("group")
    for g in ("process", "chain"):
        name = f"C(g, Treatment('none'))[T.{g}]"
        assert table.loc[g, "adj_diff"] == pytest.approx(ref.params[name], rel=1e-6)
        assert table.loc[g, "adj_diff_se"] == pytest.approx(ref.bse[name], rel=1e-6)
        assert table.loc[g, "adj_p_value"] == pytest.approx(ref.pvalues[name], rel=1e-6)
        assert table.loc[g, "adj_diff_ci_low"] == pytest.approx(ci.loc[name, 0], rel=1e-6)
        assert table.loc[g, "adj_diff_ci_high"] == pytest.approx(ci.loc[name, 1], rel=1e-6)
        assert table.loc[g, "adj_p_method"] == "cluster_t"
    assert table.loc["none", "adj_diff"] == 0 and np.isnan(table.loc["none", "adj_p_value"])
    assert res.controls == ["skill", "country", "age"]


def test_missing_controls_are_dropped_and_said_and_collinear_ones_named():
    d = workers_data(1)
    d.loc[d.index[:25], "skill"] = None
    d["country_copy"] = d["country"]
    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill", "country", "country_copy"]],
                        reference="none")
    assert any("25 workers with a missing control" in n for n in res.notes)
    assert any("country_copy" in n for n in res.notes)
    kept = d.iloc[25:]
    ref = reference_fit(kept, "y ~ C(g, Treatment('none')) + C(skill) + C(country)", False)
    got = res.table.set_index("group").loc["process", "adj_diff"]
    assert got == pytest.approx(ref.params["C(g, Treatment('none'))[T.process]"], rel=1e-6)


def test_a_bootstrap_replaces_the_p_value_of_the_groups_asked_for():
    d = workers_data(2)
    seen = []

    class Fake:
        p_value, ci_low, ci_high = 0.5, -1.0, 1.0

    def fake(y, X, clusters, column, weights=None):
        seen.append((X.shape, column, X[:, column].sum()))
        return Fake()

    res = adjusted_gaps(d["y"], d["g"], d["firm"], d[["skill"]], reference="none",
                        bootstrap=fake, bootstrap_groups={"chain"})
    table = res.table.set_index("group")
    assert table.loc["chain", "adj_p_method"] == "wild_bootstrap"
    assert table.loc["chain", "adj_p_value"] == 0.5
    assert table.loc["process", "adj_p_method"] == "cluster_t"
    (shape, column, ones), = seen
    assert column == 2 and ones == (d["g"] == "chain").sum() and shape[1] == 5


def test_controls_for_keeps_what_varies_and_adds_country_when_several():
    firms = pd.DataFrame({"firm_id": [1, 2, 3], "country": ["VN", "TH", "VN"]})
    workers = pd.DataFrame({"firm_id": [1, 2, 3, 3], "gender": ["f", "f", "m", "f"],
                            "skill_group": ["line"] * 4})
    assert controls_for(firms, workers) == ["gender", "country"]
    one = workers[workers["firm_id"] != 2]
    assert controls_for(firms, one) == ["gender"]
    frame = control_frame(firms, workers, ["gender", "country"])
    assert list(frame["country"]) == ["VN", "TH", "VN", "VN"]


@pytest.fixture(scope="module")
def sample_result():
    survey = open_survey(SAMPLE).survey
    return survey, run_analysis(survey.firms, survey.workers)


def test_sample_rows_carry_the_adjusted_gap_with_its_controls(sample_result):
    """The JSON rows carry the adjusted gap of result.comparisons (checked against statsmodels'
    formula API in tests/core/test_adjusted.py) and name the controls."""
    _, result = sample_result
    assert result.adjusted_for == ["skill_group", "gender", "country"]
    data = result.to_json()
    assert data["adjusted_for"] == ["skill_group", "gender", "country"]
    row = next(r for r in data["comparisons"] if r["outcome"] == "wage_to_minimum"
               and r["group"] == "process")
    frame = result.comparisons.set_index(["outcome", "group_var", "group"])
    assert row["adj_diff"] == pytest.approx(
        frame.loc[("wage_to_minimum", "highest_type", "process"), "adj_diff"], rel=1e-12)
    assert row["adj_diff"] != pytest.approx(row["diff"], rel=0.05)  # holding them changes it
    assert row["adj_p_method"] == row["p_method"] == "cluster_t"
