"""Durable pauses: recorded once (first `since` kept), cleared with the held work woken."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from runtime.crm import pause
from runtime.crm.base import ConnectionPaused
from runtime.store.db import open_database
from runtime.store.schema_runtime import work_items


def test_save_keeps_the_first_since_and_clear_wakes_only_that_connections_items(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.db"))
    first = pause.save(db, "a_b", pause.pause_for(ConnectionPaused("401", reason="auth"), 100.0))
    again = pause.save(db, "a_b", pause.pause_for(ConnectionPaused("401 again", reason="auth"), 400.0))
    assert (first.since, again.since, again.until) == (100.0, 100.0, 700.0)
    assert pause.load(db)["a_b"].message == "401 again" and pause.load(db)["a_b"].current(699.0)
    assert not pause.load(db)["a_b"].current(700.0)
    unreachable = pause.pause_for(RuntimeError("boom"), 10.0)
    assert (unreachable.reason, unreachable.until) == ("unreachable", 70.0)
    with db.begin() as conn:
        conn.execute(text("INSERT INTO flows (id, name, description, document, is_active, created_at, updated_at)"
                          " VALUES ('f', 'F', '', '{}', 0, 0, 0)"))
        conn.execute(text("INSERT INTO flow_versions (id, flow_id, version, document, created_at)"
                          " VALUES (1, 'f', 1, '{}', 0)"))
        conn.execute(text("INSERT INTO enrollments (id, flow_id, flow_version_id, crm, contact_id, contact_email,"
                          " status, step_count, started_at, updated_at)"
                          " VALUES (1, 'f', 1, 'a_b', '1', '', 'waiting', 0, 0, 0)"))
        for state in ('{"held":"a_b"}', '{"held":"aXb"}', '{"wake":1,"held":"a_b"}', None):  # as the engine writes
            conn.execute(text("INSERT INTO work_items (enrollment_id, node_id, attempt, visit, due_at, state)"
                              " VALUES (1, 'n', 1, 0, 5000.0, :s)"), {"s": state})
    assert pause.clear(db, "a_b", 1000.0) == 2  # not "aXb": '_' is no wildcard here
    assert "a_b" not in pause.load(db)
    with db.begin() as conn:
        assert sorted(conn.execute(select(work_items.c.due_at)).scalars()) == [1000.0, 1000.0, 5000.0, 5000.0]
    db.dispose()
