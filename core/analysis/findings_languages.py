"""The findings' languages: Vietnamese, Thai and Burmese beside English.

Why here and not in the Qt catalogues: findings are core's (``analyze --json --lang vi`` has them
without Qt), and each language fills the same templates with the same numbers
(core.analysis.findings_wording). Vietnamese uses the domain terms of the Vietnamese interface
(nâng cấp quy trình / sản phẩm / chức năng / chuỗi). Thai and Burmese are machine-drafted and
marked ``needs_review`` until a native speaker has read them (README, "Languages").
Numbers follow the language's CLDR conventions via Babel; Burmese keeps Latin digits, as survey
tables and the charts beside the statements do.
"""

from __future__ import annotations

from core.analysis.findings_wording import ENGLISH, Wording

VIETNAMESE = Wording(
    lang="vi",
    locale="vi",
    templates={
        "id_problems": ("{n_rows} dòng doanh nghiệp bị loại khỏi mọi kết quả vì mã doanh "
                        "nghiệp để trống hoặc trùng ở nhiều dòng{ids}{workers}. Các doanh "
                        "nghiệp còn lại vẫn được phân tích; hãy sửa mã trong tệp rồi mở lại."),
        "upgrading_counts": ("{n_upgraded} trong số {n_known} doanh nghiệp đã nâng cấp theo ít "
                             "nhất một cách ({share_any}). Theo loại: {by_type}."),
        "upgrading_counts_withheld": ("Quá ít doanh nghiệp có câu trả lời ({n_known}) để nói "
                                      "bao nhiêu doanh nghiệp đã nâng cấp."),
        "sector_difference": ("Nâng cấp dưới bất kỳ hình thức nào {comparison} ở ngành "
                              "{sector_a} ({share_a} trong {n_a} doanh nghiệp) so với ngành "
                              "{sector_b} ({share_b} trong {n_b} doanh nghiệp). {clarity}"),
        "sector_same": ("Nâng cấp dưới bất kỳ hình thức nào phổ biến gần như nhau ở ngành "
                        "{sector_a} ({share_a} trong {n_a} doanh nghiệp) và ngành {sector_b} "
                        "({share_b} trong {n_b} doanh nghiệp). {clarity}"),
        "bargaining": ("Vị thế đàm phán với người mua: tốt lên ở {improved} trong số {n_known} "
                       "doanh nghiệp có câu trả lời, giữ nguyên ở {unchanged} và kém đi ở "
                       "{worse}."),
        "bargaining_withheld": ("Quá ít doanh nghiệp có câu trả lời ({n_known}) để nói vị thế "
                                "đàm phán của họ đã thay đổi thế nào."),
        "outcome_gap": ("{outcome} ở các doanh nghiệp đã nâng cấp {size} so với các doanh "
                        "nghiệp chưa nâng cấp ({n_firms_up} và {n_firms_not} doanh nghiệp). "
                        "{clarity}{adjusted}"),
        "outcome_same": ("{outcome} ở các doanh nghiệp đã nâng cấp gần như bằng ở các doanh "
                         "nghiệp chưa nâng cấp ({n_firms_up} và {n_firms_not} doanh nghiệp). "
                         "{clarity}{adjusted}"),
        "outcome_withheld": ("{outcome}: quá ít doanh nghiệp hoặc người lao động ở một trong "
                             "hai nhóm để so sánh."),
        "outcome_untestable": ("{outcome}: mọi người lao động ở cả hai nhóm đều trả lời giống "
                               "nhau, nên không có gì để so sánh."),
        "skill_gap": ("Chênh lệch về {outcome} giữa doanh nghiệp đã nâng cấp và doanh nghiệp "
                      "chưa nâng cấp: {size_line} đối với công nhân sản xuất và {size_other} "
                      "đối với kỹ thuật viên, giám sát viên và quản lý. {caution}"),
    },
    phrases={
        "id_named": " (mã trùng: {ids})",
        "id_workers": "; {n_workers} người lao động của các mã trùng cũng bị loại",
        "clear": "Sự khác biệt là rõ ràng: từ {low} đến {high}.",
        "not_clear": "Sự khác biệt chưa rõ ràng: có thể từ {low} đến {high}.",
        "not_clear_no_range": "Sự khác biệt chưa rõ ràng.",
        "clear_p": "Sự khác biệt là rõ ràng (p = {p}).",
        "not_clear_p": "Sự khác biệt chưa rõ ràng (p = {p}).",
        "few_firms": ("Nhóm nhỏ hơn chỉ có {n} doanh nghiệp: hãy xem đây là dấu hiệu ban "
                      "đầu."),
        "hardly": ("Nhóm nhỏ hơn chỉ có {n} doanh nghiệp, không kiểm định nào phân biệt được: "
                   "có thể có khác biệt mà ở đây không thấy."),
        "share_few_firms": "Với quá ít doanh nghiệp, giá trị p của một tỷ lệ có thể quá nhỏ.",
        "weighted": "Các tỷ lệ được tính theo trọng số doanh nghiệp của cuộc khảo sát.",
        "adjusted": " So sánh những người lao động cùng {controls}: {size}.",
        "more": "phổ biến hơn",
        "higher": "cao hơn {amount}",
        "lower": "thấp hơn {amount}",
        "about": "khoảng {value}",
        "about_same": "gần như nhau",
        "points": "{value} điểm phần trăm",
        "point": "1 điểm phần trăm",
        "points_range": "{value} điểm phần trăm",
        "type_share": "{type} {share}",
        "list_separator": ", ",
        "none": "—",
        "skill_caution": ("Hai mức chênh lệch này có khác nhau hay không thì chưa được kiểm "
                          "định; hãy đọc chúng cạnh nhau."),
    },
    outcomes={
        "monthly_wage": "Lương tháng",
        "log_monthly_wage": "Lương tháng (log)",
        "wage_to_minimum": "Lương so với lương tối thiểu",
        "hours_per_week": "Số giờ làm việc mỗi tuần",
        "training": "Tỷ lệ người lao động được đào tạo",
        "promoted": "Tỷ lệ người lao động được thăng chức",
        "social_insurance": "Tỷ lệ người lao động có bảo hiểm xã hội",
        "regular_contract": "Tỷ lệ người lao động có hợp đồng chính thức",
        "ms_index": "Chỉ số tiêu chuẩn đo lường được",
        "er_index": "Chỉ số quyền tạo điều kiện",
    },
    outcome_nouns={
        "monthly_wage": "lương tháng",
        "wage_to_minimum": "lương so với lương tối thiểu",
    },
    controls={
        "skill_group": "nhóm kỹ năng", "gender": "giới tính", "country": "quốc gia",
        "sector": "ngành", "tenure_years": "thâm niên", "age": "độ tuổi",
        "contract": "loại hợp đồng", "employees": "quy mô doanh nghiệp",
        "education": "trình độ học vấn", "ownership": "hình thức sở hữu",
    },
    types={"process": "quy trình", "product": "sản phẩm", "functional": "chức năng",
           "chain": "chuỗi (sang ngành mới)"},
    values={"apparel": "may mặc", "electronics": "điện tử"},
    conjunction=" và ",
    forbidden=("có ý nghĩa", "gây ra", "dẫn đến", "làm tăng", "bởi vì", "nhờ", "tác động"),
)

