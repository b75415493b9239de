"""Errors a researcher can act on.

Every error that can reach a user carries three plain-language parts: what went wrong, where (file,
sheet, row, column) and what to do. The command line prints ``str(error)`` and exits 2; the window
shows it in a dialog. Anything else that escapes is a bug.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error with a plain-words message: what happened, where, and what to do about it."""

    def __init__(self, what: str, *, where: str = "", todo: str = "") -> None:
        self.what = what.strip()
        self.where = where.strip()
        self.todo = todo.strip()
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.what.rstrip(".")
        if self.where:
            text += f" ({self.where})"
        text += "."
        if self.todo:
            text += " " + self.todo.rstrip(".") + "."
        return text

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the three parts (the reader process sends its refusals back; the default
        would call ``__init__`` with the message as ``what`` and lose ``where`` and ``todo``)."""
        return _rebuild, (type(self), self.what, self.where, self.todo)


def _rebuild(cls: type[UserFacingError], what: str, where: str, todo: str) -> UserFacingError:
    return cls(what, where=where, todo=todo)


class FileRefusedError(UserFacingError):
    """The file cannot be read at all: not a data file, damaged, empty, or unsupported."""


class PasswordProtectedError(FileRefusedError):
    """The file is encrypted; we never try to guess passwords."""


class ResourceLimitError(FileRefusedError):
    """Reading the file would take more memory than allowed (or it is built to exhaust memory):
    a sheet spanning billions of cells, a zip part unpacking a thousandfold, a text line of
    gigabytes. Checked before any library allocates (see ``core.io.limits``)."""


class UnreadableFileError(FileRefusedError):
    """The file exists but cannot be opened for reading: permissions, a lock held by another
    program, or it is not a regular file (a device, a pipe)."""


class ProjectFileError(UserFacingError):
    """A project file (*.uex.json) is malformed or points at data that cannot be used."""


class RuleError(UserFacingError):
    """An upgrading rule is invalid: unknown role, bad operator, or a type clash."""


class SubsetError(UserFacingError):
    """A subset specification names an unknown role or value, or is malformed."""
