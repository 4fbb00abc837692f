"""Copying rows from one Caudal database into another at the same schema revision, on any backends.

Used by `simulate --all-contacts` to fill its scratch SQLite file from a PostgreSQL (office)
database: one consistent snapshot (a REPEATABLE READ transaction on PostgreSQL), read in chunks,
written with executemany in the tables' dependency order.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from runtime.store.schema import metadata

CHUNK = 5000


def copy_rows(source: Engine, target: Engine, skip: Iterable[str] = ()) -> dict[str, int]:
    """Copy every row of every Caudal table (except those named in `skip`) from `source` to `target`.

    Both databases must be at the same schema revision. The copied tables of the target are
    emptied first (a fresh target holds the rows its migrations seed; the source's replace them);
    the skipped ones keep theirs. Returns the number of rows copied per table.
    """
    skipped = set(skip)
    tables = [t for t in metadata.sorted_tables if t.name not in skipped]
    copied: dict[str, int] = {}
    read = source.connect()
    if source.dialect.name == "postgresql":
        read = read.execution_options(isolation_level="REPEATABLE READ")  # every table from one snapshot
    with read, read.begin(), target.begin() as write:
        for table in reversed(tables):
            write.execute(delete(table))
        for table in tables:
            copied[table.name] = 0
            result = read.execution_options(yield_per=CHUNK).execute(select(table))
            for rows in result.partitions():
                write.execute(insert(table), [dict(r._mapping) for r in rows])
                copied[table.name] += len(rows)
    return copied
