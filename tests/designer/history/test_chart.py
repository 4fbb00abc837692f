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


def test_stats_load_off_the_gui_thread(qtbot, db, world):
    from designer.history.chart import StatsLoader

    loader = StatsLoader(db)
    with qtbot.waitSignal(loader.ready, timeout=3000) as blocker:
        loader.load(world.welcome.flow.id)
    flow_id, stats = blocker.args
    assert flow_id == world.welcome.flow.id and len(stats) == 30
    assert sum(s.started for s in stats) == 3 and sum(s.completed for s in stats) == 1
    got = []
    loader.ready.connect(lambda f, s: got.append(f))
    for _ in range(20):  # a storm of requests: one runs, the latest waits, the rest are dropped
        loader.load(world.notices.flow.id)
    qtbot.waitUntil(lambda: bool(loader.wait(0.01) and got), timeout=3000)
    qtbot.wait(50)
    assert 1 <= len(got) <= 5 and set(got) == {world.notices.flow.id}
