"""Row ids taken before the rows are written, for the engine's write-behind batches.

A batch that queues rows (a task of the local CRM, a message to the outbox) must tell the
step its row's id at once, but writes the rows with one executemany at its end. PostgreSQL
hands out ids of the table's sequence a block at a time (the ones a batch does not use are
skipped, as after any rollback). SQLite gives the next after the highest, which is what the
table itself would give, since the engine's batch holds the database's write lock
(BEGIN IMMEDIATE) until it commits: nobody else inserts meanwhile.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.kernel.sql import fetch

_BLOCK = 256  # most ids taken at once (PostgreSQL's blocks double from 8 up to this)


class IdsAhead:
    """Ids of `table` (an integer `id` primary key) handed out one by one, taken in blocks."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.conn, self.table = conn, table
        self._free: list[int] = []  # taken, not handed out yet (smallest last)
        self._given = 0  # the highest handed out (SQLite: queued rows sit above the table's highest)
        self._block = 8

    def next(self) -> int:
        if not self._free:
            if self.conn.dialect.name == "postgresql":
                ids = [r[0] for r in fetch(self.conn, f"SELECT nextval(pg_get_serial_sequence('{self.table}', 'id'))"
                                                      " FROM generate_series(1, ?)", (self._block,))]
                self._block = min(self._block * 2, _BLOCK)
            else:
                top = max(fetch(self.conn, f"SELECT MAX(id) FROM {self.table}")[0][0] or 0, self._given)
                ids = list(range(top + 1, top + 1 + _BLOCK))
            self._free = sorted(ids, reverse=True)
        self._given = self._free.pop()
        return self._given

    def forget(self) -> None:
        """The table gave a row its id itself: the ids taken may be stale; take anew next time."""
        self._free = []
