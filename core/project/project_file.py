"""The whole project: study, data-file fingerprints, rules, named subsets, settings and open views.

This is the one project-file API: every project, autosave and remembered import review is read
and written here (or through core.project.session.Session, whose JSON the project file is).

A project file (``*.uex.json``) holds DESIGN.md's stable format-v1 part (the study's JSON form,
:func:`core.model.study.study_to_json`) plus these keys of its own, all optional when reading::

    "data_files": [{"path": "survey.xlsx", "sha256": "…", "size": 12345, "kind": "xlsx",
                    "sheets": ["Firms", "Workers", "Codebook"]}],
    "subsets":    {"Vietnam apparel": {"firms": {"country": ["Vietnam"], "sector": ["apparel"]}}},
    "active_subset": "Vietnam apparel",
    "views":      {"open": ["firms", "workers", "upgrading"], "current": "upgrading",
                   "state": {"upgrading": {"by": "sector"}}},
    "comparison": {"b": {"firms": {"country": ["Cambodia"]}}}    # or null: A vs B is off

Workshop mode is saved inside ``settings`` as ``"workshop_mode": true`` (absent when off), where
the window has always written it; the analysis ignores the key.

Paths are relative to the project file. Keys this version does not know are written back as they
were read, at the top level and inside the ``firms`` / ``workers`` entries. Saving is atomic and
fsync'ed (core.common.jsonfile); NaN and infinities are written as null.

Opening is two steps so the window can speak before any number is recomputed:

1. :func:`check_project` reads the project (migrating older format versions), finds each data file
   (at its recorded path, else under the same name beside the project) and hashes it. A file not
   found raises :class:`DataFileMissingError` listing what to ask for; a file whose SHA-256
   differs from the one saved is listed in ``ProjectCheck.changed_files`` in plain words.
2. :meth:`ProjectCheck.load` reads the data and builds the survey (``ProjectOpenResult``).

:func:`open_project` does both, for scripts and the command line.

Format versions and migrations
------------------------------
``MIGRATIONS[n]`` turns a version-``n`` object into a version-``n + 1`` one; they run in sequence
up to :data:`PROJECT_VERSION` before anything else reads the object. Every version below the
current one has a migration and a test (tests/core/test_project.py).

Version 0 is the pre-release layout written by the development builds before the format was fixed
(and any project object with our ``format`` but no ``version`` key)::

    {"format": "upgrading-explorer-project", "version": 0,
     "data": {"path": "survey.xlsx", "firm_sheet": "Firms", "worker_sheet": "Workers",
              "worker_path": "workers.csv",            # optional, when workers are in another file
              "header_rows": {"Firms": 1, "Workers": 1}},
     "mapping": {"firm": {role: column}, "worker": {role: column}},
     "missing": {"firm": {column: [codes]}, "worker": {...}},
     "recodes": {"firm": {column: {code: value}}, "worker": {...}},
     "rules": …, "filter": {…subset…}, "saved_filters": {name: {…}}, "options": {…settings…},
     "sha256": {"survey.xlsx": "…"}}
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.common.errors import ProjectFileError
from core.common.jsonfile import write_json_atomic
from core.model.loading import LoadedSurvey, open_with_study
from core.model.study import (
    PROJECT_FORMAT,
    PROJECT_SUFFIX,
    PROJECT_VERSION,
    SIDES,
    Study,
    study_from_json,
    study_to_json,
)
from core.project.schema import MAX_DEPTH, check_depth_and_numbers, validate_project

Progress = Callable[[str], None]
OWN_KEYS = ("data_files", "subsets", "active_subset", "views", "comparison")
"""Project keys this module owns (beside the stable keys core.model.study reads)."""
_ENTRY_KEYS = ("path", "sheet", "header_row")


def _no_progress(_: str) -> None:
    return None


# ----------------------------------------------------------------------------- the project
@dataclass
class DataFile:
    """The fingerprint of one data file the project reads."""

    path: Path
    """Absolute path (relative to the project in the file)."""
    sha256: str | None = None
    size: int | None = None
    kind: str | None = None
    sheets: list[str] = field(default_factory=list)

    def to_json(self, base: Path | None) -> dict:
        out: dict[str, Any] = {"path": _rel(self.path, base)}
        if self.sha256:
            out["sha256"] = self.sha256
        if self.size is not None:
            out["size"] = self.size
        if self.kind:
            out["kind"] = self.kind
        out["sheets"] = list(self.sheets)
        return out


@dataclass
class Project:
    """Everything needed to reproduce a session's numbers and views."""

    study: Study
    """The mapping, plus the active subset (``study.subset``), rules and settings."""
    path: Path | None = None
    """Where the project was opened from or last saved (None: never saved)."""
    data_files: list[DataFile] = field(default_factory=list)
    subsets: dict[str, dict] = field(default_factory=dict)
    """Named subsets (Subset.to_json() objects), in the order the user made them."""
    active_subset: str | None = None
    views: dict = field(default_factory=dict)
    """Open views: {"open": [...], "current": name, "state": {view: {...}}}; free-form."""
    comparison: dict | None = None
    """A vs B: {"b": subset B's Subset.to_json()} while comparing, else None."""
    migrated_from: int | None = None
    """The format version the file had when read, if it was older than the current one."""
    modified: bool = False
    """True when the state differs from the file at ``path`` (the window's title asterisk)."""
    _entry_extra: dict[str, dict] = field(default_factory=dict, repr=False)
    """Unknown keys inside the firms/workers entries, written back on save."""

    @property
    def title(self) -> str:
        if self.path is None:
            return "Untitled project"
        return self.path.name.removesuffix(PROJECT_SUFFIX).removesuffix(".json")

    def data_file(self, path: Path) -> DataFile | None:
        key = _key(path)
        return next((d for d in self.data_files if _key(d.path) == key), None)

    def to_json(self, project_path: Path | None = None) -> dict:
        """The project object. With ``project_path`` paths are relative to its folder; without,
        absolute (the autosave's form)."""
        target = Path(project_path) if project_path is not None else None
        data = study_to_json(self.study, target if target is not None else Path("x.json"))
        base = target.resolve().parent if target is not None else None
        for side in SIDES:
            ref = self.study.table_ref(side)
            entry = data.get(side)
            if ref is None or entry is None:
                continue
            entry["path"] = _rel(Path(ref.path), base)
            for k, v in self._entry_extra.get(side, {}).items():
                entry.setdefault(k, copy.deepcopy(v))
        settings = data.get("settings")
        if isinstance(settings, dict) and isinstance(settings.get("minimum_wage_table"), str):
            settings["minimum_wage_table"] = _rel(Path(settings["minimum_wage_table"]), base)
        data["data_files"] = [d.to_json(base) for d in self._fingerprints()]
        data["subsets"] = copy.deepcopy(self.subsets)
        data["active_subset"] = self.active_subset
        data["views"] = copy.deepcopy(self.views)
        data["comparison"] = copy.deepcopy(self.comparison)
        return data

    def _fingerprints(self) -> list[DataFile]:
        """The recorded fingerprints of the files the study reads (hashing any not yet known)."""
        out: list[DataFile] = []
        for ref in (self.study.firms, self.study.workers):
            if ref is None or any(_key(d.path) == _key(ref.path) for d in out):
                continue
            known = self.data_file(Path(ref.path))
            if known is None:
                known = DataFile(Path(ref.path).resolve())
                if known.path.is_file():
                    known.sha256, known.size = file_sha256(known.path)
                    self.data_files.append(known)
            out.append(known)
        return out


