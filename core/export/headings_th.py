"""Thai (ไทย) workbook headings and report words for Upgrading Explorer.

Machine-drafted: needs review by a native Thai speaker. Same keys as SHEETS_VI, COLUMNS_VI,
ABOUT_VI, WORDS_VI (core/export/headings.py) and VIETNAMESE (core/export/report_words.py);
every {placeholder} is kept as in the English.
"""

from __future__ import annotations

SHEETS_TH = {
    "About": "ข้อมูลทั่วไป",
    "Rules": "กฎ",
    "Firms": "บริษัท",
    "Upgrading summary": "สรุปการยกระดับ",
    "Shares by group": "สัดส่วนตามกลุ่ม",
    "Group tests": "การทดสอบระหว่างกลุ่ม",
    "Combinations": "การผสมกัน",
    "Bargaining": "อำนาจต่อรอง",
    "Comparisons": "การเปรียบเทียบ",
    "Matrix": "เมทริกซ์",
    "Upgrading chart": "แผนภูมิการยกระดับ",
    "Outcome table": "ตารางผลลัพธ์ของแรงงาน",
    "Chart builder": "แผนภูมิที่สร้างเอง",
    "Charts": "แผนภูมิ",
}

COLUMNS_TH = {
    # variables compared by (the group_var column's values)
    "upgraded_any": "ยกระดับหรือไม่ (ประเภทใดก็ได้)",
    "ownership": "ความเป็นเจ้าของ",
    "gender": "เพศ",
    "skill_group": "กลุ่มทักษะ",
    "contract": "สัญญาจ้าง",
    # firms
    "firm_id": "รหัสบริษัท",
    "country": "ประเทศ",
    "sector": "อุตสาหกรรม",
    "region": "ภูมิภาค",
    "process": "การยกระดับกระบวนการ",
    "product": "การยกระดับผลิตภัณฑ์",
    "functional": "การยกระดับหน้าที่",
    "chain": "การยกระดับห่วงโซ่ (ข้ามอุตสาหกรรม)",
    "end_market": "การยกระดับตลาดปลายทาง",
    "highest_type": "ประเภทการยกระดับสูงสุด",
    "upgrading_score": "คะแนนการยกระดับ (0–4)",
    "bargaining_change": "การเปลี่ยนแปลงอำนาจต่อรองกับผู้ซื้อ",
    "downgraded": "การลดระดับ",
    "ms_index_mean": "ดัชนีมาตรฐานที่วัดได้ (ค่าเฉลี่ยบริษัท)",
    "ms_index_n": "จำนวนแรงงานที่มีดัชนีมาตรฐานที่วัดได้",
    "er_index_mean": "ดัชนีสิทธิด้านการรวมตัวและต่อรอง (ค่าเฉลี่ยบริษัท)",
    "er_index_n": "จำนวนแรงงานที่มีดัชนีสิทธิด้านการรวมตัวและต่อรอง",
    "explanation": "เหตุผล (รายการในกฎ)",
    # shares and tests
    "type": "ประเภทการยกระดับ",
    "group_var": "ตัวแปรกลุ่ม",
    "group": "กลุ่ม",
    "n_firms": "จำนวนบริษัท",
    "n_known": "จำนวนบริษัทที่ทราบคำตอบ",
    "n_true": "จำนวนบริษัทที่ยกระดับ",
    "share": "สัดส่วน",
    "ci_low": "ช่วงความเชื่อมั่น 95% – ขอบล่าง",
    "ci_high": "ช่วงความเชื่อมั่น 95% – ขอบบน",
    "suppressed": "ปกปิด (ข้อมูลน้อยเกินไป)",
    "test": "การทดสอบ",
    "statistic": "ค่าสถิติ",
    "dof": "องศาอิสระ",
    "p_value": "ค่า p",
    "n": "จำนวนค่าสังเกต",
    "note": "หมายเหตุ",
    "combination": "การผสมกันของประเภทการยกระดับ",
    "value": "ค่า",
    # comparisons
    "outcome": "ผลลัพธ์ของแรงงาน",
    "reference": "กลุ่มอ้างอิง",
    "scale": "มาตราวัด",
    "n_workers": "จำนวนแรงงาน",
    "mean": "ค่าเฉลี่ย",
    "se": "ค่าคลาดเคลื่อนมาตรฐาน",
    "diff": "ผลต่างจากกลุ่มอ้างอิง",
    "diff_se": "ค่าคลาดเคลื่อนมาตรฐานของผลต่าง",
    "diff_ci_low": "ผลต่าง – ช่วงความเชื่อมั่น 95% ขอบล่าง",
    "diff_ci_high": "ผลต่าง – ช่วงความเชื่อมั่น 95% ขอบบน",
    "few_firms": "บริษัทน้อย",
    "p_method": "วิธีคำนวณค่า p",
    "p_adjusted": "ค่า p ที่ปรับแล้ว (Holm)",
    "ci_method": "วิธีคำนวณช่วงความเชื่อมั่น",
    "p_note": "หมายเหตุเกี่ยวกับค่า p",
    "weighted": "ถ่วงน้ำหนัก",
    "adj_diff": "ผลต่างที่ปรับแล้ว",
    "adj_diff_se": "ค่าคลาดเคลื่อนมาตรฐานของผลต่างที่ปรับแล้ว",
    "adj_diff_ci_low": "ผลต่างที่ปรับแล้ว – ช่วงความเชื่อมั่น 95% ขอบล่าง",
    "adj_diff_ci_high": "ผลต่างที่ปรับแล้ว – ช่วงความเชื่อมั่น 95% ขอบบน",
    "adj_p_value": "ค่า p ของผลต่างที่ปรับแล้ว",
    "adj_p_method": "วิธีคำนวณค่า p (ปรับแล้ว)",
    "statistic_withheld": "ไม่แสดงค่าสถิติ (ช่องเล็กเกินไป)",
    "cell_suppressed": "ปกปิดช่อง (บริษัทน้อยเกินไป)",
    # matrix
    "breakdown_var": "ตัวแปรจำแนก",
    "breakdown": "กลุ่มที่จำแนก",
    "economic": "การยกระดับทางเศรษฐกิจ",
    "social": "การยกระดับทางสังคม (มาตรฐานที่วัดได้)",
    "median_ms": "มัธยฐานของดัชนีมาตรฐานที่วัดได้",
    "cutoff_kind": "ประเภทเกณฑ์ตัดด้านสังคม",
    "cutoff": "เกณฑ์ตัดด้านสังคม",
    # what the views show
    "series": "ชุดข้อมูล",
    "subset": "กลุ่มย่อย",
    "level": "ตาราง",
    "kind": "ชนิดแผนภูมิ",
    "variable": "ตัวแปร",
    "box_q1": "ควอร์ไทล์ที่ 1",
    "box_median": "มัธยฐาน",
    "box_q3": "ควอร์ไทล์ที่ 3",
    "box_low": "ปลายหนวดล่าง",
    "box_high": "ปลายหนวดบน",
    "box_n": "จำนวนค่า",
    "box_n_outliers": "จำนวนค่าผิดปกติ",
}

