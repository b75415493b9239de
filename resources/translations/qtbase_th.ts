<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Thai speaker</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
</context>
</TS>
