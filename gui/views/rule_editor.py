"""The rule editor: switch items on and off, change thresholds, see what would change, apply.

Every edit is previewed at once through :func:`core.analysis.rule_preview.preview_rules` on the firms of the
current subset ("14 firms change category", and the yes-counts per type before → after); nothing
changes in the other views until **Apply** emits ``rulesChanged(dict)``. **Reset to defaults**
loads DOMAIN.md's rules into the editor (then Apply), **Undo edits** returns to the applied rules.

API: ``set_firms(firms)``, ``set_rules(rules)`` (the applied rules; None = defaults),
``edited_rules()``, ``preview()`` (the last RulePreview), ``set_item_enabled(type, i, on)``,
``set_threshold(type, i, value)``, ``apply()``, ``reset_to_defaults()``; signal ``rulesChanged``.
"""

from __future__ import annotations

import contextlib
import copy
from typing import Any

import pandas as pd
from PySide6.QtCore import QT_TR_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.analysis.rule_preview import RulePreview, preview_rules
from core.analysis.rules import TYPES, default_rules, validate_rules
from core.common.errors import RuleError
from core.model.roles import role
from gui.flow_layout import FlowLayout
from gui.i18n import current_language
from gui.views.labels import VARIABLE_LABELS, tr, type_label
from gui.wrapped_headings import wrap_headings

_OPS = [">", ">=", "<", "<=", "==", "!="]
_SECTIONS = (*TYPES, "downgrading")


RULE_ITEMS = {
    # short names of the rule items (core.model.roles); the tooltip gives the role's description
    "new_machinery": QT_TR_NOOP("new machinery"), "new_process": QT_TR_NOOP("new process"),
    "automation": QT_TR_NOOP("automation"), "cad_erp": QT_TR_NOOP("cad erp"),
    "line_reorganisation": QT_TR_NOOP("line reorganisation"),
    "certification_new": QT_TR_NOOP("certification new"),
    "new_product": QT_TR_NOOP("new product"),
    "product_complexity_up": QT_TR_NOOP("product complexity up"),
    "unit_price_change_pct": QT_TR_NOOP("unit price change pct"),
    "stage_now": QT_TR_NOOP("stage now"), "stage_before": QT_TR_NOOP("stage before"),
    "design_added": QT_TR_NOOP("design added"), "rnd_added": QT_TR_NOOP("rnd added"),
    "own_brand_added": QT_TR_NOOP("own brand added"),
    "sector_changed": QT_TR_NOOP("sector changed"),
    "new_sector_sales_share": QT_TR_NOOP("new sector sales share"),
    "new_export_market": QT_TR_NOOP("new export market"), "new_buyer": QT_TR_NOOP("new buyer"),
    "certification_lost": QT_TR_NOOP("certification lost"),
    "export_stopped": QT_TR_NOOP("export stopped"),
    "price_setting_now": QT_TR_NOOP("price setting now"),
    "price_setting_before": QT_TR_NOOP("price setting before"),
}


def role_text(name: str) -> str:
    """A rule item's role in a few plain words, in the interface's language."""
    if name in RULE_ITEMS:
        return tr(RULE_ITEMS[name])
    if name in VARIABLE_LABELS:
        return tr(VARIABLE_LABELS[name])
    return name.replace("_", " ")


def role_description(item: Any) -> str:
    """The tooltip of a rule item: each role's full description (core.model.roles) in the interface's
    language (``description_vi``; Thai and Burmese the same way once added), then the rule."""
    names = []
    if isinstance(item, str):
        names = [item]
    elif isinstance(item, dict) and "role" in item:
        names = [str(item["role"])]
    elif isinstance(item, dict) and "stage_change" in item:
        names = list(item["stage_change"])
    code = current_language()
    lines = []
    for name in names:
        with contextlib.suppress(KeyError):
            r = role("firm", name)
            lines.append(getattr(r, f"description_{code}", "") or r.description)
    return "\n".join([*lines, str(item)])


def item_text(item: Any) -> str:
    """Plain words for one rule item."""
    if isinstance(item, str):
        return role_text(item)
    if "role" in item:
        return role_text(str(item["role"]))
    if "stage_change" in item:
        now, before = item["stage_change"]
        return tr("{now} vs {before}").format(now=role_text(now), before=role_text(before))
    key = "any" if "any" in item else "all"
    items = ", ".join(item_text(i) for i in item[key])
    return (tr("any of ({items})") if key == "any" else tr("all of ({items})")).format(
        items=items)


