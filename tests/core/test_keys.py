"""Keys and the firm–worker link found from the data (issue 11, pattern 1), the compound worker key
in validation, and `analyze` on workers that cannot be linked to a firm."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.cli.main import main as cli_main
from core.common.findings import Finding
from core.io.rawtable import RawTable
from core.model.keys import find_link, key_candidates, restarts_within
from core.model.study import Study, TableRef
from core.model.survey import build_survey


def _firms(data: dict, name: str = "Firms") -> RawTable:
    return RawTable(name, pd.DataFrame(data), header_row=1)


def _workers(data: dict, name: str = "Workers") -> RawTable:
    return RawTable(name, pd.DataFrame(data), header_row=1)


def _panel(n_firms: int, sizes: list[int], seed: int = 1) -> tuple[list[int], list[int]]:
    """Firm number of each worker and the worker's number 1..k inside the firm."""
    firm, number = [], []
    for f in range(n_firms):
        k = sizes[f % len(sizes)]
        firm += [f + 1] * k
        number += list(range(1, k + 1))
    return firm, number


def _codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


# ----------------------------------------------------------------------------- links
def test_named_link_is_confirmed_by_the_data_and_reported_with_its_match_rate():
    firms = _firms({"firm_id": ["F01", "F02", "F03"], "sector": ["a", "b", "a"]})
    workers = _workers({"worker_id": ["w1", "w2", "w3", "w4", "w5"],
                        "firm_id": ["F01", "F01", "F02", "F03", "F03"], "age": [20, 30, 40, 25, 33]})
    link = find_link(firms, workers, firm_named="firm_id", worker_named="firm_id",
                     worker_id_named="worker_id")
    assert (link.firm_column, link.worker_column) == ("firm_id", "firm_id")
    assert link.match_rate == 1.0 and link.n_orphans == 0 and link.firms_without_workers == 0
    assert link.worker_key == ("worker_id",)
    assert link.question is None and link.confidence > 0.8
    found = _codes(link.findings, "link_found")
    assert len(found) == 1 and "100 % of 5 worker rows" in found[0].message
    assert found[0].severity == "info"


def test_link_found_from_data_when_names_say_nothing_and_worker_numbers_restart():
    # 26 firms numbered 1..26; worker numbers 1..6 restart in each firm and ALSO fall inside
    # the firm numbers: the real link covers every firm, the worker number only the first six
    firm, number = _panel(26, [4, 6, 3, 5])
    rng = np.random.default_rng(3)
    firms = _firms({"v1": list(range(1, 27)), "v2": rng.integers(50, 900, 26),
                    "v3": rng.choice(["x", "y"], 26)})
    workers = _workers({"c1": firm, "c2": number, "c3": rng.integers(18, 60, len(firm))})
    link = find_link(firms, workers)
    assert (link.firm_column, link.worker_column) == ("v1", "c1")
    assert link.question is None
    assert link.worker_key == ("firm_id", "worker_id")
    assert link.worker_id_column == "c2"
    msg = _codes(link.findings, "link_found")[0].message
    assert "found from the data" in msg and "26 of 26 firms have workers" in msg


def test_vietnamese_stt_worker_numbers_are_not_taken_for_the_link():
    firm, number = _panel(26, [4, 6, 3, 5])
    firms = _firms({"id": list(range(1, 27)), "Ngành": ["Dệt may"] * 26})
    workers = _workers({"stt": number, "id": firm, "Tuổi": [30] * len(firm)},
                       name="Người lao động")
    # the name mapper proposed the wrong column: the data overrules it and says so
    link = find_link(firms, workers, firm_named="id", worker_named="stt")
    assert link.worker_column == "id"
    assert _codes(link.findings, "link_not_named")
    assert link.worker_key == ("firm_id", "worker_id") and link.worker_id_column == "stt"
    restart = _codes(link.findings, "worker_ids_restart")
    assert len(restart) == 1 and "stt" in restart[0].message and "26 firms" in restart[0].message


