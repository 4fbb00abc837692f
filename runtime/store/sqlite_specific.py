"""THE one place for SQLite-only behaviour: connection pragmas and file locations.

Everything else in Caudal speaks portable SQLAlchemy and must run on PostgreSQL too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles

from runtime.store.functions import whole_floor

T = TypeVar("T")


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def prepare_sqlite_file(url: str) -> None:
    """Create the parent folder of a file-backed SQLite URL."""
    path = url.split("///", 1)[-1] if "///" in url else ""
    if path and path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)


def install_pragmas(engine: Engine) -> None:
    """WAL journal, NORMAL sync, foreign keys, a busy timeout; on every new connection.

    The pysqlite driver's own transaction handling is disabled so that SQLAlchemy's
    BEGIN is the real one (needed for `BEGIN IMMEDIATE` in the engine).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # busy_timeout first: switching a fresh file to WAL needs a lock that another
        # process opening the same file may hold for a moment.
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("immediate") else "BEGIN")


@compiles(whole_floor, "sqlite")
def _whole_floor(element: whole_floor, compiler: Any, **kw: Any) -> str:
    """SQLite has FLOOR only when built with its math functions; its CAST truncates, which is the
    floor for the positive values Caudal floors (epoch seconds)."""
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


def retry_when_locked(action: Callable[[], T], attempts: int = 6) -> T:
    """Run `action`, again after a short pause while SQLite answers 'database is locked'.

    For opening a fresh file only: when two processes create and migrate the same new
    file at once, SQLite can refuse one of them at once (without waiting out the busy
    timeout) while the other switches the file to WAL. Opening is idempotent, so a
    retry is safe; any other error, or the last attempt's, propagates.
    """
    for attempt in range(attempts):
        try:
            return action()
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def size_bytes(engine: Engine) -> int:
    """The database's size in bytes (pages in use x page size, plus the WAL file if any)."""
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar() or 0
        size = conn.exec_driver_sql("PRAGMA page_size").scalar() or 0
        path = conn.exec_driver_sql("PRAGMA database_list").fetchall()[0][2]
    wal = Path(f"{path}-wal") if path else None
    return int(pages) * int(size) + (wal.stat().st_size if wal is not None and wal.exists() else 0)


def vacuum(engine: Engine) -> None:
    """Rebuild the file without free pages (VACUUM), then fold the WAL back and truncate it.

    Needs no other open transaction on this file; other connections wait (busy timeout).
    """
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: VACUUM refuses to run in a transaction
    try:
        cur = raw.cursor()
        cur.execute("VACUUM")
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cur.close()
    finally:
        raw.close()


def doorbell_folder(url: str) -> Path | None:
    """Where services listening on this database leave their doorbell ports (None: not a file)."""
    if not is_sqlite(url) or "///" not in url:
        return None
    path = url.split("///", 1)[-1].split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser().with_name(Path(path).name + ".doorbell")
