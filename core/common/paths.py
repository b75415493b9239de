"""Where the bundled files live: ``resources/`` beside ``core/`` in a checkout or an install, inside
the bundle's folder when the app is frozen by PyInstaller (``sys._MEIPASS``, i.e. the one-folder
build's ``_internal`` directory; see .ci/build_bundle.py).

Every read of a bundled file goes through :func:`resource_path`, so the frozen app finds the sample
survey, the default rules and the minimum-wage table without knowing where it was unpacked.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES_DIR_NAME = "resources"


def app_root() -> Path:
    """The folder that holds ``resources/``: the PyInstaller bundle folder when frozen, else the
    project folder (the parent of the ``core`` package)."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) if bundle else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """``resources/`` (no arguments) or a file or folder inside it, e.g.
    ``resource_path("default_rules.json")``. The path is not checked for existence."""
    return app_root().joinpath(RESOURCES_DIR_NAME, *parts)


def guide_path(*parts: str) -> Path:
    """The user guide's folder ``docs/`` (beside ``resources/``), e.g.
    ``guide_path("html", "index.html")`` for Help."""
    return app_root().joinpath("docs", *parts)
