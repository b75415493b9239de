"""Plain words for what the views show: upgrading types, variables with their units, canonical
category values, in the interface's language (module-level strings are QT_TR_NOOP'd for
pyside6-lupdate and translated where shown)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication


def tr(text: str) -> str:
    """Translated in the empty context: the one pyside6-lupdate gives module-level tr()/_tr()
    calls (see gui/i18n.py)."""
    return QCoreApplication.translate("", text)


TYPE_LABELS = {
    "process": QT_TR_NOOP("Process"),
    "product": QT_TR_NOOP("Product"),
    "functional": QT_TR_NOOP("Functional"),
    "chain": QT_TR_NOOP("Chain (new sector)"),
    "end_market": QT_TR_NOOP("End market"),
    "downgraded": QT_TR_NOOP("Downgraded"),
    "none": QT_TR_NOOP("No upgrading"),
    "unknown": QT_TR_NOOP("Unknown"),
}
"""Upgrading type names (QT_TR_NOOP: listed for pyside6-lupdate, translated where shown)."""

VARIABLE_LABELS = {
    "monthly_wage": QT_TR_NOOP("Monthly wage"),
    "log_monthly_wage": QT_TR_NOOP("Log of monthly wage"),
    "wage_to_minimum": QT_TR_NOOP("Wage ÷ minimum wage"),
    "hours_per_week": QT_TR_NOOP("Hours per week"),
    "training": QT_TR_NOOP("Received training"),
    "promoted": QT_TR_NOOP("Promoted"),
    "social_insurance": QT_TR_NOOP("Has social insurance"),
    "health_insurance": QT_TR_NOOP("Has health insurance"),
    "regular_contract": QT_TR_NOOP("Regular contract"),
    "written_contract": QT_TR_NOOP("Written contract"),
    "cba_covered": QT_TR_NOOP("Covered by a collective agreement"),
    "injury": QT_TR_NOOP("Injured at work"),
    "ms_index": QT_TR_NOOP("Measurable standards index"),
    "er_index": QT_TR_NOOP("Enabling rights index"),
    "ms_index_mean": QT_TR_NOOP("Firm mean of measurable standards index"),
    "er_index_mean": QT_TR_NOOP("Firm mean of enabling rights index"),
    "highest_type": QT_TR_NOOP("Highest upgrading type"),
    "upgraded_any": QT_TR_NOOP("Upgraded (any type) or not"),
    "upgrading_score": QT_TR_NOOP("Upgrading score (types, 0–4)"),
    "bargaining_change": QT_TR_NOOP("Bargaining position with buyers"),
    "skill_group": QT_TR_NOOP("Skill group"),
    "contract": QT_TR_NOOP("Contract"),
    "gender": QT_TR_NOOP("Gender"),
    "education": QT_TR_NOOP("Education"),
    "country": QT_TR_NOOP("Country"),
    "sector": QT_TR_NOOP("Sector"),
    "region": QT_TR_NOOP("Region"),
    "ownership": QT_TR_NOOP("Ownership"),
    "employees": QT_TR_NOOP("Employees"),
    "age": QT_TR_NOOP("Age, years"),
    "tenure_years": QT_TR_NOOP("Years with the firm"),
    "pay_amount": QT_TR_NOOP("Pay as reported"),
    "export_share": QT_TR_NOOP("Export share, %"),
    "main_buyer_share": QT_TR_NOOP("Main buyer's share of sales, %"),
    "year_founded": QT_TR_NOOP("Year founded"),
    "piece_rate": QT_TR_NOOP("Paid by piece"),
    "none": QT_TR_NOOP("No grouping"),
}

UNITS = {
    "hours_per_week": QT_TR_NOOP("hours"), "ms_index": "0–1", "er_index": "0–1",
    "ms_index_mean": "0–1", "er_index_mean": "0–1", "wage_to_minimum": QT_TR_NOOP("ratio"),
}

VALUE_LABELS = {
    # canonical category values (core.model.roles), as shown in the subset panel, groups and tables
    "female": QT_TR_NOOP("Female"), "male": QT_TR_NOOP("Male"),
    "production": QT_TR_NOOP("Production"), "technician": QT_TR_NOOP("Technician"),
    "supervisor": QT_TR_NOOP("Supervisor"), "manager": QT_TR_NOOP("Manager"),
    "indefinite": QT_TR_NOOP("Indefinite"), "fixed_term": QT_TR_NOOP("Fixed term"),
    "fixed_term_short": QT_TR_NOOP("Fixed term under 1 year"),
    "probation": QT_TR_NOOP("Probation"),
    "month": QT_TR_NOOP("Month"), "fortnight": QT_TR_NOOP("Fortnight"),
    "week": QT_TR_NOOP("Week"), "day": QT_TR_NOOP("Day"), "hour": QT_TR_NOOP("Hour"),
    "piece": QT_TR_NOOP("Piece"),
    "domestic_private": QT_TR_NOOP("Domestic private"), "foreign": QT_TR_NOOP("Foreign"),
    "state": QT_TR_NOOP("State"), "joint_venture": QT_TR_NOOP("Joint venture"),
    "apparel": QT_TR_NOOP("Apparel"), "electronics": QT_TR_NOOP("Electronics"),
    "footwear": QT_TR_NOOP("Footwear"),
    "Vietnam": QT_TR_NOOP("Vietnam"), "Thailand": QT_TR_NOOP("Thailand"),
    "Myanmar": QT_TR_NOOP("Myanmar"), "Cambodia": QT_TR_NOOP("Cambodia"),
    "Indonesia": QT_TR_NOOP("Indonesia"),
    "improved": QT_TR_NOOP("Improved"), "unchanged": QT_TR_NOOP("Unchanged"),
    "worse": QT_TR_NOOP("Worse"), "yes": QT_TR_NOOP("Yes"), "no": QT_TR_NOOP("No"),
    "upgraded": QT_TR_NOOP("Upgraded (any type)"), "not upgraded": QT_TR_NOOP("Did not upgrade"),
    "all": QT_TR_NOOP("all"),
    **TYPE_LABELS,
}
"""Canonical values → plain words; values not listed (a region's name) are shown as they are."""
MONEY = ("monthly_wage", "pay_amount")


def type_label(name: str, *, short: bool = False) -> str:
    """'Chain (new sector)' in tables; ``short`` ('Chain') on chart axes."""
    if short and name == "chain":
        return tr("Chain")
    return tr(TYPE_LABELS.get(str(name), str(name).replace("_", " ").capitalize()))


def variable_label(name: str, *, currency: str | None = None, share: bool = False) -> str:
    """'Monthly wage, VND', 'Received training (share of workers)', 'Hours per week, hours'."""
    text = tr(VARIABLE_LABELS.get(name, name.replace("_", " ").capitalize()))
    if name in MONEY:
        return f"{text}, {currency}" if currency else text
    if share:
        return text + tr(" (share)")
    unit = UNITS.get(name)
    return f"{text}, {tr(unit)}" if unit and unit not in text else text


def role_words(roles: Iterable[str]) -> dict[str, str]:
    """Role → the interface's own word for it (translated), for the roles it has a label for
    (table headers use it before the role catalogue's English or Vietnamese description)."""
    return {name: type_label(name) if name in TYPE_LABELS else tr(VARIABLE_LABELS[name])
            for name in roles if name in VARIABLE_LABELS or name in TYPE_LABELS}


def value_text(value: Any) -> str:
    """Plain words for a canonical value in the interface's language ("fixed_term" → "Fixed
    term", "female" → "Female"); other values (a region, a label from the codebook) as they are,
    with underscores as spaces and a capital first letter when they are lower-case codes."""
    text = str(value)
    if text in VALUE_LABELS:
        return tr(VALUE_LABELS[text])
    if text[:1].islower():
        text = text.replace("_", " ")
        text = text[:1].upper() + text[1:]
    return text


__all__ = ["MONEY", "TYPE_LABELS", "UNITS", "VALUE_LABELS", "VARIABLE_LABELS", "role_words", "tr",
           "type_label", "value_text", "variable_label"]
