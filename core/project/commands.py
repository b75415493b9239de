"""Every change a user makes to a session is a labelled command that can be undone.

A command stores the state before and after, so ``redo`` then ``undo`` gives back exactly the
session JSON there was (tests/core/test_commands.py checks it for each one). Commands that take
their "before" from the session when first run (SaveSubset, DeleteSubset, RenameSubset,
SetWorkshopMode) record it in ``redo``; an undo stack only ever redoes a command on the state it
was first run on, so that is the same state each time.

Run a command with ``session.apply(command)`` or push it on an undo stack: core.project.history
for scripts and tests, Qt's QUndoStack in the window. For the window's QUndoCommand wrapper:
``redo()``/``undo()`` call ``session.apply(command)`` / ``session.revert(command)``; ``id()`` is
:func:`merge_id` of ``merge_key`` (-1 without one); ``mergeWith(other)`` returns
``command.merge(other.command)``; after a merge set ``setObsolete(command.is_obsolete())`` so a
facet ticked and unticked again leaves no step behind (QUndoStack then drops it, as History does).

``label`` is English plain words for Edit → Undo "<label>"; ``kind`` is a stable key the window
translates its own labels from (see :data:`KINDS`).
"""

from __future__ import annotations

import copy
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

from core.analysis.subset import Subset
from core.model.study import Study
from core.project.session import WORKSHOP_KEY, Session, json_equal, study_key

FACETS = "facets"
"""The merge key of facet ticks: consecutive ticks are one Undo step."""
KINDS = ("subset", "comparison", "save_subset", "delete_subset", "rename_subset", "rules",
         "settings", "workshop", "study", "compound")
"""Every command's ``kind``."""


def merge_id(merge_key: str | None) -> int:
    """A stable QUndoCommand.id() for a merge key (-1: never merges), the same in every run."""
    if merge_key is None:
        return -1
    return zlib.crc32(merge_key.encode("utf-8")) & 0x3FFFFFFF


def _subset(value: Subset | Mapping | None) -> Subset:
    if value is None:
        return Subset()
    if isinstance(value, Subset):
        return copy.deepcopy(value)
    return Subset.from_json(value)


def _json(subset: Subset | None) -> dict | None:
    return None if subset is None else subset.to_json()


class Command:
    """A change to a session that can be undone (the base class)."""

    label: str = ""
    """Plain English words for Edit → Undo "<label>"."""
    kind: str = "command"
    """A stable key (one of KINDS) the window translates its label from."""
    merge_key: str | None = None
    """Consecutive commands with the same non-None key merge into one undo step."""

    def redo(self, session: Session) -> None:
        raise NotImplementedError

    def undo(self, session: Session) -> None:
        raise NotImplementedError

    def merge(self, newer: Command) -> bool:
        """Absorb ``newer`` (same merge_key): keep my "before", take its "after". False: not
        merged (then it becomes a step of its own)."""
        return False

    def is_obsolete(self) -> bool:
        """True when redo changes nothing (the after equals the before): an undo stack drops it."""
        return False

    @property
    def merge_id(self) -> int:
        return merge_id(self.merge_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.label!r})"


# ----------------------------------------------------------------------------- subsets
class SetSubset(Command):
    """The current subset (A): facet ticks, ranges, search text, Clear subset, applying a saved
    subset. Facet ticks use ``merge_key=FACETS`` so consecutive ticks are one Undo step."""

    kind = "subset"

    def __init__(self, new: Subset | Mapping | None, old: Subset | Mapping | None,
                 label: str = "Change subset", merge_key: str | None = None) -> None:
        self.new = _subset(new)
        self.old = _subset(old)
        self.label = label
        self.merge_key = merge_key

    @classmethod
    def from_session(cls, session: Session, new: Subset | Mapping | None,
                     label: str = "Change subset", merge_key: str | None = None) -> SetSubset:
        return cls(new, session.subset, label, merge_key)

    def redo(self, session: Session) -> None:
        session.set_subset(self.new)

    def undo(self, session: Session) -> None:
        session.set_subset(self.old)

    def merge(self, newer: Command) -> bool:
        if (not isinstance(newer, SetSubset) or self.merge_key is None
                or newer.merge_key != self.merge_key):
            return False
        self.new = copy.deepcopy(newer.new)
        return True

    def is_obsolete(self) -> bool:
        return self.new.to_json() == self.old.to_json()


