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
    remaining: int | None = None  # vendor's remaining quota header, when it sends one
    limit: int | None = None
    last_error: str = ""  # already redacted
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def bump(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)

    def snapshot(self) -> dict[str, Any]:
        """A plain dict (for --json output and the designer's status bar)."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "_lock"}
