"""A connection's request budget shared through the database by every runtime that calls it.

Rate limits belong to the CRM token, not to a process: two desktops on one office database
must together stay within HubSpot's allowance. `SharedBucket` is a token bucket whose state
(`request_budgets`: tokens as of `stamp`, epoch seconds) lives in one row per connection and
kind of call, refilled and taken from in one locked transaction. To keep that cheap, a runtime
reserves a small batch of tokens per round-trip and spends them locally; tokens it has not
used within `hold` seconds are dropped (never spent later), so the shared budget is a hard
bound: no window ever sees more requests than `capacity + rate x window`.
Stamps are wall-clock; a runtime whose clock is behind the row's stamp gets no refill of its
own until its clock catches up (while another runtime sends, that one's refills serve both; it
waits at most the clocks' difference, and never overspends).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import Connection as DbConnection

from runtime.store.db import Database
from runtime.store.schema_runtime import request_budgets

_ENSURE = text("INSERT INTO request_budgets (connection, bucket, tokens, stamp) VALUES (:c, :b, :t, :s)"
               " ON CONFLICT (connection, bucket) DO NOTHING")


def default_batch(capacity: float) -> int:
    """Tokens reserved per round-trip: a tenth of the burst, 1 to 5 (HubSpot 190 -> 5, search 4 -> 1)."""
    return max(1, min(5, int(capacity // 10)))


class SharedBucket:
    """Same interface as `TokenBucket` (acquire / drain / available / waited), state in the database."""

    def __init__(self, db: Database, connection: str, bucket: str, rate: float, capacity: float, *,
                 batch: int | None = None, hold: float = 1.0,
                 clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0 or capacity < 1:
            raise ValueError("a token bucket needs rate > 0 and capacity >= 1")
        self.db, self.connection, self.bucket = db, connection, bucket
        self.rate, self.capacity = rate, capacity
        self.batch = batch or default_batch(capacity)
        self.hold = hold
        self._clock, self._sleep = clock, sleep
        self._skew = 0.0  # as TokenBucket: time a no-op test sleep said it waited
        self._local = 0  # reserved, not yet spent
        self._reserved_at = 0.0
        self._lock = threading.Lock()
        self.waited = 0.0
        self.round_trips = 0  # database transactions made, for benchmarks

    def _now(self) -> float:
        return self._clock() + self._skew

    def _take(self, conn: DbConnection, want: int, now: float) -> tuple[int, float, float]:
        """(tokens taken, tokens left, seconds the row's stamp is ahead of `now`) after refilling
        the row to `now`."""
        conn.execute(_ENSURE, {"c": self.connection, "b": self.bucket, "t": float(self.capacity), "s": now})
        where = (request_budgets.c.connection == self.connection) & (request_budgets.c.bucket == self.bucket)
        row = conn.execute(select(request_budgets.c.tokens, request_budgets.c.stamp).where(where)
                           .with_for_update()).one()
        tokens = min(self.capacity, row.tokens + max(0.0, now - row.stamp) * self.rate)
        took = min(want, math.floor(tokens))
        conn.execute(update(request_budgets).where(where).values(tokens=tokens - took, stamp=max(now, row.stamp)))
        return took, tokens - took, max(0.0, row.stamp - now)

    def acquire(self) -> float:
        """Take one token (from this runtime's reservation, else from the shared row), sleeping
        until one is available; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._now()
                if self._local and now - self._reserved_at < self.hold:
                    self._local -= 1
                    self.waited += waited
                    return waited
                self._local = 0
                with self.db.begin(immediate=True) as conn:
                    took, left, ahead = self._take(conn, self.batch, now)
                self.round_trips += 1
                if took:
                    self._local, self._reserved_at = took - 1, now
                    self.waited += waited
                    return waited
                # A batch's worth (one round-trip per batch), after this clock has caught up
                # with the row's (a clock behind another runtime's, or set back): one sleep.
                delay = ahead + (self.batch - left) / self.rate
            before = self._now()
            self._sleep(delay)
            with self._lock:
                self._skew += max(0.0, delay - (self._now() - before))
            waited += delay

    @property
    def available(self) -> float:
        """Tokens available now, office-wide (this runtime's reservation included)."""
        with self._lock, self.db.begin() as conn:
            row = conn.execute(select(request_budgets.c.tokens, request_budgets.c.stamp).where(
                (request_budgets.c.connection == self.connection) & (request_budgets.c.bucket == self.bucket))).first()
            shared = self.capacity if row is None else min(
                self.capacity, row.tokens + max(0.0, self._now() - row.stamp) * self.rate)
            return shared + self._local

    def drain(self) -> None:
        """Empty the shared bucket (the server said the token is over its limit)."""
        with self._lock:
            self._local = 0
            now = self._now()
            with self.db.begin(immediate=True) as conn:
                self._take(conn, 0, now)
                conn.execute(update(request_budgets).where(
                    (request_budgets.c.connection == self.connection) & (request_budgets.c.bucket == self.bucket))
                    .values(tokens=0.0))


def forget(conn: DbConnection, connection: str) -> None:
    """Drop a removed connection's budget rows."""
    conn.execute(delete(request_budgets).where(request_budgets.c.connection == connection))
