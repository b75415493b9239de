"""Headless command line: ``inspect`` and ``analyze``.

Runs the same core functions as the window. Bad input never prints a traceback: the user reads one
plain paragraph and the exit code is 2. An unexpected failure (a bug) prints a short plain message,
also with exit code 2; its traceback is printed only with --debug.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from core.cli import analyze as analysis_cli
from core.common.errors import UserFacingError

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _inspect(args: argparse.Namespace) -> int:
    from core.cli.inspect_report import format_text, inspect_report

    report = inspect_report(Path(args.file))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_text(report))
    return EXIT_OK if report["loadable"] else EXIT_BAD_INPUT


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Upgrading Explorer: economic and social upgrading in firm–worker surveys.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("inspect", help="describe a survey file or project: sheets, roles, problems")
    p.add_argument("file", help="survey workbook, csv, .dta, .sav, or project (*.uex.json)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=_inspect)
    analysis_cli.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python main.py inspect|analyze ...``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UserFacingError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` or similar, which stopped reading
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, keep the details for whoever fixes it
        print(f"Something went wrong inside Upgrading Explorer ({type(exc).__name__}: {exc}). "
              "Your files were not changed. Please send this message and the file to the "
              "developers.", file=sys.stderr)
        if getattr(args, "debug", False):
            traceback.print_exc()
        return EXIT_BAD_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
