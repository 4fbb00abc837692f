"""The runtime bridge: events from another thread arrive in the GUI thread, throttled;
the embedded runtime runs a demo contact through the example flow."""

# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures are redefined as arguments)

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from designer.runtime_bridge import RuntimeBridge
from runtime.crm.local import LocalCrm
from tests.designer.shell_fixtures import another_process, db, demo, has_engine, watching  # noqa: F401


def test_events_from_a_thread_arrive_batched_in_the_gui_thread(db, qtbot):
    bridge = RuntimeBridge(db)
    received: list = []
    threads: list = []

    def on_events(batch: list) -> None:
        threads.append(QThread.currentThread())
        received.extend(batch)

    bridge.events.connect(on_events)

    def flood() -> None:
        for i in range(1000):
            bridge.deliver(i)

    worker = threading.Thread(target=flood)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(received) == 1000, timeout=30_000)
    assert received == list(range(1000))
    assert bridge.batches_emitted <= 3  # 1000 events, a handful of UI refreshes
    assert all(t is bridge.thread() for t in threads)


@pytest.mark.skipif(not has_engine(), reason="runtime.engine.Engine has not landed yet")
def test_embedded_runtime_moves_a_demo_contact(db, qtbot):
    demo(db)
    bridge = RuntimeBridge(db)
    states, counts, batches = [], [], []
    bridge.state_changed.connect(states.append)
    bridge.in_flight_changed.connect(counts.append)
    bridge.events.connect(batches.append)
    try:
        assert bridge.start() == "running"
        LocalCrm(db).add_tag("carmen.ruiz@ejemplo.es", "cliente")  # Bienvenida's trigger
        qtbot.waitUntil(lambda: bool(batches) and counts and counts[-1] >= 1, timeout=30_000)
    finally:
        bridge.stop()
    assert states[0] == "running" and states[-1] == "stopped"
    assert counts[-1] == 1  # waiting two days in "Esperar 2 días"


def test_another_process_work_is_announced_in_the_gui_thread(db, qtbot):
    bridge = RuntimeBridge(db)
    counts: list[int] = []
    bridge.in_flight_changed.connect(counts.append)
    try:
        watching(bridge, qtbot)
        with qtbot.waitSignal(bridge.changed_elsewhere, timeout=30000):
            another_process(db, "contacts", "add", "--email", "otra@ejemplo.es")
        assert counts  # the status bar's figure is read again too
    finally:
        bridge.stop()
    assert bridge.watcher is None