ABOUT_TH = {
    "Item": "รายการ",
    "Value": "ค่า",
    "Source file": "ไฟล์ต้นฉบับ",
    "SHA-256": "SHA-256",
    "Date": "วันที่",
    "App version": "เวอร์ชันโปรแกรม",
    "Firms in subset": "จำนวนบริษัทในกลุ่มย่อย",
    "Workers in subset": "จำนวนแรงงานในกลุ่มย่อย",
    "Subset": "กลุ่มย่อย",
    "Rules": "กฎ",
    "Settings": "การตั้งค่า",
    "Upgrading types computed": "ประเภทการยกระดับที่คำนวณ",
    "Comparisons": "การเปรียบเทียบ",
    "Disclosure": "การปกปิดข้อมูล",
    "View choices": "ตัวเลือกในมุมมองต่าง ๆ",
    "Warning": "คำเตือน",
    "Project file": "ไฟล์โปรเจกต์",
    "Subset shown": "กลุ่มย่อยที่แสดง",
    "Rules used": "กฎที่ใช้",
    "Compared with (subset B)": "เปรียบเทียบกับ (กลุ่มย่อย B)",
    "Subset B": "กลุ่มย่อย B",
    "note": "หมายเหตุ",
    "Type": "ประเภท",
    "Rule": "กฎ",
    "Rule data (JSON)": "ข้อมูลกฎ (JSON)",
    "Adjusted for": "ตัวแปรที่ควบคุม",
    "Survey design": "แบบแผนการสำรวจ",
    "Workshop mode": "โหมดเวิร์กช็อป",
}

