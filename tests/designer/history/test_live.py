"""Live updates are throttled: a storm of runtime events makes only a few refreshes."""

from __future__ import annotations

import time

from designer.history.live import Throttle
from runtime.engine.events import RuntimeEvent


def test_first_poke_refreshes_at_once_then_coalesces(qtbot):
    calls: list[set] = []
    throttle = Throttle(calls.append, interval_ms=100)
    throttle.poke("a")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=30_000)
    for flow in ("b", "c", "b"):
        throttle.poke(flow)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=30_000)
    assert calls == [{"a"}, {"b", "c"}]
    qtbot.wait(250)
    assert len(calls) == 2  # nothing more without new events


def test_burst_of_10000_events_refreshes_a_few_times(qtbot):
    calls: list[set] = []
    times: list[float] = []
    throttle = Throttle(lambda flows: (calls.append(flows), times.append(time.monotonic())), interval_ms=500)
    start = time.monotonic()
    deadline = start + 1.2
    sent = 0
    while time.monotonic() < deadline or sent < 10_000:
        batch = [RuntimeEvent("step_finished", sent + i, f"flow{i % 3}", "done") for i in range(100)]
        throttle.poke_events(batch)
        sent += len(batch)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: not throttle._timer.isActive(), timeout=30_000)  # the trailing refresh ran
    elapsed = time.monotonic() - start
    print(f"{sent} events in {elapsed:.2f}s -> {throttle.refreshes} refreshes, {throttle.pokes} pokes")
    assert sent >= 10_000 and throttle.pokes >= 100
    # The leading refresh, then at least the trailing one, never two within an interval: a busy
    # machine only spaces them more (Qt's coarse timers may fire up to 5 % early, hence 0.45 s).
    assert throttle.refreshes == len(times) >= 2
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.45
    assert set().union(*calls) == {"flow0", "flow1", "flow2"}


def test_flush_runs_the_pending_refresh_now(qtbot):
    calls: list[set] = []
    throttle = Throttle(calls.append, interval_ms=10_000)
    throttle.poke("a")
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=30_000)
    throttle.poke("b")
    throttle.flush()
    assert calls == [{"a"}, {"b"}]
