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

from sqlalchemy import insert, select, update

from runtime.crm.local import LocalCrm
from runtime.engine.registry import Registry, list_runtimes
from runtime.service import Runtime
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import side_effects, work_items

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
    doc = {"format": "caudal.flow", "schema_version": 1,
           "flow": {"id": flow_id, "name": flow_id, "settings": {}, "nodes": nodes, "edges": []}}
    with db.begin() as conn:
        conn.execute(insert(flows).values(id=flow_id, name=flow_id, document=doc, created_at=0, updated_at=0))
        vid = conn.execute(insert(flow_versions).values(flow_id=flow_id, version=1, document=doc,
                                                        created_at=0)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == flow_id).values(is_active=True, active_version_id=vid))
    return vid


def wait_for(predicate, timeout=30.0):
    """Wait until `predicate()` holds; ends as soon as it does (the timeout is for a busy CI machine)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
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
    # No polling help: the next check is an hour away and the idle cap (IDLE_CAP) 60 s, so only
    # the listener can wake it within the 20 s we wait (a wait that ends as soon as it is woken).
    rt = Runtime(db, engine=engine, poll_interval=3600)
    done = threading.Event()
    unsubscribe = rt.subscribe(lambda e: done.set())
    rt.start()
    try:
        crm = LocalCrm(db)
        cid = crm.create_contact({"email": "b@example.es"}, origin="designer")
        time.sleep(0.2)  # usually lets the service go back to sleep first; the assertion holds either way
        crm.add_tag(cid, "vip", origin="designer")
        assert done.wait(20)
    finally:
        unsubscribe()
        assert rt.stop(timeout=30)
    assert not rt.running


def test_running_service_notices_other_processes(db):
    add_flow(db, [{"id": "t", "type": "trigger.contact_created", "config": {}}])
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, poll_interval=0.1)
    rt.start()
    try:
        subprocess.run([sys.executable, "main.py", "--db", db.url, "contacts", "add",
                        "--email", "c@example.es"], cwd=ROOT, check=True, capture_output=True, timeout=60)
        assert wait_for(lambda: len(engine.enrolled) == 1)
    finally:
        rt.stop(timeout=5)


def test_sleeps_until_the_next_due_time(db):
    engine = StandInEngine()
    rt = Runtime(db, engine=engine, poll_interval=3600)  # no polling help: only its own alarm wakes it
    fired = threading.Event()
    fired_at: list[float] = []
    rt.subscribe(lambda e: (fired_at.append(time.time()), fired.set()))
    rt.start()
    try:
        time.sleep(0.1)
        at = engine.at = time.time() + 0.3
        rt.wake()  # as an enrollment made in this process would
        assert fired.wait(20)  # well before the idle cap (60 s): the service slept until `at`, not longer
        assert fired_at[0] >= at  # not before its time, however late the machine let it run
    finally:
        rt.stop(timeout=30)


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


# -- CRM connections: the service polls them ---------------------------------------


def _hubspot_service(db, clock, **options):
    from runtime.crm.connections import ConnectorResolver

    return Runtime(db, clock=clock, connectors=ConnectorResolver(db, sleep=lambda s: None), **options)


def _events(db, crm):
    from sqlalchemy import func, select

    from runtime.store.schema_crm import change_events

    with db.begin() as conn:
        return conn.scalar(select(func.count()).select_from(change_events).where(change_events.c.crm == crm))


def test_service_polls_each_connection_at_its_interval_and_enrolls(db, tmp_path, httpserver, memory_keyring):
    from runtime.crm import connections
    from runtime.engine import ManualClock
    from runtime.engine.activation import activate_flow
    from runtime.flows import fileformat, repository
    from tests.runtime.crm.flow_support import task_flow
    from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot

    hubspot = FakeHubSpot(httpserver)
    base = httpserver.url_for("/").rstrip("/")
    t0 = float(int(time.time()))
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=base, created_at=t0 - 60)
    connections.add_connection(db, "hubspot", "rota", "pat-na1-revoked", base_url=base, created_at=t0 - 60,
                               poll_seconds=120)
    hubspot.put_contact("1", t0 - 50, created=t0 - 3600, email="ana@x.es", firstname="Ana", plan="basic",
                        hubspot_owner_id="501")
    with db.begin() as conn:
        repository.import_flow(conn, fileformat.load(task_flow(tmp_path / "f.caudal.json", "acme",
                                                               "contact.plan", "pro")))
    activate_flow(db, "Pro en HubSpot", now=t0 - 40)

    clock = ManualClock(t0)
    rt = _hubspot_service(db, clock)
    assert rt.next_due_at() <= t0  # never polled: due now
    rt.run_until_idle()
    assert rt.poll_results["acme"].events == 1
    assert "check the token" in str(rt.poll_results["rota"])  # 401: failed, and acme still polled
    assert rt.resolver.status()["rota"]["poll_error"]
    assert rt.next_due_at() == t0 + 60  # acme's interval; rota waits 120 s after its failed try
    searches = len(hubspot.searches)
    clock.set(t0 + 59)
    assert rt.run_until_idle() == 0 and len(hubspot.searches) == searches  # not due: no HTTP at all

    hubspot.put_contact("1", t0 + 10, plan="pro")
    clock.set(t0 + 60)
    rt.run_until_idle()
    assert "rota" not in rt.resolver.poll_due(t0 + 60)  # its own 120 s interval
    assert len(hubspot.tasks) == 1  # polled change -> enrolled -> decision -> task on the fake
    assert _events(db, "acme") == 2
    rt.close()

    # A restart: changes made while the service was down are seen once, nothing is repeated.
    hubspot.put_contact("1", t0 + 100, city="Madrid")
    clock.set(t0 + 200)
    again = _hubspot_service(db, clock)
    again.run_until_idle()
    assert again.poll_results["acme"].events == 1 and again.poll_results["acme"].skipped == 0
    assert _events(db, "acme") == 3 and len(hubspot.tasks) == 1
    clock.set(t0 + 400)
    again.run_until_idle()
    assert again.poll_results["acme"].events == 0 and _events(db, "acme") == 3
    again.close()


def test_running_service_wakes_for_a_poll(db, httpserver, memory_keyring):
    """The alarm / idle sleep honours the next poll time: a started service polls on its own."""
    from runtime.crm import connections
    from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot

    hubspot = FakeHubSpot(httpserver)
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               created_at=time.time() - 60, poll_seconds=10)
    hubspot.put_contact("1", time.time() - 30, created=time.time() - 3600, email="ana@x.es")
    rt = _hubspot_service(db, None, poll_interval=0.1)
    rt.start()
    try:
        assert wait_for(lambda: "acme" in rt.poll_results)
        assert rt.poll_results["acme"].events == 1
    finally:
        rt.close()


def test_the_started_line_in_the_log_hides_the_database_password(db, caplog):
    caplog.set_level("INFO", logger="runtime.service")
    rt = Runtime(db, engine=StandInEngine())
    rt.start()
    rt.stop(timeout=5)
    started = [r.getMessage() for r in caplog.records if "runtime started on" in r.getMessage()]
    assert started == [f"runtime started on {db.shown_url}"]
    assert db.engine.url.password is None or db.engine.url.password not in caplog.text


def test_a_running_service_is_registered_and_leaves_the_registry_when_stopped(db):
    rt = Runtime(db, engine=StandInEngine(), kind="run")
    rt.start()
    try:
        [row] = list_runtimes(db)
        assert (row["id"], row["kind"], row["process"]) == (rt.registry.id, "run", "running")
    finally:
        assert rt.stop()
    assert list_runtimes(db) == []


def test_a_start_hands_on_at_once_the_calls_a_killed_runtime_held(db):
    from runtime.engine import Engine, ledger
    from tests.runtime.engine.engine_support import FlowBuilder, activate

    with db.begin() as conn:
        eid = Engine(db).enroll(conn, activate(db, FlowBuilder()), str(LocalCrm(db).create_contact(
            {"email": "k@example.es"})))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    killed = Registry(db, "killed", "run", WallClock())
    killed.pid = int(dead.stdout)  # a process of this machine that is gone
    killed.register()
    key = ledger.make_key(eid, "n", 1, 1)
    with db.begin() as conn:
        conn.execute(insert(work_items).values(enrollment_id=eid, node_id="n", attempt=1, visit=1, due_at=9e9,
                                               owner="killed"))
        conn.execute(insert(side_effects).values(key=key, enrollment_id=eid, node_id="n", channel="webhook",
                                                 status=ledger.PENDING, created_at=0.0, owner="killed"))
    Runtime(db, engine=StandInEngine()).run_until_idle()
    assert list_runtimes(db) == []  # the dead one handed on, this one gone again
    with db.begin() as conn:
        assert conn.execute(select(work_items.c.owner, work_items.c.due_at < 9e9)
                            .where(work_items.c.node_id == "n")).one() == (None, True)
        assert conn.scalar(select(side_effects.c.status).where(side_effects.c.key == key)) == ledger.SUPERSEDED
