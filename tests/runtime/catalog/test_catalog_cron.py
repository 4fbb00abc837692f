"""Crontab parsing with crontab's weekdays, and readable descriptions (catalog/cron.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from runtime.catalog.cron import describe_cron, to_trigger, weekday_set

THURSDAY = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)  # 2026-01-01 is a Thursday


def next_weekday(expr: str) -> str:
    return to_trigger(expr, "UTC").get_next_fire_time(None, THURSDAY).strftime("%a")


@pytest.mark.parametrize(
    ("expr", "day"),
    [
        ("0 9 * * 1", "Mon"),
        ("0 9 * * 0", "Sun"),
        ("0 9 * * 7", "Sun"),
        ("0 9 * * 6", "Sat"),
        ("0 9 * * MON", "Mon"),
        ("0 9 * * 5-7", "Fri"),
    ],
)
def test_weekdays_mean_what_crontab_means(expr: str, day: str) -> None:
    assert next_weekday(expr) == day


def test_weekday_sets() -> None:
    assert weekday_set("*") == set(range(7))
    assert weekday_set("1-5") == {1, 2, 3, 4, 5}
    assert weekday_set("*/2") == {0, 2, 4, 6}
    assert weekday_set("1/2") == {1, 3, 5}
    assert weekday_set("sat,sun") == {6, 0}


@pytest.mark.parametrize("bad", ["0 9 * *", "61 9 * * *", "0 9 * * 8", "0 9 * * 5-1", "0 9 * * x"])
def test_bad_expressions_raise_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        to_trigger(bad)


@pytest.mark.parametrize(
    ("expr", "es", "en", "fr", "id_"),
    [
        ("0 9 * * 1", "Cada lunes a las 9:00", "Every Monday at 9:00\u202fAM", "Chaque lundi à 09:00",
         "Setiap Senin pukul 09.00"),
        ("30 8 * * *", "Cada día a las 8:30", "Every day at 8:30\u202fAM", "Tous les jours à 08:30",
         "Setiap hari pukul 08.30"),
        ("0 9 * * 1-5", "De lunes a viernes a las 9:00", "Monday to Friday at 9:00\u202fAM",
         "Du lundi au vendredi à 09:00", "Senin sampai Jumat pukul 09.00"),
        ("15 * * * *", "Cada hora, en el minuto 15", "Every hour at minute 15",
         "Toutes les heures, à la minute 15", "Setiap jam, pada menit ke-15"),
        ("0 10 * * 6,0", "Sábado, domingo a las 10:00", "Saturday, Sunday at 10:00\u202fAM",
         "Samedi, dimanche à 10:00", "Sabtu, Minggu pukul 10.00"),
        ("*/5 * * * *", "cron */5 * * * *", "cron */5 * * * *", "cron */5 * * * *", "cron */5 * * * *"),
        ("0 9 1 * *", "cron 0 9 1 * *", "cron 0 9 1 * *", "cron 0 9 1 * *", "cron 0 9 1 * *"),
    ],
)
def test_descriptions(expr: str, es: str, en: str, fr: str, id_: str) -> None:
    """Times are written the locale's way (CLDR): 9:00 in Spanish, 09.00 in Indonesian."""
    assert [describe_cron(expr, lang) for lang in ("es", "en", "fr", "id")] == [es, en, fr, id_]
