"""The canonical roles: the names every study, survey frame, rule and output uses.

A *role* is what a column means (the firm's sector, a worker's pay period), independent of what the
questionnaire called it. This module is the single vocabulary: its kinds decide dtypes in the
canonical frames, its canonical values decide how categories are spelled, and its keywords (English and
Vietnamese) feed the automatic mapping in :mod:`core.model.study`.

Keywords and spellings are written in English, Vietnamese (with and without diacritics), Thai and
Burmese. They are compared in :func:`core.common.text.fold` form on both sides; ``fold`` strips
Thai and Burmese vowel and tone marks too, which is harmless because the vocabulary is folded the
same way, and pairs that matter (ใช่/ไม่ใช่, ဟုတ်/မဟုတ်) still fold apart (tests/core/test_mapping.py).

Kinds:
- ``id``: identifier, kept as text (leading zeros survive).
- ``category``: unordered categories; canonical frames use pandas ``category`` dtype.
- ``yesno``: recoded to pandas nullable ``boolean`` (1/yes/có/true → True; 0/2/no/không/false → False).
- ``number``: float64 amounts; ``ordinal``: float64 stages/scales where order matters.
- ``weight``: a declared sampling weight (float64).
- ``date``: a calendar date (pandas ``datetime64``), read from dates, ISO text ("2019-05-14",
  "2019-05", "2019"), Excel serial day numbers and Stata/SPSS date numbers
  (:func:`core.model.survey.parse_dates`); a bare year or month stands for its middle.

Survey-design roles (``strata``, ``psu``) and ``weight`` are taken only when a column declares them
(its name or question text says strata / stratum / PSU / primary sampling unit / cluster id):
their keywords are phrases no ordinary question uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["firm", "worker"]
Kind = Literal["id", "category", "yesno", "number", "ordinal", "weight", "date"]


@dataclass(frozen=True)
class Role:
    """One canonical role: its level, kind, plain descriptions and the words that betray it."""

    name: str
    level: Level
    kind: Kind
    description: str
    description_vi: str
    keywords: tuple[str, ...] = ()
    """Lower-case words or phrases (English and Vietnamese, with and without diacritics) that, found
    in a column name, its question text or its codebook entry, suggest this role."""
    canonical_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For categories: canonical value → spellings/labels that mean it (lower-case)."""
    valid_range: tuple[float, float] | None = None
    """Plausible range for numbers; values outside are reported, never dropped."""
    excluding: tuple[str, ...] = ()
    """Words that rule the role out even when a keyword matches ("lost" for a gained
    certification), so the opposite question is not taken for it."""
    group: str = ""
    """Which family the role belongs to (process, product, functional, chain, end_market,
    downgrading, ms, er, ...), used by rules and the import review."""


YES_WORDS = ("1", "yes", "y", "true", "có", "co", "x", "checked",
             "ใช่", "มี", "ဟုတ်", "ဟုတ်ကဲ့", "ရှိ")
"""Answers that mean yes (English, Vietnamese, Thai ใช่ "yes"/มี "has", Burmese ဟုတ် "yes"/ရှိ "has")."""
NO_WORDS = ("0", "2", "no", "n", "false", "không", "khong", "unchecked", "chưa", "chua",
            "không có", "khong co", "ไม่ใช่", "ไม่", "ไม่มี", "မဟုတ်", "မရှိ")
"""Answers that mean no (Vietnamese chưa "not yet" too; Thai ไม่ใช่/ไม่มี; Burmese မဟုတ်/မရှိ)."""


def _r(name: str, level: Level, kind: Kind, en: str, vi: str, *keywords: str, **kw) -> Role:
    return Role(name, level, kind, en, vi, tuple(keywords), **kw)


