"""Generate the delivery corpus of issue 11: small survey deliveries shaped as real teams send them.

Every delivery is rendered from ONE clean truth (a firm and a worker DataFrame whose columns are
canonical role names, see core/model/roles.py). The truth is also written as a plain workbook
``truth/<name>.xlsx`` (sheets Firms and Workers), so a test can check that ``analyze DELIVERY``
gives the same numbers as ``analyze TRUTH``. Beside each delivery, ``<name>.expected.json`` says
what an import that understood it must find (see README.md for the keys).

Run ``.venv/bin/python tests/data/deliveries/make_deliveries.py`` from the repository root; the
output is the same on every run (fixed seeds, fixed file dates).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "truth"
FIXED_DATE = dt.datetime(2024, 1, 15, 9, 0, 0)

YESNO_FIRM = (
    "new_machinery",
    "automation",
    "cad_erp",
    "line_reorganisation",
    "certification_new",
    "new_product",
    "design_added",
    "own_brand_added",
    "new_export_market",
)
MULTI = ("new_machinery", "automation", "cad_erp", "line_reorganisation")  # the "q12" multi-select
YESNO_WORKER = ("training", "social_insurance", "promoted")
CONTRACT_SHORT = "fixed_term_short"  # the canonical name the truth gives a fixed term under 1 year


# ============================================================================ the truth
def make_truth(
    seed: int,
    n_firms: int,
    *,
    countries: tuple[str, ...] = ("Vietnam",),
    sectors: tuple[str, ...] = ("apparel", "electronics"),
    per_firm: tuple[int, int] = (2, 6),
    prefix: str = "F",
    periods: tuple[str, ...] = ("month",),
    nan_rate: float = 0.04,
    multi_complete: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One clean survey: firms and workers with canonical role columns (yes/no as 1/0/NaN)."""
    rng = np.random.default_rng(seed)
    f = pd.DataFrame({"firm_id": [f"{prefix}{i:03d}" for i in range(1, n_firms + 1)]})
    f["country"] = rng.choice(countries, n_firms) if len(countries) > 1 else countries[0]
    if len(countries) > 1:  # every country present, in blocks
        f["country"] = [countries[i * len(countries) // n_firms] for i in range(n_firms)]
    f["sector"] = rng.choice(sectors, n_firms)
    f["ownership"] = rng.choice(
        ["domestic_private", "foreign", "joint_venture", "state"], n_firms, p=[0.5, 0.35, 0.1, 0.05]
    )
    f["employees"] = np.clip(rng.lognormal(5.3, 0.9, n_firms).round(), 12, 5000).astype(int)
    before = rng.choice([0, 1, 2, 3], n_firms, p=[0.45, 0.35, 0.15, 0.05])
    step = np.where(rng.random(n_firms) < 0.27, 1, np.where(rng.random(n_firms) < 0.05, -1, 0))
    f["stage_before"] = before
    f["stage_now"] = np.clip(before + step, 0, 3)
    pb = rng.choice([1, 2, 3, 4], n_firms, p=[0.4, 0.3, 0.2, 0.1])
    f["price_setting_before"] = pb
    f["price_setting_now"] = np.clip(pb + rng.choice([-1, 0, 0, 0, 1], n_firms), 1, 4)
    f["export_share"] = rng.choice([0, 10, 25, 40, 60, 80, 95, 100], n_firms)
    probs = {
        "new_machinery": 0.45,
        "automation": 0.25,
        "cad_erp": 0.2,
        "line_reorganisation": 0.3,
        "certification_new": 0.15,
        "new_product": 0.2,
        "design_added": 0.12,
        "own_brand_added": 0.05,
        "new_export_market": 0.2,
    }
    for r, p in probs.items():
        v = (rng.random(n_firms) < p).astype(float)
        if not (multi_complete and r in MULTI):
            v[rng.random(n_firms) < nan_rate] = np.nan
        f[r] = v
    sizes = rng.integers(per_firm[0], per_firm[1] + 1, n_firms)
    rows = []
    wid = 0
    for fid, country, k in zip(f["firm_id"], f["country"], sizes, strict=True):
        for j in range(int(k)):
            wid += 1
            period = str(rng.choice(periods))
            rows.append(
                {
                    "worker_id": f"W{wid:04d}",
                    "firm_id": fid,
                    "worker_no": j + 1,
                    "country": country,
                    "pay_period": period,
                }
            )
    w = pd.DataFrame(rows)
    n = len(w)
    w["gender"] = rng.choice(["female", "male"], n, p=[0.6, 0.4])
    w["age"] = rng.integers(18, 58, n)
    w["skill_group"] = rng.choice(
        ["production", "technician", "supervisor", "manager"], n, p=[0.7, 0.15, 0.1, 0.05]
    )
    w["contract"] = rng.choice(
        ["indefinite", "fixed_term", CONTRACT_SHORT, "probation"], n, p=[0.35, 0.35, 0.2, 0.1]
    )
    w["pay_amount"] = [_pay(rng, c, p) for c, p in zip(w["country"], w["pay_period"], strict=True)]
    w["hours_per_week"] = rng.choice([40, 44, 48, 48, 52, 56, 60], n)
    for r, p in {"training": 0.4, "social_insurance": 0.75, "promoted": 0.12}.items():
        v = (rng.random(n) < p).astype(float)
        v[rng.random(n) < nan_rate] = np.nan
        w[r] = v
    cols = [
        "worker_id",
        "firm_id",
        "worker_no",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        *YESNO_WORKER,
    ]
    return f, w[cols]


def _pay(rng: np.random.Generator, country: str, period: str) -> float:
    if country == "Vietnam":
        return (
            float(rng.integers(4500, 16000) * 1000)
            if period == "month"
            else float(rng.integers(180, 600) * 1000)
        )
    if country == "Thailand":
        return float(rng.integers(9000, 22000)) if period == "month" else float(rng.integers(330, 520))
    return float(rng.integers(1500, 3200) * 100) if period == "month" else float(rng.integers(48, 90) * 100)


# ============================================================================ small helpers
def yn(values: pd.Series, yes: Any, no: Any, missing: Any = None) -> list[Any]:
    """1/0/NaN → the delivery's own yes and no answers (missing → ``missing``)."""
    return [missing if pd.isna(v) else (yes if v == 1 else no) for v in values]


def recode(values: pd.Series, mapping: dict[Any, Any]) -> list[Any]:
    return [None if pd.isna(v) else mapping[v] for v in values]


def cells(df: pd.DataFrame) -> list[list[Any]]:
    """DataFrame rows as plain Python cells (NaN → empty)."""
    out = []
    for row in df.itertuples(index=False):
        out.append([None if _isna(v) else (v.item() if hasattr(v, "item") else v) for v in row])
    return out


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def write_xlsx(path: Path, sheets: list[tuple[str, list[list[Any]]]]) -> None:
    """A workbook from lists of rows, with fixed document dates (same bytes' content each run)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = "make_deliveries.py"
    wb.save(path)
    fix_zip_dates(path)


def frame_sheet(df: pd.DataFrame) -> list[list[Any]]:
    return [list(df.columns), *cells(df)]


def write_truth(name: str, firms: pd.DataFrame | None, workers: pd.DataFrame | None) -> str:
    """The clean workbook the app reads today: canonical role names, canonical values."""
    TRUTH.mkdir(exist_ok=True)
    sheets = []
    if firms is not None:
        sheets.append(("Firms", frame_sheet(firms)))
    if workers is not None:
        sheets.append(("Workers", frame_sheet(workers)))
    path = TRUTH / f"{name}.xlsx"
    write_xlsx(path, sheets)
    return f"truth/{name}.xlsx"


def fix_zip_dates(path: Path) -> None:
    """Rewrite a zip container (xlsx, ods) with fixed entry dates, so each run writes the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the clock
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-15T09:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


def fix_sav_date(path: Path) -> None:
    """The .sav header holds its creation date and time (bytes 92–108): make them fixed."""
    raw = bytearray(path.read_bytes())
    raw[92:109] = FIXED_DATE.strftime("%d %b %y%H:%M:%S").encode("ascii")
    path.write_bytes(bytes(raw))


def fixed_zip(path: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def uuid_for(seed: int, i: int) -> str:
    rng = np.random.default_rng(seed * 100_003 + i)
    h = "".join(f"{b:02x}" for b in rng.integers(0, 256, 16))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def times(seed: int, n: int) -> tuple[list[str], list[str], list[str]]:
    rng = np.random.default_rng(seed + 7)
    base = dt.datetime(2023, 3, 1, 8, 0, 0)
    start = [
        base + dt.timedelta(days=int(d), minutes=int(m))
        for d, m in zip(rng.integers(0, 40, n), rng.integers(0, 600, n), strict=True)
    ]
    end = [s + dt.timedelta(minutes=int(m)) for s, m in zip(start, rng.integers(25, 90, n), strict=True)]
    sub = [e + dt.timedelta(hours=int(h)) for e, h in zip(end, rng.integers(1, 30, n), strict=True)]
    fmt = "%Y-%m-%dT%H:%M:%S.000+07:00"
    return (
        [s.strftime(fmt) for s in start],
        [e.strftime(fmt) for e in end],
        [s.strftime("%Y-%m-%dT%H:%M:%S") for s in sub],
    )


def keep(
    firms: pd.DataFrame, workers: pd.DataFrame, firm_roles: list[str], worker_roles: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The truth restricted to the roles the delivery carries (so both sides know the same)."""
    return firms[firm_roles].copy(), workers[worker_roles].copy()


def counts(firms: pd.DataFrame | None, workers: pd.DataFrame | None) -> dict[str, int]:
    out = {}
    if firms is not None:
        out["n_firms"] = len(firms)
    if workers is not None:
        out["n_workers"] = len(workers)
    return out


STAGE_EN = {0: "CMT", 1: "FOB", 2: "ODM", 3: "OBM"}
STAGE_ALT = {0: ("CMT", "CMP"), 1: ("FOB", "OEM"), 2: ("ODM",), 3: ("OBM",)}
SKILL_EN = {
    "production": "Production worker",
    "technician": "Technician",
    "supervisor": "Supervisor",
    "manager": "Manager",
}
GENDER_EN = {"female": "Female", "male": "Male"}
OWN_EN = {
    "domestic_private": "Domestic private",
    "foreign": "Foreign",
    "joint_venture": "Joint venture",
    "state": "State-owned",
}
SECTOR_EN = {"apparel": "Garment", "electronics": "Electronics"}


def stage_text(values: pd.Series, seed: int) -> list[str]:
    """Stage codes as the words a team writes, mixing the synonyms (CMT/CMP, FOB/OEM)."""
    rng = np.random.default_rng(seed)
    return [str(rng.choice(STAGE_ALT[int(v)])) for v in values]


# ============================================================================ deliveries
Builder = Callable[[], dict[str, Any]]
BUILDERS: list[Builder] = []


def delivery(fn: Builder) -> Builder:
    BUILDERS.append(fn)
    return fn


@delivery
def kobo_vn_repeat() -> dict[str, Any]:
    """KoboToolbox xlsx export (XML names) with a worker repeat group, and the XLSForm in the book."""
    name = "kobo_vn_repeat"
    f, w = make_truth(101, 36, prefix="KB", multi_complete=True, periods=("month", "day"))
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        *MULTI,
        "new_product",
        "design_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    n = len(f)
    start, end, sub = times(101, n)
    main = pd.DataFrame(
        {
            "start": start,
            "end": end,
            "deviceid": [f"collect:{uuid_for(5, i)[:16]}" for i in range(n)],
            "firm_info/firm_name": [f"Công ty {i:02d}" for i in range(1, n + 1)],
            "firm_info/country": "vn",
            "firm_info/sector": recode(f["sector"], {"apparel": "garment", "electronics": "electronics"}),
            "firm_info/employees": f["employees"],
            "production/prod_mode_2019": recode(f["stage_before"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "production/prod_mode_2022": recode(f["stage_now"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "production/price_2019": f["price_setting_before"],
            "production/price_2022": f["price_setting_now"],
        }
    )
    words = {
        "new_machinery": "machines",
        "automation": "automation",
        "cad_erp": "cad",
        "line_reorganisation": "lean",
    }
    main["process/q12"] = [" ".join(wd for r, wd in words.items() if f.at[i, r] == 1) for i in range(n)]
    for r, wd in words.items():
        main[f"process/q12/{wd}"] = f[r].astype(int)
    main["product/new_product"] = yn(f["new_product"], "yes", "no")
    main["functional/design"] = yn(f["design_added"], "yes", "no")
    main["_id"] = range(40_211_001, 40_211_001 + n)
    main["_uuid"] = [uuid_for(101, i) for i in range(n)]
    main["_submission_time"] = sub
    main["_validation_status"] = None
    main["_notes"] = None
    main["_status"] = "submitted_via_web"
    main["_submitted_by"] = "enumerator1"
    main["__version__"] = "vQ7Hk2bWmZ"
    main["_tags"] = None
    main["_index"] = range(1, n + 1)
    idx = {fid: i + 1 for i, fid in enumerate(f["firm_id"])}
    rep = pd.DataFrame(
        {
            "workers/w_gender": w["gender"],
            "workers/w_age": w["age"],
            "workers/w_skill": w["skill_group"],
            "workers/w_contract": recode(
                w["contract"],
                {
                    "indefinite": "indefinite",
                    "fixed_term": "fixed_ge1",
                    CONTRACT_SHORT: "fixed_lt1",
                    "probation": "probation",
                },
            ),
            "workers/w_pay": w["pay_amount"],
            "workers/w_pay_period": w["pay_period"],
            "workers/w_hours": w["hours_per_week"],
            "workers/w_training": yn(w["training"], "yes", "no"),
            "workers/w_si": yn(w["social_insurance"], "yes", "no"),
        }
    )
    rep["_index"] = range(1, len(w) + 1)
    rep["_parent_table_name"] = "Khảo sát doanh nghiệp"
    rep["_parent_index"] = [idx[x] for x in w["firm_id"]]
    rep["_submission__id"] = [40_211_000 + idx[x] for x in w["firm_id"]]
    rep["_submission__uuid"] = [uuid_for(101, idx[x] - 1) for x in w["firm_id"]]
    rep["_submission__submission_time"] = [sub[idx[x] - 1] for x in w["firm_id"]]
    survey = [
        ["type", "name", "label::English", "label::Vietnamese", "required"],
        ["start", "start", None, None, None],
        ["end", "end", None, None, None],
        ["deviceid", "deviceid", None, None, None],
        ["begin_group", "firm_info", "Firm information", "Thông tin doanh nghiệp", None],
        ["text", "firm_name", "Firm name", "Tên doanh nghiệp", "yes"],
        ["select_one country", "country", "Country", "Quốc gia", "yes"],
        ["select_one sector", "sector", "Main sector", "Ngành chính", "yes"],
        ["integer", "employees", "Number of employees", "Số lao động", "yes"],
        ["end_group", None, None, None, None],
        ["begin_group", "production", "Production", "Sản xuất", None],
        [
            "select_one mode",
            "prod_mode_2019",
            "Main production mode in 2019",
            "Phương thức sản xuất chính năm 2019",
            "yes",
        ],
        [
            "select_one mode",
            "prod_mode_2022",
            "Main production mode in 2022",
            "Phương thức sản xuất chính năm 2022",
            "yes",
        ],
        [
            "select_one price",
            "price_2019",
            "Who set the price of your main product in 2019?",
            "Ai quyết định giá sản phẩm chính năm 2019?",
            "yes",
        ],
        [
            "select_one price",
            "price_2022",
            "Who set the price of your main product in 2022?",
            "Ai quyết định giá sản phẩm chính năm 2022?",
            "yes",
        ],
        ["end_group", None, None, None, None],
        ["begin_group", "process", "Process", "Quy trình", None],
        [
            "select_multiple improvements",
            "q12",
            "Which of these did the firm introduce since 2019?",
            "Doanh nghiệp đã áp dụng những điều nào sau đây từ năm 2019?",
            None,
        ],
        ["end_group", None, None, None, None],
        ["begin_group", "product", "Product", "Sản phẩm", None],
        [
            "select_one yn",
            "new_product",
            "Did the firm introduce a new product?",
            "Doanh nghiệp có đưa ra sản phẩm mới không?",
            "yes",
        ],
        ["end_group", None, None, None, None],
        ["begin_group", "functional", "Functions", "Chức năng", None],
        [
            "select_one yn",
            "design",
            "Did the firm add design functions?",
            "Doanh nghiệp có bổ sung chức năng thiết kế không?",
            "yes",
        ],
        ["end_group", None, None, None, None],
        ["begin_repeat", "workers", "Workers interviewed", "Người lao động được phỏng vấn", None],
        ["select_one gender", "w_gender", "Gender", "Giới tính", "yes"],
        ["integer", "w_age", "Age", "Tuổi", "yes"],
        ["select_one skill", "w_skill", "Job category", "Nhóm công việc", "yes"],
        ["select_one contract", "w_contract", "Type of contract", "Loại hợp đồng", "yes"],
        ["integer", "w_pay", "Pay amount (VND)", "Tiền lương (đồng)", "yes"],
        ["select_one period", "w_pay_period", "Pay period", "Kỳ trả lương", "yes"],
        ["integer", "w_hours", "Hours worked per week", "Số giờ làm việc mỗi tuần", "yes"],
        [
            "select_one yn",
            "w_training",
            "Training in the last 12 months",
            "Được đào tạo trong 12 tháng qua",
            None,
        ],
        ["select_one yn", "w_si", "Covered by social insurance", "Có bảo hiểm xã hội", None],
        ["end_repeat", None, None, None, None],
    ]
    choices = [
        ["list_name", "name", "label::English", "label::Vietnamese"],
        ["yn", "yes", "Yes", "Có"],
        ["yn", "no", "No", "Không"],
        ["country", "vn", "Viet Nam", "Việt Nam"],
        ["sector", "garment", "Garment", "May mặc"],
        ["sector", "electronics", "Electronics", "Điện tử"],
        ["mode", "cmt", "CMT (cut-make-trim)", "Gia công (CMT)"],
        ["mode", "fob", "FOB", "FOB"],
        ["mode", "odm", "ODM (own design)", "ODM (tự thiết kế)"],
        ["mode", "obm", "OBM (own brand)", "OBM (thương hiệu riêng)"],
        ["price", "1", "The buyer sets the price", "Người mua quyết định"],
        ["price", "2", "The buyer proposes, we negotiate a little", "Người mua đề xuất, thương lượng ít"],
        ["price", "3", "We negotiate as equals", "Thương lượng ngang nhau"],
        ["price", "4", "We set the price", "Doanh nghiệp quyết định"],
        ["improvements", "machines", "New machinery", "Máy móc mới"],
        ["improvements", "automation", "Automation", "Tự động hoá"],
        ["improvements", "cad", "CAD/ERP software", "Phần mềm CAD/ERP"],
        ["improvements", "lean", "Line reorganisation (lean)", "Tổ chức lại dây chuyền (lean)"],
        ["gender", "female", "Female", "Nữ"],
        ["gender", "male", "Male", "Nam"],
        ["skill", "production", "Production worker", "Công nhân sản xuất"],
        ["skill", "technician", "Technician", "Kỹ thuật viên"],
        ["skill", "supervisor", "Supervisor", "Giám sát"],
        ["skill", "manager", "Manager", "Quản lý"],
        ["contract", "indefinite", "Indefinite", "Không xác định thời hạn"],
        ["contract", "fixed_ge1", "Fixed-term ≥ 1 year", "Xác định thời hạn ≥ 1 năm"],
        ["contract", "fixed_lt1", "Fixed-term < 1 year", "Xác định thời hạn < 1 năm"],
        ["contract", "probation", "Probation", "Thử việc"],
        ["period", "month", "Per month", "Theo tháng"],
        ["period", "day", "Per day", "Theo ngày"],
    ]
    settings = [
        ["form_title", "form_id", "version", "default_language"],
        ["Khảo sát doanh nghiệp", "upgrading_vn_2023", "vQ7Hk2bWmZ", "Vietnamese"],
    ]
    write_xlsx(
        HERE / f"{name}.xlsx",
        [
            ("Khảo sát doanh nghiệp", frame_sheet(main)),
            ("workers", frame_sheet(rep)),
            ("survey", survey),
            ("choices", choices),
            ("settings", settings),
        ],
    )
    return {
        "file": f"{name}.xlsx",
        "patterns": [
            1,
            2,
            5,
            8,
            9,
            "kobo_repeat",
            "xlsform_in_workbook",
            "kobo_metadata",
            "split_multiselect_slash",
        ],
        "tables": {
            "Khảo sát doanh nghiệp": {"kind": "firms", "header_row": 1, "n_rows": n},
            "workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
            "survey": {"kind": "codebook", "header_row": 1, "n_rows": len(survey) - 1},
            "choices": {"kind": "codebook", "header_row": 1, "n_rows": len(choices) - 1},
        },
        **counts(tf, tw),
        "link": {"firms": "_index", "workers": "_parent_index"},
        "roles": {
            "firms": {
                "country": "firm_info/country",
                "sector": "firm_info/sector",
                "employees": "firm_info/employees",
                "stage_before": "production/prod_mode_2019",
                "stage_now": "production/prod_mode_2022",
                "price_setting_before": "production/price_2019",
                "price_setting_now": "production/price_2022",
                "new_machinery": "process/q12/machines",
                "automation": "process/q12/automation",
                "cad_erp": "process/q12/cad",
                "line_reorganisation": "process/q12/lean",
                "new_product": "product/new_product",
                "design_added": "functional/design",
            },
            "workers": {
                "gender": "workers/w_gender",
                "age": "workers/w_age",
                "skill_group": "workers/w_skill",
                "contract": "workers/w_contract",
                "pay_amount": "workers/w_pay",
                "pay_period": "workers/w_pay_period",
                "hours_per_week": "workers/w_hours",
                "training": "workers/w_training",
                "social_insurance": "workers/w_si",
            },
        },
        "not_roles": {"firms": ["_uuid", "_submission_time", "start", "end", "deviceid", "_id"]},
        "yes_no": {
            "firms": [*MULTI, "new_product", "design_added"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": ["fixed_ge1", "fixed_lt1"]}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def kobo_th_labels() -> dict[str, Any]:
    """Kobo xlsx export with labels as headers (Thai answers), repeat linked by _index."""
    name = "kobo_th_labels"
    f, w = make_truth(
        102,
        30,
        countries=("Thailand",),
        sectors=("electronics",),
        prefix="TH",
        periods=("day", "month"),
        multi_complete=True,
    )
    fr = [
        "firm_id",
        "country",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "automation",
        "certification_new",
        "new_product",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
        "promoted",
    ]
    tf, tw = keep(f, w, fr, wr)
    n = len(f)
    start, end, sub = times(102, n)
    yes, no = "ใช่", "ไม่ใช่"
    stage_th = {0: "Consigned assembly", 1: "OEM", 2: "ODM", 3: "OBM"}
    main = pd.DataFrame(
        {
            "start": start,
            "end": end,
            "Factory information/Country": "Thailand",
            "Factory information/How many people does the factory employ?": f["employees"],
            "Production/Main production arrangement in 2019": recode(f["stage_before"], stage_th),
            "Production/Main production arrangement in 2022": recode(f["stage_now"], stage_th),
            "Improvements/Which improvements since 2019?": [
                " ".join(
                    x
                    for r, x in (("new_machinery", "New machines"), ("automation", "Automation"))
                    if f.at[i, r] == 1
                )
                for i in range(n)
            ],
            "Improvements/Which improvements since 2019?/New machines": f["new_machinery"].astype(int),
            "Improvements/Which improvements since 2019?/Automation": f["automation"].astype(int),
            "Improvements/Did the factory gain a new ISO certification?": yn(f["certification_new"], yes, no),
            "Improvements/Did the factory introduce a new product?": yn(f["new_product"], yes, no),
            "_id": range(7_001, 7_001 + n),
            "_uuid": [uuid_for(102, i) for i in range(n)],
            "_submission_time": sub,
            "_index": range(1, n + 1),
        }
    )
    idx = {fid: i + 1 for i, fid in enumerate(f["firm_id"])}
    contract_th = {
        "indefinite": "Permanent",
        "fixed_term": "Fixed-term ≥ 1 year",
        CONTRACT_SHORT: "Fixed-term < 1 year",
        "probation": "Probation",
    }
    rep = pd.DataFrame(
        {
            "Gender": recode(w["gender"], {"female": "หญิง", "male": "ชาย"}),
            "Age": w["age"],
            "Type of contract": recode(w["contract"], contract_th),
            "How much are you paid?": w["pay_amount"],
            "How are you paid?": recode(w["pay_period"], {"day": "รายวัน", "month": "รายเดือน"}),
            "How many hours do you work per week?": w["hours_per_week"],
            "Did you receive training in the last 12 months?": yn(w["training"], yes, no),
            "Are you covered by social security?": yn(w["social_insurance"], yes, no),
            "Were you promoted in the last 3 years?": yn(w["promoted"], yes, no),
            "_index": range(1, len(w) + 1),
            "_parent_table_name": "Factory survey",
            "_parent_index": [idx[x] for x in w["firm_id"]],
            "_submission__uuid": [uuid_for(102, idx[x] - 1) for x in w["firm_id"]],
        }
    )
    write_xlsx(HERE / f"{name}.xlsx", [("Factory survey", frame_sheet(main)), ("workers", frame_sheet(rep))])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 8, 9, "kobo_label_headers", "thai_answers"],
        "tables": {
            "Factory survey": {"kind": "firms", "header_row": 1, "n_rows": n},
            "workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "_index", "workers": "_parent_index"},
        "roles": {
            "firms": {
                "country": "Factory information/Country",
                "employees": "Factory information/How many people does the factory employ?",
                "stage_before": "Production/Main production arrangement in 2019",
                "stage_now": "Production/Main production arrangement in 2022",
                "new_machinery": "Improvements/Which improvements since 2019?/New machines",
                "automation": "Improvements/Which improvements since 2019?/Automation",
                "certification_new": "Improvements/Did the factory gain a new ISO certification?",
                "new_product": "Improvements/Did the factory introduce a new product?",
            },
            "workers": {
                "gender": "Gender",
                "age": "Age",
                "contract": "Type of contract",
                "pay_amount": "How much are you paid?",
                "pay_period": "How are you paid?",
                "hours_per_week": "How many hours do you work per week?",
                "training": "Did you receive training in the last 12 months?",
                "social_insurance": "Are you covered by social security?",
                "promoted": "Were you promoted in the last 3 years?",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "automation", "certification_new", "new_product"],
            "workers": ["training", "social_insurance", "promoted"],
        },
        "distinct": {"workers": {"contract": ["Fixed-term ≥ 1 year", "Fixed-term < 1 year"]}},
        "truth": write_truth(name, tf, tw),
    }


def blank_multiselect_unknown(tf: pd.DataFrame, tw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The truth of a one-column multi-select: a firm that ticked nothing writes a blank cell,
    which ODK also writes when the question was not asked, so its answers are unknown."""
    tf = tf.copy()
    none_ticked = (tf[list(MULTI)].fillna(0) == 0).all(axis=1)
    tf.loc[none_ticked, list(MULTI)] = np.nan
    return tf, tw


@delivery
def odk_central_mm() -> dict[str, Any]:
    """ODK Central export: a zip of csvs, repeat linked by KEY/PARENT_KEY, one-column multi-select."""
    name = "odk_central_mm"
    f, w = make_truth(
        103,
        32,
        countries=("Myanmar",),
        sectors=("apparel",),
        prefix="MM",
        periods=("day",),
        multi_complete=True,
    )
    fr = [
        "firm_id",
        "country",
        "sector",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        *MULTI,
        "certification_new",
        "own_brand_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    n = len(f)
    start, end, sub = times(103, n)
    keys = [f"uuid:{uuid_for(103, i)}" for i in range(n)]
    words = {
        "new_machinery": "machines",
        "automation": "automation",
        "cad_erp": "cad",
        "line_reorganisation": "lean",
    }
    main = pd.DataFrame(
        {
            "SubmissionDate": [s.replace("T", " ") for s in sub],
            "start": start,
            "end": end,
            "deviceid": [f"collect:{uuid_for(9, i)[:16]}" for i in range(n)],
            "firm_info-country": "mm",
            "firm_info-sector": "garment",
            "firm_info-ownership": recode(
                f["ownership"],
                {
                    "domestic_private": "domestic",
                    "foreign": "foreign",
                    "joint_venture": "jv",
                    "state": "state",
                },
            ),
            "firm_info-employees": f["employees"],
            "production-mode_2016": recode(f["stage_before"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "production-mode_2019": recode(f["stage_now"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "process-q12": [" ".join(wd for r, wd in words.items() if f.at[i, r] == 1) for i in range(n)],
            "process-iso_new": yn(f["certification_new"], "yes", "no"),
            "functional-own_brand": yn(f["own_brand_added"], "yes", "no"),
            "meta-instanceID": keys,
            "KEY": keys,
            "SubmitterID": 12,
            "SubmitterName": "enum_mdy",
            "AttachmentsPresent": 0,
            "AttachmentsExpected": 0,
            "Status": None,
            "ReviewState": None,
            "DeviceID": None,
            "Edits": 0,
            "FormVersion": "2023031501",
        }
    )
    pos = {fid: i for i, fid in enumerate(f["firm_id"])}
    rep_keys, k_in = [], {}
    for fid in w["firm_id"]:
        k_in[fid] = k_in.get(fid, 0) + 1
        rep_keys.append(f"{keys[pos[fid]]}/workers[{k_in[fid]}]")
    rep = pd.DataFrame(
        {
            "w_gender": w["gender"],
            "w_age": w["age"],
            "w_skill": w["skill_group"],
            "w_pay": w["pay_amount"],
            "w_pay_period": w["pay_period"],
            "w_hours": w["hours_per_week"],
            "w_training": yn(w["training"], "yes", "no"),
            "w_ssb": yn(w["social_insurance"], "yes", "no"),
            "PARENT_KEY": [keys[pos[x]] for x in w["firm_id"]],
            "KEY": rep_keys,
        }
    )
    fixed_zip(
        HERE / f"{name}.zip",
        {
            "upgrading_mm.csv": main.to_csv(index=False).encode(),
            "upgrading_mm-workers.csv": rep.to_csv(index=False).encode(),
        },
    )
    return {
        "file": f"{name}.zip",
        "patterns": [
            1,
            2,
            8,
            9,
            "odk_central_zip",
            "space_separated_multiselect",
            "odk_group_prefix_dash",
            "odk_metadata",
        ],
        "tables": {
            "upgrading_mm": {"kind": "firms", "header_row": 1, "n_rows": n},
            "upgrading_mm-workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "KEY", "workers": "PARENT_KEY"},
        "roles": {
            "firms": {
                "country": "firm_info-country",
                "sector": "firm_info-sector",
                "ownership": "firm_info-ownership",
                "employees": "firm_info-employees",
                "stage_before": "production-mode_2016",
                "stage_now": "production-mode_2019",
                # the one-column multi-select is split into Kobo-style 0/1 columns
                "new_machinery": "process-q12/machines",
                "automation": "process-q12/automation",
                "cad_erp": "process-q12/cad",
                "line_reorganisation": "process-q12/lean",
                "certification_new": "process-iso_new",
                "own_brand_added": "functional-own_brand",
            },
            "workers": {
                "gender": "w_gender",
                "age": "w_age",
                "skill_group": "w_skill",
                "pay_amount": "w_pay",
                "pay_period": "w_pay_period",
                "hours_per_week": "w_hours",
                "training": "w_training",
                "social_insurance": "w_ssb",
            },
        },
        "not_roles": {
            "firms": [
                "SubmissionDate",
                "start",
                "end",
                "deviceid",
                "meta-instanceID",
                "SubmitterID",
                "FormVersion",
            ]
        },
        "yes_no": {
            "firms": [*MULTI, "certification_new", "own_brand_added"],
            "workers": ["training", "social_insurance"],
        },
        "truth": write_truth(name, *blank_multiselect_unknown(tf, tw)),
    }


@delivery
def surveycto_wide() -> dict[str, Any]:
    """SurveyCTO wide csv: one row per firm, workers in w_*_1..4 column groups."""
    name = "surveycto_wide"
    f, w = make_truth(104, 45, prefix="SC", per_firm=(1, 4), multi_complete=True)
    fr = ["firm_id", "country", "sector", "employees", "stage_before", "stage_now", *MULTI, "new_product"]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    n = len(f)
    start, end, sub = times(104, n)
    df = pd.DataFrame(
        {
            "SubmissionDate": sub,
            "starttime": start,
            "endtime": end,
            "deviceid": [f"{int(x)}" for x in np.random.default_rng(4).integers(10**14, 10**15, n)],
            "subscriberid": None,
            "factory_code": f["firm_id"],
            "country": "Viet Nam",
            "sector": recode(f["sector"], SECTOR_EN),
            "employees": f["employees"],
            "stage_2019": recode(f["stage_before"], STAGE_EN),
            "stage_2022": recode(f["stage_now"], STAGE_EN),
        }
    )
    words = {
        "new_machinery": "machines",
        "automation": "automation",
        "cad_erp": "cad",
        "line_reorganisation": "lean",
    }
    df["q12"] = [" ".join(wd for r, wd in words.items() if f.at[i, r] == 1) for i in range(n)]
    for r, wd in words.items():
        df[f"q12.{wd}"] = f[r].astype(int)
    df["new_product"] = yn(f["new_product"], "Yes", "No")
    contract = {
        "indefinite": "Permanent",
        "fixed_term": "Fixed-term ≥ 1 year",
        CONTRACT_SHORT: "Fixed-term < 1 year",
        "probation": "Probation",
    }
    groups = {
        "w_gender": lambda r: GENDER_EN[r.gender],
        "w_age": lambda r: r.age,
        "w_skill": lambda r: SKILL_EN[r.skill_group],
        "w_contract": lambda r: contract[r.contract],
        "w_monthly_wage": lambda r: r.pay_amount,
        "w_hours": lambda r: r.hours_per_week,
        "w_training": lambda r: None if pd.isna(r.training) else ("Yes" if r.training else "No"),
        "w_social_ins": lambda r: (
            None if pd.isna(r.social_insurance) else ("Yes" if r.social_insurance else "No")
        ),
    }
    by_firm = {fid: list(g.itertuples()) for fid, g in w.groupby("firm_id", sort=False)}
    for stem, get in groups.items():
        for k in range(1, 5):
            df[f"{stem}_{k}"] = [
                get(by_firm[fid][k - 1]) if k <= len(by_firm[fid]) else None for fid in f["firm_id"]
            ]
    df["n_workers_interviewed"] = [len(by_firm[fid]) for fid in f["firm_id"]]
    df["instanceID"] = [f"uuid:{uuid_for(104, i)}" for i in range(n)]
    df["KEY"] = df["instanceID"]
    df.to_csv(HERE / f"{name}.csv", index=False)
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.csv",
        "patterns": [4, 5, 7, 8, "surveycto_wide", "split_multiselect_dot", "surveycto_metadata"],
        "tables": {name: {"kind": "firms", "header_row": 1, "n_rows": n}},
        **counts(tf, tw),
        "link": {"firms": "factory_code", "workers": "factory_code"},
        "roles": {
            "firms": {
                "firm_id": "factory_code",
                "country": "country",
                "sector": "sector",
                "employees": "employees",
                "stage_before": "stage_2019",
                "stage_now": "stage_2022",
                "new_machinery": "q12.machines",
                "automation": "q12.automation",
                "cad_erp": "q12.cad",
                "line_reorganisation": "q12.lean",
                "new_product": "new_product",
            },
            "workers": {
                "gender": "w_gender",
                "age": "w_age",
                "skill_group": "w_skill",
                "contract": "w_contract",
                "pay_amount": "w_monthly_wage",
                "hours_per_week": "w_hours",
                "training": "w_training",
                "social_insurance": "w_social_ins",
            },
        },
        "not_roles": {"firms": ["SubmissionDate", "starttime", "endtime", "deviceid", "KEY"]},
        "yes_no": {"firms": [*MULTI, "new_product"], "workers": ["training", "social_insurance"]},
        "distinct": {"workers": {"contract": ["Fixed-term ≥ 1 year", "Fixed-term < 1 year"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


ES_MISSING = -9


@delivery
def es_vietnam_dta() -> dict[str, Any]:
    """Enterprise-Survey-style Stata firm file: idstd, b8, h1, h5, e33, d3c with value labels."""
    name = "es_vietnam_dta"
    f, _ = make_truth(105, 50, prefix="", sectors=("apparel", "electronics"), nan_rate=0.08)
    rng = np.random.default_rng(1055)
    f["new_process"] = (rng.random(len(f)) < 0.3).astype(float)
    f.loc[rng.random(len(f)) < 0.06, "new_process"] = np.nan
    f["export_share"] = f["export_share"].astype(float)
    f.loc[rng.random(len(f)) < 0.06, "export_share"] = np.nan
    f["firm_id"] = [str(523_100 + i) for i in range(1, len(f) + 1)]
    tf = f[
        [
            "firm_id",
            "country",
            "sector",
            "employees",
            "certification_new",
            "new_product",
            "new_process",
            "price_setting_now",
            "export_share",
        ]
    ].copy()
    weight = np.round(np.random.default_rng(5).uniform(1, 40, len(f)), 3)
    tf["weight"] = weight  # Enterprise Surveys' sampling weight: firm shares are weighted

    def code(v: pd.Series) -> pd.Series:
        return pd.Series([ES_MISSING if pd.isna(x) else (1 if x == 1 else 2) for x in v], dtype="int16")

    df = pd.DataFrame(
        {
            "idstd": [523_100 + i for i in range(1, len(f) + 1)],
            "a1": pd.Series(np.full(len(f), 73), dtype="int16"),
            "a4a": pd.Series(recode(f["sector"], {"apparel": 14, "electronics": 26}), dtype="int16"),
            "l1": f["employees"].astype("int32"),
            "b8": code(f["certification_new"]),
            "h1": code(f["new_product"]),
            "h5": code(f["new_process"]),
            "e33": f["price_setting_now"].astype("int16"),
            "d3c": pd.Series(
                [ES_MISSING if pd.isna(x) else int(x) for x in f["export_share"]], dtype="int16"
            ),
            "wstrict": weight,
        }
    )
    yn_labels = {1: "Yes", 2: "No", ES_MISSING: "Don't know (spontaneous)"}
    df.to_stata(
        HERE / f"{name}.dta",
        write_index=False,
        version=118,
        time_stamp=FIXED_DATE,
        data_label="Enterprise Survey style, synthetic",
        value_labels={
            "a1": {73: "Vietnam"},
            "a4a": {14: "Garments", 26: "Electronics"},
            "b8": yn_labels,
            "h1": yn_labels,
            "h5": yn_labels,
            "e33": {
                1: "The buyer sets the price",
                2: "Mostly the buyer",
                3: "Negotiated",
                4: "The establishment sets the price",
            },
            "d3c": {ES_MISSING: "Don't know (spontaneous)"},
        },
        variable_labels={
            "idstd": "Establishment ID",
            "a1": "Country",
            "a4a": "Sector (screener)",
            "l1": "Permanent full-time employees at end of last fiscal year",
            "b8": "Has an internationally-recognized quality certification",
            "h1": "Last 3 years: introduced new or improved products or services",
            "h5": "Last 3 years: introduced any new or improved process",
            "e33": "Who sets the price of the main product",
            "d3c": "% of sales: direct exports",
            "wstrict": "Sampling weight, strict",
        },
    )
    return {
        "file": f"{name}.dta",
        "patterns": ["enterprise_survey", "stata_value_labels", "missing_codes"],
        "tables": {name: {"kind": "firms", "header_row": None, "n_rows": len(f)}},
        "n_firms": len(f),
        "link": {"firms": "idstd"},
        "roles": {
            "firms": {
                "firm_id": "idstd",
                "country": "a1",
                "sector": "a4a",
                "employees": "l1",
                "certification_new": "b8",
                "new_product": "h1",
                "new_process": "h5",
                "price_setting_now": "e33",
                "export_share": "d3c",
                "weight": "wstrict",
            }
        },
        "yes_no": {"firms": ["certification_new", "new_product", "new_process"]},
        "missing_codes": {
            "firms": {"b8": [ES_MISSING], "h1": [ES_MISSING], "h5": [ES_MISSING], "d3c": [ES_MISSING]}
        },
        "truth": write_truth(name, tf, None),
    }


@delivery
def bw_workers_sav() -> dict[str, Any]:
    """SPSS worker file (Better-Work-style): value labels and declared user-missing 98/99."""
    name = "bw_workers_sav"
    import pyreadstat

    _, w = make_truth(106, 40, prefix="", per_firm=(2, 5), periods=("month",))
    w["firm_id"] = [str(523_100 + int(x)) for x in w["firm_id"]]
    tw = w[
        [
            "worker_id",
            "firm_id",
            "gender",
            "age",
            "skill_group",
            "contract",
            "pay_amount",
            "pay_period",
            "hours_per_week",
            "training",
            "social_insurance",
            "promoted",
        ]
    ].copy()
    rng = np.random.default_rng(1066)

    def code(v: pd.Series) -> list[float]:
        return [float(rng.choice([98, 99])) if pd.isna(x) else (1.0 if x == 1 else 2.0) for x in v]

    df = pd.DataFrame(
        {
            "idstd": [float(x) for x in w["firm_id"]],
            "resp_no": [float(x) for x in w["worker_no"]],
            "q1_sex": recode(w["gender"], {"female": 1.0, "male": 2.0}),
            "q2_age": w["age"].astype(float),
            "q5_job": recode(
                w["skill_group"], {"production": 1.0, "technician": 2.0, "supervisor": 3.0, "manager": 4.0}
            ),
            "q6_contract": recode(
                w["contract"], {"indefinite": 1.0, "fixed_term": 2.0, CONTRACT_SHORT: 3.0, "probation": 4.0}
            ),
            "q8_pay": w["pay_amount"],
            "q8_period": 1.0,
            "q9_hours": w["hours_per_week"].astype(float),
            "q10_training": code(w["training"]),
            "q12_si": code(w["social_insurance"]),
            "q11_promoted": code(w["promoted"]),
        }
    )
    ynl = {1.0: "Yes", 2.0: "No", 98.0: "Don't know", 99.0: "Refused"}
    pyreadstat.write_sav(
        df,
        str(HERE / f"{name}.sav"),
        column_labels={
            "idstd": "Establishment ID",
            "resp_no": "Respondent number within factory",
            "q1_sex": "Sex of respondent",
            "q2_age": "Age in years",
            "q5_job": "Job category",
            "q6_contract": "Type of employment contract",
            "q8_pay": "Last pay received (VND)",
            "q8_period": "Pay period",
            "q9_hours": "Hours worked last week",
            "q10_training": "Received training in the last 12 months",
            "q12_si": "Covered by social insurance",
            "q11_promoted": "Promoted in the last 3 years",
        },
        variable_value_labels={
            "q1_sex": {1.0: "Female", 2.0: "Male"},
            "q5_job": {1.0: "Production worker", 2.0: "Technician", 3.0: "Supervisor", 4.0: "Manager"},
            "q6_contract": {
                1.0: "Indefinite",
                2.0: "Fixed-term >=1 year",
                3.0: "Fixed-term <1 year",
                4.0: "Probation",
            },
            "q8_period": {1.0: "Month", 2.0: "Day"},
            "q10_training": ynl,
            "q12_si": ynl,
            "q11_promoted": ynl,
        },
        missing_ranges={"q10_training": [98.0, 99.0], "q12_si": [98.0, 99.0], "q11_promoted": [98.0, 99.0]},
    )
    fix_sav_date(HERE / f"{name}.sav")
    return {
        "file": f"{name}.sav",
        "patterns": [1, 3, "spss_user_missing", "worker_only_file", "restart_worker_numbers"],
        "tables": {name: {"kind": "workers", "header_row": None, "n_rows": len(w)}},
        "n_workers": len(w),
        "link": {"workers": "idstd"},
        "roles": {
            "workers": {
                "firm_id": "idstd",
                "gender": "q1_sex",
                "age": "q2_age",
                "skill_group": "q5_job",
                "contract": "q6_contract",
                "pay_amount": "q8_pay",
                "pay_period": "q8_period",
                "hours_per_week": "q9_hours",
                "training": "q10_training",
                "social_insurance": "q12_si",
                "promoted": "q11_promoted",
            }
        },
        "yes_no": {"workers": ["training", "social_insurance", "promoted"]},
        "missing_codes": {
            "workers": {"q10_training": [98, 99], "q12_si": [98, 99], "q11_promoted": [98, 99]}
        },
        "distinct": {"workers": {"contract": ["Fixed-term >=1 year", "Fixed-term <1 year"]}},
        "truth": write_truth(name, None, tw),
    }


@delivery
def vn_two_header_rows() -> dict[str, Any]:
    """Vietnamese team workbook: question text row over a code row, notes rows under the table."""
    name = "vn_two_header_rows"
    f, w = make_truth(107, 40, prefix="DN", per_firm=(2, 5))
    fr = [
        "firm_id",
        "country",
        "sector",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "automation",
        "certification_new",
        "new_product",
        "design_added",
        "own_brand_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
        "promoted",
    ]
    tf, tw = keep(f, w, fr, wr)
    co, kh = "Có", "Không"
    stage_vi = {0: "Gia công", 1: "FOB", 2: "ODM", 3: "OBM"}
    firm_cols = [  # (question text, code, values)
        ("Mã doanh nghiệp", "MaDN", f["firm_id"]),
        ("Quốc gia", "A2", ["Việt Nam"] * len(f)),
        ("Ngành", "A3", recode(f["sector"], {"apparel": "May mặc", "electronics": "Điện tử"})),
        (
            "Loại hình sở hữu",
            "A4",
            recode(
                f["ownership"],
                {
                    "domestic_private": "Tư nhân",
                    "foreign": "Có vốn đầu tư nước ngoài",
                    "joint_venture": "Liên doanh",
                    "state": "Nhà nước",
                },
            ),
        ),
        ("Tổng số lao động", "A5", f["employees"]),
        ("Phương thức sản xuất chính năm 2016", "B1_2016", recode(f["stage_before"], stage_vi)),
        ("Phương thức sản xuất chính năm 2019", "B1_2019", recode(f["stage_now"], stage_vi)),
        ("Đầu tư máy móc, thiết bị mới", "C1", yn(f["new_machinery"], co, kh)),
        ("Tự động hoá", "C2", yn(f["automation"], co, kh)),
        ("Đạt chứng nhận ISO mới", "C3", yn(f["certification_new"], co, kh)),
        ("Sản phẩm mới", "D1", yn(f["new_product"], co, kh)),
        ("Bổ sung chức năng thiết kế", "E1", yn(f["design_added"], co, kh)),
        ("Thương hiệu riêng", "E2", yn(f["own_brand_added"], co, kh)),
    ]
    contract_vi = {
        "indefinite": "Không xác định thời hạn",
        "fixed_term": "Xác định thời hạn ≥ 1 năm",
        CONTRACT_SHORT: "Xác định thời hạn < 1 năm",
        "probation": "Thử việc",
    }
    worker_cols = [
        ("Mã người lao động", "MaNLD", w["worker_id"]),
        ("Doanh nghiệp", "MaDN", w["firm_id"]),
        ("Giới tính", "G1", recode(w["gender"], {"female": "Nữ", "male": "Nam"})),
        ("Tuổi", "G2", w["age"]),
        (
            "Vị trí công việc",
            "G3",
            recode(
                w["skill_group"],
                {
                    "production": "Công nhân",
                    "technician": "Kỹ thuật viên",
                    "supervisor": "Tổ trưởng",
                    "manager": "Quản lý",
                },
            ),
        ),
        ("Loại hợp đồng", "G4", recode(w["contract"], contract_vi)),
        ("Lương tháng (nghìn đồng)", "G5", [int(x // 1000) for x in w["pay_amount"]]),
        ("Giờ làm/tuần", "G6", w["hours_per_week"]),
        ("Được đào tạo", "G7", yn(w["training"], co, kh)),
        ("Bảo hiểm xã hội", "G8", yn(w["social_insurance"], co, kh)),
        ("Thăng chức", "G9", yn(w["promoted"], co, kh)),
    ]

    def sheet(cols: list[tuple[str, str, Any]], notes: list[str]) -> list[list[Any]]:
        body = pd.DataFrame({c: list(v) for _, c, v in cols})
        return [[q for q, _, _ in cols], [c for _, c, _ in cols], *cells(body), [], *[[x] for x in notes]]

    write_xlsx(
        HERE / f"{name}.xlsx",
        [
            (
                "DN",
                sheet(
                    firm_cols,
                    [
                        "Ghi chú: số liệu đã làm sạch ngày 12/03/2023.",
                        "Nguồn: Khảo sát doanh nghiệp 2019, nhóm nghiên cứu.",
                    ],
                ),
            ),
            (
                "NLD",
                sheet(
                    worker_cols,
                    ["Ghi chú: lương tính theo nghìn đồng.", "Nguồn: Khảo sát người lao động 2019."],
                ),
            ),
        ],
    )
    tw = tw.assign(pay_period="month")
    roles_f = {
        "firm_id": ["MaDN", "Mã doanh nghiệp"],
        "country": ["A2", "Quốc gia"],
        "sector": ["A3", "Ngành"],
        "ownership": ["A4", "Loại hình sở hữu"],
        "employees": ["A5", "Tổng số lao động"],
        "stage_before": ["B1_2016", "Phương thức sản xuất chính năm 2016"],
        "stage_now": ["B1_2019", "Phương thức sản xuất chính năm 2019"],
        "new_machinery": ["C1", "Đầu tư máy móc, thiết bị mới"],
        "automation": ["C2", "Tự động hoá"],
        "certification_new": ["C3", "Đạt chứng nhận ISO mới"],
        "new_product": ["D1", "Sản phẩm mới"],
        "design_added": ["E1", "Bổ sung chức năng thiết kế"],
        "own_brand_added": ["E2", "Thương hiệu riêng"],
    }
    roles_w = {
        "worker_id": ["MaNLD", "Mã người lao động"],
        "firm_id": ["MaDN", "Doanh nghiệp"],
        "gender": ["G1", "Giới tính"],
        "age": ["G2", "Tuổi"],
        "skill_group": ["G3", "Vị trí công việc"],
        "contract": ["G4", "Loại hợp đồng"],
        "pay_amount": ["G5", "Lương tháng (nghìn đồng)"],
        "hours_per_week": ["G6", "Giờ làm/tuần"],
        "training": ["G7", "Được đào tạo"],
        "social_insurance": ["G8", "Bảo hiểm xã hội"],
        "promoted": ["G9", "Thăng chức"],
    }
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 4, 5, 6, 8, "vietnamese", "unit_from_name"],
        "tables": {
            "DN": {"kind": "firms", "header_row": 2, "n_rows": len(f)},
            "NLD": {"kind": "workers", "header_row": 2, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": ["MaDN", "Mã doanh nghiệp"], "workers": ["MaDN", "Doanh nghiệp"]},
        "roles": {"firms": roles_f, "workers": roles_w},
        "yes_no": {
            "firms": [
                "new_machinery",
                "automation",
                "certification_new",
                "new_product",
                "design_added",
                "own_brand_added",
            ],
            "workers": ["training", "social_insurance", "promoted"],
        },
        "distinct": {"workers": {"contract": ["Xác định thời hạn ≥ 1 năm", "Xác định thời hạn < 1 năm"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "unit_scale": {"workers": {"G5": 1000}},
        "dropped_rows": {"DN": 2, "NLD": 2},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def consultancy_3country() -> dict[str, Any]:
    """The issue's hidden case: a three-country consultancy workbook whose codebook names `ID`."""
    name = "consultancy_3country"
    f, w = make_truth(108, 60, countries=("Vietnam", "Thailand", "Myanmar"), prefix="C", per_firm=(2, 4))
    fr = [
        "firm_id",
        "country",
        "sector",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        "new_machinery",
        "certification_new",
        "new_product",
        "design_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
        "promoted",
    ]
    tf, tw = keep(f, w, fr, wr)
    firm_ids = [int(x[1:]) for x in f["firm_id"]]
    tf["firm_id"] = [str(x) for x in firm_ids]
    tw["firm_id"] = [str(int(x[1:])) for x in w["firm_id"]]
    cc = {"Vietnam": 1, "Thailand": 2, "Myanmar": 3}
    ynum = {1: 1, 0: 2}
    firms = pd.DataFrame(
        {
            "ID": firm_ids,
            "Country": recode(f["country"], cc),
            "Sector": recode(f["sector"], {"apparel": 1, "electronics": 2}),
            "Ownership": recode(
                f["ownership"], {"domestic_private": 1, "foreign": 2, "joint_venture": 3, "state": 4}
            ),
            "Employees": f["employees"],
            "Position 2016": f["stage_before"],
            "Position 2019": f["stage_now"],
            "Price setting 2016": f["price_setting_before"],
            "Price setting 2019": f["price_setting_now"],
            "Machines": recode(f["new_machinery"], ynum),
            "ISO": recode(f["certification_new"], ynum),
            "New product": recode(f["new_product"], ynum),
            "Design": recode(f["design_added"], ynum),
        }
    )
    workers = pd.DataFrame(
        {
            "ID": [int(x[1:]) for x in w["firm_id"]],
            "idworker": w["worker_no"],
            "Gender": recode(w["gender"], GENDER_EN),
            "Age": w["age"],
            "Job": recode(w["skill_group"], SKILL_EN),
            "Contract": recode(
                w["contract"],
                {
                    "indefinite": "Permanent",
                    "fixed_term": "Fixed >=1y",
                    CONTRACT_SHORT: "Fixed <1y",
                    "probation": "Probation",
                },
            ),
            "monthly earnings": w["pay_amount"],
            "hours_week": w["hours_per_week"],
            "Training": yn(w["training"], "Yes", "No"),
            "Social insurance": yn(w["social_insurance"], "Yes", "No"),
            "Promoted": yn(w["promoted"], "Yes", "No"),
        }
    )
    cb = [
        ["Variable", "Question", "Code", "Label"],
        ["ID", "Mã doanh nghiệp / Firm ID", None, None],
        ["Country", "Quốc gia / Country", 1, "Vietnam"],
        [None, None, 2, "Thailand"],
        [None, None, 3, "Myanmar"],
        ["Sector", "Ngành / Sector", 1, "Garment"],
        [None, None, 2, "Electronics"],
        ["Ownership", "Sở hữu / Ownership", 1, "Domestic private"],
        [None, None, 2, "Foreign"],
        [None, None, 3, "Joint venture"],
        [None, None, 4, "State-owned"],
        ["Employees", "Số lao động / Number of employees", None, None],
    ]
    for year in (2016, 2019):
        cb.append(
            [
                f"Position {year}",
                f"Vị trí trong chuỗi giá trị {year} / Value-chain position {year}",
                0,
                "CMT (assembly)",
            ]
        )
        cb += [[None, None, 1, "FOB / OEM"], [None, None, 2, "ODM"], [None, None, 3, "OBM"]]
    for year in (2016, 2019):
        cb.append(
            [
                f"Price setting {year}",
                f"Quyết định giá {year} / Who sets the price {year}",
                1,
                "Buyer dictates",
            ]
        )
        cb += [[None, None, 2, "Mostly buyer"], [None, None, 3, "Negotiated"], [None, None, 4, "Firm sets"]]
    for var, q in (
        ("Machines", "Máy móc mới / New machinery"),
        ("ISO", "Chứng nhận ISO mới / New ISO"),
        ("New product", "Sản phẩm mới / New product"),
        ("Design", "Bổ sung thiết kế / Design function added"),
    ):
        cb += [[var, q, 1, "Yes"], [None, None, 2, "No"]]
    cb += [
        ["idworker", "Mã người lao động trong DN / Worker number within the firm", None, None],
        ["monthly earnings", "Thu nhập hàng tháng (nội tệ) / Monthly earnings (local currency)", None, None],
        ["hours_week", "Giờ làm việc mỗi tuần / Hours per week", None, None],
    ]
    write_xlsx(
        HERE / f"{name}.xlsx",
        [("Firm data", frame_sheet(firms)), ("Worker data", frame_sheet(workers)), ("Codebook", cb)],
    )
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 4, 5, "hidden_case", "codebook_sheet", "restart_worker_numbers"],
        "tables": {
            "Firm data": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Worker data": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
            "Codebook": {"kind": "codebook", "header_row": 1, "n_rows": len(cb) - 1},
        },
        **counts(tf, tw),
        "link": {"firms": "ID", "workers": "ID"},
        "roles": {
            "firms": {
                "firm_id": "ID",
                "country": "Country",
                "sector": "Sector",
                "ownership": "Ownership",
                "employees": "Employees",
                "stage_before": "Position 2016",
                "stage_now": "Position 2019",
                "price_setting_before": "Price setting 2016",
                "price_setting_now": "Price setting 2019",
                "new_machinery": "Machines",
                "certification_new": "ISO",
                "new_product": "New product",
                "design_added": "Design",
            },
            "workers": {
                "firm_id": "ID",
                "gender": "Gender",
                "age": "Age",
                "skill_group": "Job",
                "contract": "Contract",
                "pay_amount": "monthly earnings",
                "hours_per_week": "hours_week",
                "training": "Training",
                "social_insurance": "Social insurance",
                "promoted": "Promoted",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "certification_new", "new_product", "design_added"],
            "workers": ["training", "social_insurance", "promoted"],
        },
        "distinct": {"workers": {"contract": ["Fixed >=1y", "Fixed <1y"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def stacked_records_th() -> dict[str, Any]:
    """One sheet with firm and worker records stacked, told apart by a record-type column."""
    name = "stacked_records_th"
    f, w = make_truth(109, 25, countries=("Thailand",), prefix="T", per_firm=(3, 5), periods=("day", "month"))
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "automation",
        "new_product",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    cols = [
        "Record type",
        "Factory ID",
        "Country",
        "Sector",
        "Total workers",
        "Stage 2019",
        "Stage 2022",
        "New machines",
        "Automation",
        "New product",
        "Worker no",
        "Gender",
        "Age",
        "Job",
        "Contract",
        "Pay",
        "Pay period",
        "Hours/week",
        "Training",
        "Social insurance",
    ]
    rows: list[list[Any]] = [cols]
    contract = {
        "indefinite": "Permanent",
        "fixed_term": ">=1 year",
        CONTRACT_SHORT: "<1 year",
        "probation": "Probation",
    }
    ynw = {1.0: "Yes", 0.0: "No"}
    for _, fr_ in f.iterrows():
        rows.append(
            [
                "FIRM",
                fr_.firm_id,
                "Thailand",
                SECTOR_EN[fr_.sector],
                int(fr_.employees),
                STAGE_EN[fr_.stage_before],
                STAGE_EN[fr_.stage_now],
                ynw.get(fr_.new_machinery),
                ynw.get(fr_.automation),
                ynw.get(fr_.new_product),
                *[None] * 10,
            ]
        )
        for r in w[w.firm_id == fr_.firm_id].itertuples():
            rows.append(
                [
                    "WORKER",
                    r.firm_id,
                    *[None] * 8,
                    r.worker_no,
                    GENDER_EN[r.gender],
                    int(r.age),
                    SKILL_EN[r.skill_group],
                    contract[r.contract],
                    r.pay_amount,
                    {"day": "Daily", "month": "Monthly"}[r.pay_period],
                    int(r.hours_per_week),
                    ynw.get(r.training),
                    ynw.get(r.social_insurance),
                ]
            )
    write_xlsx(HERE / f"{name}.xlsx", [("Data", rows)])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 5, 7, "stacked_records", "restart_worker_numbers"],
        # the stacked sheet is split into one derived table per record type
        "tables": {"Data (firms)": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
                   "Data (workers)": {"kind": "workers", "header_row": 1, "n_rows": len(w)}},
        **counts(tf, tw),
        "link": {"firms": "Factory ID", "workers": "Factory ID"},
        "roles": {
            "firms": {
                "firm_id": "Factory ID",
                "country": "Country",
                "sector": "Sector",
                "employees": "Total workers",
                "stage_before": "Stage 2019",
                "stage_now": "Stage 2022",
                "new_machinery": "New machines",
                "automation": "Automation",
                "new_product": "New product",
            },
            "workers": {
                "firm_id": "Factory ID",
                "gender": "Gender",
                "age": "Age",
                "skill_group": "Job",
                "contract": "Contract",
                "pay_amount": "Pay",
                "pay_period": "Pay period",
                "hours_per_week": "Hours/week",
                "training": "Training",
                "social_insurance": "Social insurance",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "automation", "new_product"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": [">=1 year", "<1 year"]}},
        "truth": write_truth(name, tf, tw),
    }


@delivery
def long_workers_vn() -> dict[str, Any]:
    """A long worker csv with the firm's answers repeated on every row; no firm table."""
    name = "long_workers_vn"
    f, w = make_truth(110, 35, prefix="", per_firm=(3, 6))
    f["firm_id"] = [f"{1000 + i}" for i in range(1, len(f) + 1)]
    w["firm_id"] = [f"{1000 + int(x)}" for x in w["firm_id"]]
    fr = [
        "firm_id",
        "country",
        "sector",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        "new_machinery",
        "automation",
        "new_product",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    m = w.merge(f, on="firm_id", how="left")
    df = pd.DataFrame(
        {
            "company_no": m["firm_id"],
            "country": "VN",
            "sector": recode(m["sector"], SECTOR_EN),
            "ownership": recode(m["ownership"], OWN_EN),
            "employees": m["employees"],
            "B1_stage_2016": stage_text(m["stage_before"], 1101),
            "B1_stage_2019": stage_text(m["stage_now"], 1102),
            "B2_price_setting_2016": m["price_setting_before"],
            "B2_price_setting_2019": m["price_setting_now"],
            "C1_new_machinery": yn(m["new_machinery"], "yes", "no"),
            "C2_automation": yn(m["automation"], "yes", "no"),
            "D1_new_product": yn(m["new_product"], "yes", "no"),
            "worker_no": m["worker_no"],
            "gender": m["gender"],
            "age": m["age"],
            "skill": m["skill_group"],
            "contract": recode(
                m["contract"],
                {
                    "indefinite": "indefinite",
                    "fixed_term": "fixed >=1 year",
                    CONTRACT_SHORT: "fixed <1 year",
                    "probation": "probation",
                },
            ),
            "monthly_wage": m["pay_amount"],
            "hours_week": m["hours_per_week"],
            "training": yn(m["training"], "yes", "no"),
            "social_insurance": yn(m["social_insurance"], "yes", "no"),
        }
    )
    # the stage synonyms must be constant within a firm: use the first row's spelling for the firm
    for c in ("B1_stage_2016", "B1_stage_2019"):
        df[c] = df.groupby("company_no")[c].transform("first")
    df.to_csv(HERE / f"{name}.csv", index=False)
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.csv",
        "patterns": [1, 2, 3, 4, 5, 7, "long_with_firm_columns", "restart_worker_numbers"],
        "tables": {name: {"kind": "workers", "header_row": 1, "n_rows": len(w)}},
        **counts(tf, tw),
        "link": {"firms": "company_no", "workers": "company_no"},
        "roles": {
            "firms": {
                "firm_id": "company_no",
                "country": "country",
                "sector": "sector",
                "ownership": "ownership",
                "employees": "employees",
                "stage_before": "B1_stage_2016",
                "stage_now": "B1_stage_2019",
                "price_setting_before": "B2_price_setting_2016",
                "price_setting_now": "B2_price_setting_2019",
                "new_machinery": "C1_new_machinery",
                "automation": "C2_automation",
                "new_product": "D1_new_product",
            },
            "workers": {
                "firm_id": "company_no",
                "gender": "gender",
                "age": "age",
                "skill_group": "skill",
                "contract": "contract",
                "pay_amount": "monthly_wage",
                "hours_per_week": "hours_week",
                "training": "training",
                "social_insurance": "social_insurance",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "automation", "new_product"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": ["fixed >=1 year", "fixed <1 year"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def mm_team_burmese() -> dict[str, Any]:
    """Myanmar team workbook: Burmese answers, `idfirm`/`idworker`, 98 = don't know, orphan workers."""
    name = "mm_team_burmese"
    f, w = make_truth(
        111,
        30,
        countries=("Myanmar",),
        sectors=("apparel",),
        prefix="Y",
        per_firm=(2, 5),
        periods=("day", "month"),
        nan_rate=0.06,
    )
    fr = [
        "firm_id",
        "country",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "line_reorganisation",
        "certification_new",
        "new_product",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
        "promoted",
    ]
    tf, tw = keep(f, w, fr, wr)
    orphans = [5, 17, 40]  # these workers name firms that are not in the firm sheet
    tw = tw.copy()
    for k, i in enumerate(orphans):
        tw.iloc[i, tw.columns.get_loc("firm_id")] = f"Y{900 + k}"
    yes, no = "ဟုတ်", "မဟုတ်"
    stage_w = {0: "CMP", 1: "FOB", 2: "ODM", 3: "OBM"}
    firms = pd.DataFrame(
        {
            "idfirm": f["firm_id"],
            "Country": "Myanmar",
            "Total workers": f["employees"],
            "Main production arrangement 2016": recode(f["stage_before"], stage_w),
            "Main production arrangement 2019": recode(f["stage_now"], stage_w),
            "New machinery": yn(f["new_machinery"], yes, no, 98),
            "Line reorganisation": yn(f["line_reorganisation"], yes, no, 98),
            "New certification": yn(f["certification_new"], yes, no, 98),
            "New product": yn(f["new_product"], yes, no, 98),
        }
    )
    workers = pd.DataFrame(
        {
            "idworker": tw["worker_id"],
            "idfirm": tw["firm_id"],
            "Gender": recode(w["gender"], {"female": "အမျိုးသမီး", "male": "အမျိုးသား"}),
            "Age": w["age"],
            "Job": recode(w["skill_group"], SKILL_EN),
            "Pay (kyat)": w["pay_amount"],
            "Pay period": recode(w["pay_period"], {"day": "Daily", "month": "Monthly"}),
            "w_hours": w["hours_per_week"],
            "Training": yn(w["training"], yes, no, 98),
            "Social security": yn(w["social_insurance"], yes, no, 98),
            "Promoted": yn(w["promoted"], yes, no, 98),
        }
    )
    write_xlsx(HERE / f"{name}.xlsx", [("Factories", frame_sheet(firms)), ("Workers", frame_sheet(workers))])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 5, 8, "burmese_answers", "orphans", "missing_codes"],
        "tables": {
            "Factories": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "orphans": len(orphans),
        "link": {"firms": "idfirm", "workers": "idfirm"},
        "roles": {
            "firms": {
                "firm_id": "idfirm",
                "country": "Country",
                "employees": "Total workers",
                "stage_before": "Main production arrangement 2016",
                "stage_now": "Main production arrangement 2019",
                "new_machinery": "New machinery",
                "line_reorganisation": "Line reorganisation",
                "certification_new": "New certification",
                "new_product": "New product",
            },
            "workers": {
                "worker_id": "idworker",
                "firm_id": "idfirm",
                "gender": "Gender",
                "age": "Age",
                "skill_group": "Job",
                "pay_amount": "Pay (kyat)",
                "pay_period": "Pay period",
                "hours_per_week": "w_hours",
                "training": "Training",
                "social_insurance": "Social security",
                "promoted": "Promoted",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "line_reorganisation", "certification_new", "new_product"],
            "workers": ["training", "social_insurance", "promoted"],
        },
        "missing_codes": {  # only where a 98 was written (the truth's blanks)
            "firms": {c: [98] for c in ("New machinery", "Line reorganisation",
                                        "New certification", "New product")
                      if (firms[c] == 98).any()},
            "workers": {c: [98] for c in ("Training", "Social security", "Promoted")
                        if (workers[c] == 98).any()},
        },
        "truth": write_truth(name, tf, tw),
    }


@delivery
def th_team_thai() -> dict[str, Any]:
    """Thai team workbook: ใช่/ไม่ใช่, หญิง/ชาย, รายวัน/รายเดือน; firm key `ID`, workers `Factory ID`."""
    name = "th_team_thai"
    f, w = make_truth(
        112,
        28,
        countries=("Thailand",),
        sectors=("electronics",),
        prefix="",
        per_firm=(3, 6),
        periods=("day", "month"),
    )
    f["firm_id"] = [str(i) for i in range(1, len(f) + 1)]
    w["firm_id"] = [str(int(x)) for x in w["firm_id"]]
    fr = [
        "firm_id",
        "country",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        "automation",
        "cad_erp",
        "new_product",
        "design_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    yes, no = "ใช่", "ไม่ใช่"
    firms = pd.DataFrame(
        {
            "ID": [int(x) for x in f["firm_id"]],
            "Country": "Thailand",
            "Ownership": recode(f["ownership"], OWN_EN),
            "Employees": f["employees"],
            "Production mode 2019": recode(
                f["stage_before"], {0: "Consigned assembly", 1: "OEM", 2: "ODM", 3: "OBM"}
            ),
            "Production mode 2022": recode(
                f["stage_now"], {0: "Consigned assembly", 1: "OEM", 2: "ODM", 3: "OBM"}
            ),
            "Price setting 2019": f["price_setting_before"],
            "Price setting 2022": f["price_setting_now"],
            "Automation (SMT)": yn(f["automation"], yes, no, 99),
            "CAD/ERP": yn(f["cad_erp"], yes, no, 99),
            "New product": yn(f["new_product"], yes, no, 99),
            "Design": yn(f["design_added"], yes, no, 99),
        }
    )
    workers = pd.DataFrame(
        {
            "Factory ID": [int(x) for x in w["firm_id"]],
            "Worker ID": w["worker_id"],
            "Gender": recode(w["gender"], {"female": "หญิง", "male": "ชาย"}),
            "Age": w["age"],
            "Contract": recode(
                w["contract"],
                {
                    "indefinite": "Permanent",
                    "fixed_term": "Fixed >=1y",
                    CONTRACT_SHORT: "Fixed <1y",
                    "probation": "Probation",
                },
            ),
            "Wage (baht)": w["pay_amount"],
            "Paid": recode(w["pay_period"], {"day": "รายวัน", "month": "รายเดือน"}),
            "Hours/week": w["hours_per_week"],
            "Training": yn(w["training"], yes, no, 99),
            "Social security": yn(w["social_insurance"], yes, no, 99),
        }
    )
    write_xlsx(HERE / f"{name}.xlsx", [("โรงงาน", frame_sheet(firms)), ("คนงาน", frame_sheet(workers))])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 5, 8, "thai_answers", "missing_codes"],
        "tables": {
            "โรงงาน": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "คนงาน": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "ID", "workers": "Factory ID"},
        "roles": {
            "firms": {
                "firm_id": "ID",
                "country": "Country",
                "ownership": "Ownership",
                "employees": "Employees",
                "stage_before": "Production mode 2019",
                "stage_now": "Production mode 2022",
                "price_setting_before": "Price setting 2019",
                "price_setting_now": "Price setting 2022",
                "automation": "Automation (SMT)",
                "cad_erp": "CAD/ERP",
                "new_product": "New product",
                "design_added": "Design",
            },
            "workers": {
                "firm_id": "Factory ID",
                "worker_id": "Worker ID",
                "gender": "Gender",
                "age": "Age",
                "contract": "Contract",
                "pay_amount": "Wage (baht)",
                "pay_period": "Paid",
                "hours_per_week": "Hours/week",
                "training": "Training",
                "social_insurance": "Social security",
            },
        },
        "yes_no": {
            "firms": ["automation", "cad_erp", "new_product", "design_added"],
            "workers": ["training", "social_insurance"],
        },
        "missing_codes": {"firms": {"Automation (SMT)": [99]}, "workers": {"Training": [99]}},
        "distinct": {"workers": {"contract": ["Fixed >=1y", "Fixed <1y"]}},
        "truth": write_truth(name, tf, tw),
    }


@delivery
def vn_factory_restart() -> dict[str, Any]:
    """Garment workbook: `FactoryID`, worker numbers restarting in each factory, orphans, text stages."""
    name = "vn_factory_restart"
    f, w = make_truth(113, 40, sectors=("apparel",), prefix="G", per_firm=(2, 5))
    fr = [
        "firm_id",
        "country",
        "ownership",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "line_reorganisation",
        "certification_new",
        "design_added",
        "own_brand_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
        "promoted",
    ]
    tf, tw = keep(f, w, fr, wr)
    orphans = [3, 30, 31, 77]
    tw = tw.copy()
    for k, i in enumerate(orphans):
        tw.iloc[i, tw.columns.get_loc("firm_id")] = f"G{950 + k // 2}"
    firms = pd.DataFrame(
        {
            "FactoryID": f["firm_id"],
            "Country": "Vietnam2023",
            "Ownership": recode(f["ownership"], OWN_EN),
            "Employees": f["employees"],
            "Position 2016": stage_text(f["stage_before"], 1131),
            "Position 2019": stage_text(f["stage_now"], 1132),
            "Machinery": yn(f["new_machinery"], "Yes", "No"),
            "Lean": yn(f["line_reorganisation"], "Yes", "No"),
            "ISO": yn(f["certification_new"], "Yes", "No"),
            "Design": yn(f["design_added"], "Yes", "No"),
            "Own brand": yn(f["own_brand_added"], "Yes", "No"),
        }
    )
    workers = pd.DataFrame(
        {
            "FactoryID": tw["firm_id"],
            "No.": w["worker_no"],
            "Gender": recode(w["gender"], GENDER_EN),
            "Age": w["age"],
            "Job": recode(w["skill_group"], SKILL_EN),
            "Contract": recode(
                w["contract"],
                {
                    "indefinite": "Indefinite",
                    "fixed_term": "Fixed-term ≥ 1 year",
                    CONTRACT_SHORT: "Fixed-term < 1 year",
                    "probation": "Probation",
                },
            ),
            "Monthly wage (VND)": w["pay_amount"],
            "Hours/week": w["hours_per_week"],
            "Training": yn(w["training"], "Yes", "No"),
            "Social insurance": yn(w["social_insurance"], "Yes", "No"),
            "Promoted": yn(w["promoted"], "Yes", "No"),
        }
    )
    write_xlsx(HERE / f"{name}.xlsx", [("Factories", frame_sheet(firms)), ("Workers", frame_sheet(workers))])
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 4, 5, "restart_worker_numbers", "orphans"],
        "tables": {
            "Factories": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "orphans": len(orphans),
        "link": {"firms": "FactoryID", "workers": "FactoryID"},
        "roles": {
            "firms": {
                "firm_id": "FactoryID",
                "country": "Country",
                "ownership": "Ownership",
                "employees": "Employees",
                "stage_before": "Position 2016",
                "stage_now": "Position 2019",
                "new_machinery": "Machinery",
                "line_reorganisation": "Lean",
                "certification_new": "ISO",
                "design_added": "Design",
                "own_brand_added": "Own brand",
            },
            "workers": {
                "firm_id": "FactoryID",
                "gender": "Gender",
                "age": "Age",
                "skill_group": "Job",
                "contract": "Contract",
                "pay_amount": "Monthly wage (VND)",
                "hours_per_week": "Hours/week",
                "training": "Training",
                "social_insurance": "Social insurance",
                "promoted": "Promoted",
            },
        },
        "yes_no": {
            "firms": [
                "new_machinery",
                "line_reorganisation",
                "certification_new",
                "design_added",
                "own_brand_added",
            ],
            "workers": ["training", "social_insurance", "promoted"],
        },
        "distinct": {"workers": {"contract": ["Fixed-term ≥ 1 year", "Fixed-term < 1 year"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def vn_electronics_prodmode() -> dict[str, Any]:
    """Electronics workbook: `company_no`, prod_mode_2019/_2022 as words, price setting by year."""
    name = "vn_electronics_prodmode"
    f, w = make_truth(114, 30, sectors=("electronics",), prefix="E", per_firm=(2, 6))
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "export_share",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        "automation",
        "cad_erp",
        "new_product",
        "design_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    mode = {0: "Consigned assembly", 1: "EMS/OEM", 2: "ODM", 3: "OBM"}
    firms = pd.DataFrame(
        {
            "company_no": f["firm_id"],
            "country": "Viet Nam",
            "sector": "Electronics",
            "employees": f["employees"],
            "export_pct": f["export_share"],
            "prod_mode_2019": recode(f["stage_before"], mode),
            "prod_mode_2022": recode(f["stage_now"], mode),
            "price_setting_2019": f["price_setting_before"],
            "price_setting_2022": f["price_setting_now"],
            "smt_automation": yn(f["automation"], 1, 0),
            "cad_erp": yn(f["cad_erp"], 1, 0),
            "new_product": yn(f["new_product"], 1, 0),
            "design": yn(f["design_added"], 1, 0),
        }
    )
    workers = pd.DataFrame(
        {
            "company_no": w["firm_id"],
            "idworker": w["worker_id"],
            "sex": w["gender"],
            "age": w["age"],
            "position": recode(w["skill_group"], SKILL_EN),
            "contract_type": recode(
                w["contract"],
                {
                    "indefinite": "Indefinite",
                    "fixed_term": ">=1 year",
                    CONTRACT_SHORT: "<1 year",
                    "probation": "Probation",
                },
            ),
            "pay": w["pay_amount"],
            "pay_period": w["pay_period"],
            "Hours per week": w["hours_per_week"],
            "training": yn(w["training"], 1, 0),
            "social_insurance": yn(w["social_insurance"], 1, 0),
        }
    )
    write_xlsx(HERE / f"{name}.xlsx", [("firm", frame_sheet(firms)), ("worker", frame_sheet(workers))])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 5, "electronics_stages"],
        "tables": {
            "firm": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "worker": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "company_no", "workers": "company_no"},
        "roles": {
            "firms": {
                "firm_id": "company_no",
                "country": "country",
                "sector": "sector",
                "employees": "employees",
                "export_share": "export_pct",
                "stage_before": "prod_mode_2019",
                "stage_now": "prod_mode_2022",
                "price_setting_before": "price_setting_2019",
                "price_setting_now": "price_setting_2022",
                "automation": "smt_automation",
                "cad_erp": "cad_erp",
                "new_product": "new_product",
                "design_added": "design",
            },
            "workers": {
                "firm_id": "company_no",
                "worker_id": "idworker",
                "gender": "sex",
                "age": "age",
                "skill_group": "position",
                "contract": "contract_type",
                "pay_amount": "pay",
                "pay_period": "pay_period",
                "hours_per_week": "Hours per week",
                "training": "training",
                "social_insurance": "social_insurance",
            },
        },
        "yes_no": {
            "firms": ["automation", "cad_erp", "new_product", "design_added"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": [">=1 year", "<1 year"]}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def team_libreoffice_ods() -> dict[str, Any]:
    """A LibreOffice .ods team workbook: `Firm ID`, Vietnamese Có/Không, price setting by year."""
    name = "team_libreoffice_ods"
    f, w = make_truth(115, 24, prefix="O", per_firm=(3, 6))
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "stage_before",
        "stage_now",
        "price_setting_before",
        "price_setting_now",
        "new_machinery",
        "new_product",
        "own_brand_added",
    ]
    wr = [
        "worker_id",
        "firm_id",
        "gender",
        "age",
        "skill_group",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    co, kh = "Có", "Không"
    firms = pd.DataFrame(
        {
            "Firm ID": f["firm_id"],
            "Country": "Việt Nam",
            "Sector": recode(f["sector"], SECTOR_EN),
            "Employees": f["employees"],
            "Stage 2016": f["stage_before"],
            "Stage 2019": f["stage_now"],
            "Price setting 2016": f["price_setting_before"],
            "Price setting 2019": f["price_setting_now"],
            "New machinery": yn(f["new_machinery"], co, kh),
            "New product": yn(f["new_product"], co, kh),
            "Own brand": yn(f["own_brand_added"], co, kh),
        }
    )
    workers = pd.DataFrame(
        {
            "Worker ID": w["worker_id"],
            "Firm ID": w["firm_id"],
            "Gender": recode(w["gender"], GENDER_EN),
            "Age": w["age"],
            "Skill group": recode(w["skill_group"], SKILL_EN),
            "Contract": recode(
                w["contract"],
                {
                    "indefinite": "Indefinite",
                    "fixed_term": "Fixed-term ≥ 1 year",
                    CONTRACT_SHORT: "Fixed-term < 1 year",
                    "probation": "Probation",
                },
            ),
            "Lương tháng": w["pay_amount"],
            "Hours per week": w["hours_per_week"],
            "Training": yn(w["training"], co, kh),
            "Social insurance": yn(w["social_insurance"], co, kh),
        }
    )
    with pd.ExcelWriter(HERE / f"{name}.ods", engine="odf") as xw:
        firms.to_excel(xw, sheet_name="Firms", index=False)
        workers.to_excel(xw, sheet_name="Workers", index=False)
    fix_zip_dates(HERE / f"{name}.ods")
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.ods",
        "patterns": [2, 3, 4, 5, 8, "ods"],
        "tables": {
            "Firms": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Workers": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "Firm ID", "workers": "Firm ID"},
        "roles": {
            "firms": {
                "firm_id": "Firm ID",
                "country": "Country",
                "sector": "Sector",
                "employees": "Employees",
                "stage_before": "Stage 2016",
                "stage_now": "Stage 2019",
                "price_setting_before": "Price setting 2016",
                "price_setting_now": "Price setting 2019",
                "new_machinery": "New machinery",
                "new_product": "New product",
                "own_brand_added": "Own brand",
            },
            "workers": {
                "worker_id": "Worker ID",
                "firm_id": "Firm ID",
                "gender": "Gender",
                "age": "Age",
                "skill_group": "Skill group",
                "contract": "Contract",
                "pay_amount": "Lương tháng",
                "hours_per_week": "Hours per week",
                "training": "Training",
                "social_insurance": "Social insurance",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "new_product", "own_brand_added"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": ["Fixed-term ≥ 1 year", "Fixed-term < 1 year"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


@delivery
def kobo_flat_semicolon() -> dict[str, Any]:
    """Kobo csv export (semicolon-separated, group prefixes, metadata): a firm-only form."""
    name = "kobo_flat_semicolon"
    f, _ = make_truth(116, 45, prefix="KF", multi_complete=True)
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "stage_before",
        "stage_now",
        *MULTI,
        "certification_new",
        "new_product",
        "design_added",
    ]
    tf = f[fr].copy()
    n = len(f)
    start, end, sub = times(116, n)
    words = {
        "new_machinery": "machines",
        "automation": "automation",
        "cad_erp": "cad",
        "line_reorganisation": "lean",
    }
    df = pd.DataFrame(
        {
            "start": start,
            "end": end,
            "today": [s[:10] for s in start],
            "deviceid": [f"ee.kobotoolbox.org:{uuid_for(11, i)[:16]}" for i in range(n)],
            "firm_info/firm_code": f["firm_id"],
            "firm_info/country": "VN",
            "firm_info/sector": recode(f["sector"], {"apparel": "garment", "electronics": "electronics"}),
            "firm_info/employees": f["employees"],
            "chain/position_2016": recode(f["stage_before"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "chain/position_2019": recode(f["stage_now"], {0: "cmt", 1: "fob", 2: "odm", 3: "obm"}),
            "process/q12": [" ".join(wd for r, wd in words.items() if f.at[i, r] == 1) for i in range(n)],
        }
    )
    for r, wd in words.items():
        df[f"process/q12/{wd}"] = f[r].astype(int)
    df["process/iso_new"] = yn(f["certification_new"], "yes", "no")
    df["product/new_product"] = yn(f["new_product"], "yes", "no")
    df["functional/design"] = yn(f["design_added"], "yes", "no")
    df["_id"] = range(880_001, 880_001 + n)
    df["_uuid"] = [uuid_for(116, i) for i in range(n)]
    df["_submission_time"] = sub
    df["_validation_status"] = None
    df["_index"] = range(1, n + 1)
    df.to_csv(HERE / f"{name}.csv", index=False, sep=";")
    return {
        "file": f"{name}.csv",
        "patterns": [
            1,
            2,
            5,
            8,
            "kobo_csv_semicolon",
            "split_multiselect_slash",
            "kobo_metadata",
            "firm_only",
        ],
        "tables": {name: {"kind": "firms", "header_row": 1, "n_rows": n}},
        "n_firms": n,
        "link": {"firms": "firm_info/firm_code"},
        "roles": {
            "firms": {
                "firm_id": "firm_info/firm_code",
                "country": "firm_info/country",
                "sector": "firm_info/sector",
                "employees": "firm_info/employees",
                "stage_before": "chain/position_2016",
                "stage_now": "chain/position_2019",
                "new_machinery": "process/q12/machines",
                "automation": "process/q12/automation",
                "cad_erp": "process/q12/cad",
                "line_reorganisation": "process/q12/lean",
                "certification_new": "process/iso_new",
                "new_product": "product/new_product",
                "design_added": "functional/design",
            }
        },
        "not_roles": {
            "firms": ["start", "end", "today", "deviceid", "_id", "_uuid", "_submission_time", "_index"]
        },
        "yes_no": {"firms": [*MULTI, "certification_new", "new_product", "design_added"]},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, None),
    }


@delivery
def vn_luong_thang() -> dict[str, Any]:
    """Vietnamese workbook, pay as "Lương tháng" in đồng with no period, `id` keys on both sheets."""
    name = "vn_luong_thang"
    f, w = make_truth(117, 26, prefix="", per_firm=(3, 6))
    f["firm_id"] = [str(i) for i in range(1, len(f) + 1)]
    w["firm_id"] = [str(int(x)) for x in w["firm_id"]]
    fr = [
        "firm_id",
        "country",
        "sector",
        "employees",
        "stage_before",
        "stage_now",
        "new_machinery",
        "new_product",
        "design_added",
    ]
    wr = [
        "firm_id",
        "gender",
        "age",
        "contract",
        "pay_amount",
        "pay_period",
        "hours_per_week",
        "training",
        "social_insurance",
    ]
    tf, tw = keep(f, w, fr, wr)
    co, kh = "Có", "Không"
    stage_vi = {0: "gia công", 1: "FOB", 2: "ODM", 3: "OBM"}
    firms = pd.DataFrame(
        {
            "id": [int(x) for x in f["firm_id"]],
            "Quốc gia": "Việt Nam",
            "Ngành": recode(f["sector"], {"apparel": "Dệt may", "electronics": "Điện tử"}),
            "Số lao động": f["employees"],
            "Phương thức sản xuất 2016": recode(f["stage_before"], stage_vi),
            "Phương thức sản xuất 2019": recode(f["stage_now"], stage_vi),
            "Máy móc mới": yn(f["new_machinery"], co, kh),
            "Sản phẩm mới": yn(f["new_product"], co, kh),
            "Thiết kế": yn(f["design_added"], co, kh),
        }
    )
    workers = pd.DataFrame(
        {
            "id": [int(x) for x in w["firm_id"]],
            "stt": w["worker_no"],
            "Giới tính": recode(w["gender"], {"female": "Nữ", "male": "Nam"}),
            "Tuổi": w["age"],
            "Hợp đồng": recode(
                w["contract"],
                {
                    "indefinite": "Không xác định thời hạn",
                    "fixed_term": "Xác định thời hạn >= 1 năm",
                    CONTRACT_SHORT: "Xác định thời hạn < 1 năm",
                    "probation": "Thử việc",
                },
            ),
            "Lương tháng": w["pay_amount"],
            "Giờ làm/tuần": w["hours_per_week"],
            "Đào tạo": yn(w["training"], co, kh),
            "BHXH": yn(w["social_insurance"], co, kh),
        }
    )
    write_xlsx(
        HERE / f"{name}.xlsx",
        [("Doanh nghiệp", frame_sheet(firms)), ("Người lao động", frame_sheet(workers))],
    )
    tw = tw.assign(pay_period="month")
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, 2, 3, 4, 5, 8, "vietnamese", "restart_worker_numbers"],
        "tables": {
            "Doanh nghiệp": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Người lao động": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        **counts(tf, tw),
        "link": {"firms": "id", "workers": "id"},
        "roles": {
            "firms": {
                "firm_id": "id",
                "country": "Quốc gia",
                "sector": "Ngành",
                "employees": "Số lao động",
                "stage_before": "Phương thức sản xuất 2016",
                "stage_now": "Phương thức sản xuất 2019",
                "new_machinery": "Máy móc mới",
                "new_product": "Sản phẩm mới",
                "design_added": "Thiết kế",
            },
            "workers": {
                "firm_id": "id",
                "gender": "Giới tính",
                "age": "Tuổi",
                "contract": "Hợp đồng",
                "pay_amount": "Lương tháng",
                "hours_per_week": "Giờ làm/tuần",
                "training": "Đào tạo",
                "social_insurance": "BHXH",
            },
        },
        "yes_no": {
            "firms": ["new_machinery", "new_product", "design_added"],
            "workers": ["training", "social_insurance"],
        },
        "distinct": {"workers": {"contract": ["Xác định thời hạn >= 1 năm", "Xác định thời hạn < 1 năm"]}},
        "assumed": {"workers": {"pay_period": "month"}},
        "where": "country=Vietnam",
        "truth": write_truth(name, tf, tw),
    }


# ============================================================================ real public forms
REAL_FORMS = {  # file in real_forms/ → (repository, path, commit)
    "pyxform_loop.xlsx": ("XLSForm/pyxform", "tests/example_xls/loop.xlsx"),
    "pyxform_yes_or_no_question.xlsx": ("XLSForm/pyxform", "tests/example_xls/yes_or_no_question.xlsx"),
}


def real_form_expectations() -> None:
    """The real forms are copied by hand (see SOURCES.md). A form definition is not data: its
    sheets are codebooks (every row of the sheet kept), and it holds no firm and no worker."""
    for fname, (repo, path) in REAL_FORMS.items():
        form = HERE / "real_forms" / fname
        if not form.exists():
            print(f"missing real form: real_forms/{fname} (see SOURCES.md)")
            continue
        wb = openpyxl.load_workbook(form, read_only=True)
        tables = {}
        for ws in wb.worksheets:
            rows = [r for r in ws.iter_rows(values_only=True) if any(c is not None for c in r)]
            tables[ws.title] = {"kind": "codebook", "header_row": 1, "n_rows": len(rows) - 1}
        wb.close()
        exp = {
            "file": f"real_forms/{fname}",
            "source": f"github:{repo}/{path}",
            "patterns": ["real_xlsform"],
            "tables": tables,
            "n_firms": 0,
            "n_workers": 0,
        }
        (HERE / "real_forms" / f"{form.stem}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


@delivery
def vn_ambiguous_link() -> dict[str, Any]:
    """A link the data does not settle: a quarter of the workers' firm codes were mistyped
    ("DN0O7" with a letter O), so the import must ask which column links workers to their firm
    (best guess first) instead of quietly taking it."""
    name = "vn_ambiguous_link"
    f, w = make_truth(121, 30, prefix="", per_firm=(3, 5))
    codes = {fid: f"DN{i + 1:03d}" for i, fid in enumerate(f["firm_id"])}
    typed = [codes[x] for x in w["firm_id"]]
    for i in range(0, len(typed), 4):  # every fourth worker's code mistyped: 0 → O
        typed[i] = typed[i].replace("0", "O", 1)
    co, kh = "Có", "Không"
    firms = pd.DataFrame({
        "Mã DN": [codes[x] for x in f["firm_id"]],
        "Ngành": recode(f["sector"], {"apparel": "Dệt may", "electronics": "Điện tử"}),
        "Số lao động": f["employees"],
        "Máy móc mới": yn(f["new_machinery"], co, kh),
        "Sản phẩm mới": yn(f["new_product"], co, kh),
    })
    workers = pd.DataFrame({
        "Mã DN": typed,
        "Giới tính": recode(w["gender"], {"female": "Nữ", "male": "Nam"}),
        "Tuổi": w["age"],
        "Đào tạo": yn(w["training"], co, kh),
    })
    write_xlsx(HERE / f"{name}.xlsx",
               [("Doanh nghiệp", frame_sheet(firms)), ("Người lao động", frame_sheet(workers))])
    return {
        "file": f"{name}.xlsx",
        "patterns": [1, "questions", "weak_link"],
        "tables": {
            "Doanh nghiệp": {"kind": "firms", "header_row": 1, "n_rows": len(f)},
            "Người lao động": {"kind": "workers", "header_row": 1, "n_rows": len(w)},
        },
        "n_firms": len(f),
        "n_workers": len(w),
        "questions": {"workers.firm_id": "Mã DN"},
    }


def main() -> None:
    """Write every delivery, its truth workbook and its expected understanding."""
    names = []
    for build in BUILDERS:
        exp = build()
        stem = build.__name__
        (HERE / f"{stem}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=1, default=_json_default) + "\n", encoding="utf-8"
        )
        names.append(exp["file"])
    real_form_expectations()
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    print(f"{len(names)} deliveries written to {HERE} ({total / 1024:.0f} KB in the folder)")


def _json_default(v: Any) -> Any:
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    raise TypeError(type(v))


if __name__ == "__main__":
    main()
