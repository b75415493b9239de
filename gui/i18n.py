"""Interface languages: Qt Linguist catalogues, the translators, and the build step that makes them.

Sources and build
  ``resources/translations/upgrading_explorer_<code>.ts`` are the Qt Linguist sources (one per
  language; ``vi`` now, ``th`` and ``my`` drop in the same way). ``python -m gui.i18n --update``
  runs pyside6-lupdate over ``gui/*.py``, ``gui/views/*.py`` and ``gui/controllers/*.py`` (new
  strings appear as "unfinished"); ``python -m gui.i18n --compile`` runs pyside6-lrelease into
  the ``.qm`` files next to them. The ``.qm`` files are committed: the PyInstaller spec bundles
  ``resources/`` without the ``.ts`` sources, and a bare machine has no lrelease. A source
  checkout also rebuilds a ``.qm`` that is missing or older than its ``.ts`` at start-up
  (:func:`ensure_compiled`), so an edited ``.ts`` is seen at once; tests/gui/test_translations.py
  fails when the committed ``.qm`` is stale or a string is untranslated.

Contexts
  ``self.tr("…")`` in a class: the class name (PySide6 looks along the MRO, so a base class's
  strings work in subclasses). Module-level helpers ``tr()``/``_tr()`` translate in the empty
  context, which is what lupdate gives those calls (run with ``-tr-function-alias tr+=_tr``).
  Strings chosen at run time (type names, variable labels, canonical values) are listed with
  ``QT_TR_NOOP`` where they are defined, so lupdate sees them.

Switching
  :func:`install_language` swaps the application's translators (ours, plus Qt's own
  ``qtbase_<code>.qm`` from PySide6 when it ships one, else ours in resources/translations). The
  window then rebuilds itself in the new language keeping the open survey, project, rules,
  subset, saved subsets and comparison (``MainWindow.rebuild``): every text is set where the
  widget is built, so building again is the one way that catches every label, header, tooltip
  and chart axis without a second code path that could drift.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QTranslator,
)

from core.common.paths import app_root, resource_path

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "my": "မြန်မာ",
}
"""Language code → its own name (menus show it untranslated, so anyone can find their language)."""

SOURCE_LANGUAGE = "en"
CATALOGUE = "upgrading_explorer"
SETTINGS_KEY = "ui/language"
SOURCE_GLOBS = ("gui/*.py", "gui/views/*.py", "gui/controllers/*.py")
"""What lupdate reads (relative to the project folder)."""

_ORGANISATION = "Upgrading Explorer"  # as gui.settings_store (kept import-light here)
_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []

# Messages made outside gui/ (core's progress messages) and shown through the window's tr().
PROGRESS_MESSAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Recognising the questions"),
    QT_TRANSLATE_NOOP("MainWindow", "Building the survey"),
    QT_TRANSLATE_NOOP("MainWindow", "Looking for choices made before"),
    QT_TRANSLATE_NOOP("MainWindow", "Computing upgrading types and worker measures"),
)
_READING = QT_TRANSLATE_NOOP("MainWindow", "Reading {name}")


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.ts"


def qm_path(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.qm"


def available_languages() -> list[str]:
    """English plus every language with a catalogue (compiled, or a source to compile)."""
    found = [c for c in LANGUAGES if c != SOURCE_LANGUAGE
             and (qm_path(c).exists() or ts_path(c).exists())]
    return [SOURCE_LANGUAGE, *found]


def current_language() -> str:
    """The code of the language the interface is in now."""
    return _current


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _ORGANISATION,
                     _ORGANISATION)


def saved_language() -> str:
    """The language chosen last time ('en' when none, or when its catalogue is gone)."""
    code = str(_settings().value(SETTINGS_KEY, "") or "")
    return code if code in available_languages() else SOURCE_LANGUAGE


def save_language(code: str) -> None:
    settings = _settings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def _qt_catalogues(code: str) -> list[Path]:
    """Qt's own strings (dialog buttons, context menus): PySide6's qtbase_<code>.qm when it has
    one, else ours beside the app's catalogue (PySide6 ships no Vietnamese qtbase)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    out = []
    for folder in (qt_dir, translations_dir()):
        path = folder / f"qtbase_{code}.qm"
        if path.exists():
            out.append(path)
            break
    return out


