"""core.analysis.exact_tests gives scipy.stats' numbers to the last bit without importing it (the
import cost 1.3–1.9 s of every first analysis): compared with scipy.stats itself, exactly, on
every small table and on random larger ones."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.stats

from core.analysis import exact_tests

REPO = Path(__file__).resolve().parents[2]


def _same(a: float, b: float) -> bool:
    return (np.isnan(a) and np.isnan(b)) or a == b


def test_t_tail_and_quantile_equal_scipy_stats():
    df = np.array([1, 2, 3, 4, 5, 7, 9, 14, 29, 30, 59, 137, 279, 1000, 2.5, 17.25])
    x = np.array([0.0, 1e-9, 0.3, 1.0, 1.959964, 2.5, 4.0, 12.0, 60.0, np.inf, np.nan])
    for d in df:
        assert np.array_equal(exact_tests.t_sf(x, d), scipy.stats.t.sf(x, d), equal_nan=True)
        assert exact_tests.t_ppf(0.975, d) == scipy.stats.t.ppf(0.975, d)
        assert float(exact_tests.t_sf(abs(-2.1), int(max(d, 1)))) == float(
            scipy.stats.t.sf(2.1, int(max(d, 1))))
    assert np.array_equal(exact_tests.t_ppf(0.975, df), scipy.stats.t.ppf(0.975, df))


def test_chi_square_equals_chi2_contingency_without_correction():
    rng = np.random.default_rng(20261208)
    tables = [np.array(t).reshape(2, 2) for t in itertools.product(range(1, 6), repeat=4)]
    tables += [rng.integers(0, 40, size=(rng.integers(2, 6), 2)) for _ in range(400)]
    tables += [rng.integers(0, 400, size=(3, 2)), np.array([[0, 5], [3, 0], [2, 2]])]
    checked = 0
    for table in tables:
        try:
            want = scipy.stats.chi2_contingency(table, correction=False)
        except ValueError:
            with pytest.raises(ValueError):
                exact_tests.chi_square(table)
            continue
        statistic, dof, p = exact_tests.chi_square(table)
        assert (statistic, dof) == (float(want.statistic), int(want.dof)), table
        assert p == float(want.pvalue), table
        checked += 1
    assert checked > 500


def test_fisher_exact_equals_scipy_on_every_small_table_and_random_large_ones():
    rng = np.random.default_rng(7)
    tables = [np.array(t).reshape(2, 2) for t in itertools.product(range(7), repeat=4)]
    tables += [rng.integers(0, 300, size=(2, 2)) for _ in range(300)]
    tables += [np.array([[0, 0], [3, 4]]), np.array([[150, 2], [1, 160]])]
    for table in tables:
        want = scipy.stats.fisher_exact(table)
        odds, p = exact_tests.fisher_exact(table)
        assert _same(odds, float(want.statistic)), table
        assert p == float(want.pvalue), table


def test_an_analysis_no_longer_imports_scipy_stats():
    """The point of the module: the sample's whole analysis, in a fresh process."""
    code = ("import sys; from pathlib import Path; "
            "from core.project.opening import open_survey; "
            "from core.analysis.pipeline import run_analysis; "
            "s = open_survey(Path('resources/sample_survey.uex.json')).survey; "
            "from core.analysis.pipeline import AnalysisSettings; "
            "run_analysis(s.firms, s.workers, settings=AnalysisSettings("
            "bootstrap_draws=199, outcomes=['training'])); "
            "print(sorted(m for m in sys.modules if m.startswith('scipy.stats'))[:3])")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
