"""simulate_flow: a cohort dry run on scratch data; the real data and the network stay untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from runtime.crm.local import LocalCrm
from runtime.store.db import open_database
from runtime.store.schema_runtime import app_settings, enrollments, outbox

engine_module = pytest.importorskip("runtime.engine")
if not hasattr(engine_module, "Engine"):
    pytest.skip("the engine (runtime.engine.Engine) has not landed yet", allow_module_level=True)

from runtime.simulate import SimulationError, simulate_flow  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "bienvenida.caudal.json"
START = 1795417200.0  # 2026-11-23T07:00:00Z


@pytest.fixture
def cohort(tmp_path):
    csv = tmp_path / "c.csv"
    csv.write_text("email;nombre;etiquetas\nana@example.es;Ana;vip\nbea@example.es;Bea;\n", encoding="utf-8")
    return csv


def by_email(result):
    return {c["email"]: c for c in result.contacts}


def test_csv_cohort_over_30_days_takes_both_branches(cohort):
    result = simulate_flow(EXAMPLE, contacts_csv=cohort, days=30, start=START)
    people = by_email(result)
    # Ana is VIP: the task goes to her owner, and she has none: it is created unassigned
    # (issue 13: never fail the contact for it); Bea takes the other branch and completes.
    ana = people["ana@example.es"]
    assert ana["status"] == "completed" and ana["path"][-1]["title"] == "Llamar al cliente VIP"
    assert not ana["path"][-1]["error"]
    assert ana["path"][3]["at"] == "2026-11-25T07:00:00Z"  # after the two-day wait
    assert people["bea@example.es"]["status"] == "completed"
    assert people["bea@example.es"]["path"][-1]["title"] == "Marcar seguimiento"
    reached = {n["title"]: n["reached"] for n in result.nodes}
    assert reached["Correo de bienvenida"] == 2 and reached["Llamar al cliente VIP"] == 1
    assert result.emails == 2
    doc = result.as_json()
    assert doc["started_at"] == "2026-11-23T07:00:00Z" and doc["ended_at"] == "2026-12-23T07:00:00Z"
    json.dumps(doc)  # serialisable


def test_one_day_leaves_everyone_at_the_wait(cohort):
    result = simulate_flow(EXAMPLE, contacts_csv=cohort, days=1, start=START)
    for c in result.contacts:
        assert c["status"] == "waiting" and c["current_node"]["title"] == "Esperar 2 días"


def test_all_contacts_works_on_a_copy_and_never_calls_the_webhook(tmp_path, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    flow = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    email_node = flow["flow"]["nodes"][1]
    email_node.update(type="action.webhook", title="Avisar",
                      config={"method": "POST", "url": httpserver.url_for("/hook"), "headers": {}, "body": "{}"})
    path = tmp_path / "hook.caudal.json"
    path.write_text(json.dumps(flow), encoding="utf-8")
    db = open_database(f"sqlite:///{tmp_path}/real.db")
    with db.begin() as conn:  # a real run would be allowed to call 127.0.0.1
        conn.execute(insert(app_settings).values(key="webhooks.allow_private", value=True))
    LocalCrm(db).create_contact({"email": "ana@example.es"}, origin="cli")
    result = simulate_flow(path, source=db, days=3, start=START)
    assert by_email(result)["ana@example.es"]["path"][1]["title"] == "Avisar"
    assert httpserver.log == []  # nothing left the machine
    with db.begin() as conn:  # the real database is untouched
        assert conn.scalar(select(func.count()).select_from(enrollments)) == 0
        assert conn.scalar(select(func.count()).select_from(outbox)) == 0
    db.dispose()


def test_invalid_flow_and_empty_cohort(tmp_path, cohort):
    flow = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    flow["flow"]["nodes"][1]["config"]["subject"] = ""
    bad = tmp_path / "bad.caudal.json"
    bad.write_text(json.dumps(flow), encoding="utf-8")
    with pytest.raises(SimulationError, match="cannot be activated"):
        simulate_flow(bad, contacts_csv=cohort)
    empty = tmp_path / "empty.csv"
    empty.write_text("email\n", encoding="utf-8")
    with pytest.raises(SimulationError, match="no contacts"):
        simulate_flow(EXAMPLE, contacts_csv=empty)
