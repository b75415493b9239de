"""The bundled sample survey: a deterministic, synthetic firm–worker survey and its companions.

Why synthetic: the seed surveys (Inclusive Industrialization for ASEAN) cannot be shipped, but the app
must open on something that looks and behaves like them — coded answers under question codes, a title
above the header row, a long-format codebook, don't-know codes and blanks, pay in VND/THB/MMK with mixed
pay periods — and that reproduces the published stylised facts (DOMAIN.md), so every view has something
real to show and tests have known answers. Everything is drawn from one ``numpy`` generator seeded with
:data:`SAMPLE_SEED`, so the committed files are reproducible cell for cell.

``python -m core.model.sample [OUT_DIR]`` (re)writes ``resources/sample_survey.xlsx``,
``resources/sample_survey.uex.json`` and ``resources/survey_template.xlsx``.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from core.common.atomic import write_bytes_atomic
from core.common.jsonfile import write_text_atomic
from core.common.paths import resource_path
from core.model.roles import Level, Role, role, roles_for

SAMPLE_SEED = 20230915
"""Fixed seed: change it (or anything below) only together with the committed resources."""
GENERATOR_VERSION = "1.0"
SURVEY_YEAR = 2023

RESOURCES = resource_path()
SAMPLE_WORKBOOK = "sample_survey.xlsx"
SAMPLE_PROJECT = "sample_survey.uex.json"
TEMPLATE_WORKBOOK = "survey_template.xlsx"
FIRM_SHEET, WORKER_SHEET, CODEBOOK_SHEET, ABOUT_SHEET = "Firms", "Workers", "Codebook", "About"
HEADER_ROW = 3
CODEBOOK_COLUMNS = ("Sheet", "Variable", "Question", "Code", "Code label")
TITLES = {
    FIRM_SHEET: "Inclusive Industrialization in ASEAN — firm questionnaire (synthetic sample data)",
    WORKER_SHEET: "Inclusive Industrialization in ASEAN — worker questionnaire (synthetic sample data)",
    CODEBOOK_SHEET: "Codebook: one row per variable and code (Sheet, Variable and Question on the "
                    "first row of each variable)",
    ABOUT_SHEET: "About this file (synthetic sample data)",
}

# ------------------------------------------------------------------------------------------ codes
YES, NO, DONT_KNOW, REFUSED = 1, 2, 98, 99
APPAREL, ELECTRONICS = 1, 2
VIETNAM, THAILAND, MYANMAR = 1, 2, 3
PRODUCTION, TECHNICIAN, SUPERVISOR, MANAGER = 1, 2, 3, 4
MONTH, FORTNIGHT, WEEK, DAY, PIECE, HOUR = 1, 2, 3, 4, 5, 6
PERIOD_FACTOR = {MONTH: 1.0, FORTNIGHT: 26 / 12, WEEK: 52 / 12, DAY: 26.0}
"""Pay-period code → months factor (DOMAIN.md: 26 working days a month); piece has none."""

Label = tuple[int, str, str]
"""(code, label as printed in the codebook, canonical value or "" when the role has none)."""

YESNO_LABELS: tuple[Label, ...] = (
    (YES, "Yes", ""), (NO, "No", ""), (DONT_KNOW, "Don't know", ""), (REFUSED, "Refused", ""))
COUNTRY_LABELS: tuple[Label, ...] = (
    (VIETNAM, "Vietnam", "Vietnam"), (THAILAND, "Thailand", "Thailand"),
    (MYANMAR, "Myanmar", "Myanmar"))
SECTOR_LABELS: tuple[Label, ...] = (
    (APPAREL, "Apparel/garments", "apparel"), (ELECTRONICS, "Electronics", "electronics"))
REGION_LABELS: tuple[Label, ...] = (
    (1, "Vietnam: minimum-wage Region I", "Region I"),
    (2, "Vietnam: minimum-wage Region II", "Region II"),
    (3, "Vietnam: minimum-wage Region III", "Region III"),
    (4, "Vietnam: minimum-wage Region IV", "Region IV"),
    (11, "Thailand: Bangkok", "Bangkok"), (12, "Thailand: Chonburi", "Chonburi"),
    (13, "Thailand: Rayong", "Rayong"), (14, "Thailand: Ayutthaya", "Ayutthaya"),
    (15, "Thailand: Pathum Thani", "Pathum Thani"), (16, "Thailand: Chiang Mai", "Chiang Mai"),
    (21, "Myanmar: Yangon", "Yangon"), (22, "Myanmar: Mandalay", "Mandalay"),
)
OWNERSHIP_LABELS: tuple[Label, ...] = (
    (1, "Domestic private", "domestic_private"), (2, "Foreign-owned", "foreign"),
    (3, "State-owned", "state"), (4, "Joint venture", "joint_venture"))
STAGE_LABELS: tuple[Label, ...] = (
    (0, "Assembly / CMT / consigned assembly (buyer supplies inputs and design)", ""),
    (1, "FOB / OEM / EMS full package (firm sources and finances inputs)", ""),
    (2, "ODM (adds own design)", ""), (3, "OBM (own brand)", ""), (DONT_KNOW, "Don't know", ""))
PRICE_LABELS: tuple[Label, ...] = (
    (1, "The buyer dictates the price", ""), (2, "The buyer sets the price after some negotiation", ""),
    (3, "Price negotiated as equals", ""), (4, "The firm sets the price", ""),
    (DONT_KNOW, "Don't know", ""))
DK_AMOUNT_LABELS: tuple[Label, ...] = ((998, "Don't know", ""),)
GENDER_LABELS: tuple[Label, ...] = ((1, "Male", "male"), (2, "Female", "female"))
EDUCATION_LABELS: tuple[Label, ...] = (
    (1, "Primary or less", "primary"), (2, "Lower secondary", "lower_secondary"),
    (3, "Upper secondary", "upper_secondary"), (4, "Vocational / college", "vocational"),
    (5, "University", "university"))
SKILL_LABELS: tuple[Label, ...] = (
    (PRODUCTION, "Production / line worker", "production"), (TECHNICIAN, "Technician", "technician"),
    (SUPERVISOR, "Supervisor / team leader", "supervisor"), (MANAGER, "Manager", "manager"))
CONTRACT_LABELS: tuple[Label, ...] = (
    (1, "Indefinite (open-ended)", "indefinite"), (2, "Fixed-term (1-3 years)", "fixed_term"),
    (3, "Probation", "probation"), (4, "No contract (verbal)", "none"),
    (DONT_KNOW, "Don't know", ""))
PERIOD_LABELS: tuple[Label, ...] = (
    (MONTH, "Month", "month"), (FORTNIGHT, "Fortnight", "fortnight"), (WEEK, "Week", "week"),
    (DAY, "Day", "day"), (PIECE, "Piece (amount per piece)", "piece"), (HOUR, "Hour", "hour"))


@dataclass(frozen=True)
class Variable:
    """One questionnaire column: its code, the canonical role it measures, the question as asked,
    its value labels, the codes that mean missing, and how often the sample leaves it unanswered."""

    code: str
    role: str
    question: str
    labels: tuple[Label, ...] = ()
    missing: tuple[int, ...] = ()
    coded_missing_rate: float = 0.0
    """Share of answers replaced by a missing code (the first code twice as often as the rest)."""
    blank_rate: float = 0.0
    """Share of answers left blank."""


def _yesno(code: str, role_name: str, question: str) -> Variable:
    return Variable(code, role_name, question, YESNO_LABELS, (DONT_KNOW, REFUSED), 0.03, 0.01)


_L3Y = "In the last 3 years"
FIRM_VARIABLES: tuple[Variable, ...] = (
    Variable("A1", "firm_id", "Firm ID"),
    Variable("A2", "country", "Country", COUNTRY_LABELS),
    Variable("A3", "sector", "Sector of the main product", SECTOR_LABELS),
    Variable("A4", "region", "Region or province where the factory is located (minimum wage region)",
             REGION_LABELS),
    Variable("A5", "ownership", "Ownership of the firm", OWNERSHIP_LABELS),
    Variable("A6", "employees", "Number of employees (total, at the time of the survey)"),
    Variable("A7", "year_founded", "Year founded"),
    Variable("B1", "export_share", "Export share: % of sales exported directly", blank_rate=0.02),
    Variable("B2", "main_buyer_share", "Main buyer share: % of sales to the largest buyer",
             blank_rate=0.02),
    Variable("B3a", "price_setting_now",
             "Price setting now: who sets the price of the main product? "
             "(1 buyer dictates ... 4 firm sets the price)", PRICE_LABELS, (DONT_KNOW,), 0.01),
    Variable("B3b", "price_setting_before",
             "Price setting before (3 years ago): who set the price of the main product?",
             PRICE_LABELS, (DONT_KNOW,), 0.015),
    _yesno("B4", "new_export_market",
           f"New export market: {_L3Y.lower()}, did the firm enter a new export market?"),
    _yesno("B5", "new_buyer", f"New buyer: {_L3Y.lower()}, did the firm gain a new buyer?"),
    _yesno("B6", "export_stopped", f"Export stopped: {_L3Y.lower()}, did the firm stop exporting?"),
    _yesno("C1", "new_machinery", f"{_L3Y}, did the firm invest in new machinery or equipment?"),
    _yesno("C2", "automation", f"{_L3Y}, did the firm introduce automation "
                               "(automated cutting/stitching, SMT lines)?"),
    _yesno("C3", "new_process", f"{_L3Y}, did the firm introduce a new process or substantially "
                                "improve a production process (process innovation)?"),
    _yesno("C4", "cad_erp", f"{_L3Y}, did the firm introduce CAD or ERP software systems?"),
    _yesno("C5", "line_reorganisation", f"{_L3Y}, did the firm reorganise its production lines "
                                        "(line reorganisation: lean or modular lines)?"),
    _yesno("C6a", "certification_new",
           f"{_L3Y}, did the firm gain a new quality certification (ISO 9001/14001)?"),
    _yesno("C6b", "certification_lost",
           f"Certification lost: {_L3Y.lower()}, did the firm lose a quality certification?"),
    _yesno("D1", "new_product", f"{_L3Y}, did the firm introduce a new product or improved product?"),
    _yesno("D2", "product_complexity_up", f"{_L3Y}, did the firm move to a more complex product "
                                          "group (product complexity up)?"),
    Variable("D3", "unit_price_change_pct",
             "Unit price change of the main product over the last 3 years, in real terms (%)",
             DK_AMOUNT_LABELS, (998,), 0.03, 0.02),
    Variable("E1a", "stage_now", "Stage now: production mode of the main product today "
             "(CMT/assembly, FOB/OEM, ODM, OBM)", STAGE_LABELS, (DONT_KNOW,), 0.01),
    Variable("E1b", "stage_before", "Stage before: production mode of the main product 3 years ago",
             STAGE_LABELS, (DONT_KNOW,), 0.015),
    _yesno("E2", "design_added", f"Design added: {_L3Y.lower()}, did the firm add its own design "
                                 "function?"),
    _yesno("E3", "rnd_added", f"R&D added: {_L3Y.lower()}, did the firm start research and "
                              "development?"),
    _yesno("E4", "own_brand_added", f"Own brand added: {_L3Y.lower()}, did the firm launch its "
                                    "own brand?"),
    _yesno("F1", "sector_changed", f"Sector changed: {_L3Y.lower()}, did the sector of the firm's "
                                   "main product change?"),
    Variable("F2", "new_sector_sales_share",
             "New sector sales: % of sales in a sector the firm entered in the last 3 years",
             DK_AMOUNT_LABELS, (998,), 0.01),
)

WORKER_VARIABLES: tuple[Variable, ...] = (
    Variable("W0", "worker_id", "Worker ID (respondent ID)"),
    Variable("W1", "firm_id", "Firm ID of the worker's employer"),
    Variable("W2", "gender", "Gender of respondent", GENDER_LABELS),
    Variable("W3", "age", "Age in years", blank_rate=0.005),
    Variable("W4", "education", "Highest education completed", EDUCATION_LABELS, blank_rate=0.005),
    Variable("W5", "skill_group", "Skill group: position in the firm "
             "(production worker, technician, supervisor, manager)", SKILL_LABELS),
    Variable("W6", "contract", "Type of contract", CONTRACT_LABELS, (DONT_KNOW,), 0.01),
    Variable("W7", "tenure_years", "Tenure: years with this firm", blank_rate=0.005),
    Variable("W8a", "pay_amount", "Amount of pay received, local currency", blank_rate=0.01),
    Variable("W8b", "pay_period", "Pay period", PERIOD_LABELS),
    _yesno("W8c", "piece_rate", "Paid by piece rate?"),
    Variable("W9", "hours_per_week", "Usual hours worked per week", blank_rate=0.01),
    _yesno("W10", "training", "Received training in the last 12 months?"),
    _yesno("W11", "promoted", "Promoted in the last 3 years?"),
    _yesno("W12", "social_insurance", "Covered by social insurance?"),
    _yesno("W13", "health_insurance", "Covered by health insurance?"),
    _yesno("W14", "written_contract", "Has a written contract?"),
    _yesno("W15", "cba_covered", "Covered by a collective bargaining agreement (CBA)?"),
    _yesno("W16", "union_comfortable", "Comfortable approaching the trade union?"),
    _yesno("W17", "committee", "Does a worker-manager committee exist at the workplace?"),
    _yesno("W18", "discrimination_barrier",
           "Does discrimination (gender, age, ethnicity) stand as a barrier to advancement at work?"),
    _yesno("W19", "suggestion_heard", "Are workers' suggestions heard by management?"),
    _yesno("W20", "injury", "Injured at work in the last 12 months?"),
)
VARIABLES = {FIRM_SHEET: FIRM_VARIABLES, WORKER_SHEET: WORKER_VARIABLES}
LEVELS: dict[str, Level] = {FIRM_SHEET: "firm", WORKER_SHEET: "worker"}


@dataclass(frozen=True)
class CountrySpec:
    """The shape of one country's sample, after the seed surveys, and its pay levels."""

    code: int
    name: str
    prefix: str
    currency: str
    n_apparel: int
    n_electronics: int
    n_workers: int
    n_firms_without_workers: int
    regions: tuple[int, ...]
    region_probs: tuple[float, ...]
    median_monthly_pay: float
    """Median monthly pay of a production worker, local currency (before other effects)."""
    pay_floor: float
    """Monthly pay below which almost nobody is paid (close to the minimum wage)."""
    upgrading_skill_premium: float
    """Extra log pay of technicians, supervisors and managers in upgrading firms (none for line
    workers): the modest interaction behind 'technicians and managers gained more'."""


