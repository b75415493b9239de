"""XLSForm form definitions (Kobo, ODK, SurveyCTO) used as the codebook of a delivery.

Teams that collect with KoboToolbox, ODK or SurveyCTO design the questionnaire as an XLSForm: a
``survey`` sheet (type, name, label::<language>, …, with begin_group/end_group and
begin_repeat/end_repeat rows), a ``choices`` sheet (list_name, name, label::<language>) and a
``settings`` sheet. When that form comes with the data (as sheets of the workbook or beside it), it
is the best codebook there is: question text in every language, the answer labels of each choice
list, the types and the repeat groups (a worker roster is a repeat).

The exports these tools make name columns in a few ways, all handled here:

- Kobo ``xml`` headers: the question name, with or without group prefixes joined by ``/``
  (``firm_info/sector``); select_multiple answers as one column of space-separated names plus one
  0/1 column per option (``changes/automation``); repeat groups as their own sheets with
  ``_index`` / ``_parent_index`` / ``_parent_table_name`` / ``_submission__uuid``;
- Kobo ``label`` headers: the question label in one language (``What is the main sector?``,
  ``Firm information/What is the main sector?``, ``Which changes?/Automation``). These columns
  are renamed to the form's names so the rest of the import sees one vocabulary;
- ODK Central: group prefixes joined by ``-`` (``firm_info-sector``), ``meta-instanceID``,
  ``KEY`` / ``PARENT_KEY``, repeats as ``<form>-<repeat>.csv``.

Values: "xml values" exports hold choice names (``apparel``), so a select_one column gets the
value labels name → label; "label values" exports already hold the labels, so nothing is mapped.

Labels in the other languages are kept on the form (:meth:`XLSForm.labels_for`); the table's
``variable_labels`` holds the chosen language only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from core.common.text import code_key, fold
from core.io.rawtable import RawTable

NO_LANGUAGE = "default"
"""Language key of a plain ``label`` column when the settings name no default language."""

_LANGUAGE_CODES = {
    "en": "English", "vi": "Vietnamese", "th": "Thai", "my": "Burmese", "km": "Khmer",
    "lo": "Lao", "id": "Indonesian", "ms": "Malay", "zh": "Chinese", "fr": "French",
    "es": "Spanish", "pt": "Portuguese", "sw": "Swahili", "ar": "Arabic", "hi": "Hindi",
    "bn": "Bengali", "ne": "Nepali", "am": "Amharic", "ru": "Russian", "tl": "Tagalog",
}

_GROUP_TYPES = {"begin_group": ("begin", "group"), "end_group": ("end", "group"),
                "begin_repeat": ("begin", "repeat"), "end_repeat": ("end", "repeat"),
                "begin_loop": ("begin", "repeat"), "end_loop": ("end", "repeat")}
_SELECT_TYPES = ("select_one", "select_multiple", "rank")
KNOWN_TYPES = frozenset({
    *_GROUP_TYPES, *_SELECT_TYPES, "integer", "decimal", "range", "text", "string", "date",
    "time", "datetime", "datetime_local", "note", "calculate", "hidden",
    "acknowledge", "trigger", "geopoint", "geotrace", "geoshape", "image", "audio", "video",
    "file", "barcode", "background_audio", "start", "end", "today", "deviceid", "subscriberid",
    "simserial", "phonenumber", "phone_number", "phone", "username", "email", "audit", "start_geopoint",
    "xml_external", "csv_external", "select_one_external", "select_multiple_external",
    "select_one_from_file", "select_multiple_from_file", "osm", "comments",
    "uuid", "instanceid", "caseid",
})
"""First words of XLSForm types (folded, spaces as ``_``); used to tell a form's survey sheet from
a data sheet that happens to have ``type`` and ``name`` columns."""

_SETTINGS_COLUMNS = frozenset({"form title", "form id", "default language", "version",
                               "instance name", "submission url", "public key", "style",
                               "allow choice duplicates", "id string", "name"})
_SPLIT_SEPARATORS = ("/", "-", ".", ":")
_LINK_COLUMNS = (("_parent_index", "_parent_index (the parent row's _index)"),
                 ("PARENT_KEY", "PARENT_KEY (the parent row's KEY)"),
                 ("_submission__uuid", "_submission__uuid (the submission's _uuid)"))


@dataclass
class FormQuestion:
    """One question (or metadata field) of the survey sheet."""

    name: str
    type: str
    """Base type, e.g. "select_one", "select_multiple", "integer", "decimal", "text", "date"."""
    list_name: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    """Language → question text."""
    group_path: tuple[str, ...] = ()
    """Names of the groups (and repeats) around the question, outermost first."""
    repeat: str | None = None
    """The innermost repeat group holding the question, or None for the main table."""
    group_labels: tuple[dict[str, str], ...] = ()
    """Labels of the groups in ``group_path`` (for Kobo's "label" headers with hierarchy)."""


@dataclass
class ColumnMatch:
    """What one data column is in the form: a question, or one option of a select_multiple."""

    question: str
    option: str | None = None
    how: str = "name"
    """"name" (exact), "prefix" (group prefix stripped), "label" (header was a label)."""


@dataclass
class XLSForm:
    """A form definition read from survey/choices/settings sheets."""

    questions: dict[str, FormQuestion]
    choices: dict[str, dict[str, dict[str, str]]]
    """list_name → choice name → {language: label}."""
    repeats: list[str]
    default_language: str | None
    repeat_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    """Repeat name → {language: label}."""
    languages: list[str] = field(default_factory=list)
    """Languages of the labels, in the order of the survey sheet's columns."""
    title: str | None = None
    sheets: list[str] = field(default_factory=list)
    """Names of the tables the form was read from."""
    matches: dict[str, dict[str, ColumnMatch]] = field(default_factory=dict)
    """Filled by :func:`apply_xlsform`: table → column → what it is in the form."""
    repeat_tables: dict[str, str] = field(default_factory=dict)
    """Filled by :func:`apply_xlsform`: table → the repeat group whose rows it holds."""

    def labels_for(self, table: str, column: str) -> dict[str, str]:
        """Every language's label of one data column (after :func:`apply_xlsform`)."""
        match = self.matches.get(table, {}).get(column)
        if match is None:
            return {}
        q = self.questions[match.question]
        if match.option is None:
            return dict(q.labels)
        opts = self.choices.get(q.list_name or "", {}).get(match.option, {})
        out = {}
        for lang in self.languages or list(q.labels):
            qlab = _pick(q.labels, lang, self.languages) or q.name
            olab = _pick(opts, lang, self.languages) or match.option
            out[lang] = f"{qlab} — {olab}"
        return out

    def choice_labels(self, list_name: str, language: str | None = None) -> dict[str, str]:
        """Choice name → label of one list in ``language`` (the preferred one when None)."""
        lang = pick_language(self, language)
        return {name: _pick(labels, lang, self.languages) or name
                for name, labels in self.choices.get(list_name, {}).items()}


# --- recognising the sheets -------------------------------------------------------------------------

def _columns(table: RawTable) -> dict[str, str]:
    """folded column name (``::`` and ``:`` kept apart from the language) → column."""
    out: dict[str, str] = {}
    for col in table.data.columns:
        out.setdefault(fold(str(col).split(":")[0]), str(col))
    return out


def _base_type(raw: Any) -> tuple[str, str | None]:
    """'select_one sector' → ('select_one', 'sector'); 'begin group' → ('begin_group', None);
    'select one from sexes or specify other' → ('select_one', 'sexes')."""
    text = str(raw).strip()
    if not text or code_key(raw) is None:
        return "", None
    words = text.split()
    head = words[0].lower()
    rest = words[1:]
    if head in ("select", "begin", "end") and rest:
        head = f"{head}_{rest[0].lower()}"
        rest = rest[1:]
    if head in ("select_one_external", "select_multiple_external", "select_one_from_file",
                "select_multiple_from_file"):
        return head.replace("_external", "").replace("_from_file", ""), (rest[0] if rest else None)
    if head.startswith(("select_one", "select_multiple")) and head not in _SELECT_TYPES:
        head = "select_one" if head.startswith("select_one") else "select_multiple"
    if head in _SELECT_TYPES:
        if rest and rest[0].lower() == "from":
            rest = rest[1:]
        list_name = rest[0] if rest else None
        return head, list_name
    return head, None


def _known_type_share(series: pd.Series) -> float:
    """Share of the first 500 non-blank cells that are XLSForm types (a form has a few hundred
    rows; a data sheet with a ``type`` column may have a million)."""
    values = [v for v in series.head(5000).tolist() if code_key(v) is not None][:500]
    if not values:
        return 0.0
    known = sum(1 for v in values if _base_type(v)[0] in KNOWN_TYPES)
    return known / len(values)


def is_xlsform_sheet(table: RawTable) -> str | None:
    """"survey", "choices" or "settings" when the table is that sheet of an XLSForm, else None.

    Recognised by its columns (and, for survey sheets, by values that are XLSForm types), so a
    data sheet with a firm ``name`` and ``type`` is not taken for a form."""
    if table.n_columns == 0:
        return None
    cols = _columns(table)
    name = fold(table.name)
    if "type" in cols and "name" in cols:
        share = _known_type_share(table.data[cols["type"]])
        if share >= (0.3 if name == "survey" else 0.6):
            return "survey"
    if "list name" in cols and "name" in cols:
        return "choices"
    known = len(_SETTINGS_COLUMNS & set(cols)) - ("name" in cols)
    if table.n_rows <= 5 and ((name == "settings" and known >= 1) or (
            known >= 2 and {"form id", "form title", "id string"} & set(cols))):
        return "settings"
    return None


# --- reading the form -------------------------------------------------------------------------------

def _language_of(column: str, default: str | None) -> str | None:
    """'label::English (en)' → 'English'; 'label:EN' → 'English'; 'label' → the default."""
    if "::" in column:
        tail = column.split("::", 1)[1]
    elif ":" in column:
        tail = column.split(":", 1)[1]
    else:
        return default or NO_LANGUAGE
    tail = tail.strip()
    if not tail:
        return default or NO_LANGUAGE
    m = re.match(r"^(.*?)\s*\(([A-Za-z-]{2,8})\)\s*$", tail)
    if m and m.group(1):
        return m.group(1).strip()
    if m:
        tail = m.group(2)
    return _LANGUAGE_CODES.get(tail.lower(), tail)


def _label_columns(table: RawTable, default: str | None) -> list[tuple[str, str]]:
    """(column, language) of every ``label`` column of a survey or choices sheet."""
    out = []
    for col in table.data.columns:
        base = str(col).split(":")[0].strip().lower()
        if base == "label":
            lang = _language_of(str(col), default)
            if lang is not None:
                out.append((str(col), lang))
    return out


def _text(value: Any) -> str | None:
    return None if code_key(value) is None else str(value).strip()


def _labels(row: dict[str, Any], label_cols: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for col, lang in label_cols:
        text = _text(row.get(col))
        if text is not None and lang not in out:
            out[lang] = text
    return out


def _read_settings(table: RawTable | None) -> tuple[str | None, str | None]:
    if table is None or table.n_rows == 0:
        return None, None
    cols = _columns(table)
    first = table.data.iloc[0]
    lang = _text(first[cols["default language"]]) if "default language" in cols else None
    title = _text(first[cols["form title"]]) if "form title" in cols else None
    if lang:
        lang = _language_of(f"label::{lang}", None)
    return lang, title


def find_xlsform(tables: list[RawTable]) -> XLSForm | None:
    """The form defined by the survey/choices/settings sheets among ``tables``, or None."""
    kinds: dict[str, RawTable] = {}
    for t in tables:
        kind = is_xlsform_sheet(t)
        # the sheet named like its kind wins ("choices" over "external_choices")
        if kind and (kind not in kinds or (fold(t.name) == kind != fold(kinds[kind].name))):
            kinds[kind] = t
    survey = kinds.get("survey")
    if survey is None:
        return None
    default, title = _read_settings(kinds.get("settings"))
    form = XLSForm(questions={}, choices={}, repeats=[], default_language=default, title=title,
                   sheets=[t.name for t in kinds.values()])
    label_cols = _label_columns(survey, default)
    form.languages = list(dict.fromkeys(lang for _, lang in label_cols))
    cols = _columns(survey)
    stack: list[tuple[str, str, dict[str, str]]] = []  # (kind, name, labels)
    for row in survey.data.to_dict("records"):
        base, list_name = _base_type(row.get(cols["type"]))
        name = _text(row.get(cols["name"]))
        if not base:
            continue
        labels = _labels(row, label_cols)
        if base in _GROUP_TYPES:
            edge, kind = _GROUP_TYPES[base]
            if edge == "begin":
                stack.append((kind, name or "", labels))
                if kind == "repeat" and name:
                    form.repeats.append(name)
                    form.repeat_labels[name] = labels
            elif stack:
                stack.pop()
            continue
        if not name or name in form.questions:
            continue
        repeats = [n for k, n, _ in stack if k == "repeat" and n]
        form.questions[name] = FormQuestion(
            name=name, type=base, list_name=list_name, labels=labels,
            group_path=tuple(n for _, n, _ in stack),
            repeat=repeats[-1] if repeats else None,
            group_labels=tuple(lab for _, _, lab in stack))
    choices = kinds.get("choices")
    if choices is not None:
        ccols = _columns(choices)
        clabel_cols = _label_columns(choices, default)
        for lang in (lang for _, lang in clabel_cols):
            if lang not in form.languages:
                form.languages.append(lang)
        for row in choices.data.to_dict("records"):
            list_name = _text(row.get(ccols["list name"]))
            cname = _text(row.get(ccols["name"]))
            if list_name and cname:
                form.choices.setdefault(list_name, {}).setdefault(
                    _choice_key(row.get(ccols["name"])), _labels(row, clabel_cols))
    return form


def _choice_key(raw: Any) -> str:
    """A choice name as text ('1.0' read from a sheet → '1')."""
    return code_key(raw) or ""


# --- languages --------------------------------------------------------------------------------------

def _is_english(lang: str) -> bool:
    f = fold(lang)
    return f in ("english", "en", "eng") or f.startswith("english")


def pick_language(form: XLSForm, language: str | None = None) -> str | None:
    """The language to label with: ``language`` if the form has it, else English, else the
    form's default language, else the first one."""
    langs = form.languages
    if not langs:
        return None
    if language:
        for lang in langs:
            if fold(lang) == fold(language) or fold(_language_of(f"label::{language}", "")
                                                    or "") == fold(lang):
                return lang
    for lang in langs:
        if _is_english(lang):
            return lang
    if form.default_language in langs:
        return form.default_language
    return langs[0]


def _pick(labels: dict[str, str], lang: str | None, order: list[str]) -> str | None:
    """The label in ``lang``, else in the first language that has one."""
    if lang is not None and labels.get(lang):
        return labels[lang]
    for other in order:
        if labels.get(other):
            return labels[other]
    return next(iter(labels.values()), None)


# --- matching columns to the form -------------------------------------------------------------------

def _match_name(form: XLSForm, column: str) -> ColumnMatch | None:
    """A column named by the form: exactly, after group prefixes, or as a select_multiple
    option column (``q/option``, ``group-q/option``, ``q_option``)."""
    qs = form.questions
    if column in qs:
        return ColumnMatch(column, None, "name")
    for sep in _SPLIT_SEPARATORS:
        if sep not in column:
            continue
        parts = column.split(sep)
        for k in range(1, len(parts)):
            tail = sep.join(parts[k:])
            if tail in qs:
                return ColumnMatch(tail, None, "prefix")
    for sep in (*_SPLIT_SEPARATORS, "_"):
        if sep not in column:
            continue
        head, option = column.rsplit(sep, 1)
        q = _match_name(form, head) if head else None
        if q is None or q.option is not None:
            continue
        question = qs[q.question]
        if question.type == "select_multiple" and option in form.choices.get(
                question.list_name or "", {}):
            return ColumnMatch(q.question, option, "prefix" if q.how == "prefix" else "name")
    return None


def _header_index(form: XLSForm) -> dict[str, dict[str, ColumnMatch | None]]:
    """language → folded label header → match (None where two questions share the header)."""
    index: dict[str, dict[str, ColumnMatch | None]] = {}
    for lang in form.languages:
        idx: dict[str, ColumnMatch | None] = {}

        def add(text: str, match: ColumnMatch, idx: dict = idx) -> None:
            key = fold(text)
            if not key:
                return
            old = idx.get(key, match)
            idx[key] = match if old is not None and (old.question, old.option) == (
                match.question, match.option) else None

        for q in form.questions.values():
            label = q.labels.get(lang)
            if not label:
                continue
            groups = [g.get(lang) or name for g, name in zip(q.group_labels, q.group_path,
                                                             strict=False)]
            heads = [label, "/".join([*groups, label])] if groups else [label]
            for head in dict.fromkeys(heads):
                add(head, ColumnMatch(q.name, None, "label"))
                if q.type == "select_multiple":
                    for cname, clabels in form.choices.get(q.list_name or "", {}).items():
                        clab = clabels.get(lang) or cname
                        add(f"{head}/{clab}", ColumnMatch(q.name, cname, "label"))
        index[lang] = idx
    return index


def _target_name(form: XLSForm, match: ColumnMatch) -> str:
    return match.question if match.option is None else f"{match.question}/{match.option}"


def _rename_columns(table: RawTable, mapping: dict[str, str]) -> None:
    """Rename data columns and every per-column structure of the table."""
    table.data = table.data.rename(columns=mapping)
    for attr in ("variable_labels", "value_labels", "missing_values", "missing_ranges"):
        old = getattr(table, attr)
        setattr(table, attr, {mapping.get(k, k): v for k, v in old.items()})


def _label_headers(form: XLSForm, table: RawTable, index: dict, name_hits: int) -> list[str]:
    """Detect the label-header variant and rename its columns to the form's names."""
    best_lang, best = None, {}
    for lang, idx in index.items():
        found = {}
        for col in table.data.columns:
            m = idx.get(fold(col))
            if m is not None and str(col) not in form.questions:
                found[str(col)] = m
        if len(found) > len(best):
            best_lang, best = lang, found
    n_cols = table.n_columns
    if len(best) <= name_hits or len(best) < max(2, 0.2 * n_cols):
        return []
    taken = {str(c) for c in table.data.columns}
    mapping: dict[str, str] = {}
    clashes = 0
    for col, m in best.items():
        target = _target_name(form, m)
        if target in taken or target in mapping.values():
            clashes += 1
            continue
        mapping[col] = target
    _rename_columns(table, mapping)
    lang_text = "" if best_lang in (None, NO_LANGUAGE) else f" (in {best_lang})"
    note = (f"Column headers are question labels{lang_text}; they were matched to the form's "
            f"names: {len(mapping)} of {n_cols} columns of '{table.name}' were renamed (for "
            f"example '{next(iter(mapping))}' → '{mapping[next(iter(mapping))]}').")
    if clashes:
        note += (f" {clashes} more matched a name the table already has and kept their "
                 "headers.")
    return [note]


def _code_value(name: str, numeric: bool) -> Any:
    """A choice name as the data store it: numbers as numbers when the column is numeric."""
    if numeric:
        try:
            f = float(name)
        except ValueError:
            return name
        return int(f) if f.is_integer() else f
    return name


def _select_one_labels(form: XLSForm, table: RawTable, col: str, q: FormQuestion,
                       lang: str | None) -> tuple[str, dict[Any, str] | None]:
    """("names"/"labels"/"empty"/"unknown", value labels or None) for one select_one column."""
    options = form.choices.get(q.list_name or "", {})
    if not options:
        return "unknown", None
    series = table.data[col]
    numeric = pd.api.types.is_numeric_dtype(series.dtype)
    values = {code_key(v) for v in pd.unique(series.dropna())} - {None}
    names = set(options)
    all_labels = {fold(lab) for labels in options.values() for lab in labels.values()}
    n_names = len(values & names)
    n_labels = sum(1 for v in values - names if fold(v) in all_labels)
    if values and n_labels > n_names:
        return "labels", None
    if values and n_names == 0:
        return "unknown", None
    vlabels = {_code_value(name, numeric): _pick(labels, lang, form.languages) or name
               for name, labels in options.items()}
    return ("names" if values else "empty"), vlabels


def _note_repeat(form: XLSForm, table: RawTable, matched: dict[str, ColumnMatch],
                 lang: str | None) -> str | None:
    """Say which repeat group a table holds (a worker roster is a repeat), from its questions
    and its name (Kobo names the sheet after the repeat, ODK the csv ``<form>-<repeat>``)."""
    by_repeat: dict[str | None, int] = {}
    for m in matched.values():
        rep = form.questions[m.question].repeat
        if form.questions[m.question].type in ("start", "end", "today", "deviceid"):
            continue
        by_repeat[rep] = by_repeat.get(rep, 0) + 1
    name = str(table.name)
    named = [r for r in form.repeats
             if name == r or name == r[:31] or name.endswith(f"-{r}") or fold(name) == fold(r)]
    repeat = None
    total = sum(by_repeat.values())
    if total:
        top, count = max(by_repeat.items(), key=lambda kv: kv[1])
        if top is not None and count >= 0.6 * total:
            repeat = top
    if repeat is None and named and not by_repeat.get(None):
        repeat = named[0]
    if repeat is None:
        return None
    form.repeat_tables[name] = repeat
    links = [text for col, text in _LINK_COLUMNS if col in table.data.columns]
    link = (f"; each row links to its parent by {links[0]}" if links else
            "; no parent link column (_parent_index or PARENT_KEY) was found")
    label = _pick(form.repeat_labels.get(repeat, {}), lang, form.languages)
    label = f" ({label})" if label and label != repeat else ""
    return (f"Table '{name}' holds the rows of the form's repeat group '{repeat}'{label}: one "
            f"row per entry, several per submission of the main table{link}.")


def apply_xlsform(form: XLSForm, tables: list[RawTable], *, language: str | None = None,
                  ) -> list[str]:
    """Label the data tables from the form; returns what was done, in plain words.

    Fills missing ``variable_labels`` (in :func:`pick_language`'s language; every language stays
    available through :meth:`XLSForm.labels_for`), ``value_labels`` of select_one columns whose
    values are choice names, the labels of select_multiple option columns ("Which changes? —
    Automation"); renames columns whose headers are question labels to the question names; and
    says which table holds which repeat group. Notes about one table are also appended to its
    ``notes`` (so they reach the validation report); the form sheets themselves are skipped."""
    lang = pick_language(form, language)
    index = _header_index(form)
    notes: list[str] = []
    for table in tables:
        if table.name in form.sheets or is_xlsform_sheet(table) or table.n_columns == 0:
            continue
        table_notes: list[str] = []
        name_hits = sum(1 for c in table.data.columns if _match_name(form, str(c)))
        table_notes += _label_headers(form, table, index, name_hits)
        matched: dict[str, ColumnMatch] = {}
        prefixed = label_values = 0
        unknown_values: list[str] = []
        for col in [str(c) for c in table.data.columns]:
            m = _match_name(form, col)
            if m is None:
                continue
            matched[col] = m
            prefixed += m.how == "prefix"
            q = form.questions[m.question]
            label = _pick(q.labels, lang, form.languages)
            if m.option is not None:
                opt = _pick(form.choices.get(q.list_name or "", {}).get(m.option, {}), lang,
                            form.languages) or m.option
                label = f"{label or q.name} — {opt}"
            if label and not table.variable_labels.get(col):
                table.variable_labels[col] = label
            if m.option is None and q.type == "select_one" and not table.value_labels.get(col):
                how, vlabels = _select_one_labels(form, table, col, q, lang)
                if how == "labels":
                    label_values += 1
                elif how == "unknown" and q.list_name in form.choices:
                    unknown_values.append(col)
                elif vlabels:
                    table.value_labels[col] = vlabels
        form.matches[table.name] = matched
        if not matched:
            continue
        if prefixed:
            example = next(c for c, m in matched.items() if m.how == "prefix")
            table_notes.append(
                f"{prefixed} column names of '{table.name}' carry group prefixes; they were "
                f"matched to the form's questions without them (e.g. '{example}' is question "
                f"'{matched[example].question}').")
        if label_values:
            table_notes.append(
                f"{label_values} choice questions of '{table.name}' hold answer labels, not "
                "codes (a 'labels' export); they were left as they are.")
        if unknown_values:
            table_notes.append(
                f"The answers in {', '.join(unknown_values[:5])} of '{table.name}' match "
                "neither the names nor the labels of the form's choices; they were not "
                "labelled. Check that the form is the one used for this data.")
        repeat_note = _note_repeat(form, table, matched, lang)
        if repeat_note:
            table_notes.append(repeat_note)
        others = [x for x in form.languages if x != lang and x != NO_LANGUAGE]
        langs = f" in {lang}" if lang and lang != NO_LANGUAGE else ""
        also = f" (labels in {', '.join(others)} are kept too)" if others else ""
        table_notes.insert(0, (
            f"The survey form (XLSForm sheets {', '.join(form.sheets)}) describes {len(matched)} "
            f"of {table.n_columns} columns of '{table.name}'; their question and answer labels "
            f"come from it{langs}{also}."))
        table.notes.extend(table_notes)
        notes.extend(table_notes)
    return notes
