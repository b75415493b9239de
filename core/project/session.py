"""The session: everything a user can change, in one Qt-free object; its JSON is the project file.

The study (roles, missing codes, value maps), the rules, the project settings, workshop mode, the
named subsets, the current subset (A), subset B while comparing, and each view's choices live here
and nowhere else. The window, the command line and tests read them from the session and change
them only through :mod:`core.project.commands` (``session.apply(command)``, or an undo stack
pushing the command), so every change can be undone and every listener hears about it.

The session owns a :class:`~core.project.project_file.Project` (its own deep copy): besides the
state above it holds what the user does not edit (the project's path, the data-file fingerprints,
keys this version does not know). The setters write each change into that project at once, so
``session.project`` is always current; :meth:`Session.to_project` hands out a fresh deep copy (for
a background save or an autosave) and reading never changes anything.

How the parts sit in the project file (core.project.project_file, one API, with migrations)::

    study            → "firms", "workers", "roles", "missing_codes", "value_maps" (+ unknown keys)
    rules            → "rules"              (null = the default rules)
    settings         → "settings"           (AnalysisSettings keys, disclosure thresholds)
    workshop mode    → "settings"."workshop_mode": true   (absent when off, as always)
    saved subsets    → "subsets" (+ "active_subset": the saved name equal to the current subset)
    current subset   → "subset"
    comparison (B)   → "comparison": {"b": subset} or null
    view choices     → "views": {"current": key, "open": [...], "state": {view_key: {...}}}

Listeners (:meth:`Session.subscribe`) get a :class:`Change` naming the kinds of state that
changed; a command that changes several parts is reported once (the session batches the
notifications of one apply/undo). View choices are saved but not undone: they notify kind
``"views"`` and bump :attr:`Session.revision` but do not mark the project modified.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.analysis.subset import Subset
from core.common.errors import ProjectFileError
from core.common.jsonfile import json_safe
from core.model.study import SIDES, Study
from core.project.project_file import Project, save_project

if TYPE_CHECKING:
    from core.project.commands import Command

CHANGE_KINDS = ("study", "rules", "settings", "workshop", "saved_subsets", "subset", "comparison",
                "views")
"""The parts of a session a Change can name."""
WORKSHOP_KEY = "workshop_mode"
"""Where workshop mode is saved inside the project's ``settings`` (gui/settings_dialog.py)."""
WINDOW_ONLY_SETTINGS = (WORKSHOP_KEY,)
"""Project settings the window uses itself; never handed to the analysis."""
VIEW_KEYS = ("findings", "firms", "workers", "upgrading", "outcomes", "matrix", "chart_builder")
"""The views (tabs) whose choices are saved; others may be added (the session does not check)."""
log = logging.getLogger(__name__)

Listener = Callable[["Change"], None]


@dataclass(frozen=True)
class Change:
    """Which parts of the session changed (a subset of CHANGE_KINDS), and the revision after."""

    kinds: frozenset[str]
    revision: int = 0

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds


def json_equal(a: Any, b: Any) -> bool:
    """Equal as JSON (NaN == NaN as both are saved as null; tuples equal lists)."""
    try:
        return json_safe(a) == json_safe(b)
    except TypeError:
        return a == b


def _copy_subset(subset: Subset | Mapping | None) -> Subset:
    if subset is None:
        return Subset()
    if isinstance(subset, Subset):
        return copy.deepcopy(subset)
    return Subset.from_json(subset)


def study_key(study: Study | None) -> Any:
    """What of a study the project file saves (and the session compares), as JSON."""
    if study is None:
        return None
    refs = {}
    for side in SIDES:
        ref = study.table_ref(side)
        refs[side] = None if ref is None else [str(Path(ref.path)), ref.sheet, ref.header_row]
    return json_safe([refs, study.roles, study.missing_codes, study.value_maps])


