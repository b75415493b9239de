"""The import rules of pyproject.toml ([tool.importlinter]) hold: core never imports Qt or gui, each
core layer imports only the layers below it, no cycle inside a core package, views never import the
window. A contract that breaks fails here with import-linter's own report of the offending chain."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports() -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("lint-imports")
    command = [str(exe)] if exe.exists() else [shutil.which("lint-imports") or "lint-imports"]
    return subprocess.run([*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_every_import_contract_is_kept() -> None:
    run = _lint_imports()
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout
    assert run.stdout.count(" KEPT") >= 4


def test_a_layer_violation_is_caught(tmp_path: Path) -> None:
    """The contracts can fail: a copy of core where the model layer imports the project layer."""
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "core", copy / "core")
    shutil.copytree(ROOT / "gui", copy / "gui")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    loading = copy / "core" / "model" / "loading.py"
    loading.write_text(loading.read_text() + "\n\ndef _late():\n    from core.project import opening\n")
    exe = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(exe), "--no-cache"], cwd=copy, capture_output=True, text=True,
                         timeout=300, env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert run.returncode != 0
    assert "core layers import only the layers below them BROKEN" in run.stdout
