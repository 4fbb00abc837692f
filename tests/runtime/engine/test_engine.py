"""The step loop end to end: actions, decisions, completion, events, durability of rows."""

from __future__ import annotations

from runtime.engine import EnrollmentStatus, StepStatus
from tests.runtime.engine.engine_support import (
    FlowBuilder,
    activate,
    enroll,
    enrollment,
    items,
    step_rows,
)


def test_contact_runs_through_actions_and_decision(db, crm, engine, events):
    cid = crm.create_contact({"email": "ana@example.es", "first_name": "Ana", "city": "Madrid"})
    b = FlowBuilder()
    upd = b.add("action.update_fields",
                values={"contact.lifecycle_stage": "cliente", "contact.saludo": "Hola {{ contact.first_name }}"})
    dec = b.add("decision.if",
                condition={"match": "all", "rules": [{"field": "contact.city", "op": "equals", "value": "madrid"}]})
    yes = b.add("action.add_tag", tag="madrileño")
    no = b.add("action.add_tag", tag="otros")
    b.chain(b.trigger, upd, dec)
    b.link(dec, yes, "yes")
    b.link(dec, no, "no")
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert eid is not None
    assert engine.run_due() == 3
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.COMPLETED and e.current_node == yes and e.finished_at is not None
    rows = step_rows(db, eid)
    assert [r.node_id for r in rows] == [b.trigger, upd, dec, yes]
    assert all(r.status == StepStatus.DONE for r in rows)
    why = rows[2].detail["why"]["rules"][0]
    assert why == {"field": "contact.city", "op": "equals", "expected": "madrid", "actual": "Madrid", "result": True}
    assert rows[2].detail["branch"] == "yes"
    contact = crm.get_contact(cid)
    assert contact["lifecycle_stage"] == "cliente" and contact["custom"]["saludo"] == "Hola Ana"
    assert "madrileño" in contact["tags"] and "otros" not in contact["tags"]
    assert not items(db, eid)
    kinds = [(ev.kind, ev.status) for ev in events]
    assert ("step_finished", "done") in kinds and ("enrollment_changed", "completed") in kinds


def test_parallel_branches_complete_when_all_end(db, crm, engine, clock):
    cid = crm.create_contact({"email": "p@example.es"})
    b = FlowBuilder()
    fast = b.add("action.add_tag", tag="rapido")
    wait = b.add("wait.duration", amount=1, unit="hours")
    slow = b.add("action.add_tag", tag="lento")
    b.link(b.trigger, fast)
    b.link(b.trigger, wait)
    b.link(wait, slow)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    assert len(items(db, eid)) == 2
    engine.run_due()
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.WAITING and e.current_node == wait
    waiting = [r for r in step_rows(db, eid) if r.node_id == wait]
    assert len(waiting) == 1 and waiting[0].status == StepStatus.WAITING
    assert engine.next_due_at() == clock.now() + 3600
    clock.advance(3600)
    engine.run_due()
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.COMPLETED
    waited = [r for r in step_rows(db, eid) if r.node_id == wait]
    assert len(waited) == 1 and waited[0].status == StepStatus.DONE and waited[0].finished_at == clock.now()
    assert {"rapido", "lento"} <= set(crm.get_contact(cid)["tags"])


def test_reenrollment_policies(db, crm, engine):
    cid = crm.create_contact({"email": "r@example.es"})
    for policy, second, third in (("never", False, False), ("always", True, True), ("after_exit", False, True)):
        b = FlowBuilder(name=f"flujo {policy}", reenrollment=policy)
        w = b.add("wait.duration", amount=1, unit="days")
        b.chain(b.trigger, w)
        vid = activate(db, b)
        first = enroll(db, engine, vid, cid)
        assert first is not None
        assert (enroll(db, engine, vid, cid) is not None) is second, policy
        engine.cancel(first)
        assert (enroll(db, engine, vid, cid) is not None) is third, policy


def test_unknown_contact_is_refused(db, engine):
    b = FlowBuilder()
    t = b.add("action.add_tag", tag="x")
    b.chain(b.trigger, t)
    vid = activate(db, b)
    assert enroll(db, engine, vid, 999) is None
