"""Small, realistic survey frames for the GUI tests (no files: the window's loader is injected)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

FIRM_LABELS = {"sector": {1: "Apparel", 2: "Electronics"}}
WORKER_LABELS = {"gender": {1: "Male", 2: "Female"}}
VARIABLE_LABELS = {
    "firms": {"employees": "Q5. How many people does this establishment employ today?"},
    "workers": {"pay_amount": "H11B. How much were you paid last period?"},
}


def make_survey(n_firms: int, n_workers: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Firms and workers shaped like the canonical tables (codes, categories, gaps)."""
    rng = np.random.default_rng(seed)
    firm_ids = [f"F{i:04d}" for i in range(1, n_firms + 1)]
    employees = rng.integers(20, 5000, n_firms).astype(float)
    employees[::7] = np.nan
    firms = pd.DataFrame({
        "firm_id": firm_ids,
        "country": pd.Categorical(rng.choice(["Vietnam", "Thailand", "Myanmar"], n_firms)),
        "sector": rng.integers(1, 3, n_firms),
        "employees": employees,
        "year_founded": rng.integers(1985, 2020, n_firms),
    })
    workers = pd.DataFrame({
        "worker_id": np.arange(1, n_workers + 1),
        "firm_id": rng.choice(firm_ids, n_workers),
        "gender": rng.integers(1, 3, n_workers),
        "pay_amount": rng.lognormal(15, 0.4, n_workers).round(-3),
        "training": rng.random(n_workers) < 0.3,
    })
    return firms, workers


def core_survey(title: str, firms: pd.DataFrame | None, workers: pd.DataFrame | None, *,
                firm_labels: dict | None = None, worker_labels: dict | None = None,
                variable_labels: dict | None = None):
    """A core LoadedSurvey of these tables, as a loader returns it: read as the data of a
    project called ``title`` (so no import review), roles proposed by core."""
    from pathlib import Path

    from core.io.rawtable import RawTable, SourceFile
    from core.model.loading import LoadedSurvey
    from core.model.study import classify_tables, propose_study
    from core.model.survey import build_survey

    variable_labels = variable_labels or {}
    tables = []
    for name, frame, labels in (("firms", firms, firm_labels), ("workers", workers, worker_labels)):
        if frame is not None:
            tables.append(RawTable(name, frame.reset_index(drop=True),
                                   variable_labels=dict(variable_labels.get(name, {})),
                                   value_labels=dict(labels or {})))
    data = Path(f"/nonexistent/{title}.xlsx")
    source = SourceFile(data, "xlsx", "0" * 64, tables)
    kinds = classify_tables(tables)
    study = propose_study(tables, firm_path=data, kinds=kinds)
    survey = build_survey(study, {"firms": kinds.firms, "workers": kinds.workers})
    return LoadedSurvey(survey, [source], kinds.kinds, project_path=Path(f"/nonexistent/{title}.uex.json"))


@pytest.fixture
def survey_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    return make_survey(280, 802)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Every GUI test gets its own QSettings file and user data folder (never the real ones)."""
    from PySide6.QtCore import QSettings

    root = tmp_path_factory.mktemp("user")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    monkeypatch.setenv("UPGRADING_EXPLORER_DATA_DIR", str(root / "data"))
    return root


@pytest.fixture(autouse=True)
def interface_language_restored():
    """Each test ends in the language it began in (English): a test that leaves Vietnamese
    installed would make every later test in its worker read Vietnamese. The leak is reported on
    the test that caused it, and undone so the rest still run."""
    from gui import i18n

    before = i18n.current_language()
    yield
    after = i18n.current_language()
    if after != before:
        i18n.install_language(before)
        pytest.fail(f"the test left the interface in {after!r} (began in {before!r})")


@pytest.fixture(autouse=True)
def display_state_restored():
    """Each test ends with presentation mode off, chart fonts at 1.0 and the application font it
    began with: presentation mode and the app font are process-wide, so a test that leaves them
    changed lays out every later window of its worker differently (the projector-layout test
    failed in the full suite only, after such a test). Reported on the leaking test, then undone."""
    from PySide6.QtWidgets import QApplication

    from gui import chart_style, presentation
    from gui.views import tables

    app = QApplication.instance()
    font_before = app.font().toString() if app is not None else None
    yield
    leaks = []
    if presentation.is_on() or presentation.scale() != 1.0:
        leaks.append("presentation mode on")
    if chart_style.font_scale() != 1.0:
        leaks.append(f"chart font scale {chart_style.font_scale()}")
    if tables._emphasis["on"]:
        leaks.append("table emphasis on")
    app = QApplication.instance()
    if app is not None and font_before is not None and app.font().toString() != font_before:
        leaks.append(f"application font {app.font().toString()!r} (began {font_before!r})")
    if leaks:
        presentation._state.update(on=False, scale=1.0)
        chart_style.set_font_scale(1.0)
        tables.set_emphasis(False)
        if app is not None and font_before is not None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.fromString(font_before)
            app.setFont(font)
        pytest.fail("the test left display state changed: " + "; ".join(leaks))


@pytest.fixture(autouse=True, scope="session")
def bundled_fonts_installed(qapp):
    """The bundled fonts registered, as the app does at start (gui.app): without them a window's
    text measures differently from the user's, and a test that installs them (test_fonts) changed
    the layout of every later test in its worker (the projector test's chart lost 45 px)."""
    from gui.fonts import install_bundled_fonts

    install_bundled_fonts()
