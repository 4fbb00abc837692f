"""A small TTL cache for metadata the pickers list (fields, pipelines, users)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any


class TtlCache:
    """`get(key, load)` returns a cached value younger than `ttl` seconds, else calls `load()`."""

    def __init__(self, ttl: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str, load: Callable[[], Any]) -> Any:
        with self._lock:
            hit = self._data.get(key)
            if hit and self._clock() - hit[0] < self.ttl:
                return hit[1]
        value = load()
        with self._lock:
            self._data[key] = (self._clock(), value)
        return value

    def peek(self, key: str) -> tuple[bool, Any]:
        """(True, value) when `key` holds a value younger than `ttl`, else (False, None); never loads."""
        with self._lock:
            hit = self._data.get(key)
            if hit and self._clock() - hit[0] < self.ttl:
                return True, hit[1]
        return False, None

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
