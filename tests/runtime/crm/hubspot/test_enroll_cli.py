"""`enroll` fires the manual trigger of a flow that runs on a HubSpot connection."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlalchemy import select

from runtime.cli.main import main
from runtime.crm import connections
from runtime.store.db import open_database
from runtime.store.schema_runtime import enrollments
from tests.runtime.crm.flow_support import N, task_flow
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN


def _manual_flow(tmp_path: Path) -> Path:
    path = task_flow(tmp_path / "f.caudal.json", "acme", "contact.plan", "pro", name="Manual en HubSpot")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["flow"]["nodes"][0].update(type="trigger.manual", config={"label": "Llamar"})
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_enroll_finds_the_contact_on_the_connection(db_url, tmp_path: Path, hubspot, httpserver, memory_keyring,
                                                     capsys) -> None:
    path = db_url
    db = open_database(path)
    now = float(int(time.time()))
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=httpserver.url_for("/").rstrip("/"),
                               tag_property="caudal_tags", created_at=now)
    db.dispose()
    hubspot.put_contact("7", now, created=now - 3600, email="ana@x.es", firstname="Ana", plan="pro")
    assert main(["--db", path, "flows", "import", str(_manual_flow(tmp_path))]) == 0
    assert main(["--db", path, "flows", "activate", "Manual en HubSpot"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "enroll", "Manual en HubSpot", "--contact", "ana@x.es"]) == 0
    assert "enrollment 1" in capsys.readouterr().out
    db = open_database(path)
    with db.begin() as conn:
        rows = conn.execute(select(enrollments.c.crm, enrollments.c.contact_id, enrollments.c.trigger_node)).all()
    assert [tuple(r) for r in rows] == [("acme", "7", f"{N}01")]
    db.dispose()
