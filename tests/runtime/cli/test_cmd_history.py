"""`history`: human blocks, --json shape, filters, errors; retry/cancel of unknown ids."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, update

from runtime.cli.main import main
from runtime.store.db import open_database
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments, steps

T0 = 1795417200.0  # 2026-11-23T07:00:00Z


@pytest.fixture
def dbfile(db_url):
    db = open_database(db_url)
    doc = {"format": "caudal.flow", "schema_version": 1,
           "flow": {"id": "f1", "name": "Bienvenida", "settings": {}, "edges": [], "nodes": [
        {"id": "t", "type": "trigger.tag_added", "title": "Nuevo cliente", "config": {}},
        {"id": "d", "type": "decision.if", "title": "¿Es VIP?", "config": {}}]}}
    with db.begin() as conn:
        conn.execute(insert(flows).values(id="f1", name="Bienvenida", document=doc, created_at=T0, updated_at=T0))
        vid = conn.execute(insert(flow_versions).values(flow_id="f1", version=2, document=doc,
                                                        created_at=T0)).inserted_primary_key[0]
        conn.execute(update(flows).values(is_active=True, active_version_id=vid))
        for email, status in (("ana@example.es", "completed"), ("bea@example.es", "failed")):
            eid = conn.execute(insert(enrollments).values(
                flow_id="f1", flow_version_id=vid, contact_id="1", contact_email=email, status=status,
                current_node="d", started_at=T0, updated_at=T0)).inserted_primary_key[0]
            conn.execute(insert(steps).values(
                enrollment_id=eid, node_id="d", node_type="decision.if", status="done" if status == "completed"
                else "failed", started_at=T0, finished_at=T0, detail={"branch": "yes"},
                error=None if status == "completed" else "the CRM said no"))
    db.dispose()
    return db_url


def test_json(dbfile, capsys):
    assert main(["--db", dbfile, "history", "--json", "--status", "failed"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [e["contact"]["email"] for e in out] == ["bea@example.es"]
    assert out[0]["flow_version"] == 2 and out[0]["current_node"]["title"] == "¿Es VIP?"
    assert out[0]["steps"][0]["error"] == "the CRM said no"


def test_human_blocks(dbfile, capsys):
    assert main(["--db", dbfile, "history", "--flow", "Bienvenida"]) == 0
    out = capsys.readouterr().out
    assert "#2 Bienvenida v2 · bea@example.es · failed at «¿Es VIP?»" in out
    assert "error: the CRM said no" in out and '{"branch": "yes"}' in out
    assert "(1-2 of 2; newest first)" in out


def test_filters_and_errors(dbfile, capsys):
    assert main(["--db", dbfile, "history", "--contact", "ana@example.es", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["--db", dbfile, "history", "--flow", "Nada"]) == 1
    assert "no flow with id or name 'Nada'" in capsys.readouterr().err
    assert main(["--db", dbfile, "history", "retry", "99"]) == 1
    assert "no enrollment 99" in capsys.readouterr().err
    assert main(["--db", dbfile, "history", "cancel", "99"]) == 1
    with pytest.raises(SystemExit):
        main(["--db", dbfile, "history", "--status", "dormido"])


@pytest.fixture
def ran(db_url):
    """A database where the real engine ran: one waiting journey, one failed, one completed."""
    from runtime.crm.local import LocalCrm
    from runtime.engine import Engine, ManualClock
    from tests.runtime.history.history_support import failing_flow, person, run_one, welcome_flow

    db = open_database(db_url)
    crm, clock = LocalCrm(db), ManualClock(start=T0)
    engine = Engine(db, clock=clock)
    shop, _ = welcome_flow(db)
    tasks, _ = failing_flow(db)
    ids = {"waiting": run_one(db, engine, shop.version_id, person(crm, "Ana", "García", "ana@example.es")),
           "failed": run_one(db, engine, tasks, person(crm, "Bea", "Ortiz", "bea@example.es")),
           "completed": run_one(db, engine, shop.version_id,
                                person(crm, "José", "Muñoz", "jose@example.es", city="Sevilla"))}
    db.dispose()
    return db_url, ids, shop


def test_show_journey_human_and_json(ran, capsys):
    path, ids, shop = ran
    assert main(["--db", path, "history", "show", str(ids["waiting"]), "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Bienvenida v1 · Ana García <ana@example.es> · en espera en «Esperar un día»" in out
    assert "condition" not in out and "La condición se cumplió (rama «Sí»)" in out
    assert "Esperando hasta el " in out and "1 acción hecha" in out  # the day depends on the local time zone
    assert main(["--db", path, "history", "show", str(ids["waiting"]), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "· en attente à « Esperar un día »" in out and "La condition est remplie (branche « Oui »)" in out
    assert main(["--db", path, "history", "show", str(ids["failed"]), "--json", "--lang", "en"]) == 0
    j = json.loads(capsys.readouterr().out)
    assert j["status"] == "failed" and j["entries"][-1]["state"] == "failed"
    assert j["entries"][-1]["error"].startswith("create_task: there is no user")
    assert j["started_at"] == "2026-11-23T07:00:00Z"
    assert main(["--db", path, "history", "show", "999"]) == 1
    assert "no enrollment 999" in capsys.readouterr().err


def test_actions_several_ids_and_refusals(ran, capsys):
    path, ids, shop = ran
    assert main(["--db", path, "history", "skip-wait", str(ids["waiting"])]) == 0
    assert f"enrollment {ids['waiting']}: continues now" in capsys.readouterr().out
    assert main(["--db", path, "history", "cancel", str(ids["waiting"]), str(ids["completed"]), "--actor",
                 "marta"]) == 1
    captured = capsys.readouterr()
    assert f"enrollment {ids['waiting']}: cancelled" in captured.out
    assert f"enrollment {ids['completed']} is completed: only an active or waiting" in captured.err
    assert main(["--db", path, "history", "retry", str(ids["failed"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"enrollment_id": ids["failed"], "ok": True,
                                                    "message": "will be retried"}]
    assert main(["--db", path, "history", "move", str(ids["completed"]), "--node", shop.wait]) == 1
    assert "its journey ended" in capsys.readouterr().err
    assert main(["--db", path, "history", "reenroll", str(ids["completed"])]) == 0
    assert "re-enrolled as" in capsys.readouterr().out
    assert main(["--db", path, "history", "resolve", str(ids["failed"]), "--mark-done"]) == 1
    assert "only an uncertain step can be resolved" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", path, "history", "resolve", str(ids["failed"])])  # --send-again or --mark-done
    capsys.readouterr()
    assert main(["--db", path, "history", "--json", "--status", "cancelled"]) == 0
    [cancelled] = json.loads(capsys.readouterr().out)
    assert cancelled["id"] == ids["waiting"] and cancelled["actions_done"] == 1
    assert cancelled["steps"][-1]["node_type"] == "operator.cancel"
    assert cancelled["steps"][-1]["detail"]["by"] == "marta"


def test_stats_and_compact(ran, capsys):
    path, ids, shop = ran
    import datetime as dt

    back = str((dt.datetime.now(dt.UTC).date() - dt.date(2026, 11, 23)).days + 2)  # the runs' day included
    assert main(["--db", path, "history", "stats", "--days", back, "--json"]) == 0
    days = json.loads(capsys.readouterr().out)
    assert len(days) == int(back) and sum(d["started"] for d in days) == 3
    assert {"day": "2026-11-23", "started": 3, "completed": 1, "failed": 1} in days
    assert main(["--db", path, "history", "stats", "--flow", "Bienvenida", "--days", back]) == 0
    assert "total             2          1       0" in capsys.readouterr().out
    assert main(["--db", path, "history", "stats", "--flow", "Nada"]) == 1
    assert "no flow with id or name 'Nada'" in capsys.readouterr().err
    assert main(["--db", path, "history", "compact"]) == 1
    assert "give --keep-days N" in capsys.readouterr().err
    assert main(["--db", path, "history", "compact", "--keep-days", "0"]) == 1
    assert "1 or more" in capsys.readouterr().err
    assert main(["--db", path, "history", "compact", "--keep-days", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["keep_days"] == 1 and set(result) == {"keep_days", "steps_deleted", "bytes_before", "bytes_after"}
