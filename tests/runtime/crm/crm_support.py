"""A database with a HubSpot and a Bitrix24 connection on loopback fakes, flows, and a runtime."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.crm import connections
from runtime.crm.resolver import ConnectorResolver
from runtime.engine import ManualClock
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.service import Runtime
from runtime.store.db import open_database
from tests.runtime.crm.bitrix24.fake_bitrix24 import FakeBitrix24
from tests.runtime.crm.flow_support import stage_flow, task_flow
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot


@dataclass
class Office:
    db: Any
    path: str
    hub: FakeHubSpot
    portal: FakeBitrix24
    clock: ManualClock
    runtime: Runtime
    t0: float

    def close(self) -> None:
        self.runtime.close()
        self.db.dispose()


def office(tmp_path: Path, httpserver: Any, *, stage: bool = False, ago: float = 0.0) -> Office:
    """acme (HubSpot) with "plan == pro -> task" (and, with `stage`, "deal won -> task"), oficina
    (Bitrix24) with "city == Madrid -> to-do"; both polled once at t0 (baselines, no tasks),
    `ago` seconds before the wall clock's now (for a CLI run that uses the system clock)."""
    hub, portal = FakeHubSpot(httpserver), FakeBitrix24(httpserver)
    path = str(tmp_path / "office.db")
    db = open_database(path)
    t0 = float(int(time.time() - ago))
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               tag_property="caudal_tags", created_at=t0 - 60)
    connections.add_connection(db, "bitrix24", "oficina", portal.webhook, created_at=t0 - 60)
    hub.put_contact("1", t0 - 59, created=t0 - 3600, email="ana@x.es", firstname="Ana", plan="basic",
                    hubspot_owner_id="501")
    portal.put_contact("5", t0 - 50, created=t0 - 3600, EMAIL="leo@x.es", NAME="Leo", UF_CRM_CITY="Sevilla",
                       ASSIGNED_BY_ID="1")
    files = [task_flow(tmp_path / "h.caudal.json", "acme", "contact.plan", "pro"),
             task_flow(tmp_path / "b.caudal.json", "oficina", "contact.UF_CRM_CITY", "Madrid",
                       name="Madrid en Bitrix24")]
    if stage:
        files.append(stage_flow(tmp_path / "s.caudal.json", "acme", "Ventas", "Ganado"))
    for file in files:
        flow = fileformat.load(file)
        with db.begin() as conn:
            repository.import_flow(conn, flow)
        activate_flow(db, flow.name, now=t0 - 30)
    clock = ManualClock(t0)
    runtime = Runtime(db, clock=clock, connectors=ConnectorResolver(db, sleep=lambda s: None))
    runtime.run_until_idle()
    return Office(db, path, hub, portal, clock, runtime, t0)
