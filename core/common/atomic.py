"""Files that are always whole: every file the app writes goes through :func:`atomic_path`.

A write goes to a temp file in the target's folder; when the writer is done the temp file is
flushed and fsync'ed, given the old file's permissions (or the usual 0644), renamed over the
target, and the folder is fsync'ed so the rename is on disk too. After a crash, a kill or a full
disk the target is the old version or the whole new one, never half of one (the audit of issue
#15 found 5 of 50 killed workbook exports corrupt, and a previous workbook turned into an
unreadable 64 KB file on a full disk).

Temp files are named ``.<target name>.<process id>.<random>.tmp``. A failed write removes its own;
one left by a killed process (it cannot clean up) is removed by the next write to the same target
once that process is gone (POSIX) or after an hour (Windows, where a process cannot be asked
whether it lives without risk).

A target the user made read-only is not replaced (a rename would succeed on POSIX and silently
drop the protection): :class:`PermissionError`, as the operating system would raise.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

STALE_SECONDS = 3600
"""Age after which a temp file whose writer cannot be asked about is treated as orphaned."""


def _temp_prefix(target: Path, pid: int | None = None) -> str:
    return f".{target.name}.{os.getpid() if pid is None else pid}."


def _process_gone(pid: int) -> bool:
    if os.name == "nt":
        return False  # os.kill would terminate it on Windows: decided by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False
    return False


def remove_orphans(target: Path | str) -> int:
    """Remove temp files a killed writer left beside ``target``; returns how many."""
    target = Path(target)
    pattern = re.compile(re.escape(f".{target.name}.") + r"(\d+)\.[^.]+\.tmp")
    removed = 0
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid == os.getpid():
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
        except OSError:
            continue
        if _process_gone(pid) or old:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def refuse_read_only(target: Path) -> None:
    """PermissionError when ``target`` exists and may not be written (read-only file)."""
    if target.exists() and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, "The file is read-only", str(target))


def _keep_mode(tmp: Path, target: Path) -> None:
    """The new file gets the old file's permissions, or the usual 0644 for a new file (a temp
    file is created private, 0600, which would otherwise stick)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def fsync_folder(folder: Path | str) -> None:
    """Flush a folder's entries (a rename into it) to disk. POSIX only: Windows cannot open a
    folder for this and commits renames with the file (NTFS journals them)."""
    if os.name == "nt":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    """Flush the writer's file to disk. Opened for writing: Windows' fsync (_commit) refuses a
    read-only handle."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temp path beside ``target`` for a writer that wants a file name (openpyxl, Qt, docx);
    on a clean exit it replaces ``target``, on an error it is removed and ``target`` untouched.

    The writer must have closed the file when the block ends."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    refuse_read_only(target)
    remove_orphans(target)
    fd, name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(errno.EIO, "Nothing was written", str(target))
        _fsync_file(tmp)
        _keep_mode(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_open(target: Path | str, mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """:func:`atomic_path` for a writer that wants an open file (``mode`` "w" or "wb")."""
    binary = "b" in mode
    with atomic_path(target) as tmp, open(tmp, mode, encoding=None if binary else encoding,
              newline=None if binary else newline) as fh:
        yield fh
        fh.flush()


def write_bytes_atomic(data: bytes, target: Path | str) -> Path:
    """``data`` written to ``target`` as :func:`atomic_path` does."""
    with atomic_open(target, "wb") as fh:
        fh.write(data)
    return Path(target)


__all__ = ["atomic_open", "atomic_path", "fsync_folder", "refuse_read_only", "remove_orphans",
           "write_bytes_atomic"]
