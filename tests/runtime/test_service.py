"""The runtime service loop: reacts to in-process and cross-process changes, sleeps, stops.

The engine here is a small recording stand-in (the loop is what is under test);
the database, the local CRM, APScheduler and the other process are real.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, update

from runtime.crm.local import LocalCrm
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_flows import flow_versions, flows

ROOT = Path(__file__).resolve().parents[2]


class WallClock:
    @staticmethod
    def now() -> float:
        return time.time()


class StandInEngine:
    """Records enrollments; each becomes one unit of due work that `run_due` emits an event for."""

    def __init__(self) -> None:
        self.clock = WallClock()
        self.events = None
        self.enrolled: list[tuple[int, str]] = []
        self._due: list[int] = []
        self.lock = threading.Lock()
        self.at: float | None = None

    def enroll(self, conn, version_id, contact_id, trigger_node=None, origin="manual"):
        with self.lock:
            self.enrolled.append((version_id, str(contact_id)))
            self._due.append(len(self.enrolled))
            return len(self.enrolled)

    def wake_contact(self, conn, crm, contact_id):
        pass

    def run_due(self, limit=500, now=None, max_batches=None):
        with self.lock:
            due, self._due = self._due, []
        if self.at is not None and (now or time.time()) >= self.at:
            self.at = None
            due.append(-1)
        for d in due:
            if self.events:
                self.events({"kind": "step_finished", "enrollment_id": d})
        return len(due)

    def next_due_at(self):
        with self.lock:
            return time.time() if self._due else self.at


def add_flow(db, nodes):
    flow_id = str(uuid.uuid4())
    doc = {"flow": {"id": flow_id, "name": flow_id, "settings": {}, "nodes": nodes, "edges": []}}
    with db.begin() as conn:
        conn.execute(insert(flows).values(id=flow_id, name=flow_id, document=doc, created_at=0, updated_at=0))
        vid = conn.execute(insert(flow_versions).values(flow_id=flow_id, version=1, document=doc,
                                                        created_at=0)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == flow_id).values(is_active=True, active_version_id=vid))
    return vid


@pytest.fixture
def db(tmp_path):
    d = open_database(f"sqlite:///{tmp_path}/t.db")
    yield d
    d.dispose()


def wait_for(predicate, timeout=5.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def test_run_until_idle_processes_events_and_due_work(db):
    vid = add_flow(db, [{"id": "t", "type": "trigger.contact_created", "config": {}}])
    LocalCrm(db).create_contact({"email": "a@example.es"}, origin="cli")
    engine = StandInEngine()
    rt = Runtime(db, engine=engine)
    seen = []
    rt.subscribe(seen.append)
    assert rt.run_until_idle() == 2  # one event, then one step
    assert engine.enrolled == [(vid, "1")] and len(seen) == 1
    assert rt.run_until_idle() == 0


def test_running_service_reacts_to_in_process_changes_at_once(db):
    add_flow(db, [{"id": "t", "type": "trigger.tag_added", "config": {"tag": "vip"}}])
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, poll_interval=30)  # no polling help: the listener must wake it
    done = threading.Event()
    unsubscribe = rt.subscribe(lambda e: done.set())
    rt.start()
    try:
        crm = LocalCrm(db)
        cid = crm.create_contact({"email": "b@example.es"}, origin="designer")
        time.sleep(0.2)
        started = time.perf_counter()
        crm.add_tag(cid, "vip", origin="designer")
        assert done.wait(2)
        assert time.perf_counter() - started < 1.0  # woken, not found by a poll 30 s later
    finally:
        unsubscribe()
        assert rt.stop(timeout=5)
    assert not rt.running


def test_running_service_notices_other_processes(db, tmp_path):
    add_flow(db, [{"id": "t", "type": "trigger.contact_created", "config": {}}])
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, poll_interval=0.1)
    rt.start()
    try:
        subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "t.db"), "contacts", "add",
                        "--email", "c@example.es"], cwd=ROOT, check=True, capture_output=True, timeout=60)
        assert wait_for(lambda: len(engine.enrolled) == 1)
    finally:
        rt.stop(timeout=5)


def test_sleeps_until_the_next_due_time(db):
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, poll_interval=30)
    fired = threading.Event()
    rt.subscribe(lambda e: fired.set())
    rt.start()
    try:
        time.sleep(0.1)
        engine.at = time.time() + 0.3
        rt.wake()  # as an enrollment made in this process would
        assert not fired.wait(0.15)
        assert fired.wait(2)
    finally:
        rt.stop(timeout=5)


def test_a_failing_subscriber_does_not_stop_the_runtime(db):
    add_flow(db, [{"id": "t", "type": "trigger.contact_created", "config": {}}])
    engine = StandInEngine()
    rt = Runtime(db, engine=engine)
    got = []
    rt.subscribe(lambda e: 1 / 0)
    rt.subscribe(got.append)
    LocalCrm(db).create_contact({"email": "d@example.es"}, origin="cli")
    rt.run_until_idle()
    assert len(got) == 1


class FixedClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def now(self) -> float:
        return self.t


def test_a_start_after_downtime_fires_missed_timers_late_and_once(db):
    from runtime.engine import timers
    from runtime.engine.triggers import TriggerIndex

    crm = LocalCrm(db)
    for i in range(3):
        crm.create_contact({"email": f"s{i}@example.es"}, origin="cli")
    add_flow(db, [{"id": "t", "type": "trigger.schedule", "config": {"cron": "0 9 * * *", "timezone": "UTC"}}])
    monday_8 = 1795417200.0 + 3600  # 2026-11-23T08:00:00Z
    with db.begin() as conn:
        for version in TriggerIndex().load(conn):
            timers.plan_version(conn, version, monday_8)
    # The app was closed until Thursday: a fresh runtime (a restart) finds the tick in the table.
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, clock=FixedClock(monday_8 + 3 * 86_400))
    rt.run_until_idle()
    rt.run_until_idle()
    assert len(engine.enrolled) == 3  # late, exactly once
    assert Runtime(db, engine=StandInEngine(), clock=FixedClock(monday_8 + 3 * 86_400)).run_until_idle() == 0
