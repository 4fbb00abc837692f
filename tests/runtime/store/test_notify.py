"""Another process's commit reaches listeners (PostgreSQL NOTIFY) and wakes a waiting runtime (NOTIFY or
the doorbell), with the periodic check switched off so that nothing else could have woken it."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.store import notify

ROOT = Path(__file__).resolve().parents[3]
WAIT = 30.0  # a guard against a hang, never a measure; below the runtime's own idle look (IDLE_CAP, 60 s)
N = "5e7c0000-0000-4000-8000-00000000000"
ACTION = N + "2"
FLOW = {"format": "caudal.flow", "schema_version": 1, "flow": {
    "id": N + "0", "name": "Despertar", "description": "",
    "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "max_steps": 1000},
    "nodes": [
        {"id": N + "1", "type": "trigger.manual", "type_version": 1, "title": "A mano", "config": {},
         "position": [0, 0]},
        {"id": ACTION, "type": "action.update_fields", "type_version": 1, "title": "Fuente",
         "config": {"values": {"contact.source": "despierto"}}, "position": [200, 0]}],
    "edges": [{"from": {"node": N + "1", "port": "out"}, "to": {"node": ACTION, "port": "in"}}]}}

COMMITS = """
import sys
from runtime.store import notify
from runtime.store.db import open_database
db = open_database(sys.argv[1])
try:
    with db.begin() as conn:
        notify.mark(conn, sys.argv[2])
        raise RuntimeError("rolled back")
except RuntimeError:
    pass
for topics in sys.argv[3:]:
    with db.begin() as conn:
        for topic in topics.split(","):
            notify.mark(conn, topic)
"""


def commits(url: str, rolled_back: str, *committed: str) -> None:
    """In another process: a transaction marked `rolled_back` rolls back, then one per `committed`
    (comma-separated topics) commits."""
    subprocess.run([sys.executable, "-c", COMMITS, url, rolled_back, *committed], cwd=ROOT, check=True,
                   capture_output=True)


def run_main(url: str, *args: str) -> None:
    subprocess.run([sys.executable, "main.py", "--db", url, *args], cwd=ROOT, check=True, capture_output=True)


def test_payloads_read_back_and_an_unknown_one_wakes_everything() -> None:
    assert notify.parse(notify.payload("abc", {"work", "crm"})) == ("abc", frozenset({"work", "crm"}))
    assert notify.parse("nonsense") == ("nonsense", notify.WAKE | {notify.HISTORY})


@pytest.mark.postgresql_only(reason="NOTIFY is PostgreSQL's; SQLite rings the doorbell (test_doorbell.py)")
def test_a_commit_in_another_process_notifies_once_and_a_rollback_never(db, db_url: str) -> None:
    heard: list[tuple[str, frozenset[str]]] = []
    got = threading.Event()

    def on_notify(sender: str, topics: frozenset[str]) -> None:
        heard.append((sender, topics))
        got.set()

    listener = notify.Listener(db.engine, on_notify)
    listener.start()
    try:
        assert listener.ready.wait(WAIT)
        commits(db_url, "settings", "work,crm,work")
        assert got.wait(WAIT)
    finally:
        listener.stop()
    # notifications come in commit order: the rolled-back one would have come first
    assert [topics for _sender, topics in heard] == [frozenset({"work", "crm"})]
    assert heard[0][0] != notify.sender_of(db.engine)


@pytest.mark.postgresql_only(reason="a server connection to cut is PostgreSQL's")
def test_the_listener_reconnects_when_the_server_drops_it(db) -> None:
    connected = threading.Semaphore(0)
    heard = threading.Event()
    listener = notify.Listener(db.engine, lambda _s, _t: heard.set(), on_connect=connected.release, retry=0.05)
    listener.start()
    try:
        assert connected.acquire(timeout=WAIT)
        with db.begin() as conn:  # what an administrator or a server restart does to it
            cut = conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                    " WHERE datname = current_database() AND query LIKE 'LISTEN%'")).all()
        assert cut == [(True,)]
        assert connected.acquire(timeout=WAIT)  # on_connect again: the owner rescans what it missed
        assert listener.connects == 2
        with db.begin() as conn:
            notify.mark(conn, notify.FLOWS)
        assert heard.wait(WAIT)
    finally:
        listener.stop()
    assert not listener.ready.is_set()


def active_flow(db) -> None:
    with db.begin() as conn:
        repository.import_flow(conn, fileformat.from_document(FLOW))
    activate_flow(db, "Despertar")


def test_work_enrolled_by_another_process_wakes_a_waiting_runtime(db, db_url: str) -> None:
    from runtime.crm.local import LocalCrm
    from runtime.service import Runtime

    active_flow(db)
    LocalCrm(db).create_contact({"email": "ana@example.es"}, origin="test")
    runtime = Runtime(db, poll_interval=3600)  # the periodic check would come far too late
    done = threading.Event()
    runtime.subscribe(lambda e: done.set() if e.kind == "step_finished" and e.node_id == ACTION else None)
    runtime.start()
    try:
        runtime.run_until_idle()  # the contact's creation is behind us
        if runtime.listener is not None:
            assert runtime.listener.ready.wait(WAIT)
        run_main(db_url, "enroll", "--contact", "ana@example.es", "Despertar")
        assert done.wait(WAIT)
    finally:
        assert runtime.stop()
    assert runtime.listener is None


@pytest.mark.sqlite_only(reason="the doorbell sits beside a SQLite file; PostgreSQL is tested above")
def test_only_a_committed_waking_transaction_rings_the_doorbell(db, db_url: str) -> None:
    from runtime.doorbell import Doorbell
    from runtime.store.sqlite_specific import doorbell_folder

    rung = threading.Semaphore(0)
    folder = doorbell_folder(db.url)
    assert folder is not None
    bell = Doorbell(folder, rung.release)
    bell.start()
    try:
        commits(db_url, "work", "history", "flows")  # history: views' news, runtimes need not get up
        assert rung.acquire(timeout=WAIT)
        assert not rung.acquire(blocking=False)
    finally:
        bell.stop()
