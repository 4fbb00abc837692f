"""Two runtimes of one office in a test: two handles on one fresh database, one fake wall clock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from runtime.store.db import open_database

T0 = 1_800_000_000.0


class FakeTime:
    """A wall clock the runtimes share; sleeping moves it (no real waiting)."""

    def __init__(self, start: float = T0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds


def two_handles(db: Any) -> Iterator[tuple[Any, Any]]:
    """Two `Database` handles (two runtimes) on the test's fresh database (tests/conftest.py `db`)."""
    other = open_database(db.url)  # db.url keeps a server's password; str(engine.url) hides it
    yield db, other
    other.dispose()
