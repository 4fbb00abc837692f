"""Shared pieces of CLI commands: errors, database opening, JSON printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from runtime.store.db import CannotOpen, Database, open_database


class CliError(Exception):
    """A user-facing failure: printed to stderr, exit code `code` (default 1)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by --db (or $CAUDAL_DB, or the default file); CliError if it cannot be."""
    try:
        return open_database(getattr(args, "db", None))
    except CannotOpen as exc:  # unreachable, or a schema this Caudal does not know
        raise CliError(str(exc)) from None


def print_json(value: Any) -> None:
    """Stable JSON to stdout: sorted keys, two-space indent, UTF-8 kept readable."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output (see docs/cli.md)")
