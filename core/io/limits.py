"""How much a file may make us allocate: the memory budget and the fixed limits on input shapes.

Readers call these *before* handing a file to a library. calamine and fastexcel allocate a
sheet's whole grid (first to last used row × first to last used column) in one go and abort the
process when that fails; Python's csv module grows a record until memory runs out. A survey file
that partners e-mail us may be built to do exactly that, so every reader estimates what a file
will cost from its declared and actual sizes and refuses, in plain words, what does not fit.

The budget is a setting: :func:`set_memory_budget` (the window's settings) or the environment
variable ``UEX_MEMORY_BUDGET`` (``"4G"``, ``"1500M"``, bytes); by default 2 GB, or half the
computer's memory when that is less. A process limit (``ulimit -v``) lowers it further, so a
child process with a memory cap refuses rather than dies.
"""

from __future__ import annotations

import os
import re
import sys

try:
    import resource
except ImportError:  # Windows has no process limits of this kind
    resource = None  # type: ignore[assignment]

from core.common.errors import ResourceLimitError

DEFAULT_BUDGET = 2_000_000_000
BUDGET_ENV = "UEX_MEMORY_BUDGET"
MIN_BUDGET = 64 * 1024**2

MAX_ROWS = 1_048_576
"""Excel's and calamine's last row; a reference beyond it is not a cell of any spreadsheet."""
MAX_COLUMNS = 16_384
"""Excel's last column (XFD)."""
MAX_TEXT_COLUMNS = MAX_COLUMNS
"""Fields per line a delimited text file may have: Excel's 16,384 (a 10^6-column line took 151 s
and 6.9 GB; typing costs about a millisecond per column, so 16,384 columns take ~20 s)."""
MAX_FIELD_CHARS = 8 * 1024**2
"""Characters one text field may hold (Excel: 32,767 per cell)."""
MAX_RECORD_BYTES = 32 * 1024**2
"""Bytes one text record (line, or quoted lines) may take."""
MAX_PART_BYTES = 2_000_000_000
"""No part of a zip (nor all of them together) may unpack to more: a bomb, not a survey."""
MAX_PART_RATIO = 200
"""A zip part unpacking to more than this many times its packed size, and to more than
:data:`RATIO_CHECK_BYTES`, is a decompression bomb: real sheets pack 4-20 times."""
RATIO_CHECK_BYTES = 256 * 1024**2

# What reading costs per unit, measured on python-calamine 0.9 / pandas 3 (peak resident memory):
GRID_CELL_BYTES = 96
"""Per cell of a sheet's used grid, empty or not: calamine's cell (32 B) + its Python value and
list slot + the object grid + the typed column."""
XML_BYTES_PER_CELL = 15
"""Fewest bytes of sheet XML a value cell can take (``<c><v>1</v></c>``)."""
PARSED_CELL_BYTES = 40
"""calamine's list of parsed cells before it builds the grid."""
SHARED_STRING_FACTOR = 3.5
"""Memory per byte of the shared-string table."""
TEXT_BYTES_FACTOR = 5
"""Memory per byte of a delimited text file (bytes, decoded text, Arrow copy, columns)."""
TEXT_CELL_BYTES = 16

TODO_SHRINK = ("Open it in Excel or LibreOffice, delete the rows and columns beyond the data, save a "
               "copy and open that")
TODO_BUDGET = ("if the data really are that large, raise the memory budget (setting 'memory "
               f"budget', or the environment variable {BUDGET_ENV}, e.g. {BUDGET_ENV}=8G)")

_override: int | None = None


def set_memory_budget(n_bytes: int | None) -> None:
    """Use ``n_bytes`` as the memory budget from now on (None: back to the default)."""
    global _override
    _override = None if n_bytes is None else max(int(n_bytes), MIN_BUDGET)


def parse_size(text: str) -> int | None:
    """``"2G"``, ``"1500M"``, ``"2.5GB"``, ``"123456"`` → bytes; None if unreadable."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", text.lower())
    if not match:
        return None
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}[match.group(2)]
    return int(float(match.group(1)) * scale)


def budget_override() -> int | None:
    """The budget set by :func:`set_memory_budget`, if any (passed on to the reader process)."""
    return _override


def _physical_memory() -> int | None:
    if sys.platform == "win32":
        return _windows_physical_memory()
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _windows_physical_memory() -> int | None:
    """Total physical memory from GlobalMemoryStatusEx (os.sysconf does not exist on Windows)."""
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                    ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                    ("ullTotalPageFile", ctypes.c_ulonglong),
                    ("ullAvailPageFile", ctypes.c_ulonglong),
                    ("ullTotalVirtual", ctypes.c_ulonglong),
                    ("ullAvailVirtual", ctypes.c_ulonglong),
                    ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    try:
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullTotalPhys)
    except (AttributeError, OSError):
        pass
    return None


def address_space_used() -> int:
    """Virtual memory this process has mapped (Linux; 0 where unknown)."""
    return _address_space_used()


def _address_space_used() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _process_headroom() -> int | None:
    """What a process memory limit (RLIMIT_AS/RLIMIT_DATA) still allows, if one is set."""
    if resource is None:
        return None
    headroom = None
    for which in ("RLIMIT_AS", "RLIMIT_DATA"):
        limit = getattr(resource, which, None)
        if limit is None:
            continue
        try:
            soft, _hard = resource.getrlimit(limit)
        except (OSError, ValueError):
            continue
        if soft == resource.RLIM_INFINITY or soft <= 0:
            continue
        # Address space already mapped (libraries, thread stacks) does not count against data
        # only for RLIMIT_DATA, but using it for both keeps a margin for reserved arenas.
        left = max(soft - _address_space_used(), 0)
        headroom = left if headroom is None else min(headroom, left)
    return headroom


def memory_budget() -> int:
    """Bytes one file may cost to read (see the module docstring for where it comes from)."""
    if _override is not None:
        budget = _override
    else:
        from_env = parse_size(os.environ.get(BUDGET_ENV, ""))
        if from_env:
            budget = max(from_env, MIN_BUDGET)
        else:
            budget = DEFAULT_BUDGET
            physical = _physical_memory()
            if physical:
                budget = min(budget, physical // 2)
    headroom = _process_headroom()
    if headroom is not None:
        budget = min(budget, max(headroom // 2, MIN_BUDGET // 4))
    return budget


def format_bytes(n: float) -> str:
    """1_900_000_000 → '1.9 GB' (decimal units, as file managers show sizes)."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            value = n / scale
            text = f"{value:.1f}" if value < 10 else f"{value:,.0f}"
            return f"{text.removesuffix('.0')} {unit}"
    return f"{int(n)} bytes"


def too_big(where: str, what: str, *, todo: str = TODO_SHRINK, budget_hint: bool = True,
            need: float | None = None) -> ResourceLimitError:
    """A refusal for a file that would cost more than allowed, with the standard advice (which
    mentions raising the budget only when ``need`` could fit this computer at all)."""
    physical = _physical_memory()
    if need is not None and physical and need > physical * 0.75:
        budget_hint = False
    if budget_hint:
        todo = f"{todo.rstrip('.')}; {TODO_BUDGET}"
    return ResourceLimitError(what, where=where, todo=todo)


def check_memory(where: str, need: float, what: str, *, todo: str = TODO_SHRINK) -> None:
    """Refuse when ``need`` bytes exceed the budget; ``what`` says what needs them."""
    budget = memory_budget()
    if need > budget:
        raise too_big(where, f"{what}: reading it would need about {format_bytes(need)} of "
                             f"memory, more than the {format_bytes(budget)} allowed", todo=todo,
                      need=need)
