"""Trigger timers: cron ticks, date-field moments, exactly-once firing, late firing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, insert, select, update

from runtime.crm.local import LocalCrm
from runtime.engine import timers
from runtime.engine.triggers import TriggerIndex
from runtime.store.db import open_database
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import timers as timers_table


def ts(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


class Recorder:
    def __init__(self) -> None:
        self.enrolled: list[tuple[int, str, str]] = []

    def enroll(self, conn, version_id, contact_id, trigger_node=None, origin="manual"):
        self.enrolled.append((version_id, str(contact_id), origin))
        return len(self.enrolled)


def all_contacts(conn, crm):
    return LocalCrm.bind(None, conn).iter_contact_ids()


def no_filter(conn, crm, contact_id, condition):
    return True


@pytest.fixture
def db(tmp_path):
    d = open_database(f"sqlite:///{tmp_path}/t.db")
    yield d
    d.dispose()


def add_flow(db, nodes, tz="UTC", activated_at=0.0):
    flow_id = str(uuid.uuid4())
    doc = {"format": "caudal.flow", "schema_version": 1,
           "flow": {"id": flow_id, "name": flow_id, "settings": {"timezone": tz}, "nodes": nodes, "edges": []}}
    with db.begin() as conn:
        conn.execute(insert(flows).values(id=flow_id, name=flow_id, document=doc, is_active=False,
                                          created_at=0, updated_at=0))
        vid = conn.execute(insert(flow_versions).values(flow_id=flow_id, version=1, document=doc,
                                                        created_at=activated_at)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == flow_id).values(is_active=True, active_version_id=vid))
    return vid


def node(type_, **config):
    return {"id": str(uuid.uuid4()), "type": type_, "title": "", "config": config}


def plan(db, now):
    with db.begin() as conn:
        return sum(timers.plan_version(conn, v, now) for v in TriggerIndex().load(conn))


def fire(db, engine, now):
    with db.begin() as conn:
        return timers.fire_due(conn, engine, TriggerIndex(), no_filter, now, all_contacts)


def test_next_tick_uses_crontab_weekdays_and_timezone():
    # 2026-11-23 is a Monday. "0 9 * * 1" = Mondays 09:00 in Madrid (UTC+1 in November).
    after = ts("2026-11-23T07:00:00")
    assert timers.next_tick("0 9 * * 1", "Europe/Madrid", after) == ts("2026-11-23T08:00:00")
    assert timers.next_tick("0 9 * * 1", "Europe/Madrid", ts("2026-11-23T08:00:00")) == ts("2026-11-30T08:00:00")
    assert timers.next_tick("0 9 * * 0", "UTC", after) == ts("2026-11-29T09:00:00")  # 0 = Sunday


def test_date_fire_at_offsets_annual_and_past():
    now = ts("2026-11-23T00:00:00")
    assert timers.date_fire_at("2026-12-10", -3, "10:30", "UTC", now) == ts("2026-12-07T10:30:00")
    assert timers.date_fire_at("2026-11-01", 0, "09:00", "UTC", now) is None  # passed
    assert timers.date_fire_at("1990-12-01", -3, "09:00", "UTC", now, annual=True) == ts("2026-11-28T09:00:00")
    assert timers.date_fire_at("1990-01-05", 0, "09:00", "UTC", now, annual=True) == ts("2027-01-05T09:00:00")
    assert timers.date_fire_at("not a date", 0, "09:00", "UTC", now) is None
    assert timers.is_annual("contact.cumpleaños") and not timers.is_annual("deal.close_date")


def test_schedule_tick_fires_once_then_plans_the_next(db):
    crm = LocalCrm(db)
    for i in range(3):
        crm.create_contact({"email": f"c{i}@example.es"}, origin="cli")
    vid = add_flow(db, [node("trigger.schedule", cron="0 9 * * *", timezone="UTC")])
    now = ts("2026-11-23T08:00:00")
    assert plan(db, now) == 1
    rec = Recorder()
    assert fire(db, rec, now) == 0  # not due yet
    with db.begin() as conn:
        assert timers.next_due(conn) == ts("2026-11-23T09:00:00")
    # The app was closed for three days: the missed ticks fire late, as ONE tick.
    late = ts("2026-11-26T12:00:00")
    assert fire(db, rec, late) == 1
    assert len(rec.enrolled) == 3 and {v for v, *_ in rec.enrolled} == {vid}
    assert fire(db, rec, late) == 0  # exactly once
    with db.begin() as conn:
        assert timers.next_due(conn) == ts("2026-11-27T09:00:00")


def test_date_field_timers_planned_at_activation_and_replanned_on_change(db):
    crm = LocalCrm(db)
    a = crm.create_contact({"email": "a@example.es", "evento": "2026-12-10"}, origin="cli")
    crm.create_contact({"email": "b@example.es"}, origin="cli")  # no date: no timer
    vid = add_flow(db, [node("trigger.date_field", field="contact.evento", offset_days=-3, at_time="10:00")])
    now = ts("2026-11-23T00:00:00")
    assert plan(db, now) == 1
    # The date moves: the timer follows it (as the trigger service does on the change event).
    crm.update_contact(a, {"evento": "2026-12-20"}, origin="cli")
    event = {"entity": "contact", "entity_id": str(a), "kind": "updated", "crm": "local",
             "changes": {"evento": ["2026-12-10", "2026-12-20"]}, "occurred_at": now}
    with db.begin() as conn:
        timers.replan_subject(conn, TriggerIndex().load(conn), event, str(a))
        assert timers.next_due(conn) == ts("2026-12-17T10:00:00")
    rec = Recorder()
    assert fire(db, rec, ts("2026-12-07T10:00:00")) == 0
    assert fire(db, rec, ts("2026-12-17T10:00:01")) == 1
    assert rec.enrolled == [(vid, str(a), rec.enrolled[0][2])]


def test_birthday_recurs_next_year(db):
    crm = LocalCrm(db)
    crm.create_contact({"email": "a@example.es", "birthday": "1990-12-01"}, origin="cli")
    add_flow(db, [node("trigger.date_field", field="contact.birthday", offset_days=0, at_time="09:00")])
    plan(db, ts("2026-11-23T00:00:00"))
    rec = Recorder()
    assert fire(db, rec, ts("2026-12-01T09:00:00")) == 1
    with db.begin() as conn:
        assert timers.next_due(conn) == ts("2027-12-01T09:00:00")


def test_two_processes_planning_the_same_tick_make_one_row(db):
    add_flow(db, [node("trigger.schedule", cron="0 9 * * *", timezone="UTC")])
    now = ts("2026-11-23T08:00:00")
    plan(db, now)
    plan(db, now)
    with db.begin() as conn:
        assert conn.scalar(select(func.count()).select_from(timers_table)) == 1


def test_deactivated_versions_do_not_fire(db):
    add_flow(db, [node("trigger.schedule", cron="0 9 * * *", timezone="UTC")])
    now = ts("2026-11-23T08:00:00")
    plan(db, now)
    with db.begin() as conn:
        conn.execute(update(flows).values(is_active=False))
        assert timers.next_due(conn) is None
    rec = Recorder()
    assert fire(db, rec, ts("2026-11-24T00:00:00")) == 0
