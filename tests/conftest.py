"""Test-wide setup: Qt runs offscreen (no screen on CI), and shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# One BLAS thread per test worker: two xdist workers on two cores, each also spawning BLAS threads,
# would oversubscribe the two cores. Set before numpy is first imported (conftest loads before test modules).
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OPENPYXL_LXML", "False")  # as core/__init__ (test modules import openpyxl)

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture(autouse=True)
def _no_read_cache_between_tests():
    """The window switches core's read cache on (core.io.read_cache); it must not outlive the
    test, or a later test would read its files from another test's cache."""
    yield
    from core.io import read_cache

    read_cache.wait_for_writes()
    read_cache.configure(None)


@pytest.fixture(autouse=True)
def _result_memo_untainted(monkeypatch):
    """core.analysis.result_memo keeps analyses across tests (the sample's is computed once per
    worker, not once per test). A test that patches core code may compute a result no real run
    gives: whatever it remembered is forgotten, so no later test is served it."""
    yield
    patched = [target for target, _name, _value in getattr(monkeypatch, "_setattr", [])
               if (getattr(target, "__module__", None) or getattr(target, "__name__", "")
                   ).startswith("core.")]
    if patched:
        from core.analysis import result_memo

        result_memo.clear()
