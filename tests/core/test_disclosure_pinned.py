"""A withheld cell of a two-way table that its margins give back (#14: without a linear programme
per cell): ``table_pinned`` is held to ``table_ranges``' linear programmes on every kind of table
the matrix and category tables make, and protection is the same as the programmes would make it."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis import disclosure
from core.analysis.disclosure import protect_table, table_pinned, table_ranges


def _by_programmes(table: np.ndarray, hidden: np.ndarray, check: np.ndarray) -> np.ndarray:
    low, high = table_ranges(table, hidden)
    return hidden & check & (high - low < 0.5)


def _random_tables(seed: int, n: int):
    rng = np.random.default_rng(seed)
    for _ in range(n):
        shape = (int(rng.integers(1, 6)), int(rng.integers(1, 6)))
        table = rng.integers(0, 5, size=shape).astype(float)
        table[rng.random(shape) < 0.3] = 0.0  # zeros beside zeros: the hard cases
        hidden = rng.random(shape) < rng.uniform(0.2, 0.9)
        check = rng.random(shape) < 0.8
        yield table, hidden, check


def test_pinned_cells_equal_the_linear_programmes_on_random_count_tables():
    pinned_seen = free_seen = 0
    for table, hidden, check in _random_tables(14, 300):
        got = table_pinned(table, hidden, check)
        want = _by_programmes(table, hidden, check)
        assert (got == want).all(), (table.tolist(), hidden.tolist(), check.tolist())
        pinned_seen += int(want.sum())
        free_seen += int((hidden & check & ~want).sum())
    assert pinned_seen > 50 and free_seen > 50  # both answers were tested often


@pytest.mark.parametrize("table, hidden, pinned", [
    # one withheld cell: its row total gives it back
    ([[5, 3], [2, 7]], [[True, False], [False, False]], [[True, False], [False, False]]),
    # a rectangle of nonzero cells can move one unit round: nothing is given back
    ([[5, 3], [2, 7]], [[True, True], [True, True]], [[False, False], [False, False]]),
    # a rectangle with a zero: the zero cannot go lower, its opposite corner cannot go lower,
    # but both can go up by taking from the two nonzero ones
    ([[0, 3], [2, 7]], [[True, True], [True, True]], [[False, False], [False, False]]),
    # zeros on a diagonal: they can still go up, by as much as the other diagonal goes down
    ([[0, 4], [4, 0]], [[True, True], [True, True]], [[False, False], [False, False]]),
    # a column of zeros: its total 0 fixes it, and then the row totals fix the rest
    ([[0, 4], [0, 3]], [[True, True], [True, True]], [[True, True], [True, True]]),
    # a pair in one row is given back by the column totals
    ([[5, 3], [2, 7]], [[True, True], [False, False]], [[True, True], [False, False]]),
])
def test_hand_worked_tables(table, hidden, pinned):
    table, hidden = np.array(table, dtype=float), np.array(hidden)
    assert table_pinned(table, hidden).tolist() == pinned
    assert _by_programmes(table, hidden, hidden).tolist() == pinned


def test_weighted_tables_are_left_to_the_programmes(monkeypatch):
    calls = []
    real = disclosure.table_ranges
    monkeypatch.setattr(disclosure, "table_ranges",
                        lambda t, h: calls.append(1) or real(t, h))
    table = np.array([[2.5, 3.0], [1.0, 7.25]])
    hidden = np.ones((2, 2), dtype=bool)
    assert table_pinned(table, hidden).tolist() == _by_programmes(table, hidden, hidden).tolist()
    assert calls


def test_protection_is_what_the_programmes_would_choose(monkeypatch):
    rng = np.random.default_rng(7)
    tables = [rng.integers(0, 12, size=(int(rng.integers(2, 5)), int(rng.integers(2, 5))))
              .astype(float) for _ in range(30)]
    fast = [protect_table(t, (t > 0) & (t < 3)) for t in tables]
    monkeypatch.setattr(disclosure, "table_pinned",
                        lambda t, h, c=None: _by_programmes(np.asarray(t, float), h,
                                                            h if c is None else c))
    slow = [protect_table(t, (t > 0) & (t < 3)) for t in tables]
    assert all((a == b).all() for a, b in zip(fast, slow, strict=True))
    assert sum(int(h.sum()) for h in fast) > 30
