"""Burmese (Myanmar, Unicode) wording of the results workbook and the report.

Machine-drafted: needs review by a native Burmese speaker. Same keys as SHEETS_VI, COLUMNS_VI,
ABOUT_VI, WORDS_VI (core/export/headings.py) and VIETNAMESE (core/export/report_words.py); every
{placeholder} is kept. Terms follow core/analysis/findings_languages.py (BURMESE): firm =
လုပ်ငန်း, worker = အလုပ်သမား, share = အချိုး, p-value = p-တန်ဖိုး.
"""

from __future__ import annotations

SHEETS_MY = {
    "About": "အကြောင်း",
    "Rules": "စည်းမျဉ်းများ",
    "Firms": "လုပ်ငန်းများ",
    "Upgrading summary": "အဆင့်မြှင့်တင်မှု အနှစ်ချုပ်",
    "Shares by group": "အုပ်စုအလိုက် အချိုး",
    "Group tests": "အုပ်စု စမ်းသပ်မှုများ",
    "Combinations": "ပေါင်းစပ်မှုများ",
    "Bargaining": "ညှိနှိုင်းနိုင်မှု",
    "Comparisons": "နှိုင်းယှဉ်ချက်များ",
    "Matrix": "မက်ထရစ်",
    "Upgrading chart": "အဆင့်မြှင့်တင်မှု ဂရပ်",
    "Outcome table": "အလုပ်သမား ရလဒ်ဇယား",
    "Chart builder": "စိတ်ကြိုက် ဂရပ်",
    "Charts": "ဂရပ်များ",
}

