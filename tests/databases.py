"""The test databases: a SQLite file per test, and a PostgreSQL database per test when a server is given.

`CAUDAL_TEST_PG_URL` names a PostgreSQL server (packaging/test_postgres.sh start prints one); when it
answers, every test that asks for a database (fixtures `db_url`, `db`, `make_db_url` in
tests/conftest.py) runs once per backend. On PostgreSQL each test gets a database of its own in
the state of a template migrated once per session: a copy of the template, or one an earlier test
used and that was emptied back to the template's state in the background (`PostgresDatabases`).
Without a server the PostgreSQL half is skipped, which the run says in one line;
`CAUDAL_TEST_PG_REQUIRED=1` (CI) turns that into an error.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, insert, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import NullPool

PG_ENV = "CAUDAL_TEST_PG_URL"
REQUIRED_ENV = "CAUDAL_TEST_PG_REQUIRED"
SQLITE, POSTGRES = "sqlite", "postgresql"
_NAME = re.compile(r"^caudal_t(\d+)_(tpl|\d+)$")


def postgres_status() -> tuple[str | None, str]:
    """(server URL, "") when CAUDAL_TEST_PG_URL answers; (None, why not) otherwise."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        return None, f"{PG_ENV} is not set (packaging/test_postgres.sh start prints one)"
    from runtime.store.db import resolve_url

    url = resolve_url(url)  # postgresql://... gets the driver Caudal ships, as --db does
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to reach it: say which, in one line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return None, f"{PG_ENV} does not answer ({first})"
    return url, ""


