"""`python main.py inspect` on a workbook nobody here wrote: title rows, a codebook, coded answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def make_unseen_workbook(path: Path) -> None:
    """A survey laid out the way a partner team might: Vietnamese sheet names, a title block,
    question codes with the question text in a codebook sheet, coded answers, two orphan workers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Doanh nghiep"
    ws.append(["Khảo sát doanh nghiệp 2023"])
    ws.append(["Dữ liệu đã làm sạch, phiên bản 2"])
    ws.append([])
    ws.append(["MADN", "C1", "C2", "C5", "C6", "C9"])
    for i in range(1, 13):
        ws.append([f"{i:03d}", 1, 1 if i % 2 else 2, i % 2 + 1, 98 if i == 4 else (1 if i % 3 else 2),
                   120 + 10 * i])
    ws2 = wb.create_sheet("Nguoi lao dong")
    ws2.append(["Khảo sát người lao động 2023"])
    ws2.append([])
    ws2.append(["MANLD", "MADN", "B1", "B2", "B7"])
    for j in range(1, 31):
        firm = f"{(j % 12) + 1:03d}" if j <= 28 else "099"
        ws2.append([f"W{j:03d}", firm, 1 if j % 3 else 2, 20 + j, 6_000_000 + 50_000 * j])
    cb = wb.create_sheet("Codebook")
    cb.append(["Sheet", "Variable", "Question", "Code", "Code label"])
    rows = [
        ("Doanh nghiep", "MADN", "Mã doanh nghiệp", None, None),
        ("Doanh nghiep", "C1", "Quốc gia", 1, "Việt Nam"),
        ("Doanh nghiep", "C2", "Ngành", 1, "May mặc"), (None, None, None, 2, "Điện tử"),
        ("Doanh nghiep", "C5", "Trong 3 năm qua, doanh nghiệp có đầu tư máy móc mới không?", 1, "Có"),
        (None, None, None, 2, "Không"),
        ("Doanh nghiep", "C6", "Doanh nghiệp có đưa ra sản phẩm mới không?", 1, "Có"),
        (None, None, None, 2, "Không"), (None, None, None, 98, "Không biết"),
        ("Doanh nghiep", "C9", "Tổng số lao động", None, None),
        ("Nguoi lao dong", "MANLD", "Mã người lao động", None, None),
        ("Nguoi lao dong", "MADN", "Mã doanh nghiệp", None, None),
        ("Nguoi lao dong", "B1", "Giới tính", 1, "Nữ"), (None, None, None, 2, "Nam"),
        ("Nguoi lao dong", "B2", "Tuổi", None, None),
        ("Nguoi lao dong", "B7", "Tiền lương tháng (đồng)", None, None),
    ]
    for r in rows:
        cb.append(list(r))
    wb.save(path)


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("unseen") / "khao_sat.xlsx"
    make_unseen_workbook(path)
    return path


