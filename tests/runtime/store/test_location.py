"""The database chosen in the designer: kept without its password, the password in the keyring, used by
every command that is given no --db (and by nothing once the user goes back to the local file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from runtime.cli.main import main
from runtime.store import location
from runtime.store.db import DatabaseUnavailable, default_url, open_database, resolve_url


@pytest.fixture
def setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "database.json"
    monkeypatch.setenv(location.SETTING_ENV, str(path))
    monkeypatch.delenv("CAUDAL_DB", raising=False)
    return path


def test_nothing_chosen_means_the_local_file(setting: Path) -> None:
    assert location.read_setting() is None
    assert resolve_url(None) == default_url()
    assert location.source_of(None) == "local"


def test_the_password_goes_to_the_keyring_and_never_to_the_file(setting: Path, memory_keyring) -> None:
    chosen = location.save_setting("postgresql://ana:s3cret-Pw@oficina:5433/caudal")
    assert chosen == location.Chosen("postgresql://ana@oficina:5433/caudal", password_saved=True)
    text = setting.read_text(encoding="utf-8")
    assert "s3cret-Pw" not in text
    assert json.loads(text) == {"url": "postgresql://ana@oficina:5433/caudal", "password_in_keyring": True}
    assert memory_keyring.store == {("caudal", "database:ana@oficina:5433/caudal"): "s3cret-Pw"}
    assert resolve_url(None) == "postgresql+psycopg://ana:s3cret-Pw@oficina:5433/caudal"
    assert location.source_of(None) == "setting"
    assert location.source_of("other.db") == "flag"


def test_a_password_given_apart_and_a_later_save_without_one_forgets_it(setting: Path, memory_keyring) -> None:
    location.save_setting("postgresql://ana@oficina/caudal", password="pw-1")
    assert memory_keyring.store == {("caudal", "database:ana@oficina:5432/caudal"): "pw-1"}
    location.save_setting("postgresql://ana@oficina/caudal")  # e.g. the server trusts the office network
    assert memory_keyring.store == {}
    assert resolve_url(None) == "postgresql+psycopg://ana@oficina/caudal"


def test_going_back_to_the_local_file_forgets_the_choice_and_its_password(setting: Path, memory_keyring) -> None:
    location.save_setting("postgresql://ana:pw@oficina/caudal")
    assert location.clear_setting() is True
    assert not setting.exists() and memory_keyring.store == {}
    assert resolve_url(None) == default_url()
    assert location.clear_setting() is False


def test_cannot_do_without_the_password_it_needs(setting: Path, memory_keyring) -> None:
    location.save_setting("postgresql://ana:pw@oficina/caudal")
    memory_keyring.store.clear()  # e.g. another user's keyring, or a new computer
    with pytest.raises(DatabaseUnavailable) as info:
        resolve_url(None)
    assert "the password of postgresql://ana@oficina/caudal is not in this computer's keyring" in str(info.value)
    assert "Configuración → Base de datos de la oficina" in info.value.message.es


def test_no_keyring_says_how_to_get_one(setting: Path, memory_keyring, no_keyring) -> None:
    setting.parent.mkdir(parents=True)
    setting.write_text(json.dumps({"url": "postgresql://ana@oficina/caudal", "password_in_keyring": True}))
    with pytest.raises(DatabaseUnavailable, match="is in the OS keyring, which is not available: no usable OS keyring"):
        open_database()


def test_a_broken_setting_file_names_itself(setting: Path) -> None:
    setting.parent.mkdir(parents=True)
    setting.write_text("postgresql://ana@oficina/caudal")  # written by hand, not JSON
    with pytest.raises(DatabaseUnavailable) as info:
        open_database()
    assert str(setting) in str(info.value) and "delete it to go back to the local database" in str(info.value)


def test_commands_without_db_open_the_chosen_database(setting: Path, memory_keyring, db_url: str, capsys) -> None:
    open_database(db_url).dispose()
    location.save_setting(db_url)  # a server's password (if any) moves to the keyring
    assert main(["runtimes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["flows", "list"]) == 0  # the same database: a fresh one has no flows
    out = capsys.readouterr().out
    assert main(["run", "--until-idle"]) == 0  # the service of this user, on this machine
    assert capsys.readouterr().err == "caudal run: idle after 0 items\n"
    location.clear_setting()
    assert main(["--db", db_url, "flows", "list"]) == 0
    assert capsys.readouterr().out == out


def test_server_addresses_to_fields_and_back() -> None:
    parts = location.server_parts("postgresql://ana@192.168.1.10:5433/caudal")
    assert parts == location.ServerParts("192.168.1.10", 5433, "caudal", "ana")
    assert location.server_url(parts) == "postgresql://ana@192.168.1.10:5433/caudal"
    assert location.server_url(location.ServerParts("srv", 5432, "caudal", "")) == "postgresql://srv/caudal"
    assert location.server_parts("/home/ana/caudal.db") is None
    assert location.server_parts("sqlite:////home/ana/caudal.db") is None
    assert location.with_password("/home/ana/caudal.db", "x") == "/home/ana/caudal.db"
