"""The step loop's batched local-CRM path: reads after writes, change events, all-or-nothing batches."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from runtime.crm.connections import ConnectorResolver
from runtime.engine import Engine, EnrollmentStatus, StepStatus
from runtime.store.schema_crm import change_events, crm_contact_tags
from runtime.store.schema_runtime import steps, work_items
from tests.databases import add_failing_trigger, drop_failing_trigger
from tests.runtime.engine.engine_support import (
    FlowBuilder,
    activate,
    enroll,
    enrollment,
    items,
    step_rows,
)


def _flow_events(db) -> list[tuple[str, str, str, dict, str]]:
    with db.begin() as conn:
        return [(r.entity, r.entity_id, r.kind, r.changes, r.origin)
                for r in conn.execute(select(change_events).where(change_events.c.origin.like("flow:%"))
                                      .order_by(change_events.c.id))]


def _batches(engine, clock) -> list:
    """Run batches until nothing is due; returns them (each says whether it was redone carefully)."""
    out = []
    while (batch := engine.run_batch(clock.now(), 500)).claimed:
        out.append(batch)
    return out


def _count(db, table) -> int:
    with db.begin() as conn:
        return conn.scalar(select(func.count()).select_from(table))


@pytest.mark.parametrize("resolver", [False, True], ids=["engine", "service-resolver"])
def test_a_decision_sees_an_update_made_earlier_in_the_same_batch(db, crm, clock, resolver):
    cid = crm.create_contact({"email": "ana@example.es", "first_name": "Ana", "city": "Sevilla"})
    b = FlowBuilder()
    upd = b.add("action.update_fields", values={"contact.city": "Madrid", "contact.lifecycle_stage": "cliente"})
    dec = b.add("decision.if", condition={"match": "all", "rules": [
        {"field": "contact.city", "op": "equals", "value": "Madrid"}]})
    tag = b.add("action.add_tag", tag="madrid")
    b.link(b.trigger, upd)  # two branches from the trigger: both items are due in the first batch
    b.link(b.trigger, dec)
    b.link(dec, tag, "yes")
    vid = activate(db, b)
    engine = Engine(db, clock=clock, connectors=ConnectorResolver(db) if resolver else None)
    eid = enroll(db, engine, vid, cid)
    assert engine.run_due(max_batches=1) == 3  # update, decision and the tag it leads to: one transaction
    rows = {r.node_id: r for r in step_rows(db, eid)}
    assert rows[dec].detail["branch"] == "yes" and rows[dec].detail["why"]["rules"][0]["actual"] == "Madrid"
    engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    contact = crm.get_contact(cid)
    assert contact["custom"]["city"] == "Madrid" and contact["lifecycle_stage"] == "cliente"
    assert contact["tags"] == ["madrid"]
    assert _flow_events(db) == [
        ("contact", str(cid), "updated", {"lifecycle_stage": ["", "cliente"], "city": ["Sevilla", "Madrid"]},
         f"flow:{eid}:{upd}:1:1"),
        ("contact", str(cid), "tag_added", {"tag": [None, "madrid"]}, f"flow:{eid}:{tag}:3:1"),
    ]


def test_every_crm_write_of_a_batch_records_its_change_event(db, crm, engine):
    ids = [crm.create_contact({"email": f"c{i}@example.es", "first_name": f"N{i}"}) for i in range(6)]
    owner = crm.create_user("eva@acme.es", "Eva")
    b = FlowBuilder(reenrollment="always")
    upd = b.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    tag = b.add("action.add_tag", tag="vip")
    task = b.add("action.create_task", title="Llamar a {{ contact.first_name }}", assignee=str(owner))
    b.chain(b.trigger, upd, tag, task)
    vid = activate(db, b)
    eids = [enroll(db, engine, vid, c) for c in ids]
    assert engine.run_due() == 18
    events = _flow_events(db)
    assert len(events) == 18
    assert sorted(e[2] for e in events) == ["created"] * 6 + ["tag_added"] * 6 + ["updated"] * 6
    tasks = crm.list_tasks()
    assert sorted(t["title"] for t in tasks) == sorted(f"Llamar a N{i}" for i in range(6))
    for eid in eids:
        task_step = step_rows(db, eid)[-1]
        assert task_step.status == StepStatus.DONE and task_step.detail["title"].startswith("Llamar a N")
        assert ("task", task_step.detail["task_id"], "created") in {e[:3] for e in events}


def test_a_crash_mid_batch_leaves_nothing_half_written(db, crm, engine):
    ids = [crm.create_contact({"email": f"c{i}@example.es"}) for i in range(3)]
    b = FlowBuilder()
    upd = b.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    tag = b.add("action.add_tag", tag="vip")
    b.link(b.trigger, upd)
    b.link(b.trigger, tag)
    vid = activate(db, b)
    eids = [enroll(db, engine, vid, c) for c in ids]
    before = (_count(db, steps), _count(db, work_items))
    with db.begin() as conn:  # the database fails while the batch writes its step rows (after the CRM flush)
        add_failing_trigger(conn, "boom", "steps", "NEW.node_type = 'action.add_tag'", "disk on fire")
    with pytest.raises(Exception, match="disk on fire"):
        engine.run_due()
    assert (_count(db, steps), _count(db, work_items)) == before
    assert _flow_events(db) == [] and _count(db, crm_contact_tags) == 0
    assert all(crm.get_contact(c)["lifecycle_stage"] == "" for c in ids)
    assert all(enrollment(db, e).status == EnrollmentStatus.ACTIVE and len(items(db, e)) == 2 for e in eids)
    with db.begin() as conn:
        drop_failing_trigger(conn, "boom", "steps")
    assert engine.run_due() == 6
    assert all(enrollment(db, e).status == EnrollmentStatus.COMPLETED for e in eids)
    assert sorted(e[2] for e in _flow_events(db)) == ["tag_added"] * 3 + ["updated"] * 3  # once each


def test_a_queued_write_that_fails_fails_only_its_own_step(db, crm, engine, clock):
    ok, bad = crm.create_contact({"email": "ok@example.es"}), crm.create_contact({"email": "bad@example.es"})
    with db.begin() as conn:
        add_failing_trigger(conn, "refuse", "crm_contact_tags", f"NEW.contact_id = {bad}", "tag refused")
    b = FlowBuilder()
    tag = b.add("action.add_tag", tag="vip")
    b.chain(b.trigger, tag)
    vid = activate(db, b)
    e_ok, e_bad = enroll(db, engine, vid, ok), enroll(db, engine, vid, bad)
    assert [b.careful for b in _batches(engine, clock)] == [True]  # the refused flush redid the batch
    assert enrollment(db, e_ok).status == EnrollmentStatus.COMPLETED and crm.get_contact(ok)["tags"] == ["vip"]
    failed = step_rows(db, e_bad)[-1]
    assert enrollment(db, e_bad).status == EnrollmentStatus.FAILED
    assert failed.status == StepStatus.FAILED and "tag refused" in failed.error
    assert [e[1] for e in _flow_events(db)] == [str(ok)]


def test_a_step_failing_after_queuing_a_write_leaves_no_trace_of_it(db, crm, engine, clock):
    cid = crm.create_contact({"email": "a@example.es", "city": "Sevilla"})
    other = crm.create_contact({"email": "o@x.es"})
    b = FlowBuilder(reenrollment="always")
    upd = b.add("action.update_fields", values={"contact.city": "Madrid", "deal.amount": 5})  # no deal: fails
    b.chain(b.trigger, upd)
    vid = activate(db, b)
    b2 = FlowBuilder(name="Otra")
    tag = b2.add("action.add_tag", tag="vip")
    b2.chain(b2.trigger, tag)
    vid2 = activate(db, b2)
    eid, eid2 = enroll(db, engine, vid, cid), enroll(db, engine, vid2, other)
    assert [b.careful for b in _batches(engine, clock)] == [False]  # undone in place, no redo
    row = step_rows(db, eid)[-1]
    assert row.status == StepStatus.FAILED and "no deal to update" in row.error
    assert crm.get_contact(cid)["custom"]["city"] == "Sevilla"
    assert enrollment(db, eid2).status == EnrollmentStatus.COMPLETED
    assert [(e[1], e[2]) for e in _flow_events(db)] == [(str(other), "tag_added")]


def test_a_flows_batched_write_triggers_another_flow(db, crm, engine):
    from runtime.crm.local import LocalCrmOps, add_listener, remove_listener
    from runtime.engine.triggers import TriggerIndex, contact_filter, process_events

    cid = crm.create_contact({"email": "t@example.es"})
    a = FlowBuilder(name="Etiquetar")
    a.chain(a.trigger, a.add("action.add_tag", tag="Cliente"))
    vid_a = activate(db, a)
    b = FlowBuilder(name="Bienvenida")
    on_tag = b.add("trigger.tag_added", tag="cliente")
    upd = b.add("action.update_fields", values={"contact.lifecycle_stage": "customer"})
    b.link(on_tag, upd)
    activate(db, b)
    with db.begin() as conn:  # events so far (the contact's creation) are not what this test is about
        process_events(conn, engine, TriggerIndex(), lambda *_: True)
    rings: list[int] = []
    ring = lambda: rings.append(1)  # noqa: E731
    add_listener(ring)
    try:
        enroll(db, engine, vid_a, cid)
        engine.run_due()
    finally:
        remove_listener(ring)
    assert rings  # listeners hear of the batch's change events once it committed
    with db.begin() as conn:
        started = process_events(conn, engine, TriggerIndex(),
                                 lambda c, crm_name, contact, cond: contact_filter(LocalCrmOps(c), contact, cond, 0.0))
    assert started
    engine.run_due()
    assert crm.get_contact(cid)["lifecycle_stage"] == "customer"


def test_failing_steps_fail_alone_without_redoing_their_batch(db, crm, engine, clock):
    owner = crm.create_user("eva@acme.es", "Eva")
    ids = [crm.create_contact({"email": f"c{i}@example.es", "first_name": f"N{i}",
                               **({"owner_id": owner} if i % 3 else {})}) for i in range(12)]
    a = FlowBuilder(name="Tareas")
    upd = a.add("action.update_fields", values={"contact.lifecycle_stage": "cliente"})
    # contacts without an owner get the fallback user, who does not exist: their step fails
    task = a.add("action.create_task", title="Llamar a {{ contact.first_name }}", assignee="owner",
                 fallback="nadie@acme.es")
    a.chain(a.trigger, upd, task)
    b = FlowBuilder(name="Rota")
    dec = b.add("decision.if", condition={"match": "all", "rules": [
        {"field": "contact.first_name", "op": "equals", "value": "{{ contact.first_name | nope }}"}]})
    b.chain(b.trigger, dec)
    vid_a, vid_b = activate(db, a), activate(db, b)
    eids_a = [enroll(db, engine, vid_a, c) for c in ids]
    eids_b = [enroll(db, engine, vid_b, c) for c in ids]
    assert [batch.careful for batch in _batches(engine, clock)] == [False]  # update -> task chained; no redo
    for i, eid in enumerate(eids_a):
        last = step_rows(db, eid)[-1]
        if i % 3:
            assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED and last.status == StepStatus.DONE
        else:
            assert enrollment(db, eid).status == EnrollmentStatus.FAILED and "nadie@acme.es" in last.error
    assert all(enrollment(db, e).status == EnrollmentStatus.FAILED
               and "not a valid template" in step_rows(db, e)[-1].error
               for e in eids_b)
    kinds = [e[2] for e in _flow_events(db)]
    assert kinds.count("updated") == 12 and kinds.count("created") == 8 == len(crm.list_tasks())


def test_a_database_error_in_a_pure_step_fails_that_step_alone(db, crm, engine, clock, monkeypatch):
    """PostgreSQL aborts the whole transaction on an error (SQLite does not): such a step is redone in its
    own savepoint on the careful path, not failed in place inside the poisoned batch."""
    from runtime.engine import executors

    real = executors.EXECUTORS["decision.if"]

    def reads_a_broken_table(ctx):
        if ctx.contact()["email"].startswith("bad"):
            ctx.conn.exec_driver_sql("SELECT no_such_column FROM crm_contacts")
        return real(ctx)

    monkeypatch.setitem(executors.EXECUTORS, "decision.if", reads_a_broken_table)
    good, bad = crm.create_contact({"email": "good@example.es"}), crm.create_contact({"email": "bad@example.es"})
    b = FlowBuilder()
    dec = b.add("decision.if", condition={"match": "all", "rules": [
        {"field": "contact.email", "op": "contains", "value": "@"}]})
    tag = b.add("action.add_tag", tag="vip")
    b.chain(b.trigger, dec)
    b.link(dec, tag, "yes")
    vid = activate(db, b)
    e_good, e_bad = enroll(db, engine, vid, good), enroll(db, engine, vid, bad)
    assert [batch.careful for batch in _batches(engine, clock)] == [True]  # redone, the tag chained in it
    assert enrollment(db, e_good).status == EnrollmentStatus.COMPLETED and crm.get_contact(good)["tags"] == ["vip"]
    failed = step_rows(db, e_bad)[-1]
    assert enrollment(db, e_bad).status == EnrollmentStatus.FAILED and "no_such_column" in failed.error