def test_kobo_repeat_group_links_by_index_and_parent_index():
    n = 12
    firms = _firms({"start": [f"2023-03-{d:02d}T08:00:00.000+07:00" for d in range(1, n + 1)],
                    "firm_info/country": ["Vietnam"] * n,
                    "_id": list(range(40211001, 40211001 + n)),
                    "_uuid": [f"3d0f202e-{i:04d}" for i in range(n)],
                    "_index": list(range(1, n + 1))}, name="Khảo sát doanh nghiệp")
    parent, _ = _panel(n, [3, 4, 2])
    workers = _workers({"workers/w_age": [20 + (i % 30) for i in range(len(parent))],
                        "_index": list(range(1, len(parent) + 1)),
                        "_parent_table_name": ["Khảo sát doanh nghiệp"] * len(parent),
                        "_parent_index": parent,
                        "_submission__id": [40211000 + p for p in parent],
                        "_submission__uuid": [f"3d0f202e-{p - 1:04d}" for p in parent]},
                       name="workers")
    link = find_link(firms, workers)
    assert (link.firm_column, link.worker_column) == ("_index", "_parent_index")
    # _submission__id / _submission__uuid link the same rows: one link, not a close call
    assert link.question is None
    assert "Kobo" in _codes(link.findings, "link_found")[0].message


def test_odk_repeat_group_links_by_key_and_parent_key():
    keys = [f"uuid:{i:08x}-73e2-4e49-ade6-16d94f73da76" for i in range(10)]
    firms = _firms({"SubmissionDate": pd.date_range("2023-03-01", periods=10),
                    "firm_info-country": ["Myanmar"] * 10,
                    "meta-instanceID": keys, "KEY": keys}, name="upgrading_mm")
    parent_keys, child_keys = [], []
    for i, k in enumerate(keys):
        for j in range(1, 2 + i % 4):
            parent_keys.append(k)
            child_keys.append(f"{k}/workers[{j}]")
    workers = _workers({"w_age": [30] * len(child_keys), "PARENT_KEY": parent_keys,
                        "KEY": child_keys}, name="upgrading_mm-workers")
    link = find_link(firms, workers)
    assert (link.firm_column, link.worker_column) == ("KEY", "PARENT_KEY")
    assert link.match_rate == 1.0 and link.question is None
    assert "ODK" in _codes(link.findings, "link_found")[0].message


def test_orphans_and_firms_without_workers_are_counted_with_rows_and_values():
    firms = _firms({"FactoryID": [f"G{i:03d}" for i in range(1, 21)]})
    link_col = [f"G{i:03d}" for i in range(1, 19) for _ in range(3)]  # G019, G020: no workers
    link_col[4] = "G950"
    link_col[10] = "G951"
    workers = _workers({"FactoryID": link_col, "No.": [1, 2, 3] * 18})
    link = find_link(firms, workers)
    assert link.worker_column == "FactoryID"
    assert link.n_orphans == 2 and link.orphan_examples == ["G950", "G951"]
    assert link.match_rate == pytest.approx(52 / 54, abs=1e-4)
    assert link.firms_without_workers == 2
    msg = _codes(link.findings, "link_found")[0].message
    # sheet rows as Excel shows them: header on row 1, data row 4 is sheet row 6
    assert "96 % of 54 worker rows" in msg and "rows 6, 12" in msg and '"G950"' in msg
    assert link.question is None  # 96 % is strong evidence


