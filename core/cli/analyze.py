"""The ``analyze`` command: open a survey or project, apply ``--where`` filters, run the rules and
comparisons, print the headline results and write the results workbook / JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from core.common.errors import UserFacingError


def add_parser(sub: Any) -> None:
    """Register ``analyze`` on the command line's subparsers."""
    p = sub.add_parser("analyze", help="upgrading categories and worker comparisons on a subset")
    p.add_argument("file", help="survey workbook, csv, .dta, .sav, or project (*.uex.json)")
    p.add_argument("--where", action="append", default=[], metavar="ROLE=VALUE",
                   help="keep only these firms/workers, e.g. country=Vietnam or "
                        "sector=apparel,electronics or employees=50..500 (repeatable)")
    p.add_argument("--out", metavar="results.xlsx", help="write the results workbook")
    p.add_argument("--json", metavar="results.json", help="write the results as JSON")
    p.add_argument("--report", metavar="report.docx",
                   help="write the report: findings with charts and tables, methods, provenance")
    p.add_argument("--script", metavar="analysis.py",
                   help="write a Python script that reproduces these numbers (as File → Export "
                        "analysis as Python script in the window)")
    p.add_argument("--lang", choices=["en", "vi", "th", "my"], default="en",
                   help="language of the findings (numbers are the same in every language)")
    p.set_defaults(run=run_analyze)


def _check_output(path: str, inputs: list[Path], suffix: str) -> Path:
    out = Path(path)
    if out.suffix.lower() != suffix:
        raise UserFacingError(f"The output file must end in {suffix}", where=str(out),
                              todo=f"Choose a name like results{suffix}")
    if any(out.resolve() == p.resolve() for p in inputs):
        raise UserFacingError("The output file is one of your input files; it would be "
                              "overwritten", where=str(out), todo="Choose another file name")
    return out


def run_analyze(args: argparse.Namespace) -> int:
    from core.analysis.disclosure import without_firm_records, workshop_mode
    from core.analysis.pipeline import run_analysis
    from core.analysis.subset import Subset, parse_where
    from core.cli.inspect_report import question_warnings
    from core.export.results_export import write_results_json, write_results_xlsx
    from core.project.opening import open_survey

    loaded = open_survey(Path(args.file))
    inputs = [s.path for s in loaded.sources] + [Path(args.file)]
    xlsx = _check_output(args.out, inputs, ".xlsx") if args.out else None
    js = _check_output(args.json, inputs, ".json") if args.json else None
    report = (_check_output(args.report, inputs, ".docx")
              if getattr(args, "report", None) else None)
    script = (_check_output(args.script, inputs, ".py")
              if getattr(args, "script", None) else None)
    survey = loaded.survey
    no_firms = survey.firms.empty or "firm_id" not in survey.firms.columns
    if no_firms and survey.workers.empty:
        raise UserFacingError(
            "Neither a firm table with a firm ID nor a worker table was recognised, so nothing "
            "can be analysed",
            where=Path(args.file).name,
            todo="Run `python main.py inspect` on the file to see what was found, then save a "
                 "project that names the firm and worker tables and their ID columns")
    base = Subset.from_json(survey.study.subset) if survey.study.subset else None
    subset = parse_where(args.where, survey.firms, survey.workers, base=base)
    views = None  # a project's saved view choices: the JSON then equals what the window shows
    if loaded.project_path is not None:
        from core.project.project_file import read_project

        views = (read_project(loaded.project_path).views or {}).get("state")
    result = run_analysis(survey.firms, survey.workers, rules=survey.study.rules,
                          subset=subset, settings=survey.study.settings, views=views)
    # what the import assumed without being sure comes first: every later number inherits it
    assumed = question_warnings(survey.study)
    result.warnings = [*assumed, *(w for w in result.warnings if w not in assumed)]
    if no_firms:
        result.warnings.insert(0, f"No firm table was recognised: {len(survey.workers):,} "
                                  "workers are counted; firm-level results are not available")
    if workshop_mode(survey.study.settings):  # as the window: no individual firm in the files
        result = without_firm_records(result)
    result.language = getattr(args, "lang", "en")  # callers building their own Namespace
    about = {
        "source_file": ", ".join(str(s.path) for s in loaded.sources),
        "sha256": ", ".join(s.sha256 for s in loaded.sources),
        "Project file": str(loaded.project_path) if loaded.project_path else "",
        "Command": "analyze " + " ".join(f"--where {w}" for w in args.where),
    }
    if xlsx:
        write_results_xlsx(result, xlsx, about=about)
    if js:
        write_results_json(result, js)
    if report:
        from core.export.report_docx import write_report

        write_report(result, report, language=result.language, title=loaded.title,
                     about={k: about[k] for k in ("source_file", "sha256", "Project file",
                                                  "Command")})
    if script:
        from core.common.jsonfile import write_text_atomic
        from core.export.script_export import script_for_result

        write_text_atomic(script_for_result(result, loaded.project_path or Path(args.file)),
                          script)
    for note in loaded.notes:
        print(f"Note: {note}")
    print(headline_text(result.to_json(), loaded.title))
    for path in (xlsx, js, report, script):
        if path:
            print(f"Written: {path}")
    return 0


def _pct(v: Any) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def headline_text(res: dict, title: str) -> str:
    """A few lines a researcher can read in the terminal: sizes, shares by type, wage gaps."""
    lines = [f"{title}: {res['n_firms']:,} firms, {res['n_workers']:,} workers in the subset"]
    if res["subset"] and any(res["subset"].values()):
        lines.append("Subset: " + json.dumps(res["subset"], ensure_ascii=False))
    lines.append("Share of firms upgrading (95% CI, firms with a known answer):")
    for t, s in res["upgrading_summary"].items():
        lines.append(f"  {t:<12} {_pct(s['share']):>7}  [{_pct(s['ci_low'])}, "
                     f"{_pct(s['ci_high'])}]  n={s['n_known']}")
    rows = [c for c in res["comparisons"] if c["outcome"] in ("log_monthly_wage", "wage_to_minimum")
            and c["group_var"] == "highest_type"]
    if rows:
        lines.append("Worker outcomes by the firm's highest upgrading type (difference from 'none'):")
        for c in rows:
            if c["p_value"] is None:
                diff = "reference" if not c["suppressed"] else "suppressed"
            else:
                diff = f"diff {c['diff']:+.3f} [{c['diff_ci_low']:+.3f}, {c['diff_ci_high']:+.3f}] " \
                       f"p={c['p_value']:.3f}"
            flags = " (few firms)" if c["few_firms"] else ""
            lines.append(f"  {c['outcome']:<17} {c['group']:<11} n={c['n_workers']:>4} workers/"
                         f"{c['n_firms']:>3} firms  {diff}{flags}")
    if res.get("findings"):
        lines.append("Findings:")
        lines += [f"  - {f['statement']}" for f in res["findings"]]
    for w in res["warnings"]:
        lines.append(f"Note: {w}")
    return "\n".join(lines)
