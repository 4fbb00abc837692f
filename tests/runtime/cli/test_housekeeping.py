"""Housekeeping from the command line: flows rename/duplicate/delete, list --active/--inactive,
contacts delete cancelling journeys in flight, history --since/--until."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from runtime.store.db import open_database
from runtime.store.schema_runtime import enrollments
from tests.runtime.cli.cli_support import make_cli, write_flow

WAIT_FLOW = [("trigger.manual", {"label": ""}), ("wait.duration", {"amount": 2, "unit": "days"}),
             ("action.add_tag", {"tag": "seguimiento"})]


@pytest.fixture
def env(db_url, capsys, monkeypatch):
    return make_cli(db_url, capsys, monkeypatch)


def _flow(cli, tmp_path, name: str, active: bool = True) -> None:
    path = write_flow(tmp_path / f"{name}.caudal.json", name, WAIT_FLOW)
    assert cli("flows", "import", str(path))[0] == 0
    if active:
        assert cli("flows", "activate", name)[0] == 0


def test_rename_duplicate_list_filters(env, tmp_path) -> None:
    cli, _ = env
    _flow(cli, tmp_path, "Bienvenida")
    _flow(cli, tmp_path, "Renovación", active=False)
    code, out, _ = cli("flows", "rename", "Renovación", "Renovación anual")
    assert code == 0 and out == "«Renovación» is now called «Renovación anual»\n"
    code, out, err = cli("flows", "rename", "Renovación anual", "Bienvenida")
    assert code == 1 and "Another flow is already called «Bienvenida»" in err
    code, out, err = cli("flows", "duplicate", "Bienvenida")
    copy_id = out.strip()
    assert code == 0 and len(copy_id) == 36 and "copy «Bienvenida (2)» created (stopped)" in err
    code, out, _ = cli("flows", "duplicate", "Bienvenida", "--name", "Bienvenida B")
    assert code == 0
    active = json.loads(cli("flows", "list", "--active", "--json")[1])
    inactive = json.loads(cli("flows", "list", "--inactive", "--json")[1])
    assert [f["name"] for f in active] == ["Bienvenida"]
    assert [f["name"] for f in inactive] == ["Bienvenida (2)", "Bienvenida B", "Renovación anual"]
    assert {f["id"] for f in inactive} >= {copy_id}
    assert "Bienvenida (2)" in cli("flows", "list", "--inactive")[1]
    assert cli("flows", "deactivate", "Bienvenida")[0] == 0
    assert cli("flows", "list", "--active")[1] == "No active flows.\n"
    with pytest.raises(SystemExit):
        cli("flows", "list", "--active", "--inactive")


def test_delete_refuses_active_and_in_flight_then_says_what_went(env, tmp_path) -> None:
    cli, _ = env
    _flow(cli, tmp_path, "Bienvenida")
    assert cli("contacts", "add", "--email", "ana@example.es")[0] == 0
    assert cli("enroll", "Bienvenida", "--contact", "ana@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0  # Ana waits two days
    code, _, err = cli("flows", "delete", "Bienvenida")
    assert code == 1 and "is active: deactivate it before deleting it" in err
    assert cli("flows", "deactivate", "Bienvenida")[0] == 0
    code, _, err = cli("flows", "delete", "Bienvenida")
    assert code == 1 and "still has 1 contact(s) in flight" in err and "--cancel-running" in err
    assert cli("flows", "deactivate", "Bienvenida", "--cancel-running")[0] == 0
    code, out, _ = cli("flows", "delete", "Bienvenida")
    assert code == 0 and out == "«Bienvenida» deleted, with 1 version and 1 journey of history\n"
    assert json.loads(cli("flows", "list", "--json")[1]) == []
    assert json.loads(cli("history", "--json")[1]) == []
    code, _, err = cli("flows", "delete", "Bienvenida")
    assert code == 1 and "No flow has the id or name «Bienvenida»" in err


def test_contacts_delete_cancels_journeys_in_flight_and_says_so(env, tmp_path) -> None:
    cli, _ = env
    _flow(cli, tmp_path, "Bienvenida")
    _flow(cli, tmp_path, "Encuesta")
    for email in ("ana@example.es", "bea@example.es"):
        assert cli("contacts", "add", "--email", email)[0] == 0
    for flow in ("Bienvenida", "Encuesta"):
        assert cli("enroll", flow, "--contact", "ana@example.es")[0] == 0
    assert cli("enroll", "Bienvenida", "--contact", "bea@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    code, out, _ = cli("contacts", "delete", "ANA@example.es")
    assert code == 0
    assert out.splitlines()[0] == "contact ana@example.es deleted; 2 journeys in flight cancelled:"
    assert "«Bienvenida»" in out and "«Encuesta»" in out
    journeys = json.loads(cli("history", "--json")[1])
    by_email = {(j["contact"]["email"], j["flow"]["name"]): j for j in journeys}
    ana = by_email[("ana@example.es", "Bienvenida")]
    assert ana["status"] == "cancelled" and ana["steps"][-1]["node_type"] == "operator.cancel"
    assert ana["steps"][-1]["detail"]["reason"] == "contact deleted"
    assert "An operator cancelled the journey: the contact was deleted (cli)." in cli(
        "history", "show", str(ana["id"]), "--lang", "en")[1]
    assert by_email[("bea@example.es", "Bienvenida")]["status"] == "waiting"
    assert cli("contacts", "show", "ana@example.es")[0] == 1
    code, out, _ = cli("contacts", "delete", "bea@example.es", "--json")
    assert json.loads(out)["cancelled"][0]["flow"] == "Bienvenida"
    code, _, err = cli("contacts", "delete", "nadie@example.es")
    assert code == 1 and err == "caudal: no contact with email nadie@example.es\n"


def test_history_since_until(env, tmp_path) -> None:
    cli, db = env
    _flow(cli, tmp_path, "Bienvenida")
    for email in ("ana@example.es", "bea@example.es", "cris@example.es"):
        assert cli("contacts", "add", "--email", email)[0] == 0
        assert cli("enroll", "Bienvenida", "--contact", email)[0] == 0
    database = open_database(db)
    starts = {"ana@example.es": "2026-10-31T23:30:00+00:00", "bea@example.es": "2026-11-01T08:00:00+00:00",
              "cris@example.es": "2026-11-02T00:30:00+00:00"}
    import datetime as dt

    with database.begin() as conn:
        for email, when in starts.items():
            conn.execute(update(enrollments).where(enrollments.c.contact_email == email)
                         .values(started_at=dt.datetime.fromisoformat(when).timestamp()))
    database.dispose()

    def emails(*argv: str) -> list[str]:
        code, out, err = cli("history", "--json", *argv)
        assert code == 0, err
        return sorted(j["contact"]["email"] for j in json.loads(out))

    assert emails("--since", "2026-11-01", "--until", "2026-11-01") == ["bea@example.es"]
    assert emails("--since", "2026-11-01") == ["bea@example.es", "cris@example.es"]
    assert emails("--until", "2026-11-01T08:00") == ["ana@example.es"]
    # in Madrid (UTC+1) Ana's 23:30 UTC is already 1 November; Cris's 00:30 UTC is 01:30 on the 2nd
    assert emails("--since", "2026-11-01", "--until", "2026-11-01", "--tz", "Europe/Madrid") == [
        "ana@example.es", "bea@example.es"]
    out = cli("history", "--since", "2026-11-02")[1]
    assert "cris@example.es" in out and "(1-1 of 1; newest first)" in out
    code, _, err = cli("history", "--since", "1/11/2026")
    assert code == 1 and "--since: '1/11/2026' is not a date (2026-11-01)" in err
    code, _, err = cli("history", "--since", "2026-11-02", "--until", "2026-11-01")
    assert code == 1 and "--until must be later than --since" in err
    code, _, err = cli("history", "--since", "2026-11-02", "--tz", "Mars/Olympus")
    assert code == 1 and "unknown time zone" in err
