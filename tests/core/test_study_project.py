"""Project files (format v1 of DESIGN.md): round trip, unknown keys kept, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.common.errors import ProjectFileError
from core.model.study import load_project, save_project, study_from_project

DESIGN_EXAMPLE = {
    "format": "upgrading-explorer-project", "version": 1,
    "firms": {"path": "survey.xlsx", "sheet": "Firms", "header_row": 1},
    "workers": {"path": "survey.xlsx", "sheet": "Workers", "header_row": 1},
    "roles": {"firms": {"firm_id": "Q1", "sector": "Q3"},
              "workers": {"firm_id": "FID", "pay_amount": "H11B"}},
    "missing_codes": {"firms": {"Q10": [98, 99]}, "workers": {}},
    "value_maps": {"firms": {"Q3": {"1": "apparel", "2": "electronics"}}, "workers": {}},
    "rules": None, "subset": {}, "settings": {},
}


def test_design_example_round_trips_exactly(tmp_path: Path):
    src = tmp_path / "p.uex.json"
    src.write_text(json.dumps({**DESIGN_EXAMPLE, "my_notes": {"keep": [1, 2]}}), encoding="utf-8")
    study = load_project(src)
    assert study.firms.path == tmp_path / "survey.xlsx"
    assert study.roles["workers"]["pay_amount"] == "H11B"
    assert study.extra == {"my_notes": {"keep": [1, 2]}}
    out = tmp_path / "sub" / "q.uex.json"
    out.parent.mkdir()
    save_project(study, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["firms"]["path"] == "../survey.xlsx"
    assert written["my_notes"] == {"keep": [1, 2]}
    again = load_project(out)
    assert again.roles == study.roles and again.missing_codes == study.missing_codes
    assert again.value_maps == study.value_maps and again.firms.path.resolve() == study.firms.path.resolve()


@pytest.mark.parametrize("broken, words", [
    ({"format": "something-else"}, "not an Upgrading Explorer project"),
    ({**DESIGN_EXAMPLE, "version": 99}, "version 99"),
    ({**DESIGN_EXAMPLE, "roles": {"firms": {"no_such_role": "Q1"}, "workers": {}}}, "no_such_role"),
    ({**DESIGN_EXAMPLE, "firms": {"sheet": "x"}}, '"firms" must be an object with a "path"'),
    ({**DESIGN_EXAMPLE, "firms": {"path": "a.xlsx", "header_row": 0}}, "header_row"),
    ({**DESIGN_EXAMPLE, "firms": None, "workers": None}, "neither a firm table nor a worker table"),
])
def test_malformed_projects_give_clear_messages(tmp_path, broken, words):
    with pytest.raises(ProjectFileError) as info:
        study_from_project(broken, tmp_path / "p.uex.json")
    assert words in info.value.message


def test_invalid_json_names_line_and_column(tmp_path):
    p = tmp_path / "bad.uex.json"
    p.write_text('{"format": "upgrading-explorer-project",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(p)
    assert "line 2" in info.value.message
