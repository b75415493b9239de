"""The study: how a particular survey's files map onto the canonical model, and its JSON form.

A study says which sheet (or file) holds the firms and which the workers, which column plays each
role, which codes mean "missing" for each variable, and how raw codes become canonical values. The
app proposes one (:func:`propose_study`); the user confirms or edits it. :func:`study_to_json` and
:func:`study_from_json` are the pure conversions to and from the stable part of a ``*.uex.json``
project (DESIGN.md, format v1), unknown keys kept. Files are written and read (with migrations,
atomic writes and fsync) only by the project layer: core.project.project_file for projects,
core.project.import_memory for remembered import reviews.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from core.common.errors import ProjectFileError
from core.common.findings import Finding
from core.common.messages import say
from core.common.text import code_key
from core.io.codebook import Codebook, apply_codebook, codebook_score, parse_codebook
from core.io.rawtable import RawTable, SourceFile
from core.io.xlsform import apply_xlsform, find_xlsform
from core.model.category_values import canonical_value
from core.model.keys import find_link
from core.model.mapping import RoleMatch, is_missing_label, map_table, table_level_scores
from core.model.pairs import find_pairs, ordinal_value_map
from core.model.pay_terms import infer_pay_terms, pay_terms_finding
from core.model.questions import Candidate, Question, question_from_json
from core.model.roles import Level, role

PROJECT_FORMAT = "upgrading-explorer-project"
PROJECT_VERSION = 1
PROJECT_SUFFIX = ".uex.json"
_STABLE_KEYS = ("format", "version", "firms", "workers", "roles", "missing_codes", "value_maps",
                "rules", "subset", "settings")
_UNDERSTANDING_KEYS = ("assumed_values", "unit_scale", "open_questions")
"""Written only when not empty, so a project without them stays DESIGN.md's stable part."""
SIDES: tuple[str, str] = ("firms", "workers")
LEVEL_OF_SIDE: dict[str, Level] = {"firms": "firm", "workers": "worker"}


@dataclass
class TableRef:
    """Where one questionnaire's table lives: file, sheet (None for csv/dta/sav) and header row."""

    path: Path
    sheet: str | None = None
    header_row: int | None = None


@dataclass
class Study:
    """The mapping from one survey's columns to canonical roles, and its recodes."""

    firms: TableRef | None = None
    workers: TableRef | None = None
    roles: dict[str, dict[str, str]] = field(default_factory=lambda: {"firms": {}, "workers": {}})
    """side ('firms'/'workers') → role → column name."""
    confidence: dict[str, dict[str, float]] = field(
        default_factory=lambda: {"firms": {}, "workers": {}})
    """side → role → 0..1, for the proposal only (1.0 for roles a person set)."""
    missing_codes: dict[str, dict[str, list[Any]]] = field(
        default_factory=lambda: {"firms": {}, "workers": {}})
    value_maps: dict[str, dict[str, dict[str, str]]] = field(
        default_factory=lambda: {"firms": {}, "workers": {}})
    assumed_values: dict[str, dict[str, str]] = field(
        default_factory=lambda: {"firms": {}, "workers": {}})
    """side → role → one canonical value for every row, for a role no column states but the data
    implies (``{"workers": {"pay_period": "month"}}`` from a column named "Lương tháng"). The
    survey builder fills the role with it; the proposal says so in :attr:`inferred`."""
    unit_scale: dict[str, dict[str, float]] = field(
        default_factory=lambda: {"firms": {}, "workers": {}})
    """side → column → multiplier applied to its numbers (1000 for "Lương (nghìn đồng)")."""
    questions: list[Question] = field(default_factory=list)
    """What the proposal could not decide (best guess applied, first candidate); none once a
    person has reviewed the study (a study read from a project file has none)."""
    inferred: list[Finding] = field(default_factory=list)
    """What the proposal inferred beyond a name match (a link found from the data, a before/now
    pair by years, a unit from a column name); listed in the validation report."""
    rules: Any = None
    subset: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    """Keys of the project file this version does not know: kept and written back."""

    def column_for(self, side: str, role_name: str) -> str | None:
        return self.roles.get(side, {}).get(role_name)

    def table_ref(self, side: str) -> TableRef | None:
        return self.firms if side == "firms" else self.workers


