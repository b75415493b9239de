"""The main window's controllers: each turns one kind of gesture into core calls.

- :mod:`gui.controllers.open_controller`: open a file, sample or project; the import review
  (first time, remembered, again); missing and changed data files; recent files.
- :mod:`gui.controllers.analysis_controller`: derived columns and analysis requests on the one
  background worker (gui.concurrent), results handed to the views.
- :mod:`gui.controllers.selection_controller`: linked selection between the views and tables.
- :mod:`gui.controllers.export_controller`: results workbook, script, table exports, chart images.
- :mod:`gui.controllers.session_controller`: the core session (everything the user can change),
  its undo stack, the Edit menu, the title and the autosave.

Imports nothing at package level. Views never import controllers or the window (an import-linter
contract in pyproject.toml): a controller calls a view, not the other way round.
"""
