"""Entry point of the headless CLI: builds the parser from the command modules, in the user's language.

`--lang es|en|fr|id` (any command) or else the environment (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG; English under C/POSIX) chooses the language of messages and help;
dates and numbers follow the locale. `--json` output is the same in every language.

`--help` imports every command module to build the parser, so what only one command uses (the
engine, email, the service...) is imported inside the function that runs it, not at a command
module's top (tests/runtime/cli/test_main.py checks what a command loads).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from runtime import __version__
from runtime.cli.common import CliError, use_iso_dates
from runtime.i18n import CODES, _, from_environment, language, set_language, translate_rendered
from runtime.i18n.formats import is_neutral_locale, use_system_locale

# Each module defines `register(subparsers, parent)`; `parent` carries --db and --lang.
COMMAND_MODULES: tuple[str, ...] = ("nodes", "flows", "contacts", "deals", "users", "connections", "run", "enroll",
                                    "history", "outbox", "simulate")
COMMAND_MODULES += ("accounts", "settings", "tasks", "forms", "runtimes")


def named_module(argv: Sequence[str]) -> str | None:
    """The command module `argv` names (`[--db URL] [--lang X] COMMAND ...`); None for anything else."""
    i = 0
    while i < len(argv):
        if argv[i] in ("--db", "--lang"):
            i += 2
        elif argv[i].startswith(("--db=", "--lang=")):
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
        help=_("database URL or SQLite file path (default: $CAUDAL_DB, else the database chosen in the designer, "
               "else the user data folder)"),
    )
    parent.add_argument("--lang", choices=CODES, default=argparse.SUPPRESS,
                        help=_("language of messages and help (default: from $LANG)"))
    parser = argparse.ArgumentParser(
        prog="caudal",
        description=_("Caudal: CRM automation flows. With no command, opens the designer."),
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"caudal {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    only = named_module(argv)
    for name in (only,) if only else COMMAND_MODULES:
        importlib.import_module(f"runtime.cli.cmd_{name}").register(sub, parent)
    return parser


def lang_option(argv: Sequence[str]) -> str | None:
    """The language `--lang X` / `--lang=X` asks for, if any."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in CODES:
            return args[i + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in CODES:
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; return the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    chosen = lang_option(argv)
    set_language(chosen or from_environment())  # before the parser: its help is translated
    use_system_locale()
    use_iso_dates(chosen is None and is_neutral_locale())
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
        print(f"caudal: {translate_rendered(language(), str(exc))}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `caudal nodes | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
