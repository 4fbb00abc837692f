"""Portable column types and the time convention shared by every table.

Times are stored as UTC epoch seconds (float): they sort, compare and index the same
on SQLite and PostgreSQL, and the engine's hot path can write them with plain DB-API
calls. JSON is stored as text (`JSONText`), so Core, ORM and raw DB-API code all
write the same bytes.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, overload

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

# Text people type or another system sends (names, titles, addresses): no length limit. SQLite never
# enforced a VARCHAR's length and PostgreSQL does, so a bounded column made the same input work on
# one database and fail on the other (revision 0008 lifted the limits on PostgreSQL).
UserText = String()


def now() -> float:
    """The current time as UTC epoch seconds."""
    return time.time()


@overload
def to_iso(ts: float) -> str: ...
@overload
def to_iso(ts: None) -> None: ...
@overload
def to_iso(ts: float | None) -> str | None: ...


def to_iso(ts: float | None) -> str | None:
    """Epoch seconds -> ISO-8601 UTC text ("2026-11-23T07:00:00Z"), None stays None."""
    return None if ts is None else _iso(ts)


@lru_cache(maxsize=256)  # the steps of one batch share their moments ("now", "now + 2 days")
def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def from_iso(text: str) -> float:
    """ISO-8601 text (naive = UTC) -> epoch seconds."""
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def dumps(value: Any) -> str:
    """Compact JSON text, non-ASCII kept as is (names with accents stay readable)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


class JSONText(TypeDecorator):
    """JSON stored as TEXT with `dumps`; reads back as Python values."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else dumps(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)