def project_from_loaded(loaded: LoadedSurvey, path: Path | None = None) -> Project:
    """A project for a survey just opened (from a data file or a project): fingerprints come from
    the bytes actually read, so a later change to the file is detected on reopening."""
    files = [DataFile(Path(s.path).resolve(), s.sha256, _size(s.path), s.kind,
                      [t.name for t in s.tables]) for s in loaded.sources]
    return Project(study=loaded.study, path=Path(path) if path else loaded.project_path,
                   data_files=files)


def _size(path: Path) -> int | None:
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


# ----------------------------------------------------------------------------- reading
def _migrate_0_to_1(data: dict) -> dict:
    """Version 0 (pre-release layout, see the module docstring) → version 1."""
    out: dict[str, Any] = {"format": PROJECT_FORMAT, "version": 1}
    src = data.get("data") or {}
    if not isinstance(src, dict) or not isinstance(src.get("path"), str):
        raise ProjectFileError('This old project has no "data" entry with a "path"',
                               where='key "data"',
                               todo="Open the survey file itself and save a new project")
    headers = src.get("header_rows") or {}

    def entry(path: str, sheet: Any) -> dict:
        out_entry: dict[str, Any] = {"path": path}
        if sheet is not None:
            out_entry["sheet"] = sheet
            if isinstance(headers.get(sheet), int):
                out_entry["header_row"] = headers[sheet]
        return out_entry

    out["firms"] = entry(src["path"], src.get("firm_sheet"))
    if src.get("worker_path"):
        out["workers"] = entry(src["worker_path"], src.get("worker_sheet"))
    elif src.get("worker_sheet") is not None:
        out["workers"] = entry(src["path"], src["worker_sheet"])
    else:
        out["workers"] = None
    side_of = {"firm": "firms", "worker": "workers"}
    for old, new in (("mapping", "roles"), ("missing", "missing_codes"),
                     ("recodes", "value_maps")):
        part = data.get(old) or {}
        out[new] = {side_of[k]: v for k, v in part.items() if k in side_of}
        for side in SIDES:
            out[new].setdefault(side, {})
    out["rules"] = data.get("rules")
    out["subset"] = data.get("filter") or {}
    out["settings"] = data.get("options") or {}
    if data.get("saved_filters"):
        out["subsets"] = data["saved_filters"]
    hashes = data.get("sha256") or {}
    if hashes:
        out["data_files"] = [{"path": p, "sha256": h, "sheets": []} for p, h in hashes.items()]
    known = {"format", "version", "data", "mapping", "missing", "recodes", "rules", "filter",
             "saved_filters", "options", "sha256"}
    for k, v in data.items():
        if k not in known:
            out.setdefault(k, v)
    return out


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0_to_1}
"""version n → the function turning a version-n object into version n + 1."""


