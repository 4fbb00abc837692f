"""Deals in flows from the command line: a trigger on leaving a stage (from_stage alone), and deal
date fields (order date, event start) used by date triggers and waits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from runtime.engine import ManualClock
from runtime.service import Runtime
from runtime.store.db import open_database
from tests.runtime.cli.cli_support import make_cli, write_flow

STAGES = ("Pendiente documentación", "Validación", "Instalación", "Perdido")


@pytest.fixture
def env(db_url, tmp_path, capsys, monkeypatch):
    cli, db = make_cli(db_url, capsys, monkeypatch)
    argv = ["deals", "add-pipeline", "Instalaciones"]
    for stage in STAGES:
        argv += ["--stage", stage]
    assert cli(*argv)[0] == 0
    for email in ("ana@example.es", "bea@example.es", "cris@example.es"):
        assert cli("contacts", "add", "--email", email)[0] == 0
    return cli, db, tmp_path


def _deal(cli, email: str, stage: str = STAGES[0], *fields: str) -> str:
    argv = ["deals", "add", "--title", f"Placas {email}", "--contact", email, "--pipeline", "Instalaciones",
            "--stage", stage]
    for f in fields:
        argv += ["--field", f]
    code, out, err = cli(*argv)
    assert code == 0, err
    return out.split()[1]


def _tagged(cli, email: str) -> list[str]:
    return json.loads(cli("contacts", "show", email, "--json")[1])["tags"]


def test_leaving_a_stage_whatever_comes_next(env) -> None:
    cli, _, tmp_path = env
    flow = write_flow(tmp_path / "docs.caudal.json", "Documentación cerrada", [
        ("trigger.deal_stage_changed", {"pipeline": "Instalaciones", "from_stage": "Pendiente documentación",
                                        "to_stage": ""}),
        ("action.add_tag", {"tag": "docs-cerradas"}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    summary = json.loads(cli("flows", "show", "Documentación cerrada", "--json")[1])["nodes"][0]["summary"]
    assert summary == {"es": "Instalaciones: sale de Pendiente documentación",
                       "en": "Instalaciones: leaves Pendiente documentación",
                       "fr": "Instalaciones : quitte Pendiente documentación",
                       "id": "Instalaciones: keluar dari Pendiente documentación"}
    assert cli("flows", "activate", "Documentación cerrada")[0] == 0
    ana, bea, cris = (_deal(cli, e) for e in ("ana@example.es", "bea@example.es", "cris@example.es"))
    assert cli("deals", "move", ana, "--stage", "Validación")[0] == 0   # closes the sub-state: next one
    assert cli("deals", "move", bea, "--stage", "Perdido")[0] == 0      # closes it another way
    assert cli("deals", "move", cris, "--stage", "Validación")[0] == 0
    assert cli("deals", "move", cris, "--stage", "Instalación")[0] == 0  # leaves another stage: no
    assert cli("run", "--until-idle")[0] == 0
    assert "docs-cerradas" in _tagged(cli, "ana@example.es")
    assert "docs-cerradas" in _tagged(cli, "bea@example.es")
    journeys = json.loads(cli("history", "--json")[1])
    assert sorted(j["contact"]["email"] for j in journeys) == ["ana@example.es", "bea@example.es", "cris@example.es"]
    assert all(j["status"] == "completed" for j in journeys)  # Cris: once, for leaving documentation


def test_a_deal_trigger_needs_a_stage_to_enter_or_leave(env) -> None:
    cli, _, tmp_path = env
    flow = write_flow(tmp_path / "x.caudal.json", "Sin etapa", [
        ("trigger.deal_stage_changed", {"pipeline": "Instalaciones", "from_stage": "", "to_stage": ""}),
        ("action.add_tag", {"tag": "x"}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    code, _, err = cli("flows", "activate", "Sin etapa")
    assert code == 1 and "[missing_config]" in err and "«Moves to stage» is required" in err


def test_deal_date_fields_for_date_triggers_and_waits(env) -> None:
    cli, db, tmp_path = env
    today = dt.datetime.now(dt.UTC).date()
    start = today + dt.timedelta(days=30)
    deal = _deal(cli, "ana@example.es", STAGES[2], f"event_start={start.isoformat()}", "order_date=2026-01-05")
    code, out, _ = cli("deals", "list", "--json")
    assert json.loads(out)[0]["custom"] == {"event_start": start.isoformat(), "order_date": "2026-01-05"}
    code, _, err = cli("deals", "update", deal, "--field", "close_date=31/12/2026")
    assert code == 1 and "is not a date (YYYY-MM-DD)" in err
    code, _, err = cli("deals", "update", deal, "--field", "stage=Perdido")
    assert code == 1 and "move the deal to change its stage" in err

    reminder = write_flow(tmp_path / "r.caudal.json", "Recordatorio de instalación", [
        ("trigger.date_field", {"field": "deal.event_start", "offset_days": -7, "at_time": "09:00"}),
        ("action.add_tag", {"tag": "aviso-7-dias"}),
    ])
    assert cli("flows", "import", str(reminder))[0] == 0
    assert cli("flows", "activate", "Recordatorio de instalación")[0] == 0
    due = dt.datetime.combine(start - dt.timedelta(days=7), dt.time(9), dt.UTC).timestamp()

    database = open_database(db)
    try:
        clock = ManualClock(start=due - 3600)
        runtime = Runtime(database, clock=clock)
        runtime.run_until_idle()
        assert "aviso-7-dias" not in _tagged(cli, "ana@example.es")
        # the event moves a week later: the reminder follows the deal's field
        later = start + dt.timedelta(days=7)
        assert cli("deals", "update", deal, "--field", f"event_start={later.isoformat()}")[1] == (
            f"event_start: '{start.isoformat()}' -> '{later.isoformat()}'\n")
        runtime.run_until_idle()  # the change event re-plans the timer
        clock.set(due + 60)
        runtime.run_until_idle()
        assert "aviso-7-dias" not in _tagged(cli, "ana@example.es")
        clock.set(due + 7 * 86400 + 60)
        runtime.run_until_idle()
        assert "aviso-7-dias" in _tagged(cli, "ana@example.es")
    finally:
        database.dispose()

    waiting = write_flow(tmp_path / "w.caudal.json", "Día antes", [
        ("trigger.manual", {"label": ""}),
        ("wait.until_date_field", {"field": "deal.order_date", "offset_days": -1, "at_time": "10:30"}),
        ("action.add_tag", {"tag": "pedido"}),
    ])
    assert cli("flows", "import", str(waiting))[0] == 0
    assert cli("flows", "activate", "Día antes")[0] == 0
    order = today + dt.timedelta(days=10)
    assert cli("deals", "update", deal, "--field", f"order_date={order.isoformat()}")[0] == 0
    assert cli("enroll", "Día antes", "--contact", "ana@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    journey = next(j for j in json.loads(cli("history", "--json")[1]) if j["flow"]["name"] == "Día antes")
    assert journey["status"] == "waiting"
    assert journey["next_due_at"] == f"{(order - dt.timedelta(days=1)).isoformat()}T10:30:00Z"


def test_a_flow_sets_deal_fields(env) -> None:
    """update_fields on deal.* (the engine's batched CRM path) writes the contact's deal."""
    cli, _, tmp_path = env
    _deal(cli, "bea@example.es")
    flow = write_flow(tmp_path / "u.caudal.json", "Fecha de pedido", [
        ("trigger.manual", {"label": ""}),
        ("action.update_fields", {"values": {"deal.order_date": "2026-12-01", "deal.amount": "1500,50",
                                             "contact.city": "Sevilla"}}),
    ])
    assert cli("flows", "import", str(flow))[0] == 0
    assert cli("flows", "activate", "Fecha de pedido")[0] == 0
    assert cli("enroll", "Fecha de pedido", "--contact", "bea@example.es")[0] == 0
    assert cli("run", "--until-idle")[0] == 0
    [deal] = json.loads(cli("deals", "list", "--contact", "bea@example.es", "--json")[1])
    assert deal["custom"] == {"order_date": "2026-12-01"} and deal["amount"] == 1500.5
    [journey] = json.loads(cli("history", "--json")[1])
    assert journey["status"] == "completed"
    assert journey["steps"][-1]["detail"]["changes"]["deal.order_date"] == [None, "2026-12-01"]
