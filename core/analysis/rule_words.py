"""The upgrading rules in plain words, in the reader's language (results workbook, report).

Why: a reader checks the rules before trusting a share ("process = yes when any of: invested in
new machinery; introduced automation; …"), so the items are named by the role catalogue's
descriptions (core.model.roles; Vietnamese has its own, Thai and Burmese use English item names
until the catalogue has theirs), never by column codes ("cad_erp"). The phrases around them are one
small table per language; Thai and Burmese are machine-drafted and need review (README).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.model.column_labels import shorten
from core.model.roles import role

ITEM_CHARS = 60
"""Item names longer than this are cut at a word (the rule data itself is exact)."""
OPS = {">=": "≥", "<=": "≤", "==": "=", "!=": "≠", ">": ">", "<": "<"}


@dataclass(frozen=True)
class RulePhrases:
    any_yes: str
    all_yes: str
    any_of: str
    all_of: str
    bargaining: str
    unknown: str
    yes: str
    no: str
    names: Mapping[str, str]


ENGLISH = RulePhrases(
    any_yes="yes when any of these is yes: {items}",
    all_yes="yes when all of these are yes: {items}",
    any_of="any of ({items})",
    all_of="all of ({items})",
    bargaining="improved / unchanged / worse: {now} compared with {before}",
    unknown="a type is unknown when all of its items are missing, and no when none is yes and at "
            "least one is known; items the survey lacks are left out",
    yes="yes", no="no",
    names={"process": "Process", "product": "Product", "functional": "Functional",
           "chain": "Chain (new sector)", "end_market": "End market",
           "bargaining": "Bargaining", "downgrading": "Downgraded", "unknown": "Unknown"},
)

VIETNAMESE = RulePhrases(
    any_yes="có khi ít nhất một trong các mục sau là có: {items}",
    all_yes="có khi tất cả các mục sau đều là có: {items}",
    any_of="một trong ({items})",
    all_of="tất cả ({items})",
    bargaining="cải thiện / không đổi / kém đi: {now} so với {before}",
    unknown="một loại là không rõ khi mọi mục của nó đều thiếu, và là không khi không mục nào là "
            "có và ít nhất một mục đã biết; các mục khảo sát không có thì được bỏ qua",
    yes="có", no="không",
    names={"process": "Quy trình", "product": "Sản phẩm", "functional": "Chức năng",
           "chain": "Chuỗi (sang ngành mới)", "end_market": "Thị trường tiêu thụ",
           "bargaining": "Vị thế thương lượng", "downgrading": "Xuống cấp",
           "unknown": "Không rõ"},
)

THAI = RulePhrases(  # machine-drafted: needs review by a native Thai speaker
    any_yes="ใช่ เมื่อข้อใดข้อหนึ่งต่อไปนี้เป็นใช่: {items}",
    all_yes="ใช่ เมื่อทุกข้อต่อไปนี้เป็นใช่: {items}",
    any_of="ข้อใดข้อหนึ่งของ ({items})",
    all_of="ทุกข้อของ ({items})",
    bargaining="ดีขึ้น / เท่าเดิม / แย่ลง: {now} เทียบกับ {before}",
    unknown="ประเภทหนึ่งไม่ทราบผลเมื่อทุกข้อของประเภทนั้นไม่มีข้อมูล และเป็นไม่ใช่เมื่อไม่มีข้อใดเป็นใช่"
            "และมีอย่างน้อยหนึ่งข้อที่ทราบ ข้อที่แบบสำรวจไม่มีจะถูกละไว้",
    yes="ใช่", no="ไม่ใช่",
    names={"process": "กระบวนการ", "product": "ผลิตภัณฑ์", "functional": "หน้าที่",
           "chain": "ห่วงโซ่ (อุตสาหกรรมใหม่)", "end_market": "ตลาดปลายทาง",
           "bargaining": "อำนาจต่อรอง", "downgrading": "ถดถอย", "unknown": "ไม่ทราบ"},
)

BURMESE = RulePhrases(  # machine-drafted: needs review by a native Burmese speaker
    any_yes="အောက်ပါအချက်များထဲမှ တစ်ခုခု ဟုတ်လျှင် ဟုတ်သည်: {items}",
    all_yes="အောက်ပါအချက်များ အားလုံး ဟုတ်လျှင် ဟုတ်သည်: {items}",
    any_of="({items}) ထဲမှ တစ်ခုခု",
    all_of="({items}) အားလုံး",
    bargaining="ပိုကောင်း / မပြောင်း / ပိုဆိုး: {now} ကို {before} နှင့် နှိုင်းယှဉ်",
    unknown="အမျိုးအစားတစ်ခု၏ အချက်အားလုံး မရှိလျှင် မသိရ၊ မည်သည့်အချက်မျှ မဟုတ်ဘဲ အနည်းဆုံး "
            "တစ်ချက် သိရလျှင် မဟုတ်၊ စစ်တမ်းတွင် မပါသော အချက်များကို ချန်ထားသည်",
    yes="ဟုတ်", no="မဟုတ်",
    names={"process": "လုပ်ငန်းစဉ်", "product": "ထုတ်ကုန်", "functional": "လုပ်ငန်းတာဝန်",
           "chain": "ကွင်းဆက် (ကဏ္ဍသစ်)", "end_market": "ဈေးကွက်",
           "bargaining": "ညှိနှိုင်းနိုင်စွမ်း", "downgrading": "အဆင့်ကျ",
           "unknown": "မသိရ"},
)

PHRASES = {"en": ENGLISH, "vi": VIETNAMESE, "th": THAI, "my": BURMESE}


def item_name(name: str, language: str = "en") -> str:
    """'cad_erp' → 'introduced CAD or ERP systems' (the role's description, short, lower first)."""
    try:
        found = role("firm", name)
    except KeyError:
        return name.replace("_", " ")
    text = found.description_vi if language == "vi" and found.description_vi else found.description
    text = shorten(text, ITEM_CHARS)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def describe_rules(rules: Mapping[str, Any], language: str = "en") -> list[tuple[str, str]]:
    """(type name, its rule in words) for each type, bargaining, downgrading and 'unknown', of
    rules already validated (core.analysis.rules.describe_rules validates, then calls this)."""
    say = PHRASES.get(language, ENGLISH)

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return say.yes if v else say.no
        return f"{v:g}" if isinstance(v, float) else str(v)

    def words(expr: Any) -> str:
        if isinstance(expr, str):
            return item_name(expr, language)
        if "role" in expr:
            return f"{item_name(expr['role'], language)} {OPS.get(expr['op'], expr['op'])} " \
                   f"{value(expr['value'])}"
        if "stage_change" in expr:
            now, before = expr["stage_change"]
            return f"{item_name(now, language)} {OPS.get(expr['op'], expr['op'])} " \
                   f"{item_name(before, language)}"
        key = "any" if "any" in expr else "all"
        template = say.any_of if key == "any" else say.all_of
        return template.format(items=", ".join(words(i) for i in expr[key]))

    def top(expr: Any) -> str:
        key = "any" if "any" in expr else "all"
        template = say.any_yes if key == "any" else say.all_yes
        return template.format(items="; ".join(words(i) for i in expr[key]))

    def name(key: str) -> str:
        return say.names.get(key) or ENGLISH.names.get(key) or key.replace("_", " ").capitalize()

    out = [(name(key), top(expr)) for key, expr in rules.get("types", {}).items()]
    if rules.get("bargaining"):
        b = rules["bargaining"]
        out.append((name("bargaining"), say.bargaining.format(
            now=item_name(b["now"], language), before=item_name(b["before"], language))))
    if rules.get("downgrading"):
        out.append((name("downgrading"), top(rules["downgrading"])))
    out.append((name("unknown"), say.unknown))
    return out


__all__ = ["PHRASES", "RulePhrases", "describe_rules", "item_name"]
