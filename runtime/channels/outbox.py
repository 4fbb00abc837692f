"""The local outbox: where emails go until an SMTP account is chosen (`outbox list`).

A message is written in the step's own transaction under its idempotency key (unique),
so it is delivered exactly once by construction; `has(key)` lets anyone confirm
whether a key was delivered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.kernel import sql
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


_INSERT = ("INSERT INTO outbox (idempotency_key, account, sender, recipient, cc, bcc, subject, body_html, body_text,"
           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id")


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
        rows = sql.fetch(conn, _INSERT, (message.key, message.account, message.sender, message.recipient, message.cc,
                                         message.bcc, message.subject, message.body_html, message.body_text, now))
        new_id = rows[0][0] if rows else None
        if new_id is None:
            return {"outbox": "already delivered", "message_id": message.message_id}
        return {"outbox_id": new_id, "message_id": message.message_id}


def newest_id(conn: Connection) -> int | None:
    """The id of the newest outbox message (None: the outbox is empty): a cheap "anything new?"."""
    return conn.scalar(select(func.max(outbox.c.id)))


def list_messages(conn: Connection, limit: int = 100) -> list[dict[str, Any]]:
    """The newest outbox messages first (for `outbox list`)."""
    rows = conn.execute(select(outbox).order_by(outbox.c.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]
