"""The local outbox: one message per key, listable."""

from __future__ import annotations

import pytest

from runtime.channels.outbox import KeyDelivered, Message, Outbox, list_messages, newest_id


def test_deliver_once_per_key(db):
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


def test_a_batch_queues_with_ids_taken_ahead_and_writes_them_at_flush(db):
    with db.begin() as conn:
        Outbox().deliver(conn, Message("1:n:1", "old@example.es", "Antes"), 1.0)
        batch = Outbox().begin_batch(conn)
        said = [batch.deliver(conn, Message(f"{i}:n:1", f"c{i}@example.es", f"Hola {i}"), 2.0) for i in range(2, 6)]
        assert newest_id(conn) == 1  # nothing written yet
        again = batch.deliver(conn, Message("3:n:1", "c3@example.es", "Hola 3"), 2.0)
        batch.flush()
        rows = {r["idempotency_key"]: r for r in list_messages(conn)}
    assert again["outbox"] == "already delivered" and len(rows) == 5
    assert [rows[f"{i}:n:1"]["id"] for i in range(2, 6)] == [s["outbox_id"] for s in said]
    assert rows["4:n:1"]["subject"] == "Hola 4" and said[0]["message_id"] == "<2.n.1@caudal.local>"


def test_a_batch_finding_a_key_delivered_before_says_so_at_flush(db):
    with db.begin() as conn:
        Outbox().deliver(conn, Message("7:n:1", "ana@example.es", "Una vez"), 1.0)
    with db.begin() as conn:
        batch = Outbox().begin_batch(conn)
        batch.deliver(conn, Message("8:n:1", "bea@example.es", "Nuevo"), 2.0)
        batch.deliver(conn, Message("7:n:1", "ana@example.es", "Otra vez"), 2.0)
        with pytest.raises(KeyDelivered, match="1 of 2"):
            batch.flush()
        conn.rollback()
    with db.begin() as conn:
        assert [r["subject"] for r in list_messages(conn)] == ["Una vez"]
