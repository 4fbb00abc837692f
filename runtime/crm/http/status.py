"""What the app shows about a connection's calls: queue, remaining quota, retries, last error."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class CallStatus:
    """Live counters of one connection's HTTP client (thread-safe updates via the lock)."""

    pending: int = 0  # calls waiting for the limiter or in flight
    calls: int = 0  # requests sent
    retries: int = 0
    throttled: int = 0  # 429 / 503 QUERY_LIMIT_EXCEEDED answers
    remaining: int | None = None  # vendor's remaining quota header (its short window), when it sends one
    limit: int | None = None
    daily_remaining: int | None = None  # the daily budget left, when the vendor says
    last_error: str = ""  # already redacted
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def bump(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)

    def remember(self, headers: Any, pairs: tuple[tuple[str, str], ...]) -> None:
        """Keep the quota numbers a vendor sends in its headers ((header, attribute) pairs)."""
        with self._lock:
            for name, attr in pairs:
                value = headers.get(name)
                if value is not None and str(value).strip().isdigit():
                    setattr(self, attr, int(str(value).strip()))

    def snapshot(self) -> dict[str, Any]:
        """A plain dict (for --json output and the designer's status bar)."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "_lock"}
