"""The per-flow chart draws started/completed/failed per day with its totals in the legend."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QImage

from designer.history.chart import DailyChart
from runtime.history import DayStats


def test_chart_totals_and_bars(qtbot):
    chart = DailyChart()
    qtbot.addWidget(chart)
    chart.resize(600, 140)
    today = dt.date(2026, 11, 23)
    stats = [DayStats(today - dt.timedelta(days=29 - i), started=i % 5, completed=i % 3, failed=i % 2)
             for i in range(30)]
    chart.set_stats(stats)
    assert chart.totals() == {"started": sum(i % 5 for i in range(30)), "completed": 30, "failed": 15}
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    blue = sum(1 for x in range(0, 600, 3) for y in range(30, 120, 3)
               if QColor(image.pixel(x, y)).blue() > 180 and QColor(image.pixel(x, y)).red() < 150)
    assert blue > 20  # the started bars are drawn


def test_empty_chart_paints(qtbot):
    chart = DailyChart()
    qtbot.addWidget(chart)
    chart.set_stats([])
    assert chart.totals() == {"started": 0, "completed": 0, "failed": 0}
    assert not chart.grab().isNull()


def test_stats_load_off_the_gui_thread(qtbot, db, world, monkeypatch):
    import threading

    from designer.history.chart import StatsLoader
    from runtime import history

    loader = StatsLoader(db)
    with qtbot.waitSignal(loader.ready, timeout=30_000) as blocker:
        loader.load(world.welcome.flow.id)
    flow_id, stats = blocker.args
    assert flow_id == world.welcome.flow.id and len(stats) == 30
    assert sum(s.started for s in stats) == 3 and sum(s.completed for s in stats) == 1
    # `ready` arrives before the worker marks itself idle: a request in between would be queued
    # behind it (the latest wins) instead of starting a load, so wait for the idle state.
    assert loader.wait(30)
    # A storm of requests while a load runs: the running one finishes, the latest runs next,
    # the rest are dropped. The first query is held until the storm is over, so the count
    # does not depend on how fast this machine schedules threads.
    gate, real = threading.Event(), history.daily_stats

    def held(conn, flow, days):
        assert gate.wait(60)
        return real(conn, flow, days)

    monkeypatch.setattr(history, "daily_stats", held)
    got = []
    loader.ready.connect(lambda f, s: got.append(f))
    loader.load(world.welcome.flow.id)
    for _ in range(20):
        loader.load(world.notices.flow.id)
    gate.set()
    qtbot.waitUntil(lambda: loader.wait(0.01) and len(got) == 2, timeout=30_000)
    qtbot.wait(50)
    assert got == [world.welcome.flow.id, world.notices.flow.id] and loader.loads == 3