class SetComparison(Command):
    """Subset B of "compare with…" (None: stop comparing)."""

    kind = "comparison"

    def __init__(self, new: Subset | Mapping | None, old: Subset | Mapping | None,
                 label: str | None = None) -> None:
        self.new = None if new is None else _subset(new)
        self.old = None if old is None else _subset(old)
        if label is None:
            label = ("Stop comparing" if self.new is None
                     else "Compare with another subset" if self.old is None
                     else "Change the subset compared with")
        self.label = label

    @classmethod
    def from_session(cls, session: Session, new: Subset | Mapping | None,
                     label: str | None = None) -> SetComparison:
        return cls(new, session.comparison, label)

    def redo(self, session: Session) -> None:
        session.set_comparison(self.new)

    def undo(self, session: Session) -> None:
        session.set_comparison(self.old)

    def is_obsolete(self) -> bool:
        return _json(self.new) == _json(self.old) and (self.new is None) == (self.old is None)


class _SavedSubsetsCommand(Command):
    """A change of the named subsets: the whole ordered mapping before is kept, so undo puts
    every name back in its place."""

    def __init__(self) -> None:
        self._before: dict[str, Subset] | None = None
        self._after: dict[str, Subset] | None = None

    def _changed(self, before: dict[str, Subset]) -> dict[str, Subset]:
        raise NotImplementedError

    def redo(self, session: Session) -> None:
        before = session.saved_subsets
        after = self._changed(dict(before))
        self._before, self._after = before, after
        session.set_saved_subsets(after)

    def undo(self, session: Session) -> None:
        if self._before is not None:
            session.set_saved_subsets(self._before)

    def is_obsolete(self) -> bool:
        if self._before is None or self._after is None:
            return False
        return (list(self._before) == list(self._after)
                and all(self._before[n].to_json() == self._after[n].to_json()
                        for n in self._before))


class SaveSubset(_SavedSubsetsCommand):
    """Save a subset under a name (a name already used keeps its place and gets the new
    subset)."""

    kind = "save_subset"

    def __init__(self, name: str, subset: Subset | Mapping, label: str | None = None) -> None:
        super().__init__()
        self.name = str(name)
        self.subset = _subset(subset)
        self.label = label or f"Save subset “{self.name}”"

    def _changed(self, before: dict[str, Subset]) -> dict[str, Subset]:
        before[self.name] = copy.deepcopy(self.subset)
        return before


class DeleteSubset(_SavedSubsetsCommand):
    """Delete a saved subset (undo puts it back in its place)."""

    kind = "delete_subset"

    def __init__(self, name: str, label: str | None = None) -> None:
        super().__init__()
        self.name = str(name)
        self.label = label or f"Delete subset “{self.name}”"

    def _changed(self, before: dict[str, Subset]) -> dict[str, Subset]:
        before.pop(self.name, None)
        return before


class RenameSubset(_SavedSubsetsCommand):
    """Rename a saved subset, keeping its place. ValueError (plain words) when another saved
    subset already has the new name."""

    kind = "rename_subset"

    def __init__(self, old_name: str, new_name: str, label: str | None = None) -> None:
        super().__init__()
        self.old_name = str(old_name)
        self.new_name = str(new_name)
        self.label = label or f"Rename subset “{self.old_name}” to “{self.new_name}”"

    def _changed(self, before: dict[str, Subset]) -> dict[str, Subset]:
        if self.new_name != self.old_name and self.new_name in before:
            raise ValueError(f"A saved subset is already called “{self.new_name}”; "
                             "choose another name")
        if self.old_name not in before:
            return before
        return {(self.new_name if n == self.old_name else n): s for n, s in before.items()}


# ----------------------------------------------------------------------------- rules, settings
class SetRules(Command):
    """The rules (the rule editor's Apply, Reset + Apply); None = the default rules."""

    kind = "rules"

    def __init__(self, new: Mapping | None, old: Mapping | None,
                 label: str | None = None) -> None:
        self.new = copy.deepcopy(dict(new)) if new is not None else None
        self.old = copy.deepcopy(dict(old)) if old is not None else None
        self.label = label or ("Reset rules" if self.new is None else "Change rules")

    @classmethod
    def from_session(cls, session: Session, new: Mapping | None,
                     label: str | None = None) -> SetRules:
        return cls(new, session.rules, label)

    def redo(self, session: Session) -> None:
        session.set_rules(self.new)

    def undo(self, session: Session) -> None:
        session.set_rules(self.old)

    def is_obsolete(self) -> bool:
        return json_equal(self.new, self.old)


