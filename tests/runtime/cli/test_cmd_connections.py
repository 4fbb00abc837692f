"""`connections` commands against fake HubSpot / Bitrix24 servers; secrets never shown or stored."""

from __future__ import annotations

import io
import json
import logging
import time

import keyring

from runtime.cli.main import main
from tests.databases import stored_bytes
from tests.runtime.crm.bitrix24.fake_bitrix24 import KEY, FakeBitrix24
from tests.runtime.crm.hubspot.fake_hubspot import TOKEN, FakeHubSpot


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n"))


def test_hubspot_add_list_test_sync_remove(db_url, httpserver, memory_keyring, monkeypatch,
                                           capsys, caplog) -> None:
    fake = FakeHubSpot(httpserver)
    db = db_url
    base = httpserver.url_for("/").rstrip("/")
    stdin(monkeypatch, TOKEN)
    caplog.set_level(logging.DEBUG)
    assert main(["--db", db, "connections", "add", "hubspot", "acme", "--base-url", base,
                 "--tag-property", "caudal_tags"]) == 0
    assert "secret stored in the keyring" in capsys.readouterr().out
    assert memory_keyring.store[("caudal", "hubspot:acme")] == TOKEN
    stdin(monkeypatch, TOKEN)
    assert main(["--db", db, "connections", "add", "hubspot", "acme", "--base-url", base]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", db, "connections", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["name"] == "acme" and row["kind"] == "hubspot" and row["tag_property"] == "caudal_tags"
    assert main(["--db", db, "connections", "test", "acme"]) == 0
    assert "works: 1 users, 1 pipelines" in capsys.readouterr().out
    fake.put_contact("1", time.time(), email="a@x.es")
    time.sleep(0.01)
    assert main(["--db", db, "connections", "sync", "acme", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == 1
    assert main(["--db", db, "connections", "sync", "acme"]) == 0
    assert capsys.readouterr().out.startswith("0 changes from 'acme'")
    fake.token = "revoked"
    assert main(["--db", db, "connections", "test", "acme"]) == 1
    err = capsys.readouterr().err
    assert "check the token" in err and TOKEN not in err
    assert TOKEN.encode() not in stored_bytes(db)
    assert TOKEN not in caplog.text
    assert main(["--db", db, "connections", "remove", "acme"]) == 0
    assert ("caudal", "hubspot:acme") not in memory_keyring.store
    assert main(["--db", db, "connections", "test", "acme"]) == 1
    assert "no connection named 'acme'" in capsys.readouterr().err


def test_bitrix24_webhook_url_is_redacted_everywhere(db_url, httpserver, memory_keyring, monkeypatch,
                                                     capsys, caplog) -> None:
    portal = FakeBitrix24(httpserver)
    db = db_url
    stdin(monkeypatch, portal.webhook)
    caplog.set_level(logging.DEBUG)
    assert main(["--db", db, "connections", "add", "bitrix24", "portal"]) == 0
    out = capsys.readouterr().out
    assert main(["--db", db, "connections", "list"]) == 0
    out += capsys.readouterr().out
    portal.throttle_next = 2
    assert main(["--db", db, "connections", "test", "portal", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"]["throttled"] == 2 and report["users"] == 1
    assert KEY not in out and "/rest/***/" in out
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name != "werkzeug")  # werkzeug: the fake
    assert "HTTP Request: POST" in ours and "/rest/***/user.get.json" in ours and KEY not in ours
    assert KEY.encode() not in stored_bytes(db)
    stdin(monkeypatch, "https://portal.bitrix24.es/not-a-webhook")
    assert main(["--db", db, "connections", "add", "bitrix24", "other"]) == 1
    assert "inbound webhook URL looks like" in capsys.readouterr().err


def test_no_keyring_gives_the_how_to(db_url, monkeypatch, capsys) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        stdin(monkeypatch, "pat-123456")
        assert main(["--db", db_url, "connections", "add", "hubspot", "acme"]) == 1
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert "dbus-run-session" in err and "PlaintextKeyring" in err
    assert main(["--db", db_url, "connections", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing half-added
