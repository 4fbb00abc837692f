"""Dates, times, numbers and amounts in each locale (CLDR through Babel); first weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from runtime.i18n import formats

MOMENT = dt.datetime(2026, 11, 21, 14, 5, tzinfo=dt.UTC).timestamp()
UTC = dt.UTC


@pytest.mark.parametrize(("lang", "short", "long"), [
    ("es", "21/11/2026, 14:05", "sáb, 21 nov 2026, 14:05"),
    ("en", "11/21/2026, 2:05\u202fPM", "Sat, Nov 21, 2026, 2:05\u202fPM"),
    ("fr", "21/11/2026 14:05", "sam. 21 nov. 2026, 14:05"),
    ("id", "21/11/2026 14.05", "Sab, 21 Nov 2026 14.05"),
])
def test_date_and_time(lang, short, long):
    assert formats.format_datetime(MOMENT, lang, tz=UTC) == short
    assert formats.format_datetime(MOMENT, lang, long=True, tz=UTC) == long


def test_numbers_and_amounts():
    assert [formats.format_number(12345.6, lang) for lang in ("es", "en", "fr", "id")] == [
        "12.345,6", "12,345.6", "12\u202f345,6", "12.345,6"]
    assert formats.format_amount(1500, "es") == "1.500"
    assert formats.format_amount(1500.5, "fr") == "1\u202f500,50"
    assert formats.format_amount(15000000, "id") == "15.000.000"
    assert formats.format_amount(1500, "es", "EUR") == "1.500,00\xa0€"
    assert formats.format_amount(None, "es") == ""


def test_first_weekday():
    assert [formats.first_weekday(lang) for lang in ("es", "en", "fr", "id")] == [0, 6, 0, 6]


def test_system_territory_only_when_an_entry_point_opts_in():
    assert formats.format_date(dt.date(2026, 3, 4), "en") == "3/4/2026"
    formats.use_system_locale({"LANG": "en_GB.UTF-8"})
    assert formats.format_date(dt.date(2026, 3, 4), "en") == "04/03/2026"
    assert formats.is_neutral_locale({"LANG": "C.UTF-8"}) and not formats.is_neutral_locale({"LANG": "en_GB"})
