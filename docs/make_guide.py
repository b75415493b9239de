"""Regenerate the user guide: every screenshot (from the real window) and the HTML pages.

    python docs/make_guide.py                 everything (screenshots, then HTML)
    python docs/make_guide.py --html-only     only turn docs/*.md into docs/html/*.html
    python docs/make_guide.py --only subset   only some screenshots (names: --list)

The window is the real MainWindow, started offscreen at 1280×800 with its own empty settings and
data folders (so a developer's recent files and remembered imports never show). It opens the
bundled sample survey through the same call File → Open makes, waits for the window's own
signals (openFinished, derivedReady, analysisShown, the outcomes view's computed) — never a
blind sleep — clicks values in the subset panel, switches tabs, opens the import review on
resources/sample_survey.xlsx, edits a rule in the rule editor, exports and saves, and grabs PNGs
into docs/images/.

The HTML converter is deliberately tiny (standard library only): headings, paragraphs, lists,
images, tables, fenced code, block quotes, links, **bold**, *italics* and `code`. Help in the app
is meant to open docs/html/index.html (docs/index.html forwards there). It also writes
docs/handout.pdf (A4, one page) from docs/handout.md with Qt's own text layout.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
IMAGES = DOCS / "images"
HTML_DIR = DOCS / "html"
SAMPLE_PROJECT = REPO / "resources" / "sample_survey.uex.json"
SAMPLE_WORKBOOK = REPO / "resources" / "sample_survey.xlsx"
WINDOW_SIZE = (1280, 800)

# Pages of the guide, in reading order (file stem → title shown in the HTML navigation).
PAGES = [
    ("index", "Upgrading Explorer: user guide"),
    ("install", "1. Install and start"),
    ("open", "2. Open a survey"),
    ("import-review", "3. Check how a new file was read"),
    ("subset", "4. Choose which firms and workers to look at"),
    ("upgrading", "5. Economic upgrading"),
    ("worker-outcomes", "6. Worker outcomes"),
    ("matrix", "7. Economic × social upgrading"),
    ("rules", "8. Change a rule"),
    ("export-save", "9. Export results and save a project"),
    ("reading-numbers", "10. Reading the numbers honestly"),
    ("handout", "Workshop handout (one page)"),
]

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# ---------------------------------------------------------------------------------------------
# An isolated, offscreen Qt
# ---------------------------------------------------------------------------------------------

def isolate(root: Path) -> None:
    """Empty settings and data folders under ``root``; offscreen Qt on a 1600×1000 screen (so
    the window and the import review open at their normal 1280×800 and 1180×760). Call before
    the QApplication exists."""
    os.environ["UPGRADING_EXPLORER_DATA_DIR"] = str(root / "data")
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    screen = root / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "guide", "x": 0, "y": 0, "width": 1600, "height": 1000,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    from PySide6.QtCore import QSettings

    # QSettings follows XDG_CONFIG_HOME on Linux only: point it there on every platform.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "config"))


def _app():
    """The running QApplication (a test's), or a new one named like the real app's."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
        app.setApplicationName("Upgrading Explorer")
        app.setOrganizationName("Upgrading Explorer")
    return app


class Timeout(RuntimeError):
    pass


def wait_for(signals, action: Callable[[], object] | None = None, *, timeout: float = 60.0,
             what: str = "") -> list:
    """Connect to every signal, run ``action``, then run the event loop until each signal has
    fired once (its arguments are returned, in order). Raises Timeout after ``timeout`` s."""
    from PySide6.QtCore import QEventLoop, QTimer

    signals = list(signals)
    got: dict[int, tuple] = {}
    loop = QEventLoop()
    slots = []
    for i, signal in enumerate(signals):
        def slot(*args, i=i):
            got.setdefault(i, args)
            if len(got) == len(signals):
                loop.quit()
        signal.connect(slot)
        slots.append(slot)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    try:
        if action is not None:
            action()
        if len(got) < len(signals):
            timer.start(int(timeout * 1000))
            loop.exec()
    finally:
        timer.stop()
        for signal, slot in zip(signals, slots, strict=True):
            signal.disconnect(slot)
    if len(got) < len(signals):
        raise Timeout(f"waited {timeout:.0f} s for {what or 'a signal'}")
    return [got[i] for i in range(len(signals))]


def wait_until(condition: Callable[[], bool], *, timeout: float = 30.0, what: str = "") -> None:
    """Run the event loop until ``condition()`` holds (checked every 20 ms), for states the
    window announces with no signal (a dialog opened, background work finished)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    give_up.stop()
    if not condition():
        raise Timeout(f"waited {timeout:.0f} s for {what or 'a condition'}")


def settle() -> None:
    """Let queued events (layouts, repaints, zero-delay timers) run."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()


# ---------------------------------------------------------------------------------------------
# Driving the window
# ---------------------------------------------------------------------------------------------

class Guide:
    """The real window, and the gestures the guide describes."""

    def __init__(self, images: Path = IMAGES) -> None:
        self.app = _app()
        from gui.main_window import MainWindow
        from gui.survey_loader import load_for_window

        self.images = Path(images)
        self.images.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix="uex-guide-"))
        self.window = MainWindow(loader=load_for_window, sample_path=SAMPLE_PROJECT)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.window.resize(*WINDOW_SIZE)
        # Never a modal box in an unattended run: say what went wrong and stop.
        self.window.show_error = self._error
        self.sample_open = False
        self.facts: dict[str, object] = {}
        self.saved: list[Path] = []
        settle()

    def _error(self, title: str, text: str, *args, **kwargs) -> None:
        raise RuntimeError(f"the window reported an error: {title}: {text}")

    def close(self) -> None:
        self.window.shutdown()
        self.window.hide()
        self.window.deleteLater()
        settle()
        shutil.rmtree(self.work, ignore_errors=True)

    # -- pictures ----------------------------------------------------------------------------
    def save(self, widget, name: str, rect=None) -> Path:
        settle()
        pixmap = widget.grab() if rect is None else widget.grab(rect)
        path = self.images / f"{name}.png"
        if not pixmap.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        return path

    def save_window(self, name: str) -> Path:
        return self.save(self.window, name)

    def save_with_menu(self, menu, name: str, highlight=None) -> Path:
        """The window with one of its menus open (offscreen, a menu is its own top-level
        window: paint it onto the window's picture where it would appear)."""
        from PySide6.QtGui import QPainter

        bar = self.window.menuBar()
        action = menu.menuAction()
        bar.setActiveAction(action)
        wait_until(menu.isVisible, timeout=5, what="the menu to open")
        if highlight is not None:
            menu.setActiveAction(highlight)
        settle()
        picture = self.window.grab()
        menu_picture = menu.grab()
        top_left = self.window.mapFromGlobal(menu.mapToGlobal(menu.rect().topLeft()))
        if top_left.y() < bar.height():  # offscreen has no window frame: place it under the bar
            top_left.setX(bar.actionGeometry(action).left())
            top_left.setY(bar.height())
        painter = QPainter(picture)
        painter.drawPixmap(top_left, menu_picture)
        painter.end()
        menu.hide()
        bar.setActiveAction(None)
        path = self.images / f"{name}.png"
        picture.save(str(path), "PNG")
        self.saved.append(path)
        return path

    # -- gestures ----------------------------------------------------------------------------
    def file_open(self, path: Path, *, review: bool = False) -> None:
        """File → Open… with ``path`` chosen in the file dialog (the dialog itself is the
        operating system's; the window asks for the file through choose_file)."""
        w = self.window
        w.choose_file = lambda: Path(path)
        if review:
            w.action_open.trigger()
            wait_until(lambda: w.import_dialog() is not None and w.import_dialog().isVisible(),
                       timeout=60, what="the import review")
            return
        wait_for([w.openFinished, w.derivedReady], w.action_open.trigger,
                 what=f"{path.name} to open")
        self.wait_analysis()

    def wait_analysis(self) -> None:
        """Until the views have the analysis of the current subset and nothing computes."""
        w = self.window
        wait_until(lambda: w.current_result()[0] is not None
                   and not w.analysis_controller.is_busy(),
                   timeout=60, what="the analysis")
        settle()

    def ensure_sample(self) -> None:
        if not self.sample_open:
            self.file_open(SAMPLE_PROJECT)
            self.sample_open = True

    def show_tab(self, view) -> None:
        """Click a tab of the window; waits for the outcomes view to finish computing."""
        w = self.window
        index = w.tabs.indexOf(view)
        if view is w.outcomes_view:
            self.wait_analysis()
            if w.tabs.currentIndex() == index:
                return
            wait_for([view.computed], lambda: self._click_tab(index), what="the comparisons")
        else:
            self._click_tab(index)
        settle()

    def _click_tab(self, index: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        bar = self.window.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        if self.window.tabs.currentIndex() != index:
            self.window.tabs.setCurrentIndex(index)

    def click_facet(self, role: str, value: str) -> None:
        """Click the tick box of one value in the subset panel, as a user would."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        w = self.window
        panel = w.subset_panel
        item = panel.facet_item(role, value)
        if item is None:
            raise KeyError(f"{role}={value} is not in the subset panel")
        before = item.checkState(0)
        panel.tree.scrollToItem(item)
        settle()
        rect = panel.tree.visualItemRect(item)
        indicator = panel.tree.style().pixelMetric(
            panel.tree.style().PixelMetric.PM_IndicatorWidth)
        point = QPoint(rect.left() + 3 + indicator // 2, rect.center().y())

        def click():
            QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
            if item.checkState(0) == before:  # the style put the box elsewhere: tick it directly
                panel.set_value_checked(role, value, before != Qt.CheckState.Checked)

        wait_for([w.subsetChanged], click, what=f"the subset after ticking {value}")
        self.wait_analysis()

    def clear_subset(self) -> None:
        w = self.window
        if w.current_subset().to_json() == type(w.current_subset())().to_json():
            return
        wait_for([w.subsetChanged], w.subset_panel.clear_button.click, what="Clear")
        self.wait_analysis()

    def choose(self, box, data: str) -> None:
        index = box.findData(data)
        if index < 0:
            raise KeyError(f"{data} is not offered in {box.objectName()}")
        box.setCurrentIndex(index)


# ---------------------------------------------------------------------------------------------
# The screenshots
# ---------------------------------------------------------------------------------------------

def shot_welcome(g: Guide) -> None:
    """The window before a survey is open."""
    if g.sample_open:
        raise RuntimeError("the welcome page is shot before anything is opened")
    g.save_window("welcome")


def shot_import(g: Guide) -> None:
    """File → Open… on the sample workbook: the import review, three of its tabs; Accept."""
    w = g.window
    g.file_open(SAMPLE_WORKBOOK, review=True)
    dialog = w.import_dialog()
    dialog.resize(1180, 760)
    dialog.tabs.setCurrentIndex(0)
    dialog.side_box.setCurrentIndex(1)  # the worker table: pay, period, contract…
    for row in range(dialog.columns.rowCount()):  # select the row of the pay-period column
        item = dialog.columns.item(row, 1)
        if item is not None and item.text() == "pay_period":
            dialog.columns.selectRow(row)
            break
    g.save(dialog, "import-review")
    dialog.side_box.setCurrentIndex(0)
    dialog.tabs.setCurrentIndex(2)  # spellings: how the contract answers are read
    dialog.select_value_column("workers", "W6")
    g.save(dialog, "import-spellings")
    dialog.tabs.setCurrentIndex(3)
    g.facts["import_problems"] = dialog.problem_count()
    g.save(dialog, "import-problems")
    wait_for([w.openFinished, w.derivedReady], dialog.accept_button.click,
             what="the workbook to open after Accept")
    g.wait_analysis()
    g.sample_open = False  # the next shots open the sample project (its saved subsets)


def shot_firms(g: Guide) -> None:
    g.ensure_sample()
    g.show_tab(g.window.firms_panel)
    g.facts["summary"] = g.window.subset_panel.summary_text()
    g.save_window("window-firms")


def shot_subset(g: Guide) -> None:
    g.ensure_sample()
    g.clear_subset()
    g.show_tab(g.window.firms_panel)
    g.click_facet("country", "Vietnam")
    g.click_facet("sector", "apparel")
    g.facts["subset_summary"] = g.window.subset_panel.summary_text()
    g.save_window("subset")


def shot_upgrading(g: Guide) -> None:
    g.ensure_sample()
    g.clear_subset()
    w = g.window
    g.show_tab(w.upgrading_view)
    g.choose(w.upgrading_view.split_box, "sector")
    w.upgrading_view.chart_tabs.setCurrentIndex(0)
    g.facts["upgrading_counts"] = w.upgrading_view.counts_label.text()
    shares = w.upgrading_view.shares_table()
    g.facts["upgrading_shares"] = shares.round(3).to_dict("records") if len(shares) else []
    g.save_window("upgrading")
    sizes = w.splitter.sizes()
    w.splitter.setSizes([0, sum(sizes)])  # the subset panel dragged aside: wider charts
    w.upgrading_view.chart_tabs.setCurrentIndex(1)
    g.save(w.upgrading_view.chart_tabs, "upgrading-combinations")
    w.upgrading_view.chart_tabs.setCurrentIndex(2)
    g.save(w.upgrading_view.chart_tabs, "upgrading-bargaining")
    w.splitter.setSizes(sizes)
    w.upgrading_view.chart_tabs.setCurrentIndex(0)


def _outcomes(g: Guide, outcome: str, group: str = "highest_type",
              breakdown: str = "none") -> None:
    view = g.window.outcomes_view
    g.show_tab(view)
    for box, data in ((view.outcome_box, outcome), (view.group_box, group),
                      (view.breakdown_box, breakdown)):
        if box.currentData() != data:
            if outcome in ("monthly_wage", "log_monthly_wage") and box is view.outcome_box \
                    and view.pooled_currencies() == [] and len(_currencies(g)) > 1:
                g.choose(box, data)  # refused at once: no computation to wait for
                continue
            try:
                wait_for([view.computed], lambda b=box, d=data: g.choose(b, d), timeout=30,
                         what="the comparisons")
            except Timeout:
                if not view.pooled_currencies():
                    raise
    view.chart_tabs.setCurrentIndex(0)
    _room_for_table(view)


def _room_for_table(view, table_height: int = 205) -> None:
    """Drag the divider between the chart and the table up, so every row of the table shows."""
    from PySide6.QtWidgets import QSplitter

    split = next(s for s in view.findChildren(QSplitter)
                 if s.orientation().name == "Vertical")
    total = sum(split.sizes())
    split.setSizes([total - table_height, table_height])
    settle()


def _currencies(g: Guide) -> list[str]:
    from gui.views import currencies_of

    result = g.window.current_result()[0]
    return currencies_of(result.workers) if result is not None else []


def shot_outcomes(g: Guide) -> None:
    g.ensure_sample()
    g.clear_subset()
    view = g.window.outcomes_view
    _outcomes(g, "wage_to_minimum", "highest_type")
    g.facts["outcomes_table"] = view.comparisons().round(3).to_dict("records")
    g.save_window("outcomes")
    view.chart_tabs.setCurrentIndex(1)
    g.save(view.chart_tabs, "outcomes-spread")
    view.chart_tabs.setCurrentIndex(0)


def shot_outcomes_small(g: Guide) -> None:
    """A subset small enough for a 'few firms' note and a hidden ('too few to show') group."""
    g.ensure_sample()
    g.clear_subset()
    g.click_facet("country", "Thailand")
    view = g.window.outcomes_view
    _outcomes(g, "training", "highest_type")
    table = view.comparisons()
    g.facts["small_table"] = table.round(3).to_dict("records")
    g.save_window("outcomes-small-groups")


def shot_outcomes_money(g: Guide) -> None:
    """Monthly wage over three countries is refused; within Vietnam it is shown in VND."""
    g.ensure_sample()
    g.clear_subset()
    view = g.window.outcomes_view
    _outcomes(g, "monthly_wage", "highest_type")
    g.facts["money_refusal"] = view.warnings_label.text()
    g.save_window("outcomes-currencies")
    g.click_facet("country", "Vietnam")
    _outcomes(g, "monthly_wage", "skill_group")
    g.facts["vietnam_wage"] = view.comparisons().round(0).to_dict("records")
    g.save_window("outcomes-vietnam-wage")
    g.clear_subset()
    _outcomes(g, "wage_to_minimum", "highest_type")


def shot_matrix(g: Guide) -> None:
    g.ensure_sample()
    g.clear_subset()
    w = g.window
    g.show_tab(w.matrix_view)
    w.matrix_view.set_breakdown("all", "all")
    w.matrix_view.set_cutoff("median")
    g.facts["matrix_quadrants"] = {f"{e} / {s}": n for (e, s), n in
                                   w.matrix_view.quadrant_counts().items()}
    g.facts["matrix_not_shown"] = len(w.current_result()[0].firms) - len(w.matrix_view.points())
    g.save_window("matrix")


def shot_rules(g: Guide) -> None:
    """Product upgrading: count a real unit-price rise only above 5% (default: above 0);
    the preview, then Apply."""
    g.ensure_sample()
    g.clear_subset()
    w = g.window
    g.show_tab(w.upgrading_view)
    editor = w.upgrading_view.rule_editor
    # The editor's API addresses an item by (type, position); find the unit-price item's
    # position from the rule item each row carries (Qt.UserRole).
    key = next((s, i) for (s, i), row in editor._rows.items() if s == "product"
               and "unit_price_change_pct" in str(row.data(0, 0x0100)))
    main = w.upgrading_view.splitter
    total = sum(main.sizes())
    main.setSizes([total - 430, 430])  # the divider dragged left: the items' names show whole
    settle()
    editor.set_threshold(*key, 5)
    editor.tree.scrollToItem(editor._rows[key])
    preview = editor.preview()
    g.facts["rule_preview"] = {"changed": getattr(preview, "n_changed", None),
                               "summary": editor.summary.text(),
                               "details": editor.details.text()}
    g.save(w.upgrading_view.rule_editor, "rule-editor")
    wait_for([w.analysisShown], editor.apply_button.click, what="the analysis with the new rule")
    g.wait_analysis()
    g.facts["rules_applied"] = w.current_rules() is not None
    g.facts["product_after"] = int(w.current_result()[0].firms["product"].fillna(False).sum())
    g.save_window("rules-applied")
    main.setSizes([total - 330, 330])


def shot_export_save(g: Guide) -> None:
    """File menu; Export results workbook…; Save project as… (files go to a temp folder)."""
    g.ensure_sample()
    w = g.window
    g.show_tab(w.outcomes_view)
    file_menu = w.findChild(type(w.recent_menu), "fileMenu")
    g.save_with_menu(file_menu, "file-menu", highlight=w.action_export_results)
    results = g.work / "Sample survey - results.xlsx"
    w.choose_results_path = lambda: results
    wait_for([w.exportFinished], w.action_export_results.trigger, timeout=120,
             what="the results workbook")
    from openpyxl import load_workbook

    book = load_workbook(results, read_only=True)
    g.facts["results_sheets"] = book.sheetnames
    book.close()
    project = g.work / "My project.uex.json"
    w.choose_project_path = lambda: project
    w.action_save_as.trigger()
    if not project.exists():
        raise RuntimeError("Save project as… wrote nothing")
    g.facts["project_saved"] = project.name
    g.facts["project_has_rules"] = '"rules": null' not in project.read_text(encoding="utf-8")


def _row(records, group: str) -> dict:
    return next((r for r in records if r.get("group") == group), {})


def _share(facts, type_: str, group: str) -> tuple:
    r = next((r for r in facts.get("upgrading_shares", [])
              if r["type"] == type_ and r["group"] == group), {})
    return tuple(round(100 * r[k]) for k in ("share", "ci_low", "ci_high")) if r else ()


# What the guide's text quotes from the screenshots: (page, what, read from the facts, expected).
QUOTED: list[tuple[str, str, Callable[[dict], object], object]] = [
    ("open.md", "the subset line", lambda f: f.get("summary"),
     "280 of 280 firms · 802 of 802 workers"),
    ("subset.md", "Vietnam + Apparel", lambda f: f.get("subset_summary"),
     "96 of 280 firms · 256 of 802 workers"),
    ("import-review.md", "4 firms without workers (+2 notes)", lambda f: f.get("import_problems"), 6),
    ("upgrading.md, handout.md", "electronics process %",
     lambda f: _share(f, "process", "electronics"), (57, 48, 66)),
    ("upgrading.md, reading-numbers.md", "apparel process %",
     lambda f: _share(f, "process", "apparel"), (38, 31, 46)),
    ("upgrading.md", "product % apparel, electronics",
     lambda f: (_share(f, "product", "apparel")[:1], _share(f, "product", "electronics")[:1]),
     ((10,), (16,))),
    ("worker-outcomes.md", "wage ÷ minimum: none, process, diff, p",
     lambda f: (round(_row(f.get("outcomes_table", []), "none").get("mean", 0), 2),
                round(_row(f.get("outcomes_table", []), "process").get("mean", 0), 2),
                round(_row(f.get("outcomes_table", []), "process").get("diff", 0), 2),
                round(_row(f.get("outcomes_table", []), "process").get("p_value", 0), 2)),
     (1.91, 2.08, 0.17, 0.09)),
    ("worker-outcomes.md", "Thailand training: product firms; chain firms, workers, hidden",
     lambda f: (_row(f.get("small_table", []), "product").get("n_firms"),
                _row(f.get("small_table", []), "chain").get("n_firms"),
                _row(f.get("small_table", []), "chain").get("n_workers"),
                _row(f.get("small_table", []), "chain").get("suppressed")), (8, 2, 7, True)),
    ("worker-outcomes.md", "Vietnam monthly wage, millions: production, manager",
     lambda f: (round(_row(f.get("vietnam_wage", []), "production").get("mean", 0) / 1e6, 1),
                round(_row(f.get("vietnam_wage", []), "manager").get("mean", 0) / 1e6, 1)),
     (7.1, 20.9)),
    ("matrix.md", "quadrants", lambda f: f.get("matrix_quadrants"),
     {"upgraded / above": 79, "upgraded / below": 60, "not upgraded / above": 58,
      "not upgraded / below": 79}),
    ("matrix.md", "firms not shown", lambda f: f.get("matrix_not_shown"), 4),
    ("rules.md", "preview", lambda f: (f.get("rule_preview", {}).get("summary"),
                                       "Product: 35 → <b>33</b>" in str(f.get("rule_preview")),
                                       "Product → Process: 1" in str(f.get("rule_preview"))),
     ("1 firm changes category", True, True)),
]


def check_quoted(facts: dict) -> list[str]:
    """The numbers the text quotes that the window no longer shows (empty: the text is right).
    Screens not taken in this run are skipped."""
    stale = []
    for page, what, read, expected in QUOTED:
        try:
            actual = read(facts)
        except (KeyError, TypeError, ValueError, ZeroDivisionError):
            actual = None
        if actual in (None, (), {}) or (isinstance(actual, tuple) and None in actual):
            continue
        if actual != expected:
            stale.append(f"{page}: {what}: the text says {expected!r}, the window shows {actual!r}")
    return stale


PROJECTOR_SIZE = (1024, 768)


def shot_projector(g: Guide) -> None:
    """Every tab at 1024×768 (a common projector), in presentation mode and in Vietnamese
    (issue 13: what the hardest layouts look like; tests/gui/test_projector_layout.py checks
    them for cut text)."""
    from gui import i18n

    g.ensure_sample()
    w = g.window
    w.resize(*PROJECTOR_SIZE)
    for tag, lang, presenting in (("presentation", "en", True), ("vi", "vi", False)):
        if lang != i18n.current_language():
            w.set_language(lang)
        w.set_presentation_mode(presenting)
        g.wait_analysis()
        for i in range(w.tabs.count()):
            view = w.tabs.widget(i)
            g.show_tab(view)
            g.save_window(f"projector-{tag}-{view.objectName() or i}")
    w.set_presentation_mode(False)
    w.set_language("en")
    w.resize(*WINDOW_SIZE)
    g.wait_analysis()


SCREENS: dict[str, Callable[[Guide], None]] = {
    "welcome": shot_welcome,
    "import": shot_import,
    "firms": shot_firms,
    "subset": shot_subset,
    "upgrading": shot_upgrading,
    "outcomes": shot_outcomes,
    "outcomes-small": shot_outcomes_small,
    "outcomes-money": shot_outcomes_money,
    "matrix": shot_matrix,
    "rules": shot_rules,
    "export-save": shot_export_save,
    "projector": shot_projector,
}


def shoot(names: list[str] | None = None, images: Path = IMAGES) -> tuple[list[Path], dict]:
    """Take the named screenshots (all, in order, when None) into ``images``; returns the files
    written and what the window showed (facts the guide's text quotes)."""
    names = list(SCREENS) if names is None else list(names)
    unknown = [n for n in names if n not in SCREENS]
    if unknown:
        raise KeyError(f"unknown screen(s): {', '.join(unknown)}; known: {', '.join(SCREENS)}")
    guide = Guide(images)
    try:
        for name in SCREENS:  # always in the guide's order (the welcome page comes first)
            if name in names:
                started = time.perf_counter()
                SCREENS[name](guide)
                print(f"  {name:<16} {time.perf_counter() - started:5.1f} s", flush=True)
        return list(guide.saved), dict(guide.facts)
    finally:
        guide.close()


# ---------------------------------------------------------------------------------------------
# Markdown → HTML (a small subset, standard library only)
# ---------------------------------------------------------------------------------------------

CSS = """
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5;
       max-width: 62em; margin: 0 auto; padding: 1em 1.5em 3em; color: #1d1d1d; }
nav { font-size: 0.92em; border-bottom: 1px solid #ccc; padding-bottom: 0.5em; margin-bottom: 1em; }
nav a { margin-right: 0.8em; white-space: nowrap; }
h1 { font-size: 1.7em; margin-top: 0.4em; } h2 { font-size: 1.3em; margin-top: 1.4em; }
h3 { font-size: 1.1em; }
img { max-width: 100%; border: 1px solid #bbb; margin: 0.4em 0; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef3f4; }
code { background: #f1f1f1; padding: 0 0.2em; font-size: 0.95em; }
pre { background: #f4f4f4; padding: 0.6em 0.8em; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { border-left: 4px solid #0b7a75; margin: 0.8em 0; padding: 0.2em 0.9em;
             background: #eef7f6; }
.pager { margin-top: 2em; border-top: 1px solid #ccc; padding-top: 0.5em; }
.pager a { margin-right: 1.5em; }
"""

PRINT_CSS = """
@page { size: A4; margin: 11mm 12mm; }
body.handout { max-width: none; padding: 0; font-size: 9.6pt; line-height: 1.32; }
body.handout h1 { font-size: 15pt; margin: 0 0 0.2em; }
body.handout h2 { font-size: 10.8pt; margin: 0.55em 0 0.15em; color: #0b5e5a; }
body.handout p, body.handout ul { margin: 0.2em 0; }
body.handout ul { padding-left: 1.2em; }
body.handout table { font-size: 9pt; margin: 0.2em 0; }
body.handout th, body.handout td { padding: 0.1em 0.4em; }
@media print { nav, .pager { display: none; } body { max-width: none; } img { border: none; } }
"""

_INLINE = re.compile(
    r"(?P<code>`[^`]+`)|(?P<img>!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\))"
    r"|(?P<link>\[(?P<text>[^\]]+)\]\((?P<href>[^)\s]+)\))"
    r"|(?P<bold>\*\*(?P<b>.+?)\*\*)|(?P<em>(?<![\w*])\*(?P<i>[^*\s][^*]*?)\*(?![\w*]))")


def _href(target: str, image: bool = False) -> str:
    """Links between pages: page.md → page.html; images live one folder up from html/."""
    if re.match(r"^[a-z]+:", target) or target.startswith("#"):
        return target
    if image:
        return "../" + target
    page, _, anchor = target.partition("#")
    if page.endswith(".md"):
        page = page[:-3] + ".html"
    elif page and not page.endswith(".html"):
        page = "../" + page
    return page + (f"#{anchor}" if anchor else "")


def inline(text: str) -> str:
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        if m.group("code"):
            out.append(f"<code>{html.escape(m.group('code')[1:-1], quote=False)}</code>")
        elif m.group("img"):
            out.append(f'<img src="{html.escape(_href(m.group("src"), image=True))}" '
                       f'alt="{html.escape(m.group("alt"))}">')
        elif m.group("link"):
            out.append(f'<a href="{html.escape(_href(m.group("href")))}">'
                       f"{inline(m.group('text'))}</a>")
        elif m.group("bold"):
            out.append(f"<strong>{inline(m.group('b'))}</strong>")
        else:
            out.append(f"<em>{inline(m.group('i'))}</em>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def markdown_to_html(text: str) -> str:
    """Block-level pass: headings, paragraphs, lists (nested by indent), tables, fenced code,
    block quotes, images alone on a line, horizontal rules."""
    lines = text.splitlines()
    out: list[str] = []
    para: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            out.append(f"<p>{inline(' '.join(s.strip() for s in para))}</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if stripped.startswith("```"):
            flush()
            j = i + 1
            code = []
            while j < len(lines) and not lines[j].strip().startswith("```"):
                code.append(lines[j])
                j += 1
            out.append(f"<pre><code>{html.escape(chr(10).join(code), quote=False)}</code></pre>")
            i = j + 1
            continue
        heading = re.match(r"^(#{1,4})\s+(.*)$", stripped)
        if heading:
            flush()
            level = len(heading.group(1))
            out.append(f'<h{level} id="{_slug(heading.group(2))}">{inline(heading.group(2))}'
                       f"</h{level}>")
            i += 1
            continue
        if re.match(r"^(-{3,}|\*{3,})$", stripped):
            flush()
            out.append("<hr>")
            i += 1
            continue
        if stripped.startswith("|") and i + 1 < len(lines) and \
                re.match(r"^\|?\s*:?-{2,}", lines[i + 1].strip()):
            flush()
            head = _cells(stripped)
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append(_cells(lines[j]))
                j += 1
            out.append("<table><thead><tr>" + "".join(f"<th>{inline(c)}</th>" for c in head)
                       + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
            i = j
            continue
        if stripped.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quote.append(lines[i].strip()[1:].lstrip())
                i += 1
            out.append(f"<blockquote>{markdown_to_html(chr(10).join(quote))}</blockquote>")
            continue
        if re.match(r"^([-*]|\d+\.)\s+", stripped):
            flush()
            i = _list(lines, i, out)
            continue
        para.append(line)
        i += 1
    flush()
    return "\n".join(out)


def _list(lines: list[str], i: int, out: list[str]) -> int:
    """One list (and the lists nested in it, by indentation); returns the next line index."""
    indent = len(lines[i]) - len(lines[i].lstrip())
    ordered = bool(re.match(r"^\d+\.", lines[i].strip()))
    tag = "ol" if ordered else "ul"
    out.append(f"<{tag}>")
    item: list[str] | None = None
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        here = len(line) - len(line.lstrip())
        marker = re.match(r"^([-*]|\d+\.)\s+(.*)$", stripped)
        if not stripped:
            nxt = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            nxt_indent = len(nxt) - len(nxt.lstrip())
            same_kind = re.match(r"^\d+\.\s+" if ordered else r"^[-*]\s+", nxt.strip())
            if nxt and (nxt_indent > indent or (nxt_indent == indent and same_kind)):
                i += 1
                continue
            break
        if marker and here == indent:
            if bool(re.match(r"^\d+\.", stripped)) != ordered:
                break  # a list of the other kind starts here
            if item is not None:
                out.append(f"<li>{inline(' '.join(item))}</li>")
            item = [marker.group(2)]
            i += 1
        elif marker and here > indent:
            text = inline(" ".join(item or []))
            nested: list[str] = []
            i = _list(lines, i, nested)
            out.append(f"<li>{text}\n" + "\n".join(nested) + "</li>")
            item = None
        elif here > indent and item is not None:
            item.append(stripped)
            i += 1
        elif here > indent and item is None:
            i += 1  # continuation of a nested list's last item: already emitted
        else:
            break
    if item is not None:
        out.append(f"<li>{inline(' '.join(item))}</li>")
    out.append(f"</{tag}>")
    return i


def page_html(stem: str, title: str, body: str) -> str:
    nav = " ".join(f'<a href="{s}.html">{html.escape(t)}</a>' for s, t in PAGES)
    stems = [s for s, _ in PAGES]
    k = stems.index(stem) if stem in stems else -1
    pager = []
    if k > 0:
        pager.append(f'<a href="{stems[k - 1]}.html">← {html.escape(PAGES[k - 1][1])}</a>')
    if 0 <= k < len(PAGES) - 1:
        pager.append(f'<a href="{stems[k + 1]}.html">{html.escape(PAGES[k + 1][1])} →</a>')
    body_class = ' class="handout"' if stem == "handout" else ""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{CSS}{PRINT_CSS}</style>\n</head>\n"
            f"<body{body_class}>\n<nav>{nav}</nav>\n<main>\n{body}\n</main>\n"
            f'<div class="pager">{" ".join(pager)}</div>\n</body>\n</html>\n')


def build_html(docs: Path = DOCS) -> list[Path]:
    """docs/*.md → docs/html/*.html, and docs/index.html forwarding to html/index.html."""
    out_dir = docs / "html"
    out_dir.mkdir(exist_ok=True)
    written = []
    titles = dict(PAGES)
    for md in sorted(docs.glob("*.md")):
        text = md.read_text(encoding="utf-8")
        first = re.search(r"^#\s+(.*)$", text, flags=re.MULTILINE)
        title = titles.get(md.stem) or (first.group(1) if first else md.stem)
        target = out_dir / f"{md.stem}.html"
        target.write_text(page_html(md.stem, title, markdown_to_html(text)), encoding="utf-8")
        written.append(target)
    forward = docs / "index.html"
    forward.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="refresh" content="0; url=html/index.html">'
        "<title>Upgrading Explorer: user guide</title></head>"
        '<body><p><a href="html/index.html">Open the user guide</a></p></body></html>\n',
        encoding="utf-8")
    written.append(forward)
    return written


HANDOUT_QT_CSS = """
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 9.5pt; }
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 10.5pt; color: #0b5e5a; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 2px; }
ul { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 1px; }
table { border-collapse: collapse; margin-top: 2px; margin-bottom: 2px; }
th { background-color: #eef3f4; font-weight: bold; }
th, td { border: 1px solid #999999; padding: 2px 4px; }
"""


def build_handout_pdf(docs: Path = DOCS) -> tuple[Path, int]:
    """docs/handout.md → docs/handout.pdf (A4), through Qt's own text layout; returns the file
    and its number of pages (the handout must stay on one)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _app()
    body = markdown_to_html((docs / "handout.md").read_text(encoding="utf-8"))
    target = docs / "handout.pdf"
    writer = QPdfWriter(str(target))
    writer.setTitle("Upgrading Explorer: how to read what you see")
    writer.setCreator("docs/make_guide.py")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(14, 12, 14, 12), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's points, not the screen's
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(HANDOUT_QT_CSS)
    doc.setDocumentMargin(0)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.setHtml(f"<html><body>{body}</body></html>")
    doc.print_(writer)
    return target, doc.pageCount()


def referenced_images(docs: Path = DOCS) -> dict[str, list[str]]:
    """Page → the image paths its Markdown shows (relative to docs/)."""
    found = {}
    for md in sorted(docs.glob("*.md")):
        found[md.name] = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", md.read_text(encoding="utf-8"))
    return found


# ---------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="SCREEN", help="only these screenshots")
    parser.add_argument("--html-only", action="store_true", help="only rebuild docs/html")
    parser.add_argument("--list", action="store_true", help="list the screenshot names")
    parser.add_argument("--facts", metavar="FILE",
                        help="write what the window showed (numbers the text quotes) as JSON")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(SCREENS))
        return 0
    started = time.perf_counter()
    if not args.html_only:
        root = Path(tempfile.mkdtemp(prefix="uex-guide-settings-"))
        try:
            isolate(root)
            print("Screenshots (real window, offscreen, 1280×800):", flush=True)
            files, facts = shoot(args.only)
            if args.facts:
                Path(args.facts).write_text(json.dumps(facts, indent=1, default=str,
                                                       ensure_ascii=False), encoding="utf-8")
        finally:
            shutil.rmtree(root, ignore_errors=True)
        stale = check_quoted(facts)
        if stale:
            print("The guide's text quotes numbers the window no longer shows; update:\n  "
                  + "\n  ".join(stale))
        size = sum(p.stat().st_size for p in IMAGES.glob("*.png"))
        print(f"{len(files)} screenshots written; docs/images holds {size / 1e6:.1f} MB")
    pages = build_html()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # --html-only: no window, no screen
    handout, n_pages = build_handout_pdf()
    print(f"Handout: {handout.relative_to(REPO)}, {n_pages} page(s)")
    if n_pages != 1:
        print("  The handout no longer fits on one page: shorten docs/handout.md")
    missing = [f"{page}: {src}" for page, srcs in referenced_images().items() for src in srcs
               if not (DOCS / src).exists()]
    print(f"{len(pages)} HTML pages written to {HTML_DIR.relative_to(REPO)} "
          f"(open docs/html/index.html)")
    if missing:
        print("Images the guide shows but that do not exist:\n  " + "\n  ".join(missing))
        return 1
    print(f"Done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
