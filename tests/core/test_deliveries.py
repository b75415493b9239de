"""Issue 11's "Done when", delivery by delivery: does the import understand surveys as teams send them?

Each delivery in tests/data/deliveries/ was rendered from one clean truth (tests/data/deliveries/
make_deliveries.py); ``<name>.expected.json`` says what must be found and ``truth/<name>.xlsx`` is the
same survey in the shape the app already reads. One test function per aspect (tables, counts, link,
roles, yes/no, missing codes, distinct categories, assumed values and units, analyze = truth), so a
failure names what is not understood. ``analyze`` runs in-process through the command's own
``run_analyze`` and only its JSON is compared: counts, shares and means, which no test of a
difference changes, so these runs skip the bootstrap and permutation tests (:func:`_untested`).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import io
import json
import math
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import pandas as pd
import pytest

from core.analysis import pipeline
from core.analysis.subset import apply_subset, parse_where
from core.cli.analyze import run_analyze
from core.cli.inspect_report import inspect_report, report_for
from core.common.errors import UserFacingError
from core.common.text import fold
from core.model.loading import LoadedSurvey
from core.project import opening
from core.project.opening import open_survey
from tests.fast_settings import NO_FEW_FIRM_TESTS

DELIVERIES = Path(__file__).resolve().parents[1] / "data" / "deliveries"
TOL = 1e-9


def _load_expected() -> list[dict[str, Any]]:
    out = []
    for p in sorted(DELIVERIES.glob("*.expected.json")) + sorted(
            (DELIVERIES / "real_forms").glob("*.expected.json")):
        exp = json.loads(p.read_text(encoding="utf-8"))
        exp["_id"] = p.name.removesuffix(".expected.json")
        out.append(exp)
    return out


EXPECTED = _load_expected()


def cases(*keys: str) -> list[Any]:
    """The deliveries whose expectation has every one of ``keys``, as pytest params."""
    return [pytest.param(e, id=e["_id"]) for e in EXPECTED if all(k in e for k in keys)]


# ============================================================================ cached runs
# Each file is opened once (opening is most of the time); inspect and analyze then see that one
# LoadedSurvey, exactly as `inspect_report` and `run_analyze` would after their own open_survey.
@functools.cache
def _open(path: str) -> LoadedSurvey | UserFacingError:
    try:
        return open_survey(DELIVERIES / path)
    except UserFacingError as exc:
        return exc


def loaded(path: str) -> LoadedSurvey:
    got = _open(path)
    if isinstance(got, UserFacingError):
        raise AssertionError(f"{path} does not open: {got.message}")
    return got


@functools.cache
def report(path: str) -> dict[str, Any]:
    """``inspect --json`` of the delivery."""
    if isinstance(_open(path), UserFacingError):
        return inspect_report(DELIVERIES / path)
    return report_for(loaded(path))


def _cached_open(path: Path | str, **_: Any) -> LoadedSurvey:
    got = _open(str(Path(path).relative_to(DELIVERIES)))
    if isinstance(got, UserFacingError):
        raise got
    return got


@contextlib.contextmanager
def _untested():
    """``analyze`` as it is, with :data:`NO_FEW_FIRM_TESTS` over the delivery's settings: the
    numbers compared here (counts, upgrading shares, group means) are the same either way."""
    real = pipeline._settings_rules

    def settings_rules(settings, rules):
        settings, rules = real(settings, rules)
        return dataclasses.replace(settings, **NO_FEW_FIRM_TESTS), rules

    with mock.patch.object(pipeline, "_settings_rules", settings_rules):
        yield


@functools.cache
def analyzed(path: str, where: tuple[str, ...] = ()) -> dict[str, Any] | str:
    """``analyze PATH --json`` as a dict, or the refusal's message (a UserFacingError is an answer;
    any other exception is a crash and propagates)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "results.json"
        args = argparse.Namespace(file=str(DELIVERIES / path), where=list(where), out=None, json=str(out))
        try:
            with contextlib.redirect_stdout(io.StringIO()), _untested(), \
                    mock.patch.object(opening, "open_survey", _cached_open):
                run_analyze(args)
        except UserFacingError as exc:
            return f"refused: {exc.message}"
        return json.loads(out.read_text(encoding="utf-8"))