_COUNTRIES = {
    "Vietnam": ("vietnam", "viet nam", "việt nam", "vn", "vnm", "เวียดนาม", "ဗီယက်နမ်"),
    "Thailand": ("thailand", "thai", "thái lan", "th", "tha", "ประเทศไทย", "ไทย", "ထိုင်း"),
    "Myanmar": ("myanmar", "burma", "mm", "mmr", "miến điện", "พม่า", "เมียนมา", "မြန်မာ"),
    "Cambodia": ("cambodia", "kh", "khm"),
    "Indonesia": ("indonesia", "id", "idn"),
}
_SECTORS = {
    "apparel": ("apparel", "garment", "garments", "clothing", "textile and garment", "may mặc",
                "dệt may", "may", "wearing apparel"),
    "electronics": ("electronics", "electronic", "điện tử", "dien tu", "electrical"),
    "footwear": ("footwear", "shoes", "giày da", "da giày"),
}
_GENDERS = {
    "female": ("female", "woman", "women", "f", "nữ", "nu", "หญิง", "เพศหญิง", "အမျိုးသမီး"),
    "male": ("male", "man", "men", "m", "nam", "ชาย", "เพศชาย", "အမျိုးသား"),
}
_SKILLS = {
    "production": ("production", "production worker", "line worker", "operator", "worker",
                   "công nhân", "cong nhan", "sewer", "assembler"),
    "technician": ("technician", "technical", "kỹ thuật viên", "ky thuat vien", "engineer"),
    "supervisor": ("supervisor", "team leader", "line leader", "tổ trưởng", "giám sát"),
    "manager": ("manager", "management", "quản lý", "quan ly", "director"),
}
_CONTRACTS = {
    "indefinite": ("indefinite", "permanent", "open-ended", "unlimited", "không xác định thời hạn",
                   "khong xac dinh thoi han"),
    # fixed_term is a fixed term of one year or more (a regular contract, DOMAIN.md); none of its
    # spellings may also describe a shorter one, which is fixed_term_short.
    "fixed_term": ("fixed_term", "fixed-term", "fixed term", "xác định thời hạn",
                   "hợp đồng xác định thời hạn", "1-3 years", "12-36 months", "1 year or more",
                   "one year or more", "at least 1 year", "at least one year", "12 months or more",
                   "12-36 tháng", "từ 1 năm trở lên", "từ 12 tháng trở lên"),
    "fixed_term_short": ("fixed_term_short", "fixed term under 1 year", "under 1 year",
                         "under one year", "less than 1 year", "less than one year",
                         "less than 12 months", "under 12 months", "short-term", "short term",
                         "dưới 1 năm", "dưới 12 tháng", "seasonal", "thời vụ", "mùa vụ"),
    "probation": ("probation", "probationary", "thử việc", "thu viec"),
    # temporary, casual and day work: no term of a year or more, so never regular (DOMAIN.md)
    "temporary": ("temporary", "temporary contract", "temp", "casual", "casual work",
                  "daily", "day labour", "day labor", "daily wage", "tạm thời",
                  "hợp đồng tạm thời", "lao động tạm thời", "công nhật", "khoán việc"),
    "none": ("none", "no contract", "verbal", "oral", "không có hợp đồng", "khong co hop dong"),
}
_PERIODS = {
    "month": ("month", "monthly", "per month", "tháng", "thang", "theo tháng", "theo thang",
              "hàng tháng", "hang thang", "รายเดือน", "เดือน", "လစာ", "လအလိုက်"),
    "fortnight": ("fortnight", "fortnightly", "biweekly", "every two weeks", "2 weeks", "nửa tháng"),
    "week": ("week", "weekly", "per week", "tuần", "tuan", "theo tuần", "theo tuan",
             "รายสัปดาห์", "สัปดาห์", "အပတ်စား"),
    "day": ("day", "daily", "per day", "ngày", "ngay", "theo ngày", "theo ngay", "công nhật",
            "รายวัน", "วัน", "နေ့စား", "နေ့"),
    "hour": ("hour", "hourly", "per hour", "giờ", "gio", "theo giờ", "theo gio", "รายชั่วโมง",
             "ชั่วโมง", "နာရီ"),
    "piece": ("piece", "piece rate", "piece-rate", "per piece", "sản phẩm", "khoán"),
}
_OWNERSHIP = {
    "domestic_private": ("domestic", "domestic private", "private", "tư nhân", "trong nước"),
    "foreign": ("foreign", "foreign-owned", "fdi", "nước ngoài", "có vốn đầu tư nước ngoài"),
    "state": ("state", "state-owned", "soe", "nhà nước"),
    "joint_venture": ("joint venture", "jv", "liên doanh"),
}