COLUMNS_MY = {
    # variables compared by (the group_var column's values)
    "upgraded_any": "အဆင့်မြှင့်တင်ခဲ့ခြင်း ရှိ/မရှိ",
    "ownership": "ပိုင်ဆိုင်မှု",
    "gender": "ကျား/မ",
    "skill_group": "ကျွမ်းကျင်မှု အုပ်စု",
    "contract": "စာချုပ်",
    # firms
    "firm_id": "လုပ်ငန်း ID",
    "country": "နိုင်ငံ",
    "sector": "လုပ်ငန်းကဏ္ဍ",
    "region": "ဒေသ",
    "process": "လုပ်ငန်းစဉ် အဆင့်မြှင့်တင်ခြင်း",
    "product": "ထုတ်ကုန် အဆင့်မြှင့်တင်ခြင်း",
    "functional": "လုပ်ငန်းတာဝန် အဆင့်မြှင့်တင်ခြင်း",
    "chain": "ကွင်းဆက် အဆင့်မြှင့်တင်ခြင်း",
    "end_market": "ဈေးကွက် အဆင့်မြှင့်တင်ခြင်း",
    "highest_type": "အမြင့်ဆုံး အဆင့်မြှင့်တင်မှု အမျိုးအစား",
    "upgrading_score": "အဆင့်မြှင့်တင်မှု ရမှတ် (0–4)",
    "bargaining_change": "ညှိနှိုင်းနိုင်မှု အနေအထား ပြောင်းလဲမှု",
    "downgraded": "အဆင့်နိမ့်ကျခဲ့",
    "ms_index_mean": "တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း (လုပ်ငန်းပျမ်းမျှ)",
    "ms_index_n": "တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်းရှိသော အလုပ်သမား အရေအတွက်",
    "er_index_mean": "အခွင့်အရေး ဖော်ဆောင်မှု ညွှန်းကိန်း (လုပ်ငန်းပျမ်းမျှ)",
    "er_index_n": "အခွင့်အရေး ဖော်ဆောင်မှု ညွှန်းကိန်းရှိသော အလုပ်သမား အရေအတွက်",
    "explanation": "အကြောင်းရင်း (စည်းမျဉ်း အချက်များ)",
    # shares and tests
    "type": "အဆင့်မြှင့်တင်မှု အမျိုးအစား",
    "group_var": "အုပ်စု ကိန်းရှင်",
    "group": "အုပ်စု",
    "n_firms": "လုပ်ငန်း အရေအတွက်",
    "n_known": "အဖြေသိသော လုပ်ငန်း အရေအတွက်",
    "n_true": "အဆင့်မြှင့်တင်ခဲ့သော လုပ်ငန်း အရေအတွက်",
    "share": "အချိုး",
    "ci_low": "95% ယုံကြည်မှုကြားကာလ – အောက်ခြေ",
    "ci_high": "95% ယုံကြည်မှုကြားကာလ – အထက်ခြေ",
    "suppressed": "ဖျောက်ထား (လေ့လာချက် အလွန်နည်း)",
    "test": "စမ်းသပ်မှု",
    "statistic": "စာရင်းအင်း တန်ဖိုး",
    "dof": "လွတ်လပ်မှုဒီဂရီ",
    "p_value": "p-တန်ဖိုး",
    "n": "လေ့လာချက် အရေအတွက်",
    "note": "မှတ်ချက်",
    "combination": "အဆင့်မြှင့်တင်မှု အမျိုးအစား ပေါင်းစပ်မှု",
    "value": "တန်ဖိုး",
    # comparisons
    "outcome": "အလုပ်သမား ရလဒ်",
    "reference": "ရည်ညွှန်းအုပ်စု",
    "scale": "တိုင်းတာပုံ",
    "n_workers": "အလုပ်သမား အရေအတွက်",
    "mean": "ပျမ်းမျှ",
    "se": "စံအမှား",
    "diff": "ရည်ညွှန်းအုပ်စုနှင့် ကွာခြားချက်",
    "diff_se": "ကွာခြားချက်၏ စံအမှား",
    "diff_ci_low": "ကွာခြားချက် – 95% ယုံကြည်မှုကြားကာလ၊ အောက်ခြေ",
    "diff_ci_high": "ကွာခြားချက် – 95% ယုံကြည်မှုကြားကာလ၊ အထက်ခြေ",
    "few_firms": "လုပ်ငန်း နည်း",
    "p_method": "p-တန်ဖိုး တွက်နည်း",
    "p_adjusted": "ချိန်ညှိထားသော p-တန်ဖိုး (Holm)",
    "ci_method": "ယုံကြည်မှုကြားကာလ တွက်နည်း",
    "p_note": "p-တန်ဖိုးဆိုင်ရာ မှတ်ချက်",
    "weighted": "အလေးချိန်ဖြင့်",
    "adj_diff": "ချိန်ညှိထားသော ကွာခြားချက်",
    "adj_diff_se": "ချိန်ညှိထားသော ကွာခြားချက်၏ စံအမှား",
    "adj_diff_ci_low": "ချိန်ညှိထားသော ကွာခြားချက် – 95% ယုံကြည်မှုကြားကာလ၊ အောက်ခြေ",
    "adj_diff_ci_high": "ချိန်ညှိထားသော ကွာခြားချက် – 95% ယုံကြည်မှုကြားကာလ၊ အထက်ခြေ",
    "adj_p_value": "ချိန်ညှိထားသော ကွာခြားချက်၏ p-တန်ဖိုး",
    "adj_p_method": "p-တန်ဖိုး တွက်နည်း (ချိန်ညှိထားသော)",
    "statistic_withheld": "စာရင်းအင်း တန်ဖိုး ဖျောက်ထား (အကွက် အလွန်ငယ်)",
    "cell_suppressed": "အကွက် ဖျောက်ထား (လုပ်ငန်း အလွန်နည်း)",
    # matrix
    "breakdown_var": "ခွဲခြမ်းပြသည့် ကိန်းရှင်",
    "breakdown": "ခွဲခြမ်းပြသည့် အုပ်စု",
    "economic": "စီးပွားရေး အဆင့်မြှင့်တင်ခြင်း",
    "social": "လူမှုရေး အဆင့်မြှင့်တင်ခြင်း (တိုင်းတာနိုင်သော စံနှုန်းများ)",
    "median_ms": "တိုင်းတာနိုင်သော စံနှုန်းများ ညွှန်းကိန်း၏ အလယ်ကိန်း",
    "cutoff_kind": "လူမှုရေး ဖြတ်မှတ် အမျိုးအစား",
    "cutoff": "လူမှုရေး ဖြတ်မှတ်",
    # what the views show
    "series": "အတွဲ",
    "subset": "အစုခွဲ",
    "level": "ဇယား",
    "kind": "ဂရပ် အမျိုးအစား",
    "variable": "ကိန်းရှင်",
    "box_q1": "ပထမ လေးပုံတစ်ပုံကိန်း",
    "box_median": "အလယ်ကိန်း",
    "box_q3": "တတိယ လေးပုံတစ်ပုံကိန်း",
    "box_low": "အောက်ဘက် မျဉ်းအဆုံး",
    "box_high": "အထက်ဘက် မျဉ်းအဆုံး",
    "box_n": "တန်ဖိုး အရေအတွက်",
    "box_n_outliers": "ခြားနားလွန်းသော တန်ဖိုး အရေအတွက်",
}