COUNTRIES: tuple[CountrySpec, ...] = (
    CountrySpec(VIETNAM, "Vietnam", "VN", "VND", 96, 64, 400, 2, (1, 2, 3, 4),
                (0.45, 0.30, 0.15, 0.10), 6_600_000, 4_300_000, 0.06),
    CountrySpec(THAILAND, "Thailand", "TH", "THB", 0, 60, 200, 1, (11, 12, 13, 14, 15, 16),
                (0.15, 0.25, 0.20, 0.20, 0.12, 0.08), 10_600, 8_300, 0.22),
    CountrySpec(MYANMAR, "Myanmar", "MM", "MMK", 60, 0, 202, 1, (21, 22),
                (0.85, 0.15), 170_000, 118_000, 0.05),
)
_BY_COUNTRY = {c.code: c for c in COUNTRIES}

PROCESS_ITEMS = ("new_machinery", "new_process", "automation", "cad_erp", "line_reorganisation",
                 "certification_new")
PRODUCT_ITEMS = ("new_product", "product_complexity_up", "unit_price_up")
FUNCTIONAL_ITEMS = ("stage_up", "design_added", "rnd_added", "own_brand_added")


# ===================================================================================== streams
Streams = dict[str, np.random.Generator]
STREAM_NAMES = ("firm_profile", "firm_types", "firm_items", "firm_market", "allocation",
                "worker_profile", "pay", "conditions", "firm_missing", "worker_missing")