_SURVEY_DATE_WORDS = (
    "survey date", "interview date", "date of interview", "date of the interview",
    "date interviewed", "interviewed on", "date of survey", "date of the survey", "survey year",
    "year of survey", "year of the survey", "interview year", "year of interview", "survey_date",
    "interview_date", "ngày phỏng vấn", "ngay phong van", "ngày khảo sát", "ngay khao sat",
    "thời gian phỏng vấn", "thời gian khảo sát", "năm khảo sát", "nam khao sat",
    "วันที่สัมภาษณ์", "วันที่สำรวจ", "ปีที่สำรวจ")
_SURVEY_DATE_EXCLUDING = ("birth", "born", "founded", "established", "hired", "joined",
                          "start work", "started work", "ngày sinh", "năm sinh", "thành lập",
                          "vào làm", "duration", "length", "time taken", "minutes")
_SURVEY_DATE_FIRM = _r(
    "survey_date", "firm", "date",
    "Date of the firm interview (dates the applicable minimum wage)",
    "Ngày phỏng vấn doanh nghiệp (xác định mức lương tối thiểu áp dụng)",
    *_SURVEY_DATE_WORDS, excluding=_SURVEY_DATE_EXCLUDING)
_SURVEY_DATE_WORKER = _r(
    "survey_date", "worker", "date",
    "Date of the worker interview (dates the applicable minimum wage)",
    "Ngày phỏng vấn người lao động (xác định mức lương tối thiểu áp dụng)",
    *_SURVEY_DATE_WORDS, excluding=_SURVEY_DATE_EXCLUDING)

