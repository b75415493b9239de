"""Where the window keeps what it remembers: QSettings (recent files, geometry, last project) and
the user data folder (the one log file, the autosaves, the accepted import reviews).

:func:`data_dir` is THE user data folder of the app (gui.autosave and gui.crash_guard use it too)
and :func:`install_log_file` THE log file (``<data folder>/upgrading-explorer.log``, rotated): the
error dialogs, the crash guard and the autosave all write there and name it.

Settings are an INI file in the user's settings folder on every platform (readable, easy to reset
at a workshop by deleting one file). Tests isolate both places: ``QSettings.setPath(IniFormat,
UserScope, tmp)`` for the settings and the ``UPGRADING_EXPLORER_DATA_DIR`` environment variable for
the data folder (tests/gui/conftest.py does both for every GUI test).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

ORGANISATION = "Upgrading Explorer"
APPLICATION = "Upgrading Explorer"
DATA_DIR_ENV = "UPGRADING_EXPLORER_DATA_DIR"
LOG_NAME = "upgrading-explorer.log"
MAX_RECENT = 8

log = logging.getLogger(__name__)


def _app_location(kind: QStandardPaths.StandardLocation) -> Path | None:
    """The app's own folder of a standard kind (None when the system has none)."""
    location = QStandardPaths.writableLocation(kind)
    if not location:
        return None
    if QCoreApplication.applicationName() == APPLICATION:
        return Path(location)
    # started without gui.app (a script, a test): never the interpreter's own folder
    return Path(location).parent / APPLICATION


def data_dir() -> Path:
    """The user data folder (created on first use): %APPDATA%/Upgrading Explorer on Windows."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        path = (_app_location(QStandardPaths.StandardLocation.AppDataLocation)
                or Path.home() / ".upgrading-explorer")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The user cache folder (files read before, as Parquet: core.io.read_cache), created on
    first use: Qt's CacheLocation (%LOCALAPPDATA%/<org>/<app>/cache on Windows); inside the data folder when
    ``UPGRADING_EXPLORER_DATA_DIR`` overrides it (tests, benchmarks)."""
    path = None
    if not os.environ.get(DATA_DIR_ENV):
        path = _app_location(QStandardPaths.StandardLocation.CacheLocation)
    path = path or data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / LOG_NAME


def import_choices_dir() -> Path:
    """Accepted import reviews, one small project file per data file's SHA-256."""
    path = data_dir() / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


_log_handler: logging.Handler | None = None
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def install_log_file(folder: Path | str | None = None) -> Path:
    """Send information, warnings and errors (with tracebacks) to THE log file,
    ``<folder or data_dir()>/upgrading-explorer.log`` (rotated at 1 MB, 3 old files kept).
    Idempotent; re-targets the file when the data folder changed (tests)."""
    global _log_handler
    if folder is None:
        path = log_path()
    else:
        Path(folder).mkdir(parents=True, exist_ok=True)
        path = Path(folder) / LOG_NAME
    root = logging.getLogger()
    if _log_handler is not None:
        if Path(getattr(_log_handler, "baseFilename", "")) == Path(os.path.abspath(path)):
            return path
        root.removeHandler(_log_handler)
        _log_handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_handler = handler
    return path


def log_handler() -> logging.Handler | None:
    """The log file's handler, once installed (tests flush it)."""
    return _log_handler


def flush_log() -> None:
    if _log_handler is not None:
        _log_handler.flush()


class SettingsStore:
    """Typed access to the few things the window remembers between sessions."""

    def __init__(self) -> None:
        self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                   ORGANISATION, APPLICATION)

    # -- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [Path(v) for v in (value or []) if v]

    def add_recent(self, path: Path) -> list[Path]:
        path = Path(path).resolve()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        files = files[:MAX_RECENT]
        self.qsettings.setValue("recent/files", [str(p) for p in files])
        return files

    def remove_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != Path(path)]
        self.qsettings.setValue("recent/files", [str(p) for p in files])

    def clear_recent(self) -> None:
        self.qsettings.remove("recent/files")

    # -- last project ------------------------------------------------------------------------
    def last_project(self) -> Path | None:
        value = self.qsettings.value("session/lastProject", "")
        return Path(str(value)) if value else None

    def set_last_project(self, path: Path | None) -> None:
        self.qsettings.setValue("session/lastProject", str(path) if path else "")

    # -- window ------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)

    def splitter_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, state: QByteArray) -> None:
        self.qsettings.setValue("window/splitter", state)

    def last_dir(self) -> str:
        return str(self.qsettings.value("session/lastDir", "") or "")

    def set_last_dir(self, folder: str) -> None:
        self.qsettings.setValue("session/lastDir", folder)

    # -- presentation ----------------------------------------------------------------------------
    def presentation_mode(self) -> bool:
        value = self.qsettings.value("ui/presentationMode", False)
        return value in (True, "true", "1", 1)

    def set_presentation_mode(self, on: bool) -> None:
        self.qsettings.setValue("ui/presentationMode", bool(on))

    def sync(self) -> None:
        self.qsettings.sync()
