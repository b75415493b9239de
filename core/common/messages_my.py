"""Core's warnings in Burmese (core.common.messages). MACHINE-DRAFTED: needs review by a native
Burmese speaker (README, "Languages"). Keys are the English templates; fields are the same.
"Settings" is the window's "ပရောဂျက် ဆက်တင်များ", the import review its "တင်သွင်းမှု ပြန်စစ်ခြင်း"."""

from __future__ import annotations

NEEDS_REVIEW = True

_SETTINGS = "ပရောဂျက် ဆက်တင်များ"
_REVIEW = "တင်သွင်းမှု ပြန်စစ်ခြင်း"

MESSAGES_MY: dict[str, str] = {
    "{n} workers": "အလုပ်သမား {n} ဦး",
    "{n} worker": "အလုပ်သမား {n} ဦး",
    "{n} firms ({workers})": "လုပ်ငန်း {n} ခု ({workers})",
    "{n} firm ({workers})": "လုပ်ငန်း {n} ခု ({workers})",
    "{level}: {warning}": "{level}: {warning}",
    "B: {warning}": "B: {warning}",
    "{first} and {second}": "{first} နှင့် {second}",
    "the controls": "ထိန်းချုပ်ကိန်းရှင်များ",
    "the table's latest date": "ဇယား၏ နောက်ဆုံးရက်စွဲ",
    "the reference date in Settings": f"{_SETTINGS} ရှိ ရည်ညွှန်းရက်စွဲ",
    "{who} have a monthly pay at least {ratio}× above or below the median of their country and "
    "pay period (robust z ≥ {z}; {where}): check them for a typo (an extra or missing zero) or "
    "a unit slip; they are kept and marked in pay_outlier":
        "{who} ၏ လစဉ်လစာသည် ၎င်းတို့၏ နိုင်ငံနှင့် လစာပေးကာလ၏ အလယ်ကိန်းထက် အနည်းဆုံး {ratio} ဆ "
        "ပိုမြင့် သို့မဟုတ် ပိုနိမ့်သည် (robust z ≥ {z}; {where}): စာရိုက်အမှား (သုည ပို/လို) သို့မဟုတ် "
        "ယူနစ်အမှားကို စစ်ပါ။ ၎င်းတို့ကို ထားရှိပြီး pay_outlier တွင် မှတ်သားထားသည်",
    "{country}: the median wage is {ratio} times the minimum wage; check the pay units (e.g. "
    "thousand VND instead of VND)":
        "{country}: အလယ်ကိန်းလစာသည် အနည်းဆုံးလုပ်ခ၏ {ratio} ဆ ဖြစ်သည်။ လစာယူနစ်ကို စစ်ပါ "
        "(ဥပမာ VND အစား ထောင်ဂဏန်း VND)",
    "monthly_wage not computed: the survey lacks {roles}":
        "monthly_wage ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် {roles} မပါပါ",
    "wage_to_minimum not computed: the survey lacks the firm's country":
        "wage_to_minimum ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် လုပ်ငန်း၏ နိုင်ငံ မပါပါ",
    "ms_index not computed: the survey has {n} of the {total} MS items, fewer than the {needed} "
    "needed":
        "ms_index ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် MS အချက် {total} ခုအနက် {n} ခုသာ ပါပြီး "
        "လိုအပ်သော {needed} ခုထက် နည်းသည်",
    "er_index not computed: the survey has {n} of the {total} ER items, fewer than the {needed} "
    "needed":
        "er_index ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် ER အချက် {total} ခုအနက် {n} ခုသာ ပါပြီး "
        "လိုအပ်သော {needed} ခုထက် နည်းသည်",
    "{who} have no applicable minimum wage (country or region not in the minimum-wage table): "
    "wage_to_minimum is missing there; add the country to the minimum-wage table in Settings":
        "{who} အတွက် သက်ဆိုင်သော အနည်းဆုံးလုပ်ခ မရှိပါ (နိုင်ငံ သို့မဟုတ် ဒေသသည် အနည်းဆုံးလုပ်ခ "
        "ဇယားတွင် မရှိ): wage_to_minimum မရှိပါ။ " + _SETTINGS + " ရှိ အနည်းဆုံးလုပ်ခ ဇယားတွင် "
        "နိုင်ငံကို ထည့်ပါ",
    "{who} use their country's default minimum wage (region missing or not listed in the table)":
        "{who} သည် နိုင်ငံ၏ မူလ အနည်းဆုံးလုပ်ခကို သုံးသည် (ဒေသ မရှိ သို့မဟုတ် ဇယားတွင် မပါ)",
    "{n} workers paid by piece: monthly_wage is missing for them":
        "အလုပ်သမား {n} ဦးသည် အရေအတွက်နှုန်းဖြင့် လစာရသည်: ၎င်းတို့အတွက် monthly_wage မရှိပါ",
    "{n} workers have a contract type that is not one of indefinite / fixed_term / "
    "fixed_term_short / temporary / probation / none ({shown}): regular_contract counts them as "
    "not regular; give the values a meaning in the import review":
        "အလုပ်သမား {n} ဦး၏ စာချုပ်အမျိုးအစားသည် indefinite / fixed_term / fixed_term_short / "
        "temporary / probation / none မဟုတ်ပါ ({shown}): regular_contract က ပုံမှန်မဟုတ်ဟု "
        "ရေတွက်သည်။ " + _REVIEW + " တွင် တန်ဖိုးများ၏ အဓိပ္ပာယ်ကို သတ်မှတ်ပါ",
    "No survey date: every worker's minimum wage is the one in force on {dates} ({what}); map "
    "the interview-date column as survey_date, or set each country's survey year in Settings":
        "စစ်တမ်းရက်စွဲ မရှိပါ: အလုပ်သမားအားလုံး၏ အနည်းဆုံးလုပ်ခသည် {dates} ({what}) တွင် "
        "သက်ရောက်သော နှုန်းဖြစ်သည်။ အင်တာဗျူးရက်စွဲ ကော်လံကို survey_date အဖြစ် သတ်မှတ်ပါ သို့မဟုတ် "
        + _SETTINGS + " တွင် နိုင်ငံတစ်ခုစီ၏ စစ်တမ်းနှစ်ကို သတ်မှတ်ပါ",
    "{country}: {who} are dated more than a year after the newest {country} minimum wage in the "
    "table ({newest}, up to {latest}): if the minimum changed since, add the new row to the "
    "minimum-wage table in Settings":
        "{country}: {who} ၏ ရက်စွဲသည် ဇယားရှိ {country} ၏ နောက်ဆုံး အနည်းဆုံးလုပ်ခထက် တစ်နှစ်ကျော် "
        "နောက်ကျသည် ({newest}၊ {latest} အထိ): အနည်းဆုံးလုပ်ခ ပြောင်းလဲခဲ့လျှင် " + _SETTINGS
        + " ရှိ ဇယားတွင် အတန်းအသစ် ထည့်ပါ",
    "{n} workers have a missing or non-positive weight and are left out of the weighted "
    "comparisons":
        "အလုပ်သမား {n} ဦးတွင် အလေးချိန် မရှိ သို့မဟုတ် အပေါင်းမဟုတ်သဖြင့် အလေးချိန်ပါ "
        "နှိုင်းယှဉ်ချက်များမှ ချန်လှပ်ထားသည်",
    "Wages in money are not compared across {countries}: pay is in different currencies. Wage "
    "relative to the minimum is compared instead; choose one country to compare wages":
        "{countries} အကြား ငွေဖြင့် လစာကို မနှိုင်းယှဉ်ပါ: လစာများသည် ငွေကြေးအမျိုးမျိုး ဖြစ်သည်။ "
        "အစားထိုး အနည်းဆုံးလုပ်ခနှင့် နှိုင်းယှဉ်ထားသော လစာကို နှိုင်းယှဉ်သည်။ လစာနှိုင်းယှဉ်ရန် "
        "နိုင်ငံတစ်ခုကို ရွေးပါ",
    "{n} by a permutation test over firms": "{n} ခုကို လုပ်ငန်းများအလိုက် permutation test ဖြင့်",
    "{n} by a wild cluster bootstrap": "{n} ခုကို wild cluster bootstrap ဖြင့်",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough":
        "နှိုင်းယှဉ်ချက် အတန်း {n} ခုသည် လုပ်ငန်း {few} ခုထက် နည်းသည့်အပေါ် မူတည်သည်: "
        "၎င်းတို့၏ အပိုင်းအခြားများသည် ကြမ်းသည်",
    "{n} comparison rows rest on fewer than {few} firms: their ranges are rough; of their "
    "differences, {tested} (few firms make the usual test over-confident)":
        "နှိုင်းယှဉ်ချက် အတန်း {n} ခုသည် လုပ်ငန်း {few} ခုထက် နည်းသည့်အပေါ် မူတည်သည်: "
        "၎င်းတို့၏ အပိုင်းအခြားများသည် ကြမ်းသည်။ ကွာခြားချက်များအနက် {tested} စစ်ဆေးသည် "
        "(လုပ်ငန်းနည်းလျှင် ပုံမှန်စစ်ဆေးမှုသည် ယုံကြည်မှု လွန်ကဲသည်)",
    "{outcomes} pools the currencies of {countries}: compare wage_to_minimum, or restrict to one "
    "country":
        "{outcomes} သည် {countries} ၏ ငွေကြေးများကို ပေါင်းထားသည်: wage_to_minimum ကို "
        "နှိုင်းယှဉ်ပါ သို့မဟုတ် နိုင်ငံတစ်ခုတည်း ရွေးပါ",
    "comparisons by {group_var} skipped: the survey has no such column":
        "{group_var} အလိုက် နှိုင်းယှဉ်ချက်များကို ကျော်သည်: စစ်တမ်းတွင် ထိုကော်လံ မရှိပါ",
    "outcome {outcome} skipped: not in the survey":
        "ရလဒ် {outcome} ကို ကျော်သည်: စစ်တမ်းတွင် မပါပါ",
    "{outcome} by {group_var}: {note}": "{outcome}၊ {group_var} အလိုက်: {note}",
    "{outcome} by {group_var}: the reference group {reference} has no workers; no differences":
        "{outcome}၊ {group_var} အလိုက်: ရည်ညွှန်းအုပ်စု {reference} တွင် အလုပ်သမား မရှိပါ။ "
        "ကွာခြားချက် မရှိပါ",
    "No upgrading type could be computed: highest_type is unknown":
        "အဆင့်မြှင့်တင်မှု အမျိုးအစား တစ်ခုမှ မတွက်ချက်နိုင်ပါ: highest_type ကို မသိပါ",
    "{type} upgrading not computed: the survey has none of its roles ({roles})":
        "{type} အဆင့်မြှင့်တင်မှုကို မတွက်ချက်ပါ: စစ်တမ်းတွင် ၎င်း၏ စံနှုန်းတစ်ခုမှ မပါပါ ({roles})",
    "{type}: conditions left out because the survey lacks {roles}":
        "{type}: စစ်တမ်းတွင် {roles} မပါသဖြင့် အခြေအနေအချို့ကို ချန်လှပ်ထားသည်",
    "bargaining_change not computed: the survey lacks {roles}":
        "bargaining_change ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် {roles} မပါပါ",
    "downgraded not computed: the survey has none of its roles ({roles})":
        "downgraded ကို မတွက်ချက်ပါ: စစ်တမ်းတွင် ၎င်း၏ စံနှုန်းတစ်ခုမှ မပါပါ ({roles})",
    "Firm shares and firm-level tests use the survey design ({parts}): shares are weighted, "
    "intervals Korn–Graubard, tests adjusted Wald":
        "လုပ်ငန်းအချိုးများနှင့် လုပ်ငန်းအဆင့် စစ်ဆေးမှုများသည် စစ်တမ်းဒီဇိုင်း ({parts}) ကို "
        "သုံးသည်: အချိုးများကို အလေးချိန်ပေးထားပြီး အပိုင်းအခြားများမှာ Korn–Graubard၊ "
        "စစ်ဆေးမှုများမှာ ချိန်ညှိထားသော Wald ဖြစ်သည်",
    "This run shows {total} p-values ({n_workers} worker comparisons, {n_firms} firm-level "
    "tests): with this many, a few fall below 0.05 by chance alone. The adjusted p-values (Holm, "
    "within each table) allow for that":
        "ဤတွက်ချက်မှုတွင် p-value {total} ခု ပါသည် (အလုပ်သမား နှိုင်းယှဉ်ချက် {n_workers} ခု၊ "
        "လုပ်ငန်းအဆင့် စစ်ဆေးမှု {n_firms} ခု): ဤမျှများလျှင် အချို့သည် 0.05 အောက်သို့ "
        "အမှတ်တမဲ့ ကျနိုင်သည်။ ချိန်ညှိထားသော p-value များ (Holm၊ ဇယားတစ်ခုစီအတွင်း) က "
        "ထည့်သွင်းစဉ်းစားသည်",
    "Worker filter: {n_workers} workers from {n_firms} firms; firm-level tables use the firm "
    "filters only":
        "အလုပ်သမား စစ်ထုတ်မှု: လုပ်ငန်း {n_firms} ခုမှ အလုပ်သမား {n_workers} ဦး။ လုပ်ငန်းအဆင့် "
        "ဇယားများသည် လုပ်ငန်း စစ်ထုတ်မှုများကိုသာ သုံးသည်",
    "Provisional: the gaps adjusted for {controls} come with the full result ({n} of them are "
    "not computed yet)":
        "ယာယီ: {controls} အတွက် ချိန်ညှိထားသော ကွာဟချက်များသည် ရလဒ်အပြည့်အစုံနှင့်အတူ "
        "လာမည် ({n} ခုကို မတွက်ချက်ရသေးပါ)",
    "Provisional: {n} differences rest on few firms; until the test suited to few firms has run "
    "they show the usual firm-clustered t-test, which can be over-confident":
        "ယာယီ: ကွာခြားချက် {n} ခုသည် လုပ်ငန်းအနည်းငယ်အပေါ် မူတည်သည်။ လုပ်ငန်းနည်းသည့်အတွက် "
        "သင့်တော်သော စစ်ဆေးမှု ပြီးသည်အထိ ပုံမှန် လုပ်ငန်းအစုလိုက် t-test ကို ပြသည်၊ "
        "၎င်းသည် ယုံကြည်မှု လွန်ကဲနိုင်သည်",
    "{n} firms have no usable weight, stratum or PSU: they are left out of the weighted firm "
    "shares and tests":
        "လုပ်ငန်း {n} ခုတွင် သုံးနိုင်သော အလေးချိန်၊ stratum သို့မဟုတ် PSU မရှိပါ: "
        "အလေးချိန်ပါ အချိုးများနှင့် စစ်ဆေးမှုများမှ ချန်လှပ်ထားသည်",
    "{n} strata have a single PSU: their variance is taken as 0 (certainty units), so the ranges "
    "may be too narrow":
        "stratum {n} ခုတွင် PSU တစ်ခုသာ ရှိသည်: ၎င်းတို့၏ variance ကို 0 ဟု ယူသဖြင့် "
        "အပိုင်းအခြားများ ကျဉ်းလွန်းနိုင်သည်",
    "{n} workers have no firm in the firm table: they are left out of comparisons by firm groups":
        "အလုပ်သမား {n} ဦးတွင် လုပ်ငန်းဇယား၌ လုပ်ငန်း မရှိပါ: လုပ်ငန်းအုပ်စုအလိုက် "
        "နှိုင်းယှဉ်ချက်များမှ ချန်လှပ်ထားသည်",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available; the firm filters do not select workers. Choose the column that links "
    "workers to their firm in the import review":
        "အလုပ်သမားဇယားတွင် အလုပ်သမားကို ၎င်း၏ လုပ်ငန်းနှင့် ချိတ်ဆက်သော ကော်လံ မရှိပါ: "
        "အလုပ်သမား {n} ဦးကို ရေတွက်သော်လည်း လုပ်ငန်းအဆင့် နှိုင်းယှဉ်ချက်များ မရနိုင်ပါ၊ "
        "လုပ်ငန်း စစ်ထုတ်မှုများက အလုပ်သမားကို မရွေးပါ။ " + _REVIEW + " တွင် ချိတ်ဆက်သော "
        "ကော်လံကို ရွေးပါ",
    "The worker table has no column that links workers to their firm: {n} workers are counted, "
    "but firm-level comparisons (worker outcomes by the firm's upgrading type or firm groups) are "
    "not available. Choose the column that links workers to their firm in the import review":
        "အလုပ်သမားဇယားတွင် အလုပ်သမားကို ၎င်း၏ လုပ်ငန်းနှင့် ချိတ်ဆက်သော ကော်လံ မရှိပါ: "
        "အလုပ်သမား {n} ဦးကို ရေတွက်သော်လည်း လုပ်ငန်းအဆင့် နှိုင်းယှဉ်ချက်များ မရနိုင်ပါ။ "
        + _REVIEW + " တွင် ချိတ်ဆက်သော ကော်လံကို ရွေးပါ",
    "No workers in the subset: no worker comparisons":
        "အစုခွဲတွင် အလုပ်သမား မရှိပါ: အလုပ်သမား နှိုင်းယှဉ်ချက် မရှိပါ",
    # -- the import review: what was read, assumed and asked (core.model) -----------------------
    ' ("{named}", named like one, repeats or is missing on some rows)':
        ' (လုပ်ငန်း ID ကဲ့သို့ အမည်ပေးထားသော "{named}" သည် အချို့အတန်းများတွင် ထပ်နေ သို့မဟုတ် '
        "ကွက်လပ်ဖြစ်နေသည်)",
    " (the column names do not say so)": " (ကော်လံအမည်များက ထိုသို့ မဖော်ပြပါ)",
    ' (the name mapping had "{column}" as {role}; the pair is the stronger evidence)':
        ' (အမည်ဖြင့် ကိုက်ညှိမှုက "{column}" ကို {role} အဖြစ် ထားခဲ့သည်; နှစ်အလိုက်တွဲသည် '
        "ပိုခိုင်မာသော အထောက်အထားဖြစ်သည်)",
    ' (the name mapping had "{column}" as {role}; the years say it is before)':
        ' (အမည်ဖြင့် ကိုက်ညှိမှုက "{column}" ကို {role} အဖြစ် ထားခဲ့သည်; နှစ်များအရ ယခင်ဖြစ်သည်)',
    ' (the name mapping had "{column}" as {role}; the years say it is now)':
        ' (အမည်ဖြင့် ကိုက်ညှိမှုက "{column}" ကို {role} အဖြစ် ထားခဲ့သည်; နှစ်များအရ ယခုဖြစ်သည်)',
    '"{before}" and "{now}" differ only by the year: {before_year} is before, {now_year} is now; '
    "{reason}":
        '"{before}" နှင့် "{now}" သည် နှစ်သာ ကွာသည်: {before_year} သည် ယခင်၊ {now_year} သည် ယခု; '
        "{reason}",
    ". {n} worker rows have no firm value": "။ အလုပ်သမား အတန်း {n} ခုတွင် လုပ်ငန်းတန်ဖိုး မရှိပါ",
    ". {n} worker rows point at no firm (rows {rows}; values {values})":
        "။ အလုပ်သမား အတန်း {n} ခုသည် မည်သည့်လုပ်ငန်းကိုမျှ မညွှန်ပါ (အတန်း {rows}; တန်ဖိုး "
        "{values})",
    "; {n} worker rows have no value": "; အလုပ်သမား အတန်း {n} ခုတွင် တန်ဖိုး မရှိပါ",
    "; {others} also exist: the two latest years were taken, check which year is the study's "
    "'before'":
        "; {others} လည်း ရှိသည်: နောက်ဆုံးနှစ်နှစ်ကို ယူထားသည်၊ လေ့လာမှု၏ 'ယခင်' နှစ်ကို စစ်ဆေးပါ",
    "; {others} also exists: the two latest years were taken, check which year is the study's "
    "'before'":
        "; {others} လည်း ရှိသည်: နောက်ဆုံးနှစ်နှစ်ကို ယူထားသည်၊ လေ့လာမှု၏ 'ယခင်' နှစ်ကို စစ်ဆေးပါ",
    'Column "{column}" is taken as the firm ID: its values differ on every row and are never '
    "missing":
        'ကော်လံ "{column}" ကို လုပ်ငန်း ID အဖြစ် ယူသည်: တန်ဖိုးများ အတန်းတိုင်းတွင် ကွဲပြားပြီး '
        "ဘယ်တော့မှ ကွက်လပ် မဖြစ်ပါ",
    'Column "{column}" of {workers} has values that fall among the firm IDs ({evidence}), but '
    "its name does not say it points at the firm and it reaches only {with_workers} of {firms} "
    "firms, so it is not taken as the link: no firm link was found from the data":
        '{workers} ၏ ကော်လံ "{column}" တွင် လုပ်ငန်း ID များနှင့် တူသော တန်ဖိုးများ ရှိသည် '
        "({evidence})၊ သို့သော် ၎င်း၏အမည်က လုပ်ငန်းကို ညွှန်ကြောင်း မဖော်ပြဘဲ လုပ်ငန်း {firms} "
        "ခုအနက် {with_workers} ခုသာ ချိတ်ဆက်နိုင်သဖြင့် ချိတ်ဆက်ကော်လံအဖြစ် မယူပါ: ဒေတာမှ "
        "လုပ်ငန်းချိတ်ဆက်မှု မတွေ့ပါ",
    'Worker numbers in column "{column}" restart in each firm ({n} firms): workers are '
    "identified by firm + worker number, so the same number in two firms is not a duplicate":
        'ကော်လံ "{column}" ရှိ အလုပ်သမားနံပါတ်များသည် လုပ်ငန်းတစ်ခုစီတွင် ပြန်စသည် (လုပ်ငန်း {n} '
        "ခု): အလုပ်သမားကို လုပ်ငန်း + နံပါတ်ဖြင့် ခွဲခြားသဖြင့် လုပ်ငန်းနှစ်ခုရှိ နံပါတ်တူသည် "
        "ထပ်နေခြင်း မဟုတ်ပါ",
    'Worker\'s firm "{firm}" is not in the firm table; this worker is left out of firm-level '
    "results":
        'အလုပ်သမား၏ လုပ်ငန်း "{firm}" သည် လုပ်ငန်းဇယားတွင် မရှိပါ; ဤအလုပ်သမားကို လုပ်ငန်းအဆင့် '
        "ရလဒ်များတွင် မထည့်ပါ",
    'Workers are linked to their firm by column "{worker_column}" of {workers} → '
    '"{firm_column}" of {firms}, found from the data: {evidence}':
        'အလုပ်သမားများကို {workers} ၏ ကော်လံ "{worker_column}" → {firms} ၏ "{firm_column}" '
        "ဖြင့် ၎င်းတို့၏ လုပ်ငန်းနှင့် ချိတ်ဆက်သည်၊ ဒေတာမှ တွေ့ရှိသည်: {evidence}",
    "almost as good a fit": "နီးပါး တူညီစွာ ကိုက်ညီသည်",
    "assumed for every row": "အတန်းတိုင်းအတွက် ယူဆထားသည်",
    "best fit": "အကိုက်ညီဆုံး",
    'no column is named like a firm ID; "{column}" is the first of {n} column(s) whose values '
    "differ on every row":
        'လုပ်ငန်း ID ကဲ့သို့ အမည်ပေးထားသော ကော်လံ မရှိပါ; "{column}" သည် အတန်းတိုင်းတွင် '
        "တန်ဖိုးကွဲပြားသော ကော်လံ {n} ခုအနက် ပထမဖြစ်သည်",
    'no column is named like a firm link, and the best match ("{column}") reaches only '
    "{with_workers} of {firms} firms":
        'လုပ်ငန်းချိတ်ဆက်ကော်လံကဲ့သို့ အမည်ပေးထားသော ကော်လံ မရှိဘဲ အကိုက်ညီဆုံး ("{column}") '
        "သည် လုပ်ငန်း {firms} ခုအနက် {with_workers} ခုသာ ချိတ်ဆက်နိုင်သည်",
    "none of these": "ဤကော်လံများ မဟုတ်ပါ",
    "none of these: the workers cannot be linked to a firm":
        "ဤကော်လံများ မဟုတ်ပါ: အလုပ်သမားများကို လုပ်ငန်းနှင့် ချိတ်ဆက်၍ မရပါ",
    "only the column names support the link; {share} of worker rows match":
        "ကော်လံအမည်များသာ ဤချိတ်ဆက်မှုကို ထောက်ခံသည်; အလုပ်သမားအတန်း {share} ကိုက်ညီသည်",
    'only {share} of the worker rows match a firm ID through "{column}"':
        'အလုပ်သမားအတန်း {share} သာ "{column}" မှတဆင့် လုပ်ငန်း ID နှင့် ကိုက်ညီသည်',
    "price setting": "ဈေးနှုန်းသတ်မှတ်ခြင်း",
    "the answers are value-chain stage answers (CMT, FOB, ODM…)":
        "အဖြေများသည် တန်ဖိုးကွင်းဆက်အဆင့် အဖြေများဖြစ်သည် (CMT, FOB, ODM…)",
    "the answers are {what} answers": "အဖြေများသည် {what} အဖြေများဖြစ်သည်",
    "the answers are {what} answers (e.g. CMT, FOB, ODM, OBM)":
        "အဖြေများသည် {what} အဖြေများဖြစ်သည် (ဥပမာ CMT, FOB, ODM, OBM)",
    'the name "{column}" does not say it points at the firm, and only {with_workers} of {firms} '
    "firms have workers through it":
        'အမည် "{column}" က လုပ်ငန်းကို ညွှန်ကြောင်း မဖော်ပြဘဲ လုပ်ငန်း {firms} ခုအနက် '
        "{with_workers} ခုတွင်သာ ၎င်းမှတဆင့် အလုပ်သမား ရှိသည်",
    'the name "{column}" does not say it points at the firm, and the workers of one firm are '
    "not listed together":
        'အမည် "{column}" က လုပ်ငန်းကို ညွှန်ကြောင်း မဖော်ပြဘဲ လုပ်ငန်းတစ်ခု၏ အလုပ်သမားများကို '
        "အတူတကွ စာရင်းမသွင်းထားပါ",
    "the name may mean the value-chain stage and every answer is a number from 0 to 3, but "
    "nothing says what the numbers mean":
        "အမည်သည် တန်ဖိုးကွင်းဆက်အဆင့်ကို ဆိုလိုနိုင်ပြီး အဖြေတိုင်းသည် 0 မှ 3 အထိ ဂဏန်းဖြစ်သည်၊ "
        "သို့သော် ဂဏန်းများ၏ အဓိပ္ပာယ်ကို မည်သည့်အရာကမျှ မဖော်ပြပါ",
    "the name says {what} and every answer is a number from {low} to {high}":
        "အမည်က {what} ဟု ဖော်ပြပြီး အဖြေတိုင်းသည် {low} မှ {high} အထိ ဂဏန်းဖြစ်သည်",
    "the name says {what} and the answers are {what} answers":
        "အမည်က {what} ဟု ဖော်ပြပြီး အဖြေများသည် {what} အဖြေများဖြစ်သည်",
    "the years in the column names suggest it, but not clearly":
        "ကော်လံအမည်ရှိ နှစ်များက ထိုသို့ ညွှန်ပြသော်လည်း မရှင်းလင်းပါ",
    "two columns fit almost equally well ({first} and {second})":
        "ကော်လံနှစ်ခု နီးပါးတူညီစွာ ကိုက်ညီသည် ({first} နှင့် {second})",
    'two columns fit almost equally well: "{first}" ({first_share} of worker rows match, '
    '{first_with} of {first_firms} firms have workers) and "{second}" ({second_share} match, '
    "{second_with} of {second_firms} firms)":
        'ကော်လံနှစ်ခု နီးပါးတူညီစွာ ကိုက်ညီသည်: "{first}" (အလုပ်သမားအတန်း {first_share} '
        "ကိုက်ညီ၊ လုပ်ငန်း {first_firms} ခုအနက် {first_with} ခုတွင် အလုပ်သမားရှိ) နှင့် "
        '"{second}" ({second_share} ကိုက်ညီ၊ လုပ်ငန်း {second_firms} ခုအနက် {second_with} ခု)',
    "value-chain stage": "တန်ဖိုးကွင်းဆက်အဆင့်",
    "values differ on every row and are never missing":
        "တန်ဖိုးများ အတန်းတိုင်းတွင် ကွဲပြားပြီး ဘယ်တော့မှ ကွက်လပ် မဖြစ်ပါ",
    "{n} more values of {role} are out of range":
        "{role} ၏ နောက်ထပ်တန်ဖိုး {n} ခုသည် အပိုင်းအခြားပြင်ပတွင် ရှိသည်",
    '{role} = "{value}" for all {n} rows of this table, though no column states it ({reason})':
        '{role} = "{value}" ကို ဤဇယား၏ အတန်း {n} ခုလုံးအတွက် ယူသည်၊ မည်သည့်ကော်လံကမျှ '
        "မဖော်ပြသော်လည်း ({reason})",
    "{role} = {value} is outside the plausible range {low}–{high}; check the answer (it is kept)":
        "{role} = {value} သည် ဖြစ်နိုင်သော အပိုင်းအခြား {low}–{high} ပြင်ပတွင် ရှိသည်; အဖြေကို "
        "စစ်ဆေးပါ (တန်ဖိုးကို ဆက်ထားသည်)",
    "{role} answers read as: {readings}": "{role} အဖြေများကို ဤသို့ ဖတ်သည်: {readings}",
    '{role} in column "{column}": answers read on its scale as {readings}; give the column a '
    "value map in the import review if this is wrong":
        'ကော်လံ "{column}" ရှိ {role}: အဖြေများကို ၎င်း၏စကေးအရ {readings} ဟု ဖတ်သည်; မှားပါက '
        "သွင်းယူမှု ပြန်လည်စစ်ဆေးခြင်းတွင် ကော်လံအတွက် တန်ဖိုးပြောင်းဇယား သတ်မှတ်ပါ",
    "{role} in column “{column}” is read on its scale: {readings}":
        "ကော်လံ “{column}” ရှိ {role} ကို ၎င်း၏စကေးအရ ဖတ်သည်: {readings}",
    '{share} of {n} worker rows with a value match one of the {firms} firm IDs in "{column}"; '
    "{with_workers} of {firms} firms have workers":
        'တန်ဖိုးရှိသော အလုပ်သမားအတန်း {n} ခု၏ {share} သည် "{column}" ရှိ လုပ်ငန်း ID {firms} ခု '
        "အနက် တစ်ခုနှင့် ကိုက်ညီသည်; လုပ်ငန်း {firms} ခုအနက် {with_workers} ခုတွင် အလုပ်သမားရှိသည်",
    '{spellings} were read as one value "{value}" ({role})':
        '{spellings} ကို တန်ဖိုးတစ်ခုတည်း "{value}" အဖြစ် ဖတ်သည် ({role})',
    'Column "{column}" is taken as the worker ID: {why}':
        'ကော်လံ "{column}" ကို အလုပ်သမား ID အဖြစ် ယူသည်: {why}',
    "The column name '{text}'": "ကော်လံအမည် '{text}'",
    "The question text '{text}'": "မေးခွန်းစာသား '{text}'",
    "US dollars": "အမေရိကန်ဒေါ်လာ",
    'Worker numbers in column "{column}" restart in each firm ({distinct} distinct numbers over '
    "{n} workers in {firms} firms, at most {most} per firm): they are not duplicates; a worker "
    'is identified by firm ("{link}") + worker number':
        'ကော်လံ "{column}" ရှိ အလုပ်သမားနံပါတ်များသည် လုပ်ငန်းတစ်ခုစီတွင် ပြန်စသည် (လုပ်ငန်း '
        "{firms} ခုရှိ အလုပ်သမား {n} ဦးအတွက် နံပါတ် {distinct} ခု၊ လုပ်ငန်းတစ်ခုလျှင် အများဆုံး "
        '{most}): ထပ်နေခြင်း မဟုတ်ပါ; အလုပ်သမားကို လုပ်ငန်း ("{link}") + နံပါတ်ဖြင့် ခွဲခြားသည်',
    "baht": "ဘတ်",
    "currency units": "ငွေယူနစ်",
    "daily pay": "နေ့စားလုပ်ခ",
    "hourly pay": "တစ်နာရီလုပ်ခ",
    'it is the repeat group\'s own row key beside "{column}"':
        '"{column}" ဘေးရှိ ထပ်ခါမေးခွန်းအုပ်စု၏ ကိုယ်ပိုင်အတန်းသော့ ဖြစ်သည်',
    "it names a yearly amount, which is not a pay period the wage measures know: set the pay "
    "period by hand":
        "၎င်းသည် နှစ်စဉ်ပမာဏကို ဖော်ပြသည်၊ လုပ်ခတိုင်းတာမှုများ သိသော လုပ်ခကာလ မဟုတ်ပါ: "
        "လုပ်ခကာလကို ကိုယ်တိုင် သတ်မှတ်ပါ",
    "it names more than one period ({periods}), so none is assumed":
        "၎င်းသည် ကာလတစ်ခုထက်ပို ဖော်ပြသည် ({periods})၊ ထို့ကြောင့် မည်သည့်ကာလကိုမျှ မယူဆပါ",
    "it numbers the workers 1, 2, 3 … inside each firm":
        "လုပ်ငန်းတစ်ခုစီအတွင်း အလုပ်သမားများကို 1, 2, 3 … ဟု နံပါတ်တပ်သည်",
    "its values are unique and its name says worker":
        "တန်ဖိုးများ မထပ်ဘဲ အမည်က အလုပ်သမားဟု ဖော်ပြသည်",
    "kyat": "ကျပ်",
    "lakh (100,000)": "သိန်း (100,000)",
    "million": "သန်း",
    "monthly pay": "လစဉ်လုပ်ခ",
    "pay": "လုပ်ခ",
    "the pay-period column '{column}' is used instead of the name":
        "အမည်အစား လုပ်ခကာလကော်လံ '{column}' ကို သုံးသည်",
    "the values (median {median}) are already in whole units, so they are not multiplied by "
    "{scale}":
        "တန်ဖိုးများ (အလယ်ကိန်း {median}) သည် ယူနစ်အပြည့်ဖြင့် ရှိပြီးဖြစ်၍ {scale} ဖြင့် မမြှောက်ပါ",
    "thousand": "ထောင်",
    "weekly pay": "အပတ်စဉ်လုပ်ခ",
    "yearly pay": "နှစ်စဉ်လုပ်ခ",
    "{codes} in column “{column}” read as “no answer” ({n} row(s)): the other answers are a "
    "short scale and no label says otherwise; give the code a meaning in the import review if "
    "it is a real answer":
        "ကော်လံ “{column}” ရှိ {codes} ကို “အဖြေမရှိ” ဟု ဖတ်သည် (အတန်း {n} ခု): အခြားအဖြေများမှာ "
        "စကေးတို ဖြစ်ပြီး မည်သည့်တံဆိပ်ကမျှ ကွဲပြားစွာ မဖော်ပြပါ; အဖြေအစစ် ဖြစ်ပါက သွင်းယူမှု "
        "ပြန်လည်စစ်ဆေးခြင်းတွင် ကုဒ်၏ အဓိပ္ပာယ်ကို သတ်မှတ်ပါ",
    "{first} and the question text '{text}' say {what}":
        "{first} နှင့် မေးခွန်းစာသား '{text}' က {what} ဟု ဖော်ပြသည်",
    "{first} says {what}": "{first} က {what} ဟု ဖော်ပြသည်",
    "{pay} in {money}": "{money}ဖြင့် {pay}",
    "{pay} in {scale} {money}": "{scale}{money}ဖြင့် {pay}",
    "đồng": "ဒေါင်",
    "Line {rows} looks like a note under the table ('{quote}'); it was left out of the data.":
        "စာကြောင်း {rows} သည် ဇယားအောက်ရှိ မှတ်ချက်နှင့် တူသည် ('{quote}'); ဒေတာမှ ဖယ်ထားသည်။",
    "Lines {label_row}–{row} are two header rows: line {label_row} holds question text (kept "
    "as the column labels) and line {row} the short column names; data start below them.":
        "စာကြောင်း {label_row}–{row} သည် ခေါင်းစီးအတန်းနှစ်ခု ဖြစ်သည်: စာကြောင်း {label_row} တွင် "
        "မေးခွန်းစာသား (ကော်လံတံဆိပ်အဖြစ် ထားသည်) နှင့် စာကြောင်း {row} တွင် ကော်လံအမည်တို ပါသည်; "
        "ဒေတာသည် ၎င်းတို့အောက်မှ စသည်။",
    "Lines {rows} look like notes under the table ('{quote}'); they were left out of the data.":
        "စာကြောင်း {rows} တို့သည် ဇယားအောက်ရှိ မှတ်ချက်များနှင့် တူသည် ('{quote}'); ဒေတာမှ "
        "ဖယ်ထားသည်။",
    "Sheet row {rows} looks like a note under the table ('{quote}'); it was left out of the "
    "data.":
        "စာရွက်အတန်း {rows} သည် ဇယားအောက်ရှိ မှတ်ချက်နှင့် တူသည် ('{quote}'); ဒေတာမှ ဖယ်ထားသည်။",
    "Sheet rows {label_row}–{row} are two header rows: sheet row {label_row} holds question "
    "text (kept as the column labels) and sheet row {row} the short column names; data start "
    "below them.":
        "စာရွက်အတန်း {label_row}–{row} သည် ခေါင်းစီးအတန်းနှစ်ခု ဖြစ်သည်: အတန်း {label_row} တွင် "
        "မေးခွန်းစာသား (ကော်လံတံဆိပ်အဖြစ် ထားသည်) နှင့် အတန်း {row} တွင် ကော်လံအမည်တို ပါသည်; "
        "ဒေတာသည် ၎င်းတို့အောက်မှ စသည်။",
    "Sheet rows {rows} look like notes under the table ('{quote}'); they were left out of the "
    "data.":
        "စာရွက်အတန်း {rows} တို့သည် ဇယားအောက်ရှိ မှတ်ချက်များနှင့် တူသည် ('{quote}'); ဒေတာမှ "
        "ဖယ်ထားသည်။",
    "The column names were found in line {row}, under question text in line {label_row}; the "
    "rows above them were skipped as titles.":
        "ကော်လံအမည်များကို စာကြောင်း {label_row} ရှိ မေးခွန်းစာသားအောက်၊ စာကြောင်း {row} တွင် "
        "တွေ့သည်; အပေါ်ရှိ အတန်းများကို ခေါင်းစဉ်အဖြစ် ကျော်ထားသည်။",
    "The column names were found in line {row}; the rows above it were skipped as titles.":
        "ကော်လံအမည်များကို စာကြောင်း {row} တွင် တွေ့သည်; အပေါ်ရှိ အတန်းများကို ခေါင်းစဉ်အဖြစ် "
        "ကျော်ထားသည်။",
    "The column names were found in sheet row {row}, under question text in sheet row "
    "{label_row}; the rows above them were skipped as titles.":
        "ကော်လံအမည်များကို စာရွက်အတန်း {label_row} ရှိ မေးခွန်းစာသားအောက်၊ စာရွက်အတန်း {row} "
        "တွင် တွေ့သည်; အပေါ်ရှိ အတန်းများကို ခေါင်းစဉ်အဖြစ် ကျော်ထားသည်။",
    "The column names were found in sheet row {row}; the rows above it were skipped as titles.":
        "ကော်လံအမည်များကို စာရွက်အတန်း {row} တွင် တွေ့သည်; အပေါ်ရှိ အတန်းများကို ခေါင်းစဉ်အဖြစ် "
        "ကျော်ထားသည်။",
    "name contains '{keyword}'": "အမည်တွင် '{keyword}' ပါသည်",
    "option '{option}' of the multi-select question '{question}' (answers {answers} and blanks)":
        "ရွေးချယ်မှုများစွာ မေးခွန်း '{question}' ၏ ရွေးချယ်မှု '{option}' (အဖြေ {answers} နှင့် "
        "ကွက်လပ်များ)",
    "option '{option}' of the multi-select question '{question}' (answers {answers})":
        "ရွေးချယ်မှုများစွာ မေးခွန်း '{question}' ၏ ရွေးချယ်မှု '{option}' (အဖြေ {answers})",
    "question text contains '{keyword}'": "မေးခွန်းစာသားတွင် '{keyword}' ပါသည်",
    "the column is named '{role}'": "ကော်လံအမည်မှာ '{role}' ဖြစ်သည်",
    "the values do not fit well": "တန်ဖိုးများ သိပ်မကိုက်ညီပါ",
    "values are stages ({values}) and the name says before":
        "တန်ဖိုးများသည် ကွင်းဆက်အဆင့်များ ({values}) ဖြစ်ပြီး အမည်က ယခင်ဟု ဖော်ပြသည်",
    "values are stages ({values}) and the name says now":
        "တန်ဖိုးများသည် ကွင်းဆက်အဆင့်များ ({values}) ဖြစ်ပြီး အမည်က ယခုဟု ဖော်ပြသည်",
    "values are {values}": "တန်ဖိုးများမှာ {values}",
    "values of about {median} have the size of monthly pay in đồng (VND)":
        "{median} ခန့်ရှိသော တန်ဖိုးများသည် ဒေါင် (VND) ဖြင့် လစဉ်လုပ်ခ အရွယ်အစား ရှိသည်",
}
