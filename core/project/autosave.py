"""Autosave and crash detection, without Qt (the window's timer lives in gui/autosave.py).

Each running session owns two files in ``<folder>`` (the GUI passes the user data folder):

- ``session-<id>.lock``: the crash marker. The session holds an OS lock on it (``fcntl.flock`` /
  ``msvcrt.locking``) while it runs and deletes it on a clean exit. The operating system releases
  the lock when the process dies however it dies (crash, ``kill -9``, power loss), so a marker
  that exists but can be locked by someone else marks an unclean exit. Two windows open at the
  same time each have their own marker and never take each other's work.
- ``session-<id>.uex.json``: the autosave: the project's full state (paths absolute; a
  core.project.session.Session's JSON), written atomically (temp file, fsync, rename), so it is
  always a whole file.

At start, :func:`find_recoverable` lists the autosaves of sessions that ended uncleanly, newest
first; the window offers to restore the newest (gui/autosave.py) and discards the rest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from core.common.errors import ProjectFileError
from core.common.jsonfile import write_json_atomic
from core.project.project_file import Project, project_from_json
from core.project.session import Session

AUTOSAVE_FORMAT = "upgrading-explorer-autosave"
AUTOSAVE_VERSION = 1
AUTOSAVE_SUBFOLDER = "autosave"
log = logging.getLogger(__name__)


def autosave_folder(data_folder: Path | str) -> Path:
    """Where autosaves live inside the user data folder."""
    return Path(data_folder) / AUTOSAVE_SUBFOLDER


# ----------------------------------------------------------------------------- OS locks
def _try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive, non-blocking lock on an open file; False if another holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _is_held(lock_path: Path) -> bool:
    """True if a running session holds this marker's lock."""
    try:
        fh = open(lock_path, "r+b")  # noqa: SIM115 - closed below, lock released first
    except OSError:
        return False
    try:
        if _try_lock(fh):
            _unlock(fh)
            return False
        return True
    finally:
        fh.close()


# ----------------------------------------------------------------------------- records
@dataclass
class Recovery:
    """The autosave of a session that did not end cleanly."""

    session_id: str
    autosave_path: Path
    lock_path: Path
    saved_at: str
    project_path: Path | None
    """The project file the session was working on (None: never saved)."""
    data: dict
    """The project object (paths absolute)."""

    @property
    def title(self) -> str:
        return self.project_path.name if self.project_path else "an unsaved project"

    def project(self) -> Project:
        """The restored project: state exactly as autosaved, marked modified, saving to the file
        the session had open (if any)."""
        base = self.project_path or self.autosave_path
        project = project_from_json(self.data, base)
        project.path = self.project_path
        project.modified = True
        return project

    def session(self) -> Session:
        """The restored session (state exactly as autosaved; see :meth:`project`)."""
        return Session.from_project(self.project())

    def discard(self) -> None:
        """Delete this autosave and its marker (after restoring, or when the user declines)."""
        for p in (self.autosave_path, self.lock_path):
            with contextlib.suppress(OSError):
                p.unlink()


def read_autosave(path: Path) -> dict:
    """Read one autosave file; ProjectFileError if it is not a whole, known autosave."""
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectFileError("The autosaved work cannot be read", where=str(path),
                               todo="It is set aside; your project files are not affected") from exc
    if (not isinstance(record, dict) or record.get("format") != AUTOSAVE_FORMAT
            or not isinstance(record.get("project"), dict)):
        raise ProjectFileError("This is not an Upgrading Explorer autosave", where=str(path))
    if record.get("version", 0) > AUTOSAVE_VERSION:
        raise ProjectFileError("The autosave was written by a newer Upgrading Explorer",
                               where=str(path), todo="Open it with the newer version")
    return record