ABOUT_MY = {
    "Item": "အချက်",
    "Value": "တန်ဖိုး",
    "Source file": "မူရင်းဖိုင်",
    "SHA-256": "SHA-256",
    "Date": "ရက်စွဲ",
    "App version": "အက်ပ် ဗားရှင်း",
    "Firms in subset": "အစုခွဲရှိ လုပ်ငန်း အရေအတွက်",
    "Workers in subset": "အစုခွဲရှိ အလုပ်သမား အရေအတွက်",
    "Subset": "အစုခွဲ",
    "Rules": "စည်းမျဉ်းများ",
    "Settings": "ဆက်တင်များ",
    "Upgrading types computed": "တွက်ချက်ထားသော အဆင့်မြှင့်တင်မှု အမျိုးအစားများ",
    "Comparisons": "နှိုင်းယှဉ်ချက်များ",
    "Disclosure": "ဒေတာလျှို့ဝှက်ရေး",
    "View choices": "မြင်ကွင်းများရှိ ရွေးချယ်မှုများ",
    "Warning": "သတိပေးချက်",
    "Project file": "ပရောဂျက်ဖိုင်",
    "Subset shown": "ပြထားသော အစုခွဲ",
    "Rules used": "အသုံးပြုသော စည်းမျဉ်းများ",
    "Compared with (subset B)": "နှိုင်းယှဉ်သည့် အစုခွဲ (အစုခွဲ B)",
    "Subset B": "အစုခွဲ B",
    "note": "မှတ်ချက်",
    "Type": "အမျိုးအစား",
    "Rule": "စည်းမျဉ်း",
    "Rule data (JSON)": "စည်းမျဉ်း ဒေတာ (JSON)",
    "Adjusted for": "ချိန်ညှိထားသော ကိန်းရှင်များ",
    "Survey design": "စစ်တမ်း ဒီဇိုင်း",
    "Workshop mode": "ဆွေးနွေးပွဲမုဒ်",
}

