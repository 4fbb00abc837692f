"""Opening a database: URL choice, and a clear refusal (never a traceback) when it cannot be opened."""

from __future__ import annotations

import socket
import threading

import pytest
from sqlalchemy import event, select

from runtime.cli.main import main
from runtime.engine.settings import EngineSettings
from runtime.store.db import DatabaseUnavailable, open_database, resolve_url


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bare_postgresql_urls_get_the_shipped_driver(tmp_path) -> None:
    assert resolve_url("postgresql://ana@oficina/caudal") == "postgresql+psycopg://ana@oficina/caudal"
    assert resolve_url("postgres://ana@oficina/caudal") == "postgresql+psycopg://ana@oficina/caudal"
    assert resolve_url("postgresql+psycopg://ana@oficina/caudal") == "postgresql+psycopg://ana@oficina/caudal"
    assert resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"


def test_a_server_that_does_not_answer_is_refused_with_its_url_but_not_its_password() -> None:
    url = f"postgresql://ana:pw-Zq7@127.0.0.1:{_closed_port()}/caudal"
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(url)
    message = str(info.value)
    assert message.startswith("Cannot open the database postgresql+psycopg://ana:***@127.0.0.1:")
    assert "Connection refused" in message and "pw-Zq7" not in message
    assert info.value.message.es.startswith("No se puede abrir la base de datos")


def test_an_unknown_database_kind_says_what_caudal_opens() -> None:
    with pytest.raises(DatabaseUnavailable, match=r"no driver for it .*SQLite files and PostgreSQL"):
        open_database("mysql://ana@127.0.0.1/caudal")


def test_the_cli_says_it_in_one_line(capsys) -> None:
    assert main(["--db", f"postgresql://ana:pw-Zq7@127.0.0.1:{_closed_port()}/caudal", "flows", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("caudal: Cannot open the database") and "Traceback" not in err and "pw-Zq7" not in err


def test_shown_url_hides_a_password(db) -> None:
    assert "***" in db.shown_url if db.engine.url.password else db.shown_url == db.url


def test_a_runtimes_connections_at_once_are_kept_open_not_reopened_per_use(db) -> None:
    """Its loop, heartbeat and alarm threads and its parallel calls each hold a connection at once,
    round after round: only the first round opens them (a webhook call used to reconnect, on
    PostgreSQL with a SCRAM handshake, when more were in use than the pool kept)."""
    at_once = EngineSettings().max_parallel_calls + 3
    opened: list[object] = []
    event.listen(db.engine, "connect", lambda dbapi, record: opened.append(dbapi))
    db.engine.dispose()  # count from none open
    barrier = threading.Barrier(at_once)

    def hold(rounds: int) -> None:
        for _ in range(rounds):
            with db.begin() as conn:
                conn.execute(select(1))
                barrier.wait(60)  # every thread holds its connection at this moment
            barrier.wait(60)  # every one handed back before the next round

    threads = [threading.Thread(target=hold, args=(4,)) for _ in range(at_once)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(opened) == at_once
