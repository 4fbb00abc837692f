"""Assigning the opportunity by criteria: contact, deal or both; fixed, round robin, or a rule
table (province -> installer) with a default; through the CLI on the local CRM."""

from __future__ import annotations

import json

import pytest

from tests.runtime.cli.cli_support import make_cli, write_flow

PEOPLE = {"ana@example.es": "Madrid", "bea@example.es": "Cádiz", "cris@example.es": "Lugo",
          "dani@example.es": "sevilla"}


@pytest.fixture
def env(tmp_path, capsys, monkeypatch):
    cli, _ = make_cli(tmp_path, capsys, monkeypatch)
    for email, name in (("eva@acme.es", "Eva"), ("iker@acme.es", "Iker"), ("marta@acme.es", "Marta")):
        assert cli("users", "add", "--email", email, "--name", name)[0] == 0
    assert cli("deals", "add-pipeline", "Instalaciones", "--stage", "Nuevo", "--stage", "Visita")[0] == 0
    for email, province in PEOPLE.items():
        assert cli("contacts", "add", "--email", email, "--field", f"provincia={province}")[0] == 0
        assert cli("deals", "add", "--title", f"Placas {email}", "--contact", email, "--pipeline",
                   "Instalaciones", "--stage", "Nuevo")[0] == 0
    return cli, tmp_path


def _users(cli) -> dict[str, str]:
    return {u["id"]: u["email"] for u in json.loads(cli("users", "list", "--json")[1])}


def _owners(cli) -> tuple[dict[str, str | None], dict[str, str | None]]:
    users = _users(cli)
    contacts = {e: users.get(json.loads(cli("contacts", "show", e, "--json")[1])["owner_id"]) for e in PEOPLE}
    deals = {d["contact"]["email"]: users.get(d["owner_id"]) for d in json.loads(cli("deals", "list", "--json")[1])}
    return contacts, deals


def test_rule_table_routes_each_deal_and_contact_with_a_default(env) -> None:
    cli, tmp_path = env
    flow = write_flow(tmp_path / "a.caudal.json", "Asignar instalador", [
        ("trigger.deal_stage_changed", {"pipeline": "Instalaciones", "to_stage": "Visita", "from_stage": ""}),
        ("action.assign_owner", {"target": "both", "strategy": "rules", "rule_field": "contact.provincia",
                                 "rules": [{"value": "Madrid, Toledo", "user": "eva@acme.es"},
                                           {"value": "Sevilla, cadiz", "user": "iker@acme.es"}],
                                 "default_user": "marta@acme.es"}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    assert cli("flows", "activate", "Asignar instalador")[0] == 0
    for deal in json.loads(cli("deals", "list", "--json")[1]):
        assert cli("deals", "move", deal["id"], "--stage", "Visita")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    contacts, deals = _owners(cli)
    expected = {"ana@example.es": "eva@acme.es", "bea@example.es": "iker@acme.es",
                "cris@example.es": "marta@acme.es", "dani@example.es": "iker@acme.es"}
    assert contacts == expected and deals == expected
    journeys = {j["contact"]["email"]: j for j in json.loads(cli("history", "--json")[1])}
    bea = journeys["bea@example.es"]["steps"][-1]["detail"]
    assert bea["field"] == "contact.provincia" and bea["value"] == "Cádiz" and bea["rule"] == "Sevilla, cadiz"
    assert journeys["cris@example.es"]["steps"][-1]["detail"]["default"] is True
    shown = cli("history", "show", str(journeys["bea@example.es"]["id"]), "--lang", "en")[1]
    assert "Assigned to iker@acme.es by the rule «Sevilla, cadiz» (contact.provincia = «Cádiz»)." in shown
    shown = cli("history", "show", str(journeys["cris@example.es"]["id"]), "--lang", "es")[1]
    assert "Asignado a marta@acme.es por defecto: ninguna regla para contact.provincia = «Lugo»." in shown


def test_deal_only_round_robin_and_no_rule_without_default(env) -> None:
    cli, tmp_path = env
    flow = write_flow(tmp_path / "rr.caudal.json", "Turnos", [
        ("trigger.manual", {"label": ""}),
        ("action.assign_owner", {"target": "deal", "strategy": "round_robin",
                                 "users": ["eva@acme.es", "iker@acme.es"]}),
    ])
    strict = write_flow(tmp_path / "st.caudal.json", "Sin defecto", [
        ("trigger.manual", {"label": ""}),
        ("action.assign_owner", {"target": "contact", "strategy": "rules", "rule_field": "contact.provincia",
                                 "rules": [{"value": "Madrid", "user": "eva@acme.es"}]}),
    ])
    for path, name in ((flow, "Turnos"), (strict, "Sin defecto")):
        assert cli("flows", "import", str(path))[0] == 0
        assert cli("flows", "activate", name)[0] == 0
    assert cli("contacts", "add", "--email", "sin@example.es")[0] == 0
    for email in ("ana@example.es", "bea@example.es", "sin@example.es"):
        assert cli("enroll", "Turnos", "--contact", email)[0] == 0
    assert cli("enroll", "Sin defecto", "--contact", "cris@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    contacts, deals = _owners(cli)
    assert deals["ana@example.es"] == "eva@acme.es" and deals["bea@example.es"] == "iker@acme.es"
    assert contacts["ana@example.es"] is None  # only the deal was assigned
    journeys = {(j["contact"]["email"], j["flow"]["name"]): j for j in json.loads(cli("history", "--json")[1])}
    skipped = journeys[("sin@example.es", "Turnos")]["steps"][-1]
    assert skipped["status"] == "skipped" and skipped["detail"]["reason"] == "the contact has no deal to assign"
    failed = journeys[("cris@example.es", "Sin defecto")]
    assert failed["status"] == "failed"
    assert failed["steps"][-1]["error"] == "assign_owner: no rule for contact.provincia = 'Lugo' and no default user"


def test_a_value_in_two_rows_is_refused_at_activation(env) -> None:
    cli, tmp_path = env
    flow = write_flow(tmp_path / "d.caudal.json", "Doble", [
        ("trigger.manual", {"label": ""}),
        ("action.assign_owner", {"strategy": "rules", "rule_field": "contact.provincia",
                                 "rules": [{"value": "Madrid", "user": "eva@acme.es"},
                                           {"value": "madrid", "user": "iker@acme.es"}]}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    code, _, err = cli("flows", "activate", "Doble")
    assert code == 1 and "«Rules»: the value «madrid» is in two rows." in err
