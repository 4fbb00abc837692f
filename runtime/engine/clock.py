"""Replaceable time: `SystemClock` for real runs, `ManualClock` for tests and simulation.

`CAUDAL_CLOCK_OFFSET` (seconds, hidden, for tests) moves every `SystemClock` of the
process: the chaos suite runs a second runtime whose clock is minutes ahead.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Protocol

OFFSET_ENV = "CAUDAL_CLOCK_OFFSET"


class Clock(Protocol):
    """Anything with `now()` returning UTC epoch seconds."""

    def now(self) -> float: ...


class SystemClock:
    """The wall clock (UTC epoch seconds), moved by `offset` seconds (default: $CAUDAL_CLOCK_OFFSET)."""

    def __init__(self, offset: float | None = None) -> None:
        self.offset = env_offset() if offset is None else float(offset)

    def now(self) -> float:
        return time.time() + self.offset


def env_offset() -> float:
    """$CAUDAL_CLOCK_OFFSET as seconds (0 when unset; a bad value is logged and ignored)."""
    raw = os.environ.get(OFFSET_ENV, "").strip()
    if not raw:
        return 0.0
    try:
        return float(raw)
    except ValueError:
        logging.getLogger(__name__).warning("ignoring %s=%r (not a number of seconds)", OFFSET_ENV, raw)
        return 0.0


class ManualClock:
    """A clock that only moves when told to (`advance`, `set`)."""

    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by `seconds`; returns the new time."""
        self._now += float(seconds)
        return self._now

    def set(self, ts: float) -> None:
        self._now = float(ts)
