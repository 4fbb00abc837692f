"""History queries: the history --json shape, filters, paging, titles from the version."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from runtime.history import (
    HistoryError,
    count_enrollments,
    get_enrollment,
    list_enrollments,
)
from runtime.store.schema_flows import flow_versions, flows
from runtime.store.schema_runtime import enrollments, steps

T0 = 1795417200.0  # 2026-11-23T07:00:00Z


def seed(db):
    doc = {"format": "caudal.flow", "schema_version": 1, "flow": {
        "id": "f1", "name": "Bienvenida", "settings": {}, "edges": [],
        "nodes": [{"id": "t", "type": "trigger.tag_added", "title": "Nuevo cliente", "config": {}},
                  {"id": "w", "type": "wait.duration", "title": "", "config": {}}]}}
    with db.begin() as conn:
        conn.execute(insert(flows).values(id="f1", name="Bienvenida", document=doc, created_at=T0, updated_at=T0))
        conn.execute(insert(flows).values(id="f2", name="Otro", document=doc, created_at=T0, updated_at=T0))
        v1 = conn.execute(insert(flow_versions).values(flow_id="f1", version=1, document=doc,
                                                       created_at=T0)).inserted_primary_key[0]
        v2 = conn.execute(insert(flow_versions).values(flow_id="f2", version=1, document=doc,
                                                       created_at=T0)).inserted_primary_key[0]
        conn.execute(update(flows).where(flows.c.id == "f1").values(is_active=True, active_version_id=v1))
        rows = [("f1", v1, "1", "ana@example.es", "waiting", "w", T0 + 60),
                ("f1", v1, "2", "bea@example.es", "completed", None, None),
                ("f2", v2, "1", "ana@example.es", "failed", "t", None)]
        for flow_id, vid, cid, email, status, node, due in rows:
            eid = conn.execute(insert(enrollments).values(
                flow_id=flow_id, flow_version_id=vid, crm="local", contact_id=cid, contact_email=email,
                status=status, current_node=node, next_due_at=due, started_at=T0, updated_at=T0 + 1,
            )).inserted_primary_key[0]
            conn.execute(insert(steps).values(enrollment_id=eid, node_id="t", node_type="trigger.tag_added",
                                              status="done", started_at=T0, finished_at=T0,
                                              detail={"tag": "cliente"}))
            if status == "failed":
                conn.execute(insert(steps).values(enrollment_id=eid, node_id="w", node_type="wait.duration",
                                                  status="failed", started_at=T0, error="boom"))
    return v1


def test_json_shape_exactly(db):
    seed(db)
    with db.begin() as conn:
        first = list_enrollments(conn, flow="Bienvenida", status="waiting")
    assert first == [{
        "id": 1,
        "flow": {"id": "f1", "name": "Bienvenida"},
        "flow_version": 1,
        "contact": {"id": "1", "email": "ana@example.es"},
        "status": "waiting",
        "current_node": {"id": "w", "type": "wait.duration", "title": "Wait"},
        "started_at": "2026-11-23T07:00:00Z",
        "updated_at": "2026-11-23T07:00:01Z",
        "next_due_at": "2026-11-23T07:01:00Z",
        "actions_done": 0,
        "steps": [{"node_id": "t", "node_type": "trigger.tag_added", "title": "Nuevo cliente", "status": "done",
                   "started_at": "2026-11-23T07:00:00Z", "finished_at": "2026-11-23T07:00:00Z",
                   "detail": {"tag": "cliente"}, "error": None}],
    }]


def test_filters_and_paging(db):
    seed(db)
    with db.begin() as conn:
        assert [e["id"] for e in list_enrollments(conn)] == [3, 2, 1]  # newest first
        assert [e["id"] for e in list_enrollments(conn, contact="ANA@example.es")] == [3, 1]
        assert [e["id"] for e in list_enrollments(conn, flow="f2")] == [3]
        assert [e["id"] for e in list_enrollments(conn, limit=1, offset=1)] == [2]
        assert count_enrollments(conn, contact="ana@example.es") == 2
        failed = get_enrollment(conn, 3)
        assert failed["steps"][-1]["error"] == "boom" and failed["current_node"]["title"] == "Nuevo cliente"
        assert get_enrollment(conn, 99) is None
        with pytest.raises(HistoryError, match="no flow"):
            list_enrollments(conn, flow="nada")
        with pytest.raises(HistoryError, match="unknown status"):
            list_enrollments(conn, status="dormido")