def migrate(data: Any, where: str = "") -> tuple[dict, int | None]:
    """Bring a project object to the current version; returns (object, original version if older)."""
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectFileError("This JSON file is not an Upgrading Explorer project", where=where,
                               todo=f'A project file has "format": "{PROJECT_FORMAT}" at its top')
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ProjectFileError(f"The project's format version {version!r} is not a number",
                               where=where, todo="Save the project again from the app")
    if version > PROJECT_VERSION:
        raise ProjectFileError(
            f"This project was saved by a newer Upgrading Explorer (format version {version}; "
            f"this one reads up to {PROJECT_VERSION})", where=where,
            todo="Open it with a newer version of Upgrading Explorer")
    original = version
    data = copy.deepcopy(data)
    while version < PROJECT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data, (original if original < PROJECT_VERSION else None)


def project_from_json(data: Any, project_path: Path) -> Project:
    """A project from a parsed object (any known version). Relative paths resolve against
    ``project_path``'s folder; nothing is read from the data files."""
    project_path = Path(project_path)
    check_depth_and_numbers(data, project_path.name)
    data, migrated_from = migrate(data, project_path.name)
    validate_project(data, project_path.name)
    study = study_from_json(data, project_path)
    for k in OWN_KEYS:
        study.extra.pop(k, None)
    for side in SIDES:  # "../data/survey.xlsx" read as data/survey.xlsx, not old/../data/…
        ref = study.table_ref(side)
        if ref is not None:
            ref.path = Path(os.path.normpath(ref.path))
    base = project_path.resolve().parent
    files: list[DataFile] = []
    raw_files = data.get("data_files") or []
    if not isinstance(raw_files, list):
        raise ProjectFileError('"data_files" must be a list', where=f'{project_path.name}, '
                               'key "data_files"', todo="Remove it; it is written again on save")
    for item in raw_files:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise ProjectFileError('Each "data_files" item needs a "path"',
                                   where=f'{project_path.name}, key "data_files"')
        sha = item.get("sha256")
        size = item.get("size")
        files.append(DataFile(_abs(item["path"], base),
                              sha if isinstance(sha, str) and sha else None,
                              size if isinstance(size, int) else None,
                              item.get("kind") if isinstance(item.get("kind"), str) else None,
                              [str(s) for s in item.get("sheets") or []]))
    subsets = data.get("subsets") or {}
    if not isinstance(subsets, dict) or not all(isinstance(v, dict) for v in subsets.values()):
        raise ProjectFileError('"subsets" must map names to subset objects',
                               where=f'{project_path.name}, key "subsets"')
    active = data.get("active_subset")
    views = data.get("views") or {}
    if not isinstance(views, dict):
        raise ProjectFileError('"views" must be an object', where=f'{project_path.name}, key "views"')
    comparison = data.get("comparison")
    if comparison is not None and not (isinstance(comparison, dict)
                                       and isinstance(comparison.get("b"), dict)):
        raise ProjectFileError('"comparison" must be null or {"b": a subset object}',
                               where=f'{project_path.name}, key "comparison"',
                               todo="Remove it (A vs B is then off)")
    settings = study.settings
    if isinstance(settings, dict) and isinstance(settings.get("minimum_wage_table"), str):
        settings["minimum_wage_table"] = str(_abs(settings["minimum_wage_table"], base))
    entry_extra = {}
    for side in SIDES:
        entry = data.get(side)
        if isinstance(entry, dict):
            extra = {k: copy.deepcopy(v) for k, v in entry.items() if k not in _ENTRY_KEYS}
            if extra:
                entry_extra[side] = extra
    return Project(study=study, path=project_path, data_files=files,
                   subsets={str(k): copy.deepcopy(v) for k, v in subsets.items()},
                   active_subset=active if isinstance(active, str) else None,
                   views=copy.deepcopy(views), comparison=copy.deepcopy(comparison),
                   migrated_from=migrated_from,
                   modified=migrated_from is not None, _entry_extra=entry_extra)


