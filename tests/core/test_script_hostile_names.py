"""No code from data (issue 15): an exported script holds every user-supplied text — the survey's
folder and file name, the subset's values, rule values — as data. Each hostile name below is
written into a script, the script is run, and nothing it carries may run: the payload's marker file
never appears, and every script runs to the end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.analysis.rules import default_rules
from core.analysis.subset import Subset
from core.export.script_export import analysis_script, write_analysis_script
from tests.fast_settings import NO_FEW_FIRM_TESTS

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources"
MARKER = "PWNED"


def payloads() -> list[str]:
    """Texts that would run code, or break the script, if pasted into Python source raw."""
    code = f'open("{MARKER}", "w").write("x")'
    return [
        f'x"""; {code}; """',           # ends a docstring
        f"x'''; {code}; '''",
        f'x"; {code}; "',                # ends a string
        f"x'); {code}; ('",
        f"x\\\"; {code}; #",             # backslash before a quote
        "x\\N{foo}y",                   # a bad \N{} escape: a SyntaxError in a plain string
        "ends with a backslash\\",
        f"line\n{code}\n#",              # a line break
        f"sep\u2028{code}\u2029#",       # Unicode line and paragraph separators
        "{survey} {{}} {0}",             # format braces
        "\x0b\x0c tabs\tand\rreturns",
    ]


def run(script: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          cwd=script.parent, timeout=180)



RUN = (0, 2, 5, 7, 8)
"""Payloads run as folder and script names (a docstring end, a string end, a bad escape, a line
break, U+2028); every payload rides in each script's subset, and all are parsed below."""


@pytest.mark.slow
def test_every_exported_script_runs_and_no_payload_fires(tmp_path):
    every = payloads()
    for i in RUN:
        text = every[i]
        # names a file system accepts (no "/" or NUL; "\n" and "\r" are allowed on Linux)
        folder_name = text.replace("/", "_")
        if os.name == "nt":
            folder_name = "".join(c if c not in '<>:"/\\|?*\n\r\t\x0b\x0c' else "_"
                                  for c in folder_name)
        folder = tmp_path / f"{i} {folder_name}"
        folder.mkdir()
        for name in ("sample_survey.uex.json", "sample_survey.xlsx"):
            shutil.copy(SAMPLE_DIR / name, folder / name)
        rules = default_rules()
        rules["types"]["chain"]["any"][1]["value"] = 25
        script = write_analysis_script(
            folder / f"{folder_name} analysis.py", folder / "sample_survey.uex.json",
            subset=Subset(firms={"country": ["Vietnam", *every]}), rules=rules,
            settings=NO_FEW_FIRM_TESTS)  # no p-value is looked at
        done = run(script)
        assert done.returncode == 0, (text, done.stderr[-2000:])
        assert "Subset:" in done.stdout
        assert not (folder / MARKER).exists(), text
        assert not list(folder.glob(".*.tmp")), "a temp file was left beside the script"


def test_hostile_texts_stay_inside_their_literals():
    """The same without running: the script parses, and the payload code is no statement of it."""
    import ast

    for text in payloads():
        source = analysis_script(Path("/nowhere") / text / "s.uex.json",
                                 subset=Subset(firms={"country": [text]}))
        tree = ast.parse(source)
        calls = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call)]
        assert not any(MARKER in c for c in calls), text


def test_nan_and_infinity_in_settings_do_not_break_the_script():
    source = analysis_script(SAMPLE_DIR / "sample_survey.uex.json",
                             rules={**default_rules(), "note": float("nan")})
    compile(source, "s.py", "exec")
    assert "nan" not in source.split("RULES = ", 1)[1].split("\n", 1)[0].lower()


def test_analyze_writes_the_same_script_headless(tmp_path, capsys):
    from core.cli.main import main

    script = tmp_path / "again.py"
    assert main(["analyze", str(SAMPLE_DIR / "sample_survey.uex.json"), "--where",
                 "country=Vietnam", "--script", str(script)]) == 0
    assert f"Written: {script}" in capsys.readouterr().out
    text = script.read_text(encoding="utf-8")
    assert "SUBSET = {'firms': {'country': ['Vietnam']}" in text
    compile(text, str(script), "exec")
