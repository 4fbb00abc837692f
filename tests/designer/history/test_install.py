"""The History page in the main window: tab, menu entries, canvas badges, path, live updates."""

from __future__ import annotations

from designer.history.install import HistoryExtension
from designer.runtime_bridge import RuntimeBridge
from runtime.engine import Engine
from runtime.engine.events import RuntimeEvent
from tests.designer.shell_fixtures import another_process, make_window, settings, translators, watching  # noqa: F401


def _ext(window) -> HistoryExtension:
    return next(e for e in window.extensions if isinstance(e, HistoryExtension))


def test_page_and_show_history_action(make_window, world, qtbot):  # noqa: F811
    window = make_window()
    ext = _ext(window)
    assert window.tabs.tabText(ext.index) == "Historial"
    assert ext.show_action in window.menus["flow"].actions()
    window.open_flow(world.notices.flow.id)
    window.acts["show_history"].trigger()
    assert window.tabs.currentWidget() is ext.panel
    assert ext.panel.model.filter.flow_id == world.notices.flow.id
    assert {r.id for r in ext.panel.model.rows} == {world.eids["dani"], world.eids["eva"]}
    assert ext.panel.chart.isVisible()
    qtbot.waitUntil(lambda: ext.panel.chart.totals()["started"] == 2, timeout=30_000)
    assert not window.docks["inspector"].isVisible()  # the page takes the whole width
    window.tabs.setCurrentIndex(0)
    assert window.docks["inspector"].isVisible()
    window.set_language("en")
    assert window.tabs.tabText(ext.index) == "History"


def test_badges_count_and_click_filters_to_the_node(make_window, world, qtbot):  # noqa: F811
    window = make_window()
    ext = _ext(window)
    window.open_flow(world.welcome.flow.id)
    shown = ext.badges.counts_shown()
    assert shown == {world.nodes["wait"]: {"waiting": 1}}
    window.open_flow(world.notices.flow.id)
    shown = ext.badges.counts_shown()
    assert shown[world.nodes["hook"]].get("failed") == 1
    assert shown[world.nodes["hook"]].get("uncertain", 0) + shown[world.nodes["hook"]].get("waiting", 0) >= 1
    ext.badges.badges[world.nodes["hook"]].clicked.emit(world.nodes["hook"])
    assert window.tabs.currentWidget() is ext.panel
    f = ext.panel.model.filter
    assert f.flow_id == world.notices.flow.id and f.node_id == world.nodes["hook"]
    assert f.statuses == frozenset(shown[world.nodes["hook"]])  # who is there now, as the badge says
    assert ext.panel.filters.node.isVisible() and "Avisar al CRM" in ext.panel.filters.node.text()
    assert {r.id for r in ext.panel.model.rows} == {world.eids["dani"], world.eids["eva"]}


def test_selecting_an_enrollment_highlights_its_path(make_window, world):  # noqa: F811
    window = make_window()
    ext = _ext(window)
    window.open_flow(world.welcome.flow.id)
    ext.show_history(None)
    assert ext.panel.select_enrollment(world.eids["bea"])
    n = world.nodes
    assert ext.badges.path_nodes == [n["welcome_trigger"], n["tag"], n["decision"], n["other"]]
    assert ext.panel.select_enrollment(world.eids["dani"])  # another flow: nothing highlighted
    assert ext.badges.path_nodes == []


def test_live_updates_arrive_throttled(make_window, world, db, clock, qtbot):  # noqa: F811
    bridge = RuntimeBridge(db)
    window = make_window(bridge)
    ext = _ext(window)
    window.open_flow(world.welcome.flow.id)
    ext.show_history(world.welcome.flow.id)
    row = ext.panel.model.row_of(world.eids["ana"])
    assert ext.panel.model.row_at(row).status == "waiting"
    before = ext.panel.live.refreshes
    badges_before = ext.canvas_live.refreshes
    engine = Engine(db, clock=clock, events=bridge.deliver)
    clock.advance(2 * 86400)
    engine.run_due()
    for _i in range(10_000):  # a storm on top of the real events
        bridge.deliver(RuntimeEvent("step_finished", world.eids["ana"], world.welcome.flow.id, "done"))
    qtbot.waitUntil(lambda: ext.panel.model.row_at(ext.panel.model.row_of(world.eids["ana"])).status
                    == "completed", timeout=30_000)
    qtbot.wait(700)
    refreshes = ext.panel.live.refreshes - before
    print(f"10,000+ events -> {bridge.batches_emitted} bridge batches, {refreshes} panel refreshes, "
          f"{ext.canvas_live.refreshes - badges_before} badge refreshes")
    assert 1 <= refreshes <= 3
    # ana left the wait: no one is at a node now (live counts are read off the GUI thread)
    qtbot.waitUntil(lambda: ext.badges.counts_shown() == {}, timeout=10000)


def test_hidden_page_refreshes_when_shown(make_window, world, db, clock, qtbot):  # noqa: F811
    window = make_window()
    ext = _ext(window)
    window.acts["history_page"].trigger()
    assert window.tabs.currentWidget() is ext.panel
    window.tabs.setCurrentIndex(0)
    from runtime.history import actions

    actions.cancel(db, [world.eids["ana"]])
    ext.panel.refresh_live({world.welcome.flow.id})  # what the throttle calls: the page is hidden
    assert ext.panel.stale
    window.tabs.setCurrentWidget(ext.panel)
    assert not ext.panel.stale
    assert ext.panel.model.row_at(ext.panel.model.row_of(world.eids["ana"])).status == "cancelled"


def test_work_of_another_process_reaches_the_page_and_the_badges(make_window, world, db, qtbot):  # noqa: F811
    bridge = RuntimeBridge(db)
    window = make_window(bridge)
    ext = _ext(window)
    window.open_flow(world.welcome.flow.id)
    ext.show_history(world.welcome.flow.id)
    assert ext.badges.counts_shown() == {world.nodes["wait"]: {"waiting": 1}}
    assert ext.panel.select_enrollment(world.eids["ana"])
    try:
        watching(bridge, qtbot)
        # a `run` service elsewhere, two days on: ana's wait is over
        another_process(db, "run", "--until-idle", offset=2 * 86400)
        model = ext.panel.model
        qtbot.waitUntil(lambda: model.row_at(model.row_of(world.eids["ana"])).status == "completed", timeout=30000)
        qtbot.waitUntil(lambda: ext.badges.counts_shown() == {}, timeout=30000)
    finally:
        bridge.stop()
    assert [r.id for r in ext.panel.selected_rows()] == [world.eids["ana"]]  # the selection stayed
