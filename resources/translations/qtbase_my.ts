<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဟုတ်ကဲ့(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံးကို ဟုတ်ကဲ့(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မဟုတ်ပါ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံးကို မဟုတ်ပါ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖျက်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထပ်စမ်းရန်</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသိမ်းပါ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြန်စရန်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသေးစိတ် ပြရန်...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသေးစိတ် ဖျောက်ရန်...</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နောက်ပြန်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြတ်ယူရန်(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နောက်ပြန်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြတ်ယူရန်(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လင့်ခ်လိပ်စာ ကူးယူရန်(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရှာမည့်နေရာ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်အမည်(&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်အမျိုးအစား:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အပေါ်ဖိုဒါ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုဒါအသစ် ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုဒါအသစ်</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရင်းပုံစံ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသေးစိတ်ပုံစံ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုဒါ:</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
</context>
</TS>
