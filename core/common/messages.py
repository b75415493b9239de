"""Core's warnings in the reader's language (issue 13), without Qt.

A warning is built with :func:`say` from an English template and its values. It *is* the English
sentence (a ``str``: JSON, logs, tests and ``in`` checks see what they always saw) and it keeps
its template and values, so :func:`in_language` can say it again in Vietnamese, Thai or Burmese
from the catalogues in ``core.common.messages_vi`` / ``_th`` / ``_my``. A template missing from
a catalogue, or a plain ``str`` that was never built with :func:`say`, stays English: a new
warning never breaks the window, and the catalogue test names what is missing.

Values that are themselves messages (a warning with a prefix, "B: …") are said in the same
language; other values (counts, country names, role codes such as ``pay_amount``) as they are.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any


class Message(str):
    """An English sentence that remembers how it was made."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[Callable[..., Message], tuple[str, dict[str, Any]]]:
        # the analysis runs in a worker process: keep template and values across pickling
        return (Message, (self.template, self.values))


def say(template: str, **values: Any) -> Message:
    """The warning ``template`` filled with ``values`` (``str.format`` fields)."""
    return Message(template, values)


def joined(parts: Iterable[str], sep: str = "") -> Message:
    """``parts`` one after another with ``sep`` between (a sentence built from clauses, some of
    them optional): the English is ``sep.join(parts)``, and :func:`in_language` says each part
    in the reader's language. ``sep`` is punctuation ("; ", ". "), never words."""
    parts = list(parts)
    if any(ch.isalpha() for ch in sep):
        raise ValueError("a separator of words would stay English: say it with say()")
    glue = sep.replace("{", "{{").replace("}", "}}")
    template = glue.join(f"{{p{i}}}" for i in range(len(parts)))
    return Message(template, {f"p{i}": part for i, part in enumerate(parts)})


def message_json(text: str) -> str | dict[str, Any]:
    """``text`` for a JSON file: a :class:`Message` as its template and values (so a cached read
    still speaks the reader's language), any other text as itself."""
    if not isinstance(text, Message):
        return str(text)
    return {"template": text.template,
            "values": {k: message_json(v) if isinstance(v, str) else v
                       for k, v in text.values.items()}}


def message_from_json(data: Any) -> str:
    """The text :func:`message_json` wrote: a :class:`Message` again, or a plain ``str``."""
    if isinstance(data, dict) and isinstance(data.get("template"), str) \
            and isinstance(data.get("values"), dict):
        values = {str(k): message_from_json(v) if isinstance(v, str | dict) else v
                  for k, v in data["values"].items()}
        try:
            return Message(data["template"], values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # a damaged entry
            return str(data["template"])
    return str(data)


def _wordless(template: str) -> bool:
    """A template of fields and punctuation only (:func:`joined`): nothing of it to translate."""
    return not any(ch.isalpha() for ch in _FIELD.sub("", template))


_FIELD = re.compile(r"\{[^{}]*\}")


def fields(template: str) -> set[str]:
    """The names of a template's fields ("{n} workers" → {"n"})."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None and name != ""}


ENGLISH_SINGULARS: dict[str, str] = {
    "{who} has no applicable minimum wage (country or region not in the minimum-wage table): "
    "wage_to_minimum is missing there; add the country to the minimum-wage table in Settings":
        "{who} have no applicable minimum wage (country or region not in the minimum-wage "
        "table): wage_to_minimum is missing there; add the country to the minimum-wage table "
        "in Settings",
    "{who} uses its country's default minimum wage (region missing or not listed in the table)":
        "{who} use their country's default minimum wage (region missing or not listed in the "
        "table)",
    "{country}: {who} is dated more than a year after the newest {country} minimum wage in the "
    "table ({newest}, up to {latest}): if the minimum changed since, add the new row to the "
    "minimum-wage table in Settings":
        "{country}: {who} are dated more than a year after the newest {country} minimum wage "
        "in the table ({newest}, up to {latest}): if the minimum changed since, add the new row "
        "to the minimum-wage table in Settings",
    "{who} has a monthly pay at least {ratio}× above or below the median of its country and pay "
    "period (robust z ≥ {z}; {where}): check it for a typo (an extra or missing zero) or a unit "
    "slip; it is kept and marked in pay_outlier":
        "{who} have a monthly pay at least {ratio}× above or below the median of their country "
        "and pay period (robust z ≥ {z}; {where}): check them for a typo (an extra or missing "
        "zero) or a unit slip; they are kept and marked in pay_outlier",
}
"""English templates whose subject is one firm or worker ("1 firm (1 worker) has …") → their
plural. Vietnamese, Thai and Burmese verbs do not agree in number: each catalogue gives both the
plural's sentence (:func:`catalogue` adds them)."""


def with_singulars(catalogue: dict[str, str]) -> dict[str, str]:
    """``catalogue`` with the singular English templates translated as their plurals."""
    return {**catalogue, **{one: catalogue[many] for one, many in ENGLISH_SINGULARS.items()
                            if many in catalogue}}


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The English templates → ``lang``'s sentences (the singular English ones included)."""
    if lang == "vi":
        from core.common.messages_vi import MESSAGES_VI
        return with_singulars(MESSAGES_VI)
    if lang == "th":
        from core.common.messages_th import MESSAGES_TH
        return with_singulars(MESSAGES_TH)
    if lang == "my":
        from core.common.messages_my import MESSAGES_MY
        return with_singulars(MESSAGES_MY)
    return {}


def in_language(text: str, lang: str | None) -> str:
    """``text`` in ``lang`` when it is a :class:`Message` whose template the language's catalogue
    has; otherwise ``text`` as it is (English)."""
    if not isinstance(text, Message) or not lang or lang == "en":
        return str(text)
    template = catalogue(lang).get(text.template)
    if template is None and _wordless(text.template):
        template = text.template  # joined clauses: each is said in the language below
    if template is None:
        return str(text)
    values = {key: in_language(value, lang) if isinstance(value, Message) else value
              for key, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken catalogue entry: the English sentence
        return str(text)


__all__ = ["ENGLISH_SINGULARS", "Message", "catalogue", "fields", "in_language", "joined",
           "message_from_json", "message_json", "say", "with_singulars"]