def _streams() -> Streams:
    """One generator per part, all from SAMPLE_SEED: tuning one part leaves the others' draws
    unchanged (otherwise a new firm probability would reshuffle every worker's pay)."""
    return {name: np.random.default_rng((SAMPLE_SEED, i)) for i, name in enumerate(STREAM_NAMES)}


# ======================================================================================= firms
def _firm_profile(rng: np.random.Generator) -> pd.DataFrame:
    """IDs, country, sector, region, ownership, size and age: who the firms are."""
    parts = []
    for spec in COUNTRIES:
        n = spec.n_apparel + spec.n_electronics
        sector = rng.permutation(np.repeat([APPAREL, ELECTRONICS], [spec.n_apparel,
                                                                    spec.n_electronics]))
        parts.append(pd.DataFrame({
            "firm_id": [f"{spec.prefix}{i:03d}" for i in range(1, n + 1)],
            "country": spec.code,
            "sector": sector,
            "region": rng.choice(spec.regions, size=n, p=spec.region_probs),
        }))
    firms = pd.concat(parts, ignore_index=True)
    firms["ownership"] = _ownership(rng, firms)
    firms["employees"] = _employees(rng, firms)
    firms["year_founded"] = _year_founded(rng, firms)
    return firms


def _ownership(rng: np.random.Generator, firms: pd.DataFrame) -> np.ndarray:
    """More foreign ownership in electronics (and in Myanmar's export garment sector)."""
    probs = {APPAREL: (0.55, 0.30, 0.07, 0.08), ELECTRONICS: (0.25, 0.60, 0.03, 0.12)}
    myanmar = (0.45, 0.45, 0.0, 0.10)
    out = np.empty(len(firms), dtype=int)
    for i, (country, sector) in enumerate(zip(firms["country"], firms["sector"], strict=True)):
        p = myanmar if country == MYANMAR else probs[sector]
        out[i] = rng.choice([1, 2, 3, 4], p=p)
    return out


def _employees(rng: np.random.Generator, firms: pd.DataFrame) -> np.ndarray:
    median = np.where(firms["sector"] == ELECTRONICS, 500, 350)
    median = np.where(firms["country"] == MYANMAR, 600, median)
    size = median * np.exp(rng.normal(0, 0.9, len(firms)))
    size = np.clip(size, 12, 20_000)
    return np.where(size > 100, np.round(size, -1), np.round(size)).astype(int)


def _year_founded(rng: np.random.Generator, firms: pd.DataFrame) -> np.ndarray:
    """Myanmar's export factories mostly opened after 2012; state firms are older."""
    low = np.select([firms["country"] == MYANMAR, firms["country"] == THAILAND], [1998, 1978], 1988)
    high = np.select([firms["country"] == MYANMAR], [2021], 2019)
    low = np.where(firms["ownership"] == 3, 1976, low)
    high = np.where(firms["ownership"] == 3, 2002, high)
    year = rng.integers(low, high + 1)
    late = (firms["country"] == MYANMAR).to_numpy() & (rng.random(len(firms)) < 0.6)
    return np.where(late, rng.integers(2012, 2022, len(firms)), year)


def _process_probability(firms: pd.DataFrame) -> np.ndarray:
    """Process upgrading is common, clearly more so in electronics (DOMAIN.md findings)."""
    return np.select(
        [firms["country"] == THAILAND, firms["country"] == MYANMAR, firms["sector"] == ELECTRONICS],
        [0.62, 0.36, 0.58], 0.40)


def _exact_flags(rng: np.random.Generator, keys: pd.DataFrame, p: np.ndarray) -> np.ndarray:
    """Flag round(p × n) randomly chosen rows in each group of equal keys.

    Why not one Bernoulli draw per firm: with 60-firm strata, chance alone moves a share by ±6
    points, enough to blur 'more upgrading in electronics'. Exact counts per stratum keep the
    built-in findings where DOMAIN.md puts them whatever the seed.
    """
    flags = np.zeros(len(keys), dtype=bool)
    for rows in keys.groupby(list(keys.columns), sort=True).indices.values():
        k = int(np.round(p[rows].mean() * len(rows)))
        flags[rng.choice(rows, size=k, replace=False)] = True
    return flags


