"""Functions the reader process runs in the isolation tests (it imports them by name).

Each stands for something a native library might do to the process that parses a hostile file:
abort, crash on a bad pointer, allocate without end, hang, print into its output.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from typing import Any


def abort_now(*_args: Any, **_kwargs: Any) -> None:
    """What a Rust library does when an allocation fails, or a C library on a failed assert."""
    os.abort()


def crash_on_bad_pointer(*_args: Any, **_kwargs: Any) -> None:
    """A segmentation fault, as a C reader walking off a corrupt record would cause."""
    ctypes.string_at(0)


def allocate(n_bytes: int, *_args: Any, **_kwargs: Any) -> int:
    return len(bytearray(n_bytes))


def allocate_far_too_much(*_args: Any, **_kwargs: Any) -> None:
    """A runaway allocation: far beyond the reader process's memory cap."""
    bytearray(1 << 46)


def sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def print_noise_and_return(value: Any) -> Any:
    """Libraries that print: the answer must still come back whole."""
    print("noise on stdout " * 100)
    sys.stdout.flush()
    os.write(1, b"raw bytes on file descriptor 1\n")
    print("noise on stderr", file=sys.stderr)
    return value


class OddError(Exception):
    """An exception that cannot be rebuilt from its args (some library errors are like this)."""

    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


def raise_odd_error(*_args: Any, **_kwargs: Any) -> None:
    raise OddError(7, "odd")


def process_id(*_args: Any, **_kwargs: Any) -> int:
    return os.getpid()


def raise_refusal(what: str, where: str, todo: str) -> None:
    from core.common.errors import PasswordProtectedError

    raise PasswordProtectedError(what, where=where, todo=todo)


def hang(*_args: Any, **_kwargs: Any) -> None:
    """A parse that never ends (a library looping on a corrupt record)."""
    time.sleep(600)
