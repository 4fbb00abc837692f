"""What a batch reads ahead: the contacts its steps read, and deals only where a node names one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from runtime.crm.connections import ConnectorResolver
from runtime.crm.local import LocalCrm
from runtime.engine import Engine, ManualClock
from runtime.engine.compiled import FlowCache
from runtime.engine.prefetch import plan
from runtime.store.db import Database, open_database
from runtime.store.schema_runtime import outbox, steps
from tests.runtime.engine.engine_support import FlowBuilder, activate

_HELLO = {"to": "contact", "subject": "Hola {{ contact.first_name }}",
          "body": "Hola {{ contact.first_name }}:\n\nBienvenida."}
_DEAL = {"to": "contact", "subject": "Tu pedido", "body": "<p>{{ deal.title }} por {{ deal.amount }}</p>"}


def _row(eid: int, node: str, version: int, contact: str, crm: str = "local", attempt: int = 1,
         visit: int = 0) -> tuple:
    """A claim row (runtime.kernel.sql.claim_sql's columns) with what `plan` reads."""
    return (eid, eid, node, attempt, 0.0, None, "f", version, crm, contact, "active", 1, node, visit, 0)


def test_plan_reads_contacts_for_nodes_that_read_them_and_deals_only_where_named(db: Database) -> None:
    b = FlowBuilder()
    hello = b.add("action.send_email", **_HELLO)
    deal = b.add("action.send_email", **_DEAL)
    wait = b.add("wait.duration", amount=1, unit="days")
    owner = b.add("action.send_email", **{**_HELLO, "to": "deal_owner"})
    b.chain(b.trigger, hello, deal, wait, owner)
    vid = activate(db, b)
    rows = [_row(1, hello, vid, "11"), _row(2, deal, vid, "12"), _row(3, wait, vid, "13"), _row(4, owner, vid, "14"),
            _row(5, b.trigger, vid, "15"), _row(6, hello, vid, "h1", crm="hubspot")]
    with db.begin() as conn:
        contacts, deals = plan(conn, FlowCache(), rows, "local", {})
    # chains: the greeting (11; to the outbox it does not end the batch's chain) hands over to the
    # deal email, the wait (13) ends into an email to the deal's owner: each reads both ahead
    assert contacts == ["11", "12", "13", "14"] and deals == ["11", "12", "13", "14"]


def test_plan_skips_a_call_the_ledger_already_holds(db: Database) -> None:
    b = FlowBuilder()
    hello = b.add("action.send_email", **_HELLO)
    b.chain(b.trigger, hello)
    vid = activate(db, b)
    with db.begin() as conn:
        contacts, _ = plan(conn, FlowCache(), [_row(1, hello, vid, "11"), _row(2, hello, vid, "12")], "local",
                           {f"1:{hello}:1": ("done", {})})
    assert contacts == ["12"]


def test_a_call_the_ledger_holds_reads_ahead_for_the_chain_it_hands_over_to(db: Database) -> None:
    b = FlowBuilder()
    hello = b.add("action.send_email", **_HELLO)
    task = b.add("action.create_task", title="Llamar a {{ contact.first_name }}", due_in_days=1)
    deal = b.add("action.send_email", **_DEAL)
    b.chain(b.trigger, hello, task, deal)
    bare = FlowBuilder()
    last = bare.add("action.send_email", **_HELLO)
    bare.chain(bare.trigger, last)
    vid, alone = activate(db, b), activate(db, bare)
    made = {f"1:{hello}:1": ("done", {}), f"2:{last}:1": ("done", {})}
    with db.begin() as conn:
        contacts, deals = plan(conn, FlowCache(), [_row(1, hello, vid, "11"), _row(2, last, alone, "12")], "local",
                               made)
    # the email sent through SMTP is finished from the ledger, then the task and the deal email run
    # in the same batch (runtime.engine.loop's chains): read for them, not one by one
    assert contacts == ["11"] and deals == ["11"]


def _traced(path: Path) -> tuple[Database, list[str]]:
    """A SQLite file whose every statement (SQLAlchemy's and raw DB-API ones) is recorded."""
    db = open_database(f"sqlite:///{path}")
    seen: list[str] = []

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(seen.append)

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()  # connections opened from now on are traced
    return db, seen


def test_the_service_engine_reads_deals_once_per_batch_and_never_for_texts_without_deals(tmp_path: Path) -> None:
    db, seen = _traced(tmp_path / "traced.db")
    crm = LocalCrm(db)
    crm.create_pipeline("Ventas", ["Nuevo"])
    ids = [crm.create_contact({"email": f"c{i}@ejemplo.es", "first_name": f"Ana{i}"}) for i in range(4)]
    for cid in ids[:2]:
        crm.create_deal(f"Pedido {cid}", "Ventas", "Nuevo", contact=cid, amount=10)
    b = FlowBuilder()
    hello = b.add("action.send_email", **_HELLO)
    wait = b.add("wait.duration", amount=1, unit="days")
    deal = b.add("action.send_email", **_DEAL)
    b.chain(b.trigger, hello, wait, deal)
    vid = activate(db, b)
    clock = ManualClock()
    engine = Engine(db, clock=clock, connectors=ConnectorResolver(db))  # as the service builds it
    with db.begin() as conn:
        assert len(engine.enroll_many(conn, vid, ids)) == 4
    seen.clear()
    engine.run_due()  # the greeting (names no deal), its chain ends at the wait
    assert not [s for s in seen if "crm_deals" in s]
    contact_reads = [s for s in seen if "FROM crm_contacts" in s]
    assert len(contact_reads) == 1  # the batch's four contacts, read ahead in one query
    clock.advance(2 * 86_400)
    engine.run_due()  # the waits end into the second email in the same batch
    deal_reads = [s for s in seen if "crm_deals" in s]
    assert len(deal_reads) == 1  # all four contacts' deals at once
    with db.begin() as conn:
        bodies = list(conn.scalars(select(outbox.c.body_html).order_by(outbox.c.id)))
        assert conn.scalar(select(steps.c.id).where(steps.c.status != "done")) is None
    assert bodies[:4] == [f"<p>Hola Ana{i}:</p><p>Bienvenida.</p>" for i in range(4)]
    assert bodies[4:6] == [f"<p>Pedido {cid} por 10.0</p>" for cid in ids[:2]] and bodies[6:] == ["<p> por </p>"] * 2
    db.dispose()