class RuleEditor(QWidget):
    rulesChanged = Signal(dict)
    previewChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setAccessibleName(self.tr("Rule editor"))
        self._firms = pd.DataFrame()
        self._applied: dict = default_rules()
        self._draft: dict = copy.deepcopy(self._applied)
        self._preview: RulePreview | None = None
        self._error = ""
        self._rows: dict[tuple[str, int], QTreeWidgetItem] = {}
        self._widgets: dict[tuple[str, int], dict[str, QWidget]] = {}
        self._building = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel(self.tr("<b>Upgrading rules</b>"), self)
        layout.addWidget(title)
        hint = QLabel(self.tr("A type is “yes” when any ticked item is yes. Untick an item or "
                              "change a threshold to see what would change."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("ruleTree")
        self.tree.setAccessibleName(self.tr("Rule items"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Test"), self.tr("Value")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self._fit_columns()
        self.tree.setIndentation(14)
        wrap_headings(self.tree, all_rows=True)  # long items take more lines, not an ellipsis
        self.tree.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.tree, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("rulePreviewSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.details = QLabel(self)
        self.details.setObjectName("rulePreviewDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.details)

        buttons = FlowLayout(spacing=6)  # wraps in a narrow editor, so no button text is cut
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("ruleApply")
        self.apply_button.clicked.connect(self.apply)
        self.undo_button = QPushButton(self.tr("Undo edits"), self)
        self.undo_button.setObjectName("ruleUndo")
        self.undo_button.clicked.connect(lambda: self._load(self._applied))
        self.reset_button = QPushButton(self.tr("Reset to defaults"), self)
        self.reset_button.setObjectName("ruleReset")
        self.reset_button.clicked.connect(self.reset_to_defaults)
        for b in (self.apply_button, self.undo_button, self.reset_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh_preview)
        self._load(self._applied)

    def _fit_columns(self) -> None:
        """The test and value columns as wide as a test (">=") and a threshold need at the
        current font (presentation mode enlarges it)."""
        metrics = self.tree.fontMetrics()
        header = self.tree.headerItem()
        for column, sample, least in ((1, ">=", 62), (2, "100.0", 78)):
            self.tree.setColumnWidth(column, max(
                least, metrics.horizontalAdvance(sample) + 44,
                metrics.horizontalAdvance(header.text(column)) + 16))

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)

    # -- public API ------------------------------------------------------------------------------

    def set_firms(self, firms: pd.DataFrame) -> None:
        """The firms the preview counts (the current subset's firm table)."""
        self._firms = firms
        self.refresh_preview()

    def set_rules(self, rules: dict | None) -> None:
        """The rules in force (None = defaults); the editor starts from them."""
        self._applied = default_rules() if rules is None else validate_rules(rules)
        self._load(self._applied)

    def applied_rules(self) -> dict:
        return copy.deepcopy(self._applied)

    def edited_rules(self) -> dict:
        return copy.deepcopy(self._draft_rules())

    def preview(self) -> RulePreview | None:
        return self._preview

    def set_item_enabled(self, section: str, index: int, enabled: bool) -> None:
        self._rows[(section, index)].setCheckState(
            0, Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
        self.refresh_preview()

    def set_threshold(self, section: str, index: int, value: float) -> None:
        self._widgets[(section, index)]["value"].setValue(value)
        self.refresh_preview()

    def set_operator(self, section: str, index: int, op: str) -> None:
        self._widgets[(section, index)]["op"].setCurrentText(op)
        self.refresh_preview()

    def apply(self) -> None:
        rules = self._draft_rules()
        if self._error:
            return
        self._applied = copy.deepcopy(rules)
        self.rulesChanged.emit(copy.deepcopy(rules))
        self.refresh_preview()

    def reset_to_defaults(self) -> None:
        self._load(default_rules())

    # -- building the tree -----------------------------------------------------------------------

    def _load(self, rules: dict) -> None:
        self._building = True
        self._draft = copy.deepcopy(rules)
        self.tree.clear()
        self._rows.clear()
        self._widgets.clear()
        for section in _SECTIONS:
            expr = (rules.get("downgrading") if section == "downgrading"
                    else rules["types"].get(section))
            default = (default_rules().get("downgrading") if section == "downgrading"
                       else default_rules()["types"].get(section))
            expr = expr or default
            if expr is None:
                continue
            key = "any" if "any" in expr else "all"
            head = QTreeWidgetItem(self.tree, [
                (type_label(section) if section != "downgrading" else self.tr("Downgrading"))
                + (self.tr(" — any of") if key == "any" else self.tr(" — all of"))])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            head.setData(0, Qt.ItemDataRole.UserRole, key)
            enabled_items = self._enabled_items(rules, section)
            all_items = list(expr[key])
            for extra in (default or {}).get(key, []):  # defaults stay visible when unticked
                if extra not in all_items:
                    all_items.append(extra)
            for i, item in enumerate(all_items):
                row = QTreeWidgetItem(head, [item_text(item), "", ""])
                row.setData(0, Qt.ItemDataRole.UserRole, copy.deepcopy(item))
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if item in enabled_items
                                  else Qt.CheckState.Unchecked)
                row.setToolTip(0, role_description(item))
                self._rows[(section, i)] = row
                if isinstance(item, dict) and ("role" in item or "stage_change" in item):
                    widgets: dict[str, QWidget] = {}
                    op = QComboBox(self.tree)
                    op.addItems(_OPS)
                    op.setCurrentText(item["op"])
                    op.setAccessibleName(self.tr("Test for {item}").format(item=item_text(item)))
                    op.currentTextChanged.connect(self._schedule)
                    self.tree.setItemWidget(row, 1, op)
                    widgets["op"] = op
                    if "role" in item and isinstance(item["value"], int | float) and not \
                            isinstance(item["value"], bool):
                        value = QDoubleSpinBox(self.tree)
                        value.setRange(-1e9, 1e9)
                        value.setDecimals(1)
                        value.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
                        value.setValue(float(item["value"]))
                        value.setAccessibleName(
                            self.tr("Threshold for {item}").format(item=item_text(item)))
                        value.valueChanged.connect(self._schedule)
                        self.tree.setItemWidget(row, 2, value)
                        widgets["value"] = value
                    self._widgets[(section, i)] = widgets
                else:  # no test or threshold beside it: the item's words take the whole row
                    row.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self._building = False
        self.refresh_preview()

    @staticmethod
    def _enabled_items(rules: dict, section: str) -> list:
        expr = rules.get("downgrading") if section == "downgrading" else rules["types"].get(section)
        if not expr:
            return []
        return list(expr["any" if "any" in expr else "all"])

    def _on_item_changed(self, *_: Any) -> None:
        if not self._building:
            self._schedule()

    def _schedule(self, *_: Any) -> None:
        if not self._building:
            self._timer.start()

    # -- draft and preview -----------------------------------------------------------------------

    def _draft_rules(self) -> dict:
        rules = copy.deepcopy(self._applied)
        rules["types"] = {}
        rules.pop("downgrading", None)
        for section in _SECTIONS:
            rows = sorted((i, row) for (s, i), row in self._rows.items() if s == section)
            if not rows:
                continue
            expr_key = rows[0][1].parent().data(0, Qt.ItemDataRole.UserRole) or "any"
            items = []
            for i, row in rows:
                if row.checkState(0) != Qt.CheckState.Checked:
                    continue
                item = copy.deepcopy(row.data(0, Qt.ItemDataRole.UserRole))
                widgets = self._widgets.get((section, i), {})
                if "op" in widgets:
                    item["op"] = widgets["op"].currentText()
                if "value" in widgets:
                    v = widgets["value"].value()
                    item["value"] = int(v) if float(v).is_integer() else v
                items.append(item)
            if not items:
                continue  # every item unticked: the type is not computed
            if section == "downgrading":
                rules["downgrading"] = {expr_key: items}
            else:
                rules["types"][section] = {expr_key: items}
        self._error = ""
        try:
            return validate_rules(rules) if rules["types"] else rules
        except RuleError as error:
            self._error = error.message if hasattr(error, "message") else str(error)
            return rules

    def refresh_preview(self) -> None:
        self._timer.stop()
        draft = self._draft_rules()
        if not draft["types"]:
            self._error = self.tr("Tick at least one item: no upgrading type is left")
        if self._error or self._firms.empty or "firm_id" not in self._firms.columns:
            self._preview = None
            self.summary.setText(self._error or self.tr("No firms to preview"))
            self.details.setText("")
            self.apply_button.setEnabled(not self._error and bool(draft["types"]))
            return
        self._preview = preview_rules(self._firms, self._applied, draft)
        p = self._preview
        same = draft == self._applied
        if same:
            self.summary.setText(self.tr("These are the rules in use."))
        elif p.n_changed == 1:
            self.summary.setText(self.tr("1 firm changes category"))
        else:
            self.summary.setText(self.tr("{n} firms change category").format(n=p.n_changed))
        lines = []
        for r in p.counts.itertuples():
            arrow = (f"{r.yes_before} → <b>{r.yes_after}</b>" if r.yes_before != r.yes_after
                     else f"{r.yes_before}")
            lines.append(f"{type_label(r.type)}: {arrow}")
        moves = [f"{type_label(t.before)} → {type_label(t.after)}: {t.n_firms}"
                 for t in p.transitions.head(4).itertuples()]
        text = self.tr("Firms with each type (of {n}): ").format(n=p.n_firms) + "; ".join(lines)
        if moves:
            text += "<br>" + self.tr("Moves: ") + "; ".join(moves)
        self.details.setText(text)
        self.apply_button.setEnabled(not same)
        self.previewChanged.emit(p)


__all__ = ["RuleEditor", "item_text"]
