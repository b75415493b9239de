"""A Qt-free undo stack over core.project.commands, with QUndoStack's semantics.

The window uses Qt's QUndoStack wrapping the same Command objects; scripts and tests use
:class:`History`, which behaves the same way, so what a test proves about undo holds in the window:

- ``push`` runs the command (unless it is obsolete already) and drops the redo tail; a clean
  state in that tail can never be reached again (the index is forgotten);
- the top command absorbs a new one when both have the same non-None ``merge_key`` and
  ``top.merge(new)`` agrees, except at the clean index (the first change after a save is a step
  of its own); a command obsolete after merging (a facet ticked then unticked) is removed;
- an obsolete command (its after equals its before) is not kept;
- the clean index (:meth:`set_clean`, after saving) makes :attr:`is_clean` true exactly while
  the session is back at that step, through undo or redo.
"""

from __future__ import annotations

from pathlib import Path

from core.project.commands import Command
from core.project.session import Session


class History:
    """The undo stack of one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._commands: list[Command] = []
        self._index = 0
        """How many commands are applied (the next undo undoes _commands[_index - 1])."""
        self._clean = 0
        """The index at the last save; -1 when that state was dropped (cannot be reached)."""

    # ------------------------------------------------------------------ state
    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._commands)

    @property
    def clean_index(self) -> int:
        return self._clean

    @property
    def commands(self) -> list[Command]:
        """The commands on the stack, oldest first (applied ones up to :attr:`index`)."""
        return list(self._commands)

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_label(self) -> str:
        """What Edit → Undo would undo ("" when nothing)."""
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._commands[self._index].label if self.can_redo else ""

    @property
    def is_clean(self) -> bool:
        """True while the session is at the step last saved (the title shows no "changed")."""
        return self._index == self._clean

    # ------------------------------------------------------------------ changing
    def push(self, command: Command) -> None:
        """Run ``command`` and make it the newest step (or merge it into the newest)."""
        if not command.is_obsolete():
            self.session.apply(command)
        del self._commands[self._index:]
        if self._clean > self._index:
            self._clean = -1
        top = self._commands[-1] if self._commands else None
        if (top is not None and top.merge_key is not None and top.merge_key == command.merge_key
                and self._index != self._clean and top.merge(command)):
            if top.is_obsolete():
                self._commands.pop()
                self._index -= 1
            return
        if command.is_obsolete():
            return
        self._commands.append(command)
        self._index += 1

    def undo(self) -> None:
        """Undo the newest applied step (nothing when there is none)."""
        if not self.can_undo:
            return
        self.session.revert(self._commands[self._index - 1])
        self._index -= 1

    def redo(self) -> None:
        """Redo the step undone last (nothing when there is none)."""
        if not self.can_redo:
            return
        self.session.apply(self._commands[self._index])
        self._index += 1

    def set_clean(self) -> None:
        """Mark the current step as saved."""
        self._clean = self._index

    def save(self, path: Path | str | None = None) -> Path:
        """Save the session (Session.save) and mark this step clean."""
        target = self.session.save(path)
        self.set_clean()
        return target

    def clear(self) -> None:
        """Forget every step (another project was opened); the current state is clean."""
        self._commands.clear()
        self._index = 0
        self._clean = 0


__all__ = ["History"]
