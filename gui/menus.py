"""The window's menus: File · Edit · View · Language · Help (built again on a language change).

Every action is an attribute of the window (``action_open``, ``action_save``, ...: tests and
other code trigger them); the Edit menu's Undo / Redo come from the session's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from gui import i18n, presentation

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def _tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


def _action(window: MainWindow, menu: QMenu, text: str, name: str, slot, shortcut=None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence)
                           else QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def make_menus(window: MainWindow) -> None:
    """File · Edit · View · Language · Help, and Esc to cancel opening; the actions become
    attributes of the window (``window.action_open``, ...)."""
    tr = _tr

    def a(*args, **kwargs) -> QAction:
        return _action(window, *args, **kwargs)

    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.setObjectName("fileMenu")
    window.action_open = a(file_menu, tr("&Open…"), "actionOpen", window.open_file,
                           QKeySequence.StandardKey.Open,
                           tr("Open a survey workbook, data file or project"))
    window.action_open_sample = a(file_menu, tr("Open &sample survey"), "actionOpenSample",
                                  window.open_sample, None,
                                  tr("Open the survey bundled with the app"))
    window.recent_menu = QMenu(tr("Open &recent"), window)
    window.recent_menu.setObjectName("recentMenu")
    file_menu.addMenu(window.recent_menu)
    window.action_review = a(file_menu, tr("Re&view import again…"), "actionReviewImport",
                             lambda: window.review_import_again(), None,
                             tr("Check again how the survey was read: sheets, roles, codes"))
    file_menu.addSeparator()
    window.action_save = a(file_menu, tr("&Save project"), "actionSaveProject",
                           lambda: window.save_project(), QKeySequence.StandardKey.Save,
                           tr("Save the survey's mapping, subsets and settings"))
    window.action_save_as = a(file_menu, tr("Save project &as…"), "actionSaveProjectAs",
                              lambda: window.save_project(ask=True), tr("Ctrl+Shift+S"))
    window.action_settings = a(file_menu, tr("Project se&ttings…"), "actionProjectSettings",
                               lambda: window.edit_settings(), None, tr(
                                 "Disclosure thresholds and workshop mode, saved with the "
                                 "project"))
    file_menu.addSeparator()
    window.action_export = a(file_menu, tr("&Export rows shown…"), "actionExportTable",
                             lambda: window.export_table(window.current_panel()), tr("Ctrl+E"),
                             tr("Save the rows of the table shown to Excel or CSV"))
    window.action_export_results = a(
        file_menu, tr("Export results &workbook…"), "actionExportResults",
        lambda: window.export_results(), None,
        tr("Save every results table, the subset, the rules, where the data came from and "
           "the charts to one Excel workbook"))
    window.action_export_report = a(
        file_menu, tr("Export &report…"), "actionExportReport",
        lambda: window.export_report(), None,
        tr("Save the findings with their charts and tables, the methods and where the data "
           "came from as a Word document, in the interface language"))
    window.action_export_script = a(
        file_menu, tr("Export analysis as &Python script…"), "actionExportScript",
        lambda: window.export_script(), None,
        tr("Save a short Python script that reproduces these numbers without the window"))
    file_menu.addSeparator()
    # StandardKey.Quit is empty on Windows; Ctrl+Q is what people try.
    window.action_quit = a(file_menu, tr("&Quit"), "actionQuit", window.close, tr("Ctrl+Q"))

    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    edit_menu.setObjectName("editMenu")
    window.session_controller.make_edit_menu(edit_menu)

    view_menu = window.menuBar().addMenu(tr("&View"))
    view_menu.setObjectName("viewMenu")
    window.action_value_labels = a(
        view_menu, tr("Show &value labels"), "actionShowValueLabels", lambda: None,
        tr("Ctrl+L"), tr("Show answer labels (such as “Apparel”) instead of the stored codes"))
    window.action_value_labels.setCheckable(True)
    window.action_value_labels.setChecked(True)
    window.action_value_labels.toggled.connect(window.set_show_value_labels)
    window.action_workshop = a(
        view_menu, tr("&Workshop mode (hide individual firms)"), "actionWorkshopMode",
        lambda: None, None, tr("Hide the firms table, the firm list and firm ids in exports; "
                               "totals, shares and charts stay"))
    window.action_workshop.setCheckable(True)
    window.action_workshop.setChecked(window.workshop_mode())
    window.action_workshop.toggled.connect(window.set_workshop_mode)
    window.action_presentation = a(
        view_menu, tr("Presentation &mode"), "actionPresentationMode", lambda: None,
        QKeySequence(Qt.Key.Key_F5),
        tr("Larger text and lines, high contrast: for a projector (F5)"))
    window.action_presentation.setCheckable(True)
    window.action_presentation.setChecked(presentation.is_on())
    window.action_presentation.toggled.connect(window.set_presentation_mode)
    window.action_find = a(view_menu, tr("&Search the table"), "actionFind",
                           window._focus_search, QKeySequence.StandardKey.Find)
    view_menu.addSeparator()
    a(view_menu, tr("Go to the s&ubset panel"), "actionFocusSubset",
      lambda: window.subset_panel.tree.setFocus(), tr("Ctrl+1"))
    window.action_firms_tab = a(view_menu, tr("Go to the &firms table"), "actionFirmsTab",
                                lambda: window._focus_tab(window.firms_panel), tr("Ctrl+2"))
    a(view_menu, tr("Go to the &workers table"), "",
      lambda: window._focus_tab(window.workers_panel), tr("Ctrl+3"))
    for key, index, text in ((4, 0, tr("Go to &upgrading")),
                             (5, 1, tr("Go to worker &outcomes")),
                             (6, 2, tr("Go to &economic × social")),
                             (7, 3, tr("Go to the chart &builder"))):
        a(view_menu, text, "", lambda _=False, i=index: window._focus_view(window.views[i]),
          tr("Ctrl+{n}").format(n=key))
    window.action_clear_subset = a(view_menu, tr("&Clear the subset"), "actionClearSubset",
                                   window.subset_panel.clear, tr("Ctrl+Shift+Backspace"))

    window.language_menu = window.menuBar().addMenu(tr("&Language"))
    window.language_menu.setObjectName("languageMenu")
    window.language_actions: dict[str, QAction] = {}
    group = QActionGroup(window)
    group.setExclusive(True)
    available = i18n.available_languages()
    for code, name in i18n.LANGUAGES.items():  # each language in its own words and script
        action = a(window.language_menu, name, f"actionLanguage_{code}",
                   lambda _=False, c=code: window.set_language(c), None,
                   tr("Show the interface in {language}").format(language=name)
                   if code in available else tr("Available once its translation is added"))
        action.setCheckable(True)
        action.setChecked(code == i18n.current_language())
        action.setEnabled(code in available)
        group.addAction(action)
        window.language_actions[code] = action

    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.setObjectName("helpMenu")
    window.action_user_guide = a(
        help_menu, tr("&User guide"), "actionUserGuide", lambda: window.open_user_guide(),
        QKeySequence(Qt.Key.Key_F1),
        tr("Open the user guide in your web browser (works offline) (F1)"))
    window.action_handout = a(help_menu, tr("Workshop &handout"), "actionWorkshopHandout",
                              lambda: window.open_handout(), None,
                              tr("Open the one-page workshop handout (PDF) to read or print"))

    window.action_cancel = QAction(tr("Cancel opening"), window)
    window.action_cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    window.action_cancel.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.action_cancel.triggered.connect(window.cancel_load)
    window.action_cancel.setEnabled(window.is_loading())
    window.addAction(window.action_cancel)


__all__ = ["make_menus"]
