"""End to end on a fake Bitrix24 portal, through the runtime service: a polled change to a
contact's user field enrolls it, the decision reads the field, and a to-do is added back."""

from __future__ import annotations

import time
from pathlib import Path

from runtime.crm import connections
from runtime.engine import ManualClock
from runtime.engine.activation import activate_flow
from runtime.flows import fileformat, repository
from runtime.service import Runtime
from runtime.store.db import open_database
from tests.runtime.crm.bitrix24.fake_bitrix24 import FakeBitrix24
from tests.runtime.crm.flow_support import task_flow


def test_polled_change_runs_a_flow_that_adds_a_todo(db_url, tmp_path: Path, httpserver, memory_keyring) -> None:
    portal = FakeBitrix24(httpserver)
    db = open_database(db_url)
    t0 = float(int(time.time()))
    connections.add_connection(db, "bitrix24", "oficina", portal.webhook, created_at=t0 - 60)
    portal.put_contact("5", t0 - 50, created=t0 - 3600, EMAIL="ana@x.es", NAME="Ana", UF_CRM_CITY="Sevilla",
                       ASSIGNED_BY_ID="1")
    flow = fileformat.load(task_flow(tmp_path / "f.caudal.json", "oficina", "contact.UF_CRM_CITY", "Madrid",
                                     name="Madrid en Bitrix24"))
    with db.begin() as conn:
        repository.import_flow(conn, flow)
    activate_flow(db, "Madrid en Bitrix24", now=t0 - 30)

    clock = ManualClock(t0)
    runtime = Runtime(db, clock=clock, connectors=connections.ConnectorResolver(db, sleep=lambda s: None))
    runtime.run_until_idle()
    assert not portal.activities
    portal.put_contact("5", t0 + 5, UF_CRM_CITY="Madrid")
    clock.set(t0 + 61)
    runtime.run_until_idle()
    assert len(portal.activities) == 1
    todo = portal.activities[0]
    assert todo["ownerTypeId"] == 3 and str(todo["ownerId"]) == "5"
    assert todo["title"] == "Llamar a Ana" and str(todo["responsibleId"]) == "1"
    runtime.close()
    db.dispose()