def read_project_json(project_path: Path | str) -> Any:
    """The parsed JSON of a project file; a clear ProjectFileError when it cannot be read."""
    project_path = Path(project_path)
    try:
        text = project_path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProjectFileError("The project file cannot be opened", where=project_path.name,
                               todo=f"Check that it exists and is readable ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ProjectFileError("The project file is not text", where=project_path.name,
                               todo="Choose a *.uex.json file saved by Upgrading Explorer") from exc
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ProjectFileError(
            f"The project file is nested more than {MAX_DEPTH} levels deep, which no project the "
            "app saves is", where=project_path.name,
            todo="It is not a project saved by Upgrading Explorer: ask the sender for the "
                 "original file") from exc
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"The project file is not valid JSON: {exc.msg}",
            where=f"{project_path.name}, line {exc.lineno}, column {exc.colno}",
            todo="Fix the file in a text editor, or save the project again from the app") from exc


def read_project(project_path: Path | str) -> Project:
    """Read a project file (any known version) without touching its data files."""
    project_path = Path(project_path)
    return project_from_json(read_project_json(project_path), project_path)


# ----------------------------------------------------------------------------- saving
def save_project(project: Project, path: Path | str | None = None) -> Path:
    """Save (or Save as, with ``path``) atomically; unknown keys read from the file are kept.

    Refuses to overwrite one of the project's own data files.
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise ProjectFileError("The project has no file name yet", todo="Use Save project as…")
    if not target.name.lower().endswith((PROJECT_SUFFIX, ".json")):
        target = target.with_name(target.name + PROJECT_SUFFIX)
    for ref in (project.study.firms, project.study.workers):
        if ref is not None and _key(ref.path) == _key(target):
            raise ProjectFileError("The project would overwrite its own data file",
                                   where=str(target), todo="Choose another file name")
    data = project.to_json(target)
    try:
        write_json_atomic(data, target)
    except TypeError as exc:  # nothing was written: the value is refused before any file is made
        raise ProjectFileError("The project holds a value that cannot be saved", where=str(target),
                               todo=f"Undo the last change and try again ({exc})") from exc
    except OSError as exc:
        raise ProjectFileError("The project could not be saved", where=str(target),
                               todo=f"Choose another folder ({exc.strerror or exc})") from exc
    project.path = target
    project.modified = False
    project.migrated_from = None
    return target


# ----------------------------------------------------------------------------- checking
@dataclass
class MissingDataFile:
    """A data file the project names that is neither where recorded nor beside the project."""

    recorded: Path
    sides: list[str]
    searched: list[Path]

    @property
    def name(self) -> str:
        return self.recorded.name

    @property
    def message(self) -> str:
        what = " and ".join(self.sides)
        return (f"The {what} data file “{self.name}” is not where the project says "
                f"({self.recorded.parent}) nor beside the project.")


class DataFileMissingError(ProjectFileError):
    """One or more data files cannot be found. The window asks for each (``missing``) with a file
    dialog and opens again with ``replacements={missing.recorded: chosen_path}``."""

    def __init__(self, project_path: Path, missing: list[MissingDataFile]) -> None:
        self.project_path = Path(project_path)
        self.missing = missing
        names = ", ".join(f"“{m.name}”" for m in missing)
        super().__init__(
            f"The project's data file{'s' if len(missing) > 1 else ''} {names} "
            f"{'were' if len(missing) > 1 else 'was'} not found where the project says, nor "
            "beside the project",
            where=self.project_path.name,
            todo="Show where the file is now (you will be asked), or put it back beside the project")


@dataclass
class ChangedFile:
    """A data file whose bytes differ from those the project was saved with."""

    path: Path
    recorded_sha256: str
    current_sha256: str
    recorded_size: int | None
    current_size: int

    @property
    def message(self) -> str:
        size = ""
        if self.recorded_size is not None and self.recorded_size != self.current_size:
            size = f" (it was {self.recorded_size:,} bytes, it is now {self.current_size:,})"
        return (f"“{self.path.name}” has changed since the project was saved{size}. The numbers "
                "will be computed from the file as it is now, so they may differ from the ones "
                "you saved. If this is not the file you meant, choose Cancel and open the "
                "right copy.")


@dataclass
class RelocatedFile:
    recorded: Path
    found: Path
    how: str
    """'beside the project' or 'chosen by you'."""

    @property
    def message(self) -> str:
        return (f"“{self.recorded.name}” was not at {self.recorded.parent}; the copy {self.how} "
                f"({self.found}) is used instead.")


@dataclass
class ProjectOpenResult:
    """A project opened and its survey built."""

    project: Project
    loaded: LoadedSurvey
    changed_files: list[ChangedFile] = field(default_factory=list)
    relocated: list[RelocatedFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Plain-words lines for the status bar or a message: migrations, relocations, changes."""


