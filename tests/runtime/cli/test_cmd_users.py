"""`users` commands: add, duplicate refused, list --json."""

from __future__ import annotations

import json

from runtime.cli.main import main


def test_users_add_and_list(db_url, capsys) -> None:
    db = db_url
    assert main(["--db", db, "users", "add", "--email", "Eva@Acme.es", "--name", "Eva Ruiz"]) == 0
    assert capsys.readouterr().out.strip() == "user 1 created (eva@acme.es)"
    assert main(["--db", db, "users", "add", "--email", "eva@acme.es", "--name", "Otra"]) == 1
    assert "a user with email eva@acme.es already exists" in capsys.readouterr().err
    assert main(["--db", db, "users", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"active": True, "email": "eva@acme.es", "id": "1", "name": "Eva Ruiz"}
    ]


def test_db_option_works_before_and_after_the_command(make_db_url, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CAUDAL_DB", make_db_url("not-this.db"))
    db = make_db_url("this.db")
    assert main(["--db", db, "users", "add", "--email", "a@x.es", "--name", "A"]) == 0
    assert main(["users", "list", "--json", "--db", db]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "users", "list", "--json"]) == 0
    assert [u["email"] for u in json.loads(capsys.readouterr().out)] == ["a@x.es"]