THAI = Wording(
    lang="th",
    locale="th",
    templates={
        "id_problems": ("แถวบริษัท {n_rows} แถวถูกตัดออกจากทุกผลลัพธ์ เพราะรหัสบริษัทว่าง "
                        "หรือซ้ำกันหลายแถว{ids}{workers} บริษัทอื่นยังวิเคราะห์ตามปกติ "
                        "โปรดแก้รหัสในไฟล์แล้วเปิดใหม่"),
        "upgrading_counts": ("{n_upgraded} จาก {n_known} บริษัทยกระดับอย่างน้อยหนึ่งด้าน "
                             "({share_any}) แยกตามประเภท: {by_type}"),
        "upgrading_counts_withheld": ("บริษัทที่ทราบคำตอบมีน้อยเกินไป ({n_known}) "
                                      "จึงบอกไม่ได้ว่ามีกี่บริษัทที่ยกระดับ"),
        "sector_difference": ("การยกระดับทุกประเภท{comparison}ในอุตสาหกรรม{sector_a} "
                              "({share_a} จาก {n_a} บริษัท) เมื่อเทียบกับอุตสาหกรรม{sector_b} "
                              "({share_b} จาก {n_b} บริษัท) {clarity}"),
        "sector_same": ("การยกระดับทุกประเภทพบบ่อยพอ ๆ กันในอุตสาหกรรม{sector_a} ({share_a} "
                        "จาก {n_a} บริษัท) และอุตสาหกรรม{sector_b} ({share_b} จาก {n_b} "
                        "บริษัท) {clarity}"),
        "bargaining": ("อำนาจต่อรองกับผู้ซื้อ: ดีขึ้นใน {improved} จาก {n_known} "
                       "บริษัทที่ทราบคำตอบ เท่าเดิมใน {unchanged} และแย่ลงใน {worse}"),
        "bargaining_withheld": ("บริษัทที่ทราบคำตอบมีน้อยเกินไป ({n_known}) "
                                "จึงบอกไม่ได้ว่าอำนาจต่อรองเปลี่ยนไปอย่างไร"),
        "outcome_gap": ("{outcome}ในบริษัทที่ยกระดับ {size} เมื่อเทียบกับบริษัทที่ไม่ได้ยกระดับ "
                        "({n_firms_up} และ {n_firms_not} บริษัท) {clarity}{adjusted}"),
        "outcome_same": ("{outcome}ในบริษัทที่ยกระดับใกล้เคียงกับบริษัทที่ไม่ได้ยกระดับ "
                         "({n_firms_up} และ {n_firms_not} บริษัท) {clarity}{adjusted}"),
        "outcome_withheld": ("{outcome}: บริษัทหรือแรงงานในกลุ่มใดกลุ่มหนึ่งมีน้อยเกินไป"
                             "ที่จะเปรียบเทียบ"),
        "outcome_untestable": ("{outcome}: แรงงานทุกคนในทั้งสองกลุ่มตอบเหมือนกัน "
                               "จึงไม่มีอะไรให้เปรียบเทียบ"),
        "skill_gap": ("ความต่างด้าน{outcome}ระหว่างบริษัทที่ยกระดับกับบริษัทที่ไม่ได้ยกระดับ: "
                      "{size_line} สำหรับแรงงานฝ่ายผลิต และ {size_other} สำหรับช่างเทคนิค "
                      "หัวหน้างาน และผู้จัดการ {caution}"),
    },
    phrases={
        "id_named": " (รหัสที่ซ้ำ: {ids})",
        "id_workers": " และตัดลูกจ้าง {n_workers} คนของรหัสที่ซ้ำออกด้วย",
        "clear": "ความแตกต่างชัดเจน: ตั้งแต่ {low} ถึง {high}",
        "not_clear": "ความแตกต่างยังไม่ชัดเจน: อาจอยู่ระหว่าง {low} ถึง {high}",
        "not_clear_no_range": "ความแตกต่างยังไม่ชัดเจน",
        "clear_p": "ความแตกต่างชัดเจน (p = {p})",
        "not_clear_p": "ความแตกต่างยังไม่ชัดเจน (p = {p})",
        "few_firms": "กลุ่มที่เล็กกว่ามีเพียง {n} บริษัท: ให้อ่านเป็นข้อบ่งชี้เบื้องต้น",
        "hardly": ("กลุ่มที่เล็กกว่ามีเพียง {n} บริษัท ไม่มีการทดสอบใดบอกได้: "
                   "อาจมีความแตกต่างที่มองไม่เห็นที่นี่"),
        "share_few_firms": "เมื่อมีบริษัทน้อยมาก ค่า p ของสัดส่วนอาจเล็กเกินจริง",
        "weighted": "สัดส่วนถ่วงน้ำหนักด้วยน้ำหนักบริษัทของการสำรวจ",
        "adjusted": " เมื่อเทียบแรงงานที่มี{controls}เดียวกัน: {size}",
        "more": "พบบ่อยกว่า",
        "higher": "สูงกว่า {amount}",
        "lower": "ต่ำกว่า {amount}",
        "about": "ประมาณ {value}",
        "about_same": "ใกล้เคียงกัน",
        "points": "{value} จุดร้อยละ",
        "point": "1 จุดร้อยละ",
        "points_range": "{value} จุดร้อยละ",
        "type_share": "{type} {share}",
        "list_separator": ", ",
        "none": "—",
        "skill_caution": "ยังไม่ได้ทดสอบว่าความต่างทั้งสองแตกต่างกันหรือไม่ ให้อ่านเทียบกัน",
    },
    outcomes={
        "monthly_wage": "ค่าจ้างรายเดือน",
        "log_monthly_wage": "ค่าจ้างรายเดือน (log)",
        "wage_to_minimum": "ค่าจ้างเทียบกับค่าจ้างขั้นต่ำ",
        "hours_per_week": "จำนวนชั่วโมงทำงานต่อสัปดาห์",
        "training": "สัดส่วนแรงงานที่ได้รับการฝึกอบรม",
        "promoted": "สัดส่วนแรงงานที่ได้เลื่อนตำแหน่ง",
        "social_insurance": "สัดส่วนแรงงานที่มีประกันสังคม",
        "regular_contract": "สัดส่วนแรงงานที่มีสัญญาจ้างประจำ",
        "ms_index": "ดัชนีมาตรฐานที่วัดได้",
        "er_index": "ดัชนีสิทธิด้านการรวมตัวและต่อรอง",
    },
    outcome_nouns={
        "monthly_wage": "ค่าจ้างรายเดือน",
        "wage_to_minimum": "ค่าจ้างเทียบกับค่าจ้างขั้นต่ำ",
    },
    controls={
        "skill_group": "กลุ่มทักษะ", "gender": "เพศ", "country": "ประเทศ",
        "sector": "อุตสาหกรรม", "tenure_years": "อายุงาน", "age": "อายุ",
        "contract": "ประเภทสัญญาจ้าง", "employees": "ขนาดบริษัท", "education": "การศึกษา",
        "ownership": "ความเป็นเจ้าของ",
    },
    types={"process": "กระบวนการ", "product": "ผลิตภัณฑ์", "functional": "หน้าที่",
           "chain": "ห่วงโซ่ (อุตสาหกรรมใหม่)"},
    values={"apparel": "เครื่องนุ่งห่ม", "electronics": "อิเล็กทรอนิกส์"},
    conjunction=" และ ",
    forbidden=("มีนัยสำคัญ", "ทำให้", "ส่งผล", "เพราะ", "เป็นผลจาก"),
    needs_review=True,
)

