"""`settings`: list/get/set/unset/add/remove, refusals, and a webhook to an office server let through."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tests.runtime.cli.cli_support import make_cli, write_flow


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    return make_cli(tmp_path, capsys, monkeypatch)[0]


def test_list_get_set_unset(cli) -> None:
    code, out, _ = cli("settings", "list")
    assert code == 0
    assert "webhooks.allow_private = no  (default)" in out and "webhooks.allowlist = (none)  (default)" in out
    code, out, _ = cli("settings", "set", "webhooks.allowlist", "192.168.1.0/24", "ERP.oficina.lan,10.0.0.7")
    assert code == 0 and out == "webhooks.allowlist = 192.168.1.0/24, erp.oficina.lan, 10.0.0.7\n"
    assert cli("settings", "add", "webhooks.allowlist", "10.0.0.7", "signer.lan")[0] == 0
    assert cli("settings", "remove", "webhooks.allowlist", "192.168.1.0/24")[0] == 0
    code, out, _ = cli("settings", "get", "webhooks.allowlist", "--json")
    got = json.loads(out)
    assert got["value"] == ["erp.oficina.lan", "10.0.0.7", "signer.lan"] and got["default"] is False
    assert "SSRF" in got["help"]["en"] and "SSRF" in got["help"]["es"]
    code, out, err = cli("settings", "set", "webhooks.allow_private", "yes")
    assert code == 0 and out == "webhooks.allow_private = yes\n" and "naming the servers" in err
    assert cli("settings", "set", "history.keep_days", "90")[1] == "history.keep_days = 90\n"
    assert cli("settings", "unset", "webhooks.allow_private")[1] == "webhooks.allow_private = no  (default)\n"
    values = {v["key"]: v["value"] for v in json.loads(cli("settings", "list", "--json")[1])}
    assert values["webhooks.allow_private"] is False and values["history.keep_days"] == 90
    assert values["webhooks.allowlist"] == ["erp.oficina.lan", "10.0.0.7", "signer.lan"]


@pytest.mark.parametrize(("argv", "message"), [
    (("set", "webhooks.allowlist", "0.0.0.0/0"), "«0.0.0.0/0» is too wide"),
    (("set", "webhooks.allowlist", "::/0"), "«::/0» is too wide"),
    (("set", "webhooks.allowlist", "*.lan"), "wildcards are not allowed"),
    (("set", "webhooks.allowlist", "http://erp.lan/hook"), "without «http://»"),
    (("set", "webhooks.allowlist", "erp.lan:8080"), "give no port"),
    (("set", "webhooks.allow_private", "maybe"), "«maybe» is not true/false"),
    (("set", "history.keep_days", "-1"), "must be between 0 and"),
    (("set", "history.keep_days", "1", "2"), "give exactly one value"),
    (("add", "history.keep_days", "3"), "history.keep_days is not a list"),
    (("remove", "webhooks.allowlist", "10.1.1.1"), "does not hold 10.1.1.1"),
    (("get", "webhooks.nope"), "There is no setting «webhooks.nope». Settings: webhooks.allow_private"),
])
def test_refusals_say_what_is_wrong(cli, argv, message) -> None:
    code, out, err = cli("settings", *argv)
    assert code == 1 and out == "" and message in err and "Traceback" not in err
    assert json.loads(cli("settings", "get", "webhooks.allowlist", "--json")[1])["value"] == []


def test_spanish(tmp_path, capsys, monkeypatch) -> None:
    run = make_cli(tmp_path, capsys, monkeypatch, lang="es_ES.UTF-8")[0]
    assert run("settings", "list")[1].startswith("webhooks.allow_private = no  (predeterminado)\n")
    assert "demasiado" in run("settings", "set", "webhooks.allowlist", "10.0.0.0/4")[2]


def test_a_refused_office_webhook_goes_through_once_allowlisted(cli, tmp_path, httpserver) -> None:
    """The dead end of issue 15: the refusal names the settings, and `settings add` lets the retry pass."""
    httpserver.expect_request("/erp", method="POST").respond_with_response(Response("ok", 200))
    flow = write_flow(tmp_path / "erp.caudal.json", "Al ERP", [
        ("trigger.manual", {"label": ""}),
        ("action.webhook", {"method": "POST", "url": httpserver.url_for("/erp"), "headers": {},
                            "body": '{"email": "{{ contact.email }}"}'}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    assert cli("flows", "activate", "Al ERP")[0] == 0
    assert cli("contacts", "add", "--email", "ana@example.es")[0] == 0
    assert cli("enroll", "Al ERP", "--contact", "ana@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    [journey] = json.loads(cli("history", "--json")[1])
    assert journey["status"] == "failed"
    assert "webhooks.allow_private or webhooks.allowlist" in journey["steps"][-1]["error"]
    assert httpserver.log == []

    assert cli("settings", "add", "webhooks.allowlist", "127.0.0.1")[0] == 0
    assert cli("history", "retry", str(journey["id"]))[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    [journey] = json.loads(cli("history", "--json")[1])
    assert journey["status"] == "completed"
    assert len(httpserver.log) == 1 and json.loads(httpserver.log[0][0].data) == {"email": "ana@example.es"}
    # the loopback address is allowed by name only: another private address is still refused
    from runtime.channels.ssrf import TargetRefused
    from runtime.channels.webhook import SettingsGuard
    from runtime.store.db import open_database

    db = open_database(str(tmp_path / "cli.db"))
    try:
        with pytest.raises(TargetRefused):
            SettingsGuard(db).check("http://10.1.2.3/")
    finally:
        db.dispose()