# ----------------------------------------------------------------------------- proposal
@dataclass
class TableKinds:
    """Which table is which, with every table's kind for the inspect report."""

    firms: RawTable | None
    workers: RawTable | None
    codebooks: list[RawTable]
    kinds: dict[str, str]
    """table name → 'firms' / 'workers' / 'codebook' / 'other'."""


def classify_tables(tables: list[RawTable]) -> TableKinds:
    """Decide which sheet is the firm table, which the worker table and which are codebooks.

    A codebook is recognised by its header names. Among the rest, the table most worker-like is the
    worker table, the most firm-like (of the others) the firm table; a table needs at least a
    little evidence (one confident role besides the firm ID) to be either.
    """
    kinds: dict[str, str] = {}
    codebooks = [t for t in tables if codebook_score(t) >= 0.7]
    for t in codebooks:
        kinds[t.name] = "codebook"
    data_tables = [t for t in tables if t.name not in kinds and t.n_columns > 0]
    scores = {t.name: table_level_scores(t) for t in data_tables}
    firms = workers = None
    ranked_w = sorted(data_tables, key=lambda t: scores[t.name]["worker"] - scores[t.name]["firm"],
                      reverse=True)
    for t in ranked_w:
        s = scores[t.name]
        if s["worker"] >= 0.5 and s["worker"] > s["firm"]:
            workers = t
            break
    ranked_f = sorted(data_tables, key=lambda t: scores[t.name]["firm"] - scores[t.name]["worker"],
                      reverse=True)
    for t in ranked_f:
        s = scores[t.name]
        if t is not workers and s["firm"] >= 0.5 and s["firm"] >= s["worker"]:
            firms = t
            break
    for t in tables:
        if t.name in kinds:
            continue
        kinds[t.name] = "firms" if t is firms else "workers" if t is workers else "other"
    return TableKinds(firms, workers, codebooks, kinds)


def apply_codebooks(tables: list[RawTable], codebooks: list[RawTable]) -> list[Codebook]:
    """Read each codebook sheet and fill the other tables' labels from it."""
    books = [parse_codebook(cb) for cb in codebooks]
    data = [t for t in tables if t not in codebooks]
    form = find_xlsform(tables)
    if form is not None:
        apply_xlsform(form, data)  # its notes go on each table it labelled
    for book in books:
        apply_codebook(book, data)
    return books


def propose_missing_codes(table: RawTable) -> dict[str, list[Any]]:
    """Per column: codes whose value label says 'no answer' (don't know, refused, not applicable,
    ...) plus declared missing values (SPSS/Stata). Never a code without such evidence."""
    out: dict[str, list[Any]] = {}
    for col in table.data.columns:
        codes: list[Any] = []
        for code, label in table.value_labels.get(col, {}).items():
            if is_missing_label(str(label)):
                codes.append(code)
        for code in table.missing_values.get(col, []):
            if code not in codes:
                codes.append(code)
        for text in _missing_answers_written_out(table.data[col]):
            if text not in codes:
                codes.append(text)
        if not codes:
            codes = conventional_missing_codes(table.data[col])
        if codes:
            out[str(col)] = sorted(codes, key=lambda c: (isinstance(c, str), str(c)))
    return out


CONVENTIONAL_MISSING = (-99, -98, -97, -9, -8, 97, 98, 99, 997, 998, 999, 9999)
"""Codes survey teams use for "don't know / refused / not applicable"."""


def conventional_missing_codes(values: pd.Series) -> list[int]:
    """Codes like 98 or 99 in a column whose real answers are a short scale (0/1, 1–5, Có/Không):
    with no label saying so, the gap between them and every other answer is the evidence.
    A column of amounts or ages, where 98 could be a real answer, is left alone."""
    present = values.dropna()
    nums = pd.to_numeric(present, errors="coerce")
    conventional = nums.isin(CONVENTIONAL_MISSING)
    found = sorted({int(v) for v in nums[conventional]})
    rest = present[~conventional.to_numpy()]
    if not found or rest.empty or rest.nunique() > 12 or conventional.mean() > 0.3:
        return []
    rest_nums = nums[~conventional].dropna()
    if len(rest_nums) and (rest_nums.min() < -1 or rest_nums.max() > 10
                           or (rest_nums % 1 != 0).any()):
        return []
    return found


