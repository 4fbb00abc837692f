"""Caudal's entry point: no command opens the designer; a command runs the headless CLI.

`python main.py [--db URL] [--lang es|en|fr|id]` opens the designer; anything else (a command,
`--help`, `--version`) goes to the CLI, which accepts `--db URL` on every command.
"""

import os
import sys

DESIGNER_OPTIONS = ("--db", "--lang")


def opens_designer(args: list[str]) -> bool:
    """True when `args` hold only the designer's own options (`--db X`, `--lang=Y`...)."""
    i = 0
    while i < len(args):
        name, has_value, _ = args[i].partition("=")
        if name not in DESIGNER_OPTIONS:
            return False
        i += 1 if has_value else 2
    return i == len(args)


def main() -> int:
    args = sys.argv[1:]
    if os.environ.get("CAUDAL_TIME_SHIFT_DAYS"):  # tests only: `make test-future`
        from runtime.timeshift import apply_from_env

        apply_from_env()
    if opens_designer(args):
        os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
        from designer.app import run_designer

        return run_designer(args)
    from runtime.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
