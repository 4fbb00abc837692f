"""Retention: old steps go, each enrollment keeps its node, status, counts and latest step; the file shrinks."""

from __future__ import annotations

import os

import pytest

from runtime.history import (
    HistoryError,
    HistoryFilter,
    compact,
    get_keep_days,
    journey,
    page_rows,
    set_keep_days,
)
from runtime.history.retention import compact_if_due
from tests.runtime.engine.engine_support import FlowBuilder, activate, step_rows
from tests.runtime.history.history_support import person, row, run_one


def test_setting_round_trip(db):
    with db.begin() as conn:
        assert get_keep_days(conn) == 0
        set_keep_days(conn, 90)
        assert get_keep_days(conn) == 90
        with pytest.raises(HistoryError, match="0 or more"):
            set_keep_days(conn, -1)


def test_compact_keeps_node_status_counts_and_the_file_shrinks(db, crm, engine, clock):
    """On SQLite the file shrinks (VACUUM); PostgreSQL keeps the freed space for reuse (size not asserted)."""
    b = FlowBuilder("Largo")
    tags = [b.add("action.add_tag", node_title=f"Paso {i}", tag=f"t{i % 3}" + "x" * 100) for i in range(12)]
    wait = b.add("wait.duration", node_title="Esperar", amount=400, unit="days")
    b.chain(b.trigger, *tags, wait)
    vid = activate(db, b)
    ids = [run_one(db, engine, vid, person(crm, f"p{i}", "", f"p{i}@example.es")) for i in range(150)]
    before = {i: row(db, i) for i in ids[:3]}
    assert before[ids[0]].actions_done == 12 and before[ids[0]].status == "waiting"
    path = db.url.split("///", 1)[-1]
    db.engine.dispose()
    size_before = os.path.getsize(path) if db.is_sqlite else 0
    clock.advance(40 * 86400)
    with pytest.raises(HistoryError, match="1 or more"):
        compact(db, 0)
    result = compact(db, keep_days=30, now=clock.now())
    assert result.steps_deleted == 150 * 13  # trigger + 12 tags each; the waiting step is kept
    if db.is_sqlite:
        assert result.bytes_after < result.bytes_before
        db.engine.dispose()
        assert os.path.getsize(path) < size_before * 0.8
    for i in ids[:3]:
        after = row(db, i)
        assert (after.status, after.current_node, after.actions_done) == ("waiting", wait, 12)
        assert after.steps_compacted == 13
        assert [r.node_id for r in step_rows(db, i)] == [wait]
    with db.begin() as conn:
        j = journey(conn, ids[0])
        top = page_rows(conn, HistoryFilter(), sort="actions_done")[0]
    assert j.compacted == 13 and [e.state for e in j.entries] == ["waiting"] and top.actions_done == 12
    assert compact(db, keep_days=30, now=clock.now()).steps_deleted == 0


def test_compact_if_due_follows_the_setting_once_a_day(db, crm, engine, clock):
    b = FlowBuilder("Corto")
    tag = b.add("action.add_tag", tag="x")
    b.chain(b.trigger, tag)
    vid = activate(db, b)
    eid = run_one(db, engine, vid, person(crm, "a", "", "a@example.es"))
    now = clock.now() + 10 * 86400
    assert compact_if_due(db, now) is None  # keep everything by default
    with db.begin() as conn:
        set_keep_days(conn, 5)
    assert compact_if_due(db, now).steps_deleted == 1  # the trigger step; the latest stays
    assert compact_if_due(db, now + 3600) is None  # ran less than a day ago
    assert len(step_rows(db, eid)) == 1 and row(db, eid).status == "completed"


def test_the_service_hook_looks_at_most_once_an_hour(db, crm, engine, clock):
    from runtime.history.retention import maybe_compact
    from runtime.service import Runtime

    b = FlowBuilder("Hook")
    b.chain(b.trigger, b.add("action.add_tag", tag="x"))
    eid = run_one(db, engine, activate(db, b), person(crm, "a", "", "a@example.es"))
    with db.begin() as conn:
        set_keep_days(conn, 1)
    now = clock.now() + 3 * 86400
    Runtime(db, engine=engine).run_once(now)  # the service's pass runs the daily compaction
    assert len(step_rows(db, eid)) == 1
    assert maybe_compact(db, now + 60) == 0  # looked a minute ago: not again
