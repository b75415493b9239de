"""Opening: a survey file, the bundled sample or a project, on the window's background worker.

A survey file goes through the window's loader (core), then the import review the first time
(or the review remembered for the same bytes, core.project.import_memory). A project opens in
two steps: ``core.project.project_file.check_project`` (missing data files are asked for with
the window's ``choose_data_file``, changed ones reported by ``confirm_changed_files`` before
anything is recomputed), then the survey is built. All of it is ONE task of purpose "open":
opening another file cancels the one being opened, and Cancel (Esc) drops it at once.

File → Review import again… shows the import review on the current survey; accepting it pushes
``SetStudy`` (undoable) and the survey is rebuilt with the new roles.
"""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.io import isolation, read_cache
from core.model.loading import LoadedSurvey, open_with_study
from core.model.study import Study, is_project_file
from core.project.project_file import (
    DataFileMissingError,
    MissingDataFile,
    Project,
    ProjectCheck,
    ProjectOpenResult,
    check_data_files,
    check_project,
    project_from_loaded,
)
from gui import i18n, survey_loader
from gui.concurrent import Failure, TaskState
from gui.error_dialog import format_details, plain_message, record
from gui.settings_store import cache_dir, import_choices_dir

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _accepts_progress(loader: Any) -> bool:
    return _accepts(loader, "progress")


def _accepts(loader: Any, keyword: str) -> bool:
    try:
        return keyword in inspect.signature(loader).parameters
    except (TypeError, ValueError):
        return False


def read_cache_dir() -> Path | None:
    """The user cache folder for files read before (None: it is not writable: no cache)."""
    try:
        return cache_dir()
    except OSError:
        return None


def choices_dir() -> Path | None:
    """Where accepted import reviews are remembered (None: the data folder is not writable)."""
    try:
        return import_choices_dir()
    except OSError:
        return None