def test_weak_match_is_asked_not_silently_assumed():
    firms = _firms({"code": [f"E{i:02d}" for i in range(1, 11)]})
    values = [f"E{i:02d}" for i in range(1, 11) for _ in range(2)]
    for i in range(0, 20, 3):  # 7 of 20 rows point at no firm
        values[i] = f"X{i:02d}"
    workers = _workers({"company": values, "age": list(range(20, 40))})
    link = find_link(firms, workers)
    assert link.worker_column == "company" and link.match_rate == pytest.approx(0.65)
    q = link.question
    assert q is not None and q.id == "workers.firm_id" and q.role == "firm_id"
    assert q.text == "Which column links workers to their firm?"
    assert q.candidates[0].column == "company" and "65 %" in q.candidates[0].evidence
    assert q.candidates[-1].column is None
    assert "65 %" in q.why
    assert _codes(link.findings, "link_weak")[0].severity == "warning"
    assert link.confidence <= 0.6


def test_two_equally_good_columns_make_a_question_with_both_best_first():
    # shuffled rows, neutral names, both columns cover every firm: the data cannot decide
    rng = np.random.default_rng(7)
    a = np.repeat(np.arange(1, 9), 8)
    b = np.tile(np.arange(1, 9), 8)  # numbers 1..8 in each of 8 firms: covers all 8 firm IDs
    order = rng.permutation(len(a))
    firms = _firms({"k": list(range(1, 9)), "size": [120, 340, 80, 990, 45, 600, 230, 75]})
    workers = _workers({"p": a[order], "q": b[order]})
    link = find_link(firms, workers)
    q = link.question
    assert q is not None and "almost equally" in q.why
    cols = [c.column for c in q.candidates]
    assert set(cols[:2]) == {"p", "q"} and cols[-1] is None
    assert cols[0] == link.worker_column
    assert q.candidates[0].score >= q.candidates[1].score
    assert "100 % of 64 worker rows" in q.candidates[0].evidence
    assert link.confidence <= 0.6


def test_numbers_and_text_are_one_key_but_leading_zeros_stay():
    firms = _firms({"id": [12, 13, 14, 15]})
    workers = _workers({"firm": pd.Series([12.0, "12", 13, "13", 14.0, 15, 15], dtype=object)})
    link = find_link(firms, workers)
    assert link.worker_column == "firm" and link.match_rate == 1.0 and link.n_orphans == 0
    firms = _firms({"id": ["007", "008", "009"]})
    workers = _workers({"firm": pd.Series(["007", "007", 7, "008", 8, "009"], dtype=object)})
    link = find_link(firms, workers)
    assert link.worker_column == "firm"
    assert link.n_orphans == 2 and link.orphan_examples == ["7", "8"]
    assert link.match_rate == pytest.approx(4 / 6, abs=1e-4)


def test_no_matching_column_gives_no_link_and_a_plain_warning():
    firms = _firms({"id": ["A1", "A2", "A3"], "sector": ["x", "y", "x"]})
    workers = _workers({"gender": ["f", "m", "f", "m"], "age": [22, 31, 45, 28]})
    link = find_link(firms, workers)
    assert link.worker_column is None and link.match_rate == 0.0
    warn = _codes(link.findings, "no_link")
    assert len(warn) == 1 and warn[0].severity == "warning"
    assert "no firm link was found" in warn[0].message


def test_ages_that_fall_among_small_firm_numbers_are_not_taken_for_the_link():
    # firms numbered 1..60 and no link column: ages 18..45 all "fall inside" the firm numbers
    rng = np.random.default_rng(5)
    firms = _firms({"ID": list(range(1, 61)), "Sector": rng.choice([1, 2], 60)})
    workers = _workers({"Age": rng.integers(18, 46, 200), "Gender": rng.choice([1, 2], 200)})
    link = find_link(firms, workers)
    assert link.worker_column is None
    assert link.question is not None and link.question.candidates[0].column is None
    assert "Age" in [c.column for c in link.question.candidates]
    warn = _codes(link.findings, "no_link")
    assert len(warn) == 1 and "not taken as the link" in warn[0].message
    assert '"Age"' in warn[0].message


