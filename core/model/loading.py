"""Open a survey data file — a workbook, csv, .dta or .sav — as a survey, with a study.

A data file gets a proposed study (:func:`open_data_file`); a project's study opens its data files
through :func:`open_with_study`. Project files themselves are opened one layer up, by
core.project.opening.open_survey, which the command line and the window both use, so a file that
inspects cleanly also opens cleanly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.common.errors import FileRefusedError, ProjectFileError
from core.common.findings import Finding
from core.io import read_cache
from core.io.rawtable import RawTable, SourceFile
from core.io.readers import read_source
from core.model.layouts import FIRMS_SUFFIX, WORKERS_SUFFIX, restructure
from core.model.mapping import one_open
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
log = logging.getLogger(__name__)


@dataclass
class LoadedSurvey:
    """A survey with the files it came from and what each table was taken to be."""

    survey: Survey
    sources: list[SourceFile]
    kinds: dict[str, str]
    """table name → firms / workers / codebook / other."""
    project_path: Path | None = None
    notes: list[str] = field(default_factory=list)
    recalled: bool = False
    """Built with a study accepted before for this file's content (no proposal, no review)."""

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


Recall = Callable[[SourceFile], Study | None]
"""The study accepted before for a file just read (its SHA-256 is ``source.sha256``), or None."""


def open_data_file(path: Path | str, *, progress: Progress = _no_progress,
                   recall: Recall | None = None) -> LoadedSurvey:
    """Open a survey data file (not a project: core.project.opening.open_survey takes both) with
    the proposed study; raises only UserFacingError subclasses.

    ``recall`` (the window's memory of accepted import reviews): when it gives a study for the
    file read, the survey is built with that study straight away (``recalled``), without
    proposing one first (issue #14: proposing and building twice was 5 of the 11 s of a reopen);
    when that study no longer fits, the file opens with the proposal as if never reviewed."""
    path = check_openable(path)
    with one_open():  # the open maps the same columns many times: fingerprints remembered
        return _open_recalled_or_proposed(path, progress, recall)


def _open_recalled_or_proposed(path: Path, progress: Progress, recall: Recall | None
                               ) -> LoadedSurvey:
    progress(f"Reading {path.name}")
    source = read_source(path)
    if recall is not None:
        study = recall(source)
        if study is not None:
            try:
                loaded = open_with_study(study, progress=progress, sources=[source])
            except Exception:
                log.warning("The remembered import choices no longer fit %s", path,
                            exc_info=True)
                source = read_source(path)  # tables as read, before the failed attempt
            else:
                loaded.recalled = True
                return loaded
    return _open_data_file(path, progress, source)


def _open_data_file(path: Path, progress: Progress, source: SourceFile) -> LoadedSurvey:
    kinds = classify_tables(source.tables)
    apply_codebooks(source.tables, kinds.codebooks)
    (source,), layout = _restructure_sources([source])
    kinds = classify_tables(source.tables)  # labels from the codebook sharpen the second look
    progress("Recognising the questions")
    study = propose_study(source.tables, firm_path=path, kinds=kinds)
    _name_derived_tables(study, source, kinds)
    _add_findings(study, layout)
    survey = build_survey(study, {"firms": kinds.firms, "workers": kinds.workers})
    return LoadedSurvey(survey, [source], kinds.kinds)


def _restructure_sources(sources: list[SourceFile]) -> tuple[list[SourceFile], list[Finding]]:
    """Each file with its tables restructured (stacked records split, a firm table derived from
    a long worker file, wide worker groups reshaped, multi-selects split: core.model.layouts),
    the other files' tables counting as context. Deterministic, so a project reopens to the same
    derived tables; a source restructured before (a reused one) is kept as it is."""
    out: list[SourceFile] = []
    findings: list[Finding] = []
    for source in sources:
        if isinstance(source, RestructuredSource):
            out.append(source)
            findings.extend(source.layout_findings)
            continue
        context = [s for s in sources if s is not source]
        tables, done = _restructured(source, context)
        out.append(RestructuredSource(source.path, source.kind, source.sha256, tables,
                                      list(source.notes), layout_findings=list(done)))
        findings.extend(done)
    return out, findings


def _restructured(source: SourceFile, context: list[SourceFile]) -> tuple[list[RawTable],
                                                                          list[Finding]]:
    """core.model.layouts.restructure of one file's tables (the other files' tables as context),
    from the read cache when these very reads were restructured together before: the result
    depends on them alone (issue #14: 2.5 of the 3 s of building a reopened 100k-row survey,
    6 s of a 1M-worker project)."""
    others = [t for s in context for t in s.tables]
    entry = None
    if source.cache_entry and all(s.cache_entry and not isinstance(s, RestructuredSource)
                                  for s in context):
        with_context = ",".join(sorted(str(s.cache_entry) for s in context))
        entry = read_cache.derived_key(source.cache_entry, f"restructured:{with_context}")
        cached = read_cache.load(entry)
        if cached is not None:
            try:
                return cached.tables, [Finding(**f) for f in cached.extra["findings"]]
            except (KeyError, TypeError):
                log.warning("Ignoring a cached restructure without its findings")
    result = restructure(source.tables, others=others)
    if entry is not None:
        read_cache.store(entry, result.tables, [],
                         {"findings": [f.to_json() for f in result.findings]})
    return list(result.tables), list(result.findings)


@dataclass
class RestructuredSource(SourceFile):
    """A source whose tables went through core.model.layouts, with what was done, so reusing it
    for an edited study reports the same findings without restructuring twice."""

    layout_findings: list[Finding] = field(default_factory=list)


