"""Upgrading Explorer entry point.

    python main.py                      the window, on the last project or the bundled sample
    python main.py FILE                 the window, on a survey file or project (*.uex.json)
    python main.py --selftest           open the sample in the window, quit with 0 if it shows
    python main.py inspect FILE [--json]
    python main.py analyze FILE [--where ROLE=VALUE ...] [--out results.xlsx] [--json results.json]
                       [--report report.docx] [--lang en|vi|th|my]

The headless commands never import Qt, so they run on servers and in scripts (``--report`` draws
its charts with Qt offscreen; without a display that needs no screen).
"""

from __future__ import annotations

import sys
from pathlib import Path

from core.common.paths import resource_path

HEADLESS_COMMANDS = ("inspect", "analyze", "-h", "--help")
SAMPLE_PROJECT = resource_path("sample_survey.uex.json")


def install_report_charts() -> None:
    """Let ``analyze --report`` draw its charts with the window's chart code (core never
    imports Qt; this entry point may)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.export import report_docx
    from gui.report_charts import render_charts

    report_docx.chart_renderer = render_charts


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in HEADLESS_COMMANDS or argv[0] == "--debug"):
        from core.cli.main import main as cli_main

        if "--report" in argv:  # the report's charts are drawn with Qt, offscreen
            install_report_charts()
        return cli_main(argv)
    from gui.app import run
    from gui.survey_loader import load_for_window

    selftest = "--selftest" in argv
    argv = [a for a in argv if a != "--selftest"]
    path = Path(argv[0]) if argv and not argv[0].startswith("-") else None
    qt_args = sys.argv[:1] + [a for a in argv if a.startswith("-")]
    return run(qt_args, path=path, loader=load_for_window, sample_path=SAMPLE_PROJECT,
               selftest=selftest)


READER_COMMANDS = ("inspect", "analyze")


def entry(argv: list[str] | None = None) -> int:
    """The process entry: the reader process when asked to be one (a frozen app starts itself
    with ``--reader-process``), else :func:`main`, with workbooks and Stata/SPSS files parsed in
    the reader process (core.io.isolation: a crash of a native library ends that process only)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.io import isolation

    if argv[:1] == [isolation.CHILD_FLAG]:
        from core.io.reader_process import serve

        return serve()
    if not argv or argv[0] in READER_COMMANDS or not argv[0].startswith("-") or (
            argv[0] in ("--debug", "--selftest")):
        isolation.start()  # in the background: its imports overlap ours
    return main(argv)


if __name__ == "__main__":
    sys.exit(entry())