BURMESE = Wording(
    lang="my",
    locale="my",
    templates={
        "id_problems": ("လုပ်ငန်း အမှတ်အသား ကွက်လပ်ဖြစ်နေခြင်း သို့မဟုတ် အတန်းများစွာတွင် "
                        "ထပ်နေခြင်းကြောင့် လုပ်ငန်းအတန်း {n_rows} တန်းကို ရလဒ်အားလုံးမှ "
                        "ဖယ်ထားသည်{ids}{workers}။ ကျန်လုပ်ငန်းများကို ခွဲခြမ်းစိတ်ဖြာထားသည်။ "
                        "ဖိုင်ထဲတွင် အမှတ်အသားများကို ပြင်ပြီး ပြန်ဖွင့်ပါ။"),
        "upgrading_counts": ("လုပ်ငန်း {n_known} ခုအနက် {n_upgraded} ခုသည် အနည်းဆုံး "
                             "နည်းလမ်းတစ်ခုဖြင့် အဆင့်မြှင့်တင်ခဲ့သည် ({share_any})။ "
                             "အမျိုးအစားအလိုက်: {by_type}။"),
        "upgrading_counts_withheld": ("အဖြေသိသော လုပ်ငန်း ({n_known}) အလွန်နည်းပါသည်။ "
                                      "မည်မျှ အဆင့်မြှင့်တင်ခဲ့သည်ကို မပြောနိုင်ပါ။"),
        "sector_difference": ("မည်သည့်အမျိုးအစားမဆို အဆင့်မြှင့်တင်မှုသည် {sector_b} "
                              "(လုပ်ငန်း {n_b} ခု၏ {share_b}) ထက် {sector_a} (လုပ်ငန်း {n_a} "
                              "ခု၏ {share_a}) တွင် {comparison}။ {clarity}"),
        "sector_same": ("မည်သည့်အမျိုးအစားမဆို အဆင့်မြှင့်တင်မှုသည် {sector_a} (လုပ်ငန်း "
                        "{n_a} ခု၏ {share_a}) နှင့် {sector_b} (လုပ်ငန်း {n_b} ခု၏ {share_b}) "
                        "တွင် အတူတူနီးပါး ဖြစ်သည်။ {clarity}"),
        "bargaining": ("ဝယ်သူများနှင့် ညှိနှိုင်းနိုင်မှု အနေအထား: အဖြေသိသော လုပ်ငန်း "
                       "{n_known} ခုအနက် {improved} ခုတွင် ပိုကောင်းလာသည်၊ {unchanged} ခုတွင် "
                       "မပြောင်းလဲပါ၊ {worse} ခုတွင် ပိုဆိုးလာသည်။"),
        "bargaining_withheld": ("အဖြေသိသော လုပ်ငန်း ({n_known}) အလွန်နည်းပါသည်။ "
                                "ညှိနှိုင်းနိုင်မှု အနေအထား မည်သို့ ပြောင်းလဲသည်ကို "
                                "မပြောနိုင်ပါ။"),
        "outcome_gap": ("အဆင့်မြှင့်တင်ခဲ့သော လုပ်ငန်းများတွင် {outcome}သည် "
                        "အဆင့်မမြှင့်တင်ခဲ့သော လုပ်ငန်းများထက် {size} (လုပ်ငန်း "
                        "{n_firms_up} ခုနှင့် {n_firms_not} ခု)။ {clarity}{adjusted}"),
        "outcome_same": ("အဆင့်မြှင့်တင်ခဲ့သော လုပ်ငန်းများတွင် {outcome}သည် "
                         "အဆင့်မမြှင့်တင်ခဲ့သော လုပ်ငန်းများနှင့် အတူတူနီးပါး ဖြစ်သည် "
                         "(လုပ်ငန်း {n_firms_up} ခုနှင့် {n_firms_not} ခု)။ "
                         "{clarity}{adjusted}"),
        "outcome_withheld": ("{outcome}: အုပ်စုတစ်ခုတွင် လုပ်ငန်း သို့မဟုတ် အလုပ်သမား "
                             "အလွန်နည်းပါသည်။ နှိုင်းယှဉ်၍ မရပါ။"),
        "outcome_untestable": ("{outcome}: အုပ်စုနှစ်ခုလုံးရှိ အလုပ်သမားအားလုံး တူညီသော "
                               "အဖြေ ပေးထားသည်။ နှိုင်းယှဉ်စရာ မရှိပါ။"),
        "skill_gap": ("အဆင့်မြှင့်တင်ခဲ့သော လုပ်ငန်းနှင့် မမြှင့်တင်ခဲ့သော လုပ်ငန်းကြား "
                      "{outcome} ကွာဟချက်: ထုတ်လုပ်ရေး အလုပ်သမားများအတွက် {size_line}၊ "
                      "နည်းပညာရှင်၊ ကြီးကြပ်သူနှင့် မန်နေဂျာများအတွက် {size_other}။ "
                      "{caution}"),
    },
    phrases={
        "id_named": " (ထပ်နေသော အမှတ်အသား: {ids})",
        "id_workers": "၊ ထပ်နေသော အမှတ်အသားများ၏ အလုပ်သမား {n_workers} ဦးကိုလည်း ဖယ်ထားသည်",
        "clear": "ကွာခြားချက် ရှင်းလင်းသည်: {low} မှ {high} အထိ။",
        "not_clear": "ကွာခြားချက် မရှင်းလင်းသေးပါ: {low} မှ {high} အထိ ဖြစ်နိုင်သည်။",
        "not_clear_no_range": "ကွာခြားချက် မရှင်းလင်းသေးပါ။",
        "clear_p": "ကွာခြားချက် ရှင်းလင်းသည် (p = {p})။",
        "not_clear_p": "ကွာခြားချက် မရှင်းလင်းသေးပါ (p = {p})။",
        "few_firms": ("အုပ်စုငယ်တွင် လုပ်ငန်း {n} ခုသာ ရှိသည်: ကနဦး အရိပ်အယောင်အဖြစ်သာ "
                      "ဖတ်ပါ။"),
        "hardly": ("အုပ်စုငယ်တွင် လုပ်ငန်း {n} ခုသာ ရှိသည်။ မည်သည့်စမ်းသပ်မှုမျှ "
                   "မခွဲခြားနိုင်ပါ: ကွာခြားချက် ရှိသော်လည်း ဤနေရာတွင် မပေါ်နိုင်ပါ။"),
        "share_few_firms": "လုပ်ငန်း အလွန်နည်းလျှင် အချိုး၏ p-တန်ဖိုး အလွန်ငယ်နိုင်သည်။",
        "weighted": "အချိုးများကို စစ်တမ်း၏ လုပ်ငန်းအလေးချိန်ဖြင့် တွက်ထားသည်။",
        "adjusted": " {controls} တူသော အလုပ်သမားများကြားတွင်: {size}။",
        "more": "ပိုများသည်",
        "higher": "{amount} ပိုမြင့်သည်",
        "lower": "{amount} ပိုနိမ့်သည်",
        "about": "{value} ခန့်",
        "about_same": "အတူတူနီးပါး",
        "points": "{value} ရာခိုင်နှုန်းမှတ်",
        "point": "1 ရာခိုင်နှုန်းမှတ်",
        "points_range": "{value} ရာခိုင်နှုန်းမှတ်",
        "type_share": "{type} {share}",
        "list_separator": "၊ ",
        "none": "—",
        "skill_caution": ("ကွာဟချက်နှစ်ခု ကွာခြားခြင်း ရှိမရှိ မစမ်းသပ်ရသေးပါ၊ "
                          "ဘေးချင်းယှဉ်၍ ဖတ်ပါ။"),
    },
    outcomes={
        "monthly_wage": "လစဉ်လုပ်ခ",
        "log_monthly_wage": "လစဉ်လုပ်ခ (log)",
        "wage_to_minimum": "အနိမ့်ဆုံးလုပ်ခနှင့် နှိုင်းယှဉ်ထားသော လုပ်ခ",
        "hours_per_week": "တစ်ပတ်လျှင် အလုပ်လုပ်ချိန်နာရီ",
        "training": "လေ့ကျင့်သင်ကြားမှု ရရှိသော အလုပ်သမား အချိုး",
        "promoted": "ရာထူးတိုးသော အလုပ်သမား အချိုး",
        "social_insurance": "လူမှုဖူလုံရေး ရှိသော အလုပ်သမား အချိုး",
        "regular_contract": "ပုံမှန် အလုပ်ခန့်စာချုပ် ရှိသော အလုပ်သမား အချိုး",
        "ms_index": "တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း",
        "er_index": "အခွင့်အရေး ဖော်ဆောင်မှု ညွှန်းကိန်း",
    },
    outcome_nouns={
        "monthly_wage": "လစဉ်လုပ်ခ",
        "wage_to_minimum": "အနိမ့်ဆုံးလုပ်ခနှင့် နှိုင်းယှဉ်ထားသော လုပ်ခ",
    },
    controls={
        "skill_group": "ကျွမ်းကျင်မှုအုပ်စု", "gender": "ကျား/မ", "country": "နိုင်ငံ",
        "sector": "လုပ်ငန်းကဏ္ဍ", "tenure_years": "လုပ်သက်", "age": "အသက်",
        "contract": "စာချုပ်အမျိုးအစား", "employees": "လုပ်ငန်းအရွယ်အစား",
        "education": "ပညာအရည်အချင်း", "ownership": "ပိုင်ဆိုင်မှု",
    },
    types={"process": "လုပ်ငန်းစဉ်", "product": "ထုတ်ကုန်", "functional": "လုပ်ငန်းတာဝန်",
           "chain": "ကွင်းဆက် (ကဏ္ဍသစ်)"},
    values={"apparel": "အထည်အလိပ်", "electronics": "အီလက်ထရောနစ်"},
    conjunction=" နှင့် ",
    forbidden=("ကြောင့်", "ဖြစ်စေ", "သိသာထင်ရှား", "သဖြင့်"),
    needs_review=True,
)

WORDINGS: dict[str, Wording] = {w.lang: w for w in (ENGLISH, VIETNAMESE, THAI, BURMESE)}
"""Every language the findings are said in, by code."""


def wording(lang: str | None) -> Wording:
    """The findings' wording in ``lang`` (English for None or a language not offered)."""
    return WORDINGS.get((lang or "en").split("_")[0].lower(), ENGLISH)


__all__ = ["BURMESE", "THAI", "VIETNAMESE", "WORDINGS", "wording"]