def _add_findings(study: Study, findings: list[Finding]) -> None:
    """The restructure findings join the study's inferences (each once, first), so the
    validation report and the import review list them with their sheet, row and column, and a
    rebuild after an edit in the review keeps them."""
    new = [f for f in findings if f not in study.inferred]
    study.inferred[:0] = new


def _name_derived_tables(study: Study, source: SourceFile, kinds: TableKinds) -> None:
    """A csv/dta/sav file restructured into two tables: the project must say which one
    (``sheet``), or reopening could not tell them apart (the first table needs no name)."""
    if source.kind not in _SINGLE_TABLE_KINDS:
        return
    data = [t for t in source.tables if t.n_columns > 0]
    for side, table in (("firms", kinds.firms), ("workers", kinds.workers)):
        ref = study.table_ref(side)
        if ref is not None and ref.sheet is None and table is not None and data \
                and table.name != data[0].name:
            ref.sheet = table.name


_SINGLE_TABLE_KINDS = ("csv", "dta", "sav", "zsav", "por")


def _pick_table(source: SourceFile, sheet: str | None, side: str, project: Path) -> RawTable:
    tables = [t for t in source.tables]
    if sheet is None:
        data = [t for t in tables if t.n_columns > 0]
        if len(data) == 1 or (data and source.kind in _SINGLE_TABLE_KINDS):
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
    with one_open():
        return _open_study(study, where, progress, project_path, sources or [])


def _reusable(source: SourceFile, header_rows: dict[str, int | None]) -> bool:
    have = {t.name: t.header_row for t in source.tables}
    return all(row is None or have.get(sheet) == row for sheet, row in header_rows.items())


def _open_study(study: Study, path: Path, progress: Progress, project_path: Path | None,
                known: list[SourceFile]) -> LoadedSurvey:
    sources: dict[Path, SourceFile] = {}
    for side in SIDES:
        ref = study.table_ref(side)
        if ref is None:
            continue
        key = Path(ref.path).resolve()
        if key not in sources:
            if not key.exists():
                raise ProjectFileError(
                    f"The {side} data file named in the project is not there",
                    where=f"{path.name} → {ref.path}",
                    todo="Put the data file back beside the project, or edit the path in it")
            named, header_rows = _header_rows(study, key)
            reuse = [s for s in known if Path(s.path).resolve() == key
                     and _reusable(s, named)]
            if reuse:
                sources[key] = reuse[0]
            else:
                progress(f"Reading {key.name}")
                sources[key] = read_source(key, header_rows=header_rows)
    fresh = [s for s in sources.values() if not isinstance(s, RestructuredSource)]
    if fresh:  # a codebook's labels (a record type's 1 = firm) count when restructuring
        read = [t for s in sources.values() for t in s.tables]
        apply_codebooks(read, classify_tables(read).codebooks)
    restructured, layout = _restructure_sources(list(sources.values()))
    sources = dict(zip(sources, restructured, strict=True))
    chosen: dict[str, RawTable | None] = {}
    for side in SIDES:
        ref = study.table_ref(side)
        chosen[side] = None if ref is None else _pick_table(
            sources[Path(ref.path).resolve()], ref.sheet, side, path)
    all_tables = [t for s in sources.values() for t in s.tables]
    kinds: TableKinds = classify_tables(all_tables)
    apply_codebooks(all_tables, kinds.codebooks)
    kind_names = {t.name: kinds.kinds.get(t.name, "other") for t in all_tables}
    for side in SIDES:
        if chosen[side] is not None:
            kind_names[chosen[side].name] = side
    _add_findings(study, layout)
    progress("Building the survey")
    survey = build_survey(study, chosen)
    return LoadedSurvey(survey, list(sources.values()), kind_names, project_path=project_path)


def reread_source(path: Path, header_rows: dict[str, int | None], *,
                  others: list[RawTable] | None = None) -> SourceFile:
    """Read a data file again with given header rows (a header-row change in the import review)
    and restructure it as opening did, so derived tables ("Records (firms)") exist again; a
    derived table's header row goes to the sheet it comes from. ``others``: the survey's other
    files' tables (context, and their codebooks label this file)."""
    rows = dict(header_rows)
    for name, row in header_rows.items():
        for suffix in (FIRMS_SUFFIX, WORKERS_SUFFIX):
            if name.endswith(suffix) and len(name) > len(suffix):
                rows.setdefault(name[: -len(suffix)], row)
    source = read_source(path, header_rows=rows)
    every = source.tables + list(others or [])
    with one_open():
        apply_codebooks(source.tables, classify_tables(every).codebooks)
        result = restructure(source.tables, others=list(others or []))
    return RestructuredSource(source.path, source.kind, source.sha256, result.tables,
                              list(source.notes), layout_findings=list(result.findings))


def _header_rows(study: Study, key: Path) -> tuple[dict[str, int | None],
                                                  dict[str, int | None]]:
    """(table → header row as the study names them, sheet → header row to read file ``key``
    with): a derived table ("Records (firms)") gives its header row to the sheet it is derived
    from ("Records")."""
    refs = [r for r in (study.firms, study.workers)
            if r is not None and Path(r.path).resolve() == key and r.sheet]
    named: dict[str, int | None] = {r.sheet: r.header_row for r in refs}
    out = dict(named)
    for r in refs:
        for suffix in (FIRMS_SUFFIX, WORKERS_SUFFIX):
            if r.sheet.endswith(suffix) and len(r.sheet) > len(suffix):
                out.setdefault(r.sheet[: -len(suffix)], r.header_row)
    return named, out
