"""`python main.py --selftest`: the real program starts, shows the sample survey, exits 0.
This is the check an installed or bundled build runs on a machine without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_selftest_opens_the_sample_and_exits_zero(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"),
           "UPGRADING_EXPLORER_DATA_DIR": str(tmp_path / "appdata")}
    out = subprocess.run([sys.executable, str(REPO / "main.py"), "--selftest"], env=env,
                         capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "selftest: ok (280 firms, 802 workers shown)" in out.stdout
    assert "Traceback" not in out.stderr


def test_selftest_fails_on_a_file_that_cannot_be_opened(tmp_path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"),
           "UPGRADING_EXPLORER_DATA_DIR": str(tmp_path / "appdata")}
    out = subprocess.run([sys.executable, str(REPO / "main.py"), str(bad), "--selftest"],
                         env=env, capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert out.returncode == 1
