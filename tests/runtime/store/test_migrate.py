"""Alembic chain: migrated schema == metadata, idempotent opens, concurrent first opens."""

from __future__ import annotations

import multiprocessing as mp
import traceback
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from runtime.store.db import open_database
from runtime.store.migrate import MigrationError, current_revision, head_revision, upgrade_to_head
from runtime.store.schema import metadata


def test_migrated_database_matches_metadata(make_db_url) -> None:
    db = open_database(make_db_url(blank=True))
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, metadata)
            assert current_revision(conn) == head_revision()
            tables = set(inspect(conn).get_table_names())
    finally:
        db.dispose()
    # A schema edit without a migration shows up here: write a new revision for it.
    assert diff == [], f"schema and migrations differ: {diff}"
    assert set(metadata.tables) <= tables


def test_opening_twice_is_a_no_op(make_db_url) -> None:
    path = make_db_url(blank=True)
    open_database(path).dispose()
    db = open_database(path)
    try:
        assert upgrade_to_head(db.engine) is False
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        db.dispose()


def test_first_open_reports_it_applied_something(make_db_url) -> None:
    engine = create_engine(make_db_url(blank=True))
    try:
        assert upgrade_to_head(engine) is True
        assert upgrade_to_head(engine) is False
    finally:
        engine.dispose()


def test_unstamped_database_with_our_tables_is_refused(make_db_url) -> None:
    engine = create_engine(make_db_url(blank=True))
    metadata.create_all(engine)
    try:
        with pytest.raises(MigrationError, match="no migration stamp"):
            upgrade_to_head(engine)
    finally:
        engine.dispose()


def test_newer_database_is_refused_with_a_clear_message(db_url) -> None:
    db = open_database(db_url)
    with db.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with pytest.raises(MigrationError, match="newer than this"):
            upgrade_to_head(db.engine)
    finally:
        db.dispose()


def _open_at_barrier(path: str, barrier, results) -> None:  # runs in a child process
    barrier.wait()
    try:
        db = open_database(path)
        db.dispose()
        results.put("ok")
    except Exception:  # reported to the parent, with where it happened
        results.put(traceback.format_exc())


@pytest.mark.parametrize("attempt", range(3))
def test_two_processes_opening_a_fresh_database_at_once(make_db_url, attempt: int) -> None:
    path = make_db_url(f"race{attempt}.db", blank=True)
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    procs = [ctx.Process(target=_open_at_barrier, args=(path, barrier, results)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    outcomes = sorted(results.get(timeout=5) for _ in procs)
    assert outcomes == ["ok", "ok"]
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        db.dispose()


def test_the_claims_revision_creates_the_rows_locks_need_and_keeps_a_cursor_in_flight(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from runtime.store.migrate import alembic_config

    [claims] = [r for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()
                if r.path.endswith("_claims.py")]
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), claims.down_revision)  # the revision before it
            conn.execute(text("INSERT INTO cursors (name, value, updated_at) VALUES ('events:triggers', '42', 1)"))
        assert upgrade_to_head(engine) is True
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, value FROM cursors")).all()
            stamp = conn.execute(text("SELECT value FROM app_settings WHERE key = 'history.compacted_at'")).all()
        assert rows == [("events:triggers", "42")] and stamp == [(None,)]
    finally:
        engine.dispose()
    fresh = open_database(str(tmp_path / "new.db"))
    try:
        with fresh.begin() as conn:
            assert conn.execute(text("SELECT name, value FROM cursors")).all() == [("events:triggers", "0")]
    finally:
        fresh.dispose()


def test_the_budget_revision_gives_each_existing_connection_a_free_poll_lease(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from runtime.store.migrate import alembic_config

    [budget] = [r for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()
                if r.path.endswith("_budget.py")]
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), budget.down_revision)
            conn.execute(text("INSERT INTO app_settings (key, value) VALUES ('connection:acme', '{}'),"
                              " ('connection:rota.2', '{}'), ('history.keep_days', '30')"))
        assert upgrade_to_head(engine) is True
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT connection, holder FROM poll_leases ORDER BY connection")).all()
        assert rows == [("acme", None), ("rota.2", None)]
    finally:
        engine.dispose()