ROLES: tuple[Role, ...] = (
    # ---------------------------------------------------------------- firm: identity and profile
    _r("firm_id", "firm", "id", "Firm identifier (links workers to their firm)",
       "Mã doanh nghiệp (liên kết người lao động với doanh nghiệp)",
       "firm id", "firm_id", "firmid", "firm code", "company id", "enterprise id", "establishment id",
       "idstd", "fid", "firm number", "firm no", "mã doanh nghiệp", "ma doanh nghiep", "mã dn",
       "ma dn", "mã công ty", "id doanh nghiệp"),
    _r("country", "firm", "category", "Country", "Quốc gia", "country", "quốc gia", "quoc gia",
       "nation", canonical_values=_COUNTRIES),
    _r("sector", "firm", "category", "Sector (apparel, electronics, ...)",
       "Ngành (may mặc, điện tử, ...)", "sector", "industry", "ngành", "nganh", "lĩnh vực",
       "linh vuc", "main product sector", canonical_values=_SECTORS),
    _r("region", "firm", "category", "Region or province (for the applicable minimum wage)",
       "Vùng hoặc tỉnh (để xác định lương tối thiểu)", "region", "province", "vùng", "vung",
       "tỉnh", "tinh", "location", "minimum wage region", "zone"),
    _r("ownership", "firm", "category", "Ownership (domestic, foreign, state, joint venture)",
       "Loại hình sở hữu (tư nhân, nước ngoài, nhà nước, liên doanh)", "ownership", "owner",
       "sở hữu", "so huu", "loại hình doanh nghiệp", "foreign owned", canonical_values=_OWNERSHIP),
    _r("employees", "firm", "number", "Number of employees", "Số lao động", "employees",
       "number of workers", "workforce", "headcount", "staff", "số lao động", "so lao dong",
       "tổng số lao động", "employment", "total workers", "total employees", "no. of workers",
       "no. of employees", "number of employees", "total staff", "số công nhân", "so cong nhan",
       "tổng số công nhân", "số nhân viên", "จำนวนพนักงาน", "จำนวนลูกจ้าง", "จำนวนคนงาน",
       "ဝန်ထမ်းအရေအတွက်", "how many people", "how many workers", "how many employees",
       "people employed", "persons employed", "number of people", valid_range=(1, 200_000),
       excluding=("interviewed", "sampled", "surveyed", "phỏng vấn", "female", "women", "nữ",
                  "male", "foreign", "nước ngoài", "trained", "training", "đào tạo", "union",
                  "công đoàn", "contract", "hợp đồng", "migrant", "share", "%", "percent")),
    _r("year_founded", "firm", "number", "Year the firm was founded", "Năm thành lập",
       "year founded", "founded", "established", "year of establishment", "năm thành lập",
       "nam thanh lap", valid_range=(1850, 2030)),
    _r("weight", "firm", "weight", "Sampling weight of the firm (only if declared)",
       "Trọng số mẫu của doanh nghiệp", "weight", "wstrict", "wmedian", "wweak", "trọng số",
       "sampling weight"),
    _r("strata", "firm", "category", "Sampling stratum of the firm (only if declared)",
       "Tầng (lớp) chọn mẫu của doanh nghiệp", "strata", "stratum", "sampling stratum",
       "sampling strata", "sample stratum", "design stratum", "stratification cell",
       "strata id", "stratum id", "lớp chọn mẫu", "tầng chọn mẫu", "ชั้นภูมิ",
       excluding=("weight", "trọng số")),
    _r("psu", "firm", "category", "Primary sampling unit / sampling cluster (only if declared)",
       "Đơn vị mẫu cấp 1 (cụm chọn mẫu)", "psu", "primary sampling unit", "cluster id",
       "sampling cluster", "sample cluster", "cluster number", "enumeration area",
       "đơn vị mẫu cấp 1", "cụm chọn mẫu", "cum chon mau",
       excluding=("industrial cluster", "industry cluster", "cluster of firms", "weight",
                  "trọng số")),
    _SURVEY_DATE_FIRM,
    _r("stage_now", "firm", "ordinal",
       "Value-chain stage now (0 assembly/CMT, 1 FOB/OEM, 2 ODM, 3 OBM)",
       "Vị trí chuỗi giá trị hiện nay (0 gia công, 1 FOB/OEM, 2 ODM, 3 OBM)",
       "stage now", "current stage", "production mode now", "business model now", "cmt fob odm obm",
       "phương thức sản xuất hiện nay", "hiện nay", "current mode", "current position",
       "position now", "main production arrangement now", valid_range=(0, 3),
       group="functional"),
    _r("stage_before", "firm", "ordinal", "Value-chain stage before the reference period",
       "Vị trí chuỗi giá trị trước đây (3 năm trước)", "stage before", "previous stage",
       "stage 3 years ago", "production mode before", "business model before",
       "phương thức sản xuất 3 năm trước", "3 năm trước", "trước đây", "previous position",
       "position before", "main production arrangement before", valid_range=(0, 3),
       group="functional"),
    _r("export_share", "firm", "number", "Share of sales exported (%)", "Tỷ lệ doanh thu xuất khẩu (%)",
       "export share", "exports % of sales", "direct exports", "d3c", "xuất khẩu", "xuat khau",
       "% exported", "sales exported", "share exported", "export pct", "export percent",
       "export %", "exports %", valid_range=(0, 100), group="end_market",
       excluding=("stopped", "stop", "ngừng")),
    _r("main_buyer_share", "firm", "number", "Share of sales to the main buyer (%)",
       "Tỷ lệ doanh thu từ khách hàng chính (%)", "main buyer share", "largest buyer",
       "main customer", "khách hàng chính", "khach hang chinh", valid_range=(0, 100),
       group="bargaining"),
    # ---------------------------------------------------------------- process upgrading
    _r("new_machinery", "firm", "yesno", "Invested in new machinery or equipment",
       "Đầu tư máy móc, thiết bị mới", "new machinery", "new machines", "new equipment",
       "máy móc mới", "may moc moi", "thiết bị mới", "invest machinery", "machines", "machinery",
       "máy móc", "เครื่องจักร", "เครื่องจักรใหม่", "စက်ပစ္စည်း", group="process",
       excluding=("number of", "how many", "count", "số lượng", "số máy", "age of", "operator",
                  "sewing machine operator")),
    _r("new_process", "firm", "yesno", "Introduced a new or improved production process (WBES h5)",
       "Áp dụng quy trình sản xuất mới hoặc cải tiến", "new process", "improved process",
       "process innovation", "h5", "quy trình mới", "quy trinh moi", "cải tiến quy trình",
       group="process"),
    _r("automation", "firm", "yesno", "Introduced automation (automated cutting/stitching, SMT lines)",
       "Tự động hoá (cắt, may tự động, dây chuyền SMT)", "automation", "automated", "robot",
       "smt", "tự động", "tu dong", group="process"),
    _r("cad_erp", "firm", "yesno", "Introduced CAD or ERP systems", "Áp dụng CAD hoặc ERP",
       "cad", "erp", "software system", "phần mềm quản lý", group="process"),
    _r("line_reorganisation", "firm", "yesno", "Reorganised production lines (lean, modular)",
       "Tổ chức lại dây chuyền sản xuất (lean, mô-đun)", "line reorganisation",
       "line reorganization", "lean", "reorganised lines", "tổ chức lại dây chuyền",
       "to chuc lai day chuyen", group="process"),
    _r("certification_new", "firm", "yesno", "Gained a quality certification (ISO 9001/14001; WBES b8)",
       "Đạt chứng nhận chất lượng mới (ISO 9001/14001)", "certification", "iso", "iso 9001",
       "b8", "chứng nhận", "chung nhan", "chứng chỉ", group="process",
       excluding=("lost", "lose", "loss", "withdrawn", "revoked", "mất chứng nhận", "bị mất")),
    # ---------------------------------------------------------------- product upgrading
    _r("new_product", "firm", "yesno", "Introduced a new or improved product (WBES h1)",
       "Đưa ra sản phẩm mới hoặc cải tiến", "new product", "improved product", "product innovation",
       "h1", "sản phẩm mới", "san pham moi", group="product"),
    _r("product_complexity_up", "firm", "yesno", "Moved to a more complex product group",
       "Chuyển sang nhóm sản phẩm phức tạp hơn", "product complexity", "more complex product",
       "higher-tech", "phức tạp hơn", "phuc tap hon", group="product"),
    _r("unit_price_change_pct", "firm", "number", "Change in real unit price of the main product (%)",
       "Thay đổi giá đơn vị thực của sản phẩm chính (%)", "unit price change", "price change",
       "unit price", "giá đơn vị", "gia don vi", "thay đổi giá", valid_range=(-100, 500),
       group="product"),
    # ---------------------------------------------------------------- functional upgrading
    _r("design_added", "firm", "yesno", "Added design functions", "Bổ sung chức năng thiết kế",
       "design added", "added design", "own design", "thiết kế", "thiet ke", "design",
       "design capability", "design function", "in-house design", "tự thiết kế", "การออกแบบ",
       "ออกแบบ", "ဒီဇိုင်း", group="functional"),
    _r("rnd_added", "firm", "yesno", "Added research and development (WBES h8)",
       "Bổ sung nghiên cứu và phát triển (R&D)", "r&d", "rnd", "research and development", "h8",
       "nghiên cứu", "nghien cuu", group="functional"),
    _r("own_brand_added", "firm", "yesno", "Launched an own brand", "Ra mắt thương hiệu riêng",
       "own brand", "brand", "obm", "thương hiệu riêng", "thuong hieu rieng", group="functional"),
    # ---------------------------------------------------------------- chain upgrading
    _r("sector_changed", "firm", "yesno", "Main product's sector changed",
       "Ngành của sản phẩm chính đã thay đổi", "sector changed", "changed sector", "new sector",
       "chuyển ngành", "chuyen nganh", group="chain"),
    _r("new_sector_sales_share", "firm", "number", "Share of sales in a new sector (%)",
       "Tỷ lệ doanh thu từ ngành mới (%)", "new sector sales", "sales in new sector",
       "doanh thu ngành mới", valid_range=(0, 100), group="chain"),
    # ---------------------------------------------------------------- end market
    _r("new_export_market", "firm", "yesno", "Entered a new export market",
       "Thâm nhập thị trường xuất khẩu mới", "new export market", "new market", "thị trường mới",
       "thi truong moi", group="end_market"),
    _r("new_buyer", "firm", "yesno", "Gained a new buyer", "Có khách hàng (người mua) mới",
       "new buyer", "new customer", "khách hàng mới", "khach hang moi", group="end_market"),
    # ---------------------------------------------------------------- bargaining position
    _r("price_setting_now", "firm", "ordinal",
       "Price-setting power now (1 buyer dictates … 4 firm sets price; WBES e33)",
       "Khả năng quyết định giá hiện nay (1 người mua áp đặt … 4 doanh nghiệp quyết định)",
       "price setting now", "price power now", "bargaining now", "e33", "quyết định giá hiện nay",
       "thương lượng giá hiện nay", "price setting", "pricing power", "sets price", "set price",
       "who sets the price", "định giá", "quyết định giá", "การกำหนดราคา", valid_range=(1, 4),
       group="bargaining", excluding=("before", "previous", "ago", "trước", "past")),
    _r("price_setting_before", "firm", "ordinal", "Price-setting power before the reference period",
       "Khả năng quyết định giá 3 năm trước", "price setting before", "price power before",
       "bargaining before", "quyết định giá 3 năm trước", "thương lượng giá trước đây",
       "price setting", "pricing power", "sets price", "set price", "who sets the price",
       "định giá", "quyết định giá", "การกำหนดราคา", valid_range=(1, 4), group="bargaining",
       excluding=("now", "current", "currently", "today", "hiện nay", "hiện tại")),
    # ---------------------------------------------------------------- downgrading
    _r("certification_lost", "firm", "yesno", "Lost a quality certification",
       "Mất chứng nhận chất lượng", "certification lost", "lost certification", "mất chứng nhận",
       group="downgrading"),
    _r("export_stopped", "firm", "yesno", "Stopped exporting", "Ngừng xuất khẩu",
       "stopped exporting", "export stopped", "ngừng xuất khẩu", "ngung xuat khau",
       group="downgrading"),
    # ================================================================ worker
    _r("worker_id", "worker", "id", "Worker identifier", "Mã người lao động", "worker id",
       "worker_id", "respondent id", "respondent", "resp id", "employee id", "person id",
       "mã người lao động", "ma nguoi lao dong", "mã nld", "mã phiếu", "ma phieu"),
    _r("gender", "worker", "category", "Gender", "Giới tính", "gender", "sex", "giới tính",
       "gioi tinh", canonical_values=_GENDERS),
    _r("age", "worker", "number", "Age in years", "Tuổi", "age", "tuổi", "tuoi", "age in years",
       valid_range=(14, 80)),
    _r("education", "worker", "category", "Highest education completed", "Trình độ học vấn",
       "education", "schooling", "học vấn", "hoc van", "trình độ", "trinh do"),
    _r("skill_group", "worker", "category", "Skill group (production, technician, supervisor, manager)",
       "Nhóm kỹ năng (công nhân, kỹ thuật viên, giám sát, quản lý)", "skill group", "occupation",
       "position", "job category", "job title", "vị trí", "vi tri", "chức danh", "nhóm nghề",
       "công việc", "job", "job type", "job position", "nghề nghiệp", "nghề", "vị trí công việc",
       "ตำแหน่ง", "ตำแหน่งงาน", "อาชีพ", "ရာထူး", canonical_values=_SKILLS,
       excluding=("training", "satisfaction", "satisfied", "security", "tenure", "years",
                  "search", "offer", "đào tạo", "số năm", "hài lòng", "created", "new jobs",
                  "lost", "production mode", "value chain", "stage")),
    _r("contract", "worker", "category", "Contract type (indefinite, fixed-term, probation, none)",
       "Loại hợp đồng (không xác định thời hạn, xác định thời hạn, thử việc, không có)",
       "contract type", "type of contract", "contract", "loại hợp đồng", "loai hop dong",
       "hợp đồng lao động", canonical_values=_CONTRACTS),
    _r("tenure_years", "worker", "number", "Years with this firm", "Số năm làm việc tại doanh nghiệp",
       "tenure", "years with firm", "years at firm", "years worked", "thâm niên", "tham nien",
       "số năm làm việc", valid_range=(0, 60)),
    _r("pay_amount", "worker", "number", "Pay amount, per the pay period (local currency)",
       "Tiền lương theo kỳ trả lương (nội tệ)", "pay amount", "wage", "salary", "pay", "earnings",
       "income", "tiền lương", "tien luong", "lương", "luong", "thu nhập", "thu nhap",
       "monthly wage", "monthly earnings", "monthly income", "monthly salary", "monthly pay",
       "wage per month", "daily wage", "lương tháng", "luong thang", "lương ngày",
       "thu nhập hàng tháng", "thu nhap hang thang", "ค่าจ้าง", "เงินเดือน", "รายได้",
       "ค่าจ้างรายเดือน", "ค่าจ้างรายวัน", "လစာ", "လုပ်ခ", "ဝင်ငွေ", "how much are you paid",
       "how much do you earn", "how much did you earn", "amount paid", "bao nhiêu tiền lương",
       valid_range=(0, 1e12), group="ms",
       excluding=("period", "frequency", "paid per", "kỳ trả", "hình thức trả", "satisfaction",
                  "hài lòng", "minimum", "tối thiểu", "insurance", "bảo hiểm")),
    _r("pay_period", "worker", "category", "Pay period (month, fortnight, week, day, hour, piece)",
       "Kỳ trả lương (tháng, nửa tháng, tuần, ngày, giờ, sản phẩm)", "pay period", "pay frequency",
       "paid per", "wage period", "kỳ trả lương", "ky tra luong", "hình thức trả lương",
       "pay basis", "payment period", "trả lương theo", "งวดการจ่าย", "ประเภทค่าจ้าง",
       canonical_values=_PERIODS),
    _r("piece_rate", "worker", "yesno", "Paid by piece rate", "Trả lương theo sản phẩm",
       "piece rate", "piece-rate", "paid by piece", "lương sản phẩm", "luong san pham"),
    _r("hours_per_week", "worker", "number", "Usual hours worked per week", "Số giờ làm việc mỗi tuần",
       "hours per week", "weekly hours", "hours worked", "working hours", "giờ làm việc",
       "gio lam viec", "số giờ", "hours/week", "hours a week", "hrs/week", "hrs per week",
       "w hours", "work hours", "hours", "giờ làm/tuần", "giờ làm mỗi tuần", "giờ làm",
       "số giờ làm", "giờ/tuần", "ชั่วโมงทำงาน", "ชั่วโมงทำงานต่อสัปดาห์", "အလုပ်ချိန်",
       valid_range=(0, 120), group="ms",
       excluding=("training", "đào tạo", "per day", "a day", "hours day", "hour day", "daily",
                  "mỗi ngày", "một ngày", "giờ/ngày", "giờ làm/ngày", "giờ làm việc/ngày",
                  "trong ngày", "per month", "overtime", "tăng ca", "làm thêm")),
    _r("training", "worker", "yesno", "Received training in the last 12 months",
       "Được đào tạo trong 12 tháng qua", "training", "trained", "đào tạo", "dao tao", group="ms"),
    _r("promoted", "worker", "yesno", "Promoted in the last 3 years", "Được thăng chức trong 3 năm qua",
       "promoted", "promotion", "thăng chức", "thang chuc", "thăng tiến"),
    _r("social_insurance", "worker", "yesno", "Covered by social insurance", "Có bảo hiểm xã hội",
       "social insurance", "social security", "bảo hiểm xã hội", "bao hiem xa hoi", "bhxh",
       "social ins", "si", "ssb", "social security board", "ประกันสังคม", "လူမှုဖူလုံရေး",
       group="ms"),
    _r("health_insurance", "worker", "yesno", "Covered by health insurance", "Có bảo hiểm y tế",
       "health insurance", "medical insurance", "bảo hiểm y tế", "bao hiem y te", "bhyt"),
    _r("written_contract", "worker", "yesno", "Has a written contract", "Có hợp đồng bằng văn bản",
       "written contract", "signed contract", "hợp đồng bằng văn bản", "hop dong van ban"),
    _r("cba_covered", "worker", "yesno", "Covered by a collective bargaining agreement",
       "Được thoả ước lao động tập thể bảo vệ", "collective agreement", "cba", "collective bargaining",
       "thoả ước", "thỏa ước", "thoa uoc", group="er"),
    _r("union_comfortable", "worker", "yesno", "Comfortable approaching the union",
       "Cảm thấy thoải mái khi tiếp cận công đoàn", "union", "trade union", "comfortable union",
       "công đoàn", "cong doan", group="er"),
    _r("committee", "worker", "yesno", "A worker–manager committee exists",
       "Có ủy ban/hội đồng người lao động – quản lý", "committee", "worker-manager committee",
       "ủy ban", "hội đồng", "đối thoại", group="er"),
    _r("discrimination_barrier", "worker", "yesno", "Sees a discrimination barrier to promotion",
       "Thấy rào cản phân biệt đối xử trong thăng tiến", "discrimination", "barrier",
       "phân biệt đối xử", "phan biet doi xu", group="er"),
    _r("suggestion_heard", "worker", "yesno", "Suggestions are heard by management",
       "Ý kiến đóng góp được lắng nghe", "suggestion", "suggestions heard", "voice",
       "ý kiến", "y kien", "góp ý", group="er"),
    _r("injury", "worker", "yesno", "Injured at work in the last 12 months",
       "Bị tai nạn lao động trong 12 tháng qua", "injury", "injured", "accident", "tai nạn",
       "tai nan", "thương tích", group="ms"),
    _SURVEY_DATE_WORKER,
    _r("weight", "worker", "weight", "Sampling weight of the worker (only if declared)",
       "Trọng số mẫu của người lao động", "weight", "worker weight", "trọng số", "sampling weight"),
)
# firm_id is also a worker role: the link. Declared once above for firms, added here for workers.
ROLES = (*ROLES, _r("firm_id", "worker", "id", ROLES[0].description, ROLES[0].description_vi,
                    *ROLES[0].keywords))

_BY_KEY: dict[tuple[str, str], Role] = {(r.level, r.name): r for r in ROLES}


def role(level: Level, name: str) -> Role:
    """Look up a role by level and name; KeyError names the role if it does not exist."""
    try:
        return _BY_KEY[(level, name)]
    except KeyError:
        raise KeyError(f"no {level} role named {name!r}") from None


def roles_for(level: Level) -> list[Role]:
    """All roles of one level, in questionnaire order."""
    return [r for r in ROLES if r.level == level]


def role_names(level: Level) -> list[str]:
    return [r.name for r in roles_for(level)]
