"""The office's throughput (make bench): 1, 2 and 3 `python main.py run` services on one database.

Each case is a fresh database with one active flow and the services already started; then
2,000 contacts are created in one transaction and the clock runs until every journey is
completed. Printed per flow, best of 3 rounds (1, 2, 3 services interleaved, so a busy
moment of the machine does not fall on one count only): contacts/s and steps/s, the ratios
2/1 and 3/1 measured in the same run, and the services' CPU seconds (from /proc) per 1,000
contacts. Flows:
  local:        trigger -> update a field -> add a tag -> add a tag (local CRM writes only)
  webhook:      trigger -> webhook to a loopback server answering at once -> add a tag
  slow webhook: the same, the server answering after 20 ms (a CRM or webhook on the network)
SQLite always, PostgreSQL with $CAUDAL_TEST_PG_URL (tests/conftest.py). Asserts only that
nothing was lost or sent twice; the figures are printed, not judged.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from runtime.crm.local import LocalCrm
from runtime.store.db import Database, open_database
from runtime.store.schema_runtime import enrollments, steps
from tests.processes import Service
from tests.runtime.chaos.support import Hook, emails, flow_document, seed, trigger, webhook

CONTACTS = 2000
SERVICES = (1, 2, 3)
ROUNDS = 3
TAG = ("action.add_tag", "Hecho", {"tag": "hecho"})
FLOWS = {
    "local": lambda url: [trigger(), ("action.update_fields", "Fase", {"values": {"contact.lifecycle_stage": "lead"}}),
                          ("action.add_tag", "Uno", {"tag": "uno"}), TAG],
    "webhook": lambda url: [trigger(), webhook(url), TAG],
    "slow webhook": lambda url: [trigger(), webhook(url), TAG],
}
DELAY = {"local": 0.0, "webhook": 0.0, "slow webhook": 0.02}


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a running process (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _counts(db: Database) -> tuple[int, int]:
    """(completed journeys, steps)."""
    with db.begin() as conn:
        done = conn.scalar(select(func.count()).select_from(enrollments).where(enrollments.c.status == "completed"))
        return int(done or 0), int(conn.scalar(select(func.count()).select_from(steps)) or 0)


def _case(url: str, flow: str, services: int) -> tuple[float, int, float]:
    """(seconds from the contacts' commit to the last journey completed, steps, services' CPU seconds)."""
    with Hook(DELAY[flow]) as hook:
        seed(url, flow_document(FLOWS[flow](hook.url)), 0)
        with contextlib.ExitStack() as stack:
            runs = [stack.enter_context(Service(url)) for _ in range(services)]
            cpu_before = sum(_cpu_seconds(r.proc.pid) for r in runs)
            db = open_database(url, migrate=False)
            stack.callback(db.dispose)
            with db.begin(immediate=True) as conn:  # SQLite: the write lock first, as the CLI's import
                ops = LocalCrm(db).bind(conn)
                for address in emails(CONTACTS):
                    ops.create_contact({"email": address}, "import")
            start = time.perf_counter()
            while _counts(db)[0] < CONTACTS:  # one connection, kept: the bench's own load stays small
                assert time.perf_counter() - start < 600, f"{flow}, {services} services: not done in 600 s"
                time.sleep(0.1)
            took = time.perf_counter() - start
            cpu = sum(_cpu_seconds(r.proc.pid) for r in runs) - cpu_before
            for run in runs:
                run.term()
            step_rows = _counts(db)[1]
        if flow != "local":
            assert len(hook.keys) == CONTACTS and max(hook.keys.values()) == 1  # each call once
    return took, step_rows, cpu


@pytest.mark.timeout(5400)
def test_office_throughput_1_2_3_services(make_db_url, backend) -> None:
    print(f"\nOffice throughput on {backend}: {CONTACTS} contacts created at once, `run` services already "
          f"started; best of {ROUNDS} rounds, the counts interleaved (load average before: {os.getloadavg()[0]:.1f})")
    for flow in FLOWS:
        best: dict[int, tuple[float, int, float]] = {}
        for round_ in range(ROUNDS):
            for n in SERVICES:
                took, step_rows, cpu = _case(make_db_url(f"office-{flow.replace(' ', '-')}-{n}-{round_}.db"), flow, n)
                if n not in best or took < best[n][0]:
                    best[n] = (took, step_rows, cpu)
        for n, (took, step_rows, cpu) in best.items():
            print(f"  {flow:12s} {n} service{'s' if n > 1 else ' '}: {CONTACTS / took:7.0f} contacts/s "
                  f"{step_rows / took:8.0f} steps/s  ({took:5.2f} s; services' CPU {1000 * cpu / CONTACTS:5.2f} s "
                  f"per 1,000 contacts)", flush=True)
        print(f"  {flow:12s} ratio 2/1: {best[1][0] / best[2][0]:.2f}x   3/1: {best[1][0] / best[3][0]:.2f}x",
              flush=True)
    print(f"  (load average after: {os.getloadavg()[0]:.1f})")
