"""The project file's schema: every known key's type checked before anything reads it.

Project files arrive by e-mail, so each value may be anything. The readers of each part
(core.model.study, core.project.project_file, AnalysisSettings, Subset) word the refusals they
know, but a value of an unexpected type used to reach code that assumed one ("'float' object is
not iterable": 269 of 1,734 mutated projects gave "Something went wrong inside", issue #15). So a
parsed project goes through three checks first, each refusal one plain sentence naming the key:

1. :func:`check_depth_and_numbers`: nesting deeper than :data:`MAX_DEPTH` and NaN or Infinity
   anywhere (JSON has neither; Python's reader accepts the tokens) are refused.
2. :func:`validate_project`: a JSON Schema (Draft 2020-12, checked by ``jsonschema``) of the
   format-v1 keys; the ``settings`` part is generated from AnalysisSettings' fields, so a new
   setting is typed the day it is added. Unknown keys are allowed (they are kept on save).
3. The part readers, as before, for what a schema cannot say (role names, rule logic).
"""

from __future__ import annotations

import math
import types
import typing
from dataclasses import fields
from functools import cache
from typing import Any

from core.analysis.pipeline import AnalysisSettings
from core.common.errors import ProjectFileError

MAX_DEPTH = 64
"""Deepest nesting a project may have (the app writes at most 8 levels)."""
TODO = "Fix the value in a text editor, or open the survey again and save a new project"

_NUMBER = {"type": "number"}
_SCALAR = {"type": ["string", "number", "boolean", "null"]}
_TEXT_MAP = {"type": "object", "additionalProperties": {"type": "string"}}


def _sides(value_schema: dict) -> dict:
    """{"firms": {...}, "workers": {...}}: the shape of roles, missing codes, value maps."""
    part = {"type": ["object", "null"], "additionalProperties": value_schema}
    return {"type": ["object", "null"], "properties": {"firms": part, "workers": part},
            "additionalProperties": False}


_SUBSET = {
    "type": ["object", "null"],
    "properties": {
        "firms": {"type": ["object", "null"], "additionalProperties": {
            "type": ["array", "string", "number", "boolean"], "items": _SCALAR}},
        "workers": {"type": ["object", "null"], "additionalProperties": {
            "type": ["array", "string", "number", "boolean"], "items": _SCALAR}},
        "firm_ranges": {"type": ["object", "null"], "additionalProperties": {
            "type": "array", "minItems": 2, "maxItems": 2,
            "items": {"type": ["number", "null"]}}},
        "worker_ranges": {"type": ["object", "null"], "additionalProperties": {
            "type": "array", "minItems": 2, "maxItems": 2,
            "items": {"type": ["number", "null"]}}},
        "text": {"type": ["string", "null"]},
    },
}
_ENTRY = {"type": ["object", "null"], "required": ["path"], "properties": {
    "path": {"type": "string", "minLength": 1},
    "sheet": {"type": ["string", "null"]},
    "header_row": {"type": ["integer", "null"], "minimum": 1, "maximum": 1_048_576}}}


def _annotation_schema(annotation: Any) -> dict:
    """JSON Schema of one AnalysisSettings field type (float, int, bool, str, list[str],
    dict[str, str], dict[str, int] and their ``| None``)."""
    if isinstance(annotation, str):
        annotation = eval(annotation, {"list": list, "dict": dict}, {})
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) \
        else (annotation,)
    out: list[dict] = []
    for option in options:
        origin = typing.get_origin(option)
        if option is type(None):
            out.append({"type": "null"})
        elif option is bool:
            out.append({"type": "boolean"})
        elif option is int:
            out.append({"type": "integer", "minimum": 0, "maximum": 2**63 - 1})
        elif option is float:
            out.append({"type": "number", "minimum": 0, "maximum": 1e12})
        elif option is str:
            out.append({"type": "string"})
        elif origin is list:
            out.append({"type": "array", "items": _annotation_schema(typing.get_args(option)[0])})
        elif origin is dict:
            out.append({"type": "object",
                        "additionalProperties": _annotation_schema(typing.get_args(option)[1])})
    return out[0] if len(out) == 1 else {"anyOf": out}


