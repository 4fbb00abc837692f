"""`tasks list|complete`: the tasks flows create, listed by state, owner and contact, and marked done."""

from __future__ import annotations

import json
import time

import pytest

from runtime.crm.local import LocalCrm
from runtime.store.db import open_database
from tests.runtime.cli.cli_support import make_cli, write_flow


@pytest.fixture
def env(tmp_path, capsys, monkeypatch):
    cli, db = make_cli(tmp_path, capsys, monkeypatch)
    for email, name in (("eva@acme.es", "Eva"), ("iker@acme.es", "Iker")):
        assert cli("users", "add", "--email", email, "--name", name)[0] == 0
    for email, first, owner in (("ana@example.es", "Ana", "eva@acme.es"), ("bea@example.es", "Bea", "iker@acme.es")):
        assert cli("contacts", "add", "--email", email, "--first-name", first, "--field", f"owner_id={owner}")[0] == 0
    flow = write_flow(tmp_path / "t.caudal.json", "Llamar", [
        ("trigger.manual", {"label": ""}),
        ("action.create_task", {"title": "Llamar a {{ contact.first_name }}", "notes": "", "due_in_days": 2,
                                "assignee": "owner"}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    assert cli("flows", "activate", "Llamar")[0] == 0
    for email in ("ana@example.es", "bea@example.es"):
        assert cli("enroll", "Llamar", "--contact", email)[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    database = open_database(db)
    LocalCrm(database).create_task("ana@example.es", "Enviar presupuesto", due_at=time.time() - 3600,
                                   assignee="eva@acme.es")
    database.dispose()
    return cli


def _titles(cli, *argv: str) -> list[str]:
    code, out, err = cli("tasks", "list", "--json", *argv)
    assert code == 0, err
    return [t["title"] for t in json.loads(out)]


def test_list_by_state_owner_and_contact(env) -> None:
    cli = env
    assert _titles(cli) == ["Enviar presupuesto", "Llamar a Ana", "Llamar a Bea"]  # soonest due first
    assert _titles(cli, "--overdue") == ["Enviar presupuesto"]
    assert _titles(cli, "--owner", "eva@acme.es") == ["Enviar presupuesto", "Llamar a Ana"]
    assert _titles(cli, "--contact", "bea@example.es") == ["Llamar a Bea"]
    [task] = json.loads(cli("tasks", "list", "--json", "--contact", "bea@example.es")[1])
    assert task["owner"]["email"] == "iker@acme.es" and task["contact"]["email"] == "bea@example.es"
    assert task["done"] is False and task["overdue"] is False and task["due_at"].endswith("Z")
    [journey] = [j for j in json.loads(cli("history", "--json")[1]) if j["contact"]["email"] == "bea@example.es"]
    assert str(journey["steps"][-1]["detail"]["task_id"]) == task["id"]  # the history's task_id, now visible
    out = cli("tasks", "list")[1]
    assert "OVERDUE  Enviar presupuesto  ·  eva@acme.es  ·  ana@example.es" in out and out.startswith("[!]")


def test_complete_is_all_or_nothing_and_says_what_it_did(env) -> None:
    cli = env
    ids = {t["title"]: t["id"] for t in json.loads(cli("tasks", "list", "--json")[1])}
    code, _, err = cli("tasks", "complete", ids["Llamar a Ana"], "999")
    assert code == 1 and err == "caudal: no task with id 999\n"
    assert _titles(cli, "--done") == []
    code, out, _ = cli("tasks", "complete", ids["Llamar a Ana"], ids["Enviar presupuesto"])
    assert code == 0 and out == f"task {ids['Llamar a Ana']} done\ntask {ids['Enviar presupuesto']} done\n"
    assert cli("tasks", "complete", ids["Llamar a Ana"])[1] == f"task {ids['Llamar a Ana']} was already done\n"
    assert _titles(cli) == ["Llamar a Bea"] and _titles(cli, "--overdue") == []
    assert sorted(_titles(cli, "--done")) == ["Enviar presupuesto", "Llamar a Ana"]
    assert len(_titles(cli, "--all")) == 3
    code, _, err = cli("tasks", "list", "--owner", "nadie@acme.es")
    assert code == 1 and "no user 'nadie@acme.es'" in err
