"""End to end on a fake HubSpot, through the real runtime service: the service's poll turns a
contact changed on the fake server into a change event, the trigger enrolls the contact, the
flow's decision reads the changed property, and the flow creates a task back on the fake server.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from runtime.cli.main import main
from runtime.crm import connections
from runtime.engine import ManualClock
from runtime.service import Runtime
from runtime.store.db import open_database
from runtime.store.schema_runtime import enrollments
from tests.runtime.crm.flow_support import task_flow
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN


def test_polled_change_runs_a_flow_that_creates_a_task(db_url, tmp_path: Path, hubspot, httpserver, memory_keyring,
                                                       capsys) -> None:
    path = db_url
    db = open_database(path)
    t0 = float(int(time.time()))
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               tag_property="caudal_tags", created_at=t0 - 60)
    hubspot.put_contact("1", t0 - 59, created=t0 - 3600, email="ana@x.es", firstname="Ana",
                        plan="basic", hubspot_owner_id="501")
    assert main(["--db", path, "flows", "import", str(task_flow(tmp_path / "f.caudal.json", "acme",
                                                                "contact.plan", "pro"))]) == 0
    assert main(["--db", path, "flows", "activate", "Pro en HubSpot"]) == 0
    capsys.readouterr()

    clock = ManualClock(t0)
    runtime = Runtime(db, clock=clock, connectors=connections.ConnectorResolver(db, sleep=lambda s: None))
    runtime.run_until_idle()  # first poll: a baseline "updated" with no known fields enrolls no one
    assert runtime.poll_results["acme"].events == 1 and not hubspot.tasks

    hubspot.put_contact("1", t0 + 5, plan="pro")
    clock.set(t0 + 30)
    runtime.run_until_idle()
    assert not hubspot.tasks  # the connection's interval (60 s) has not passed: no poll yet
    clock.set(t0 + 61)
    runtime.run_until_idle()  # poll -> "updated plan basic->pro" -> enroll -> decision yes -> task
    assert runtime.poll_results["acme"].events == 1
    assert len(hubspot.tasks) == 1
    task = hubspot.tasks[0]
    assert task["properties"]["hs_task_subject"] == "Llamar a Ana"
    assert task["properties"]["hubspot_owner_id"] == "501"
    assert task["associations"][0]["to"]["id"] == "1"
    with db.begin() as conn:
        rows = conn.execute(select(enrollments.c.crm, enrollments.c.contact_id, enrollments.c.status)).all()
    assert [tuple(r) for r in rows] == [("acme", "1", "completed")]
    runtime.close()
    db.dispose()