def test_names_without_data_support_are_kept_as_a_guess_and_asked():
    firms = _firms({"firm_id": ["VN001", "VN002", "VN003"]})
    workers = _workers({"firm_id": [1, 1, 2, 3, 3]})  # leading text lost in the worker file
    link = find_link(firms, workers, firm_named="firm_id", worker_named="firm_id")
    assert (link.firm_column, link.worker_column) == ("firm_id", "firm_id")
    assert link.match_rate == 0.0 and link.n_orphans == 5
    assert link.question is not None and "only the column names" in link.question.why
    assert _codes(link.findings, "link_weak")


def test_key_candidates_are_unique_non_missing_columns_best_first():
    t = _firms({"Country": ["VN", "VN", "TH", "TH"], "Sales": [1.5, 2.25, 3.0, 4.75],
                "Factory ID": ["G1", "G2", "G3", "G4"], "note": ["a", None, None, "d"],
                "Employees": [120, 3400, 75, 990]})
    cands = key_candidates(t)
    names = [c for c, _ in cands]
    assert names[0] == "Factory ID"
    assert "Country" not in names and "Sales" not in names and "note" not in names
    assert [s for _, s in cands] == sorted((s for _, s in cands), reverse=True)


def test_firm_only_table_gets_its_key_from_the_data():
    firms = _firms({"start": ["2023-01-01T08:00:00", "2023-01-02T08:00:00", "2023-01-03T09:00:00"],
                    "firm_info/firm_code": ["K01", "K02", "K03"], "sector": ["a", "a", "b"]})
    link = find_link(firms, None)
    assert link.firm_column == "firm_info/firm_code" and link.worker_column is None
    assert _codes(link.findings, "firm_key_found")


def test_worker_only_table_with_named_link_still_finds_restarting_numbers():
    firm, number = _panel(10, [3, 5])
    workers = _workers({"idstd": firm, "resp_no": number})
    link = find_link(None, workers, worker_named="idstd", worker_id_named="resp_no")
    assert link.worker_column == "idstd" and link.worker_key == ("firm_id", "worker_id")


def test_restarts_within_needs_repeats_across_firms_and_uniqueness_inside():
    firm = pd.Series(["a"] * 3 + ["b"] * 3 + ["c"] * 3)
    assert restarts_within(pd.Series([1, 2, 3] * 3), firm)
    assert not restarts_within(pd.Series(range(9)), firm)  # unique IDs: ordinary key
    assert not restarts_within(pd.Series([1, 1, 1, 2, 2, 2, 3, 3, 3]), firm)  # repeats inside


# ----------------------------------------------------------------------------- validation
def _survey(worker_ids: list, firm_of: list, inferred: list[Finding] | None = None):
    firms = RawTable("Firms", pd.DataFrame({"id": sorted(set(firm_of))}), header_row=1)
    workers = RawTable("Workers", pd.DataFrame({"fid": firm_of, "no": worker_ids}), header_row=1)
    study = Study(firms=TableRef(Path("x.xlsx"), "Firms", 1),
                  workers=TableRef(Path("x.xlsx"), "Workers", 1))
    study.roles = {"firms": {"firm_id": "id"}, "workers": {"firm_id": "fid", "worker_id": "no"}}
    study.inferred = list(inferred or [])
    return build_survey(study, {"firms": firms, "workers": workers})


def test_restarting_worker_numbers_are_not_duplicates_but_a_repeat_inside_a_firm_is():
    firm, number = _panel(5, [3, 4])
    s = _survey(number, firm)
    assert not _codes(s.findings, "duplicate_id")
    said = _codes(s.findings, "worker_ids_restart")
    assert len(said) == 1 and said[0].severity == "info" and "firm + worker" in said[0].message
    number[1] = 1  # firm 1 now has worker 1 twice (rows 2 and 3 of the sheet)
    s = _survey(number, firm)
    dups = _codes(s.findings, "duplicate_id")
    assert [d.row for d in dups] == [2, 3]
    assert 'worker "1" in firm "1"' in dups[0].message and "also on row 3" in dups[0].message