@dataclass
class ProjectCheck:
    """A project read and its data files found and hashed; nothing recomputed yet."""

    project: Project
    changed_files: list[ChangedFile] = field(default_factory=list)
    relocated: list[RelocatedFile] = field(default_factory=list)
    unverified: list[Path] = field(default_factory=list)
    """Files the project recorded no SHA-256 for (a hand-written project): cannot be checked."""
    outside_files: list[Path] = field(default_factory=list)
    """Data files outside the project's folder that the project does not vouch for (no SHA-256,
    or a different one) and the user did not choose: a project e-mailed by someone else could
    name any file on this computer, so the window asks before reading them (issue #15)."""

    @property
    def notes(self) -> list[str]:
        out = []
        if self.project.migrated_from is not None:
            out.append(f"The project was saved in an older format (version "
                       f"{self.project.migrated_from}); saving writes the current format.")
        out += [r.message for r in self.relocated]
        out += [c.message for c in self.changed_files]
        if self.outside_files:
            out.append("The project read data from outside its own folder: "
                       + "; ".join(str(p) for p in self.outside_files) + ".")
        return out

    def load(self, progress: Progress = _no_progress) -> ProjectOpenResult:
        """Read the data files and build the survey."""
        loaded = load_study(self.project.study, self.project.path, progress=progress)
        # The fingerprints now describe the bytes the numbers come from.
        for source in loaded.sources:
            current = DataFile(Path(source.path).resolve(), source.sha256, _size(source.path),
                               source.kind, [t.name for t in source.tables])
            known = self.project.data_file(current.path)
            if known is None:
                self.project.data_files.append(current)
            else:
                known.sha256, known.size, known.kind, known.sheets = (
                    current.sha256, current.size, current.kind, current.sheets)
        if self.changed_files or self.relocated:
            self.project.modified = True
        return ProjectOpenResult(self.project, loaded, list(self.changed_files),
                                 list(self.relocated), self.notes)