def mapped(rep: dict[str, Any], side: str) -> dict[str, str]:
    return {r: v["column"] for r, v in rep.get("mapping", {}).get(side, {}).items()}


def same_column(actual: str | None, expected: str | list[str]) -> bool:
    """The column the import chose is the expected one: the same name, or the same name with a
    group prefix dropped (``firm_info/country`` → ``country``), a value appended (a multi-select
    split ``process-q12 machines``) or a header row's text joined to it."""
    if actual is None:
        return False
    a = fold(actual)
    for e in [expected] if isinstance(expected, str) else expected:
        f = fold(e)
        if not f:
            continue
        if a == f:
            return True
        if a.startswith(f) and not a[len(f)].isalnum():
            return True
        if f.endswith(a) and len(a) < len(f) and not f[-len(a) - 1].isalnum():
            return True
        if a.endswith(f) and not a[-len(f) - 1].isalnum():
            return True
    return False


# ============================================================================ aspects
@pytest.mark.parametrize("exp", cases("tables"))
def test_table_kinds_header_rows_and_row_counts(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    assert rep["loadable"], rep.get("message")
    found = {t["name"]: t for t in rep["tables"]}
    wrong = []
    for name, want in exp["tables"].items():
        got = found.get(name)
        if got is None:
            wrong.append(f"{name}: not found (tables: {sorted(found)})")
            continue
        for key in ("kind", "header_row", "n_rows"):
            if key in want and got.get(key) != want[key]:
                wrong.append(f"{name}.{key}: {got.get(key)!r}, expected {want[key]!r}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("exp", cases("file"))
def test_firm_and_worker_counts(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    assert rep["loadable"], rep.get("message")
    got = {k: rep.get(k) for k in ("n_firms", "n_workers") if k in exp}
    assert got == {k: exp[k] for k in got}, rep.get("message")


@pytest.mark.parametrize("exp", cases("link"))
def test_firm_worker_link(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    wrong = []
    for side, col in exp["link"].items():
        got = mapped(rep, side).get("firm_id")
        if not same_column(got, col):
            wrong.append(f"{side}: firm_id is {got!r}, expected {col!r}")
    assert not wrong, "; ".join(wrong)
    if "orphans" in exp:  # workers whose firm is not in the firm table: found, counted, kept
        survey = loaded(exp["file"]).survey
        firms = set(survey.firms["firm_id"].dropna())
        orphans = int((~survey.workers["firm_id"].isin(firms)).sum())
        assert orphans == exp["orphans"]
        assert any(f.code.startswith("orphan") for f in survey.findings), "orphans not reported"


@pytest.mark.parametrize("exp", cases("roles"))
def test_roles_found(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    wrong = []
    for side, roles in exp["roles"].items():
        got = mapped(rep, side)
        for r, col in roles.items():
            if not same_column(got.get(r), col):
                wrong.append(f"{side}.{r}: {got.get(r)!r}, expected {col!r}")
    assert not wrong, f"{len(wrong)} role(s) not found: " + "; ".join(wrong)


@pytest.mark.parametrize("exp", cases("not_roles"))
def test_metadata_columns_are_not_questions(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    wrong = [f"{side}.{r} ← {c}" for side, cols in exp["not_roles"].items()
             for r, c in mapped(rep, side).items() if any(fold(c) == fold(m) for m in cols)]
    assert not wrong, "metadata taken for a question: " + "; ".join(wrong)


def _frame(path: str, side: str) -> pd.DataFrame:
    s = loaded(path).survey
    return s.firms if side == "firms" else s.workers


def _tally(values: pd.Series) -> dict[str, int]:
    return {str(k): int(v) for k, v in values.astype(object).where(values.notna(), "<NA>")
            .value_counts().items()}


@pytest.mark.parametrize("exp", cases("yes_no", "truth"))
def test_yes_no_answers(exp: dict[str, Any]) -> None:
    wrong = []
    for side, roles in exp["yes_no"].items():
        got, truth = _frame(exp["file"], side), _frame(exp["truth"], side)
        for r in roles:
            if r not in got.columns:
                wrong.append(f"{side}.{r}: not in the survey")
                continue
            if str(got[r].dtype) != "boolean":
                wrong.append(f"{side}.{r}: dtype {got[r].dtype}, expected boolean")
                continue
            if _tally(got[r]) != _tally(truth[r]):
                wrong.append(f"{side}.{r}: {_tally(got[r])}, truth {_tally(truth[r])}")
    assert not wrong, "; ".join(wrong)


def _codes(values: list[Any]) -> set[float | str]:
    out: set[float | str] = set()
    for v in values:
        try:
            out.add(float(v))
        except (TypeError, ValueError):
            out.add(str(v))
    return out


@pytest.mark.parametrize("exp", cases("missing_codes"))
def test_missing_codes(exp: dict[str, Any]) -> None:
    rep = report(exp["file"])
    found = rep.get("missing_codes", {})
    wrong = []
    for side, cols in exp["missing_codes"].items():
        have = found.get(side, {})
        for col, codes in cols.items():
            key = next((c for c in have if same_column(c, col)), None)
            got = _codes(have.get(key, [])) if key else set()
            if not _codes(codes) <= got:
                wrong.append(f"{side}.{col}: {sorted(map(str, got))}, expected {codes}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("exp", cases("distinct", "truth"))
def test_distinct_categories_stay_distinct(exp: dict[str, Any]) -> None:
    """Values that differ by a symbol (≥ / <) are different answers: as many categories, with the
    same counts, as in the truth."""
    wrong = []
    for side, roles in exp["distinct"].items():
        got, truth = _frame(exp["file"], side), _frame(exp["truth"], side)
        for r, values in roles.items():
            if r not in got.columns:
                wrong.append(f"{side}.{r}: not in the survey")
                continue
            g = sorted(_tally(got[r]).values())
            t = sorted(_tally(truth[r]).values())
            if g != t:
                wrong.append(f"{side}.{r}: counts {_tally(got[r])}, truth {_tally(truth[r])} "
                             f"({' and '.join(values)} must stay apart)")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("exp", cases("assumed"))
def test_values_assumed_from_names(exp: dict[str, Any]) -> None:
    study = loaded(exp["file"]).study
    for side, values in exp["assumed"].items():
        assert {r: study.assumed_values.get(side, {}).get(r) for r in values} == values


@pytest.mark.parametrize("exp", cases("unit_scale"))
def test_units_from_names(exp: dict[str, Any]) -> None:
    study = loaded(exp["file"]).study
    wrong = []
    for side, cols in exp["unit_scale"].items():
        have = study.unit_scale.get(side, {})
        for col, scale in cols.items():
            key = next((c for c in have if same_column(c, col)), None)
            if key is None or have[key] != scale:
                wrong.append(f"{side}.{col}: {have}, expected ×{scale}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("exp", cases("dropped_rows"))
def test_dropped_rows_are_reported(exp: dict[str, Any]) -> None:
    findings = loaded(exp["file"]).survey.findings
    wrong = []
    for table, n in exp["dropped_rows"].items():
        if not any(f.table == table and str(n) in f.message and "row" in f.message.lower()
                   for f in findings):
            wrong.append(f"{table}: no finding says {n} row(s) were left out")
    assert not wrong, "; ".join(wrong)


def _same_numbers(got: dict[str, Any] | str, want: dict[str, Any] | str, *,
                  extra_allowed: bool = False) -> list[str]:
    """What differs; ``extra_allowed``: rows ``got`` has beyond ``want`` are not a difference
    (a hand-written project names only the roles the expectation lists)."""
    if isinstance(want, str):  # the truth itself is refused (e.g. a worker file alone)
        return [] if isinstance(got, str) else [f"analysed, but the truth was {want}"]
    if isinstance(got, str):
        return [got]
    wrong = [f"{k}: {got[k]}, truth {want[k]}" for k in ("n_firms", "n_workers") if got[k] != want[k]]
    gs, ws = got["upgrading_summary"], want["upgrading_summary"]
    if set(gs) != set(ws):
        wrong.append(f"upgrading types {sorted(gs)}, truth {sorted(ws)}")
    for t in set(gs) & set(ws):
        a, b = gs[t]["share"], ws[t]["share"]
        if (a is None) != (b is None) or (a is not None and abs(a - b) > TOL):
            wrong.append(f"{t} share {a}, truth {b}")

    def keyed(res: dict[str, Any]) -> dict[tuple[str, str, str], Any]:
        return {(c["outcome"], c["group_var"], str(c["group"])): c["mean"] for c in res["comparisons"]}

    gc, wc = keyed(got), keyed(want)
    if set(gc) != set(wc) and not (extra_allowed and set(wc) <= set(gc)):
        wrong.append(f"comparison rows missing {sorted(set(wc) - set(gc))[:6]}, extra "
                     f"{sorted(set(gc) - set(wc))[:6]}")
    for k in set(gc) & set(wc):
        a, b = gc[k], wc[k]
        if (a is None) != (b is None) or (a is not None and not math.isclose(a, b, rel_tol=TOL,
                                                                           abs_tol=TOL)):
            wrong.append(f"{'/'.join(k)} mean {a}, truth {b}")
    return wrong


@pytest.mark.parametrize("exp", cases("truth"))
def test_analyze_equals_truth(exp: dict[str, Any]) -> None:
    wrong = _same_numbers(analyzed(exp["file"]), analyzed(exp["truth"]))
    assert not wrong, f"{len(wrong)} difference(s): " + "; ".join(wrong[:12])


@pytest.mark.parametrize("exp", cases("truth", "where"))
def test_where_country_selects_as_in_truth(exp: dict[str, Any]) -> None:
    """``--where country=Vietnam`` keeps the same firms and workers whatever the delivery calls
    Vietnam ("Viet Nam", "VN", "Việt Nam", "Vietnam2023", a code with a label)."""
    def selected(path: str) -> tuple[int, int] | str:
        s = loaded(path).survey
        try:
            masks = apply_subset(s.firms, s.workers, parse_where([exp["where"]], s.firms, s.workers))
        except UserFacingError as exc:
            return f"refused: {exc.message}"
        return masks.n_firms, masks.n_workers

    want = selected(exp["truth"])
    assert isinstance(want, tuple) and want[0] > 0, want
    assert selected(exp["file"]) == want


def test_corpus_is_small_and_complete() -> None:
    """Every delivery has its file and truth; the folder stays small enough to ship in the repo."""
    for exp in EXPECTED:
        assert (DELIVERIES / exp["file"]).is_file(), exp["file"]
        if "truth" in exp:
            assert (DELIVERIES / exp["truth"]).is_file(), exp["truth"]
        assert (DELIVERIES / exp["file"]).stat().st_size < 200_000, exp["file"]
    total = sum(p.stat().st_size for p in DELIVERIES.rglob("*") if p.is_file())
    assert total < 3_000_000
    assert len([e for e in EXPECTED if "truth" in e]) >= 16


def _hand_written_project(exp: dict[str, Any], folder: Path) -> Path | None:
    """The project a researcher would write for the delivery from its expectation alone: which
    sheet is which, the roles, the missing codes, the pay period and unit the names imply.
    None when the delivery has to be restructured first (no sheet is simply firms/workers)."""
    data = DELIVERIES / exp["file"]
    sheets = {t["kind"]: (name, t.get("header_row")) for name, t in exp.get("tables", {}).items()}
    if "firms" not in sheets or "workers" not in sheets or "roles" not in exp:
        return None
    in_book = data.suffix.lower() in (".xlsx", ".ods", ".zip")
    project: dict[str, Any] = {"format": "upgrading-explorer-project", "version": 1}
    for side in ("firms", "workers"):
        name, header_row = sheets[side]
        entry: dict[str, Any] = {"path": str(data)}
        if in_book:
            entry["sheet"] = name
        if header_row is not None:
            entry["header_row"] = header_row
        project[side] = entry
    project["roles"] = {side: {r: (c if isinstance(c, str) else c[0])
                               for r, c in exp["roles"].get(side, {}).items()}
                        for side in ("firms", "workers")}
    project["missing_codes"] = {s: exp.get("missing_codes", {}).get(s, {})
                                for s in ("firms", "workers")}
    project["value_maps"] = {"firms": {}, "workers": {}}
    for key, part in (("assumed_values", "assumed"), ("unit_scale", "unit_scale")):
        if part in exp:
            project[key] = {s: exp[part].get(s, {}) for s in ("firms", "workers")}
    path = folder / f"{exp['_id']}.uex.json"
    path.write_text(json.dumps(project, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("exp", cases("truth", "roles"))
def test_analyze_equals_a_hand_written_project(exp: dict[str, Any], tmp_path: Path) -> None:
    """Issue 11: `analyze FILE` with no project gives the numbers a hand-written project gives."""
    project = _hand_written_project(exp, tmp_path)
    if project is None:
        pytest.skip("the delivery is restructured before its tables are firms and workers")
    out = tmp_path / "project.json"
    args = argparse.Namespace(file=str(project), where=[], out=None, json=str(out))
    with contextlib.redirect_stdout(io.StringIO()), _untested():
        run_analyze(args)
    by_hand = json.loads(out.read_text(encoding="utf-8"))
    wrong = _same_numbers(analyzed(exp["file"]), by_hand, extra_allowed=True)
    assert not wrong, f"{len(wrong)} difference(s): " + "; ".join(wrong[:12])


@pytest.mark.parametrize("exp", cases("questions"))
def test_weak_evidence_is_asked_not_guessed(exp: dict[str, Any]) -> None:
    """Issue 11: where the data does not settle it, inspect lists a plain question with the best
    guess first, and analyze says what it assumed."""
    rep = report(exp["file"])
    asked = {q["id"]: q for q in rep["questions"]}
    for qid, guess in exp["questions"].items():
        assert qid in asked, f"no question {qid}; asked {sorted(asked)}"
        q = asked[qid]
        assert q["text"].endswith("?") and q["why"]
        assert same_column(q["assumed"], guess), q
        assert len(q["candidates"]) >= 2 and q["candidates"][0]["evidence"]
    res = analyzed(exp["file"])
    assert isinstance(res, dict), res
    assert any(w.startswith("Assumed") for w in res["warnings"][:len(exp["questions"])])


def test_a_project_saved_before_the_question_was_answered_still_asks_it(tmp_path: Path) -> None:
    """Saving does not answer a question: the reopened project lists it and analyze warns."""
    import shutil

    from core.project.project_file import project_from_loaded, save_project

    data = tmp_path / "vn_ambiguous_link.xlsx"
    shutil.copy(DELIVERIES / data.name, data)
    project = tmp_path / "p.uex.json"
    save_project(project_from_loaded(open_survey(data), project), project)
    reopened = open_survey(project)
    assert [q.id for q in reopened.study.questions] == ["workers.firm_id"]
    out = tmp_path / "r.json"
    with contextlib.redirect_stdout(io.StringIO()):
        run_analyze(argparse.Namespace(file=str(project), where=[], out=None, json=str(out)))
    warnings = json.loads(out.read_text(encoding="utf-8"))["warnings"]
    assert warnings[0].startswith('Assumed "Mã DN" links workers to their firm')
