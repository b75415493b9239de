"""Settings → the project's disclosure thresholds, comparisons and workshop mode, in a dialog.

The values live in the project's ``settings`` (saved with it) and reach
``core.analysis.pipeline.run_analysis`` as its settings: ``min_firms`` and ``min_workers`` suppress a number
that comes from fewer firms or workers; ``few_firms`` flags groups whose clustered confidence
intervals are unreliable; ``controls`` are held equal in the adjusted differences (None: core's
default, skill group and gender, and country when the subset has several); ``use_weights``
switches the survey's weights on or off; ``survey_years`` dates the minimum wage of rows without
a survey date (core.analysis.measures.parse_survey_years reads the text). ``workshop_mode``
hides individual firms (the window does that; the analysis ignores the key).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.analysis.adjusted import AUTOMATIC_CONTROLS, CONTROL_CHOICES
from core.analysis.measures import parse_survey_years, survey_years_text
from core.analysis.pipeline import AnalysisSettings
from core.common.errors import UserFacingError
from core.project.session import WORKSHOP_KEY
from gui.views.labels import variable_label

DEFAULT_THRESHOLDS = {k: getattr(AnalysisSettings(), k) for k in ("min_firms", "min_workers",
                                                                   "few_firms")}
"""core.analysis.pipeline.AnalysisSettings' defaults for the three disclosure settings."""
AUTO_CONTROLS = AUTOMATIC_CONTROLS
"""Ticked by default: core's automatic choice (country only counts when the subset has several)."""


class SettingsDialog(QDialog):
    """Three thresholds, the comparisons' controls, weights and survey years, and the
    workshop-mode switch; ``values()`` after Accept."""

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

        comparisons = QGroupBox(self.tr("Comparing workers"), self)
        grid = QGridLayout(comparisons)
        holds = QLabel(self.tr("The adjusted difference holds these equal:"), comparisons)
        holds.setWordWrap(True)
        grid.addWidget(holds, 0, 0, 1, 3)
        self.controls: dict[str, QCheckBox] = {}
        for i, name in enumerate(CONTROL_CHOICES):
            box = QCheckBox(variable_label(name), comparisons)
            box.setObjectName(f"settingsControl_{name}")
            self.controls[name] = box
            grid.addWidget(box, 1 + i // 3, i % 3)
        row = 2 + (len(CONTROL_CHOICES) - 1) // 3
        self.use_weights = QCheckBox(self.tr("Use the survey's weights (when it has them)"),
                                     comparisons)
        self.use_weights.setObjectName("settingsUseWeights")
        grid.addWidget(self.use_weights, row, 0, 1, 3)
        years = QLabel(self.tr("Survey year by country (for the minimum wage, when the survey "
                               "has no interview date):"), comparisons)
        years.setWordWrap(True)
        grid.addWidget(years, row + 1, 0, 1, 3)
        self.survey_years = QLineEdit(comparisons)
        self.survey_years.setObjectName("settingsSurveyYears")
        self.survey_years.setPlaceholderText(self.tr("e.g. Vietnam 2019, Thailand 2020"))
        years.setBuddy(self.survey_years)
        grid.addWidget(self.survey_years, row + 2, 0, 1, 3)

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
        layout.addWidget(comparisons)
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
        controls = settings.get("controls")
        chosen = AUTO_CONTROLS if not isinstance(controls, list) else set(controls)
        for name, box in self.controls.items():
            box.setChecked(name in chosen)
        self.use_weights.setChecked(bool(settings.get("use_weights", True)))
        years = settings.get("survey_years")
        self.survey_years.setText(survey_years_text(years if isinstance(years, dict) else {}))

    def restore_defaults(self) -> None:
        for key, box in self._boxes().items():
            box.setValue(DEFAULT_THRESHOLDS[key])
        for name, box in self.controls.items():
            box.setChecked(name in AUTO_CONTROLS)
        self.use_weights.setChecked(True)
        self.survey_years.clear()

    def accept(self) -> None:
        """Refuse, in plain words, a survey-year text that cannot be read (the dialog stays)."""
        try:
            parse_survey_years(self.survey_years.text())
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Project settings"), error.message)
            self.survey_years.setFocus()
            return
        super().accept()

    def _boxes(self) -> dict[str, QSpinBox]:
        return {"min_firms": self.min_firms, "min_workers": self.min_workers,
                "few_firms": self.few_firms}

    def values(self) -> dict:
        """{"min_firms", "min_workers", "few_firms", "controls" (None: core's default),
        "use_weights", "survey_years", "workshop_mode"}."""
        out: dict = {key: box.value() for key, box in self._boxes().items()}
        chosen = [name for name, box in self.controls.items() if box.isChecked()]
        out["controls"] = None if set(chosen) == AUTO_CONTROLS else chosen
        out["use_weights"] = self.use_weights.isChecked()
        try:
            out["survey_years"] = parse_survey_years(self.survey_years.text())
        except UserFacingError:
            out["survey_years"] = {}
        out[WORKSHOP_KEY] = self.workshop.isChecked()
        return out


__all__ = ["AUTO_CONTROLS", "CONTROL_CHOICES", "DEFAULT_THRESHOLDS", "WORKSHOP_KEY",
           "SettingsDialog"]
