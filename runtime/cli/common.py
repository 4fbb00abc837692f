"""Shared pieces of CLI commands: errors, database opening, JSON printing."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from runtime.i18n import _, language
from runtime.i18n.formats import format_date, format_datetime
from runtime.store.db import CannotOpen, Database, open_database
from runtime.store.types import to_iso


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
    parser.add_argument("--json", action="store_true", help=_("machine-readable output (see docs/cli.md)"))


_iso_dates = False


def use_iso_dates(on: bool) -> None:
    """Dates as ISO 8601 UTC (the C/POSIX locale and no --lang: no one asked for a local format)."""
    global _iso_dates
    _iso_dates = on


def when(ts: float | None) -> str:
    """A moment for people, in the CLI's language and locale ("21/11/2026, 14:05"); "-" for none."""
    if ts is None:
        return "-"
    return to_iso(ts) if _iso_dates else format_datetime(ts, language())


def day(value: dt.date) -> str:
    """A day for people: ISO (2026-11-23) or the locale's short date."""
    return value.isoformat() if _iso_dates else format_date(value, language())