def _upgrading_types(rng: np.random.Generator, firms: pd.DataFrame) -> pd.DataFrame:
    """The true (latent) upgrading type of each firm; items are drawn from these afterwards.

    Product and functional upgrading mostly happen in firms that also upgraded processes, and
    chain upgrading is the rarest, as in the seed surveys.
    """
    elec = (firms["sector"] == ELECTRONICS).to_numpy()
    strata = firms[["country", "sector"]].copy()
    process = _exact_flags(rng, strata, _process_probability(firms))
    strata["process"] = process
    p_product = np.where(process, np.where(elec, 0.24, 0.20), np.where(elec, 0.05, 0.04))
    p_functional = np.where(process, np.where(elec, 0.13, 0.10), np.where(elec, 0.04, 0.02))
    everyone = pd.DataFrame({"all": np.zeros(len(firms), dtype=int)})
    return pd.DataFrame({
        "process": process,
        "product": _exact_flags(rng, strata, p_product),
        "functional": _exact_flags(rng, strata, p_functional),
        "chain": _exact_flags(rng, everyone, np.full(len(firms), 0.02)),
    })


def _pick_items(rng: np.random.Generator, items: Sequence[str], weights: Sequence[float],
                max_items: int) -> set[str]:
    """One to ``max_items`` distinct items, the common ones more likely (for one upgrading firm)."""
    k = min(1 + rng.binomial(max_items - 1, 0.35), len(items))
    p = np.asarray(weights, dtype=float) / np.sum(weights)
    return set(rng.choice(list(items), size=k, replace=False, p=p))


def _yn(flag: np.ndarray | pd.Series) -> np.ndarray:
    return np.where(np.asarray(flag, dtype=bool), YES, NO)


def _process_items(rng: np.random.Generator, firms: pd.DataFrame,
                   types: pd.DataFrame) -> pd.DataFrame:
    chosen = []
    for process, sector in zip(types["process"], firms["sector"], strict=True):
        weights = (0.30, 0.20, 0.18 if sector == ELECTRONICS else 0.10, 0.10, 0.18, 0.12)
        chosen.append(_pick_items(rng, PROCESS_ITEMS, weights, 4) if process else set())
    return pd.DataFrame({item: _yn([item in c for c in chosen]) for item in PROCESS_ITEMS})


def _product_items(rng: np.random.Generator, types: pd.DataFrame) -> pd.DataFrame:
    """Real unit prices mostly fall (buyers squeeze them); a rise only marks product upgraders."""
    chosen = [_pick_items(rng, PRODUCT_ITEMS, (0.5, 0.25, 0.25), 2) if p else set()
              for p in types["product"]]
    squeeze = np.clip(np.round(rng.normal(-5, 4, len(types))), -25, 0)
    rise = rng.integers(2, 16, len(types))
    price_up = np.array(["unit_price_up" in c for c in chosen])
    return pd.DataFrame({
        "new_product": _yn([("new_product" in c) for c in chosen]),
        "product_complexity_up": _yn([("product_complexity_up" in c) for c in chosen]),
        "unit_price_change_pct": np.where(price_up, rise, squeeze).astype(int),
    })


def _stage_before(rng: np.random.Generator, firms: pd.DataFrame) -> np.ndarray:
    """Mostly assembly/CMT and FOB/OEM; Myanmar almost all CMT."""
    probs = {APPAREL: (0.60, 0.32, 0.06, 0.02), ELECTRONICS: (0.45, 0.45, 0.08, 0.02)}
    out = np.empty(len(firms), dtype=int)
    for i, (country, sector) in enumerate(zip(firms["country"], firms["sector"], strict=True)):
        p = (0.85, 0.13, 0.02, 0.0) if country == MYANMAR else probs[sector]
        out[i] = rng.choice(4, p=p)
    return out


def _functional_items(rng: np.random.Generator, firms: pd.DataFrame,
                      types: pd.DataFrame) -> pd.DataFrame:
    """Stages before/now and the function-added items; a few non-upgraders fall a stage."""
    before = _stage_before(rng, firms)
    now = before.copy()
    added = {item: np.zeros(len(firms), dtype=bool) for item in FUNCTIONAL_ITEMS[1:]}
    for i, (functional, sector) in enumerate(zip(types["functional"], firms["sector"],
                                                 strict=True)):
        if not functional:
            continue
        rnd_weight = 0.30 if sector == ELECTRONICS else 0.10
        for item in _pick_items(rng, FUNCTIONAL_ITEMS, (0.50, 0.30, rnd_weight, 0.10), 2):
            if item == "stage_up" and before[i] < 3:
                now[i] = before[i] + 1
            else:
                added["design_added" if item == "stage_up" else item][i] = True
    falls = (~types["functional"].to_numpy()) & (before > 0) & (rng.random(len(firms)) < 0.04)
    now = np.where(falls, before - 1, now)
    return pd.DataFrame({"stage_now": now, "stage_before": before,
                         **{item: _yn(flag) for item, flag in added.items()}})


def _chain_items(rng: np.random.Generator, types: pd.DataFrame) -> pd.DataFrame:
    n = len(types)
    chain = types["chain"].to_numpy()
    how = rng.random(n)
    changed = chain & (how < 0.6)
    big_share = chain & (how >= 0.4)
    small = rng.random(n) < 0.08
    share = np.where(big_share, rng.integers(10, 36, n), np.where(small, rng.integers(1, 10, n), 0))
    return pd.DataFrame({"sector_changed": _yn(changed), "new_sector_sales_share": share})


def _market_items(rng: np.random.Generator, firms: pd.DataFrame,
                  types: pd.DataFrame) -> pd.DataFrame:
    """Exports, buyers and price setting; bargaining position rarely improves (about 1 in 10)."""
    n = len(firms)
    p_export = np.select([firms["country"] == MYANMAR, firms["sector"] == ELECTRONICS],
                         [0.95, 0.88], 0.80)
    exporter = rng.random(n) < p_export
    share = np.where(exporter, np.round(rng.uniform(40, 100, n) / 5) * 5, 0)
    stopped = ~exporter & (rng.random(n) < 0.3)
    p_new_market = np.where(types["process"], 0.25, 0.15) * exporter
    before = rng.choice([1, 2, 3, 4], size=n, p=(0.45, 0.35, 0.15, 0.05))
    move = rng.random(n)
    now = np.where((move < 0.11) & (before < 4), before + 1,
                   np.where((move > 0.94) & (before > 1), before - 1, before))
    return pd.DataFrame({
        "export_share": share.astype(int),
        "main_buyer_share": (np.round(rng.uniform(25, 90, n) / 5) * 5).astype(int),
        "price_setting_now": now,
        "price_setting_before": before,
        "new_export_market": _yn(rng.random(n) < p_new_market),
        "new_buyer": _yn(rng.random(n) < 0.35),
        "export_stopped": _yn(stopped),
    })


def _generate_firms(streams: Streams) -> pd.DataFrame:
    """All firm answers (codes, before missingness), plus the hidden ``_upgraded`` truth."""
    firms = _firm_profile(streams["firm_profile"])
    types = _upgrading_types(streams["firm_types"], firms)
    rng = streams["firm_items"]
    process = _process_items(rng, firms, types)
    lost = (process["certification_new"] == NO) & (rng.random(len(firms)) < 0.03)
    firms = pd.concat([
        firms, _market_items(streams["firm_market"], firms, types), process,
        pd.DataFrame({"certification_lost": _yn(lost)}),
        _product_items(rng, types), _functional_items(rng, firms, types),
        _chain_items(rng, types)], axis=1)
    firms["_upgraded"] = types.any(axis=1).to_numpy()
    return firms