WORDS_TH = {
    "see the Rules sheet (in words, and as data for reproduction)":
        "ดูชีตกฎ (เป็นคำอธิบาย และเป็นข้อมูลสำหรับคำนวณซ้ำ)",
    "yes": "ใช่",
    "no": "ไม่ใช่",
    "unknown": "ไม่ทราบ",
    "suppressed (<{firms} firms or <{workers} workers)":
        "ปกปิด (<{firms} บริษัท หรือแรงงาน <{workers} คน)",
    "{marker}: numbers withheld": "{marker}: ไม่แสดงตัวเลข",
    "none": "ไม่มี",
    "a withheld number's complements (other groups or cells that would give it back through a "
    "total or a margin) and group tests over a withheld group are withheld too; Fisher's odds "
    "ratio is withheld when a cell has fewer firms than the threshold; a firm's mean index over "
    "fewer workers than the threshold is withheld":
        "ตัวเลขส่วนเติมเต็มของตัวเลขที่ไม่แสดง (กลุ่มหรือช่องอื่นที่อาจใช้คำนวณย้อนกลับผ่านยอดรวม"
        "หรือผลรวมริม) และการทดสอบระหว่างกลุ่มที่มีกลุ่มที่ไม่แสดงก็จะไม่แสดงด้วย อัตราส่วนออดส์ของ "
        "Fisher จะไม่แสดงเมื่อช่องใดมีบริษัทน้อยกว่าเกณฑ์ ดัชนีเฉลี่ยของบริษัทที่คำนวณจากแรงงาน"
        "น้อยกว่าเกณฑ์จะไม่แสดง",
    "counts rounded to the nearest multiple of {base}, so that two runs cannot be differenced; "
    "individual firms not shown":
        "จำนวนนับถูกปัดเป็นพหุคูณของ {base} ที่ใกล้ที่สุด เพื่อไม่ให้นำผลสองครั้งมาลบกันได้ "
        "ไม่แสดงรายบริษัท",
    "OLS on group dummies, firm-clustered SEs (CR1, Stata's vce(cluster)), t with firms-1 df; "
    "monthly_wage in levels, log_monthly_wage in log points":
        "OLS บนตัวแปรหุ่นของกลุ่ม ค่าคลาดเคลื่อนมาตรฐานจัดกลุ่มตามบริษัท (CR1 แบบ vce(cluster) "
        "ของ Stata) การทดสอบ t ที่องศาอิสระ = จำนวนบริษัท − 1; monthly_wage เป็นระดับ, "
        "log_monthly_wage เป็นหน่วย log",
}

__all__ = ["ABOUT_TH", "COLUMNS_TH", "SHEETS_TH", "WORDS_TH"]


VALUES_TH = {  # machine-drafted: needs review by a native Thai speaker
    "process": "กระบวนการ",
    "product": "ผลิตภัณฑ์",
    "functional": "หน้าที่",
    "chain": "ห่วงโซ่ (สู่อุตสาหกรรมใหม่)",
    "end_market": "ตลาดปลายทาง",
    "downgraded": "ถดถอย",
    "no upgrading": "ไม่มีการยกระดับ",
    "none": "ไม่มี",
    "unknown": "ไม่ทราบ",
    "upgraded": "ยกระดับ (ประเภทใดก็ได้)",
    "not upgraded": "ไม่ได้ยกระดับ",
    "improved": "ดีขึ้น",
    "unchanged": "เท่าเดิม",
    "worse": "แย่ลง",
    "female": "หญิง",
    "male": "ชาย",
    "production": "แรงงานฝ่ายผลิต",
    "technician": "ช่างเทคนิค",
    "supervisor": "หัวหน้างาน",
    "manager": "ผู้จัดการ",
    "apparel": "เครื่องนุ่งห่ม",
    "electronics": "อิเล็กทรอนิกส์",
    "domestic_private": "เอกชนในประเทศ",
    "foreign": "ต่างชาติ",
    "state": "รัฐ",
    "joint_venture": "กิจการร่วมค้า",
    "indefinite": "ไม่มีกำหนดระยะเวลา",
    "fixed_term": "มีกำหนดระยะเวลา",
    "fixed_term_short": "มีกำหนดระยะเวลาต่ำกว่า 12 เดือน",
    "temporary": "ชั่วคราว",
    "probation": "ทดลองงาน",
    "Vietnam": "เวียดนาม",
    "Thailand": "ไทย",
    "Myanmar": "เมียนมา",
}
