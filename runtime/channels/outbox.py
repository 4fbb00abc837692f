"""The local outbox: where emails go until an SMTP account is chosen (`outbox list`).

A message is written in the step's own transaction under its idempotency key (unique),
so it is delivered exactly once by construction; `has(key)` lets anyone confirm
whether a key was delivered. The engine's batches queue their messages (`OutboxBatch`)
and write them with one executemany before they commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.kernel import sql
from runtime.kernel.ids_ahead import IdsAhead
from runtime.store.schema_runtime import outbox


@dataclass(frozen=True)
class Message:
    """An email-like message. `key` is the idempotency key; `message_id` derives from it."""

    key: str
    recipient: str
    subject: str
    body_text: str = ""
    body_html: str = ""
    sender: str = ""
    account: str = ""
    cc: str = ""  # comma-separated copies
    bcc: str = ""  # comma-separated blind copies

    @property
    def message_id(self) -> str:
        """A Message-ID-like identifier, stable for the key (a retry of the same key reuses it)."""
        return f"<{self.key.replace(':', '.')}@caudal.local>"


_COLUMNS = "idempotency_key, account, sender, recipient, cc, bcc, subject, body_html, body_text, created_at"
_INSERT = (f"INSERT INTO outbox ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
           " ON CONFLICT (idempotency_key) DO NOTHING RETURNING id")
_INSERT_QUEUED = (f"INSERT INTO outbox (id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (idempotency_key) DO NOTHING")


def _row(message: Message, now: float) -> tuple[Any, ...]:
    return (message.key, message.account, message.sender, message.recipient, message.cc, message.bcc,
            message.subject, message.body_html, message.body_text, now)


class KeyDelivered(Exception):
    """A queued message's key was delivered in an earlier transaction (`OutboxBatch.flush`)."""


class Outbox:
    """Delivers messages into the `outbox` table on the caller's connection."""

    local = True  # delivered inside the step's transaction

    def has(self, conn: Connection, key: str) -> bool:
        return conn.scalar(select(outbox.c.id).where(outbox.c.idempotency_key == key)) is not None

    def deliver(self, conn: Connection, message: Message, now: float) -> dict[str, Any]:
        """Store `message` unless its key is already there; returns what happened.

        One statement (the step loop sends thousands per second): the unique key decides, so
        a key already delivered inserts nothing and returns no id.
        """
        rows = sql.fetch(conn, _INSERT, _row(message, now))
        new_id = rows[0][0] if rows else None
        if new_id is None:
            return {"outbox": "already delivered", "message_id": message.message_id}
        return {"outbox_id": new_id, "message_id": message.message_id}

    def begin_batch(self, conn: Connection) -> OutboxBatch:
        """The outbox for one engine batch on `conn` (in its write transaction)."""
        return OutboxBatch(conn)


class OutboxBatch:
    """The outbox of one engine batch, write-behind: `deliver` queues the message with an id
    taken ahead (runtime.kernel.ids_ahead) and answers as `Outbox.deliver` would; `flush`
    writes the queue with one executemany in the batch's transaction.

    A key can only have been delivered before by an earlier transaction (a step runs once
    per transaction). Its insert then does nothing, and `flush` raises KeyDelivered because
    fewer rows went in than were queued: the engine redoes the batch step by step, where
    each message goes through `Outbox.deliver` and its step says "already delivered".
    """

    local = True

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._ids = IdsAhead(conn, "outbox")
        self._rows: list[tuple[Any, ...]] = []
        self._keys: set[str] = set()

    def deliver(self, conn: Connection, message: Message, now: float) -> dict[str, Any]:
        if message.key in self._keys:  # queued earlier in this batch: what the table would say
            return {"outbox": "already delivered", "message_id": message.message_id}
        new_id = self._ids.next()
        self._rows.append((new_id, *_row(message, now)))
        self._keys.add(message.key)
        return {"outbox_id": new_id, "message_id": message.message_id}

    def flush(self) -> None:
        """Write the queue; KeyDelivered when a key was already in the table (nothing is undone:
        the caller rolls the transaction back)."""
        if not self._rows:
            return
        written = sql.many(self.conn, _INSERT_QUEUED, self._rows)
        if written != len(self._rows):
            raise KeyDelivered(f"{len(self._rows) - max(written, 0)} of {len(self._rows)} queued outbox "
                               "message(s) were delivered before")
        self._rows, self._keys = [], set()


def newest_id(conn: Connection) -> int | None:
    """The id of the newest outbox message (None: the outbox is empty): a cheap "anything new?"."""
    return conn.scalar(select(func.max(outbox.c.id)))


def list_messages(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    """The newest outbox messages first (for `outbox list`)."""
    rows = conn.execute(select(outbox).order_by(outbox.c.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]