class Session:
    """Everything a user can change, in one Qt-free object; its JSON is the project file.

    Read the state through the properties (each returns a copy, except :attr:`study` and
    :attr:`project`, which are live and must not be mutated: change the study with
    ``commands.SetStudy``). Change it with :meth:`apply` (or an undo stack) and commands; the
    ``set_*`` methods are the low-level setters the commands call.
    """

    def __init__(self, project: Project | None = None) -> None:
        self._listeners: list[Listener] = []
        self._batch_depth = 0
        self._pending: set[str] = set()
        self.revision = 0
        """Bumps on every change (views included): compare two values to know "changed"."""
        self.notes: list[str] = []
        """Plain-words lines about parts of the project that could not be read (left out)."""
        self._project: Project | None = None
        self._rules: Any = None
        self._settings: dict = {}
        self._workshop = False
        self._saved: dict[str, Subset] = {}
        self._subset = Subset()
        self._comparison: Subset | None = None
        self._views: dict = {}
        if project is not None:
            self._read(copy.deepcopy(project))

    @classmethod
    def from_project(cls, project: Project) -> Session:
        """A session for an opened (or restored, or new) project; the session keeps its own deep
        copy, so later changes to ``project`` do not reach it."""
        return cls(project)

    def reset(self, project: Project | None) -> None:
        """Show another project (or none) in this session: every part changes at once and
        listeners get one Change naming every kind. An undo stack must be cleared by its owner."""
        with self.batch():
            self.notes = []
            self._rules, self._settings, self._workshop = None, {}, False
            self._saved, self._subset, self._comparison, self._views = {}, Subset(), None, {}
            self._project = None
            if project is not None:
                self._read(copy.deepcopy(project))
            for kind in CHANGE_KINDS:
                self._changed(kind, modifies=False)

    # ------------------------------------------------------------------ reading a project
    def _read(self, project: Project) -> None:
        """Take the state out of ``project`` (already a private copy) and write it back in its
        normal form, so the project and the session agree from the start."""
        study = project.study
        self._project = project
        self._rules = copy.deepcopy(study.rules)
        settings = study.settings if isinstance(study.settings, dict) else {}
        if not isinstance(study.settings, dict) and study.settings:
            self.notes.append("The project's settings were not an object and were left out.")
        self._workshop = bool(settings.get(WORKSHOP_KEY, False))
        self._settings = {k: copy.deepcopy(v) for k, v in settings.items() if k != WORKSHOP_KEY}
        self._subset = self._read_subset(study.subset, "The current subset") or Subset()
        self._saved = {}
        for name, data in (project.subsets or {}).items():
            subset = self._read_subset(data, f"The saved subset “{name}”")
            if subset is not None:
                self._saved[str(name)] = subset
        comparison = project.comparison
        self._comparison = (self._read_subset(comparison.get("b"), "Subset B of the comparison")
                            if isinstance(comparison, dict) else None)
        self._views = self._read_views(project.views)
        self._write_study_parts()
        self._write_subsets()
        project.comparison = self._comparison_json()
        project.views = copy.deepcopy(self._views)

    def _read_subset(self, data: Any, what: str) -> Subset | None:
        try:
            return Subset.from_json(data or None)
        except Exception as error:  # a bad subset in a file never stops the project opening
            self.notes.append(f"{what} could not be read and was left out ({error}).")
            log.info("%s could not be read", what, exc_info=True)
            return None

    @staticmethod
    def _read_views(views: Any) -> dict:
        views = copy.deepcopy(views) if isinstance(views, dict) else {}
        if "state" in views:
            state = views["state"]
            views["state"] = ({str(k): v for k, v in state.items() if isinstance(v, dict)}
                              if isinstance(state, dict) else {})
        if not isinstance(views.get("current"), str):
            views.pop("current", None)
        if "open" in views and not (isinstance(views["open"], list)
                                    and all(isinstance(v, str) for v in views["open"])):
            views.pop("open")
        return views

    # ------------------------------------------------------------------ read-only state
    @property
    def project(self) -> Project | None:
        """The live project (path, data files, unknown keys; the rest kept current by the
        setters). Do not mutate it; use :meth:`to_project` for a copy."""
        return self._project

    @property
    def study(self) -> Study | None:
        """The live study (do not mutate: change it with commands.SetStudy). Its rules, subset
        and settings fields follow the session's."""
        return self._project.study if self._project is not None else None

    @property
    def rules(self) -> dict | None:
        """The rules the analysis uses (None = the default rules)."""
        return copy.deepcopy(self._rules)

    @property
    def settings(self) -> dict:
        """The project settings as saved (AnalysisSettings keys, disclosure thresholds), without
        the workshop flag (see :attr:`workshop_mode`)."""
        return copy.deepcopy(self._settings)

    @property
    def analysis_settings(self) -> dict:
        """What core.analysis.pipeline.run_analysis gets: the settings minus window-only keys."""
        return {k: copy.deepcopy(v) for k, v in self._settings.items()
                if k not in WINDOW_ONLY_SETTINGS}

    @property
    def workshop_mode(self) -> bool:
        return self._workshop

    @property
    def saved_subsets(self) -> dict[str, Subset]:
        """Named subsets in the order the user made them (copies)."""
        return {name: copy.deepcopy(s) for name, s in self._saved.items()}

    @property
    def subset(self) -> Subset:
        """The current subset (A)."""
        return copy.deepcopy(self._subset)

    @property
    def comparison(self) -> Subset | None:
        """Subset B while "compare with…" is on (A vs B), else None."""
        return copy.deepcopy(self._comparison)

    @property
    def active_subset(self) -> str | None:
        """The saved subset equal to the current one (as written to "active_subset"), if any."""
        return self._project.active_subset if self._project is not None else self._active_name(None)

    @property
    def current_view(self) -> str | None:
        """The tab shown (firms/workers/upgrading/outcomes/matrix/chart_builder, …)."""
        return self._views.get("current")

    @property
    def open_views(self) -> list[str] | None:
        """The tabs shown, in order, as saved (None: never recorded)."""
        views = self._views.get("open")
        return list(views) if views is not None else None

    @property
    def views(self) -> dict:
        """The whole "views" object as saved (a copy)."""
        return copy.deepcopy(self._views)

    def view_state(self, view: str) -> dict:
        """One view's saved choices (a copy); {} when it has none."""
        return copy.deepcopy(self._views.get("state", {}).get(view) or {})

    # ------------------------------------------------------------------ listening
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    @contextlib.contextmanager
    def batch(self) -> Iterator[Session]:
        """Tell listeners once, after the block, about every change inside it (nested blocks
        report at the outermost end). :meth:`apply` and :meth:`revert` use it; a QUndoCommand
        wrapping a command should too (``with session.batch(): command.redo(session)``)."""
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._pending:
                kinds, self._pending = frozenset(self._pending), set()
                self._notify(Change(kinds, self.revision))

    def _notify(self, change: Change) -> None:
        error: BaseException | None = None
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception as exc:  # the others are still told; the first error is raised
                error = error or exc
        if error is not None:
            raise error

    def _changed(self, kind: str, *, modifies: bool = True) -> None:
        assert kind in CHANGE_KINDS, kind
        self.revision += 1
        if modifies and kind != "views" and self._project is not None:
            self._project.modified = True
        if self._batch_depth:
            self._pending.add(kind)
        else:
            self._notify(Change(frozenset({kind}), self.revision))

    # ------------------------------------------------------------------ changing
    def apply(self, command: Command) -> None:
        """Run ``command.redo(self)``; listeners are told once, afterwards."""
        with self.batch():
            command.redo(self)

    def revert(self, command: Command) -> None:
        """Run ``command.undo(self)``; listeners are told once, afterwards."""
        with self.batch():
            command.undo(self)

    def set_subset(self, subset: Subset | Mapping | None) -> None:
        """The current subset (A); kind "subset"."""
        new = _copy_subset(subset)
        if new.to_json() == self._subset.to_json():
            return
        self._subset = new
        if self._project is not None:
            self._project.study.subset = new.to_json()
            self._project.active_subset = self._active_name(self._project.active_subset)
        self._changed("subset")

    def set_comparison(self, subset_b: Subset | Mapping | None) -> None:
        """Subset B (None: stop comparing); kind "comparison"."""
        new = None if subset_b is None else _copy_subset(subset_b)
        old = self._comparison
        if (new is None) == (old is None) and (new is None or new.to_json() == old.to_json()):
            return
        self._comparison = new
        if self._project is not None:
            self._project.comparison = self._comparison_json()
        self._changed("comparison")

    def set_saved_subsets(self, saved: Mapping[str, Subset | Mapping]) -> None:
        """All named subsets, in order; kind "saved_subsets"."""
        new = {str(name): _copy_subset(s) for name, s in saved.items()}
        if (list(new) == list(self._saved)
                and all(new[n].to_json() == self._saved[n].to_json() for n in new)):
            return
        self._saved = new
        self._write_subsets()
        self._changed("saved_subsets")

    def set_rules(self, rules: Mapping | None) -> None:
        """The rules (None = the default rules); kind "rules"."""
        new = copy.deepcopy(dict(rules)) if rules is not None else None
        if json_equal(new, self._rules):
            return
        self._rules = new
        self._write_study_parts()
        self._changed("rules")

    def set_settings(self, settings: Mapping) -> None:
        """The project settings, whole (the workshop flag, if present, is ignored here: it is
        changed with set_workshop_mode); kind "settings"."""
        new = {str(k): copy.deepcopy(v) for k, v in settings.items() if k != WORKSHOP_KEY}
        if json_equal(new, self._settings) and list(new) == list(self._settings):
            return
        self._settings = new
        self._write_study_parts()
        self._changed("settings")

    def set_workshop_mode(self, on: bool) -> None:
        """Hide individual firms (saved in the settings); kind "workshop"."""
        on = bool(on)
        if on == self._workshop:
            return
        self._workshop = on
        self._write_study_parts()
        self._changed("workshop")

    def set_study(self, study: Study) -> None:
        """The mapping after (re-)reviewing the import: tables, roles, missing codes, value maps.
        The session's rules, subset, settings and unknown project keys stay; kind "study"."""
        new = copy.deepcopy(study)
        if self._project is None:  # the first survey of an empty session
            self._project = Project(study=new)
            self._write_subsets()
            self._project.comparison = self._comparison_json()
            self._project.views = copy.deepcopy(self._views)
        else:
            old = self._project.study
            if study_key(new) == study_key(old) and new.confidence == old.confidence:
                return
            new.extra = copy.deepcopy(old.extra)
            self._project.study = new
        self._write_study_parts()
        self._changed("study")

    def set_view_state(self, view: str, state: Mapping) -> None:
        """One view's choices (saved with the project, not undone); kind "views"."""
        new = copy.deepcopy(dict(state))
        states = self._views.setdefault("state", {})
        if view in states and json_equal(states[view], new):
            return
        states[view] = new
        self._write_views()

    def set_current_view(self, view: str | None) -> None:
        """The tab shown (saved, not undone); kind "views"."""
        if view == self._views.get("current"):
            return
        if view is None:
            self._views.pop("current", None)
        else:
            self._views["current"] = str(view)
        self._write_views()

    def set_open_views(self, views: list[str]) -> None:
        """The tabs shown, in order (saved, not undone); kind "views"."""
        new = [str(v) for v in views]
        if new == self._views.get("open"):
            return
        self._views["open"] = new
        self._write_views()

    # ------------------------------------------------------------------ into the project
    def _file_settings(self) -> dict:
        out = copy.deepcopy(self._settings)
        if self._workshop:
            out[WORKSHOP_KEY] = True
        return out

    def _write_study_parts(self) -> None:
        if self._project is None:
            return
        study = self._project.study
        study.rules = copy.deepcopy(self._rules)
        study.subset = self._subset.to_json()
        study.settings = self._file_settings()

    def _write_subsets(self) -> None:
        if self._project is None:
            return
        self._project.subsets = {name: s.to_json() for name, s in self._saved.items()}
        self._project.active_subset = self._active_name(self._project.active_subset)

    def _write_views(self) -> None:
        if self._project is not None:
            self._project.views = copy.deepcopy(self._views)
        self._changed("views")

    def _comparison_json(self) -> dict | None:
        return None if self._comparison is None else {"b": self._comparison.to_json()}

    def _active_name(self, previous: str | None) -> str | None:
        """The saved subset equal to the current one: the one recorded before if it still is,
        else the first; None for the empty subset (everything is not "a saved subset")."""
        current = self._subset.to_json()
        if not current:
            return None
        if previous in self._saved and self._saved[previous].to_json() == current:
            return previous
        return next((n for n, s in self._saved.items() if s.to_json() == current), None)

    # ------------------------------------------------------------------ the project file
    def to_project(self) -> Project:
        """A fresh deep copy of the project with the session's state in it (the session's own
        project is never handed out for writing). ProjectFileError when no survey is open."""
        if self._project is None:
            raise ProjectFileError("No survey is open, so there is no project to save",
                                   todo="Open a survey or a project first")
        return copy.deepcopy(self._project)

    def to_json(self, project_path: Path | str | None = None) -> dict:
        """The project object exactly as :meth:`save` writes it: with ``project_path`` data paths
        are relative to its folder; without, absolute (the autosave's form). NaN and infinities
        are null, as in the file."""
        target = Path(project_path) if project_path is not None else None
        return json_safe(self.to_project().to_json(target))

    def save(self, path: Path | str | None = None) -> Path:
        """Save (or Save as, with ``path``) through core.project.project_file.save_project:
        atomic, fsync'ed, unknown keys kept, the current format written. Returns the file
        written; the project then records that path and is no longer modified."""
        project = self.to_project()
        target = save_project(project, path)
        live = self._project
        assert live is not None
        live.path = project.path
        live.data_files = copy.deepcopy(project.data_files)
        live.modified = False
        live.migrated_from = None
        return target

    def __repr__(self) -> str:
        where = self._project.path if self._project is not None else None
        return (f"Session({where!s}, revision={self.revision}, subset={self._subset.to_json()}, "
                f"saved={list(self._saved)}, workshop={self._workshop})")


def session_json_text(session: Session, project_path: Path | str | None = None) -> str:
    """The session's JSON as text, in the file's key order (the order of saved subsets and
    views counts): a fingerprint for tests and change checks."""
    return json.dumps(session.to_json(project_path), ensure_ascii=False)


__all__ = ["CHANGE_KINDS", "VIEW_KEYS", "WINDOW_ONLY_SETTINGS", "WORKSHOP_KEY", "Change", "Session",
           "json_equal", "session_json_text", "study_key"]
