"""Goal exit, step cap, waits, decisions, round robin, outbox, enroll_in_flow, cancel."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import select

from runtime.engine import EnrollmentStatus, StepStatus
from runtime.store.schema_runtime import outbox, work_items
from tests.runtime.engine.engine_support import (
    FlowBuilder,
    activate,
    enroll,
    enrollment,
    items,
    step_rows,
)


def test_goal_exits_before_the_next_step(db, crm, engine, clock):
    cid = crm.create_contact({"email": "g@example.es"})
    goal = {"match": "all", "rules": [{"op": "has_tag", "value": "compró"}]}
    b = FlowBuilder(goal=goal)
    w = b.add("wait.duration", amount=1, unit="days")
    t = b.add("action.add_tag", tag="recordatorio")
    b.chain(b.trigger, w, t)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    crm.add_tag(cid, "compró")
    clock.advance(86400)
    engine.run_due()
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.EXITED and e.finished_at is not None
    last = step_rows(db, eid)[-1]
    assert last.status == StepStatus.SKIPPED and last.detail["exit"] == "goal"
    assert last.detail["why"]["rules"][0]["result"] is True
    assert "recordatorio" not in crm.get_contact(cid)["tags"] and not items(db, eid)


def test_step_cap_stops_a_runaway_loop(db, crm, engine, clock):
    cid = crm.create_contact({"email": "loop@example.es"})
    b = FlowBuilder(max_steps=6)
    t = b.add("action.add_tag", tag="x")
    w = b.add("wait.duration", amount=1, unit="minutes")
    b.chain(b.trigger, t, w)
    b.link(w, t)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    for _ in range(10):
        engine.run_due()
        clock.advance(60)
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.FAILED
    last = step_rows(db, eid)[-1]
    assert last.status == StepStatus.FAILED and "step cap" in last.error and "max_steps = 6" in last.error
    assert not items(db, eid)


def test_wait_until_time_uses_weekdays_and_zone(db, crm, engine, clock):
    clock.set(datetime(2026, 1, 2, 20, 0, tzinfo=UTC).timestamp())  # a Friday, 21:00 in Madrid
    cid = crm.create_contact({"email": "t@example.es"})
    b = FlowBuilder(timezone="Europe/Madrid")
    w = b.add("wait.until_time", weekdays=["mon"], at_time="09:00", timezone="")
    b.chain(b.trigger, w)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    assert items(db, eid)[0].due_at == datetime(2026, 1, 5, 8, 0, tzinfo=UTC).timestamp()  # Monday 09:00 CET
    assert enrollment(db, eid).status == EnrollmentStatus.WAITING


def run_date_wait(db, crm, engine, clock, dates: list[str | None]) -> tuple[str, list[int]]:
    """A flow waiting until 3 days before contact.evento at 10:00 (then tagging «aviso»), run once
    for one contact per date (None: no field); returns the wait node and the enrollments."""
    clock.set(datetime(2026, 3, 1, tzinfo=UTC).timestamp())
    contacts = [crm.create_contact({"email": f"d{i}@example.es", **({"evento": d} if d else {})})
                for i, d in enumerate(dates)]
    b = FlowBuilder(timezone="UTC")
    w = b.add("wait.until_date_field", field="contact.evento", offset_days=-3, at_time="10:00")
    t = b.add("action.add_tag", tag="aviso")
    b.chain(b.trigger, w, t)
    vid = activate(db, b)
    enrolled = [enroll(db, engine, vid, c) for c in contacts]
    engine.run_due()
    return w, enrolled


def test_wait_until_date_field_and_missing_date(db, crm, engine, clock):
    w, (e1, e2) = run_date_wait(db, crm, engine, clock, ["2026-03-10", None])
    assert items(db, e1)[0].due_at == datetime(2026, 3, 7, 10, 0, tzinfo=UTC).timestamp()
    skipped = [r for r in step_rows(db, e2) if r.node_id == w][0]
    assert skipped.status == StepStatus.SKIPPED and "no date" in skipped.detail["reason"]
    assert enrollment(db, e2).status == EnrollmentStatus.COMPLETED


def test_wait_until_date_field_reads_day_first_and_fails_on_a_date_it_cannot_read(db, crm, engine, clock):
    w, (e1, e2) = run_date_wait(db, crm, engine, clock, ["10/03/2026", "31/02/2026"])
    assert items(db, e1)[0].due_at == datetime(2026, 3, 7, 10, 0, tzinfo=UTC).timestamp()
    failed = [r for r in step_rows(db, e2) if r.node_id == w][0]
    assert failed.status == StepStatus.FAILED
    assert failed.error == ("contact.evento: «31/02/2026» is not a valid date (DD/MM/YYYY or YYYY-MM-DD); "
                            "correct it and retry this step")
    assert enrollment(db, e2).status == EnrollmentStatus.FAILED
    assert "aviso" not in crm.get_contact("d1@example.es")["tags"]  # nothing done before the date meant


def test_switch_records_value_and_case(db, crm, engine):
    cid = crm.create_contact({"email": "s@example.es", "city": "Sevilla"})
    b = FlowBuilder()
    sw = b.add("decision.switch", field="contact.city", cases=[
        {"port": "case_1", "value": "Madrid", "label": "Madrid"},
        {"port": "case_2", "value": "sevilla", "label": "Sevilla"}])
    t = b.add("action.add_tag", tag="sur")
    o = b.add("action.add_tag", tag="otro")
    b.chain(b.trigger, sw)
    b.link(sw, t, "case_2")
    b.link(sw, o, "other")
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    row = [r for r in step_rows(db, eid) if r.node_id == sw][0]
    assert row.detail["value"] == "Sevilla" and row.detail["branch"] == "case_2" and row.detail["case"] == "Sevilla"
    assert "sur" in crm.get_contact(cid)["tags"]


def test_split_is_deterministic_and_roughly_fair(db, crm, engine):
    from runtime.engine.executors.decisions import draw

    assert draw(7, "n") == draw(7, "n")
    counts = Counter(draw(i, "node") < 30 for i in range(4000))
    assert 0.26 < counts[True] / 4000 < 0.34
    cid = crm.create_contact({"email": "sp@example.es"})
    b = FlowBuilder()
    sp = b.add("decision.split", branches=[{"port": "branch_1", "name": "A", "percent": 30},
                                           {"port": "branch_2", "name": "B", "percent": 70}])
    a = b.add("action.add_tag", tag="A")
    bb = b.add("action.add_tag", tag="B")
    b.chain(b.trigger, sp)
    b.link(sp, a, "branch_1")
    b.link(sp, bb, "branch_2")
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    row = [r for r in step_rows(db, eid) if r.node_id == sp][0]
    assert row.detail["draw"] == round(draw(eid, sp), 4)
    assert row.detail["branch"] == ("branch_1" if draw(eid, sp) < 30 else "branch_2")


def test_wait_until_met_on_wake_or_times_out(db, crm, engine, clock):
    ana = crm.create_contact({"email": "w1@example.es"})
    bea = crm.create_contact({"email": "w2@example.es"})
    b = FlowBuilder()
    wu = b.add("decision.wait_until", condition={"match": "all", "rules": [{"op": "has_tag", "value": "pagó"}]},
               timeout_amount=2, timeout_unit="hours")
    met = b.add("action.add_tag", tag="gracias")
    late = b.add("action.add_tag", tag="recordar")
    b.chain(b.trigger, wu)
    b.link(wu, met, "met")
    b.link(wu, late, "timed_out")
    vid = activate(db, b)
    e1, e2 = enroll(db, engine, vid, ana), enroll(db, engine, vid, bea)
    engine.run_due()
    assert enrollment(db, e1).status == EnrollmentStatus.WAITING
    clock.advance(10)
    crm.add_tag(ana, "pagó")
    with db.begin() as conn:
        assert engine.wake_contact(conn, "local", str(ana)) == 1
    engine.run_due()
    assert "gracias" in crm.get_contact(ana)["tags"]
    row = [r for r in step_rows(db, e1) if r.node_id == wu][0]
    assert row.status == StepStatus.DONE and row.detail["branch"] == "met"
    for _ in range(3):  # periodic re-checks until the deadline
        clock.advance(3600)
        engine.run_due()
    assert "recordar" in crm.get_contact(bea)["tags"]
    assert enrollment(db, e2).status == EnrollmentStatus.COMPLETED


def test_wake_contacts_wakes_only_the_named_contacts_waiting_decisions(db, crm, engine, clock):
    ana, bea, eva = (crm.create_contact({"email": f"wc{i}@example.es"}) for i in range(3))
    b = FlowBuilder()
    wu = b.add("decision.wait_until", condition={"match": "all", "rules": [{"op": "has_tag", "value": "pagó"}]},
               timeout_amount=2, timeout_unit="hours")
    b.chain(b.trigger, wu)
    vid = activate(db, b)
    for c in (ana, bea, eva):
        enroll(db, engine, vid, c)
    engine.run_due()
    clock.advance(10)
    with db.begin() as conn:
        assert engine.wake_contacts(conn, "local", [str(ana), str(eva), str(ana)]) == 2
        due = dict(conn.exec_driver_sql("SELECT e.contact_id, w.due_at FROM work_items w JOIN enrollments e"
                                        " ON e.id = w.enrollment_id").all())
    assert due[str(ana)] == due[str(eva)] == clock.now() < due[str(bea)]


def test_send_email_to_outbox_with_merge_fields_and_key(db, crm, engine):
    cid = crm.create_contact({"email": "m@example.es", "first_name": ""})
    b = FlowBuilder()
    s = b.add("action.send_email", to="contact", subject="Hola {{ contact.first_name | default('cliente') }}",
              body="Tu ciudad: {{ contact.city }}.")
    b.chain(b.trigger, s)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    with db.begin() as conn:
        msgs = conn.execute(select(outbox)).all()
    assert len(msgs) == 1 and msgs[0].subject == "Hola cliente" and msgs[0].recipient == "m@example.es"
    assert msgs[0].idempotency_key == f"{eid}:{s}:1:1" and msgs[0].body_text == "Tu ciudad: ."
    row = step_rows(db, eid)[-1]
    assert row.detail["missing_fields"] == ["contact.city"] and row.detail["message_id"].startswith(f"<{eid}.")


def test_round_robin_is_durable(db, crm, engine, clock):
    crm.create_user("u1@acme.es", "Uno")
    crm.create_user("u2@acme.es", "Dos")
    b = FlowBuilder(reenrollment="always")
    a = b.add("action.assign_owner", strategy="round_robin", users=["u1@acme.es", "u2@acme.es"])
    b.chain(b.trigger, a)
    vid = activate(db, b)
    owners = []
    for i in range(3):
        cid = crm.create_contact({"email": f"rr{i}@example.es"})
        enroll(db, engine, vid, cid)
        engine.run_due()
        owners.append(crm.get_contact(cid)["owner_id"])
    assert owners[0] == owners[2] != owners[1]


def test_a_task_for_a_contact_without_owner_is_unassigned_or_for_the_fallback(db, crm, engine):
    cid = crm.create_contact({"email": "tk@example.es", "first_name": "Eva"})
    ana = crm.create_user("ana@acme.es", "Ana")
    b = FlowBuilder(reenrollment="always")
    plain = b.add("action.create_task", title="Llamar a {{ contact.first_name }}", due_in_days=2, assignee="owner")
    backed = b.add("action.create_task", title="Revisar", assignee="owner", fallback="ana@acme.es")
    b.chain(b.trigger, plain, backed)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED  # never failed for it
    first, second = step_rows(db, eid)[-2:]
    assert first.status == second.status == StepStatus.DONE
    assert first.detail["no_owner"] is True and first.detail["assignee"] is None
    assert second.detail["fallback"] == "ana@acme.es"
    tasks = {t["title"]: t for t in crm.list_tasks(cid)}
    assert tasks["Llamar a Eva"]["assignee_id"] is None
    assert tasks["Revisar"]["assignee_id"] == str(ana)


def test_a_task_for_a_user_that_does_not_exist_fails_clearly(db, crm, engine):
    cid = crm.create_contact({"email": "tk@example.es", "first_name": "Eva"})
    b = FlowBuilder()
    ok = b.add("action.create_task", title="Llamar", assignee="owner", fallback="nadie@acme.es")
    b.chain(b.trigger, ok)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    last = step_rows(db, eid)[-1]
    assert last.status == StepStatus.FAILED and "nadie@acme.es" in last.error
    assert enrollment(db, eid).status == EnrollmentStatus.FAILED
    assert crm.list_tasks(cid) == []  # nothing half-done


def test_enroll_in_flow_and_cancel(db, crm, engine):
    cid = crm.create_contact({"email": "ef@example.es"})
    other = FlowBuilder(name="Destino")
    w = other.add("wait.duration", amount=5, unit="days")
    other.chain(other.trigger, w)
    activate(db, other)
    b = FlowBuilder(name="Origen")
    go = b.add("action.enroll_in_flow", flow="Destino")
    b.chain(b.trigger, go)
    vid = activate(db, b)
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    new_id = step_rows(db, eid)[-1].detail["enrollment_id"]
    assert enrollment(db, new_id).status == EnrollmentStatus.WAITING
    assert engine.cancel(new_id) and not engine.cancel(new_id)
    e = enrollment(db, new_id)
    assert e.status == EnrollmentStatus.CANCELLED
    rows = step_rows(db, new_id)
    assert [r.status for r in rows][-2:] == [StepStatus.CANCELLED, StepStatus.CANCELLED]
    with db.begin() as conn:
        assert conn.execute(select(work_items).where(work_items.c.enrollment_id == new_id)).first() is None