def test_restart_is_said_once_when_the_proposal_already_said_it():
    firm, number = _panel(5, [3, 4])
    told = Finding("info", "Worker numbers restart", "Workers", None, "no", "worker_ids_restart")
    s = _survey(number, firm, inferred=[told])
    assert _codes(s.findings, "worker_ids_restart") == [told]


def test_unique_worker_ids_with_a_real_duplicate_are_still_reported():
    firm = [1, 1, 2, 2, 3, 3]
    s = _survey(["w1", "w2", "w3", "w4", "w5", "w1"], firm)
    assert [d.row for d in _codes(s.findings, "duplicate_id")] == [2, 7]
    assert not _codes(s.findings, "worker_ids_restart")


# ----------------------------------------------------------------------------- analyze
def test_analyze_firm_and_worker_sheets_without_a_link_reports_what_it_can(tmp_path, capsys):
    book = tmp_path / "nolink.xlsx"
    firms = pd.DataFrame({"firm_id": ["A01", "A02", "A03", "A04"], "country": ["Vietnam"] * 4,
                          "sector": ["apparel"] * 4, "employees": [100, 200, 50, 80],
                          "new_product": ["yes", "no", "yes", "no"]})
    workers = pd.DataFrame({"gender": ["female", "male"] * 6, "age": [25, 30, 41, 22, 35, 29] * 2,
                            "monthly_wage": [5e6, 6e6, 5.5e6, 4.8e6, 7e6, 6.1e6] * 2,
                            "training": ["yes", "no"] * 6})
    with pd.ExcelWriter(book) as w:
        firms.to_excel(w, sheet_name="Firms", index=False)
        workers.to_excel(w, sheet_name="Workers", index=False)
    out = tmp_path / "x.json"
    rc = cli_main(["analyze", str(book), "--json", str(out)])
    err = capsys.readouterr().err
    assert rc == 0, err
    assert "Something went wrong" not in err
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["n_workers"] == 12 and res["n_firms"] == 4
    assert res["upgrading_summary"]["product"]["n_known"] == 4
    said = [w for w in res["warnings"] if "links workers to their firm" in w]
    assert len(said) == 1 and "12 workers are counted" in said[0]
    assert "firm-level comparisons" in said[0]
    assert not any("No workers in the subset" in w for w in res["warnings"])


def test_analyze_worker_only_csv_without_firms_never_crashes(tmp_path, capsys):
    csv = tmp_path / "workers.csv"
    csv.write_text("gender,age,wage,training\nfemale,25,5000000,yes\nmale,30,6000000,no\n"
                   "female,41,5500000,yes\nmale,22,4800000,no\nfemale,35,7000000,yes\n",
                   encoding="utf-8")
    out = tmp_path / "x.json"
    rc = cli_main(["analyze", str(csv), "--json", str(out)])
    err = capsys.readouterr().err
    assert "Something went wrong" not in err
    if rc == 0:  # reported what it could
        assert json.loads(out.read_text(encoding="utf-8"))["n_workers"] == 5
    else:  # refused as bad input, saying in plain words what is missing
        assert rc == 2 and "firm" in err and "Traceback" not in err


def test_a_worker_file_alone_reports_no_orphans(tmp_path):
    """No firm table: the workers' firm codes cannot be missing from it (no orphan warnings)."""
    from core.model.loading import open_data_file

    csv = tmp_path / "workers.csv"
    csv.write_text("firm_id,worker_id,gender,age\n1,1,female,25\n1,2,male,30\n2,1,female,41\n",
                   encoding="utf-8")
    survey = open_data_file(csv).survey
    assert survey.n_workers == 3
    assert not [f for f in survey.findings if f.code in ("orphan_worker", "orphan")]
    assert not [f for f in survey.findings if "not in the firm table" in f.message]
