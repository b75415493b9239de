"""The session on the Qt side: core's Session, its QUndoStack, the Edit menu, the title, autosave.

Everything a user can change lives in ONE :class:`core.project.session.Session` (the study and
roles, rules, settings, workshop mode, saved subsets, the subset, A vs B, each view's choices);
its JSON is the project file. Every user gesture that changes it becomes a
:mod:`core.project.commands` command pushed on a ``QUndoStack`` (wrapped in :class:`UndoCommand`):
subset edits (consecutive facet ticks merge into one step), saving/deleting/renaming a saved
subset, compare-with on and off, the rule editor's Apply, Settings OK, workshop mode, the roles
after reviewing the import again. Edit → Undo / Redo (Ctrl+Z / Ctrl+Shift+Z) walk the stack.

The session's listeners push its state into the widgets (subset panel, workshop mode, the
analysis) under a guard, so what the window sets from the session is never pushed back as a new
command. The stack's clean state drives the "(changed, not saved)" title; every step (and undo)
is autosaved. View choices (the tab shown, each view's ``view_state()``) are saved with the
session but not undone.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from core.analysis.subset import Subset
from core.common.errors import ProjectFileError
from core.project import commands
from core.project.project_file import Project
from core.project.session import VIEW_KEYS, WORKSHOP_KEY, Change, Session
from gui.error_dialog import format_details, plain_message, write_failure
from gui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from gui.autosave import AutosaveController
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)

TAB_KEYS = VIEW_KEYS
"""Names of the centre tabs in the session's views (in tab order)."""


class UndoCommand(QUndoCommand):
    """A core command on the window's QUndoStack: redo/undo run it on the session."""

    def __init__(self, session: Session, command: commands.Command) -> None:
        super().__init__(command.label)
        self.session = session
        self.command = command

    def redo(self) -> None:
        self.session.apply(self.command)
        self.setObsolete(self.command.is_obsolete())

    def undo(self) -> None:
        self.session.revert(self.command)

    def id(self) -> int:
        return self.command.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand) or not self.command.merge(other.command):
            return False
        self.setObsolete(self.command.is_obsolete())  # ticked then unticked: no step left
        return True