WORDS_MY = {
    "see the Rules sheet (in words, and as data for reproduction)":
        "စည်းမျဉ်းများ စာရွက်ကို ကြည့်ပါ (စကားဖြင့်၊ ပြန်လည်တွက်ချက်နိုင်ရန် ဒေတာအဖြစ်လည်း)",
    "yes": "ဟုတ်",
    "no": "မဟုတ်",
    "unknown": "မသိရ",
    "suppressed (<{firms} firms or <{workers} workers)":
        "ဖျောက်ထား (လုပ်ငန်း <{firms} ခု သို့မဟုတ် အလုပ်သမား <{workers} ဦး)",
    "{marker}: numbers withheld": "{marker}: ကိန်းဂဏန်းများ ဖျောက်ထား",
    "none": "မရှိ",
    "a withheld number's complements (other groups or cells that would give it back through a "
    "total or a margin) and group tests over a withheld group are withheld too; Fisher's odds "
    "ratio is withheld when a cell has fewer firms than the threshold; a firm's mean index over "
    "fewer workers than the threshold is withheld":
        "ဖျောက်ထားသော ကိန်းဂဏန်းကို စုစုပေါင်း သို့မဟုတ် အနားစုစုပေါင်းမှတစ်ဆင့် ပြန်ဖော်ပေးနိုင်သော "
        "အခြားအုပ်စု သို့မဟုတ် အကွက်များနှင့် ဖျောက်ထားသော အုပ်စုပါဝင်သည့် အုပ်စုစမ်းသပ်မှုများကိုလည်း "
        "ဖျောက်ထားသည်၊ အကွက်တစ်ခုတွင် လုပ်ငန်း သတ်မှတ်တန်ဖိုးထက် နည်းလျှင် Fisher ၏ odds ratio ကို "
        "ဖျောက်ထားသည်၊ သတ်မှတ်တန်ဖိုးထက် နည်းသော အလုပ်သမားများမှ တွက်ထားသော လုပ်ငန်း၏ ပျမ်းမျှ "
        "ညွှန်းကိန်းကို ဖျောက်ထားသည်",
    "counts rounded to the nearest multiple of {base}, so that two runs cannot be differenced; "
    "individual firms not shown":
        "တွက်ချက်မှု နှစ်ကြိမ်ကို နုတ်၍ မရစေရန် အရေအတွက်များကို {base} ၏ အနီးဆုံး ဆတိုးကိန်းသို့ "
        "အနီးစပ်ဆုံး ယူထားသည်၊ လုပ်ငန်းတစ်ခုချင်းကို မပြပါ",
    "OLS on group dummies, firm-clustered SEs (CR1, Stata's vce(cluster)), t with firms-1 df; "
    "monthly_wage in levels, log_monthly_wage in log points":
        "အုပ်စု dummy ကိန်းရှင်များပေါ် OLS ဆုတ်ယုတ်မှု၊ လုပ်ငန်းအလိုက် အစုဖွဲ့ထားသော စံအမှားများ "
        "(CR1၊ Stata ၏ vce(cluster) ကဲ့သို့)၊ t-စမ်းသပ်မှု (လွတ်လပ်မှုဒီဂရီ = လုပ်ငန်း အရေအတွက် − 1)၊ "
        "monthly_wage ကို ပမာဏအတိုင်း၊ log_monthly_wage ကို log အမှတ်ဖြင့်",
}

__all__ = ["ABOUT_MY", "COLUMNS_MY", "SHEETS_MY", "WORDS_MY"]


VALUES_MY = {  # machine-drafted: needs review by a native Burmese speaker
    "process": "လုပ်ငန်းစဉ်",
    "product": "ထုတ်ကုန်",
    "functional": "လုပ်ငန်းတာဝန်",
    "chain": "ကွင်းဆက် (ကဏ္ဍသစ်သို့)",
    "end_market": "နောက်ဆုံးဈေးကွက်",
    "downgraded": "အဆင့်လျော့ကျ",
    "no upgrading": "အဆင့်မြှင့်တင်မှု မရှိ",
    "none": "မရှိ",
    "unknown": "မသိ",
    "upgraded": "အဆင့်မြှင့်တင်ခဲ့ (မည်သည့်အမျိုးအစားမဆို)",
    "not upgraded": "အဆင့်မမြှင့်တင်ခဲ့",
    "improved": "ပိုကောင်းလာ",
    "unchanged": "မပြောင်းလဲ",
    "worse": "ပိုဆိုးလာ",
    "female": "အမျိုးသမီး",
    "male": "အမျိုးသား",
    "production": "ထုတ်လုပ်ရေး အလုပ်သမား",
    "technician": "နည်းပညာရှင်",
    "supervisor": "ကြီးကြပ်ရေးမှူး",
    "manager": "မန်နေဂျာ",
    "apparel": "အထည်အလိပ်",
    "electronics": "အီလက်ထရောနစ်",
    "domestic_private": "ပြည်တွင်း ပုဂ္ဂလိက",
    "foreign": "နိုင်ငံခြား",
    "state": "နိုင်ငံပိုင်",
    "joint_venture": "ဖက်စပ်",
    "indefinite": "သက်တမ်းအကန့်အသတ်မဲ့",
    "fixed_term": "သက်တမ်းသတ်မှတ်",
    "fixed_term_short": "၁၂ လအောက် သက်တမ်းသတ်မှတ်",
    "temporary": "ယာယီ",
    "probation": "အစမ်းခန့်",
    "Vietnam": "ဗီယက်နမ်",
    "Thailand": "ထိုင်း",
    "Myanmar": "မြန်မာ",
}
