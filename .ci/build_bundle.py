"""Build Upgrading Explorer as a one-folder app with PyInstaller (Windows, macOS, Linux).

    python .ci/build_bundle.py                  # with this interpreter (e.g. the project's .venv)
    python .ci/build_bundle.py --venv .venv-bundle   # in a fresh build venv (created if missing)

Steps: install the runtime dependencies and the pinned PyInstaller (pyproject.toml, optional group
``bundle``) unless ``--no-install``; run PyInstaller on ``.ci/upgrading_explorer.spec``; then smoke
test the result unless ``--no-smoke``: ``--selftest`` on the bundled sample with the offscreen Qt
platform, ``inspect`` and ``analyze`` on a copy of the sample. Output: ``dist/UpgradingExplorer/``
(+ ``dist/UpgradingExplorer.app`` on macOS); PyInstaller's work files go to ``build/pyinstaller``.
Builds for the platform it runs on only (PyInstaller does not cross-compile).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / ".ci" / "upgrading_explorer.spec"
NAME = "UpgradingExplorer"
SELFTEST_OK = "selftest: ok"


def requirements() -> list[str]:
    """The app's pinned runtime dependencies plus the pinned ``bundle`` group."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["bundle"]]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    """Run a command, echoing it; on failure print its captured output and stop."""
    print("+", " ".join(str(c) for c in cmd), flush=True)
    done = subprocess.run([str(c) for c in cmd], check=False, **kwargs)
    if done.returncode != 0:
        for stream in (done.stdout, done.stderr):
            if stream:
                print(stream, file=sys.stderr)
        sys.exit(f"failed with exit code {done.returncode}: {cmd[0]}")
    return done


def install(python: Path) -> None:
    run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *requirements()])


def executable(dist: Path) -> Path:
    """The program to smoke-test: on Windows the console twin (a windowed exe has no stdout)."""
    folder = dist / NAME
    if os.name == "nt":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_test(dist: Path) -> None:
    """The bundle opens the sample in the window (offscreen) and runs the headless commands."""
    exe = executable(dist)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="uex-smoke-") as tmp:
        home = Path(tmp, "home")  # keep the test's settings, log and autosave out of the user's
        home.mkdir()
        env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home),
                   LOCALAPPDATA=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"))
        out = run([exe, "--selftest"], env=env, capture_output=True, text=True, timeout=300)
        print(out.stdout.strip())
        if SELFTEST_OK not in out.stdout:
            sys.exit(f"smoke test failed: no {SELFTEST_OK!r} line\n{out.stderr}")
        copy = Path(tmp, "resources-copy")
        for name in ("sample_survey.xlsx", "sample_survey.uex.json"):
            copy.mkdir(exist_ok=True)
            shutil.copy(ROOT / "resources" / name, copy / name)
        out = run([exe, "inspect", copy / "sample_survey.xlsx"], env=env, capture_output=True,
                  text=True, timeout=300)
        print("\n".join(out.stdout.strip().splitlines()[:3]), "...")
        out = run([exe, "analyze", copy / "sample_survey.uex.json", "--out", Path(tmp, "r.xlsx"),
                   "--json", Path(tmp, "r.json")], env=env, capture_output=True, text=True,
                  timeout=300)
        if not Path(tmp, "r.xlsx").is_file() or not Path(tmp, "r.json").is_file():
            sys.exit("smoke test failed: analyze wrote no results")
        print("analyze: results workbook and JSON written")
    print("smoke test passed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, metavar="DIR",
                        help="build in this venv (created with the running Python if missing) "
                             "instead of the running interpreter")
    parser.add_argument("--no-install", action="store_true",
                        help="do not pip-install; the interpreter already has the app's "
                             "dependencies and PyInstaller")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder [dist]")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller work folder [build/pyinstaller]")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--log-level", default="WARN", help="PyInstaller log level [WARN]")
    args = parser.parse_args(argv)

    python = Path(sys.executable)
    if args.venv is not None:
        folder = args.venv.resolve()
        if not venv_python(folder).exists():
            print(f"creating the build venv {folder}", flush=True)
            venv.create(folder, with_pip=True)
        python = venv_python(folder)
    if not args.no_install:
        install(python)

    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    run([python, "-m", "PyInstaller", "--noconfirm", f"--log-level={args.log_level}",
         f"--distpath={dist}", f"--workpath={work}", *(["--clean"] if args.clean else []), SPEC],
        cwd=ROOT)
    seconds = time.monotonic() - started
    size = folder_size(dist / NAME)
    print(f"built {dist / NAME} in {seconds:.0f} s: {size / 2**20:.0f} MiB, "
          f"{sum(1 for p in (dist / NAME).rglob('*') if p.is_file())} files")
    if sys.platform == "darwin":
        print(f"macOS app bundle: {dist / (NAME + '.app')}")
    if not args.no_smoke:
        smoke_test(dist)
    return 0


if __name__ == "__main__":
    sys.exit(main())
