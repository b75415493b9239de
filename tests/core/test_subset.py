"""Subsets: masks, serialisation, --where parsing, facet counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis.subset import Subset, apply_subset, facet_counts, parse_where, subset_summary
from core.common.errors import SubsetError


def survey() -> tuple[pd.DataFrame, pd.DataFrame]:
    firms = pd.DataFrame({
        "firm_id": ["A", "B", "C", "D"],
        "country": pd.Categorical(["Vietnam", "Vietnam", "Thailand", "Myanmar"]),
        "sector": pd.Categorical(["apparel", "electronics", "electronics", "apparel"]),
        "employees": [50.0, 500.0, np.nan, 120.0],
        "new_machinery": pd.array([True, False, None, True], dtype="boolean"),
        "highest_type": pd.Categorical(["process", "none", "unknown", "chain"]),
    })
    workers = pd.DataFrame({
        "worker_id": [f"w{i}" for i in range(8)],
        "firm_id": ["A", "A", "B", "B", "C", "C", "D", "Z"],
        "gender": pd.Categorical(["female", "male", "female", "female", "male", None, "female",
                                  "male"]),
        "age": [20.0, 30, 40, 50, 25, 35, 45, 55],
    })
    return firms, workers


def test_empty_subset_keeps_everything_including_orphans():
    firms, workers = survey()
    m = apply_subset(firms, workers, Subset())
    assert m.firms.all() and m.workers.all() and m.n_firms_of_workers == 5
    assert Subset().to_json() == {} and Subset.from_json({}).is_empty()


def test_firm_filter_keeps_those_firms_workers():
    firms, workers = survey()
    m = apply_subset(firms, workers, Subset(firms={"country": ["vietnam"]}))
    assert m.firms.tolist() == [True, True, False, False]
    assert m.workers.tolist() == [True] * 4 + [False] * 4
    assert subset_summary(m, 4, 8) == "2 of 4 firms · 4 of 8 workers"


def test_worker_filter_keeps_matching_workers_and_reports_their_firms():
    firms, workers = survey()
    m = apply_subset(firms, workers, Subset(workers={"gender": ["female"]}))
    assert m.workers.tolist() == [True, False, True, True, False, False, True, False]
    assert m.firms.all()  # firm tables use the firm filters only
    assert m.n_firms_of_workers == 3


def test_ranges_yesno_derived_columns_and_text():
    firms, workers = survey()
    assert apply_subset(firms, workers, Subset(firm_ranges={"employees": (100, None)})
                        ).firms.tolist() == [False, True, False, True]
    assert apply_subset(firms, workers, Subset(worker_ranges={"age": (None, 30)})
                        ).workers.sum() == 3
    assert apply_subset(firms, workers, Subset(firms={"new_machinery": ["yes"]})
                        ).firms.tolist() == [True, False, False, True]
    assert apply_subset(firms, workers, Subset(firms={"highest_type": ["process", "chain"]})
                        ).firms.tolist() == [True, False, False, True]
    assert apply_subset(firms, workers, Subset(text="THAI")).firms.tolist() == [
        False, False, True, False]


def test_json_round_trip():
    s = Subset(firms={"country": ["Vietnam", "Thailand"]}, workers={"gender": ["female"]},
               firm_ranges={"employees": (10.0, None)}, text="abc")
    assert Subset.from_json(s.to_json()) == s
    import json
    assert Subset.from_json(json.dumps(s.to_json())) == s


@pytest.mark.parametrize(("data", "message"), [
    ({"firms": {"nonsense_role": ["x"]}}, "Unknown firm role 'nonsense_role'"),
    ({"firms": {"ownership": ["foreign"]}}, "survey has no firm role 'ownership'"),
    ({"stuff": 1}, "Unknown subset entry"),
    ({"firm_ranges": {"employees": [1]}}, "must be [low, high]"),
])
def test_bad_subsets(data, message):
    firms, workers = survey()
    with pytest.raises(SubsetError) as err:
        apply_subset(firms, workers, Subset.from_json(data))
    assert message in str(err.value)


def test_parse_where():
    firms, workers = survey()
    s = parse_where(["country=vietnam,THAILAND", "sector=garment", "gender=Female",
                     "employees=100..", "new_machinery=yes"], firms, workers)
    assert s.firms == {"country": ["Vietnam", "Thailand"], "sector": ["apparel"],
                       "new_machinery": ["true"]}
    assert s.workers == {"gender": ["female"]}
    assert s.firm_ranges == {"employees": (100.0, None)}
    assert parse_where(["country=Vietnam", "country=Myanmar"], firms, workers).firms == {
        "country": ["Vietnam", "Myanmar"]}


@pytest.mark.parametrize(("item", "message"), [
    ("colour=red", "Unknown role 'colour'"),
    ("country=Narnia", "'Narnia' is not a value of 'country'"),
    ("country", "Write ROLE=VALUE"),
    ("country=", "No value given"),
    ("employees=lots", "not a number"),
    ("new_machinery=maybe", "not a yes/no value"),
])
def test_parse_where_errors(item, message):
    firms, workers = survey()
    with pytest.raises(SubsetError) as err:
        parse_where([item], firms, workers)
    assert message in str(err.value)


def test_facet_counts_leave_out_their_own_filter():
    firms, workers = survey()
    s = Subset(firms={"country": ["Vietnam"], "sector": ["apparel"]},
               workers={"gender": ["female"]})
    counts = facet_counts(firms, workers, s)
    # country facet: under sector=apparel only → Vietnam 1, Myanmar 1, Thailand 0
    assert counts[("firm", "country")].to_dict() == {"Myanmar": 1, "Thailand": 0, "Vietnam": 1}
    # sector facet: under country=Vietnam → apparel 1, electronics 1
    assert counts[("firm", "sector")].to_dict() == {"apparel": 1, "electronics": 1}
    # gender facet: workers of firms passing all firm filters (A) → female 1, male 1
    assert counts[("worker", "gender")].dropna().to_dict() == {"female": 1, "male": 1}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Vietnam", "Thailand", "Myanmar"]), min_size=1, max_size=15),
       st.lists(st.sampled_from(["female", "male"]), min_size=1, max_size=30))
def test_subset_of_everything_equals_no_subset(countries, genders):
    firms = pd.DataFrame({"firm_id": [f"F{i}" for i in range(len(countries))],
                          "country": pd.Categorical(countries)})
    workers = pd.DataFrame({"firm_id": [f"F{i % len(countries)}" for i in range(len(genders))],
                            "gender": pd.Categorical(genders)})
    everything = Subset(firms={"country": sorted(set(countries))},
                        workers={"gender": sorted(set(genders))})
    full, none = apply_subset(firms, workers, everything), apply_subset(firms, workers, None)
    assert np.array_equal(full.firms, none.firms) and np.array_equal(full.workers, none.workers)
