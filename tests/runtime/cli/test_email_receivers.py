"""Email receivers as the CRMs know them (contact, contact owner, deal owner, a user, a fixed address,
a merge field) with CC/BCC, through the CLI to a real SMTP server and to the local outbox."""

from __future__ import annotations

import io
import json

import pytest

from tests.runtime.cli.cli_support import make_cli, write_flow
from tests.runtime.email.smtp_support import SmtpServer

PASSWORD = "pw-123"


@pytest.fixture
def env(tmp_path, capsys, monkeypatch, memory_keyring):
    cli, _ = make_cli(tmp_path, capsys, monkeypatch)
    for email, name in (("eva@acme.es", "Eva"), ("iker@acme.es", "Iker"), ("marta@acme.es", "Marta")):
        assert cli("users", "add", "--email", email, "--name", name)[0] == 0
    assert cli("contacts", "add", "--email", "ana@example.es", "--first-name", "Ana", "--field", "owner_id=eva@acme.es",
               "--field", "partner_email=luis@example.es")[0] == 0
    assert cli("contacts", "add", "--email", "bea@example.es", "--field", "owner_id=eva@acme.es")[0] == 0
    assert cli("deals", "add-pipeline", "Instalaciones", "--stage", "Visita", "--stage", "Firma")[0] == 0
    assert cli("deals", "add", "--title", "Placas Ana", "--contact", "ana@example.es", "--pipeline",
               "Instalaciones", "--stage", "Visita", "--owner", "iker@acme.es")[0] == 0
    return cli, tmp_path, monkeypatch


def _send_flow(cli, tmp_path, name: str, **config) -> None:
    body = {"to": "contact", "cc": "", "bcc": "", "subject": "Visita de {{ contact.first_name }}",
            "body": "<p>Mañana a las 9.</p>", "account": "", "template": "", **config}
    path = write_flow(tmp_path / f"{len(name)}.caudal.json", name,
                      [("trigger.manual", {"label": ""}), ("action.send_email", body)])
    assert cli("flows", "import", str(path))[0] == 0


def test_deal_owner_user_merge_field_and_copies_over_smtp(env) -> None:
    cli, tmp_path, monkeypatch = env
    marta_id = next(u["id"] for u in json.loads(cli("users", "list", "--json")[1]) if u["name"] == "Marta")
    with SmtpServer(users={"ana": PASSWORD}) as server:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert cli("accounts", "smtp", "add", "office", "--host", "127.0.0.1", "--port", str(server.port),
                   "--security", "none", "--username", "ana", "--from", "Oficina <oficina@example.es>")[0] == 0
        _send_flow(cli, tmp_path, "Aviso de visita", account="office", to="deal_owner",
                   cc="owner, {{ contact.partner_email }}", bcc=f"{marta_id}; direccion@oficina.es, owner")
        assert cli("flows", "activate", "Aviso de visita")[0] == 0
        assert cli("enroll", "Aviso de visita", "--contact", "ana@example.es")[0] == 0
        assert cli("run", "--until-idle")[0] == 0
    [(mail_from, rcpts)] = server.envelopes
    assert rcpts == ["iker@acme.es", "eva@acme.es", "luis@example.es", "marta@acme.es", "direccion@oficina.es"]
    [msg] = server.messages
    assert msg["To"] == "iker@acme.es" and msg["Cc"] == "eva@acme.es, luis@example.es"
    assert msg["Bcc"] is None and b"marta@acme.es" not in server.accepted[0]
    [journey] = json.loads(cli("history", "--json")[1])
    detail = journey["steps"][-1]["detail"]
    assert journey["status"] == "completed"
    assert detail["cc"] == ["eva@acme.es", "luis@example.es"]
    assert detail["bcc"] == ["marta@acme.es", "direccion@oficina.es"]  # the owner was already in CC


def test_outbox_keeps_the_copies_and_a_missing_deal_owner_fails_clearly(env) -> None:
    cli, tmp_path, _ = env
    _send_flow(cli, tmp_path, "Bienvenida", to="contact", cc="owner", bcc="deal_owner")
    assert cli("flows", "activate", "Bienvenida")[0] == 0
    for email in ("ana@example.es", "bea@example.es"):
        assert cli("enroll", "Bienvenida", "--contact", email)[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    [sent] = json.loads(cli("outbox", "list", "--json")[1])
    assert (sent["to"], sent["cc"], sent["bcc"]) == ("ana@example.es", "eva@acme.es", "iker@acme.es")
    journeys = {j["contact"]["email"]: j for j in json.loads(cli("history", "--json")[1])}
    assert journeys["bea@example.es"]["status"] == "failed"
    assert journeys["bea@example.es"]["steps"][-1]["error"] == (
        "send_email: bcc: the contact has no deal, so there is no deal owner to write to")


def test_a_bad_copy_is_refused_at_activation(env) -> None:
    cli, tmp_path, _ = env
    _send_flow(cli, tmp_path, "Mal", cc="owner, jefe")
    code, _, err = cli("flows", "activate", "Mal")
    assert code == 1 and "«Copy (CC)»: «jefe» is not «contact», «owner», «deal_owner»" in err
