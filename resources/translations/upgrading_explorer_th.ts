<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <source>Your work could not be autosaved ({why}). Save the project to be safe.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกงานของคุณอัตโนมัติไม่ได้ ({why}) โปรดบันทึกโปรเจกต์ไว้เพื่อความปลอดภัย</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กู้คืนงานของคุณหรือไม่?</translation>
    </message>
    <message>
        <source>Last time, Upgrading Explorer closed with work that was not saved.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ครั้งก่อน Upgrading Explorer ปิดไปขณะที่ยังมีงานที่ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Your work on {title} was saved automatically at {when}. Restore it? If you choose Discard, the project file on disk stays as you last saved it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>งานของคุณใน {title} ถูกบันทึกอัตโนมัติเมื่อ {when} ต้องการกู้คืนหรือไม่? หากเลือก “ละทิ้ง” ไฟล์โปรเจกต์บนดิสก์จะยังคงเป็นแบบที่คุณบันทึกไว้ครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Made with Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สร้างด้วย Upgrading Explorer</translation>
    </message>
    <message>
        <source>Nothing to show for this subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีข้อมูลที่จะแสดงสำหรับกลุ่มย่อยนี้</translation>
    </message>
    <message>
        <source>too few firms
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทน้อยเกินไป
ที่จะแสดง</translation>
    </message>
    <message>
        <source>no data</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Something could not be done</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดำเนินการบางอย่างไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Upgrading Explorer hit an unexpected problem ({kind}). Your project is still open and nothing was lost; you can carry on, and saving the project now is a good idea.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer พบปัญหาที่ไม่คาดคิด ({kind}) โปรเจกต์ของคุณยังเปิดอยู่และไม่มีสิ่งใดสูญหาย คุณทำงานต่อได้ และควรบันทึกโปรเจกต์ไว้ตอนนี้</translation>
    </message>
    <message>
        <source>({n} more errors came after it.)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>(มีข้อผิดพลาดตามมาอีก {n} รายการ)</translation>
    </message>
    <message>
        <source>The details were written to {path}. If this happens again, please send that file to the team.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกรายละเอียดไว้ที่ {path} แล้ว หากเกิดขึ้นอีก โปรดส่งไฟล์นั้นให้ทีมงาน</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the file is read-only, or this folder may not be written to. The previous file, if there was one, is unchanged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้บันทึก “{name}”: ไฟล์เป็นแบบอ่านอย่างเดียว หรือเขียนลงโฟลเดอร์นี้ไม่ได้ ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ</translation>
    </message>
    <message>
        <source>Save under another name or in another folder, such as Documents.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกด้วยชื่ออื่น หรือในโฟลเดอร์อื่น เช่น Documents</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the disk is full. The previous file, if there was one, is unchanged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้บันทึก “{name}”: ดิสก์เต็ม ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ</translation>
    </message>
    <message>
        <source>Free some space, or save to another drive or a USB stick.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลบไฟล์ให้มีที่ว่าง หรือบันทึกลงไดรฟ์อื่นหรือแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>“{name}” was not saved: another program is using it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้บันทึก “{name}”: มีโปรแกรมอื่นกำลังใช้ไฟล์นี้อยู่</translation>
    </message>
    <message>
        <source>Close the file in the other program (Excel, Word), then try again.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปิดไฟล์ในโปรแกรมนั้น (Excel, Word) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The details are also saved in {path}.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รายละเอียดถูกบันทึกไว้ที่ {path} ด้วย</translation>
    </message>
    <message>
        <source>Firms (one row per firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท (หนึ่งแถวต่อหนึ่งบริษัท)</translation>
    </message>
    <message>
        <source>Workers (one row per worker)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน (หนึ่งแถวต่อแรงงานหนึ่งคน)</translation>
    </message>
    <message>
        <source>Codebook (labels)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คู่มือรหัส (ป้ายกำกับ)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>(ไม่มีบทบาท)</translation>
    </message>
    <message>
        <source>Which column links workers to their firm?</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ใดเชื่อมแรงงานกับบริษัทของตน?</translation>
    </message>
    <message>
        <source>Which column identifies the firm?</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ใดระบุบริษัท?</translation>
    </message>
    <message>
        <source>Which column holds “%1”?</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ใดเก็บ “%1”?</translation>
    </message>
    <message>
        <source>1 question needs your answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มี 1 คำถามที่รอคำตอบของคุณ</translation>
    </message>
    <message>
        <source>{n} questions need your answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มี {n} คำถามที่รอคำตอบของคุณ</translation>
    </message>
    <message>
        <source>None of these</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่ข้อใดเลย</translation>
    </message>
    <message>
        <source>Assumed now: {choice}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตอนนี้ถือว่า: {choice}</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ความเป็นเจ้าของ</translation>
    </message>
    <message>
        <source>Highest upgrading type</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทการยกระดับสูงสุด</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจต่อรอง</translation>
    </message>
    <message>
        <source>Gender</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เพศ</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มทักษะ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทสัญญาจ้าง</translation>
    </message>
    <message>
        <source>Education</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <source>Employees</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวนลูกจ้าง</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปีที่ก่อตั้ง</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้างรายเดือน</translation>
    </message>
    <message>
        <source>Years with the firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวนปีที่ทำงานกับบริษัท</translation>
    </message>
    <message>
        <source>Process</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กระบวนการ</translation>
    </message>
    <message>
        <source>Product</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>Functional</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <source>Chain (new sector)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ห่วงโซ่ (อุตสาหกรรมใหม่)</translation>
    </message>
    <message>
        <source>End market</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตลาดปลายทาง</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลดระดับ</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีการยกระดับ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Log of monthly wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลอการิทึมของค่าจ้างรายเดือน</translation>
    </message>
    <message>
        <source>Wage ÷ minimum wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้าง ÷ ค่าจ้างขั้นต่ำ</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชั่วโมงทำงานต่อสัปดาห์</translation>
    </message>
    <message>
        <source>Received training</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ได้รับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ได้เลื่อนตำแหน่ง</translation>
    </message>
    <message>
        <source>Has social insurance</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีประกันสังคม</translation>
    </message>
    <message>
        <source>Has health insurance</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีประกันสุขภาพ</translation>
    </message>
    <message>
        <source>Regular contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัญญาจ้างประจำ</translation>
    </message>
    <message>
        <source>Written contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัญญาจ้างเป็นลายลักษณ์อักษร</translation>
    </message>
    <message>
        <source>Covered by a collective agreement</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อยู่ภายใต้ข้อตกลงร่วม</translation>
    </message>
    <message>
        <source>Injured at work</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บาดเจ็บจากการทำงาน</translation>
    </message>
    <message>
        <source>Measurable standards index</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดัชนีมาตรฐานที่วัดได้</translation>
    </message>
    <message>
        <source>Enabling rights index</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดัชนีสิทธิด้านการรวมตัวและต่อรอง</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ยระดับบริษัทของดัชนีมาตรฐานที่วัดได้</translation>
    </message>
    <message>
        <source>Firm mean of enabling rights index</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ยระดับบริษัทของดัชนีสิทธิด้านการรวมตัวและต่อรอง</translation>
    </message>
    <message>
        <source>Upgraded (any type) or not</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกระดับ (ประเภทใดก็ได้) หรือไม่</translation>
    </message>
    <message>
        <source>Upgrading score (types, 0–4)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คะแนนการยกระดับ (จำนวนประเภท 0–4)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนบริษัทที่มีการยกระดับแต่ละประเภท</translation>
    </message>
    <message>
        <source>Type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทการยกระดับ</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนบริษัท, % (95% CI)</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจต่อรองกับผู้ซื้อ</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวนบริษัท</translation>
    </message>
    <message>
        <source> (95% CI, clustered by firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> (95% CI, จัดกลุ่มตามบริษัท)</translation>
    </message>
    <message>
        <source>Age, years</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อายุ, ปี</translation>
    </message>
    <message>
        <source>Pay as reported</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้างตามที่รายงาน</translation>
    </message>
    <message>
        <source>Export share, %</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนการส่งออก, %</translation>
    </message>
    <message>
        <source>Main buyer&apos;s share of sales, %</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนยอดขายให้ผู้ซื้อรายหลัก, %</translation>
    </message>
    <message>
        <source>Paid by piece</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ได้ค่าจ้างตามชิ้นงาน</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่จัดกลุ่ม</translation>
    </message>
    <message>
        <source>hours</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>ratio</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อัตราส่วน</translation>
    </message>
    <message>
        <source>Female</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Production</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ฝ่ายผลิต</translation>
    </message>
    <message>
        <source>Technician</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่างเทคนิค</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>Manager</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผู้จัดการ</translation>
    </message>
    <message>
        <source>Indefinite</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีกำหนดระยะเวลา</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีกำหนดระยะเวลา</translation>
    </message>
    <message>
        <source>Fixed term under 1 year</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีกำหนดระยะเวลาต่ำกว่า 1 ปี</translation>
    </message>
    <message>
        <source>Probation</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทดลองงาน</translation>
    </message>
    <message>
        <source>Month</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Fortnight</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สองสัปดาห์</translation>
    </message>
    <message>
        <source>Week</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Hour</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>Piece</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชิ้นงาน</translation>
    </message>
    <message>
        <source>Domestic private</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เอกชนในประเทศ</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ต่างชาติ</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กิจการร่วมค้า</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เครื่องนุ่งห่ม</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รองเท้า</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อินโดนีเซีย</translation>
    </message>
    <message>
        <source>Improved</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดีขึ้น</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เท่าเดิม</translation>
    </message>
    <message>
        <source>Worse</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แย่ลง</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกระดับ (ประเภทใดก็ได้)</translation>
    </message>
    <message>
        <source>Did not upgrade</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้ยกระดับ</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>all</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Chain</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ห่วงโซ่</translation>
    </message>
    <message>
        <source> (share)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> (สัดส่วน)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกเป็น PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกเป็น SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกแผนภูมิ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ภาพวาด SVG (*.svg)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกไว้: {firms} บริษัท แรงงาน {workers} คน</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>น้อยเกินกว่าจะแสดง: น้อยกว่า {f} บริษัท หรือแรงงานน้อยกว่า {w} คน</translation>
    </message>
    <message>
        <source>Only {n} firms: the range is rough</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีเพียง {n} บริษัท: ช่วงนี้เป็นเพียงค่าคร่าว ๆ</translation>
    </message>
    <message>
        <source>Wild cluster bootstrap ({draws} draws, seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Wild cluster bootstrap ({draws} รอบ, seed {seed}): ใช้เมื่อกลุ่มมีบริษัทน้อย ซึ่งการทดสอบตามปกติจะมั่นใจเกินจริง</translation>
    </message>
    <message>
        <source>Permutation test over firms ({draws} random re-assignments of the firms to the two groups, or all of them when there are fewer; seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การทดสอบการเรียงสับเปลี่ยนระดับบริษัท (สุ่มจัดบริษัทเข้าสองกลุ่มใหม่ {draws} ครั้ง หรือทุกแบบหากมีน้อยกว่านั้น; seed {seed}): ใช้เมื่อกลุ่มมีบริษัทน้อย ซึ่งการทดสอบตามปกติจะมั่นใจเกินจริง</translation>
    </message>
    <message>
        <source>t-test with standard errors clustered by firm (workers of one firm are not independent)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การทดสอบ t ที่ใช้ค่าคลาดเคลื่อนมาตรฐานแบบจัดกลุ่มตามบริษัท (แรงงานในบริษัทเดียวกันไม่เป็นอิสระต่อกัน)</translation>
    </message>
    <message>
        <source>Cannot test: every worker in these groups has the same answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทดสอบไม่ได้: แรงงานทุกคนในกลุ่มเหล่านี้ตอบเหมือนกัน</translation>
    </message>
    <message>
        <source>Too few firms: this test can hardly detect anything</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทน้อยเกินไป: การทดสอบนี้แทบตรวจหาความแตกต่างไม่ได้</translation>
    </message>
    <message>
        <source>with so few firms, a share&apos;s p-value can be too small (the difference may look clearer than it is)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เมื่อมีบริษัทน้อยขนาดนี้ ค่า p ของสัดส่วนอาจเล็กเกินจริง (ความแตกต่างอาจดูชัดเจนกว่าที่เป็นจริง)</translation>
    </message>
    <message>
        <source>Only {n} firms: this test can hardly detect anything, so a large p-value does not mean there is no difference</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีเพียง {n} บริษัท: การทดสอบนี้แทบตรวจหาความแตกต่างไม่ได้ ค่า p ที่สูงจึงไม่ได้หมายความว่าไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>new machinery</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เครื่องจักรใหม่</translation>
    </message>
    <message>
        <source>new process</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กระบวนการใหม่</translation>
    </message>
    <message>
        <source>automation</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ระบบอัตโนมัติ</translation>
    </message>
    <message>
        <source>cad erp</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ระบบ CAD/ERP</translation>
    </message>
    <message>
        <source>line reorganisation</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปรับสายการผลิตใหม่</translation>
    </message>
    <message>
        <source>certification new</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ได้การรับรองใหม่</translation>
    </message>
    <message>
        <source>new product</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลิตภัณฑ์ใหม่</translation>
    </message>
    <message>
        <source>product complexity up</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลิตภัณฑ์ซับซ้อนขึ้น</translation>
    </message>
    <message>
        <source>unit price change pct</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ราคาต่อหน่วยเปลี่ยนไป (%)</translation>
    </message>
    <message>
        <source>stage now</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ขั้นปัจจุบัน</translation>
    </message>
    <message>
        <source>stage before</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ขั้นก่อนหน้า</translation>
    </message>
    <message>
        <source>design added</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เพิ่มงานออกแบบ</translation>
    </message>
    <message>
        <source>rnd added</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เพิ่มงานวิจัยและพัฒนา</translation>
    </message>
    <message>
        <source>own brand added</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เพิ่มแบรนด์ของตนเอง</translation>
    </message>
    <message>
        <source>sector changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนอุตสาหกรรม</translation>
    </message>
    <message>
        <source>new sector sales share</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนยอดขายในอุตสาหกรรมใหม่</translation>
    </message>
    <message>
        <source>new export market</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตลาดส่งออกใหม่</translation>
    </message>
    <message>
        <source>new buyer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผู้ซื้อรายใหม่</translation>
    </message>
    <message>
        <source>certification lost</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เสียการรับรอง</translation>
    </message>
    <message>
        <source>export stopped</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หยุดส่งออก</translation>
    </message>
    <message>
        <source>price setting now</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจกำหนดราคาปัจจุบัน</translation>
    </message>
    <message>
        <source>price setting before</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจกำหนดราคาก่อนหน้า</translation>
    </message>
    <message>
        <source>{now} vs {before}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{now} เทียบกับ {before}</translation>
    </message>
    <message>
        <source>any of ({items})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อใดข้อหนึ่งใน ({items})</translation>
    </message>
    <message>
        <source>all of ({items})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทุกข้อใน ({items})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a survey workbook, data file or project</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดเวิร์กบุ๊กการสำรวจ ไฟล์ข้อมูล หรือโปรเจกต์</translation>
    </message>
    <message>
        <source>Open &amp;sample survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจตัวอย่าง (&amp;S)</translation>
    </message>
    <message>
        <source>Open the survey bundled with the app</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจที่มาพร้อมกับโปรแกรม</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดไฟล์ล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;view import again…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจทานการนำเข้าอีกครั้ง (&amp;V)…</translation>
    </message>
    <message>
        <source>Check again how the survey was read: sheets, roles, codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจอีกครั้งว่าอ่านการสำรวจอย่างไร: ชีต บทบาท รหัส</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกโปรเจกต์ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the survey&apos;s mapping, subsets and settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกการจับคู่คอลัมน์ กลุ่มย่อย และการตั้งค่าของการสำรวจ</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกโปรเจกต์เป็น (&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การตั้งค่าโปรเจกต์ (&amp;T)…</translation>
    </message>
    <message>
        <source>Disclosure thresholds and workshop mode, saved with the project</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์การปกปิดข้อมูลและโหมดเวิร์กช็อป บันทึกไว้กับโปรเจกต์</translation>
    </message>
    <message>
        <source>&amp;Export rows shown…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกแถวที่แสดง (&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows of the table shown to Excel or CSV</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกแถวของตารางที่แสดงเป็นไฟล์ Excel หรือ CSV</translation>
    </message>
    <message>
        <source>Export results &amp;workbook…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกเวิร์กบุ๊กผลลัพธ์ (&amp;W)…</translation>
    </message>
    <message>
        <source>Save every results table, the subset, the rules, where the data came from and the charts to one Excel workbook</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกตารางผลลัพธ์ทั้งหมด กลุ่มย่อย กฎ ที่มาของข้อมูล และแผนภูมิ ลงในเวิร์กบุ๊ก Excel ไฟล์เดียว</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกรายงาน (&amp;R)…</translation>
    </message>
    <message>
        <source>Save the findings with their charts and tables, the methods and where the data came from as a Word document, in the interface language</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกข้อค้นพบพร้อมแผนภูมิและตาราง วิธีการ และที่มาของข้อมูล เป็นเอกสาร Word ในภาษาของหน้าจอ</translation>
    </message>
    <message>
        <source>Export analysis as &amp;Python script…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกการวิเคราะห์เป็นสคริปต์ Python (&amp;P)…</translation>
    </message>
    <message>
        <source>Save a short Python script that reproduces these numbers without the window</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกสคริปต์ Python สั้น ๆ ที่คำนวณตัวเลขเหล่านี้ซ้ำได้โดยไม่ต้องเปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;value labels</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงป้ายกำกับคำตอบ (&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show answer labels (such as “Apparel”) instead of the stored codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงป้ายกำกับคำตอบ (เช่น “เครื่องนุ่งห่ม”) แทนรหัสที่บันทึกไว้</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (hide individual firms)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โหมดเวิร์กช็อป (ซ่อนรายบริษัท) (&amp;W)</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports; totals, shares and charts stay</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนตารางบริษัท รายชื่อบริษัท และรหัสบริษัทในไฟล์ส่งออก ส่วนยอดรวม สัดส่วน และแผนภูมิยังคงอยู่</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โหมดนำเสนอ (&amp;M)</translation>
    </message>
    <message>
        <source>Larger text and lines, high contrast: for a projector (F5)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวอักษรและเส้นใหญ่ขึ้น คอนทราสต์สูง: สำหรับเครื่องฉายภาพ (F5)</translation>
    </message>
    <message>
        <source>&amp;Search the table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค้นหาในตาราง (&amp;S)</translation>
    </message>
    <message>
        <source>Go to the s&amp;ubset panel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่แผงกลุ่มย่อย (&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;firms table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่ตารางบริษัท (&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the &amp;workers table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่ตารางแรงงาน (&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to &amp;upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่การยกระดับ (&amp;U)</translation>
    </message>
    <message>
        <source>Go to worker &amp;outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่ผลลัพธ์ของแรงงาน (&amp;O)</translation>
    </message>
    <message>
        <source>Go to &amp;economic × social</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่เศรษฐกิจ × สังคม (&amp;E)</translation>
    </message>
    <message>
        <source>Go to the chart &amp;builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปที่ตัวสร้างแผนภูมิ (&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Clear the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ล้างกลุ่มย่อย (&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>Show the interface in {language}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงหน้าจอเป็นภาษา {language}</translation>
    </message>
    <message>
        <source>Available once its translation is added</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้ได้เมื่อเพิ่มคำแปลแล้ว</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คู่มือผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide in your web browser (works offline) (F1)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดคู่มือผู้ใช้ในเว็บเบราว์เซอร์ (ใช้ได้แบบออฟไลน์) (F1)</translation>
    </message>
    <message>
        <source>Workshop &amp;handout</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เอกสารประกอบเวิร์กช็อป (&amp;H)</translation>
    </message>
    <message>
        <source>Open the one-page workshop handout (PDF) to read or print</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดเอกสารประกอบเวิร์กช็อปหนึ่งหน้า (PDF) เพื่ออ่านหรือพิมพ์</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิกการเปิด</translation>
    </message>
    <message>
        <source>firm name contains “{text}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชื่อบริษัทมีคำว่า “{text}”</translation>
    </message>
    <message>
        <source>All firms and workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทและแรงงานทั้งหมด</translation>
    </message>
    <message>
        <source>Subset: {subset} ({firms} firms, {workers} workers)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มย่อย: {subset} ({firms} บริษัท, แรงงาน {workers} คน)</translation>
    </message>
    <message>
        <source>Data: {source} · exported {date} with Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อมูล: {source} · ส่งออกเมื่อ {date} ด้วย Upgrading Explorer</translation>
    </message>
    <message>
        <source>survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสำรวจ</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Computing upgrading types and wages…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังคำนวณประเภทการยกระดับและค่าจ้าง…</translation>
    </message>
    <message>
        <source>Upgrading types could not be computed: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำนวณประเภทการยกระดับไม่ได้: {why}</translation>
    </message>
    <message>
        <source>Applying the new rules…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังใช้กฎใหม่…</translation>
    </message>
    <message>
        <source>Provisional: computing the adjusted gaps and the tests for few firms…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลเบื้องต้น: กำลังคำนวณส่วนต่างที่ปรับแล้วและการทดสอบสำหรับกลุ่มที่มีบริษัทน้อย…</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังอัปเดตการวิเคราะห์…</translation>
    </message>
    <message>
        <source>The analysis could not be computed: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำนวณการวิเคราะห์ไม่ได้: {why}</translation>
    </message>
    <message>
        <source>{view} could not show this subset: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{view} แสดงกลุ่มย่อยนี้ไม่ได้: {why}</translation>
    </message>
    <message>
        <source>Waiting for the analysis to finish…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังรอให้การวิเคราะห์เสร็จ…</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Chart builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวสร้างแผนภูมิ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Bars: mean or share with 95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แท่ง: ค่าเฉลี่ยหรือสัดส่วนพร้อม 95% CI</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แผนภาพกล่อง</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ฮิสโทแกรม</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แผนภาพการกระจาย</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวแปร</translation>
    </message>
    <message>
        <source>Second variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวแปรที่สอง</translation>
    </message>
    <message>
        <source>Group by</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จัดกลุ่มตาม</translation>
    </message>
    <message>
        <source>against:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เทียบกับ:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตาราง:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แผนภูมิ:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวแปร:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จัดกลุ่มตาม:</translation>
    </message>
    <message>
        <source>Open a survey to build a chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจเพื่อสร้างแผนภูมิ</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่จัดกลุ่ม</translation>
    </message>
    <message>
        <source>Nothing to chart: no table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีอะไรให้สร้างแผนภูมิ: ไม่มีตาราง</translation>
    </message>
    <message>
        <source>Pay is in different currencies ({c}).
Choose one country first, or chart wage ÷ minimum wage.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้างอยู่ในหลายสกุลเงิน ({c})
เลือกประเทศเดียวก่อน หรือสร้างแผนภูมิค่าจ้าง ÷ ค่าจ้างขั้นต่ำ</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>น้อยเกินไป
ที่จะแสดง</translation>
    </message>
    <message>
        <source>Spread of {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การกระจายของ {v}</translation>
    </message>
    <message>
        <source>Distribution of {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การแจกแจงของ {v}</translation>
    </message>
    <message>
        <source>Number of {who}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวน{who}</translation>
    </message>
    <message>
        <source>95% CI, clustered by firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>95% CI, จัดกลุ่มตามบริษัท</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Share: {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วน: {v}</translation>
    </message>
    <message>
        <source>Mean: {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ย: {v}</translation>
    </message>
    <message>
        <source>Choose a second variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกตัวแปรที่สอง</translation>
    </message>
    <message>
        <source>{y} against {x}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{y} เทียบกับ {x}</translation>
    </message>
</context>
<context>
    <name>DataFrameTableModel</name>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รหัส {code}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ป้ายกำกับ: {label}</translation>
    </message>
    <message>
        <source>Column {code} in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ {code} ในไฟล์</translation>
    </message>
    <message>
        <source>Derived: computed by Upgrading Explorer, not in the source file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าที่คำนวณ: Upgrading Explorer คำนวณขึ้น ไม่ได้อยู่ในไฟล์ต้นฉบับ</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>The rows could not be exported.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกแถวไม่ได้</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกไม่ได้</translation>
    </message>
    <message>
        <source>Saved {n} rows to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึก {n} แถวลงใน {name} แล้ว</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกเวิร์กบุ๊กผลลัพธ์</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Export analysis as Python script</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกการวิเคราะห์เป็นสคริปต์ Python</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สคริปต์ Python (*.py)</translation>
    </message>
    <message>
        <source>the default rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กฎค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>edited in the rule editor (see Rules)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แก้ไขในตัวแก้ไขกฎ (ดูชีตกฎ)</translation>
    </message>
    <message>
        <source>{firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{firms} บริษัท, แรงงาน {workers} คน</translation>
    </message>
    <message>
        <source>Could not export the results</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกผลลัพธ์ไม่ได้</translation>
    </message>
    <message>
        <source>The results workbook could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เขียนเวิร์กบุ๊กผลลัพธ์ลงใน “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกโฟลเดอร์อื่น หรือปิดไฟล์หากมีโปรแกรมอื่นเปิดอยู่</translation>
    </message>
    <message>
        <source>Saved the results to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกผลลัพธ์ลงใน {name} แล้ว</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกรายงานไม่ได้</translation>
    </message>
    <message>
        <source>The report could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เขียนรายงานลงใน “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>Saved the report to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกรายงานลงใน {name} แล้ว</translation>
    </message>
    <message>
        <source>Could not export the script</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกสคริปต์ไม่ได้</translation>
    </message>
    <message>
        <source>The script could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เขียนสคริปต์ลงใน “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Saved the script {name} (it opens {project})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกสคริปต์ {name} แล้ว (สคริปต์นี้เปิด {project})</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>What the survey says about this subset: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สิ่งที่การสำรวจบอกเกี่ยวกับกลุ่มย่อยนี้: {firms} บริษัท แรงงาน {workers} คน</translation>
    </message>
    <message>
        <source>No finding for this subset: it has no upgrading types or no workers.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีข้อค้นพบสำหรับกลุ่มย่อยนี้: ไม่มีประเภทการยกระดับหรือไม่มีแรงงาน</translation>
    </message>
    <message>
        <source>Click a statement to see the chart and table behind it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คลิกข้อความเพื่อดูแผนภูมิและตารางเบื้องหลัง</translation>
    </message>
    <message>
        <source>⚠ Provisional: the adjusted gaps and the tests for few firms are still being computed. These statements are updated when they are ready.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>⚠ ชั่วคราว: ยังคำนวณช่องว่างที่ปรับแล้วและการทดสอบสำหรับบริษัทจำนวนน้อยอยู่ ข้อความเหล่านี้จะอัปเดตเมื่อคำนวณเสร็จ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อค้นพบ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import review</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจทานการนำเข้า</translation>
    </message>
    <message>
        <source>Check how “{name}” was read</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจสอบว่าอ่าน “{name}” อย่างไร</translation>
    </message>
    <message>
        <source>Upgrading Explorer has read &lt;b&gt;{name}&lt;/b&gt;. Check what each sheet is and what each column means; change anything that is wrong, then press &lt;b&gt;Accept&lt;/b&gt;. Your choices are remembered for this file.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer อ่าน &lt;b&gt;{name}&lt;/b&gt; แล้ว ตรวจสอบว่าแต่ละชีตคืออะไรและแต่ละคอลัมน์หมายถึงอะไร แก้ไขสิ่งที่ผิด แล้วกด &lt;b&gt;ยอมรับ&lt;/b&gt; ระบบจะจำตัวเลือกของคุณไว้สำหรับไฟล์นี้</translation>
    </message>
    <message>
        <source>Sheets in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีตในไฟล์</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีต</translation>
    </message>
    <message>
        <source>What it is</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คืออะไร</translation>
    </message>
    <message>
        <source>Header row</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <source>Rows</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวอย่างของชีต</translation>
    </message>
    <message>
        <source>Which table&apos;s columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ของตารางใด</translation>
    </message>
    <message>
        <source>Firm table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตารางบริษัท</translation>
    </message>
    <message>
        <source>Worker table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตารางแรงงาน</translation>
    </message>
    <message>
        <source>Columns and their roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์และบทบาท</translation>
    </message>
    <message>
        <source>Column</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>How sure</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ความมั่นใจ</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รหัสค่าสูญหาย</translation>
    </message>
    <message>
        <source>Question and examples</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำถามและตัวอย่าง</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนบทบาท…</translation>
    </message>
    <message>
        <source>Choose what the selected column means (F2 on a missing-codes cell edits the codes)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกความหมายของคอลัมน์ที่เลือก (กด F2 ที่ช่องรหัสค่าสูญหายเพื่อแก้ไขรหัส)</translation>
    </message>
    <message>
        <source>Columns of:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์ของ:</translation>
    </message>
    <message>
        <source>Spellings read as one value</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสะกดที่อ่านเป็นค่าเดียวกัน</translation>
    </message>
    <message>
        <source>Category column</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์หมวดหมู่</translation>
    </message>
    <message>
        <source>Answers and how they are read</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำตอบและวิธีอ่าน</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำตอบในไฟล์</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Read as (edit to merge)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อ่านเป็น (แก้ไขเพื่อรวม)</translation>
    </message>
    <message>
        <source>Spellings the app read as one value:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสะกดที่โปรแกรมอ่านเป็นค่าเดียวกัน:</translation>
    </message>
    <message>
        <source>Answers of the category column:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำตอบของคอลัมน์หมวดหมู่:</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปัญหาที่พบในข้อมูล</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Questions the import could not decide</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำถามที่การนำเข้าตัดสินเองไม่ได้</translation>
    </message>
    <message>
        <source>The file does not decide these. The best guess is used now; choose another answer if it is wrong, or press “This is right”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ไม่ได้ระบุเรื่องเหล่านี้ ตอนนี้ใช้คำตอบที่น่าจะถูกที่สุดไปก่อน หากผิดให้เลือกคำตอบอื่น หรือกด “ถูกต้องแล้ว”</translation>
    </message>
    <message>
        <source>What was assumed or changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สิ่งที่สมมติหรือเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What was done</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สิ่งที่ทำ</translation>
    </message>
    <message>
        <source>What was found</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <source>Columns and roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์และบทบาท</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสะกด</translation>
    </message>
    <message>
        <source>Problems</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Accept</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยอมรับ</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิกการเปิด</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>That change could not be made ({error}).</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนแปลงไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>This is right</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ถูกต้องแล้ว</translation>
    </message>
    <message>
        <source>Keep the answer shown and close this question</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้คำตอบที่แสดงอยู่และปิดคำถามนี้</translation>
    </message>
    <message>
        <source>What was assumed or changed ({n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สิ่งที่สมมติหรือเปลี่ยนแปลง ({n})</translation>
    </message>
    <message>
        <source>Nothing was assumed or changed: every answer is read as the file writes it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีการสมมติหรือเปลี่ยนแปลงใด: อ่านทุกคำตอบตามที่เขียนในไฟล์</translation>
    </message>
    <message>
        <source>{message}

Click to see it in the preview.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{message}

คลิกเพื่อดูในตัวอย่าง</translation>
    </message>
    <message>
        <source>What sheet {name} is</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีต {name} คืออะไร</translation>
    </message>
    <message>
        <source>Header row of {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แถวหัวตารางของ {name}</translation>
    </message>
    <message>
        <source>The row (as Excel numbers it) that holds the column names</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แถว (ตามเลขแถวใน Excel) ที่มีชื่อคอลัมน์</translation>
    </message>
    <message>
        <source>—</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: column names from row {row}; the numbers on the left are the rows as Excel shows them.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีต “{sheet}”: ชื่อคอลัมน์มาจากแถว {row} ตัวเลขทางซ้ายคือเลขแถวตามที่ Excel แสดง</translation>
    </message>
    <message>
        <source>File “{sheet}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ “{sheet}”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {message}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีต “{sheet}” แถว {row}: {message}</translation>
    </message>
    <message>
        <source>Double-click or press “Change role…” to change it</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดับเบิลคลิกหรือกด “เปลี่ยนบทบาท…” เพื่อเปลี่ยน</translation>
    </message>
    <message>
        <source>Not sure: please check this one</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่แน่ใจ: โปรดตรวจสอบรายการนี้</translation>
    </message>
    <message>
        <source>Answers that mean “no answer” (e.g. 98, 99, Don&apos;t know). Separate them with commas.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คำตอบที่หมายถึง “ไม่มีคำตอบ” (เช่น 98, 99, ไม่ทราบ) คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>No sheet is used as this table. Choose one above under “What it is”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีชีตใดใช้เป็นตารางนี้ เลือกชีตด้านบนในช่อง “คืออะไร”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {n} of {total} columns have a role. Columns without a role stay visible in the tables.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชีต “{sheet}”: {n} จาก {total} คอลัมน์มีบทบาท คอลัมน์ที่ไม่มีบทบาทยังคงแสดงในตาราง</translation>
    </message>
    <message>
        <source>No different spellings of the same answer were found.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่พบการสะกดคำตอบเดียวกันที่ต่างกัน</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Check</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>{message}

Click to see this row.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{message}

คลิกเพื่อดูแถวนี้</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปัญหา ({n})</translation>
    </message>
    <message>
        <source>{n} error(s) to look at before accepting</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มีข้อผิดพลาด {n} รายการที่ต้องดูก่อนยอมรับ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recognising the questions</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังจำแนกคำถาม</translation>
    </message>
    <message>
        <source>Building the survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังสร้างข้อมูลการสำรวจ</translation>
    </message>
    <message>
        <source>Looking for choices made before</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังค้นหาตัวเลือกที่เคยเลือกไว้</translation>
    </message>
    <message>
        <source>Computing upgrading types and worker measures</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังคำนวณประเภทการยกระดับและตัวชี้วัดของแรงงาน</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังอ่าน {name}</translation>
    </message>
    <message>
        <source>Firms table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตารางบริษัท</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Workers table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตารางแรงงาน</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>Survey summary</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สรุปการสำรวจ</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ความคืบหน้าการเปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หยุดเปิดไฟล์ (Esc)</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังอัปเดตการวิเคราะห์…</translation>
    </message>
    <message>
        <source>Updating the analysis</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังอัปเดตการวิเคราะห์</translation>
    </message>
    <message>
        <source>Workshop mode: individual firms hidden</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โหมดเวิร์กช็อป: ซ่อนรายบริษัท</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การยกระดับ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Worker outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลลัพธ์ของแรงงาน</translation>
    </message>
    <message>
        <source>Economic × social</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เศรษฐกิจ × สังคม</translation>
    </message>
    <message>
        <source>Chart builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวสร้างแผนภูมิ</translation>
    </message>
    <message>
        <source>Upgrading Explorer — {title}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer — {title}</translation>
    </message>
    <message>
        <source>{title} (changed, not saved)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{title} (มีการเปลี่ยนแปลง ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>1 บริษัท</translation>
    </message>
    <message>
        <source>{count} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{count} บริษัท</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน 1 คน</translation>
    </message>
    <message>
        <source>{count} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน {count} คน</translation>
    </message>
    <message>
        <source>{title} · {firms} · {workers}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{title} · {firms} · {workers}</translation>
    </message>
    <message>
        <source> · in the subset: {firms}, {workers}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> · ในกลุ่มย่อย: {firms}, {workers}</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คู่มือผู้ใช้</translation>
    </message>
    <message>
        <source>The workshop handout</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เอกสารประกอบเวิร์กช็อป</translation>
    </message>
    <message>
        <source>{what} is not installed with this copy of Upgrading Explorer (it should be at {path}). Ask whoever gave you the program for a complete copy, or read the guide in the docs folder of the source.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้ติดตั้ง{what}มากับ Upgrading Explorer ชุดนี้ (ควรอยู่ที่ {path}) โปรดขอชุดโปรแกรมที่สมบูรณ์จากผู้ที่ให้โปรแกรมนี้แก่คุณ หรืออ่านคู่มือในโฟลเดอร์ docs ของซอร์สโค้ด</translation>
    </message>
    <message>
        <source>{what} could not be opened: no program on this computer opened {path}. Open the file yourself from that folder.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิด{what}ไม่ได้: ไม่มีโปรแกรมในเครื่องนี้ที่เปิด {path} ได้ โปรดเปิดไฟล์เองจากโฟลเดอร์นั้น</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>No survey open. Use File → Open… or drop a survey file on this window.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยังไม่ได้เปิดการสำรวจ ใช้เมนู ไฟล์ → เปิด… หรือลากไฟล์การสำรวจมาวางที่หน้าต่างนี้</translation>
    </message>
    <message>
        <source>Surveys and projects (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสำรวจและโปรเจกต์ (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Open a survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจ</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Economic and social upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การยกระดับทางเศรษฐกิจและสังคม</translation>
    </message>
    <message>
        <source>Workers counted in the firm mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงานที่นับในค่าเฉลี่ยของบริษัท</translation>
    </message>
    <message>
        <source>Social cut-off</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์ตัดด้านสังคม</translation>
    </message>
    <message>
        <source>median of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มัธยฐานของบริษัท</translation>
    </message>
    <message>
        <source>mean of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ยของบริษัท</translation>
    </message>
    <message>
        <source>this value:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่านี้:</translation>
    </message>
    <message>
        <source>Social cut-off value</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเกณฑ์ตัดด้านสังคม</translation>
    </message>
    <message>
        <source>Social score over:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คะแนนด้านสังคมจาก:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์ตัด:</translation>
    </message>
    <message>
        <source>Economic upgrading score (number of types, 0–4)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คะแนนการยกระดับทางเศรษฐกิจ (จำนวนประเภท 0–4)</translation>
    </message>
    <message>
        <source>Firms in each quadrant</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทในแต่ละช่อง</translation>
    </message>
    <message>
        <source>Open a survey to see the matrix</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจเพื่อดูเมทริกซ์</translation>
    </message>
    <message>
        <source>all workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงานทั้งหมด</translation>
    </message>
    <message>
        <source>No measurable-standards index for these workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีดัชนีมาตรฐานที่วัดได้สำหรับแรงงานกลุ่มนี้</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกระดับ (ประเภทใดก็ได้)</translation>
    </message>
    <message>
        <source>Not upgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้ยกระดับ</translation>
    </message>
    <message>
        <source>Upgrading unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ทราบการยกระดับ</translation>
    </message>
    <message>
        <source>median</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มัธยฐาน</translation>
    </message>
    <message>
        <source>mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>cut-off</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์ตัด</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกระดับ</translation>
    </message>
    <message>
        <source>MS above {w}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>MS สูงกว่า{w}</translation>
    </message>
    <message>
        <source>MS at or below {w}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>MS เท่ากับหรือต่ำกว่า{w}</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>1 บริษัท</translation>
    </message>
    <message>
        <source>{n} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{n} บริษัท</translation>
    </message>
    <message>
        <source>Economic × social upgrading ({n} firms; MS over {over})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การยกระดับทางเศรษฐกิจ × สังคม ({n} บริษัท; MS จาก {over})</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index (0–1)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ยระดับบริษัทของดัชนีมาตรฐานที่วัดได้ (0–1)</translation>
    </message>
    <message>
        <source>All workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงานทั้งหมด</translation>
    </message>
    <message>
        <source>all</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การจำแนก</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firms in each quadrant, by breakdown&lt;/b&gt; (MS above / at or below each breakdown&apos;s {w})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>&lt;b&gt;บริษัทในแต่ละช่อง จำแนกตามกลุ่ม&lt;/b&gt; (MS สูงกว่า / เท่ากับหรือต่ำกว่า{w}ของแต่ละกลุ่ม)</translation>
    </message>
    <message>
        <source>Social cut-off = {cut:.2f}; points at the line count as at or below. {k} firms are not shown: none of these workers there has an MS index.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์ตัดด้านสังคม = {cut:.2f} จุดที่อยู่บนเส้นนับเป็นเท่ากับหรือต่ำกว่า ไม่แสดง {k} บริษัท: ไม่มีแรงงานกลุ่มนี้ในบริษัทเหล่านั้นที่มีดัชนี MS</translation>
    </message>
    <message>
        <source>Each point is a firm (moved a little sideways so points do not hide each other).</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แต่ละจุดคือหนึ่งบริษัท (ขยับไปด้านข้างเล็กน้อยเพื่อไม่ให้จุดบังกัน)</translation>
    </message>
    <message>
        <source>Cut-off ({w})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เกณฑ์ตัด ({w})</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers have an MS index here</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>น้อยเกินกว่าจะแสดง: มีบริษัทน้อยกว่า {f} แห่ง หรือแรงงานน้อยกว่า {w} คนที่มีดัชนี MS ในส่วนนี้</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>Opening files is not available</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่สามารถเปิดไฟล์ได้</translation>
    </message>
    <message>
        <source>This window was started without a file reader.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หน้าต่างนี้เริ่มทำงานโดยไม่มีตัวอ่านไฟล์</translation>
    </message>
    <message>
        <source>Start Upgrading Explorer with “python main.py”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เริ่ม Upgrading Explorer ด้วยคำสั่ง “python main.py”</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังเปิด {name}…</translation>
    </message>
    <message>
        <source>Stopped opening {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หยุดเปิด {name} แล้ว</translation>
    </message>
    <message>
        <source>{name} was not opened</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้เปิด {name}</translation>
    </message>
    <message>
        <source>Where is “{name}” now? The project needs it</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตอนนี้ “{name}” อยู่ที่ไหน? โปรเจกต์ต้องใช้ไฟล์นี้</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>The data has changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อมูลมีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{names} changed since this project was saved.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{names} เปลี่ยนไปตั้งแต่บันทึกโปรเจกต์นี้</translation>
    </message>
    <message>
        <source>The numbers will be computed from the file as it is now, so they may differ from the ones you saved. If this is not the file you meant, choose Cancel: the survey you have open stays open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวเลขจะคำนวณจากไฟล์ในสภาพปัจจุบัน จึงอาจต่างจากที่คุณบันทึกไว้ หากไม่ใช่ไฟล์ที่คุณต้องการ ให้เลือก “ยกเลิก” การสำรวจที่เปิดอยู่จะยังเปิดอยู่</translation>
    </message>
    <message>
        <source>Open with the file as it is now</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดด้วยไฟล์ในสภาพปัจจุบัน</translation>
    </message>
    <message>
        <source>Data from another folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อมูลจากโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>This project reads data from outside its own folder:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โปรเจกต์นี้อ่านข้อมูลจากนอกโฟลเดอร์ของตัวเอง:</translation>
    </message>
    <message>
        <source>A project file you received could name any file on this computer. Read it only if you expect this project to use that file; otherwise choose Cancel: nothing is read and the survey you have open stays open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์โปรเจกต์ที่คุณได้รับอาจชี้ไปยังไฟล์ใดก็ได้ในคอมพิวเตอร์เครื่องนี้ อ่านเฉพาะเมื่อคุณรู้ว่าโปรเจกต์นี้ต้องใช้ไฟล์นั้น มิฉะนั้นให้เลือกยกเลิก: จะไม่มีการอ่านสิ่งใด และแบบสำรวจที่เปิดอยู่ยังคงเปิดอยู่</translation>
    </message>
    <message>
        <source>Read this file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อ่านไฟล์นี้</translation>
    </message>
    <message>
        <source>The survey you had open is still open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสำรวจที่คุณเปิดไว้ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>Upgrading Explorer could not open “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer เปิด “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>This is probably a problem in Upgrading Explorer, not in your file. Your previous survey is still open. Please send the details below to the team.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>นี่น่าจะเป็นปัญหาของ Upgrading Explorer ไม่ใช่ของไฟล์คุณ การสำรวจก่อนหน้ายังเปิดอยู่ โปรดส่งรายละเอียดด้านล่างให้ทีมงาน</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีไฟล์ล่าสุด</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Worker outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลลัพธ์ของแรงงาน</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Compare groups of</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบกลุ่มของ</translation>
    </message>
    <message>
        <source>Side by side for each</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงคู่กันสำหรับแต่ละ</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลลัพธ์:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบ:</translation>
    </message>
    <message>
        <source>Side by side for each:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงคู่กันสำหรับแต่ละ:</translation>
    </message>
    <message>
        <source>Means with 95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ยพร้อม 95% CI</translation>
    </message>
    <message>
        <source>Spread (box plot)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การกระจาย (แผนภาพกล่อง)</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตารางเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Open a survey to compare workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจเพื่อเปรียบเทียบแรงงาน</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are compared only within one country. Choose one country in the subset, or pick “Wage ÷ minimum wage”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้างอยู่ในสกุล {c}: ค่าจ้างที่เป็นตัวเงินจะเปรียบเทียบได้เฉพาะภายในประเทศเดียว เลือกประเทศเดียวในกลุ่มย่อย หรือเลือก “ค่าจ้าง ÷ ค่าจ้างขั้นต่ำ”</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>No worker outcome is known in this survey: no column was read as wage, training, contract, hours or promotion.
Give the columns their roles with File → Review import again…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสำรวจนี้ยังไม่มีผลลัพธ์ของแรงงานที่ทราบค่า: ไม่มีคอลัมน์ใดถูกอ่านเป็นค่าจ้าง การฝึกอบรม สัญญาจ้าง ชั่วโมงทำงาน หรือการเลื่อนตำแหน่ง
กำหนดบทบาทให้คอลัมน์ได้ที่ ไฟล์ → ตรวจทานการนำเข้าอีกครั้ง…</translation>
    </message>
    <message>
        <source>Nobody: one bar per group</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่แยก: หนึ่งแท่งต่อกลุ่ม</translation>
    </message>
    <message>
        <source>Could not compare: {m}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบไม่ได้: {m}</translation>
    </message>
    <message>
        <source>No workers with this outcome in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีแรงงานที่มีผลลัพธ์นี้ในกลุ่มย่อย</translation>
    </message>
    <message>
        <source>{f} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{f} บริษัท</translation>
    </message>
    <message>
        <source>{w} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน {w} คน</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>น้อยเกินไป
ที่จะแสดง</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>{what}: {outcome} (95% CI, clustered by firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{what}: {outcome} (95% CI, จัดกลุ่มตามบริษัท)</translation>
    </message>
    <message>
        <source> (reference: {r})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> (กลุ่มอ้างอิง: {r})</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are shown only within one country. Showing wage ÷ minimum wage.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าจ้างอยู่ในสกุล {c}: ค่าจ้างที่เป็นตัวเงินจะแสดงเฉพาะภายในประเทศเดียว จึงแสดงค่าจ้าง ÷ ค่าจ้างขั้นต่ำแทน</translation>
    </message>
    <message>
        <source>No pay to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีค่าจ้างที่จะแสดง</translation>
    </message>
    <message>
        <source>Choose one country
to see the spread of pay</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกประเทศเดียว
เพื่อดูการกระจายของค่าจ้าง</translation>
    </message>
    <message>
        <source>(+{n} more notes: point here to read them)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>(+ หมายเหตุอีก {n} รายการ: ชี้ที่นี่เพื่ออ่าน)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีข้อมูลที่จะแสดง</translation>
    </message>
    <message>
        <source>n={n}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>n={n}</translation>
    </message>
    <message>
        <source>Spread (median and middle half)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การกระจาย (มัธยฐานและครึ่งกลาง)</translation>
    </message>
    <message>
        <source>95% CI {low} to {high}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>95% CI {low} ถึง {high}</translation>
    </message>
    <message>
        <source>Holding constant: {controls}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ควบคุมให้คงที่: {controls}</translation>
    </message>
    <message>
        <source>p-value {p}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่า p {p}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{low} ถึง {high}</translation>
    </message>
    <message>
        <source>reference</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มอ้างอิง</translation>
    </message>
    <message>
        <source>{diff} pts</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{diff} จุดร้อยละ</translation>
    </message>
    <message>
        <source>Adjusted for the {n} tests in this table (Holm): with many tests, some p-values are small by chance alone</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปรับสำหรับการทดสอบ {n} รายการในตารางนี้ (Holm): เมื่อทดสอบหลายครั้ง ค่า p บางค่าอาจเล็กได้โดยบังเอิญ</translation>
    </message>
    <message>
        <source>Subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Difference from {r}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลต่างจาก {r}</translation>
    </message>
    <message>
        <source>Adjusted difference</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลต่างที่ปรับแล้ว</translation>
    </message>
    <message>
        <source>p-value</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่า p</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Some groups have fewer than {n} firms: their ranges are rough (see Note).</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บางกลุ่มมีบริษัทน้อยกว่า {n} แห่ง: ช่วงของกลุ่มเหล่านั้นเป็นเพียงค่าคร่าว ๆ (ดูหมายเหตุ)</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Role of column “{column}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บทบาทของคอลัมน์ “{column}”</translation>
    </message>
    <message>
        <source>Type to search roles (English or Tiếng Việt)…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>พิมพ์เพื่อค้นหาบทบาท (ภาษาอังกฤษหรือภาษาเวียดนาม)…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค้นหาบทบาท</translation>
    </message>
    <message>
        <source>Roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>(no role) — the column is kept for browsing only</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>(ไม่มีบทบาท) — เก็บคอลัมน์ไว้สำหรับเรียกดูเท่านั้น</translation>
    </message>
    <message>
        <source>Use this role</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้บทบาทนี้</translation>
    </message>
    <message>
        <source>No role matches “{text}”. Try another word, or choose “(no role)”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีบทบาทที่ตรงกับ “{text}” ลองใช้คำอื่น หรือเลือก “(ไม่มีบทบาท)”</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule editor</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวแก้ไขกฎ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgrading rules&lt;/b&gt;</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>&lt;b&gt;กฎการยกระดับ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A type is “yes” when any ticked item is yes. Untick an item or change a threshold to see what would change.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทหนึ่งจะเป็น “ใช่” เมื่อรายการที่ติ๊กไว้รายการใดรายการหนึ่งเป็นใช่ ยกเลิกการติ๊กรายการหรือเปลี่ยนค่าเกณฑ์เพื่อดูว่าอะไรจะเปลี่ยนไป</translation>
    </message>
    <message>
        <source>Rule items</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รายการในกฎ</translation>
    </message>
    <message>
        <source>Item</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Undo edits</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลิกทำการแก้ไข</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การลดระดับ</translation>
    </message>
    <message>
        <source> — any of</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> — ข้อใดข้อหนึ่ง</translation>
    </message>
    <message>
        <source> — all of</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> — ทุกข้อ</translation>
    </message>
    <message>
        <source>Test for {item}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เงื่อนไขของ {item}</translation>
    </message>
    <message>
        <source>Threshold for {item}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค่าเกณฑ์ของ {item}</translation>
    </message>
    <message>
        <source>Tick at least one item: no upgrading type is left</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ติ๊กอย่างน้อยหนึ่งรายการ: ไม่เหลือประเภทการยกระดับใดเลย</translation>
    </message>
    <message>
        <source>No firms to preview</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีบริษัทให้ดูตัวอย่าง</translation>
    </message>
    <message>
        <source>These are the rules in use.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>นี่คือกฎที่ใช้อยู่</translation>
    </message>
    <message>
        <source>1 firm changes category</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>1 บริษัทเปลี่ยนหมวด</translation>
    </message>
    <message>
        <source>{n} firms change category</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{n} บริษัทเปลี่ยนหมวด</translation>
    </message>
    <message>
        <source>Firms with each type (of {n}): </source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทในแต่ละประเภท (จาก {n}): </translation>
    </message>
    <message>
        <source>Moves: </source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การย้ายหมวด: </translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกไว้: {firms} บริษัท แรงงาน {workers} คน</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save subset “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกกลุ่มย่อย “{name}”</translation>
    </message>
    <message>
        <source>Rename subset “{old}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนชื่อกลุ่มย่อย “{old}”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Tick values in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ติ๊กค่าในกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Change a range of the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนช่วงของกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Clear the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ล้างกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Use a saved subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้กลุ่มย่อยที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Delete subset “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลบกลุ่มย่อย “{name}”</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หยุดเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Compare with another subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบกับกลุ่มย่อยอื่น</translation>
    </message>
    <message>
        <source>Reset the rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คืนค่ากฎเริ่มต้น</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนกฎ</translation>
    </message>
    <message>
        <source>Change the project settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนการตั้งค่าโปรเจกต์</translation>
    </message>
    <message>
        <source>Turn workshop mode on</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดโหมดเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Turn workshop mode off</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปิดโหมดเวิร์กช็อป</translation>
    </message>
    <message>
        <source>Review the import</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตรวจทานการนำเข้า</translation>
    </message>
    <message>
        <source>Save project</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกโปรเจกต์</translation>
    </message>
    <message>
        <source>Upgrading Explorer project (*.uex.json)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โปรเจกต์ Upgrading Explorer (*.uex.json)</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกโปรเจกต์ไม่ได้</translation>
    </message>
    <message>
        <source>The project could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เขียนโปรเจกต์ลงใน “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกโฟลเดอร์อื่น หรือปิดไฟล์หากมีโปรแกรมอื่นเปิดอยู่</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึก {name} แล้ว</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การตั้งค่าโปรเจกต์</translation>
    </message>
    <message>
        <source>These settings are saved with the project and apply to every table, chart and export.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การตั้งค่าเหล่านี้บันทึกไว้กับโปรเจกต์ และใช้กับทุกตาราง แผนภูมิ และการส่งออก</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การปกปิดข้อมูล</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many firms:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนตัวเลขที่มาจากบริษัทน้อยกว่าจำนวนนี้:</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many workers:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนตัวเลขที่มาจากแรงงานน้อยกว่าจำนวนนี้:</translation>
    </message>
    <message>
        <source>Warn when a group has fewer than this many firms:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เตือนเมื่อกลุ่มมีบริษัทน้อยกว่าจำนวนนี้:</translation>
    </message>
    <message>
        <source>Hidden numbers show as “suppressed”. With few firms, confidence intervals clustered by firm are unreliable, so such groups are flagged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัวเลขที่ซ่อนจะแสดงเป็น “ปกปิด” เมื่อมีบริษัทน้อย ช่วงความเชื่อมั่นที่จัดกลุ่มตามบริษัทจะเชื่อถือได้น้อย จึงมีการทำเครื่องหมายกลุ่มเหล่านั้นไว้</translation>
    </message>
    <message>
        <source>Comparing workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การเปรียบเทียบแรงงาน</translation>
    </message>
    <message>
        <source>The adjusted difference holds these equal:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ผลต่างที่ปรับแล้วควบคุมให้สิ่งเหล่านี้เท่ากัน:</translation>
    </message>
    <message>
        <source>Use the survey&apos;s weights (when it has them)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้ค่าถ่วงน้ำหนักของการสำรวจ (หากมี)</translation>
    </message>
    <message>
        <source>Survey year by country (for the minimum wage, when the survey has no interview date):</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปีที่สำรวจในแต่ละประเทศ (สำหรับค่าจ้างขั้นต่ำ เมื่อการสำรวจไม่มีวันที่สัมภาษณ์):</translation>
    </message>
    <message>
        <source>e.g. Vietnam 2019, Thailand 2020</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เช่น Vietnam 2019, Thailand 2020</translation>
    </message>
    <message>
        <source>Workshop mode: hide individual firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โหมดเวิร์กช็อป: ซ่อนรายบริษัท</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports, for showing results to an audience. Totals, shares and charts stay as they are.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนตารางบริษัท รายชื่อบริษัท และรหัสบริษัทในไฟล์ส่งออก เพื่อแสดงผลต่อผู้ชม ส่วนยอดรวม สัดส่วน และแผนภูมิยังคงเหมือนเดิม</translation>
    </message>
</context>
<context>
    <name>SubsetPanel</name>
    <message>
        <source>Subset panel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แผงกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Subset size</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ขนาดกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Look at every firm and worker again</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลับไปดูทุกบริษัทและแรงงานทั้งหมด</translation>
    </message>
    <message>
        <source>Save…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึก…</translation>
    </message>
    <message>
        <source>Keep this subset under a name</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เก็บกลุ่มย่อยนี้ไว้ภายใต้ชื่อหนึ่ง</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Use a subset saved before</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้กลุ่มย่อยที่บันทึกไว้ก่อนหน้า</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบกับ…</translation>
    </message>
    <message>
        <source>Compare this subset (A) with a saved one (B) in the analysis views</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปรียบเทียบกลุ่มย่อยนี้ (A) กับกลุ่มที่บันทึกไว้ (B) ในมุมมองการวิเคราะห์</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>หยุดเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กรองค่า</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่วง</translation>
    </message>
    <message>
        <source>No survey open</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยังไม่ได้เปิดการสำรวจ</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แรงงาน</translation>
    </message>
    <message>
        <source>{facet} ({unit})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{facet} ({unit})</translation>
    </message>
    <message>
        <source>Tick values to keep only those {unit}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ติ๊กค่าเพื่อเก็บไว้เฉพาะ{unit}เหล่านั้น</translation>
    </message>
    <message>
        <source>{role} of the {unit}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{role}ของ{unit}</translation>
    </message>
    <message>
        <source>Leave empty for no limit</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เว้นว่างไว้หากไม่จำกัด</translation>
    </message>
    <message>
        <source>Lowest in the survey: {value}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ต่ำสุดในการสำรวจ: {value}</translation>
    </message>
    <message>
        <source>Highest in the survey: {value}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สูงสุดในการสำรวจ: {value}</translation>
    </message>
    <message>
        <source>{role}: {end}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{role}: {end}</translation>
    </message>
    <message>
        <source>from</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Type a number, or leave empty for no limit</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>พิมพ์ตัวเลข หรือเว้นว่างไว้หากไม่จำกัด</translation>
    </message>
    <message>
        <source>{n} ticked</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ติ๊กแล้ว {n}</translation>
    </message>
    <message>
        <source>This survey has no firms or workers yet</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การสำรวจนี้ยังไม่มีบริษัทหรือแรงงาน</translation>
    </message>
    <message>
        <source>{n} of {total} firms · {m} of {all} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{n} จาก {total} บริษัท · แรงงาน {m} จาก {all} คน</translation>
    </message>
    <message>
        <source>(the workers come from {n} firms)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>(แรงงานมาจาก {n} บริษัท)</translation>
    </message>
    <message>
        <source>Save subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกกลุ่มย่อย</translation>
    </message>
    <message>
        <source>Name of this subset:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชื่อของกลุ่มย่อยนี้:</translation>
    </message>
    <message>
        <source>Rename subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนชื่อกลุ่มย่อย</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชื่อใหม่ของ “{name}”:</translation>
    </message>
    <message>
        <source>No saved subsets yet: use Save…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยังไม่มีกลุ่มย่อยที่บันทึกไว้: ใช้ปุ่ม บันทึก…</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้ “{name}”</translation>
    </message>
    <message>
        <source>Rename</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Everyone (no filter)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทุกคน (ไม่กรอง)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Comparing A: this subset
with B: {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กำลังเปรียบเทียบ A: กลุ่มย่อยนี้
กับ B: {name}</translation>
    </message>
</context>
<context>
    <name>SurveyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy with column &amp;names</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอกพร้อมชื่อคอลัมน์ (&amp;N)</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงทุกคอลัมน์</translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อน “{name}”</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search these rows…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค้นหาในแถวเหล่านี้…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค้นหา{what}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Hide or show columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนหรือแสดงคอลัมน์</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy the selected cells (paste into Excel)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอกเซลล์ที่เลือก (วางลงใน Excel ได้)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Save the rows shown to an Excel or CSV file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกแถวที่แสดงเป็นไฟล์ Excel หรือ CSV</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;Bold teal&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; columns are computed by the app</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอลัมน์&lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;ตัวหนาสีเขียวอมฟ้า&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; คำนวณโดยโปรแกรม</translation>
    </message>
    <message>
        <source>{n} {noun}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{n} {noun}</translation>
    </message>
    <message>
        <source>{shown} of {total} {noun} shown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดง {shown} จาก {total} {noun}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อความ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกแถวที่แสดง</translation>
    </message>
</context>
<context>
    <name>UpgradingView</name>
    <message>
        <source>Upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การยกระดับ</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แบ่งแท่งตาม</translation>
    </message>
    <message>
        <source>Split the bars by:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แบ่งแท่งตาม:</translation>
    </message>
    <message>
        <source>Show or hide the upgrading rules beside the chart (hidden by themselves when the window is too narrow for both)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงหรือซ่อนกฎการยกระดับข้างแผนภูมิ (ซ่อนเองเมื่อหน้าต่างแคบเกินกว่าจะแสดงทั้งสองอย่าง)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนบริษัทที่มีการยกระดับแต่ละประเภท</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนบริษัท, % (95% CI)</translation>
    </message>
    <message>
        <source>Combinations of upgrading types</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การผสมกันของประเภทการยกระดับ</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวนบริษัท</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจต่อรองกับผู้ซื้อ</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การลดระดับ</translation>
    </message>
    <message>
        <source>Share of firms downgraded, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สัดส่วนบริษัทที่ลดระดับ, % (95% CI)</translation>
    </message>
    <message>
        <source>Types of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทการยกระดับ</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>การผสมกัน</translation>
    </message>
    <message>
        <source>Bargaining and downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจต่อรองและการลดระดับ</translation>
    </message>
    <message>
        <source>Firms with their upgrading flags</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัทพร้อมสถานะการยกระดับ</translation>
    </message>
    <message>
        <source>Firms, with why each is classed as it is (hover the explanation):</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท พร้อมเหตุผลที่จัดอยู่ในแต่ละหมวด (ชี้เมาส์ที่คำอธิบาย):</translation>
    </message>
    <message>
        <source>Open a survey to see upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจเพื่อดูการยกระดับ</translation>
    </message>
    <message>
        <source>Show rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงกฎ</translation>
    </message>
    <message>
        <source>All firms together</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัททั้งหมดรวมกัน</translation>
    </message>
    <message>
        <source>{firms} firms · {workers} workers in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>{firms} บริษัท · แรงงาน {workers} คนในกลุ่มย่อย</translation>
    </message>
    <message>
        <source> · B: {firms} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> · B: {firms} บริษัท</translation>
    </message>
    <message>
        <source>A</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>B</translation>
    </message>
    <message>
        <source>All firms (n={n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัททั้งหมด (n={n})</translation>
    </message>
    <message>
        <source>subset A vs B</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>กลุ่มย่อย A เทียบกับ B</translation>
    </message>
    <message>
        <source>, by {split}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation> แยกตาม{split}</translation>
    </message>
    <message>
        <source>Type of upgrading (chain = into a new sector)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทการยกระดับ (ห่วงโซ่ = ย้ายไปอุตสาหกรรมใหม่)</translation>
    </message>
    <message>
        <source>Downgrading not computed: the survey lacks its items</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้คำนวณการลดระดับ: การสำรวจไม่มีรายการคำถามที่ต้องใช้</translation>
    </message>
    <message>
        <source>No combination can be counted: types not computed</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>นับการผสมกันไม่ได้: ไม่ได้คำนวณประเภทการยกระดับ</translation>
    </message>
    <message>
        <source>Some type unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บางประเภทไม่ทราบ</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่มีการยกระดับ</translation>
    </message>
    <message>
        <source>Hide rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนกฎ</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Number of firms (share of firms with every type known)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>จำนวนบริษัท (สัดส่วนของบริษัทที่ทราบทุกประเภท)</translation>
    </message>
    <message>
        <source>Bargaining change not computed: the survey lacks price-setting questions</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ได้คำนวณการเปลี่ยนแปลงอำนาจต่อรอง: การสำรวจไม่มีคำถามเรื่องการกำหนดราคา</translation>
    </message>
    <message>
        <source>Worse</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แย่ลง</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เท่าเดิม</translation>
    </message>
    <message>
        <source>Improved</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดีขึ้น</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Price-setting power now vs before</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจกำหนดราคา ปัจจุบันเทียบกับก่อนหน้า</translation>
    </message>
    <message>
        <source>Firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Highest type</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ประเภทสูงสุด</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>อำนาจต่อรอง</translation>
    </message>
    <message>
        <source>MS index (firm mean)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ดัชนี MS (ค่าเฉลี่ยบริษัท)</translation>
    </message>
    <message>
        <source>Why (rule items that fired or were missing)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เหตุผล (รายการในกฎที่เข้าเงื่อนไขหรือขาดข้อมูล)</translation>
    </message>
</context>
<context>
    <name>ViewTable</name>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกตาราง (&amp;E)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy {table}</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก{table}</translation>
    </message>
    <message>
        <source>Copy the selected rows, or the whole table, with the column names (paste into Excel)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอกแถวที่เลือก หรือทั้งตาราง พร้อมชื่อคอลัมน์ (วางลงใน Excel ได้)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกตาราง…</translation>
    </message>
    <message>
        <source>Export {table} to a file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออก{table}เป็นไฟล์</translation>
    </message>
    <message>
        <source>Save this table to an Excel or CSV file</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกตารางนี้เป็นไฟล์ Excel หรือ CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้อความ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ส่งออกตาราง</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>Open a survey workbook (Excel, CSV, Stata, SPSS) or a saved project, or start with the sample survey. You can also drop a file anywhere on this window.</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดเวิร์กบุ๊กการสำรวจ (Excel, CSV, Stata, SPSS) หรือโปรเจกต์ที่บันทึกไว้ หรือเริ่มด้วยการสำรวจตัวอย่าง คุณยังลากไฟล์มาวางที่ใดก็ได้ในหน้าต่างนี้</translation>
    </message>
    <message>
        <source>&amp;Open survey…</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจ (&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิดการสำรวจตัวอย่าง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ล่าสุด</translation>
    </message>
</context>
</TS>
