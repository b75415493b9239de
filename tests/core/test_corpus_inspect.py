"""`inspect` over every real-world file in ../shared/corpus: each loads or is refused cleanly.

The corpus holds files from other projects' test suites (Excel, LibreOffice, SPSS, Stata ... some
damaged or encrypted on purpose). MANIFEST.tsv says which must load and which must be refused.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.cli.inspect_report import inspect_report

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
MANIFEST = CORPUS / "MANIFEST.tsv"

if not MANIFEST.exists():
    pytest.skip("../shared/corpus is not present on this machine", allow_module_level=True)

with MANIFEST.open(encoding="utf-8") as fh:
    ROWS = list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_inspect_loads_or_refuses_cleanly(row):
    report = inspect_report(CORPUS / row["file"])
    assert isinstance(report["message"], str) and report["message"]
    if row["expected"] == "refuse":
        assert report["loadable"] is False, f"{row['file']} must be refused: {row['note']}"
        if "PASSWORD" in row["note"]:
            assert "password" in report["message"].lower()
    else:
        assert report["loadable"] is True, f"{row['file']}: {report['message']}"
        assert report["tables"] or "no" in report["message"].lower()
