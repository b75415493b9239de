"""Remembered analyses (core.analysis.result_memo, issue 14): a repeat of the same request is
served from memory, identical to a fresh run and never shared with another caller; any change
of what the analysis reads is computed afresh."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from core.analysis import result_memo
from core.analysis.pipeline import AnalysisSettings, run_analysis
from core.analysis.rules import default_rules
from core.analysis.subset import Subset
from core.project.opening import open_survey

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
FAST = {"bootstrap_draws": 199, "outcomes": ["training"]}
"""Settings for the tests that run many analyses: one outcome, few draws (0.8 s, not 2.7 s)."""


@pytest.fixture(scope="module")
def frames():
    survey = open_survey(SAMPLE).survey
    return survey.firms, survey.workers


@pytest.fixture(autouse=True)
def empty_memo():
    result_memo.clear()
    yield
    result_memo.clear()


def _json(result) -> str:
    return json.dumps(result.to_json(), sort_keys=True, allow_nan=False)


def _hits() -> int:
    return result_memo.counts()["hits"]


def test_a_repeat_is_served_from_memory_identical_and_unshared(frames):
    firms, workers = frames
    subset = Subset(firms={"sector": ["electronics"]})
    first = run_analysis(firms, workers, subset=subset)
    hits = _hits()
    second = run_analysis(firms, workers, subset=subset.to_json())  # the same, as JSON
    assert _hits() == hits + 1
    assert second is not first and second.workers is not first.workers
    with result_memo.disabled():
        fresh = run_analysis(firms, workers, subset=subset)
    assert _json(second) == _json(first) == _json(fresh)

    first.comparisons.loc[:, "diff"] = 0.0  # a caller changing its result...
    first.warnings.append("changed by a caller")
    third = run_analysis(firms, workers, subset=subset)
    assert _json(third) == _json(fresh)  # ...changes no later one


def test_every_input_the_analysis_reads_is_part_of_the_key(frames, tmp_path):
    firms, workers = frames
    fast = AnalysisSettings(**FAST)
    base = run_analysis(firms, workers, settings=fast)
    hits = _hits()
    rules = default_rules()
    rules["types"]["chain"]["any"][1]["value"] = 25
    table = tmp_path / "minimum_wages.csv"
    shutil.copy(Path(__file__).resolve().parents[2] / "resources" / "minimum_wages.csv", table)
    as_text, as_number = workers.copy(), workers.copy()
    as_text.loc[as_text.index[0], "worker_id"] = "1"
    as_number.loc[as_number.index[0], "worker_id"] = 1  # equal as text: a different cell
    changed = workers.copy()
    changed.loc[changed.index[0], "pay_amount"] = changed["pay_amount"].iloc[0] * 10
    variants = {
        "a cell's value": dict(workers=changed),
        "a cell's text": dict(workers=as_text),
        "a cell's type": dict(workers=as_number),
        "the rules": dict(rules=rules),
        "the subset": dict(subset=Subset(firms={"country": ["Vietnam"]})),
        "subset B": dict(subset_b=Subset(firms={"country": ["Vietnam"]})),
        "the settings": dict(settings=AnalysisSettings(**FAST, min_workers=20)),
        "the minimum-wage table": dict(
            settings=AnalysisSettings(**FAST, minimum_wage_table=str(table))),
        "the view choices": dict(views={"outcomes": {"outcome": "training"}}),
        "the quick pass": dict(provisional=True),
    }
    for what, change in variants.items():
        arguments = dict(workers=workers, settings=fast) | change
        run_analysis(firms, **arguments)
        assert _hits() == hits, f"{what} changed and the remembered result was served"
        run_analysis(firms, **arguments)
        assert _hits() == hits + 1, f"{what}: the same request again was computed afresh"
        hits += 1
    assert _json(run_analysis(firms, workers, settings=fast)) == _json(base)


def test_a_minimum_wage_table_edited_on_disk_is_read_again(frames, tmp_path):
    firms, workers = frames
    table = tmp_path / "minimum_wages.csv"
    shutil.copy(Path(__file__).resolve().parents[2] / "resources" / "minimum_wages.csv", table)
    settings = AnalysisSettings(**FAST, minimum_wage_table=str(table))
    run_analysis(firms, workers, settings=settings)
    hits = _hits()
    lines = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")  # one country left
    stat = table.stat()
    os.utime(table, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    edited = run_analysis(firms, workers, settings=settings)
    assert _hits() == hits
    with result_memo.disabled():
        assert _json(edited) == _json(run_analysis(firms, workers, settings=settings))


def test_large_surveys_and_a_disabled_memo_are_not_remembered(frames, monkeypatch):
    firms, workers = frames
    monkeypatch.setattr(result_memo, "MAX_CELLS", firms.size + workers.size - 1)
    hits, fast = _hits(), AnalysisSettings(**FAST)
    run_analysis(firms, workers, settings=fast)
    run_analysis(firms, workers, settings=fast)
    assert result_memo.counts()["entries"] == 0 and _hits() == hits
    monkeypatch.undo()
    with result_memo.disabled():
        run_analysis(firms, workers, settings=fast)
    assert result_memo.counts()["entries"] == 0