# ===================================================================================== workers
def _workers_per_firm(rng: np.random.Generator, firms: pd.DataFrame) -> np.ndarray:
    """1–6 workers per firm summing to each country's total; a few firms have none."""
    counts = np.zeros(len(firms), dtype=int)
    for spec in COUNTRIES:
        idx = np.flatnonzero(firms["country"].to_numpy() == spec.code)
        empty = rng.choice(idx, size=spec.n_firms_without_workers, replace=False)
        staffed = np.setdiff1d(idx, empty)
        counts[staffed] = 1
        for _ in range(spec.n_workers - len(staffed)):
            open_firms = staffed[counts[staffed] < 6]
            counts[rng.choice(open_firms)] += 1
    return counts


def _draw_by_group(rng: np.random.Generator, keys: Iterable[Any],
                   table: dict[Any, Sequence[float]], values: Sequence[int]) -> np.ndarray:
    """One categorical draw per row, with probabilities looked up by the row's key."""
    return np.array([rng.choice(values, p=table[k]) for k in keys], dtype=int)


def _worker_profile(rng: np.random.Generator, w: pd.DataFrame) -> pd.DataFrame:
    """Skill group, gender, age, education, contract and tenure of each sampled worker."""
    skill_p = {APPAREL: (0.74, 0.08, 0.10, 0.08), ELECTRONICS: (0.62, 0.18, 0.10, 0.10)}
    w["skill_group"] = _draw_by_group(rng, w["sector"], skill_p, (1, 2, 3, 4))
    female_p = {APPAREL: (0.89, 0.35, 0.70, 0.50), ELECTRONICS: (0.65, 0.25, 0.45, 0.35)}
    p_female = [female_p[s][k - 1] for s, k in zip(w["sector"], w["skill_group"], strict=True)]
    w["gender"] = np.where(rng.random(len(w)) < p_female, 2, 1)
    mean_age = np.array([29, 31, 35, 40])[w["skill_group"] - 1]
    w["age"] = np.clip(np.round(rng.normal(mean_age, 6.5)), 18, 60).astype(int)
    edu_p = {PRODUCTION: (0.20, 0.40, 0.30, 0.08, 0.02), TECHNICIAN: (0.0, 0.10, 0.30, 0.45, 0.15),
             SUPERVISOR: (0.05, 0.25, 0.40, 0.20, 0.10), MANAGER: (0.0, 0.0, 0.15, 0.25, 0.60),
             "mm": (0.35, 0.40, 0.20, 0.04, 0.01)}
    keys = ["mm" if c == MYANMAR and k == PRODUCTION else k
            for c, k in zip(w["country"], w["skill_group"], strict=True)]
    w["education"] = _draw_by_group(rng, keys, edu_p, (1, 2, 3, 4, 5))
    w["contract"] = _contracts(rng, w)
    w["tenure_years"] = _tenure(rng, w)
    return w


def _contracts(rng: np.random.Generator, w: pd.DataFrame) -> np.ndarray:
    table = {(VIETNAM, True): (0.55, 0.35, 0.04, 0.06), (THAILAND, True): (0.70, 0.20, 0.05, 0.05),
             (MYANMAR, True): (0.30, 0.30, 0.10, 0.30), (VIETNAM, False): (0.75, 0.21, 0.02, 0.02),
             (THAILAND, False): (0.80, 0.16, 0.02, 0.02), (MYANMAR, False): (0.50, 0.30, 0.05, 0.15)}
    keys = zip(w["country"], w["skill_group"] == PRODUCTION, strict=True)
    return _draw_by_group(rng, keys, table, (1, 2, 3, 4))


def _tenure(rng: np.random.Generator, w: pd.DataFrame) -> np.ndarray:
    """Whole years, never longer than the firm has existed or the worker has been of working age."""
    scale = np.array([2.5, 3.0, 4.0, 4.5])[w["skill_group"] - 1]
    years = np.floor(rng.gamma(1.5, scale))
    cap = np.minimum(w["age"] - 17, SURVEY_YEAR - w["year_founded"])
    return np.clip(years, 0, np.maximum(cap, 0)).astype(int)


def _centred(values: np.ndarray, keys: pd.DataFrame) -> np.ndarray:
    """Values minus their mean within each group of equal keys.

    Why: with 60 firms a country, the luck of the firm-effect draw alone can open or hide a
    10-point pay gap between upgrading and other firms. Centring the random parts within the
    cells the findings compare keeps the designed effects (and only those) in the data, while
    workers of one firm still share their firm's effect (so clustering still matters).
    """
    means = pd.Series(values).groupby([keys[c].to_numpy() for c in keys.columns]).transform("mean")
    return values - means.to_numpy()


def _monthly_pay(rng: np.random.Generator, w: pd.DataFrame, firm_effect: np.ndarray) -> np.ndarray:
    """Log-linear pay model with a firm random effect (so worker outcomes cluster by firm).

    Upgrading has no main effect on line workers' pay; technicians, supervisors and managers in
    upgrading firms earn a modest premium, largest in Thailand. Hence no clear overall link, but
    the skilled gain more — the DOMAIN.md finding a clustered comparison should recover. The
    individual noise is centred within country × upgrading × skill cells (see :func:`_centred`).
    """
    spec = [_BY_COUNTRY[c] for c in w["country"]]
    skill_premium = np.array([0.0, 0.35, 0.45, 0.85])[w["skill_group"] - 1]
    region_effect = w["region"].map({1: 0.08, 2: 0.03, 3: -0.03, 4: -0.07}).fillna(0.0)
    skilled_in_upgrader = w["_upgraded"].to_numpy() & (w["skill_group"] != PRODUCTION).to_numpy()
    cells = pd.DataFrame({"c": w["country"], "u": w["_upgraded"], "s": skilled_in_upgrader})
    log_pay = (np.log([s.median_monthly_pay for s in spec]) + skill_premium
               + 0.05 * (w["sector"] == ELECTRONICS) + region_effect
               + 0.012 * np.minimum(w["tenure_years"], 15) + 0.03 * (w["education"] - 2)
               - 0.04 * (w["gender"] == 2)
               + skilled_in_upgrader * np.array([s.upgrading_skill_premium for s in spec])
               + firm_effect + _centred(rng.normal(0, 0.16, len(w)), cells))
    floor = np.array([s.pay_floor for s in spec]) * np.exp(rng.uniform(-0.08, 0.0, len(w)))
    return np.maximum(np.exp(log_pay), floor)


