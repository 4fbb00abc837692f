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
def dbfile(tmp_path):
    path = tmp_path / "h.db"
    db = open_database(f"sqlite:///{path}")
    doc = {"flow": {"id": "f1", "name": "Bienvenida", "settings": {}, "edges": [], "nodes": [
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
    return str(path)


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
