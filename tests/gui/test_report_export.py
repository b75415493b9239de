"""File → Export report… and ``analyze --report`` (issue 13): a Word document with every finding,
a chart drawn by the window's chart code for each charted finding, in the interface language."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from docx import Document

from gui import i18n
from tests.gui.sample_window import SAMPLE, close_window, open_sample_window, silence_errors


@pytest.fixture
def window(qtbot, monkeypatch):
    # a failed export shows its error box: recorded, not left open (a modal box would hold the
    # test until its timeout instead of failing it)
    errors = silence_errors(monkeypatch)
    win = open_sample_window(qtbot, size=(1024, 768))
    yield win
    i18n.install_language("en")
    close_window(win)
    assert [box.text() for box in errors] == []


def test_file_export_report_writes_findings_and_charts(qtbot, window, tmp_path):
    window.set_language("vi")
    with qtbot.waitSignal(window.analysisShown, timeout=30_000):
        window.subset_panel.set_value_checked("country", "Vietnam", True)
    path = tmp_path / "báo cáo.docx"
    window.choose_report_path = lambda: path
    assert window.action_export_report.isEnabled()
    with qtbot.waitSignal(window.exportFinished, timeout=60_000) as done:
        window.action_export_report.trigger()
    assert done.args == ["report", path]
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    result = window.current_result()[0]
    stated = result.stated_findings("vi")
    assert all(f.statement in texts for f in stated)
    charted = [f for f in stated if f.key == "upgrading_counts" or f.key == "bargaining"
               or f.key.startswith("outcome:")]
    assert len(doc.inline_shapes) == len(charted) > 5


def test_analyze_report_draws_its_charts_offscreen(tmp_path, capsys, monkeypatch):
    import main
    from core.export import report_docx

    monkeypatch.setattr(report_docx, "chart_renderer", None)  # main installs it; undone after

    path = tmp_path / "report.docx"
    assert main.main(["analyze", str(SAMPLE), "--where", "country=Thailand", "--report",
                      str(path)]) == 0
    assert f"Written: {path}" in capsys.readouterr().out
    doc = Document(str(path))
    assert len(doc.inline_shapes) > 5
    assert any(p.text.startswith("Subset: country: Thailand") for p in doc.paragraphs)


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed here")
def test_the_report_with_its_charts_converts_to_pdf_with_every_picture(tmp_path, monkeypatch):
    import main
    from core.export import report_docx

    monkeypatch.setattr(report_docx, "chart_renderer", None)
    path = tmp_path / "báo cáo.docx"
    assert main.main(["analyze", str(SAMPLE), "--where", "country=Vietnam", "--lang", "vi",
                      "--report", str(path)]) == 0
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, timeout=180, capture_output=True)
    pdf = (tmp_path / "báo cáo.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    images = len(re.findall(rb"/Subtype\s*/Image", pdf))
    shapes = len(Document(str(path)).inline_shapes)
    assert images >= shapes > 5  # every chart drawn (plus its transparency mask, if any)
    assert pages >= shapes  # one finding per page at most: statement, chart, table together


def test_charts_in_another_language_leave_the_interface_language_alone(monkeypatch):
    from core.analysis.pipeline import run_analysis
    from gui.report_charts import render_charts
    from tests.core.test_analysis import synthetic_survey

    firms, workers = synthetic_survey(n_firms=30, workers_per_firm=3, seed=2)
    result = run_analysis(firms, workers)
    assert i18n.current_language() == "en"
    charts = render_charts(result, "vi")
    assert charts and all(png.startswith(b"\x89PNG") for png in charts.values())
    assert i18n.current_language() == "en"


def test_a_script_never_replaces_a_project_kept_beside_it(tmp_path):
    from gui.controllers.export_controller import free_path

    kept = tmp_path / "my analysis.uex.json"
    assert free_path(kept) == kept  # nothing there: the plain name
    kept.write_text('{"mine": true}', encoding="utf-8")
    assert free_path(kept) == tmp_path / "my analysis 2.uex.json"
    (tmp_path / "my analysis 2.uex.json").write_text("{}", encoding="utf-8")
    assert free_path(kept) == tmp_path / "my analysis 3.uex.json"
    assert kept.read_text(encoding="utf-8") == '{"mine": true}'
