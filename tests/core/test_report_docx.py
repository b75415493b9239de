"""The take-home report (issue 13): every finding in words, in order, with the numbers behind it
equal to the finding's own; the methods, rules and provenance; in the reader's language; pictures
where the caller gives them; and, where LibreOffice is installed, it converts to PDF."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from docx import Document

from core.analysis.pipeline import run_analysis
from core.export import report_docx
from core.export.report_docx import write_report
from core.project.opening import open_survey

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}


def tiny_png() -> bytes:
    """A valid 2×2 white PNG (python-docx reads the size from it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def result():
    survey = open_survey(SAMPLE).survey
    return run_analysis(survey.firms, survey.workers, subset=VN_ELECTRONICS)


def _texts(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def _table_rows(path: Path) -> list[dict[str, str]]:
    return [{r.cells[0].text: r.cells[1].text for r in t.rows} for t in Document(str(path)).tables]


def test_every_finding_is_in_the_report_in_order_with_its_numbers(result, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(report_docx, "chart_renderer", None)
    path = write_report(result, tmp_path / "r.docx", title="Sample survey",
                        about={"source_file": "sample.xlsx", "sha256": "abc123"})
    texts = _texts(path)
    stated = [f.statement for f in result.stated_findings("en")]
    positions = [texts.index(s) for s in stated]
    assert positions == sorted(positions) and len(stated) >= 8
    assert "Subset: country: Vietnam; sector: electronics (64 firms, 144 workers)" in texts
    wage = next(f for f in result.stated_findings("en") if f.key == "outcome:monthly_wage")
    n = wage.numbers
    table = next(t for t in _table_rows(path) if "Firms (upgraded / did not)" in t)
    assert table["Firms (upgraded / did not)"] == f"{n['n_firms_upgraded']} / {n['n_firms_not']}"
    assert table["p-value"] == f"{n['p_value']:.3f}"
    assert table["p-value, Holm-adjusted"] == f"{n['p_holm']:.3f}"
    assert table["Method"] == {"cluster_t": "t-test, clustered by firm",
                               "permutation": "permutation test over firms",
                               "wild_bootstrap": "wild cluster bootstrap"}[n["p_method"]]
    methods = next(t for t in texts if t.startswith("Workers are compared"))
    seed = result.settings.thresholds.bootstrap_seed
    assert f"fixed seed ({seed})" in methods and "Holm" in methods
    assert f"fewer than {result.disclosure.min_firms} firms" in methods
    assert any(t.startswith("Process: yes when any of these is yes") for t in texts)
    provenance = _table_rows(path)[-1]
    assert provenance["SHA-256"] == "abc123" and provenance["Source file"] == "sample.xlsx"
    assert not Document(str(path)).inline_shapes  # no renderer, no picture


def test_in_vietnamese_with_a_picture_for_each_charted_finding(result, tmp_path):
    charts = {"upgrading_counts": tiny_png(), "outcome:monthly_wage": tiny_png(),
              "not a finding": tiny_png()}
    path = write_report(result, tmp_path / "vi.docx", language="vi", charts=charts)
    texts = _texts(path)
    assert "Kết luận chính" in texts and "Các con số được tính thế nào" in texts
    for f in result.stated_findings("vi"):
        assert f.statement in texts
    assert len(Document(str(path)).inline_shapes) == 2
    assert any("Doanh nghiệp (đã nâng cấp / chưa)" in t for t in _table_rows(path))


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed here")
def test_libreoffice_converts_the_report_to_pdf(result, tmp_path):
    path = write_report(result, tmp_path / "r.docx", charts={"upgrading_counts": tiny_png()})
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(path)], check=True, timeout=180, capture_output=True)
    pdf = tmp_path / "r.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
