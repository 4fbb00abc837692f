"""Business days, hours and public holidays (the `holidays` package) in waits and date triggers: set
from the CLI, run by the service on a manual clock, and told in `history show`."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import holidays
import pytest

from runtime.engine import ManualClock
from runtime.flows import repository
from runtime.i18n import formats
from runtime.service import Runtime
from runtime.store.db import open_database
from tests.runtime.cli.cli_support import make_cli, write_flow

MADRID = ZoneInfo("Europe/Madrid")


def at(text: str) -> float:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MADRID).timestamp()


@pytest.fixture
def env(db_url, tmp_path, capsys, monkeypatch):
    cli, db = make_cli(db_url, capsys, monkeypatch)
    for key, value in (("business.country", "ES"), ("business.subdivision", "MD"), ("business.hours", "09:00-18:00")):
        assert cli("settings", "set", key, value)[0] == 0
    assert cli("contacts", "add", "--email", "ana@example.es")[0] == 0
    return cli, db, tmp_path


def _flow(cli, tmp_path, name: str, nodes: list) -> None:
    assert cli("flows", "import", str(write_flow(tmp_path / f"{len(name)}.caudal.json", name, nodes,
                                                  timezone="Europe/Madrid")))[0] == 0
    assert cli("flows", "activate", name)[0] == 0


def _run_from(db: str, start: float, flow: str) -> tuple[Runtime, ManualClock]:
    """Enroll Ana in `flow` at `start` (Madrid time) and run what is due then."""
    database = open_database(db)
    clock = ManualClock(start=start)
    runtime = Runtime(database, clock=clock)
    with database.begin() as conn:
        info = repository.require(conn, flow)
        manual = repository.get(conn, info.id).nodes[0].id
        runtime.engine.enroll(conn, info.active_version_id, "1", trigger_node=manual, origin="test")
    runtime.run_until_idle()
    return runtime, clock


def _journey(cli, flow: str, lang: str = "en") -> tuple[dict, str]:
    [j] = [j for j in json.loads(cli("history", "--json")[1]) if j["flow"]["name"] == flow]
    return j, cli("history", "show", str(j["id"]), "--lang", lang)[1]


def test_a_reminder_due_on_christmas_goes_out_the_next_working_morning(env) -> None:
    cli, db, tmp_path = env
    _flow(cli, tmp_path, "Recordatorio", [
        ("trigger.manual", {"label": ""}),
        ("wait.duration", {"amount": 1, "unit": "days", "count": "calendar", "working_time": True}),
        ("action.add_tag", {"tag": "recordado"}),
    ])
    runtime, clock = _run_from(db, at("2026-12-24 10:00"), "Recordatorio")
    journey, shown = _journey(cli, "Recordatorio")
    assert journey["status"] == "waiting" and journey["next_due_at"] == "2026-12-28T08:00:00Z"
    start, end = (formats.format_datetime(at(moment), "en", long=True) for moment in ("2026-12-25 10:00",
                                                                                      "2026-12-28 09:00"))
    assert f"Moved from {start} to {end}: Christmas Day (a public holiday, ES-MD)." in shown  # local time
    clock.set(at("2026-12-28 09:00"))
    runtime.run_until_idle()
    runtime.db.dispose()
    journey, shown = _journey(cli, "Recordatorio", "es")
    assert journey["status"] == "completed"
    assert "Natividad del Señor (festivo, ES-MD)" in shown  # the finished wait still says why


def test_counting_business_days_and_hours(env) -> None:
    cli, db, tmp_path = env
    _flow(cli, tmp_path, "Dos días laborables", [
        ("trigger.manual", {"label": ""}),
        ("wait.duration", {"amount": 2, "unit": "days", "count": "business", "working_time": False}),
        ("action.add_tag", {"tag": "a"}),
    ])
    _flow(cli, tmp_path, "Dos horas laborables", [
        ("trigger.manual", {"label": ""}),
        ("wait.duration", {"amount": 2, "unit": "hours", "count": "business", "working_time": False}),
        ("action.add_tag", {"tag": "b"}),
    ])
    runtime, _ = _run_from(db, at("2026-12-23 10:00"), "Dos días laborables")
    runtime.db.dispose()
    runtime, _ = _run_from(db, at("2026-12-23 17:00"), "Dos horas laborables")
    runtime.db.dispose()
    days, shown = _journey(cli, "Dos días laborables")
    assert days["next_due_at"] == "2026-12-28T09:00:00Z"  # Thursday 24, then Monday 28, 10:00 Madrid
    assert ("Non-working days skipped: 12/25/2026 Christmas Day (a public holiday, ES-MD); 12/26/2026 Saturday is "
            "not a working day; 12/27/2026 Sunday is not a working day.") in shown
    hours, _ = _journey(cli, "Dos horas laborables")
    assert hours["next_due_at"] == "2026-12-24T09:00:00Z"  # one hour on the 23rd, one on the 24th


def test_a_date_trigger_on_a_holiday_moves_and_says_why(env) -> None:
    cli, db, tmp_path = env
    today = dt.date.today()
    year = today.year + 1 if today >= dt.date(today.year, 1, 4) else today.year
    epiphany = dt.date(year, 1, 6)  # a national holiday in Spain every year
    calendar = holidays.country_holidays("ES", subdiv="MD", years=[year])
    expected = epiphany + dt.timedelta(days=1)
    while expected.weekday() >= 5 or expected in calendar:
        expected += dt.timedelta(days=1)
    assert cli("contacts", "update", "ana@example.es", "--field", f"renovacion={epiphany.isoformat()}")[0] == 0
    _flow(cli, tmp_path, "Renovación", [
        ("trigger.date_field", {"field": "contact.renovacion", "offset_days": 0, "at_time": "09:00",
                                "working_time": True}),
        ("action.add_tag", {"tag": "renovar"}),
    ])
    database = open_database(db)
    try:
        due = dt.datetime.combine(expected, dt.time(9), MADRID).timestamp()
        clock = ManualClock(start=due - 60)
        runtime = Runtime(database, clock=clock)
        runtime.run_until_idle()
        assert json.loads(cli("history", "--json")[1]) == []  # not on the holiday, not before 09:00 after it
        clock.set(due)
        runtime.run_until_idle()
    finally:
        database.dispose()
    journey, shown = _journey(cli, "Renovación")
    assert journey["status"] == "completed"
    holiday_start = dt.datetime.combine(epiphany, dt.time(9), MADRID).astimezone(dt.UTC)
    moved = formats.format_datetime(holiday_start, "en", long=True)
    assert f"Moved from {moved}" in shown and "Epiphany (a public holiday, ES-MD)" in shown