@cache
def project_schema() -> dict:
    """The JSON Schema of a current-version project object."""
    hints = typing.get_type_hints(AnalysisSettings)
    settings = {f.name: _annotation_schema(hints[f.name]) for f in fields(AnalysisSettings)}
    settings["workshop_mode"] = {"type": "boolean"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Upgrading Explorer project (format version 1)",
        "type": "object",
        "properties": {
            "firms": _ENTRY, "workers": _ENTRY,
            "roles": _sides({"type": "string"}),
            "missing_codes": _sides({"type": "array", "items": _SCALAR}),
            "value_maps": _sides({"type": "object", "additionalProperties": _SCALAR}),
            "assumed_values": _sides({"type": "string"}),
            "unit_scale": _sides({"type": "number", "exclusiveMinimum": 0}),
            "open_questions": {"type": ["array", "null"], "items": {
                "type": "object", "required": ["id", "side", "role", "text"],
                "properties": {"candidates": {"type": "array", "items": {"type": "object"}}}}},
            "rules": {"type": ["object", "null"]},
            "subset": _SUBSET,
            "settings": {"type": ["object", "null"], "properties": settings},
            "data_files": {"type": ["array", "null"], "items": {
                "type": "object", "required": ["path"], "properties": {
                    "path": {"type": "string"}, "sha256": {"type": ["string", "null"]},
                    "size": {"type": ["integer", "null"], "minimum": 0},
                    "kind": {"type": ["string", "null"]},
                    "sheets": {"type": ["array", "null"], "items": {"type": "string"}}}}},
            "subsets": {"type": ["object", "null"], "additionalProperties": _SUBSET},
            "active_subset": {"type": ["string", "null"]},
            "views": {"type": ["object", "null"], "properties": {
                "open": {"type": "array", "items": {"type": "string"}},
                "current": {"type": ["string", "null"]},
                "state": {"type": ["object", "null"],
                          "additionalProperties": {"type": ["object", "null"]}}}},
            "comparison": {"type": ["object", "null"], "required": ["b"],
                           "properties": {"b": _SUBSET}},
        },
    }


def _key_words(path: list[Any]) -> str:
    return " → ".join(f"item {p + 1}" if isinstance(p, int) else f'"{p}"' for p in path)


def _found(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    words = {"dict": "an object { … }", "list": "a list [ … ]"}
    return words.get(text, text if len(text) <= 40 else text[:37] + "…")


_TYPE_WORDS = {"string": "text", "number": "a number", "integer": "a whole number",
               "boolean": "true or false", "null": "null", "object": "an object { … }",
               "array": "a list [ … ]"}


def _expected(error: Any) -> str:
    schema = error.schema
    if error.validator == "type":
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return " or ".join(_TYPE_WORDS[k] for k in kinds if k != "null") + (
            " (or null)" if "null" in kinds else "")
    if error.validator in ("minimum", "exclusiveMinimum"):
        return f"at least {schema[error.validator]}" + (
            " and more" if error.validator == "exclusiveMinimum" else "")
    if error.validator == "maximum":
        return f"at most {schema['maximum']:,}"
    if error.validator == "required":
        return error.message.replace("is a required property", "must be given")
    if error.validator in ("minItems", "maxItems"):
        return f"a list of {schema.get('minItems', schema.get('maxItems'))} values"
    if error.validator == "minLength":
        return "text that is not empty"
    if error.validator == "additionalProperties":
        return "only the keys this version knows (" + error.message.split("(")[-1].rstrip(")") + ")"
    if error.validator == "anyOf":
        return " or ".join(_expected_of(s) for s in schema["anyOf"])
    return error.message


def _expected_of(schema: dict) -> str:
    kind = schema.get("type")
    return _TYPE_WORDS.get(kind, str(kind)) if isinstance(kind, str) else "a valid value"


def validate_project(data: dict, where: str) -> None:
    """Refuse (ProjectFileError naming the key) a project object whose known keys have the
    wrong type or range; the first problem in file order is named."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(project_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if not errors:
        return
    error = min(errors, key=lambda e: len(e.absolute_path))
    best = jsonschema.exceptions.best_match([e for e in errors
                                             if e.absolute_path == error.absolute_path]) or error
    path = list(best.absolute_path)
    key = _key_words(path) or "the project"
    if best.validator == "required":
        what = f"{key}: {_expected(best)}"
    else:
        what = f"{key} must be {_expected(best)}, not {_found(best.instance)}"
    raise ProjectFileError(f"The project file holds a value this version cannot use: {what}",
                           where=where, todo=TODO)


def check_depth_and_numbers(data: Any, where: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and NaN/Infinity (iteratively: a hostile
    nesting cannot exhaust the stack here)."""
    stack: list[tuple[Any, list[Any]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise ProjectFileError(
                f"The project file is nested more than {MAX_DEPTH} levels deep, which no project "
                "the app saves is", where=f"{where}, key {_key_words(path[:3])} …",
                todo="It is not a project saved by Upgrading Explorer: ask the sender for the "
                     "original file")
        if isinstance(value, float) and not math.isfinite(value):
            key = _key_words(path) or "the project"
            raise ProjectFileError(
                f"The project file holds {'NaN' if math.isnan(value) else 'Infinity'} at {key}, "
                "which is not a number the app can use (JSON has no such value)",
                where=where, todo=TODO)
        if isinstance(value, dict):
            stack.extend((v, [*path, k]) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(value))


__all__ = ["MAX_DEPTH", "check_depth_and_numbers", "project_schema", "validate_project"]
