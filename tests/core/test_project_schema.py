"""Typed validation of project files (issue #15 item 10): every mutated project is opened or
refused in plain words naming the key, never "Something went wrong inside"; NaN, Infinity and
deep nesting are refused. The whole mutation corpus through `analyze`: /tmp-style runs of
tests/core/project_mutations.py (269 of 1,734 crashed before this check, 0 after)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.common.errors import ProjectFileError, UserFacingError
from core.project.project_file import project_from_json, read_project
from core.project.schema import MAX_DEPTH, project_schema
from tests.core import project_mutations as M

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_survey.uex.json"


@pytest.fixture(scope="module")
def base() -> dict:
    return M.rich_project(json.loads(SAMPLE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mutated")
    shutil.copy(ROOT / "resources" / "sample_survey.xlsx", folder)
    return folder


def test_the_rich_project_is_valid(base, folder):
    project = project_from_json(base, folder / "p.uex.json")
    assert project.study.settings["min_firms"] == 3


def test_every_mutation_is_read_or_refused_in_plain_words(base, folder):
    """Reading only (fast): all 1,700+ mutations."""
    outcomes = {"ok": 0, "refused": 0}
    for name, data in M.mutations(base):
        path = M.write(folder / "p.uex.json", data)
        try:
            read_project(path)
            outcomes["ok"] += 1
        except UserFacingError as exc:
            assert exc.message and "Traceback" not in exc.message, name
            outcomes["refused"] += 1
        except Exception as exc:  # the finding: a crash
            pytest.fail(f"{name}: {type(exc).__name__}: {exc}")
    assert outcomes["refused"] > 300 and outcomes["ok"] > 300


@pytest.mark.parametrize("name", [
    "roles/firms = 2.5", "value_maps/firms/A2 = 0", "missing_codes/firms/B3a = None",
    "firms/sheet = 2.5", "settings/min_firms = nan", "settings/min_firms = inf",
    "settings/group_vars = None", "settings/outcomes/0 = []", "x_deep nested 600",
    "settings nested 5000", "x_deep nested 200000", "subset/firm_ranges/employees = 'x'",
    "views/state = 'x'", "comparison/b = 2.5",
])
def test_what_crashed_the_analysis_now_gets_an_answer(name, base, folder):
    """The mutations that gave "Something went wrong inside" before, through `analyze`."""
    data = next(d for n, d in M.mutations(base) if n == name)
    assert M.outcome(M.write(folder / "p.uex.json", data), analyse=True) != "crash", name


@pytest.mark.parametrize(("name", "words"), [
    ("roles/firms = 2.5", '"roles" → "firms" must be an object'),
    ("missing_codes/firms/B3a = 0", '"missing_codes" → "firms" → "B3a" must be a list'),
    ("settings/group_vars = None", '"settings" → "group_vars" must be a list [ … ], not null'),
    ("settings/outcomes/0 = []", '"settings" → "outcomes" → item 1 must be text'),
    ("settings/min_firms = -1", '"settings" → "min_firms" must be at least 0, not -1'),
    ("settings/min_firms = nan", 'NaN at "settings" → "min_firms"'),
    ("settings/few_firms = inf", 'Infinity at "settings" → "few_firms"'),
    ("x_deep nested 600", f"nested more than {MAX_DEPTH} levels deep"),
    ("x_deep nested 200000", f"nested more than {MAX_DEPTH} levels deep"),
])
def test_refusals_name_the_key(name, words, base, folder):
    data = next(d for n, d in M.mutations(base) if n == name)
    with pytest.raises(ProjectFileError) as info:
        read_project(M.write(folder / "p.uex.json", data))
    assert words in info.value.message
    assert "p.uex.json" in info.value.message


def test_the_settings_schema_follows_the_settings_dataclass():
    from dataclasses import fields

    from core.analysis.pipeline import AnalysisSettings

    settings = project_schema()["properties"]["settings"]["properties"]
    assert {f.name for f in fields(AnalysisSettings)} <= set(settings)
    assert settings["min_firms"]["type"] == "integer"
    assert settings["outcomes"]["anyOf"][0] == {"type": "array", "items": {"type": "string"}}
