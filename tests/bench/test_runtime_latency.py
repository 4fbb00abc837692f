"""Benchmarks of the runtime service (printed, never asserted; `make bench`).

- event-to-first-action latency under the running service: a contact change made in
  the same process (woken by the CRM listener) and one made from another process
  (noticed by the 0.5 s cross-process check); p50/p95 over 200 events (target p95 < 100 ms
  in-process);
- peak memory (max RSS) of a service process over a database holding 100,000
  enrollments (target < 300 MB).
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from runtime.crm.local import LocalCrm, LocalCrmOps
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.store.db import open_database
from runtime.store.schema_flows import flows
from runtime.store.schema_runtime import enrollments, steps, work_items

engine_module = pytest.importorskip("runtime.engine")
if not hasattr(engine_module, "Engine"):
    pytest.skip("the engine (runtime.engine.Engine) has not landed yet", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 200
N = "be7c0000-0000-4000-8000-00000000000"
ACTION = N + "2"


def setup_db(path: Path):
    db = open_database(f"sqlite:///{path}")
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": N + "0", "name": "Latencia", "description": "",
        "settings": {"reenrollment": "always", "goal": None, "timezone": "UTC", "max_steps": 1000},
        "nodes": [
            {"id": N + "1", "type": "trigger.tag_added", "type_version": 1, "title": "Go",
             "config": {"tag": "go", "filter": {"match": "all", "rules": []}}, "position": [0, 0]},
            {"id": ACTION, "type": "action.update_fields", "type_version": 1, "title": "Fase",
             "config": {"values": {"contact.source": "bench"}}, "position": [200, 0]}],
        "edges": [{"from": {"node": N + "1", "port": "out"}, "to": {"node": ACTION, "port": "in"}}]}}
    with db.begin() as conn:
        repository.import_flow(conn, fileformat.from_document(doc))
    activate_flow(db, "Latencia")
    return db


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(label: str, ms: list[float]) -> None:
    print(f"{label:<38} n={len(ms):>4}  p50 {statistics.median(ms):7.1f} ms  p95 {pct(ms, 95):7.1f} ms  "
          f"max {max(ms):7.1f} ms")


def test_latency_in_process(tmp_path):
    from runtime.service import Runtime

    db = setup_db(tmp_path / "lat.db")
    crm = LocalCrm(db)
    ids = [crm.create_contact({"email": f"l{i}@example.es"}, origin="bench") for i in range(EVENTS)]
    rt = Runtime(db)
    first_action: dict[int, float] = {}
    got = threading.Event()

    def on_event(event) -> None:
        if event.kind == "step_finished" and event.node_id == ACTION:
            first_action.setdefault(event.enrollment_id, time.perf_counter())
            got.set()

    rt.subscribe(on_event)
    rt.start()
    try:
        rt.run_until_idle()  # the contact_created events above are not ours to time
        time.sleep(0.3)
        latencies = []
        for cid in ids:
            got.clear()
            before = len(first_action)
            started = time.perf_counter()
            crm.add_tag(cid, "go", origin="bench")
            while len(first_action) == before and got.wait(5):
                got.clear()
            latencies.append((max(first_action.values()) - started) * 1000)
    finally:
        rt.stop()
    print()
    report("event -> first action, in-process", latencies)
    print(f"{'':<38} ratio p95 / 100 ms target: {pct(latencies, 95) / 100:.2f}")
    db.dispose()


def test_latency_from_another_process(tmp_path):
    db = setup_db(tmp_path / "lat2.db")
    crm = LocalCrm(db)
    n = EVENTS // 4  # each sample waits for the 0.5 s cross-process check
    ids = [crm.create_contact({"email": f"x{i}@example.es"}, origin="bench") for i in range(n)]
    proc = subprocess.Popen([sys.executable, "main.py", "--db", str(tmp_path / "lat2.db"), "run"], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert "started" in proc.stderr.readline()
        time.sleep(1.0)
        latencies = []
        rng = random.Random(7)
        for cid in ids:
            time.sleep(rng.uniform(0, 0.5))  # not in step with the service's 0.5 s check
            started = time.perf_counter()
            # This process is "the CLI" to the service; take the write lock at BEGIN, so the
            # service's commits cannot make this read-then-write transaction fail.
            with db.begin(immediate=True) as conn:
                LocalCrmOps(conn).add_tag(str(cid), "go", origin="bench")
            while True:
                with db.begin() as conn:
                    done = conn.scalar(select(steps.c.id).join(enrollments, enrollments.c.id == steps.c.enrollment_id)
                                       .where(enrollments.c.contact_id == str(cid), steps.c.node_id == ACTION))
                if done is not None:
                    break
                time.sleep(0.002)
            latencies.append((time.perf_counter() - started) * 1000)
    finally:
        proc.terminate()
        proc.wait(30)
    report("event -> first action, other process", latencies)
    db.dispose()


# Peak RSS from /proc/self/status VmHWM: getrusage's ru_maxrss survives exec, so a child of
# a big parent (this pytest process just built 100,000 rows) would report the parent's peak.
MEMORY_SCRIPT = """
import sys, time
from runtime.store.db import open_database
from runtime.service import Runtime
db = open_database(sys.argv[1])
rt = Runtime(db)
t = time.perf_counter()
done = rt.run_until_idle()
t = time.perf_counter() - t
rt.start(); time.sleep(2.0); rt.stop()
hwm = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(hwm, done, t)
"""


def test_peak_memory_with_100k_enrollments(tmp_path):
    path = tmp_path / "mem.db"
    db = setup_db(path)
    with db.begin() as conn:
        flow_id, version_id = conn.execute(select(flows.c.id, flows.c.active_version_id)).one()
        ts = time.time()
        rows = [{"flow_id": flow_id, "flow_version_id": version_id, "crm": "local", "contact_id": str(i),
                 "contact_email": f"m{i}@example.es", "status": "completed" if i % 10 else "waiting",
                 "current_node": ACTION, "step_count": 2, "next_due_at": None if i % 10 else ts + 86_400,
                 "started_at": ts, "updated_at": ts} for i in range(100_000)]
        conn.execute(insert(enrollments), rows)
        ids = list(conn.scalars(select(enrollments.c.id).where(enrollments.c.status == "waiting")))
        conn.execute(insert(work_items), [{"enrollment_id": e, "node_id": ACTION, "attempt": 1, "due_at": ts + 86_400}
                                          for e in ids])
        conn.execute(insert(steps), [{"enrollment_id": e, "node_id": N + "1", "node_type": "trigger.tag_added",
                                      "status": "done", "started_at": ts, "finished_at": ts,
                                      "detail": {"tag": "go"}} for e in range(1, 100_001)])
    db.dispose()
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, f"sqlite:///{path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, check=True).stdout.split()
    rss_mb = int(out[0]) / 1024
    print(f"\nservice peak RSS, 100,000 enrollments in the DB: {rss_mb:.0f} MB "
          f"(target < 300 MB, ratio {rss_mb / 300:.2f}); first pass {float(out[2]) * 1000:.0f} ms, then 2 s running")
