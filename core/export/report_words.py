"""The report's own words (headings, table labels, the methods paragraph) by language.

Why a table of its own: the findings come in every language from core.analysis.findings_languages;
the report around them must read in the same language. English is the source; Vietnamese is
written for the domain; Thai and Burmese fall back to English here until their catalogues have
these strings (README, "Languages").
"""

from __future__ import annotations

from core.export.report_words_my import REPORT_MY
from core.export.report_words_th import REPORT_TH

ENGLISH: dict[str, str] = {
    "title": "Upgrading Explorer report",
    "survey": "Survey: {title}",
    "subset": "Subset: {subset} ({firms} firms, {workers} workers)",
    "all": "all firms and workers",
    "findings": "Findings",
    "numbers": "The numbers behind it",
    "methods": "How the numbers were made",
    "methods_text": (
        "Workers are compared between groups of firms with ordinary least squares on group "
        "indicators; standard errors are clustered by firm (CR1, as Stata's vce(cluster)), with "
        "the number of firms minus one as degrees of freedom, because workers of one firm are "
        "not independent. When a difference rests on few firms, its p-value and range come from "
        "a permutation test that re-assigns whole firms between the groups (groups of firms) or "
        "from a wild cluster bootstrap (groups within firms), with a fixed seed ({seed}). Shares "
        "of firms have Wilson intervals, which stay between 0 and 1. The adjusted gap holds "
        "{controls} constant. A difference is called clear when its Holm-adjusted p-value over "
        "the outcomes stated is below 0.05. A number resting on fewer than {min_firms} firms or "
        "{min_workers} workers is withheld, and so are the numbers that would give it back."),
    "no_controls": "nothing",
    "rules": "How upgrading was decided (the rules)",
    "provenance": "Where the data came from",
    "warnings": "Notes on the data",
    "item": "Item", "value": "Value",
    "made": "Made with Upgrading Explorer {version} on {date}.",
    "firms": "Firms", "workers": "Workers",
    "firms_pair": "Firms (upgraded / did not)", "workers_pair": "Workers (upgraded / did not)",
    "means_pair": "Mean (upgraded / did not)", "difference": "Difference",
    "range": "95% range of the difference", "adjusted": "Adjusted difference",
    "p_value": "p-value", "p_holm": "p-value, Holm-adjusted", "method": "Method",
    "share_any": "Share of firms that upgraded in any way", "n_known": "Firms with known answers",
    "n_upgraded": "Firms that upgraded", "interval": "95% interval",
    "share_type": "Share with {type} upgrading", "test": "Test",
    "n_improved": "Improved", "n_unchanged": "Unchanged", "n_worse": "Worse",
    "gap_line": "Gap for line workers", "gap_other": "Gap for technicians and managers",
    "group_share": "{group}: share of firms (of {n})",
    "cluster_t": "t-test, clustered by firm", "permutation": "permutation test over firms",
    "wild_bootstrap": "wild cluster bootstrap", "file": "Source file", "sha256": "SHA-256",
    "project": "Project file", "command": "Command", "date": "Date",
}

VIETNAMESE: dict[str, str] = {
    "title": "Báo cáo Upgrading Explorer",
    "survey": "Khảo sát: {title}",
    "subset": "Tập con: {subset} ({firms} doanh nghiệp, {workers} người lao động)",
    "all": "tất cả doanh nghiệp và người lao động",
    "findings": "Kết luận chính",
    "numbers": "Số liệu đằng sau",
    "methods": "Các con số được tính thế nào",
    "methods_text": (
        "Người lao động được so sánh giữa các nhóm doanh nghiệp bằng hồi quy OLS theo biến giả "
        "nhóm; sai số chuẩn được tính theo cụm doanh nghiệp (CR1, như vce(cluster) của Stata), "
        "bậc tự do bằng số doanh nghiệp trừ một, vì người lao động trong cùng một doanh nghiệp "
        "không độc lập với nhau. Khi một chênh lệch chỉ dựa trên ít doanh nghiệp, giá trị p và "
        "khoảng của nó lấy từ kiểm định hoán vị phân lại toàn bộ doanh nghiệp giữa các nhóm "
        "(nhóm doanh nghiệp) hoặc từ bootstrap cụm hoang dã (nhóm bên trong doanh nghiệp), với "
        "hạt giống cố định ({seed}). Tỷ lệ doanh nghiệp dùng khoảng Wilson, luôn nằm giữa 0 và "
        "1. Chênh lệch điều chỉnh giữ cố định {controls}. Một chênh lệch được gọi là rõ ràng khi "
        "giá trị p điều chỉnh Holm trên các chỉ tiêu được nêu nhỏ hơn 0,05. Con số dựa trên "
        "ít hơn {min_firms} doanh nghiệp hoặc {min_workers} người lao động bị ẩn, cùng với "
        "những con số có thể suy ra nó."),
    "no_controls": "không biến nào",
    "rules": "Cách xác định nâng cấp (quy tắc)",
    "provenance": "Nguồn dữ liệu",
    "warnings": "Ghi chú về dữ liệu",
    "item": "Mục", "value": "Giá trị",
    "made": "Tạo bằng Upgrading Explorer {version} ngày {date}.",
    "firms": "Doanh nghiệp", "workers": "Người lao động",
    "firms_pair": "Doanh nghiệp (đã nâng cấp / chưa)",
    "workers_pair": "Người lao động (đã nâng cấp / chưa)",
    "means_pair": "Trung bình (đã nâng cấp / chưa)", "difference": "Chênh lệch",
    "range": "Khoảng 95% của chênh lệch", "adjusted": "Chênh lệch điều chỉnh",
    "p_value": "Giá trị p", "p_holm": "Giá trị p, điều chỉnh Holm", "method": "Phương pháp",
    "share_any": "Tỷ lệ doanh nghiệp đã nâng cấp theo bất kỳ cách nào",
    "n_known": "Doanh nghiệp có câu trả lời", "n_upgraded": "Doanh nghiệp đã nâng cấp",
    "interval": "Khoảng 95%", "share_type": "Tỷ lệ nâng cấp {type}", "test": "Kiểm định",
    "n_improved": "Tốt lên", "n_unchanged": "Giữ nguyên", "n_worse": "Kém đi",
    "gap_line": "Chênh lệch với công nhân sản xuất",
    "gap_other": "Chênh lệch với kỹ thuật viên và quản lý",
    "group_share": "{group}: tỷ lệ doanh nghiệp (trong {n})",
    "cluster_t": "kiểm định t, theo cụm doanh nghiệp",
    "permutation": "kiểm định hoán vị giữa các doanh nghiệp",
    "wild_bootstrap": "bootstrap cụm hoang dã", "file": "Tệp nguồn", "sha256": "SHA-256",
    "project": "Tệp dự án", "command": "Lệnh", "date": "Ngày",
}

WORDS = {"en": ENGLISH, "vi": VIETNAMESE, "th": REPORT_TH, "my": REPORT_MY}  # th, my: drafts


def report_words(lang: str) -> dict[str, str]:
    """The report's words in ``lang``, English for any key (or language) not translated."""
    return {**ENGLISH, **WORDS.get(lang, {})}


__all__ = ["report_words"]
