<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name></name>
    <message>
        <source>Your work could not be autosaved ({why}). Save the project to be safe.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သင့်အလုပ်ကို အလိုအလျောက် မသိမ်းနိုင်ပါ ({why})။ စိတ်ချရစေရန် ပရောဂျက်ကို သိမ်းပါ။</translation>
    </message>
    <message>
        <source>Restore your work?</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သင့်အလုပ်ကို ပြန်ယူမလား။</translation>
    </message>
    <message>
        <source>Last time, Upgrading Explorer closed with work that was not saved.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခင်တစ်ကြိမ်တွင် Upgrading Explorer သည် မသိမ်းရသေးသော အလုပ်များ ရှိနေစဉ် ပိတ်သွားခဲ့သည်။</translation>
    </message>
    <message>
        <source>Your work on {title} was saved automatically at {when}. Restore it? If you choose Discard, the project file on disk stays as you last saved it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{title} တွင် သင်လုပ်ထားသည်များကို {when} တွင် အလိုအလျောက် သိမ်းထားသည်။ ပြန်ယူမလား။ “စွန့်ပစ်ရန်” ကို ရွေးပါက ဒစ်ခ်ပေါ်ရှိ ပရောဂျက်ဖိုင်သည် သင်နောက်ဆုံး သိမ်းခဲ့သည့်အတိုင်း ရှိနေမည်။</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြန်ယူရန်</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Made with Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer ဖြင့် ပြုလုပ်ထားသည်</translation>
    </message>
    <message>
        <source>Nothing to show for this subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအစုခွဲအတွက် ပြစရာ မရှိပါ</translation>
    </message>
    <message>
        <source>too few firms
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန် လုပ်ငန်း
အလွန်နည်းသည်</translation>
    </message>
    <message>
        <source>no data</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာ မရှိ</translation>
    </message>
    <message>
        <source>Something could not be done</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်စုံတစ်ရာကို လုပ်ဆောင်၍ မရပါ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်စုံတစ်ရာ မှားယွင်းသွားသည်</translation>
    </message>
    <message>
        <source>Upgrading Explorer hit an unexpected problem ({kind}). Your project is still open and nothing was lost; you can carry on, and saving the project now is a good idea.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer တွင် မမျှော်လင့်ထားသော ပြဿနာ ({kind}) ကြုံခဲ့သည်။ သင့်ပရောဂျက် ဖွင့်ထားဆဲဖြစ်ပြီး မည်သည့်အရာမျှ မပျောက်ပါ၊ ဆက်လုပ်နိုင်ပါသည်။ ယခု ပရောဂျက်ကို သိမ်းထားလျှင် ကောင်းပါသည်။</translation>
    </message>
    <message>
        <source>({n} more errors came after it.)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>(၎င်းနောက်တွင် အမှား နောက်ထပ် {n} ခု ရှိခဲ့သည်။)</translation>
    </message>
    <message>
        <source>The details were written to {path}. If this happens again, please send that file to the team.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသေးစိတ်ကို {path} တွင် ရေးထားသည်။ ထပ်ဖြစ်ပါက ထိုဖိုင်ကို အဖွဲ့ထံ ပို့ပေးပါ။</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the file is read-only, or this folder may not be written to. The previous file, if there was one, is unchanged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို မသိမ်းရသေးပါ- ဖိုင်သည် ဖတ်ရန်သာ ဖြစ်နေသည်၊ သို့မဟုတ် ဤဖိုင်တွဲထဲ ရေးခွင့်မရှိပါ။ ယခင်ဖိုင် (ရှိလျှင်) မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Save under another name or in another folder, such as Documents.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမည်အသစ်ဖြင့် သို့မဟုတ် Documents ကဲ့သို့ အခြားဖိုင်တွဲထဲ သိမ်းပါ။</translation>
    </message>
    <message>
        <source>“{name}” was not saved: the disk is full. The previous file, if there was one, is unchanged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို မသိမ်းရသေးပါ- ဒစ်ခ် ပြည့်နေသည်။ ယခင်ဖိုင် (ရှိလျှင်) မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Free some space, or save to another drive or a USB stick.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နေရာလွတ် ရှင်းပါ၊ သို့မဟုတ် အခြား ဒရိုက် သို့မဟုတ် USB တွင် သိမ်းပါ။</translation>
    </message>
    <message>
        <source>“{name}” was not saved: another program is using it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို မသိမ်းရသေးပါ- အခြားပရိုဂရမ်တစ်ခုက အသုံးပြုနေသည်။</translation>
    </message>
    <message>
        <source>Close the file in the other program (Excel, Word), then try again.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားပရိုဂရမ် (Excel, Word) ထဲမှ ဖိုင်ကို ပိတ်ပြီး ထပ်စမ်းပါ။</translation>
    </message>
    <message>
        <source>The details are also saved in {path}.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသေးစိတ်ကို {path} တွင်လည်း သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>Firms (one row per firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ (လုပ်ငန်းတစ်ခုလျှင် အတန်းတစ်တန်း)</translation>
    </message>
    <message>
        <source>Workers (one row per worker)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ (အလုပ်သမားတစ်ဦးလျှင် အတန်းတစ်တန်း)</translation>
    </message>
    <message>
        <source>Codebook (labels)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကုဒ်စာအုပ် (အညွှန်းများ)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသုံးပါ</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>(အခန်းကဏ္ဍ မရှိ)</translation>
    </message>
    <message>
        <source>Which column links workers to their firm?</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မည်သည့်ကော်လံက အလုပ်သမားများကို ၎င်းတို့၏ လုပ်ငန်းနှင့် ချိတ်ဆက်သနည်း။</translation>
    </message>
    <message>
        <source>Which column identifies the firm?</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မည်သည့်ကော်လံက လုပ်ငန်းကို ခွဲခြားသတ်မှတ်သနည်း။</translation>
    </message>
    <message>
        <source>Which column holds “%1”?</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မည်သည့်ကော်လံတွင် “%1” ပါသနည်း။</translation>
    </message>
    <message>
        <source>1 question needs your answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မေးခွန်း 1 ခုကို သင် ဖြေရန် လိုသည်</translation>
    </message>
    <message>
        <source>{n} questions need your answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မေးခွန်း {n} ခုကို သင် ဖြေရန် လိုသည်</translation>
    </message>
    <message>
        <source>None of these</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအထဲမှ မည်သည့်တစ်ခုမျှ မဟုတ်</translation>
    </message>
    <message>
        <source>Assumed now: {choice}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခု ယူဆထားသည်: {choice}</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေသ</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိုင်ဆိုင်မှု</translation>
    </message>
    <message>
        <source>Highest upgrading type</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမြင့်ဆုံး အဆင့်မြှင့်တင်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ညှိနှိုင်းနိုင်စွမ်း</translation>
    </message>
    <message>
        <source>Gender</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကျွမ်းကျင်မှုအုပ်စု</translation>
    </message>
    <message>
        <source>Contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်ခန့်စာချုပ်</translation>
    </message>
    <message>
        <source>Education</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပညာအရည်အချင်း</translation>
    </message>
    <message>
        <source>Employees</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဝန်ထမ်းဦးရေ</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တည်ထောင်သည့်နှစ်</translation>
    </message>
    <message>
        <source>Age</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသက်</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လစဉ်လုပ်ခ</translation>
    </message>
    <message>
        <source>Years with the firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းတွင် လုပ်သက် (နှစ်)</translation>
    </message>
    <message>
        <source>Process</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းစဉ်</translation>
    </message>
    <message>
        <source>Product</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်ကုန်</translation>
    </message>
    <message>
        <source>Functional</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းတာဝန်</translation>
    </message>
    <message>
        <source>Chain (new sector)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကွင်းဆက် (ကဏ္ဍသစ်)</translation>
    </message>
    <message>
        <source>End market</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆုံးသတ်ဈေးကွက်</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်နိမ့်ကျခဲ့</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု မရှိ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>Log of monthly wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လစဉ်လုပ်ခ (log)</translation>
    </message>
    <message>
        <source>Wage ÷ minimum wage</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ခ ÷ အနိမ့်ဆုံးလုပ်ခ</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်ပတ်လျှင် အလုပ်ချိန် (နာရီ)</translation>
    </message>
    <message>
        <source>Received training</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လေ့ကျင့်သင်ကြားမှု ရရှိခဲ့</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရာထူးတိုးခဲ့</translation>
    </message>
    <message>
        <source>Has social insurance</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လူမှုဖူလုံရေး ရှိ</translation>
    </message>
    <message>
        <source>Has health insurance</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကျန်းမာရေးအာမခံ ရှိ</translation>
    </message>
    <message>
        <source>Regular contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပုံမှန် အလုပ်ခန့်စာချုပ်</translation>
    </message>
    <message>
        <source>Written contract</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာဖြင့်ရေးထားသော စာချုပ်</translation>
    </message>
    <message>
        <source>Covered by a collective agreement</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စုပေါင်းသဘောတူညီချက်တွင် ပါဝင်</translation>
    </message>
    <message>
        <source>Injured at work</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်တွင် ဒဏ်ရာရခဲ့</translation>
    </message>
    <message>
        <source>Measurable standards index</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း</translation>
    </message>
    <message>
        <source>Enabling rights index</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခွင့်အရေး ဖော်ဆောင်မှု ညွှန်းကိန်း</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း၏ လုပ်ငန်းပျမ်းမျှ</translation>
    </message>
    <message>
        <source>Firm mean of enabling rights index</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခွင့်အရေး ဖော်ဆောင်မှု ညွှန်းကိန်း၏ လုပ်ငန်းပျမ်းမျှ</translation>
    </message>
    <message>
        <source>Upgraded (any type) or not</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခဲ့/မမြှင့်တင်ခဲ့ (မည်သည့်အမျိုးအစားမဆို)</translation>
    </message>
    <message>
        <source>Upgrading score (types, 0–4)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု ရမှတ် (အမျိုးအစား၊ 0–4)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားတစ်ခုစီ ရှိသော လုပ်ငန်းအချိုး</translation>
    </message>
    <message>
        <source>Type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအချိုး၊ % (95% ယုံကြည်မှုကြားကာလ)</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဝယ်သူများနှင့် ညှိနှိုင်းနိုင်မှု အနေအထား</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း အရေအတွက်</translation>
    </message>
    <message>
        <source> (95% CI, clustered by firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> (95% ယုံကြည်မှုကြားကာလ၊ လုပ်ငန်းအလိုက် အစုဖွဲ့)</translation>
    </message>
    <message>
        <source>Age, years</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသက် (နှစ်)</translation>
    </message>
    <message>
        <source>Pay as reported</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြေဆိုထားသည့်အတိုင်း လုပ်ခ</translation>
    </message>
    <message>
        <source>Export share, %</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပို့ကုန်အချိုး၊ %</translation>
    </message>
    <message>
        <source>Main buyer&apos;s share of sales, %</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဓိကဝယ်သူ၏ ရောင်းအားအချိုး၊ %</translation>
    </message>
    <message>
        <source>Paid by piece</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခုလိုက် လုပ်ခရ</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုမခွဲ</translation>
    </message>
    <message>
        <source>hours</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နာရီ</translation>
    </message>
    <message>
        <source>ratio</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆ</translation>
    </message>
    <message>
        <source>Female</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <source>Male</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <source>Production</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်လုပ်ရေး</translation>
    </message>
    <message>
        <source>Technician</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နည်းပညာရှင်</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မန်နေဂျာ</translation>
    </message>
    <message>
        <source>Indefinite</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သက်တမ်းမသတ်မှတ်</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သက်တမ်းသတ်မှတ်</translation>
    </message>
    <message>
        <source>Fixed term under 1 year</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သက်တမ်းသတ်မှတ် (1 နှစ်အောက်)</translation>
    </message>
    <message>
        <source>Probation</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစမ်းခန့်ကာလ</translation>
    </message>
    <message>
        <source>Month</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လ</translation>
    </message>
    <message>
        <source>Fortnight</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှစ်ပတ်</translation>
    </message>
    <message>
        <source>Week</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပတ်</translation>
    </message>
    <message>
        <source>Day</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရက်</translation>
    </message>
    <message>
        <source>Hour</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နာရီ</translation>
    </message>
    <message>
        <source>Piece</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခုလိုက်</translation>
    </message>
    <message>
        <source>Domestic private</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြည်တွင်း ပုဂ္ဂလိက</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နိုင်ငံခြား</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နိုင်ငံပိုင်</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖက်စပ်</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အထည်အလိပ်</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အီလက်ထရောနစ်</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိနပ်</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဗီယက်နမ်</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကမ္ဘောဒီးယား</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အင်ဒိုနီးရှား</translation>
    </message>
    <message>
        <source>Improved</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိုကောင်းလာ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မပြောင်းလဲ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိုဆိုးလာ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခဲ့ (မည်သည့်အမျိုးအစားမဆို)</translation>
    </message>
    <message>
        <source>Did not upgrade</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မမြှင့်တင်ခဲ့</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <source>all</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <source>Chain</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကွင်းဆက်</translation>
    </message>
    <message>
        <source> (share)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> (အချိုး)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>PNG အဖြစ် သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>SVG အဖြစ် သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>PNG ပုံ (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>SVG ပုံ (*.svg)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးချယ်မှု</translation>
    </message>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးထားသည်: လုပ်ငန်း {firms} ခု၊ အလုပ်သမား {workers} ဦး</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန် အလွန်နည်းသည်: လုပ်ငန်း {f} ခု သို့မဟုတ် အလုပ်သမား {w} ဦးအောက်</translation>
    </message>
    <message>
        <source>Only {n} firms: the range is rough</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {n} ခုသာ ရှိသည်: အပိုင်းအခြားသည် အကြမ်းဖျင်းသာ</translation>
    </message>
    <message>
        <source>Wild cluster bootstrap ({draws} draws, seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Wild cluster bootstrap (ကျပန်းထုတ်ယူမှု {draws} ကြိမ်၊ seed {seed}): အုပ်စုများတွင် လုပ်ငန်းနည်းသောအခါ သုံးသည်၊ ထိုအခါ ပုံမှန်စမ်းသပ်မှုသည် လိုသည်ထက် ပိုယုံကြည်တတ်သည်</translation>
    </message>
    <message>
        <source>Permutation test over firms ({draws} random re-assignments of the firms to the two groups, or all of them when there are fewer; seed {seed}): used when the groups have few firms, where the usual test is over-confident</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများအပေါ် permutation စမ်းသပ်မှု (လုပ်ငန်းများကို အုပ်စုနှစ်စုသို့ ကျပန်း ပြန်ခွဲဝေခြင်း {draws} ကြိမ်၊ ဖြစ်နိုင်သည့်ခွဲဝေမှု ထိုထက်နည်းလျှင် အားလုံး၊ seed {seed}): အုပ်စုများတွင် လုပ်ငန်းနည်းသောအခါ သုံးသည်၊ ထိုအခါ ပုံမှန်စမ်းသပ်မှုသည် လိုသည်ထက် ပိုယုံကြည်တတ်သည်</translation>
    </message>
    <message>
        <source>t-test with standard errors clustered by firm (workers of one firm are not independent)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအလိုက် အစုဖွဲ့ထားသော စံအမှားများဖြင့် t-စမ်းသပ်မှု (လုပ်ငန်းတစ်ခုတည်းရှိ အလုပ်သမားများသည် တစ်ဦးနှင့်တစ်ဦး မလွတ်လပ်ပါ)</translation>
    </message>
    <message>
        <source>Cannot test: every worker in these groups has the same answer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စမ်းသပ်၍ မရပါ: ဤအုပ်စုများရှိ အလုပ်သမားအားလုံး အဖြေတူသည်</translation>
    </message>
    <message>
        <source>Too few firms: this test can hardly detect anything</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း အလွန်နည်းသည်: ဤစမ်းသပ်မှုသည် မည်သည့်အရာကိုမျှ ရှာတွေ့နိုင်ခဲသည်</translation>
    </message>
    <message>
        <source>with so few firms, a share&apos;s p-value can be too small (the difference may look clearer than it is)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း အလွန်နည်းလျှင် အချိုး၏ p-တန်ဖိုး အလွန်ငယ်နိုင်သည် (ကွာခြားချက်သည် အမှန်ထက် ပိုရှင်းလင်းသယောင် ထင်ရနိုင်သည်)</translation>
    </message>
    <message>
        <source>Only {n} firms: this test can hardly detect anything, so a large p-value does not mean there is no difference</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {n} ခုသာ ရှိသည်: ဤစမ်းသပ်မှုသည် မည်သည့်အရာကိုမျှ ရှာတွေ့နိုင်ခဲသည်၊ p-တန်ဖိုး ကြီးခြင်းသည် ကွာခြားချက် မရှိဟု မဆိုလိုပါ</translation>
    </message>
    <message>
        <source>new machinery</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စက်ပစ္စည်းအသစ်</translation>
    </message>
    <message>
        <source>new process</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းစဉ်အသစ်</translation>
    </message>
    <message>
        <source>automation</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလိုအလျောက်စနစ်</translation>
    </message>
    <message>
        <source>cad erp</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>CAD/ERP စနစ်</translation>
    </message>
    <message>
        <source>line reorganisation</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်လုပ်မှုလိုင်း ပြန်လည်ဖွဲ့စည်းခြင်း</translation>
    </message>
    <message>
        <source>certification new</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသိအမှတ်ပြုလက်မှတ် အသစ်ရရှိ</translation>
    </message>
    <message>
        <source>new product</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်ကုန်အသစ်</translation>
    </message>
    <message>
        <source>product complexity up</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်ကုန် ရှုပ်ထွေးမှု မြင့်တက်</translation>
    </message>
    <message>
        <source>unit price change pct</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်ယူနစ်ဈေးနှုန်း ပြောင်းလဲမှု %</translation>
    </message>
    <message>
        <source>stage now</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လက်ရှိအဆင့်</translation>
    </message>
    <message>
        <source>stage before</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခင်အဆင့်</translation>
    </message>
    <message>
        <source>design added</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒီဇိုင်းလုပ်ငန်း ထပ်ထည့်</translation>
    </message>
    <message>
        <source>rnd added</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သုတေသနနှင့်ဖွံ့ဖြိုးရေး ထပ်ထည့်</translation>
    </message>
    <message>
        <source>own brand added</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကိုယ်ပိုင်အမှတ်တံဆိပ် ထပ်ထည့်</translation>
    </message>
    <message>
        <source>sector changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကဏ္ဍ ပြောင်းလဲ</translation>
    </message>
    <message>
        <source>new sector sales share</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကဏ္ဍသစ် ရောင်းအားအချိုး</translation>
    </message>
    <message>
        <source>new export market</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပို့ကုန်ဈေးကွက်အသစ်</translation>
    </message>
    <message>
        <source>new buyer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဝယ်သူအသစ်</translation>
    </message>
    <message>
        <source>certification lost</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသိအမှတ်ပြုလက်မှတ် ဆုံးရှုံး</translation>
    </message>
    <message>
        <source>export stopped</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပို့ကုန် ရပ်တန့်</translation>
    </message>
    <message>
        <source>price setting now</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လက်ရှိ ဈေးနှုန်းသတ်မှတ်နိုင်မှု</translation>
    </message>
    <message>
        <source>price setting before</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခင် ဈေးနှုန်းသတ်မှတ်နိုင်မှု</translation>
    </message>
    <message>
        <source>{now} vs {before}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{now} နှင့် {before}</translation>
    </message>
    <message>
        <source>any of ({items})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>({items}) မှ တစ်ခုခု</translation>
    </message>
    <message>
        <source>all of ({items})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>({items}) အားလုံး</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ရန်(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a survey workbook, data file or project</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း Excel ဖိုင်၊ ဒေတာဖိုင် သို့မဟုတ် ပရောဂျက်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Open &amp;sample survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နမူနာစစ်တမ်း ဖွင့်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Open the survey bundled with the app</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အက်ပ်နှင့်အတူ ပါလာသော စစ်တမ်းကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မကြာမီက ဖိုင်များ(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;view import again…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တင်သွင်းမှုကို ပြန်စစ်ရန်(&amp;V)…</translation>
    </message>
    <message>
        <source>Check again how the survey was read: sheets, roles, codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းကို မည်သို့ ဖတ်ခဲ့သည်ကို ပြန်စစ်ရန်: စာရွက်များ၊ အခန်းကဏ္ဍများ၊ ကုဒ်များ</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက် သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Save the survey&apos;s mapping, subsets and settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း၏ ကော်လံချိတ်ဆက်မှု၊ အစုခွဲများနှင့် ဆက်တင်များကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက်ကို အမည်သစ်ဖြင့် သိမ်းရန်(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက် ဆက်တင်များ(&amp;T)…</translation>
    </message>
    <message>
        <source>Disclosure thresholds and workshop mode, saved with the project</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာလျှို့ဝှက်ရေး သတ်မှတ်တန်ဖိုးများနှင့် ဆွေးနွေးပွဲမုဒ်၊ ပရောဂျက်နှင့်အတူ သိမ်းသည်</translation>
    </message>
    <message>
        <source>&amp;Export rows shown…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြထားသော အတန်းများ ထုတ်ယူရန်(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows of the table shown to Excel or CSV</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြထားသော ဇယား၏ အတန်းများကို Excel သို့မဟုတ် CSV အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Export results &amp;workbook…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ် Excel ဖိုင် ထုတ်ယူရန်(&amp;W)…</translation>
    </message>
    <message>
        <source>Save every results table, the subset, the rules, where the data came from and the charts to one Excel workbook</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ်ဇယားအားလုံး၊ အစုခွဲ၊ စည်းမျဉ်းများ၊ ဒေတာရင်းမြစ်နှင့် ဂရပ်များကို Excel ဖိုင်တစ်ခုတည်းတွင် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစီရင်ခံစာ ထုတ်ယူရန်(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the findings with their charts and tables, the methods and where the data came from as a Word document, in the interface language</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တွေ့ရှိချက်များကို ၎င်းတို့၏ ဂရပ်၊ ဇယား၊ နည်းလမ်းများနှင့် ဒေတာရင်းမြစ်တို့နှင့်အတူ Word စာရွက်စာတမ်းအဖြစ် မျက်နှာပြင်ဘာသာစကားဖြင့် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Export analysis as &amp;Python script…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Python script အဖြစ် ထုတ်ယူရန်(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a short Python script that reproduces these numbers without the window</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤကိန်းဂဏန်းများကို ဝင်းဒိုးမပါဘဲ ပြန်ထုတ်ပေးနိုင်သော Python script တိုတစ်ခုကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြင်ဆင်ရန်(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကြည့်ရန်(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;value labels</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တန်ဖိုးအညွှန်းများ ပြရန်(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show answer labels (such as “Apparel”) instead of the stored codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းထားသော ကုဒ်များအစား အဖြေအညွှန်းများ (ဥပမာ “အထည်အလိပ်”) ကို ပြရန်</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (hide individual firms)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲမုဒ် (လုပ်ငန်းများ ဖျောက်)(&amp;W)</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports; totals, shares and charts stay</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းဇယား၊ လုပ်ငန်းစာရင်းနှင့် ထုတ်ယူမှုများရှိ လုပ်ငန်း ID များကို ဖျောက်ထားရန်၊ စုစုပေါင်း၊ အချိုးနှင့် ဂရပ်များ ဆက်ရှိမည်</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တင်ပြမှုမုဒ်(&amp;M)</translation>
    </message>
    <message>
        <source>Larger text and lines, high contrast: for a projector (F5)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာနှင့် မျဉ်းများ ပိုကြီး၊ အရောင်ခြားနားမှု မြင့်: ပရိုဂျက်တာအတွက် (F5)</translation>
    </message>
    <message>
        <source>&amp;Search the table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယားတွင် ရှာရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the s&amp;ubset panel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲအကန့်သို့ သွားရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;firms table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းဇယားသို့ သွားရန်(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the &amp;workers table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားဇယားသို့ သွားရန်(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to &amp;upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခြင်းသို့ သွားရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Go to worker &amp;outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား ရလဒ်များသို့ သွားရန်(&amp;O)</translation>
    </message>
    <message>
        <source>Go to &amp;economic × social</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စီးပွားရေး × လူမှုရေးသို့ သွားရန်(&amp;E)</translation>
    </message>
    <message>
        <source>Go to the chart &amp;builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်ဖန်တီးကိရိယာသို့ သွားရန်(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Clear the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲကို ရှင်းရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+Shift+Backspace</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <source>Show the interface in {language}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မျက်နှာပြင်ကို {language} ဖြင့် ပြရန်</translation>
    </message>
    <message>
        <source>Available once its translation is added</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဘာသာပြန်ချက် ထည့်ပြီးမှ ရရှိနိုင်မည်</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသုံးပြုသူလမ်းညွှန်(&amp;U)</translation>
    </message>
    <message>
        <source>Open the user guide in your web browser (works offline) (F1)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသုံးပြုသူလမ်းညွှန်ကို ဝဘ်ဘရောက်ဇာတွင် ဖွင့်ရန် (အင်တာနက်မလိုပါ) (F1)</translation>
    </message>
    <message>
        <source>Workshop &amp;handout</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲ လက်ကမ်းစာစောင်(&amp;H)</translation>
    </message>
    <message>
        <source>Open the one-page workshop handout (PDF) to read or print</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖတ်ရန် သို့မဟုတ် ပုံနှိပ်ရန် စာမျက်နှာတစ်မျက်နှာပါ ဆွေးနွေးပွဲ လက်ကမ်းစာစောင် (PDF) ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ခြင်းကို ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>firm name contains “{text}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအမည်တွင် “{text}” ပါဝင်သည်</translation>
    </message>
    <message>
        <source>All firms and workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းနှင့် အလုပ်သမား အားလုံး</translation>
    </message>
    <message>
        <source>Subset: {subset} ({firms} firms, {workers} workers)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ: {subset} (လုပ်ငန်း {firms} ခု၊ အလုပ်သမား {workers} ဦး)</translation>
    </message>
    <message>
        <source>Data: {source} · exported {date} with Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာ: {source} · Upgrading Explorer ဖြင့် {date} တွင် ထုတ်ယူသည်</translation>
    </message>
    <message>
        <source>survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>Computing upgrading types and wages…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားများနှင့် လုပ်ခများကို တွက်ချက်နေသည်…</translation>
    </message>
    <message>
        <source>Upgrading types could not be computed: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားများကို တွက်ချက်၍ မရပါ: {why}</translation>
    </message>
    <message>
        <source>Applying the new rules…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်းအသစ်များကို အသုံးချနေသည်…</translation>
    </message>
    <message>
        <source>Provisional: computing the adjusted gaps and the tests for few firms…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယာယီ: ချိန်ညှိထားသော ကွာဟချက်များနှင့် လုပ်ငန်းနည်းသော အုပ်စုများအတွက် စစ်ဆေးမှုများကို တွက်ချက်နေသည်…</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှုကို အပ်ဒိတ်လုပ်နေသည်…</translation>
    </message>
    <message>
        <source>The analysis could not be computed: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှုကို တွက်ချက်၍ မရပါ: {why}</translation>
    </message>
    <message>
        <source>{view} could not show this subset: {why}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{view} သည် ဤအစုခွဲကို ပြ၍ မရပါ: {why}</translation>
    </message>
    <message>
        <source>Waiting for the analysis to finish…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှု ပြီးဆုံးရန် စောင့်နေသည်…</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Chart builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်ဖန်တီးကိရိယာ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Bars: mean or share with 95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်ဂရပ်: ပျမ်းမျှ သို့မဟုတ် အချိုး (95% ယုံကြည်မှုကြားကာလ)</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သေတ္တာပုံဂရပ် (box plot)</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဟစ်စတိုဂရမ်</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစက်ပြန့်ဂရပ်</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယား</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်</translation>
    </message>
    <message>
        <source>Variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကိန်းရှင်</translation>
    </message>
    <message>
        <source>Second variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒုတိယ ကိန်းရှင်</translation>
    </message>
    <message>
        <source>Group by</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုခွဲရန်</translation>
    </message>
    <message>
        <source>against:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ရန်:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယား:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်:</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကိန်းရှင်:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုခွဲရန်:</translation>
    </message>
    <message>
        <source>Open a survey to build a chart</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်ဖန်တီးရန် စစ်တမ်းတစ်ခု ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုမခွဲ</translation>
    </message>
    <message>
        <source>Nothing to chart: no table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်ဆွဲစရာ မရှိ: ဇယား မရှိပါ</translation>
    </message>
    <message>
        <source>Pay is in different currencies ({c}).
Choose one country first, or chart wage ÷ minimum wage.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ခများသည် ငွေကြေး မတူပါ ({c})။
နိုင်ငံတစ်ခုကို အရင်ရွေးပါ၊ သို့မဟုတ် “လုပ်ခ ÷ အနိမ့်ဆုံးလုပ်ခ” ကို ဂရပ်ဆွဲပါ။</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန်
အလွန်နည်း</translation>
    </message>
    <message>
        <source>Spread of {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{v} ၏ ပျံ့နှံ့မှု</translation>
    </message>
    <message>
        <source>Distribution of {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{v} ၏ ဖြန့်ဝေမှု</translation>
    </message>
    <message>
        <source>Number of {who}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{who} အရေအတွက်</translation>
    </message>
    <message>
        <source>95% CI, clustered by firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>95% ယုံကြည်မှုကြားကာလ၊ လုပ်ငန်းအလိုက် အစုဖွဲ့</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>95% ယုံကြည်မှုကြားကာလ</translation>
    </message>
    <message>
        <source>Share: {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အချိုး: {v}</translation>
    </message>
    <message>
        <source>Mean: {v}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျမ်းမျှ: {v}</translation>
    </message>
    <message>
        <source>Choose a second variable</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒုတိယ ကိန်းရှင်ကို ရွေးပါ</translation>
    </message>
    <message>
        <source>{y} against {x}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{y} နှင့် {x}</translation>
    </message>
</context>
<context>
    <name>DataFrameTableModel</name>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကုဒ် {code}</translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အညွှန်း: {label}</translation>
    </message>
    <message>
        <source>Column {code} in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ရှိ ကော်လံ {code}</translation>
    </message>
    <message>
        <source>Derived: computed by Upgrading Explorer, not in the source file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆင့်ပွား: Upgrading Explorer က တွက်ချက်ထားသည်၊ မူရင်းဖိုင်တွင် မပါပါ</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>The rows could not be exported.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အတန်းများကို ထုတ်ယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <source>Saved {n} rows to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အတန်း {n} တန်းကို {name} တွင် သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ် Excel ဖိုင် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Excel ဖိုင် (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစီရင်ခံစာ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
    </message>
    <message>
        <source>Export analysis as Python script</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှုကို Python script အဖြစ် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Python script ဖိုင် (*.py)</translation>
    </message>
    <message>
        <source>the default rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မူလ စည်းမျဉ်းများ</translation>
    </message>
    <message>
        <source>edited in the rule editor (see Rules)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်း တည်းဖြတ်ကိရိယာတွင် ပြင်ထားသည် (စည်းမျဉ်းများ ကိုကြည့်ပါ)</translation>
    </message>
    <message>
        <source>{firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {firms} ခု၊ အလုပ်သမား {workers} ဦး</translation>
    </message>
    <message>
        <source>Could not export the results</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ်များကို ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <source>The results workbook could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ် Excel ဖိုင်ကို “{name}” တွင် ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားဖိုဒါကို ရွေးပါ၊ သို့မဟုတ် အခြားပရိုဂရမ်က ဖိုင်ကို ဖွင့်ထားပါက ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>Saved the results to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ်များကို {name} တွင် သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစီရင်ခံစာကို ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <source>The report could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစီရင်ခံစာကို “{name}” တွင် ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Saved the report to {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစီရင်ခံစာကို {name} တွင် သိမ်းပြီး</translation>
    </message>
    <message>
        <source>Could not export the script</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>script ကို ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <source>The script could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>script ကို “{name}” တွင် ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားဖိုဒါကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Saved the script {name} (it opens {project})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>script {name} ကို သိမ်းပြီး (၎င်းက {project} ကို ဖွင့်သည်)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>What the survey says about this subset: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအစုခွဲအကြောင်း စစ်တမ်းက ပြသည်များ: လုပ်ငန်း {firms} ခု၊ အလုပ်သမား {workers} ဦး</translation>
    </message>
    <message>
        <source>No finding for this subset: it has no upgrading types or no workers.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအစုခွဲအတွက် တွေ့ရှိချက် မရှိပါ: အဆင့်မြှင့်တင်မှု အမျိုးအစား သို့မဟုတ် အလုပ်သမား မရှိပါ။</translation>
    </message>
    <message>
        <source>Click a statement to see the chart and table behind it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖော်ပြချက်တစ်ခုကို နှိပ်၍ ၎င်း၏ နောက်ကွယ်ရှိ ဂရပ်နှင့် ဇယားကို ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>⚠ Provisional: the adjusted gaps and the tests for few firms are still being computed. These statements are updated when they are ready.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>⚠ ယာယီ: ချိန်ညှိထားသော ကွာဟချက်များနှင့် လုပ်ငန်းနည်းသည့်အတွက် စစ်ဆေးမှုများကို တွက်ချက်နေဆဲ ဖြစ်သည်။ ပြီးသည့်အခါ ဤဖော်ပြချက်များကို အပ်ဒိတ်လုပ်မည်။</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import review</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တင်သွင်းမှု ပြန်စစ်ခြင်း</translation>
    </message>
    <message>
        <source>Check how “{name}” was read</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို မည်သို့ ဖတ်ခဲ့သည်ကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>Upgrading Explorer has read &lt;b&gt;{name}&lt;/b&gt;. Check what each sheet is and what each column means; change anything that is wrong, then press &lt;b&gt;Accept&lt;/b&gt;. Your choices are remembered for this file.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer သည် &lt;b&gt;{name}&lt;/b&gt; ကို ဖတ်ပြီးပါပြီ။ စာရွက်တစ်ခုစီသည် ဘာဖြစ်သည်၊ ကော်လံတစ်ခုစီ၏ အဓိပ္ပာယ်ကို စစ်ဆေးပါ၊ မှားနေသည်များကို ပြင်ပြီး &lt;b&gt;လက်ခံရန်&lt;/b&gt; ကို နှိပ်ပါ။ သင့်ရွေးချယ်မှုများကို ဤဖိုင်အတွက် မှတ်ထားမည်။</translation>
    </message>
    <message>
        <source>Sheets in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ရှိ စာရွက်များ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက်</translation>
    </message>
    <message>
        <source>What it is</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဘာဖြစ်သည်</translation>
    </message>
    <message>
        <source>Header row</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခေါင်းစီးအတန်း</translation>
    </message>
    <message>
        <source>Rows</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အတန်းများ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများ</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက်ကို အစမ်းကြည့်ခြင်း</translation>
    </message>
    <message>
        <source>Which table&apos;s columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မည်သည့်ဇယား၏ ကော်လံများ</translation>
    </message>
    <message>
        <source>Firm table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းဇယား</translation>
    </message>
    <message>
        <source>Worker table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားဇယား</translation>
    </message>
    <message>
        <source>Columns and their roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများနှင့် ၎င်းတို့၏ အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Column</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံ</translation>
    </message>
    <message>
        <source>Role</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>How sure</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သေချာမှု</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဖြေမရှိကုဒ်များ</translation>
    </message>
    <message>
        <source>Question and examples</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မေးခွန်းနှင့် ဥပမာများ</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခန်းကဏ္ဍ ပြောင်းရန်…</translation>
    </message>
    <message>
        <source>Choose what the selected column means (F2 on a missing-codes cell edits the codes)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးထားသော ကော်လံ၏ အဓိပ္ပာယ်ကို ရွေးပါ (အဖြေမရှိကုဒ် အကွက်ပေါ်တွင် F2 နှိပ်လျှင် ကုဒ်များကို ပြင်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Columns of:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများ ပြမည့်ဇယား:</translation>
    </message>
    <message>
        <source>Spellings read as one value</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တန်ဖိုးတစ်ခုတည်းအဖြစ် ဖတ်သော စာလုံးပေါင်းများ</translation>
    </message>
    <message>
        <source>Category column</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးအစား ကော်လံ</translation>
    </message>
    <message>
        <source>Answers and how they are read</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဖြေများနှင့် ၎င်းတို့ကို ဖတ်ပုံ</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ထဲရှိ အဖြေ</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အရေအတွက်</translation>
    </message>
    <message>
        <source>Read as (edit to merge)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖတ်ပုံ (ပေါင်းရန် ပြင်ပါ)</translation>
    </message>
    <message>
        <source>Spellings the app read as one value:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အက်ပ်က တန်ဖိုးတစ်ခုတည်းအဖြစ် ဖတ်သော စာလုံးပေါင်းများ:</translation>
    </message>
    <message>
        <source>Answers of the category column:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးအစား ကော်လံ၏ အဖြေများ:</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာတွင် တွေ့ရှိသော ပြဿနာများ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Row</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အတန်း</translation>
    </message>
    <message>
        <source>Questions the import could not decide</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တင်သွင်းမှုက မဆုံးဖြတ်နိုင်သော မေးခွန်းများ</translation>
    </message>
    <message>
        <source>The file does not decide these. The best guess is used now; choose another answer if it is wrong, or press “This is right”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်က ဤအရာများကို မဆုံးဖြတ်ပေးပါ။ အကောင်းဆုံး ခန့်မှန်းချက်ကို ယခု သုံးထားသည်၊ မှားပါက အခြားအဖြေကို ရွေးပါ၊ သို့မဟုတ် “ဤအတိုင်း မှန်သည်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>What was assumed or changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယူဆထားသည် သို့မဟုတ် ပြောင်းလဲထားသည်များ</translation>
    </message>
    <message>
        <source>What was done</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ဆောင်ခဲ့သည်</translation>
    </message>
    <message>
        <source>What was found</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တွေ့ရှိခဲ့သည်</translation>
    </message>
    <message>
        <source>Columns and roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံနှင့် အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစမ်းကြည့်</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာလုံးပေါင်းများ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြဿနာများ</translation>
    </message>
    <message>
        <source>Accept</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လက်ခံရန်</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ခြင်းကို ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>That change could not be made ({error}).</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထိုပြောင်းလဲမှုကို လုပ်၍ မရပါ ({error})။</translation>
    </message>
    <message>
        <source>This is right</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအတိုင်း မှန်သည်</translation>
    </message>
    <message>
        <source>Keep the answer shown and close this question</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြထားသော အဖြေကို ထားပြီး ဤမေးခွန်းကို ပိတ်ရန်</translation>
    </message>
    <message>
        <source>What was assumed or changed ({n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယူဆထားသည် သို့မဟုတ် ပြောင်းလဲထားသည်များ ({n})</translation>
    </message>
    <message>
        <source>Nothing was assumed or changed: every answer is read as the file writes it.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မည်သည့်အရာကိုမျှ ယူဆခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း မရှိပါ: အဖြေတိုင်းကို ဖိုင်တွင် ရေးထားသည့်အတိုင်း ဖတ်သည်။</translation>
    </message>
    <message>
        <source>{message}

Click to see it in the preview.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{message}

အစမ်းကြည့်တွင် ကြည့်ရန် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>What sheet {name} is</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက် {name} သည် ဘာဖြစ်သည်</translation>
    </message>
    <message>
        <source>Header row of {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ၏ ခေါင်းစီးအတန်း</translation>
    </message>
    <message>
        <source>The row (as Excel numbers it) that holds the column names</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံအမည်များ ပါသော အတန်း (Excel တွင် နံပါတ်တပ်ထားသည့်အတိုင်း)</translation>
    </message>
    <message>
        <source>—</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: column names from row {row}; the numbers on the left are the rows as Excel shows them.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက် “{sheet}”: ကော်လံအမည်များကို အတန်း {row} မှ ယူသည်၊ ဘယ်ဘက်ရှိ နံပါတ်များသည် Excel တွင် ပြသည့် အတန်းနံပါတ်များ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>File “{sheet}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင် “{sheet}”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: {message}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက် “{sheet}”၊ အတန်း {row}: {message}</translation>
    </message>
    <message>
        <source>Double-click or press “Change role…” to change it</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြောင်းရန် နှစ်ချက်နှိပ်ပါ သို့မဟုတ် “အခန်းကဏ္ဍ ပြောင်းရန်…” ကို နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Not sure: please check this one</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသေချာပါ: ဤတစ်ခုကို စစ်ဆေးပေးပါ</translation>
    </message>
    <message>
        <source>Answers that mean “no answer” (e.g. 98, 99, Don&apos;t know). Separate them with commas.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“အဖြေမရှိ” ဟု အဓိပ္ပာယ်ရသော အဖြေများ (ဥပမာ 98, 99, မသိပါ)။ ကော်မာဖြင့် ခွဲပါ။</translation>
    </message>
    <message>
        <source>No sheet is used as this table. Choose one above under “What it is”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဇယားအဖြစ် မည်သည့်စာရွက်ကိုမျှ မသုံးထားပါ။ အပေါ်ရှိ “ဘာဖြစ်သည်” အောက်တွင် တစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {n} of {total} columns have a role. Columns without a role stay visible in the tables.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရွက် “{sheet}”: ကော်လံ {total} ခုအနက် {n} ခုတွင် အခန်းကဏ္ဍ ရှိသည်။ အခန်းကဏ္ဍ မရှိသော ကော်လံများကို ဇယားများတွင် ဆက်မြင်ရမည်။</translation>
    </message>
    <message>
        <source>No different spellings of the same answer were found.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တူညီသော အဖြေ၏ မတူသော စာလုံးပေါင်းများ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမှား</translation>
    </message>
    <message>
        <source>Check</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>{message}

Click to see this row.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{message}

ဤအတန်းကို ကြည့်ရန် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြဿနာများ ({n})</translation>
    </message>
    <message>
        <source>{n} error(s) to look at before accepting</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လက်မခံမီ ကြည့်ရန် အမှား {n} ခု</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recognising the questions</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မေးခွန်းများကို ခွဲခြားသိရှိနေသည်</translation>
    </message>
    <message>
        <source>Building the survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းကို တည်ဆောက်နေသည်</translation>
    </message>
    <message>
        <source>Looking for choices made before</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခင်က ရွေးချယ်ထားမှုများကို ရှာနေသည်</translation>
    </message>
    <message>
        <source>Computing upgrading types and worker measures</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားများနှင့် အလုပ်သမား တိုင်းတာချက်များကို တွက်ချက်နေသည်</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Firms table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းဇယား</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Workers table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားဇယား</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Survey summary</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း အနှစ်ချုပ်</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်နေမှု အခြေအနေ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ဖွင့်ခြင်းကို ရပ်ရန် (Esc)</translation>
    </message>
    <message>
        <source>Updating the analysis…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှုကို အပ်ဒိတ်လုပ်နေသည်…</translation>
    </message>
    <message>
        <source>Updating the analysis</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှုကို အပ်ဒိတ်လုပ်နေသည်</translation>
    </message>
    <message>
        <source>Workshop mode: individual firms hidden</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲမုဒ်: လုပ်ငန်းတစ်ခုချင်းကို ဖျောက်ထားသည်</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခြင်း</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <source>Worker outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား ရလဒ်များ</translation>
    </message>
    <message>
        <source>Economic × social</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စီးပွားရေး × လူမှုရေး</translation>
    </message>
    <message>
        <source>Chart builder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂရပ်ဖန်တီးကိရိယာ</translation>
    </message>
    <message>
        <source>Upgrading Explorer — {title}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer — {title}</translation>
    </message>
    <message>
        <source>{title} (changed, not saved)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{title} (ပြောင်းထားသည်၊ မသိမ်းရသေး)</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း 1 ခု</translation>
    </message>
    <message>
        <source>{count} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {count} ခု</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား 1 ဦး</translation>
    </message>
    <message>
        <source>{count} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား {count} ဦး</translation>
    </message>
    <message>
        <source>{title} · {firms} · {workers}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{title} · {firms} · {workers}</translation>
    </message>
    <message>
        <source> · in the subset: {firms}, {workers}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> · အစုခွဲတွင်: {firms}၊ {workers}</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသုံးပြုသူလမ်းညွှန်</translation>
    </message>
    <message>
        <source>The workshop handout</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲ လက်ကမ်းစာစောင်</translation>
    </message>
    <message>
        <source>{what} is not installed with this copy of Upgrading Explorer (it should be at {path}). Ask whoever gave you the program for a complete copy, or read the guide in the docs folder of the source.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{what} ကို ဤ Upgrading Explorer မိတ္တူနှင့်အတူ ထည့်သွင်းမထားပါ ({path} တွင် ရှိသင့်သည်)။ ပရိုဂရမ်ပေးသူထံမှ အပြည့်အစုံ မိတ္တူကို တောင်းပါ၊ သို့မဟုတ် source ၏ docs ဖိုဒါရှိ လမ်းညွှန်ကို ဖတ်ပါ။</translation>
    </message>
    <message>
        <source>{what} could not be opened: no program on this computer opened {path}. Open the file yourself from that folder.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{what} ကို ဖွင့်၍ မရပါ: ဤကွန်ပျူတာရှိ မည်သည့်ပရိုဂရမ်ကမျှ {path} ကို မဖွင့်ပါ။ ထိုဖိုဒါမှ ဖိုင်ကို ကိုယ်တိုင် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>No survey open. Use File → Open… or drop a survey file on this window.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ထားသော စစ်တမ်း မရှိပါ။ ဖိုင် → ဖွင့်ရန်… ကို သုံးပါ၊ သို့မဟုတ် စစ်တမ်းဖိုင်ကို ဤဝင်းဒိုးပေါ်သို့ ဆွဲချပါ။</translation>
    </message>
    <message>
        <source>Surveys and projects (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းများနှင့် ပရောဂျက်များ (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt *.dta *.sav *.zsav *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Open a survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းတစ်ခု ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Economic and social upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စီးပွားရေးနှင့် လူမှုရေး အဆင့်မြှင့်တင်ခြင်း</translation>
    </message>
    <message>
        <source>Workers counted in the firm mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းပျမ်းမျှတွင် ထည့်တွက်သော အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>Social cut-off</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လူမှုရေး ဖြတ်မှတ်</translation>
    </message>
    <message>
        <source>median of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ၏ အလယ်ကိန်း</translation>
    </message>
    <message>
        <source>mean of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ၏ ပျမ်းမျှ</translation>
    </message>
    <message>
        <source>this value:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤတန်ဖိုး:</translation>
    </message>
    <message>
        <source>Social cut-off value</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လူမှုရေး ဖြတ်မှတ်တန်ဖိုး</translation>
    </message>
    <message>
        <source>Social score over:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လူမှုရေးရမှတ်တွင် ပါဝင်သူ:</translation>
    </message>
    <message>
        <source>Cut-off:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြတ်မှတ်:</translation>
    </message>
    <message>
        <source>Economic upgrading score (number of types, 0–4)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စီးပွားရေး အဆင့်မြှင့်တင်မှု ရမှတ် (အမျိုးအစား အရေအတွက်၊ 0–4)</translation>
    </message>
    <message>
        <source>Firms in each quadrant</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လေးပုံတစ်ပုံ အကွက်တစ်ခုစီရှိ လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Open a survey to see the matrix</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မက်ထရစ်ကို ကြည့်ရန် စစ်တမ်းတစ်ခု ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>all workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားအားလုံး</translation>
    </message>
    <message>
        <source>No measurable-standards index for these workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအလုပ်သမားများအတွက် တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း မရှိပါ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>Upgraded (any type)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခဲ့ (မည်သည့်အမျိုးအစားမဆို)</translation>
    </message>
    <message>
        <source>Not upgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မမြှင့်တင်ခဲ့</translation>
    </message>
    <message>
        <source>Upgrading unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု မသိရ</translation>
    </message>
    <message>
        <source>median</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလယ်ကိန်း</translation>
    </message>
    <message>
        <source>mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျမ်းမျှ</translation>
    </message>
    <message>
        <source>cut-off</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြတ်မှတ်</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခဲ့</translation>
    </message>
    <message>
        <source>MS above {w}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>MS သည် {w} အထက်</translation>
    </message>
    <message>
        <source>MS at or below {w}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>MS သည် {w} နှင့်ညီ သို့မဟုတ် အောက်</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း 1 ခု</translation>
    </message>
    <message>
        <source>{n} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {n} ခု</translation>
    </message>
    <message>
        <source>Economic × social upgrading ({n} firms; MS over {over})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စီးပွားရေး × လူမှုရေး အဆင့်မြှင့်တင်ခြင်း (လုပ်ငန်း {n} ခု၊ MS တွက်သည့်အုပ်စု: {over})</translation>
    </message>
    <message>
        <source>Firm mean of measurable standards index (0–1)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း၏ လုပ်ငန်းပျမ်းမျှ (0–1)</translation>
    </message>
    <message>
        <source>All workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားအားလုံး</translation>
    </message>
    <message>
        <source>all</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းပြချက်</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စု</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firms in each quadrant, by breakdown&lt;/b&gt; (MS above / at or below each breakdown&apos;s {w})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>&lt;b&gt;လေးပုံတစ်ပုံ အကွက်တစ်ခုစီရှိ လုပ်ငန်းများ၊ ခွဲခြမ်းပြချက်အလိုက်&lt;/b&gt; (MS သည် ခွဲခြမ်းပြချက်တစ်ခုစီ၏ {w} အထက် / ညီ သို့မဟုတ် အောက်)</translation>
    </message>
    <message>
        <source>Social cut-off = {cut:.2f}; points at the line count as at or below. {k} firms are not shown: none of these workers there has an MS index.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လူမှုရေး ဖြတ်မှတ် = {cut:.2f}၊ မျဉ်းပေါ်ရှိ အစက်များကို “ညီ သို့မဟုတ် အောက်” ဟု ရေတွက်သည်။ လုပ်ငန်း {k} ခုကို မပြပါ: ထိုလုပ်ငန်းများရှိ ဤအလုပ်သမားများထဲမှ မည်သူ့တွင်မျှ MS ညွှန်းကိန်း မရှိပါ။</translation>
    </message>
    <message>
        <source>Each point is a firm (moved a little sideways so points do not hide each other).</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစက်တစ်စက်သည် လုပ်ငန်းတစ်ခု ဖြစ်သည် (အစက်များ တစ်ခုနှင့်တစ်ခု မဖုံးမိရန် ဘေးသို့ အနည်းငယ် ရွှေ့ထားသည်)။</translation>
    </message>
    <message>
        <source>Cut-off ({w})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖြတ်မှတ် ({w})</translation>
    </message>
    <message>
        <source>Too few to show: fewer than {f} firms or {w} workers have an MS index here</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန် အလွန်နည်းသည်: ဤနေရာတွင် MS ညွှန်းကိန်းရှိသော လုပ်ငန်း {f} ခု သို့မဟုတ် အလုပ်သမား {w} ဦးအောက်သာ ရှိသည်</translation>
    </message>
</context>
<context>
    <name>OpenController</name>
    <message>
        <source>Opening files is not available</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ဖွင့်ခြင်း မရနိုင်ပါ</translation>
    </message>
    <message>
        <source>This window was started without a file reader.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဝင်းဒိုးကို ဖိုင်ဖတ်စနစ် မပါဘဲ စတင်ထားသည်။</translation>
    </message>
    <message>
        <source>Start Upgrading Explorer with “python main.py”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer ကို “python main.py” ဖြင့် စတင်ပါ။</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Stopped opening {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ဖွင့်ခြင်းကို ရပ်လိုက်သည်</translation>
    </message>
    <message>
        <source>{name} was not opened</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ကို မဖွင့်ခဲ့ပါ</translation>
    </message>
    <message>
        <source>Where is “{name}” now? The project needs it</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” သည် ယခု မည်သည့်နေရာတွင် ရှိသနည်း။ ပရောဂျက်အတွက် လိုအပ်သည်</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>The data has changed</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာ ပြောင်းလဲသွားပြီ</translation>
    </message>
    <message>
        <source>{names} changed since this project was saved.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤပရောဂျက်ကို သိမ်းပြီးနောက် {names} ပြောင်းလဲသွားသည်။</translation>
    </message>
    <message>
        <source>The numbers will be computed from the file as it is now, so they may differ from the ones you saved. If this is not the file you meant, choose Cancel: the survey you have open stays open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကိန်းဂဏန်းများကို ဖိုင်၏ လက်ရှိအခြေအနေမှ တွက်မည်ဖြစ်ရာ သင်သိမ်းခဲ့သည့် ကိန်းဂဏန်းများနှင့် ကွာနိုင်သည်။ ဤဖိုင်သည် သင်ရည်ရွယ်သော ဖိုင် မဟုတ်ပါက “ပယ်ဖျက်ရန်” ကို ရွေးပါ: သင်ဖွင့်ထားသော စစ်တမ်း ဆက်ဖွင့်ထားမည်။</translation>
    </message>
    <message>
        <source>Open with the file as it is now</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်၏ လက်ရှိအတိုင်း ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Data from another folder</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားဖိုင်တွဲမှ ဒေတာ</translation>
    </message>
    <message>
        <source>This project reads data from outside its own folder:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤပရောဂျက်သည် ၎င်း၏ ဖိုင်တွဲအပြင်ဘက်မှ ဒေတာကို ဖတ်သည်-</translation>
    </message>
    <message>
        <source>A project file you received could name any file on this computer. Read it only if you expect this project to use that file; otherwise choose Cancel: nothing is read and the survey you have open stays open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သင်လက်ခံရရှိသော ပရောဂျက်ဖိုင်သည် ဤကွန်ပျူတာပေါ်ရှိ မည်သည့်ဖိုင်ကိုမဆို ညွှန်းနိုင်သည်။ ဤပရောဂျက်က ထိုဖိုင်ကို အသုံးပြုမည်ဟု သင်သိမှသာ ဖတ်ပါ။ မဟုတ်ပါက မလုပ်တော့ပါ ကို ရွေးပါ- ဘာမှ မဖတ်ဘဲ ဖွင့်ထားသော စစ်တမ်း ဆက်ဖွင့်ထားမည်။</translation>
    </message>
    <message>
        <source>Read this file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဖိုင်ကို ဖတ်ပါ</translation>
    </message>
    <message>
        <source>The survey you had open is still open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သင်ဖွင့်ထားသော စစ်တမ်း ဆက်ဖွင့်ထားဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Upgrading Explorer could not open “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer သည် “{name}” ကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>This is probably a problem in Upgrading Explorer, not in your file. Your previous survey is still open. Please send the details below to the team.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤသည်မှာ သင့်ဖိုင်တွင် မဟုတ်ဘဲ Upgrading Explorer တွင် ပြဿနာ ဖြစ်နိုင်သည်။ သင့်ယခင်စစ်တမ်း ဆက်ဖွင့်ထားဆဲ ဖြစ်သည်။ အောက်ပါ အသေးစိတ်ကို အဖွဲ့ထံ ပို့ပေးပါ။</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖိုင်ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စာရင်းကို ရှင်းရန်</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မကြာမီက ဖိုင် မရှိပါ</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Worker outcomes</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား ရလဒ်များ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Compare groups of</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်မည့် အုပ်စုများ</translation>
    </message>
    <message>
        <source>Side by side for each</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်ခုစီအတွက် ဘေးချင်းယှဉ်</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရလဒ်:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ရန်:</translation>
    </message>
    <message>
        <source>Side by side for each:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တစ်ခုစီအတွက် ဘေးချင်းယှဉ်:</translation>
    </message>
    <message>
        <source>Means with 95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျမ်းမျှနှင့် 95% ယုံကြည်မှုကြားကာလ</translation>
    </message>
    <message>
        <source>Spread (box plot)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျံ့နှံ့မှု (box plot)</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ဇယား</translation>
    </message>
    <message>
        <source>Open a survey to compare workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများကို နှိုင်းယှဉ်ရန် စစ်တမ်းတစ်ခု ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are compared only within one country. Choose one country in the subset, or pick “Wage ÷ minimum wage”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ခများသည် {c} ဖြင့် ဖြစ်သည်: ငွေဖြင့် လုပ်ခကို နိုင်ငံတစ်ခုအတွင်း၌သာ နှိုင်းယှဉ်သည်။ အစုခွဲတွင် နိုင်ငံတစ်ခုကို ရွေးပါ၊ သို့မဟုတ် “လုပ်ခ ÷ အနိမ့်ဆုံးလုပ်ခ” ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တွက်ချက်နေသည်…</translation>
    </message>
    <message>
        <source>No worker outcome is known in this survey: no column was read as wage, training, contract, hours or promotion.
Give the columns their roles with File → Review import again…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤစစ်တမ်းတွင် သိရသော အလုပ်သမား ရလဒ် မရှိပါ: လုပ်ခ၊ လေ့ကျင့်သင်ကြားမှု၊ စာချုပ်၊ အလုပ်ချိန် သို့မဟုတ် ရာထူးတိုးမှုအဖြစ် ဖတ်ထားသော ကော်လံ မရှိပါ။
ဖိုင် → တင်သွင်းမှုကို ပြန်စစ်ရန်… ဖြင့် ကော်လံများကို အခန်းကဏ္ဍ သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Nobody: one bar per group</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မခွဲ: အုပ်စုတစ်ခုလျှင် တိုင်တစ်ခု</translation>
    </message>
    <message>
        <source>Could not compare: {m}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်၍ မရပါ: {m}</translation>
    </message>
    <message>
        <source>No workers with this outcome in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲတွင် ဤရလဒ်ရှိသော အလုပ်သမား မရှိပါ</translation>
    </message>
    <message>
        <source>{f} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {f} ခု</translation>
    </message>
    <message>
        <source>{w} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမား {w} ဦး</translation>
    </message>
    <message>
        <source>too few
to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန်
အလွန်နည်း</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အချိုး</translation>
    </message>
    <message>
        <source>Mean</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျမ်းမျှ</translation>
    </message>
    <message>
        <source>{what}: {outcome} (95% CI, clustered by firm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{what}: {outcome} (95% ယုံကြည်မှုကြားကာလ၊ လုပ်ငန်းအလိုက် အစုဖွဲ့)</translation>
    </message>
    <message>
        <source> (reference: {r})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> (ရည်ညွှန်းအုပ်စု: {r})</translation>
    </message>
    <message>
        <source>Pay is in {c}: wages in money are shown only within one country. Showing wage ÷ minimum wage.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ခများသည် {c} ဖြင့် ဖြစ်သည်: ငွေဖြင့် လုပ်ခကို နိုင်ငံတစ်ခုအတွင်း၌သာ ပြသည်။ “လုပ်ခ ÷ အနိမ့်ဆုံးလုပ်ခ” ကို ပြထားသည်။</translation>
    </message>
    <message>
        <source>No pay to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြရန် လုပ်ခ မရှိ</translation>
    </message>
    <message>
        <source>Choose one country
to see the spread of pay</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ခ ပျံ့နှံ့မှုကို ကြည့်ရန်
နိုင်ငံတစ်ခုကို ရွေးပါ</translation>
    </message>
    <message>
        <source>(+{n} more notes: point here to read them)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>(+ နောက်ထပ် မှတ်ချက် {n} ခု: ဖတ်ရန် ဤနေရာကို ညွှန်ပါ)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြစရာ မရှိ</translation>
    </message>
    <message>
        <source>n={n}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>n={n}</translation>
    </message>
    <message>
        <source>Spread (median and middle half)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပျံ့နှံ့မှု (အလယ်ကိန်းနှင့် အလယ်တစ်ဝက်)</translation>
    </message>
    <message>
        <source>95% CI {low} to {high}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>95% ယုံကြည်မှုကြားကာလ {low} မှ {high}</translation>
    </message>
    <message>
        <source>Holding constant: {controls}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပုံသေထားသည်: {controls}</translation>
    </message>
    <message>
        <source>p-value {p}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>p-တန်ဖိုး {p}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{low} မှ {high}</translation>
    </message>
    <message>
        <source>reference</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရည်ညွှန်း</translation>
    </message>
    <message>
        <source>{diff} pts</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{diff} ရာခိုင်နှုန်းမှတ်</translation>
    </message>
    <message>
        <source>Adjusted for the {n} tests in this table (Holm): with many tests, some p-values are small by chance alone</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဇယားရှိ စမ်းသပ်မှု {n} ခုအတွက် ချိန်ညှိထားသည် (Holm): စမ်းသပ်မှုများလျှင် p-တန်ဖိုးအချို့သည် အခွင့်ကြုံ၍သာ ငယ်နိုင်သည်</translation>
    </message>
    <message>
        <source>Subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>95% ယုံကြည်မှုကြားကာလ</translation>
    </message>
    <message>
        <source>Difference from {r}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{r} နှင့် ကွာခြားချက်</translation>
    </message>
    <message>
        <source>Adjusted difference</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ချိန်ညှိထားသော ကွာခြားချက်</translation>
    </message>
    <message>
        <source>p-value</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>p-တန်ဖိုး</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>p (Holm ချိန်ညှိ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Some groups have fewer than {n} firms: their ranges are rough (see Note).</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုအချို့တွင် လုပ်ငန်း {n} ခုအောက်သာ ရှိသည်: ၎င်းတို့၏ အပိုင်းအခြားများသည် အကြမ်းဖျင်းသာ ဖြစ်သည် (“မှတ်ချက်” ကိုကြည့်ပါ)။</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Role of column “{column}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံ “{column}” ၏ အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Type to search roles (English or Tiếng Việt)…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခန်းကဏ္ဍ ရှာရန် ရိုက်ပါ (English သို့မဟုတ် Tiếng Việt)…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခန်းကဏ္ဍ ရှာရန်</translation>
    </message>
    <message>
        <source>Roles</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခန်းကဏ္ဍများ</translation>
    </message>
    <message>
        <source>(no role) — the column is kept for browsing only</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>(အခန်းကဏ္ဍ မရှိ) — ကော်လံကို ကြည့်ရှုရန်အတွက်သာ ထားသည်</translation>
    </message>
    <message>
        <source>Use this role</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအခန်းကဏ္ဍကို သုံးရန်</translation>
    </message>
    <message>
        <source>No role matches “{text}”. Try another word, or choose “(no role)”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{text}” နှင့် ကိုက်ညီသော အခန်းကဏ္ဍ မရှိပါ။ အခြားစကားလုံးဖြင့် စမ်းပါ၊ သို့မဟုတ် “(အခန်းကဏ္ဍ မရှိ)” ကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule editor</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်း တည်းဖြတ်ကိရိယာ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upgrading rules&lt;/b&gt;</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>&lt;b&gt;အဆင့်မြှင့်တင်မှု စည်းမျဉ်းများ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A type is “yes” when any ticked item is yes. Untick an item or change a threshold to see what would change.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမှန်ခြစ်ထားသော အချက်တစ်ခုခုသည် “ဟုတ်” ဖြစ်လျှင် အမျိုးအစားသည် “ဟုတ်” ဖြစ်သည်။ ဘာပြောင်းမည်ကို ကြည့်ရန် အချက်တစ်ခု၏ အမှန်ခြစ်ကို ဖြုတ်ပါ သို့မဟုတ် သတ်မှတ်တန်ဖိုးကို ပြောင်းပါ။</translation>
    </message>
    <message>
        <source>Rule items</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်း အချက်များ</translation>
    </message>
    <message>
        <source>Item</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အချက်</translation>
    </message>
    <message>
        <source>Test</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်ဆေးပုံ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <source>Undo edits</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြင်ဆင်မှုများကို ပြန်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်နိမ့်ကျခြင်း</translation>
    </message>
    <message>
        <source> — any of</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> — တစ်ခုခု</translation>
    </message>
    <message>
        <source> — all of</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> — အားလုံး</translation>
    </message>
    <message>
        <source>Test for {item}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{item} အတွက် စစ်ဆေးပုံ</translation>
    </message>
    <message>
        <source>Threshold for {item}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{item} အတွက် သတ်မှတ်တန်ဖိုး</translation>
    </message>
    <message>
        <source>Tick at least one item: no upgrading type is left</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အနည်းဆုံး အချက်တစ်ခုကို အမှန်ခြစ်ပါ: အဆင့်မြှင့်တင်မှု အမျိုးအစား တစ်ခုမျှ မကျန်တော့ပါ</translation>
    </message>
    <message>
        <source>No firms to preview</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစမ်းကြည့်ရန် လုပ်ငန်း မရှိပါ</translation>
    </message>
    <message>
        <source>These are the rules in use.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤသည်တို့မှာ အသုံးပြုနေသော စည်းမျဉ်းများ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>1 firm changes category</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း 1 ခု အမျိုးအစား ပြောင်းမည်</translation>
    </message>
    <message>
        <source>{n} firms change category</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {n} ခု အမျိုးအစား ပြောင်းမည်</translation>
    </message>
    <message>
        <source>Firms with each type (of {n}): </source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးအစားတစ်ခုစီရှိ လုပ်ငန်းများ ({n} ခုအနက်): </translation>
    </message>
    <message>
        <source>Moves: </source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြောင်းရွှေ့မှုများ: </translation>
    </message>
</context>
<context>
    <name>SelectionController</name>
    <message>
        <source>Selected: {firms} firms, {workers} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးထားသည်: လုပ်ငန်း {firms} ခု၊ အလုပ်သမား {workers} ဦး</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Save subset “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ “{name}” ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Rename subset “{old}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ “{old}” ကို အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နောက်ပြန်ရန်</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြန်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Tick values in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲတွင် တန်ဖိုးများကို အမှန်ခြစ်ရန်</translation>
    </message>
    <message>
        <source>Change a range of the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ၏ အပိုင်းအခြားကို ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Clear the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲကို ရှင်းရန်</translation>
    </message>
    <message>
        <source>Use a saved subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းထားသော အစုခွဲကို သုံးရန်</translation>
    </message>
    <message>
        <source>Delete subset “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ “{name}” ကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ခြင်း ရပ်ရန်</translation>
    </message>
    <message>
        <source>Compare with another subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားအစုခွဲနှင့် နှိုင်းယှဉ်ရန်</translation>
    </message>
    <message>
        <source>Reset the rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်းများကို မူလအတိုင်း ပြန်ထားရန်</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်းများကို ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Change the project settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက် ဆက်တင်များကို ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Turn workshop mode on</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲမုဒ် ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Turn workshop mode off</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲမုဒ် ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Review the import</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တင်သွင်းမှုကို ပြန်စစ်ရန်</translation>
    </message>
    <message>
        <source>Save project</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Upgrading Explorer project (*.uex.json)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer ပရောဂျက် (*.uex.json)</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက်ကို သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <source>The project could not be written to “{name}”.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက်ကို “{name}” တွင် ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အခြားဖိုဒါကို ရွေးပါ၊ သို့မဟုတ် အခြားပရိုဂရမ်က ဖိုင်ကို ဖွင့်ထားပါက ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{name} ကို သိမ်းပြီး</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရောဂျက် ဆက်တင်များ</translation>
    </message>
    <message>
        <source>These settings are saved with the project and apply to every table, chart and export.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဆက်တင်များကို ပရောဂျက်နှင့်အတူ သိမ်းပြီး ဇယား၊ ဂရပ်နှင့် ထုတ်ယူမှု အားလုံးတွင် သက်ရောက်သည်။</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဒေတာလျှို့ဝှက်ရေး</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many firms:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအရေအတွက်ထက် နည်းသော လုပ်ငန်းများအပေါ် အခြေခံသည့် ကိန်းဂဏန်းကို ဖျောက်ရန်:</translation>
    </message>
    <message>
        <source>Hide a number based on fewer than this many workers:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအရေအတွက်ထက် နည်းသော အလုပ်သမားများအပေါ် အခြေခံသည့် ကိန်းဂဏန်းကို ဖျောက်ရန်:</translation>
    </message>
    <message>
        <source>Warn when a group has fewer than this many firms:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အုပ်စုတစ်ခုတွင် လုပ်ငန်း ဤအရေအတွက်ထက် နည်းလျှင် သတိပေးရန်:</translation>
    </message>
    <message>
        <source>Hidden numbers show as “suppressed”. With few firms, confidence intervals clustered by firm are unreliable, so such groups are flagged.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖျောက်ထားသော ကိန်းဂဏန်းများကို “ဖျောက်ထား” ဟု ပြသည်။ လုပ်ငန်းနည်းလျှင် လုပ်ငန်းအလိုက် အစုဖွဲ့ထားသော ယုံကြည်မှုကြားကာလများကို အားကိုး၍ မရပါ၊ ထို့အတွက် ထိုအုပ်စုများကို အမှတ်အသားပြုထားသည်။</translation>
    </message>
    <message>
        <source>Comparing workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများကို နှိုင်းယှဉ်ခြင်း</translation>
    </message>
    <message>
        <source>The adjusted difference holds these equal:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ချိန်ညှိထားသော ကွာခြားချက်တွင် ဤအရာများကို တူညီအောင် ထားသည်:</translation>
    </message>
    <message>
        <source>Use the survey&apos;s weights (when it has them)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း၏ အလေးချိန်များကို သုံးရန် (ရှိလျှင်)</translation>
    </message>
    <message>
        <source>Survey year by country (for the minimum wage, when the survey has no interview date):</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နိုင်ငံအလိုက် စစ်တမ်းနှစ် (စစ်တမ်းတွင် တွေ့ဆုံမေးမြန်းသည့်ရက်စွဲ မရှိလျှင် အနိမ့်ဆုံးလုပ်ခအတွက်):</translation>
    </message>
    <message>
        <source>e.g. Vietnam 2019, Thailand 2020</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဥပမာ Vietnam 2019, Thailand 2020</translation>
    </message>
    <message>
        <source>Workshop mode: hide individual firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဆွေးနွေးပွဲမုဒ်: လုပ်ငန်းတစ်ခုချင်းကို ဖျောက်ထားရန်</translation>
    </message>
    <message>
        <source>Hide the firms table, the firm list and firm ids in exports, for showing results to an audience. Totals, shares and charts stay as they are.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပရိသတ်အား ရလဒ်များ ပြသရန်အတွက် လုပ်ငန်းဇယား၊ လုပ်ငန်းစာရင်းနှင့် ထုတ်ယူမှုများရှိ လုပ်ငန်း ID များကို ဖျောက်ထားရန်။ စုစုပေါင်း၊ အချိုးနှင့် ဂရပ်များ မပြောင်းလဲပါ။</translation>
    </message>
</context>
<context>
    <name>SubsetPanel</name>
    <message>
        <source>Subset panel</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲအကန့်</translation>
    </message>
    <message>
        <source>Subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ</translation>
    </message>
    <message>
        <source>Subset size</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ အရွယ်အစား</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရှင်းရန်</translation>
    </message>
    <message>
        <source>Look at every firm and worker again</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းနှင့် အလုပ်သမား အားလုံးကို ပြန်ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Save…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Keep this subset under a name</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအစုခွဲကို အမည်တစ်ခုဖြင့် သိမ်းထားရန်</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းထားသည်များ</translation>
    </message>
    <message>
        <source>Use a subset saved before</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ယခင်က သိမ်းထားသော အစုခွဲကို သုံးရန်</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ရန်…</translation>
    </message>
    <message>
        <source>Compare this subset (A) with a saved one (B) in the analysis views</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှု မြင်ကွင်းများတွင် ဤအစုခွဲ (A) ကို သိမ်းထားသော အစုခွဲ (B) နှင့် နှိုင်းယှဉ်ရန်</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နှိုင်းယှဉ်ခြင်း ရပ်ရန်</translation>
    </message>
    <message>
        <source>Filter values</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တန်ဖိုးဖြင့် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အပိုင်းအခြားများ</translation>
    </message>
    <message>
        <source>No survey open</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖွင့်ထားသော စစ်တမ်း မရှိပါ</translation>
    </message>
    <message>
        <source>firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အလုပ်သမားများ</translation>
    </message>
    <message>
        <source>{facet} ({unit})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{facet} ({unit})</translation>
    </message>
    <message>
        <source>Tick values to keep only those {unit}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထိုတန်ဖိုးရှိသော {unit} ကိုသာ ထားရန် တန်ဖိုးများကို အမှန်ခြစ်ပါ</translation>
    </message>
    <message>
        <source>{role} of the {unit}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{unit} ၏ {role}</translation>
    </message>
    <message>
        <source>Leave empty for no limit</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကန့်သတ်ချက် မထားလိုလျှင် အလွတ်ထားပါ</translation>
    </message>
    <message>
        <source>Lowest in the survey: {value}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းတွင် အနိမ့်ဆုံး: {value}</translation>
    </message>
    <message>
        <source>Highest in the survey: {value}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းတွင် အမြင့်ဆုံး: {value}</translation>
    </message>
    <message>
        <source>{role}: {end}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{role}: {end}</translation>
    </message>
    <message>
        <source>from</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>to</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Type a number, or leave empty for no limit</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဂဏန်းတစ်ခု ရိုက်ပါ၊ သို့မဟုတ် ကန့်သတ်ချက် မထားလိုလျှင် အလွတ်ထားပါ</translation>
    </message>
    <message>
        <source>{n} ticked</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{n} ခု အမှန်ခြစ်ထား</translation>
    </message>
    <message>
        <source>This survey has no firms or workers yet</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤစစ်တမ်းတွင် လုပ်ငန်း သို့မဟုတ် အလုပ်သမား မရှိသေးပါ</translation>
    </message>
    <message>
        <source>{n} of {total} firms · {m} of {all} workers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း {total} ခုအနက် {n} ခု · အလုပ်သမား {all} ဦးအနက် {m} ဦး</translation>
    </message>
    <message>
        <source>(the workers come from {n} firms)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>(အလုပ်သမားများသည် လုပ်ငန်း {n} ခုမှ ဖြစ်သည်)</translation>
    </message>
    <message>
        <source>Save subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ သိမ်းရန်</translation>
    </message>
    <message>
        <source>Name of this subset:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအစုခွဲ၏ အမည်:</translation>
    </message>
    <message>
        <source>Rename subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ၏ အမည်သစ်:</translation>
    </message>
    <message>
        <source>No saved subsets yet: use Save…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>သိမ်းထားသော အစုခွဲ မရှိသေးပါ: “သိမ်းရန်…” ကို သုံးပါ</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို သုံးရန်</translation>
    </message>
    <message>
        <source>Rename</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Everyone (no filter)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး (စစ်ထုတ်မှု မရှိ)</translation>
    </message>
    <message>
        <source>everyone</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <source>Comparing A: this subset
with B: {name}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>A: ဤအစုခွဲကို
B: {name} နှင့် နှိုင်းယှဉ်နေသည်</translation>
    </message>
</context>
<context>
    <name>SurveyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with column &amp;names</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံအမည်များနှင့်အတူ ကူးယူရန်(&amp;N)</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံအားလုံး ပြရန်</translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>“{name}” ကို ဖျောက်ရန်</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများ</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search these rows…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤအတန်းများတွင် ရှာရန်…</translation>
    </message>
    <message>
        <source>Search {what}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{what} တွင် ရှာရန်</translation>
    </message>
    <message>
        <source>Columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများ</translation>
    </message>
    <message>
        <source>Hide or show columns</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကော်လံများ ဖျောက်ရန် သို့မဟုတ် ပြရန်</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <source>Copy the selected cells (paste into Excel)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးထားသော အကွက်များကို ကူးယူရန် (Excel တွင် ကူးထည့်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Save the rows shown to an Excel or CSV file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြထားသော အတန်းများကို Excel သို့မဟုတ် CSV ဖိုင်အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;Bold teal&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; columns are computed by the app</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>&lt;span style=&quot;color:{colour}&quot;&gt;&lt;b&gt;&lt;i&gt;စိမ်းပြာရောင် စာလုံးထူ&lt;/i&gt;&lt;/b&gt;&lt;/span&gt; ကော်လံများကို အက်ပ်က တွက်ချက်ထားသည်</translation>
    </message>
    <message>
        <source>{n} {noun}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{noun} {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} {noun} shown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{noun} {total} အနက် {shown} ကို ပြထားသည်</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Excel ဖိုင် (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>CSV စာသား (*.csv)</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပြထားသော အတန်းများ ထုတ်ယူရန်</translation>
    </message>
</context>
<context>
    <name>UpgradingView</name>
    <message>
        <source>Upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်ခြင်း</translation>
    </message>
    <message>
        <source>Split the bars by</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်များကို ခွဲရန်</translation>
    </message>
    <message>
        <source>Split the bars by:</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>တိုင်များကို ခွဲရန်:</translation>
    </message>
    <message>
        <source>Show or hide the upgrading rules beside the chart (hidden by themselves when the window is too narrow for both)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယားဘေးရှိ အဆင့်မြှင့်တင်မှု စည်းမျဉ်းများကို ပြ သို့မဟုတ် ဖျောက်ပါ (ဝင်းဒိုး ကျဉ်းလွန်း၍ နှစ်ခုလုံး မဆံ့သောအခါ အလိုအလျောက် ဖျောက်သည်)</translation>
    </message>
    <message>
        <source>Share of firms with each type of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားတစ်ခုစီ ရှိသော လုပ်ငန်းအချိုး</translation>
    </message>
    <message>
        <source>Share of firms, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအချိုး၊ % (95% ယုံကြည်မှုကြားကာလ)</translation>
    </message>
    <message>
        <source>Combinations of upgrading types</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစား ပေါင်းစပ်မှုများ</translation>
    </message>
    <message>
        <source>Number of firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း အရေအတွက်</translation>
    </message>
    <message>
        <source>Bargaining position with buyers</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဝယ်သူများနှင့် ညှိနှိုင်းနိုင်မှု အနေအထား</translation>
    </message>
    <message>
        <source>Downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်နိမ့်ကျခြင်း</translation>
    </message>
    <message>
        <source>Share of firms downgraded, % (95% CI)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်နိမ့်ကျခဲ့သော လုပ်ငန်းအချိုး၊ % (95% ယုံကြည်မှုကြားကာလ)</translation>
    </message>
    <message>
        <source>Types of upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစားများ</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပေါင်းစပ်မှုများ</translation>
    </message>
    <message>
        <source>Bargaining and downgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ညှိနှိုင်းနိုင်မှုနှင့် အဆင့်နိမ့်ကျမှု</translation>
    </message>
    <message>
        <source>Firms with their upgrading flags</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများနှင့် ၎င်းတို့၏ အဆင့်မြှင့်တင်မှု အမှတ်အသားများ</translation>
    </message>
    <message>
        <source>Firms, with why each is classed as it is (hover the explanation):</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများနှင့် တစ်ခုစီကို ထိုသို့ အမျိုးအစားခွဲရသည့် အကြောင်းရင်း (ရှင်းလင်းချက်ပေါ်တွင် မောက်စ်တင်ထားပါ):</translation>
    </message>
    <message>
        <source>Open a survey to see upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှုကို ကြည့်ရန် စစ်တမ်းတစ်ခု ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>Show rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်းများ ပြရန်</translation>
    </message>
    <message>
        <source>All firms together</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအားလုံး စုပေါင်း</translation>
    </message>
    <message>
        <source>{firms} firms · {workers} workers in the subset</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲတွင် လုပ်ငန်း {firms} ခု · အလုပ်သမား {workers} ဦး</translation>
    </message>
    <message>
        <source> · B: {firms} firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation> · B: လုပ်ငန်း {firms} ခု</translation>
    </message>
    <message>
        <source>A</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>B</translation>
    </message>
    <message>
        <source>All firms (n={n})</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းအားလုံး (n={n})</translation>
    </message>
    <message>
        <source>subset A vs B</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အစုခွဲ A နှင့် B</translation>
    </message>
    <message>
        <source>, by {split}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>၊ {split} အလိုက်</translation>
    </message>
    <message>
        <source>Type of upgrading (chain = into a new sector)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု အမျိုးအစား (ကွင်းဆက် = ကဏ္ဍသစ်သို့)</translation>
    </message>
    <message>
        <source>Downgrading not computed: the survey lacks its items</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်နိမ့်ကျမှုကို မတွက်ရသေးပါ: စစ်တမ်းတွင် ၎င်း၏ အချက်များ မပါပါ</translation>
    </message>
    <message>
        <source>No combination can be counted: types not computed</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပေါင်းစပ်မှု ရေတွက်၍ မရပါ: အမျိုးအစားများကို မတွက်ရသေးပါ</translation>
    </message>
    <message>
        <source>Some type unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမျိုးအစားအချို့ မသိရ</translation>
    </message>
    <message>
        <source>No upgrading</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အဆင့်မြှင့်တင်မှု မရှိ</translation>
    </message>
    <message>
        <source>Hide rules</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စည်းမျဉ်းများ ဖျောက်ရန်</translation>
    </message>
    <message>
        <source>Firms</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းများ</translation>
    </message>
    <message>
        <source>Number of firms (share of firms with every type known)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း အရေအတွက် (အမျိုးအစားအားလုံး သိရသော လုပ်ငန်းများ၏ အချိုး)</translation>
    </message>
    <message>
        <source>Bargaining change not computed: the survey lacks price-setting questions</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ညှိနှိုင်းနိုင်မှု ပြောင်းလဲမှုကို မတွက်ရသေးပါ: စစ်တမ်းတွင် ဈေးနှုန်းသတ်မှတ်ခြင်း မေးခွန်းများ မပါပါ</translation>
    </message>
    <message>
        <source>Worse</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိုဆိုးလာ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မပြောင်းလဲ</translation>
    </message>
    <message>
        <source>Improved</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ပိုကောင်းလာ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>Price-setting power now vs before</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဈေးနှုန်းသတ်မှတ်နိုင်စွမ်း ယခုနှင့် ယခင်</translation>
    </message>
    <message>
        <source>Firm</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်း</translation>
    </message>
    <message>
        <source>Country</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>လုပ်ငန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Highest type</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အမြင့်ဆုံး အမျိုးအစား</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရမှတ်</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ညှိနှိုင်းနိုင်မှု</translation>
    </message>
    <message>
        <source>MS index (firm mean)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>MS ညွှန်းကိန်း (လုပ်ငန်းပျမ်းမျှ)</translation>
    </message>
    <message>
        <source>Why (rule items that fired or were missing)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>အကြောင်းရင်း (ကိုက်ညီခဲ့သော သို့မဟုတ် မရှိခဲ့သော စည်းမျဉ်းအချက်များ)</translation>
    </message>
</context>
<context>
    <name>ViewTable</name>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယား ထုတ်ယူရန်(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <source>Copy {table}</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{table} ကို ကူးယူရန်</translation>
    </message>
    <message>
        <source>Copy the selected rows, or the whole table, with the column names (paste into Excel)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ရွေးထားသော အတန်းများ သို့မဟုတ် ဇယားတစ်ခုလုံးကို ကော်လံအမည်များနှင့်အတူ ကူးယူရန် (Excel တွင် ကူးထည့်နိုင်သည်)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယား ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Export {table} to a file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>{table} ကို ဖိုင်သို့ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Save this table to an Excel or CSV file</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဤဇယားကို Excel သို့မဟုတ် CSV ဖိုင်အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Excel ဖိုင် (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>CSV စာသား (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ဇယား ထုတ်ယူရန်</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <source>Upgrading Explorer</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>Upgrading Explorer</translation>
    </message>
    <message>
        <source>Open a survey workbook (Excel, CSV, Stata, SPSS) or a saved project, or start with the sample survey. You can also drop a file anywhere on this window.</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်းဖိုင် (Excel, CSV, Stata, SPSS) သို့မဟုတ် သိမ်းထားသော ပရောဂျက်ကို ဖွင့်ပါ၊ သို့မဟုတ် နမူနာစစ်တမ်းဖြင့် စတင်ပါ။ ဤဝင်းဒိုးပေါ် မည်သည့်နေရာတွင်မဆို ဖိုင်ကို ဆွဲချနိုင်သည်။</translation>
    </message>
    <message>
        <source>&amp;Open survey…</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>စစ်တမ်း ဖွင့်ရန်(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample survey</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>နမူနာစစ်တမ်း ဖွင့်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မကြာမီက ဖိုင်များ(&amp;R)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translatorcomment>Machine-drafted: needs review by a native Burmese speaker</translatorcomment>
        <translation>မကြာမီက ဖိုင်များ</translation>
    </message>
</context>
</TS>
