"""Upgrading Explorer core: pure Python + pandas. Never imports Qt (tests/core/test_boundary.py checks)."""

__version__ = "0.1.0"