def install_language(code: str, app: QCoreApplication | None = None) -> bool:
    """Make ``code`` the interface language for everything built from now on. False (and English)
    when its catalogue cannot be loaded."""
    global _current
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        _current = SOURCE_LANGUAGE
        return True
    ensure_compiled(code)
    translator = QTranslator(app)
    if not translator.load(str(qm_path(code))):
        log.warning("Could not load the %s interface catalogue %s", code, qm_path(code))
        _current = SOURCE_LANGUAGE
        return False
    for path in _qt_catalogues(code):
        qt_translator = QTranslator(app)
        if qt_translator.load(str(path)):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    app.installTranslator(translator)
    _installed.append(translator)
    _current = code
    return True


def progress_text(message: str) -> str:
    """A progress message from core ("Reading survey.xlsx") in the interface's language."""
    if message.startswith("Reading "):
        return QCoreApplication.translate("MainWindow", _READING).format(
            name=message.removeprefix("Reading "))
    return QCoreApplication.translate("MainWindow", message)


# -- the build step ------------------------------------------------------------------------------

def _tool(name: str) -> str | None:
    """pyside6-<name> beside the interpreter (a venv), on PATH, or PySide6's own binary."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    for candidate in (Path(PySide6.__file__).parent / name,
                      Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return None


def source_files(root: Path | None = None) -> list[Path]:
    root = root or app_root()
    return sorted(p for pattern in SOURCE_GLOBS for p in root.glob(pattern))


def lupdate(ts: Path, root: Path | None = None) -> None:
    """Extract every tr()/_tr()/translate()/QT_TR_NOOP string into ``ts`` (kept translations
    stay; vanished strings are dropped). A string that moved to another class (another
    context) keeps the translation it had: unfinished messages whose source text was
    translated before are filled in from it."""
    tool = _tool("lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate was not found")
    root = root or app_root()
    known = _translations(ts) if ts.exists() else {}
    files = [str(p.relative_to(root)) for p in source_files(root)]
    command = [tool, "-silent", "-no-obsolete", "-locations", "none",
               "-tr-function-alias", "tr+=_tr", *files, "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=root, capture_output=True)
    if _fill_moved(ts, known):
        subprocess.run(command, check=True, cwd=root, capture_output=True)  # lupdate's layout


def _translations(ts: Path) -> dict[str, str]:
    """Source text → its finished translation in a .ts file (any context)."""
    import xml.etree.ElementTree as ET

    out: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") is None:
            out.setdefault(message.findtext("source") or "", translation.text)
    return out


def _fill_moved(ts: Path, known: dict[str, str]) -> int:
    """Fill unfinished messages of ``ts`` from ``known`` translations; how many were filled."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" \
                and source in known:
            translation.text = known[source]
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def compile_catalogue(ts: Path, qm: Path | None = None) -> Path:
    tool = _tool("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease was not found")
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def compile_all() -> list[Path]:
    """Compile every ``.ts`` in resources/translations (ours and qtbase_<code>.ts)."""
    return [compile_catalogue(ts) for ts in sorted(translations_dir().glob("*.ts"))]


def ensure_compiled(code: str) -> None:
    """In a source checkout: rebuild the ``.qm`` files of ``code`` when missing or older than
    their ``.ts``. Quiet when it cannot (frozen app, read-only folder, no lrelease)."""
    if getattr(sys, "frozen", False) or os.environ.get("UPGRADING_EXPLORER_NO_LRELEASE"):
        return
    for ts in (ts_path(code), translations_dir() / f"qtbase_{code}.ts"):
        qm = ts.with_suffix(".qm")
        if not ts.exists():
            continue
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        try:
            compile_catalogue(ts, qm)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
            log.warning("Could not compile %s: %s", ts.name, error)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m gui.i18n",
                                     description="Update and compile the interface catalogues.")
    parser.add_argument("--update", action="store_true",
                        help="run pyside6-lupdate over gui/ into every upgrading_explorer_*.ts")
    parser.add_argument("--compile", action="store_true",
                        help="run pyside6-lrelease: every .ts in resources/translations → .qm")
    args = parser.parse_args(argv)
    if not (args.update or args.compile):
        parser.print_help()
        return 2
    if args.update:
        for code in LANGUAGES:
            if code != SOURCE_LANGUAGE and ts_path(code).exists():
                lupdate(ts_path(code))
                print(f"updated {ts_path(code)}")
    if args.compile:
        for qm in compile_all():
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