class OpenController(QObject):
    """Open files, samples and projects; the import review; recent files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.executor = window.executor
        self.survey: LoadedSurvey | None = None
        """The core LoadedSurvey shown (None: nothing, or hand-made tables)."""
        self._loading: Path | None = None
        self._notes: list[str] = []
        self._dialog = None
        self._rebuilt_from: LoadedSurvey | None = None
        """The survey the import review (again) built, used when its SetStudy is first run."""

    # -- starting ----------------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self.executor.is_busy("open")

    def is_sample(self, path: Path) -> bool:
        sample = self.window.sample_path()
        return sample is not None and Path(path) == Path(sample)

    def open_path(self, path: Path | str) -> bool:
        """Start opening ``path`` in the background; True when started. When it ends the window
        shows the survey (after the import review for a new survey file) or explains the
        failure, and emits ``openFinished``; the previous survey stays open until then."""
        path = Path(path)
        window = self.window
        loader = window.loader()
        if loader is None:
            window.show_error(
                self.tr("Opening files is not available"),
                self.tr("This window was started without a file reader."),
                self.tr("Start Upgrading Explorer with “python main.py”."))
            return False
        if is_project_file(path) and path.is_file():
            return self._check_project(path, None, {})
        with_progress = _accepts_progress(loader)
        sample = self.is_sample(path)
        memory = choices_dir()
        recalls = not sample and memory is not None and _accepts(loader, "choices")

        def job(state: TaskState) -> tuple[LoadedSurvey, bool]:
            kwargs: dict[str, Any] = {"progress": state} if with_progress else {}
            if recalls:
                kwargs["choices"] = memory
            loaded = loader(path, **kwargs)
            if isinstance(loaded, LoadedSurvey) and loaded.recalled:
                return loaded, False  # reviewed before: built with the choices made then
            review = isinstance(loaded, LoadedSurvey) and survey_loader.needs_review(loaded)
            if review and not sample:
                state.progress("Looking for choices made before")
                remembered = survey_loader.apply_remembered(loaded, memory)
                if remembered is not None:
                    return remembered, False
            return loaded, review and not sample

        self._start(path, job, lambda pair: self._loaded(path, *pair))
        return True

    def _start(self, path: Path, job, finished) -> None:
        self._loading = path
        read_cache.configure(read_cache_dir())  # a file read before comes back from Parquet
        self._set_busy(self.tr("Opening {name}…").format(name=path.name))
        self.executor.start("open", job, on_finished=self._ended(finished),
                            on_failed=self._ended(lambda f: self._failed(path, f)),
                            on_progress=self._progress)

    def _ended(self, then):
        def call(value: Any) -> None:
            self._set_busy(None)
            then(value)
        return call

    def _set_busy(self, message: str | None) -> None:
        window = self.window
        busy = message is not None
        for w in (window.progress_label, window.progress, window.cancel_button):
            w.setVisible(busy)
        window.progress_label.setText(message or "")
        window.action_cancel.setEnabled(busy)
        window.welcome.set_busy(message or "")

    def _progress(self, message: str) -> None:
        self.window.progress_label.setText(i18n.progress_text(message))
        self.window.welcome.set_busy(i18n.progress_text(message))

    def cancel_load(self, quiet: bool = False) -> None:
        """Stop waiting for the file being opened: the window is free at once; a parse in the
        reader process is stopped (core.io.isolation), any other work of the reading thread
        winds down on its own, and its result is thrown away."""
        if not self.executor.cancel("open"):
            return
        isolation.cancel()
        self._set_busy(None)
        if not quiet:
            name = self._loading.name if self._loading else ""
            self.window.statusBar().showMessage(
                self.tr("Stopped opening {name}").format(name=name), 8000)
            self.window.openFinished.emit(False)

    # -- a survey file -----------------------------------------------------------------------------

    def _loaded(self, path: Path, loaded: LoadedSurvey, review: bool) -> None:
        if review:
            self._review(path, loaded, self._first_review_accepted, self._review_rejected)
            return
        self.finish_open(path, loaded)

    def _review(self, path: Path, loaded: LoadedSurvey, accepted, rejected) -> None:
        from gui.import_dialog import ImportDialog

        try:
            dialog = ImportDialog(loaded, path, self.window)
        except Exception as error:  # a malformed survey is a bug, but say so in plain words
            self._report(path, error, format_details(error))
            rejected(path)
            return
        self._dialog = dialog

        def done_ok() -> None:
            self._dialog = None
            accepted(path, loaded, dialog.accepted_survey())

        def done_cancel() -> None:
            self._dialog = None
            rejected(path)

        dialog.accepted.connect(done_ok)
        dialog.rejected.connect(done_cancel)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal, does not block the event loop

    def _first_review_accepted(self, path: Path, _read: LoadedSurvey,
                               accepted: LoadedSurvey) -> None:
        self._remember(accepted)
        self.finish_open(path, accepted)

    def _review_rejected(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("{name} was not opened").format(name=path.name), 8000)
        self.window.openFinished.emit(False)

    def import_dialog(self):
        """The import review being shown, if any (tests drive it)."""
        return self._dialog

    def _remember(self, loaded: LoadedSurvey) -> None:
        memory = choices_dir()
        if memory is None:
            return
        try:
            survey_loader.remember_study(memory, loaded)
        except Exception:  # remembering is a convenience; never fail the open for it
            log.warning("Could not remember the import choices", exc_info=True)

    # -- review again ------------------------------------------------------------------------------

    def review_import_again(self) -> bool:
        """File → Review import again…: the import review on the current survey. Accept
        pushes SetStudy (Edit → Undo brings the old roles back); Cancel changes nothing."""
        loaded = self.survey
        if loaded is None or self.window.session_controller.session.study is None \
                or self._dialog is not None:
            return False
        path = Path(loaded.sources[0].path) if loaded.sources else Path(loaded.title)

        def accepted(_path: Path, _read: LoadedSurvey, new: LoadedSurvey) -> None:
            from core.model.study_edit import accepted_study

            self._remember(new)
            self._rebuilt_from = new  # shown when the SetStudy just pushed runs
            if not self.window.session_controller.set_study(accepted_study(new)):
                self._rebuilt_from = None  # nothing changed: no step, nothing to show

        self._review(path, loaded, accepted, lambda _p: None)
        return True

    def rebuild(self, study: Study | None) -> None:
        """The session's study changed (review again, undo, redo): build the survey again
        with it, from the data already read; the subset, rules and views stay."""
        loaded = self.survey
        if study is None or loaded is None:
            return
        ready, self._rebuilt_from = self._rebuilt_from, None
        if ready is not None:
            self._show_rebuilt(ready)
            return
        sources = list(loaded.sources)

        def job(state: TaskState) -> LoadedSurvey:
            return open_with_study(study, progress=state, sources=sources,
                                   project_path=loaded.project_path)

        path = Path(sources[0].path) if sources else Path(loaded.title)
        self._start(path, job, self._show_rebuilt)

    def _show_rebuilt(self, loaded: LoadedSurvey) -> None:
        window = self.window
        try:
            window.show_tables(survey_loader.window_tables(loaded))
        except Exception as error:
            self._report(Path(loaded.title), error, format_details(error))
            return
        self.survey = loaded
        window.session_controller.show_subset()
        window.update_actions()
        window.surveyLoaded.emit(loaded)
        window.analysis_controller.start_derived()

    # -- a project ---------------------------------------------------------------------------------

    def open_project(self, project: Project) -> bool:
        """Open a Project object (a restored autosave) the way a project file opens: check its
        data files, then build the survey in the background."""
        ref = project.study.firms or project.study.workers
        where = project.path or (Path(ref.path) if ref is not None else Path("project.uex.json"))
        return self._check_project(Path(where), project, {})

    def _check_project(self, path: Path, project: Project | None,
                       replacements: dict[Path, Path]) -> bool:
        """Step 1, off the GUI thread: read the project and find and hash its data files."""

        def job(state: TaskState) -> ProjectCheck:
            state.progress("Checking the project's data files")
            if project is None:
                return check_project(path, replacements)
            return check_data_files(project, replacements)

        self._loading = path
        self._set_busy(self.tr("Opening {name}…").format(name=path.name))
        self.executor.start(
            "open", job, on_finished=self._ended(lambda check: self._checked(path, check)),
            on_failed=self._ended(lambda f: self._check_failed(path, project, replacements, f)),
            on_progress=self._progress)
        return True

    def _check_failed(self, path: Path, project: Project | None,
                      replacements: dict[Path, Path], failure: Failure) -> None:
        if isinstance(failure.error, DataFileMissingError):
            chosen = dict(replacements)
            for missing in failure.error.missing:
                new = self.window.choose_data_file(missing)
                if new is None:
                    self._review_rejected(path)
                    return
                chosen[missing.recorded] = Path(new)
            self._check_project(path, project, chosen)
            return
        self._failed(path, failure)

    def _checked(self, path: Path, check: ProjectCheck) -> None:
        """Step 1 done: say what changed BEFORE anything is recomputed; then step 2."""
        if check.changed_files and not self.window.confirm_changed_files(check):
            self._review_rejected(path)
            return
        if check.outside_files and not self.window.confirm_outside_files(check):
            self._review_rejected(path)
            return

        def job(state: TaskState) -> ProjectOpenResult:
            result = check.load(state)
            result.loaded.notes.extend(result.notes)
            return result

        self._start(path, job, lambda result: self._project_loaded(path, result))

    def _project_loaded(self, path: Path, result: ProjectOpenResult) -> None:
        self._notes = list(result.notes)
        self.finish_open(path, result.loaded, project=result.project)

    def ask_data_file(self, missing: MissingDataFile) -> Path | None:
        """Ask where a project's data file is now."""
        title = self.tr("Where is “{name}” now? The project needs it").format(name=missing.name)
        filters = ";;".join([f"{missing.name} ({missing.name})", self.tr("All files (*)")])
        start = self.window.last_dir() or str(missing.recorded.parent)
        name, _ = QFileDialog.getOpenFileName(self.window, title, start, filters)
        return Path(name) if name else None

    def ask_changed_files(self, check: ProjectCheck) -> bool:
        """A data file changed since the project was saved: say so in plain words and let the
        user continue or cancel, before anything is recomputed."""
        box = QMessageBox(self.window)
        box.setObjectName("changedDataBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The data has changed"))
        names = ", ".join(f"“{c.path.name}”" for c in check.changed_files)
        box.setText(self.tr("{names} changed since this project was saved.").format(names=names))
        box.setInformativeText(self.tr(
            "The numbers will be computed from the file as it is now, so they may differ from "
            "the ones you saved. If this is not the file you meant, choose Cancel: the survey you "
            "have open stays open."))
        box.setDetailedText("\n\n".join(c.message for c in check.changed_files))
        carry_on = box.addButton(self.tr("Open with the file as it is now"),
                                 QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is carry_on

    def ask_outside_files(self, check: ProjectCheck) -> bool:
        """The project names data outside its folder that it does not vouch for (no matching
        SHA-256): show the full paths and read them only if the user says so."""
        box = QMessageBox(self.window)
        box.setObjectName("outsideDataBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Data from another folder"))
        box.setText(self.tr("This project reads data from outside its own folder:"))
        box.setInformativeText("\n".join(str(p) for p in check.outside_files) + "\n\n" + self.tr(
            "A project file you received could name any file on this computer. Read it only if "
            "you expect this project to use that file; otherwise choose Cancel: nothing is read "
            "and the survey you have open stays open."))
        read = box.addButton(self.tr("Read this file"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is read

    # -- showing what was opened -------------------------------------------------------------------

    def finish_open(self, path: Path, loaded: LoadedSurvey,
                    project: Project | None = None) -> bool:
        """Show an opened survey with its project's session (a new one for a survey file)."""
        window = self.window
        try:
            tables = survey_loader.window_tables(loaded)
            if project is None and loaded.study is not None:
                project = project_from_loaded(loaded)
            window.show_tables(tables)
        except Exception as error:  # a malformed survey is a bug, but say so in plain words
            self._report(path, error, format_details(error))
            window.openFinished.emit(False)
            return False
        self.survey = loaded
        window.session_controller.reset(project)
        window.remember_folder(path.parent)
        if not self.is_sample(path):
            window.settings.add_recent(path)
            project_path = window.project_path()
            if project_path is not None:
                window.settings.set_last_project(project_path)
        self.refresh_recent()
        window.update_actions()
        window.surveyLoaded.emit(loaded)
        window.openFinished.emit(True)
        window.analysis_controller.start_derived()
        return True

    def show_open_notes(self) -> None:
        """What opening the project noted (migrations, moved or changed files), once."""
        if self._notes:
            self.window.statusBar().showMessage(" ".join(self._notes), 20000)
            self._notes = []

    # -- errors ------------------------------------------------------------------------------------

    def _failed(self, path: Path, failure: Failure) -> None:
        self._report(path, failure.error, failure.details, failure.log_file, recorded=True)
        self.window.openFinished.emit(False)

    def _report(self, path: Path, error: BaseException | None, details: str,
                log_file: Path | None = None, recorded: bool = False) -> None:
        window = self.window
        message = plain_message(error) if error is not None else None
        if not recorded:
            log_file = record(f"Could not open {path}", details, expected=message is not None)
        if message:
            # An expected refusal (damaged file, wrong format): no console noise, details kept.
            text, informative = message, self.tr(
                "The survey you had open is still open.") if window.survey_title() else ""
        else:
            text = self.tr("Upgrading Explorer could not open “{name}”.").format(name=path.name)
            informative = self.tr(
                "This is probably a problem in Upgrading Explorer, not in your file. Your previous "
                "survey is still open. Please send the details below to the team.")
        window.show_error(self.tr("Could not open the file"), text, informative, details,
                          log_file=log_file)

    # -- recent files ------------------------------------------------------------------------------

    def refresh_recent(self) -> None:
        window = self.window
        files = window.settings.recent_files()
        menu = window.recent_menu
        menu.clear()
        for i, path in enumerate(files, start=1):
            action = menu.addAction(f"&{i} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: window.open_path(p))
        if files:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        window.welcome.set_recent(files)

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent()
        self.refresh_recent()


__all__ = ["OpenController", "choices_dir"]
