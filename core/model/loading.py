"""Open a survey data file — a workbook, csv, .dta or .sav — as a survey, with a study.

A data file gets a proposed study (:func:`open_data_file`); a project's study opens its data files
through :func:`open_with_study`. Project files themselves are opened one layer up, by
core.project.opening.open_survey, which the command line and the window both use, so a file that
inspects cleanly also opens cleanly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.common.errors import FileRefusedError, ProjectFileError
from core.io.rawtable import RawTable, SourceFile
from core.io.readers import read_source
from core.model.study import (
    SIDES,
    Study,
    TableKinds,
    TableRef,
    apply_codebooks,
    classify_tables,
    propose_study,
)
from core.model.survey import Survey, build_survey

Progress = Callable[[str], None]


@dataclass
class LoadedSurvey:
    """A survey with the files it came from and what each table was taken to be."""

    survey: Survey
    sources: list[SourceFile]
    kinds: dict[str, str]
    """table name → firms / workers / codebook / other."""
    project_path: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def study(self) -> Study:
        return self.survey.study

    @property
    def title(self) -> str:
        if self.project_path is not None:
            return self.project_path.name.removesuffix(".uex.json")
        return self.sources[0].path.name if self.sources else ""


def _no_progress(_: str) -> None:
    return None


def check_openable(path: Path | str) -> Path:
    """The path as a Path, or a FileRefusedError in plain words when it is missing or a folder."""
    path = Path(path)
    if not path.exists():
        raise FileRefusedError("The file does not exist", where=str(path),
                               todo="Check the name and folder, then open it again")
    if path.is_dir():
        raise FileRefusedError("This is a folder, not a file", where=str(path),
                               todo="Choose a survey file inside it")
    return path


def open_data_file(path: Path | str, *, progress: Progress = _no_progress) -> LoadedSurvey:
    """Open a survey data file (not a project: core.project.opening.open_survey takes both) with
    the proposed study; raises only UserFacingError subclasses."""
    return _open_data_file(check_openable(path), progress)


def _open_data_file(path: Path, progress: Progress) -> LoadedSurvey:
    progress(f"Reading {path.name}")
    source = read_source(path)
    kinds = classify_tables(source.tables)
    apply_codebooks(source.tables, kinds.codebooks)
    kinds = classify_tables(source.tables)  # labels from the codebook sharpen the second look
    progress("Recognising the questions")
    study = propose_study(source.tables, firm_path=path, kinds=kinds)
    survey = build_survey(study, {"firms": kinds.firms, "workers": kinds.workers})
    return LoadedSurvey(survey, [source], kinds.kinds)


def _pick_table(source: SourceFile, sheet: str | None, side: str, project: Path) -> RawTable:
    tables = [t for t in source.tables]
    if sheet is None:
        data = [t for t in tables if t.n_columns > 0]
        if len(data) == 1 or (data and source.kind in ("csv", "dta", "sav", "zsav", "por")):
            return data[0]
        raise ProjectFileError(
            f'The project does not say which sheet of {source.path.name} holds the {side}',
            where=f'{project.name}, key "{side}"',
            todo=f'Add "sheet": one of {", ".join(t.name for t in tables)}')
    for t in tables:
        if t.name == sheet:
            return t
    raise ProjectFileError(
        f'Sheet "{sheet}" is not in {source.path.name}',
        where=f'{project.name}, key "{side}"',
        todo=f'Use one of: {", ".join(t.name for t in tables) or "(no sheets)"}')


def open_with_study(study: Study, *, progress: Progress = _no_progress,
                    project_path: Path | None = None,
                    sources: list[SourceFile] | None = None) -> LoadedSurvey:
    """Open the data files a study names and build the survey with that study (no proposal).

    Used for project files and for a survey whose import review was accepted before. ``sources``
    already read are reused when their header rows match the study's, so an edited study does not
    re-read the workbook; raises only UserFacingError subclasses.
    """
    where = project_path if project_path is not None else Path(
        (study.firms or study.workers or TableRef(Path("survey"))).path)
    return _open_study(study, where, progress, project_path, sources or [])


def _reusable(source: SourceFile, header_rows: dict[str, int | None]) -> bool:
    have = {t.name: t.header_row for t in source.tables}
    return all(row is None or have.get(sheet) == row for sheet, row in header_rows.items())


def _open_study(study: Study, path: Path, progress: Progress, project_path: Path | None,
                known: list[SourceFile]) -> LoadedSurvey:
    sources: dict[Path, SourceFile] = {}
    chosen: dict[str, RawTable | None] = {}
    for side in SIDES:
        ref = study.table_ref(side)
        if ref is None:
            chosen[side] = None
            continue
        key = Path(ref.path).resolve()
        if key not in sources:
            if not key.exists():
                raise ProjectFileError(
                    f"The {side} data file named in the project is not there",
                    where=f"{path.name} → {ref.path}",
                    todo="Put the data file back beside the project, or edit the path in it")
            header_rows = {r.sheet: r.header_row for r in (study.firms, study.workers)
                           if r is not None and Path(r.path).resolve() == key and r.sheet}
            reuse = [s for s in known if Path(s.path).resolve() == key
                     and _reusable(s, header_rows)]
            if reuse:
                sources[key] = reuse[0]
            else:
                progress(f"Reading {key.name}")
                sources[key] = read_source(key, header_rows=header_rows)
        chosen[side] = _pick_table(sources[key], ref.sheet, side, path)
    all_tables = [t for s in sources.values() for t in s.tables]
    kinds: TableKinds = classify_tables(all_tables)
    apply_codebooks(all_tables, kinds.codebooks)
    kind_names = {t.name: kinds.kinds.get(t.name, "other") for t in all_tables}
    for side in SIDES:
        if chosen[side] is not None:
            kind_names[chosen[side].name] = side
    progress("Building the survey")
    survey = build_survey(study, chosen)
    return LoadedSurvey(survey, list(sources.values()), kind_names, project_path=project_path)
