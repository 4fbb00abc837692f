"""Daily counts of enrollments started, completed and failed, every day present, in the asked time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from runtime.history import DayStats, HistoryError, daily_stats
from tests.runtime.history.history_support import failing_flow, person, run_one, welcome_flow


def test_daily_stats(db, crm, engine, clock):
    shop, _ = welcome_flow(db)
    tasks, _ = failing_flow(db)
    clock.set(dt.datetime(2026, 3, 10, 22, 30, tzinfo=dt.UTC).timestamp())  # 23:30 in Madrid
    run_one(db, engine, shop.version_id, person(crm, "a", "", "a@example.es", city="Sevilla"))  # completes
    clock.advance(3600)  # 23:30 UTC, 00:30 on the 11th in Madrid
    run_one(db, engine, tasks, person(crm, "b", "", "b@example.es"))  # fails
    run_one(db, engine, shop.version_id, person(crm, "c", "", "c@example.es"))  # waits
    now = dt.datetime(2026, 3, 12, 12, tzinfo=dt.UTC).timestamp()
    with db.begin() as conn:
        utc = daily_stats(conn, None, days=3, now=now)
        madrid = daily_stats(conn, None, days=3, now=now, tz="Europe/Madrid")
        shop_only = daily_stats(conn, shop.flow_id, days=30, now=now)
        with pytest.raises(HistoryError, match="time zone"):
            daily_stats(conn, None, tz="Mars/Olympus")
    assert utc == [DayStats(dt.date(2026, 3, 10), 3, 1, 1), DayStats(dt.date(2026, 3, 11), 0, 0, 0),
                   DayStats(dt.date(2026, 3, 12), 0, 0, 0)]
    assert madrid == [DayStats(dt.date(2026, 3, 10), 1, 1, 0), DayStats(dt.date(2026, 3, 11), 2, 0, 1),
                      DayStats(dt.date(2026, 3, 12), 0, 0, 0)]
    assert len(shop_only) == 30 and shop_only[0].day == dt.date(2026, 2, 11)
    assert sum(d.started for d in shop_only) == 2 and sum(d.failed for d in shop_only) == 0


def test_a_journey_started_just_before_midnight_counts_on_that_day(db, crm, engine, clock):
    """Times are floats: the bucket is their floor on both databases (PostgreSQL's CAST rounds)."""
    shop, _ = welcome_flow(db)
    midnight = dt.datetime(2026, 3, 11, tzinfo=dt.UTC).timestamp()
    clock.set(midnight - 0.3)
    run_one(db, engine, shop.version_id, person(crm, "a", "", "a@example.es", city="Sevilla"))
    with db.begin() as conn:
        days = daily_stats(conn, None, days=2, now=midnight + 3600)
    assert [(d.day, d.started) for d in days] == [(dt.date(2026, 3, 10), 1), (dt.date(2026, 3, 11), 0)]
