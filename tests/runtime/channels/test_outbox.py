"""The local outbox: one message per key, listable."""

from __future__ import annotations

from runtime.channels.outbox import Message, Outbox, list_messages, newest_id
from runtime.store.db import open_database


def test_deliver_once_per_key(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/o.db")
    box = Outbox()
    msg = Message("3:n:1", "ana@example.es", "Hola", body_text="¿Qué tal?")
    with db.begin() as conn:
        assert newest_id(conn) is None
        first = box.deliver(conn, msg, 1.0)
        assert newest_id(conn) == first["outbox_id"]
        again = box.deliver(conn, msg, 2.0)
        assert box.has(conn, "3:n:1") and not box.has(conn, "3:n:2")
        rows = list_messages(conn)
    assert "outbox_id" in first and again["outbox"] == "already delivered"
    assert len(rows) == 1 and rows[0]["subject"] == "Hola" and msg.message_id == "<3.n.1@caudal.local>"
    db.dispose()