def find_recoverable(folder: Path | str) -> list[Recovery]:
    """Autosaves left by sessions that ended uncleanly, newest first.

    Markers of dead sessions without an autosave (a crash before any change) are removed; an
    unreadable autosave is renamed ``*.unreadable`` and logged, never deleted.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for lock in folder.glob("session-*.lock"):
        session_id = lock.name.removeprefix("session-").removesuffix(".lock")
        if _is_held(lock):
            continue  # another window is running
        save = folder / f"session-{session_id}.uex.json"
        if not save.is_file():
            with contextlib.suppress(OSError):
                lock.unlink()
            continue
        try:
            record = read_autosave(save)
        except ProjectFileError:
            log.warning("Unreadable autosave %s set aside", save, exc_info=True)
            with contextlib.suppress(OSError):
                save.replace(save.with_suffix(".unreadable"))
                lock.unlink()
            continue
        project_path = record.get("project_path")
        found.append(Recovery(session_id, save, lock, str(record.get("saved_at") or ""),
                              Path(project_path) if isinstance(project_path, str) else None,
                              record["project"]))
    # Autosaves whose marker is gone are from sessions that closed cleanly but died while
    # cleaning up: nothing to offer, nothing to keep.
    found.sort(key=lambda r: (r.saved_at, r.autosave_path.stat().st_mtime_ns), reverse=True)
    return found


# ----------------------------------------------------------------------------- the session
class AutosaveSession:
    """One running session's crash marker and autosave file.

    ``start()`` creates and locks the marker; ``save(session)`` writes the autosave atomically;
    ``close()`` (on a clean exit) removes both. Without ``close()`` (a crash), the next start's
    :func:`find_recoverable` finds the autosave.
    """

    def __init__(self, folder: Path | str, session_id: str | None = None) -> None:
        self.folder = Path(folder)
        self.session_id = session_id or f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.lock_path = self.folder / f"session-{self.session_id}.lock"
        self.autosave_path = self.folder / f"session-{self.session_id}.uex.json"
        self._lock: IO[bytes] | None = None
        self.last_saved: str | None = None

    @property
    def running(self) -> bool:
        return self._lock is not None

    def start(self) -> AutosaveSession:
        if self._lock is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        fh = open(self.lock_path, "a+b")  # noqa: SIM115 - held open for the session's lifetime
        if not _try_lock(fh):
            fh.close()
            raise RuntimeError(f"autosave marker {self.lock_path} is held by another session")
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "started": _now()}).encode())
        fh.flush()
        self._lock = fh
        return self

    def save(self, project: Session | Project | dict) -> Path:
        """Write the current state (atomically). ``project`` may be a Session, a Project or an
        already-built project object (paths absolute)."""
        if self._lock is None:
            self.start()
        if isinstance(project, Session):
            data = project.to_json(None)
            path = project.project.path if project.project is not None else None
            project_path = str(path.resolve()) if path else None
        elif isinstance(project, Project):
            data = project.to_json(None)
            project_path = str(project.path.resolve()) if project.path else None
        else:
            data, project_path = project, None
        self.last_saved = _now()
        record = {"format": AUTOSAVE_FORMAT, "version": AUTOSAVE_VERSION,
                  "saved_at": self.last_saved, "pid": os.getpid(),
                  "project_path": project_path, "project": data}
        return write_json_atomic(record, self.autosave_path)

    def discard_autosave(self) -> None:
        """Forget the autosave (e.g. after Save project: the file on disk is now the state)."""
        with contextlib.suppress(OSError):
            self.autosave_path.unlink()

    def close(self) -> None:
        """A clean exit: remove the autosave and the crash marker."""
        self.discard_autosave()
        if self._lock is not None:
            _unlock(self._lock)
            self._lock.close()
            self._lock = None
        with contextlib.suppress(OSError):
            self.lock_path.unlink()


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="milliseconds")


__all__ = ["AUTOSAVE_FORMAT", "AutosaveSession", "Recovery", "autosave_folder", "find_recoverable",
           "read_autosave"]
