"""Headings of the results workbook in the reader's language (core stays free of Qt: the window
passes its interface language, e.g. ``write_results_xlsx(..., language="vi")``).

English is the source: a key missing from a language's table is written in English, so a new
column never breaks an export. In another language, the category columns a reader scans (the
upgrading type, the group and its reference, the outcome, the bargaining change, the variable
compared by) say their canonical values in words (``process`` → "Quy trình", ``female`` → "Nữ",
``monthly_wage`` → "Lương tháng"); ids, numbers and free text stay as they are, and the English
workbook and the JSON keep the canonical values scripts read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.analysis.findings_languages import wording
from core.export.headings_my import ABOUT_MY, COLUMNS_MY, SHEETS_MY, VALUES_MY, WORDS_MY
from core.export.headings_th import ABOUT_TH, COLUMNS_TH, SHEETS_TH, VALUES_TH, WORDS_TH

VALUE_COLUMNS = frozenset({"type", "highest_type", "bargaining_change", "group", "reference",
                           "breakdown", "outcome", "series"})
"""Columns whose canonical category values are written in words in another language."""
NAME_COLUMNS = frozenset({"group_var", "breakdown_var", "variable"})
"""Columns that hold a variable's name: written as that variable's column heading."""

SHEETS_VI = {
    "About": "Thông tin",
    "Rules": "Quy tắc",
    "Firms": "Doanh nghiệp",
    "Upgrading summary": "Tóm tắt nâng cấp",
    "Shares by group": "Tỷ lệ theo nhóm",
    "Group tests": "Kiểm định nhóm",
    "Combinations": "Kết hợp",
    "Bargaining": "Vị thế thương lượng",
    "Comparisons": "So sánh",
    "Matrix": "Ma trận",
    "Upgrading chart": "Biểu đồ nâng cấp",
    "Outcome table": "Bảng chỉ tiêu người lao động",
    "Chart builder": "Biểu đồ tự chọn",
    "Charts": "Biểu đồ",
}

COLUMNS_VI = {
    # variables compared by (the group_var column's values)
    "upgraded_any": "Có nâng cấp (bất kỳ loại nào) hay không",
    "ownership": "Loại hình sở hữu",
    "gender": "Giới tính",
    "skill_group": "Nhóm kỹ năng",
    "contract": "Hợp đồng",
    # firms
    "firm_id": "Mã doanh nghiệp",
    "country": "Quốc gia",
    "sector": "Ngành",
    "region": "Vùng",
    "process": "Nâng cấp quy trình",
    "product": "Nâng cấp sản phẩm",
    "functional": "Nâng cấp chức năng",
    "chain": "Nâng cấp chuỗi",
    "end_market": "Nâng cấp thị trường",
    "highest_type": "Loại nâng cấp cao nhất",
    "upgrading_score": "Điểm nâng cấp (0–4)",
    "bargaining_change": "Thay đổi vị thế thương lượng",
    "downgraded": "Xuống cấp",
    "ms_index_mean": "Chỉ số tiêu chuẩn đo lường được (trung bình doanh nghiệp)",
    "ms_index_n": "Số người lao động có chỉ số tiêu chuẩn đo lường được",
    "er_index_mean": "Chỉ số quyền tạo điều kiện (trung bình doanh nghiệp)",
    "er_index_n": "Số người lao động có chỉ số quyền tạo điều kiện",
    "explanation": "Lý do (các tiêu chí của quy tắc)",
    # shares and tests
    "type": "Loại nâng cấp",
    "group_var": "Biến nhóm",
    "group": "Nhóm",
    "n_firms": "Số doanh nghiệp",
    "n_known": "Số doanh nghiệp có thông tin",
    "n_true": "Số doanh nghiệp có nâng cấp",
    "share": "Tỷ lệ",
    "ci_low": "Khoảng tin cậy 95% – cận dưới",
    "ci_high": "Khoảng tin cậy 95% – cận trên",
    "suppressed": "Ẩn (quá ít quan sát)",
    "test": "Kiểm định",
    "statistic": "Giá trị thống kê",
    "dof": "Bậc tự do",
    "p_value": "Giá trị p",
    "n": "Số quan sát",
    "note": "Ghi chú",
    "combination": "Kết hợp các loại nâng cấp",
    "value": "Giá trị",
    # comparisons
    "outcome": "Chỉ tiêu của người lao động",
    "reference": "Nhóm tham chiếu",
    "scale": "Thang đo",
    "n_workers": "Số người lao động",
    "mean": "Trung bình",
    "se": "Sai số chuẩn",
    "diff": "Chênh lệch so với nhóm tham chiếu",
    "diff_se": "Sai số chuẩn của chênh lệch",
    "diff_ci_low": "Chênh lệch – khoảng tin cậy 95%, cận dưới",
    "diff_ci_high": "Chênh lệch – khoảng tin cậy 95%, cận trên",
    "few_firms": "Ít doanh nghiệp",
    "p_method": "Phương pháp tính giá trị p",
    "p_adjusted": "Giá trị p đã hiệu chỉnh (Holm)",
    "ci_method": "Phương pháp tính khoảng tin cậy",
    "p_note": "Ghi chú về giá trị p",
    "weighted": "Có trọng số",
    "adj_diff": "Chênh lệch đã kiểm soát biến",
    "adj_diff_se": "Sai số chuẩn của chênh lệch đã kiểm soát biến",
    "adj_diff_ci_low": "Chênh lệch đã kiểm soát biến – khoảng tin cậy 95%, cận dưới",
    "adj_diff_ci_high": "Chênh lệch đã kiểm soát biến – khoảng tin cậy 95%, cận trên",
    "adj_p_value": "Giá trị p của chênh lệch đã kiểm soát biến",
    "adj_p_method": "Phương pháp tính giá trị p (đã kiểm soát biến)",
    "statistic_withheld": "Ẩn giá trị thống kê (ô quá nhỏ)",
    "cell_suppressed": "Ẩn ô (quá ít doanh nghiệp)",
    # matrix
    "breakdown_var": "Biến phân tách",
    "breakdown": "Nhóm phân tách",
    "economic": "Nâng cấp kinh tế",
    "social": "Nâng cấp xã hội (tiêu chuẩn đo lường được)",
    "median_ms": "Trung vị chỉ số tiêu chuẩn đo lường được",
    "cutoff_kind": "Loại ngưỡng xã hội",
    "cutoff": "Ngưỡng xã hội",
    # what the views show
    "series": "Chuỗi",
    "subset": "Tập con",
    "level": "Bảng",
    "kind": "Loại biểu đồ",
    "variable": "Biến",
    "box_q1": "Tứ phân vị thứ nhất",
    "box_median": "Trung vị",
    "box_q3": "Tứ phân vị thứ ba",
    "box_low": "Đầu râu dưới",
    "box_high": "Đầu râu trên",
    "box_n": "Số giá trị",
    "box_n_outliers": "Số giá trị ngoại lai",
}

ABOUT_VI = {
    "Item": "Mục",
    "Value": "Giá trị",
    "Source file": "Tệp nguồn",
    "SHA-256": "SHA-256",
    "Date": "Ngày",
    "App version": "Phiên bản ứng dụng",
    "Firms in subset": "Số doanh nghiệp trong tập con",
    "Workers in subset": "Số người lao động trong tập con",
    "Subset": "Tập con",
    "Rules": "Quy tắc",
    "Settings": "Thiết lập",
    "Upgrading types computed": "Các loại nâng cấp đã tính",
    "Comparisons": "So sánh",
    "Disclosure": "Bảo mật số liệu",
    "View choices": "Lựa chọn trên các trang xem",
    "Warning": "Cảnh báo",
    "Project file": "Tệp dự án",
    "Subset shown": "Tập con đang xem",
    "Rules used": "Quy tắc được dùng",
    "Compared with (subset B)": "So sánh với (tập con B)",
    "Subset B": "Tập con B",
    "note": "Ghi chú",
    "Type": "Loại",
    "Rule": "Quy tắc",
    "Rule data (JSON)": "Dữ liệu quy tắc (JSON)",
    "Adjusted for": "Các biến kiểm soát",
    "Survey design": "Thiết kế khảo sát",
    "Workshop mode": "Chế độ hội thảo",
}

VALUES_VI = {
    "process": "Quy trình",
    "product": "Sản phẩm",
    "functional": "Chức năng",
    "chain": "Chuỗi (sang ngành mới)",
    "end_market": "Thị trường tiêu thụ",
    "downgraded": "Xuống cấp",
    "no upgrading": "Không nâng cấp",
    "none": "Không có",
    "unknown": "Không rõ",
    "upgraded": "Có nâng cấp (bất kỳ loại nào)",
    "not upgraded": "Chưa nâng cấp",
    "improved": "Tốt lên",
    "unchanged": "Giữ nguyên",
    "worse": "Kém đi",
    "female": "Nữ",
    "male": "Nam",
    "production": "Công nhân sản xuất",
    "technician": "Kỹ thuật viên",
    "supervisor": "Giám sát",
    "manager": "Quản lý",
    "apparel": "May mặc",
    "electronics": "Điện tử",
    "domestic_private": "Tư nhân trong nước",
    "foreign": "Có vốn đầu tư nước ngoài",
    "state": "Nhà nước",
    "joint_venture": "Liên doanh",
    "indefinite": "Không xác định thời hạn",
    "fixed_term": "Xác định thời hạn",
    "fixed_term_short": "Xác định thời hạn dưới 12 tháng",
    "temporary": "Thời vụ",
    "probation": "Thử việc",
    "Vietnam": "Việt Nam",
    "Thailand": "Thái Lan",
    "Myanmar": "Myanmar",
    **wording("vi").outcomes,
}

WORDS_VI = {
    "see the Rules sheet (in words, and as data for reproduction)":
        "xem trang Quy tắc (bằng lời, và dạng dữ liệu để tái lập kết quả)",
    "yes": "có",
    "no": "không",
    "unknown": "không rõ",
    "suppressed (<{firms} firms or <{workers} workers)":
        "ẩn (<{firms} doanh nghiệp hoặc <{workers} người lao động)",
    "{marker}: numbers withheld": "{marker}: không công bố số liệu",
    "none": "không có",
    "a withheld number's complements (other groups or cells that would give it back through a "
    "total or a margin) and group tests over a withheld group are withheld too; Fisher's odds "
    "ratio is withheld when a cell has fewer firms than the threshold; a firm's mean index over "
    "fewer workers than the threshold is withheld":
        "các nhóm hoặc ô khác có thể suy ra số bị ẩn qua tổng hoặc tổng biên cũng bị ẩn, cũng như "
        "các kiểm định nhóm có nhóm bị ẩn; tỷ số chênh Fisher bị ẩn khi một ô có ít doanh nghiệp "
        "hơn ngưỡng; chỉ số trung bình của doanh nghiệp từ ít người lao động hơn ngưỡng bị ẩn",
    "counts rounded to the nearest multiple of {base}, so that two runs cannot be differenced; "
    "individual firms not shown":
        "các số đếm được làm tròn đến bội số gần nhất của {base}, để không thể trừ hai lần chạy "
        "cho nhau; không hiển thị từng doanh nghiệp",
    "OLS on group dummies, firm-clustered SEs (CR1, Stata's vce(cluster)), t with firms-1 df; "
    "monthly_wage in levels, log_monthly_wage in log points":
        "Hồi quy OLS theo biến giả nhóm, sai số chuẩn cụm theo doanh nghiệp (CR1, như "
        "vce(cluster) của Stata), kiểm định t với bậc tự do = số doanh nghiệp − 1; "
        "monthly_wage theo mức, log_monthly_wage theo điểm log",
}


@dataclass(frozen=True)
class Headings:
    """Look-ups for one language; unknown keys come back unchanged (English)."""

    language: str = "en"
    sheets: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    about: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)

    def sheet(self, name: str) -> str:
        return self.sheets.get(name, name)

    def column(self, name: str) -> str:
        return self.columns.get(name, name)

    def about_label(self, name: str) -> str:
        return self.about.get(name, name)

    def word(self, text: str) -> str:
        return self.words.get(text, text)

    def value(self, column: str, value: object) -> object:
        """A cell of ``column`` as this language's reader reads it: a canonical category value
        in words, a variable's name as its heading; anything else (numbers, ids) unchanged."""
        if not isinstance(value, str) or self.language == "en":
            return value
        if column in NAME_COLUMNS:
            return self.columns.get(value, value)
        if column == "highest_type" and value == "none":
            return self.values.get("no upgrading", value)
        if column in VALUE_COLUMNS:
            return self.values.get(value, value)
        return value


LANGUAGES = {
    "en": Headings("en"),
    "vi": Headings("vi", SHEETS_VI, COLUMNS_VI, ABOUT_VI, WORDS_VI, VALUES_VI),
    "th": Headings("th", SHEETS_TH, COLUMNS_TH, ABOUT_TH, WORDS_TH,  # machine-drafted
                   {**VALUES_TH, **wording("th").outcomes}),
    "my": Headings("my", SHEETS_MY, COLUMNS_MY, ABOUT_MY, WORDS_MY,  # machine-drafted
                   {**VALUES_MY, **wording("my").outcomes}),
}
"""Languages with workbook headings."""


def headings(language: str | None = "en") -> Headings:
    """The headings for ``language`` ('en', 'vi'); English for anything else."""
    return LANGUAGES.get(language or "en", LANGUAGES["en"])
