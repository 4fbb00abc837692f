""""Test connection": each way a database can be wrong gets its own clear answer, and nothing is changed."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from runtime.store.db import open_database
from runtime.store.probe import check_database


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_current_caudal_database_is_ok(db_url: str) -> None:
    open_database(db_url).dispose()
    check = check_database(db_url)
    assert (check.level, check.kind) == ("ok", "current")
    assert check.message.en.startswith("Connected to ") and check.message.en.endswith("a Caudal database, up to date.")


def test_an_empty_database_is_ok_and_stays_empty(make_db_url) -> None:
    url = make_db_url(blank=True)
    if url.startswith("sqlite"):
        create_engine(url).connect().close()  # an empty file
    check = check_database(url)
    assert (check.level, check.kind) == ("ok", "empty")
    assert inspect(create_engine(url)).get_table_names() == []


def test_an_older_schema_needs_migration_and_says_to_back_it_up(db_url: str) -> None:
    open_database(db_url).dispose()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    check = check_database(db_url)
    assert (check.level, check.kind) == ("warning", "behind")
    assert "back it up first (pg_dump)" in check.message.en


def test_a_newer_schema_and_a_foreign_database_are_refused(make_db_url) -> None:
    url = make_db_url()
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    check = check_database(url)
    assert (check.level, check.kind) == ("error", "newer") and "update Caudal" in check.message.en
    other = make_db_url("other.db", blank=True)
    engine = create_engine(other)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    check = check_database(other)
    assert (check.level, check.kind) == ("error", "foreign")
    assert "is not a Caudal database (it has other tables: invoices)" in check.message.en


def test_sqlite_paths(tmp_path: Path) -> None:
    assert check_database(str(tmp_path / "missing" / "c.db")).kind == "no_folder"
    new = check_database(str(tmp_path / "c.db"))
    assert (new.level, new.kind) == ("warning", "new_file") and not (tmp_path / "c.db").exists()
    assert check_database(str(tmp_path)).kind == "no_file"
    (tmp_path / "notes.txt").write_text("hello, not a database\n" * 100)
    assert check_database(str(tmp_path / "notes.txt")).kind == "not_sqlite"


def test_addresses_that_cannot_work() -> None:
    assert check_database("").kind == "bad_url"
    no_driver = check_database("mysql://ana@127.0.0.1/caudal")
    assert no_driver.kind == "no_driver" and "not mysql" in no_driver.message.en
    refused = check_database(f"postgresql://ana:pw-Zq7@127.0.0.1:{_closed_port()}/caudal")
    assert (refused.level, refused.kind) == ("error", "unreachable")
    assert "cannot reach the server 127.0.0.1" in refused.message.en and "pw-Zq7" not in refused.message.en
    assert refused.message.es.startswith("no se llega al servidor 127.0.0.1")


@pytest.mark.postgresql_only(reason="a server's login and its list of databases")
def test_a_wrong_password_or_database_on_a_real_server(db_url: str) -> None:
    url = make_url(db_url)
    wrong = check_database(url.set(password="not-the-password").render_as_string(hide_password=False))
    assert (wrong.level, wrong.kind) == ("error", "auth")
    assert wrong.message.en == f"the server 127.0.0.1 refused the user «{url.username}» or its password: check both"
    assert "not-the-password" not in wrong.message.en
    missing = check_database(url.set(database="no_such_db").render_as_string(hide_password=False))
    assert missing.kind == "no_database" and "has no database «no_such_db»" in missing.message.en
