"""A burst on each remote CRM (make bench): N contacts changed at once, through the real runtime.

For HubSpot, Bitrix24, Clientify and Pipedrive (loopback fakes; the HTTP clients' sleeps are
no-ops, so the vendors' rate limits cost no wall time here), N contacts change "plan" to "pro"
in one bulk edit; the flow "plan changed -> if pro -> create a task" runs on the connection.
Printed per connector: changes/s turned into enrollments (poll + trigger processing, our own
cost), the HTTP calls each phase made, and what those calls take at the vendor's published
rate, against the design before (one contact read per enrollment, inside the write
transaction). Ratios of call counts are machine-independent. N: env BURST_N (default 2,000).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from runtime.crm import connections
from runtime.crm.resolver import ConnectorResolver
from runtime.engine import ManualClock, readahead
from runtime.engine.activation import activate_flow
from runtime.engine.triggers import process_events
from runtime.flows import fileformat, repository
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_runtime import enrollments
from tests.runtime.crm.bitrix24.fake_bitrix24 import FakeBitrix24
from tests.runtime.crm.clientify.fake_clientify import KEY as CLIENTIFY_KEY
from tests.runtime.crm.clientify.fake_clientify import FakeClientify
from tests.runtime.crm.flow_support import task_flow
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN as HUBSPOT_TOKEN
from tests.runtime.crm.hubspot.fake_hubspot import FakeHubSpot
from tests.runtime.crm.pipedrive.fake_pipedrive import TOKEN as PIPEDRIVE_TOKEN
from tests.runtime.crm.pipedrive.fake_pipedrive import FakePipedrive

N = int(os.environ.get("BURST_N", "2000"))
PLAN = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"
RATE = {"hubspot": 19.0, "bitrix24": 2.0, "clientify": 2.0, "pipedrive": 10.0}  # sustained requests/s


def _setup(kind: str, server: Any, t0: float) -> tuple[Any, str, str, Any]:
    """(fake, secret, field, a function that changes every contact at `t`)."""
    if kind == "hubspot":
        fake = FakeHubSpot(server)
        for i in range(N):
            fake.put_contact(str(i + 1), t0 - 59, created=t0 - 4000, email=f"c{i}@x.es", firstname=f"C{i}",
                             plan="basic", hubspot_owner_id="501")
        return fake, HUBSPOT_TOKEN, "contact.plan", lambda t: [fake.put_contact(str(i + 1), t, plan="pro")
                                                                for i in range(N)]
    if kind == "bitrix24":
        fake = FakeBitrix24(server)
        for i in range(N):
            fake.put_contact(str(i + 1), t0 - 59, created=t0 - 4000, EMAIL=f"c{i}@x.es", NAME=f"C{i}",
                             UF_CRM_PLAN="basic", ASSIGNED_BY_ID="1")
        return fake, fake.webhook, "contact.UF_CRM_PLAN", lambda t: [
            fake.put_contact(str(i + 1), t, UF_CRM_PLAN="pro") for i in range(N)]
    if kind == "clientify":
        fake = FakeClientify(server)
        for i in range(N):
            fake.put_contact(str(i + 1), t0 - 59, created=t0 - 4000, email=f"c{i}@x.es", first_name=f"C{i}",
                             owner="eva@acme.es", custom={"plan": "basic"})
        return fake, CLIENTIFY_KEY, "contact.plan", lambda t: [
            fake.put_contact(str(i + 1), t, custom={"plan": "pro"}) for i in range(N)]
    fake = FakePipedrive(server)
    for i in range(N):
        fake.put_person(str(i + 1), t0 - 59, created=t0 - 4000, name=f"C{i}", email=f"c{i}@x.es", owner_id=11,
                        custom={PLAN: "basic"})
    return fake, PIPEDRIVE_TOKEN, f"contact.{PLAN}", lambda t: [
        fake.put_person(str(i + 1), t, custom={PLAN: "pro"}) for i in range(N)]


def _calls(fake: Any) -> int:
    return len(fake.calls) if isinstance(fake, FakeBitrix24) else len(fake.requests)


def _burst(tmp_path: Path, server: Any, kind: str) -> None:
    t0 = float(int(time.time()))
    fake, secret, field, change = _setup(kind, server, t0)
    db = open_database(str(tmp_path / f"{kind}.db"))
    base = None if kind == "bitrix24" else (fake.base if kind != "hubspot" else server.url_for("/").rstrip("/"))
    connections.add_connection(db, kind, "crm", secret, base_url=base, created_at=t0 - 60)
    flow = fileformat.load(task_flow(tmp_path / f"{kind}.caudal.json", "crm", field, "pro", name="Burst"))
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    activate_flow(db, "Burst", now=t0 - 30)
    clock = ManualClock(t0)
    resolver = ConnectorResolver(db, sleep=lambda s: None)
    runtime = Runtime(db, clock=clock, connectors=resolver)
    runtime.poll_connections()  # the baseline: every contact's snapshot (its old values)
    runtime.run_until_idle()
    change(t0 + 5)
    clock.set(t0 + 61)
    started, before = time.perf_counter(), _calls(fake)
    runtime.poll_connections()
    polled, poll_calls = time.perf_counter() - started, _calls(fake) - before
    started, before = time.perf_counter(), _calls(fake)
    while True:  # trigger processing alone: changes -> enrollments
        prepared = readahead.for_events(resolver, runtime.index, runtime.batch)
        with db.begin(immediate=True) as conn:
            if not process_events(conn, runtime.engine, runtime.index, runtime._filter, limit=runtime.batch,
                                  held=prepared.held, gone=prepared.gone):
                break
    enrolled, enroll_calls = time.perf_counter() - started, _calls(fake) - before
    with db.begin() as conn:
        count = conn.scalar(select(func.count()).select_from(enrollments))
    started, before = time.perf_counter(), _calls(fake)
    runtime.run_until_idle()
    stepped, step_calls = time.perf_counter() - started, _calls(fake) - before
    if os.environ.get("BURST_DEBUG"):
        import collections
        import re

        log = fake.calls if isinstance(fake, FakeBitrix24) else fake.requests
        print(collections.Counter(re.sub(r"\d+", "N", str(x[:2]))[:80] for x in log[before:]).most_common(8))
    with db.begin() as conn:
        done = conn.scalar(select(func.count()).select_from(enrollments).where(enrollments.c.status == "completed"))
    rate = RATE[kind]
    print(f"\n{kind}: {N:,} contacts changed at once -> {count:,} enrollments, {done:,} completed")
    print(f"  poll: {poll_calls} calls, {polled:.2f} s (with the fake's own work); trigger processing: "
          f"{enroll_calls} calls, {N / max(enrolled, 1e-9):,.0f} changes/s turned into enrollments; "
          f"poll + enrollment {N / max(polled + enrolled, 1e-9):,.0f} changes/s")
    print(f"  enrollment at {rate:g} requests/s: before {N} reads inside the write transaction = "
          f"{N / rate / 60:,.1f} min with the designer's writes blocked; now {enroll_calls} calls "
          f"(the poll's snapshots) = {enroll_calls / rate:,.1f} s, none inside a transaction")
    print(f"  steps: {step_calls} calls for {done:,} tasks ({step_calls / max(done, 1):.2f} per contact: batch reads "
          f"+ one create each) = {step_calls / rate / 60:,.1f} min at the vendor's rate, none inside a transaction "
          f"(before: 3 per contact, the decision's read, the task's read and the create, inside the batch's "
          f"write transaction = {3 * N / rate / 60:,.1f} min); our own cost {stepped:.1f} s")
    runtime.close()
    db.dispose()


def test_burst_hubspot(tmp_path: Path, httpserver, memory_keyring) -> None:
    _burst(tmp_path, httpserver, "hubspot")


def test_burst_bitrix24(tmp_path: Path, httpserver, memory_keyring) -> None:
    _burst(tmp_path, httpserver, "bitrix24")


def test_burst_clientify(tmp_path: Path, httpserver, memory_keyring) -> None:
    _burst(tmp_path, httpserver, "clientify")


def test_burst_pipedrive(tmp_path: Path, httpserver, memory_keyring) -> None:
    _burst(tmp_path, httpserver, "pipedrive")