def _pay_periods(rng: np.random.Generator, w: pd.DataFrame) -> np.ndarray:
    """Mostly monthly; Thai and Myanmar line workers often daily; a few weekly, fortnightly, piece."""
    table = {
        (VIETNAM, APPAREL, True): (0.86, 0.03, 0.02, 0.05, 0.04),
        (VIETNAM, ELECTRONICS, True): (0.92, 0.03, 0.01, 0.04, 0.0),
        (THAILAND, ELECTRONICS, True): (0.42, 0.03, 0.0, 0.55, 0.0),
        (MYANMAR, APPAREL, True): (0.50, 0.02, 0.05, 0.40, 0.03),
    }
    skilled = {VIETNAM: (0.97, 0.01, 0.0, 0.02, 0.0), THAILAND: (0.95, 0.0, 0.0, 0.05, 0.0),
               MYANMAR: (0.90, 0.0, 0.0, 0.10, 0.0)}
    keys = [(c, s, k == PRODUCTION) for c, s, k in
            zip(w["country"], w["sector"], w["skill_group"], strict=True)]
    table.update({key: skilled[key[0]] for key in keys if not key[2]})
    return _draw_by_group(rng, keys, table, (MONTH, FORTNIGHT, WEEK, DAY, PIECE))


def _pay_amounts(rng: np.random.Generator, w: pd.DataFrame, monthly: np.ndarray) -> np.ndarray:
    """Amount per period as a respondent states it: rounded, in full local-currency units.

    Piece-paid workers state their rate per piece, which cannot become a monthly wage.
    """
    amount = np.empty(len(w))
    for i, (country, period, pay) in enumerate(zip(w["country"], w["pay_period"], monthly,
                                                   strict=True)):
        if period == PIECE:
            amount[i] = (rng.integers(15, 46) * 100 if country == VIETNAM
                         else rng.integers(5, 26) * 10)
            continue
        per_period = pay / PERIOD_FACTOR[period]
        step = {VIETNAM: {MONTH: 10_000}, THAILAND: {MONTH: 100, DAY: 1},
                MYANMAR: {MONTH: 1_000, DAY: 100}}[country].get(period, 500)
        step = 1_000 if country == VIETNAM and period != MONTH else step
        amount[i] = np.round(per_period / step) * step
    return amount.astype(np.int64)


def _hours(rng: np.random.Generator, w: pd.DataFrame) -> np.ndarray:
    """Garment workers work longer weeks; managers a little shorter."""
    mean = np.select([w["country"] == MYANMAR, w["sector"] == APPAREL], [56, 53], 49.5)
    mean = mean - 3 * (w["skill_group"] == MANAGER)
    return np.clip(np.round(rng.normal(mean, 3.5)), 44, 60).astype(int)


def _rights(rng: np.random.Generator, w: pd.DataFrame, firm_idx: np.ndarray,
            n_firms: int) -> pd.DataFrame:
    """Standards and enabling rights: unrelated to economic upgrading (no clear overall link).

    Collective agreements and committees are firm facts, so workers of one firm mostly agree.
    """
    n = len(w)
    country = w["country"].to_numpy()
    production = (w["skill_group"] == PRODUCTION).to_numpy()
    no_contract = (w["contract"] == 4).to_numpy()
    firm_cba = rng.random(n_firms) < np.select(
        [np.bincount(firm_idx, country == VIETNAM, n_firms) > 0], [0.55], 0.18)
    firm_committee = rng.random(n_firms) < 0.45
    si_p = np.select([country == MYANMAR, country == THAILAND], [0.35, 0.85], 0.88)
    social = rng.random(n) < np.where(no_contract, 0.25, si_p)
    health = np.where(social, rng.random(n) < 0.95, rng.random(n) < 0.3)
    training_p = np.select([country == MYANMAR, w["sector"] == ELECTRONICS], [0.25, 0.45], 0.35)
    injury_p = np.select([country == MYANMAR, w["sector"] == APPAREL], [0.09, 0.07], 0.04)
    promoted_p = np.array([0.06, 0.15, 0.35, 0.35])[w["skill_group"] - 1]
    agree = rng.random((2, n)) < 0.85
    return pd.DataFrame({
        "piece_rate": _yn((w["pay_period"] == PIECE) | (production & (w["sector"] == APPAREL)
                                                       & (rng.random(n) < 0.2))),
        "training": _yn(rng.random(n) < np.where(production, training_p, 0.6)),
        "promoted": _yn(rng.random(n) < promoted_p),
        "social_insurance": _yn(social),
        "health_insurance": _yn(health),
        "written_contract": _yn(~no_contract & (rng.random(n) < 0.93)),
        "cba_covered": _yn(np.where(agree[0], firm_cba[firm_idx], ~firm_cba[firm_idx])),
        "union_comfortable": _yn(rng.random(n) < np.where(country == MYANMAR, 0.35, 0.55)),
        "committee": _yn(np.where(agree[1], firm_committee[firm_idx],
                                  ~firm_committee[firm_idx])),
        "discrimination_barrier": _yn(rng.random(n) < np.where(production, 0.17, 0.10)),
        "suggestion_heard": _yn(rng.random(n) < 0.55),
        "injury": _yn(rng.random(n) < injury_p),
    })


def _worker_ids(firms: pd.DataFrame, firm_idx: np.ndarray) -> list[str]:
    prefixes = firms["firm_id"].str[:2].to_numpy()[firm_idx]
    seen: dict[str, int] = {}
    ids = []
    for prefix in prefixes:
        seen[prefix] = seen.get(prefix, 0) + 1
        ids.append(f"{prefix}W{seen[prefix]:04d}")
    return ids


def _generate_workers(streams: Streams, firms: pd.DataFrame) -> pd.DataFrame:
    """All worker answers (codes, before missingness), every worker in an existing firm."""
    firm_idx = np.repeat(np.arange(len(firms)), _workers_per_firm(streams["allocation"], firms))
    context = ["firm_id", "country", "sector", "region", "year_founded", "_upgraded"]
    w = firms[context].iloc[firm_idx].reset_index(drop=True)
    w.insert(0, "worker_id", _worker_ids(firms, firm_idx))
    w = _worker_profile(streams["worker_profile"], w)
    rng = streams["pay"]
    firm_effect = _centred(rng.normal(0, 0.12, len(firms))[firm_idx], w[["country", "_upgraded"]])
    monthly = _monthly_pay(rng, w, firm_effect)
    w["pay_period"] = _pay_periods(rng, w)
    w["pay_amount"] = _pay_amounts(rng, w, monthly)
    rng = streams["conditions"]
    w["hours_per_week"] = _hours(rng, w)
    return pd.concat([w, _rights(rng, w, firm_idx, len(firms))], axis=1)


# ================================================================================= raw frames
def _scatter_missing(rng: np.random.Generator, frame: pd.DataFrame,
                     variables: Sequence[Variable]) -> pd.DataFrame:
    """Replace a few answers by don't-know/refused codes or blanks, variable by variable."""
    out = frame.copy()
    for var in variables:
        if not (var.coded_missing_rate or var.blank_rate):
            continue
        column = out[var.role].astype("Int64")
        draw = rng.random(len(out))
        if var.missing and var.coded_missing_rate:
            weights = np.array([2.0] + [1.0] * (len(var.missing) - 1))
            codes = rng.choice(var.missing, size=len(out), p=weights / weights.sum())
            coded = draw < var.coded_missing_rate
            column = column.mask(coded, pd.Series(codes, index=out.index, dtype="Int64"))
        blank = (draw >= var.coded_missing_rate) & (draw < var.coded_missing_rate + var.blank_rate)
        out[var.role] = column.mask(blank)
    return out


