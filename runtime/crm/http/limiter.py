"""A token bucket per connection (and per kind of call), with an injectable clock and sleep."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    """`rate` tokens per second refill a bucket of `capacity`; `acquire()` waits for one.

    HubSpot: TokenBucket(19, 190) (about 190 per 10 s) and TokenBucket(4, 4) for search.
    Bitrix24: TokenBucket(2, 50).
    """

    def __init__(
        self,
        rate: float,
        capacity: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0 or capacity < 1:
            raise ValueError("a token bucket needs rate > 0 and capacity >= 1")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(capacity)
        # Time that `sleep` said it waited but `clock` did not show (an injected no-op sleep
        # in tests): counted as elapsed, so a fake sleep never turns into a busy loop.
        self._skew = 0.0
        self._stamp = clock()
        self._lock = threading.Lock()
        self.waited = 0.0  # total seconds spent waiting, for status and benchmarks

    def _now(self) -> float:
        return self._clock() + self._skew

    def _refill(self) -> None:
        now = self._now()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    @property
    def available(self) -> float:
        """Tokens available now (the remaining burst)."""
        with self._lock:
            self._refill()
            return self._tokens

    def acquire(self) -> float:
        """Take one token, sleeping until one is available; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                self._refill()
                if self._tokens >= 1:
                    self._tokens -= 1
                    self.waited += waited
                    return waited
                delay = (1 - self._tokens) / self.rate
            before = self._now()
            self._sleep(delay)
            with self._lock:
                self._skew += max(0.0, delay - (self._now() - before))
            waited += delay

    def drain(self) -> None:
        """Empty the bucket (the server said we are over its limit)."""
        with self._lock:
            self._refill()
            self._tokens = 0.0
