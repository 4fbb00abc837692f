"""The views' change watcher: another process's commits call it, a storm of them is one more call."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from runtime.store.changes import ChangeWatcher

ROOT = Path(__file__).resolve().parents[3]
WAIT = 30.0  # a guard against a hang, never a measure

CONTACTS = """
import sys
from runtime.crm.local.ops import LocalCrmOps
from runtime.store.db import open_database
db = open_database(sys.argv[1])
for i in range(int(sys.argv[2])):
    with db.begin() as conn:
        LocalCrmOps(conn).create_contact({"email": f"{sys.argv[3]}{i}@example.es"}, origin="other process")
"""


def other_process_adds(url: str, n: int, prefix: str = "c") -> None:
    subprocess.run([sys.executable, "-c", CONTACTS, url, str(n), prefix], cwd=ROOT, check=True, capture_output=True)


def wait_for(condition: Callable[[], bool], step: threading.Event) -> None:
    """Wait until `condition` holds, looking again at each `step` signal or every 20 ms (WAIT is only
    a guard against a hang)."""
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "the watcher never got there"
        step.wait(0.02)
        step.clear()


def started(watcher: ChangeWatcher) -> None:
    """Start `watcher` and wait until a commit after this is sure to be noticed."""
    watcher.start()
    assert watcher.ready.wait(WAIT)
    if watcher.listener is not None:
        assert watcher.listener.ready.wait(WAIT)


def test_another_process_commit_calls_the_watcher(db, db_url: str) -> None:
    called = threading.Event()
    watcher = ChangeWatcher(db, called.set, interval=0.05, fallback=0.05)
    try:
        started(watcher)
        other_process_adds(db_url, 1)
        assert called.wait(WAIT)
    finally:
        watcher.stop()


def test_a_storm_of_commits_is_one_more_call_after_a_slow_one(db, db_url: str) -> None:
    gate, inside, looked = threading.Event(), threading.Event(), threading.Event()
    heard: list[frozenset[str]] = []

    def slow_view() -> None:  # the first refresh is slow; the storm comes meanwhile
        inside.set()
        assert gate.wait(WAIT)

    watcher = ChangeWatcher(db, slow_view, interval=0.05, fallback=0.05)
    if not db.is_sqlite:
        original = watcher._on_notify

        def counting(sender: str, topics: frozenset[str]) -> None:
            heard.append(topics)
            original(sender, topics)
            looked.set()

        watcher._on_notify = counting  # type: ignore[method-assign]
    try:
        started(watcher)
        other_process_adds(db_url, 1)
        assert inside.wait(WAIT)
        other_process_adds(db_url, 30, "storm")  # 30 transactions while the view is busy
        if not db.is_sqlite:
            wait_for(lambda: len(heard) >= 31, looked)  # every notification is in before we go on
        gate.set()
        wait_for(lambda: watcher.changes == 2, looked)
        checks = watcher.checks
        wait_for(lambda: watcher.checks >= checks + 3, looked)  # three more looks at a quiet database
        assert watcher.changes == 2
    finally:
        gate.set()
        watcher.stop()
