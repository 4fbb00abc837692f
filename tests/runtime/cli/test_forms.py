"""A web form starts a flow end to end: `settings` and `forms url` from the CLI, the service's
endpoint (the Runtime `caudal run` starts), a real HTTP client, the journey in `history`."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest

from runtime.service import Runtime
from runtime.store.db import open_database
from tests.runtime.cli.cli_support import make_cli, write_flow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def env(db_url, tmp_path, capsys, monkeypatch, memory_keyring):
    cli, db = make_cli(db_url, capsys, monkeypatch)
    flow = write_flow(tmp_path / "form.caudal.json", "Presupuesto web", [
        ("trigger.form_submitted", {"email_field": "email", "fields": {}, "update_existing": True, "tag": ""}),
        ("action.create_task", {"title": "Llamar a {{ contact.first_name }}", "notes": "", "due_in_days": 1,
                                "assignee": "comercial@acme.es"}),
    ])
    assert cli("users", "add", "--email", "comercial@acme.es", "--name", "Comercial")[0] == 0
    assert cli("flows", "import", str(flow))[0] == 0
    return cli, db, memory_keyring


def test_forms_url_and_a_submission_through_the_service(env) -> None:
    cli, db, keyring_backend = env
    port = free_port()
    assert cli("settings", "set", "inbound.port", str(port))[0] == 0
    code, out, err = cli("forms", "url", "Presupuesto web")
    url = out.strip()
    assert code == 0 and url.startswith(f"http://127.0.0.1:{port}/in/") and "activate it" in err
    token = url.rsplit("/", 1)[1]
    assert len(token) >= 24 and any(token in v for v in keyring_backend.store.values())
    assert cli("forms", "url", "Presupuesto web")[1].strip() == url  # the same address until rotated
    assert cli("flows", "activate", "Presupuesto web")[0] == 0

    database = open_database(db)
    runtime = Runtime(database, inbound=True)
    runtime.start()
    try:
        assert runtime.inbound is not None and runtime.inbound.port == port
        r = httpx.post(url, data={"email": "ana@example.es", "nombre": "Ana"}, timeout=10)
        assert r.status_code == 200 and r.json()["started"] is True
        deadline = time.monotonic() + 60  # ends as soon as the journey is done
        while time.monotonic() < deadline:  # the service runs the journey in its own thread
            journeys = json.loads(cli("history", "--json")[1])
            if journeys and journeys[0]["status"] == "completed":
                break
            time.sleep(0.05)
    finally:
        runtime.stop()
        database.dispose()
    [journey] = json.loads(cli("history", "--json")[1])
    assert journey["status"] == "completed" and journey["contact"]["email"] == "ana@example.es"
    assert [t["title"] for t in json.loads(cli("tasks", "list", "--json")[1])] == ["Llamar a Ana"]

    rotated = cli("forms", "url", "Presupuesto web", "--rotate")[1].strip()
    assert rotated != url and rotated.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]


def test_refusals(env, tmp_path) -> None:
    cli, _, _ = env
    code, _, err = cli("forms", "url", "Nada")
    assert code == 1 and "no flow with id or name 'Nada'" in err
    other = write_flow(tmp_path / "m.caudal.json", "Manual",
                       [("trigger.manual", {"label": ""}), ("action.add_tag", {"tag": "x"})])
    assert cli("flows", "import", str(other))[0] == 0
    code, _, err = cli("forms", "url", "Manual")
    assert code == 1 and "has no web form trigger" in err
    code, _, err = cli("settings", "set", "inbound.host", "oficina.lan")
    assert code == 1 and "is not an IP address" in err


def test_forms_url_without_a_keyring_says_how_to_get_one(db_url, tmp_path, capsys, monkeypatch, no_keyring) -> None:
    cli, _ = make_cli(db_url, capsys, monkeypatch)
    flow = write_flow(tmp_path / "f.caudal.json", "Form", [("trigger.form_submitted", {"email_field": "email"}),
                                                           ("action.add_tag", {"tag": "x"})])
    assert cli("flows", "import", str(flow))[0] == 0
    code, out, err = cli("forms", "url", "Form")
    assert code == 1 and out == "" and "keyring" in err and "Traceback" not in err


def test_deleting_the_flow_forgets_its_token(env) -> None:
    cli, _, keyring_backend = env
    url = cli("forms", "url", "Presupuesto web")[1].strip()
    assert any(url.endswith(v) for v in keyring_backend.store.values())
    assert cli("flows", "delete", "Presupuesto web")[0] == 0
    assert not any(url.endswith(v) for v in keyring_backend.store.values())