class PostgresDatabases:
    """Fresh databases on one server, recycled: a test's database is emptied back to the template's state.

    CREATE DATABASE ... TEMPLATE costs 0.15 s on an idle machine and over 0.5 s on a busy one, so
    a database a test is done with is reset in a background thread instead (other connections to
    it ended, renamed, every table emptied and given back the template's rows, sequences rewound:
    a few ms) and handed to a later test. One whose schema the test changed (a migration test, a
    trigger it did not drop) is dropped and replaced by a new copy of the template.
    """

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        self.admin: Engine = create_engine(self.server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.prefix = f"caudal_t{os.getpid()}_"
        self.template = self.prefix + "tpl"
        self._count = 0
        self._pending = 0
        self._lock = threading.Lock()
        self._clean: queue.Queue[str] = queue.Queue()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-test-dbs")
        self._drop_leftovers()
        self._execute(f"DROP DATABASE IF EXISTS {self.template} WITH (FORCE)")
        self._execute(f"CREATE DATABASE {self.template}")
        from runtime.store.db import open_database

        open_database(self.url(self.template)).dispose()
        self._reset_sql, self._fingerprint = self._read_template()

    def url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def take(self) -> str:
        """The name of a database in the template's state (migrated, holding what migrations seed)."""
        try:
            return self._clean.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            pending = self._pending
        return self._clean.get() if pending else self._create()

    def take_blank(self) -> str:
        """The name of a new database with no tables at all (not even Alembic's)."""
        name = self._new_name()
        self._execute(f"CREATE DATABASE {name} TEMPLATE template0")
        return name

    def release(self, name: str, reuse: bool = True) -> None:
        """Give `name` back: it is reset (or replaced) in the background and handed out again; or dropped."""
        if not reuse:
            self._worker.submit(self._drop, name)
            return
        with self._lock:
            self._pending += 1
        self._worker.submit(self._recycle, name)

    def close(self) -> None:
        self._worker.shutdown(wait=True)
        while not self._clean.empty():
            self._drop(self._clean.get_nowait())
        self._drop(self.template)
        self.admin.dispose()

    def _recycle(self, name: str) -> None:
        try:
            try:
                name = self._reset(name)
            except Exception:  # the schema changed, or the reset could not run: start from the template
                self._drop(name)
                name = self._create()
            self._clean.put(name)
        finally:
            with self._lock:
                self._pending -= 1

    def _reset(self, used: str) -> str:
        """Empty `used` back to the template's state under a new name, so no URL is ever handed out twice
        (the runtime keeps per-URL caches, e.g. parsed flow versions, for the life of the process)."""
        self._execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      f" WHERE datname = '{used}' AND pid <> pg_backend_pid()")
        name = self._new_name()
        self._execute(f"ALTER DATABASE {used} RENAME TO {name}")
        engine = create_engine(self.url(name), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                if conn.execute(text(_FINGERPRINT)).scalar() != self._fingerprint:
                    raise RuntimeError(f"{name}: the schema differs from the template's")
                conn.connection.dbapi_connection.cursor().execute(self._reset_sql)  # no parameters: many statements
        finally:
            engine.dispose()
        return name

    def _read_template(self) -> tuple[str, str]:
        """The SQL that brings a used copy back to the template's rows and sequences, and its schema's fingerprint."""
        engine = create_engine(self.url(self.template), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                meta = MetaData()
                meta.reflect(conn)
                tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
                statements = [f'DELETE FROM "{t.name}"' for t in reversed(tables)]
                for t in tables:
                    for row in conn.execute(select(t)):
                        statements.append(str(insert(t).values(**row._mapping).compile(
                            conn, compile_kwargs={"literal_binds": True})))
                for seq, last in conn.execute(text("SELECT sequencename, last_value FROM pg_sequences"
                                                   " WHERE schemaname = 'public'")):
                    statements.append(f"SELECT setval('\"{seq}\"', {last or 1}, {'true' if last else 'false'})")
                fingerprint = conn.execute(text(_FINGERPRINT)).scalar()
        finally:
            engine.dispose()
        return ";\n".join(statements), fingerprint

    def _new_name(self) -> str:
        with self._lock:
            self._count += 1
            return f"{self.prefix}{self._count}"

    def _create(self) -> str:
        name = self._new_name()
        self._execute(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return name

    def _drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _drop_leftovers(self) -> None:
        """Databases of earlier runs that were killed before they could drop theirs."""
        with self.admin.connect() as conn:
            names = list(conn.scalars(text("SELECT datname FROM pg_database WHERE datname LIKE 'caudal_t%'")))
        for name in names:
            found = _NAME.match(name)
            if found and not _alive(int(found.group(1))):
                self._drop(name)


# What a test must not have changed for its database to be reused: tables, columns, indexes,
# triggers, functions, and the migration stamp.
_FINGERPRINT = """
SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
  SELECT table_name || '.' || column_name || ':' || data_type || ':' || coalesce(column_default, '') AS x
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public'
  UNION ALL SELECT 'constraint ' || conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public'
  UNION ALL SELECT 'stamp ' || version_num FROM alembic_version
) parts
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sqlite_url(folder: Path, name: str) -> str:
    return f"sqlite:///{folder / name}"


def stored_bytes(url: str) -> bytes:
    """Everything a database holds, to prove a secret is not in it.

    SQLite: the bytes of the file and its WAL (free pages included). PostgreSQL: every row of
    every table, as text.
    """
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            rows = [str(r[0]) for n in names for r in conn.execute(text(f'SELECT t::text FROM "{n}" t'))]
    finally:
        engine.dispose()
    return "\n".join(rows).encode()


def add_failing_trigger(conn: Connection, name: str, table: str, when: str, message: str) -> None:
    """Make the database refuse (error `message`) every INSERT into `table` whose NEW row matches `when`.

    `when` is an SQL condition on NEW (the same text on both backends). Stands in for a disk or
    constraint failure in the middle of a transaction.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN {when}"
                             f" BEGIN SELECT RAISE(ABORT, '{message}'); END")
        return
    conn.exec_driver_sql(f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS"
                         " $$ BEGIN RAISE EXCEPTION USING MESSAGE = TG_ARGV[0]; END $$")
    conn.exec_driver_sql(f"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW WHEN ({when})"
                         f" EXECUTE FUNCTION {name}_fn('{message}')")


def drop_failing_trigger(conn: Connection, name: str, table: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
        return
    conn.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
    conn.exec_driver_sql(f"DROP FUNCTION {name}_fn()")


def blocked_on_a_lock(db: Any, thread: threading.Thread, polls: int = 300) -> bool:
    """PostgreSQL: wait (at most `polls` x 50 ms) until a session of `db`'s database waits for a
    lock, or `thread` ended; returns whether `thread` is still running, i.e. it is the one waiting."""
    engine = create_engine(db.engine.url, poolclass=NullPool)
    try:
        for _ in range(polls):
            with engine.connect() as conn:
                waiting = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                            " AND datname = current_database()")).scalar()
            if waiting or not thread.is_alive():
                break
            time.sleep(0.05)
    finally:
        engine.dispose()
    return thread.is_alive()
