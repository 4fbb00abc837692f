"""ISO-8601 times of remote CRMs <-> epoch seconds (UTC; "Z" accepted and written)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def parse_time(value: Any) -> float | None:
    """An ISO-8601 text (naive = UTC) -> epoch seconds; None for an empty value."""
    if not value:
        return None
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def iso_z(ts: float) -> str:
    """Epoch seconds -> "2027-01-15T08:00:00Z" (whole seconds, floored)."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
