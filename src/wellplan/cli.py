"""The ``wellplan`` command. Headless commands never import Qt (or any PDF code).

wellplan [FILE]          start the app (on the default file, or FILE)
wellplan --version
wellplan demo FILE       write a demo file for a fictional person
wellplan check FILE      check a file's health (exit 0 healthy, 1 not)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wellplan import __version__

COMMANDS = ("demo", "check")


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wellplan", description="WellPlan without the window.")
    parser.add_argument("--version", action="version", version=f"WellPlan {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="write a demo file for a fictional person")
    demo.add_argument("file", help="where to write it (replaced if it exists)")
    check = sub.add_parser("check", help="check that a WellPlan file is healthy")
    check.add_argument("file")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wellplan",
        description="WellPlan: your own wellness and crisis plans, kept on your computer.",
        epilog="Other commands: 'wellplan demo FILE', 'wellplan check FILE'.",
    )
    parser.add_argument("--version", action="version", version=f"WellPlan {__version__}")
    parser.add_argument("file", nargs="?", help="a .wellplan file to open")
    return parser


def _demo(file: str) -> int:
    from wellplan.storage.demo import write_demo

    path = write_demo(file)
    print(f"Wrote a demo plan file to {path}")
    return 0


def _check(file: str) -> int:
    from wellplan.storage.document import check_file

    report = check_file(file)
    if report.healthy:
        print(f"{report.path.name}: healthy. SQLite's checks found no problems.")
        return 0
    print(f"{report.path.name}: problems found:")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        ns = _command_parser().parse_args(args)
        try:
            return _demo(ns.file) if ns.command == "demo" else _check(ns.file)
        except Exception as exc:  # a clear line, not a traceback, for scripts and people
            from wellplan.storage.errors import StorageError

            if isinstance(exc, StorageError | OSError):
                print(f"wellplan: {exc}", file=sys.stderr)
                return 2 if ns.command == "demo" else 1
            raise
    ns = _gui_parser().parse_args(args)
    from wellplan.app import run

    return int(run(ns.file))