def missing_code_findings(table: RawTable, proposed: dict[str, list[Any]]) -> list[Finding]:
    """Say which proposed missing codes rest only on the convention (98/99 beside a short scale)."""
    out = []
    for col, codes in proposed.items():
        if table.value_labels.get(col) or table.missing_values.get(col):
            continue
        conventional = [c for c in codes if isinstance(c, int) and c in CONVENTIONAL_MISSING]
        if conventional and conventional == conventional_missing_codes(table.data[col]):
            n = int(pd.to_numeric(table.data[col], errors="coerce").isin(conventional).sum())
            shown = ", ".join(str(c) for c in conventional)
            out.append(Finding(
                "info", say("{codes} in column “{column}” read as “no answer” ({n} row(s)): the "
                            "other answers are a short scale and no label says otherwise; give "
                            "the code a meaning in the import review if it is a real answer",
                            codes=shown, column=col, n=n), table.name, None, col,
                "missing_code_assumed"))
    return out


def _missing_answers_written_out(values) -> list[str]:
    """Text answers that are their own label and mean 'no answer' ("Don't know", "Refused")."""
    if pd.api.types.is_numeric_dtype(values):
        return []
    texts = values[values.map(lambda v: isinstance(v, str))].drop_duplicates()
    if len(texts) > 50:  # free text, not coded answers
        return []
    return [t for t in texts if is_missing_label(t)]


def propose_value_map(table: RawTable, level: Level, role_name: str, column: str,
                      missing: list[Any]) -> dict[str, str]:
    """Raw code (as text) → canonical value, from the column's value labels.

    Labels that match a canonical spelling map to it; other labels map to their own tidy text (so
    'Region III' stays readable). Columns without value labels get no map: their text values are
    normalised later by the survey layer.
    """
    r = role(level, role_name)
    if r.kind != "category":
        return {}
    labels = table.value_labels.get(column, {})
    missing_keys = {code_key(c) for c in missing}
    out: dict[str, str] = {}
    for code, label in labels.items():
        key = code_key(code)
        if key is None or key in missing_keys:
            continue
        out[key] = canonical_value(level, role_name, label) or str(label).strip()
    return out


def propose_study(tables: list[RawTable], *, firm_path: Path, worker_path: Path | None = None,
                  kinds: TableKinds | None = None) -> Study:
    """Propose a complete study for tables already read (and labelled from any codebook).

    Names and labels first (core.model.mapping), then what only the data shows: before/now pairs
    that differ by a year, ordinal stages written as text, the pay period and unit a column's name
    implies. Every such inference is an ``inferred`` finding; every close call a question.
    """
    kinds = kinds or classify_tables(tables)
    study = Study()
    for side, table, path in (("firms", kinds.firms, firm_path),
                              ("workers", kinds.workers, worker_path or firm_path)):
        if table is None:
            continue
        ref = TableRef(Path(path), table.name if _is_sheet(path) else None, table.header_row)
        setattr(study, side, ref)
        level = LEVEL_OF_SIDE[side]
        matches = map_table(table, level)
        study.roles[side] = {m.role: m.column for m in matches}
        study.confidence[side] = {m.role: m.confidence for m in matches}
        study.missing_codes[side] = propose_missing_codes(table)
        study.inferred.extend(missing_code_findings(table, study.missing_codes[side]))
        if level == "firm":
            _propose_pairs(study, side, table, level)
        for m in matches:
            if study.roles[side].get(m.role) == m.column:
                _ask_if_close(study, side, m)
        for role_name, column in study.roles[side].items():
            vmap = propose_value_map(table, level, role_name, column,
                                     study.missing_codes[side].get(column, []))
            if vmap:
                study.value_maps[side][column] = vmap
        _propose_ordinal_maps(study, side, table, level)
    _propose_link(study, kinds)
    _propose_pay_terms(study, kinds.workers)
    return study


