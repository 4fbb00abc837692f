"""Business days and hours with the `holidays` package: next working moment, counting, reasons."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from runtime.business_time import BusinessCalendar, CalendarProblem, calendar_on, parse_hours
from runtime.store.db import open_database

MADRID = ZoneInfo("Europe/Madrid")


def at(text: str) -> float:
    return dt.datetime.fromisoformat(text).replace(tzinfo=MADRID).timestamp()


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, MADRID).strftime("%Y-%m-%d %H:%M")


CAL = BusinessCalendar(MADRID, frozenset(range(5)), dt.time(9), dt.time(18), "ES", "MD")


def test_next_working_moment_and_why() -> None:
    ts, why = CAL.next_working(at("2026-12-25 10:00"))  # Christmas, a Friday
    assert iso(ts) == "2026-12-28 09:00" and why["kind"] == "holiday"
    assert why["name"] == {"es": "Natividad del Señor", "en": "Christmas Day", "fr": "Christmas Day",
                           "id": "Christmas Day"} and why["region"] == "ES-MD"  # no French name for Spain's
    ts, why = CAL.next_working(at("2026-12-22 07:30"))
    assert iso(ts) == "2026-12-22 09:00" and why == {"kind": "hours", "hours": "09:00-18:00"}
    ts, why = CAL.next_working(at("2026-12-22 18:00"))
    assert iso(ts) == "2026-12-23 09:00" and why["kind"] == "hours"
    assert CAL.next_working(at("2026-12-19 12:00"))[1] == {"kind": "day_off", "day": "sat"}
    assert CAL.next_working(at("2026-05-02 12:00"))[1]["name"]["en"] == "Madrid Day"  # a regional holiday
    assert CAL.next_working(at("2026-12-22 12:00")) == (at("2026-12-22 12:00"), None)


def test_counting_business_days_and_hours() -> None:
    assert iso(CAL.add_days(at("2026-12-23 10:00"), 2)) == "2026-12-28 10:00"
    assert iso(CAL.add_seconds(at("2026-12-23 17:00"), 2 * 3600)) == "2026-12-24 10:00"
    assert iso(CAL.add_seconds(at("2026-12-24 20:00"), 3600)) == "2026-12-28 10:00"
    skipped = CAL.skipped(at("2026-12-23 10:00"), at("2026-12-28 10:00"))
    assert [(s["date"], s["kind"]) for s in skipped] == [
        ("2026-12-25", "holiday"), ("2026-12-26", "day_off"), ("2026-12-27", "day_off")]


def test_settings_and_their_refusals(db_url) -> None:
    from runtime.appsettings import SettingError, set_setting

    db = open_database(db_url)
    try:
        with db.begin() as conn:
            assert calendar_on(conn, "UTC").country == ""  # no holidays until a country is chosen
            set_setting(conn, "business.country", "es")
            set_setting(conn, "business.subdivision", "ct")
            set_setting(conn, "business.days", ["mon", "tue", "wed", "thu"])
            set_setting(conn, "business.hours", "8:00-15:00")
            cal = calendar_on(conn, "Europe/Madrid")
            assert (cal.country, cal.subdivision, cal.start, cal.end) == ("ES", "CT", dt.time(8), dt.time(15))
            assert cal.holiday(dt.date(2026, 9, 11)) == "National Day of Catalonia"
            assert not cal.is_working_day(dt.date(2026, 12, 18))  # a Friday: not in business.days
            for key, value, message in (("business.country", "XX", "not a known country code"),
                                        ("business.hours", "18:00-09:00", "is not a span"),
                                        ("business.days", [], "at least 1"),
                                        ("business.days", ["lunes"], "is not a day")):
                with pytest.raises(SettingError, match=message):
                    set_setting(conn, key, value)
            set_setting(conn, "business.subdivision", "MD")
            set_setting(conn, "business.country", "FR")  # MD is no region of France
            with pytest.raises(CalendarProblem, match="'MD' is not a region of FR"):
                calendar_on(conn, "Europe/Paris")
    finally:
        db.dispose()


def test_hours_parse() -> None:
    assert parse_hours("09:00 - 17:30") == (dt.time(9), dt.time(17, 30))
    with pytest.raises(ValueError):
        parse_hours("9-5")