class SetSettings(Command):
    """The project settings, whole (without the workshop flag: SetWorkshopMode)."""

    kind = "settings"

    def __init__(self, new: Mapping, old: Mapping, label: str = "Change settings") -> None:
        self.new = {k: copy.deepcopy(v) for k, v in new.items() if k != WORKSHOP_KEY}
        self.old = {k: copy.deepcopy(v) for k, v in old.items() if k != WORKSHOP_KEY}
        self.label = label

    @classmethod
    def from_session(cls, session: Session, values: Mapping, *, replace: bool = False,
                     label: str = "Change settings") -> SetSettings:
        """``values`` merged into the session's settings (``replace``: instead of them)."""
        old = session.settings
        new = dict(values) if replace else {**old, **dict(values)}
        return cls(new, old, label)

    def redo(self, session: Session) -> None:
        session.set_settings(self.new)

    def undo(self, session: Session) -> None:
        session.set_settings(self.old)

    def is_obsolete(self) -> bool:
        return json_equal(self.new, self.old) and list(self.new) == list(self.old)


class SetWorkshopMode(Command):
    """Workshop mode on or off (hides individual firms; saved in the settings)."""

    kind = "workshop"

    def __init__(self, on: bool, label: str | None = None) -> None:
        self.on = bool(on)
        self.was: bool | None = None
        self.label = label or ("Turn workshop mode on" if self.on else "Turn workshop mode off")

    def redo(self, session: Session) -> None:
        self.was = session.workshop_mode
        session.set_workshop_mode(self.on)

    def undo(self, session: Session) -> None:
        if self.was is not None:
            session.set_workshop_mode(self.was)

    def is_obsolete(self) -> bool:
        return self.was is not None and self.was == self.on


class SetStudy(Command):
    """The mapping after (re-)reviewing the import: roles, missing codes, value maps, tables."""

    kind = "study"

    def __init__(self, new: Study, old: Study, label: str = "Review the import") -> None:
        self.new = copy.deepcopy(new)
        self.old = copy.deepcopy(old)
        self.label = label

    @classmethod
    def from_session(cls, session: Session, new: Study,
                     label: str = "Review the import") -> SetStudy:
        if session.study is None:
            raise ValueError("No survey is open, so there is no import to review again")
        return cls(new, session.study, label)

    def redo(self, session: Session) -> None:
        session.set_study(self.new)

    def undo(self, session: Session) -> None:
        session.set_study(self.old)

    def is_obsolete(self) -> bool:
        return (study_key(self.new) == study_key(self.old)
                and self.new.confidence == self.old.confidence)


# ----------------------------------------------------------------------------- several at once
class Compound(Command):
    """Several commands as one undo step (Settings OK changing thresholds and workshop mode);
    undone in reverse order."""

    kind = "compound"

    def __init__(self, label: str, commands: Iterable[Command], kind: str = "compound") -> None:
        self.label = label
        self.commands = list(commands)
        self.kind = kind

    def redo(self, session: Session) -> None:
        with session.batch():
            for command in self.commands:
                command.redo(session)

    def undo(self, session: Session) -> None:
        with session.batch():
            for command in reversed(self.commands):
                command.undo(session)

    def is_obsolete(self) -> bool:
        return all(c.is_obsolete() for c in self.commands)


def settings_command(session: Session, values: Mapping[str, Any],
                     label: str = "Change settings") -> Command:
    """The command for the Settings dialog's OK: its values (thresholds and ``workshop_mode``)
    merged into the session's settings, as one undo step."""
    commands: list[Command] = [SetSettings.from_session(session, values, label=label)]
    if WORKSHOP_KEY in values and bool(values[WORKSHOP_KEY]) != session.workshop_mode:
        commands.append(SetWorkshopMode(bool(values[WORKSHOP_KEY])))
    if len(commands) == 1:
        return commands[0]
    return Compound(label, commands, kind="settings")


__all__ = ["FACETS", "KINDS", "Command", "Compound", "DeleteSubset", "RenameSubset", "SaveSubset",
           "SetComparison", "SetRules", "SetSettings", "SetStudy", "SetSubset", "SetWorkshopMode",
           "merge_id", "settings_command"]
