"""Caudal's entry point: no arguments opens the designer; a command runs the headless CLI."""

import os
import sys


def main() -> int:
    args = sys.argv[1:]
    if not args or args[0] in ("--lang",) or (args[0] == "--db" and len(args) == 2):
        os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")
        from designer.app import run_designer

        return run_designer(args)
    from runtime.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
