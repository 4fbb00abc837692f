"""Benchmark (printed, never asserted; `make bench`): how soon a `run` service in another process starts work
enrolled by this one (the CLI's `enroll`, another desktop's "Run flow…").

Before: the service notices it by its 0.5 s cross-process check (the listener switched off, and on
SQLite a "work" commit rang no doorbell then). After: PostgreSQL's NOTIFY, SQLite's doorbell.
Enrollment commit -> the flow's first action committed, p50/p95 over SAMPLES enrollments at random
moments; the ratio after/before does not depend on the machine's speed.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from runtime.engine import Engine
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.store import notify
from runtime.store.schema_runtime import steps
from tests.runtime.store.test_notify import ACTION, FLOW

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = 40
SERVICE = """
import sys
from runtime.store import notify
if sys.argv[2] == "before":  # the service as it was: the periodic check only
    notify.Listener.start = lambda self: None
    notify.WAKE = frozenset({notify.CRM})
from runtime.cli.main import main
sys.exit(main(["--db", sys.argv[1], "run"]))
"""


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(db, url: str, how: str, contacts: list[str], version_id: int) -> list[float]:
    engine = Engine(db)
    proc = subprocess.Popen([sys.executable, "-c", SERVICE, url, how], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # (a warning may come first: web forms served by another Caudal)
            if "started" in line:
                break
        time.sleep(1.0)
        rng = random.Random(7)
        out = []
        for cid in contacts:
            time.sleep(rng.uniform(0, 0.5))  # not in step with the service's 0.5 s check
            started = time.perf_counter()
            with db.begin() as conn:
                (eid,) = engine.enroll_many(conn, version_id, [cid], origin="bench")
            while True:
                with db.begin() as conn:
                    if conn.scalar(select(steps.c.id).where(steps.c.enrollment_id == eid, steps.c.node_id == ACTION)):
                        break
                time.sleep(0.002)
            out.append((time.perf_counter() - started) * 1000)
        return out
    finally:
        proc.terminate()
        proc.wait(30)


def test_wake_latency_across_processes(db, db_url: str, backend: str, monkeypatch) -> None:
    from runtime.crm.local import LocalCrm

    with db.begin() as conn:
        repository.import_flow(conn, fileformat.from_document(FLOW))
    activation = activate_flow(db, "Despertar")
    crm = LocalCrm(db)
    ids = [str(crm.create_contact({"email": f"w{i}@example.es"}, origin="bench")) for i in range(2 * SAMPLES)]
    figures = {}
    for how, part in (("before", ids[:SAMPLES]), ("after", ids[SAMPLES:])):
        with monkeypatch.context() as m:
            if how == "before":  # nor did an enrollment ring the doorbell (SQLite)
                m.setattr(notify, "WAKE", frozenset({notify.CRM}))
            figures[how] = measure(db, db_url, how, part, activation.version_id)
    print()
    for how, ms in figures.items():
        print(f"wake latency, {backend:<10} {how:<6} n={len(ms):>3}  p50 {statistics.median(ms):7.1f} ms  "
              f"p95 {pct(ms, 95):7.1f} ms  max {max(ms):7.1f} ms")
    p50_ratio = statistics.median(figures['after']) / statistics.median(figures['before'])
    print(f"{'':<18} ratio after/before: p50 {p50_ratio:.2f}"
          f"  p95 {pct(figures['after'], 95) / pct(figures['before'], 95):.2f}")
