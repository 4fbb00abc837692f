"""Attachments of local-outbox emails (a report's PDF), kept by the message's idempotency key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from runtime.store.schema_email import email_attachments


def store_attachments(conn: Connection, key: str, attachments: list[dict[str, Any]], now: float) -> None:
    """Keep `attachments` ([{"filename", "content", "mime"}]) of the outbox message `key`."""
    conn.execute(insert(email_attachments), [
        {"idempotency_key": key, "filename": a["filename"], "mime": a.get("mime") or "application/octet-stream",
         "content": a["content"], "created_at": now} for a in attachments])


def attachments_for(conn: Connection, key: str) -> list[dict[str, Any]]:
    """The attachments of the outbox message `key`: [{"filename", "mime", "content"}]."""
    rows = conn.execute(select(email_attachments.c.filename, email_attachments.c.mime, email_attachments.c.content)
                        .where(email_attachments.c.idempotency_key == key).order_by(email_attachments.c.id))
    return [{"filename": r.filename, "mime": r.mime, "content": bytes(r.content)} for r in rows]
