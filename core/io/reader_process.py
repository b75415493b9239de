"""The reader process: reads requests on stdin, runs them, answers on its own copy of stdout.

Started by :mod:`core.io.isolation` (``python -m core.io.reader_process``, or the frozen app with
``--reader-process``). Each request is a length-prefixed pickle ``(function, args, kwargs,
result_path, memory_budget)``; the answer is the pickled return value (or exception) in
``result_path`` and one status line. Anything a library prints goes to stderr, never into the
answer channel. End of input ends the process.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import BinaryIO

from core.common.errors import UserFacingError
from core.io import limits
from core.io.isolation import HEADER, STATUS_ERROR, STATUS_OK

ADDRESS_SPACE_MARGIN = 1024**3
"""Address space beyond the budget's multiple: thread stacks and allocator arenas reserve far
more than they use, and a cap that close would end honest reads."""
BUDGET_MULTIPLE = 3


def serve(requests: BinaryIO | None = None) -> int:
    """Answer requests until end of input; 0 at a clean end."""
    # File descriptors, not sys.stdin/stdout: a windowed (frozen) app has None there although
    # the pipes it was given are open.
    answers = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)  # what libraries print goes to stderr and cannot garble the answers
    except OSError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.stdout = sys.stderr if sys.stderr is not None else open(os.devnull, "w")  # noqa: SIM115
    requests = requests or os.fdopen(os.dup(0), "rb")
    _warm_up()
    while True:
        head = _read_exactly(requests, HEADER.size)
        if head is None:
            return 0
        body = _read_exactly(requests, HEADER.unpack(head)[0])
        if body is None:
            return 0
        func, args, kwargs, result_path, budget = pickle.loads(body)
        limits.set_memory_budget(budget)
        _cap_memory()
        try:
            value, status = func(*args, **kwargs), STATUS_OK
        except BaseException as exc:  # every failure goes back to the caller, as raised
            value, status = _sendable(exc), STATUS_ERROR
        with open(result_path, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        del value
        answers.write(status)
        answers.flush()


def _read_exactly(stream: BinaryIO, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _warm_up() -> None:
    """Import the readers now, while the caller is still starting, not at the first file."""
    import core.io.stat_files
    import core.io.workbooks  # noqa: F401


def _cap_memory() -> None:
    """An address-space limit of a few budgets (POSIX): a runaway allocation fails here, in the
    reader, which the caller reports, instead of exhausting the computer."""
    try:
        import resource
    except ImportError:  # Windows: no per-process limit without a job object
        return
    cap = (limits.address_space_used() + BUDGET_MULTIPLE * limits.memory_budget()
           + ADDRESS_SPACE_MARGIN)
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError):
        pass


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling (our errors do), else a RuntimeError with
    its text (library exceptions with odd constructors)."""
    if isinstance(exc, UserFacingError | MemoryError):
        return exc
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    return serve()


if __name__ == "__main__":
    sys.exit(main())
