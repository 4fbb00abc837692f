"""Two runtimes of one office in a test: two handles on one fresh database, one fake wall clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from runtime.store.db import open_database
from tests.runtime.db_urls import open_databases

T0 = 1_800_000_000.0


class FakeTime:
    """A wall clock the runtimes share; sleeping moves it (no real waiting)."""

    def __init__(self, start: float = T0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds


def two_handles(backend: str, tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """Two `Database` handles (two runtimes) on one fresh, migrated database of `backend`."""
    for db in open_databases(backend, tmp_path):
        other = open_database(str(db.engine.url))
        yield db, other
        other.dispose()
