"""Replaceable time: `SystemClock` for real runs, `ManualClock` for tests and simulation."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything with `now()` returning UTC epoch seconds."""

    def now(self) -> float: ...


class SystemClock:
    """The wall clock (UTC epoch seconds)."""

    def now(self) -> float:
        return time.time()


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
