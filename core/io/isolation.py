"""Parse survey files in a separate reader process, so a library crash ends that process, not ours.

calamine and fastexcel (Rust) and ReadStat (C) run native code on bytes that partners e-mail us.
The preflight checks (``core.io.limits``, ``core.io.preflight``) refuse the hostile shapes we know
of, but a library fault we do not know of can still abort the process: a Rust allocation failure,
a segmentation fault. Run in the reader process, such a fault ends only that process; the window
(or ``analyze``) says in plain words what happened and keeps the open survey (issue #15).

The reader process is started once, in the background (:func:`start`: the window and the command
line call it first thing, so its imports overlap theirs), serves one read at a time, stays up
between reads and is replaced after a crash. It gets a memory cap (POSIX address-space limit) of
a few times the memory budget, so a runaway allocation ends the reader rather than the computer's
patience. Results come back as one pickle in a private temporary folder (tables are numpy and
Arrow-backed columns: a copy at disk speed, no re-parse).

Isolation is switched on by the entry points (:func:`enable`); library users and the unit tests
read in-process unless they enable it. ``UEX_READ_IN_PROCESS=1`` switches it off (debugging,
profiling).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from core.common.errors import FileRefusedError
from core.io import limits

log = logging.getLogger(__name__)

IN_PROCESS_ENV = "UEX_READ_IN_PROCESS"
CHILD_FLAG = "--reader-process"
"""The argument that makes a frozen app (PyInstaller) serve as the reader process."""
HEADER = struct.Struct("<Q")
STATUS_OK = b"ok\n"
STATUS_ERROR = b"error\n"

T = TypeVar("T")

_enabled = False
_process: ReaderProcess | None = None
_process_lock = threading.Lock()


class ReaderCrashedError(FileRefusedError):
    """The reader process ended while parsing the file (a library fault, or memory exhausted)."""


class ReadCancelledError(FileRefusedError):
    """The read was cancelled (the reader process was stopped on purpose)."""


def enable(on: bool = True) -> None:
    """Read workbooks and Stata/SPSS files in the reader process from now on (unless
    ``UEX_READ_IN_PROCESS=1``); ``enable(False)`` goes back to in-process reads."""
    global _enabled
    _enabled = on
    if not on:
        shutdown()


def enabled() -> bool:
    return _enabled and os.environ.get(IN_PROCESS_ENV, "") not in ("1", "true", "yes")


def start() -> None:
    """Enable isolation and start the reader process now, without waiting for it, so its
    imports run while the caller's own imports and window come up."""
    enable(True)
    if enabled():
        try:
            _the_process().ensure_started()
        except OSError:  # cannot start one: the first read says so (or reads in-process)
            log.info("Could not start the reader process", exc_info=True)


def run(func: Callable[..., T], *args: Any, where: str = "", kind: str = "",
        **kwargs: Any) -> T:
    """``func(*args, **kwargs)``, in the reader process when isolation is enabled.

    ``func`` must be importable by name (a module-level function). Its exceptions come back as
    raised; a crash of the reader process is a :class:`ReaderCrashedError` naming ``where`` (the
    file) and ``kind``. When no reader process can be started the call runs in-process.
    """
    if not enabled():
        return func(*args, **kwargs)
    try:
        process = _the_process()
        process.ensure_started()
    except OSError:
        log.info("No reader process; reading in-process", exc_info=True)
        return func(*args, **kwargs)
    return process.call(func, args, kwargs, where=where, kind=kind)


def cancel() -> bool:
    """Stop the read in progress, if any (its caller gets a ReadCancelledError); True if one
    was stopped. The next read starts a fresh reader process."""
    process = _process
    return process.cancel() if process is not None else False


def busy() -> bool:
    """True while the reader process is parsing a file for us."""
    process = _process
    return process is not None and process.busy


def shutdown() -> None:
    """End the reader process (at exit, or when isolation is switched off)."""
    global _process
    with _process_lock:
        process, _process = _process, None
    if process is not None:
        process.close()


def _the_process() -> ReaderProcess:
    global _process
    with _process_lock:
        if _process is None:
            _process = ReaderProcess()
        return _process