def test_inspect_finds_tables_header_rows_links_and_orphans(unseen):
    before = unseen.read_bytes()
    out = _run("inspect", str(unseen), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["loadable"] is True
    tables = {t["name"]: t for t in report["tables"]}
    assert tables["Doanh nghiep"]["kind"] == "firms"
    assert tables["Nguoi lao dong"]["kind"] == "workers"
    assert tables["Codebook"]["kind"] == "codebook"
    assert (tables["Doanh nghiep"]["header_row"], tables["Doanh nghiep"]["n_rows"]) == (4, 12)
    assert (tables["Nguoi lao dong"]["header_row"], tables["Nguoi lao dong"]["n_rows"]) == (3, 30)
    assert tables["Doanh nghiep"]["n_columns"] == 6
    firms, workers = report["mapping"]["firms"], report["mapping"]["workers"]
    assert firms["firm_id"]["column"] == "MADN" and workers["firm_id"]["column"] == "MADN"
    assert workers["worker_id"]["column"] == "MANLD"
    assert firms["sector"]["column"] == "C2"
    assert firms["new_machinery"]["column"] == "C5"
    assert firms["new_product"]["column"] == "C6"
    assert workers["gender"]["column"] == "B1"
    assert workers["pay_amount"]["column"] == "B7"
    assert all(0 < m["confidence"] <= 1 for m in (*firms.values(), *workers.values()))
    orphans = [f for f in report["validation"] if f["code"] == "orphan_worker"]
    assert [(f["table"], f["row"], f["column"]) for f in orphans] == [
        ("Nguoi lao dong", 32, "MADN"), ("Nguoi lao dong", 33, "MADN")]
    assert report["missing_codes"]["firms"]["C6"] == [98]
    assert unseen.read_bytes() == before  # the user's file is never written


def test_inspect_text_report_is_readable(unseen):
    out = _run("inspect", str(unseen))
    assert out.returncode == 0
    assert "firm_id" in out.stdout and "Nguoi lao dong" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


@pytest.mark.parametrize("content, name", [
    (b"", "empty.xlsx"),
    (b"PK\x03\x04 truncated zip", "broken.xlsx"),
    (bytes(range(256)) * 8, "garbage.dta"),
])
def test_unreadable_files_exit_2_with_one_paragraph(tmp_path, content, name):
    p = tmp_path / name
    p.write_bytes(content)
    out = _run("inspect", str(p), "--json")
    assert out.returncode == 2
    report = json.loads(out.stdout)
    assert report["loadable"] is False and report["message"]
    assert "Traceback" not in out.stdout + out.stderr
    plain = _run("inspect", str(p))
    assert plain.returncode == 2 and "\n" not in plain.stdout.strip()


def test_missing_file_exit_2(tmp_path):
    out = _run("inspect", str(tmp_path / "nope.xlsx"))
    assert out.returncode == 2 and "does not exist" in out.stdout


def test_stata_and_spss_questionnaires_keep_labels_and_user_missing(tmp_path):
    """One file per questionnaire: roles are found from variable labels alone (codes as names),
    value labels become the shown values, SPSS user-missing codes are proposed as missing."""
    import pandas as pd
    import pyreadstat

    firms = pd.DataFrame({"q1": ["001", "002", "003"], "q2": [1.0, 2.0, 1.0], "q3": [1.0, 2.0, 9.0]})
    pyreadstat.write_dta(firms, tmp_path / "firms.dta",
                         column_labels=["Firm ID", "Sector", "Invested in new machinery"],
                         variable_value_labels={"q2": {1: "Garments", 2: "Electronics"},
                                                "q3": {1: "Yes", 2: "No", 9: "Don't know"}})
    workers = pd.DataFrame({"v1": ["a", "b", "c", "d"], "v2": ["001", "001", "002", "004"],
                            "v3": [1.0, 2.0, 2.0, 1.0], "v4": [1.0, 2.0, 98.0, 1.0]})
    pyreadstat.write_sav(workers, tmp_path / "workers.sav",
                         column_labels=["Respondent ID", "Firm ID", "Gender",
                                        "Received training in the last 12 months"],
                         variable_value_labels={"v3": {1: "Female", 2: "Male"},
                                                "v4": {1: "Yes", 2: "No", 98: "Refused"}},
                         missing_ranges={"v4": [98]})
    project = tmp_path / "study.uex.json"
    project.write_text(json.dumps({
        "format": "upgrading-explorer-project", "version": 1,
        "firms": {"path": "firms.dta"}, "workers": {"path": "workers.sav"},
        "roles": {"firms": {"firm_id": "q1", "sector": "q2", "new_machinery": "q3"},
                  "workers": {"worker_id": "v1", "firm_id": "v2", "gender": "v3", "training": "v4"}},
        "missing_codes": {"firms": {"q3": [9]}, "workers": {}},
        "value_maps": {"firms": {"q2": {"1": "apparel", "2": "electronics"}}, "workers": {}},
        "rules": None, "subset": {}, "settings": {}}), encoding="utf-8")

    firm_report = json.loads(_run("inspect", str(tmp_path / "firms.dta"), "--json").stdout)
    mapping = firm_report["mapping"]["firms"]
    assert {r: m["column"] for r, m in mapping.items()} == {
        "firm_id": "q1", "sector": "q2", "new_machinery": "q3"}
    assert firm_report["missing_codes"]["firms"] == {"q3": [9]}

    worker_report = json.loads(_run("inspect", str(tmp_path / "workers.sav"), "--json").stdout)
    wmap = {r: m["column"] for r, m in worker_report["mapping"]["workers"].items()}
    assert wmap == {"worker_id": "v1", "firm_id": "v2", "gender": "v3", "training": "v4"}
    assert worker_report["missing_codes"]["workers"]["v4"] == [98]

    out = _run("inspect", str(project), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert (report["n_firms"], report["n_workers"]) == (3, 4)
    assert {t["kind"] for t in report["tables"]} == {"firms", "workers"}
    orphans = [f for f in report["validation"] if f["code"] == "orphan_worker"]
    assert [(f["table"], f["row"]) for f in orphans] == [("workers", 4)]

    from core.project.opening import open_survey

    survey = open_survey(project).survey
    assert survey.firms["sector"].tolist() == ["apparel", "electronics", "apparel"]
    assert survey.firms["new_machinery"].tolist() == [True, False, pd.NA]
    assert survey.workers["gender"].tolist() == ["female", "male", "male", "female"]
    assert survey.workers["training"].tolist() == [True, False, pd.NA, True]


# ----------------------------------------------------------------------------- questions
@pytest.fixture
def asked(tmp_path):
    """The small review workbook with the questions a proposal asks when it is not sure."""
    from core.project.opening import open_survey
    from tests.core.test_study_edit import ask, write_small_workbook

    path = write_small_workbook(tmp_path / "asked.xlsx")
    loaded = ask(open_survey(path), period=True)
    loaded.study.assumed_values["workers"]["pay_period"] = "month"
    loaded.study.unit_scale["workers"]["pay_amount"] = 1000.0
    return path, loaded


def test_inspect_lists_questions_inferences_and_assumptions(asked):
    from core.cli.inspect_report import format_text, report_for

    _path, loaded = asked
    report = report_for(loaded)
    json.dumps(report)  # JSON as it is
    assert [q["id"] for q in report["questions"]] == [
        "workers.firm_id", "workers.skill_group", "workers.pay_period"]
    link = report["questions"][0]
    assert link["assumed"] == "firm_id" and link["candidates"][0]["score"] == 0.61
    assert report["questions"][2]["assumed"] == "month"
    codes = [f["code"] for f in report["inferred"]]
    assert "rows_dropped" in codes and "spelling_merged" in codes
    assert report["assumed_values"]["workers"] == {"pay_period": "month"}
    assert report["unit_scale"]["workers"] == {"pay_amount": 1000.0}
    text = format_text(report)
    assert text.startswith("Questions to answer before you trust the numbers (3;")
    first = text.index("Which column links workers to their firm?")
    assert first < text.index("10 firms") < text.index("What was assumed or changed")
    assert 'assumed now: "firm_id" — 61 % of 30 worker rows match a firm' in text
    assert "workers: pay_period = month" in text and "pay_amount × 1000" in text


def test_inspect_json_of_a_file_has_the_new_keys(unseen):
    report = json.loads(_run("inspect", str(unseen), "--json").stdout)
    assert isinstance(report["questions"], list) and isinstance(report["inferred"], list)
    assert set(report["assumed_values"]) == set(report["unit_scale"]) == {"firms", "workers"}
    assert any(f["code"] == "reader_note" for f in report["inferred"])  # the title rows
    broken = json.loads(_run("inspect", str(REPO / "main.py"), "--json").stdout)
    assert broken["questions"] == [] and broken["inferred"] == []


def test_analyze_warns_of_every_open_question(asked, tmp_path, monkeypatch, capsys):
    import argparse

    import core.project.opening
    from core.cli.analyze import run_analyze

    path, loaded = asked
    monkeypatch.setattr(core.project.opening, "open_survey", lambda _p: loaded)
    out = tmp_path / "results.json"
    args = argparse.Namespace(file=str(path), where=[], out=None, json=str(out))
    assert run_analyze(args) == 0
    warnings = json.loads(out.read_text(encoding="utf-8"))["warnings"]
    link = ('Assumed "firm_id" links workers to their firm (61 % of 30 worker rows match a '
            'firm); if that is wrong, open the file in the app and answer the question in the '
            'import review')
    assert warnings[0] == link
    assert warnings[1].startswith('Assumed "skill_group" is the ')
    assert warnings[2].startswith('Assumed pay period is "month" for every worker')
    assert f"Note: {link}" in capsys.readouterr().out
