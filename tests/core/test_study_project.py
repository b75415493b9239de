"""A study in project files (format v1 of DESIGN.md): round trip, unknown keys kept, clear errors;
and remembered import reviews (core.project.import_memory), written with the same atomic writer and
read back through the one project-file API."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

import core.common.jsonfile as jsonfile
from core.common.errors import ProjectFileError
from core.model.loading import open_with_study
from core.model.study import Study, study_from_json, study_to_json
from core.project.import_memory import (
    forget_import,
    memory_path,
    recall_import,
    remember_import,
)
from core.project.opening import open_survey
from core.project.project_file import Project, read_project, save_project

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SHA = "ab" * 32
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
    study = read_project(src).study
    assert study.firms.path == tmp_path / "survey.xlsx"
    assert study.roles["workers"]["pay_amount"] == "H11B"
    assert study.extra == {"my_notes": {"keep": [1, 2]}}
    out = tmp_path / "sub" / "q.uex.json"
    out.parent.mkdir()
    save_project(Project(study=study), out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["firms"]["path"] == "../survey.xlsx"
    assert written["my_notes"] == {"keep": [1, 2]}
    again = read_project(out).study
    assert again.roles == study.roles and again.missing_codes == study.missing_codes
    assert again.value_maps == study.value_maps
    assert again.firms.path.resolve() == study.firms.path.resolve()


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
        study_from_json(broken, tmp_path / "p.uex.json")
    assert words in info.value.message


def test_invalid_json_names_line_and_column(tmp_path):
    p = tmp_path / "bad.uex.json"
    p.write_text('{"format": "upgrading-explorer-project",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        read_project(p)
    assert "line 2" in info.value.message


# ----------------------------------------------------------------------------- import memory
@pytest.fixture
def survey_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data" / "my survey.xlsx"
    target.parent.mkdir()
    shutil.copy(RESOURCES / "sample_survey.xlsx", target)
    return target


def test_a_remembered_review_is_recalled_for_the_file_where_it_is_now(tmp_path, survey_copy):
    loaded = open_survey(survey_copy)
    loaded.study.roles["firms"].pop("region")  # the person's edit in the review
    memory = tmp_path / "choices"
    written = remember_import(loaded, memory, SHA)
    assert written == memory / f"{SHA}.uex.json" == memory_path(memory, SHA)
    assert [p.name for p in memory.iterdir()] == [written.name]  # no temp file left
    moved = tmp_path / "moved" / "renamed.xlsx"
    moved.parent.mkdir()
    shutil.move(survey_copy, moved)
    study = recall_import(memory, SHA, data_path=moved)
    assert isinstance(study, Study)
    assert "region" not in study.roles["firms"] and study.roles["firms"]["firm_id"] == "A1"
    assert study.confidence["firms"]["firm_id"] == 1.0  # every role counts as a person's
    assert study.firms.path == moved and study.firms.sheet == "Firms"
    assert study.workers.header_row == loaded.study.workers.header_row
    again = open_with_study(study)  # and it opens the moved file
    assert again.survey.n_firms == 280 and "region" not in again.survey.firms.columns


def test_a_study_can_be_remembered_directly_and_forgotten(tmp_path, survey_copy):
    study = open_survey(survey_copy).study
    remember_import(study, tmp_path, SHA)
    assert recall_import(tmp_path, SHA).firms.path == survey_copy
    assert forget_import(tmp_path, SHA) and not forget_import(tmp_path, SHA)
    assert recall_import(tmp_path, SHA) is None


@pytest.mark.parametrize("folder, sha", [(None, SHA), ("x", None), ("x", ""),
                                         ("x", "../../etc/passwd"), ("x", "cd" * 32)])
def test_nothing_to_recall_is_none(tmp_path, folder, sha):
    assert recall_import(tmp_path / folder if folder else None, sha) is None


def test_a_damaged_memory_is_forgotten_not_an_error(tmp_path):
    memory_path(tmp_path, SHA).write_text('{"format": "upgrading-explorer-project", "version": 1,',
                                          encoding="utf-8")
    assert recall_import(tmp_path, SHA) is None
    memory_path(tmp_path, SHA).write_text(json.dumps({**DESIGN_EXAMPLE, "roles": 3}),
                                          encoding="utf-8")
    assert recall_import(tmp_path, SHA) is None


def test_remembering_is_atomic_and_fsyncs_the_file_and_its_folder(tmp_path, survey_copy,
                                                                  monkeypatch):
    kinds: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        kinds.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    study = open_survey(survey_copy).study
    monkeypatch.setattr(jsonfile.os, "fsync", fsync)
    remember_import(study, tmp_path / "choices", SHA)
    assert kinds == (["file"] if os.name == "nt" else ["file", "folder"])


def test_memories_written_by_earlier_builds_are_still_recalled(tmp_path, survey_copy):
    """Earlier builds wrote the bare study (core.model.study.save_project): no data_files, paths
    relative to the memory folder, non-ASCII kept."""
    study = open_survey(survey_copy).study
    target = tmp_path / "choices" / f"{SHA}.uex.json"
    target.parent.mkdir()
    target.write_text(json.dumps(study_to_json(study, target), ensure_ascii=False, indent=2),
                      encoding="utf-8")
    recalled = recall_import(tmp_path / "choices", SHA, data_path=survey_copy)
    assert recalled.roles == study.roles and recalled.value_maps == study.value_maps
    assert recalled.missing_codes == study.missing_codes and recalled.firms.path == survey_copy
    assert recall_import(tmp_path / "choices", SHA).firms.path == survey_copy  # as recorded


def tmp_path_of(loaded) -> Path:
    return Path(loaded.sources[0].path).parent / "project.uex.json"


def _same_survey(a, b) -> None:
    import pandas.testing as pdt

    pdt.assert_frame_equal(a.survey.firms, b.survey.firms)
    pdt.assert_frame_equal(a.survey.workers, b.survey.workers)
    where = tmp_path_of(a)
    assert study_to_json(a.study, where) == study_to_json(b.study, where)
    assert a.kinds == b.kinds
    assert [t.name for s in a.sources for t in s.tables] == \
        [t.name for s in b.sources for t in s.tables]


def test_a_reviewed_file_opens_with_its_remembered_study_without_a_proposal_first(
        tmp_path, survey_copy, monkeypatch):
    import core.model.loading as loading
    from core.io.readers import read_source

    first = open_survey(survey_copy)
    first.study.roles["firms"].pop("region")  # the person's edit in the review
    memory = tmp_path / "choices"
    sha = first.sources[0].sha256
    remember_import(first, memory, sha)
    # the way it opened before: proposal first, then the remembered study on the same sources
    before = open_survey(survey_copy)
    old = open_with_study(recall_import(memory, sha, survey_copy), sources=before.sources)

    proposed = []
    real = loading.propose_study
    monkeypatch.setattr(loading, "propose_study",
                        lambda *a, **k: proposed.append(1) or real(*a, **k))
    asked = []

    def recall(source):
        asked.append(source.sha256)
        return recall_import(memory, source.sha256, source.path)

    recalled = open_survey(survey_copy, recall=recall)
    assert asked == [read_source(survey_copy).sha256] and proposed == []
    assert recalled.recalled and not old.recalled
    assert "region" not in recalled.survey.firms.columns
    _same_survey(recalled, old)


def test_a_remembered_study_that_no_longer_fits_opens_the_file_as_proposed(tmp_path,
                                                                         survey_copy):
    proposed = open_survey(survey_copy)
    stale = open_survey(survey_copy).study
    stale.workers.sheet = "Sheet that was renamed"
    recalled = open_survey(survey_copy, recall=lambda source: stale)
    assert not recalled.recalled  # the review is due again
    _same_survey(recalled, proposed)
