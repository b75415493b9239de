"""Settings → the project's disclosure thresholds and workshop mode, in a small dialog.

The values live in the project's ``settings`` (saved with it) and reach
``core.analysis.pipeline.run_analysis`` as its settings: ``min_firms`` and ``min_workers`` suppress a number
that comes from fewer firms or workers; ``few_firms`` flags groups whose clustered confidence
intervals are unreliable. ``workshop_mode`` hides individual firms (the window does that; the
analysis ignores the key).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.analysis.pipeline import AnalysisSettings
from core.project.session import WORKSHOP_KEY

DEFAULT_THRESHOLDS = {k: getattr(AnalysisSettings(), k) for k in ("min_firms", "min_workers",
                                                                   "few_firms")}
"""core.analysis.pipeline.AnalysisSettings' defaults for the three disclosure settings."""


class SettingsDialog(QDialog):
    """Three thresholds and the workshop-mode switch; ``values()`` after Accept."""

    def __init__(self, settings: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Project settings"))
        self.setAccessibleName(self.tr("Project settings"))
        settings = dict(settings or {})

        intro = QLabel(self.tr(
            "These settings are saved with the project and apply to every table, chart and "
            "export."), self)
        intro.setWordWrap(True)

        self.min_firms = self._spin("settingsMinFirms", 1, 1000)
        self.min_workers = self._spin("settingsMinWorkers", 1, 100_000)
        self.few_firms = self._spin("settingsFewFirms", 1, 10_000)
        disclosure = QGroupBox(self.tr("Disclosure"), self)
        form = QFormLayout(disclosure)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Hide a number based on fewer than this many firms:"),
                    self.min_firms)
        form.addRow(self.tr("Hide a number based on fewer than this many workers:"),
                    self.min_workers)
        form.addRow(self.tr("Warn when a group has fewer than this many firms:"),
                    self.few_firms)
        note = QLabel(self.tr(
            "Hidden numbers show as “suppressed”. With few firms, confidence intervals "
            "clustered by firm are unreliable, so such groups are flagged."), disclosure)
        note.setWordWrap(True)
        note.setObjectName("settingsNote")
        form.addRow(note)

        self.workshop = QCheckBox(self.tr("Workshop mode: hide individual firms"), self)
        self.workshop.setObjectName("settingsWorkshopMode")
        self.workshop.setToolTip(self.tr(
            "Hide the firms table, the firm list and firm ids in exports, for showing results "
            "to an audience. Totals, shares and charts stay as they are."))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(disclosure)
        layout.addWidget(self.workshop)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.set_values(settings)
        self.setMinimumWidth(520)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setGroupSeparatorShown(True)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(90)
        return box

    def set_values(self, settings: dict) -> None:
        for key, box in self._boxes().items():
            value = settings.get(key, DEFAULT_THRESHOLDS[key])
            try:
                box.setValue(int(value))
            except (TypeError, ValueError):
                box.setValue(DEFAULT_THRESHOLDS[key])
        self.workshop.setChecked(bool(settings.get(WORKSHOP_KEY, False)))

    def restore_defaults(self) -> None:
        for key, box in self._boxes().items():
            box.setValue(DEFAULT_THRESHOLDS[key])

    def _boxes(self) -> dict[str, QSpinBox]:
        return {"min_firms": self.min_firms, "min_workers": self.min_workers,
                "few_firms": self.few_firms}

    def values(self) -> dict:
        """{"min_firms": …, "min_workers": …, "few_firms": …, "workshop_mode": bool}."""
        out: dict = {key: box.value() for key, box in self._boxes().items()}
        out[WORKSHOP_KEY] = self.workshop.isChecked()
        return out


__all__ = ["DEFAULT_THRESHOLDS", "WORKSHOP_KEY", "SettingsDialog"]