def _to_raw(frame: pd.DataFrame, sheet: str) -> pd.DataFrame:
    """Keep the questionnaire's columns, in order, named by question code."""
    data = {}
    for var in VARIABLES[sheet]:
        kind = role(LEVELS[sheet], var.role).kind
        data[var.code] = frame[var.role].astype(str if kind == "id" else "Int64")
    return pd.DataFrame(data)


def codebook_frame() -> pd.DataFrame:
    """The long-format codebook as people write it: Sheet/Variable/Question only on each
    variable's first row (readers forward-fill), Code/Code label blank for uncoded variables."""
    rows = []
    for sheet, variables in VARIABLES.items():
        for var in variables:
            labels = var.labels or ((None, None, ""),)
            for i, (code, text, _canonical) in enumerate(labels):
                first = i == 0
                rows.append((sheet if first else None, var.code if first else None,
                             var.question if first else None, code, text))
    frame = pd.DataFrame(rows, columns=list(CODEBOOK_COLUMNS))
    frame["Code"] = frame["Code"].astype("Int64")
    return frame


def generate_sample() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The sample survey as the questionnaires would deliver it: (firms, workers, codebook).

    Columns are question codes and values are the raw codes (``Int64``; IDs as text), with
    don't-know/refused codes and blanks already scattered in. Same output on every call.
    """
    streams = _streams()
    firms = _generate_firms(streams)
    workers = _generate_workers(streams, firms)
    firms_raw = _to_raw(_scatter_missing(streams["firm_missing"], firms, FIRM_VARIABLES),
                        FIRM_SHEET)
    workers_raw = _to_raw(_scatter_missing(streams["worker_missing"], workers, WORKER_VARIABLES),
                          WORKER_SHEET)
    return firms_raw, workers_raw, codebook_frame()


# ===================================================================================== writing
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_FIXED_TIME = (2023, 9, 15, 0, 0, 0)


def _cell(value: Any) -> Any:
    """A pandas/numpy value as openpyxl should store it (missing → empty cell)."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def frame_rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """Data rows of a frame as the cell values written to (and read back from) the workbook."""
    return [tuple(_cell(v) for v in row) for row in frame.itertuples(index=False, name=None)]


def _write_table(ws: Worksheet, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
                 widths: dict[str, float] | None = None) -> None:
    """Title on row 1, row 2 blank, bold header on row 3 (frozen), data from row 4."""
    ws.cell(row=1, column=1, value=title).font = TITLE_FONT
    for j, name in enumerate(header, start=1):
        cell = ws.cell(row=HEADER_ROW, column=j, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        ws.append(list(row))
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    for j, name in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(j)].width = (widths or {}).get(name, 10)


def _about_rows(firms: pd.DataFrame, workers: pd.DataFrame) -> list[tuple[str, str]]:
    """Provenance: what the file is, how it was made, and how to read pay and missing codes."""
    countries = "; ".join(
        f"{c.name}: {c.n_apparel + c.n_electronics} firms, {c.n_workers} workers, pay in "
        f"{c.currency}" for c in COUNTRIES)
    return [
        ("Status", "SYNTHETIC sample data generated by a program: not real survey responses. "
                   "Do not cite any figure from it."),
        ("Modelled on", "Inclusive Industrialization for ASEAN firm and worker questionnaires "
                        "(JustJobs Network and partners): " + countries),
        ("Generator", f"core/model/sample.py (Upgrading Explorer), version {GENERATOR_VERSION}, "
                      f"numpy default_rng seed {SAMPLE_SEED}; rerun: python -m core.model.sample"),
        ("Size", f"{len(firms)} firms, {len(workers)} workers; workers link to firms by W1 = A1"),
        ("Survey year", f"{SURVEY_YEAR}; 'the last 3 years' = {SURVEY_YEAR - 3}–{SURVEY_YEAR}"),
        ("Sheets", "Firms and Workers: title in row 1, question codes in row 3, data from row 4. "
                   "Codebook: one row per variable and code; Sheet, Variable and Question are "
                   "filled on the first row of each variable only."),
        ("Pay (W8a, W8b)", "W8a is the amount per pay period W8b, in full units of the local "
                           "currency (VND, THB, MMK; not thousands, not converted). Periods: month, "
                           "fortnight, week, day; 'piece' means W8a is the rate per piece."),
        ("Minimum wages", "Vietnam from July 2022 (million VND/month): Region I 4.68, II 4.16, "
                          "III 3.64, IV 3.25. Thailand (Oct 2022): 328–354 baht/day by province. "
                          "Myanmar (May 2018): 4,800 kyat/day."),
        ("Missing codes", "Yes/no items: 1 Yes, 2 No, 98 Don't know, 99 Refused. Stages (E1a/E1b), "
                          "price setting (B3a/B3b), contract (W6): 98 Don't know. D3, F2: 998 "
                          "Don't know. A blank cell is an unanswered question."),
        ("Built-in patterns", "Process upgrading common, product and functional rare, chain "
                              "rarest; more upgrading in electronics than apparel; bargaining "
                              "position rarely improved; no clear overall link between economic "
                              "upgrading and workers' outcomes, but technicians, supervisors and "
                              "managers in upgrading firms earn more than line workers do "
                              "(strongest in Thailand); pay clusters by firm."),
    ]


def _sample_workbook() -> Workbook:
    firms, workers, codebook = generate_sample()
    wb = Workbook()
    ws = wb.active
    ws.title = FIRM_SHEET
    _write_table(ws, TITLES[FIRM_SHEET], list(firms.columns), frame_rows(firms))
    _write_table(wb.create_sheet(WORKER_SHEET), TITLES[WORKER_SHEET], list(workers.columns),
                 frame_rows(workers), {"W0": 12, "W8a": 13})
    _write_table(wb.create_sheet(CODEBOOK_SHEET), TITLES[CODEBOOK_SHEET], list(codebook.columns),
                 frame_rows(codebook), {"Question": 90, "Code label": 55})
    _write_table(wb.create_sheet(ABOUT_SHEET), TITLES[ABOUT_SHEET], ["Item", "Value"],
                 _about_rows(firms, workers), {"Item": 20, "Value": 140})
    return wb


def _deterministic_xlsx(wb: Workbook) -> bytes:
    """Workbook bytes without timestamps, so regenerating an unchanged file changes no byte."""
    wb.properties.creator = "Upgrading Explorer sample generator"
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*_FIXED_TIME)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>"
                              + stamp.encode(), data)
            dst.writestr(zipfile.ZipInfo(info.filename, _FIXED_TIME), data,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_sample_workbook(path: str | Path) -> Path:
    """Write the sample survey workbook (Firms, Workers, Codebook, About) byte-reproducibly."""
    path = Path(path)
    return write_bytes_atomic(_deterministic_xlsx(_sample_workbook()), path)


# ==================================================================================== project
def _project_table(sheet: str, workbook: str) -> dict[str, Any]:
    return {"path": workbook, "sheet": sheet, "header_row": HEADER_ROW}


def _value_map(var: Variable, level: Level) -> dict[str, str]:
    """Raw code (as text) → canonical value, for category roles only; yes/no is the survey's job."""
    if role(level, var.role).kind != "category":
        return {}
    return {str(code): canonical for code, _text, canonical in var.labels if canonical}


