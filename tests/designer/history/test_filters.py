"""The filters bar builds HistoryFilters: flows listed, statuses several, search debounced, dates."""

# ruff: noqa: F811  (the translators fixture imported from shell_fixtures is redefined as an argument)

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from designer.history.filters import FiltersBar, day_start
from tests.designer.shell_fixtures import translators  # noqa: F401


def test_flow_status_node_and_dates(qtbot, db, world):
    bar = FiltersBar(db)
    qtbot.addWidget(bar)
    seen = []
    bar.changed.connect(seen.append)
    names = [bar.flow.itemText(i) for i in range(bar.flow.count())]
    assert names[0] and {"Bienvenida", "Avisos"} <= set(names[1:])
    bar.set_flow(world.notices.flow.id)
    assert seen[-1].flow_id == world.notices.flow.id
    bar.status_actions["failed"].setChecked(True)
    bar.status_actions["waiting"].setChecked(True)
    assert seen[-1].statuses == frozenset({"failed", "waiting"})
    assert "," in bar.status.text()
    bar.set_node(world.nodes["hook"], "Avisar al CRM")
    assert seen[-1].node_id == world.nodes["hook"] and bar.node.isVisibleTo(bar)
    assert "Avisar al CRM" in bar.node.text()
    bar.node.click()
    assert seen[-1].node_id is None and not bar.node.isVisibleTo(bar)
    bar.set_flow(None)
    assert seen[-1].flow_id is None
    bar.set_dates(QDate(2026, 11, 1), QDate(2026, 11, 23))
    assert seen[-1].started_from == day_start(QDate(2026, 11, 1))
    assert seen[-1].started_to == dt.datetime(2026, 11, 24).timestamp()
    bar.set_dates(None, None)
    assert seen[-1].started_from is None and seen[-1].started_to is None


def test_search_waits_for_a_pause(qtbot, db, world):
    bar = FiltersBar(db)
    qtbot.addWidget(bar)
    seen = []
    bar.changed.connect(seen.append)
    for text in ("a", "an", "ana"):
        qtbot.keyClicks(bar.search, text[-1])
    assert seen == []
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    assert seen[0].search == "ana"
    qtbot.wait(300)
    assert len(seen) == 1


def test_changing_flow_forgets_the_node(qtbot, db, world):
    bar = FiltersBar(db)
    qtbot.addWidget(bar)
    bar.set_flow(world.welcome.flow.id)
    bar.set_node(world.nodes["wait"], "Esperar")
    bar.set_flow(world.notices.flow.id)
    assert bar.filter.node_id is None


def test_dates_and_weeks_follow_the_language(qtbot, db, world, translators):
    from PySide6.QtCore import Qt

    bar = FiltersBar(db)
    qtbot.addWidget(bar)
    translators.install("fr")
    bar.retranslate()
    bar.set_dates(QDate(2026, 11, 3), None)
    assert bar.date_from.text() == "03/11/2026"
    assert bar.date_from.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    translators.install("id")
    bar.retranslate()
    assert bar.date_from.text() == "3/11/2026"
    assert bar.date_from.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
