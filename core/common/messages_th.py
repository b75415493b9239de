"""Core's warnings in Thai (core.common.messages). MACHINE-DRAFTED: needs review by a native Thai
speaker (README, "Languages"). Keys are the English templates; fields are the same. "Settings" is
the window's "การตั้งค่าโปรเจกต์", the import review its "ตรวจทานการนำเข้า"."""

from __future__ import annotations

NEEDS_REVIEW = True

MESSAGES_TH: dict[str, str] = {
    "{n} workers": "แรงงาน {n} คน",
    "{n} worker": "แรงงาน {n} คน",
    "{n} firms ({workers})": "{n} บริษัท ({workers})",
    "{n} firm ({workers})": "{n} บริษัท ({workers})",
    "{level}: {warning}": "{level}: {warning}",
    "B: {warning}": "B: {warning}",
    "{first} and {second}": "{first} และ {second}",
    "the controls": "ตัวแปรควบคุม",
    "the table's latest date": "วันที่ล่าสุดในตาราง",
    "the reference date in Settings": "วันอ้างอิงในการตั้งค่าโปรเจกต์",
    "{who} have a monthly pay at least {ratio}× above or below the median of their country and "
    "pay period (robust z ≥ {z}; {where}): check them for a typo (an extra or missing zero) or "
    "a unit slip; they are kept and marked in pay_outlier":
        "{who} มีค่าจ้างรายเดือนสูงหรือต่ำกว่าค่ามัธยฐานของประเทศและงวดการจ่ายอย่างน้อย {ratio} "
        "เท่า (robust z ≥ {z}; {where}): ตรวจสอบการพิมพ์ผิด (เลขศูนย์เกินหรือขาด) หรือหน่วยผิด "
        "ข้อมูลยังคงอยู่และถูกทำเครื่องหมายใน pay_outlier",
    "{country}: the median wage is {ratio} times the minimum wage; check the pay units (e.g. "
    "thousand VND instead of VND)":
        "{country}: ค่าจ้างมัธยฐานเท่ากับ {ratio} เท่าของค่าจ้างขั้นต่ำ ตรวจสอบหน่วยของค่าจ้าง "
        "(เช่น พันดอง แทน ดอง)",
    "monthly_wage not computed: the survey lacks {roles}":
        "ไม่ได้คำนวณ monthly_wage: การสำรวจไม่มี {roles}",
    "wage_to_minimum not computed: the survey lacks the firm's country":
        "ไม่ได้คำนวณ wage_to_minimum: การสำรวจไม่มีประเทศของบริษัท",
    "ms_index not computed: the survey has {n} of the {total} MS items, fewer than the {needed} "
    "needed":
        "ไม่ได้คำนวณ ms_index: การสำรวจมีข้อ MS {n} จาก {total} ข้อ น้อยกว่า {needed} ข้อที่ต้องการ",
    "er_index not computed: the survey has {n} of the {total} ER items, fewer than the {needed} "
    "needed":
        "ไม่ได้คำนวณ er_index: การสำรวจมีข้อ ER {n} จาก {total} ข้อ น้อยกว่า {needed} ข้อที่ต้องการ",
    "{who} have no applicable minimum wage (country or region not in the minimum-wage table): "
    "wage_to_minimum is missing there; add the country to the minimum-wage table in Settings":
        "{who} ไม่มีค่าจ้างขั้นต่ำที่ใช้ได้ (ประเทศหรือภูมิภาคไม่อยู่ในตารางค่าจ้างขั้นต่ำ): "
        "ไม่มี wage_to_minimum สำหรับพวกเขา เพิ่มประเทศในตารางค่าจ้างขั้นต่ำในการตั้งค่าโปรเจกต์",
    "{who} use their country's default minimum wage (region missing or not listed in the table)":
        "{who} ใช้ค่าจ้างขั้นต่ำเริ่มต้นของประเทศ (ไม่มีภูมิภาคหรือภูมิภาคไม่อยู่ในตาราง)",
    "{n} workers paid by piece: monthly_wage is missing for them":
        "แรงงาน {n} คนได้รับค่าจ้างตามชิ้นงาน: ไม่มี monthly_wage สำหรับพวกเขา",
    "{n} workers have a contract type that is not one of indefinite / fixed_term / "
    "fixed_term_short / temporary / probation / none ({shown}): regular_contract counts them as "
    "not regular; give the values a meaning in the import review":
        "แรงงาน {n} คนมีประเภทสัญญาที่ไม่ใช่ indefinite / fixed_term / fixed_term_short / "
        "temporary / probation / none ({shown}): regular_contract นับว่าไม่ใช่สัญญาประจำ "
        "กำหนดความหมายของค่าเหล่านี้ในตรวจทานการนำเข้า",
    "No survey date: every worker's minimum wage is the one in force on {dates} ({what}); map "
    "the interview-date column as survey_date, or set each country's survey year in Settings":
        "ไม่มีวันที่สำรวจ: ค่าจ้างขั้นต่ำของแรงงานทุกคนคืออัตราที่ใช้ในวันที่ {dates} ({what}) "
        "กำหนดคอลัมน์วันสัมภาษณ์เป็น survey_date หรือกำหนดปีสำรวจของแต่ละประเทศในการตั้งค่าโปรเจกต์",
    "{country}: {who} are dated more than a year after the newest {country} minimum wage in the "
    "table ({newest}, up to {latest}): if the minimum changed since, add the new row to the "
    "minimum-wage table in Settings":
        "{country}: {who} มีวันที่หลังค่าจ้างขั้นต่ำล่าสุดของ {country} ในตารางมากกว่าหนึ่งปี "
        "({newest} ถึง {latest}): หากค่าจ้างขั้นต่ำเปลี่ยนแล้ว ให้เพิ่มแถวใหม่ในตารางค่าจ้างขั้นต่ำ"
        "ในการตั้งค่าโปรเจกต์",
    "{n} workers have a missing or non-positive weight and are left out of the weighted "
    "comparisons":
        "แรงงาน {n} คนไม่มีน้ำหนักหรือมีน้ำหนักไม่เป็นบวก จึงไม่รวมในการเปรียบเทียบแบบถ่วงน้ำหนัก",
    "Wages in money are not compared across {countries}: pay is in different currencies. Wage "
    "relative to the minimum is compared instead; choose one country to compare wages":
        "ไม่เปรียบเทียบค่าจ้างเป็นเงินระหว่าง {countries}: ค่าจ้างอยู่ในสกุลเงินต่างกัน "
        "จึงเปรียบเทียบค่าจ้างเทียบกับค่าจ้างขั้นต่ำแทน เลือกประเทศเดียวเพื่อเปรียบเทียบค่าจ้าง",
    "{n} by a permutation test over firms": "{n} ด้วยการทดสอบการเรียงสับเปลี่ยนระหว่างบริษัท",
    "{n} by a wild cluster bootstrap": "{n} ด้วย wild cluster bootstrap",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough":
        "การเปรียบเทียบ {n} แถวอิงบริษัทน้อยกว่า {few} แห่ง: ช่วงของค่าเป็นเพียงค่าคร่าว ๆ",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough; of their "
    "differences, {tested} (few firms make the usual test over-confident)":
        "การเปรียบเทียบ {n} แถวอิงบริษัทน้อยกว่า {few} แห่ง: ช่วงของค่าเป็นเพียงค่าคร่าว ๆ "
        "ในความแตกต่างเหล่านั้น {tested} (บริษัทน้อยทำให้การทดสอบปกติมั่นใจเกินไป)",
    "{outcomes} pools the currencies of {countries}: compare wage_to_minimum, or restrict to one "
    "country":
        "{outcomes} รวมสกุลเงินของ {countries}: เปรียบเทียบ wage_to_minimum หรือเลือกประเทศเดียว",
    "comparisons by {group_var} skipped: the survey has no such column":
        "ข้ามการเปรียบเทียบตาม {group_var}: การสำรวจไม่มีคอลัมน์นี้",
    "outcome {outcome} skipped: not in the survey":
        "ข้ามตัวชี้วัด {outcome}: ไม่มีในการสำรวจ",
    "{outcome} by {group_var}: {note}": "{outcome} ตาม {group_var}: {note}",
    "{outcome} by {group_var}: the reference group {reference} has no workers; no differences":
        "{outcome} ตาม {group_var}: กลุ่มอ้างอิง {reference} ไม่มีแรงงาน จึงไม่มีความแตกต่าง",
    "No upgrading type could be computed: highest_type is unknown":
        "คำนวณประเภทการยกระดับไม่ได้เลย: ไม่ทราบ highest_type",
    "{type} upgrading not computed: the survey has none of its roles ({roles})":
        "ไม่ได้คำนวณการยกระดับ {type}: การสำรวจไม่มีเกณฑ์ใดของประเภทนี้ ({roles})",
    "{type}: conditions left out because the survey lacks {roles}":
        "{type}: ละเงื่อนไขบางข้อเพราะการสำรวจไม่มี {roles}",
    "bargaining_change not computed: the survey lacks {roles}":
        "ไม่ได้คำนวณ bargaining_change: การสำรวจไม่มี {roles}",
    "downgraded not computed: the survey has none of its roles ({roles})":
        "ไม่ได้คำนวณ downgraded: การสำรวจไม่มีเกณฑ์ใดของประเภทนี้ ({roles})",
    "Firm shares and firm-level tests use the survey design ({parts}): shares are weighted, "
    "intervals Korn–Graubard, tests adjusted Wald":
        "สัดส่วนบริษัทและการทดสอบระดับบริษัทใช้แบบแผนการสำรวจ ({parts}): สัดส่วนถ่วงน้ำหนัก "
        "ช่วงความเชื่อมั่น Korn–Graubard การทดสอบ Wald ที่ปรับแล้ว",
    "This run shows {total} p-values ({n_workers} worker comparisons, {n_firms} firm-level "
    "tests): with this many, a few fall below 0.05 by chance alone. The adjusted p-values (Holm, "
    "within each table) allow for that":
        "การวิเคราะห์นี้แสดงค่า p {total} ค่า (การเปรียบเทียบแรงงาน {n_workers} รายการ "
        "การทดสอบระดับบริษัท {n_firms} รายการ): เมื่อมีจำนวนมากเช่นนี้ บางค่าจะต่ำกว่า 0.05 "
        "โดยบังเอิญ ค่า p ที่ปรับแล้ว (Holm ภายในแต่ละตาราง) คำนึงถึงเรื่องนี้",
    "Worker filter: {n_workers} workers from {n_firms} firms; firm-level tables use the firm "
    "filters only":
        "ตัวกรองแรงงาน: แรงงาน {n_workers} คนจาก {n_firms} บริษัท ตารางระดับบริษัทใช้เฉพาะ"
        "ตัวกรองบริษัท",
    "Provisional: the gaps adjusted for {controls} come with the full result ({n} of them are "
    "not computed yet)":
        "ชั่วคราว: ช่องว่างที่ปรับตาม {controls} จะมาพร้อมผลลัพธ์ฉบับเต็ม (ยังไม่ได้คำนวณ {n} ค่า)",
    "Provisional: {n} differences rest on few firms; until the test suited to few firms has run "
    "they show the usual firm-clustered t-test, which can be over-confident":
        "ชั่วคราว: ความแตกต่าง {n} รายการอิงบริษัทจำนวนน้อย จนกว่าการทดสอบที่เหมาะกับบริษัท"
        "จำนวนน้อยจะเสร็จ จะแสดงการทดสอบ t แบบคลัสเตอร์ตามบริษัทตามปกติ ซึ่งอาจมั่นใจเกินไป",
    "{n} firms have no usable weight, stratum or PSU: they are left out of the weighted firm "
    "shares and tests":
        "{n} บริษัทไม่มีน้ำหนัก ชั้นภูมิ หรือ PSU ที่ใช้ได้: ไม่รวมในสัดส่วนและการทดสอบแบบ"
        "ถ่วงน้ำหนัก",
    "{n} strata have a single PSU: their variance is taken as 0 (certainty units), so the ranges "
    "may be too narrow":
        "{n} ชั้นภูมิมี PSU เดียว: ถือว่าความแปรปรวนเป็น 0 (หน่วยที่แน่นอน) ช่วงจึงอาจแคบเกินไป",
    "{n} workers have no firm in the firm table: they are left out of comparisons by firm groups":
        "แรงงาน {n} คนไม่มีบริษัทในตารางบริษัท: ไม่รวมในการเปรียบเทียบตามกลุ่มบริษัท",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available; the firm filters do not select workers. Choose the column that links "
    "workers to their firm in the import review":
        "ตารางแรงงานไม่มีคอลัมน์ที่เชื่อมแรงงานกับบริษัท: นับแรงงาน {n} คน แต่ไม่มีการเปรียบเทียบ"
        "ระดับบริษัท (ผลลัพธ์ของแรงงานตามประเภทการยกระดับหรือกลุ่มบริษัท) ตัวกรองบริษัทไม่ได้"
        "เลือกแรงงาน เลือกคอลัมน์ที่เชื่อมแรงงานกับบริษัทในตรวจทานการนำเข้า",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available. Choose the column that links workers to their firm in the import review":
        "ตารางแรงงานไม่มีคอลัมน์ที่เชื่อมแรงงานกับบริษัท: นับแรงงาน {n} คน แต่ไม่มีการเปรียบเทียบ"
        "ระดับบริษัท (ผลลัพธ์ของแรงงานตามประเภทการยกระดับหรือกลุ่มบริษัท) เลือกคอลัมน์ที่เชื่อม"
        "แรงงานกับบริษัทในตรวจทานการนำเข้า",
    "No workers in the subset: no worker comparisons":
        "ไม่มีแรงงานในชุดย่อย: ไม่มีการเปรียบเทียบแรงงาน",
    # -- the import review: what was read, assumed and asked (core.model) -----------------------
    ' ("{named}", named like one, repeats or is missing on some rows)':
        ' ("{named}" ซึ่งตั้งชื่อเหมือนรหัสบริษัท มีค่าซ้ำหรือว่างในบางแถว)',
    " (the column names do not say so)": " (ชื่อคอลัมน์ไม่ได้บอกเช่นนั้น)",
    ' (the name mapping had "{column}" as {role}; the pair is the stronger evidence)':
        ' (การจับคู่ตามชื่อเคยให้ "{column}" เป็น {role}; คู่คอลัมน์ตามปีเป็นหลักฐานที่หนักแน่นกว่า)',
    ' (the name mapping had "{column}" as {role}; the years say it is before)':
        ' (การจับคู่ตามชื่อเคยให้ "{column}" เป็น {role}; ปีบอกว่าเป็นช่วงก่อน)',
    ' (the name mapping had "{column}" as {role}; the years say it is now)':
        ' (การจับคู่ตามชื่อเคยให้ "{column}" เป็น {role}; ปีบอกว่าเป็นปัจจุบัน)',
    '"{before}" and "{now}" differ only by the year: {before_year} is before, {now_year} is now; '
    "{reason}":
        '"{before}" และ "{now}" ต่างกันเพียงปี: {before_year} คือช่วงก่อน {now_year} คือปัจจุบัน; '
        "{reason}",
    ". {n} worker rows have no firm value": ". แถวแรงงาน {n} แถวไม่มีค่าบริษัท",
    ". {n} worker rows point at no firm (rows {rows}; values {values})":
        ". แถวแรงงาน {n} แถวไม่ชี้ไปยังบริษัทใด (แถว {rows}; ค่า {values})",
    "; {n} worker rows have no value": "; แถวแรงงาน {n} แถวไม่มีค่า",
    "; {others} also exist: the two latest years were taken, check which year is the study's "
    "'before'":
        "; ยังมี {others} ด้วย: ใช้สองปีล่าสุด โปรดตรวจว่าปีใดคือ 'ช่วงก่อน' ของการศึกษา",
    "; {others} also exists: the two latest years were taken, check which year is the study's "
    "'before'":
        "; ยังมี {others} ด้วย: ใช้สองปีล่าสุด โปรดตรวจว่าปีใดคือ 'ช่วงก่อน' ของการศึกษา",
    'Column "{column}" is taken as the firm ID: its values differ on every row and are never '
    "missing":
        'ใช้คอลัมน์ "{column}" เป็นรหัสบริษัท: ค่าต่างกันทุกแถวและไม่มีค่าว่าง',
    'Column "{column}" of {workers} has values that fall among the firm IDs ({evidence}), but '
    "its name does not say it points at the firm and it reaches only {with_workers} of {firms} "
    "firms, so it is not taken as the link: no firm link was found from the data":
        'คอลัมน์ "{column}" ของ {workers} มีค่าที่ตรงกับรหัสบริษัท ({evidence}) แต่ชื่อไม่ได้บอกว่า'
        "ชี้ไปยังบริษัท และเชื่อมได้เพียง {with_workers} จาก {firms} บริษัท จึงไม่ใช้เป็นตัวเชื่อม: "
        "ไม่พบตัวเชื่อมบริษัทจากข้อมูล",
    'Worker numbers in column "{column}" restart in each firm ({n} firms): workers are '
    "identified by firm + worker number, so the same number in two firms is not a duplicate":
        'หมายเลขแรงงานในคอลัมน์ "{column}" เริ่มใหม่ในแต่ละบริษัท ({n} บริษัท): ระบุแรงงานด้วย'
        "บริษัท + หมายเลขแรงงาน หมายเลขเดียวกันในสองบริษัทจึงไม่ใช่ค่าซ้ำ",
    'Worker\'s firm "{firm}" is not in the firm table; this worker is left out of firm-level '
    "results":
        'บริษัท "{firm}" ของแรงงานไม่อยู่ในตารางบริษัท; แรงงานคนนี้ไม่ถูกนับในผลระดับบริษัท',
    'Workers are linked to their firm by column "{worker_column}" of {workers} → '
    '"{firm_column}" of {firms}, found from the data: {evidence}':
        'เชื่อมแรงงานกับบริษัทด้วยคอลัมน์ "{worker_column}" ของ {workers} → "{firm_column}" '
        "ของ {firms} ซึ่งพบจากข้อมูล: {evidence}",
    "almost as good a fit": "เหมาะสมเกือบเท่ากัน",
    "assumed for every row": "สมมติสำหรับทุกแถว",
    "best fit": "เหมาะสมที่สุด",
    'no column is named like a firm ID; "{column}" is the first of {n} column(s) whose values '
    "differ on every row":
        'ไม่มีคอลัมน์ที่ตั้งชื่อเหมือนรหัสบริษัท; "{column}" เป็นคอลัมน์แรกจาก {n} คอลัมน์ที่ค่า'
        "ต่างกันทุกแถว",
    'no column is named like a firm link, and the best match ("{column}") reaches only '
    "{with_workers} of {firms} firms":
        'ไม่มีคอลัมน์ที่ตั้งชื่อเหมือนตัวเชื่อมบริษัท และคอลัมน์ที่ตรงที่สุด ("{column}") เชื่อมได้'
        "เพียง {with_workers} จาก {firms} บริษัท",
    "none of these": "ไม่ใช่คอลัมน์ใดเลย",
    "none of these: the workers cannot be linked to a firm":
        "ไม่ใช่คอลัมน์ใดเลย: เชื่อมแรงงานกับบริษัทไม่ได้",
    "only the column names support the link; {share} of worker rows match":
        "มีเพียงชื่อคอลัมน์ที่สนับสนุนตัวเชื่อมนี้; แถวแรงงานตรงกัน {share}",
    'only {share} of the worker rows match a firm ID through "{column}"':
        'แถวแรงงานเพียง {share} ตรงกับรหัสบริษัทผ่าน "{column}"',
    "price setting": "การกำหนดราคา",
    "the answers are value-chain stage answers (CMT, FOB, ODM…)":
        "คำตอบเป็นขั้นในห่วงโซ่มูลค่า (CMT, FOB, ODM…)",
    "the answers are {what} answers": "คำตอบเป็นคำตอบเรื่อง{what}",
    "the answers are {what} answers (e.g. CMT, FOB, ODM, OBM)":
        "คำตอบเป็นคำตอบเรื่อง{what} (เช่น CMT, FOB, ODM, OBM)",
    'the name "{column}" does not say it points at the firm, and only {with_workers} of {firms} '
    "firms have workers through it":
        'ชื่อ "{column}" ไม่ได้บอกว่าชี้ไปยังบริษัท และมีเพียง {with_workers} จาก {firms} บริษัท'
        "ที่มีแรงงานผ่านคอลัมน์นี้",
    'the name "{column}" does not say it points at the firm, and the workers of one firm are '
    "not listed together":
        'ชื่อ "{column}" ไม่ได้บอกว่าชี้ไปยังบริษัท และแรงงานของบริษัทเดียวกันไม่ได้เรียงติดกัน',
    "the name may mean the value-chain stage and every answer is a number from 0 to 3, but "
    "nothing says what the numbers mean":
        "ชื่ออาจหมายถึงขั้นในห่วงโซ่มูลค่า และทุกคำตอบเป็นตัวเลข 0 ถึง 3 แต่ไม่มีสิ่งใดบอกว่า"
        "ตัวเลขหมายถึงอะไร",
    "the name says {what} and every answer is a number from {low} to {high}":
        "ชื่อบอกว่าเป็น{what} และทุกคำตอบเป็นตัวเลข {low} ถึง {high}",
    "the name says {what} and the answers are {what} answers":
        "ชื่อบอกว่าเป็น{what} และคำตอบเป็นคำตอบเรื่อง{what}",
    "the years in the column names suggest it, but not clearly":
        "ปีในชื่อคอลัมน์บ่งชี้เช่นนั้น แต่ไม่ชัดเจน",
    "two columns fit almost equally well ({first} and {second})":
        "สองคอลัมน์เหมาะสมเกือบเท่ากัน ({first} และ {second})",
    'two columns fit almost equally well: "{first}" ({first_share} of worker rows match, '
    '{first_with} of {first_firms} firms have workers) and "{second}" ({second_share} match, '
    "{second_with} of {second_firms} firms)":
        'สองคอลัมน์เหมาะสมเกือบเท่ากัน: "{first}" (แถวแรงงานตรงกัน {first_share}, {first_with} จาก '
        '{first_firms} บริษัทมีแรงงาน) และ "{second}" (ตรงกัน {second_share}, {second_with} จาก '
        "{second_firms} บริษัท)",
    "value-chain stage": "ขั้นในห่วงโซ่มูลค่า",
    "values differ on every row and are never missing": "ค่าต่างกันทุกแถวและไม่มีค่าว่าง",
    "{n} more values of {role} are out of range": "ค่าของ {role} อีก {n} ค่าอยู่นอกช่วง",
    '{role} = "{value}" for all {n} rows of this table, though no column states it ({reason})':
        '{role} = "{value}" สำหรับทั้ง {n} แถวของตารางนี้ แม้ไม่มีคอลัมน์ใดระบุ ({reason})',
    "{role} = {value} is outside the plausible range {low}–{high}; check the answer (it is kept)":
        "{role} = {value} อยู่นอกช่วงที่เป็นไปได้ {low}–{high}; โปรดตรวจคำตอบ (ค่ายังถูกเก็บไว้)",
    "{role} answers read as: {readings}": "อ่านคำตอบ {role} เป็น: {readings}",
    '{role} in column "{column}": answers read on its scale as {readings}; give the column a '
    "value map in the import review if this is wrong":
        '{role} ในคอลัมน์ "{column}": อ่านคำตอบตามสเกลเป็น {readings}; หากผิด ให้กำหนดการแปลงค่า'
        "ของคอลัมน์ในการตรวจทานการนำเข้า",
    "{role} in column “{column}” is read on its scale: {readings}":
        "{role} ในคอลัมน์ “{column}” อ่านตามสเกล: {readings}",
    '{share} of {n} worker rows with a value match one of the {firms} firm IDs in "{column}"; '
    "{with_workers} of {firms} firms have workers":
        '{share} ของแถวแรงงาน {n} แถวที่มีค่าตรงกับรหัสบริษัท {firms} รหัสใน "{column}"; '
        "{with_workers} จาก {firms} บริษัทมีแรงงาน",
    '{spellings} were read as one value "{value}" ({role})':
        '{spellings} ถูกอ่านเป็นค่าเดียว "{value}" ({role})',
    'Column "{column}" is taken as the worker ID: {why}':
        'ใช้คอลัมน์ "{column}" เป็นรหัสแรงงาน: {why}',
    "The column name '{text}'": "ชื่อคอลัมน์ '{text}'",
    "The question text '{text}'": "ข้อความคำถาม '{text}'",
    "US dollars": "ดอลลาร์สหรัฐ",
    'Worker numbers in column "{column}" restart in each firm ({distinct} distinct numbers over '
    "{n} workers in {firms} firms, at most {most} per firm): they are not duplicates; a worker "
    'is identified by firm ("{link}") + worker number':
        'หมายเลขแรงงานในคอลัมน์ "{column}" เริ่มใหม่ในแต่ละบริษัท ({distinct} หมายเลขสำหรับแรงงาน '
        "{n} คนใน {firms} บริษัท สูงสุด {most} ต่อบริษัท): ไม่ใช่ค่าซ้ำ; ระบุแรงงานด้วยบริษัท "
        '("{link}") + หมายเลขแรงงาน',
    "baht": "บาท",
    "currency units": "หน่วยเงิน",
    "daily pay": "ค่าจ้างรายวัน",
    "hourly pay": "ค่าจ้างรายชั่วโมง",
    'it is the repeat group\'s own row key beside "{column}"':
        'เป็นคีย์แถวของกลุ่มคำถามซ้ำเอง ข้าง "{column}"',
    "it names a yearly amount, which is not a pay period the wage measures know: set the pay "
    "period by hand":
        "ชื่อระบุจำนวนรายปี ซึ่งไม่ใช่งวดค่าจ้างที่ตัววัดค่าจ้างรู้จัก: โปรดกำหนดงวดค่าจ้างเอง",
    "it names more than one period ({periods}), so none is assumed":
        "ชื่อระบุมากกว่าหนึ่งงวด ({periods}) จึงไม่สมมติงวดใด",
    "it numbers the workers 1, 2, 3 … inside each firm": "ใส่หมายเลขแรงงาน 1, 2, 3 … ในแต่ละบริษัท",
    "its values are unique and its name says worker": "ค่าไม่ซ้ำกันและชื่อบอกว่าเป็นแรงงาน",
    "kyat": "จ๊าด",
    "lakh (100,000)": "แสน (100,000)",
    "million": "ล้าน",
    "monthly pay": "ค่าจ้างรายเดือน",
    "pay": "ค่าจ้าง",
    "the pay-period column '{column}' is used instead of the name":
        "ใช้คอลัมน์งวดค่าจ้าง '{column}' แทนชื่อ",
    "the values (median {median}) are already in whole units, so they are not multiplied by "
    "{scale}":
        "ค่า (มัธยฐาน {median}) เป็นหน่วยเต็มอยู่แล้ว จึงไม่คูณด้วย {scale}",
    "thousand": "พัน",
    "weekly pay": "ค่าจ้างรายสัปดาห์",
    "yearly pay": "ค่าจ้างรายปี",
    "{codes} in column “{column}” read as “no answer” ({n} row(s)): the other answers are a "
    "short scale and no label says otherwise; give the code a meaning in the import review if "
    "it is a real answer":
        "{codes} ในคอลัมน์ “{column}” อ่านเป็น “ไม่ตอบ” ({n} แถว): คำตอบอื่นเป็นสเกลสั้นและไม่มี"
        "ป้ายใดบอกเป็นอย่างอื่น; หากเป็นคำตอบจริง ให้กำหนดความหมายของรหัสในการตรวจทานการนำเข้า",
    "{first} and the question text '{text}' say {what}":
        "{first} และข้อความคำถาม '{text}' บอกว่าเป็น{what}",
    "{first} says {what}": "{first} บอกว่าเป็น{what}",
    "{pay} in {money}": "{pay} เป็น{money}",
    "{pay} in {scale} {money}": "{pay} เป็น{scale}{money}",
    "đồng": "ดอง",
    "Line {rows} looks like a note under the table ('{quote}'); it was left out of the data.":
        "บรรทัด {rows} ดูเหมือนหมายเหตุใต้ตาราง ('{quote}'); จึงไม่นำมาเป็นข้อมูล",
    "Lines {label_row}–{row} are two header rows: line {label_row} holds question text (kept "
    "as the column labels) and line {row} the short column names; data start below them.":
        "บรรทัด {label_row}–{row} เป็นหัวตารางสองแถว: บรรทัด {label_row} เป็นข้อความคำถาม (เก็บเป็น"
        "ป้ายคอลัมน์) และบรรทัด {row} เป็นชื่อคอลัมน์สั้น; ข้อมูลเริ่มด้านล่าง",
    "Lines {rows} look like notes under the table ('{quote}'); they were left out of the data.":
        "บรรทัด {rows} ดูเหมือนหมายเหตุใต้ตาราง ('{quote}'); จึงไม่นำมาเป็นข้อมูล",
    "Sheet row {rows} looks like a note under the table ('{quote}'); it was left out of the "
    "data.":
        "แถว {rows} ของชีตดูเหมือนหมายเหตุใต้ตาราง ('{quote}'); จึงไม่นำมาเป็นข้อมูล",
    "Sheet rows {label_row}–{row} are two header rows: sheet row {label_row} holds question "
    "text (kept as the column labels) and sheet row {row} the short column names; data start "
    "below them.":
        "แถว {label_row}–{row} ของชีตเป็นหัวตารางสองแถว: แถว {label_row} เป็นข้อความคำถาม (เก็บเป็น"
        "ป้ายคอลัมน์) และแถว {row} เป็นชื่อคอลัมน์สั้น; ข้อมูลเริ่มด้านล่าง",
    "Sheet rows {rows} look like notes under the table ('{quote}'); they were left out of the "
    "data.":
        "แถว {rows} ของชีตดูเหมือนหมายเหตุใต้ตาราง ('{quote}'); จึงไม่นำมาเป็นข้อมูล",
    "The column names were found in line {row}, under question text in line {label_row}; the "
    "rows above them were skipped as titles.":
        "พบชื่อคอลัมน์ที่บรรทัด {row} ใต้ข้อความคำถามที่บรรทัด {label_row}; ข้ามแถวด้านบนเพราะเป็นชื่อเรื่อง",
    "The column names were found in line {row}; the rows above it were skipped as titles.":
        "พบชื่อคอลัมน์ที่บรรทัด {row}; ข้ามแถวด้านบนเพราะเป็นชื่อเรื่อง",
    "The column names were found in sheet row {row}, under question text in sheet row "
    "{label_row}; the rows above them were skipped as titles.":
        "พบชื่อคอลัมน์ที่แถว {row} ของชีต ใต้ข้อความคำถามที่แถว {label_row}; ข้ามแถวด้านบนเพราะเป็น"
        "ชื่อเรื่อง",
    "The column names were found in sheet row {row}; the rows above it were skipped as titles.":
        "พบชื่อคอลัมน์ที่แถว {row} ของชีต; ข้ามแถวด้านบนเพราะเป็นชื่อเรื่อง",
    "name contains '{keyword}'": "ชื่อมีคำว่า '{keyword}'",
    "option '{option}' of the multi-select question '{question}' (answers {answers} and blanks)":
        "ตัวเลือก '{option}' ของคำถามเลือกได้หลายข้อ '{question}' (คำตอบ {answers} และช่องว่าง)",
    "option '{option}' of the multi-select question '{question}' (answers {answers})":
        "ตัวเลือก '{option}' ของคำถามเลือกได้หลายข้อ '{question}' (คำตอบ {answers})",
    "question text contains '{keyword}'": "ข้อความคำถามมีคำว่า '{keyword}'",
    "the column is named '{role}'": "คอลัมน์ชื่อ '{role}'",
    "the values do not fit well": "ค่าไม่ค่อยเข้ากัน",
    "values are stages ({values}) and the name says before":
        "ค่าเป็นขั้นในห่วงโซ่ ({values}) และชื่อบอกว่าเป็นช่วงก่อน",
    "values are stages ({values}) and the name says now":
        "ค่าเป็นขั้นในห่วงโซ่ ({values}) และชื่อบอกว่าเป็นปัจจุบัน",
    "values are {values}": "ค่าคือ {values}",
    "values of about {median} have the size of monthly pay in đồng (VND)":
        "ค่าประมาณ {median} มีขนาดเท่าค่าจ้างรายเดือนเป็นดอง (VND)",
}