def project_dict(workbook: str = SAMPLE_WORKBOOK) -> dict[str, Any]:
    """The sample's project file content (DESIGN.md format v1), paths relative to the project."""
    project: dict[str, Any] = {"format": "upgrading-explorer-project", "version": 1}
    levels = {"firms": ("firm", FIRM_SHEET), "workers": ("worker", WORKER_SHEET)}
    for key, (_level_name, sheet) in levels.items():
        project[key] = _project_table(sheet, workbook)
    for section in ("roles", "missing_codes", "value_maps"):
        project[section] = {}
        for key, (level, sheet) in levels.items():
            variables = VARIABLES[sheet]
            if section == "roles":
                entries = {v.role: v.code for v in variables}
            elif section == "missing_codes":
                entries = {v.code: list(v.missing) for v in variables if v.missing}
            else:
                entries = {v.code: m for v in variables if (m := _value_map(v, level))}
            project[section][key] = entries
    project.update({"rules": None, "subset": {}, "settings": {}})
    return project


def write_project(path: str | Path, workbook: str = SAMPLE_WORKBOOK) -> Path:
    """Write the sample's ``.uex.json`` so the app opens the sample without an import review."""
    path = Path(path)
    text = json.dumps(project_dict(workbook), indent=2, ensure_ascii=False)
    return write_text_atomic(text + "\n", path)


# =================================================================================== template
TEMPLATE_COLUMNS = ("Level", "Role", "Kind", "Group", "Description", "Description (Tiếng Việt)",
                    "Expected values")
_SUGGESTED_VALUES = {
    "region": "Vietnam: Region I–IV; elsewhere the province name (e.g. Bangkok, Chonburi, Yangon)",
    "education": "primary | lower_secondary | upper_secondary | vocational | university",
    "pay_amount": "amount per pay period in full units of the local currency (not thousands)",
}


def expected_values(r: Role) -> str:
    """What a cell of this role should hold, in words a survey designer can follow."""
    if r.name in _SUGGESTED_VALUES:
        return _SUGGESTED_VALUES[r.name]
    if r.kind == "id":
        linked = r.name == "firm_id" and r.level == "worker"
        return "the firm's ID exactly as in the Firms sheet" if linked else \
            "text, unique per row; keep leading zeros"
    if r.kind == "category":
        return " | ".join(r.canonical_values) or "text categories"
    if r.kind == "yesno":
        return "yes | no (1 = yes, 2 = no also accepted); declare don't-know and refused codes " \
               "(e.g. 98, 99) as missing codes"
    if r.kind == "weight":
        return "positive number (only if the sample design has weights)"
    if r.valid_range is None:
        return "number"
    low, high = (f"{x:g}" for x in r.valid_range)
    return f"{'whole number' if r.kind == 'ordinal' else 'number'} from {low} to {high}"


_TEMPLATE_ABOUT = (
    ("Purpose", "Blank template for a new firm–worker survey. Column names are Upgrading "
                "Explorer's canonical roles, so the app maps a filled-in copy without questions."),
    ("Firms", "One row per firm from row 2; firm_id unique. Hover a column name for what it holds."),
    ("Workers", "One row per worker; firm_id must match a firm_id in Firms."),
    ("Codebook", "Every role: level, kind, group, description (English, Tiếng Việt) and the values "
                 "expected. Delete columns you do not collect; add your own freely."),
    ("Reference period", "Upgrading items refer to changes implemented in the last 3 years "
                         "(never plans)."),
    ("Generator", f"core/model/sample.py, version {GENERATOR_VERSION}; rerun: python -m core.model.sample"),
)


def _template_roles(level: Level) -> list[Role]:
    """A level's roles with firm_id first (the link every row needs)."""
    return sorted(roles_for(level), key=lambda r: r.name != "firm_id")


def _template_sheet(ws: Worksheet, roles: Sequence[Role]) -> None:
    """Header row of canonical names, each with a comment saying what belongs in the column."""
    for j, r in enumerate(roles, start=1):
        cell = ws.cell(row=1, column=j, value=r.name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.comment = Comment(f"{r.description}\n{r.description_vi}\nExpected: "
                               f"{expected_values(r)}", "Upgrading Explorer", 160, 320)
        ws.column_dimensions[get_column_letter(j)].width = max(12, len(r.name) + 3)
        if r.kind in ("category", "yesno") and (r.canonical_values or r.kind == "yesno"):
            options = "yes,no" if r.kind == "yesno" else ",".join(r.canonical_values)
            dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True,
                                errorStyle="warning", showErrorMessage=True)
            dv.add(f"{get_column_letter(j)}2:{get_column_letter(j)}5000")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"


def _template_codebook(ws: Worksheet) -> None:
    ws.append(list(TEMPLATE_COLUMNS))
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for level in LEVELS.values():
        for r in _template_roles(level):
            ws.append([level, r.name, r.kind, r.group, r.description, r.description_vi,
                       expected_values(r)])
    for letter, width in zip("ABCDEFG", (8, 24, 10, 12, 60, 60, 70), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def write_template(path: str | Path) -> Path:
    """Write the blank survey template: canonical column names, so a new survey maps itself."""
    wb = Workbook()
    firms = wb.active
    firms.title = FIRM_SHEET
    _template_sheet(firms, _template_roles("firm"))
    _template_sheet(wb.create_sheet(WORKER_SHEET), _template_roles("worker"))
    _template_codebook(wb.create_sheet(CODEBOOK_SHEET))
    about = wb.create_sheet(ABOUT_SHEET)
    for row in _TEMPLATE_ABOUT:
        about.append(row)
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 18, 120
    path = Path(path)
    return write_bytes_atomic(_deterministic_xlsx(wb), path)


def write_all(out_dir: str | Path = RESOURCES) -> list[Path]:
    """(Re)write the three committed resources into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [write_sample_workbook(out / SAMPLE_WORKBOOK), write_project(out / SAMPLE_PROJECT),
            write_template(out / TEMPLATE_WORKBOOK)]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m core.model.sample [OUT_DIR]``: regenerate the bundled resources."""
    args = list(sys.argv[1:] if argv is None else argv)
    for path in write_all(args[0] if args else RESOURCES):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
