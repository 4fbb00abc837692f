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
COMMAND_MODULES: tuple[str, ...] = ("nodes", "flows", "contacts", "deals", "users", "connections", "run", "enroll", "history", "outbox", "simulate")
COMMAND_MODULES += ("accounts", "settings", "tasks", "forms", "runtimes")


def named_module(argv: Sequence[str]) -> str | None:
    """The command module `argv` names (`[--db URL] COMMAND ...`); None for anything else."""
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        elif argv[i].startswith("-"):
            return None  # --help, --version, a typo: the whole parser answers
        else:
            return argv[i] if argv[i] in COMMAND_MODULES else None
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The CLI's parser; for an `argv` that names a command, with that command's module only.

    Each module imports what its commands need, so `contacts list` never loads what `run`,
    `connections` or `accounts` need (APScheduler, httpx, the keyring, the engine). A module
    named like a command must register that command (tests/runtime/cli/test_main.py).
    """
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
    only = named_module(argv)
    for name in (only,) if only else COMMAND_MODULES:
        importlib.import_module(f"runtime.cli.cmd_{name}").register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; return the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
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