def child_command() -> list[str]:
    """How to start the reader process: the frozen app with :data:`CHILD_FLAG`, or this
    Python running ``core.io.reader_process``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "core.io.reader_process"]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])  # the folder holding core/
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop(IN_PROCESS_ENV, None)
    return env


class ReaderProcess:
    """One reader process and the pipes to it; one read at a time."""

    def __init__(self) -> None:
        self._popen: subprocess.Popen[bytes] | None = None
        self._stderr: Any = None
        self._folder: str | None = None
        self._call_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._busy = False
        self._cancelled = False
        atexit.register(self.close)

    def ensure_started(self) -> None:
        with self._state_lock:
            if self._popen is not None and self._popen.poll() is None:
                return
            self._discard_locked()
            self._folder = tempfile.mkdtemp(prefix="uex-reader-")
            self._stderr = tempfile.TemporaryFile(dir=self._folder)  # noqa: SIM115 - kept open
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows
            self._popen = subprocess.Popen(
                child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self._stderr, env=_child_env(), creationflags=flags, close_fds=True)

    def call(self, func: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any], *,
             where: str, kind: str) -> T:
        with self._call_lock:
            self.ensure_started()
            popen, folder = self._popen, self._folder
            assert popen is not None and popen.stdin is not None and popen.stdout is not None
            assert folder is not None
            out = os.path.join(folder, f"result-{os.urandom(6).hex()}.pickle")
            request = pickle.dumps((func, args, kwargs, out, limits.budget_override()),
                                   protocol=pickle.HIGHEST_PROTOCOL)
            with self._state_lock:
                self._busy, self._cancelled = True, False
            try:
                try:
                    popen.stdin.write(HEADER.pack(len(request)) + request)
                    popen.stdin.flush()
                    status = popen.stdout.readline()
                except (BrokenPipeError, OSError):
                    status = b""
                if status not in (STATUS_OK, STATUS_ERROR):
                    raise self._ended(popen, where=where, kind=kind)
                with open(out, "rb") as fh:
                    result = pickle.load(fh)
            finally:
                with self._state_lock:
                    self._busy = False
                _remove(out)
        if status == STATUS_ERROR:
            raise result
        return result

    @property
    def busy(self) -> bool:
        return self._busy

    def cancel(self) -> bool:
        with self._state_lock:
            if not self._busy or self._popen is None:
                return False
            self._cancelled = True
            self._popen.kill()
            return True

    def _ended(self, popen: subprocess.Popen[bytes], *, where: str, kind: str) -> FileRefusedError:
        """The error for a reader process that ended mid-read (and forget that process)."""
        try:
            code = popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            popen.kill()
            code = popen.wait()
        with self._state_lock:
            cancelled = self._cancelled
            self._discard_locked(tail=not cancelled, code=code)
        if cancelled:
            return ReadCancelledError("The file was not opened: reading it was cancelled",
                                      where=where)
        name = f".{kind} " if kind else ""
        return ReaderCrashedError(
            f"The part of the program that reads {name}files stopped unexpectedly while reading "
            "this file. The file may be damaged, made to crash programs, or need more memory than "
            "this computer allows; nothing of it was kept, and what you had open is unchanged",
            where=where,
            todo="Open it in Excel or LibreOffice (or the program it came from), save a copy "
                 "(File > Save As, .xlsx or .csv) and open the copy; or ask the sender to export it "
                 "again")

    def _discard_locked(self, *, tail: bool = False, code: int | None = None) -> None:
        popen, self._popen = self._popen, None
        if popen is not None and popen.poll() is None:
            popen.kill()
            popen.wait()
        if tail and self._stderr is not None:
            try:
                self._stderr.seek(0, os.SEEK_END)
                self._stderr.seek(max(self._stderr.tell() - 4000, 0))
                log.warning("The reader process ended (exit code %s). Its last words:\n%s", code,
                            self._stderr.read().decode("utf-8", "replace"))
            except OSError:
                pass
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def close(self) -> None:
        """End the reader at once (it holds nothing worth waiting for)."""
        with self._state_lock:
            self._discard_locked()


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
