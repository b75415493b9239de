"""The analysis views: each a QWidget with an objectName, a tab of the main window, that draws
the typed results core computes for its choices.

- :class:`gui.views.upgrading_view.UpgradingView` (``upgradingView``)
- :class:`gui.views.outcomes_view.OutcomesView` (``outcomesView``)
- :class:`gui.views.matrix_view.MatrixView` (``matrixView``)
- :class:`gui.views.chart_builder.ChartBuilder` (``chartBuilder``)

What they share lives in one module each: :mod:`gui.views.base` (the view base class and the
chart panel), :mod:`gui.views.tables` (the views' small tables), :mod:`gui.views.labels` (plain
words for types, variables and values). This package only re-exports the names other modules use.
"""

from core.analysis.variables import currencies_of
from gui.views.base import AnalysisView, fit_title
from gui.views.labels import value_text
from gui.views.tables import export_cell, set_emphasis

__all__ = ["AnalysisView", "currencies_of", "export_cell", "fit_title", "set_emphasis",
           "value_text"]
