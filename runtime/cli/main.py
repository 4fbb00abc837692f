"""Entry point of the headless CLI: builds the parser from the command modules."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from runtime import __version__
from runtime.cli.common import CliError

# Each module defines `register(subparsers, parent)`; `parent` carries --db.
COMMAND_MODULES = ("nodes", "flows", "contacts", "deals", "users", "connections", "run", "enroll", "history", "outbox", "simulate")
COMMAND_MODULES += ("accounts", "runtimes")


def build_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        # SUPPRESS: a subcommand's copy of --db must not reset `--db X COMMAND` to None.
        default=argparse.SUPPRESS,
        help="database URL or SQLite file path (default: $CAUDAL_DB, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="caudal",
        description="Caudal: CRM automation flows. With no command, opens the designer.",
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"caudal {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"runtime.cli.cmd_{name}").register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):  # --db defaults to SUPPRESS (see build_parser)
        args.db = None
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"caudal: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `caudal nodes | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
