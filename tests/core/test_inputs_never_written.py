"""The user's data files are never written: open, analyse, save the project, export the results
workbook and JSON, then every input file has the same SHA-256, size and modification time, and no
stray file (lock, temp, cache) appeared beside them."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from core.analysis.pipeline import run_analysis
from core.export.results_export import write_results_json, write_results_xlsx
from core.project.opening import open_survey
from core.project.project_file import open_project, project_from_loaded, save_project
from tests.fast_settings import NO_FEW_FIRM_TESTS

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _state(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    data = tmp_path / "data"
    data.mkdir()
    xlsx = shutil.copy(RESOURCES / "sample_survey.xlsx", data / "survey.xlsx")
    project = data / "survey.uex.json"
    project.write_text((RESOURCES / "sample_survey.uex.json").read_text(encoding="utf-8")
                       .replace("sample_survey.xlsx", "survey.xlsx"), encoding="utf-8")
    workers = pd.read_excel(xlsx, sheet_name="Workers", header=2, engine="calamine")
    firms = pd.read_excel(xlsx, sheet_name="Firms", header=2, engine="calamine")
    csv = data / "firms.csv"
    firms.to_csv(csv, index=False)
    dta = data / "workers.dta"
    workers.select_dtypes("number").to_stata(dta, write_index=False)
    paths = {"xlsx": Path(xlsx), "project": project, "csv": csv, "dta": dta}
    old = time.time() - 3600  # an hour ago, so a rewrite within the test would show
    for p in paths.values():
        os.utime(p, (old, old))
    return paths


def _analyse_and_export(loaded, out: Path, tag: str) -> None:
    study = loaded.study
    if "firm_id" not in loaded.survey.firms.columns:  # a worker file alone: nothing to analyse
        loaded.survey.workers.to_csv(out / f"{tag}.csv")
        return
    # no bootstrap or permutation test (80% of a run): this test is about files, not p-values
    settings = {**(study.settings or {}), **NO_FEW_FIRM_TESTS}
    result = run_analysis(loaded.survey.firms, loaded.survey.workers, rules=study.rules,
                          subset=study.subset, settings=settings)
    write_results_xlsx(result, out / f"{tag}.xlsx", about={"source": tag})
    write_results_json(result, out / f"{tag}.json")


def test_open_analyse_save_export_never_touches_the_inputs(inputs, tmp_path):
    before = {name: _state(p) for name, p in inputs.items()}
    data_folder = inputs["xlsx"].parent
    listing = sorted(p.name for p in data_folder.iterdir())
    out = tmp_path / "out"
    out.mkdir()

    opened = open_project(inputs["project"])  # the project's own path
    _analyse_and_export(opened.loaded, out, "project")
    opened.project.study.subset = {"firms": {"country": ["Vietnam"]}}
    save_project(opened.project, out / "saved.uex.json")  # Save as, elsewhere

    again = open_project(out / "saved.uex.json")  # reopened from the saved copy
    assert again.changed_files == []
    _analyse_and_export(again.loaded, out, "again")

    for name in ("xlsx", "csv", "dta"):  # a data file opened directly, then saved as a project
        loaded = open_survey(inputs[name])
        _analyse_and_export(loaded, out, name)
        save_project(project_from_loaded(loaded), out / f"{name}.uex.json")
        open_project(out / f"{name}.uex.json")

    assert {name: _state(p) for name, p in inputs.items()} == before
    assert sorted(p.name for p in data_folder.iterdir()) == listing