def _propose_link(study: Study, kinds: TableKinds) -> None:
    """The firm key and the worker column pointing at it, found from the data (values of one
    falling inside the other), whatever the names say; weak evidence becomes a question."""
    if kinds.firms is None and kinds.workers is None:
        return
    link = find_link(kinds.firms, kinds.workers,
                     firm_named=study.roles["firms"].get("firm_id"),
                     worker_named=study.roles["workers"].get("firm_id"),
                     worker_id_named=study.roles["workers"].get("worker_id"))
    for side, column in (("firms", link.firm_column), ("workers", link.worker_column)):
        if column is None:
            if side == "workers" and kinds.firms is not None and kinds.workers is not None:
                study.roles[side].pop("firm_id", None)  # the data found no link: drop the name's
                study.confidence[side].pop("firm_id", None)
            continue
        for other in [r for r, c in study.roles[side].items() if c == column and r != "firm_id"]:
            study.roles[side].pop(other)
            study.confidence[side].pop(other, None)
        study.roles[side]["firm_id"] = column
        study.confidence[side]["firm_id"] = round(float(link.confidence), 2)
    if (link.worker_id_column and kinds.workers is not None
            and "worker_id" not in study.roles["workers"]
            and link.worker_id_column not in study.roles["workers"].values()):
        study.roles["workers"]["worker_id"] = link.worker_id_column
        study.confidence["workers"]["worker_id"] = 0.8
    study.inferred.extend(link.findings)
    if link.question is not None:
        study.questions = [q for q in study.questions if q.id != link.question.id]
        study.questions.append(link.question)


CLOSE_CALL = 0.05
"""A runner-up within this much of the chosen column's confidence makes the choice a question."""


def _ask_if_close(study: Study, side: str, match: RoleMatch) -> None:
    """A question when another column fits a role almost as well as the one chosen."""
    if not match.runner_up or match.runner_up_confidence < match.confidence - CLOSE_CALL:
        return
    if match.confidence >= 0.95:
        return
    r = role(LEVEL_OF_SIDE[side], match.role)
    study.questions.append(Question(
        id=f"{side}.{match.role}", side=side, role=match.role,
        text=f"Which column holds “{r.description}”?",
        candidates=[Candidate(match.column, match.confidence,
                              match.evidence or say("best fit")),
                    Candidate(match.runner_up, match.runner_up_confidence,
                              say("almost as good a fit")),
                    Candidate(None, 0.0, say("none of these"))],
        why=say("two columns fit almost equally well ({first} and {second})",
                first=f"{match.confidence:.2f}", second=f"{match.runner_up_confidence:.2f}")))


def _propose_pairs(study: Study, side: str, table: RawTable, level: Level) -> None:
    """Before/now pairs of stage and price setting found by years in the names."""
    by_role: dict[str, list] = {}
    for m in find_pairs(table, level, study.roles[side]):
        by_role.setdefault(m.role, []).append(m)
    for role_name, found in by_role.items():
        best = found[0]
        for other, column in list(study.roles[side].items()):  # a column plays one role
            if column == best.column and other != role_name:
                del study.roles[side][other]
                study.confidence[side].pop(other, None)
        study.roles[side][role_name] = best.column
        study.confidence[side][role_name] = best.confidence
        if all(f.message != best.evidence for f in study.inferred):  # one line per pair
            study.inferred.append(Finding("info", best.evidence, table.name, None, best.column,
                                          "pair_by_year"))
        if best.confidence < 0.7 or (len(found) > 1
                                     and found[1].confidence >= best.confidence - 0.1):
            r = role(level, role_name)
            study.questions.append(Question(
                id=f"{side}.{role_name}", side=side, role=role_name,
                text=f"Which column holds “{r.description}”?",
                candidates=[Candidate(m.column, m.confidence, m.evidence) for m in found]
                + [Candidate(None, 0.0, say("none of these"))],
                why=say("the years in the column names suggest it, but not clearly")))


def _propose_ordinal_maps(study: Study, side: str, table: RawTable, level: Level) -> None:
    """Stages and price-setting answers written as text ("CMT", "gia công") → their numbers."""
    for role_name, column in study.roles[side].items():
        if role(level, role_name).kind != "ordinal":
            continue
        vmap = ordinal_value_map(level, role_name, table, column)
        if any(k != v for k, v in vmap.items()):
            study.value_maps[side][column] = vmap
            shown = ", ".join(f"“{k}” → {v}" for k, v in list(vmap.items())[:8])
            study.inferred.append(Finding(
                "info", say("{role} in column “{column}” is read on its scale: {readings}",
                            role=role_name, column=column, readings=shown),
                table.name, None, column, "ordinal_value_map"))