class SessionController(QObject):
    """Owns the window's Session and QUndoStack; turns gestures into commands."""

    changed = Signal(object)
    """A core.project.session.Change (after the widgets were brought up to date)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = Session()
        self.stack = QUndoStack(self)
        self.stack.setObjectName("undoStack")
        self._applying = 0
        """> 0 while the session's state is being put into widgets (their signals are echoes)."""
        self._dirty_on_open = False
        """The project opened changed (data file moved or changed, old format): unsaved."""
        self._pending_views = False
        self._resetting = False
        self._shown_workshop = False
        self._autosave: AutosaveController | None = None
        self.action_undo = self.action_redo = None
        self.session.subscribe(self._session_changed)
        # bound methods (not lambdas): Qt drops them before the stack is deleted with us
        self.stack.cleanChanged.connect(self._clean_changed)
        self.stack.indexChanged.connect(self._stepped)
        panel = window.subset_panel
        panel.subsetEdited.connect(self._subset_edited)
        panel.subsetSaved.connect(lambda name, subset: self.push(commands.SaveSubset(
            name, subset, label=self.tr("Save subset “{name}”").format(name=name))))
        panel.subsetDeleted.connect(self._subset_deleted)
        panel.subsetRenamed.connect(lambda old, new: self.push(commands.RenameSubset(
            old, new, label=self.tr("Rename subset “{old}”").format(old=old))))
        panel.comparisonEdited.connect(self._comparison_edited)

    # -- the Edit menu -----------------------------------------------------------------------------

    def make_edit_menu(self, menu: QMenu) -> None:
        """Undo / Redo actions from the stack ("Undo Clear the subset", Ctrl+Z, Ctrl+Shift+Z)."""
        for old in (self.action_undo, self.action_redo):
            if old is not None:
                old.deleteLater()
        self.action_undo = self.stack.createUndoAction(self.window, self.tr("Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.stack.createRedoAction(self.window, self.tr("Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence(self.tr("Ctrl+Shift+Z")),
                                       QKeySequence(self.tr("Ctrl+Y"))])
        menu.addAction(self.action_undo)
        menu.addAction(self.action_redo)

    # -- reading the state -------------------------------------------------------------------------

    def rules(self) -> dict | None:
        return self.session.rules

    def analysis_settings(self) -> dict:
        return self.session.analysis_settings

    def project_settings(self) -> dict:
        """The settings as the project saves them (with the workshop flag when on)."""
        out = self.session.settings
        if self.session.workshop_mode:
            out[WORKSHOP_KEY] = True
        return out

    def workshop_mode(self) -> bool:
        return self.session.workshop_mode

    def project(self) -> Project | None:
        """The open project (live: read, never change; None when no survey with a study is
        open)."""
        return self.session.project

    def project_path(self) -> Path | None:
        project = self.session.project
        return project.path if project is not None else None

    def is_modified(self) -> bool:
        """Changed since opened or saved (the title's "(changed, not saved)")."""
        return self.session.project is not None and (
            self._dirty_on_open or not self.stack.isClean())

    @contextlib.contextmanager
    def applying(self) -> Iterator[None]:
        """Widgets are being set from the session: their signals are not gestures."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    # -- opening -----------------------------------------------------------------------------------

    def reset(self, project: Project | None) -> None:
        """Another survey or project is open: its session, an empty undo history, clean."""
        self._dirty_on_open = bool(project is not None and project.modified)
        self.stack.clear()
        self.stack.setClean()
        self._resetting = True
        try:
            with self.applying():
                self.session.reset(project)
        finally:
            self._resetting = False
        for note in self.session.notes:
            log.info("%s", note)
        self._pending_views = True
        self.restore_current_view()
        self.window.update_title()

    # -- gestures → commands -----------------------------------------------------------------------

    def push(self, command: commands.Command) -> bool:
        """Push a user's change on the undo stack (runs it); False when it is an echo of the
        session's own state or changes nothing."""
        if self._applying or command.is_obsolete():
            return False
        self.stack.push(UndoCommand(self.session, command))
        return True

    def _subset_edited(self, new: Subset, old: Subset, gesture: str) -> None:
        labels = {"facets": self.tr("Tick values in the subset"),
                  "range": self.tr("Change a range of the subset"),
                  "clear": self.tr("Clear the subset"),
                  "saved": self.tr("Use a saved subset")}
        self.push(commands.SetSubset(new, self.session.subset, label=labels.get(gesture, ""),
                                     merge_key=commands.FACETS if gesture == "facets" else None))

    def _subset_deleted(self, name: str, stopped_comparing: bool) -> None:
        label = self.tr("Delete subset “{name}”").format(name=name)
        delete = commands.DeleteSubset(name, label=label)
        if stopped_comparing and self.session.comparison is not None:
            self.push(commands.Compound(label, [delete, commands.SetComparison(
                None, self.session.comparison)]))
        else:
            self.push(delete)

    def _comparison_edited(self, new: Subset | None, _old: Subset | None) -> None:
        label = (self.tr("Stop comparing") if new is None
                 else self.tr("Compare with another subset"))
        self.push(commands.SetComparison(new, self.session.comparison, label=label))

    def set_rules(self, rules: dict | None) -> None:
        """The rule editor's Apply (Reset to defaults + Apply: the default rules)."""
        label = self.tr("Reset the rules") if rules is None else self.tr("Change the rules")
        self.push(commands.SetRules(rules, self.session.rules, label=label))

    def set_project_settings(self, values: dict) -> None:
        """Merge ``values`` (thresholds, ``workshop_mode``) into the settings: one step."""
        self.push(commands.settings_command(self.session, values,
                                            label=self.tr("Change the project settings")))

    def set_workshop_mode(self, on: bool) -> None:
        on = bool(on)
        if on == self.session.workshop_mode:
            self.show_workshop()  # the check mark follows the session
            return
        label = (self.tr("Turn workshop mode on") if on else self.tr("Turn workshop mode off"))
        self.push(commands.SetWorkshopMode(on, label=label))

    def set_study(self, study: Any) -> bool:
        """The roles after reviewing the import again; the survey is rebuilt."""
        if self.session.study is None:
            return False
        return self.push(commands.SetStudy(study, self.session.study,
                                           label=self.tr("Review the import")))

    def make_settings_dialog(self) -> SettingsDialog:
        """The Settings dialog filled with the project's settings (tests grab it)."""
        dialog = SettingsDialog(self.project_settings(), self.window)
        dialog.workshop.setChecked(self.session.workshop_mode)
        return dialog

    def edit_settings(self) -> bool:
        """File → Project settings…; True when the user pressed OK."""
        dialog = self.window.make_settings_dialog()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.set_project_settings(dialog.values())
            return True
        finally:
            dialog.deleteLater()

    # -- session → widgets -------------------------------------------------------------------------

    def _session_changed(self, change: Change) -> None:
        window = self.window
        with self.applying():
            if "saved_subsets" in change:
                window.subset_panel.set_saved_subsets(self.session.saved_subsets)
            if "subset" in change or "study" in change:
                self.show_subset()
            if "comparison" in change:
                self._show_comparison()
            if "workshop" in change:
                self.show_workshop()
        on = self.session.workshop_mode
        if on != self._shown_workshop:
            self._shown_workshop = on
            window.workshopModeChanged.emit(on)
        if not self._resetting:
            if "study" in change:
                window.open_controller.rebuild(self.session.study)
            elif "rules" in change:
                editor = getattr(window.upgrading_view, "rule_editor", None)
                if editor is not None:  # undo/redo: the editor shows the rules in force at once
                    with self.applying():
                        editor.set_rules(self.session.rules)
                window.rulesChanged.emit(self.session.rules)
                window.analysis_controller.rules_changed()
            if "settings" in change:
                window.analysis_controller.schedule()
        self.changed.emit(change)

    def show_workshop(self) -> None:
        """Show the session's workshop mode: no Firms tab, firm list, firm ids or selection."""
        window = self.window
        on = self.session.workshop_mode
        if window.action_workshop.isChecked() != on:
            window.action_workshop.blockSignals(True)
            window.action_workshop.setChecked(on)
            window.action_workshop.blockSignals(False)
        index = window.tabs.indexOf(window.firms_panel)
        if on and window.tabs.currentIndex() == index:
            window.tabs.setCurrentWidget(window.workers_panel)
        window.tabs.setTabVisible(index, not on)
        window.action_firms_tab.setEnabled(not on)
        window.upgrading_view.firm_list.parentWidget().setVisible(not on)
        window.workshop_label.setVisible(on)
        if on:
            window.firms_table.clearSelection()
            window.upgrading_view.firm_list.clearSelection()
        view, model = window.workers_panel.view, window.workers_model
        names = {str(c) for c in model.frame().columns}
        for name in self.firm_id_columns() & names:
            view.setColumnHidden(model.column_index(name), on)

    def firm_id_columns(self) -> set[str]:
        """Columns holding firm ids in the tables: the canonical name and the survey's own."""
        out = {"firm_id"}
        study = self.session.study
        roles = getattr(study, "roles", None) or {}
        for side in ("firms", "workers"):
            column = (roles.get(side) or {}).get("firm_id")
            if column:
                out.add(str(column))
        return out

    def show_subset(self) -> None:
        """Put the session's subset into the panel (once derived columns are in, a subset
        naming them shows whole)."""
        panel = self.window.subset_panel
        subset = self.session.subset
        if panel.subset().to_json() != subset.to_json():
            with self.applying():
                panel.set_subset(subset)

    def _show_comparison(self) -> None:
        panel = self.window.subset_panel
        b = self.session.comparison
        current = panel.comparison_b()
        if (b is None) != (current is None) or (b is not None and b.to_json() != current.to_json()):
            panel.set_comparison(b)

    def _clean_changed(self, _clean: bool) -> None:
        self.window.update_title()

    def _stepped(self, _index: int = 0) -> None:
        """A step was pushed, undone or redone: the title, and the autosave hears of it."""
        self.window.update_title()
        self.window.projectChanged.emit()

    # -- view choices ------------------------------------------------------------------------------

    def note_current_view(self) -> None:
        """The tab shown is part of the session (saved; not undone; no unsaved mark)."""
        if self._applying or self.session.project is None:
            return
        index = self.window.tabs.currentIndex()
        if 0 <= index < len(TAB_KEYS):
            self.session.set_current_view(TAB_KEYS[index])

    def note_view_state(self, key: str, view: Any) -> None:
        """A view's choices changed (its ``viewStateChanged``): saved with the session."""
        if self._applying or self._pending_views or self.session.project is None:
            return  # before the saved choices were handed to the views, theirs are defaults
        if hasattr(view, "view_state"):
            self.session.set_view_state(key, view.view_state())

    def note_view_states(self) -> None:
        """Every view's choices into the session (before saving)."""
        for key, view in self.window.view_keys().items():
            self.note_view_state(key, view)

    def restore_current_view(self) -> None:
        current = self.session.current_view
        tabs = self.window.tabs
        if current in TAB_KEYS:
            index = TAB_KEYS.index(current)
            if index < tabs.count() and tabs.isTabVisible(index):
                with self.applying():
                    tabs.setCurrentIndex(index)

    def restore_view_states(self) -> None:
        """The saved choices of each view, once the views have a result to show them with
        (first analysis after opening)."""
        if not self._pending_views:
            return
        self._pending_views = False
        with self.applying():
            for key, view in self.window.view_keys().items():
                state = self.session.view_state(key)
                if not state:
                    continue
                try:
                    if hasattr(view, "apply_view_state"):
                        view.apply_view_state(state)
                except Exception:  # a choice the survey no longer has: keep the default
                    log.info("Saved choices of %s not applied", key, exc_info=True)

    # -- saving and the autosave -------------------------------------------------------------------

    def snapshot(self) -> Project | None:
        """A copy of the project as it is now (None: nothing open); reading changes nothing
        (the views' choices reach the session as they change, through viewStateChanged)."""
        if self.session.project is None:
            return None
        return self.session.to_project()

    def autosave_snapshot(self) -> Project | None:
        """What the autosave writes: the project when it has unsaved changes, else None."""
        if not self.is_modified():
            return None
        project = self.snapshot()
        if project is not None:
            project.modified = True
        return project

    def set_autosave(self, controller: AutosaveController) -> None:
        """Every step is autosaved, Save project drops the autosave, closing keeps unsaved work."""
        self._autosave = controller
        self.window.projectChanged.connect(controller.note_change)
        self.window.projectSaved.connect(lambda _path: controller.project_saved())
        controller.failed.connect(lambda message: self.window.statusBar().showMessage(
            message, 15000))

    def autosave(self) -> AutosaveController | None:
        return self._autosave

    def choose_project_path(self) -> Path | None:
        """Ask where to save the project."""
        window = self.window
        suggested = str(Path(window.last_dir() or ".")
                        / f"{window.survey_title() or 'survey'}.uex.json")
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Save project"), suggested,
                                              self.tr("Upgrading Explorer project (*.uex.json)"))
        if not name:
            return None
        path = Path(name)
        if not path.name.lower().endswith(".uex.json"):
            path = path.with_name(path.name.removesuffix(".json") + ".uex.json")
        return path

    def save_project(self, ask: bool = False) -> Path | None:
        """File → Save project (Save project as… with ``ask``): atomically, through
        Session.save (keys this version does not know are kept); the stack is clean after."""
        window = self.window
        if window.current_survey() is None or self.session.project is None:
            return None
        path = self.project_path() if not ask else None
        sample = window.sample_path()
        if path is not None and sample is not None and \
                Path(path).resolve() == Path(sample).resolve():
            path = None  # the bundled sample is never overwritten
        if path is None:
            path = window.choose_project_path()
            if path is None:
                return None
        self.note_current_view()
        self.note_view_states()
        try:
            path = self.session.save(path)
        except (ProjectFileError, OSError) as error:
            text, todo = write_failure(error, Path(path).name) or (
                plain_message(error) or self.tr(
                    "The project could not be written to “{name}”.").format(
                        name=Path(path).name),
                self.tr("Choose another folder, or close the file if another program has it "
                        "open."))
            window.show_error(self.tr("Could not save the project"), text, todo,
                              format_details(error))
            return None
        self._dirty_on_open = False
        self.stack.setClean()
        window.settings.add_recent(path)
        window.settings.set_last_project(path)
        window.open_controller.refresh_recent()
        window.update_title()
        window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 8000)
        window.projectSaved.emit(path)
        return path


__all__ = ["TAB_KEYS", "SessionController", "UndoCommand"]
