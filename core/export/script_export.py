"""File → Export analysis as Python script: a short, readable script that reproduces the window's
numbers headless, through the same core calls (open_survey → Subset → run_analysis → print).

The script embeds the survey path, the subset, the rules (None = the defaults), the settings and
the view choices as plain Python literals, so a researcher can read it, change one line and run it
again; what it prints under "Shown in the window" is each view's numbers (the JSON of
``analyze``), withheld where the disclosure rule withholds them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import pprint
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import core
from core.analysis.pipeline import AnalysisResult, AnalysisSettings
from core.analysis.subset import Subset
from core.analysis.view_choices import OutcomeChoice, ViewChoices
from core.common.jsonfile import json_safe, write_text_atomic

CORE_DIR = Path(__file__).resolve().parents[2]

_TEMPLATE = '''\
"""Upgrading Explorer analysis, reproduced without the window.

Written {date} by Upgrading Explorer {version}. Run it with the Python that runs Upgrading
Explorer:   python followed by this file's name.
It prints the shares of firms by upgrading type (Wilson 95% CI), the worker comparison (firm-
clustered 95% CI) and what each view of the window shows for the choices below; numbers withheld
by the disclosure rule print "suppressed".
"""

import sys

sys.path.insert(0, {core_dir!r})  # the folder that holds Upgrading Explorer's `core` package

from core.analysis.pipeline import run_analysis, withhold_suppressed, withhold_suppressed_shares
from core.project.opening import open_survey
from core.analysis.subset import Subset

# Everything below written from your survey (its path, names, labels, rules) is data, as Python
# literals: nothing from the survey or its file names is ever run as code.
SURVEY = {survey}
SUBSET = {subset}
RULES = {rules}  # None = the default rules (DOMAIN.md, version 1)
SETTINGS = {settings}
VIEWS = {views}  # each view's choices (outcome, grouping, matrix cut-off, ...)


def pct(x):
    return "suppressed" if x is None or x != x else f"{{100 * x:.1f}}%"


def num(x):
    return "suppressed" if x is None or x != x else f"{{x:.4f}}"


survey = open_survey(SURVEY).survey
result = run_analysis(survey.firms, survey.workers, rules=RULES,
                      subset=Subset.from_json(SUBSET), settings=SETTINGS, views=VIEWS)
shown = result.to_json()

print(f"Subset: {{result.n_firms}} firms, {{result.n_workers}} workers")
print("Share of firms with each upgrading type (Wilson 95% CI, firms with a known answer):")
for r in withhold_suppressed_shares(result.upgrading_summary).itertuples():
    print(f"  {{r.type:<12}} all={{'all':<14}} {{pct(r.share):>10}}  "
          f"[{{pct(r.ci_low)}}, {{pct(r.ci_high)}}]  n={{r.n_known}}")
for r in withhold_suppressed_shares(result.shares_by_group).itertuples():
    if r.n_firms == 0:
        continue  # a category with no firm in this subset
    print(f"  {{r.type:<12}} {{r.group_var}}={{r.group:<14}} {{pct(r.share):>10}}  "
          f"[{{pct(r.ci_low)}}, {{pct(r.ci_high)}}]  n={{r.n_known}}")

print("Worker comparison (firm-clustered 95% CI; difference from the reference group):")
for r in withhold_suppressed(result.comparisons).itertuples():
    print(f"  {{r.outcome}} by {{r.group_var}}: {{r.group:<12}} firms={{r.n_firms}} "
          f"workers={{r.n_workers}} mean={{num(r.mean)}} [{{num(r.ci_low)}}, {{num(r.ci_high)}}] "
          + ("(reference)" if r.group == r.reference
             else f"diff={{num(r.diff)}} p={{num(r.p_value)}}"))

print("Shown in the window:")
up = shown["upgrading_by"]
print(f"  Upgrading, bars by {{up['split']}}:")
for r in up["shares"] + (up["downgrading"] or []):
    print(f"    {{r['type']}} | {{r['group_var']}}: {{r['group']}} | share {{pct(r['share'])}} "
          f"[{{pct(r['ci_low'])}}, {{pct(r['ci_high'])}}] of {{r['n_known']}} firms")
for table in shown["outcome_tables"]:
    print(f"  Worker outcomes: {{table['outcome']}} by {{table['grouping']}}, side by side for "
          f"{{table['breakdown']}}" + (f" (refused: pay in {{', '.join(table['refused_currencies'])}})"
                                   if table["refused_currencies"] else ""))
    for r in table["rows"]:
        print(f"    {{r['subset']}} | {{r['breakdown']}} | {{r['group']}} | firms {{r['n_firms']}} "
              f"workers {{r['n_workers']}} | value {{num(r['mean'])}} [{{num(r['ci_low'])}}, "
              f"{{num(r['ci_high'])}}] | " + ("reference" if r["group"] == r["reference"]
                                            else f"difference {{num(r['diff'])}} "
                                                 f"p {{num(r['p_value'])}}"))
m = shown["matrix_chart"]
print(f"  Economic x social ({{m['breakdown_var']}}: {{m['breakdown']}}): cut-off "
      f"{{m['cutoff_kind']}} = {{num(m['cutoff'])}}; firms shown {{m['n_points']}}")
for q in m["quadrants"]:
    print(f"    {{q['economic']}} / MS {{q['social']}}: "
          + ("suppressed" if q["n_firms"] is None else f"{{q['n_firms']}} firms"))
b = shown["chart_builder"]
print(f"  Chart builder: {{b['kind']}} of {{b['variable']}} by {{b['group']}} ({{b['level']}})")
for g in b["groups"]:
    print(f"    {{g['group']}} | n {{g['n']}} | "
          + (f"value {{num(g['mean'])}} [{{num(g['ci_low'])}}, {{num(g['ci_high'])}}]"
             if b["kind"] == "bar" else "suppressed" if g["suppressed"] else "shown"))
for warning in result.warnings:
    print("Note:", warning)
'''


def _literal(value: Any) -> str:
    """A readable Python literal of JSON-like data (dicts, lists, strings, numbers, None).

    Safe by construction: pprint writes every string with ``repr``, which escapes quotes,
    backslashes, line breaks and every non-printable character (U+2028 included), so no text
    from a survey, a file name or a rule can end the literal and become code; NaN and infinity
    (not Python literals) become None first (core.common.jsonfile.json_safe)."""
    return pprint.pformat(json_safe(value), indent=1, width=90, sort_dicts=False)


def analysis_script(survey_path: str | Path, *, subset: Subset | Mapping | None = None,
                    rules: Mapping | None = None,
                    settings: AnalysisSettings | Mapping | None = None,
                    outcome: str | None = None, group_var: str | None = None,
                    views: ViewChoices | Mapping | None = None,
                    core_dir: str | Path | None = None) -> str:
    """The script's text. ``views``: the view choices (a ViewChoices or a project's
    ``views.state``) whose numbers it prints as the window shows them; ``outcome`` /
    ``group_var`` narrow the printed comparison to the outcomes view's (they become the
    settings' outcomes and group_vars, and the outcomes view's choice)."""
    subset = subset if isinstance(subset, Subset) else Subset.from_json(subset)
    choices = ViewChoices.coerce(views)
    if outcome is not None or group_var is not None:
        chosen = choices.outcomes
        choices = dataclasses.replace(choices, outcomes=OutcomeChoice(
            outcome or chosen.outcome, group_var or chosen.grouping, chosen.breakdown))
    settings = (settings if isinstance(settings, AnalysisSettings)
                else AnalysisSettings.from_json(settings))
    data = settings.to_json()
    if outcome is not None:
        data["outcomes"] = [outcome]
    if group_var is not None:
        data["group_vars"] = [group_var]
    defaults = AnalysisSettings().to_json()
    changed = {k: v for k, v in data.items() if v != defaults.get(k)}
    return _TEMPLATE.format(
        date=dt.date.today().isoformat(), version=getattr(core, "__version__", ""),
        core_dir=str(Path(core_dir or CORE_DIR)),
        survey=_literal(str(Path(survey_path).resolve())), subset=_literal(subset.to_json()),
        rules=_literal(dict(rules)) if rules is not None else "None",
        settings=_literal(changed), views=_literal(choices.to_json()))


def script_for_result(result: AnalysisResult, survey_path: str | Path, **kwargs: Any) -> str:
    """The script that reproduces ``result`` (its subset, rules, settings and view choices)."""
    if result.views is not None:
        kwargs.setdefault("views", result.views.choices)
    return analysis_script(survey_path, subset=result.subset, rules=result.rules,
                           settings=result.settings, **kwargs)


def write_analysis_script(path: str | Path, survey_path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`analysis_script` to ``path`` (UTF-8) and return it."""
    return write_text_atomic(analysis_script(survey_path, **kwargs), Path(path))


__all__ = ["analysis_script", "script_for_result", "write_analysis_script"]