def file_sha256(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file, read-only, in 1 MB chunks."""
    sha = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def check_data_files(project: Project, replacements: Mapping[Path | str, Path | str] | None = None
                     ) -> ProjectCheck:
    """Find every data file the study reads and compare its SHA-256 with the recorded one.

    A file not at its recorded path is looked for under the same name beside the project (and at
    ``replacements[recorded]``, what the user chose when asked). Raises DataFileMissingError
    listing the files still not found. Changes the study's paths to where the files were found.
    """
    replace = {_key(Path(k)): Path(v) for k, v in (replacements or {}).items()}
    check = ProjectCheck(project)
    missing: dict[Path, MissingDataFile] = {}
    found: dict[Path, Path] = {}
    for side in SIDES:
        ref = project.study.table_ref(side)
        if ref is None:
            continue
        recorded = Path(ref.path)
        key = _key(recorded)
        if key in found:
            ref.path = found[key]
            continue
        if key in missing:
            missing[key].sides.append(side)
            continue
        where, how = _locate(recorded, project.path, replace)
        if where is None:
            searched = [recorded] + ([project.path.resolve().parent / recorded.name]
                                     if project.path is not None else [])
            missing[key] = MissingDataFile(recorded, [side], searched)
            continue
        found[key] = where
        if how:
            check.relocated.append(RelocatedFile(recorded, where, how))
            fingerprint = project.data_file(recorded)
            if fingerprint is not None:
                fingerprint.path = where.resolve()
        ref.path = where
    if missing:
        raise DataFileMissingError(project.path or Path("project"), list(missing.values()))
    chosen = {_key(p) for p in replace.values()}
    for path in dict.fromkeys(found.values()):
        fingerprint = project.data_file(path)
        if fingerprint is None or not fingerprint.sha256:
            check.unverified.append(path)
            verified = False
        else:
            sha, size = file_sha256(path)
            verified = sha == fingerprint.sha256
            if not verified:
                check.changed_files.append(ChangedFile(path, fingerprint.sha256, sha,
                                                       fingerprint.size, size))
        if not verified and _key(path) not in chosen and not _inside(path, project.path):
            check.outside_files.append(Path(path).resolve())
    return check


def _inside(path: Path, project_path: Path | None) -> bool:
    """Whether ``path`` lies in the project's folder or below it."""
    if project_path is None:
        return True
    folder = project_path.resolve().parent
    return Path(path).resolve().is_relative_to(folder)


def _locate(recorded: Path, project_path: Path | None, replace: Mapping[Path, Path]
            ) -> tuple[Path | None, str]:
    chosen = replace.get(_key(recorded))
    if chosen is not None:
        if chosen.is_file():
            return chosen, "chosen by you"
        return None, ""
    if recorded.is_file():
        return recorded, ""
    if project_path is not None:
        beside = project_path.resolve().parent / recorded.name
        if beside.is_file():
            return beside, "beside the project"
    return None, ""


def check_project(project_path: Path | str,
                  replacements: Mapping[Path | str, Path | str] | None = None) -> ProjectCheck:
    """Step 1 of opening: read the project, find and hash its data files (nothing recomputed)."""
    return check_data_files(read_project(project_path), replacements)


def open_project(project_path: Path | str,
                 replacements: Mapping[Path | str, Path | str] | None = None, *,
                 progress: Progress = _no_progress) -> ProjectOpenResult:
    """Both steps: for scripts and the command line (changes are in ``changed_files``)."""
    return check_project(project_path, replacements).load(progress)


# ----------------------------------------------------------------------------- loading
def load_study(study: Study, project_path: Path | None, *,
               progress: Progress = _no_progress) -> LoadedSurvey:
    """Read the tables a study names (with its header rows) and build the survey: the same path
    as a project opened by core.model.loading, from a Study (so migrated and restored projects, and
    files the user relocated, open the same way)."""
    return open_with_study(study, progress=progress, project_path=project_path)


# ----------------------------------------------------------------------------- paths
def _key(path: Path | str) -> Path:
    return Path(os.path.abspath(Path(path)))


def _abs(text: str, base: Path) -> Path:
    p = Path(text)
    return p if p.is_absolute() else Path(os.path.normpath(base / p))


def _rel(path: Path, base: Path | None) -> str:
    path = _key(path)
    if base is None:
        return path.as_posix()
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


__all__ = [
    "MIGRATIONS", "OWN_KEYS", "ChangedFile", "DataFile", "DataFileMissingError", "MissingDataFile", "Project",
    "ProjectCheck", "ProjectOpenResult", "RelocatedFile", "check_data_files", "check_project",
    "file_sha256", "load_study", "migrate", "open_project", "project_from_json",
    "project_from_loaded", "read_project", "read_project_json", "save_project",
    "write_json_atomic",
]