def _propose_pay_terms(study: Study, workers: RawTable | None) -> None:
    """The pay period and unit a pay column's name implies ("Lương tháng (nghìn đồng)")."""
    roles = study.roles.get("workers", {})
    pay = roles.get("pay_amount")
    if workers is None or not pay:
        return
    terms = infer_pay_terms(workers, pay, roles.get("pay_period"))
    if terms is None:
        return
    if terms.period and "pay_period" not in roles:
        study.assumed_values["workers"]["pay_period"] = terms.period
    if terms.scale != 1.0:
        study.unit_scale["workers"][pay] = terms.scale
    study.inferred.append(pay_terms_finding(terms, workers, pay))


def _is_sheet(path: Path | str) -> bool:
    return Path(path).suffix.lower() in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".zip")


# ----------------------------------------------------------------------------- JSON form
def is_project_file(path: Path | str) -> bool:
    """A project file by name (*.uex.json) or by content (a JSON object with our format key)."""
    p = Path(path)
    if p.name.lower().endswith(PROJECT_SUFFIX):
        return True
    if p.suffix.lower() != ".json":
        return False
    try:
        with open(p, encoding="utf-8") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return PROJECT_FORMAT in head


def _rel(path: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def study_to_json(study: Study, project_path: Path) -> dict:
    """The stable part of the project object for a study; data paths relative to the project
    file's folder. Pure: nothing is read or written (core.project.project_file saves it)."""
    base = Path(project_path).resolve().parent
    out: dict[str, Any] = {"format": PROJECT_FORMAT, "version": PROJECT_VERSION}
    for side in SIDES:
        ref = study.table_ref(side)
        if ref is None:
            out[side] = None
            continue
        entry: dict[str, Any] = {"path": _rel(Path(ref.path).resolve(), base)}
        if ref.sheet is not None:
            entry["sheet"] = ref.sheet
        if ref.header_row is not None:
            entry["header_row"] = ref.header_row
        out[side] = entry
    out["roles"] = copy.deepcopy(study.roles)
    out["missing_codes"] = copy.deepcopy(study.missing_codes)
    out["value_maps"] = copy.deepcopy(study.value_maps)
    for key in ("assumed_values", "unit_scale"):
        part = getattr(study, key)
        if any(part.get(side) for side in SIDES):
            out[key] = copy.deepcopy(part)
    if study.questions:  # saved before anyone answered them: still asked when reopened
        out["open_questions"] = [q.to_json() for q in study.questions]
    out["rules"] = copy.deepcopy(study.rules)
    out["subset"] = copy.deepcopy(study.subset)
    out["settings"] = copy.deepcopy(study.settings)
    for k, v in study.extra.items():
        out.setdefault(k, copy.deepcopy(v))
    return out


def _where(path: Path, key: str) -> str:
    return f"{Path(path).name}, key \"{key}\""


def study_from_json(data: Any, project_path: Path) -> Study:
    """The study of a current-version project object (already parsed and migrated by
    core.project.project_file), checking every part with a clear message; relative data paths
    resolve against ``project_path``'s folder. Pure: nothing is read."""
    project_path = Path(project_path)
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectFileError(
            "This JSON file is not an Upgrading Explorer project",
            where=project_path.name,
            todo=f'A project file has "format": "{PROJECT_FORMAT}" at its top; open a survey '
                 "file instead, or save a new project from the app",
        )
    version = data.get("version")
    if version != PROJECT_VERSION:
        raise ProjectFileError(
            f"This project file has format version {version!r}, which this version of the app "
            f"does not know (it reads version {PROJECT_VERSION})",
            where=project_path.name, todo="Open it with a newer version of Upgrading Explorer")
    base = project_path.resolve().parent
    study = Study()
    for side in SIDES:
        entry = data.get(side)
        if entry is None:
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise ProjectFileError(f'"{side}" must be an object with a "path"',
                                   where=_where(project_path, side),
                                   todo='Write it like {"path": "survey.xlsx", "sheet": "Firms"}')
        header_row = entry.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
            raise ProjectFileError(f'"header_row" of "{side}" must be a row number from 1 up',
                                   where=_where(project_path, side),
                                   todo="Use the row number Excel shows for the column names")
        path = Path(entry["path"])
        if not path.is_absolute():
            path = base / path
        setattr(study, side, TableRef(path, entry.get("sheet"), header_row))
    if study.firms is None and study.workers is None:
        raise ProjectFileError("The project names neither a firm table nor a worker table",
                               where=project_path.name,
                               todo='Add "firms": {"path": ...} and/or "workers": {"path": ...}')
    for key in ("roles", "missing_codes", "value_maps"):
        study_part = _side_dict(data.get(key) or {}, key, project_path)
        setattr(study, key, study_part)
    for side, mapping in study.roles.items():
        level = LEVEL_OF_SIDE[side]
        for role_name, column in mapping.items():
            try:
                role(level, role_name)
            except KeyError:
                raise ProjectFileError(
                    f'"{role_name}" is not a {level} role', where=_where(project_path, "roles"),
                    todo="See the survey template's Codebook sheet for the role names") from None
            if not isinstance(column, str):
                raise ProjectFileError(f'The column for role "{role_name}" must be text',
                                       where=_where(project_path, "roles"))
        study.confidence[side] = {r: 1.0 for r in mapping}
    study.value_maps = {s: {c: {str(k): str(v) for k, v in m.items()} for c, m in vm.items()}
                        for s, vm in study.value_maps.items()}
    _read_understanding(study, data, project_path)
    study.rules = data.get("rules")
    study.subset = data.get("subset") or {}
    study.settings = data.get("settings") or {}
    study.extra = {k: copy.deepcopy(v) for k, v in data.items()
                   if k not in _STABLE_KEYS and k not in _UNDERSTANDING_KEYS}
    return study


def _read_understanding(study: Study, data: dict, project_path: Path) -> None:
    """``assumed_values`` (side → role → text) and ``unit_scale`` (side → column → number)."""
    assumed = _side_dict(data.get("assumed_values") or {}, "assumed_values", project_path)
    for side, mapping in assumed.items():
        for role_name, value in mapping.items():
            try:
                role(LEVEL_OF_SIDE[side], role_name)
            except KeyError:
                raise ProjectFileError(
                    f'"{role_name}" is not a {LEVEL_OF_SIDE[side]} role',
                    where=_where(project_path, "assumed_values"),
                    todo="See the survey template's Codebook sheet for the role names") from None
            if not isinstance(value, str):
                raise ProjectFileError(f'The assumed value of "{role_name}" must be text',
                                       where=_where(project_path, "assumed_values"),
                                       todo='Write it like {"workers": {"pay_period": "month"}}')
    scale = _side_dict(data.get("unit_scale") or {}, "unit_scale", project_path)
    for mapping in scale.values():
        for column, factor in mapping.items():
            if (isinstance(factor, bool) or not isinstance(factor, (int, float))
                    or not 0 < float(factor) < 1e9):
                raise ProjectFileError(
                    f'The unit multiplier of column "{column}" must be a positive number',
                    where=_where(project_path, "unit_scale"),
                    todo='Write it like {"workers": {"Luong": 1000}}')
    try:
        study.questions = [question_from_json(q) for q in data.get("open_questions") or []]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ProjectFileError('"open_questions" is not a list of questions as the app saves them',
                               where=_where(project_path, "open_questions"),
                               todo="Delete the key: the import review will ask again") from None
    study.assumed_values = {s: {r: str(v) for r, v in m.items()} for s, m in assumed.items()}
    study.unit_scale = {s: {c: float(f) for c, f in m.items()} for s, m in scale.items()}


def _side_dict(value: Any, key: str, project_path: Path) -> dict[str, dict]:
    if not isinstance(value, dict) or any(k not in SIDES for k in value):
        raise ProjectFileError(f'"{key}" must be an object with "firms" and "workers" parts',
                               where=_where(project_path, key))
    out = {s: dict(value.get(s) or {}) for s in SIDES}
    for s in SIDES:
        if not isinstance(value.get(s) or {}, dict):
            raise ProjectFileError(f'"{key}.{s}" must be an object', where=_where(project_path, key))
    return out


def source_for(sources: list[SourceFile], ref: TableRef) -> SourceFile | None:
    for s in sources:
        if Path(s.path).resolve() == Path(ref.path).resolve():
            return s
    return None
