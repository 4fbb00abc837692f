"""Emails to the outbox in the step loop: queued by the batch and written before its commit;
a key delivered in an earlier transaction is still reported as such (runtime.channels.outbox)."""

from __future__ import annotations

from sqlalchemy import select

from runtime.channels.outbox import Message, Outbox
from runtime.engine import ledger
from runtime.store.schema_runtime import outbox
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, step_rows


def _flow(db) -> tuple[int, str]:
    b = FlowBuilder()
    mail = b.add("action.send_email", to="contact", subject="Hola {{ contact.first_name }}", body="Bienvenida")
    tag = b.add("action.add_tag", tag="saludado")
    b.chain(b.trigger, mail, tag)
    return activate(db, b), mail


def _rows(db) -> dict[str, int]:
    with db.begin() as conn:
        return {r.idempotency_key: r.id for r in conn.execute(select(outbox))}


def _mail_detail(db, eid: int, node: str) -> dict:
    (row,) = [r for r in step_rows(db, eid) if r.node_id == node]
    assert row.status == "done"
    return row.detail


def test_each_step_names_the_outbox_row_its_batch_wrote(db, crm, engine, clock):
    vid, mail = _flow(db)
    eids = [enroll(db, engine, vid, crm.create_contact({"email": f"c{i}@example.es", "first_name": f"C{i}"}))
            for i in range(3)]
    batch = engine.run_batch(clock.now(), 50)
    rows = _rows(db)
    assert not batch.careful and len(rows) == 3
    for eid in eids:
        detail = _mail_detail(db, eid, mail)
        assert rows[detail["key"]] == detail["outbox_id"]


def test_a_key_delivered_before_is_reported_and_the_others_still_go(db, crm, engine, clock):
    vid, mail = _flow(db)
    eids = [enroll(db, engine, vid, crm.create_contact({"email": f"c{i}@example.es", "first_name": f"C{i}"}))
            for i in range(3)]
    key = ledger.make_key(eids[1], mail, 1, 1)  # the second contact's email, as if sent by an earlier transaction
    with db.begin() as conn:
        Outbox().deliver(conn, Message(key, "c1@example.es", "Hola C1"), clock.now())
    batch = engine.run_batch(clock.now(), 50)
    rows = _rows(db)
    assert batch.careful and len(rows) == 3  # redone step by step: one row per key, never two
    assert _mail_detail(db, eids[1], mail)["outbox"] == "already delivered"
    for eid in (eids[0], eids[2]):
        detail = _mail_detail(db, eid, mail)
        assert rows[detail["key"]] == detail["outbox_id"]
    assert all(r.status == "done" for eid in eids for r in step_rows(db, eid))
