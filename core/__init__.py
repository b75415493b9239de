"""Upgrading Explorer core: pure Python + pandas. Never imports Qt (tests/core/test_boundary.py checks)."""

import os as _os

# python-docx (the report) installs lxml, and openpyxl then switches its XML writer and reader to
# lxml: workbooks come out with other bytes and text cells with control characters read back
# differently (tests/core/test_results_export.py, test_sample.py). The stdlib path is the one
# tested; keep it whether or not lxml is present. Set before any module imports openpyxl.
_os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"
