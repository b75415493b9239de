"""A survey nobody on the team has seen, for the independent check of `analyze` (issue 3).

``make_unseen_survey(folder)`` draws ~60 firms (Vietnam and Thailand, apparel and electronics) and
~250 workers from a fixed seed and writes them three ways:

- ``unseen_survey.xlsx``: a firm sheet (a title row above the English, question-like headers) and a
  worker sheet, answers as text ("Yes", "No", "Don't know", blanks), spelling variants ("Viet Nam",
  "Garments"), IDs with leading zeros, some amounts as text with thousands separators;
- ``unseen_firms.dta`` (Stata, coded answers with value labels, "don't know" = 8) and
  ``unseen_workers.sav`` (SPSS, value labels, "don't know" = 98 declared user-missing for training);
- ``unseen_survey.uex.json``: a project file (format v1, relative paths) naming the roles, missing codes
  and value maps for the .dta/.sav pair.

It also returns the *truth*: canonical firm and worker frames (roles as columns, yes/no as pandas
nullable booleans, "don't know" and blanks as missing) that the test recomputes DOMAIN.md's rules on.
Roles deliberately absent: cad_erp, line_reorganisation, certification_new, product_complexity_up,
rnd_added, own_brand_added, new_export_market, export_stopped (a condition on a role the survey lacks is
left out). The firms' highest types are planned so that most comparison groups pass the disclosure
thresholds while the chain group (2 firms, few workers) is suppressed; a few firms have all their
process items blank or "Don't know" and nothing else true, so their highest type is unknown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20_240_611
DK = "Don't know"

PROCESS_ITEMS = ("new_machinery", "new_process", "automation")
YESNO_FIRM = (*PROCESS_ITEMS, "new_product", "design_added", "sector_changed", "new_buyer",
              "certification_lost")
YESNO_WORKER = ("training", "promoted", "social_insurance", "injury", "cba_covered",
                "union_comfortable", "suggestion_heard")

# role → workbook header (what a researcher would plausibly type)
FIRM_HEADERS = {
    "firm_id": "Firm ID",
    "country": "Country",
    "sector": "Sector",
    "region": "Region",
    "employees": "Number of employees",
    "new_machinery": "New machinery",
    "new_process": "New process",
    "automation": "Automation",
    "new_product": "New product",
    "unit_price_change_pct": "Unit price change %",
    "stage_now": "Stage now",
    "stage_before": "Stage before",
    "design_added": "Design added",
    "sector_changed": "Sector changed",
    "new_sector_sales_share": "New sector sales share %",
    "new_buyer": "New buyer",
    "price_setting_now": "Price setting now",
    "price_setting_before": "Price setting before",
    "certification_lost": "Certification lost",
}
WORKER_HEADERS = {
    "worker_id": "Worker ID",
    "firm_id": "Firm ID",
    "gender": "Gender",
    "skill_group": "Skill group",
    "contract": "Contract type",
    "pay_amount": "Pay amount",
    "pay_period": "Pay period",
    "hours_per_week": "Hours per week",
    "training": "Training",
    "promoted": "Promoted",
    "social_insurance": "Social insurance",
    "injury": "Injury",
    "cba_covered": "Collective agreement",
    "union_comfortable": "Comfortable approaching the union",
    "suggestion_heard": "Suggestions heard",
}

# Stata / SPSS variable names, with the question text as variable label
FIRM_VARS = {
    "firm_id": "idfirm", "country": "a1", "sector": "a2", "region": "a3", "employees": "a4",
    "new_machinery": "c1", "new_process": "c2", "automation": "c3", "new_product": "d1",
    "unit_price_change_pct": "d3", "stage_now": "e1a", "stage_before": "e1b", "design_added": "e2",
    "sector_changed": "f1", "new_sector_sales_share": "f2", "new_buyer": "b5",
    "price_setting_now": "b3a", "price_setting_before": "b3b", "certification_lost": "c6b",
}
WORKER_VARS = {
    "worker_id": "wid", "firm_id": "wfirm", "gender": "w2", "skill_group": "w5", "contract": "w6",
    "pay_amount": "w8a", "pay_period": "w8b", "hours_per_week": "w9", "training": "w10",
    "promoted": "w11", "social_insurance": "w12", "injury": "w20", "cba_covered": "w15",
    "union_comfortable": "w16", "suggestion_heard": "w19",
}

COUNTRY_CODES = {"Vietnam": 1, "Thailand": 2}
SECTOR_CODES = {"apparel": 1, "electronics": 2}
GENDER_CODES = {"female": 1, "male": 2}
SKILL_CODES = {"production": 1, "technician": 2, "supervisor": 3, "manager": 4}
CONTRACT_CODES = {"indefinite": 1, "fixed_term": 2, "probation": 3, "none": 4}
PERIOD_CODES = {"month": 1, "fortnight": 2, "week": 3, "day": 4, "hour": 5, "piece": 6}

RANK = ("none", "process", "product", "functional", "chain")
# (country, sector) → planned highest type counts (15 firms each); "unknown" = process items all
# missing and nothing true
PLAN = {
    ("Vietnam", "apparel"): {"none": 5, "process": 5, "product": 2, "functional": 1, "unknown": 2},
    ("Vietnam", "electronics"): {"none": 3, "process": 4, "product": 3, "functional": 2, "chain": 1,
                                 "unknown": 2},
    ("Thailand", "apparel"): {"none": 5, "process": 5, "product": 2, "functional": 1, "unknown": 2},
    ("Thailand", "electronics"): {"none": 3, "process": 4, "product": 2, "functional": 4,
                                  "chain": 1, "unknown": 1},
}
REGIONS = {"Vietnam": ["Region I", "Region II", "Region III", "Region IV"],
           "Thailand": ["Bangkok", "Chonburi", "Chiang Mai", "Lamphun"]}  # Lamphun: country default


@dataclass
class UnseenSurvey:
    firms: pd.DataFrame
    workers: pd.DataFrame
    workbook: Path
    project: Path
    dta: Path
    sav: Path


# ------------------------------------------------------------------------------------ conditions
def _conditions(rng: np.random.Generator, n: int, state: str) -> list[bool | None]:
    """n condition values for one type: 'true' (≥1 true), 'false' (≥1 false, none true),
    'unknown' (all missing) or 'free' (any of the three)."""
    if state == "free":
        state = rng.choice(["true", "false", "unknown"], p=[0.45, 0.45, 0.10])
    if state == "unknown":
        return [None] * n
    if state == "false":
        out: list[bool | None] = [None if rng.random() < 0.25 else False for _ in range(n)]
        out[int(rng.integers(n))] = False
        return out
    out = [rng.choice([True, False, None], p=[0.4, 0.45, 0.15]) for _ in range(n)]
    out = [None if v is None else bool(v) for v in out]
    out[int(rng.integers(n))] = True
    return out


def _states(target: str, rng: np.random.Generator, process_unknown: bool) -> dict[str, str]:
    if target == "none":
        return dict.fromkeys(RANK[1:], "false")
    if target == "unknown":
        return {"process": "unknown", "product": "false", "functional": "false", "chain": "false"}
    level = RANK.index(target)
    states = {}
    for i, t in enumerate(RANK[1:], start=1):
        states[t] = "true" if i == level else ("false" if i > level else "free")
    if process_unknown:
        states["process"] = "unknown"
    return states


def _firms_truth(rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    i = 0
    n_product_process_unknown = 0
    forced_share_ten = False
    for (country, sector), plan in PLAN.items():
        targets = [t for t, k in plan.items() for _ in range(k)]
        rng.shuffle(targets)
        for target in targets:
            i += 1
            process_unknown = False
            if target == "product" and n_product_process_unknown < 2:
                process_unknown = True  # unknown process does not stop a higher type
                n_product_process_unknown += 1
            st = _states(target, rng, process_unknown)
            proc = _conditions(rng, 3, st["process"])
            prod = _conditions(rng, 2, st["product"])
            func = _conditions(rng, 2, st["functional"])
            chain = _conditions(rng, 2, st["chain"])
            row: dict = {"firm_id": f"{i:04d}", "country": country, "sector": sector,
                         "region": REGIONS[country][int(rng.integers(4))],
                         "employees": float(rng.integers(40, 3000))}
            for name, v in zip(PROCESS_ITEMS, proc, strict=True):
                row[name] = v
            row["new_product"] = prod[0]
            price = prod[1]
            if price is None:
                row["unit_price_change_pct"] = np.nan
            elif price:
                row["unit_price_change_pct"] = float(np.round(rng.uniform(0.5, 20), 1))
            else:
                row["unit_price_change_pct"] = (0.0 if rng.random() < 0.35
                                                else float(-np.round(rng.uniform(0.1, 12), 1)))
            up = func[0]
            if up is None:
                which = rng.integers(3)
                now = np.nan if which in (0, 2) else float(rng.integers(4))
                before = np.nan if which in (1, 2) else float(rng.integers(4))
            elif up:
                before = float(rng.integers(3))
                now = float(rng.integers(before + 1, 4))
            else:
                before = float(rng.integers(4))
                now = float(rng.integers(0, before + 1)) if rng.random() < 0.4 else before
            row["stage_now"], row["stage_before"] = now, before
            row["design_added"] = func[1]
            row["sector_changed"] = chain[0]
            share = chain[1]
            if share is None:
                row["new_sector_sales_share"] = np.nan
            elif share:
                if not forced_share_ten:  # exactly at the threshold: counts (≥ 10)
                    row["new_sector_sales_share"] = 10.0
                    forced_share_ten = True
                else:
                    row["new_sector_sales_share"] = float(np.round(rng.uniform(10, 40), 1))
            else:
                row["new_sector_sales_share"] = (0.0 if rng.random() < 0.5
                                                 else float(np.round(rng.uniform(0.5, 9.9), 1)))
            v = rng.choice([True, False, None], p=[0.45, 0.45, 0.10])
            row["new_buyer"] = None if v is None else bool(v)
            row["price_setting_now"] = np.nan if rng.random() < 0.1 else float(rng.integers(1, 5))
            row["price_setting_before"] = np.nan if rng.random() < 0.1 else float(rng.integers(1, 5))
            v = rng.choice([True, False, None], p=[0.08, 0.82, 0.10])
            row["certification_lost"] = None if v is None else bool(v)
            row["_target"] = target
            rows.append(row)
    firms = pd.DataFrame(rows)
    for col in YESNO_FIRM:
        firms[col] = firms[col].astype("boolean")
    # one firm whose process items are all "Don't know", one with all blank: remember which
    unknown = firms.index[firms["_target"] == "unknown"]
    firms["_process_missing_as"] = None
    firms.loc[unknown, "_process_missing_as"] = [
        ("dk", "blank", "mixed")[k % 3] for k in range(len(unknown))]
    return firms


# ------------------------------------------------------------------------------------ workers
def _workers_truth(rng: np.random.Generator, firms: pd.DataFrame) -> pd.DataFrame:
    rows = []
    k = 0
    last_firm = firms["firm_id"].iloc[-1]
    for f in firms.to_dict("records"):
        if f["firm_id"] == last_firm:
            n = 0  # a firm without workers
        elif f["_target"] == "chain":
            n = 3  # the chain group stays below the disclosure thresholds
        else:
            n = int(rng.integers(2, 8))
        score = RANK.index(f["_target"]) if f["_target"] in RANK else 0
        for _ in range(n):
            k += 1
            rows.append(_worker(rng, f"W{k:04d}", f["firm_id"], f["country"], score))
    for _ in range(2):  # workers whose firm is not in the firm table
        k += 1
        rows.append(_worker(rng, f"W{k:04d}", "0999", "Vietnam", 0))
    workers = pd.DataFrame(rows)
    for col in YESNO_WORKER:
        workers[col] = workers[col].astype("boolean")
    return workers


def _yn(rng: np.random.Generator, p_yes: float, p_missing: float = 0.06) -> bool | None:
    if rng.random() < p_missing:
        return None
    return bool(rng.random() < p_yes)


def _worker(rng: np.random.Generator, wid: str, firm_id: str, country: str, score: int) -> dict:
    skill = rng.choice(list(SKILL_CODES), p=[0.6, 0.2, 0.12, 0.08])
    premium = {"production": 0.0, "technician": 0.25, "supervisor": 0.35, "manager": 0.7}[skill]
    contract = rng.choice([*CONTRACT_CODES, None], p=[0.45, 0.33, 0.1, 0.08, 0.04])
    hours = np.nan if rng.random() < 0.05 else float(rng.integers(40, 61))
    log_wage = 0.07 * score + premium + rng.normal(0, 0.22)
    if country == "Vietnam":
        monthly = 6.2e6 * np.exp(log_wage)
        period = rng.choice([*PERIOD_CODES, None], p=[0.6, 0.1, 0.08, 0.1, 0.04, 0.05, 0.03])
    else:
        monthly = 430 * 26 * np.exp(log_wage)
        period = rng.choice([*PERIOD_CODES, None], p=[0.25, 0.04, 0.1, 0.45, 0.08, 0.05, 0.03])
    if period is None or period == "month" or period == "piece":
        amount = monthly if period != "piece" else rng.uniform(2, 40)
    elif period == "hour":
        amount = monthly / ((hours if np.isfinite(hours) else 48.0) * 52 / 12)
    else:
        amount = monthly / {"fortnight": 26 / 12, "week": 52 / 12, "day": 26.0}[period]
    step = 1000.0 if country == "Vietnam" and period in ("month", "fortnight", "week") else 1.0
    amount = float(np.round(amount / step) * step) if period != "hour" else float(np.round(amount, 2))
    if rng.random() < 0.03:
        amount = np.nan
    return {
        "worker_id": wid, "firm_id": firm_id,
        "gender": rng.choice(list(GENDER_CODES), p=[0.62, 0.38]),
        "skill_group": skill, "contract": contract, "pay_amount": amount, "pay_period": period,
        "hours_per_week": hours,
        "training": _yn(rng, 0.3 + 0.08 * score), "promoted": _yn(rng, 0.12 + 0.03 * score),
        "social_insurance": _yn(rng, 0.75), "injury": _yn(rng, 0.08),
        "cba_covered": _yn(rng, 0.35), "union_comfortable": _yn(rng, 0.5),
        "suggestion_heard": _yn(rng, 0.55),
    }


# ------------------------------------------------------------------------------------ writers
def _text_yes_no(rng: np.random.Generator, v, missing_as: str | None = None) -> str | None:
    if _missing(v):
        if missing_as == "dk":
            return DK
        if missing_as == "blank":
            return None
        return DK if rng.random() < 0.5 else None
    if v:
        return str(rng.choice(["Yes", "Yes", "Yes", "yes", "YES "]))
    return str(rng.choice(["No", "No", "No", "no"]))


def _missing(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))


def _num_cell(v):
    return None if _missing(v) else v


def write_workbook(firms: pd.DataFrame, workers: pd.DataFrame, path: Path,
                   rng: np.random.Generator) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Firms"
    ws.append(["Firm questionnaire: Mekong upgrading pilot 2024 (enumerator copy)"])
    ws.append(list(FIRM_HEADERS.values()))
    country_text = {"Vietnam": ["Vietnam", "Viet Nam", "vietnam "], "Thailand": ["Thailand"]}
    sector_text = {"apparel": ["Garments", "Apparel", "garment"],
                   "electronics": ["Electronics", "electronics "]}
    for f in firms.to_dict("records"):
        row = []
        for role in FIRM_HEADERS:
            v = f[role]
            if role == "country":
                row.append(str(rng.choice(country_text[v])))
            elif role == "sector":
                row.append(str(rng.choice(sector_text[v])))
            elif role in YESNO_FIRM:
                missing_as = None
                if role in PROCESS_ITEMS and f["_process_missing_as"] is not None:
                    missing_as = {"dk": "dk", "blank": "blank", "mixed": None}[
                        f["_process_missing_as"]]
                row.append(_text_yes_no(rng, v, missing_as))
            else:
                row.append(_num_cell(v))
        ws.append(row)
    ww = wb.create_sheet("Workers")
    ww.append(list(WORKER_HEADERS.values()))
    gender_text = {"female": "Female", "male": "Male"}
    skill_text = {"production": ["Production worker", "Operator"], "technician": ["Technician"],
                  "supervisor": ["Supervisor", "Line leader"], "manager": ["Manager"]}
    contract_text = {"indefinite": ["Indefinite", "Permanent"], "fixed_term": ["Fixed-term"],
                     "probation": ["Probation"], "none": ["No contract", "Verbal"]}
    period_text = {"month": ["Month", "Monthly"], "fortnight": ["Fortnight"],
                   "week": ["Week", "Weekly"], "day": ["Day", "Daily", "Per day"],
                   "hour": ["Hour"], "piece": ["Piece rate"]}
    for w in workers.to_dict("records"):
        row = []
        for role in WORKER_HEADERS:
            v = w[role]
            if role == "gender":
                row.append(gender_text[v])
            elif role == "skill_group":
                row.append(str(rng.choice(skill_text[v])))
            elif role == "contract":
                row.append(None if _missing(v) else str(rng.choice(contract_text[v])))
            elif role == "pay_period":
                row.append(None if _missing(v) else str(rng.choice(period_text[v])))
            elif role in YESNO_WORKER:
                row.append(_text_yes_no(rng, v))
            elif role == "pay_amount" and np.isfinite(v) and v >= 100_000 and rng.random() < 0.2:
                row.append(f"{v:,.0f}")  # a number stored as text with thousands separators
            else:
                row.append(_num_cell(v))
        ww.append(row)
    wb.save(path)


def _coded_yes_no(v, dont_know: int, rng: np.random.Generator) -> float:
    if _missing(v):
        return float(dont_know) if rng.random() < 0.5 else np.nan
    return 1.0 if v else 2.0


def write_stata_spss(firms: pd.DataFrame, workers: pd.DataFrame, folder: Path,
                     rng: np.random.Generator) -> tuple[Path, Path, Path]:
    import pyreadstat

    yn_labels_dta = {1: "Yes", 2: "No", 8: "Don't know"}
    f = pd.DataFrame()
    for role, var in FIRM_VARS.items():
        v = firms[role]
        if role == "country":
            f[var] = v.map(COUNTRY_CODES).astype(float)
        elif role == "sector":
            f[var] = v.map(SECTOR_CODES).astype(float)
        elif role in YESNO_FIRM:
            f[var] = [_coded_yes_no(x, 8, rng) for x in v]
        else:
            f[var] = v
    dta = folder / "unseen_firms.dta"
    pyreadstat.write_dta(
        f, dta, column_labels=[FIRM_HEADERS[r] for r in FIRM_VARS],
        variable_value_labels={
            FIRM_VARS["sector"]: {1: "Garments", 2: "Electronics"},
            **{FIRM_VARS[r]: yn_labels_dta for r in YESNO_FIRM}})

    yn_labels_sav = {1: "Yes", 2: "No", 98: "Don't know"}
    w = pd.DataFrame()
    for role, var in WORKER_VARS.items():
        v = workers[role]
        codes = {"gender": GENDER_CODES, "skill_group": SKILL_CODES, "contract": CONTRACT_CODES,
                 "pay_period": PERIOD_CODES}.get(role)
        if codes is not None:
            w[var] = v.map(codes).astype(float)
        elif role in YESNO_WORKER:
            w[var] = [_coded_yes_no(x, 98, rng) for x in v]
        else:
            w[var] = v
    sav = folder / "unseen_workers.sav"
    label = {v: k.capitalize() for k, v in GENDER_CODES.items()}
    pyreadstat.write_sav(
        w, sav, column_labels=[WORKER_HEADERS[r] for r in WORKER_VARS],
        variable_value_labels={
            WORKER_VARS["gender"]: label,
            WORKER_VARS["skill_group"]: {1: "Production", 2: "Technician", 3: "Supervisor",
                                         4: "Manager"},
            WORKER_VARS["contract"]: {1: "Indefinite", 2: "Fixed-term", 3: "Probation",
                                      4: "No contract"},
            WORKER_VARS["pay_period"]: {1: "Month", 2: "Fortnight", 3: "Week", 4: "Day",
                                        5: "Hour", 6: "Piece rate"},
            **{WORKER_VARS[r]: yn_labels_sav for r in YESNO_WORKER}},
        missing_ranges={WORKER_VARS["training"]: [98]})  # SPSS user-missing, declared in the file

    project = folder / "unseen_survey.uex.json"
    doc = {
        "format": "upgrading-explorer-project", "version": 1,
        "firms": {"path": dta.name}, "workers": {"path": sav.name},
        "roles": {"firms": dict(FIRM_VARS), "workers": dict(WORKER_VARS)},
        "missing_codes": {
            "firms": {FIRM_VARS[r]: [8] for r in YESNO_FIRM},
            "workers": {WORKER_VARS[r]: [98] for r in YESNO_WORKER if r != "training"}},
        "value_maps": {
            "firms": {FIRM_VARS["country"]: {str(c): name for name, c in COUNTRY_CODES.items()}},
            "workers": {WORKER_VARS["skill_group"]: {str(c): s for s, c in SKILL_CODES.items()}}},
        "rules": None, "subset": {}, "settings": {},
    }
    project.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return dta, sav, project


def make_unseen_survey(folder: Path, seed: int = SEED) -> UnseenSurvey:
    """Draw the survey, write the workbook, .dta, .sav and project into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    firms = _firms_truth(rng)
    workers = _workers_truth(rng, firms)
    workbook = folder / "unseen_survey.xlsx"
    write_workbook(firms, workers, workbook, rng)
    dta, sav, project = write_stata_spss(firms, workers, folder, rng)
    truth_firms = firms.drop(columns=["_target", "_process_missing_as"])
    return UnseenSurvey(truth_firms, workers, workbook, project, dta, sav)


if __name__ == "__main__":  # write the files somewhere to look at them
    import sys

    out = make_unseen_survey(Path(sys.argv[1] if len(sys.argv) > 1 else "unseen_survey"))
    print(out.workbook, out.project, len(out.firms), "firms", len(out.workers), "workers")
