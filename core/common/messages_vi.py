"""Core's warnings in Vietnamese (core.common.messages). Keys are the English templates exactly as
core's ``say`` calls write them; fields ({n}, {who}, …) are the same. Domain terms as in the
Vietnamese interface; "Settings" is the window's "Thiết lập dự án", the import review its
"Kiểm tra dữ liệu nhập". Role codes (pay_amount, wage_to_minimum, …) stay as the data names them.
"""

from __future__ import annotations

MESSAGES_VI: dict[str, str] = {
    "{n} workers": "{n} người lao động",
    "{n} worker": "{n} người lao động",
    "{n} firms ({workers})": "{n} doanh nghiệp ({workers})",
    "{n} firm ({workers})": "{n} doanh nghiệp ({workers})",
    "{level}: {warning}": "{level}: {warning}",
    "B: {warning}": "B: {warning}",
    "{first} and {second}": "{first} và {second}",
    "the controls": "các biến kiểm soát",
    "the table's latest date": "ngày mới nhất trong bảng",
    "the reference date in Settings": "ngày tham chiếu trong Thiết lập dự án",
    "{who} have a monthly pay at least {ratio}× above or below the median of their country and "
    "pay period (robust z ≥ {z}; {where}): check them for a typo (an extra or missing zero) or "
    "a unit slip; they are kept and marked in pay_outlier":
        "{who} có mức lương tháng cao hoặc thấp hơn ít nhất {ratio} lần so với trung vị của quốc "
        "gia và kỳ trả lương của họ (z vững ≥ {z}; {where}): hãy kiểm tra lỗi gõ (thừa hoặc "
        "thiếu một số 0) hoặc nhầm đơn vị; các giá trị này vẫn được giữ và được đánh dấu ở "
        "pay_outlier",
    "{country}: the median wage is {ratio} times the minimum wage; check the pay units (e.g. "
    "thousand VND instead of VND)":
        "{country}: lương trung vị bằng {ratio} lần lương tối thiểu; hãy kiểm tra đơn vị tiền "
        "lương (ví dụ nghìn đồng thay vì đồng)",
    "monthly_wage not computed: the survey lacks {roles}":
        "Không tính được monthly_wage: khảo sát thiếu {roles}",
    "wage_to_minimum not computed: the survey lacks the firm's country":
        "Không tính được wage_to_minimum: khảo sát thiếu quốc gia của doanh nghiệp",
    "ms_index not computed: the survey has {n} of the {total} MS items, fewer than the {needed} "
    "needed":
        "Không tính được ms_index: khảo sát có {n} trong {total} tiêu chí MS, ít hơn {needed} "
        "tiêu chí cần có",
    "er_index not computed: the survey has {n} of the {total} ER items, fewer than the {needed} "
    "needed":
        "Không tính được er_index: khảo sát có {n} trong {total} tiêu chí ER, ít hơn {needed} "
        "tiêu chí cần có",
    "{who} have no applicable minimum wage (country or region not in the minimum-wage table): "
    "wage_to_minimum is missing there; add the country to the minimum-wage table in Settings":
        "{who} không có mức lương tối thiểu áp dụng (quốc gia hoặc vùng không có trong bảng "
        "lương tối thiểu): wage_to_minimum bị thiếu ở đó; hãy thêm quốc gia vào bảng lương tối "
        "thiểu trong Thiết lập dự án",
    "{who} use their country's default minimum wage (region missing or not listed in the table)":
        "{who} dùng mức lương tối thiểu mặc định của quốc gia (thiếu vùng hoặc vùng không có "
        "trong bảng)",
    "{n} workers paid by piece: monthly_wage is missing for them":
        "{n} người lao động được trả lương theo sản phẩm: không có monthly_wage cho họ",
    "{n} workers have a contract type that is not one of indefinite / fixed_term / "
    "fixed_term_short / temporary / probation / none ({shown}): regular_contract counts them as "
    "not regular; give the values a meaning in the import review":
        "{n} người lao động có loại hợp đồng không thuộc indefinite / fixed_term / "
        "fixed_term_short / temporary / probation / none ({shown}): regular_contract tính họ là "
        "không có hợp đồng chính thức; hãy gán nghĩa cho các giá trị này ở bước Kiểm tra dữ liệu "
        "nhập",
    "No survey date: every worker's minimum wage is the one in force on {dates} ({what}); map "
    "the interview-date column as survey_date, or set each country's survey year in Settings":
        "Không có ngày khảo sát: lương tối thiểu của mọi người lao động là mức có hiệu lực vào "
        "{dates} ({what}); hãy gán cột ngày phỏng vấn là survey_date, hoặc đặt năm khảo sát của "
        "từng quốc gia trong Thiết lập dự án",
    "{country}: {who} are dated more than a year after the newest {country} minimum wage in the "
    "table ({newest}, up to {latest}): if the minimum changed since, add the new row to the "
    "minimum-wage table in Settings":
        "{country}: {who} có ngày khảo sát muộn hơn hơn một năm so với mức lương tối thiểu mới "
        "nhất của {country} trong bảng ({newest}, đến {latest}): nếu mức tối thiểu đã thay đổi, "
        "hãy thêm dòng mới vào bảng lương tối thiểu trong Thiết lập dự án",
    "{n} workers have a missing or non-positive weight and are left out of the weighted "
    "comparisons":
        "{n} người lao động thiếu trọng số hoặc có trọng số không dương nên không được đưa vào "
        "các so sánh có trọng số",
    "Wages in money are not compared across {countries}: pay is in different currencies. Wage "
    "relative to the minimum is compared instead; choose one country to compare wages":
        "Không so sánh lương bằng tiền giữa {countries}: tiền lương tính bằng các đồng tiền khác "
        "nhau. Thay vào đó so sánh lương so với lương tối thiểu; hãy chọn một quốc gia để so "
        "sánh lương",
    "{n} by a permutation test over firms": "{n} bằng kiểm định hoán vị theo doanh nghiệp",
    "{n} by a wild cluster bootstrap": "{n} bằng bootstrap cụm kiểu wild",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough":
        "{n} dòng so sánh dựa trên ít hơn {few} doanh nghiệp: khoảng tin cậy của chúng chỉ là "
        "ước lượng thô",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough; of their "
    "differences, {tested} (few firms make the usual test over-confident)":
        "{n} dòng so sánh dựa trên ít hơn {few} doanh nghiệp: khoảng tin cậy của chúng chỉ là "
        "ước lượng thô; trong các chênh lệch đó, {tested} (khi có ít doanh nghiệp, kiểm định "
        "thông thường quá tự tin)",
    "{outcomes} pools the currencies of {countries}: compare wage_to_minimum, or restrict to one "
    "country":
        "{outcomes} gộp các đồng tiền của {countries}: hãy so sánh wage_to_minimum, hoặc chỉ chọn "
        "một quốc gia",
    "comparisons by {group_var} skipped: the survey has no such column":
        "Bỏ qua so sánh theo {group_var}: khảo sát không có cột này",
    "outcome {outcome} skipped: not in the survey":
        "Bỏ qua chỉ tiêu {outcome}: không có trong khảo sát",
    "{outcome} by {group_var}: {note}": "{outcome} theo {group_var}: {note}",
    "{outcome} by {group_var}: the reference group {reference} has no workers; no differences":
        "{outcome} theo {group_var}: nhóm tham chiếu {reference} không có người lao động nào; "
        "không có chênh lệch",
    "No upgrading type could be computed: highest_type is unknown":
        "Không tính được loại nâng cấp nào: không biết highest_type",
    "{type} upgrading not computed: the survey has none of its roles ({roles})":
        "Không tính được nâng cấp {type}: khảo sát không có tiêu chí nào của nó ({roles})",
    "{type}: conditions left out because the survey lacks {roles}":
        "{type}: một số điều kiện bị bỏ qua vì khảo sát thiếu {roles}",
    "bargaining_change not computed: the survey lacks {roles}":
        "Không tính được bargaining_change: khảo sát thiếu {roles}",
    "downgraded not computed: the survey has none of its roles ({roles})":
        "Không tính được downgraded: khảo sát không có tiêu chí nào của nó ({roles})",
    "Firm shares and firm-level tests use the survey design ({parts}): shares are weighted, "
    "intervals Korn–Graubard, tests adjusted Wald":
        "Tỷ lệ doanh nghiệp và các kiểm định cấp doanh nghiệp dùng thiết kế mẫu ({parts}): tỷ lệ "
        "có trọng số, khoảng tin cậy Korn–Graubard, kiểm định Wald điều chỉnh",
    "This run shows {total} p-values ({n_workers} worker comparisons, {n_firms} firm-level "
    "tests): with this many, a few fall below 0.05 by chance alone. The adjusted p-values (Holm, "
    "within each table) allow for that":
        "Lần chạy này có {total} giá trị p ({n_workers} so sánh người lao động, {n_firms} kiểm "
        "định cấp doanh nghiệp): với số lượng này, một vài giá trị thấp hơn 0,05 chỉ do ngẫu "
        "nhiên. Giá trị p đã điều chỉnh (Holm, trong từng bảng) tính đến điều đó",
    "Worker filter: {n_workers} workers from {n_firms} firms; firm-level tables use the firm "
    "filters only":
        "Bộ lọc người lao động: {n_workers} người lao động từ {n_firms} doanh nghiệp; các bảng "
        "cấp doanh nghiệp chỉ dùng bộ lọc doanh nghiệp",
    "Provisional: the gaps adjusted for {controls} come with the full result ({n} of them are "
    "not computed yet)":
        "Tạm thời: các chênh lệch đã điều chỉnh theo {controls} sẽ có khi có kết quả đầy đủ "
        "({n} chênh lệch chưa được tính)",
    "Provisional: {n} differences rest on few firms; until the test suited to few firms has run "
    "they show the usual firm-clustered t-test, which can be over-confident":
        "Tạm thời: {n} chênh lệch dựa trên ít doanh nghiệp; cho đến khi kiểm định phù hợp với ít "
        "doanh nghiệp chạy xong, chúng hiển thị kiểm định t thông thường theo cụm doanh nghiệp, "
        "có thể quá tự tin",
    "{n} firms have no usable weight, stratum or PSU: they are left out of the weighted firm "
    "shares and tests":
        "{n} doanh nghiệp không có trọng số, tầng hoặc đơn vị mẫu cấp 1 dùng được: họ không được "
        "đưa vào tỷ lệ và kiểm định có trọng số",
    "{n} strata have a single PSU: their variance is taken as 0 (certainty units), so the ranges "
    "may be too narrow":
        "{n} tầng chỉ có một đơn vị mẫu cấp 1: phương sai của chúng được coi là 0 (đơn vị chắc "
        "chắn), nên khoảng tin cậy có thể quá hẹp",
    "{n} workers have no firm in the firm table: they are left out of comparisons by firm groups":
        "{n} người lao động không có doanh nghiệp trong bảng doanh nghiệp: họ không được đưa vào "
        "các so sánh theo nhóm doanh nghiệp",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available; the firm filters do not select workers. Choose the column that links "
    "workers to their firm in the import review":
        "Bảng người lao động không có cột nối người lao động với doanh nghiệp của họ: {n} người "
        "lao động được đếm, nhưng không có so sánh cấp doanh nghiệp (kết quả của người lao động "
        "theo loại nâng cấp hoặc nhóm doanh nghiệp); bộ lọc doanh nghiệp không chọn người lao "
        "động. Hãy chọn cột nối người lao động với doanh nghiệp ở bước Kiểm tra dữ liệu nhập",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available. Choose the column that links workers to their firm in the import review":
        "Bảng người lao động không có cột nối người lao động với doanh nghiệp của họ: {n} người "
        "lao động được đếm, nhưng không có so sánh cấp doanh nghiệp (kết quả của người lao động "
        "theo loại nâng cấp hoặc nhóm doanh nghiệp). Hãy chọn cột nối người lao động với doanh "
        "nghiệp ở bước Kiểm tra dữ liệu nhập",
    "No workers in the subset: no worker comparisons":
        "Không có người lao động nào trong tập con: không có so sánh người lao động",
    # -- the import review: what was read, assumed and asked (core.model) -----------------------
    ' ("{named}", named like one, repeats or is missing on some rows)':
        ' ("{named}", có tên giống mã doanh nghiệp, bị lặp hoặc bị trống ở một số dòng)',
    " (the column names do not say so)": " (tên cột không cho biết điều này)",
    ' (the name mapping had "{column}" as {role}; the pair is the stronger evidence)':
        ' (việc đối chiếu theo tên đã gán "{column}" là {role}; cặp cột theo năm là bằng chứng '
        "mạnh hơn)",
    ' (the name mapping had "{column}" as {role}; the years say it is before)':
        ' (việc đối chiếu theo tên đã gán "{column}" là {role}; các năm cho thấy đó là trước đây)',
    ' (the name mapping had "{column}" as {role}; the years say it is now)':
        ' (việc đối chiếu theo tên đã gán "{column}" là {role}; các năm cho thấy đó là hiện nay)',
    '"{before}" and "{now}" differ only by the year: {before_year} is before, {now_year} is now; '
    "{reason}":
        '"{before}" và "{now}" chỉ khác nhau ở năm: {before_year} là trước đây, {now_year} là '
        "hiện nay; {reason}",
    ". {n} worker rows have no firm value": ". {n} dòng người lao động không có giá trị doanh nghiệp",
    ". {n} worker rows point at no firm (rows {rows}; values {values})":
        ". {n} dòng người lao động không trỏ tới doanh nghiệp nào (dòng {rows}; giá trị {values})",
    "; {n} worker rows have no value": "; {n} dòng người lao động không có giá trị",
    "; {others} also exist: the two latest years were taken, check which year is the study's "
    "'before'":
        "; còn có cả {others}: hai năm gần nhất đã được chọn, hãy kiểm tra năm nào là 'trước "
        "đây' của nghiên cứu",
    "; {others} also exists: the two latest years were taken, check which year is the study's "
    "'before'":
        "; còn có cả {others}: hai năm gần nhất đã được chọn, hãy kiểm tra năm nào là 'trước "
        "đây' của nghiên cứu",
    'Column "{column}" is taken as the firm ID: its values differ on every row and are never '
    "missing":
        'Cột "{column}" được dùng làm mã doanh nghiệp: giá trị của nó khác nhau ở mọi dòng và '
        "không bao giờ bị trống",
    'Column "{column}" of {workers} has values that fall among the firm IDs ({evidence}), but '
    "its name does not say it points at the firm and it reaches only {with_workers} of {firms} "
    "firms, so it is not taken as the link: no firm link was found from the data":
        'Cột "{column}" của {workers} có giá trị trùng với các mã doanh nghiệp ({evidence}), '
        "nhưng tên cột không cho biết nó chỉ tới doanh nghiệp và nó chỉ nối được {with_workers} "
        "trong {firms} doanh nghiệp, nên không được dùng làm cột liên kết: không tìm thấy liên "
        "kết doanh nghiệp từ dữ liệu",
    'Worker numbers in column "{column}" restart in each firm ({n} firms): workers are '
    "identified by firm + worker number, so the same number in two firms is not a duplicate":
        'Số thứ tự người lao động ở cột "{column}" bắt đầu lại trong từng doanh nghiệp ({n} '
        "doanh nghiệp): người lao động được xác định bằng doanh nghiệp + số thứ tự, nên cùng một "
        "số ở hai doanh nghiệp không phải là trùng lặp",
    'Worker\'s firm "{firm}" is not in the firm table; this worker is left out of firm-level '
    "results":
        'Doanh nghiệp "{firm}" của người lao động không có trong bảng doanh nghiệp; người lao '
        "động này không được tính trong các kết quả cấp doanh nghiệp",
    'Workers are linked to their firm by column "{worker_column}" of {workers} → '
    '"{firm_column}" of {firms}, found from the data: {evidence}':
        'Người lao động được nối với doanh nghiệp của họ qua cột "{worker_column}" của '
        '{workers} → "{firm_column}" của {firms}, tìm ra từ dữ liệu: {evidence}',
    "almost as good a fit": "phù hợp gần như ngang bằng",
    "assumed for every row": "được giả định cho mọi dòng",
    "best fit": "phù hợp nhất",
    'no column is named like a firm ID; "{column}" is the first of {n} column(s) whose values '
    "differ on every row":
        'không có cột nào mang tên giống mã doanh nghiệp; "{column}" là cột đầu tiên trong {n} '
        "cột có giá trị khác nhau ở mọi dòng",
    'no column is named like a firm link, and the best match ("{column}") reaches only '
    "{with_workers} of {firms} firms":
        'không có cột nào mang tên giống cột liên kết doanh nghiệp, và cột khớp nhất ("{column}")'
        " chỉ nối được {with_workers} trong {firms} doanh nghiệp",
    "none of these": "không cột nào trong số này",
    "none of these: the workers cannot be linked to a firm":
        "không cột nào trong số này: không thể nối người lao động với doanh nghiệp",
    "only the column names support the link; {share} of worker rows match":
        "chỉ có tên cột ủng hộ liên kết này; {share} dòng người lao động khớp",
    'only {share} of the worker rows match a firm ID through "{column}"':
        'chỉ {share} dòng người lao động khớp với một mã doanh nghiệp qua cột "{column}"',
    "price setting": "quyền định giá",
    "the answers are value-chain stage answers (CMT, FOB, ODM…)":
        "các câu trả lời là vị trí trong chuỗi giá trị (CMT, FOB, ODM…)",
    "the answers are {what} answers": "các câu trả lời là câu trả lời về {what}",
    "the answers are {what} answers (e.g. CMT, FOB, ODM, OBM)":
        "các câu trả lời là câu trả lời về {what} (ví dụ CMT, FOB, ODM, OBM)",
    'the name "{column}" does not say it points at the firm, and only {with_workers} of {firms} '
    "firms have workers through it":
        'tên "{column}" không cho biết nó chỉ tới doanh nghiệp, và chỉ {with_workers} trong '
        "{firms} doanh nghiệp có người lao động qua cột này",
    'the name "{column}" does not say it points at the firm, and the workers of one firm are '
    "not listed together":
        'tên "{column}" không cho biết nó chỉ tới doanh nghiệp, và người lao động của cùng một '
        "doanh nghiệp không được liệt kê liền nhau",
    "the name may mean the value-chain stage and every answer is a number from 0 to 3, but "
    "nothing says what the numbers mean":
        "tên cột có thể là vị trí trong chuỗi giá trị và mọi câu trả lời là số từ 0 đến 3, "
        "nhưng không có gì cho biết các số đó nghĩa là gì",
    "the name says {what} and every answer is a number from {low} to {high}":
        "tên cột nói về {what} và mọi câu trả lời là số từ {low} đến {high}",
    "the name says {what} and the answers are {what} answers":
        "tên cột nói về {what} và các câu trả lời là câu trả lời về {what}",
    "the years in the column names suggest it, but not clearly":
        "các năm trong tên cột gợi ý điều này, nhưng chưa rõ ràng",
    "two columns fit almost equally well ({first} and {second})":
        "hai cột phù hợp gần như ngang nhau ({first} và {second})",
    'two columns fit almost equally well: "{first}" ({first_share} of worker rows match, '
    '{first_with} of {first_firms} firms have workers) and "{second}" ({second_share} match, '
    "{second_with} of {second_firms} firms)":
        'hai cột phù hợp gần như ngang nhau: "{first}" ({first_share} dòng người lao động khớp, '
        '{first_with} trong {first_firms} doanh nghiệp có người lao động) và "{second}" '
        "({second_share} khớp, {second_with} trong {second_firms} doanh nghiệp)",
    "value-chain stage": "vị trí trong chuỗi giá trị",
    "values differ on every row and are never missing":
        "giá trị khác nhau ở mọi dòng và không bao giờ bị trống",
    "{n} more values of {role} are out of range":
        "thêm {n} giá trị của {role} nằm ngoài khoảng hợp lý",
    '{role} = "{value}" for all {n} rows of this table, though no column states it ({reason})':
        '{role} = "{value}" cho cả {n} dòng của bảng này, dù không có cột nào ghi điều đó '
        "({reason})",
    "{role} = {value} is outside the plausible range {low}–{high}; check the answer (it is kept)":
        "{role} = {value} nằm ngoài khoảng hợp lý {low}–{high}; hãy kiểm tra câu trả lời (giá "
        "trị vẫn được giữ)",
    "{role} answers read as: {readings}": "các câu trả lời {role} được đọc là: {readings}",
    '{role} in column "{column}": answers read on its scale as {readings}; give the column a '
    "value map in the import review if this is wrong":
        '{role} ở cột "{column}": các câu trả lời được đọc theo thang đo của nó là {readings}; '
        "nếu sai, hãy đặt bảng chuyển giá trị cho cột trong Kiểm tra dữ liệu nhập",
    "{role} in column “{column}” is read on its scale: {readings}":
        "{role} ở cột “{column}” được đọc theo thang đo của nó: {readings}",
    '{share} of {n} worker rows with a value match one of the {firms} firm IDs in "{column}"; '
    "{with_workers} of {firms} firms have workers":
        '{share} trong {n} dòng người lao động có giá trị khớp với một trong {firms} mã doanh '
        'nghiệp ở "{column}"; {with_workers} trong {firms} doanh nghiệp có người lao động',
    '{spellings} were read as one value "{value}" ({role})':
        '{spellings} được đọc là cùng một giá trị "{value}" ({role})',
    'Column "{column}" is taken as the worker ID: {why}':
        'Cột "{column}" được dùng làm mã người lao động: {why}',
    "The column name '{text}'": "Tên cột '{text}'",
    "The question text '{text}'": "Nội dung câu hỏi '{text}'",
    "US dollars": "đô la Mỹ",
    'Worker numbers in column "{column}" restart in each firm ({distinct} distinct numbers over '
    "{n} workers in {firms} firms, at most {most} per firm): they are not duplicates; a worker "
    'is identified by firm ("{link}") + worker number':
        'Số thứ tự người lao động ở cột "{column}" bắt đầu lại trong từng doanh nghiệp '
        "({distinct} số khác nhau cho {n} người lao động ở {firms} doanh nghiệp, nhiều nhất "
        "{most} mỗi doanh nghiệp): đây không phải trùng lặp; người lao động được xác định bằng "
        'doanh nghiệp ("{link}") + số thứ tự',
    "baht": "baht",
    "currency units": "đơn vị tiền tệ",
    "daily pay": "lương ngày",
    "hourly pay": "lương giờ",
    'it is the repeat group\'s own row key beside "{column}"':
        'đây là khoá dòng riêng của nhóm lặp, bên cạnh "{column}"',
    "it names a yearly amount, which is not a pay period the wage measures know: set the pay "
    "period by hand":
        "tên cột nói về một khoản theo năm, không phải kỳ trả lương mà các thước đo lương dùng: "
        "hãy tự đặt kỳ trả lương",
    "it names more than one period ({periods}), so none is assumed":
        "tên cột nói về nhiều hơn một kỳ ({periods}), nên không kỳ nào được giả định",
    "it numbers the workers 1, 2, 3 … inside each firm":
        "cột đánh số người lao động 1, 2, 3 … trong từng doanh nghiệp",
    "its values are unique and its name says worker":
        "giá trị của nó không trùng nhau và tên cột nói là người lao động",
    "kyat": "kyat",
    "lakh (100,000)": "lakh (100.000)",
    "million": "triệu",
    "monthly pay": "lương tháng",
    "pay": "lương",
    "the pay-period column '{column}' is used instead of the name":
        "cột kỳ trả lương '{column}' được dùng thay cho tên cột",
    "the values (median {median}) are already in whole units, so they are not multiplied by "
    "{scale}":
        "các giá trị (trung vị {median}) đã ở đơn vị đầy đủ, nên không nhân với {scale}",
    "thousand": "nghìn",
    "weekly pay": "lương tuần",
    "yearly pay": "lương năm",
    "{codes} in column “{column}” read as “no answer” ({n} row(s)): the other answers are a "
    "short scale and no label says otherwise; give the code a meaning in the import review if "
    "it is a real answer":
        "{codes} ở cột “{column}” được đọc là “không trả lời” ({n} dòng): các câu trả lời khác là "
        "một thang ngắn và không nhãn nào nói khác; nếu đó là câu trả lời thật, hãy gán nghĩa "
        "cho mã trong Kiểm tra dữ liệu nhập",
    "{first} and the question text '{text}' say {what}":
        "{first} và nội dung câu hỏi '{text}' cho biết {what}",
    "{first} says {what}": "{first} cho biết {what}",
    "{pay} in {money}": "{pay} tính bằng {money}",
    "{pay} in {scale} {money}": "{pay} tính bằng {scale} {money}",
    "đồng": "đồng",
    "Line {rows} looks like a note under the table ('{quote}'); it was left out of the data.":
        "Dòng {rows} trông như một ghi chú dưới bảng ('{quote}'); dòng này đã được bỏ ra khỏi dữ "
        "liệu.",
    "Lines {label_row}–{row} are two header rows: line {label_row} holds question text (kept "
    "as the column labels) and line {row} the short column names; data start below them.":
        "Dòng {label_row}–{row} là hai dòng tiêu đề: dòng {label_row} chứa nội dung câu hỏi "
        "(giữ làm nhãn cột) và dòng {row} chứa tên cột ngắn; dữ liệu bắt đầu bên dưới.",
    "Lines {rows} look like notes under the table ('{quote}'); they were left out of the data.":
        "Các dòng {rows} trông như ghi chú dưới bảng ('{quote}'); các dòng này đã được bỏ ra khỏi "
        "dữ liệu.",
    "Sheet row {rows} looks like a note under the table ('{quote}'); it was left out of the "
    "data.":
        "Dòng {rows} của trang tính trông như một ghi chú dưới bảng ('{quote}'); dòng này đã được "
        "bỏ ra khỏi dữ liệu.",
    "Sheet rows {label_row}–{row} are two header rows: sheet row {label_row} holds question "
    "text (kept as the column labels) and sheet row {row} the short column names; data start "
    "below them.":
        "Dòng {label_row}–{row} của trang tính là hai dòng tiêu đề: dòng {label_row} chứa nội "
        "dung câu hỏi (giữ làm nhãn cột) và dòng {row} chứa tên cột ngắn; dữ liệu bắt đầu bên "
        "dưới.",
    "Sheet rows {rows} look like notes under the table ('{quote}'); they were left out of the "
    "data.":
        "Các dòng {rows} của trang tính trông như ghi chú dưới bảng ('{quote}'); các dòng này đã "
        "được bỏ ra khỏi dữ liệu.",
    "The column names were found in line {row}, under question text in line {label_row}; the "
    "rows above them were skipped as titles.":
        "Tên cột được tìm thấy ở dòng {row}, dưới nội dung câu hỏi ở dòng {label_row}; các dòng "
        "phía trên được bỏ qua vì là tiêu đề.",
    "The column names were found in line {row}; the rows above it were skipped as titles.":
        "Tên cột được tìm thấy ở dòng {row}; các dòng phía trên được bỏ qua vì là tiêu đề.",
    "The column names were found in sheet row {row}, under question text in sheet row "
    "{label_row}; the rows above them were skipped as titles.":
        "Tên cột được tìm thấy ở dòng {row} của trang tính, dưới nội dung câu hỏi ở dòng "
        "{label_row}; các dòng phía trên được bỏ qua vì là tiêu đề.",
    "The column names were found in sheet row {row}; the rows above it were skipped as titles.":
        "Tên cột được tìm thấy ở dòng {row} của trang tính; các dòng phía trên được bỏ qua vì là "
        "tiêu đề.",
    "name contains '{keyword}'": "tên cột có '{keyword}'",
    "option '{option}' of the multi-select question '{question}' (answers {answers} and blanks)":
        "lựa chọn '{option}' của câu hỏi nhiều lựa chọn '{question}' (câu trả lời {answers} và ô "
        "trống)",
    "option '{option}' of the multi-select question '{question}' (answers {answers})":
        "lựa chọn '{option}' của câu hỏi nhiều lựa chọn '{question}' (câu trả lời {answers})",
    "question text contains '{keyword}'": "nội dung câu hỏi có '{keyword}'",
    "the column is named '{role}'": "cột có tên '{role}'",
    "the values do not fit well": "các giá trị không thật phù hợp",
    "values are stages ({values}) and the name says before":
        "giá trị là các vị trí trong chuỗi ({values}) và tên cột nói là trước đây",
    "values are stages ({values}) and the name says now":
        "giá trị là các vị trí trong chuỗi ({values}) và tên cột nói là hiện nay",
    "values are {values}": "giá trị là {values}",
    "values of about {median} have the size of monthly pay in đồng (VND)":
        "giá trị khoảng {median} có độ lớn của lương tháng tính bằng đồng (VND)",
}
